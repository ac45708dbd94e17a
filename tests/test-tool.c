/* test-tool.c: skillframe-tool as a pipeline uses it
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sf-test-util.h"

static void
test_help (void)
{
  static const char *commands[] = { "stats", "fmt" };
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/tool/help", test_help);
  g_test_add_func ("/skillframe/tool/usage-errors", test_usage_errors);
  g_test_add_func ("/skillframe/tool/stats-text", test_stats_text);
  g_test_add_func ("/skillframe/tool/stats-json", test_stats_json);
  g_test_add_func ("/skillframe/tool/fmt", test_fmt);
  g_test_add_func ("/skillframe/tool/malformed-exit-status", test_malformed_exit_status);
  g_test_add_func ("/skillframe/tool/permission-denied", test_permission_denied);
  g_test_add_func ("/skillframe/tool/several-files", test_several_files);

  return g_test_run ();
}
