/* test-editor.c: the editor's window, driven in-process under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test works on a copy of the seed in the editor's real window: it
 * selects parts in the sidebar, edits through the same widgets and actions
 * an author uses, and checks the document, the file on disk and what the
 * window shows.
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <signal.h>
#include <glib/gstdio.h>

#include "gui-test.h"
#include "sf-draft-store.h"
#include "sf-edits.h"
#include "sf-format.h"
#include "sf-page.h"
#include "sf-search-bar.h"
#include "sf-section-view.h"
#include "sf-statement-row.h"
#include "sf-test-util.h"
#include "sf-window.h"

static SfStatement *
shown_statement (SfSectionView *view,
                 guint          position)
{
  g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_view_get_shown (view), position);

  return statement;
}

static void
set_text (SfStatementRow *row,
          const char     *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (sf_statement_row_get_text_view (row)), text, -1);
}

/* A source's id row, as the author finds it in the source's group. */
static AdwEntryRow *
source_id_row (SfPage   *page,
               SfSource *source)
{
  GtkWidget *view = sf_page_get_view (page);
  AdwEntryRow *id_row = NULL;

  for (GtkWidget *w = view; w != NULL && id_row == NULL;)
    {
      if (ADW_IS_ENTRY_ROW (w) && g_object_get_data (G_OBJECT (w), "source") == (gpointer) source &&
          adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (w)))
        id_row = ADW_ENTRY_ROW (w);
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != view && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == view || w == NULL ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (id_row);
  return id_row;
}

/* Tests */

static void
test_open_seed (void)
{
  g_autofree char *path = gui_copy_seed ("open.json");
  SfPage *page = gui_open_path (path);
  SfSectionView *view;

  g_assert_cmpstr (sf_page_get_title (page), ==, "Medical and Clinical Laboratory Technologists");
  g_assert_cmpstr (sf_page_get_subtitle (page), ==, "open.json");
  /* The counts skillframe-tool validate gives for the seed. */
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, 2);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, 65);

  view = gui_show_section (page, "durable-communication");
  g_assert_cmpstr (sf_section_view_get_level (view), ==, "emerging");
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_view_get_shown (view)), ==, 3);
  g_assert_true (sf_section_view_set_level (view, "applying"));
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_view_get_shown (view)), ==, 3);

  /* Opening it again shows the same tab. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);

    sf_window_open_file (gui_window, file);
    gui_spin (50);
    g_assert_true (sf_window_get_current_page (gui_window) == page);
  }
  gui_close_all ();
}

static void
test_edit_undo_redo (void)
{
  g_autofree char *path = gui_copy_seed ("edit.json");
  SfPage *page = gui_open_path (path);
  SfSectionView *view = gui_show_section (page, "durable-communication");
  SfStatement *statement = shown_statement (view, 0);
  g_autofree char *before = g_strdup (sf_statement_get_text (statement));
  SfStatementRow *row = gui_row_for (view, statement);

  set_text (row, "writes clear, structured handover notes for every specimen batch.");
  g_assert_cmpstr (sf_statement_get_text (statement), ==,
                   "writes clear, structured handover notes for every specimen batch.");
  g_assert_true (sf_page_get_modified (page));
  g_assert_cmpstr (sf_page_get_subtitle (page), ==, "edit.json (modified)");

  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Typing");
  gui_activate ("undo");
  g_assert_cmpstr (sf_statement_get_text (statement), ==, before);
  g_assert_false (sf_page_get_modified (page));
  /* The row follows the model. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (sf_statement_row_get_text_view (row));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, before);
  }
  gui_activate ("redo");
  g_assert_cmpstr (sf_statement_get_text (statement), ==,
                   "writes clear, structured handover notes for every specimen batch.");
  gui_close_all ();
}

static void
test_citations_and_anchors (void)
{
  g_autofree char *path = gui_copy_seed ("cite.json");
  SfPage *page = gui_open_path (path);
  SfSectionView *view = gui_show_section (page, "ai-usage");
  SfStatement *uncited = NULL;
  SfStatementRow *row;
  guint errors = sf_page_get_n_errors (page);

  /* The seed's uncited AI-usage statement (SF401). */
  for (guint i = 0; i < g_list_model_get_n_items (sf_section_view_get_shown (view)); i++)
    if (g_list_model_get_n_items (sf_statement_get_citations (shown_statement (view, i))) == 0)
      uncited = shown_statement (view, i);
  g_assert_nonnull (uncited);
  row = gui_row_for (view, uncited);

  gtk_widget_activate_action (GTK_WIDGET (row), "row.add-citation", "(ss)", "aei", "Table 3");
  g_assert_cmpuint (g_list_model_get_n_items (sf_statement_get_citations (uncited)), ==, 1);
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, errors - 1);

  gtk_widget_activate_action (GTK_WIDGET (row), "row.link-anchor", "s", "task-01");
  g_assert_cmpstr (sf_statement_get_anchors (uncited)[0], ==, "task-01");
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Link Anchor");

  gui_activate ("undo");
  gui_activate ("undo");
  g_assert_cmpuint (g_list_model_get_n_items (sf_statement_get_citations (uncited)), ==, 0);
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, errors);
  gui_close_all ();
}

