/* test-merge.c: the three-way merge
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sf-format.h"
#include "sf-merge.h"
#include "sf-test-edits.h"
#include "sf-test-util.h"

static SfSection *
section_at (SfFramework *framework,
            guint        index)
{
  g_autoptr(SfSection) item = g_list_model_get_item (sf_framework_get_sections (framework), index);

  return item;
}

static SfStatement *
statement_at (SfFramework *framework,
              guint        section,
              guint        index)
{
  g_autoptr(SfStatement) item =
    g_list_model_get_item (sf_section_get_statements (section_at (framework, section)), index);

  return item;
}

static SfStatement *
find_statement (SfFramework *framework,
                const char  *id)
{
  GListModel *sections = sf_framework_get_sections (framework);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      SfStatement *found = sf_list_find_by_id (sf_section_get_statements (section_at (framework, i)),
                                               id, NULL);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static SfStatement *
new_statement (const char *id,
               const char *level,
               const char *text)
{
  return _sf_node_new (SF_TYPE_STATEMENT, "id", id, "level", level, "title", id,
                       "text", text, NULL);
}

static void
insert_statement (SfFramework *framework,
                  guint        section,
                  guint        position,
                  SfStatement *statement)
{
  SfNode *owner = SF_NODE (section_at (framework, section));

  _sf_node_list_splice (owner, _sf_node_lookup_member (owner, "statements"), position, 0,
                        (gpointer *) &statement, 1);
  g_object_unref (statement);
}

static void
remove_statement (SfFramework *framework,
                  const char  *id)
{
  SfStatement *statement = find_statement (framework, id);
  SfNode *owner = sf_node_get_parent (SF_NODE (statement));
  guint position;

  sf_list_find_by_id (sf_node_get_list (owner, "statements"), id, &position);
  _sf_node_list_splice (owner, _sf_node_lookup_member (owner, "statements"), position, 1, NULL, 0);
}

static void
add_citation (SfStatement *statement,
              const char  *source,
              const char  *locator)
{
  g_autoptr(SfNode) citation = _sf_node_new (SF_TYPE_CITATION, "source", source,
                                             "locator", locator, NULL);

  _sf_node_list_append (SF_NODE (statement), "citations", citation);
}

static const char *
id_at (SfFramework *framework,
       guint        section,
       guint        index)
{
  return sf_statement_get_id (statement_at (framework, section, index));
}

static SfFramework *
merge_ok (SfFramework  *base,
          SfFramework  *mine,
          SfFramework  *theirs,
          GPtrArray   **conflicts)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base_before = base ? sf_test_write_string (base) : NULL;
  g_autofree char *mine_before = sf_test_write_string (mine);
  g_autofree char *theirs_before = sf_test_write_string (theirs);
  g_autofree char *base_after = NULL, *mine_after = NULL, *theirs_after = NULL;
  SfFramework *merged = sf_merge (base, mine, theirs, conflicts, &error);

  g_assert_no_error (error);
  g_assert_nonnull (merged);

  /* The merge never changes its inputs. */
  base_after = base ? sf_test_write_string (base) : NULL;
  mine_after = sf_test_write_string (mine);
  theirs_after = sf_test_write_string (theirs);
  g_assert_cmpstr (base_before, ==, base_after);
  g_assert_cmpstr (mine_before, ==, mine_after);
  g_assert_cmpstr (theirs_before, ==, theirs_after);
  return merged;
}

typedef struct
{
  SfFramework *base;
  SfFramework *mine;
  SfFramework *theirs;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->base = sf_test_load_seed ();
  fixture->mine = sf_framework_copy (fixture->base);
  fixture->theirs = sf_framework_copy (fixture->base);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->base);
  g_assert_finalize_object (fixture->mine);
  g_assert_finalize_object (fixture->theirs);
}

static void
test_unchanged (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = merge_ok (fixture->base, fixture->mine, fixture->theirs,
                                            &conflicts);

  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_true (sf_node_equal (SF_NODE (merged), SF_NODE (fixture->base)));
}

