/* test-interchange.c: File → Export… and File → Import CASE Package…, in
 * the editor's real window under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tests go through what an author sees: the Export dialog and its
 * format row, the question before a framework with errors is published,
 * and the file chooser (GtkFileChooserNative falls back to a
 * GtkFileChooserDialog without a portal, which the test answers).
 */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "sf-case.h"
#include "sf-format.h"
#include "sf-test-util.h"

/* The file chooser the window opened, shown and not answered yet. */
static GtkFileChooser *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (toplevel))
        return GTK_FILE_CHOOSER (toplevel);
    }
  return NULL;
}

static void
answer_chooser (GtkFileChooser *chooser,
                const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;

  if (gtk_file_chooser_get_action (chooser) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      gtk_file_chooser_set_current_folder (chooser, folder, &error);
      g_assert_no_error (error);
      gtk_file_chooser_set_current_name (chooser, name);
    }
  else
    {
      GFile *chosen = NULL;

      gtk_file_chooser_set_file (chooser, file, &error);
      g_assert_no_error (error);
      /* The chooser selects the file once it has listed its folder. */
      WAIT_UNTIL ((chosen = gtk_file_chooser_get_file (chooser)) != NULL);
      g_assert_true (g_file_equal (chosen, file));
      g_object_unref (chosen);
    }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Export…: the format dialog, with the format chosen in its row; for CSV,
 * the byte-order mark switched to @bom, a row shown for CSV only. */
static void
choose_format_full (guint    position,
                    gboolean bom)
{
  AdwMessageDialog *dialog;
  GtkWidget *row;
  GtkWidget *bom_switch;
  GtkWidget *bom_row;
  GListModel *titles;

  gui_activate ("export");
  WAIT_UNTIL ((dialog = gui_find_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export Framework");
  row = find_descendant (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (row);
  titles = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_assert_cmpuint (g_list_model_get_n_items (titles), ==, 3);
  bom_switch = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SWITCH);
  g_assert_nonnull (bom_switch);
  bom_row = gtk_widget_get_ancestor (bom_switch, ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (bom_row)), ==, "Mark as UTF-8");
  g_assert_false (gtk_widget_get_visible (bom_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
  g_assert_cmpint (gtk_widget_get_visible (bom_row), ==,
                   g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (titles), position), "CSV"));
  gtk_switch_set_active (GTK_SWITCH (bom_switch), bom);
  gui_respond (dialog, "export");
}

static void
choose_format (guint position)
{
  choose_format_full (position, TRUE);
}

/* The file at @path, once written to its end; *@contents is read anew
 * each time. */
static gboolean
read_written (const char  *path,
              char       **contents)
{
  g_clear_pointer (contents, g_free);
  return g_file_get_contents (path, contents, NULL, NULL) && g_str_has_suffix (*contents, "}\n");
}

static void
test_export_publication (void)
{
  g_autofree char *path = gui_copy_seed ("publish.json");
  g_autofree char *out = g_build_filename (gui_tmpdir, "publish.publication.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *golden_path = sf_test_source_path ("tests/data/seed.publication.json");
  g_autofree char *golden = NULL;
  AdwMessageDialog *question;
  GtkFileChooser *chooser;

  gui_open_path (path);

  /* The seed has two validation errors: the editor asks first, naming them;
   * Cancel exports nothing. */
  choose_format (0);
  WAIT_UNTIL ((question = gui_find_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Export With 2 Errors?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "Basic query delegation"));
  gui_respond (question, "cancel");
  gui_spin (100);
  g_assert_null (find_chooser ());

  /* Export Anyway: the chooser, then the file, the golden publication. */
  choose_format (0);
  WAIT_UNTIL ((question = gui_find_dialog ()) != NULL);
  gui_respond (question, "export");
  WAIT_UNTIL ((chooser = find_chooser ()) != NULL);
  answer_chooser (chooser, out);
  WAIT_UNTIL (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  WAIT_UNTIL (read_written (out, &contents));
  g_file_get_contents (golden_path, &golden, NULL, NULL);
  g_assert_cmpstr (contents, ==, golden);
  g_assert_null (sf_window_get_error (gui_window));
  gui_close_all ();
}

static void
test_export_import_case (void)
{
  g_autofree char *path = gui_copy_seed ("exchange.json");
  g_autofree char *out = g_build_filename (gui_tmpdir, "exchange.case.json", NULL);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) exported = NULL;
  SfPage *page;
  SfPage *imported;
  GtkFileChooser *chooser;

  page = gui_open_path (path);

  /* CASE needs no question: straight to the chooser. */
  choose_format (1);
  WAIT_UNTIL ((chooser = find_chooser ()) != NULL);
  g_assert_null (gui_find_dialog ());
  answer_chooser (chooser, out);
  WAIT_UNTIL (g_file_test (out, G_FILE_TEST_IS_REGULAR) &&
              (exported = sf_case_import_file (out_file, NULL, NULL)) != NULL);
  g_assert_true (sf_node_equal (SF_NODE (seed), SF_NODE (exported)));

  /* Import CASE Package…: a new tab, not saved, equal to the seed. */
  gui_activate ("import-case");
  WAIT_UNTIL ((chooser = find_chooser ()) != NULL);
  answer_chooser (chooser, out);
  WAIT_UNTIL ((imported = sf_window_get_current_page (gui_window)) != page && imported != NULL);
  g_assert_null (sf_page_get_file (imported));
  g_assert_true (sf_node_equal (SF_NODE (seed), SF_NODE (gui_framework_of (imported))));
  gui_close_all ();
}

/* CSV is one of the formats of File → Export…, with or without the
 * byte-order mark; there is no other CSV export in the menu. */
static void
test_export_csv (void)
{
  g_autofree char *path = gui_copy_seed ("sheet.json");
  g_autofree char *out = g_build_filename (gui_tmpdir, "sheet.csv", NULL);
  g_autofree char *plain = g_build_filename (gui_tmpdir, "sheet-plain.csv", NULL);
  g_autofree char *contents = NULL;
  GtkFileChooser *chooser;

  gui_open_path (path);
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (gui_window), "export-csv"));

  choose_format_full (2, TRUE);
  WAIT_UNTIL ((chooser = find_chooser ()) != NULL);
  g_assert_null (gui_find_dialog ());
  answer_chooser (chooser, out);
  WAIT_UNTIL (g_file_get_contents (out, &contents, NULL, NULL) && strstr (contents, "\r\n") != NULL);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "id,section,level,title,text,citations,anchor_links\r\n"));
  g_clear_pointer (&contents, g_free);

  choose_format_full (2, FALSE);
  WAIT_UNTIL ((chooser = find_chooser ()) != NULL);
  answer_chooser (chooser, plain);
  WAIT_UNTIL (g_file_get_contents (plain, &contents, NULL, NULL) && strstr (contents, "\r\n") != NULL);
  g_assert_true (g_str_has_prefix (contents, "id,section,level,title,text,citations,anchor_links\r\n"));
  g_assert_null (sf_window_get_error (gui_window));
  gui_close_all ();
}

