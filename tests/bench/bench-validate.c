/* bench-validate.c: how fast validation follows an edit
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-validate FRAMEWORK.json
 *
 * Loads a (large) framework, validates it fully, then makes text edits to
 * random statements through the edit layer with a validator attached, and
 * reports the time of one edit with its incremental re-validation (median,
 * 95th percentile), next to the time of a full validation. Not a test: a
 * measurement, printed on standard output.
 */

#include "config.h"

#include <stdlib.h>

#include "sf-document.h"
#include "sf-model.h"
#include "sf-validator.h"

#define N_EDITS 2000
#define N_FULL 10

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  static const char *texts[] = {
    "monitors daily QC performance and applies Westgard rules to detect analytical drift.",
    "The technologist monitors daily QC performance.",
    "",
    "reviews results",
  };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfDocument) document = NULL;
  g_autoptr(SfValidator) validator = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  double edits[N_EDITS], full[N_FULL];
  gint64 start;

  if (argc != 2)
    {
      g_printerr ("usage: bench-validate FRAMEWORK.json\n");
      return 64;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  document = sf_document_new_for_file (file, NULL, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 65;
    }
  statements = sf_framework_dup_statements (sf_document_get_framework (document));

  for (guint i = 0; i < N_FULL; i++)
    {
      g_autoptr(SfValidator) v = NULL;

      start = g_get_monotonic_time ();
      v = sf_validator_new (sf_document_get_framework (document));
      full[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (full, N_FULL, sizeof (double), compare_doubles);

  validator = sf_validator_new (sf_document_get_framework (document));
  sf_validator_attach (validator, document);
  /* Every edit is its own undo step, as after a pause in typing. */
  sf_document_set_coalesce_timeout (document, 0);

  for (guint i = 0; i < N_EDITS; i++)
    {
      SfStatement *statement = g_ptr_array_index (statements, g_rand_int_range (rand, 0, statements->len));

      start = g_get_monotonic_time ();
      sf_document_set_string (document, SF_NODE (statement), "text", texts[i % G_N_ELEMENTS (texts)], NULL);
      edits[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (edits, N_EDITS, sizeof (double), compare_doubles);

  g_print ("statements: %u\n", statements->len);
  g_print ("full validation: median %.2f ms (min %.2f ms)\n", full[N_FULL / 2], full[0]);
  g_print ("one text edit with incremental re-validation: median %.4f ms, p95 %.4f ms, max %.4f ms "
           "(%d edits)\n", edits[N_EDITS / 2], edits[N_EDITS * 95 / 100], edits[N_EDITS - 1], N_EDITS);
  g_print ("problems after the edits: %u errors, %u warnings, %u infos\n",
           sf_validator_count (validator, SF_SEVERITY_ERROR),
           sf_validator_count (validator, SF_SEVERITY_WARNING),
           sf_validator_count (validator, SF_SEVERITY_INFO));
  return 0;
}
