/* test-validator.c: the validation rules, the seed's problems, and
 * incremental validation giving what a full run gives
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-test-edits.h"
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
  { "SF508", S2_TEXT, S2_TEXT ", \"review\": \"O*NET 30.2: task 1899 reworded\"",
    "SF508 /sections/0/statements/1/review\n" },
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

/* Incremental validation
 *
 * A Watch follows a validator through edits. At every change the document
 * reports, it replays the problem list's items-changed signals on its own
 * copy of the list, and checks that problems that stayed kept their
 * objects and that problems-changed named exactly the objects whose
 * problems came or went. After every edit, it checks the list against a
 * new validator's, the counts against a recount, and the problems of
 * random objects against a scan. */

typedef struct
{
  SfDocument  *document;
  SfValidator *validator;
  GString     *log;          /* the edits, for failure messages */
  GRand       *rand;
  GPtrArray   *replayed;     /* the list as its signals tell it */
  GPtrArray   *before;       /* the list before the change */
  GPtrArray   *notified;     /* the nodes of the last problems-changed */
  guint        n_notified;
  GPtrArray   *sections;     /* every section seen, to check the counts of removed ones */
  guint        n_changes;
} Watch;

static void G_GNUC_PRINTF (2, 3) G_GNUC_NORETURN
watch_fail (Watch      *watch,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_error ("%s\nafter the edits:\n%s", message, watch->log->str);
}

static char *
describe (SfProblem *problem)
{
  g_autofree char *pointer = sf_problem_dup_pointer (problem);

  return g_strdup_printf ("%s %s %s (%s) %s", sf_problem_get_rule_id (problem), pointer,
                          sf_severity_to_string (sf_problem_get_severity (problem)),
                          G_OBJECT_TYPE_NAME (sf_problem_get_node (problem)),
                          sf_problem_get_message (problem));
}

static char *
describe_all (GPtrArray *problems)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *pointer = sf_problem_get_node (problem) ? sf_problem_dup_pointer (problem) : NULL;

      g_string_append_printf (out, "  %s %s %s\n", sf_problem_get_rule_id (problem),
                              pointer ? pointer : "?", sf_problem_get_message (problem));
    }
  return g_string_free (out, FALSE);
}

static GPtrArray *
list_items (GListModel *list)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  return items;
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  if (position + removed > watch->replayed->len)
    watch_fail (watch, "items-changed (%u, %u, %u) on a list of %u", position, removed, added,
                watch->replayed->len);
  g_ptr_array_remove_range (watch->replayed, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watch->replayed, position + i, g_list_model_get_item (list, position + i));
  if (watch->replayed->len != g_list_model_get_n_items (list))
    watch_fail (watch, "items-changed left %u items, the list has %u", watch->replayed->len,
                g_list_model_get_n_items (list));
}

static void
on_problems_changed (SfValidator *validator,
                     GPtrArray   *nodes,
                     Watch       *watch)
{
  g_ptr_array_set_size (watch->notified, 0);
  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (watch->notified, g_object_ref (g_ptr_array_index (nodes, i)));
  watch->n_notified++;
}

static gboolean
contains (GPtrArray *array,
          gpointer   item)
{
  return g_ptr_array_find (array, item, NULL);
}

