/* test-suggester.c: anchor suggestions rank what a framework author would pick
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-suggester.h"
#include "sf-test-util.h"
#include "sf-text.h"

static SfFramework *seed;

static SfStatement *
find_statement (SfFramework *framework,
                const char  *id)
{
  GListModel *sections = sf_framework_get_sections (framework);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      SfStatement *statement = sf_list_find_by_id (sf_section_get_statements (section), id, NULL);

      if (statement)
        return statement;
    }
  g_assert_not_reached ();
}

static const char *
anchor_id (GPtrArray *suggestions,
           guint      i)
{
  SfSuggestion *suggestion = g_ptr_array_index (suggestions, i);

  return sf_anchor_get_id (suggestion->anchor);
}

static void
log_ranking (const char *what,
             GPtrArray  *suggestions)
{
  g_autoptr(GString) line = g_string_new (what);

  g_string_append (line, " →");
  for (guint i = 0; i < suggestions->len; i++)
    {
      SfSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      g_string_append_printf (line, " %s (%.2f)", sf_anchor_get_id (suggestion->anchor),
                              suggestion->score);
    }
  g_test_message ("%s", line->str);
}

static void
check_well_formed (GPtrArray *suggestions,
                   guint      max)
{
  g_assert_cmpuint (suggestions->len, <=, max);
  for (guint i = 0; i < suggestions->len; i++)
    {
      SfSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      g_assert_true (SF_IS_ANCHOR (suggestion->anchor));
      g_assert_true (SF_ANCHOR_KIND_IS_GROUNDING (sf_anchor_get_kind (suggestion->anchor)));
      g_assert_cmpfloat (suggestion->score, >, 0.0);
      if (i > 0)
        g_assert_cmpfloat (suggestion->score, <=,
                           ((SfSuggestion *) g_ptr_array_index (suggestions, i - 1))->score);
    }
}

/* Whether one of the anchors in @expected (NULL-terminated) is among the
 * first @within suggestions. */
static gboolean
ranks_within (GPtrArray          *suggestions,
              guint               within,
              const char * const *expected)
{
  for (guint i = 0; i < MIN (within, suggestions->len); i++)
    if (g_strv_contains (expected, anchor_id (suggestions, i)))
      return TRUE;
  return FALSE;
}

typedef struct
{
  const char *statement;
  guint       within;        /* 1: ranks first; 3: in the top 3 */
  const char *expected[4];   /* any of these */
} RankingCase;

/* What a framework author would link the seed's statements to. */
static const RankingCase ranking_cases[] = {
  /* Quality control monitoring: Levey-Jennings charts and Westgard rules */
  { "comp-developing-06", 1, { "skill-quality-control-analysis", "task-08" } },
  /* Instrument calibration and maintenance */
  { "comp-developing-03", 1, { "task-07", "skill-equipment-maintenance" } },
  /* Hematology and blood banking */
  { "comp-developing-02", 1, { "task-05" } },
  /* Laboratory information system management */
  { "comp-developing-04", 3, { "task-04", "technology-data-base-user-interface-and-query-software" } },
  /* Multidepartmental communication: report critical values verbally and in writing */
  { "comp-developing-09", 3, { "skill-speaking", "skill-writing", "ability-oral-expression" } },
  /* Body fluid chemical analysis */
  { "comp-developing-01", 1, { "task-03" } },
  /* Spectrophotometer and colorimeter operation */
  { "comp-emerging-07", 1, { "task-07" } },
  /* Laboratory equipment setup */
  { "comp-emerging-05", 1, { "task-06" } },
  /* Laboratory data entry */
  { "comp-emerging-03", 1, { "task-04" } },
  /* Result accuracy checks */
  { "comp-emerging-08", 1, { "task-02" } },
  /* Quality assurance program oversight */
  { "comp-proficient-04", 1, { "task-08" } },
  /* Operations monitoring */
  { "comp-developing-08", 1, { "skill-operations-monitoring" } },
  /* Interdisciplinary problem solving */
  { "comp-proficient-09", 1, { "skill-complex-problem-solving" } },
  /* Durable, collaboration: Cross-section coordination */
  { "collaboration-developing-01", 1, { "skill-coordination" } },
  /* Durable, leadership: Shift coordination */
  { "leadership-developing-01", 1, { "skill-coordination" } },
  /* Durable, communication: Training communication */
  { "communication-exceeding-03", 1, { "knowledge-education-and-training" } },
  /* Durable, critical thinking: out-of-control QC points on Levey-Jennings charts */
  { "critical-thinking-emerging-02", 1, { "skill-quality-control-analysis" } },
  /* Durable, metacognition: Learning gap identification */
  { "metacognition-emerging-02", 1, { "skill-active-learning" } },
  /* Durable, character: Specimen integrity accountability */
  { "character-emerging-01", 1, { "work-style-integrity" } },
  /* Durable, creativity: Troubleshooting improvisation */
  { "creativity-emerging-01", 1, { "skill-troubleshooting" } },
};

