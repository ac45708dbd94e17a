/* test-format.c: the JSON format: lossless, deterministic, versioned
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-test-util.h"

static void
assert_round_trip (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (json, &error);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  written = sf_test_write_string (framework);
  g_assert_cmpstr (written, ==, json);
}

static void
test_minimal_round_trip (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();

  assert_round_trip (minimal);
}

/* @text with @insertion after the first @anchor. */
static char *
insert_after (const char *text,
              const char *anchor,
              const char *insertion)
{
  g_autofree char *both = g_strconcat (anchor, insertion, NULL);

  return sf_test_replace_once (text, anchor, both);
}

static void
test_unknown_members_kept (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  SfStatement *statement;

  /* At the top, right after "format", with every kind of JSON value. */
  a = insert_after (minimal, "\"format\": \"skillframe/1\",\n",
                    "  \"x-publisher\": {\n"
                    "    \"name\": \"Example\",\n"
                    "    \"tags\": [\n"
                    "      \"a\",\n"
                    "      1,\n"
                    "      2.5,\n"
                    "      -0.001,\n"
                    "      true,\n"
                    "      false,\n"
                    "      null,\n"
                    "      {},\n"
                    "      []\n"
                    "    ],\n"
                    "    \"zeta\": 1,\n"
                    "    \"alpha\": 2\n"
                    "  },\n");
  /* In a statement, between known members. */
  b = insert_after (a, "\"title\": \"Specimen analysis\",\n",
                    "          \"x-review\": \"checked by A. Author\",\n");
  /* At the end of an object, after its last known member. */
  c = insert_after (b, "\"context\": \"Hospital and reference laboratories.\"",
                    ",\n    \"x-note\": [\n      \"n\"\n    ]");
  /* At the start of an object. */
  d = insert_after (c, "\"sources\": [\n    {\n", "      \"x-first\": 0,\n");
  /* Inside a nested list item. */
  e = insert_after (d, "\"locator\": \"Tasks\"", ",\n              \"x-page\": 12");

  assert_round_trip (e);

  framework = sf_test_read_string (e, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_node_get_n_extras (SF_NODE (framework)), ==, 1);
  statement = sf_list_find_by_id (sf_section_get_statements (
    sf_framework_find_section (framework, "competencies")), "s1", NULL);
  g_assert_cmpuint (sf_node_get_n_extras (SF_NODE (statement)), ==, 1);
}

static void
test_canonical_reorders (void)
{
  const char *scrambled =
    "{\"sources\": [], \"onet\": {\"anchors\": [], \"release\": \"30.2\"}, \"evidence\": [],"
    " \"format\": \"skillframe/1\", \"x-mine\": \"kept\", \"sections\": [], \"scales\": [],"
    " \"occupation\": {\"job_zone\": 2, \"title\": \"T\\u00e9st \\\"q\\\" \\ud83d\\ude00\\t/\","
    " \"soc_code\": \"11-1011.00\"}, \"status\": \"in-review\", \"version\": \"1\", \"id\": \"x\"}";
  const char *expected =
    "{\n"
    "  \"format\": \"skillframe/1\",\n"
    "  \"id\": \"x\",\n"
    "  \"version\": \"1\",\n"
    "  \"status\": \"in-review\",\n"
    "  \"occupation\": {\n"
    "    \"title\": \"Tést \\\"q\\\" 😀\\t/\",\n"
    "    \"soc_code\": \"11-1011.00\",\n"
    "    \"job_zone\": 2\n"
    "  },\n"
    "  \"scales\": [],\n"
    "  \"sections\": [],\n"
    "  \"evidence\": [],\n"
    "  \"x-mine\": \"kept\",\n"
    "  \"onet\": {\n"
    "    \"release\": \"30.2\",\n"
    "    \"anchors\": []\n"
    "  },\n"
    "  \"sources\": []\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (scrambled, &error);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  written = sf_test_write_string (framework);
  g_assert_cmpstr (written, ==, expected);
  assert_round_trip (expected);
}

/* Numbers as the canonical form writes them, each read into the figure f1
 * of the minimal file in place of its value, 72, and written back the
 * same; the model holds the number the text means. */
