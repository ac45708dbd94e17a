/* test-document.c: the edit layer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sf-test-util.h"

typedef struct
{
  GPtrArray *changes;
} Recorder;

static void
on_changed (SfDocument *document,
            SfChange   *change,
            Recorder   *recorder)
{
  g_ptr_array_add (recorder->changes, sf_change_copy (change));
}

static Recorder *
recorder_new (SfDocument *document)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_change_free);
  g_signal_connect (document, "changed", G_CALLBACK (on_changed), recorder);
  return recorder;
}

static void
recorder_free (Recorder *recorder)
{
  g_ptr_array_unref (recorder->changes);
  g_free (recorder);
}

static SfDocument *
seed_document (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();

  return sf_document_new (framework);
}

static SfStatement *
first_statement (SfDocument *document,
                 guint       section)
{
  GListModel *sections = sf_framework_get_sections (sf_document_get_framework (document));
  g_autoptr(SfSection) s = g_list_model_get_item (sections, section);
  g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_get_statements (s), 0);

  return statement; /* the list keeps it alive */
}

/* Applies @edit, then checks that undo restores the document exactly and that
 * redo gives back exactly the edited document. */
static void
check_undo_redo (SfDocument *document,
                 void      (*edit) (SfDocument *document))
{
  g_autofree char *before = sf_test_write_string (sf_document_get_framework (document));
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_false (sf_document_get_modified (document));
  edit (document);
  after = sf_test_write_string (sf_document_get_framework (document));
  g_assert_cmpstr (before, !=, after);
  g_assert_true (sf_document_get_modified (document));
  g_assert_true (sf_document_can_undo (document));

  g_assert_true (sf_document_undo (document));
  undone = sf_test_write_string (sf_document_get_framework (document));
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (sf_document_get_modified (document));
  g_assert_true (sf_document_can_redo (document));

  g_assert_true (sf_document_redo (document));
  redone = sf_test_write_string (sf_document_get_framework (document));
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (sf_document_get_modified (document));

  g_assert_true (sf_document_undo (document));
}

static void
edit_text (SfDocument *d)
{
  sf_document_set_string (d, SF_NODE (first_statement (d, 0)), "text", "new text", NULL);
}

static void
edit_title_to_null (SfDocument *d)
{
  sf_document_set_string (d, SF_NODE (sf_framework_get_occupation (sf_document_get_framework (d))),
                          "context", NULL, NULL);
}

static void
edit_int (SfDocument *d)
{
  sf_document_set_int (d, SF_NODE (sf_framework_get_occupation (sf_document_get_framework (d))),
                       "job_zone", 5, NULL);
}

static void
edit_enum (SfDocument *d)
{
  sf_document_set_enum (d, SF_NODE (sf_document_get_framework (d)), "status", SF_STATUS_DRAFT, NULL);
}

static void
edit_strv (SfDocument *d)
{
  const char *anchors[] = { "task-01", "skill-science", NULL };

  sf_document_set_strv (d, SF_NODE (first_statement (d, 0)), "anchors", anchors, NULL);
}

static void
edit_double (SfDocument *d)
{
  GListModel *groups = sf_framework_get_evidence (sf_document_get_framework (d));
  g_autoptr(SfEvidenceGroup) group = g_list_model_get_item (groups, 1);
  g_autoptr(SfFigure) figure = g_list_model_get_item (sf_evidence_group_get_figures (group), 1);

  sf_document_set_double (d, SF_NODE (figure), "max", 10.0, NULL);
}

static void
edit_scalar (SfDocument *d)
{
  GListModel *groups = sf_framework_get_evidence (sf_document_get_framework (d));
  g_autoptr(SfEvidenceGroup) group = g_list_model_get_item (groups, 0);
  g_autoptr(SfFigure) figure = g_list_model_get_item (sf_evidence_group_get_figures (group), 0);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_int64 (200));
  sf_document_set_value (d, SF_NODE (figure), "value", &value, NULL);
}