static void
test_statement_rankings (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);

  for (guint i = 0; i < G_N_ELEMENTS (ranking_cases); i++)
    {
      const RankingCase *c = &ranking_cases[i];
      SfStatement *statement = find_statement (seed, c->statement);
      g_autoptr(GPtrArray) suggestions = sf_suggester_suggest_for_statement (suggester, statement, 3);
      g_autofree char *what = g_strdup_printf ("%s '%s'", c->statement,
                                               sf_statement_get_title (statement));

      log_ranking (what, suggestions);
      check_well_formed (suggestions, 3);
      if (!ranks_within (suggestions, c->within, c->expected))
        g_error ("%s: expected %s%s within the first %u", c->statement, c->expected[0],
                 c->expected[1] ? " or another" : "", c->within);
    }
}

typedef struct
{
  const char *query;
  guint       within;
  const char *expected[4];
} QueryCase;

static const QueryCase query_cases[] = {
  { "Quality control monitoring — monitor daily QC performance, plot Levey-Jennings charts, "
    "and apply Westgard rules to detect analytical drift in a hospital or reference laboratory.",
    1, { "skill-quality-control-analysis", "task-08" } },
  { "Instrument calibration and maintenance", 1, { "task-07", "skill-equipment-maintenance" } },
  { "Hematology and blood banking", 1, { "task-05" } },
  { "Multidepartmental communication — report critical laboratory values verbally and in "
    "writing to nursing and physician teams in a timely and accurate manner.",
    3, { "skill-speaking", "skill-writing", "ability-oral-expression" } },
  { "configure and query the database", 1, { "technology-data-base-user-interface-and-query-software" } },
  { "Prepares slides and presentations for the quality council", 3, { "technology-presentation-software" } },
};

static void
test_query_rankings (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);

  for (guint i = 0; i < G_N_ELEMENTS (query_cases); i++)
    {
      const QueryCase *c = &query_cases[i];
      g_autoptr(GPtrArray) suggestions = sf_suggester_suggest (suggester, c->query, 3);

      log_ranking (c->query, suggestions);
      check_well_formed (suggestions, 3);
      if (!ranks_within (suggestions, c->within, c->expected))
        g_error ("'%s': expected %s%s within the first %u", c->query, c->expected[0],
                 c->expected[1] ? " or another" : "", c->within);
    }
}

static void
test_every_statement (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (seed);
  guint with_suggestions = 0;

  g_assert_cmpuint (statements->len, ==, 146);
  for (guint i = 0; i < statements->len; i++)
    {
      g_autoptr(GPtrArray) three = sf_suggester_suggest_for_statement (suggester, statements->pdata[i], 3);
      g_autoptr(GPtrArray) all = sf_suggester_suggest_for_statement (suggester, statements->pdata[i], 0);

      check_well_formed (three, 3);
      check_well_formed (all, 62);
      with_suggestions += three->len > 0;
      /* The first three of all are the three. */
      for (guint j = 0; j < three->len; j++)
        {
          g_assert_true (((SfSuggestion *) three->pdata[j])->anchor
                         == ((SfSuggestion *) all->pdata[j])->anchor);
          g_assert_cmpfloat (((SfSuggestion *) three->pdata[j])->score, ==,
                             ((SfSuggestion *) all->pdata[j])->score);
        }
    }
  g_test_message ("%u of %u statements have suggestions", with_suggestions, statements->len);
  g_assert_cmpuint (with_suggestions, >=, 140);
}

