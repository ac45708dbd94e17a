/* test-tool.c: skillframe-tool as a pipeline uses it
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sf-json.h"
#include "sf-rule.h"
#include "sf-test-util.h"

static void
test_help (void)
{
  static const char *commands[] = { "validate", "stats", "fmt" };
  g_autofree char *out = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "stats"));
  g_assert_nonnull (strstr (out, "fmt"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *help = NULL;

      g_assert_cmpint (sf_test_run_tool (0, &help, NULL, commands[i], "--help", NULL), ==, 0);
      g_assert_nonnull (strstr (help, "Usage:"));
      g_assert_nonnull (strstr (help, "FILE|FOLDER"));
    }
}

static void
test_usage_errors (void)
{
  g_autofree char *seed = sf_test_seed_path ();

  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "frobnicate", seed, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "stats", NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "stats", "--no-such-option", seed, NULL), ==, 64);
  /* sync without its subcommand says which ones there are. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "sync", "--remote", "https://example.org/dav/", NULL), ==, 64);
    g_assert_nonnull (strstr (err, "list, pull, push, sync or status"));
  }
}

static void
test_stats_text (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "stats", seed, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Medical and Clinical Laboratory Technologists (29-2011.00, v26.05)"));
  g_assert_nonnull (strstr (out, "Statements: 146"));
  g_assert_nonnull (strstr (out, "Anchors: 62 (task 8, skill 20, knowledge 10, ability 10, "
                                 "work style 6, technology 8)"));
  g_assert_nonnull (strstr (out, "Related titles: 12, apprenticeships: 0, CIP codes: 6"));
  g_assert_nonnull (strstr (out, "Statements without citations: 42"));
  g_assert_nonnull (strstr (out, "ai-emerging-02 “Basic query delegation”"));
}

static void
test_stats_json (void)
{
  static const guint domains[] = { 12, 10, 9, 10, 9, 9, 8, 9, 9, 9 };
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *stats, *anchors;
  JsonArray *sections, *sources;
  gint64 pathsmith = -1;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "stats", "--json", seed, NULL), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
  stats = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (stats, "file"), ==, seed);
  g_assert_cmpint (json_object_get_int_member (stats, "statements"), ==, 146);
  sections = json_object_get_array_member (stats, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, 12);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (sections, 0),
                                               "statements"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (sections, 1),
                                               "statements"), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (sections, i + 2),
                                                 "statements"), ==, domains[i]);
  anchors = json_object_get_object_member (stats, "anchors");
  g_assert_cmpint (json_object_get_int_member (anchors, "grounding"), ==, 62);
  g_assert_cmpint (json_object_get_int_member (anchors, "cip"), ==, 6);

  sources = json_object_get_array_member (stats, "sources");
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      if (g_str_equal (json_object_get_string_member (source, "id"), "pathsmith"))
        pathsmith = json_object_get_int_member (source, "citations");
    }
  g_assert_cmpint (pathsmith, ==, 87);
}

/* A citation of a source the framework does not have is counted apart. */
static void
test_stats_unknown_source (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "unknown-source.json", NULL);
  g_autofree char *bad = sf_test_replace_once (minimal, "\"source\": \"onet\",\n              \"locator\"",
                                               "\"source\": \"nowhere\",\n              \"locator\"");
  g_autofree char *out = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *stats;

  g_assert_true (g_file_set_contents (path, bad, -1, NULL));
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "stats", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "onet                 0 citations"));
  g_assert_nonnull (strstr (out, "(no source)          1 citations"));
  g_assert_cmpint (sf_test_run_tool (0, &json, NULL, "stats", "--json", path, NULL), ==, 0);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  stats = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpint (json_object_get_int_member (stats, "citations_without_source"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (
    json_array_get_object_element (json_object_get_array_member (stats, "sections"), 0),
    "no_level"), ==, 0);
  sf_test_remove_tree (dir);
}

/* The fewest significant digits that give @value back. */
static int
shortest_precision (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision < 17; precision++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", precision);

      if (g_ascii_strtod (g_ascii_formatd (buf, sizeof buf, format, value), NULL) == value)
        return precision;
    }
  return 17;
}

/* The significant digits of a number as written: "4.25" has 3, "0.001" 1,
 * "100.0" 1. A fraction may end in 0 only as ".0", which keeps an integral
 * double a double. */
