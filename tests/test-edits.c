/* test-edits.c: the author's editing operations, each one undoable step
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-edits.h"
#include "sf-rule.h"
#include "sf-template.h"
#include "sf-test-util.h"
#include "sf-validator.h"

typedef struct
{
  SfFramework *framework;
  SfDocument  *document;
  char        *before;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->framework = sf_test_load_seed ();
  fixture->document = sf_document_new (fixture->framework);
  fixture->before = sf_test_write_string (fixture->framework);
}

/* Every operation is one step: one undo gives the seed back. */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *after = NULL;

  if (sf_document_can_undo (fixture->document))
    {
      g_assert_true (sf_document_undo (fixture->document));
      g_assert_false (sf_document_can_undo (fixture->document));
      after = sf_test_write_string (fixture->framework);
      g_assert_cmpstr (after, ==, fixture->before);
    }
  g_clear_object (&fixture->framework);
  g_assert_finalize_object (g_steal_pointer (&fixture->document));
  g_free (fixture->before);
}

static SfSection *
section (Fixture *fixture,
         guint    index)
{
  return g_list_model_get_item (sf_framework_get_sections (fixture->framework), index);
}

static SfStatement *
statement (SfSection *s,
           guint      index)
{
  g_autoptr(SfStatement) item = g_list_model_get_item (sf_section_get_statements (s), index);

  return item;
}

static guint
index_of (SfStatement *s)
{
  GListModel *list = sf_section_get_statements (SF_SECTION (sf_node_get_parent (SF_NODE (s))));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    if (statement (SF_SECTION (sf_node_get_parent (SF_NODE (s))), i) == s)
      return i;
  g_assert_not_reached ();
}

static void
test_add_statement (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SfSection) competencies = section (fixture, 0);
  SfStatement *added = sf_edits_add_statement (fixture->document, competencies, "developing");

  /* After the last Developing statement (the seed has 10 per level). */
  g_assert_cmpuint (index_of (added), ==, 20);
  g_assert_cmpstr (sf_statement_get_level (added), ==, "developing");
  g_assert_cmpstr (sf_statement_get_id (added), ==, "comp-developing-11");
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Add Statement");
}

static void
test_duplicate_and_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SfSection) ai = section (fixture, 1);
  SfStatement *original = statement (ai, 0);
  SfStatement *copy;
  guint n = g_list_model_get_n_items (sf_section_get_statements (ai));

  sf_document_begin_action (fixture->document, "Both");
  copy = sf_edits_duplicate_statement (fixture->document, original);
  g_assert_cmpuint (index_of (copy), ==, 1);
  g_assert_cmpstr (sf_statement_get_title (copy), ==, sf_statement_get_title (original));
  g_assert_cmpstr (sf_statement_get_id (copy), !=, sf_statement_get_id (original));
  g_assert_true (g_str_has_prefix (sf_statement_get_id (copy), "ai-emerging-"));
  g_assert_cmpuint (g_list_model_get_n_items (sf_statement_get_citations (copy)), ==,
                    g_list_model_get_n_items (sf_statement_get_citations (original)));

  sf_edits_delete_statement (fixture->document, original);
  g_assert_null (sf_node_get_parent (SF_NODE (original)));
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (ai)), ==, n);
  sf_document_end_action (fixture->document);
}

static void
test_move_statements (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SfSection) competencies = section (fixture, 0);
  SfStatement *first = statement (competencies, 0);
  SfStatement *second = statement (competencies, 1);
  SfStatement *eleventh = statement (competencies, 10);

  sf_document_begin_action (fixture->document, "Moves");
  /* Alt+Down then Alt+Up among the Emerging statements. */
  g_assert_false (sf_edits_move_statement_by (fixture->document, first, -1));
  g_assert_true (sf_edits_move_statement_by (fixture->document, first, 1));
  g_assert_cmpuint (index_of (first), ==, 1);
  g_assert_cmpuint (index_of (second), ==, 0);
  g_assert_true (sf_edits_move_statement_by (fixture->document, first, -1));
  g_assert_cmpuint (index_of (first), ==, 0);

  /* To another level: after that level's last statement. */
  sf_edits_move_statement_to_level (fixture->document, first, "advanced");
  g_assert_cmpstr (sf_statement_get_level (first), ==, "advanced");
  g_assert_cmpuint (index_of (first), ==, 39);

  /* Dropped before the eleventh (the first Developing one). */
  g_assert_true (sf_edits_move_statement_to (fixture->document, first, eleventh, FALSE));
  g_assert_cmpstr (sf_statement_get_level (first), ==, "developing");
  g_assert_cmpuint (index_of (first) + 1, ==, index_of (eleventh));
  sf_document_end_action (fixture->document);
}

