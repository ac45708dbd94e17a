/* bench-format.c: time the framework reader and writer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh.
 *
 *   bench-format [OPTION…] BIG.json [CORPUS_DIR]
 *   bench-format --rss-load-save BIG.json
 *
 * Results go to stdout, progress to stderr. With --results FILE, each
 * figure is also written to FILE as a line
 * "name<TAB>median seconds<TAB>min seconds<TAB>bytes" (for the RSS
 * figures: "name<TAB>KiB<TAB>KiB<TAB>0").
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "sf-format.h"
#include "sf-model.h"

static int runs = 15;
static int corpus_runs = 5;
static gboolean quick = FALSE;
static gboolean check = FALSE;
static gboolean rss_mode = FALSE;
static gboolean no_rss = FALSE;
static char *results_path = NULL;
static FILE *results = NULL;
static gboolean failed = FALSE;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs,
    "Timed runs for BIG.json after one warm-up (default 15)", "N" },
  { "corpus-runs", 0, 0, G_OPTION_ARG_INT, &corpus_runs,
    "Timed passes over the corpus after one warm-up (default 5)", "N" },
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &quick,
    "One run of everything, no warm-up, no RSS measurement: a smoke test", NULL },
  { "check", 'c', 0, G_OPTION_ARG_NONE, &check,
    "Also check that every file writes back byte-identical (canonical round trip)", NULL },
  { "rss-load-save", 0, 0, G_OPTION_ARG_NONE, &rss_mode,
    "Load and save BIG.json once and report the peak RSS of the process", NULL },
  { "no-rss", 0, 0, G_OPTION_ARG_NONE, &no_rss,
    "Do not run the --rss-load-save measurement in a child process", NULL },
  { "results", 0, 0, G_OPTION_ARG_FILENAME, &results_path,
    "Also write the figures to FILE, one \"name<TAB>median<TAB>min<TAB>bytes\" line each", "FILE" },
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

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

typedef struct
{
  double median;
  double min;
} Summary;

static Summary
summarise (GArray *samples)
{
  Summary s = { 0, 0 };
  guint n = samples->len;

  if (n == 0)
    return s;
  g_array_sort (samples, compare_doubles);
  s.min = g_array_index (samples, double, 0);
  s.median = n % 2 ? g_array_index (samples, double, n / 2)
                   : (g_array_index (samples, double, n / 2 - 1) +
                      g_array_index (samples, double, n / 2)) / 2;
  return s;
}

static void
add_sample (GArray *samples,
            double  seconds)
{
  g_array_append_val (samples, seconds);
}

static void
record (const char *name,
        double      median,
        double      min,
        gsize       bytes)
{
  if (results != NULL)
    fprintf (results, "%s\t%.9f\t%.9f\t%" G_GSIZE_FORMAT "\n", name, median, min, bytes);
}

static void
report_ms (const char *what,
           const char *name,
           GArray     *samples,
           gsize       bytes)
{
  Summary s = summarise (samples);

  printf ("%s: median %.1f ms (min %.1f ms, %u runs)", what, s.median * 1e3, s.min * 1e3,
          samples->len);
  if (bytes > 0 && s.median > 0)
    printf (", %.0f MB/s", bytes / s.median / 1e6);
  printf ("\n");
  record (name, s.median, s.min, bytes);
  fflush (stdout);
}

static void
die (const char *what,
     GError     *error)
{
  g_printerr ("bench-format: %s: %s\n", what, error->message);
  exit (EXIT_FAILURE);
}

static guint
count_statements (SfFramework *framework)
{
  GListModel *sections = sf_framework_get_sections (framework);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      n += g_list_model_get_n_items (sf_section_get_statements (section));
    }
  return n;
}

/* The canonical round trip: what was read writes back byte for byte. */
static gboolean
check_round_trip (SfFramework *framework,
                  const char  *data,
                  gsize        length,
                  const char  *path)
{
  g_autoptr(GBytes) written = sf_format_write (framework);
  gsize n;
  const char *out = g_bytes_get_data (written, &n);
  gsize i;

  if (n == length && memcmp (out, data, n) == 0)
    return TRUE;
  for (i = 0; i < MIN (n, length) && out[i] == data[i]; i++)
    ;
  g_printerr ("bench-format: %s: not written back byte-identical: first difference at byte %"
              G_GSIZE_FORMAT " (read %" G_GSIZE_FORMAT " bytes, wrote %" G_GSIZE_FORMAT ")\n",
              path, i, length, n);
  failed = TRUE;
  return FALSE;
}