static void
test_different_statements (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;

  _sf_node_set_string (SF_NODE (statement_at (fixture->mine, 0, 0)), "text", "Mine's text");
  _sf_node_set_string (SF_NODE (statement_at (fixture->theirs, 0, 1)), "text", "Theirs' text");
  _sf_node_set_string (SF_NODE (statement_at (fixture->theirs, 0, 0)), "title", "Theirs' title");
  _sf_node_set_string (SF_NODE (sf_framework_get_occupation (fixture->mine)), "title",
                       "Mine's occupation");

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 0)), ==, "Mine's text");
  g_assert_cmpstr (sf_statement_get_title (statement_at (merged, 0, 0)), ==, "Theirs' title");
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 1)), ==, "Theirs' text");
  g_assert_cmpstr (sf_node_get_string (SF_NODE (sf_framework_get_occupation (merged)), "title"),
                   ==, "Mine's occupation");
}

static void
test_same_change (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;

  _sf_node_set_string (SF_NODE (statement_at (fixture->mine, 1, 2)), "text", "Same");
  _sf_node_set_string (SF_NODE (statement_at (fixture->theirs, 1, 2)), "text", "Same");
  remove_statement (fixture->mine, id_at (fixture->base, 0, 3));
  remove_statement (fixture->theirs, id_at (fixture->base, 0, 3));

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_true (sf_node_equal (SF_NODE (merged), SF_NODE (fixture->mine)));
}

static void
test_same_field (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *original = g_strdup (sf_statement_get_text (statement_at (fixture->base, 0, 4)));
  g_autofree char *expected = NULL;
  g_autoptr(JsonNode) value = json_node_new (JSON_NODE_VALUE);
  g_autoptr(GError) error = NULL;
  SfMergeConflict *conflict;

  _sf_node_set_string (SF_NODE (statement_at (fixture->mine, 0, 4)), "text", "Mine");
  _sf_node_set_string (SF_NODE (statement_at (fixture->theirs, 0, 4)), "text", "Theirs");
  _sf_node_set_string (SF_NODE (statement_at (fixture->theirs, 0, 5)), "text", "Elsewhere");

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (sf_merge_conflict_get_kind (conflict), ==, SF_MERGE_CONFLICT_CHANGED);
  g_assert_cmpstr (sf_merge_conflict_get_pointer (conflict), ==, "/sections/0/statements/4/text");
  g_assert_cmpstr (json_node_get_string (sf_merge_conflict_get_base (conflict)), ==, original);
  g_assert_cmpstr (json_node_get_string (sf_merge_conflict_get_mine (conflict)), ==, "Mine");
  g_assert_cmpstr (json_node_get_string (sf_merge_conflict_get_theirs (conflict)), ==, "Theirs");
  g_assert_false (sf_merge_conflict_get_resolved (conflict));
  g_assert_false (sf_merge_conflicts_check_resolved (conflicts, &error));
  g_assert_error (error, SF_MERGE_ERROR, SF_MERGE_ERROR_UNRESOLVED);
  g_assert_nonnull (strstr (error->message, "/sections/0/statements/4/text"));
  g_clear_error (&error);

  /* The non-conflicting edit is in, the conflict holds mine until resolved. */
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 5)), ==, "Elsewhere");
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 4)), ==, "Mine");

  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_THEIRS, NULL, &error));
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 4)), ==, "Theirs");
  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_MINE, NULL, &error));
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 4)), ==, "Mine");

  json_node_set_string (value, "Both, combined");
  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_VALUE, value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 4)), ==, "Both, combined");
  g_assert_true (sf_merge_conflicts_check_resolved (conflicts, &error));

  /* A value of the wrong type is refused and changes nothing. */
  json_node_set_int (value, 3);
  g_assert_false (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_VALUE, value, &error));
  g_assert_error (error, SF_MERGE_ERROR, SF_MERGE_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "/sections/0/statements/4/text"));
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 4)), ==, "Both, combined");
  g_clear_error (&error);

  /* The result is a framework like any other: it round-trips. */
  expected = sf_test_write_string (merged);
  {
    g_autoptr(SfFramework) reread = sf_test_read_string (expected, &error);

    g_assert_no_error (error);
    g_assert_true (sf_node_equal (SF_NODE (reread), SF_NODE (merged)));
  }
}

