/* test-validator.c: the validation rules, the seed's problems, and
 * incremental validation giving what a full run gives
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-test-util.h"
#include "sf-validator.h"

static char *
problems_to_string (GPtrArray *problems)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *pointer = sf_problem_dup_pointer (problem);

      g_string_append_printf (out, "%s %s\n", sf_problem_get_rule_id (problem), pointer);
    }
  return g_string_free (out, FALSE);
}

/* The problems of a framework given as JSON, as "RULE POINTER" lines; the
 * first problem is returned too, for a closer look. */
static char *
validate_json (const char  *json,
               SfProblem  **first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (json, &error);
  g_autoptr(SfValidator) validator = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_no_error (error);
  validator = sf_validator_new (framework);
  problems = sf_validator_collect (validator);
  if (first != NULL)
    *first = problems->len ? g_object_ref (g_ptr_array_index (problems, 0)) : NULL;
  return problems_to_string (problems);
}

static void
test_minimal_is_clean (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *text = validate_json (minimal, NULL);

  g_assert_cmpstr (text, ==, "");
}

typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  const char *expected;   /* "RULE POINTER\n"… */
} JsonCase;

#define VALIDATION_AT_END "  \"sources\": ["
#define S2_TEXT "\"text\": \"Applies scientific rules and methods to solve problems.\""

