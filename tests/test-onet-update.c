/* test-onet-update.c: a framework's O*NET anchors brought up to a new release
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-edits.h"
#include "sf-fixes.h"
#include "sf-onet-update.h"
#include "sf-rule.h"
#include "sf-test-onet.h"
#include "sf-validator.h"

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

/* 29-2011.00 from the 30.0 fixture, with statements linked to a task
 * that 30.2 rewords (1899), one it removes (1901), one it keeps (1890), a
 * skill that falls below the threshold (Writing) and a 1.C work style. */
static SfFramework *
base_framework (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_test_onet_import (source, "29-2011.00", 3.0, NULL, &error);

  g_assert_no_error (error);
  add_statement (framework, "s-reworded", (const char *[]) { "task-1899", NULL });
  add_statement (framework, "s-removed", (const char *[]) { "task-1901", "task-1890", NULL });
  add_statement (framework, "s-kept", (const char *[]) { "task-1890", "skill-science", NULL });
  add_statement (framework, "s-writing", (const char *[]) { "skill-writing", NULL });
  add_statement (framework, "s-style", (const char *[]) { "work-style-attention-to-detail", NULL });
  add_statement (framework, "s-none", NULL);
  return framework;
}

static SfOnetUpdate *
compute (SfFramework *framework,
         const char  *release)
{
  g_autofree char *source = sf_test_onet_fixture (release);
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfOnetDatabase) database = sf_onet_database_open (file, NULL, &error);
  SfOnetUpdate *update;

  g_assert_no_error (error);
  update = sf_onet_update_compute (framework, database, 3.0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (update);
  return update;
}

static SfStatement *
statement (SfFramework *framework,
           const char  *id)
{
  SfSection *competencies = g_ptr_array_index (_sf_node_list_get_items (sf_framework_get_sections (framework)), 0);

  return sf_list_find_by_id (sf_section_get_statements (competencies), id, NULL);
}

static const SfOnetChange *
find_change (SfOnetUpdate     *update,
             SfOnetChangeKind  kind,
             SfAnchorKind      anchor_kind,
             const char       *code)
{
  GPtrArray *changes = sf_onet_update_get_changes (update);

  for (guint i = 0; i < changes->len; i++)
    {
      SfOnetChange *change = g_ptr_array_index (changes, i);

      if (change->kind == kind && change->anchor_kind == anchor_kind && g_strcmp0 (change->code, code) == 0)
        return change;
    }
  return NULL;
}

static guint
count_problems (SfFramework *framework,
                const char  *rule,
                GPtrArray  **found)
{
  g_autoptr(SfValidator) validator = sf_validator_new (framework);
  g_autoptr(GPtrArray) problems = sf_validator_collect (validator);
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (sf_problem_get_rule_id (problems->pdata[i]), rule))
      {
        n++;
        if (found != NULL)
          g_ptr_array_add (*found, g_object_ref (problems->pdata[i]));
      }
  return n;
}

