/* bench-onet.c: time the import of one occupation from the O*NET database
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh.
 *
 *   bench-onet [--runs N] [--smoke] DATA_DIR
 *
 * Generates, once, an O*NET text database of the real size in DATA_DIR
 * (db_30_2_text/ and db_30_2_text.zip: 1,016 occupations, 19,000 tasks,
 * 60,000 rows in each of Skills, Knowledge and Abilities, and the files the
 * import skips, about 200 MB of text, as O*NET 30.x has), then imports
 * 29-2011.00 from the folder and from the zip, each run in a child process
 * whose wall time and peak RSS are measured. Results on stdout, progress
 * on stderr.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "sf-model.h"
#include "sf-onet-import.h"

#define TARGET_CODE "29-2011.00"
#define N_OCCUPATIONS 1016
#define N_TASKS 19000
#define RATING_ROWS 60000
#define STAMP "generated-v3"

static int runs = 5;
static gboolean smoke = FALSE;
static char *import_source = NULL;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed imports from each source (default 5)", "N" },
  { "smoke", 0, 0, G_OPTION_ARG_NONE, &smoke, "A small database and one import: a quick check", NULL },
  { "import", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &import_source, NULL, NULL },
  { NULL }
};

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static guint32 rng_state = 2463534242u;

static guint32
rng (void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

static const char *words[] = {
  "analyze", "laboratory", "specimens", "results", "equipment", "maintain", "records", "quality",
  "procedures", "patients", "software", "review", "prepare", "reports", "monitor", "systems",
  "coordinate", "staff", "materials", "safety", "inspect", "design", "develop", "test",
};

static void
append_sentence (GString *out,
                 guint    n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      const char *w = words[rng () % G_N_ELEMENTS (words)];

      if (i == 0)
        {
          g_string_append_c (out, g_ascii_toupper (w[0]));
          g_string_append (out, w + 1);
        }
      else
        {
          g_string_append_c (out, ' ');
          g_string_append (out, w);
        }
    }
  g_string_append_c (out, '.');
}

static char **
make_codes (guint n)
{
  char **codes = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    codes[i] = g_strdup_printf ("%02u-%04u.%02u", 11 + (i * 2 / 45) % 45, 1000 + (i * 37) % 9000, i % 3);
  /* The occupation imported, two thirds of the way through every file. */
  g_free (codes[n * 2 / 3]);
  codes[n * 2 / 3] = g_strdup (TARGET_CODE);
  return codes;
}

static const char *rating_header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\t"
                                   "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\t"
                                   "Not Relevant\tDate\tDomain Source\n";

static void
append_ratings (GString  *out,
                char    **codes,
                guint     n_elements,
                const char *prefix,
                guint     n_rows)
{
  guint rows = 0;

  g_string_append (out, rating_header);
  for (guint o = 0; codes[o] != NULL && rows < n_rows; o++)
    for (guint e = 0; e < n_elements && rows < n_rows; e++)
      for (guint s = 0; s < 2; s++, rows++)
        g_string_append_printf (out, "%s\t%s.%u\tElement %s %u\t%s\t%.2f\t8\t0.%04u\t2.%04u\t4.%04u\tN\t%s\t08/2025\tAnalyst\n",
                                codes[o], prefix, e + 1, prefix, e + 1, s ? "LV" : "IM",
                                1 + (rng () % 400) / 100.0, rng () % 10000, rng () % 10000, rng () % 10000,
                                s ? "N" : "n/a");
}

/* Files of the real database the import does not read, of about their
 * real size, so that the zip has as much to skip as O*NET's. */
static void
append_filler (GString *out,
               char   **codes,
               guint    n_rows)
{
  guint n_codes = g_strv_length (codes);

  g_string_append (out, "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\t"
                        "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\t"
                        "Date\tDomain Source\n");
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (out, "%s\t4.C.%u.a.%u\tContext element %u\tCXP\t%u\t%.2f\t27\t%.4f\t%.4f\t%.4f\tN\tn/a\t08/2025\tIncumbent\n",
                            codes[i % n_codes], i % 4 + 1, i % 57, i % 57, i % 5 + 1,
                            (rng () % 10000) / 100.0, (rng () % 10000) / 1000.0, (rng () % 10000) / 100.0,
                            (rng () % 10000) / 100.0);
}

typedef struct
{
  const char *name;
  GString    *text;
} File;

