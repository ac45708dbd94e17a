/* bench-validate.c: how fast validation follows typing
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-validate FRAMEWORK.json
 *
 * Loads a (large) framework and reports the peak memory after loading it
 * and after building a validator, the time of a full validation, and the
 * time of one keystroke with a validator attached: sf_document_set_string()
 * with a text one character longer or shorter than the one before, which
 * returns once the problems, the counts and the problem list are up to
 * date. Keystrokes go into a statement's text, the occupation's context, a
 * source's title and an anchor's name (median, 95th and 99th percentile,
 * maximum), then heavier edits, fewer times each. Not a test: a
 * measurement, printed on standard output.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "sf-edits.h"
#include "sf-document.h"
#include "sf-model.h"
#include "sf-validator.h"

#define N_KEYSTROKES 2000
#define N_FULL 10

/* What an author types, then deletes, a character at a time. */
#define TYPED "Reports critical values to the clinician at once"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* The items of a list, borrowed: the list keeps them. */
static void
add_items (GPtrArray  *out,
           GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_ptr_array_add (out, item);
    }
}

/* The memory in use now, from /proc (Linux). */
static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return atol (line + strlen ("VmRSS:"));
}

typedef struct
{
  const char *label;
  const char *member;
  GPtrArray  *nodes;        /* typed into in turn */
  gboolean    from_empty;   /* a new text rather than more of the text there */
  guint       n_changed;    /* keystrokes that changed problems */
} Field;

static void
on_problems_changed (SfValidator *validator,
                     GPtrArray   *nodes,
                     guint       *n_changed)
{
  (*n_changed)++;
}

/* Types into one node after another: TYPED a character at a time after
 * the member's text, then back, each keystroke an undo step of its own. */
static void
type_into (SfDocument  *document,
           SfValidator *validator,
           Field       *field,
           GRand       *rand,
           double      *times)
{
  guint len = strlen (TYPED);
  guint k = 0;
  gulong handler = g_signal_connect (validator, "problems-changed",
                                     G_CALLBACK (on_problems_changed), &field->n_changed);

  while (k < N_KEYSTROKES)
    {
      SfNode *node = g_ptr_array_index (field->nodes, g_rand_int_range (rand, 0, field->nodes->len));
      g_autofree char *base = NULL;

      if (field->from_empty)
        sf_document_set_string (document, node, field->member, "", NULL);
      base = g_strdup (sf_node_get_string (node, field->member) ?: "");

      for (guint step = 1; step <= 2 * len && k < N_KEYSTROKES; step++, k++)
        {
          guint typed = step <= len ? step : 2 * len - step;
          g_autofree char *text = g_strdup_printf ("%s%.*s", base, (int) typed, TYPED);
          gint64 start = g_get_monotonic_time ();

          sf_document_set_string (document, node, field->member, text, NULL);
          times[k] = (g_get_monotonic_time () - start) / 1000.0;
        }
    }
  g_signal_handler_disconnect (validator, handler);
  qsort (times, N_KEYSTROKES, sizeof (double), compare_doubles);
}

static void
print_times (const char *label,
             double     *times,
             guint       n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  g_print ("  %-44s median %8.3f ms, max %8.3f ms (%u times)\n", label, times[n / 2], times[n - 1], n);
}

/* The section with the most statements. */
static SfSection *
largest_section (SfFramework *framework)
{
  GListModel *sections = sf_framework_get_sections (framework);
  SfSection *largest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      if (largest == NULL || g_list_model_get_n_items (sf_section_get_statements (section)) >
                             g_list_model_get_n_items (sf_section_get_statements (largest)))
        largest = section;
    }
  return largest;
}

/* Edits that check more again: a title in a section of thousands, whose
 * duplicates SF202 finds; a section's title, which statements without
 * citations name; a section removed and brought back; the id of the source
 * most statements cite; a rule's severity, which checks everything. */
