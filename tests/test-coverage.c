/* test-coverage.c: the figures of the coverage map
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-coverage.h"
#include "sf-edits.h"
#include "sf-test-util.h"

static SfSection *
find_section (SfFramework *framework,
              const char  *id)
{
  SfSection *section = sf_framework_find_section (framework, id);

  g_assert_nonnull (section);
  return section;
}

static SfStatement *
find_statement (SfFramework *framework,
                const char  *section_id,
                const char  *id)
{
  SfStatement *statement = sf_list_find_by_id (sf_section_get_statements (find_section (framework, section_id)),
                                               id, NULL);

  g_assert_nonnull (statement);
  return statement;
}

static void
assert_cell (SfCoverage  *coverage,
             SfFramework *framework,
             const char  *section,
             const char  *level,
             guint        n_statements,
             guint        n_cited,
             guint        n_anchored)
{
  const SfCellCoverage *cell = sf_coverage_find_cell (coverage, find_section (framework, section), level);

  g_assert_nonnull (cell);
  g_assert_cmpuint (cell->n_statements, ==, n_statements);
  g_assert_cmpuint (cell->n_cited, ==, n_cited);
  g_assert_cmpuint (cell->n_anchored, ==, n_anchored);
}

/* Figures read from the seed with Python: AI usage holds the only two
 * uncited statements outside the competencies ("Basic query delegation" at
 * Emerging, "Cross-domain evidence synthesis" at Advanced); no statement of
 * the seed links an anchor yet; its eight tasks are all uncovered. */
static void
test_seed (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  SfCoverage *coverage = sf_coverage_new (framework);
  SfCellCoverage total;

  g_assert_cmpuint (sf_coverage_get_n_sections (coverage), ==, 12);
  g_assert_true (sf_coverage_get_section (coverage, 1) == find_section (framework, "ai-usage"));
  for (guint i = 0; i < sf_coverage_get_n_sections (coverage); i++)
    g_assert_cmpuint (sf_coverage_get_n_cells (coverage, i), ==, 4);

  assert_cell (coverage, framework, "ai-usage", "emerging", 2, 1, 0);
  assert_cell (coverage, framework, "ai-usage", "developing", 3, 3, 0);
  assert_cell (coverage, framework, "ai-usage", "proficient", 4, 4, 0);
  assert_cell (coverage, framework, "ai-usage", "advanced", 3, 2, 0);
  assert_cell (coverage, framework, "competencies", "emerging", 10, 0, 0);
  assert_cell (coverage, framework, "competencies", "advanced", 10, 0, 0);
  assert_cell (coverage, framework, "durable-leadership", "emerging", 2, 2, 0);
  assert_cell (coverage, framework, "durable-leadership", "applying", 3, 3, 0);
  assert_cell (coverage, framework, "durable-creativity", "exceeding", 2, 2, 0);
  g_assert_null (sf_coverage_find_cell (coverage, find_section (framework, "ai-usage"), NULL));
  g_assert_null (sf_coverage_find_cell (coverage, find_section (framework, "ai-usage"), "applying"));

  sf_coverage_get_total (coverage, &total);
  g_assert_cmpuint (total.n_statements, ==, 146);
  g_assert_cmpuint (total.n_cited, ==, 104);
  g_assert_cmpuint (total.n_anchored, ==, 0);

  g_assert_cmpuint (sf_coverage_get_n_tasks (coverage), ==, 8);
  g_assert_cmpuint (sf_coverage_get_n_uncovered_tasks (coverage), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      const SfTaskCoverage *task = sf_coverage_get_task (coverage, i);
      g_autofree char *id = g_strdup_printf ("task-%02u", i + 1);

      g_assert_cmpstr (sf_anchor_get_id (task->anchor), ==, id);
      g_assert_cmpuint (task->statements->len, ==, 0);
    }
  g_assert_finalize_object (coverage);
}

/* Every cell against counts taken from the file itself, with json-glib,
 * not through the model. */
