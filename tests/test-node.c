/* test-node.c: the model's objects
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-node-list.h"
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
  SfOccupation *occupation;
  g_autoptr(SfFramework) framework = sf_framework_new ();
  const char *anchors[] = { "task-01", NULL };
  guint count = 0, zone_count = 0;

  g_signal_connect (statement, "notify::title", G_CALLBACK (count_notify), &count);
  _sf_node_set_string (SF_NODE (statement), "title", "Critical value notification");
  g_assert_cmpstr (sf_statement_get_title (statement), ==, "Critical value notification");
  g_assert_cmpuint (count, ==, 1);
  _sf_node_set_string (SF_NODE (statement), "title", "Critical value notification");
  g_assert_cmpuint (count, ==, 1);
  _sf_node_set_string (SF_NODE (statement), "title", NULL);
  g_assert_null (sf_statement_get_title (statement));
  g_assert_cmpuint (count, ==, 2);

  _sf_node_set_strv (SF_NODE (statement), "anchors", anchors);
  g_assert_cmpstrv (sf_statement_get_anchors (statement), anchors);

  /* A member by its JSON name as well as its property name. */
  occupation = sf_framework_get_occupation (framework);
  g_signal_connect (occupation, "notify::job-zone", G_CALLBACK (count_notify), &zone_count);
  _sf_node_set_int (SF_NODE (occupation), "job_zone", 4);
  _sf_node_set_int (SF_NODE (occupation), "job-zone", 4);
  g_assert_cmpint (sf_occupation_get_job_zone (occupation), ==, 4);
  g_assert_cmpuint (zone_count, ==, 1);
  _sf_node_set_enum (SF_NODE (framework), "status", SF_STATUS_PUBLISHED);
  g_assert_cmpint (sf_framework_get_status (framework), ==, SF_STATUS_PUBLISHED);

  /* Lists are GListModels of the right item type, there from the start. */
  g_assert_true (G_IS_LIST_MODEL (sf_statement_get_citations (statement)));
  g_assert_true (g_list_model_get_item_type (sf_statement_get_citations (statement)) == SF_TYPE_CITATION);
  g_assert_finalize_object (g_steal_pointer (&statement));
}

static GType
node_types_get (guint i)
{
  GType (*get_types[]) (void) = {
    sf_anchor_get_type, sf_citation_get_type, sf_count_expectation_get_type,
    sf_evidence_group_get_type, sf_figure_get_type, sf_framework_get_type, sf_level_get_type,
    sf_occupation_get_type, sf_onet_get_type, sf_rule_setting_get_type, sf_scale_get_type,
    sf_section_get_type, sf_source_get_type, sf_statement_get_type, sf_validation_get_type,
  };

  return i < G_N_ELEMENTS (get_types) ? get_types[i] () : G_TYPE_INVALID;
}

/* No member of any node class can be written from outside the core: a view
 * cannot change the document behind the edit layer's back. */
static void
test_members_read_only (void)
{
  g_autofree GType *children = NULL;
  guint n_types = 0, n_children;

  for (GType type; (type = node_types_get (n_types)) != G_TYPE_INVALID; n_types++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
      g_assert_cmpuint (n_pspecs, >, 0);
      g_assert_cmpuint (n_pspecs, ==, SF_NODE_CLASS (klass)->n_members);
      for (guint i = 0; i < n_pspecs; i++)
        {
          g_test_message ("%s:%s", g_type_name (type), pspecs[i]->name);
          g_assert_true (pspecs[i]->flags & G_PARAM_READABLE);
          g_assert_false (pspecs[i]->flags & (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT |
                                              G_PARAM_CONSTRUCT_ONLY));
          g_assert_true (pspecs[i]->flags & G_PARAM_EXPLICIT_NOTIFY);
        }
    }

  /* The list above holds every node class. */
  children = g_type_children (SF_TYPE_NODE, &n_children);
  g_assert_cmpuint (n_children, ==, n_types);
}

static void
test_g_object_set_refused (void)
{
  g_autoptr(SfSource) source = _sf_node_new (SF_TYPE_SOURCE, "id", "onet", "title", "O*NET", NULL);
  guint count = 0;

  g_signal_connect (source, "notify", G_CALLBACK (count_notify), &count);
  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*property*url*not writable*");
  g_object_set (source, "url", "https://www.onetcenter.org", NULL);
  g_test_assert_expected_messages ();
  g_assert_null (sf_source_get_url (source));
  g_assert_cmpuint (count, ==, 0);

  /* Writes inside the core go through the private API, and notify. */
  _sf_node_set_string (SF_NODE (source), "url", "https://www.onetcenter.org");
  g_assert_cmpstr (sf_source_get_url (source), ==, "https://www.onetcenter.org");
  g_assert_cmpuint (count, ==, 1);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*SfSource has no member \"uri\"*");
  _sf_node_set_string (SF_NODE (source), "uri", "x");
  g_test_assert_expected_messages ();
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*SfSource:year is an integer, not a string*");
  _sf_node_set_string (SF_NODE (source), "year", "2026");
  g_test_assert_expected_messages ();
  g_assert_cmpint (sf_source_get_year (source), ==, 0);
  g_assert_cmpuint (count, ==, 1);
  g_assert_finalize_object (g_steal_pointer (&source));
}

static void
test_new_and_append (void)
{
  g_autoptr(SfStatement) statement = _sf_node_new (SF_TYPE_STATEMENT,
                                                   "id", "comp-emerging-01",
                                                   "level", "emerging",
                                                   NULL);
  g_autoptr(SfCitation) citation = _sf_node_new (SF_TYPE_CITATION, "source", "onet", NULL);
  g_autoptr(SfFigure) figure = _sf_node_new (SF_TYPE_FIGURE,
                                             "id", "score",
                                             "max", 100.0,
                                             "value", g_variant_new_double (53.1),
                                             NULL);
  GListModel *citations = sf_statement_get_citations (statement);

  g_assert_cmpstr (sf_statement_get_id (statement), ==, "comp-emerging-01");
  g_assert_cmpstr (sf_statement_get_level (statement), ==, "emerging");
  g_assert_cmpfloat (sf_figure_get_max (figure), ==, 100.0);
  g_assert_cmpfloat (g_variant_get_double (sf_figure_get_value (figure)), ==, 53.1);

  _sf_node_list_append (SF_NODE (statement), "citations", SF_NODE (citation));
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);
  g_assert_true (sf_node_list_peek (SF_NODE_LIST (citations), 0) == citation);
  g_assert_true (sf_node_get_parent (SF_NODE (citation)) == SF_NODE (statement));

  /* Lists hold nodes of one type. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*holds SfCitation, not SfFigure*");
  _sf_node_list_append (SF_NODE (statement), "citations", SF_NODE (figure));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);
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
  _sf_node_set_string (SF_NODE (source), "title", "Changed");
  g_assert_false (sf_node_equal (SF_NODE (a), SF_NODE (b)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/node/properties-notify-on-change", test_properties_notify_on_change);
  g_test_add_func ("/skillframe/node/members-read-only", test_members_read_only);
  g_test_add_func ("/skillframe/node/g-object-set-refused", test_g_object_set_refused);
  g_test_add_func ("/skillframe/node/new-and-append", test_new_and_append);
  g_test_add_func ("/skillframe/node/pointers-and-lookup", test_pointers_and_lookup);
  g_test_add_func ("/skillframe/node/equal", test_equal);

  return g_test_run ();
}