static void
test_delete_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *id = g_strdup (id_at (fixture->base, 0, 2));
  guint n = g_list_model_get_n_items (sf_section_get_statements (section_at (fixture->base, 0)));
  SfMergeConflict *conflict;
  g_autofree char *pointer = NULL;

  remove_statement (fixture->mine, id);
  _sf_node_set_string (SF_NODE (find_statement (fixture->theirs, id)), "text", "Reworded");

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (sf_merge_conflict_get_kind (conflict), ==, SF_MERGE_CONFLICT_DELETED_BY_MINE);
  pointer = g_strdup_printf ("/sections/0/statements/2");
  g_assert_cmpstr (sf_merge_conflict_get_pointer (conflict), ==, pointer);
  g_assert_null (sf_merge_conflict_get_mine (conflict));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (sf_merge_conflict_get_theirs (conflict)));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (sf_merge_conflict_get_theirs (conflict)), "text"),
                   ==, "Reworded");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (sf_merge_conflict_get_base (conflict)), "id"),
                   ==, id);

  /* Nothing lost until resolved; mine's deletion then deletes it. */
  g_assert_cmpstr (sf_statement_get_text (find_statement (merged, id)), ==, "Reworded");
  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_MINE, NULL, NULL));
  g_assert_null (find_statement (merged, id));
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (section_at (merged, 0))),
                    ==, n - 1);
  /* …and theirs brings it back, where it was. */
  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_THEIRS, NULL, NULL));
  g_assert_cmpstr (id_at (merged, 0, 2), ==, id);
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 2)), ==, "Reworded");

  /* A statement written by the author, as the file would hold it. */
  {
    g_autofree char *json = g_strdup_printf ("{\"id\": \"%s\", \"level\": \"emerging\", \"title\": \"T\", "
                                             "\"text\": \"Both, rewritten\", \"citations\": [], "
                                             "\"anchors\": []}", id);
    g_autoptr(JsonNode) value = json_from_string (json, NULL);
    g_autoptr(JsonNode) bad = json_from_string ("{\"id\": 3}", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_VALUE, value, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (id_at (merged, 0, 2), ==, id);
    g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 2)), ==, "Both, rewritten");
    g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (section_at (merged, 0))), ==, n);

    /* Not a statement: refused, naming where, and nothing changes. */
    g_assert_false (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_VALUE, bad, &error));
    g_assert_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "/sections/0/statements/2"));
    g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 0, 2)), ==, "Both, rewritten");
  }
}

static void
test_edit_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *id = g_strdup (id_at (fixture->base, 1, 0));
  g_autofree char *unchanged = g_strdup (id_at (fixture->base, 1, 1));
  SfMergeConflict *conflict;

  _sf_node_set_string (SF_NODE (find_statement (fixture->mine, id)), "title", "Mine's title");
  remove_statement (fixture->theirs, id);
  /* A deletion of something the other side did not change is no conflict. */
  remove_statement (fixture->theirs, unchanged);

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (sf_merge_conflict_get_kind (conflict), ==, SF_MERGE_CONFLICT_DELETED_BY_THEIRS);
  g_assert_null (sf_merge_conflict_get_theirs (conflict));
  g_assert_null (find_statement (merged, unchanged));
  g_assert_nonnull (find_statement (merged, id));
  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_VALUE, NULL, NULL));
  g_assert_null (find_statement (merged, id));
}

