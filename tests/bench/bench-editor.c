/* bench-editor.c: how fast the editor starts, scrolls and follows typing
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-editor SEED.json BIG.json
 *
 * Run under a display (tests/xvfb-wrapper.sh). Prints, on standard output:
 *
 * - start to first frame, for the editor with SEED.json open and for an empty
 *   AdwApplicationWindow started the same way (a new process each, which
 *   reports the monotonic time of its first frame; medians of several runs,
 *   alternated), and their ratio;
 * - the same for BIG.json (a generated 10,000-statement framework);
 * - in this process, with BIG.json open: the peak RSS; the rows the
 *   statement list creates while scrolling from the first statement of its
 *   largest level to the last, next to the rows visible at once; and one
 *   keystroke in a statement's text: the time until the model, the
 *   validation and the header's count have followed (synchronous), and until
 *   the next frame is drawn; and the same for keystrokes that add or remove
 *   a problem with the problems panel shown (panel, counts and badges).
 *
 * Not a test: a measurement.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "sf-application.h"
#include "sf-model.h"
#include "sf-page.h"
#include "sf-section-view.h"
#include "sf-statement-row.h"
#include "sf-window.h"

#define RUNS 7

static gboolean painted;
static gint64 frame_start, frame_end;

static void
layout_cb (GdkFrameClock *clock,
           gpointer       data)
{
  if (frame_start == 0)
    frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
  frame_end = g_get_monotonic_time ();
}

static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gulong id;

  gulong layout_id;

  painted = FALSE;
  frame_start = 0;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  layout_id = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), NULL);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  g_signal_handler_disconnect (clock, layout_id);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The child: start, show, print the time of the first frame with the
 * framework on screen. */
static int
first_frame (const char *what)
{
  GtkWidget *window;

  if (!gtk_init_check ())
    return 1;
  adw_init ();
  if (g_str_equal (what, "empty"))
    {
      g_autoptr(AdwApplication) app = adw_application_new ("io.github.skillframe.BenchEmpty",
                                                           G_APPLICATION_NON_UNIQUE);

      g_application_register (G_APPLICATION (app), NULL, NULL);
      window = adw_application_window_new (GTK_APPLICATION (app));
      gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_paint (window);
    }
  else
    {
      g_autoptr(SfApplication) app = NULL;
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (what);
      SfPage *page;

      sf_application_ensure_schemas ();
      app = sf_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
      g_application_register (G_APPLICATION (app), NULL, NULL);
      /* As `skillframe FILE` does. */
      g_application_open (G_APPLICATION (app), &file, 1, "");
      window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
      if (window == NULL)
        window = GTK_WIDGET (gtk_application_get_windows (GTK_APPLICATION (app))->data);
      while ((page = sf_window_get_current_page (SF_WINDOW (window))) == NULL || sf_page_get_loading (page) ||
             !gtk_widget_get_mapped (window))
        g_main_context_iteration (NULL, TRUE);
      wait_for_paint (window);
    }
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  return 0;
}

static double
time_child (const char *self,
            const char *what)
{
  const char *argv[] = { self, "--first-frame", what, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", what, error->message);
  return (g_ascii_strtoll (out, NULL, 10) - start) / 1000.0;
}

static SfStatementRow *
any_row (SfSectionView *view)
{
  GListModel *shown = sf_section_view_get_shown (view);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (shown, i);
      SfStatementRow *row = sf_section_view_find_row (view, statement);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static guint
count_bound (SfSectionView *view)
{
  GListModel *shown = sf_section_view_get_shown (view);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (shown, i);

      n += sf_section_view_find_row (view, statement) != NULL;
    }
  return n;
}

static GtkScrolledWindow *
find_scroller (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && GTK_IS_LIST_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget))))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scroller (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Times keystrokes: into the statement's text, or deleting and retyping
 * the one letter of its title. */
static void
measure_typing (SfWindow       *window,
                SfPage         *page,
                SfStatementRow *row,
                gboolean        title,
                const char     *what)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sf_statement_row_get_text_view (row));
  GtkEditable *field = sf_statement_row_get_title_field (row);
  double sync[200], frame[200], work[200];

  for (guint i = 0; i < G_N_ELEMENTS (sync); i++)
    {
      GtkTextIter end;
      gint64 t0, t1;
      int position = 0;

      t0 = g_get_monotonic_time ();
      if (!title)
        {
          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert (buffer, &end, i % 2 ? "a" : "b", 1);
        }
      else if (i % 2 == 0)
        gtk_editable_delete_text (field, 0, -1);
      else
        gtk_editable_insert_text (field, "x", 1, &position);
      t1 = g_get_monotonic_time ();
      wait_for_paint (GTK_WIDGET (window));
      sync[i] = (t1 - t0) / 1000.0;
      frame[i] = (frame_end - t0) / 1000.0;
      /* The work: the edit's handlers, then the frame's layout and paint,
       * without the wait for the frame clock's next tick. */
      work[i] = sync[i] + (frame_end - frame_start) / 1000.0;
    }
  qsort (sync, G_N_ELEMENTS (sync), sizeof (double), compare_doubles);
  qsort (frame, G_N_ELEMENTS (frame), sizeof (double), compare_doubles);
  qsort (work, G_N_ELEMENTS (work), sizeof (double), compare_doubles);
  g_print ("%s (%u keystrokes): %.3f ms median (p95 %.3f ms); with the frame's layout and paint %.2f ms "
           "median (p95 %.2f ms); until the frame is drawn, frame clock included, %.2f ms median; "
           "header: %u errors\n",
           what, (guint) G_N_ELEMENTS (sync), sync[G_N_ELEMENTS (sync) / 2], sync[G_N_ELEMENTS (sync) * 95 / 100],
           work[G_N_ELEMENTS (work) / 2], work[G_N_ELEMENTS (work) * 95 / 100],
           frame[G_N_ELEMENTS (frame) / 2], sf_page_get_n_errors (page));
}

