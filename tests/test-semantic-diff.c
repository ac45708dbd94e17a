/* test-semantic-diff.c: the semantic diff and `skillframe-tool diff`
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-semantic-diff.h"
#include "sf-test-util.h"

static void
test_word_diff (void)
{
  static const struct { const char *a, *b, *expected; } cases[] = {
    { "verify results", "verify results", "verify results" },
    { "verify results", "verify the results", "verify {+the+} results" },
    { "verify the results", "verify results", "verify [-the-] results" },
    { "verify results daily", "check results weekly", "[-verify-] {+check+} results [-daily-] {+weekly+}" },
    { "", "new text", "{+new text+}" },
    { "old  text\n", NULL, "[-old text-]" },
    { "a b c d", "a x y d", "a [-b c-] {+x y+} d" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = sf_semantic_word_diff (cases[i].a, cases[i].b);

      g_assert_cmpstr (words, ==, cases[i].expected);
    }
}

static SfStatement *
statement_at (SfFramework *framework,
              guint        section,
              guint        index)
{
  g_autoptr(SfSection) s = g_list_model_get_item (sf_framework_get_sections (framework), section);
  g_autoptr(SfStatement) item = g_list_model_get_item (sf_section_get_statements (s), index);

  return item;
}

static SfSemanticChange *
only_change (GPtrArray            *changes,
             SfSemanticChangeKind  kind)
{
  SfSemanticChange *found = NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      SfSemanticChange *change = g_ptr_array_index (changes, i);

      if (change->kind == kind)
        {
          g_assert_null (found);
          found = change;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_same (void)
{
  g_autoptr(SfFramework) a = sf_test_load_seed ();
  g_autoptr(SfFramework) b = sf_framework_copy (a);
  g_autoptr(GPtrArray) changes = sf_semantic_diff (a, b);
  g_autofree char *summary = sf_semantic_diff_summary (changes);

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpstr (summary, ==, "no changes");
}

static void
test_anchor_links (void)
{
  static const char * const before[] = { "task-01", "task-02", NULL };
  static const char * const after[] = { "task-02", "task-03", NULL };
  g_autoptr(SfFramework) a = sf_test_load_seed ();
  g_autoptr(SfFramework) b = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  SfSemanticChange *change;

  _sf_node_set_strv (SF_NODE (statement_at (a, 0, 0)), "anchors", before);
  b = sf_framework_copy (a);
  _sf_node_set_strv (SF_NODE (statement_at (b, 0, 0)), "anchors", after);

  changes = sf_semantic_diff (a, b);
  g_assert_cmpuint (changes->len, ==, 2);
  change = only_change (changes, SF_SEMANTIC_ANCHOR_LINK_REMOVED);
  g_assert_cmpstr (change->old_value, ==, "task-01");
  g_assert_cmpstr (change->statement, ==, "comp-emerging-01");
  change = only_change (changes, SF_SEMANTIC_ANCHOR_LINK_ADDED);
  g_assert_cmpstr (change->new_value, ==, "task-03");
}

static void
test_moved_between_sections (void)
{
  g_autoptr(SfFramework) a = sf_test_load_seed ();
  g_autoptr(SfFramework) b = sf_framework_copy (a);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(SfStatement) moved = g_object_ref (statement_at (b, 0, 0));
  g_autoptr(SfSection) from = g_list_model_get_item (sf_framework_get_sections (b), 0);
  g_autoptr(SfSection) to = g_list_model_get_item (sf_framework_get_sections (b), 1);
  SfSemanticChange *change;

  _sf_node_list_splice (SF_NODE (from), _sf_node_lookup_member (SF_NODE (from), "statements"),
                        0, 1, NULL, 0);
  _sf_node_list_splice (SF_NODE (to), _sf_node_lookup_member (SF_NODE (to), "statements"),
                        0, 0, (gpointer *) &moved, 1);

  changes = sf_semantic_diff (a, b);
  g_assert_cmpuint (changes->len, ==, 1);
  change = only_change (changes, SF_SEMANTIC_STATEMENT_MOVED);
  g_assert_cmpstr (change->old_value, ==, "competencies/emerging");
  g_assert_cmpstr (change->new_value, ==, "ai-usage/emerging");
  g_assert_cmpstr (change->pointer, ==, "/sections/1/statements/0");
}

static char *
golden (const char *name)
{
  g_autofree char *path = sf_test_source_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

static void
check_tool (const char *new_name,
            gboolean    as_json)
{
  g_autofree char *old_path = sf_test_source_path ("tests/data/diff/old.json");
  g_autofree char *new_rel = g_strdup_printf ("tests/data/diff/%s.json", new_name);
  g_autofree char *new_path = sf_test_source_path (new_rel);
  g_autofree char *golden_rel = g_strdup_printf ("tests/data/diff/%s.diff.%s", new_name,
                                                 as_json ? "json" : "txt");
  g_autofree char *expected = golden (golden_rel);
  g_autofree char *out = NULL;
  g_autofree char *step = NULL;
  g_autofree char *normalised = NULL;
  int status;

  status = sf_test_run_tool (SF_TEST_RUN_PLAIN, &out, NULL, "diff", as_json ? "--json" : old_path,
                             as_json ? old_path : new_path, as_json ? new_path : NULL, NULL);
  g_assert_cmpint (status, ==, 1);
  step = replace_all (out, old_path, "@OLD@");
  normalised = replace_all (step, new_path, "@NEW@");
  g_assert_cmpstr (normalised, ==, expected);
}

static void
test_tool_golden (void)
{
  check_tool ("new", FALSE);
  check_tool ("new", TRUE);
  check_tool ("new2", FALSE);
  check_tool ("new2", TRUE);
}

static void
test_tool_status (void)
{
  g_autofree char *old_path = sf_test_source_path ("tests/data/diff/old.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* The same file: nothing printed, 0. */
  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, &out, NULL, "diff", old_path, old_path,
                                     NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, NULL, &err, "diff", old_path,
                                     "/nonexistent/new.json", NULL), ==, 66);
  g_assert_nonnull (strstr (err, "/nonexistent/new.json"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, NULL, &err, "diff", old_path, NULL), ==, 64);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/semantic-diff/word-diff", test_word_diff);
  g_test_add_func ("/skillframe/semantic-diff/same", test_same);
  g_test_add_func ("/skillframe/semantic-diff/anchor-links", test_anchor_links);
  g_test_add_func ("/skillframe/semantic-diff/moved-between-sections", test_moved_between_sections);
  g_test_add_func ("/skillframe/semantic-diff/tool-golden", test_tool_golden);
  g_test_add_func ("/skillframe/semantic-diff/tool-status", test_tool_status);

  return g_test_run ();
}
