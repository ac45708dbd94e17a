/* sf-onet-table.h: one tab-separated file of the O*NET text database
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SF_ONET_ERROR (sf_onet_error_quark ())

/**
 * SfOnetError:
 * @SF_ONET_ERROR_NOT_A_DATABASE: the source is neither a folder nor a zip of
 *   the O*NET text database
 * @SF_ONET_ERROR_MISSING_FILE: a file the import needs is absent; the
 *   message names it
 * @SF_ONET_ERROR_MISSING_COLUMN: a file lacks a column the import needs;
 *   the message names the file and the column
 * @SF_ONET_ERROR_MALFORMED: a line cannot be read; the message gives the
 *   file, the line and the column
 * @SF_ONET_ERROR_UNKNOWN_CODE: the database has no occupation of that code;
 *   the message lists the nearest ones
 * @SF_ONET_ERROR_NO_ANCHORS: the framework has no O*NET occupation to update
 *
 * What stops an import from O*NET.
 */
typedef enum
{
  SF_ONET_ERROR_NOT_A_DATABASE,
  SF_ONET_ERROR_MISSING_FILE,
  SF_ONET_ERROR_MISSING_COLUMN,
  SF_ONET_ERROR_MALFORMED,
  SF_ONET_ERROR_UNKNOWN_CODE,
  SF_ONET_ERROR_NO_ANCHORS,
} SfOnetError;

typedef struct _SfOnetTable SfOnetTable;

GQuark       sf_onet_error_quark          (void);

SfOnetTable *sf_onet_table_new            (const char   *file_name,
                                           const char   *data,
                                           gsize         length,
                                           GError      **error);
void         sf_onet_table_free           (SfOnetTable  *self);
int          sf_onet_table_find_column    (SfOnetTable  *self,
                                           const char   *name);
gboolean     sf_onet_table_require_column (SfOnetTable  *self,
                                           const char   *name,
                                           int          *column,
                                           GError      **error);
gboolean     sf_onet_table_next           (SfOnetTable  *self,
                                           GError      **error);
const char  *sf_onet_table_get            (SfOnetTable  *self,
                                           int           column);
guint        sf_onet_table_get_line       (SfOnetTable  *self);
gboolean     sf_onet_table_get_number     (SfOnetTable  *self,
                                           int           column,
                                           double       *value,
                                           GError      **error);
gboolean     sf_onet_table_get_integer    (SfOnetTable  *self,
                                           int           column,
                                           char        **value,
                                           GError      **error);
gboolean     sf_onet_table_get_flag       (SfOnetTable  *self,
                                           int           column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfOnetTable, sf_onet_table_free)

G_END_DECLS