/* After each change: the signals told the truth, and only of what changed. */
static void
on_document_changed (SfDocument *document,
                     SfChange   *change,
                     Watch      *watch)
{
  GListModel *list = sf_validator_get_problems (watch->validator);
  g_autoptr(GPtrArray) after = list_items (list);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);

  watch->n_changes++;
  for (guint i = 0; i < after->len; i++)
    if (g_ptr_array_index (after, i) != g_ptr_array_index (watch->replayed, i))
      watch_fail (watch, "item %u is not what items-changed told", i);

  for (guint i = 0; i < watch->before->len; i++)
    if (!contains (after, g_ptr_array_index (watch->before, i)))
      g_ptr_array_add (removed, g_ptr_array_index (watch->before, i));
  for (guint i = 0; i < after->len; i++)
    if (!contains (watch->before, g_ptr_array_index (after, i)))
      g_ptr_array_add (added, g_ptr_array_index (after, i));

  /* An unchanged problem keeps its object. */
  for (guint i = 0; i < removed->len; i++)
    for (guint j = 0; j < added->len; j++)
      if (sf_problem_equal (g_ptr_array_index (removed, i), g_ptr_array_index (added, j)))
        {
          g_autofree char *text = describe (g_ptr_array_index (added, j));

          watch_fail (watch, "a problem went and came back as a new object: %s", text);
        }

  for (guint i = 0; i < removed->len; i++)
    g_hash_table_add (expected, sf_problem_get_node (g_ptr_array_index (removed, i)));
  for (guint i = 0; i < added->len; i++)
    g_hash_table_add (expected, sf_problem_get_node (g_ptr_array_index (added, i)));

  if (g_hash_table_size (expected) == 0 && watch->n_notified > 0)
    watch_fail (watch, "problems-changed without a change");
  if (g_hash_table_size (expected) > 0 && watch->n_notified != 1)
    watch_fail (watch, "problems-changed emitted %u times for one change", watch->n_notified);
  if (watch->n_notified > 0)
    {
      if (watch->notified->len != g_hash_table_size (expected))
        watch_fail (watch, "problems-changed named %u objects, %u changed", watch->notified->len,
                    g_hash_table_size (expected));
      for (guint i = 0; i < watch->notified->len; i++)
        if (!g_hash_table_contains (expected, g_ptr_array_index (watch->notified, i)))
          watch_fail (watch, "problems-changed named an object whose problems did not change");
    }
  watch->n_notified = 0;

  g_ptr_array_unref (watch->before);
  watch->before = g_steal_pointer (&after);
}

static void
watch_init (Watch       *watch,
            SfFramework *framework,
            guint32      seed)
{
  GListModel *list;

  memset (watch, 0, sizeof *watch);
  watch->document = sf_document_new (framework);
  watch->validator = sf_validator_new (framework);
  watch->log = g_string_new (NULL);
  watch->rand = g_rand_new_with_seed (seed);
  watch->notified = g_ptr_array_new_with_free_func (g_object_unref);
  watch->sections = g_ptr_array_new_with_free_func (g_object_unref);
  list = sf_validator_get_problems (watch->validator);
  watch->replayed = list_items (list);
  watch->before = list_items (list);

  /* After the validator's own handler. */
  sf_validator_attach (watch->validator, watch->document);
  g_signal_connect (watch->document, "changed", G_CALLBACK (on_document_changed), watch);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), watch);
  g_signal_connect (watch->validator, "problems-changed", G_CALLBACK (on_problems_changed), watch);
}

static void
watch_clear (Watch *watch)
{
  g_signal_handlers_disconnect_by_data (sf_validator_get_problems (watch->validator), watch);
  g_signal_handlers_disconnect_by_data (watch->validator, watch);
  g_signal_handlers_disconnect_by_data (watch->document, watch);
  g_ptr_array_unref (watch->replayed);
  g_ptr_array_unref (watch->before);
  g_ptr_array_unref (watch->notified);
  g_ptr_array_unref (watch->sections);
  g_assert_finalize_object (watch->validator);
  g_assert_finalize_object (watch->document);
  g_rand_free (watch->rand);
  g_string_free (watch->log, TRUE);
}