/* A memory figure from /proc/self/status ("VmHWM:", the peak resident set
 * size), in KiB, or -1. */
static long
proc_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  if (line == NULL)
    return -1;
  return strtol (line + strlen (field) + 1, NULL, 10);
}

static char *
temp_path_beside (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  char *tmp = g_build_filename (dir, ".bench-format-XXXXXX.json", NULL);
  int fd = g_mkstemp (tmp);

  if (fd < 0)
    {
      g_printerr ("bench-format: cannot create a file in %s: %s\n", dir, g_strerror (errno));
      exit (EXIT_FAILURE);
    }
  g_close (fd, NULL);
  return tmp;
}

/* --rss-load-save: one load and one save, then the peak RSS. */
static int
rss_load_save (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *tmp = temp_path_beside (path);
  g_autoptr(GFile) out = g_file_new_for_path (tmp);
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  long start_hwm = proc_status_kib ("VmHWM:");
  long hwm;
  struct rusage usage;
  guint n;

  framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
  if (framework == NULL)
    die (path, error);
  n = count_statements (framework);
  if (!sf_format_save_file (framework, out, FALSE, NULL, &error))
    die (tmp, error);
  g_unlink (tmp);

  hwm = proc_status_kib ("VmHWM:");
  getrusage (RUSAGE_SELF, &usage);
  printf ("peak RSS, one load+save of %u statements: ru_maxrss %.1f MiB, VmHWM %.1f MiB "
          "(VmHWM before loading: %.1f MiB)\n",
          n, usage.ru_maxrss / 1024.0, hwm / 1024.0, start_hwm / 1024.0);
  record ("rss_maxrss_kib", usage.ru_maxrss, usage.ru_maxrss, 0);
  record ("rss_vmhwm_kib", hwm, hwm, 0);
  record ("rss_start_kib", start_hwm, start_hwm, 0);
  return EXIT_SUCCESS;
}