static const JsonCase json_cases[] = {
  { "SF101", "\"version\": \"v26.05\"", "\"version\": \" \"", "SF101 /version\n" },
  { "SF102", "\"soc_code\": \"29-2011.00\"", "\"soc_code\": \"29-2011\"", "SF102 /occupation/soc_code\n" },
  { "SF103", "\"job_zone\": 4", "\"job_zone\": 7", "SF103 /occupation/job_zone\n" },
  { "SF104", "Job Zone Four: Considerable Preparation Needed", "Extensive Preparation Needed",
    "SF104 /occupation/job_zone_name\n" },
  { "SF104-tolerant", "Job Zone Four: Considerable Preparation Needed", "considerable preparation", "" },
  { "SF108", VALIDATION_AT_END,
    "  \"validation\": {\"rules\": [{\"rule\": \"SF999\", \"severity\": \"off\"}]},\n" VALIDATION_AT_END,
    "SF108 /validation/rules/0/rule\n" },
  { "SF201", S2_TEXT, "\"text\": \"  \"", "SF201 /sections/0/statements/1/text\n" },
  { "SF202", "\"title\": \"Scientific method\"", "\"title\": \"specimen  Analysis\"",
    "SF202 /sections/0/statements/1/title\n" },
  { "SF203", S2_TEXT, "\"text\": \"Applies rules.\"", "SF203 /sections/0/statements/1/text\n" },
  { "SF203-title", "\"title\": \"Scientific method\"",
    "\"title\": \"Scientific method applied to every problem that the laboratory ever meets\"",
    "SF203 /sections/0/statements/1/title\n" },
  { "SF204", S2_TEXT, "\"text\": \"The technologist applies scientific rules and methods.\"",
    "SF204 /sections/0/statements/1/text\n" },
  { "SF204-gerund", S2_TEXT, "\"text\": \"Applying scientific rules and methods to problems.\"",
    "SF204 /sections/0/statements/1/text\n" },
  { "SF204-noun", S2_TEXT, "\"text\": \"Knowledge of scientific rules and methods to solve problems.\"",
    "SF204 /sections/0/statements/1/text\n" },
  { "SF204-adverb", S2_TEXT, "\"text\": \"Independently applies scientific rules and methods.\"", "" },
  { "SF204-apply", S2_TEXT, "\"text\": \"apply scientific rules and methods to solve problems.\"", "" },
  { "SF301", "\"level\": \"l2\"", "\"level\": \"l1\"", "SF301 /sections/0/statements\n" },
  { "SF301-expected", VALIDATION_AT_END,
    "  \"validation\": {\"counts\": [{\"section\": \"competencies\", \"level\": \"l1\", \"min\": 2}]},\n"
    VALIDATION_AT_END, "SF301 /sections/0/statements\n" },
  { "SF302", VALIDATION_AT_END,
    "  \"validation\": {\"counts\": [{\"section\": \"competencies\", \"max\": 1}]},\n" VALIDATION_AT_END,
    "SF302 /sections/0/statements\n" },
  { "SF401", VALIDATION_AT_END, "  \"validation\": {\"cited\": [\"competencies\"]},\n" VALIDATION_AT_END,
    "SF401 /sections/0/statements/1/citations\n" },
  { "SF402", "\"source\": \"onet\",\n              \"locator\"", "\"source\": \"nope\",\n              \"locator\"",
    "SF402 /sections/0/statements/0/citations/0/source\n" },
  { "SF403", VALIDATION_AT_END "\n",
    VALIDATION_AT_END "\n    {\"id\": \"extra\", \"title\": \"Extra\", \"url\": \"https://example.org\", "
    "\"licence\": \"CC0-1.0\"},\n", "SF403 /sources/0\n" },
  { "SF404", "\"url\": \"https://www.onetonline.org/link/summary/29-2011.00\",\n", "",
    "SF404 /sources/0/url\n" },
  { "SF405", "\"edition\": \"30.2\"", "\"edition\": \"29.1\"", "SF405 /sources/0/edition\n" },
  { "SF501", "\"name\": \"Science\"\n", "\"name\": \"Sciense\"\n", "SF501 /onet/anchors/1/name\n" },
  { "SF502", "\"name\": \"Science\"\n", "\"name\": \"science\"\n", "SF502 /onet/anchors/1/name\n" },
  { "SF503", "\"code\": \"2.A.1.f\",\n        \"name\"", "\"code\": \"2.A.1.e\",\n        \"name\"",
    "SF503 /onet/anchors/1/code\n" },
  { "SF504", "\"anchors\": [\n      {\n",
    "\"anchors\": [\n      {\"id\": \"ws\", \"kind\": \"work-style\", \"name\": \"Achievement/Effort\"},\n      {\n",
    "SF504 /onet/anchors/0/name\n" },
  { "SF505", "\"citations\": [],\n          \"anchors\": [\n            \"sk-science\"\n          ]",
    "\"citations\": [{\"source\": \"onet\"}],\n          \"anchors\": []",
    "SF505 /sections/0/statements/1/anchors\n" },
  { "SF506", "\"anchors\": [\n            \"t1\"\n          ]", "\"anchors\": [\"sk-science\"]",
    "SF506 /onet/anchors/0\n" },
  { "SF507", "\"anchors\": [\n            \"sk-science\"\n          ]", "\"anchors\": [\"nope\"]",
    "SF507 /sections/0/statements/1/anchors/0\n" },
  { "SF601", "\"value\": 72", "\"value\": 172", "SF601 /evidence/0/figures/0/value\n" },
  { "SF601-max", "\"unit\": \"%\",\n", "", "" },
  { "severity-off", S2_TEXT,
    "\"text\": \"The technologist applies scientific rules and methods.\"",
    "" },
};