static void
test_matches_file (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfCoverage) coverage = sf_coverage_new (framework);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = sf_test_seed_path ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *sections;
  guint checked = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  sections = json_object_get_array_member (root, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, sf_coverage_get_n_sections (coverage));

  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonArray *statements = json_object_get_array_member (json_array_get_object_element (sections, i),
                                                            "statements");

      for (guint j = 0; j < sf_coverage_get_n_cells (coverage, i); j++)
        {
          const SfCellCoverage *cell = sf_coverage_get_cell (coverage, i, j);
          guint n = 0, cited = 0, anchored = 0;

          g_assert_nonnull (cell->level);
          for (guint k = 0; k < json_array_get_length (statements); k++)
            {
              JsonObject *statement = json_array_get_object_element (statements, k);

              if (g_strcmp0 (json_object_get_string_member (statement, "level"), sf_level_get_id (cell->level)) != 0)
                continue;
              n++;
              cited += json_array_get_length (json_object_get_array_member (statement, "citations")) > 0;
              anchored += json_array_get_length (json_object_get_array_member (statement, "anchors")) > 0;
            }
          g_assert_cmpuint (cell->n_statements, ==, n);
          g_assert_cmpuint (cell->n_cited, ==, cited);
          g_assert_cmpuint (cell->n_anchored, ==, anchored);
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 48);
}

/* The figures follow edits made through the document. */
static void
test_edits (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  SfStatement *delegation = find_statement (framework, "ai-usage", "ai-emerging-02");
  SfStatement *preparation = find_statement (framework, "competencies", "comp-emerging-01");
  SfStatement *chemical = find_statement (framework, "competencies", "comp-emerging-02");
  SfCoverage *before = sf_coverage_new (framework);
  SfCoverage *after;
  const SfTaskCoverage *last;
  const SfCellCoverage *other;

  g_assert_cmpstr (sf_statement_get_title (delegation), ==, "Basic query delegation");
  sf_edits_add_citation (document, delegation, "pathsmith", NULL);
  after = sf_coverage_new (framework);
  assert_cell (after, framework, "ai-usage", "emerging", 2, 2, 0);
  g_assert_true (sf_coverage_same_shape (before, after));
  g_assert_true (sf_coverage_same_tasks (before, after));
  g_assert_finalize_object (after);

  /* Two competency statements cover task-03; one covers task-05. An
   * AI-usage statement that links a task is grounded but covers nothing. */
  sf_edits_link_anchor (document, preparation, "task-03");
  sf_edits_link_anchor (document, chemical, "task-03");
  sf_edits_link_anchor (document, chemical, "task-05");
  sf_edits_link_anchor (document, delegation, "task-01");
  after = sf_coverage_new (framework);
  assert_cell (after, framework, "competencies", "emerging", 10, 0, 2);
  assert_cell (after, framework, "ai-usage", "emerging", 2, 2, 1);
  g_assert_false (sf_coverage_same_tasks (before, after));
  g_assert_cmpuint (sf_coverage_get_n_uncovered_tasks (after), ==, 6);
  g_assert_cmpstr (sf_anchor_get_id (sf_coverage_get_task (after, 0)->anchor), ==, "task-01");
  g_assert_cmpstr (sf_anchor_get_id (sf_coverage_get_task (after, 5)->anchor), ==, "task-08");
  g_assert_cmpstr (sf_anchor_get_id (sf_coverage_get_task (after, 6)->anchor), ==, "task-05");
  last = sf_coverage_get_task (after, 7);
  g_assert_cmpstr (sf_anchor_get_id (last->anchor), ==, "task-03");
  g_assert_cmpuint (last->statements->len, ==, 2);
  g_assert_true (g_ptr_array_index (last->statements, 0) == preparation);
  g_assert_true (g_ptr_array_index (last->statements, 1) == chemical);
  g_assert_finalize_object (after);

  /* A link to an id that names no anchor grounds nothing. */
  sf_edits_link_anchor (document, find_statement (framework, "competencies", "comp-advanced-01"), "no-such-anchor");
  after = sf_coverage_new (framework);
  assert_cell (after, framework, "competencies", "advanced", 10, 0, 0);
  g_assert_finalize_object (after);

  /* A level that is not on the scale makes a last cell for the section. */
  g_assert_true (sf_document_set_string (document, SF_NODE (preparation), "level", "expert", NULL));
  after = sf_coverage_new (framework);
  g_assert_false (sf_coverage_same_shape (before, after));
  g_assert_cmpuint (sf_coverage_get_n_cells (after, 0), ==, 5);
  other = sf_coverage_get_cell (after, 0, 4);
  g_assert_null (other->level);
  g_assert_true (other == sf_coverage_find_cell (after, find_section (framework, "competencies"), NULL));
  g_assert_cmpuint (other->n_statements, ==, 1);
  g_assert_cmpuint (other->n_anchored, ==, 1);
  assert_cell (after, framework, "competencies", "emerging", 9, 0, 1);
  g_assert_finalize_object (after);

  /* So does a statement moved to another scale's level. */
  sf_edits_move_statement_to_level (document, chemical, "applying");
  after = sf_coverage_new (framework);
  assert_cell (after, framework, "competencies", NULL, 2, 0, 2);
  assert_cell (after, framework, "competencies", "emerging", 8, 0, 0);
  g_assert_finalize_object (after);

  g_assert_finalize_object (before);
}