static void
test_insert_same_place (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *before = g_strdup (id_at (fixture->base, 0, 2));
  g_autofree char *after = g_strdup (id_at (fixture->base, 0, 3));

  insert_statement (fixture->mine, 0, 3, new_statement ("mine-1", "emerging", "Mine one"));
  insert_statement (fixture->mine, 0, 4, new_statement ("mine-2", "emerging", "Mine two"));
  insert_statement (fixture->theirs, 0, 3, new_statement ("theirs-1", "emerging", "Theirs one"));
  insert_statement (fixture->theirs, 0, 0, new_statement ("theirs-0", "emerging", "Theirs first"));

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstr (id_at (merged, 0, 0), ==, "theirs-0");
  g_assert_cmpstr (id_at (merged, 0, 3), ==, before);
  g_assert_cmpstr (id_at (merged, 0, 4), ==, "mine-1");
  g_assert_cmpstr (id_at (merged, 0, 5), ==, "mine-2");
  g_assert_cmpstr (id_at (merged, 0, 6), ==, "theirs-1");
  g_assert_cmpstr (id_at (merged, 0, 7), ==, after);
}

static void
test_both_add_same_id (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  SfMergeConflict *conflict;

  insert_statement (fixture->mine, 0, 0, new_statement ("new", "emerging", "Mine"));
  insert_statement (fixture->theirs, 0, 0, new_statement ("new", "emerging", "Theirs"));

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (sf_merge_conflict_get_pointer (conflict), ==, "/sections/0/statements/0/text");
  g_assert_null (sf_merge_conflict_get_base (conflict));
  g_assert_cmpstr (id_at (merged, 0, 0), ==, "new");
  g_assert_cmpstr (id_at (merged, 0, 1), ==, id_at (fixture->base, 0, 0));
}

static void
test_citations_both (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  SfStatement *base_statement = statement_at (fixture->base, 1, 0);
  guint n = g_list_model_get_n_items (sf_statement_get_citations (base_statement));
  GListModel *citations;

  add_citation (statement_at (fixture->mine, 1, 0), "onet", "Mine's page");
  add_citation (statement_at (fixture->theirs, 1, 0), "onet", "Theirs' page");
  add_citation (statement_at (fixture->theirs, 1, 0), "onet", "Theirs' second page");

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  citations = sf_statement_get_citations (statement_at (merged, 1, 0));
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, n + 3);
  g_assert_cmpstr (sf_citation_get_locator (g_ptr_array_index (_sf_node_list_get_items (citations), n)),
                   ==, "Mine's page");
  g_assert_cmpstr (sf_citation_get_locator (g_ptr_array_index (_sf_node_list_get_items (citations), n + 1)),
                   ==, "Theirs' page");
  g_assert_cmpstr (sf_citation_get_locator (g_ptr_array_index (_sf_node_list_get_items (citations), n + 2)),
                   ==, "Theirs' second page");
}

static void
test_anchor_links (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const base_links[] = { "a", "b", "c", NULL };
  static const char * const mine_links[] = { "a", "x", "b", NULL };       /* -c +x */
  static const char * const theirs_links[] = { "b", "c", "y", NULL };     /* -a +y */
  static const char * const expected[] = { "x", "b", "y", NULL };
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;

  _sf_node_set_strv (SF_NODE (statement_at (fixture->base, 0, 0)), "anchors", base_links);
  _sf_node_set_strv (SF_NODE (statement_at (fixture->mine, 0, 0)), "anchors", mine_links);
  _sf_node_set_strv (SF_NODE (statement_at (fixture->theirs, 0, 0)), "anchors", theirs_links);

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstrv (sf_statement_get_anchors (statement_at (merged, 0, 0)), expected);
}

static void
test_reorder (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autoptr(SfStatement) moved = g_object_ref (statement_at (fixture->theirs, 0, 0));
  g_autofree char *id = g_strdup (sf_statement_get_id (moved));
  guint n;

  /* Theirs moves the first statement to the end; mine edits it. */
  remove_statement (fixture->theirs, id);
  insert_statement (fixture->theirs, 0,
                    g_list_model_get_n_items (sf_section_get_statements (section_at (fixture->theirs, 0))),
                    g_steal_pointer (&moved));
  _sf_node_set_string (SF_NODE (find_statement (fixture->mine, id)), "text", "Edited");
  insert_statement (fixture->mine, 0, 1, new_statement ("mine-new", "emerging", "New"));

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  n = g_list_model_get_n_items (sf_section_get_statements (section_at (merged, 0)));
  /* Theirs' order, with mine's insertion after the statement it followed. */
  g_assert_cmpstr (id_at (merged, 0, 0), ==, id_at (fixture->theirs, 0, 0));
  g_assert_cmpstr (id_at (merged, 0, n - 2), ==, id);
  g_assert_cmpstr (id_at (merged, 0, n - 1), ==, "mine-new");
  g_assert_cmpstr (sf_statement_get_text (find_statement (merged, id)), ==, "Edited");
}