static void
test_json_case (gconstpointer data)
{
  const JsonCase *c = data;
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *json = sf_test_replace_once (minimal, c->from, c->to);
  g_autofree char *text = NULL;

  if (g_str_equal (c->name, "severity-off"))
    {
      char *with_settings = sf_test_replace_once (json, VALIDATION_AT_END,
        "  \"validation\": {\"rules\": [{\"rule\": \"not-verb-phrase\", \"severity\": \"off\"}]},\n"
        VALIDATION_AT_END);

      g_free (json);
      json = with_settings;
    }

  text = validate_json (json, NULL);
  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_severity_override (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *a = sf_test_replace_once (minimal, S2_TEXT, "\"text\": \"The technologist applies rules and methods.\"");
  g_autofree char *b = sf_test_replace_once (a, VALIDATION_AT_END,
    "  \"validation\": {\"rules\": [{\"rule\": \"SF204\", \"severity\": \"error\"}]},\n" VALIDATION_AT_END);
  g_autoptr(SfProblem) problem = NULL;
  g_autofree char *text = validate_json (b, &problem);

  g_assert_cmpstr (text, ==, "SF204 /sections/0/statements/1/text\n");
  g_assert_cmpstr (sf_problem_get_rule_id (problem), ==, "SF204");
  g_assert_cmpint (sf_problem_get_severity (problem), ==, SF_SEVERITY_ERROR);
  g_assert_nonnull (strstr (sf_problem_get_message (problem), "“Scientific method” starts with “the”"));
}

static void
test_messages (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  struct { const char *from, *to, *message; } cases[] = {
    { "\"name\": \"Science\"\n", "\"name\": \"Sciense\"\n",
      "“Sciense” is not an O*NET skill; did you mean “Science”?" },
    { "\"name\": \"Science\"\n", "\"name\": \"science\"\n",
      "O*NET writes the skill “science” as “Science”" },
    { "\"anchors\": [\n      {\n",
      "\"anchors\": [\n      {\"id\": \"ws\", \"kind\": \"work-style\", \"name\": \"Achievement/Effort\"},\n      {\n",
      "the work style “Achievement/Effort” (1.C.1.a) is from the O*NET work-styles list before 30.1, "
      "but the anchors come from O*NET 30.2, which uses the new list" },
    { "Job Zone Four: Considerable Preparation Needed", "Extensive Preparation Needed",
      "job zone 4 is “Considerable Preparation Needed” in O*NET, not “Extensive Preparation Needed”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = sf_test_replace_once (minimal, cases[i].from, cases[i].to);
      g_autoptr(SfProblem) problem = NULL;
      g_autofree char *text = validate_json (json, &problem);

      g_assert_nonnull (problem);
      g_assert_cmpstr (sf_problem_get_message (problem), ==, cases[i].message);
    }
}

/* Rules a loaded file cannot break, as the reader refuses such files: they
 * arise from edits. */
static void
test_edit_cases (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autoptr(SfFramework) framework = sf_test_read_string (minimal, NULL);
  g_autoptr(SfDocument) document = sf_document_new (framework);
  SfSection *section = sf_framework_find_section (framework, "competencies");
  SfStatement *s2 = sf_list_find_by_id (sf_section_get_statements (section), "s2", NULL);
  struct { const char *node; const char *member; const char *value; const char *expected; } cases[] = {
    { "s2", "level", "l9", "SF301 /sections/0/statements\nSF105 /sections/0/statements/1/level\n" },
    { "s2", "id", "s1", "SF107 /sections/0/statements/1/id\n" },
    { "section", "scale", "nope", "SF106 /sections/0/scale\n" },
    { "s2", "title", "", "SF201 /sections/0/statements/1/title\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SfNode *node = g_str_equal (cases[i].node, "s2") ? SF_NODE (s2) : SF_NODE (section);
      g_autoptr(SfValidator) validator = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autofree char *text = NULL;

      sf_document_set_string (document, node, cases[i].member, cases[i].value, NULL);
      validator = sf_validator_new (framework);
      problems = sf_validator_collect (validator);
      text = problems_to_string (problems);
      g_assert_cmpstr (text, ==, cases[i].expected);
      sf_document_undo (document);
    }
}

static void
test_seed_problems (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(SfValidator) validator = sf_validator_new (seed);
  g_autoptr(GPtrArray) problems = sf_validator_collect (validator);
  g_autofree char *text = problems_to_string (problems);
  g_autofree char *expected_path = sf_test_source_path ("tests/data/seed-problems.txt");
  g_autofree char *expected = NULL;
  guint n_missing_citation = 0, n_onet_no_anchor = 0;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (text, ==, expected);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      SfNode *node = sf_problem_get_node (problem);

      if (g_str_equal (sf_problem_get_rule_id (problem), "SF401"))
        {
          const char *title = sf_statement_get_title (SF_STATEMENT (node));

          n_missing_citation++;
          g_assert_true (g_str_equal (title, "Basic query delegation") ||
                         g_str_equal (title, "Cross-domain evidence synthesis"));
          g_assert_cmpint (sf_problem_get_severity (problem), ==, SF_SEVERITY_ERROR);
        }
      else if (g_str_equal (sf_problem_get_rule_id (problem), "SF505"))
        {
          SfSection *section = SF_SECTION (sf_node_get_parent (node));

          n_onet_no_anchor++;
          g_assert_cmpint (sf_section_get_kind (section), ==, SF_SECTION_KIND_DURABLE);
        }
    }
  g_assert_cmpuint (n_missing_citation, ==, 2);
  /* Every durable statement that cites O*NET: 51 of the 94. */
  g_assert_cmpuint (n_onet_no_anchor, ==, 51);
  g_assert_cmpuint (sf_validator_count (validator, SF_SEVERITY_ERROR), ==, 2);
}

/* Issue 7: objects with nothing set yet are named by id, else by position. */

/* The message of @node's problem of @rule_id on @member, from a new
 * validator. */
static char *
message_for (SfFramework *framework,
             gpointer     node,
             const char  *rule_id,
             const char  *member)
{
  g_autoptr(SfValidator) validator = sf_validator_new (framework);
  g_autoptr(GPtrArray) problems = sf_validator_collect (validator);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);

      if (sf_problem_get_node (problem) == node &&
          g_str_equal (sf_problem_get_rule_id (problem), rule_id) &&
          g_strcmp0 (sf_problem_get_member (problem), member) == 0)
        return g_strdup (sf_problem_get_message (problem));
    }
  return NULL;
}