static void
edit_insert (SfDocument *d)
{
  GListModel *sections = sf_framework_get_sections (sf_document_get_framework (d));
  g_autoptr(SfSection) section = g_list_model_get_item (sections, 1);
  g_autoptr(SfStatement) statement = _sf_node_new (SF_TYPE_STATEMENT, "id", "ai-new", "level",
                                                   "emerging", "title", "New", "text", "does",
                                                   NULL);

  sf_document_insert (d, SF_NODE (section), "statements", 1, SF_NODE (statement));
  g_assert_true (sf_node_get_parent (SF_NODE (statement)) == SF_NODE (section));
}

static void
edit_remove (SfDocument *d)
{
  GListModel *sections = sf_framework_get_sections (sf_document_get_framework (d));
  g_autoptr(SfSection) section = g_list_model_get_item (sections, 2);

  sf_document_remove (d, SF_NODE (section), "statements", 0);
}

static void
edit_move (SfDocument *d)
{
  sf_document_move (d, SF_NODE (sf_document_get_framework (d)), "sections", 0, 5);
}

static void
edit_citation (SfDocument *d)
{
  SfStatement *statement = first_statement (d, 0);
  g_autoptr(SfCitation) citation = _sf_node_new (SF_TYPE_CITATION, "source", "onet",
                                                 "locator", "Tasks", NULL);

  sf_document_insert (d, SF_NODE (statement), "citations", 0, SF_NODE (citation));
}

static void
edit_group (SfDocument *d)
{
  SfStatement *statement = first_statement (d, 0);

  sf_document_begin_action (d, "Rewrite");
  sf_document_set_string (d, SF_NODE (statement), "title", "A", NULL);
  sf_document_set_string (d, SF_NODE (statement), "text", "B", NULL);
  edit_remove (d);
  sf_document_end_action (d);
}

static void
test_undo_redo_every_mutation (void)
{
  void (*edits[]) (SfDocument *) = {
    edit_text, edit_title_to_null, edit_int, edit_enum, edit_strv, edit_double, edit_scalar,
    edit_insert, edit_remove, edit_move, edit_citation, edit_group,
  };
  g_autoptr(SfDocument) document = seed_document ();

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    check_undo_redo (document, edits[i]);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_group_is_one_step (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  g_autofree char *before = sf_test_write_string (sf_document_get_framework (document));
  g_autofree char *after = NULL;

  edit_group (document);
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Rewrite");
  g_assert_true (sf_document_undo (document));
  after = sf_test_write_string (sf_document_get_framework (document));
  g_assert_cmpstr (after, ==, before);
  g_assert_false (sf_document_can_undo (document));
  g_assert_cmpstr (sf_document_get_redo_label (document), ==, "Rewrite");
}

static void
test_modified_flag (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "f.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SfStatement *statement = first_statement (document, 0);

  sf_document_set_coalesce_timeout (document, 0);
  g_assert_false (sf_document_get_modified (document));

  sf_document_set_string (document, SF_NODE (statement), "title", "one", NULL);
  sf_document_set_string (document, SF_NODE (statement), "title", "two", NULL);
  g_assert_true (sf_document_get_modified (document));

  /* Saving makes the current state the clean one. */
  g_assert_true (sf_document_save (document, file, SF_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (sf_document_get_modified (document));

  /* Away from the saved state and back again. */
  sf_document_undo (document);
  g_assert_true (sf_document_get_modified (document));
  sf_document_redo (document);
  g_assert_false (sf_document_get_modified (document));
  sf_document_set_string (document, SF_NODE (statement), "title", "three", NULL);
  g_assert_true (sf_document_get_modified (document));
  sf_document_undo (document);
  g_assert_false (sf_document_get_modified (document));

  /* A new edit after undoing past the save makes the saved state unreachable. */
  sf_document_undo (document);
  sf_document_set_string (document, SF_NODE (statement), "text", "other", NULL);
  g_assert_true (sf_document_get_modified (document));
  while (sf_document_undo (document))
    g_assert_true (sf_document_get_modified (document));
  g_assert_true (sf_document_get_modified (document));

  /* Setting a value to what it is already records nothing. */
  while (sf_document_redo (document))
    ;
  g_assert_false (sf_document_can_redo (document));
  sf_document_set_string (document, SF_NODE (statement), "text", "other", NULL);
  sf_document_undo (document);
  g_assert_cmpstr (sf_statement_get_text (statement), !=, "other");

  sf_test_remove_tree (dir);
}

static void
test_failed_save_keeps_modified (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder/f.json");
  g_autoptr(GError) error = NULL;

  edit_text (document);
  g_assert_false (sf_document_save (document, file, SF_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/f.json"));
  g_assert_true (sf_document_get_modified (document));
  g_assert_null (sf_document_get_file (document));
}

static void
test_coalescing (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfStatement *statement = first_statement (document, 0);
  SfStatement *other = first_statement (document, 1);
  const char *original = NULL;
  g_autofree char *saved_text = g_strdup (sf_statement_get_text (statement));

  original = saved_text;
  sf_document_set_coalesce_timeout (document, 60 * 1000);

  /* Typing "abc" a character at a time is one undo step. */
  sf_document_set_string (document, SF_NODE (statement), "text", "a", NULL);
  sf_document_set_string (document, SF_NODE (statement), "text", "ab", NULL);
  sf_document_set_string (document, SF_NODE (statement), "text", "abc", NULL);
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_text (statement), ==, original);
  g_assert_false (sf_document_can_undo (document));
  g_assert_true (sf_document_redo (document));
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "abc");

  /* Another field starts a new step, and so does going back to the first. */
  sf_document_set_string (document, SF_NODE (statement), "title", "T", NULL);
  sf_document_set_string (document, SF_NODE (other), "text", "x", NULL);
  sf_document_set_string (document, SF_NODE (statement), "text", "abcd", NULL);
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "abc");
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_text (other), !=, "x");
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_title (statement), !=, "T");

  /* An explicit break, as when the field loses focus, starts a new step. */
  sf_document_set_string (document, SF_NODE (statement), "text", "abc1", NULL);
  sf_document_break_coalescing (document);
  sf_document_set_string (document, SF_NODE (statement), "text", "abc12", NULL);
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "abc1");

  /* A pause longer than the timeout starts a new step. */
  sf_document_set_coalesce_timeout (document, 1);
  sf_document_set_string (document, SF_NODE (statement), "text", "p", NULL);
  g_usleep (5000);
  sf_document_set_string (document, SF_NODE (statement), "text", "pq", NULL);
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "p");
}