static void
move_to_section (SfFramework *framework,
                 const char  *id,
                 guint        section,
                 guint        position)
{
  g_autoptr(SfStatement) statement = g_object_ref (find_statement (framework, id));

  remove_statement (framework, id);
  insert_statement (framework, section, position, g_steal_pointer (&statement));
}

static guint
count_id (SfFramework *framework,
          const char  *id)
{
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (framework);
  guint n = 0;

  for (guint i = 0; i < statements->len; i++)
    n += g_strcmp0 (sf_statement_get_id (g_ptr_array_index (statements, i)), id) == 0;
  return n;
}

static void
test_moved_section (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *id = g_strdup (id_at (fixture->base, 0, 1));
  g_autofree char *other = g_strdup (id_at (fixture->base, 0, 2));

  /* Mine moves a statement to the second section; theirs rewords it. */
  move_to_section (fixture->mine, id, 1, 0);
  _sf_node_set_string (SF_NODE (find_statement (fixture->theirs, id)), "text", "Theirs' words");
  /* Both move another one, to different sections: mine's place wins. */
  move_to_section (fixture->mine, other, 1, 1);
  move_to_section (fixture->theirs, other, 2, 0);

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpuint (count_id (merged, id), ==, 1);
  g_assert_cmpstr (id_at (merged, 1, 0), ==, id);
  g_assert_cmpstr (sf_statement_get_text (statement_at (merged, 1, 0)), ==, "Theirs' words");
  g_assert_cmpuint (count_id (merged, other), ==, 1);
  g_assert_cmpstr (id_at (merged, 1, 1), ==, other);
}

static void
test_moved_deleted (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *id = g_strdup (id_at (fixture->base, 0, 1));
  g_autofree char *edited = g_strdup (id_at (fixture->base, 0, 2));

  /* Theirs moves (and edits) what mine deleted: a move is a change, so
   * each is a conflict, the statement kept where theirs put it. */
  move_to_section (fixture->theirs, id, 1, 0);
  remove_statement (fixture->mine, id);
  move_to_section (fixture->theirs, edited, 1, 0);
  _sf_node_set_string (SF_NODE (find_statement (fixture->theirs, edited)), "text", "Edited");
  remove_statement (fixture->mine, edited);

  merged = merge_ok (fixture->base, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_cmpint (sf_merge_conflict_get_kind (g_ptr_array_index (conflicts, 0)), ==,
                   SF_MERGE_CONFLICT_DELETED_BY_MINE);
  g_assert_cmpstr (id_at (merged, 1, 0), ==, edited);
  g_assert_cmpstr (id_at (merged, 1, 1), ==, id);
  g_assert_cmpstr (sf_merge_conflict_get_pointer (g_ptr_array_index (conflicts, 0)), ==,
                   "/sections/1/statements/0");
  sf_merge_conflicts_resolve_all (conflicts, SF_MERGE_TAKE_MINE);
  g_assert_cmpuint (count_id (merged, id), ==, 0);
  g_assert_cmpuint (count_id (merged, edited), ==, 0);
}

static void
test_unknown_members (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *base_json = sf_test_replace_once (minimal, "{", "{\"x-kept\": 1, \"x-both\": 1, \"x-gone\": 1,");
  g_autofree char *mine_json = sf_test_replace_once (minimal, "{", "{\"x-kept\": 1, \"x-both\": 2, \"x-mine\": true,");
  g_autofree char *theirs_json = sf_test_replace_once (minimal, "{", "{\"x-kept\": 1, \"x-both\": 3, \"x-gone\": 1,");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) base = sf_test_read_string (base_json, &error);
  g_autoptr(SfFramework) mine = sf_test_read_string (mine_json, &error);
  g_autoptr(SfFramework) theirs = sf_test_read_string (theirs_json, &error);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autofree char *written = NULL;
  SfMergeConflict *conflict;

  g_assert_no_error (error);
  merged = merge_ok (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (sf_merge_conflict_get_pointer (conflict), ==, "/x-both");
  g_assert_cmpint (json_node_get_int (sf_merge_conflict_get_mine (conflict)), ==, 2);
  g_assert_cmpint (json_node_get_int (sf_merge_conflict_get_theirs (conflict)), ==, 3);
  g_assert_true (sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_THEIRS, NULL, NULL));

  written = sf_test_write_string (merged);
  g_assert_nonnull (strstr (written, "\"x-kept\": 1"));
  g_assert_nonnull (strstr (written, "\"x-both\": 3"));
  g_assert_nonnull (strstr (written, "\"x-mine\": true"));
  g_assert_null (strstr (written, "x-gone"));
}