#define assert_message(framework, node, rule_id, member, expected) \
  G_STMT_START { \
    g_autofree char *message_ = message_for (framework, node, rule_id, member); \
    g_assert_cmpstr (message_, ==, expected); \
  } G_STMT_END

static void
test_names_of_new_objects (void)
{
  g_autoptr(SfFramework) framework = sf_framework_new_empty ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  SfSection *section = sf_framework_find_section (framework, "competencies");
  SfOnet *onet = sf_framework_get_onet (framework);
  g_autoptr(SfStatement) first = sf_statement_new ();
  g_autoptr(SfStatement) second = sf_statement_new ();
  g_autoptr(SfSource) source = sf_source_new ();
  g_autoptr(SfAnchor) anchor = sf_anchor_new ();
  g_autoptr(SfEvidenceGroup) group = sf_evidence_group_new ();
  g_autoptr(SfFigure) figure = sf_figure_new ();
  g_auto(GValue) value = G_VALUE_INIT;

  /* The edit layer gives a new statement an id. */
  sf_document_insert (document, SF_NODE (section), "statements", 0, SF_NODE (first));
  g_assert_cmpstr (sf_statement_get_id (first), ==, "comp-emerging-01");
  assert_message (framework, first, "SF201", "title", "statement comp-emerging-01 has no title");
  assert_message (framework, first, "SF201", "text", "statement “comp-emerging-01” has no text");

  /* A file may hold statements without one. */
  sf_document_set_string (document, SF_NODE (first), "id", "", NULL);
  assert_message (framework, first, "SF101", "id", "statement 1 of Competencies has no id");
  assert_message (framework, first, "SF201", "title", "statement 1 of Competencies has no title");

  sf_document_insert (document, SF_NODE (section), "statements", 0, SF_NODE (second));
  assert_message (framework, first, "SF201", "text", "statement 2 of Competencies has no text");

  sf_document_set_string (document, SF_NODE (section), "title", " ", NULL);
  assert_message (framework, first, "SF201", "text", "statement 2 of competencies has no text");
  sf_document_set_string (document, SF_NODE (section), "id", "", NULL);
  assert_message (framework, first, "SF201", "text", "statement 2 of section 1 has no text");
  assert_message (framework, section, "SF101", "title", "section 1 has no title");

  sf_document_insert (document, SF_NODE (framework), "sources", 0, SF_NODE (source));
  sf_document_set_string (document, SF_NODE (source), "id", "", NULL);
  assert_message (framework, source, "SF101", "title", "source 1 has no title");
  assert_message (framework, source, "SF403", NULL, "source 1 is never cited");
  assert_message (framework, source, "SF404", NULL, "source 1 has neither a link nor a licence");

  sf_document_insert (document, SF_NODE (onet), "anchors", 0, SF_NODE (anchor));
  assert_message (framework, anchor, "SF506", NULL, "no competency statement links the task “task-01”");
  sf_document_set_string (document, SF_NODE (anchor), "id", "", NULL);
  assert_message (framework, anchor, "SF101", "name", "anchor 1 has no name");
  assert_message (framework, anchor, "SF506", NULL, "no competency statement links anchor 1");

  sf_document_insert (document, SF_NODE (framework), "evidence", 0, SF_NODE (group));
  sf_document_set_string (document, SF_NODE (group), "id", "", NULL);
  sf_document_insert (document, SF_NODE (group), "figures", 0, SF_NODE (figure));
  sf_document_set_string (document, SF_NODE (figure), "id", "", NULL);
  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_int64 (-5));
  g_assert_true (sf_document_set_value (document, SF_NODE (figure), "value", &value, NULL));
  assert_message (framework, figure, "SF601", "value", "figure 1 of evidence group 1 is negative: -5");
}

