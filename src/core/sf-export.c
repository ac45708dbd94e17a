/* sf-export.c: the formats a framework is exported to
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-case.h"
#include "sf-csv.h"
#include "sf-export.h"
#include "sf-problem.h"
#include "sf-publication.h"
#include "sf-validator.h"

static GBytes *
export_csv (SfFramework            *framework,
            const SfExportOptions  *options,
            GError                **error)
{
  return sf_csv_export (framework, options != NULL && options->bom ? SF_CSV_BOM : SF_CSV_NONE);
}

/* The tool's `export --format=` and the editor's Export dialog both list
 * this table, in this order. */
static const SfExportFormat formats[] = {
  { "publication", N_("Publication JSON"), ".publication.json", "application/json", TRUE,
    sf_publication_export },
  { "case", N_("CASE 1.1 package"), ".case.json", "application/json", FALSE,
    sf_case_export },
  { "csv", N_("CSV spreadsheet, one row per statement"), ".csv", "text/csv", FALSE,
    export_csv },
};

/**
 * sf_export_get_formats:
 * @n_formats: (out): the number of formats
 *
 * Returns: (array length=n_formats): the export formats
 */
const SfExportFormat *
sf_export_get_formats (guint *n_formats)
{
  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

/**
 * sf_export_find_format:
 * @name: a format's name, such as `"case"`
 *
 * Returns: (nullable): the format, or %NULL if there is none of that name
 */
const SfExportFormat *
sf_export_find_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].name, name) == 0)
      return &formats[i];
  return NULL;
}

/**
 * sf_export_dup_problems:
 * @framework: a framework
 * @severity: the least severity wanted
 *
 * Validates @framework, as an export does before it writes.
 *
 * Returns: (transfer full) (element-type SfProblem): the problems of
 *   @severity or worse, the errors first, each severity in the validator's
 *   order
 */
GPtrArray *
sf_export_dup_problems (SfFramework *framework,
                        SfSeverity   severity)
{
  g_autoptr(SfValidator) validator = sf_validator_new (framework);
  g_autoptr(GPtrArray) all = sf_validator_collect (validator);
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_object_unref);

  for (int s = SF_SEVERITY_ERROR; s >= (int) severity && s > SF_SEVERITY_OFF; s--)
    for (guint i = 0; i < all->len; i++)
      {
        SfProblem *problem = g_ptr_array_index (all, i);

        if ((int) sf_problem_get_severity (problem) == s)
          g_ptr_array_add (problems, g_object_ref (problem));
      }
  return problems;
}

/**
 * sf_export_onet_attribution:
 * @release: the O*NET release, such as `"30.2"`
 *
 * The credit line that the O*NET licence asks for when its content is
 * modified, as frameworks adapt O*NET tasks into statements (the wording of
 * onetcenter.org/license_db.html). It stays in English: it is a licence
 * notice, not interface text.
 *
 * Returns: (transfer full): the attribution line
 */
char *
sf_export_onet_attribution (const char *release)
{
  g_autofree char *database = release != NULL && *release
                              ? g_strdup_printf ("O*NET %s Database", release)
                              : g_strdup ("O*NET Database");

  return g_strdup_printf ("This page includes information from the %s by the "
                          "U.S. Department of Labor, Employment and Training Administration "
                          "(USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark "
                          "of USDOL/ETA. The authors of this framework have modified all or some "
                          "of this information. USDOL/ETA has not approved, endorsed, or tested "
                          "these modifications.",
                          database);
}