static void
record_cb (SfDocument *document,
           SfChange   *change,
           GPtrArray  *changes)
{
  g_ptr_array_add (changes, GINT_TO_POINTER (sf_coverage_change_matters (change)));
}

static gboolean
last_matters (GPtrArray *changes)
{
  gboolean any = FALSE;

  g_assert_cmpuint (changes->len, >, 0);
  for (guint i = 0; i < changes->len; i++)
    any |= GPOINTER_TO_INT (g_ptr_array_index (changes, i));
  g_ptr_array_set_size (changes, 0);
  return any;
}

/* Typing in a statement's text or a source costs the map nothing. */
static void
test_change_matters (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();
  SfStatement *statement = find_statement (framework, "competencies", "comp-emerging-01");
  SfCitation *citation;

  g_signal_connect (document, "changed", G_CALLBACK (record_cb), changes);

  sf_document_set_string (document, SF_NODE (statement), "text", "prepares samples.", NULL);
  g_assert_false (last_matters (changes));
  sf_document_set_string (document, SF_NODE (statement), "title", "Sample preparation", NULL);
  g_assert_false (last_matters (changes));
  sf_document_set_string (document, SF_NODE (find_section (framework, "competencies")), "description", "x", NULL);
  g_assert_false (last_matters (changes));
  sf_document_set_string (document, SF_NODE (sf_framework_get_occupation (framework)), "title", "x", NULL);
  g_assert_false (last_matters (changes));

  sf_edits_add_citation (document, statement, "pathsmith", NULL);
  g_assert_true (last_matters (changes));
  citation = g_list_model_get_item (sf_statement_get_citations (statement), 0);
  sf_document_set_string (document, SF_NODE (citation), "locator", "p. 3", NULL);
  g_assert_false (last_matters (changes));
  g_object_unref (citation);

  sf_edits_link_anchor (document, statement, "task-01");
  g_assert_true (last_matters (changes));
  /* Now that it links a task, its title names it in the task list. */
  sf_document_set_string (document, SF_NODE (statement), "title", "Preparing samples", NULL);
  g_assert_true (last_matters (changes));
  sf_edits_move_statement_to_level (document, statement, "advanced");
  g_assert_true (last_matters (changes));
  sf_document_set_string (document, SF_NODE (find_section (framework, "ai-usage")), "title", "AI", NULL);
  g_assert_true (last_matters (changes));
  sf_edits_add_anchor (document, SF_ANCHOR_KIND_TASK);
  g_assert_true (last_matters (changes));
  sf_edits_add_statement (document, find_section (framework, "ai-usage"), "emerging");
  g_assert_true (last_matters (changes));
  g_assert_true (sf_document_undo (document));
  g_assert_true (last_matters (changes));
}

static void
assert_same_coverage (SfCoverage *a,
                      SfCoverage *b)
{
  SfCellCoverage x, y;

  g_assert_true (sf_coverage_same_shape (a, b));
  g_assert_true (sf_coverage_same_tasks (a, b));
  g_assert_cmpuint (sf_coverage_get_n_uncovered_tasks (a), ==, sf_coverage_get_n_uncovered_tasks (b));
  for (guint i = 0; i < sf_coverage_get_n_sections (a); i++)
    for (guint j = 0; j < sf_coverage_get_n_cells (a, i); j++)
      g_assert_true (sf_cell_coverage_equal (sf_coverage_get_cell (a, i, j), sf_coverage_get_cell (b, i, j)));
  sf_coverage_get_total (a, &x);
  sf_coverage_get_total (b, &y);
  g_assert_cmpuint (x.n_statements, ==, y.n_statements);
  g_assert_cmpuint (x.n_cited, ==, y.n_cited);
  g_assert_cmpuint (x.n_anchored, ==, y.n_anchored);
}