static void
test_notifications (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  Recorder *recorder = recorder_new (document);
  SfFramework *framework = sf_document_get_framework (document);
  g_autoptr(SfSection) section = g_list_model_get_item (sf_framework_get_sections (framework), 1);
  SfStatement *statement = first_statement (document, 0);
  g_autoptr(SfStatement) added = _sf_node_new (SF_TYPE_STATEMENT, "id", "x", "level", "emerging",
                                               "title", "X", "text", "does", NULL);
  SfChange *change;

  sf_document_set_string (document, SF_NODE (statement), "text", "edited", NULL);
  g_assert_cmpuint (recorder->changes->len, ==, 1);
  change = g_ptr_array_index (recorder->changes, 0);
  g_assert_cmpint (change->kind, ==, SF_CHANGE_MEMBER);
  g_assert_true (change->node == SF_NODE (statement));
  g_assert_cmpstr (change->member, ==, "text");

  sf_document_insert (document, SF_NODE (section), "statements", 2, SF_NODE (added));
  g_assert_cmpuint (recorder->changes->len, ==, 2);
  change = g_ptr_array_index (recorder->changes, 1);
  g_assert_cmpint (change->kind, ==, SF_CHANGE_LIST);
  g_assert_true (change->node == SF_NODE (section));
  g_assert_cmpstr (change->member, ==, "statements");
  g_assert_cmpuint (change->position, ==, 2);
  g_assert_cmpuint (change->removed, ==, 0);
  g_assert_cmpuint (change->added, ==, 1);

  /* Undo says the reverse: one removed at 2. */
  sf_document_undo (document);
  change = g_ptr_array_index (recorder->changes, 2);
  g_assert_cmpint (change->kind, ==, SF_CHANGE_LIST);
  g_assert_cmpuint (change->position, ==, 2);
  g_assert_cmpuint (change->removed, ==, 1);
  g_assert_cmpuint (change->added, ==, 0);
  g_assert_null (sf_node_get_parent (SF_NODE (added)));

  /* Setting the same value changes nothing and says nothing. */
  sf_document_set_string (document, SF_NODE (statement), "text", "edited", NULL);
  g_assert_cmpuint (recorder->changes->len, ==, 3);

  recorder_free (recorder);
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  (*calls)++;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *calls)
{
  (*calls)++;
}