static int
significant_digits (const char *token)
{
  g_autofree char *mantissa = g_strndup (token, strcspn (token, "eE"));
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *first;

  if (strchr (mantissa, '.') != NULL && g_str_has_suffix (mantissa, "0"))
    g_assert_true (g_str_has_suffix (mantissa, ".0"));

  for (const char *c = mantissa; *c; c++)
    if (g_ascii_isdigit (*c))
      g_string_append_c (digits, *c);
  while (digits->len > 1 && digits->str[digits->len - 1] == '0')
    g_string_truncate (digits, digits->len - 1);
  first = digits->str + strspn (digits->str, "0");
  return MAX (1, (int) strlen (first));
}

/* Checks that every number after @member in @json is written with the
 * fewest digits that read back as the same double; returns how many. */
static guint
assert_shortest_numbers (const char *json,
                         const char *member)
{
  g_autofree char *key = g_strdup_printf ("\"%s\"", member);
  guint n = 0;

  for (const char *p = strstr (json, key); p != NULL; p = strstr (p, key))
    {
      const char *start = p + strlen (key) + strspn (p + strlen (key), " :");
      char *end;
      double value = g_ascii_strtod (start, &end);
      g_autofree char *token = g_strndup (start, end - start);

      g_assert_true (end > start);
      g_test_message ("%s %s: shortest %d digits", member, token, shortest_precision (value));
      g_assert_cmpint (significant_digits (token), ==, shortest_precision (value));
      p = end;
      n++;
    }
  return n;
}

/* Reading a report and writing it back with the canonical writer gives the
 * same bytes: the report was written by it. */
static void
assert_canonical_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) again = g_string_new (NULL);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  sf_json_write_node (again, json_parser_get_root (parser), 0);
  g_string_append_c (again, '\n');
  g_assert_cmpstr (again->str, ==, json);
}

static void
test_json_numbers (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *validate = NULL;
  g_autofree char *sarif = NULL;
  g_autofree char *stats = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &validate, NULL, "validate", "--format=json", "--suggest",
                                     seed, NULL), ==, 1);
  /* The seed's suggestions have scores such as 4.438494005972043, which
   * json-glib printed as 4.4384940059720428. */
  g_assert_cmpuint (assert_shortest_numbers (validate, "score"), >, 10);
  g_assert_null (strstr (validate, "4.4384940059720428"));
  assert_canonical_json (validate);

  g_assert_cmpint (sf_test_run_tool (0, &sarif, NULL, "validate", "--format=sarif", seed, NULL), ==, 1);
  assert_canonical_json (sarif);
  g_assert_cmpint (sf_test_run_tool (0, &stats, NULL, "stats", "--json", seed, NULL), ==, 0);
  assert_canonical_json (stats);
}

static void
test_fmt (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "copy.json", NULL);
  g_autofree char *canonical = NULL;
  g_autofree char *reformatted = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *indented = NULL;

  /* The bundled seed is canonical. */
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "fmt", "--check", seed, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);

  /* The same data with four-space indents is not, and fmt fixes it. */
  g_assert_true (g_file_get_contents (seed, &canonical, NULL, NULL));
  lines = g_strsplit (canonical, "\n", -1);
  indented = g_strjoinv ("\n  ", lines);
  g_assert_true (g_file_set_contents (copy, indented, -1, NULL));

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "fmt", "--check", copy, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "copy.json: not in canonical form"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "fmt", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "copy.json: reformatted"));
  g_assert_true (g_file_get_contents (copy, &reformatted, NULL, NULL));
  g_assert_cmpstr (reformatted, ==, canonical);

  /* A folder stands for its frameworks. */
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "fmt", "--check", dir, NULL), ==, 0);

  sf_test_remove_tree (dir);
}

static void
test_malformed_exit_status (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autoptr(GPtrArray) cases = sf_test_make_malformed_cases (dir);
  g_autofree char *empty_dir = g_build_filename (dir, "empty-folder", NULL);
  g_autofree char *err = NULL;

  for (guint i = 0; i < cases->len; i++)
    {
      const SfMalformedCase *c = g_ptr_array_index (cases, i);
      const char *commands[] = { "stats", "fmt" };

      /* A folder argument is expanded, so it is not a malformed file. */
      if (c->code == G_IO_ERROR_IS_DIRECTORY && c->domain == G_IO_ERROR)
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (commands); j++)
        {
          g_autofree char *message = NULL;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          g_file_get_contents (c->path, &before, NULL, NULL);
          g_assert_cmpint (sf_test_run_tool (0, NULL, &message, commands[j], c->path, NULL), ==,
                           c->exit_status);
          if (strstr (message, c->message) == NULL)
            g_error ("%s %s: “%s” does not contain “%s”", commands[j], c->name, message, c->message);
          /* fmt never touches a file it cannot read as a framework. */
          g_file_get_contents (c->path, &after, NULL, NULL);
          g_assert_cmpstr (before, ==, after);
        }
    }

  g_assert_cmpint (g_mkdir (empty_dir, 0755), ==, 0);
  g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "stats", empty_dir, NULL), ==, 66);
  g_assert_nonnull (strstr (err, "no framework files"));

  sf_test_remove_tree (dir);
}