static void
test_different_frameworks (void)
{
  g_autoptr(SfFramework) a = sf_test_load_seed ();
  g_autoptr(SfFramework) b = sf_framework_copy (a);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;

  _sf_node_set_string (SF_NODE (b), "id", "another");
  g_assert_null (sf_merge (a, a, b, &conflicts, &error));
  g_assert_error (error, SF_MERGE_ERROR, SF_MERGE_ERROR_DIFFERENT_FRAMEWORKS);
}

static void
test_no_base (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(SfFramework) merged = NULL;

  _sf_node_set_string (SF_NODE (statement_at (fixture->mine, 0, 0)), "text", "Mine");
  insert_statement (fixture->theirs, 0, 0, new_statement ("theirs-new", "emerging", "New"));

  merged = merge_ok (NULL, fixture->mine, fixture->theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_null (sf_merge_conflict_get_base (g_ptr_array_index (conflicts, 0)));
  g_assert_nonnull (find_statement (merged, "theirs-new"));
}

/* Random edits on both sides of the seed: the merge holds every edit that
 * is not in a conflict, and conflicts are only where both sides touched. */

typedef struct
{
  GHashTable *touched;  /* statement id → side mask */
  GPtrArray  *edits;
} Log;

typedef struct
{
  guint  side;
  char  *id;
  char  *member;   /* "text", "title", or NULL: deleted; "+": added */
  char  *value;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->id);
  g_free (edit->member);
  g_free (edit->value);
  g_free (edit);
}

static void
log_edit (Log        *log,
          guint       side,
          const char *id,
          const char *member,
          const char *value)
{
  Edit *edit = g_new0 (Edit, 1);
  guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (log->touched, id));

  edit->side = side;
  edit->id = g_strdup (id);
  edit->member = g_strdup (member);
  edit->value = g_strdup (value);
  g_ptr_array_add (log->edits, edit);
  g_hash_table_insert (log->touched, g_strdup (id), GUINT_TO_POINTER (mask | (1u << side)));
}