static void
test_changes (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  g_autoptr(SfOnetUpdate) update = compute (framework, "30.2");
  GPtrArray *marked = sf_onet_update_get_marked (update);
  const SfOnetChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpstr (sf_onet_update_get_old_release (update), ==, "30.0");
  g_assert_cmpstr (sf_onet_update_get_new_release (update), ==, "30.2");

  change = find_change (update, SF_ONET_CHANGE_REWORDED, SF_ANCHOR_KIND_TASK, "1899");
  g_assert_nonnull (change);
  g_assert_cmpuint (change->n_statements, ==, 1);
  g_assert_true (g_str_has_suffix (change->new_name, "including molecular and automated methods."));
  change = find_change (update, SF_ONET_CHANGE_REMOVED, SF_ANCHOR_KIND_TASK, "1901");
  g_assert_nonnull (change);
  g_assert_cmpuint (change->n_statements, ==, 1);
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_ADDED, SF_ANCHOR_KIND_TASK, "23001"));
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_ADDED, SF_ANCHOR_KIND_SKILL, "2.B.1.e"));
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_REMOVED, SF_ANCHOR_KIND_SKILL, "2.A.1.c"));
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_WORK_STYLE_MODEL, SF_ANCHOR_KIND_WORK_STYLE, NULL));
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_REMOVED, SF_ANCHOR_KIND_WORK_STYLE, "1.C.5.b"));
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_ADDED, SF_ANCHOR_KIND_WORK_STYLE, "1.D.3.b"));
  /* Only what changed: the other tasks are the same. */
  g_assert_null (find_change (update, SF_ONET_CHANGE_REWORDED, SF_ANCHOR_KIND_TASK, "1890"));
  g_assert_null (find_change (update, SF_ONET_CHANGE_REMOVED, SF_ANCHOR_KIND_SKILL, "2.A.1.f"));

  text = sf_onet_change_describe (find_change (update, SF_ONET_CHANGE_REMOVED, SF_ANCHOR_KIND_SKILL, "2.A.1.c"));
  g_assert_cmpstr (text, ==, "skill 2.A.1.c “Writing” is now below the importance threshold");

  /* Exactly the statements linked to what was reworded or removed. */
  g_assert_cmpuint (marked->len, ==, 4);
  g_assert_cmpstr (marked->pdata[0], ==, "s-reworded");
  g_assert_cmpstr (marked->pdata[1], ==, "s-removed");
  g_assert_cmpstr (marked->pdata[2], ==, "s-writing");
  g_assert_cmpstr (marked->pdata[3], ==, "s-style");

  /* The framework itself is untouched until the update is applied. */
  g_assert_null (sf_statement_get_review (statement (framework, "s-reworded")));
  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.0");
}

static void
test_apply_and_undo (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  g_autoptr(SfFramework) before = sf_framework_copy (framework);
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfOnetUpdate) update = compute (framework, "30.2");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  const char * const *links;
  SfSource *source;

  g_assert_cmpuint (count_problems (framework, "SF508", NULL), ==, 0);
  g_assert_true (sf_onet_update_apply (update, document));
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (sf_onet_update_get_target (update))));
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Update from O*NET");

  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.2");
  source = sf_list_find_by_id (sf_framework_get_sources (framework), "onet", NULL);
  g_assert_cmpstr (sf_source_get_edition (source), ==, "v30.2");
  g_assert_nonnull (strstr (sf_framework_get_rights (framework), "O*NET 30.2 Database"));

  g_assert_true (g_str_has_prefix (sf_statement_get_review (statement (framework, "s-reworded")),
                                   "O*NET 30.2: task 1899 reworded: “Develop"));
  g_assert_cmpstr (sf_statement_get_review (statement (framework, "s-removed")), ==,
                   "O*NET 30.2: task 1901 removed: “Conduct medical research under the direction of a "
                   "microbiologist or biochemist.”");
  g_assert_null (sf_statement_get_review (statement (framework, "s-kept")));
  g_assert_null (sf_statement_get_review (statement (framework, "s-none")));
  /* The link to the removed task goes; the other stays. */
  links = sf_statement_get_anchors (statement (framework, "s-removed"));
  g_assert_cmpuint (g_strv_length ((char **) links), ==, 1);
  g_assert_cmpstr (links[0], ==, "task-1890");
  /* The reworded task keeps its id, with O*NET's new words. */
  g_assert_true (g_str_has_suffix (sf_anchor_get_name (sf_list_find_by_id (
                   sf_onet_get_anchors (sf_framework_get_onet (framework)), "task-1899", NULL)),
                 "including molecular and automated methods."));

  /* The rule lists the marked statements, nothing links nowhere. */
  g_assert_cmpuint (count_problems (framework, "SF508", &problems), ==, 4);
  g_assert_cmpuint (count_problems (framework, "SF507", NULL), ==, 0);
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpstr (sf_problem_get_member (problems->pdata[i]), ==, "review");

  /* One undo brings everything back. */
  g_assert_true (sf_document_undo (document));
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (before)));
  g_assert_true (sf_document_redo (document));
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (sf_onet_update_get_target (update))));
}