/* A file's statement without id or title. */
static void
test_names_in_files (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *a = sf_test_replace_once (minimal, "\"id\": \"s2\"", "\"id\": \"\"");
  g_autofree char *b = sf_test_replace_once (a, "\"title\": \"Scientific method\"", "\"title\": \"\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (b, &error);
  g_autoptr(SfValidator) validator = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *expected[] = {
    "statement 2 of Competencies has no id",
    "statement 2 of Competencies has no title",
  };

  g_assert_no_error (error);
  validator = sf_validator_new (framework);
  problems = sf_validator_collect (validator);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpstr (sf_problem_get_message (g_ptr_array_index (problems, i)), ==, expected[i]);
}

/* Incremental validation */

static void
assert_same_as_full (SfValidator *incremental,
                     const char  *context)
{
  g_autoptr(SfValidator) full = sf_validator_new (sf_validator_get_framework (incremental));
  g_autoptr(GPtrArray) a = sf_validator_collect (incremental);
  g_autoptr(GPtrArray) b = sf_validator_collect (full);
  gboolean same = a->len == b->len;

  for (guint i = 0; same && i < a->len; i++)
    same = sf_problem_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i));
  if (!same)
    {
      g_autoptr(GString) ta = g_string_new (NULL);
      g_autoptr(GString) tb = g_string_new (NULL);

      for (guint i = 0; i < a->len; i++)
        g_string_append_printf (ta, "%s %p %s\n", sf_problem_get_rule_id (g_ptr_array_index (a, i)),
                                sf_problem_get_node (g_ptr_array_index (a, i)),
                                sf_problem_get_message (g_ptr_array_index (a, i)));
      for (guint i = 0; i < b->len; i++)
        g_string_append_printf (tb, "%s %p %s\n", sf_problem_get_rule_id (g_ptr_array_index (b, i)),
                                sf_problem_get_node (g_ptr_array_index (b, i)),
                                sf_problem_get_message (g_ptr_array_index (b, i)));

      g_error ("after %s, incremental:\n%s\nfull:\n%s", context, ta->str, tb->str);
    }
}

