/* bench-merge.c: time the three-way merge and the semantic diff
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh.
 *
 *   bench-merge [--runs N] [--edits N] BIG.json
 *
 * Makes two versions of BIG.json with N edits each (default 1,000: a third
 * of them texts reworded, then titles changed, statements inserted and
 * statements deleted, on different statements on each side), and times
 * sf_merge() of the two against the original. Results on stdout.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sf-format.h"
#include "sf-merge.h"
#include "sf-model.h"
#include "sf-node-private.h"

static int runs = 11;
static int n_edits = 1000;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs after one warm-up (default 11)", "N" },
  { "edits", 'e', 0, G_OPTION_ARG_INT, &n_edits, "Edits on each side (default 1000)", "N" },
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

/* Edits the statements whose index modulo 2 is @side, so that the two sides
 * never touch the same statement. */
static void
edit (SfFramework *framework,
      guint        side,
      GRand       *rand)
{
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (framework);

  for (int k = 0; k < n_edits; k++)
    {
      guint i = g_rand_int_range (rand, 0, statements->len / 2) * 2 + side;
      SfNode *statement = g_ptr_array_index (statements, i);
      SfNode *section = sf_node_get_parent (statement);
      g_autofree char *value = g_strdup_printf ("Side %u, edit %d: reworded", side, k);
      GParamSpec *pspec;
      guint position;

      if (section == NULL)
        continue;  /* deleted already */
      pspec = _sf_node_lookup_member (section, "statements");
      switch (k % 6)
        {
        case 0: case 1:
          _sf_node_set_string (statement, "text", value);
          break;
        case 2: case 3:
          _sf_node_set_string (statement, "title", value);
          break;
        case 4:
          {
            g_autofree char *id = g_strdup_printf ("bench-%u-%d", side, k);
            g_autoptr(SfNode) added = _sf_node_new (SF_TYPE_STATEMENT, "id", id,
                                                    "level", sf_node_get_string (statement, "level"),
                                                    "title", value, "text", value, NULL);

            sf_list_find_by_id (sf_node_get_list (section, "statements"),
                                sf_node_get_id (statement), &position);
            _sf_node_list_splice (section, pspec, position + 1, 0, (gpointer *) &added, 1);
          }
          break;
        default:
          sf_list_find_by_id (sf_node_get_list (section, "statements"),
                              sf_node_get_id (statement), &position);
          g_object_ref (statement);
          _sf_node_list_splice (section, pspec, position, 1, NULL, 0);
          _sf_node_set_parent (statement, NULL, NULL);
          g_object_unref (statement);
          break;
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("BIG.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SfFramework) base = NULL;
  g_autoptr(SfFramework) mine = NULL;
  g_autoptr(SfFramework) theirs = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) statements = NULL;
  guint n_conflicts = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bench-merge: %s\n", error ? error->message : "usage: bench-merge BIG.json");
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  base = sf_format_load_file (file, NULL, NULL, NULL, &error);
  if (base == NULL)
    {
      g_printerr ("bench-merge: %s\n", error->message);
      return EXIT_FAILURE;
    }
  mine = sf_framework_copy (base);
  theirs = sf_framework_copy (base);
  edit (mine, 0, rand);
  edit (theirs, 1, rand);
  statements = sf_framework_dup_statements (base);

  for (int run = -1; run < runs; run++)
    {
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autoptr(SfFramework) merged = NULL;
      double start = now (), seconds;

      merged = sf_merge (base, mine, theirs, &conflicts, &error);
      seconds = now () - start;
      g_assert_no_error (error);
      n_conflicts = conflicts->len;
      if (run >= 0)
        g_array_append_val (samples, seconds);
    }

  /* For scale: a deep copy of the framework, which every merge result is. */
  {
    g_autoptr(GArray) copies = g_array_new (FALSE, FALSE, sizeof (double));

    for (int run = 0; run < runs; run++)
      {
        double start = now (), seconds;
        g_autoptr(SfFramework) copy = sf_framework_copy (mine);

        seconds = now () - start;
        g_array_append_val (copies, seconds);
      }
    g_array_sort (copies, compare_doubles);
    printf ("for scale, one deep copy of a version: median %.1f ms\n",
            g_array_index (copies, double, copies->len / 2) * 1e3);
  }

  g_array_sort (samples, compare_doubles);
  printf ("merge of two %u-statement versions, %d edits on each side: median %.1f ms "
          "(min %.1f ms, %d runs), %u conflicts\n",
          statements->len, n_edits, g_array_index (samples, double, samples->len / 2) * 1e3,
          g_array_index (samples, double, 0) * 1e3, runs, n_conflicts);
  return n_conflicts == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