static void
test_add_move_delete (void)
{
  g_autofree char *path = gui_copy_seed ("statements.json");
  SfPage *page = gui_open_path (path);
  SfSectionView *view = gui_show_section (page, "competencies");
  GListModel *shown = sf_section_view_get_shown (view);
  guint n = g_list_model_get_n_items (shown);
  SfStatement *added;
  SfStatementRow *row;

  sf_section_view_set_level (view, "proficient");
  gtk_widget_activate_action (GTK_WIDGET (view), "section.add-statement", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n + 1);
  added = shown_statement (view, n);
  g_assert_cmpstr (sf_statement_get_level (added), ==, "proficient");
  g_assert_cmpstr (sf_statement_get_id (added), ==, "comp-proficient-11");
  /* The new statement's title has the focus, ready for typing. */
  WAIT_UNTIL ((row = sf_section_view_find_row (view, added)) != NULL &&
              gui_focus_within (GTK_WIDGET (sf_statement_row_get_title_field (row))));

  gtk_editable_set_text (sf_statement_row_get_title_field (row), "Method validation");
  gtk_widget_activate_action (GTK_WIDGET (row), "row.move-up", NULL);
  g_assert_true (shown_statement (view, n - 1) == added);
  WAIT_UNTIL ((row = sf_section_view_find_row (view, added)) != NULL);

  gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL);
  g_assert_null (sf_node_get_parent (SF_NODE (added)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Delete Statement");
  gui_activate ("undo");
  g_assert_nonnull (sf_node_get_parent (SF_NODE (added)));
  gui_close_all ();
}

static void
test_rename_source (void)
{
  g_autofree char *path = gui_copy_seed ("rename.json");
  SfPage *page = gui_open_path (path);
  SfSource *aei = sf_framework_find_source (gui_framework_of (page), "aei");
  guint uses = sf_edits_count_source_uses (gui_framework_of (page), "aei");
  AdwEntryRow *id_row;

  g_assert_true (sf_page_select_view (page, "sources"));
  id_row = source_id_row (page, aei);

  gtk_editable_set_text (GTK_EDITABLE (id_row), "anthropic-ei");
  g_signal_emit_by_name (id_row, "apply");
  g_assert_cmpstr (sf_source_get_id (aei), ==, "anthropic-ei");
  g_assert_cmpuint (sf_edits_count_source_uses (gui_framework_of (page), "anthropic-ei"), ==, uses);
  g_assert_cmpuint (sf_edits_count_source_uses (gui_framework_of (page), "aei"), ==, 0);
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Rename Source");
  gui_activate ("undo");
  g_assert_cmpuint (sf_edits_count_source_uses (gui_framework_of (page), "aei"), ==, uses);
  gui_close_all ();
}

/* The row of the source being edited stays open and focused while other
 * sources come and go; a new source's title is focused, ready to type. */
static void
test_source_rows_kept (void)
{
  g_autofree char *path = gui_copy_seed ("sources-kept.json");
  SfPage *page = gui_open_path (path);
  SfFramework *framework = gui_framework_of (page);
  GListModel *sources = sf_framework_get_sources (framework);
  SfSource *aei = sf_framework_find_source (framework, "aei");
  g_autoptr(SfSource) other = NULL;
  g_autoptr(SfSource) added = NULL;
  AdwEntryRow *id_row;
  GtkWidget *expander, *focus;

  g_assert_true (sf_page_select_view (page, "sources"));
  id_row = source_id_row (page, aei);
  expander = gtk_widget_get_ancestor (GTK_WIDGET (id_row), ADW_TYPE_EXPANDER_ROW);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (id_row));
  WAIT_UNTIL (gui_focus_within (GTK_WIDGET (id_row)));

  for (guint i = 0; i < g_list_model_get_n_items (sources) && other == NULL; i++)
    {
      g_autoptr(SfSource) source = g_list_model_get_item (sources, i);

      if (source != aei)
        other = g_steal_pointer (&source);
    }
  sf_edits_remove_source (gui_document_of (page), other);
  g_assert_true (source_id_row (page, aei) == id_row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  g_assert_true (gui_focus_within (GTK_WIDGET (id_row)));
  gui_activate ("undo");
  g_assert_true (source_id_row (page, aei) == id_row);
  g_assert_true (gui_focus_within (GTK_WIDGET (id_row)));

  gtk_widget_activate_action (sf_page_get_view (page), "sources.add", NULL);
  added = g_list_model_get_item (sources, g_list_model_get_n_items (sources) - 1);
  WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (expander)))) != NULL &&
              gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW) != NULL &&
              g_object_get_data (G_OBJECT (gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW)), "source") ==
                (gpointer) added);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  gui_close_all ();
}