static void
test_citations_and_links (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(SfSection) ai = section (fixture, 1);
  SfStatement *uncited = statement (ai, 1);
  GListModel *citations = sf_statement_get_citations (uncited);
  g_autoptr(SfCitation) citation = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 0);
  sf_document_begin_action (fixture->document, "All");
  sf_edits_add_citation (fixture->document, uncited, "aei", "Table 2");
  sf_edits_add_citation (fixture->document, uncited, "onet", NULL);
  citation = g_list_model_get_item (citations, 0);
  g_assert_cmpstr (sf_citation_get_source (citation), ==, "aei");
  g_assert_cmpstr (sf_citation_get_locator (citation), ==, "Table 2");
  sf_edits_move_citation (fixture->document, uncited, 0, 1);
  g_assert_true (g_list_model_get_item (citations, 1) == (gpointer) citation);
  g_object_unref (citation);
  sf_edits_remove_citation (fixture->document, uncited, 0);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);

  sf_edits_link_anchor (fixture->document, uncited, "task-03");
  sf_edits_link_anchor (fixture->document, uncited, "task-03");
  sf_edits_link_anchor (fixture->document, uncited, "task-05");
  g_assert_cmpuint (g_strv_length ((char **) sf_statement_get_anchors (uncited)), ==, 2);
  sf_edits_unlink_anchor (fixture->document, uncited, "task-03");
  g_assert_cmpstr (sf_statement_get_anchors (uncited)[0], ==, "task-05");
  sf_document_end_action (fixture->document);
}

static void
test_job_zone (Fixture       *fixture,
               gconstpointer  data)
{
  SfOccupation *occupation = sf_framework_get_occupation (fixture->framework);

  sf_edits_set_job_zone (fixture->document, 2);
  g_assert_cmpint (sf_occupation_get_job_zone (occupation), ==, 2);
  g_assert_cmpstr (sf_occupation_get_job_zone_name (occupation), ==, "Some Preparation Needed");
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Set Job Zone");
}

static void
test_remove_linked_anchor (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SfSection) competencies = section (fixture, 0);
  SfStatement *a = statement (competencies, 0);
  SfStatement *b = statement (competencies, 12);
  SfAnchor *anchor = sf_framework_find_anchor (fixture->framework, "task-02");
  g_autoptr(SfAnchor) keep = g_object_ref (anchor);

  sf_document_begin_action (fixture->document, "Setup");
  sf_edits_link_anchor (fixture->document, a, "task-02");
  sf_edits_link_anchor (fixture->document, b, "task-02");
  g_assert_cmpuint (sf_edits_count_anchor_links (fixture->framework, "task-02"), ==, 2);
  sf_edits_remove_anchor (fixture->document, anchor);
  g_assert_null (sf_framework_find_anchor (fixture->framework, "task-02"));
  g_assert_cmpuint (sf_edits_count_anchor_links (fixture->framework, "task-02"), ==, 0);
  sf_document_end_action (fixture->document);
}

static void
test_add_anchor (Fixture       *fixture,
                 gconstpointer  data)
{
  SfAnchor *skill = sf_edits_add_anchor (fixture->document, SF_ANCHOR_KIND_SKILL);
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (fixture->framework));
  guint n = g_list_model_get_n_items (anchors);
  int position = -1;

  g_assert_cmpint (sf_anchor_get_kind (skill), ==, SF_ANCHOR_KIND_SKILL);
  g_assert_true (g_str_has_prefix (sf_anchor_get_id (skill), "skill-"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfAnchor) item = g_list_model_get_item (anchors, i);

      if (item == skill)
        position = i;
    }
  /* After the last skill, before the first knowledge anchor. */
  {
    g_autoptr(SfAnchor) next = g_list_model_get_item (anchors, position + 1);
    g_autoptr(SfAnchor) previous = g_list_model_get_item (anchors, position - 1);

    g_assert_cmpint (sf_anchor_get_kind (previous), ==, SF_ANCHOR_KIND_SKILL);
    g_assert_cmpint (sf_anchor_get_kind (next), >, SF_ANCHOR_KIND_SKILL);
  }
}

