/* bench-csv.c: time the CSV export of a corpus next to reading it
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh.
 *
 *   bench-csv [--runs N] CORPUS_DIR
 *
 * In the same run, N times each (the median is reported): reading every
 * framework of CORPUS_DIR alone; reading each and writing it as CSV to a
 * temporary folder (what `skillframe-tool export --format=csv` does per
 * file); and importing each CSV back into its framework. Results on stdout.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib/gstdio.h>

#include "sf-csv.h"
#include "sf-format.h"
#include "sf-model.h"

static int runs = 5;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs after one warm-up (default 5)", "N" },
  { NULL }
};

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static SfFramework *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_format_load_file (file, NULL, NULL, NULL, &error);

  if (framework == NULL)
    {
      g_printerr ("bench-csv: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
  return framework;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("CORPUS_DIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) read_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) export_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *out_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gsize csv_bytes = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bench-csv: %s\n", error ? error->message : "usage: bench-csv CORPUS_DIR");
      return EXIT_FAILURE;
    }
  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      g_printerr ("bench-csv: %s\n", error->message);
      return EXIT_FAILURE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (argv[1], name, NULL));
  out_dir = g_dir_make_tmp ("skillframe-bench-csv-XXXXXX", &error);
  g_assert_no_error (error);

  for (int run = -1; run < runs; run++)
    {
      double start = now ();

      for (guint i = 0; i < paths->len; i++)
        g_object_unref (load (g_ptr_array_index (paths, i)));
      if (run >= 0)
        {
          double seconds = now () - start;

          g_array_append_val (read_samples, seconds);
        }

      start = now ();
      csv_bytes = 0;
      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(SfFramework) framework = load (g_ptr_array_index (paths, i));
          g_autoptr(GBytes) csv = sf_csv_export (framework, SF_CSV_BOM);
          g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
          g_autofree char *out = g_strdup_printf ("%s/%s.csv", out_dir, base);

          /* Without fsync: the reading side does not sync either. */
          if (!g_file_set_contents_full (out, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                         G_FILE_SET_CONTENTS_NONE, 0666, &error))
            g_error ("%s", error->message);
          csv_bytes += g_bytes_get_size (csv);
        }
      if (run >= 0)
        {
          double seconds = now () - start;

          g_array_append_val (export_samples, seconds);
        }

      start = now ();
      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(SfFramework) framework = load (g_ptr_array_index (paths, i));
          g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
          g_autofree char *out = g_strdup_printf ("%s/%s.csv", out_dir, base);
          g_autofree char *csv = NULL;
          g_autoptr(SfFramework) result = NULL;
          gsize length;

          if (!g_file_get_contents (out, &csv, &length, &error))
            g_error ("%s", error->message);
          result = sf_csv_import (framework, csv, length, out, SF_CSV_DELETE_MISSING, &error);
          if (result == NULL || !sf_node_equal (SF_NODE (result), SF_NODE (framework)))
            g_error ("%s: the CSV does not import back equal", out);
        }
      if (run >= 0)
        {
          double seconds = now () - start;

          g_array_append_val (import_samples, seconds);
        }
    }

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *out = g_strdup_printf ("%s/%s.csv", out_dir, base);

      g_remove (out);
    }
  g_rmdir (out_dir);

  printf ("corpus of %u frameworks, median of %d runs:\n", paths->len, runs);
  printf ("  read alone:                    %8.1f ms\n", median (read_samples) * 1e3);
  printf ("  read and export to CSV files:  %8.1f ms (%.1f MB of CSV)\n",
          median (export_samples) * 1e3, csv_bytes / 1e6);
  printf ("  read and import the CSV back:  %8.1f ms (each equal to its framework)\n",
          median (import_samples) * 1e3);
  return EXIT_SUCCESS;
}