static void
test_problem_count (void)
{
  g_autofree char *path = gui_copy_seed ("problems.json");
  SfPage *page = gui_open_path (path);
  SfSectionView *view = gui_show_section (page, "competencies");
  SfStatementRow *row = gui_row_for (view, shown_statement (view, 0));
  guint errors = sf_page_get_n_errors (page);

  gtk_editable_set_text (sf_statement_row_get_title_field (row), "");
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, errors + 1);
  gui_activate ("undo");
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, errors);
  gui_close_all ();
}

/* A session of edits through the window, saved, gives exactly the
 * expected file. */
static void
test_save_expected (void)
{
  g_autofree char *path = gui_copy_seed ("saved.json");
  g_autofree char *expected_path = sf_test_source_path ("tests/data/editor-expected.json");
  g_autofree char *expected = NULL;
  g_autofree char *saved = NULL;
  SfPage *page = gui_open_path (path);
  SfSectionView *view = gui_show_section (page, "durable-leadership");
  SfStatementRow *row = gui_row_for (view, shown_statement (view, 0));

  set_text (row, "coordinates the bench team's daily priorities and hands over open work clearly.");
  gtk_widget_activate_action (GTK_WIDGET (row), "row.add-citation", "(ss)", "onet", "Work Styles");
  gtk_widget_activate_action (GTK_WIDGET (row), "row.link-anchor", "s", "work-style-dependability");
  sf_section_view_set_level (view, "exceeding");
  gtk_widget_activate_action (GTK_WIDGET (view), "section.add-statement", NULL);
  WAIT_UNTIL ((row = sf_section_view_find_row (view, shown_statement (view, 3))) != NULL);
  g_assert_cmpstr (sf_statement_get_id (sf_statement_row_get_statement (row)), ==, "leadership-exceeding-04");
  gtk_editable_set_text (sf_statement_row_get_title_field (row), "Laboratory-wide improvement");
  set_text (row, "leads improvement projects across the laboratory and measures their effect.");

  gui_activate ("save");
  WAIT_UNTIL (!sf_page_get_modified (page));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  if (g_getenv ("SKILLFRAME_UPDATE_EXPECTED") != NULL)
    g_file_set_contents (expected_path, saved, -1, NULL);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (saved, ==, expected);
  gui_close_all ();
}

static void
test_close_asks (void)
{
  g_autofree char *path = gui_copy_seed ("close.json");
  SfPage *page = gui_open_path (path);
  AdwMessageDialog *dialog;

  sf_document_set_string (gui_document_of (page), SF_NODE (gui_framework_of (page)), "version", "v27.01", NULL);
  gui_activate ("close-tab");
  WAIT_UNTIL ((dialog = gui_find_dialog ()) != NULL);
  gui_respond (dialog, "cancel");
  gui_spin (50);
  g_assert_true (sf_window_get_current_page (gui_window) == page);

  gui_activate ("close-tab");
  WAIT_UNTIL ((dialog = gui_find_dialog ()) != NULL);
  gui_respond (dialog, "discard");
  WAIT_UNTIL (sf_window_get_current_page (gui_window) == NULL);
}

static void
test_failed_save (void)
{
  g_autofree char *path = gui_copy_seed ("full.json");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SfPage *page = gui_open_path (path);
  GtkInfoBar *banner = sf_page_get_banner (page, "save");
  struct rlimit old, small;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  sf_document_set_string (gui_document_of (page), SF_NODE (gui_framework_of (page)), "version", "v27.01", NULL);

  /* A full disk: writes past 8 KiB fail. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  /* The soft limit only, so that it can be raised again. */
  small.rlim_cur = 8192;
  small.rlim_max = old.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  gui_activate ("save");
  WAIT_UNTIL (gtk_info_bar_get_revealed (banner));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);

  g_assert_true (sf_page_get_modified (page));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  gui_close_all ();
}

static void
test_changed_behind (void)
{
  g_autofree char *path = gui_copy_seed ("behind.json");
  g_autofree char *contents = NULL;
  g_autofree char *theirs = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfPage *page = gui_open_path (path);
  GtkInfoBar *banner = sf_page_get_banner (page, "disk");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  theirs = sf_test_replace_once (contents, "\"version\": \"v26.05\"", "\"version\": \"theirs\"");
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, g_get_real_time () / G_USEC_PER_SEC + 5,
                               G_FILE_QUERY_INFO_NONE, NULL, NULL);
  WAIT_UNTIL (gtk_info_bar_get_revealed (banner));

  g_signal_emit_by_name (banner, "response", 1 /* Reload */);
  WAIT_UNTIL (g_strcmp0 (sf_framework_get_version (gui_framework_of (page)), "theirs") == 0);
  g_assert_false (sf_page_get_modified (page));
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Reload");
  gui_close_all ();
}