typedef struct
{
  SfFramework *framework;
  SfCoverage  *coverage;
  GPtrArray   *sections;
  gboolean     tasks;
  gboolean     all;
  guint        n_partial;
} Follower;

static void
follow_cb (SfDocument *document,
           SfChange   *change,
           Follower   *follower)
{
  SfSection *section;
  SfCoverageImpact impact = sf_coverage_change_impact (change, &section);

  follower->all |= (impact & SF_COVERAGE_IMPACT_ALL) != 0;
  follower->tasks |= (impact & SF_COVERAGE_IMPACT_TASKS) != 0;
  if ((impact & SF_COVERAGE_IMPACT_SECTION) && !g_ptr_array_find (follower->sections, section, NULL))
    g_ptr_array_add (follower->sections, section);
}

/* After each edit, as a view does it: only what the edits changed. */
static void
catch_up (Follower *follower)
{
  g_autoptr(SfCoverage) full = sf_coverage_new (follower->framework);
  SfCoverage *updated;

  if (follower->all)
    updated = sf_coverage_new (follower->framework);
  else
    {
      updated = sf_coverage_update (follower->coverage, follower->framework, follower->sections, follower->tasks);
      follower->n_partial++;
    }
  g_object_unref (follower->coverage);
  follower->coverage = updated;
  g_ptr_array_set_size (follower->sections, 0);
  follower->tasks = follower->all = FALSE;
  assert_same_coverage (follower->coverage, full);
}

/* Counting again only what edits changed gives what counting everything
 * gives, after edits of every kind, undo and redo. */
static void
test_update (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  SfStatement *delegation = find_statement (framework, "ai-usage", "ai-emerging-02");
  SfStatement *preparation = find_statement (framework, "competencies", "comp-emerging-01");
  SfSection *competencies = find_section (framework, "competencies");
  Follower follower = { framework, sf_coverage_new (framework), g_ptr_array_new (), FALSE, FALSE, 0 };
  SfStatement *added;
  SfAnchor *task;

  g_signal_connect (document, "changed", G_CALLBACK (follow_cb), &follower);

  sf_edits_add_citation (document, delegation, "aei", NULL);
  catch_up (&follower);
  sf_edits_link_anchor (document, preparation, "task-02");
  catch_up (&follower);
  sf_edits_link_anchor (document, delegation, "task-02");
  catch_up (&follower);
  sf_document_set_string (document, SF_NODE (preparation), "title", "Preparing samples", NULL);
  catch_up (&follower);
  g_assert_true (g_ptr_array_index (sf_coverage_get_task (follower.coverage, 7)->statements, 0) == preparation);
  sf_edits_move_statement_to_level (document, preparation, "advanced");
  catch_up (&follower);
  sf_document_set_string (document, SF_NODE (preparation), "level", "expert", NULL);
  catch_up (&follower);
  added = sf_edits_add_statement (document, competencies, "developing");
  sf_edits_link_anchor (document, added, "task-04");
  catch_up (&follower);
  sf_edits_delete_statement (document, preparation);
  catch_up (&follower);
  sf_document_set_enum (document, SF_NODE (find_section (framework, "ai-usage")), "kind",
                        SF_SECTION_KIND_COMPETENCIES, NULL);
  catch_up (&follower);
  sf_document_set_string (document, SF_NODE (find_section (framework, "durable-fortitude")), "scale",
                          "proficiency", NULL);
  catch_up (&follower);
  task = sf_edits_add_anchor (document, SF_ANCHOR_KIND_TASK);
  catch_up (&follower);
  sf_document_set_string (document, SF_NODE (task), "name", "Calibrate analysers", NULL);
  catch_up (&follower);
  sf_document_set_string (document, SF_NODE (sf_framework_find_anchor (framework, "task-04")), "id", "task-4",
                          NULL);
  catch_up (&follower);
  while (sf_document_can_undo (document))
    {
      g_assert_true (sf_document_undo (document));
      catch_up (&follower);
    }
  while (sf_document_can_redo (document))
    {
      g_assert_true (sf_document_redo (document));
      catch_up (&follower);
    }
  /* Most of them counted one section, not the framework. */
  g_assert_cmpuint (follower.n_partial, >=, 20);

  g_signal_handlers_disconnect_by_func (document, follow_cb, &follower);
  g_ptr_array_unref (follower.sections);
  g_assert_finalize_object (follower.coverage);
}

