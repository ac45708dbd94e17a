/* test-onet.c: File → New from O*NET, Update Anchors from O*NET, review marks
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "sf-edits.h"
#include "sf-onet-dialog.h"
#include "sf-test-onet.h"

static SfOnetDialog *
find_onet_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (SF_IS_ONET_DIALOG (toplevel) && gtk_widget_get_visible (toplevel))
        return SF_ONET_DIALOG (toplevel);
    }
  return NULL;
}

/* The first widget of @type under @widget, depth first. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type,
             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (label == NULL || (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
                         g_strcmp0 (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))),
                                    label) == 0)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The section view's "Needs Review (N)" toggle. */
static GtkWidget *
find_review_button (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget))))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_review_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_occupations_listed (SfOnetDialog *dialog)
{
  GtkListView *list = GTK_LIST_VIEW (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW, NULL));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

static void
test_new_from_onet (void)
{
  g_autofree char *folder = sf_test_onet_fixture ("30.0");
  g_autofree char *zip_path = g_build_filename (gui_tmpdir, "db_30_0_text.zip", NULL);
  g_autoptr(GFile) zip = NULL;
  SfOnetDialog *dialog;
  GtkWidget *search, *create;
  SfFramework *framework;
  SfPage *page;

  g_free (sf_test_onet_zip (folder, zip_path));
  zip = g_file_new_for_path (zip_path);

  gui_activate ("new-onet");
  WAIT_UNTIL ((dialog = find_onet_dialog ()) != NULL);
  g_assert_cmpstr (sf_onet_dialog_get_page (dialog), ==, "source");
  create = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "C_reate");
  g_assert_nonnull (create);
  g_assert_false (gtk_widget_get_sensitive (create));

  /* The zip as downloaded: its occupations, searchable by title and code. */
  sf_onet_dialog_set_source (dialog, zip);
  WAIT_UNTIL (g_str_equal (sf_onet_dialog_get_page (dialog), "occupations"));
  g_assert_cmpuint (n_occupations_listed (dialog), ==, 7);
  search = find_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "laboratory");
  WAIT_UNTIL (n_occupations_listed (dialog) == 2);
  gtk_editable_set_text (GTK_EDITABLE (search), "29-2011");
  WAIT_UNTIL (n_occupations_listed (dialog) == 3);
  gtk_editable_set_text (GTK_EDITABLE (search), "29-2011.00");
  WAIT_UNTIL (n_occupations_listed (dialog) == 1);
  g_assert_true (gtk_widget_get_sensitive (create));

  gtk_widget_activate (create);
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL && find_onet_dialog () == NULL);

  framework = gui_framework_of (page);
  g_assert_cmpstr (sf_page_get_title (page), ==, "Medical and Clinical Laboratory Technologists");
  g_assert_null (sf_page_get_file (page));
  g_assert_false (sf_page_get_modified (page));
  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.0");
  g_assert_cmpuint (g_list_model_get_n_items (sf_onet_get_anchors (sf_framework_get_onet (framework))), ==, 97);
  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_sections (framework)), ==, 12);
  g_assert_cmpint (sf_occupation_get_job_zone (sf_framework_get_occupation (framework)), ==, 4);
  gui_close_all ();
}

static void
test_not_a_database (void)
{
  g_autoptr(GFile) empty = g_file_new_for_path (gui_tmpdir);
  SfOnetDialog *dialog;
  GtkWidget *error;

  gui_activate ("new-onet");
  WAIT_UNTIL ((dialog = find_onet_dialog ()) != NULL);
  sf_onet_dialog_set_source (dialog, empty);
  /* Back to choosing, saying what is wrong: the status page's last line. */
  WAIT_UNTIL (g_str_equal (sf_onet_dialog_get_page (dialog), "source"));
  error = gtk_widget_get_last_child (adw_status_page_get_child (
            ADW_STATUS_PAGE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, NULL))));
  g_assert_true (GTK_IS_LABEL (error));
  WAIT_UNTIL (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "Occupation Data.txt"));
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_onet_dialog () == NULL);
}