/* The draft of @file in the store, if there is one. */
static SfDraft *
find_draft (SfDraftStore *store,
            GFile        *file)
{
  g_autoptr(GPtrArray) drafts = sf_draft_store_list (store);

  for (guint i = 0; i < drafts->len; i++)
    {
      SfDraft *draft = g_ptr_array_index (drafts, i);

      if (draft->file != NULL && g_file_equal (draft->file, file))
        return sf_draft_copy (draft);
    }
  return NULL;
}

static gboolean
has_draft (SfDraftStore *store,
           GFile        *file)
{
  g_autoptr(SfDraft) draft = find_draft (store, file);

  return draft != NULL;
}

static void
test_drafts (void)
{
  g_autofree char *path = gui_copy_seed ("drafted.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfPage *page = gui_open_path (path);
  SfDraftStore *store = sf_application_get_drafts (gui_app);
  g_autoptr(SfDraft) draft = NULL;
  g_autoptr(SfFramework) restored = NULL;

  sf_document_set_string (gui_document_of (page), SF_NODE (gui_framework_of (page)), "version", "v27.02", NULL);
  /* The draft delay is 300 ms in these tests. */
  WAIT_UNTIL (has_draft (store, file));
  draft = find_draft (store, file);
  restored = sf_draft_load (draft, NULL);
  g_assert_cmpstr (sf_framework_get_version (restored), ==, "v27.02");

  gui_activate ("save");
  WAIT_UNTIL (!sf_page_get_modified (page));
  WAIT_UNTIL (!has_draft (store, file));
  gui_close_all ();
}

static void
draft_written_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_assert_true (sf_draft_store_write_finish (SF_DRAFT_STORE (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static char *
version_in_draft (const SfDraft *draft)
{
  g_autoptr(SfFramework) framework = sf_draft_load (draft, NULL);

  return framework ? g_strdup (sf_framework_get_version (framework)) : NULL;
}

/* Recovered work stays recoverable until the author answers its banner:
 * closing the framework or editing it meanwhile keeps the draft as it was;
 * restored and saved, no draft of it is left to offer again. */
static void
test_offered_draft_kept (void)
{
  g_autofree char *path = gui_copy_seed ("recovered.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfDraftStore *store = sf_application_get_drafts (gui_app);
  g_autoptr(SfDraft) draft = NULL;
  g_autofree char *version = NULL;
  SfPage *page;

  /* A session that ended without saving left this draft. */
  {
    g_autoptr(SfDocument) document = sf_document_new_for_file (file, NULL, NULL, NULL);
    g_autoptr(GBytes) bytes = NULL;
    g_autofree char *id = sf_draft_store_id_for_file (file);
    gboolean written = FALSE;

    sf_document_set_string (document, SF_NODE (sf_document_get_framework (document)), "version", "v27.09", NULL);
    bytes = sf_format_write (sf_document_get_framework (document));
    sf_draft_store_write_async (store, id, bytes, file, NULL, "Recovered", NULL, draft_written_cb, &written);
    WAIT_UNTIL (written);
  }
  draft = find_draft (store, file);
  g_assert_nonnull (draft);

  /* Closed without an answer: offered again next time. */
  sf_window_offer_draft (gui_window, draft);
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL && !sf_page_get_loading (page));
  g_assert_true (gtk_info_bar_get_revealed (sf_page_get_banner (page, "draft")));
  gui_close_all ();
  gui_spin (100);
  g_assert_true (has_draft (store, file));

  /* Edited without an answer: the recovered work is not overwritten. */
  sf_window_offer_draft (gui_window, draft);
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL && !sf_page_get_loading (page));
  sf_document_set_string (gui_document_of (page), SF_NODE (gui_framework_of (page)), "version", "mine", NULL);
  gui_spin (600);
  version = version_in_draft (draft);
  g_assert_cmpstr (version, ==, "v27.09");

  /* Restored, then saved: nothing is left to offer. */
  g_signal_emit_by_name (sf_page_get_banner (page, "draft"), "response", 3 /* Restore */);
  g_assert_cmpstr (sf_framework_get_version (gui_framework_of (page)), ==, "v27.09");
  gui_activate ("save");
  WAIT_UNTIL (!sf_page_get_modified (page));
  gui_spin (100);
  WAIT_UNTIL (!has_draft (store, file));
  gui_close_all ();
}

static void
test_new_framework (void)
{
  AdwMessageDialog *dialog;
  GtkWidget *list, *title_row, *code_row;
  SfPage *page;

  gui_activate ("new");
  WAIT_UNTIL ((dialog = gui_find_dialog ()) != NULL);
  list = adw_message_dialog_get_extra_child (dialog);
  title_row = gtk_widget_get_first_child (list);
  code_row = gtk_widget_get_next_sibling (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Phlebotomists");
  gtk_editable_set_text (GTK_EDITABLE (code_row), "31-9097.00");
  gui_respond (dialog, "create");
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL);

  g_assert_cmpstr (sf_page_get_title (page), ==, "Phlebotomists");
  g_assert_null (sf_page_get_file (page));
  g_assert_false (sf_page_get_modified (page));
  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_sections (gui_framework_of (page))), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_scales (gui_framework_of (page))), ==, 2);
  g_assert_cmpstr (sf_occupation_get_soc_code (sf_framework_get_occupation (gui_framework_of (page))), ==, "31-9097.00");
  gui_close_all ();
}