static void
test_clear_mark (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfOnetUpdate) update = compute (framework, "30.2");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fixes = NULL;
  g_autoptr(GError) error = NULL;
  SfStatement *reworded;
  g_autofree char *saved = NULL;

  sf_onet_update_apply (update, document);
  reworded = statement (framework, "s-reworded");

  /* Per statement, through the edit layer, undoably. */
  sf_edits_clear_review (document, reworded);
  g_assert_null (sf_statement_get_review (reworded));
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Clear Review Mark");
  g_assert_cmpuint (count_problems (framework, "SF508", NULL), ==, 3);
  g_assert_nonnull (sf_statement_get_review (statement (framework, "s-removed")));
  sf_document_undo (document);
  g_assert_nonnull (sf_statement_get_review (reworded));

  /* The problem's quick fix does the same. */
  count_problems (framework, "SF508", &problems);
  fixes = sf_fixes_for_problem (problems->pdata[0], framework, NULL);
  g_assert_cmpuint (fixes->len, ==, 1);
  g_assert_cmpstr (((SfFix *) fixes->pdata[0])->label, ==, "Clear the review mark");
  g_assert_true (sf_fixes_apply (document, problems->pdata[0], fixes->pdata[0], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_problems (framework, "SF508", NULL), ==, 3);

  /* Cleared marks are not written. */
  saved = sf_test_write_string (framework);
  g_assert_null (strstr (saved, "task 1899 reworded"));
  g_assert_nonnull (strstr (saved, "\"review\": \"O*NET 30.2: task 1901 removed"));
}

static void
test_nothing_changed (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  g_autoptr(SfOnetUpdate) update = compute (framework, "30.0");

  g_assert_true (sf_onet_update_is_empty (update));
  g_assert_cmpuint (sf_onet_update_get_marked (update)->len, ==, 0);
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (sf_onet_update_get_target (update))));
}

/* 30.3's layout and its "1890.0": the tasks match by id all the same. */
static void
test_new_layout (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.2");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_onet_import (source, "29-2011.00", 3.0, NULL, &error);
  g_autoptr(SfOnetUpdate) update = compute (framework, "30.3");
  GPtrArray *changes = sf_onet_update_get_changes (update);

  for (guint i = 0; i < changes->len; i++)
    g_assert_cmpint (((SfOnetChange *) changes->pdata[i])->anchor_kind, !=, SF_ANCHOR_KIND_TASK);
}

/* Anchors written by hand, without task ids (as the seed's): matched by
 * their words. */
static void
test_anchors_without_ids (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (framework));
  g_autoptr(SfOnetUpdate) update = NULL;
  SfAnchor *kept = sf_list_find_by_id (anchors, "task-1890", NULL);
  SfAnchor *reworded = sf_list_find_by_id (anchors, "task-1899", NULL);

  _sf_node_set_string (SF_NODE (kept), "code", NULL);
  _sf_node_set_string (SF_NODE (reworded), "code", NULL);
  update = compute (framework, "30.2");

  /* Same words: the same anchor, given its id. */
  kept = sf_list_find_by_id (sf_onet_get_anchors (sf_framework_get_onet (sf_onet_update_get_target (update))),
                             "task-1890", NULL);
  g_assert_cmpstr (sf_anchor_get_code (kept), ==, "1890");
  g_assert_null (find_change (update, SF_ONET_CHANGE_ADDED, SF_ANCHOR_KIND_TASK, "1890"));
  /* Other words and no id: no telling; removed, and its statement marked. */
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_REMOVED, SF_ANCHOR_KIND_TASK, NULL));
  g_assert_nonnull (find_change (update, SF_ONET_CHANGE_ADDED, SF_ANCHOR_KIND_TASK, "1899"));
  g_assert_true (g_ptr_array_find_with_equal_func (sf_onet_update_get_marked (update), "s-reworded",
                                                   g_str_equal, NULL));
}

static void
test_no_code (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  g_autofree char *source = sf_test_onet_fixture ("30.2");
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(SfOnetDatabase) database = sf_onet_database_open (file, NULL, NULL);
  g_autoptr(SfOnetUpdate) update = NULL;
  g_autoptr(GError) error = NULL;

  _sf_node_set_string (SF_NODE (sf_framework_get_occupation (framework)), "soc_code", "");
  update = sf_onet_update_compute (framework, database, 3.0, NULL, NULL, NULL, &error);
  g_assert_null (update);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_NO_ANCHORS);
}