static void
test_no_overlap (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);
  static const char *queries[] = {
    "zebra giraffe xylophone",
    "",
    "   ",
    "the of and with using",   /* stop words only */
    "— … ! ?",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) suggestions = sf_suggester_suggest (suggester, queries[i], 3);

      g_assert_nonnull (suggestions);
      g_assert_cmpuint (suggestions->len, ==, 0);
    }
}

static void
test_ties_in_anchor_order (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);
  g_autoptr(GPtrArray) suggestions = sf_suggester_suggest (suggester, "comprehension", 0);
  int written = -1, oral = -1;

  /* "Written Comprehension" and "Oral Comprehension" are abilities of the
   * same length, so they score the same; "Written Comprehension" comes
   * first in the framework. */
  check_well_formed (suggestions, 62);
  for (guint i = 0; i < suggestions->len; i++)
    {
      if (g_str_equal (anchor_id (suggestions, i), "ability-written-comprehension"))
        written = i;
      else if (g_str_equal (anchor_id (suggestions, i), "ability-oral-comprehension"))
        oral = i;
    }
  g_assert_cmpint (written, >=, 0);
  g_assert_cmpint (oral, ==, written + 1);
  g_assert_cmpfloat (((SfSuggestion *) suggestions->pdata[written])->score, ==,
                     ((SfSuggestion *) suggestions->pdata[oral])->score);
}

static void
test_only_grounding_anchors (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);
  /* Words of related titles ("Blood Bank Technologist", "Clinical Researcher")
   * and CIP codes: those anchors are not suggested. */
  g_autoptr(GPtrArray) suggestions = sf_suggester_suggest (suggester, "blood bank technologist researcher 51.1005", 0);

  check_well_formed (suggestions, 62);
  g_assert_cmpuint (suggestions->len, >, 0);
  g_assert_cmpstr (anchor_id (suggestions, 0), ==, "task-05");
}

static void
test_excludes_linked_anchors (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfSuggester) suggester = sf_suggester_new (framework);
  SfStatement *statement = find_statement (framework, "comp-developing-02");
  const char *linked[] = { "task-05", NULL };
  g_autoptr(GPtrArray) before = sf_suggester_suggest_for_statement (suggester, statement, 3);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_cmpstr (anchor_id (before, 0), ==, "task-05");
  sf_document_set_strv (document, SF_NODE (statement), "anchors", linked, NULL);
  after = sf_suggester_suggest_for_statement (suggester, statement, 3);
  check_well_formed (after, 3);
  g_assert_cmpuint (after->len, >, 0);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (anchor_id (after, i), !=, "task-05");
  g_assert_true (((SfSuggestion *) before->pdata[1])->anchor
                 == ((SfSuggestion *) after->pdata[0])->anchor);
}

static void
test_follows_anchor_changes (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfSuggester) suggester = sf_suggester_new (framework);
  SfOnet *onet = sf_framework_get_onet (framework);
  g_autoptr(SfAnchor) anchor = _sf_node_new (SF_TYPE_ANCHOR,
                                             "id", "technology-westgard",
                                             "kind", SF_ANCHOR_KIND_TECHNOLOGY,
                                             "name", "Westgard rules software",
                                             NULL);
  g_autoptr(GPtrArray) none = sf_suggester_suggest (suggester, "Westgard rules", 3);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GPtrArray) removed = NULL;

  g_assert_cmpuint (none->len, ==, 0);

  /* An added anchor is found without being told. */
  sf_document_insert (document, SF_NODE (onet), "anchors",
                      g_list_model_get_n_items (sf_onet_get_anchors (onet)), SF_NODE (anchor));
  added = sf_suggester_suggest (suggester, "Westgard rules", 3);
  g_assert_cmpuint (added->len, ==, 1);
  g_assert_true (((SfSuggestion *) added->pdata[0])->anchor == anchor);

  /* A renamed one after sf_suggester_invalidate(). */
  sf_document_set_string (document, SF_NODE (anchor), "name", "Levey-Jennings charting software", NULL);
  sf_suggester_invalidate (suggester);
  renamed = sf_suggester_suggest (suggester, "Levey-Jennings chart", 3);
  g_assert_cmpuint (renamed->len, ==, 1);
  g_assert_true (((SfSuggestion *) renamed->pdata[0])->anchor == anchor);

  /* A removed one is gone. */
  sf_document_undo (document);
  sf_document_undo (document);
  removed = sf_suggester_suggest (suggester, "Levey-Jennings chart", 3);
  g_assert_cmpuint (removed->len, ==, 0);
}