static GPtrArray *
generate (guint scale)
{
  g_auto(GStrv) codes = make_codes (N_OCCUPATIONS / scale);
  GPtrArray *out = g_ptr_array_new ();
  GString *s;
  guint n_codes = g_strv_length (codes);

#define NEW_FILE(file_name) \
  G_STMT_START { File *f = g_new0 (File, 1); f->name = file_name; f->text = s = g_string_new (NULL); g_ptr_array_add (out, f); } G_STMT_END

  NEW_FILE ("Read Me.txt");
  g_string_append (s, "O*NET 30.2 Database\n\nGenerated by bench-onet for the import benchmark.\n");

  NEW_FILE ("Occupation Data.txt");
  g_string_append (s, "O*NET-SOC Code\tTitle\tDescription\n");
  for (guint i = 0; i < n_codes; i++)
    {
      g_string_append_printf (s, "%s\tOccupation %u\t", codes[i], i);
      append_sentence (s, 25);
      g_string_append_c (s, '\n');
    }

  NEW_FILE ("Task Statements.txt");
  g_string_append (s, "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n");
  for (guint i = 0; i < N_TASKS / scale; i++)
    {
      g_string_append_printf (s, "%s\t%u\t", codes[i * n_codes / (N_TASKS / scale)], 1000 + i);
      append_sentence (s, 18);
      g_string_append_printf (s, "\t%s\t27\t08/2025\tIncumbent\n", i % 4 ? "Core" : "Supplemental");
    }

  NEW_FILE ("Skills.txt");
  append_ratings (s, codes, 35, "2.A.1", RATING_ROWS / scale);
  NEW_FILE ("Knowledge.txt");
  append_ratings (s, codes, 33, "2.C.1", RATING_ROWS / scale);
  NEW_FILE ("Abilities.txt");
  append_ratings (s, codes, 52, "1.A.1.a", RATING_ROWS / scale);

  NEW_FILE ("Work Styles.txt");
  g_string_append (s, "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source\n");
  for (guint o = 0; o < n_codes * 7 / 8; o++)
    for (guint e = 0; e < 21; e++)
      g_string_append_printf (s, "%s\t1.D.%u.%c\tStyle %u\tWI\t%.2f\t12/2025\tAI/Expert\n"
                                 "%s\t1.D.%u.%c\tStyle %u\tDR\t%.2f\t12/2025\tAI/Expert\n",
                              codes[o], e / 6 + 1, 'a' + e % 6, e, (rng () % 600) / 100.0 - 3,
                              codes[o], e / 6 + 1, 'a' + e % 6, e, (double) (e < 8 ? e + 1 : 0));

  NEW_FILE ("Technology Skills.txt");
  g_string_append (s, "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n");
  for (guint i = 0; i < 32700 / scale; i++)
    g_string_append_printf (s, "%s\tProduct %u software\t4323%04u\tCategory %u software\t%s\t%s\n",
                            codes[i % n_codes], i, i % 9999, i % 500, i % 5 ? "N" : "Y", i % 7 ? "N" : "Y");

  NEW_FILE ("Alternate Titles.txt");
  g_string_append (s, "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n");
  for (guint i = 0; i < 56500 / scale; i++)
    g_string_append_printf (s, "%s\tAlternate title %u\tn/a\t08\n", codes[i % n_codes], i);

  NEW_FILE ("Job Zones.txt");
  g_string_append (s, "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n");
  for (guint i = 0; i < n_codes; i++)
    g_string_append_printf (s, "%s\t%u\t08/2025\tAnalyst\n", codes[i], i % 5 + 1);

  NEW_FILE ("Work Context.txt");
  append_filler (s, codes, 650000 / scale);
  NEW_FILE ("Work Activities.txt");
  append_ratings (s, codes, 41, "4.A.1.a", 74000 / scale);
  NEW_FILE ("Task Ratings.txt");
  append_filler (s, codes, 400000 / scale);
  NEW_FILE ("Education, Training, and Experience.txt");
  append_filler (s, codes, 37000 / scale);
  NEW_FILE ("Interests.txt");
  append_ratings (s, codes, 9, "1.B.1", 8000 / scale);
  NEW_FILE ("Level Scale Anchors.txt");
  append_filler (s, codes, 420000 / scale);
  NEW_FILE ("Tasks to DWAs.txt");
  append_filler (s, codes, 23000 / scale);

#undef NEW_FILE
  return out;
}

static gboolean
write_database (const char *dir,
                guint       scale,
                guint64    *total)
{
  g_autofree char *folder = g_build_filename (dir, "db_30_2_text", NULL);
  g_autofree char *zip_path = g_build_filename (dir, "db_30_2_text.zip", NULL);
  g_autoptr(GPtrArray) generated = generate (scale);
  struct archive *archive = archive_write_new ();

  g_mkdir_with_parents (folder, 0755);
  archive_write_set_format_zip (archive);
  if (archive_write_open_filename (archive, zip_path) != ARCHIVE_OK)
    {
      g_printerr ("bench-onet: %s: %s\n", zip_path, archive_error_string (archive));
      return FALSE;
    }
  *total = 0;
  for (guint i = 0; i < generated->len; i++)
    {
      File *f = g_ptr_array_index (generated, i);
      g_autofree char *path = g_build_filename (folder, f->name, NULL);
      g_autofree char *entry_name = g_build_filename ("db_30_2_text", f->name, NULL);
      struct archive_entry *entry = archive_entry_new ();
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (path, f->text->str, f->text->len, &error))
        {
          g_printerr ("bench-onet: %s\n", error->message);
          return FALSE;
        }
      archive_entry_set_pathname (entry, entry_name);
      archive_entry_set_size (entry, f->text->len);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_write_header (archive, entry);
      archive_write_data (archive, f->text->str, f->text->len);
      archive_entry_free (entry);
      *total += f->text->len;
      g_string_free (f->text, TRUE);
      g_free (f);
    }
  archive_write_close (archive);
  archive_write_free (archive);
  return TRUE;
}