static void
test_permission_denied (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "secret.json", NULL);
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (path, minimal, -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);

  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_AS_NOBODY, NULL, &err, "stats", path, NULL), ==, 77);
  g_assert_nonnull (strstr (err, "secret.json: permission denied"));

  sf_test_remove_tree (dir);
}

static void
test_several_files (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* Good files are still reported; the exit status tells of the bad one. */
  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "stats", seed, "/nonexistent.json", seed, NULL),
                   ==, 66);
  g_assert_nonnull (strstr (err, "/nonexistent.json: no such file"));
  g_assert_nonnull (strstr (strstr (out, "Statements: 146") + 1, "Statements: 146"));
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_validate_text (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *minimal = sf_test_source_path ("tests/data/minimal.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "validate", seed, NULL), ==, 1);
  g_assert_cmpuint (count_lines (out), ==, 69);
  expected = g_strdup_printf ("%s:/sections/1/statements/1/citations: error: statement “Basic query "
                              "delegation” (ai-emerging-02) cites no source; AI usage statements need "
                              "a citation [SF401]\n", seed);
  g_assert_nonnull (strstr (out, expected));
  g_assert_cmpstr (err, ==, "1 file: 2 errors, 65 warnings, 2 infos\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A clean framework: nothing printed, exit 0. */
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", minimal, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);

  /* Warnings alone do not fail a pipeline. */
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--rule=SF505", seed, NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 51);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--severity=error", seed, NULL), ==, 1);
  g_assert_cmpuint (count_lines (out), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "-r", "missing-citation",
                                     "-r", "uncited-source", seed, NULL), ==, 1);
  g_assert_cmpuint (count_lines (out), ==, 4);

  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "validate", "--rule=SF999", seed, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "validate", "--severity=fatal", seed, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "validate", "--format=xml", seed, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "validate", NULL), ==, 64);
}

static void
test_validate_explain (void)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--explain", "SF401", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "SF401 missing-citation (Citations, error)\n"));
  g_assert_nonnull (strstr (out, "Add a citation"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--explain", "not-verb-phrase", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "SF204"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "validate", "--explain", "SF999", NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--list-rules", NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, SF_N_RULES);
}

static void
test_validate_json (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *file, *problem, *summary;
  JsonArray *problems;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--format=json", seed, NULL), ==, 1);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  file = json_array_get_object_element (json_object_get_array_member (root, "files"), 0);
  g_assert_cmpstr (json_object_get_string_member (file, "file"), ==, seed);
  g_assert_cmpstr (json_object_get_string_member (file, "framework"), ==, "29-2011.00");
  problems = json_object_get_array_member (file, "problems");
  g_assert_cmpuint (json_array_get_length (problems), ==, 69);
  problem = json_array_get_object_element (problems, 0);
  g_assert_cmpstr (json_object_get_string_member (problem, "rule"), ==, "SF401");
  g_assert_cmpstr (json_object_get_string_member (problem, "name"), ==, "missing-citation");
  g_assert_cmpstr (json_object_get_string_member (problem, "severity"), ==, "error");
  g_assert_cmpstr (json_object_get_string_member (problem, "pointer"), ==, "/sections/1/statements/1/citations");
  g_assert_true (json_object_has_member (problem, "message"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (file, "counts"), "error"), ==, 2);
  summary = json_object_get_object_member (root, "summary");
  g_assert_cmpint (json_object_get_int_member (summary, "files"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "warning"), ==, 65);
  g_assert_cmpint (json_object_get_int_member (summary, "info"), ==, 2);
}