static void
test_rename_source (Fixture       *fixture,
                    gconstpointer  data)
{
  SfSource *aei = sf_framework_find_source (fixture->framework, "aei");
  guint uses = sf_edits_count_source_uses (fixture->framework, "aei");
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (uses, ==, 5);
  g_assert_false (sf_edits_rename_source (fixture->document, aei, "onet", &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sf_edits_rename_source (fixture->document, aei, "", &error));
  g_clear_error (&error);
  g_assert_false (sf_document_can_undo (fixture->document));

  g_assert_true (sf_edits_rename_source (fixture->document, aei, "anthropic-ei", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_edits_count_source_uses (fixture->framework, "aei"), ==, 0);
  g_assert_cmpuint (sf_edits_count_source_uses (fixture->framework, "anthropic-ei"), ==, uses);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Rename Source");
}

static void
test_remove_source (Fixture       *fixture,
                    gconstpointer  data)
{
  SfSource *aei = sf_framework_find_source (fixture->framework, "aei");

  sf_edits_remove_source (fixture->document, aei);
  g_assert_null (sf_framework_find_source (fixture->framework, "aei"));
  g_assert_cmpuint (sf_edits_count_source_uses (fixture->framework, "aei"), ==, 0);
}

/* Validation settings */

static SfValidator *
attach_validator (Fixture *fixture)
{
  SfValidator *validator = sf_validator_new (fixture->framework);

  sf_validator_attach (validator, fixture->document);
  return validator;
}

static guint
count_rule (SfValidator *validator,
            const char  *rule)
{
  GListModel *problems = sf_validator_get_problems (validator);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SfProblem) problem = g_list_model_get_item (problems, i);

      if (g_strcmp0 (sf_problem_get_rule_id (problem), rule) == 0)
        n++;
    }
  return n;
}

static SfValidation *
validation (Fixture *fixture)
{
  return sf_framework_get_validation (fixture->framework);
}

static guint
n_rule_settings (Fixture *fixture)
{
  return g_list_model_get_n_items (sf_validation_get_rules (validation (fixture)));
}

/* The seed's 51 SF505 warnings go with the rule, and come back with Undo. */
static void
test_rule_off (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SfValidator) validator = attach_validator (fixture);
  g_autofree char *written = NULL;

  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_WARNING), ==, 65);
  g_assert_cmpuint (count_rule (validator, "SF505"), ==, 51);

  sf_edits_set_rule_severity (fixture->document, "SF505", SF_SEVERITY_OFF);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_WARNING), ==, 65 - 51);
  g_assert_cmpuint (count_rule (validator, "SF505"), ==, 0);
  g_assert_cmpuint (n_rule_settings (fixture), ==, 1);
  g_assert_cmpint (sf_validation_get_severity (validation (fixture), "SF505"), ==, SF_SEVERITY_OFF);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Set Rule Severity");
  written = sf_test_write_string (fixture->framework);
  g_assert_nonnull (strstr (written, "\"rule\": \"SF505\""));
  g_assert_nonnull (strstr (written, "\"severity\": \"off\""));

  g_assert_true (sf_document_undo (fixture->document));
  g_assert_cmpuint (count_rule (validator, "SF505"), ==, 51);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_WARNING), ==, 65);
  g_assert_cmpuint (n_rule_settings (fixture), ==, 0);
  g_assert_true (sf_document_redo (fixture->document));
  g_assert_cmpuint (count_rule (validator, "SF505"), ==, 0);

  /* Back to its default: the setting goes, not a setting of "warning". */
  sf_edits_set_rule_severity (fixture->document, "cites-onet-without-anchor", SF_SEVERITY_WARNING);
  g_assert_cmpuint (n_rule_settings (fixture), ==, 0);
  g_assert_cmpuint (count_rule (validator, "SF505"), ==, 51);
  g_assert_true (sf_document_undo (fixture->document));
  g_assert_cmpuint (n_rule_settings (fixture), ==, 1);
}