static void
add_statement (SfFramework        *framework,
               const char         *id,
               const char * const *anchors)
{
  SfSection *competencies = g_list_model_get_item (sf_framework_get_sections (framework), 0);
  g_autoptr(SfStatement) statement = _sf_node_new (SF_TYPE_STATEMENT,
                                                   "id", id,
                                                   "level", "emerging",
                                                   "title", id,
                                                   "text", "analyzes specimens following the laboratory's procedures",
                                                   "anchors", anchors,
                                                   NULL);

  _sf_node_list_append (SF_NODE (competencies), "statements", SF_NODE (statement));
  g_object_unref (competencies);
}

static SfStatement *
statement (SfFramework *framework,
           const char  *id)
{
  g_autoptr(SfSection) competencies = g_list_model_get_item (sf_framework_get_sections (framework), 0);

  return sf_list_find_by_id (sf_section_get_statements (competencies), id, NULL);
}

static void
test_update_and_review (void)
{
  g_autofree char *old_release = sf_test_onet_fixture ("30.0");
  g_autofree char *new_release = sf_test_onet_fixture ("30.2");
  g_autofree char *path = g_build_filename (gui_tmpdir, "lab.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(SfFramework) original = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (new_release);
  g_autoptr(GError) error = NULL;
  SfFramework *framework;
  SfOnetDialog *dialog;
  SfSectionView *view;
  SfStatementRow *row;
  GtkWidget *apply, *clear_button, *review_button;
  GListModel *changes;
  SfPage *page;

  original = sf_test_onet_import (old_release, "29-2011.00", 3.0, NULL, &error);
  g_assert_no_error (error);
  add_statement (original, "s-reworded", (const char *[]) { "task-1899", NULL });
  add_statement (original, "s-removed", (const char *[]) { "task-1901", NULL });
  add_statement (original, "s-kept", (const char *[]) { "task-1890", NULL });
  add_statement (original, "s-writing", (const char *[]) { "skill-writing", NULL });
  json = sf_test_write_string (original);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  page = gui_open_path (path);
  framework = gui_framework_of (page);

  /* Nothing is marked: no review filter. */
  view = gui_show_section (page, "competencies");
  g_assert_false (gtk_widget_get_visible (find_review_button (GTK_WIDGET (view))));

  /* The preview: what changed, then Apply. */
  gui_activate ("update-onet");
  WAIT_UNTIL ((dialog = find_onet_dialog ()) != NULL);
  sf_onet_dialog_set_source (dialog, source);
  WAIT_UNTIL (g_str_equal (sf_onet_dialog_get_page (dialog), "changes"));
  changes = G_LIST_MODEL (gtk_widget_observe_children (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL)));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 22);
  g_object_unref (changes);
  g_assert_null (sf_statement_get_review (statement (framework, "s-reworded")));
  apply = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Apply");
  g_assert_true (gtk_widget_get_sensitive (apply));
  gtk_widget_activate (apply);
  WAIT_UNTIL (find_onet_dialog () == NULL);

  g_assert_true (sf_page_get_modified (page));
  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.2");
  g_assert_nonnull (sf_statement_get_review (statement (framework, "s-reworded")));
  g_assert_nonnull (sf_statement_get_review (statement (framework, "s-removed")));
  g_assert_nonnull (sf_statement_get_review (statement (framework, "s-writing")));
  g_assert_null (sf_statement_get_review (statement (framework, "s-kept")));
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Update from O*NET");

  /* The section view's filter: the three marked statements, every level. */
  review_button = find_review_button (GTK_WIDGET (view));
  WAIT_UNTIL (gtk_widget_get_visible (review_button));
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (review_button)))),
                   ==, "Needs _Review (3)");
  /* Clicked once on screen: a button activated before the window's next
   * layout maps it (under the sanitizers, the steps above can all run
   * before the window's first frame) does nothing. */
  WAIT_UNTIL (gtk_widget_get_mapped (review_button));
  gtk_widget_activate (review_button);
  WAIT_UNTIL (g_list_model_get_n_items (sf_section_view_get_shown (view)) == 3);

  /* Clearing one mark from its row, as one undoable step. */
  row = gui_row_for (view, statement (framework, "s-reworded"));
  clear_button = find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Mark as _Reviewed");
  g_assert_nonnull (clear_button);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (clear_button)));
  gtk_widget_activate (clear_button);
  WAIT_UNTIL (sf_statement_get_review (statement (framework, "s-reworded")) == NULL);
  WAIT_UNTIL (g_list_model_get_n_items (sf_section_view_get_shown (view)) == 2);
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Clear Review Mark");

  gui_activate ("undo");
  WAIT_UNTIL (g_list_model_get_n_items (sf_section_view_get_shown (view)) == 3);
  /* Undoing the update brings the framework back as it was. */
  gui_activate ("undo");
  WAIT_UNTIL (g_list_model_get_n_items (sf_section_view_get_shown (view)) == 0);
  WAIT_UNTIL (!gtk_widget_get_visible (review_button) || gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (review_button)));
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (original)));
  gui_close_all ();
}