static gboolean
is_inside (SfNode *node,
           SfNode *ancestor)
{
  for (; node != NULL; node = sf_node_get_parent (node))
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

static SfSection *
section_of (SfNode *node)
{
  for (; node != NULL; node = sf_node_get_parent (node))
    if (SF_IS_SECTION (node))
      return SF_SECTION (node);
  return NULL;
}

/* Names of objects in messages: never missing (issue 7). */
static void
assert_named (Watch     *watch,
              SfProblem *problem)
{
  static const char *bad[] = {
    "(null)", "statement “”", "statement  has", "section “”", "section  has", "source “”",
    "source  has", "anchor  has", "task “”", "group “”", "figure “”", "level “”", "“” is", "“” has",
    "“” (", "()",
  };
  const char *message = sf_problem_get_message (problem);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (strstr (message, bad[i]) != NULL)
      {
        g_autofree char *text = describe (problem);

        watch_fail (watch, "a message names nothing: %s", text);
      }
}

static void
watch_check (Watch *watch)
{
  SfValidator *validator = watch->validator;
  SfFramework *framework = sf_validator_get_framework (validator);
  g_autoptr(SfValidator) full = sf_validator_new (framework);
  g_autoptr(GPtrArray) a = list_items (sf_validator_get_problems (validator));
  g_autoptr(GPtrArray) b = sf_validator_collect (full);
  g_autoptr(GPtrArray) copy = sf_validator_collect (validator);
  g_autoptr(GPtrArray) nodes = sf_test_collect_nodes (framework);
  GListModel *sections = sf_framework_get_sections (framework);
  guint counts[SF_SEVERITY_ERROR + 1] = { 0 };
  gboolean same = a->len == b->len && a->len == copy->len;
  guint n_errors, n_warnings, n_infos;

  for (guint i = 0; same && i < a->len; i++)
    same = sf_problem_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) &&
           g_ptr_array_index (a, i) == g_ptr_array_index (copy, i);
  if (!same)
    {
      g_autofree char *ta = describe_all (a);
      g_autofree char *tb = describe_all (b);

      watch_fail (watch, "incremental:\n%s\nfull:\n%s", ta, tb);
    }

  /* Counts, as a recount gives them. */
  for (guint i = 0; i < a->len; i++)
    {
      assert_named (watch, g_ptr_array_index (a, i));
      counts[sf_problem_get_severity (g_ptr_array_index (a, i))]++;
    }
  g_object_get (validator, "n-errors", &n_errors, "n-warnings", &n_warnings, "n-infos", &n_infos, NULL);
  for (SfSeverity severity = SF_SEVERITY_OFF; severity <= SF_SEVERITY_ERROR; severity++)
    if (sf_validator_count (validator, severity) != counts[severity])
      watch_fail (watch, "%u problems of severity %s, counted %u", counts[severity],
                  sf_severity_to_string (severity), sf_validator_count (validator, severity));
  if (n_errors != counts[SF_SEVERITY_ERROR] || n_warnings != counts[SF_SEVERITY_WARNING] ||
      n_infos != counts[SF_SEVERITY_INFO])
    watch_fail (watch, "the count properties are wrong");

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      if (!contains (watch->sections, section))
        g_ptr_array_add (watch->sections, g_object_ref (section));
    }
  for (guint i = 0; i < watch->sections->len; i++)
    {
      SfSection *section = g_ptr_array_index (watch->sections, i);
      gboolean attached = sf_document_contains (watch->document, SF_NODE (section));

      for (SfSeverity severity = SF_SEVERITY_OFF; severity <= SF_SEVERITY_ERROR; severity++)
        {
          guint n = 0;

          for (guint j = 0; attached && j < a->len; j++)
            n += sf_problem_get_severity (g_ptr_array_index (a, j)) == severity &&
                 section_of (sf_problem_get_node (g_ptr_array_index (a, j))) == section;
          if (sf_validator_count_in_section (validator, section, severity) != n)
            watch_fail (watch, "section %u (%s) has %u problems of severity %s, counted %u", i,
                        attached ? "in the framework" : "removed", n,
                        sf_severity_to_string (severity),
                        sf_validator_count_in_section (validator, section, severity));
        }
    }

  /* The problems of a few objects, as a scan finds them. */
  for (guint k = 0; k < 8; k++)
    {
      SfNode *node = g_ptr_array_index (nodes, g_rand_int_range (watch->rand, 0, nodes->len));
      gboolean with_descendants = g_rand_boolean (watch->rand);
      g_autoptr(GPtrArray) found = sf_validator_dup_problems_for (validator, node, with_descendants);
      g_autoptr(GPtrArray) scanned = g_ptr_array_new ();

      for (guint i = 0; i < a->len; i++)
        {
          SfNode *of = sf_problem_get_node (g_ptr_array_index (a, i));

          if (with_descendants ? is_inside (of, node) : of == node)
            g_ptr_array_add (scanned, g_ptr_array_index (a, i));
        }
      same = found->len == scanned->len;
      for (guint i = 0; same && i < found->len; i++)
        same = g_ptr_array_index (found, i) == g_ptr_array_index (scanned, i);
      if (!same)
        {
          g_autofree char *pointer = sf_node_dup_pointer (node);

          watch_fail (watch, "the problems of %s%s: %u found, %u scanned", pointer,
                      with_descendants ? " and inside it" : "", found->len, scanned->len);
        }
    }
}

/* Issue 7: objects with nothing set yet are named by id, else by position,
 * and the names follow insertions before them. */