static void
in_process (const char *big)
{
  g_autoptr(SfApplication) app = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (big);
  SfWindow *window;
  SfPage *page;
  SfSectionView *view;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  SfStatementRow *row;
  struct rusage usage;
  guint max_bound = 0, rows_before, n_level;

  sf_application_ensure_schemas ();
  app = sf_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = sf_application_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  sf_window_open_file (window, file);
  while ((page = sf_window_get_current_page (window)) == NULL || sf_page_get_loading (page))
    g_main_context_iteration (NULL, TRUE);
  sf_page_select_view (page, "section:competencies");
  view = SF_SECTION_VIEW (sf_page_get_view (page));
  wait_for_paint (GTK_WIDGET (window));

  /* Scroll the largest level from its first statement to its last. */
  n_level = g_list_model_get_n_items (sf_section_view_get_shown (view));
  rows_before = sf_section_view_get_n_rows (view);
  scroller = find_scroller (GTK_WIDGET (view));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("peak RSS with the 10,000-statement framework open: %.1f MiB\n", usage.ru_maxrss / 1024.0);
  /* The list estimates the height of rows it has not measured: the end
   * moves as it scrolls. Half a page at a time, until the last statement
   * is bound. */
  for (guint steps = 0; steps < 20 * n_level; steps++)
    {
      g_autoptr(SfStatement) last = g_list_model_get_item (sf_section_view_get_shown (view), n_level - 1);
      double before = gtk_adjustment_get_value (adjustment);

      gtk_adjustment_set_value (adjustment, before + gtk_adjustment_get_page_size (adjustment) / 2);
      wait_for_paint (GTK_WIDGET (window));
      max_bound = MAX (max_bound, count_bound (view));
      if (sf_section_view_find_row (view, last) != NULL && gtk_adjustment_get_value (adjustment) == before)
        break;
    }
  g_print ("scrolling %u statements of one level: %u rows created in all (%u before scrolling), "
           "at most %u bound at once\n", n_level, sf_section_view_get_n_rows (view), rows_before, max_bound);

  getrusage (RUSAGE_SELF, &usage);
  g_print ("peak RSS after scrolling: %.1f MiB\n", usage.ru_maxrss / 1024.0);

  /* Typing into a statement's text. */
  row = any_row (view);
  sf_statement_row_focus (row, "text");
  measure_typing (window, page, row, FALSE,
                  "one keystroke in a statement's text: model, validation and header count");

  /* Typing that makes and unmakes a problem, with the problems panel
   * shown: a one-letter title deleted (SF201) and typed again. */
  sf_page_set_show_problems (page, TRUE);
  wait_for_paint (GTK_WIDGET (window));
  sf_statement_row_focus (row, "title");
  gtk_editable_set_text (sf_statement_row_get_title_field (row), "x");
  wait_for_paint (GTK_WIDGET (window));
  measure_typing (window, page, row, TRUE,
                  "one keystroke that adds or removes a problem, problems panel shown: model, validation, "
                  "problems panel, header counts and sidebar badges");
}

int
main (int   argc,
      char *argv[])
{
  double seed[RUNS], empty[RUNS], big[3];

  if (argc == 3 && g_str_equal (argv[1], "--first-frame"))
    return first_frame (argv[2]);
  if (argc != 3 && !(argc == 2))
    {
      g_printerr ("usage: bench-editor SEED.json BIG.json\n");
      return 64;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("bench-editor: no display: run it under tests/xvfb-wrapper.sh\n");
      return 1;
    }
  adw_init ();
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  for (guint i = 0; i < RUNS; i++)
    {
      empty[i] = time_child (argv[0], "empty");
      seed[i] = time_child (argv[0], argv[1]);
    }
  g_print ("start to first frame: empty AdwApplicationWindow %.0f ms, editor with the seed %.0f ms "
           "(median of %d each): %.2f×\n", median (empty, RUNS), median (seed, RUNS), RUNS,
           median (seed, RUNS) / median (empty, RUNS));
  /* bench-editor SEED.json: the start-up figure alone. */
  if (argc == 2)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (big); i++)
    big[i] = time_child (argv[0], argv[2]);

  g_print ("start to first frame with the 10,000-statement framework: %.0f ms (median of %u)\n",
           median (big, G_N_ELEMENTS (big)), (guint) G_N_ELEMENTS (big));

  in_process (argv[2]);
  return 0;
}
