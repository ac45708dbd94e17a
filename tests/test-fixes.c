/* test-fixes.c: each quick fix removes its problem, and undo brings it back
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-fixes.h"
#include "sf-node-private.h"
#include "sf-onet-reference.h"
#include "sf-test-util.h"
#include "sf-validator.h"

typedef struct
{
  SfFramework *framework;
  SfDocument  *document;
  SfValidator *validator;
  SfSuggester *suggester;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->framework = sf_test_load_seed ();
  fixture->document = sf_document_new (fixture->framework);
  fixture->validator = sf_validator_new (fixture->framework);
  sf_validator_attach (fixture->validator, fixture->document);
  fixture->suggester = sf_suggester_new (fixture->framework);
  sf_suggester_attach (fixture->suggester, fixture->document);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->suggester);
  g_clear_object (&fixture->validator);
  g_clear_object (&fixture->framework);
  g_assert_finalize_object (g_steal_pointer (&fixture->document));
}

static SfProblem *
find_problem (Fixture    *fixture,
              const char *rule,
              SfNode     *node)
{
  g_autoptr(GPtrArray) problems = sf_validator_collect (fixture->validator);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (sf_problem_get_rule_id (problem), rule) &&
          (node == NULL || sf_problem_get_node (problem) == node))
        return g_object_ref (problem);
    }
  return NULL;
}

/* Applies the first fix of the first @rule problem on @node: the problem
 * goes, the document is one step further, and undo gives it back. */
static void
check_fix (Fixture    *fixture,
           const char *rule,
           SfNode     *node,
           const char *label)
{
  g_autoptr(SfProblem) problem = find_problem (fixture, rule, node);
  g_autoptr(GPtrArray) fixes = NULL;
  g_autoptr(SfProblem) after = NULL;
  g_autoptr(SfProblem) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sf_test_write_string (fixture->framework);
  g_autofree char *undone = NULL;
  SfFix *fix;

  g_assert_nonnull (problem);
  fixes = sf_fixes_for_problem (problem, fixture->framework, fixture->suggester);
  g_assert_cmpuint (fixes->len, >, 0);
  fix = g_ptr_array_index (fixes, 0);
  if (label != NULL)
    g_assert_cmpstr (fix->label, ==, label);

  g_assert_true (sf_fixes_apply (fixture->document, problem, fix, &error));
  g_assert_no_error (error);
  after = find_problem (fixture, rule, node ? node : sf_problem_get_node (problem));
  g_assert_null (after);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, fix->label);

  g_assert_true (sf_document_undo (fixture->document));
  undone = sf_test_write_string (fixture->framework);
  g_assert_cmpstr (undone, ==, before);
  again = find_problem (fixture, rule, sf_problem_get_node (problem));
  g_assert_nonnull (again);
}

static SfAnchor *
anchor (Fixture    *fixture,
        const char *id)
{
  SfAnchor *found = sf_framework_find_anchor (fixture->framework, id);

  g_assert_nonnull (found);
  return found;
}

static void
test_onet_spelling (Fixture       *fixture,
                    gconstpointer  data)
{
  SfAnchor *skill = NULL;
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (fixture->framework));
  g_autofree char *lower = NULL;
  g_autofree char *label = NULL;

  for (guint i = 0; skill == NULL && i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) item = g_list_model_get_item (anchors, i);

      if (sf_anchor_get_kind (item) == SF_ANCHOR_KIND_SKILL)
        skill = item;
    }
  g_assert_nonnull (skill);
  label = g_strdup_printf ("Use O*NET's spelling “%s”", sf_anchor_get_name (skill));
  lower = g_utf8_strdown (sf_anchor_get_name (skill), -1);
  sf_document_set_string (fixture->document, SF_NODE (skill), "name", lower, NULL);
  sf_document_break_coalescing (fixture->document);
  check_fix (fixture, "SF502", SF_NODE (skill), label);
}

static void
test_element_id (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (fixture->framework));
  SfAnchor *skill = NULL;

  for (guint i = 0; skill == NULL && i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) item = g_list_model_get_item (anchors, i);

      if (sf_anchor_get_kind (item) == SF_ANCHOR_KIND_SKILL)
        skill = item;
    }
  sf_document_set_string (fixture->document, SF_NODE (skill), "code", "2.A.9.z", NULL);
  sf_document_break_coalescing (fixture->document);
  check_fix (fixture, "SF503", SF_NODE (skill), NULL);
}

