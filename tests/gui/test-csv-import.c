/* test-csv-import.c: a CSV export, and File → Import CSV… with its preview,
 * driven in-process under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "gui-test.h"
#include "sf-test-util.h"
#include "sf-window-private.h"

/* With SKILLFRAME_TEST_SCREENSHOTS=DIR, saves the screen as DIR/NAME.png. */
static void
shoot (const char *name)
{
  const char *dir = g_getenv ("SKILLFRAME_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;

  if (dir == NULL)
    return;
  gui_spin (100);
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root %s.png", path);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

static SfStatement *
find_statement (SfFramework *framework,
                const char  *id)
{
  GListModel *sections = sf_framework_get_sections (framework);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      SfStatement *found = sf_list_find_by_id (sf_section_get_statements (section), id, NULL);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
export_sheet (const char *name)
{
  g_autofree char *path = g_build_filename (gui_tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  g_remove (path);
  sf_window_export_to (gui_window, "csv", TRUE, file);
  WAIT_UNTIL (g_file_test (path, G_FILE_TEST_EXISTS));
  gui_spin (50);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return g_steal_pointer (&contents);
}

static AdwMessageDialog *
import_sheet (const char *name,
              const char *contents)
{
  g_autofree char *path = g_build_filename (gui_tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  _sf_window_import_csv_file (gui_window, file);
  WAIT_UNTIL ((dialog = gui_find_dialog ()) != NULL);
  gui_spin (50);
  return dialog;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_preview_and_undo (void)
{
  g_autofree char *path = gui_copy_seed ("csv.json");
  SfPage *page = gui_open_path (path);
  SfDocument *document = gui_document_of (page);
  g_autoptr(SfFramework) before = sf_framework_copy (gui_framework_of (page));
  g_autofree char *csv = export_sheet ("csv.csv");
  g_autofree char *reworded = NULL;
  g_autofree char *edited = NULL;
  AdwMessageDialog *dialog;
  GtkLabel *list;
  GtkCheckButton *check;
  const char *row, *row_end;
  g_autofree char *head = NULL;

  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "id,section,level,title,text,citations,anchor_links\r\n"));

  /* A reworded statement, a new row, a deleted row. */
  row = strstr (csv, "\r\ncomp-emerging-04,") + 2;
  row_end = strstr (row, "\r\n") + 2;
  head = g_strndup (csv, row - csv);
  reworded = g_strconcat (head, row_end, "comp-new,competencies,advanced,Lab audits,"
                          "\"leads audits, quarterly\",aei,\r\n", NULL);
  edited = sf_test_replace_once (reworded, "clinical laboratory setting.",
                                 "clinical laboratory setting always.");
  g_assert_nonnull (strstr (edited, "setting always."));

  dialog = import_sheet ("edited.csv", edited);
  /* Nothing happens before the author says so. */
  g_assert_true (sf_node_equal (SF_NODE (gui_framework_of (page)), SF_NODE (before)));
  g_test_message ("preview: %s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "1 statement added, 1 statement reworded"));
  list = GTK_LABEL (find_child (find_child (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_SCROLLED_WINDOW),
                                GTK_TYPE_LABEL));
  check = GTK_CHECK_BUTTON (find_child (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_CHECK_BUTTON));
  g_assert_nonnull (strstr (gtk_label_get_text (list), "reworded comp-emerging-01:"));
  g_assert_nonnull (strstr (gtk_label_get_text (list), "added comp-new (competencies/advanced)"));
  g_assert_null (strstr (gtk_label_get_text (list), "comp-emerging-04"));

  /* Deleting what has no row shows in the preview before it is applied. */
  gtk_check_button_set_active (check, TRUE);
  gui_spin (20);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "1 statement added, 1 statement removed, 1 statement reworded"));
  g_assert_nonnull (strstr (gtk_label_get_text (list), "removed comp-emerging-04"));
  shoot ("csv-import-preview");

  gui_respond (dialog, "import");
  WAIT_UNTIL (find_statement (gui_framework_of (page), "comp-new") != NULL);
  g_assert_null (find_statement (gui_framework_of (page), "comp-emerging-04"));
  g_assert_cmpstr (sf_statement_get_text (find_statement (gui_framework_of (page), "comp-emerging-01")), ==,
                   "perform basic processing steps under direct supervision in a clinical laboratory setting always.");
  g_assert_true (sf_document_get_modified (document));

  /* One step: one undo gives the framework back. */
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Import CSV");
  gui_activate ("undo");
  gui_spin (20);
  g_assert_true (sf_node_equal (SF_NODE (gui_framework_of (page)), SF_NODE (before)));

  gui_close_all ();
}

static void
test_bad_sheet (void)
{
  g_autofree char *path = gui_copy_seed ("bad.json");
  SfPage *page = gui_open_path (path);
  g_autoptr(SfFramework) before = sf_framework_copy (gui_framework_of (page));
  AdwMessageDialog *dialog;

  dialog = import_sheet ("bad.csv", "id,section,level,title,text,citations,anchor_links\r\n"
                                    "x,competencies,emerging,T,t,,\r\n"
                                    "y,nowhere,emerging,T,t,,\r\n");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "bad.csv"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "bad.csv:3: unknown section “nowhere”"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nothing was changed."));
  shoot ("csv-import-refused");
  gui_respond (dialog, "close");
  g_assert_true (sf_node_equal (SF_NODE (gui_framework_of (page)), SF_NODE (before)));
  g_assert_false (sf_document_can_undo (gui_document_of (page)));

  gui_close_all ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/csv-import/preview-and-undo", test_preview_and_undo);
  g_test_add_func ("/skillframe/csv-import/bad-sheet", test_bad_sheet);

  return gui_test_run ();
}