static void
test_model_signals (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfStatement *statement = first_statement (document, 0);
  GListModel *citations = sf_statement_get_citations (statement);
  g_autoptr(SfCitation) citation = _sf_node_new (SF_TYPE_CITATION, "source", "onet", NULL);
  guint items_changed = 0, notified = 0, modified_notified = 0;

  /* Views bind to the model objects themselves. */
  g_signal_connect (citations, "items-changed", G_CALLBACK (on_items_changed), &items_changed);
  g_signal_connect (statement, "notify::title", G_CALLBACK (on_notify), &notified);
  g_signal_connect (document, "notify::modified", G_CALLBACK (on_notify), &modified_notified);

  sf_document_insert (document, SF_NODE (statement), "citations", 0, SF_NODE (citation));
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (modified_notified, ==, 1);
  sf_document_set_string (document, SF_NODE (statement), "title", "T", NULL);
  g_assert_cmpuint (notified, ==, 1);
  sf_document_set_string (document, SF_NODE (statement), "title", "T", NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (modified_notified, ==, 1);
  sf_document_undo (document);
  sf_document_undo (document);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (items_changed, ==, 2);
  g_assert_cmpuint (modified_notified, ==, 2);

  g_signal_handlers_disconnect_by_data (citations, &items_changed);
  g_signal_handlers_disconnect_by_data (statement, &notified);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SfDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = sf_document_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_document_save_finish (SF_DOCUMENT (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async_load_save (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autoptr(GFile) seed_file = g_file_new_for_path (seed);
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "copy.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SfDocument) document = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *original = NULL;
  gboolean done = FALSE;

  sf_document_load_async (seed_file, NULL, NULL, load_cb, &document);
  while (document == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_equal (sf_document_get_file (document), seed_file));
  g_assert_false (sf_document_get_modified (document));

  edit_text (document);
  sf_document_save_async (document, file, SF_SAVE_NONE, NULL, save_cb, &done);
  /* An edit made while the file is being written keeps the document modified. */
  edit_int (document);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (sf_document_get_modified (document));
  g_assert_true (g_file_equal (sf_document_get_file (document), file));

  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"text\": \"new text\""));
  g_assert_null (strstr (saved, "\"job_zone\": 5"));

  /* The second save keeps the first as the backup. */
  done = FALSE;
  sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (sf_document_get_modified (document));
  g_assert_true (g_file_get_contents (backup, &original, NULL, NULL));
  g_assert_cmpstr (original, ==, saved);

  sf_test_remove_tree (dir);
}

static void
test_save_async_then_replace (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "f.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfOccupation *occupation = sf_framework_get_occupation (sf_document_get_framework (document));
  g_autofree char *on_disk = NULL;
  gboolean done = FALSE;

  /* The save writes "A"; before it ends, the author undoes that and makes
   * another edit at the same depth of the undo stack. */
  sf_document_set_string (document, SF_NODE (occupation), "title", "A", NULL);
  sf_document_save_async (document, file, SF_SAVE_NONE, NULL, save_cb, &done);
  sf_document_undo (document);
  sf_document_set_int (document, SF_NODE (occupation), "job_zone", 5, NULL);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_nonnull (strstr (on_disk, "\"title\": \"A\""));
  g_assert_true (sf_document_get_modified (document));
  /* No undo or redo leads back to a state that matches the file either. */
  sf_document_undo (document);
  g_assert_true (sf_document_get_modified (document));

  sf_test_remove_tree (dir);
}

static void
test_save_inside_action (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "f.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SfOccupation *occupation = sf_framework_get_occupation (sf_document_get_framework (document));

  sf_document_begin_action (document, "Group");
  sf_document_set_int (document, SF_NODE (occupation), "job_zone", 5, NULL);
  g_test_expect_message ("Skillframe", G_LOG_LEVEL_CRITICAL, "*self->open == NULL*");
  g_assert_false (sf_document_save (document, file, SF_SAVE_NONE, NULL, NULL));
  g_test_assert_expected_messages ();
  sf_document_end_action (document);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (sf_document_get_modified (document));

  sf_test_remove_tree (dir);
}

static void
edit_in_handler (SfDocument *document,
                 SfChange   *change,
                 gboolean   *tried)
{
  if (*tried)
    return;
  *tried = TRUE;
  sf_document_set_int (document, SF_NODE (sf_framework_get_occupation (sf_document_get_framework (document))),
                       "job_zone", 2, NULL);
}

/* An edit asked for during an undo waits until the undo is complete, then
 * is its own step. */
static void
test_edit_while_replaying (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfFramework *framework = sf_document_get_framework (document);
  SfStatement *statement = first_statement (document, 0);
  gboolean tried = FALSE;
  g_autofree char *before = sf_test_write_string (framework);
  g_autofree char *after = NULL;

  sf_document_begin_action (document, "Two");
  sf_document_set_string (document, SF_NODE (statement), "title", "x", NULL);
  sf_document_set_string (document, SF_NODE (statement), "text", "y", NULL);
  sf_document_end_action (document);

  g_signal_connect (document, "changed", G_CALLBACK (edit_in_handler), &tried);
  g_assert_true (sf_document_undo (document));
  g_signal_handlers_disconnect_by_data (document, &tried);

  g_assert_cmpint (sf_occupation_get_job_zone (sf_framework_get_occupation (framework)), ==, 2);
  g_assert_cmpstr (sf_statement_get_title (statement), !=, "x");
  /* The handler's edit is the newest step: undoing it gives the state
   * right after the undo. */
  g_assert_false (sf_document_can_redo (document));
  g_assert_true (sf_document_undo (document));
  after = sf_test_write_string (framework);
  g_assert_cmpstr (after, ==, before);
}


/* Re-entrancy: an edit from a handler of a change under way is queued. */

typedef struct
{
  SfDocument *document;
  SfSection  *other;
  guint       fired;
} Reentry;

static void
remove_first_of_other (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       Reentry    *reentry)
{
  /* Each insertion into the watched list removes a statement elsewhere. */
  if (added == 0 || reentry->fired++ > 0)
    return;
  sf_document_remove (reentry->document, SF_NODE (reentry->other), "statements", 0);
}

static guint
count_in_framework (SfFramework *framework,
                    SfStatement *statement)
{
  g_autoptr(GPtrArray) all = sf_framework_dup_statements (framework);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    n += g_ptr_array_index (all, i) == (gpointer) statement;
  return n;
}

static void
test_reentrant_items_changed (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfFramework *framework = sf_document_get_framework (document);
  g_autoptr(SfSection) first = g_list_model_get_item (sf_framework_get_sections (framework), 0);
  g_autoptr(SfSection) second = g_list_model_get_item (sf_framework_get_sections (framework), 1);
  g_autoptr(SfStatement) moved = g_list_model_get_item (sf_section_get_statements (second), 0);
  g_autoptr(SfStatement) added = sf_statement_new ();
  g_autofree char *before = sf_test_write_string (framework);
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  Reentry reentry = { document, second, 0 };

  g_signal_connect (sf_section_get_statements (first), "items-changed",
                    G_CALLBACK (remove_first_of_other), &reentry);
  sf_document_insert (document, SF_NODE (first), "statements", 0, SF_NODE (added));
  g_signal_handlers_disconnect_by_data (sf_section_get_statements (first), &reentry);

  /* The insertion is one step, the handler's removal the next. */
  g_assert_cmpuint (reentry.fired, ==, 1);
  g_assert_null (sf_node_get_parent (SF_NODE (moved)));
  after = sf_test_write_string (framework);
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Delete");

  g_assert_true (sf_document_undo (document));
  g_assert_cmpuint (count_in_framework (framework, moved), ==, 1);
  g_assert_true (sf_document_undo (document));
  g_assert_cmpuint (count_in_framework (framework, added), ==, 0);
  g_free (again);
  again = sf_test_write_string (framework);
  g_assert_cmpstr (again, ==, before);
  g_assert_false (sf_document_get_modified (document));

  g_assert_true (sf_document_redo (document));
  g_assert_true (sf_document_redo (document));
  g_free (again);
  again = sf_test_write_string (framework);
  g_assert_cmpstr (again, ==, after);
  g_assert_cmpuint (count_in_framework (framework, added), ==, 1);
  g_assert_cmpuint (count_in_framework (framework, moved), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
copy_title_to_text (SfStatement *statement,
                    GParamSpec  *pspec,
                    SfDocument  *document)
{
  g_autofree char *text = g_strdup_printf ("%s.", sf_statement_get_title (statement));

  sf_document_set_string (document, SF_NODE (statement), "text", text, NULL);
}

static void
test_reentrant_notify (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfStatement *statement = first_statement (document, 0);
  g_autofree char *old_title = g_strdup (sf_statement_get_title (statement));
  g_autofree char *old_text = g_strdup (sf_statement_get_text (statement));

  g_signal_connect (statement, "notify::title", G_CALLBACK (copy_title_to_text), document);

  /* Alone, the handler's edit is the next step. */
  sf_document_set_string (document, SF_NODE (statement), "title", "Alpha", NULL);
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "Alpha.");
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_title (statement), ==, "Alpha");
  g_assert_cmpstr (sf_statement_get_text (statement), ==, old_text);

  /* The undo notified the title again: its handler's edit became a new
   * step; take it back and the title edit with it. */
  g_assert_true (sf_document_undo (document));
  g_assert_true (sf_document_undo (document));
  g_signal_handlers_disconnect_by_data (statement, document);
  g_assert_cmpstr (sf_statement_get_title (statement), ==, old_title);
  g_assert_cmpstr (sf_statement_get_text (statement), ==, old_text);
  g_assert_false (sf_document_get_modified (document));

  /* Inside an open action, the handler's edit joins the action. */
  g_signal_connect (statement, "notify::title", G_CALLBACK (copy_title_to_text), document);
  sf_document_begin_action (document, "Rename");
  sf_document_set_string (document, SF_NODE (statement), "title", "Beta", NULL);
  sf_document_end_action (document);
  g_signal_handlers_disconnect_by_data (statement, document);
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "Beta.");
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Rename");
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_statement_get_title (statement), ==, old_title);
  g_assert_cmpstr (sf_statement_get_text (statement), ==, old_text);
}

