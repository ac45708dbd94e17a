/* bench-json.c: the core's JSON reader against json-glib's
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh. It backs the
 * figures in the comment at the top of src/core/sf-json.c.
 *
 *   bench-json [--runs N] [--quick] FILE…
 *
 * For each file, in memory: sf_json_doc_parse() then sf_json_doc_free(),
 * against a JsonParser's json_parser_load_from_data() then the parser's
 * unref, the two alternating so that both see the same machine. A sample
 * times enough parses of the file to last 5 ms, so that small files are
 * timed as well as big ones; the median of the samples is reported per
 * parse, with MB/s (10^6 bytes) and the ratio of the two medians.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sf-json.h"

static int runs = 31;
static gboolean quick = FALSE;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs,
    "Samples of each reader per file, after one warm-up (default 31)", "N" },
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &quick,
    "One sample of one parse each, no warm-up: a smoke test", NULL },
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
  guint n = samples->len;

  g_array_sort (samples, compare_doubles);
  return n % 2 ? g_array_index (samples, double, n / 2)
               : (g_array_index (samples, double, n / 2 - 1) +
                  g_array_index (samples, double, n / 2)) / 2;
}

static void
parse_sf_json (const char *data,
               gsize       length)
{
  static const SfJsonLimits limits = { 128, 1024 * 1024 };
  g_autofree char *message = NULL;
  SfJsonError code;
  gsize offset;
  SfJsonDoc *doc = sf_json_doc_parse (data, length, &limits, &offset, &code, &message);

  if (doc == NULL)
    {
      g_printerr ("bench-json: sf_json_doc_parse: byte %" G_GSIZE_FORMAT ": %s\n", offset, message);
      exit (EXIT_FAILURE);
    }
  sf_json_doc_free (doc);
}

static void
parse_json_glib (const char *data,
                 gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      g_printerr ("bench-json: json_parser_load_from_data: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
}

/* Seconds per parse, over @repeat parses. */
static double
time_parses (void      (*parse) (const char *, gsize),
             const char *data,
             gsize       length,
             guint       repeat)
{
  double start = now ();

  for (guint i = 0; i < repeat; i++)
    parse (data, length);
  return (now () - start) / repeat;
}

static void
bench_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = g_path_get_basename (path);
  gsize length;
  guint repeat = 1;
  double ours_ms, theirs_ms;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      g_printerr ("bench-json: %s\n", error->message);
      exit (EXIT_FAILURE);
    }

  if (!quick)
    {
      /* Warm up, and find how many parses make a 5 ms sample. */
      double once = MIN (time_parses (parse_sf_json, data, length, 1),
                         time_parses (parse_json_glib, data, length, 1));

      repeat = MAX (1, (guint) (0.005 / MAX (once, 1e-7)));
    }

  for (int i = 0; i < (quick ? 1 : runs); i++)
    {
      double t;

      t = time_parses (parse_sf_json, data, length, repeat);
      g_array_append_val (ours, t);
      t = time_parses (parse_json_glib, data, length, repeat);
      g_array_append_val (theirs, t);
    }

  ours_ms = median (ours) * 1e3;
  theirs_ms = median (theirs) * 1e3;
  printf ("%-50s %8.2f MB  %9.3f ms %6.0f MB/s  %9.3f ms %6.0f MB/s  %5.2f×\n", name,
          length / 1e6, ours_ms, length / ours_ms / 1e3, theirs_ms, length / theirs_ms / 1e3,
          theirs_ms / ours_ms);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE… — time the JSON readers");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || runs < 1)
    {
      g_printerr ("bench-json: %s\n", error ? error->message : "usage: bench-json [--runs N] FILE…");
      return 2;
    }

  printf ("== JSON reader: sf_json_doc_parse against json-glib %s json_parser_load_from_data\n"
          "   (in memory, parse and free, median of %d samples; json-glib time / ours)\n",
          JSON_VERSION_S, quick ? 1 : runs);
  printf ("%-50s %11s  %-21s  %-21s  %s\n", "file", "size", "sf_json_doc_parse", "json-glib",
          "ratio");
  for (int i = 1; i < argc; i++)
    bench_file (argv[i]);

  return 0;
}