static void
test_numbers (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  static const struct {
    const char *text;
    char        type;   /* of the GVariant: 'x', 'd' or 's' */
  } values[] = {
    { "18.4", 'd' }, { "2.43", 'd' }, { "0.1", 'd' }, { "1e-07", 'd' },
    { "1.7976931348623157e+308", 'd' }, { "100.0", 'd' }, { "-3", 'x' },
    { "9007199254740993", 'x' }, { "-0.0", 'd' }, { "5e-324", 'd' },
    { "0.30000000000000004", 'd' }, { "1e+16", 'd' }, { "123456789012345.6", 'd' },
    { "1.5e-05", 'd' }, { "0.001", 'd' }, { "\"text value\"", 's' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *member = g_strdup_printf ("\"value\": %s,", values[i].text);
      /* Fails, rather than passing on the file as it is, if the minimal
       * file no longer has the figure. */
      g_autofree char *json = sf_test_replace_once (minimal, "\"value\": 72,", member);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = sf_test_read_string (json, &error);
      g_autofree char *written = NULL;
      GListModel *figures;
      SfFigure *figure;
      GVariant *value;

      g_test_message ("%s", values[i].text);
      g_assert_no_error (error);
      written = sf_test_write_string (framework);
      g_assert_cmpstr (written, ==, json);
      g_assert_nonnull (strstr (written, member));

      figures = sf_evidence_group_get_figures (
        sf_list_find_by_id (sf_framework_get_evidence (framework), "e1", NULL));
      figure = sf_list_find_by_id (figures, "f1", NULL);
      g_assert_nonnull (figure);
      value = sf_figure_get_value (figure);
      g_assert_nonnull (value);
      g_assert_cmpint (g_variant_classify (value), ==, values[i].type);
      switch (values[i].type)
        {
        case 'x':
          g_assert_cmpint (g_variant_get_int64 (value), ==,
                           g_ascii_strtoll (values[i].text, NULL, 10));
          break;
        case 'd':
          {
            double expected = g_ascii_strtod (values[i].text, NULL);
            double actual = g_variant_get_double (value);

            /* Bit for bit: -0.0 is not 0.0. */
            g_assert_cmpmem (&actual, sizeof actual, &expected, sizeof expected);
          }
          break;
        default:
          g_assert_cmpstr (g_variant_get_string (value, NULL), ==, "text value");
          break;
        }
    }
}

static void
test_deterministic (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *first = sf_test_write_string (seed);
  g_autofree char *second = sf_test_write_string (seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) reread = sf_test_read_string (first, &error);
  g_autofree char *third = NULL;

  g_assert_no_error (error);
  third = sf_test_write_string (reread);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, ==, third);
  g_assert_true (sf_node_equal (SF_NODE (seed), SF_NODE (reread)));
  g_assert_true (g_str_has_suffix (first, "}\n"));
}

static void
test_migrate_from_0 (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *a = NULL, *b = NULL, *old = NULL, *written = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;

  /* Format 0 named soc_code "soc" and a statement's text "statement". */
  parts = g_strsplit (minimal, "\"text\":", -1);
  a = g_strjoinv ("\"statement\":", parts);
  g_strfreev (parts);
  parts = g_strsplit (a, "\"soc_code\":", -1);
  b = g_strjoinv ("\"soc\":", parts);
  g_strfreev (parts);
  parts = g_strsplit (b, "\"skillframe/1\"", -1);
  old = g_strjoinv ("\"skillframe/0\"", parts);
  g_assert_null (strstr (old, "\"text\""));

  framework = sf_test_read_string (old, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_occupation_get_soc_code (sf_framework_get_occupation (framework)), ==,
                   "29-2011.00");
  written = sf_test_write_string (framework);
  g_assert_cmpstr (written, ==, minimal);
}

static void
test_new_empty (void)
{
  g_autoptr(SfFramework) framework = sf_framework_new_empty ();
  g_autofree char *written = sf_test_write_string (framework);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) reread = sf_test_read_string (written, &error);

  /* A new document saves into a file that loads. */
  g_assert_no_error (error);
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (reread)));
  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_scales (reread)), ==, 2);
  g_assert_finalize_object (g_steal_pointer (&reread));
  g_assert_finalize_object (g_steal_pointer (&framework));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/format/minimal-round-trip", test_minimal_round_trip);
  g_test_add_func ("/skillframe/format/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/skillframe/format/canonical-reorders", test_canonical_reorders);
  g_test_add_func ("/skillframe/format/numbers", test_numbers);
  g_test_add_func ("/skillframe/format/deterministic", test_deterministic);
  g_test_add_func ("/skillframe/format/migrate-from-0", test_migrate_from_0);
  g_test_add_func ("/skillframe/format/new-empty", test_new_empty);

  return g_test_run ();
}