static void
test_import_broken (void)
{
  g_autofree char *path = g_build_filename (gui_tmpdir, "broken.case.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"},"
                                      " \"CFItems\": [{\"identifier\": \"i\", \"fullStatement\": 5}]}", -1, NULL));
  sf_window_import_case (gui_window, file);
  WAIT_UNTIL (sf_window_get_error (gui_window) != NULL);
  g_assert_nonnull (strstr (sf_window_get_error (gui_window), "/CFItems/0 (i): “fullStatement” is a number, expected a string"));
  g_assert_null (sf_window_get_current_page (gui_window));
}

/* A package whose framework the reader could not open once saved: the
 * editor's Import refuses it as the tool does, naming the limit, and opens
 * no tab that could only be saved as such a file. */
static void
test_import_beyond_limits (void)
{
  g_autofree char *path = g_build_filename (gui_tmpdir, "deep.case.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *deep = sf_test_deep_case_package ();

  g_assert_true (g_file_set_contents (path, deep, -1, NULL));
  sf_window_import_case (gui_window, file);
  WAIT_UNTIL (sf_window_get_error (gui_window) != NULL && strstr (sf_window_get_error (gui_window), "deep") != NULL);
  g_assert_nonnull (strstr (sf_window_get_error (gui_window),
                            "deep.case.json: the framework made of this package would be saved as a file that "
                            "cannot be opened again: nesting deeper than the limit of 128 levels"));
  g_assert_null (sf_window_get_current_page (gui_window));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/interchange/export-publication", test_export_publication);
  g_test_add_func ("/skillframe/interchange/export-import-case", test_export_import_case);
  g_test_add_func ("/skillframe/interchange/export-csv", test_export_csv);
  g_test_add_func ("/skillframe/interchange/import-broken", test_import_broken);
  g_test_add_func ("/skillframe/interchange/import-beyond-limits", test_import_beyond_limits);

  return gui_test_run ();
}
