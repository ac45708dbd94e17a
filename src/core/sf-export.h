/* sf-export.h: the formats a framework is exported to
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-types.h"

G_BEGIN_DECLS

/**
 * SfExportOptions:
 * @last_change: (nullable): when the framework last changed, for the formats
 *   that date their records (CASE's `lastChangeDateTime`); %NULL: now
 * @bom: for CSV, begin with a UTF-8 byte-order mark (spreadsheet programs
 *   need it to take the file for UTF-8)
 *
 * What an export needs to know beyond the framework.
 */
typedef struct
{
  GDateTime *last_change;
  gboolean   bom;
} SfExportOptions;

typedef GBytes *(*SfExportFunc) (SfFramework           *framework,
                                 const SfExportOptions *options,
                                 GError               **error);

/**
 * SfExportFormat:
 * @name: the name the tool's `--format` takes
 * @title: a translatable name for people
 * @suffix: the end of an exported file's name
 * @mime_type: the MIME type of an exported file
 * @refuse_errors: whether a framework with validation errors is refused
 *   unless the export is forced
 * @export: writes the framework in this format
 *
 * One export format. A new format is one more row in the table of
 * sf_export_get_formats().
 */
typedef struct
{
  const char   *name;
  const char   *title;
  const char   *suffix;
  const char   *mime_type;
  gboolean      refuse_errors;
  SfExportFunc  export;
} SfExportFormat;

const SfExportFormat *sf_export_get_formats  (guint       *n_formats);
const SfExportFormat *sf_export_find_format  (const char  *name);
GPtrArray            *sf_export_dup_problems (SfFramework *framework,
                                              SfSeverity   severity);
char                 *sf_export_onet_attribution (const char *release);

G_END_DECLS
