/* test-node.c: the model's objects
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-test-util.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_properties_notify_on_change (void)
{
  g_autoptr(SfStatement) statement = sf_statement_new ();
  guint count = 0;

  g_signal_connect (statement, "notify::title", G_CALLBACK (count_notify), &count);
  sf_statement_set_title (statement, "Critical value notification");
  g_assert_cmpstr (sf_statement_get_title (statement), ==, "Critical value notification");
  g_assert_cmpuint (count, ==, 1);
  sf_statement_set_title (statement, "Critical value notification");
  g_assert_cmpuint (count, ==, 1);
  sf_statement_set_title (statement, NULL);
  g_assert_null (sf_statement_get_title (statement));
  g_assert_cmpuint (count, ==, 2);

  /* Lists are GListModels of the right item type, there from the start. */
  g_assert_true (G_IS_LIST_MODEL (sf_statement_get_citations (statement)));
  g_assert_true (g_list_model_get_item_type (sf_statement_get_citations (statement)) == SF_TYPE_CITATION);
  g_assert_finalize_object (g_steal_pointer (&statement));
}

static void
test_pointers_and_lookup (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  SfSection *section = sf_framework_find_section (seed, "durable-leadership");
  guint position = 0;
  SfStatement *statement = sf_list_find_by_id (sf_section_get_statements (section),
                                               "leadership-applying-02", &position);
  g_autofree char *pointer = NULL;
  g_autofree char *root = sf_node_dup_pointer (SF_NODE (seed));
  g_autofree char *occupation = sf_node_dup_pointer (SF_NODE (sf_framework_get_occupation (seed)));

  g_assert_nonnull (statement);
  g_assert_cmpuint (position, ==, 5);
  pointer = sf_node_dup_pointer (SF_NODE (statement));
  g_assert_cmpstr (pointer, ==, "/sections/3/statements/5");
  g_assert_cmpstr (root, ==, "");
  g_assert_cmpstr (occupation, ==, "/occupation");
  g_assert_true (sf_node_get_parent (SF_NODE (statement)) == SF_NODE (section));
  g_assert_null (sf_framework_find_source (seed, "nope"));
  g_assert_nonnull (sf_framework_find_anchor (seed, "task-01"));
  g_assert_cmpstr (sf_node_get_string (SF_NODE (statement), "title"), ==,
                   "Laboratory section supervision");
}

static void
test_equal (void)
{
  g_autoptr(SfFramework) a = sf_test_load_seed ();
  g_autoptr(SfFramework) b = sf_test_load_seed ();
  SfSource *source = sf_framework_find_source (b, "wef");

  g_assert_true (sf_node_equal (SF_NODE (a), SF_NODE (b)));
  sf_source_set_title (source, "Changed");
  g_assert_false (sf_node_equal (SF_NODE (a), SF_NODE (b)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/node/properties-notify-on-change", test_properties_notify_on_change);
  g_test_add_func ("/skillframe/node/pointers-and-lookup", test_pointers_and_lookup);
  g_test_add_func ("/skillframe/node/equal", test_equal);

  return g_test_run ();
}
