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
 *   alternated), and their ratio, with the median of the ratios of the
 *   runs made one right after the other (which a drift of the machine's
 *   speed moves less); then, from the same runs, the CPU time the
 *   process used until then (all its threads: less sensitive than the wall
 *   time to other work on the machine, though not to sharing its caches), and
 *   the widgets in the window at its first frame;
 * - the same for BIG.json (a generated 10,000-statement framework);
 * - in this process, with BIG.json open: the peak RSS; the rows the
 *   statement list creates while scrolling from the first statement of its
 *   largest level to the last, next to the rows visible at once; and one
 *   keystroke in a statement's text: the time until the model, the
 *   validation and the header's count have followed (synchronous), and until
 *   the next frame is drawn; and the same for keystrokes that add or remove
 *   a problem with the problems panel shown (panel, counts and badges);
 * - the coverage of BIG.json counted whole; then, in a second window on
 *   the map: a citation added to or removed from a statement, from the edit
 *   through the map's counting again to the end of the next frame's layout
 *   and paint, without the wait for the frame clock's tick (the map counts
 *   in the frame, before layout), in wall and in CPU time: drawing only
 *   what changed, as the editor does; with the whole window repainted; and
 *   with the largest section's view opened before, hidden in the page.
 *
 * bench-editor --in-process BIG.json skips the start-up figures;
 * bench-editor --coverage BIG.json gives the coverage figures alone.
 *
 * Not a test: a measurement.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "sf-application.h"
#include "sf-coverage-view.h"
#include "sf-edits.h"
#include "sf-model.h"
#include "sf-page.h"
#include "sf-section-view.h"
#include "sf-statement-row.h"
#include "sf-test-util.h"
#include "sf-window.h"

/* Start-ups of each, alternated: on a shared machine whose speed drifts,
 * 7 gave ratios 0.15 apart from one run to the next. */
#define RUNS 15

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

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/* The child: start, show, print the time of the first frame with the
 * framework on screen, the CPU time used until then, and the widgets in
 * the window. */
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
  {
    gint64 now = g_get_monotonic_time ();
    double cpu = cpu_ms ();

    g_print ("%" G_GINT64_FORMAT " %.3f %u\n", now, cpu, count_widgets (window));
  }
  return 0;
}

typedef struct
{
  double wall;
  double cpu;
  guint  widgets;
} Child;

static Child
time_child (const char *self,
            const char *what)
{
  const char *argv[] = { self, "--first-frame", what, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;
  char *end;
  Child child;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", what, error->message);
  child.wall = (g_ascii_strtoll (out, &end, 10) - start) / 1000.0;
  child.cpu = g_ascii_strtod (end, &end);
  child.widgets = (guint) g_ascii_strtoull (end, NULL, 10);
  return child;
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

static SfStatement *
uncited_statement (SfSection *section)
{
  GListModel *statements = sf_section_get_statements (section);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      if (g_list_model_get_n_items (sf_statement_get_citations (statement)) == 0 &&
          sf_statement_get_level (statement) != NULL)
        return statement;
    }
  g_error ("no uncited statement in the section");
}

/* The map's frame: from the start of its update phase, where the map
 * counts again, to the end of its paint. */
typedef struct
{
  gint64 wall;
  double cpu;
} Stamp;

static Stamp update_stamp, paint_stamp;

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
coverage_update_cb (GdkFrameClock *clock,
                    gpointer       data)
{
  if (update_stamp.wall == 0)
    update_stamp = (Stamp) { g_get_monotonic_time (), thread_cpu_ms () };
}

static void
coverage_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  painted = TRUE;
  paint_stamp = (Stamp) { g_get_monotonic_time (), thread_cpu_ms () };
}

/* Citing a statement and taking the citation back, with the coverage map
 * shown: from the edit to the end of the frame that shows it, less the
 * wait for that frame's tick; in wall time, and in the main thread's CPU
 * time, which other programs on the machine do not inflate. */