static const char *
message_for (SfValidator *validator,
             gpointer     node,
             const char  *rule_id,
             const char  *member)
{
  g_autoptr(GPtrArray) problems = sf_validator_dup_problems_for (validator, node, FALSE);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (sf_problem_get_rule_id (problem), rule_id) &&
          g_strcmp0 (sf_problem_get_member (problem), member) == 0)
        return sf_problem_get_message (problem);   /* the validator keeps it */
    }
  return NULL;
}

static void
test_names_of_new_objects (void)
{
  g_autoptr(SfFramework) framework = sf_framework_new_empty ();
  SfSection *section = sf_framework_find_section (framework, "competencies");
  SfOnet *onet = sf_framework_get_onet (framework);
  g_autoptr(SfStatement) first = sf_statement_new ();
  g_autoptr(SfStatement) second = sf_statement_new ();
  g_autoptr(SfSource) source = sf_source_new ();
  g_autoptr(SfAnchor) anchor = sf_anchor_new ();
  g_autoptr(SfEvidenceGroup) group = sf_evidence_group_new ();
  g_autoptr(SfFigure) figure = sf_figure_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  SfValidator *validator;
  SfDocument *document;
  Watch watch;

  watch_init (&watch, framework, 7);
  validator = watch.validator;
  document = watch.document;

  /* The edit layer gives a new statement an id. */
  sf_document_insert (document, SF_NODE (section), "statements", 0, SF_NODE (first));
  watch_check (&watch);
  g_assert_cmpstr (sf_statement_get_id (first), ==, "comp-emerging-01");
  g_assert_cmpstr (message_for (validator, first, "SF201", "title"), ==,
                   "statement comp-emerging-01 has no title");
  g_assert_cmpstr (message_for (validator, first, "SF201", "text"), ==,
                   "statement “comp-emerging-01” has no text");

  /* A file may hold statements without one. */
  sf_document_set_string (document, SF_NODE (first), "id", "", NULL);
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, first, "SF101", "id"), ==,
                   "statement 1 of Competencies has no id");
  g_assert_cmpstr (message_for (validator, first, "SF201", "title"), ==,
                   "statement 1 of Competencies has no title");

  sf_document_insert (document, SF_NODE (section), "statements", 0, SF_NODE (second));
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, first, "SF201", "text"), ==,
                   "statement 2 of Competencies has no text");

  sf_document_set_string (document, SF_NODE (section), "title", " ", NULL);
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, first, "SF201", "text"), ==,
                   "statement 2 of competencies has no text");
  sf_document_set_string (document, SF_NODE (section), "id", "", NULL);
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, first, "SF201", "text"), ==,
                   "statement 2 of section 1 has no text");
  g_assert_cmpstr (message_for (validator, section, "SF101", "title"), ==, "section 1 has no title");

  sf_document_insert (document, SF_NODE (framework), "sources", 0, SF_NODE (source));
  sf_document_set_string (document, SF_NODE (source), "id", "", NULL);
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, source, "SF101", "title"), ==, "source 1 has no title");
  g_assert_cmpstr (message_for (validator, source, "SF403", NULL), ==, "source 1 is never cited");
  g_assert_cmpstr (message_for (validator, source, "SF404", NULL), ==,
                   "source 1 has neither a link nor a licence");

  sf_document_insert (document, SF_NODE (onet), "anchors", 0, SF_NODE (anchor));
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, anchor, "SF506", NULL), ==,
                   "no competency statement links the task “task-01”");
  sf_document_set_string (document, SF_NODE (anchor), "id", "", NULL);
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, anchor, "SF101", "name"), ==, "anchor 1 has no name");
  g_assert_cmpstr (message_for (validator, anchor, "SF506", NULL), ==,
                   "no competency statement links anchor 1");

  sf_document_insert (document, SF_NODE (framework), "evidence", 0, SF_NODE (group));
  sf_document_set_string (document, SF_NODE (group), "id", "", NULL);
  sf_document_insert (document, SF_NODE (group), "figures", 0, SF_NODE (figure));
  sf_document_set_string (document, SF_NODE (figure), "id", "", NULL);
  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_int64 (-5));
  g_assert_true (sf_document_set_value (document, SF_NODE (figure), "value", &value, NULL));
  watch_check (&watch);
  g_assert_cmpstr (message_for (validator, figure, "SF601", "value"), ==,
                   "figure 1 of evidence group 1 is negative: -5");

  watch_clear (&watch);
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

/* sf_document_replace() brings a whole new state as long runs of
 * removals, insertions and moves, then undo takes it back. */