static const char *texts[] = {
  "Applies scientific rules and methods to solve problems.", "", "   ", "Applies rules.",
  "The technologist applies scientific rules and methods.",
  "Analyzing specimens and reporting the results to the clinical team, quickly.",
};
static const char *titles[] = { "Specimen analysis", "Scientific method", "specimen analysis", "", "New" };
static const char *levels[] = { "l1", "l2", "l9", "emerging", "applying" };
static const char *ids[] = { "s1", "s2", "s3", "x", "comp-emerging-01" };
static const char *sources[] = { "onet", "nope", "pathsmith", "aei" };
static const char *anchor_sets[][3] = {
  { NULL }, { "t1", NULL }, { "sk-science", NULL }, { "nope", "t1", NULL }, { "task-01", NULL },
};
static const char *anchor_names[] = { "Science", "science", "Sciense", "Critical Thinking" };

static SfSection *
random_section (SfFramework *framework)
{
  GListModel *sections = sf_framework_get_sections (framework);
  guint n = g_list_model_get_n_items (sections);
  g_autoptr(SfSection) section = NULL;

  if (n == 0)
    return NULL;
  section = g_list_model_get_item (sections, g_test_rand_int_range (0, n));
  return section;
}

static SfStatement *
random_statement (SfFramework *framework)
{
  SfSection *section = random_section (framework);
  GListModel *statements;
  guint n;
  g_autoptr(SfStatement) statement = NULL;

  if (section == NULL)
    return NULL;
  statements = sf_section_get_statements (section);
  if ((n = g_list_model_get_n_items (statements)) == 0)
    return NULL;
  statement = g_list_model_get_item (statements, g_test_rand_int_range (0, n));
  return statement;
}

#define PICK(array) (array[g_test_rand_int_range (0, G_N_ELEMENTS (array))])