/* What the format cannot hold is refused; the document stays as it was. */
static void
test_refuses_invalid_values (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfFramework *framework = sf_document_get_framework (document);
  SfStatement *statement = first_statement (document, 0);
  g_autoptr(SfEvidenceGroup) group = g_list_model_get_item (sf_framework_get_evidence (framework), 0);
  g_autoptr(SfFigure) figure = g_list_model_get_item (sf_evidence_group_get_figures (group), 0);
  g_autofree char *before = sf_test_write_string (framework);
  g_autofree char *huge = g_strnfill (sf_format_limits_default ()->max_string_length + 1, 'x');
  g_autofree char *after = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  static const char *bad_strv[] = { "task-01", "\xff", NULL };
  GError *error = NULL;

  g_assert_false (sf_document_set_string (document, SF_NODE (statement), "title", "caf\xc3", &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "/sections/0/statements/0/title"));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);

  g_assert_false (sf_document_set_string (document, SF_NODE (statement), "text", NULL, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sf_document_set_string (document, SF_NODE (statement), "text", huge, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sf_document_set_strv (document, SF_NODE (statement), "anchors", bad_strv, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sf_document_set_double (document, SF_NODE (figure), "max", NAN, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sf_document_set_enum (document, SF_NODE (framework), "status", 42, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_boolean (TRUE));
  g_assert_false (sf_document_set_value (document, SF_NODE (figure), "value", &value, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  after = sf_test_write_string (framework);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (sf_document_get_modified (document));
  g_assert_false (sf_document_can_undo (document));

  /* What the format can hold is taken: no value for an optional member, a
   * figure without a value, no anchors. */
  g_assert_true (sf_document_set_string (document, SF_NODE (sf_framework_get_occupation (framework)),
                                         "context", NULL, NULL));
  g_value_set_variant (&value, NULL);
  g_assert_true (sf_document_set_value (document, SF_NODE (figure), "value", &value, NULL));
  g_assert_true (sf_document_set_strv (document, SF_NODE (statement), "anchors", NULL, NULL));
  g_assert_nonnull (sf_statement_get_anchors (statement));
  {
    g_autofree char *json = sf_test_write_string (framework);
    g_autoptr(SfFramework) reopened = sf_test_read_string (json, &error);

    g_assert_no_error (error);
    g_assert_true (sf_node_equal (SF_NODE (reopened), SF_NODE (framework)));
  }
}

/* New objects get what the format needs: a unique id from the section and
 * level, the scale's first level, empty text. */
static void
test_defaults_for_new_objects (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfFramework *framework = sf_document_get_framework (document);
  g_autoptr(SfSection) competencies = g_list_model_get_item (sf_framework_get_sections (framework), 0);
  g_autoptr(SfSection) communication = g_list_model_get_item (sf_framework_get_sections (framework), 2);
  g_autoptr(SfStatement) a = sf_statement_new ();
  g_autoptr(SfStatement) b = sf_statement_new ();
  g_autoptr(SfStatement) c = sf_statement_new ();
  g_autoptr(SfSource) source = sf_source_new ();
  g_autoptr(SfAnchor) anchor = sf_anchor_new ();
  g_autoptr(SfCitation) citation = sf_citation_new ();
  guint n = g_list_model_get_n_items (sf_section_get_statements (competencies));

  sf_document_insert (document, SF_NODE (competencies), "statements", n, SF_NODE (a));
  sf_document_insert (document, SF_NODE (competencies), "statements", n, SF_NODE (b));
  sf_document_insert (document, SF_NODE (communication), "statements", 0, SF_NODE (c));
  sf_document_insert (document, SF_NODE (framework), "sources", 0, SF_NODE (source));
  sf_document_insert (document, SF_NODE (sf_framework_get_onet (framework)), "anchors", 0,
                      SF_NODE (anchor));
  sf_document_insert (document, SF_NODE (a), "citations", 0, SF_NODE (citation));

  g_assert_cmpstr (sf_statement_get_level (a), ==, "emerging");
  g_assert_cmpstr (sf_statement_get_id (a), ==, "comp-emerging-11");
  g_assert_cmpstr (sf_statement_get_id (b), ==, "comp-emerging-12");
  g_assert_cmpstr (sf_statement_get_id (c), ==, "communication-emerging-04");
  g_assert_cmpstr (sf_statement_get_title (a), ==, "");
  g_assert_cmpstr (sf_statement_get_text (a), ==, "");
  g_assert_nonnull (sf_statement_get_anchors (a));
  g_assert_cmpstr (sf_source_get_id (source), ==, "source-01");
  g_assert_cmpstr (sf_anchor_get_id (anchor), ==, "task-09");
  g_assert_cmpstr (sf_citation_get_source (citation), ==, "");

  {
    g_autofree char *json = sf_test_write_string (framework);
    g_autoptr(GError) error = NULL;
    g_autoptr(SfFramework) reopened = sf_test_read_string (json, &error);

    g_assert_no_error (error);
    g_assert_true (sf_node_equal (SF_NODE (reopened), SF_NODE (framework)));
  }
}

/* A copy is deep: equal, and independent of the original. */
static void
test_copy (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfFramework) copy = sf_framework_copy (framework);
  g_autoptr(SfDocument) document = sf_document_new (copy);
  g_autofree char *a = sf_test_write_string (framework);
  g_autofree char *b = sf_test_write_string (copy);
  g_autoptr(SfSection) section = g_list_model_get_item (sf_framework_get_sections (copy), 0);
  g_autoptr(SfSection) original = g_list_model_get_item (sf_framework_get_sections (framework), 0);

  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (copy)));
  g_assert_cmpstr (a, ==, b);
  g_assert_true (section != original);
  g_assert_true (sf_node_get_parent (SF_NODE (section)) == SF_NODE (copy));

  sf_document_remove (document, SF_NODE (section), "statements", 0);
  g_assert_false (sf_node_equal (SF_NODE (framework), SF_NODE (copy)));
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (original)), ==, 40);
}

/* Replacing keeps the objects that did not change, and says so through
 * ::changed only for what did. */
static void
test_replace_keeps_objects (void)
{
  g_autoptr(SfDocument) document = seed_document ();
  SfFramework *framework = sf_document_get_framework (document);
  g_autoptr(SfFramework) target = sf_framework_copy (framework);
  g_autoptr(SfDocument) editor = sf_document_new (target);
  g_autoptr(SfSection) section = g_list_model_get_item (sf_framework_get_sections (framework), 0);
  g_autoptr(SfSection) target_section = g_list_model_get_item (sf_framework_get_sections (target), 0);
  g_autoptr(SfStatement) kept = g_list_model_get_item (sf_section_get_statements (section), 5);
  g_autoptr(SfStatement) retitled = g_list_model_get_item (sf_section_get_statements (section), 1);
  g_autoptr(SfStatement) last = g_list_model_get_item (sf_section_get_statements (section), 39);
  g_autoptr(SfStatement) target_first = g_list_model_get_item (sf_section_get_statements (target_section), 1);
  Recorder *recorder;

  /* The target: one title changed, the last statement moved to the front,
   * the first removed. */
  sf_document_set_string (editor, SF_NODE (target_first), "title", "Renamed", NULL);
  sf_document_move (editor, SF_NODE (target_section), "statements", 39, 0);
  sf_document_remove (editor, SF_NODE (target_section), "statements", 1);

  recorder = recorder_new (document);
  g_assert_true (sf_document_replace (document, target, "Reload"));
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (target)));
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Reload");

  /* Same objects, in their new places. */
  g_assert_true (g_list_model_get_item (sf_section_get_statements (section), 0) == (gpointer) last);
  g_object_unref (last);
  g_assert_true (sf_node_get_parent (SF_NODE (kept)) == SF_NODE (section));
  g_assert_cmpstr (sf_statement_get_title (retitled), ==, "Renamed");
  /* A removal, a move (removal and insertion) and a title. */
  g_assert_cmpuint (recorder->changes->len, ==, 4);
  recorder_free (recorder);
  g_signal_handlers_disconnect_matched (document, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_changed, NULL);

  /* Nothing to do: no step. */
  g_assert_false (sf_document_replace (document, target, "Reload"));
  g_assert_true (sf_document_undo (document));
  g_assert_false (sf_document_can_undo (document));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/document/undo-redo-every-mutation", test_undo_redo_every_mutation);
  g_test_add_func ("/skillframe/document/group-is-one-step", test_group_is_one_step);
  g_test_add_func ("/skillframe/document/modified-flag", test_modified_flag);
  g_test_add_func ("/skillframe/document/failed-save-keeps-modified", test_failed_save_keeps_modified);
  g_test_add_func ("/skillframe/document/coalescing", test_coalescing);
  g_test_add_func ("/skillframe/document/notifications", test_notifications);
  g_test_add_func ("/skillframe/document/model-signals", test_model_signals);
  g_test_add_func ("/skillframe/document/async-load-save", test_async_load_save);
  g_test_add_func ("/skillframe/document/save-async-then-replace", test_save_async_then_replace);
  g_test_add_func ("/skillframe/document/save-inside-action", test_save_inside_action);
  g_test_add_func ("/skillframe/document/edit-while-replaying", test_edit_while_replaying);
  g_test_add_func ("/skillframe/document/reentrant/items-changed", test_reentrant_items_changed);
  g_test_add_func ("/skillframe/document/reentrant/notify", test_reentrant_notify);
  g_test_add_func ("/skillframe/document/refuses-invalid-values", test_refuses_invalid_values);
  g_test_add_func ("/skillframe/document/defaults-for-new-objects", test_defaults_for_new_objects);
  g_test_add_func ("/skillframe/document/copy", test_copy);
  g_test_add_func ("/skillframe/document/replace-keeps-objects", test_replace_keeps_objects);

  return g_test_run ();
}