static void
random_edits (GRand       *rand,
              SfFramework *framework,
              guint        side,
              guint        n,
              Log         *log)
{
  for (guint k = 0; k < n; k++)
    {
      guint n_sections = g_list_model_get_n_items (sf_framework_get_sections (framework));
      guint s = g_rand_int_range (rand, 0, n_sections);
      guint count = g_list_model_get_n_items (sf_section_get_statements (section_at (framework, s)));
      guint what = g_rand_int_range (rand, 0, 10);
      g_autofree char *value = g_strdup_printf ("side %u edit %u", side, k);
      g_autofree char *id = NULL;

      if (count == 0 || what == 0)
        {
          id = g_strdup_printf ("new-%u-%u", side, k);
          insert_statement (framework, s, count ? g_rand_int_range (rand, 0, count + 1) : 0,
                            new_statement (id, "emerging", value));
          log_edit (log, side, id, "+", value);
          continue;
        }

      id = g_strdup (id_at (framework, s, g_rand_int_range (rand, 0, count)));
      if (what == 1)
        {
          remove_statement (framework, id);
          log_edit (log, side, id, NULL, NULL);
        }
      else if (what == 2)
        {
          guint to = g_rand_int_range (rand, 0, n_sections);
          g_autoptr(SfStatement) moved = g_object_ref (find_statement (framework, id));
          guint length;

          remove_statement (framework, id);
          length = g_list_model_get_n_items (sf_section_get_statements (section_at (framework, to)));
          insert_statement (framework, to, g_rand_int_range (rand, 0, length + 1), g_steal_pointer (&moved));
          log_edit (log, side, id, "section", sf_section_get_id (section_at (framework, to)));
        }
      else if (what == 3)
        {
          add_citation (find_statement (framework, id), "onet", value);
          log_edit (log, side, id, "citation", value);
        }
      else if (what == 4)
        {
          SfStatement *statement = find_statement (framework, id);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) links = NULL;

          if (sf_statement_get_anchors (statement) != NULL)
            g_strv_builder_addv (builder, (const char **) sf_statement_get_anchors (statement));
          g_strv_builder_add (builder, value);
          links = g_strv_builder_end (builder);
          _sf_node_set_strv (SF_NODE (statement), "anchors", (const char * const *) links);
          log_edit (log, side, id, "anchor", value);
        }
      else
        {
          const char *member = what < 7 ? "text" : "title";

          _sf_node_set_string (SF_NODE (find_statement (framework, id)), member, value);
          log_edit (log, side, id, member, value);
        }
    }
}

static gboolean
has_citation (SfStatement *statement,
              const char  *locator)
{
  GPtrArray *citations = _sf_node_list_get_items (sf_statement_get_citations (statement));

  for (guint i = 0; i < citations->len; i++)
    if (g_strcmp0 (sf_citation_get_locator (g_ptr_array_index (citations, i)), locator) == 0)
      return TRUE;
  return FALSE;
}

static SfStatement *
statement_at_pointer (SfFramework *framework,
                      const char  *pointer)
{
  guint s, i;

  if (sscanf (pointer, "/sections/%u/statements/%u", &s, &i) != 2)
    return NULL;
  return statement_at (framework, s, i);
}