static void
random_edit (SfDocument *document,
             GString    *log)
{
  SfFramework *framework = sf_document_get_framework (document);
  SfStatement *statement = random_statement (framework);
  SfSection *section = random_section (framework);
  int kind = g_test_rand_int_range (0, 16);

  g_string_append_printf (log, " %d", kind);
  switch (kind)
    {
    case 0:
      if (statement)
        sf_document_set_string (document, SF_NODE (statement), "text", PICK (texts), NULL);
      break;
    case 1:
      if (statement)
        sf_document_set_string (document, SF_NODE (statement), "title", PICK (titles), NULL);
      break;
    case 2:
      if (statement)
        sf_document_set_string (document, SF_NODE (statement), "level", PICK (levels), NULL);
      break;
    case 3:
      if (statement)
        sf_document_set_strv (document, SF_NODE (statement), "anchors", PICK (anchor_sets), NULL);
      break;
    case 4:
      if (section)
        {
          g_autoptr(SfStatement) added = g_object_new (SF_TYPE_STATEMENT, "id", PICK (ids),
                                                       "level", PICK (levels), "title", PICK (titles),
                                                       "text", PICK (texts), NULL);
          guint n = g_list_model_get_n_items (sf_section_get_statements (section));

          sf_document_insert (document, SF_NODE (section), "statements",
                              g_test_rand_int_range (0, n + 1), SF_NODE (added));
        }
      break;
    case 5:
      if (statement)
        {
          guint position;
          SfSection *parent = SF_SECTION (sf_node_get_parent (SF_NODE (statement)));

          sf_list_find_by_id (sf_section_get_statements (parent), NULL, NULL);
          for (position = 0; ; position++)
            {
              g_autoptr(SfStatement) item = g_list_model_get_item (sf_section_get_statements (parent), position);

              if (item == statement)
                break;
            }
          sf_document_remove (document, SF_NODE (parent), "statements", position);
        }
      break;
    case 6:
      if (statement)
        {
          g_autoptr(SfCitation) citation = g_object_new (SF_TYPE_CITATION, "source", PICK (sources), NULL);

          sf_document_insert (document, SF_NODE (statement), "citations", 0, SF_NODE (citation));
        }
      break;
    case 7:
      if (statement && g_list_model_get_n_items (sf_statement_get_citations (statement)) > 0)
        sf_document_remove (document, SF_NODE (statement), "citations", 0);
      break;
    case 8:
      if (statement && g_list_model_get_n_items (sf_statement_get_citations (statement)) > 0)
        {
          g_autoptr(SfCitation) citation = g_list_model_get_item (sf_statement_get_citations (statement), 0);

          sf_document_set_string (document, SF_NODE (citation), "source", PICK (sources), NULL);
        }
      break;
    case 9:
      if (statement)
        sf_document_set_string (document, SF_NODE (statement), "id", PICK (ids), NULL);
      break;
    case 10:
      sf_document_undo (document);
      break;
    case 11:
      sf_document_redo (document);
      break;
    case 12:
      {
        g_autoptr(SfSource) source = g_list_model_get_item (sf_framework_get_sources (framework), 0);

        if (source)
          sf_document_set_string (document, SF_NODE (source), "url",
                                  g_test_rand_bit () ? NULL : "https://example.org", NULL);
      }
      break;
    case 13:
      {
        GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (framework));
        g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, g_test_rand_int_range (0, g_list_model_get_n_items (anchors)));

        sf_document_set_string (document, SF_NODE (anchor), "name", PICK (anchor_names), NULL);
      }
      break;
    case 14:
      if (section)
        sf_document_set_string (document, SF_NODE (section), "scale",
                                g_test_rand_bit () ? "proficiency" : "durable", NULL);
      break;
    case 15:
      if (section)
        {
          guint n = g_list_model_get_n_items (sf_section_get_statements (section));

          if (n > 1)
            sf_document_move (document, SF_NODE (section), "statements",
                              g_test_rand_int_range (0, n), g_test_rand_int_range (0, n));
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
run_sequences (SfFramework *(*make) (void),
               guint         n_sequences,
               guint         n_edits)
{
  for (guint i = 0; i < n_sequences; i++)
    {
      g_autoptr(SfFramework) framework = make ();
      g_autoptr(SfDocument) document = sf_document_new (framework);
      g_autoptr(SfValidator) validator = sf_validator_new (framework);
      g_autoptr(GString) log = g_string_new ("edits");

      sf_validator_attach (validator, document);
      for (guint j = 0; j < n_edits; j++)
        {
          random_edit (document, log);
          assert_same_as_full (validator, log->str);
        }
    }
}

static SfFramework *
make_minimal (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autoptr(GError) error = NULL;
  SfFramework *framework;

  framework = sf_test_read_string (minimal, &error);
  g_assert_no_error (error);
  /* A second section, of AI usage, so that edits cross sections. */
  {
    g_autoptr(SfSection) ai = g_object_new (SF_TYPE_SECTION, "id", "ai", "kind",
                                            SF_SECTION_KIND_AI_USAGE, "title", "AI usage",
                                            "scale", "proficiency", NULL);
    g_autoptr(SfDocument) setup = sf_document_new (framework);

    sf_document_insert (setup, SF_NODE (framework), "sections", 1, SF_NODE (ai));
  }
  return framework;
}

static void
test_incremental_minimal (void)
{
  run_sequences (make_minimal, 1000, 12);
}

static void
test_incremental_seed (void)
{
  run_sequences (sf_test_load_seed, 20, 25);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/validator/minimal-is-clean", test_minimal_is_clean);
  for (guint i = 0; i < G_N_ELEMENTS (json_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/skillframe/validator/rule/%s", json_cases[i].name);

      g_test_add_data_func (path, &json_cases[i], test_json_case);
    }
  g_test_add_func ("/skillframe/validator/severity-override", test_severity_override);
  g_test_add_func ("/skillframe/validator/messages", test_messages);
  g_test_add_func ("/skillframe/validator/edit-cases", test_edit_cases);
  g_test_add_func ("/skillframe/validator/seed-problems", test_seed_problems);
  g_test_add_func ("/skillframe/validator/names/new-objects", test_names_of_new_objects);
  g_test_add_func ("/skillframe/validator/names/files", test_names_in_files);
  g_test_add_func ("/skillframe/validator/incremental-equals-full/minimal", test_incremental_minimal);
  g_test_add_func ("/skillframe/validator/incremental-equals-full/seed", test_incremental_seed);

  return g_test_run ();
}
