/* sf-case.h: CASE 1.1 export and CASE 1.0/1.1 import
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-export.h"

G_BEGIN_DECLS

#define SF_CASE_ERROR (sf_case_error_quark ())

/**
 * SfCaseError:
 * @SF_CASE_ERROR_NOT_A_PACKAGE: JSON, but not a CASE CFPackage
 * @SF_CASE_ERROR_INVALID: a CFPackage with problems; the message names each
 *   item or association and its problem, one per line
 * @SF_CASE_ERROR_LIMIT: a package that makes a framework beyond the limits
 *   of sf_format_limits_default(), which could be saved but not opened
 *   again; the message names the limit
 *
 * Why a CASE package cannot be imported.
 */
typedef enum
{
  SF_CASE_ERROR_NOT_A_PACKAGE,
  SF_CASE_ERROR_INVALID,
  SF_CASE_ERROR_LIMIT,
} SfCaseError;

GQuark       sf_case_error_quark (void);
GBytes      *sf_case_export      (SfFramework           *framework,
                                  const SfExportOptions *options,
                                  GError               **error);
SfFramework *sf_case_import      (const char            *data,
                                  gsize                  length,
                                  const char            *filename,
                                  GError               **error);
SfFramework *sf_case_import_file (GFile                 *file,
                                  GCancellable          *cancellable,
                                  GError               **error);

G_END_DECLS