/* Attached to the document, the suggester follows edits to the anchors by
 * itself, and no other edit rebuilds its index. */
static void
test_attach_follows_anchor_edits (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfSuggester) suggester = sf_suggester_new (framework);
  SfAnchor *software = sf_framework_find_anchor (framework, "technology-medical-software");
  /* "Laboratory data entry": no quality, no control. */
  SfStatement *statement = find_statement (framework, "comp-emerging-03");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GPtrArray) regrouped = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after_edit = NULL;
  g_autoptr(GPtrArray) rebuilt = NULL;

  g_assert_nonnull (software);
  g_assert_nonnull (statement);
  sf_suggester_attach (suggester, document);

  none = sf_suggester_suggest (suggester, "Westgard rules", 3);
  g_assert_cmpuint (none->len, ==, 0);

  /* A new name is found at once, without sf_suggester_invalidate(). */
  g_assert_true (sf_document_set_string (document, SF_NODE (software), "name",
                                         "Westgard rules software", NULL));
  renamed = sf_suggester_suggest (suggester, "Westgard rules", 3);
  g_assert_cmpuint (renamed->len, ==, 1);
  g_assert_true (((SfSuggestion *) renamed->pdata[0])->anchor == software);

  /* An anchor that becomes a related title grounds nothing any more. */
  g_assert_true (sf_document_set_enum (document, SF_NODE (software), "kind",
                                       SF_ANCHOR_KIND_RELATED_TITLE, NULL));
  regrouped = sf_suggester_suggest (suggester, "Westgard rules", 3);
  g_assert_cmpuint (regrouped->len, ==, 0);
  sf_document_undo (document);

  /* A statement's new text changes the background weights only when the
   * index is built again: the edit leaves the index as it was. */
  before = sf_suggester_suggest (suggester, "quality control", 1);
  g_assert_true (sf_document_set_string (document, SF_NODE (statement), "text",
                                         "monitors quality control quality control quality control",
                                         NULL));
  after_edit = sf_suggester_suggest (suggester, "quality control", 1);
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_cmpuint (after_edit->len, ==, 1);
  g_assert_cmpfloat (((SfSuggestion *) after_edit->pdata[0])->score, ==,
                     ((SfSuggestion *) before->pdata[0])->score);
  sf_suggester_invalidate (suggester);
  rebuilt = sf_suggester_suggest (suggester, "quality control", 1);
  g_assert_cmpuint (rebuilt->len, ==, 1);
  g_assert_cmpfloat (((SfSuggestion *) rebuilt->pdata[0])->score, !=,
                     ((SfSuggestion *) before->pdata[0])->score);
}