static void
test_validate_sarif (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *run, *result, *region;
  JsonArray *rules, *results;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--format=sarif", seed, NULL), ==, 1);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "version"), ==, "2.1.0");
  run = json_array_get_object_element (json_object_get_array_member (
    json_node_get_object (json_parser_get_root (parser)), "runs"), 0);
  rules = json_object_get_array_member (json_object_get_object_member (
    json_object_get_object_member (run, "tool"), "driver"), "rules");
  g_assert_cmpuint (json_array_get_length (rules), ==, SF_N_RULES);
  results = json_object_get_array_member (run, "results");
  g_assert_cmpuint (json_array_get_length (results), ==, 69);
  result = json_array_get_object_element (results, 0);
  g_assert_cmpstr (json_object_get_string_member (result, "ruleId"), ==, "SF401");
  g_assert_cmpstr (json_object_get_string_member (
    json_array_get_object_element (rules, json_object_get_int_member (result, "ruleIndex")), "id"), ==, "SF401");
  region = json_object_get_object_member (json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (result, "locations"), 0),
    "physicalLocation"), "region");
  /* The "citations" member of "Basic query delegation" in the seed file. */
  g_assert_cmpint (json_object_get_int_member (region, "startLine"), ==, 416);
  g_assert_cmpint (json_object_get_int_member (region, "startColumn"), ==, 24);
}

static void
test_validate_folder (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *contents = NULL;
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *c = g_build_filename (dir, "c.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (a, minimal, -1, NULL));
  g_assert_true (g_file_set_contents (b, contents, -1, NULL));

  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "validate", dir, NULL), ==, 1);
  g_assert_cmpuint (count_lines (out), ==, 69);
  g_assert_cmpstr (err, ==, "2 files: 2 errors, 65 warnings, 2 infos\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A malformed file is reported, the others still validated. */
  g_assert_true (g_file_set_contents (c, "{\"format\": ", -1, NULL));
  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "validate", dir, NULL), ==, 65);
  g_assert_cmpuint (count_lines (out), ==, 69);
  g_assert_nonnull (strstr (err, "c.json:1:12: unexpected end of file"));
  g_assert_nonnull (strstr (err, "3 files: 2 errors, 65 warnings, 2 infos; 1 file could not be read"));

  sf_test_remove_tree (dir);
}

static void
test_validate_suggest (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;
  const char *line;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--suggest", "--rule=SF401", seed, NULL), ==, 1);
  line = strstr (out, "suggestion: link “Quality control monitoring” to ");
  g_assert_nonnull (line);
  line += strlen ("suggestion: link “Quality control monitoring” to ");
  g_assert_true (g_str_has_prefix (line, "skill-quality-control-analysis") ||
                 g_str_has_prefix (line, "task-08"));
}

static void
test_utf8_in_c_locale (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *out = NULL;
  g_autofree char *old = g_strdup (g_getenv ("LC_ALL"));

  /* Pipelines often run in the C locale; reports stay UTF-8. */
  g_setenv ("LC_ALL", "C", TRUE);
  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "validate", "--rule=SF401", seed, NULL), ==, 1);
  if (old != NULL)
    g_setenv ("LC_ALL", old, TRUE);
  else
    g_unsetenv ("LC_ALL");
  g_assert_nonnull (strstr (out, "statement “Basic query delegation”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/tool/help", test_help);
  g_test_add_func ("/skillframe/tool/usage-errors", test_usage_errors);
  g_test_add_func ("/skillframe/tool/stats-text", test_stats_text);
  g_test_add_func ("/skillframe/tool/stats-json", test_stats_json);
  g_test_add_func ("/skillframe/tool/stats-unknown-source", test_stats_unknown_source);
  g_test_add_func ("/skillframe/tool/fmt", test_fmt);
  g_test_add_func ("/skillframe/tool/malformed-exit-status", test_malformed_exit_status);
  g_test_add_func ("/skillframe/tool/permission-denied", test_permission_denied);
  g_test_add_func ("/skillframe/tool/several-files", test_several_files);
  g_test_add_func ("/skillframe/tool/validate-text", test_validate_text);
  g_test_add_func ("/skillframe/tool/validate-explain", test_validate_explain);
  g_test_add_func ("/skillframe/tool/validate-json", test_validate_json);
  g_test_add_func ("/skillframe/tool/json-numbers", test_json_numbers);
  g_test_add_func ("/skillframe/tool/validate-sarif", test_validate_sarif);
  g_test_add_func ("/skillframe/tool/validate-folder", test_validate_folder);
  g_test_add_func ("/skillframe/tool/validate-suggest", test_validate_suggest);
  g_test_add_func ("/skillframe/tool/utf8-in-c-locale", test_utf8_in_c_locale);

  return g_test_run ();
}