static void
test_percent (void)
{
  g_assert_cmpuint (sf_coverage_percent (0, 0), ==, 0);
  g_assert_cmpuint (sf_coverage_percent (0, 7), ==, 0);
  g_assert_cmpuint (sf_coverage_percent (1, 2), ==, 50);
  g_assert_cmpuint (sf_coverage_percent (1, 3), ==, 33);
  g_assert_cmpuint (sf_coverage_percent (2, 3), ==, 67);
  g_assert_cmpuint (sf_coverage_percent (1, 200), ==, 1);
  g_assert_cmpuint (sf_coverage_percent (1, 10000), ==, 1);
  g_assert_cmpuint (sf_coverage_percent (9999, 10000), ==, 99);
  g_assert_cmpuint (sf_coverage_percent (7, 7), ==, 100);
}

/* A framework being built: a section without a scale, a statement without
 * a level, two tasks of one id. */
static void
test_incomplete (void)
{
  g_autoptr(SfFramework) framework = sf_framework_new ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfSection) section = sf_section_new ();
  g_autoptr(SfCoverage) coverage = NULL;
  SfStatement *statement;
  SfAnchor *first, *second;

  sf_document_insert (document, SF_NODE (framework), "sections", 0, SF_NODE (section));
  coverage = sf_coverage_new (framework);
  g_assert_cmpuint (sf_coverage_get_n_sections (coverage), ==, 1);
  g_assert_cmpuint (sf_coverage_get_n_cells (coverage, 0), ==, 0);
  g_clear_object (&coverage);

  statement = sf_edits_add_statement (document, section, NULL);
  first = sf_edits_add_anchor (document, SF_ANCHOR_KIND_TASK);
  second = sf_edits_add_anchor (document, SF_ANCHOR_KIND_TASK);
  sf_edits_add_anchor (document, SF_ANCHOR_KIND_TASK);
  sf_document_set_string (document, SF_NODE (first), "id", "t", NULL);
  sf_document_set_string (document, SF_NODE (second), "id", "t", NULL);
  sf_edits_link_anchor (document, statement, "t");
  coverage = sf_coverage_new (framework);
  g_assert_cmpuint (sf_coverage_get_n_cells (coverage, 0), ==, 1);
  g_assert_null (sf_coverage_get_cell (coverage, 0, 0)->level);
  g_assert_cmpuint (sf_coverage_get_cell (coverage, 0, 0)->n_anchored, ==, 1);
  g_assert_cmpuint (sf_coverage_get_n_tasks (coverage), ==, 3);
  /* Both tasks of the id are covered; the third, of another id, is not. */
  g_assert_cmpint (sf_section_get_kind (section), ==, SF_SECTION_KIND_COMPETENCIES);
  g_assert_cmpuint (sf_coverage_get_n_uncovered_tasks (coverage), ==, 1);
  g_assert_true (sf_coverage_get_task (coverage, 1)->anchor == first);
  g_assert_true (sf_coverage_get_task (coverage, 2)->anchor == second);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/coverage/seed", test_seed);
  g_test_add_func ("/skillframe/coverage/matches-file", test_matches_file);
  g_test_add_func ("/skillframe/coverage/edits", test_edits);
  g_test_add_func ("/skillframe/coverage/change-matters", test_change_matters);
  g_test_add_func ("/skillframe/coverage/update", test_update);
  g_test_add_func ("/skillframe/coverage/percent", test_percent);
  g_test_add_func ("/skillframe/coverage/incomplete", test_incomplete);

  return g_test_run ();
}