static void
test_rule_severity (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SfValidator) validator = attach_validator (fixture);
  g_autoptr(SfRuleSetting) by_name = sf_rule_setting_new ();
  g_autoptr(SfRuleSetting) by_id = sf_rule_setting_new ();
  SfRuleSetting *setting;

  /* A rule at its default already: nothing to do, nothing to undo. */
  sf_edits_set_rule_severity (fixture->document, "SF204", SF_SEVERITY_WARNING);
  g_assert_false (sf_document_can_undo (fixture->document));

  sf_document_begin_action (fixture->document, "Severities");
  sf_edits_set_rule_severity (fixture->document, "SF401", SF_SEVERITY_WARNING);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_WARNING), ==, 67);
  /* Updated in place. */
  sf_edits_set_rule_severity (fixture->document, "SF401", SF_SEVERITY_INFO);
  g_assert_cmpuint (n_rule_settings (fixture), ==, 1);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_INFO), ==, 2 + 2);
  sf_edits_set_rule_severity (fixture->document, "missing-citation", SF_SEVERITY_ERROR);
  g_assert_cmpuint (n_rule_settings (fixture), ==, 0);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_ERROR), ==, 2);

  /* Two settings name SF204, by name and by id: the last one is kept and
   * changed, the other goes. */
  _sf_node_set_string (SF_NODE (by_name), "rule", "not-verb-phrase");
  _sf_node_set_enum (SF_NODE (by_name), "severity", SF_SEVERITY_INFO);
  _sf_node_set_string (SF_NODE (by_id), "rule", "SF204");
  _sf_node_set_enum (SF_NODE (by_id), "severity", SF_SEVERITY_OFF);
  sf_document_insert (fixture->document, SF_NODE (validation (fixture)), "rules", 0, SF_NODE (by_name));
  sf_document_insert (fixture->document, SF_NODE (validation (fixture)), "rules", 1, SF_NODE (by_id));
  g_assert_cmpint (sf_validation_get_severity (validation (fixture), "SF204"), ==, SF_SEVERITY_OFF);
  sf_edits_set_rule_severity (fixture->document, "SF204", SF_SEVERITY_ERROR);
  g_assert_cmpuint (n_rule_settings (fixture), ==, 1);
  setting = sf_validation_find_rule_setting (validation (fixture), "not-verb-phrase");
  g_assert_true (setting == by_id);
  g_assert_cmpint (sf_rule_setting_get_severity (setting), ==, SF_SEVERITY_ERROR);
  sf_document_end_action (fixture->document);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SfValidator) validator = attach_validator (fixture);
  GListModel *counts = sf_validation_get_counts (validation (fixture));
  SfCountExpectation *expectation;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count_rule (validator, "SF301"), ==, 0);
  g_assert_false (sf_edits_set_count (fixture->document, "competencies", NULL, 5, 4, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_assert_false (sf_document_can_undo (fixture->document));

  /* The seed has ten competency statements per level. */
  g_assert_true (sf_edits_set_count (fixture->document, "competencies", "emerging", 12, 0, NULL));
  g_assert_cmpuint (count_rule (validator, "SF301"), ==, 1);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Set Expected Count");
  expectation = sf_validation_find_count (validation (fixture), "competencies", "emerging");
  g_assert_nonnull (expectation);
  g_assert_cmpint (sf_count_expectation_get_min (expectation), ==, 12);
  g_assert_true (sf_document_undo (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 0);
  g_assert_cmpuint (count_rule (validator, "SF301"), ==, 0);

  sf_document_begin_action (fixture->document, "Counts");
  g_assert_true (sf_edits_set_count (fixture->document, "competencies", "emerging", 12, 0, NULL));
  /* The same section and level: updated, not added. */
  g_assert_true (sf_edits_set_count (fixture->document, "competencies", "emerging", 5, 8, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 1);
  g_assert_cmpuint (count_rule (validator, "SF301"), ==, 1);
  g_assert_true (sf_edits_set_count (fixture->document, "competencies", "emerging", 10, 10, NULL));
  g_assert_cmpuint (count_rule (validator, "SF301"), ==, 0);

  /* By kind, for the whole section: each of the ten durable-skill domains
   * holds twelve statements. */
  g_assert_true (sf_edits_set_count (fixture->document, "durable", NULL, 0, 5, NULL));
  g_assert_cmpuint (count_rule (validator, "SF302"), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 2);
  /* By id wins over by kind. */
  g_assert_true (sf_edits_set_count (fixture->document, "durable-communication", NULL, 0, 0, NULL));
  g_assert_cmpuint (count_rule (validator, "SF302"), ==, 9);
  sf_edits_remove_count (fixture->document, "durable", NULL);
  g_assert_cmpuint (count_rule (validator, "SF302"), ==, 0);
  g_assert_null (sf_validation_find_count (validation (fixture), "durable", NULL));
  sf_edits_remove_count (fixture->document, "durable-communication", "");
  sf_edits_remove_count (fixture->document, "competencies", "emerging");
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 0);
  sf_document_end_action (fixture->document);
}

static void
test_cited (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SfValidator) validator = attach_validator (fixture);
  const char *none[] = { NULL };
  const char *defaults[] = { "durable", "ai-usage", NULL };
  const char *competencies[] = { "competencies", NULL };
  guint uncited = 0;

  {
    g_autoptr(SfSection) comp = section (fixture, 0);

    for (guint i = 0; i < g_list_model_get_n_items (sf_section_get_statements (comp)); i++)
      if (g_list_model_get_n_items (sf_statement_get_citations (statement (comp, i))) == 0)
        uncited++;
  }
  g_assert_cmpuint (count_rule (validator, "SF401"), ==, 2);

  sf_document_begin_action (fixture->document, "Cited");
  sf_edits_set_cited (fixture->document, none);
  g_assert_nonnull (sf_validation_get_cited (validation (fixture)));
  g_assert_cmpuint (count_rule (validator, "SF401"), ==, 0);
  sf_edits_set_cited (fixture->document, competencies);
  g_assert_cmpuint (count_rule (validator, "SF401"), ==, uncited);
  g_assert_true (sf_validation_needs_citations (validation (fixture), "competencies"));
  g_assert_false (sf_validation_needs_citations (validation (fixture), "durable"));
  /* The default, in any order, unsets the member. */
  sf_edits_set_cited (fixture->document, defaults);
  g_assert_null (sf_validation_get_cited (validation (fixture)));
  g_assert_cmpuint (count_rule (validator, "SF401"), ==, 2);
  sf_edits_set_cited (fixture->document, competencies);
  sf_document_end_action (fixture->document);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Cited");
}

static void
test_length_bounds (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SfValidator) validator = attach_validator (fixture);
  g_autoptr(GError) error = NULL;
  guint before = count_rule (validator, "SF203");

  g_assert_false (sf_edits_set_length_bounds (fixture->document, -1, 0, 0, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sf_edits_set_length_bounds (fixture->document, 400, 0, 0, &error));
  g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  /* The defaults, spelled out, are no change. */
  g_assert_true (sf_edits_set_length_bounds (fixture->document, 40, 320, 60, &error));
  g_assert_false (sf_document_can_undo (fixture->document));

  sf_document_begin_action (fixture->document, "Bounds");
  g_assert_true (sf_edits_set_length_bounds (fixture->document, 200, 0, 10, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_validation_get_text_min (validation (fixture)), ==, 200);
  g_assert_cmpint (sf_validation_get_title_max (validation (fixture)), ==, 10);
  g_assert_cmpuint (count_rule (validator, "SF203"), >, before + 100);
  g_assert_true (sf_edits_set_length_bounds (fixture->document, 40, 320, 60, &error));
  g_assert_cmpint (sf_validation_get_text_min (validation (fixture)), ==, 0);
  g_assert_cmpint (sf_validation_get_title_max (validation (fixture)), ==, 0);
  g_assert_cmpuint (count_rule (validator, "SF203"), ==, before);
  g_assert_true (sf_edits_set_length_bounds (fixture->document, 0, 1000, 0, &error));
  sf_document_end_action (fixture->document);
}

/* A new framework gets the author's defaults before its document exists. */
static void
test_template_validation (void)
{
  g_autofree char *path = sf_test_source_path ("data/template.json");
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(SfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *durable[] = { "durable", NULL };
  const char *defaults[] = { "ai-usage", "durable", NULL };
  SfValidation *settings;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  framework = sf_template_instantiate (bytes, "Phlebotomists", "31-9097.00", &error);
  g_assert_no_error (error);

  g_assert_false (sf_template_set_validation (framework, 300, 200, 0, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  settings = sf_framework_get_validation (framework);
  g_assert_true (sf_template_set_validation (framework, 40, 320, 60, defaults, &error));
  g_assert_null (sf_validation_get_cited (settings));
  g_assert_cmpint (sf_validation_get_text_min (settings), ==, 0);

  g_assert_true (sf_template_set_validation (framework, 50, 320, 80, durable, &error));
  g_assert_cmpint (sf_validation_get_text_min (settings), ==, 50);
  g_assert_cmpint (sf_validation_get_text_max (settings), ==, 0);
  g_assert_cmpint (sf_validation_get_title_max (settings), ==, 80);
  g_assert_cmpstrv (sf_validation_get_cited (settings), durable);

  document = sf_document_new (framework);
  g_assert_false (sf_document_get_modified (document));
  g_assert_false (sf_document_can_undo (document));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/skillframe/edits/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-statement", test_add_statement);
  ADD ("duplicate-and-delete", test_duplicate_and_delete);
  ADD ("move-statements", test_move_statements);
  ADD ("citations-and-links", test_citations_and_links);
  ADD ("job-zone", test_job_zone);
  ADD ("remove-linked-anchor", test_remove_linked_anchor);
  ADD ("add-anchor", test_add_anchor);
  ADD ("rename-source", test_rename_source);
  ADD ("remove-source", test_remove_source);
  ADD ("rule-off", test_rule_off);
  ADD ("rule-severity", test_rule_severity);
  ADD ("counts", test_counts);
  ADD ("cited", test_cited);
  ADD ("length-bounds", test_length_bounds);
#undef ADD
  g_test_add_func ("/skillframe/edits/template-validation", test_template_validation);

  return g_test_run ();
}