static void
heavier_edits (SfDocument  *document,
               SfValidator *validator)
{
  SfFramework *framework = sf_document_get_framework (document);
  SfSection *section = largest_section (framework);
  GListModel *statements = sf_section_get_statements (section);
  g_autoptr(SfStatement) statement = g_list_model_get_item (statements, g_list_model_get_n_items (statements) / 2);
  SfSource *onet = sf_framework_find_source (framework, "onet");
  g_autofree char *onet_id = g_strdup (sf_source_get_id (onet));
  g_autofree char *renamed = g_strdup_printf ("%s-2", onet_id);
  g_autofree char *title = g_strdup (sf_statement_get_title (statement));
  g_autofree char *section_title = g_strdup (sf_section_get_title (section));
  g_autofree char *label = NULL;
  double times[200];
  gint64 start;
  guint position = 0;

  g_print ("heavier edits, in a section of %u statements:\n", g_list_model_get_n_items (statements));

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s%.*s", title, (int) (i % 20), TYPED);

      start = g_get_monotonic_time ();
      sf_document_set_string (document, SF_NODE (statement), "title", text, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_times ("keystroke in a statement's title", times, 200);

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s%.*s", section_title, (int) (i % 20), TYPED);

      start = g_get_monotonic_time ();
      sf_document_set_string (document, SF_NODE (section), "title", text, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_times ("keystroke in that section's title", times, 50);

  sf_list_find_by_id (sf_framework_get_sections (framework), sf_section_get_id (section), &position);
  for (guint i = 0; i < 20; i += 2)
    {
      start = g_get_monotonic_time ();
      sf_document_remove (document, SF_NODE (framework), "sections", position);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      sf_document_undo (document);
      times[i + 1] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_times ("removing that section, or undoing it", times, 20);

  label = g_strdup_printf ("renaming the source %s and back", onet_id);
  for (guint i = 0; i < 10; i++)
    {
      start = g_get_monotonic_time ();
      sf_document_set_string (document, SF_NODE (onet), "id", i % 2 ? onet_id : renamed, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_times (label, times, 10);

  for (guint i = 0; i < 10; i += 2)
    {
      start = g_get_monotonic_time ();
      sf_edits_set_rule_severity (document, "SF202", SF_SEVERITY_INFO);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      sf_document_undo (document);
      times[i + 1] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_times ("SF202 made info, or back (validates all)", times, 10);
  g_print ("  problems now: %u\n", g_list_model_get_n_items (sf_validator_get_problems (validator)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfDocument) document = NULL;
  g_autoptr(SfValidator) validator = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) occupation = g_ptr_array_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GPtrArray) anchors = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree double *times = g_new (double, N_KEYSTROKES);
  SfFramework *framework;
  double full[N_FULL];
  long rss_load, rss_validator, rss_now;
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
  framework = sf_document_get_framework (document);
  rss_load = peak_rss_kib ();
  validator = sf_validator_new (framework);
  sf_validator_attach (validator, document);
  rss_validator = peak_rss_kib ();
  rss_now = rss_kib ();

  for (guint i = 0; i < N_FULL; i++)
    {
      g_autoptr(SfValidator) v = NULL;

      start = g_get_monotonic_time ();
      v = sf_validator_new (framework);
      full[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (full, N_FULL, sizeof (double), compare_doubles);

  statements = sf_framework_dup_statements (framework);
  g_ptr_array_add (occupation, sf_framework_get_occupation (framework));
  add_items (sources, sf_framework_get_sources (framework));
  add_items (anchors, sf_onet_get_anchors (sf_framework_get_onet (framework)));

  g_print ("statements: %u, problems: %u (%u errors, %u warnings, %u infos)\n", statements->len,
           g_list_model_get_n_items (sf_validator_get_problems (validator)),
           sf_validator_count (validator, SF_SEVERITY_ERROR),
           sf_validator_count (validator, SF_SEVERITY_WARNING),
           sf_validator_count (validator, SF_SEVERITY_INFO));
  /* The validator of bf7bd0a measured the same peak, 25.4 to 25.6 MiB, with
   * 21.8 MiB in use after it: both validators fit in what the reader freed.
   * The indices of incremental validation cost about 0.7 MiB of the 22.5. */
  g_print ("peak RSS after load: %.1f MiB; after load + validator: %.1f MiB (+%.1f %%)\n",
           rss_load / 1024.0, rss_validator / 1024.0, 100.0 * (rss_validator - rss_load) / rss_load);
  g_print ("RSS now, with the validator: %.1f MiB\n", rss_now / 1024.0);
  g_print ("full validation: median %.2f ms (min %.2f ms)\n", full[N_FULL / 2], full[0]);

  /* Every keystroke is its own undo step, as after a pause in typing. */
  sf_document_set_coalesce_timeout (document, 0);
  g_print ("one keystroke, with the problems, counts and problem list updated (%d keystrokes each):\n",
           N_KEYSTROKES);
  {
    Field fields[] = {
      /* Typed anew, so that SF201, SF203 and SF204 come and go. */
      { "statement text", "text", statements, TRUE },
      { "occupation context", "context", occupation },
      { "source title", "title", sources },
      { "anchor name", "name", anchors },
    };

    for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
      {
        type_into (document, validator, &fields[f], rand, times);
        g_print ("  %-20s median %.4f ms, p95 %.4f ms, p99 %.4f ms, max %.4f ms "
                 "(%u changed problems)\n", fields[f].label,
                 times[N_KEYSTROKES / 2], times[N_KEYSTROKES * 95 / 100],
                 times[N_KEYSTROKES * 99 / 100], times[N_KEYSTROKES - 1], fields[f].n_changed);
      }
  }

  heavier_edits (document, validator);

  start = g_get_monotonic_time ();
  {
    g_autoptr(GPtrArray) all = sf_validator_collect (validator);

    g_print ("sf_validator_collect(): %.3f ms for %u problems\n",
             (g_get_monotonic_time () - start) / 1000.0, all->len);
  }
  return 0;
}
