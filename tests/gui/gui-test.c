/* gui-test.c: what the in-process GUI tests share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test.h"
#include "sf-test-util.h"

SfApplication *gui_app;
SfWindow *gui_window;
char *gui_tmpdir;

static GPtrArray *answered;

/* How much longer than usual to wait: SKILLFRAME_TIMEOUT_SCALE, set by the
 * sanitizer build, under which the editor runs several times slower. */
double
gui_timeout_scale (void)
{
  const char *scale = g_getenv ("SKILLFRAME_TIMEOUT_SCALE");

  return scale != NULL && g_ascii_strtod (scale, NULL) >= 1 ? g_ascii_strtod (scale, NULL) : 1;
}

/**
 * gui_test_init:
 * @setup: (nullable): called once gui_tmpdir exists, before GTK starts: a
 *   test that needs an environment of its own sets it there
 *
 * Initializes the test framework and GTK, and opens the editor's window
 * with drafts and settings of its own (settings in memory, unless @setup
 * says otherwise).
 */
void
gui_test_init (int    *argc,
               char ***argv,
               void  (*setup) (void))
{
  g_autofree char *data_home = NULL;

  g_test_init (argc, argv, NULL);

  gui_tmpdir = sf_test_make_tmpdir ();
  answered = g_ptr_array_new_with_free_func (g_object_unref);
  data_home = g_build_filename (gui_tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (setup != NULL)
    setup ();

  if (!gtk_init_check ())
    g_error ("cannot open a display: the GUI tests run under Xvfb (tests/xvfb-wrapper.sh)");
  adw_init ();

  gui_app = sf_application_new ();
  g_application_set_flags (G_APPLICATION (gui_app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (gui_app), NULL, NULL));
  gui_window = sf_application_new_window (gui_app);
  gtk_window_present (GTK_WINDOW (gui_window));
}

/* Runs the tests, then closes the window and removes the files. */
int
gui_test_run (void)
{
  int ret = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (gui_window));
  sf_test_remove_tree (gui_tmpdir);
  /* The answered dialogs stay referenced to the end: finalized after
   * their window, AdwMessageDialog 1.2 touches it. */
  return ret;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
gui_spin (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Returns: (transfer full): the path of a fresh copy of the seed */
char *
gui_copy_seed (const char *name)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *contents = NULL;
  char *path = g_build_filename (gui_tmpdir, name, NULL);

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* Opens @path in the window and waits until it is loaded. */
SfPage *
gui_open_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfPage *page;

  sf_window_open_file (gui_window, file);
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL && !sf_page_get_loading (page) &&
              g_file_equal (sf_page_get_file (page), file));
  return page;
}

SfDocument *
gui_document_of (SfPage *page)
{
  return sf_page_get_document (page);
}

SfFramework *
gui_framework_of (SfPage *page)
{
  return sf_document_get_framework (gui_document_of (page));
}

void
gui_activate (const char *action)
{
  g_action_group_activate_action (G_ACTION_GROUP (gui_window), action, NULL);
}

/* Marks a dialog answered: it is kept, so that a new one is never taken
 * for one of them at its address. */
void
gui_mark_answered (AdwMessageDialog *dialog)
{
  g_ptr_array_add (answered, g_object_ref (dialog));
}

/* Answers a dialog as the author would, once. */
void
gui_respond (AdwMessageDialog *dialog,
             const char       *response)
{
  gui_mark_answered (dialog);
  adw_message_dialog_response (dialog, response);
  gui_spin (20);
}

/* Returns: (nullable): a message dialog shown and not answered yet */
AdwMessageDialog *
gui_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel) &&
          !g_ptr_array_find (answered, toplevel, NULL))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* Closes every tab, discarding changes, between tests. */
void
gui_close_all (void)
{
  AdwMessageDialog *dialog;

  while (sf_window_get_current_page (gui_window) != NULL)
    {
      gui_activate ("close-tab");
      gui_spin (20);
      if ((dialog = gui_find_dialog ()) != NULL)
        gui_respond (dialog, "discard");
    }
}

SfSectionView *
gui_show_section (SfPage     *page,
                  const char *id)
{
  g_autofree char *name = g_strconcat ("section:", id, NULL);
  GtkWidget *view;

  g_assert_true (sf_page_select_view (page, name));
  view = sf_page_get_view (page);
  g_assert_true (SF_IS_SECTION_VIEW (view));
  return SF_SECTION_VIEW (view);
}

/* Scrolls to @statement and waits for its row. */
SfStatementRow *
gui_row_for (SfSectionView *view,
             SfStatement   *statement)
{
  SfStatementRow *row;

  sf_section_view_reveal (view, statement, NULL);
  WAIT_UNTIL ((row = sf_section_view_find_row (view, statement)) != NULL);
  return row;
}

/* Whether the keyboard focus is in @widget. */
gboolean
gui_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gui_window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}