static void
test_open_bad_file (void)
{
  g_autofree char *path = g_build_filename (gui_tmpdir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"skillframe/1\",\n  \"id\": ,\n}\n", -1, NULL));
  sf_window_open_file (gui_window, file);
  WAIT_UNTIL (sf_window_get_error (gui_window) != NULL);
  g_assert_null (sf_window_get_current_page (gui_window));
  /* The reader's message: the file, the line and the column. */
  g_assert_true (g_str_has_prefix (sf_window_get_error (gui_window), path));
  g_assert_nonnull (strstr (sf_window_get_error (gui_window), ":3:9: unexpected ','"));
}

static void
window_closed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  *(int *) user_data = sf_window_close_finish (SF_WINDOW (object), result) ? 1 : 0;
}

/* A window of its own for a copy of @framework: its toasts show at once,
 * not after those of earlier tests. */
static SfPage *
page_in_new_window (SfFramework *framework)
{
  g_autoptr(SfFramework) copy = sf_framework_copy (framework);
  SfWindow *other = sf_application_new_window (gui_app);
  SfPage *page = sf_page_new_for_framework (copy);

  gtk_window_present (GTK_WINDOW (other));
  sf_window_add_page (other, page);
  return page;
}

static void
close_window_of (SfPage *page)
{
  SfWindow *other = SF_WINDOW (gtk_widget_get_root (GTK_WIDGET (page)));
  int closed = -1;

  sf_window_close_async (other, window_closed_cb, &closed);
  while (closed == -1)
    {
      AdwMessageDialog *dialog = gui_find_dialog ();

      if (dialog != NULL)
        gui_respond (dialog, "discard");
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpint (closed, ==, 1);
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_of_type (GtkWidget *widget,
               GType      type)
{
  guint count = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    count += count_of_type (child, type);
  return count;
}

/* The tabs a tab bar shows (AdwTab is libadwaita's own class). */
static guint
count_tabs (GtkWidget *widget)
{
  guint count = g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwTab") && gtk_widget_get_visible (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    count += count_tabs (child);
  return count;
}

static GtkMenuButton *
primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The start page's row for the file at @path. */
static GtkWidget *
recent_row (GtkWidget  *widget,
            const char *path)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), path) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = recent_row (child, path);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A window opened on a file shows it sooner by building only what its first
 * frame shows: the sidebar and the overview. The rest comes when the
 * author first asks for it, and works then. */
