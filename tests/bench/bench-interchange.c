/* bench-interchange.c: time the publication and CASE exports and the CASE import
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh.
 *
 *   bench-interchange [--runs N] [--quick] CORPUS_DIR PACKAGE.json
 *   bench-interchange --rss-import PACKAGE.json
 *
 * The corpus is read into memory once; then each pass reads every
 * framework (sf_format_read), alone, or followed by its publication JSON or
 * its CASE package, so that the export's own cost is the difference with
 * reading alone, measured in the same run. PACKAGE.json is imported as it
 * is (a package Skillframe exported, whose extensions carry what CASE lacks)
 * and stripped of every `extensions` member, as another tool would publish
 * it, which takes the import's other road: everything kept as overlays.
 * The peak RSS of one import is measured in a child process.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sf-case.h"
#include "sf-export.h"
#include "sf-format.h"
#include "sf-json.h"
#include "sf-model.h"

static int runs = 5;
static gboolean quick = FALSE;
static gboolean rss_mode = FALSE;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed passes after one warm-up (default 5)", "N" },
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &quick, "One pass of everything: a smoke test", NULL },
  { "rss-import", 0, 0, G_OPTION_ARG_NONE, &rss_mode,
    "Import PACKAGE.json once and report the peak RSS of the process", NULL },
  { NULL }
};

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Processor time of the process: on a machine shared with other work the
 * wall time grows with the load, this one much less. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
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
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  if (times->len % 2)
    return g_array_index (times, double, times->len / 2);
  return (g_array_index (times, double, times->len / 2 - 1) + g_array_index (times, double, times->len / 2)) / 2;
}

static double
best (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, 0);
}

static G_GNUC_NORETURN void
die (const char   *what,
     const GError *error)
{
  g_printerr ("bench-interchange: %s: %s\n", what, error ? error->message : "failed");
  exit (EXIT_FAILURE);
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("unknown");
  fields = g_strsplit (text, " ", 4);
  return g_strdup_printf ("%s %s %s", fields[0], fields[1] ? fields[1] : "", fields[1] && fields[2] ? fields[2] : "");
}

static GPtrArray *
read_corpus (const char *dir,
             gsize      *total)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const char *name;

  if (d == NULL)
    die (dir, error);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  *total = 0;
  for (guint i = 0; i < names->len; i++)
    {
      char *contents;
      gsize length;

      if (!g_file_get_contents (names->pdata[i], &contents, &length, &error))
        die (names->pdata[i], error);
      g_ptr_array_add (files, g_bytes_new_take (contents, length));
      *total += length;
    }
  return files;
}

/* One pass over the corpus: read each framework, and export it with
 * @format (NULL: read alone). Returns the seconds; adds the output's size. */
static double
corpus_pass (GPtrArray            *files,
             const SfExportFormat *format,
             gsize                *out_bytes)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 5, 1, 12, 0, 0);
  SfExportOptions options = { date };
  double start = now ();

  *out_bytes = 0;
  for (guint i = 0; i < files->len; i++)
    {
      GBytes *bytes = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = NULL;

      framework = sf_format_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "corpus", NULL, &error);
      if (framework == NULL)
        die ("corpus", error);
      if (format != NULL)
        {
          g_autoptr(GBytes) out = format->export (framework, &options, &error);

          if (out == NULL)
            die (format->name, error);
          *out_bytes += g_bytes_get_size (out);
        }
    }
  return now () - start;
}

static void
bench_corpus (const char *dir)
{
  const char *names[] = { NULL, "publication", "case" };
  GArray *times[3] = { NULL };
  gsize out_bytes[3] = { 0 };
  gsize total;
  g_autoptr(GPtrArray) files = read_corpus (dir, &total);
  int passes = quick ? 1 : runs;

  for (guint f = 0; f < 3; f++)
    times[f] = g_array_new (FALSE, FALSE, sizeof (double));
  /* Interleaved, so that the machine's load falls alike on all three. */
  for (int pass = quick ? 0 : -1; pass < passes; pass++)
    for (guint f = 0; f < 3; f++)
      {
        const SfExportFormat *format = names[f] ? sf_export_find_format (names[f]) : NULL;
        double t = corpus_pass (files, format, &out_bytes[f]);

        if (pass >= 0)
          g_array_append_val (times[f], t);
      }

  {
    g_autofree char *load = load_average ();

    printf ("== Exporting the corpus: %u frameworks, %.1f MB, in memory (median and best of %d passes; load average %s)\n",
            files->len, total / 1e6, passes, load);
  }
  printf ("%-38s  %8s  %8s  %10s  %s\n", "what is timed", "median s", "best s", "output MB", "export alone");
  printf ("%-38s  %8.3f  %8.3f  %10s\n", "read (sf_format_read) alone", median (times[0]), best (times[0]), "-");
  for (guint f = 1; f < 3; f++)
    {
      g_autofree char *label = g_strdup_printf ("read + %s export", names[f]);

      printf ("%-38s  %8.3f  %8.3f  %10.1f  %.3f s (%.2f ms per framework)\n", label, median (times[f]),
              best (times[f]), out_bytes[f] / 1e6, median (times[f]) - median (times[0]),
              (median (times[f]) - median (times[0])) * 1e3 / files->len);
    }
  printf ("\n");
  for (guint f = 0; f < 3; f++)
    g_array_unref (times[f]);
}