static void
bench_big (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *tmp = temp_path_beside (path);
  g_autoptr(GFile) out = g_file_new_for_path (tmp);
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) unref = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_new = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *what = NULL;
  gsize length;
  guint n;
  int warmup = quick ? 0 : 1;

  if (!g_file_get_contents (path, &data, &length, &error))
    die (path, error);

  g_printerr ("bench-format: %s: load\n", path);
  for (int i = 0; i < warmup + runs; i++)
    {
      SfFramework *fw;
      double t0, t1, t2;

      t0 = now ();
      fw = sf_format_load_file (file, NULL, NULL, NULL, &error);
      t1 = now ();
      if (fw == NULL)
        die (path, error);
      if (framework == NULL)
        framework = g_object_ref (fw);
      g_object_unref (fw);
      t2 = now ();
      if (i >= warmup)
        {
          add_sample (load, t1 - t0);
          add_sample (unref, t2 - t1);
        }
    }
  n = count_statements (framework);
  printf ("file %s: %u statements, %.2f MB\n", path, n, length / 1e6);
  if (check && check_round_trip (framework, data, length, path))
    printf ("round trip: byte-identical\n");

  what = g_strdup_printf ("load %u statements (sf_format_load_file: read+parse+model)", n);
  report_ms (what, "big_load", load, length);
  g_clear_pointer (&what, g_free);
  report_ms ("  free the model (g_object_unref, not counted in load)", "big_free", unref, 0);

  g_printerr ("bench-format: %s: read from memory\n", path);
  for (int i = 0; i < warmup + runs; i++)
    {
      SfFramework *fw;
      double t0 = now ();

      fw = sf_format_read (data, length, path, NULL, &error);
      if (i >= warmup)
        add_sample (reads, now () - t0);
      if (fw == NULL)
        die (path, error);
      g_object_unref (fw);
    }
  what = g_strdup_printf ("read %u statements from memory (sf_format_read: parse+model)", n);
  report_ms (what, "big_read", reads, length);
  g_clear_pointer (&what, g_free);

  g_printerr ("bench-format: %s: write\n", path);
  for (int i = 0; i < warmup + runs; i++)
    {
      double t0 = now ();
      g_autoptr(GBytes) bytes = sf_format_write (framework);

      if (i >= warmup)
        add_sample (writes, now () - t0);
    }
  what = g_strdup_printf ("write %u statements to memory (sf_format_write)", n);
  report_ms (what, "big_write", writes, length);
  g_clear_pointer (&what, g_free);

  /* Saving over an existing file is what an editor does; GIO then syncs
   * the new file before renaming it over the old one. A new file is not
   * synced: time both. */
  g_printerr ("bench-format: %s: save\n", path);
  for (int i = 0; i < warmup + runs; i++)
    {
      double t0 = now ();

      if (!sf_format_save_file (framework, out, FALSE, NULL, &error))
        die (tmp, error);
      if (i >= warmup)
        add_sample (save, now () - t0);
    }
  for (int i = 0; i < warmup + runs; i++)
    {
      double t0;

      g_unlink (tmp);
      t0 = now ();
      if (!sf_format_save_file (framework, out, FALSE, NULL, &error))
        die (tmp, error);
      if (i >= warmup)
        add_sample (save_new, now () - t0);
    }
  g_unlink (tmp);
  what = g_strdup_printf ("save %u statements over an existing file "
                          "(sf_format_save_file: write+atomic replace, fsync by GIO)", n);
  report_ms (what, "big_save", save, length);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("save %u statements as a new file "
                          "(sf_format_save_file: write+atomic replace, no fsync)", n);
  report_ms (what, "big_save_new", save_new, length);
}