static void
test_built_when_needed (void)
{
  g_autofree char *path = gui_copy_seed ("lazy.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfWindow *window = sf_application_new_window (gui_app);
  GtkMenuButton *menu;
  SfSearchBar *bar;
  SfPage *page;

  sf_window_open_file (window, file);
  sf_window_present_when_loaded (window);
  WAIT_UNTIL ((page = sf_window_get_current_page (window)) != NULL && !sf_page_get_loading (page) &&
              gtk_widget_get_mapped (GTK_WIDGET (window)));
  gui_spin (100);

  g_assert_cmpstr (sf_page_get_view_name (page), ==, "overview");
  g_assert_null (find_of_type (GTK_WIDGET (window), SF_TYPE_SECTION_VIEW));
  g_assert_null (find_of_type (GTK_WIDGET (page), GTK_TYPE_INFO_BAR));
  /* The window's error bar; the sync bar comes with its first message. */
  g_assert_cmpuint (count_of_type (GTK_WIDGET (window), GTK_TYPE_INFO_BAR), ==, 1);
  g_assert_null (find_of_type (GTK_WIDGET (window), SF_TYPE_SEARCH_BAR));
  g_assert_null (find_of_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  g_assert_null (find_of_type (GTK_WIDGET (window), ADW_TYPE_TAB_BAR));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  menu = primary_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (menu);
  g_assert_null (gtk_menu_button_get_popover (menu));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu)));

  /* The section views opened before the search bar highlight its matches. */
  gui_show_section (page, "competencies");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "find"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "find", NULL);
  bar = SF_SEARCH_BAR (find_of_type (GTK_WIDGET (page), SF_TYPE_SEARCH_BAR));
  g_assert_nonnull (bar);
  g_assert_true (bar == sf_page_get_search_bar (page));
  WAIT_UNTIL (sf_search_bar_get_active (bar) && gtk_root_get_focus (GTK_ROOT (window)) != NULL &&
              gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (bar)));
  gtk_editable_set_text (GTK_EDITABLE (sf_search_bar_get_control (bar, "query")), "specimen");
  WAIT_UNTIL (sf_search_bar_get_n_matches (bar) > 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "find-next", NULL);
  WAIT_UNTIL (sf_search_bar_get_current (bar) == 0);
  sf_search_bar_end (bar);

  /* A banner comes above the search bar, in its place. */
  g_assert_true (gtk_widget_get_next_sibling (GTK_WIDGET (sf_page_get_banner (page, "save"))) == GTK_WIDGET (bar));
  g_assert_true (gtk_widget_get_next_sibling (GTK_WIDGET (sf_page_get_banner (page, "disk"))) ==
                 GTK_WIDGET (sf_page_get_banner (page, "save")));
  g_assert_false (gtk_info_bar_get_revealed (sf_page_get_banner (page, "draft")));

  /* The main menu is there when opened. */
  gtk_menu_button_popup (menu);
  WAIT_UNTIL (gtk_menu_button_get_popover (menu) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (menu))));
  gtk_menu_button_popdown (menu);

  /* The tabs show with a second framework. */
  {
    g_autofree char *second_path = gui_copy_seed ("lazy-second.json");
    g_autoptr(GFile) second = g_file_new_for_path (second_path);
    GtkWidget *bar_widget;

    sf_window_open_file (window, second);
    WAIT_UNTIL ((bar_widget = find_of_type (GTK_WIDGET (window), ADW_TYPE_TAB_BAR)) != NULL &&
                adw_tab_bar_get_tabs_revealed (ADW_TAB_BAR (bar_widget)));
    g_assert_true (gtk_widget_get_next_sibling (bar_widget) == gtk_widget_get_parent (GTK_WIDGET (page)) ||
                   gtk_widget_is_ancestor (GTK_WIDGET (page), gtk_widget_get_next_sibling (bar_widget)));
    /* One tab for each framework: the bar made for the second tab does
     * not make it twice. */
    gui_spin (500);
    g_assert_cmpuint (count_tabs (bar_widget), ==, 2);
    g_action_group_activate_action (G_ACTION_GROUP (window), "close-tab", NULL);
    WAIT_UNTIL (sf_window_get_current_page (window) == page);
    /* Once the closed tab's animation is over. */
    WAIT_UNTIL (count_tabs (bar_widget) == 1);
  }

  /* The start page comes when the last tab goes, listing the file. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "close-tab", NULL);
  WAIT_UNTIL (sf_window_get_current_page (window) == NULL &&
              find_of_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE) != NULL &&
              gtk_widget_get_mapped (find_of_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE)));
  WAIT_UNTIL (recent_row (find_of_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE), path) != NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Names are text, never markup: a file, a statement, a scale or a source
 * id with "&" or "<" shows as it is, without a markup warning (fatal here). */
static void
test_names_are_not_markup (void)
{
  g_autofree char *path = gui_copy_seed ("R&D <1>.json");
  SfPage *page = gui_open_path (path);
  SfFramework *framework = gui_framework_of (page);
  g_autoptr(SfScale) scale = g_list_model_get_item (sf_framework_get_scales (framework), 0);
  SfPage *other;
  SfSource *first, *second;
  AdwEntryRow *id_row;
  SfSectionView *view;
  SfStatementRow *row;

  /* The tab's tooltip is the file name. */
  g_assert_cmpstr (sf_page_get_subtitle (page), ==, "R&D <1>.json");
  sf_document_set_string (gui_document_of (page), SF_NODE (scale), "name", "Knowledge & <Skills>", NULL);
  g_assert_true (sf_page_select_view (page, "overview"));
  gui_spin (100);

  /* The toast of a deleted statement names it. */
  other = page_in_new_window (framework);
  view = gui_show_section (other, "competencies");
  row = gui_row_for (view, shown_statement (view, 0));
  gtk_editable_set_text (sf_statement_row_get_title_field (row), "Q&A <review>");
  gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL);
  gui_spin (100);
  close_window_of (other);

  /* A refused source id says so in a toast. */
  other = page_in_new_window (framework);
  first = g_list_model_get_item (sf_framework_get_sources (gui_framework_of (other)), 0);
  second = g_list_model_get_item (sf_framework_get_sources (gui_framework_of (other)), 1);
  g_object_unref (first);
  g_object_unref (second);
  g_assert_true (sf_edits_rename_source (gui_document_of (other), first, "a&b", NULL));
  g_assert_true (sf_page_select_view (other, "sources"));
  id_row = source_id_row (other, second);
  gtk_editable_set_text (GTK_EDITABLE (id_row), "a&b");
  g_signal_emit_by_name (id_row, "apply");
  g_assert_cmpstr (sf_source_get_id (second), !=, "a&b");
  gui_spin (100);
  close_window_of (other);

  gui_close_all ();
  /* The start page lists the file among the recent ones. */
  gui_spin (300);
}