static void
test_empty_framework (void)
{
  g_autoptr(SfFramework) framework = sf_framework_new_empty ();
  g_autoptr(SfSuggester) suggester = sf_suggester_new (framework);
  g_autoptr(GPtrArray) suggestions = sf_suggester_suggest (suggester, "quality control", 3);

  g_assert_true (sf_suggester_get_framework (suggester) == framework);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

static void
test_suggestion_boxed (void)
{
  g_autoptr(SfSuggester) suggester = sf_suggester_new (seed);
  g_autoptr(GPtrArray) suggestions = sf_suggester_suggest (suggester, "equipment maintenance", 1);
  g_autoptr(SfSuggestion) copy = NULL;

  g_assert_cmpuint (suggestions->len, ==, 1);
  copy = g_boxed_copy (SF_TYPE_SUGGESTION, suggestions->pdata[0]);
  g_assert_true (copy->anchor == ((SfSuggestion *) suggestions->pdata[0])->anchor);
  g_assert_cmpfloat (copy->score, ==, ((SfSuggestion *) suggestions->pdata[0])->score);
  g_assert_cmpstr (sf_anchor_get_id (copy->anchor), ==, "skill-equipment-maintenance");
}

static void
assert_same_stem (const char * const *words)
{
  g_autofree char *first = sf_text_stem (words[0]);

  for (guint i = 1; words[i]; i++)
    {
      g_autofree char *stem = sf_text_stem (words[i]);

      if (g_strcmp0 (stem, first) != 0)
        g_error ("'%s' stems to '%s', '%s' to '%s'", words[0], first, words[i], stem);
    }
}

static void
assert_different_stems (const char *a,
                        const char *b)
{
  g_autofree char *sa = sf_text_stem (a);
  g_autofree char *sb = sf_text_stem (b);

  if (g_strcmp0 (sa, sb) == 0)
    g_error ("'%s' and '%s' both stem to '%s'", a, b, sa);
}

static void
test_stems (void)
{
  static const char * const families[][8] = {
    { "monitor", "monitors", "monitoring", "monitored", NULL },
    { "analysis", "analyses", "analyze", "analyzes", "analyzed", "analytical", "analyzers", NULL },
    { "analyse", "analysing", "analytic", "analyst", "analysis", NULL },
    { "calibrate", "calibration", "calibrations", "calibrated", "calibrating", "calibrator", NULL },
    { "quality", "qualities", NULL },
    { "operate", "operation", "operations", "operating", "operational", "operator", NULL },
    { "communicate", "communication", "communicating", "communicates", NULL },
    { "accurate", "accuracy", "accurately", NULL },
    { "maintain", "maintenance", "maintains", NULL },
    { "instruct", "instructing", "instruction", "instructions", NULL },
    { "organize", "organization", "organizing", "organizer", NULL },
    { "control", "controls", "controlled", "controlling", NULL },
    { "technology", "technologies", "technologist", NULL },
    { "chemical", "chemistry", "chemist", NULL },
    { "science", "scientific", "scientist", NULL },
    { "verify", "verifies", "verified", NULL },
    { "writing", "writes", "write", NULL },
    { "sample", "samples", "sampled", NULL },
    { "competence", "competency", "competencies", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    assert_same_stem (families[i]);

  assert_different_stems ("quality", "qualitative");
  assert_different_stems ("integrity", "integrate");
  assert_different_stems ("monitor", "month");
  assert_different_stems ("analyte", "analysis");
}

static void
test_stem_short_and_foreign (void)
{
  static const char *unchanged[] = { "qc", "lab", "use", "ist", "ées", "日本語" };

  for (guint i = 0; i < G_N_ELEMENTS (unchanged); i++)
    {
      g_autofree char *stem = sf_text_stem (unchanged[i]);

      g_assert_cmpstr (stem, ==, unchanged[i]);
    }
}

static void
assert_tokens (const char *text,
               const char *expected)
{
  g_autoptr(GPtrArray) tokens = sf_text_tokenize (text);
  g_autofree char *joined = NULL;

  g_ptr_array_add (tokens, NULL);
  joined = g_strjoinv (" ", (char **) tokens->pdata);
  g_assert_cmpstr (joined, ==, expected);
}

static void
test_tokenize (void)
{
  assert_tokens ("Levey-Jennings charts", "levey jen chart");
  assert_tokens ("Monitor the QC performance of the analyzers",
                 "monitor qual control perform analy");
  assert_tokens ("Set up, clean, and maintain laboratory equipment.",
                 "set up clean maintain laboratory equip");
  assert_tokens ("Technologist's  notes; a b c", "technolog not");
  assert_tokens ("ＭＯＮＩＴＯＲＩＮＧ", "monitor");
  assert_tokens ("Straße STRASSE", "stras stras");
  assert_tokens ("", "");
  assert_tokens ("the of and", "");
  assert_tokens ("Café résumé", "café résumé");
  assert_tokens ("invalid \xff bytes", "invalid byt");
}

static void
test_fold (void)
{
  static const char *cases[][2] = {
    { "  Levey-Jennings\t\n CHART  ", "levey-jennings chart" },
    { "ＱＣ　Ｒｕｌｅｓ", "qc rules" },
    { "ﬁnding", "finding" },
    { "Cafe\xcc\x81", "caf\xc3\xa9" },
    { "", "" },
    { " \t ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = sf_text_fold (cases[i][0]);

      g_assert_cmpstr (folded, ==, cases[i][1]);
    }
  g_assert_true (sf_text_is_stop_word ("the"));
  g_assert_true (sf_text_is_stop_word ("using"));
  g_assert_false (sf_text_is_stop_word ("quality"));
}

static void
test_benchmark (void)
{
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (seed);
  g_autoptr(SfSuggester) suggester = NULL;
  const guint max_rounds = 50;
  const gint64 budget = G_USEC_PER_SEC;   /* fewer rounds under sanitizers */
  gint64 start, built, end;
  guint rounds = 0, n = 0;
  double per_round_ms, per_statement_us;

  start = g_get_monotonic_time ();
  suggester = sf_suggester_new (seed);
  built = end = g_get_monotonic_time ();
  while (rounds < max_rounds && end - built < budget)
    {
      for (guint i = 0; i < statements->len; i++)
        {
          g_autoptr(GPtrArray) suggestions = sf_suggester_suggest_for_statement (suggester, statements->pdata[i], 3);

          n += suggestions->len;
        }
      rounds++;
      end = g_get_monotonic_time ();
    }

  per_round_ms = (end - built) / 1000.0 / rounds;
  per_statement_us = (end - built) / (double) (rounds * statements->len);
  g_test_message ("benchmark: index built in %.3f ms; all %u statements in %.3f ms "
                  "(%.1f us a statement, mean of %u rounds, %u suggestions a round)",
                  (built - start) / 1000.0, statements->len, per_round_ms,
                  per_statement_us, rounds, n / rounds);
  /* Only against the pathological: the target, in an optimized build, is
   * well under 10 ms; sanitizers make it twenty times slower. */
  g_assert_cmpfloat (per_round_ms, <, 5000.0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  seed = sf_test_load_seed ();

  g_test_add_func ("/skillframe/suggester/stems", test_stems);
  g_test_add_func ("/skillframe/suggester/stem-short-and-foreign", test_stem_short_and_foreign);
  g_test_add_func ("/skillframe/suggester/tokenize", test_tokenize);
  g_test_add_func ("/skillframe/suggester/fold", test_fold);
  g_test_add_func ("/skillframe/suggester/statement-rankings", test_statement_rankings);
  g_test_add_func ("/skillframe/suggester/query-rankings", test_query_rankings);
  g_test_add_func ("/skillframe/suggester/every-statement", test_every_statement);
  g_test_add_func ("/skillframe/suggester/no-overlap", test_no_overlap);
  g_test_add_func ("/skillframe/suggester/ties-in-anchor-order", test_ties_in_anchor_order);
  g_test_add_func ("/skillframe/suggester/only-grounding-anchors", test_only_grounding_anchors);
  g_test_add_func ("/skillframe/suggester/excludes-linked-anchors", test_excludes_linked_anchors);
  g_test_add_func ("/skillframe/suggester/follows-anchor-changes", test_follows_anchor_changes);
  g_test_add_func ("/skillframe/suggester/attach-follows-anchor-edits",
                   test_attach_follows_anchor_edits);
  g_test_add_func ("/skillframe/suggester/empty-framework", test_empty_framework);
  g_test_add_func ("/skillframe/suggester/suggestion-boxed", test_suggestion_boxed);
  g_test_add_func ("/skillframe/suggester/benchmark", test_benchmark);

  ret = g_test_run ();
  g_clear_object (&seed);
  return ret;
}
