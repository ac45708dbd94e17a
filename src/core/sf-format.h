/* sf-format.h: the framework file format, version 1
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-types.h"

G_BEGIN_DECLS

#define SF_FORMAT_VERSION 1
#define SF_FORMAT_ERROR (sf_format_error_quark ())

/**
 * SfFormatError:
 * @SF_FORMAT_ERROR_SYNTAX: not well-formed JSON; the message gives line and column
 * @SF_FORMAT_ERROR_ENCODING: not UTF-8 text
 * @SF_FORMAT_ERROR_LIMIT: larger than a limit of #SfFormatLimits
 * @SF_FORMAT_ERROR_NOT_A_FRAMEWORK: JSON, but not a Skillframe framework
 * @SF_FORMAT_ERROR_NEWER_VERSION: written in a newer major version of the format
 * @SF_FORMAT_ERROR_INVALID: a member missing or of the wrong type; the message
 *   gives the JSON Pointer
 *
 * What makes a file unreadable as a framework. A file of the right shape
 * always loads, whatever its content: duplicate ids, unknown levels and
 * scales, empty text and missing references are for validation to report
 * (sf-validator.h), with the same JSON Pointers.
 */
typedef enum
{
  SF_FORMAT_ERROR_SYNTAX,
  SF_FORMAT_ERROR_ENCODING,
  SF_FORMAT_ERROR_LIMIT,
  SF_FORMAT_ERROR_NOT_A_FRAMEWORK,
  SF_FORMAT_ERROR_NEWER_VERSION,
  SF_FORMAT_ERROR_INVALID,
} SfFormatError;

/**
 * SfFormatLimits:
 * @max_file_size: the largest file read, in bytes
 * @max_depth: the deepest nesting of arrays and objects
 * @max_string_length: the longest string, in bytes
 * @max_statements: the most statements in one framework
 *
 * Bounds against hostile or broken input. The defaults are generous: a
 * 10,000-statement framework is about 4 MB.
 */
typedef struct
{
  gsize max_file_size;
  guint max_depth;
  gsize max_string_length;
  guint max_statements;
} SfFormatLimits;

GQuark                sf_format_error_quark    (void);
const SfFormatLimits *sf_format_limits_default (void);

SfFramework *sf_format_read       (const char            *data,
                                   gsize                  length,
                                   const char            *filename,
                                   const SfFormatLimits  *limits,
                                   GError               **error);
GBytes      *sf_format_write      (SfFramework           *framework);
SfFramework *sf_format_load_file  (GFile                 *file,
                                   const SfFormatLimits  *limits,
                                   GBytes               **contents,
                                   GCancellable          *cancellable,
                                   GError               **error);
SfFramework *sf_format_load_file_full (GFile             *file,
                                   const SfFormatLimits  *limits,
                                   GBytes               **contents,
                                   char                 **etag,
                                   GCancellable          *cancellable,
                                   GError               **error);
gboolean     sf_format_save_file  (SfFramework           *framework,
                                   GFile                 *file,
                                   gboolean               backup,
                                   GCancellable          *cancellable,
                                   GError               **error);
gboolean     sf_format_save_bytes (GFile                 *file,
                                   GBytes                *bytes,
                                   gboolean               backup,
                                   const char            *etag,
                                   char                 **new_etag,
                                   GCancellable          *cancellable,
                                   GError               **error);
void         sf_format_save_bytes_async  (GFile               *file,
                                          GBytes              *bytes,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     sf_format_save_bytes_finish (GFile               *file,
                                          GAsyncResult        *result,
                                          GError             **error);
gboolean     sf_format_locate     (const char            *data,
                                   gsize                  length,
                                   const char * const    *pointers,
                                   guint                 *lines,
                                   guint                 *columns);
char        *sf_format_display_name (GFile               *file);

G_END_DECLS