/* The Undo button of the toast shown in @widget, if there is one. */
static GtkWidget *
toast_undo (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0 &&
      gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = toast_undo (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The toast's Undo takes back the deletion or nothing: after the next
 * change it has no Undo, so that it never undoes typing done since. */
static void
test_delete_toast_disarmed (void)
{
  g_autofree char *path = gui_copy_seed ("toast.json");
  SfPage *page = gui_open_path (path);
  SfPage *other = page_in_new_window (gui_framework_of (page));
  SfSectionView *view = gui_show_section (other, "competencies");
  GtkWidget *other_window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (other)));
  SfStatementRow *row = gui_row_for (view, shown_statement (view, 0));
  GtkWidget *undo;

  gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL);
  WAIT_UNTIL ((undo = toast_undo (other_window)) != NULL && gtk_widget_get_visible (undo));
  row = gui_row_for (view, shown_statement (view, 0));
  gtk_editable_set_text (sf_statement_row_get_title_field (row), "Typed since");
  gui_spin (50);
  undo = toast_undo (other_window);
  g_assert_true (undo == NULL || !gtk_widget_get_visible (undo));
  close_window_of (other);
  gui_close_all ();
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}


/* A window closed with frameworks open, as Quit does: nothing of it may run
 * once it is being disposed. */
static void
test_close_window_with_tabs (void)
{
  g_autofree char *path = gui_copy_seed ("other-window.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfWindow *other = sf_application_new_window (gui_app);
  AdwMessageDialog *dialog;
  SfPage *page;
  int closed = -1;

  gtk_window_present (GTK_WINDOW (other));
  sf_window_open_file (other, file);
  WAIT_UNTIL ((page = sf_window_get_current_page (other)) != NULL && !sf_page_get_loading (page));
  gui_show_section (page, "competencies");
  gui_spin (50);
  sf_document_set_string (sf_page_get_document (page), SF_NODE (sf_document_get_framework (sf_page_get_document (page))),
                          "version", "v27.03", NULL);

  sf_window_close_async (other, window_closed_cb, &closed);
  WAIT_UNTIL ((dialog = gui_find_dialog ()) != NULL);
  /* Clicked, so that the dialog goes right after its answer. */
  gui_mark_answered (dialog);
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Discard"), "clicked");
  WAIT_UNTIL (closed != -1);
  g_assert_cmpint (closed, ==, 1);
  gui_spin (50);
  g_assert_null (sf_application_find_page (gui_app, file));
}

/* A tab dragged to another window: that window's header follows it. */
static void
test_tab_to_other_window (void)
{
  g_autofree char *path = gui_copy_seed ("moved.json");
  SfPage *page = gui_open_path (path);
  SfWindow *other = sf_application_new_window (gui_app);
  AdwTabView *from = ADW_TAB_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_TAB_VIEW));
  AdwTabView *to;
  int closed = -1;

  gtk_window_present (GTK_WINDOW (other));
  /* The other window's tab view, found from a page opened in it. */
  {
    g_autoptr(SfFramework) empty = sf_framework_new_empty ();
    SfPage *scratch = sf_page_new_for_framework (empty);

    sf_window_add_page (other, scratch);
    to = ADW_TAB_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (scratch), ADW_TYPE_TAB_VIEW));
  }
  adw_tab_view_transfer_page (from, adw_tab_view_get_page (from, GTK_WIDGET (page)), to, 1);
  gui_spin (50);
  g_assert_true (sf_window_get_current_page (other) == page);

  sf_document_set_string (gui_document_of (page), SF_NODE (sf_framework_get_occupation (gui_framework_of (page))),
                          "title", "Phlebotomists", NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==, "Phlebotomists");
  /* The window it left no longer hears of it. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (gui_window)), ==, "Skillframe");

  sf_window_close_async (other, window_closed_cb, &closed);
  while (closed == -1)
    {
      AdwMessageDialog *dialog = gui_find_dialog ();

      if (dialog != NULL)
        gui_respond (dialog, "discard");
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpint (closed, ==, 1);
}

/* The section's title, description and scale are edited from its view's
 * details popover; a problem on the title goes there. */