static void
bench_corpus (const char *dirname)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GArray) reads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read_free = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  const char *name;
  gsize total = 0;
  guint statements = 0;
  double t0, bytes_time;
  Summary s;
  int warmup = quick ? 0 : 1;

  dir = g_dir_open (dirname, 0, &error);
  if (dir == NULL)
    die (dirname, error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dirname, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  if (paths->len == 0)
    {
      g_printerr ("bench-format: %s: no *.json files\n", dirname);
      exit (EXIT_FAILURE);
    }

  /* The bytes first, timed on their own (from the page cache when warm). */
  t0 = now ();
  for (guint i = 0; i < paths->len; i++)
    {
      char *data;
      gsize length;

      if (!g_file_get_contents (g_ptr_array_index (paths, i), &data, &length, &error))
        die (g_ptr_array_index (paths, i), error);
      g_ptr_array_add (contents, g_bytes_new_take (data, length));
      total += length;
    }
  bytes_time = now () - t0;
  printf ("corpus %s: %u files, %.1f MB\n", dirname, paths->len, total / 1e6);
  printf ("corpus read bytes into memory (g_file_get_contents): %.3f s, %.0f MB/s\n",
          bytes_time, total / bytes_time / 1e6);
  record ("corpus_bytes", bytes_time, bytes_time, total);

  g_printerr ("bench-format: %s: sf_format_read over %u files\n", dirname, paths->len);
  for (int pass = 0; pass < warmup + corpus_runs; pass++)
    {
      double reading = 0, start = now ();

      for (guint i = 0; i < contents->len; i++)
        {
          GBytes *bytes = g_ptr_array_index (contents, i);
          gsize length;
          const char *data = g_bytes_get_data (bytes, &length);
          double t = now ();
          SfFramework *fw = sf_format_read (data, length, g_ptr_array_index (paths, i), NULL,
                                            &error);

          reading += now () - t;
          if (fw == NULL)
            die (g_ptr_array_index (paths, i), error);
          if (pass == 0)
            {
              statements += count_statements (fw);
              if (check)
                check_round_trip (fw, data, length, g_ptr_array_index (paths, i));
            }
          g_object_unref (fw);
        }
      if (pass >= warmup)
        {
          add_sample (reads, reading);
          add_sample (read_free, now () - start);
        }
    }
  printf ("corpus statements: %u\n", statements);
  if (check && !failed)
    printf ("corpus round trip: all %u files byte-identical\n", paths->len);

  s = summarise (reads);
  printf ("corpus sf_format_read (in memory, parse+model): median %.3f s (min %.3f s, %u passes), "
          "%.0f MB/s, %.0f files/s\n", s.median, s.min, reads->len, total / s.median / 1e6,
          paths->len / s.median);
  record ("corpus_read", s.median, s.min, total);
  s = summarise (read_free);
  printf ("corpus sf_format_read + free the model: median %.3f s (min %.3f s), %.0f MB/s\n",
          s.median, s.min, total / s.median / 1e6);
  record ("corpus_read_free", s.median, s.min, total);

  g_printerr ("bench-format: %s: sf_format_load_file over %u files\n", dirname, paths->len);
  for (int pass = 0; pass < warmup + corpus_runs; pass++)
    {
      double start = now ();

      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
          SfFramework *fw = sf_format_load_file (file, NULL, NULL, NULL, &error);

          if (fw == NULL)
            die (g_ptr_array_index (paths, i), error);
          g_object_unref (fw);
        }
      if (pass >= warmup)
        add_sample (load, now () - start);
    }
  s = summarise (load);
  printf ("corpus sf_format_load_file + free (file read+parse+model): median %.3f s "
          "(min %.3f s, %u passes), %.0f MB/s\n", s.median, s.min, load->len,
          total / s.median / 1e6);
  record ("corpus_load_file", s.median, s.min, total);

  /* sf-json.h, the parser on its own, is not part of the public headers. */
  printf ("corpus raw parse only: skipped (no parse-only entry point in the public API)\n");
}

/* Runs --rss-load-save in a child, so that its peak is one load+save's. */
static void
spawn_rss (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int wait_status;
  const char *argv[] = { "/proc/self/exe", "--rss-load-save", path,
                         results_path ? "--results" : NULL, results_path, NULL };

  if (results != NULL)
    fflush (results);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     &out, NULL, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    die ("--rss-load-save", error);
  fputs (out, stdout);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = g_option_context_new ("BIG.json [CORPUS_DIR] — time the framework reader and writer");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-format: %s\n", error->message);
      return 2;
    }
  if (argc < 2 || argc > (rss_mode ? 2 : 3))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }
  if (quick)
    runs = corpus_runs = 1;
  runs = MAX (runs, 1);
  corpus_runs = MAX (corpus_runs, 1);

  if (results_path != NULL)
    {
      /* Both this process and the child of spawn_rss() append. */
      if (!rss_mode && !g_file_set_contents (results_path, "", 0, &error))
        {
          g_printerr ("bench-format: %s\n", error->message);
          return 1;
        }
      results = fopen (results_path, "a");
      if (results == NULL)
        {
          g_printerr ("bench-format: %s: %s\n", results_path, g_strerror (errno));
          return 1;
        }
    }

  if (rss_mode)
    {
      int status = rss_load_save (argv[1]);

      if (results != NULL)
        fclose (results);
      return status;
    }

  if (!quick && !no_rss)
    spawn_rss (argv[1]);
  bench_big (argv[1]);
  if (argc > 2)
    bench_corpus (argv[2]);

  if (results != NULL)
    fclose (results);
  return failed ? 1 : 0;
}