/* A framework imported at 2.5 keeps the skills between 2.5 and 3.0: an
 * update that does not name a threshold compares against the framework's,
 * not the default, or it would unlink statements from anchors that never
 * crossed anything. */
static void
test_framework_threshold (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(SfOnetDatabase) database = sf_onet_database_open (file, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_onet_import (source, "29-2011.00", 2.5, NULL, &error);
  g_autoptr(SfOnetUpdate) update = NULL;
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "framework.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat (sf_onet_get_threshold (sf_framework_get_onet (framework)), ==, 2.5);
  /* Instructing is rated 2.88 in 30.0, Biology 2.99: 2.5 takes them. */
  g_assert_nonnull (sf_list_find_by_id (sf_onet_get_anchors (sf_framework_get_onet (framework)),
                                        "skill-instructing", NULL));
  add_statement (framework, "s-instructing", (const char *[]) { "skill-instructing", "knowledge-biology", NULL });

  /* The same release: nothing changed. */
  update = sf_onet_update_compute (framework, database, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sf_onet_update_is_empty (update));
  g_assert_cmpuint (sf_onet_update_get_marked (update)->len, ==, 0);
  g_clear_pointer (&update, sf_onet_update_free);

  /* A threshold named is the one used. */
  update = sf_onet_update_compute (framework, database, 3.0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (sf_onet_update_is_empty (update));
  g_assert_cmpfloat (sf_onet_get_threshold (sf_framework_get_onet (sf_onet_update_get_target (update))), ==, 3.0);
  g_clear_pointer (&update, sf_onet_update_free);

  /* And so does the tool without --threshold. */
  json = sf_test_write_string (framework);
  g_assert_nonnull (strstr (json, "\"threshold\": 2.5"));
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "update-onet", "--dry-run", path, source, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "O*NET 30.0 → 30.0, 0 changes\n"));
  g_assert_null (strstr (out, "marked for review"));
  sf_test_remove_tree (dir);
}

static void
test_tool (void)
{
  g_autoptr(SfFramework) framework = base_framework ();
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "framework.json", NULL);
  g_autofree char *source = sf_test_onet_fixture ("30.2");
  g_autofree char *json = sf_test_write_string (framework);
  g_autofree char *out = NULL;
  g_autofree char *after = NULL;
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "update-onet", "--dry-run", path, source, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "O*NET 30.0 → 30.2"));
  g_assert_nonnull (strstr (out, "  task 1901 removed: “Conduct medical research under the direction of a "
                                 "microbiologist or biochemist.” (1 statement marked for review)\n"));
  g_assert_nonnull (strstr (out, "4 statements marked for review: s-reworded s-removed s-writing s-style\n"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, json);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&after, g_free);

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "update-onet", path, source, NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "\"review\": \"O*NET 30.2: task 1901 removed"));
  g_assert_nonnull (strstr (after, "\"release\": \"30.2\""));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);

  /* Validation lists the marks; exit 0: they are warnings. */
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "is marked for review: O*NET 30.2: task 1899 reworded"));
  g_assert_nonnull (strstr (out, "[SF508]"));

  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "update-onet", path, NULL), ==, 64);
  sf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/onet-update/changes", test_changes);
  g_test_add_func ("/skillframe/onet-update/apply-and-undo", test_apply_and_undo);
  g_test_add_func ("/skillframe/onet-update/clear-mark", test_clear_mark);
  g_test_add_func ("/skillframe/onet-update/nothing-changed", test_nothing_changed);
  g_test_add_func ("/skillframe/onet-update/new-layout", test_new_layout);
  g_test_add_func ("/skillframe/onet-update/anchors-without-ids", test_anchors_without_ids);
  g_test_add_func ("/skillframe/onet-update/no-code", test_no_code);
  g_test_add_func ("/skillframe/onet-update/framework-threshold", test_framework_threshold);
  g_test_add_func ("/skillframe/onet-update/tool", test_tool);

  return g_test_run ();
}