/* The package as another tool would publish it: no extensions. */
static GBytes *
strip_extensions (GBytes *package)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  GString *out = g_string_new (NULL);
  const char *arrays[] = { "CFItems", "CFAssociations" };

  if (!json_parser_load_from_data (parser, g_bytes_get_data (package, NULL), g_bytes_get_size (package), &error))
    die ("package", error);
  root = json_node_get_object (json_parser_get_root (parser));
  json_object_remove_member (json_object_get_object_member (root, "CFDocument"), "extensions");
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      JsonArray *array = json_object_get_array_member (root, arrays[a]);

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_object_remove_member (json_array_get_object_element (array, i), "extensions");
    }
  sf_json_write_node (out, json_parser_get_root (parser), 0);
  return g_string_free_to_bytes (out);
}

static guint
count_items (GBytes *package)
{
  const char *p = g_bytes_get_data (package, NULL);
  guint n = 0;

  /* Every item and the document have "fullStatement" or "creator": count
   * the items' members, which the export writes once each. */
  while ((p = strstr (p, "\"fullStatement\":")) != NULL)
    n++, p++;
  return n;
}

static void
bench_import (const char *label,
              GBytes     *package)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  int passes = quick ? 1 : runs;
  guint n_statements = 0;

  for (int pass = quick ? 0 : -1; pass < passes; pass++)
    {
      g_autoptr(GError) error = NULL;
      double cpu_start = cpu_now ();
      double start = now ();
      g_autoptr(SfFramework) framework = sf_case_import (g_bytes_get_data (package, NULL), g_bytes_get_size (package),
                                                         "package", &error);
      double t;

      if (framework == NULL)
        die (label, error);
      t = now () - start;
      if (pass >= 0)
        {
          double c = cpu_now () - cpu_start;

          g_array_append_val (times, t);
          g_array_append_val (cpu, c);
        }
      if (n_statements == 0)
        {
          g_autoptr(GPtrArray) statements = sf_framework_dup_statements (framework);

          n_statements = statements->len;
        }
    }
  printf ("%-46s  %6u items  %5.1f MB  wall %7.1f ms (best %.1f)  processor %7.1f ms  %s\n", label,
          count_items (package), g_bytes_get_size (package) / 1e6, median (times) * 1e3, best (times) * 1e3,
          median (cpu) * 1e3, median (times) < 1.0 ? "ok (target < 1 s)" : "MISSED (target < 1 s)");
  g_assert (n_statements > 0);
}

static long
proc_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line != NULL ? strtol (line + strlen (field) + 1, NULL, 10) : -1;
}

static GBytes *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    die (path, error);
  return g_bytes_new_take (contents, length);
}

/* --rss-import: one import in this process, then its peak RSS. */
static int
rss_import (const char *path)
{
  g_autoptr(GBytes) input = load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = NULL;
  long start_hwm;
  struct rusage usage;

  start_hwm = proc_status_kib ("VmHWM:");
  framework = sf_case_import (g_bytes_get_data (input, NULL), g_bytes_get_size (input), "package", &error);
  if (framework == NULL)
    die (path, error);
  getrusage (RUSAGE_SELF, &usage);
  printf ("%.1f %.1f\n", proc_status_kib ("VmHWM:") / 1024.0, start_hwm / 1024.0);
  return EXIT_SUCCESS;
}

static void
report_rss (const char *self,
            const char *path,
            const char *label)
{
  const char *argv[] = { self, "--rss-import", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  double peak = 0, before = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) || sscanf (out, "%lf %lf", &peak, &before) != 2)
    die ("--rss-import", error);
  printf ("%-46s  peak RSS %.1f MiB (%.1f MiB before the import, the package read)  %s\n", label, peak, before,
          peak < 200 ? "ok (target < 200 MiB)" : "MISSED (target < 200 MiB)");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("CORPUS_DIR PACKAGE.json");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("options", error);
  if (rss_mode)
    {
      if (argc != 2)
        die ("usage: bench-interchange --rss-import PACKAGE.json", NULL);
      return rss_import (argv[1]);
    }
  if (argc != 3)
    die ("usage: bench-interchange [--runs N] [--quick] CORPUS_DIR PACKAGE.json", NULL);

  bench_corpus (argv[1]);

  {
    g_autoptr(GBytes) package = load (argv[2]);
    g_autoptr(GBytes) stripped_package = strip_extensions (package);

    g_autofree char *load = load_average ();

    printf ("== Importing a CASE package (sf_case_import, in memory, median of %d; load average %s)\n",
            quick ? 1 : runs, load);
    bench_import ("exported by Skillframe (with extensions)", package);
    bench_import ("as another tool publishes it (no extensions)", stripped_package);
    if (!quick)
      {
        g_autofree char *tmp = NULL;
        int fd = g_file_open_tmp ("bench-interchange-XXXXXX.json", &tmp, &error);

        if (fd < 0 || !g_file_set_contents (tmp, g_bytes_get_data (stripped_package, NULL),
                                            g_bytes_get_size (stripped_package), &error))
          die ("temporary file", error);
        close (fd);
        report_rss (argv[0], argv[2], "exported by Skillframe (with extensions)");
        report_rss (argv[0], tmp, "as another tool publishes it (no extensions)");
        g_unlink (tmp);
      }
  }
  return EXIT_SUCCESS;
}