static void
test_random (void)
{
  guint32 seed = sf_test_seed_from_env (g_test_rand_int ());
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_test_message ("SKILLFRAME_TEST_SEED=%u", seed);

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(SfFramework) base = sf_test_load_seed ();
      g_autoptr(SfFramework) mine = sf_framework_copy (base);
      g_autoptr(SfFramework) theirs = sf_framework_copy (base);
      g_autoptr(GHashTable) touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func (edit_free);
      g_autoptr(GHashTable) in_conflict = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autoptr(SfFramework) merged = NULL;
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) all = NULL;
      Log log = { touched, edits };

      random_edits (rand, mine, 0, g_rand_int_range (rand, 1, 40), &log);
      random_edits (rand, theirs, 1, g_rand_int_range (rand, 1, 40), &log);
      merged = merge_ok (base, mine, theirs, &conflicts);

      /* No statement is there twice. */
      all = sf_framework_dup_statements (merged);
      for (guint i = 0; i < all->len; i++)
        g_assert_true (g_hash_table_add (ids, (gpointer) sf_statement_get_id (g_ptr_array_index (all, i))));

      /* Conflicts only where both sides touched the same statement. */
      for (guint i = 0; i < conflicts->len; i++)
        {
          SfMergeConflict *conflict = g_ptr_array_index (conflicts, i);
          SfStatement *statement = statement_at_pointer (merged, sf_merge_conflict_get_pointer (conflict));

          g_assert_nonnull (statement);
          g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (touched, sf_statement_get_id (statement))),
                            ==, 3);
          g_hash_table_add (in_conflict, (gpointer) sf_statement_get_id (statement));
        }

      /* Citations and anchor links added on one side are in the merge, where
       * the statement is (even when the other side changed it too). */
      for (guint i = 0; i < edits->len; i++)
        {
          Edit *edit = g_ptr_array_index (edits, i);
          SfStatement *statement = find_statement (merged, edit->id);
          SfFramework *own = edit->side == 0 ? mine : theirs;

          if (edit->member == NULL || find_statement (own, edit->id) == NULL || statement == NULL)
            continue;
          if (strcmp (edit->member, "citation") == 0)
            g_assert_true (has_citation (statement, edit->value));
          else if (strcmp (edit->member, "anchor") == 0)
            g_assert_true (g_strv_contains (sf_statement_get_anchors (statement), edit->value));
        }

      /* The last edit of each side to each statement touched by one side
       * only is in the merge. */
      for (guint i = edits->len; i > 0; i--)
        {
          Edit *edit = g_ptr_array_index (edits, i - 1);
          SfStatement *statement = find_statement (merged, edit->id);

          if (GPOINTER_TO_UINT (g_hash_table_lookup (touched, edit->id)) == 3)
            continue;
          if (g_hash_table_contains (in_conflict, edit->id))
            continue;
          g_hash_table_add (in_conflict, edit->id);  /* seen: older edits are overridden */
          if (edit->member == NULL)
            g_assert_null (statement);
          else if (strcmp (edit->member, "citation") == 0 || strcmp (edit->member, "anchor") == 0)
            g_assert_nonnull (statement);
          else if (strcmp (edit->member, "section") == 0)
            {
              g_assert_nonnull (statement);
              g_assert_cmpstr (sf_node_get_id (sf_node_get_parent (SF_NODE (statement))), ==, edit->value);
            }
          else if (strcmp (edit->member, "+") == 0)
            {
              g_assert_nonnull (statement);
              g_assert_cmpstr (sf_statement_get_text (statement), ==, edit->value);
            }
          else
            {
              g_assert_nonnull (statement);
              g_assert_cmpstr (sf_node_get_string (SF_NODE (statement), edit->member), ==, edit->value);
            }
        }

      /* Taking mine for every conflict gives mine back wherever theirs did
       * not change a statement mine left alone. */
      sf_merge_conflicts_resolve_all (conflicts, SF_MERGE_TAKE_MINE);
      g_assert_true (sf_merge_conflicts_check_resolved (conflicts, NULL));
      for (guint i = 0; i < edits->len; i++)
        {
          Edit *edit = g_ptr_array_index (edits, i);

          if (edit->side == 0 &&
              GPOINTER_TO_UINT (g_hash_table_lookup (touched, edit->id)) == 3)
            {
              SfStatement *in_mine = find_statement (mine, edit->id);
              SfStatement *in_merged = find_statement (merged, edit->id);

              if (in_mine == NULL)
                g_assert_null (in_merged);
              else
                g_assert_nonnull (in_merged);
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/skillframe/merge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("unchanged", test_unchanged);
  ADD ("different-statements", test_different_statements);
  ADD ("same-change", test_same_change);
  ADD ("same-field", test_same_field);
  ADD ("delete-edit", test_delete_edit);
  ADD ("edit-delete", test_edit_delete);
  ADD ("insert-same-place", test_insert_same_place);
  ADD ("both-add-same-id", test_both_add_same_id);
  ADD ("citations-both", test_citations_both);
  ADD ("anchor-links", test_anchor_links);
  ADD ("reorder", test_reorder);
  ADD ("no-base", test_no_base);
  ADD ("moved-section", test_moved_section);
  ADD ("moved-deleted", test_moved_deleted);
#undef ADD
  g_test_add_func ("/skillframe/merge/unknown-members", test_unknown_members);
  g_test_add_func ("/skillframe/merge/different-frameworks", test_different_frameworks);
  g_test_add_func ("/skillframe/merge/random", test_random);

  return g_test_run ();
}