static void
test_section_details (void)
{
  g_autofree char *path = gui_copy_seed ("section.json");
  SfPage *page = gui_open_path (path);
  SfSection *section = sf_framework_find_section (gui_framework_of (page), "ai-usage");
  SfSectionView *view = gui_show_section (page, "ai-usage");
  g_autofree char *title = g_strdup (sf_section_get_title (section));
  GtkWidget *focus;
  GListModel *problems;
  SfProblem *missing = NULL;

  sf_section_view_edit_details (view, "title");
  focus = gtk_root_get_focus (GTK_ROOT (gui_window));
  g_assert_true (GTK_IS_EDITABLE (focus) || GTK_IS_EDITABLE (gtk_widget_get_parent (focus)));
  gtk_editable_set_text (GTK_IS_EDITABLE (focus) ? GTK_EDITABLE (focus) : GTK_EDITABLE (gtk_widget_get_parent (focus)),
                         "");
  g_assert_cmpstr (sf_section_get_title (section), ==, "");

  /* An empty title is SF101; going to it comes back to the same field. */
  problems = sf_validator_get_problems (sf_page_get_validator (page));
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SfProblem) problem = g_list_model_get_item (problems, i);

      if (sf_problem_get_node (problem) == SF_NODE (section) && g_str_equal (sf_problem_get_rule_id (problem), "SF101"))
        missing = problem;
    }
  g_assert_nonnull (missing);
  gtk_widget_grab_focus (GTK_WIDGET (sf_page_get_view (page)));
  sf_page_go_to_problem (page, missing);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (gui_window)) == focus);

  gtk_editable_set_text (GTK_EDITABLE (GTK_IS_EDITABLE (focus) ? focus : gtk_widget_get_parent (focus)), "AI use");
  g_assert_cmpstr (sf_section_get_title (section), ==, "AI use");
  gui_activate ("undo");
  g_assert_cmpstr (sf_section_get_title (section), ==, title);

  /* The scale: the durable-skill levels instead of the proficiency ones. */
  sf_section_view_edit_details (view, "scale");
  focus = gtk_root_get_focus (GTK_ROOT (gui_window));
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) != NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN)), 1);
  g_assert_cmpstr (sf_section_get_scale (section), ==, "durable");
  gui_activate ("undo");
  g_assert_cmpstr (sf_section_get_scale (section), ==, "proficiency");
  gui_close_all ();
}

/* The fonts loaded in a worker at start-up are the window's, and the
 * main thread's default: a window opened later sets its text in them too.
 * Without the preload, the window has no font map of its own. */
static void
test_fonts_loaded_ahead (void)
{
  PangoFontMap *map = gtk_widget_get_font_map (GTK_WIDGET (gui_window));
  SfWindow *other;

  g_assert_nonnull (map);
  g_assert_true (map == pango_cairo_font_map_get_default ());
  g_assert_true (pango_context_get_font_map (gtk_widget_get_pango_context (GTK_WIDGET (gui_window))) == map);

  other = sf_application_new_window (gui_app);
  gtk_window_present (GTK_WINDOW (other));
  g_assert_true (pango_context_get_font_map (gtk_widget_get_pango_context (GTK_WIDGET (other))) == map);
  gtk_window_destroy (GTK_WINDOW (other));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);
  /* Drafts written soon, for the tests that wait for them. */
  g_settings_set_uint (sf_application_get_settings (gui_app), "draft-delay", 300);
  g_test_add_func ("/skillframe/editor/open-seed", test_open_seed);
  g_test_add_func ("/skillframe/editor/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/skillframe/editor/citations-and-anchors", test_citations_and_anchors);
  g_test_add_func ("/skillframe/editor/add-move-delete", test_add_move_delete);
  g_test_add_func ("/skillframe/editor/rename-source", test_rename_source);
  g_test_add_func ("/skillframe/editor/source-rows-kept", test_source_rows_kept);
  g_test_add_func ("/skillframe/editor/problem-count", test_problem_count);
  g_test_add_func ("/skillframe/editor/save-expected", test_save_expected);
  g_test_add_func ("/skillframe/editor/close-asks", test_close_asks);
  g_test_add_func ("/skillframe/editor/failed-save", test_failed_save);
  g_test_add_func ("/skillframe/editor/changed-behind", test_changed_behind);
  g_test_add_func ("/skillframe/editor/drafts", test_drafts);
  g_test_add_func ("/skillframe/editor/offered-draft-kept", test_offered_draft_kept);
  g_test_add_func ("/skillframe/editor/new-framework", test_new_framework);
  g_test_add_func ("/skillframe/editor/open-bad-file", test_open_bad_file);
  g_test_add_func ("/skillframe/editor/close-window-with-tabs", test_close_window_with_tabs);
  g_test_add_func ("/skillframe/editor/names-are-not-markup", test_names_are_not_markup);
  g_test_add_func ("/skillframe/editor/delete-toast-disarmed", test_delete_toast_disarmed);
  g_test_add_func ("/skillframe/editor/tab-to-other-window", test_tab_to_other_window);
  g_test_add_func ("/skillframe/editor/section-details", test_section_details);
  g_test_add_func ("/skillframe/editor/built-when-needed", test_built_when_needed);
  g_test_add_func ("/skillframe/editor/fonts-loaded-ahead", test_fonts_loaded_ahead);

  return gui_test_run ();
}