static void
time_coverage (SfWindow *window,
               SfPage   *page,
               gboolean  whole_window,
               double   *wall,
               double   *cpu,
               guint     n)
{
  SfDocument *document = sf_page_get_document (page);
  SfCoverageView *view = SF_COVERAGE_VIEW (sf_page_get_view (page));
  SfSection *section = sf_framework_find_section (sf_document_get_framework (document), "competencies");
  SfStatement *statement = uncited_statement (section);
  SfCoverageCell *cell = sf_coverage_view_find_cell (view, section, sf_statement_get_level (statement));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint cited = sf_coverage_cell_get_figures (cell)->n_cited;

  for (guint i = 0; i < n; i++)
    {
      gint64 t0, t1;
      double c0, c1;
      gulong update_id, paint_id;

      /* Connected before the edit, so that it runs before the map's
       * recomputation in the frame's update phase. */
      update_stamp = (Stamp) { 0 };
      painted = FALSE;
      update_id = g_signal_connect (clock, "update", G_CALLBACK (coverage_update_cb), NULL);
      paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (coverage_paint_cb), NULL);
      c0 = thread_cpu_ms ();
      t0 = g_get_monotonic_time ();
      if (i % 2 == 0)
        sf_edits_add_citation (document, statement, "pathsmith", NULL);
      else
        sf_edits_remove_citation (document, statement, 0);
      t1 = g_get_monotonic_time ();
      c1 = thread_cpu_ms ();
      if (whole_window)
        gtk_widget_queue_draw (GTK_WIDGET (window));
      while (!painted)
        g_main_context_iteration (NULL, TRUE);
      g_signal_handler_disconnect (clock, update_id);
      g_signal_handler_disconnect (clock, paint_id);

      if (update_stamp.wall == 0 || sf_coverage_cell_get_figures (cell)->n_cited != cited + (i % 2 == 0))
        g_error ("the map did not follow the edit in the frame after it");
      wall[i] = (t1 - t0 + paint_stamp.wall - update_stamp.wall) / 1000.0;
      cpu[i] = c1 - c0 + paint_stamp.cpu - update_stamp.cpu;
    }
  qsort (wall, n, sizeof (double), compare_doubles);
  qsort (cpu, n, sizeof (double), compare_doubles);
}

static void
print_coverage_times (const char *what,
                      double     *wall,
                      double     *cpu,
                      guint       n)
{
  g_print ("the coverage map redrawn after an edit, %s (a citation added or removed: the edit, the map "
           "counting its section again, and the next frame's layout and paint, without the frame clock's "
           "wait): %.2f ms median (p95 %.2f ms) over %u edits; main thread's CPU time %.2f ms median "
           "(p95 %.2f ms)\n", what, wall[n / 2], wall[n * 95 / 100], n, cpu[n / 2], cpu[n * 95 / 100]);
}

/* In a window of its own, on its own copy of the framework (the editor
 * shows a file already open in the tab that has it), so that the views of
 * the other window neither slow its frames nor follow its edits. */
