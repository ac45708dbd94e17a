/* sf-csv.h: the spreadsheet round trip, one row per statement
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180 CSV in UTF-8 (CRLF line ends, fields quoted where they need it),
 * with a header row and one row per statement:
 *
 *   id,section,level,title,text,citations,anchor_links
 *
 * `section` is the section's id and `level` the level's id on its scale;
 * `citations` holds one citation per line, `SOURCE` or `SOURCE: LOCATOR`;
 * `anchor_links` one anchor id per line. A cell that begins with `=`, `+`,
 * `-` or `@` (after any number of `'`) is written with one more `'` in
 * front, so that a spreadsheet does not run it as a formula, and read back
 * without it.
 */

#pragma once

#include <gio/gio.h>

#include "sf-types.h"

G_BEGIN_DECLS

#define SF_CSV_ERROR (sf_csv_error_quark ())

/**
 * SfCsvError:
 * @SF_CSV_ERROR_SYNTAX: not well-formed CSV (quoting) or not UTF-8
 * @SF_CSV_ERROR_HEADER: the header row lacks a column, or has an unknown one
 * @SF_CSV_ERROR_INVALID: rows that cannot be applied (unknown section or
 *   level, an id used twice, a citation of an unknown source, a wrong number
 *   of cells)
 */
typedef enum
{
  SF_CSV_ERROR_SYNTAX,
  SF_CSV_ERROR_HEADER,
  SF_CSV_ERROR_INVALID,
} SfCsvError;

/**
 * SfCsvFlags:
 * @SF_CSV_NONE: plain UTF-8
 * @SF_CSV_BOM: begin with a UTF-8 byte-order mark, so that spreadsheet
 *   programs take the file for UTF-8
 * @SF_CSV_DELETE_MISSING: on import, delete the statements that have no row
 */
typedef enum
{
  SF_CSV_NONE = 0,
  SF_CSV_BOM = 1 << 0,
  SF_CSV_DELETE_MISSING = 1 << 1,
} SfCsvFlags;

GQuark       sf_csv_error_quark (void);

GBytes      *sf_csv_export      (SfFramework  *framework,
                                 SfCsvFlags    flags);
GPtrArray   *sf_csv_parse       (const char   *data,
                                 gsize         length,
                                 const char   *filename,
                                 GArray      **lines,
                                 GError      **error);
SfFramework *sf_csv_import      (SfFramework  *framework,
                                 const char   *data,
                                 gsize         length,
                                 const char   *filename,
                                 SfCsvFlags    flags,
                                 GError      **error);

G_END_DECLS