static void
test_link_suggested (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SfProblem) problem = find_problem (fixture, "SF505", NULL);
  g_autoptr(GPtrArray) fixes = NULL;

  g_assert_nonnull (problem);
  fixes = sf_fixes_for_problem (problem, fixture->framework, fixture->suggester);
  /* The suggester's three best, each linking its anchor. */
  g_assert_cmpuint (fixes->len, ==, 3);
  g_assert_nonnull (anchor (fixture, ((SfFix *) g_ptr_array_index (fixes, 0))->value));
  check_fix (fixture, "SF505", sf_problem_get_node (problem), NULL);
}

static void
test_uncited_source (Fixture       *fixture,
                     gconstpointer  data)
{
  SfSource *source = sf_framework_find_source (fixture->framework, "lerme");

  g_assert_nonnull (source);
  check_fix (fixture, "SF403", SF_NODE (source), NULL);
}

static void
test_unknown_rule (Fixture       *fixture,
                   gconstpointer  data)
{
  SfValidation *validation = sf_framework_get_validation (fixture->framework);
  g_autoptr(SfRuleSetting) setting = _sf_node_new (SF_TYPE_RULE_SETTING, "rule", "SF999", NULL);

  sf_document_insert (fixture->document, SF_NODE (validation), "rules", 0, SF_NODE (setting));
  check_fix (fixture, "SF108", SF_NODE (setting), "Remove the setting for “SF999”");
}

static void
test_job_zone_name (Fixture       *fixture,
                    gconstpointer  data)
{
  SfOccupation *occupation = sf_framework_get_occupation (fixture->framework);
  g_autofree char *label = NULL;

  g_assert_cmpint (sf_occupation_get_job_zone (occupation), ==, 4);
  sf_document_set_string (fixture->document, SF_NODE (occupation), "job_zone_name", "Job Zone Four", NULL);
  sf_document_break_coalescing (fixture->document);
  label = g_strdup_printf ("Use O*NET's name “%s”", sf_onet_reference_job_zone_name (4));
  check_fix (fixture, "SF104", SF_NODE (occupation), label);
}

static void
test_no_fix (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SfProblem) problem = find_problem (fixture, "SF401", NULL);
  g_autoptr(GPtrArray) fixes = sf_fixes_for_problem (problem, fixture->framework, fixture->suggester);

  g_assert_cmpuint (fixes->len, ==, 0);
  g_assert_false (sf_fixes_rule_has_fixes (sf_problem_get_rule (problem)));

  /* Every problem of the seed with a fix is of a rule that says it may
   * have one: lists rely on that to offer the fix button. */
  for (guint i = 0; i < g_list_model_get_n_items (sf_validator_get_problems (fixture->validator)); i++)
    {
      g_autoptr(SfProblem) item = g_list_model_get_item (sf_validator_get_problems (fixture->validator), i);
      g_autoptr(GPtrArray) item_fixes = sf_fixes_for_problem (item, fixture->framework, fixture->suggester);

      if (item_fixes->len > 0)
        g_assert_true (sf_fixes_rule_has_fixes (sf_problem_get_rule (item)));
    }
  g_assert_true (sf_fixes_rule_has_fixes (sf_rule_lookup ("SF502")));
  g_assert_true (sf_fixes_rule_has_fixes (sf_rule_lookup ("SF503")));
  g_assert_true (sf_fixes_rule_has_fixes (sf_rule_lookup ("SF505")));
  g_assert_true (sf_fixes_rule_has_fixes (sf_rule_lookup ("SF403")));
  g_assert_true (sf_fixes_rule_has_fixes (sf_rule_lookup ("SF108")));
  g_assert_true (sf_fixes_rule_has_fixes (sf_rule_lookup ("SF104")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/skillframe/fixes/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("onet-spelling", test_onet_spelling);
  ADD ("element-id", test_element_id);
  ADD ("link-suggested", test_link_suggested);
  ADD ("uncited-source", test_uncited_source);
  ADD ("unknown-rule", test_unknown_rule);
  ADD ("job-zone-name", test_job_zone_name);
  ADD ("no-fix", test_no_fix);
#undef ADD

  return g_test_run ();
}