/* The update is computed from a copy of the framework taken when reading
 * starts: an edit made while the thread reads (the file reloaded behind
 * the editor's back, another window of the document) must not be undone
 * by applying it. */
static void
test_edit_while_reading (void)
{
  g_autofree char *old_release = sf_test_onet_fixture ("30.0");
  g_autofree char *new_release = sf_test_onet_fixture ("30.2");
  g_autofree char *path = g_build_filename (gui_tmpdir, "lab-edited.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(SfFramework) original = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (new_release);
  g_autoptr(GError) error = NULL;
  SfFramework *framework;
  SfOnetDialog *dialog;
  GtkWidget *apply;
  SfPage *page;

  original = sf_test_onet_import (old_release, "29-2011.00", 3.0, NULL, &error);
  g_assert_no_error (error);
  add_statement (original, "s-kept", (const char *[]) { "task-1890", NULL });
  add_statement (original, "s-deleted", NULL);
  json = sf_test_write_string (original);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  page = gui_open_path (path);
  framework = gui_framework_of (page);

  gui_activate ("update-onet");
  WAIT_UNTIL ((dialog = find_onet_dialog ()) != NULL);
  sf_onet_dialog_set_source (dialog, source);
  /* Before the thread is done: the callback runs in a later iteration. */
  sf_edits_delete_statement (gui_document_of (page), statement (framework, "s-deleted"));
  WAIT_UNTIL (g_str_equal (sf_onet_dialog_get_page (dialog), "changes"));

  /* Apply reads again, from the framework as it is now. */
  apply = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Apply");
  gtk_widget_activate (apply);
  WAIT_UNTIL (find_onet_dialog () == NULL || g_str_equal (sf_onet_dialog_get_page (dialog), "working"));
  WAIT_UNTIL (find_onet_dialog () == NULL || g_str_equal (sf_onet_dialog_get_page (dialog), "changes"));
  if (find_onet_dialog () != NULL)
    gtk_widget_activate (apply);
  WAIT_UNTIL (find_onet_dialog () == NULL);

  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.2");
  g_assert_null (statement (framework, "s-deleted"));
  g_assert_nonnull (statement (framework, "s-kept"));
  gui_close_all ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/onet/new-from-onet", test_new_from_onet);
  g_test_add_func ("/skillframe/onet/not-a-database", test_not_a_database);
  g_test_add_func ("/skillframe/onet/update-and-review", test_update_and_review);
  g_test_add_func ("/skillframe/onet/edit-while-reading", test_edit_while_reading);

  return gui_test_run ();
}