static void
run_replacements (SfFramework *(*make) (void),
                  guint         n_rounds,
                  guint         n_edits)
{
  guint32 seed = sf_test_seed_from_env (20260605);
  g_autoptr(SfFramework) framework = make ();
  SfTestEditor editor;
  Watch watch;

  sf_test_editor_init (&editor, seed);
  watch_init (&watch, framework, seed);
  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(SfFramework) target = sf_framework_copy (framework);
      g_autoptr(SfDocument) elsewhere = sf_document_new (target);

      g_string_append_printf (editor.log, "round %u, on a copy:\n", i);
      for (guint j = 0; j < n_edits; j++)
        sf_test_random_edit (&editor, elsewhere);

      g_string_assign (watch.log, editor.log->str);
      g_string_append (watch.log, "replace\n");
      sf_document_replace (watch.document, target, "Merge");
      watch_check (&watch);
      g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (target)));

      g_string_append (watch.log, "undo\n");
      sf_document_undo (watch.document);
      watch_check (&watch);
      g_string_append (watch.log, "redo\n");
      sf_document_redo (watch.document);
      watch_check (&watch);
      g_string_assign (editor.log, watch.log->str);
    }
  watch_clear (&watch);
  sf_test_editor_clear (&editor);
}

static void
test_replace_seed (void)
{
  run_replacements (sf_test_load_seed, 15, 30);
}

static void
test_replace_empty (void)
{
  run_replacements (sf_framework_new_empty, 40, 20);
}

/* Edits of every kind, from sf-test-edits.c. */
static void
run_random_edits (SfFramework *(*make) (void),
                  guint         n_sequences,
                  guint         n_edits)
{
  guint32 seed = sf_test_seed_from_env (20260605);

  for (guint i = 0; i < n_sequences; i++)
    {
      g_autoptr(SfFramework) framework = make ();
      SfTestEditor editor;
      Watch watch;

      sf_test_editor_init (&editor, seed + i);
      watch_init (&watch, framework, seed + i);
      for (guint j = 0; j < n_edits; j++)
        {
          sf_test_random_edit (&editor, watch.document);
          g_string_assign (watch.log, editor.log->str);
          watch_check (&watch);
        }
      watch_clear (&watch);
      sf_test_editor_clear (&editor);
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
          g_autoptr(SfStatement) added = _sf_node_new (SF_TYPE_STATEMENT, "id", PICK (ids),
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
          g_autoptr(SfCitation) citation = _sf_node_new (SF_TYPE_CITATION, "source", PICK (sources), NULL);

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
      g_autoptr(GString) log = g_string_new ("edits");
      Watch watch;

      watch_init (&watch, framework, i);
      for (guint j = 0; j < n_edits; j++)
        {
          random_edit (watch.document, log);
          g_string_assign (watch.log, log->str);
          watch_check (&watch);
        }
      watch_clear (&watch);
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
    g_autoptr(SfSection) ai = _sf_node_new (SF_TYPE_SECTION, "id", "ai", "kind",
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
  run_sequences (make_minimal, 400, 12);
}

static void
test_incremental_seed (void)
{
  run_sequences (sf_test_load_seed, 20, 25);
}

static void
test_random_edits_seed (void)
{
  run_random_edits (sf_test_load_seed, 12, 40);
}

static void
test_random_edits_minimal (void)
{
  run_random_edits (make_minimal, 150, 30);
}

static void
test_random_edits_empty (void)
{
  run_random_edits (sf_framework_new_empty, 150, 30);
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
  g_test_add_func ("/skillframe/validator/incremental-equals-full/minimal", test_incremental_minimal);
  g_test_add_func ("/skillframe/validator/incremental-equals-full/seed", test_incremental_seed);
  g_test_add_func ("/skillframe/validator/names/new-objects", test_names_of_new_objects);
  g_test_add_func ("/skillframe/validator/names/files", test_names_in_files);
  g_test_add_func ("/skillframe/validator/random-edits/seed", test_random_edits_seed);
  g_test_add_func ("/skillframe/validator/replace/seed", test_replace_seed);
  g_test_add_func ("/skillframe/validator/replace/empty", test_replace_empty);
  g_test_add_func ("/skillframe/validator/random-edits/minimal", test_random_edits_minimal);
  g_test_add_func ("/skillframe/validator/random-edits/empty", test_random_edits_empty);

  return g_test_run ();
}