/* The child: one import, as the tool and the editor run it. */
static int
run_import (const char *source)
{
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(SfOnetDatabase) database = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  database = sf_onet_database_open (file, NULL, &error);
  if (database != NULL)
    framework = sf_onet_import (database, TARGET_CODE, SF_ONET_DEFAULT_THRESHOLD, NULL, NULL, NULL, NULL, &error);
  if (framework == NULL)
    {
      g_printerr ("bench-onet: %s\n", error->message);
      return 1;
    }
  if (g_list_model_get_n_items (sf_onet_get_anchors (sf_framework_get_onet (framework))) == 0)
    {
      g_printerr ("bench-onet: the import found no anchors\n");
      return 1;
    }
  return 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Imports from @source in @n children; the median and best wall time, and
 * the highest peak RSS. */
static gboolean
measure (const char *self_path,
         const char *source,
         int         n,
         double     *median,
         double     *best,
         long       *rss_kib)
{
  g_autofree double *times = g_new0 (double, n);

  *rss_kib = 0;
  for (int i = 0; i < n; i++)
    {
      struct rusage usage;
      double start = now ();
      int status;
      pid_t pid = fork ();

      if (pid == 0)
        {
          execl (self_path, self_path, "--import", source, (char *) NULL);
          _exit (127);
        }
      if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
        return FALSE;
      times[i] = now () - start;
      *rss_kib = MAX (*rss_kib, usage.ru_maxrss);
    }
  qsort (times, n, sizeof (double), compare_doubles);
  *median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  *best = times[0];
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("DATA_DIR — time the O*NET import");
  g_autoptr(GError) error = NULL;
  g_autofree char *self_path = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *stamp_text = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *zip_path = NULL;
  const char *sources[2];
  const char *labels[] = { "folder", "zip" };
  guint scale;
  guint64 total = 0;
  gboolean ok = TRUE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-onet: %s\n", error->message);
      return 2;
    }
  if (import_source != NULL)
    return run_import (import_source);
  if (argc != 2)
    {
      g_printerr ("usage: bench-onet [--runs N] [--smoke] DATA_DIR\n");
      return 2;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  scale = smoke ? 50 : 1;
  if (smoke)
    runs = 1;
  stamp = g_build_filename (argv[1], "stamp", NULL);
  stamp_text = g_strdup_printf ("%s scale %u\n", STAMP, scale);
  folder = g_build_filename (argv[1], "db_30_2_text", NULL);
  zip_path = g_build_filename (argv[1], "db_30_2_text.zip", NULL);
  {
    g_autofree char *old = NULL;

    if (!g_file_get_contents (stamp, &old, NULL, NULL) || !g_str_equal (old, stamp_text))
      {
        double start = now ();

        g_printerr ("bench-onet: generating the database in %s\n", argv[1]);
        g_unlink (stamp);
        if (!write_database (argv[1], scale, &total))
          return 1;
        g_file_set_contents (stamp, stamp_text, -1, NULL);
        g_printerr ("bench-onet: %.1f MB of text in %.1f s\n", total / 1e6, now () - start);
      }
  }

  {
    GStatBuf st;
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    total = 0;
    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        if (g_stat (path, &st) == 0)
          total += st.st_size;
      }
    g_stat (zip_path, &st);
    printf ("== O*NET import of %s from a generated database of the real size\n", TARGET_CODE);
    printf ("database: %u occupations, %u tasks, %u rows per rating file; %.1f MB of text, zip %.1f MB\n",
            N_OCCUPATIONS / scale, N_TASKS / scale, RATING_ROWS / scale, total / 1e6, st.st_size / 1e6);
    printf ("(each import a fresh process: open, read the files it needs, build the framework;\n"
            " median and best of %d runs, peak RSS the highest of them)\n", runs);
  }

  sources[0] = folder;
  sources[1] = zip_path;
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      double median, best;
      long rss;

      /* One warm-up: the figures are for a database in the page cache. */
      if (!smoke && !measure (self_path, sources[i], 1, &median, &best, &rss))
        return 1;
      if (!measure (self_path, sources[i], runs, &median, &best, &rss))
        {
          g_printerr ("bench-onet: the import from the %s failed\n", labels[i]);
          return 1;
        }
      printf ("from the %-6s  median %6.3f s  best %6.3f s  peak RSS %6.1f MiB   (targets < 2 s, < 200 MiB) %s\n",
              labels[i], median, best, rss / 1024.0,
              median < 2.0 && rss < 200 * 1024 ? "ok" : "MISSED");
      ok &= median < 2.0 && rss < 200 * 1024;
    }
  return smoke || ok ? 0 : 1;
}