static void
coverage_figures (SfApplication *app,
                  GFile         *file)
{
  SfWindow *window = sf_application_new_window (app);
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) copy = g_file_new_tmp ("bench-coverage-XXXXXX.json", &stream, NULL);
  g_autoptr(GError) error = NULL;
  SfFramework *framework;
  SfPage *page;
  double compute[100], wall[200], cpu[200];

  if (copy == NULL || !g_file_copy (file, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    g_error ("cannot copy %s: %s", g_file_peek_path (file), error ? error->message : "no temporary file");
  gtk_window_present (GTK_WINDOW (window));
  sf_window_open_file (window, copy);
  while ((page = sf_window_get_current_page (window)) == NULL || sf_page_get_loading (page))
    g_main_context_iteration (NULL, TRUE);
  framework = sf_document_get_framework (sf_page_get_document (page));

  for (guint i = 0; i < G_N_ELEMENTS (compute); i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(SfCoverage) coverage = sf_coverage_new (framework);

      compute[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (compute, G_N_ELEMENTS (compute), sizeof (double), compare_doubles);
  g_print ("coverage of the 10,000 statements counted in %.2f ms median (p95 %.2f ms)\n",
           compute[G_N_ELEMENTS (compute) / 2], compute[G_N_ELEMENTS (compute) * 95 / 100]);

  sf_page_select_view (page, "coverage");
  wait_for_paint (GTK_WIDGET (window));
  time_coverage (window, page, FALSE, wall, cpu, G_N_ELEMENTS (wall));
  print_coverage_times ("the framework opened on the map", wall, cpu, G_N_ELEMENTS (wall));
  time_coverage (window, page, TRUE, wall, cpu, G_N_ELEMENTS (wall));
  print_coverage_times ("the whole window repainted", wall, cpu, G_N_ELEMENTS (wall));

  /* A view the author opened before stays in the page, hidden (not
   * visible, so that the stack does not lay it out), and still follows
   * the edits: measured with the largest section's. */
  sf_page_select_view (page, "section:competencies");
  wait_for_paint (GTK_WIDGET (window));
  sf_page_select_view (page, "coverage");
  wait_for_paint (GTK_WIDGET (window));
  time_coverage (window, page, FALSE, wall, cpu, G_N_ELEMENTS (wall));
  print_coverage_times ("with the 2,740-statement section's view opened before", wall, cpu,
                        G_N_ELEMENTS (wall));
  /* Left to the end of the program, unsaved, with no draft left behind. */
  sf_page_discard_changes (page);
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_file_delete (copy, NULL, NULL);
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

  coverage_figures (app, file);
}

/* The editor's drafts, recent files and settings go to a folder of the
 * benchmark's own, shared by the processes it starts: the frameworks it
 * types into are not offered back to the author, nor reopened (and timed)
 * by its next start-up. Returns the folder the caller is to remove, or
 * NULL in a child. */
static char *
private_home (void)
{
  char *home;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;

  if (g_getenv ("SKILLFRAME_BENCH_HOME") != NULL)
    return NULL;
  home = sf_test_make_tmpdir ();
  data = g_build_filename (home, "data", NULL);
  config = g_build_filename (home, "config", NULL);
  g_setenv ("SKILLFRAME_BENCH_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  return home;
}

static int
run (int   argc,
     char *argv[])
{
  double seed[RUNS], empty[RUNS], seed_cpu[RUNS], empty_cpu[RUNS], pairs[RUNS], big[3];
  guint seed_widgets = 0, empty_widgets = 0;

  if (argc == 3 && g_str_equal (argv[1], "--first-frame"))
    return first_frame (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--coverage"))
    {
      g_autoptr(SfApplication) app = NULL;
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);

      if (!gtk_init_check ())
        return 1;
      adw_init ();
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      sf_application_ensure_schemas ();
      app = sf_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
      g_application_register (G_APPLICATION (app), NULL, NULL);
      coverage_figures (app, file);
      return 0;
    }
  if (argc == 3 && g_str_equal (argv[1], "--in-process"))
    {
      if (!gtk_init_check ())
        return 1;
      adw_init ();
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      in_process (argv[2]);
      return 0;
    }
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
      Child e = time_child (argv[0], "empty");
      Child s = time_child (argv[0], argv[1]);

      empty[i] = e.wall;
      empty_cpu[i] = e.cpu;
      empty_widgets = e.widgets;
      seed[i] = s.wall;
      seed_cpu[i] = s.cpu;
      seed_widgets = s.widgets;
      pairs[i] = s.wall / e.wall;
    }
  g_print ("start to first frame: empty AdwApplicationWindow %.0f ms, editor with the seed %.0f ms "
           "(median of %d each): %.2f×; median of the %d pairs' ratios: %.2f×\n", median (empty, RUNS),
           median (seed, RUNS), RUNS, median (seed, RUNS) / median (empty, RUNS), RUNS, median (pairs, RUNS));
  g_print ("CPU time until the first frame, all threads: empty AdwApplicationWindow %.0f ms, editor with "
           "the seed %.0f ms (median of %d each): %.2f×; widgets in the window at its first frame: %u and %u\n",
           median (empty_cpu, RUNS), median (seed_cpu, RUNS), RUNS,
           median (seed_cpu, RUNS) / median (empty_cpu, RUNS), empty_widgets, seed_widgets);
  /* bench-editor SEED.json: the start-up figure alone. */
  if (argc == 2)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (big); i++)
    big[i] = time_child (argv[0], argv[2]).wall;

  g_print ("start to first frame with the 10,000-statement framework: %.0f ms (median of %u)\n",
           median (big, G_N_ELEMENTS (big)), (guint) G_N_ELEMENTS (big));

  in_process (argv[2]);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = private_home ();
  int status;

  status = run (argc, argv);
  if (home != NULL)
    sf_test_remove_tree (home);
  return status;
}
