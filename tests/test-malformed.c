/* test-malformed.c: every class of malformed input gives its documented error
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sf-test-util.h"
#include "sf-validator.h"

static void
test_case (gconstpointer data)
{
  const SfMalformedCase *c = data;
  g_autoptr(GFile) file = g_file_new_for_path (c->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfDocument) open_document = sf_document_new (NULL);
  g_autofree char *before = sf_test_write_string (sf_document_get_framework (open_document));
  g_autofree char *after = NULL;
  g_autoptr(SfDocument) document = NULL;

  document = sf_document_new_for_file (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, c->domain, c->code);
  g_test_message ("%s", error->message);

  /* The message names the file first, then says what and where. */
  g_assert_true (g_str_has_prefix (error->message, c->path));
  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, c->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  /* A failed load leaves the open document alone. */
  after = sf_test_write_string (sf_document_get_framework (open_document));
  g_assert_cmpstr (before, ==, after);
  g_assert_false (sf_document_get_modified (open_document));
}

static char *tmpdir;

static void
test_no_read_permission (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "unreadable.json", NULL);
  g_autofree char *minimal = sf_test_minimal_json ();

  if (g_test_subprocess ())
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = NULL;

      sf_test_drop_privileges ();
      /* The file itself is unreadable, not the folder. */
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
      g_assert_null (framework);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_true (g_str_has_prefix (error->message, path));
      g_assert_nonnull (strstr (error->message, "permission denied"));
      return;
    }

  g_assert_true (g_file_set_contents (path, minimal, -1, NULL));
  g_assert_cmpint (g_chmod (tmpdir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);
  g_setenv ("SKILLFRAME_TEST_TMPDIR", tmpdir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_limits (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = NULL;
  SfFormatLimits limits = *sf_format_limits_default ();

  limits.max_statements = 1;
  framework = sf_format_read (minimal, strlen (minimal), "m.json", &limits, &error);
  g_assert_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "/sections/0/statements: more than 1 statements"));
  g_clear_error (&error);

  limits = *sf_format_limits_default ();
  limits.max_string_length = 10;
  framework = sf_format_read (minimal, strlen (minimal), "m.json", &limits, &error);
  g_assert_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "longer than the limit of 10"));
  g_clear_error (&error);

  limits = *sf_format_limits_default ();
  limits.max_file_size = 100;
  framework = sf_format_read (minimal, strlen (minimal), "m.json", &limits, &error);
  g_assert_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT);
  g_clear_error (&error);

  limits = *sf_format_limits_default ();
  limits.max_depth = 3;
  framework = sf_format_read (minimal, strlen (minimal), "m.json", &limits, &error);
  g_assert_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "nesting deeper than the limit of 3 levels"));
}

static void
test_syntax_positions (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{\n  \"format\": \"skillframe/1\",\n  \"id\": ,\n}", "t.json:3:9: unexpected ',', expected a value" },
    { "{\"a\": [1, 2,]}", "t.json:1:13: unexpected ']', expected a value" },
    { "{\"a\": 1,}", "t.json:1:9: unexpected '}', expected a member name" },
    { "{\"a\": tru}", "t.json:1:7: unexpected 't', expected a value" },
    { "{\"a\": \"x\ny\"}", "t.json:1:9: control character U+000A in a string" },
    { "{\"a\": \"\\x\"}", "t.json:1:8: invalid escape" },
    { "{\"a\": \"\\ud800\"}", "t.json:1:8: invalid \\u escape: a high surrogate" },
    { "{\"a\": \"\\u0000\"}", "t.json:1:8: \\u0000 (NUL) is not allowed" },
    { "{\"a\": 01}", "t.json:1:8: unexpected '1', expected ',' or '}'" },
    { "{\"a\": 1e999}", "t.json:1:7: number out of range" },
    { "{\"a\": 1, \"a\": 2}", "t.json:1:15: duplicate member \"a\"" },
    { "{} {}", "t.json:1:4: unexpected content after the end of the document" },
    { "[1]", "t.json:1:1: not a Skillframe framework: expected an object, found an array" },
    { "{\"format\": 1}", "t.json:1:12: /format: not a Skillframe framework" },
    { "{\"format\": \"skillframe/x\"}", "t.json:1:12: /format: unknown format \"skillframe/x\"" },
    { "{\"a\": \"é\" x}", "t.json:1:11: unexpected 'x'" },
    { "{\"a\": 1x}", "t.json:1:8: unexpected 'x'" },
    { "\xEF\xBB\xBF{\"a\": 1x}", "t.json:1:8: unexpected 'x'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework =
        sf_format_read (cases[i].json, strlen (cases[i].json), "t.json", NULL, &error);

      g_assert_null (framework);
      g_assert_nonnull (error);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, cases[i].message);
    }
}

/* What is wrong in a file of the right shape is validation's to say: the
 * reader takes it, writes it back the same, and the validator names it with
 * its pointer. */
static void
test_accepted_then_validated (void)
{
  static const struct { const char *from, *to, *rule, *pointer; } cases[] = {
    { "\"id\": \"s2\"", "\"id\": \"s1\"", "SF107", "/sections/0/statements/1/id" },
    { "\"level\": \"l2\"", "\"level\": \"l9\"", "SF105", "/sections/0/statements/1/level" },
    { "\"level\": \"l2\"", "\"level\": \"\"", "SF105", "/sections/0/statements/1/level" },
    { "\"scale\": \"proficiency\"", "\"scale\": \"nope\"", "SF106", "/sections/0/scale" },
    { "\"title\": \"Specimen analysis\"", "\"title\": \"\"", "SF201", "/sections/0/statements/0/title" },
    { "\"id\": \"t1\"", "\"id\": \"sk-science\"", "SF107", "/onet/anchors/1/id" },
    { "\"value\": 72", "\"value\": null", NULL, NULL },
    { "\"source\": \"onet\",\n              \"locator\"", "\"source\": \"\",\n              \"locator\"",
      "SF402", "/sections/0/statements/0/citations/0/source" },
  };
  g_autofree char *minimal = sf_test_minimal_json ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = sf_test_replace_once (minimal, cases[i].from, cases[i].to);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = sf_test_read_string (json, &error);
      g_autoptr(SfValidator) validator = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autofree char *written = NULL;
      gboolean found = cases[i].rule == NULL;

      g_assert_no_error (error);
      written = sf_test_write_string (framework);
      g_assert_cmpstr (written, ==, json);

      validator = sf_validator_new (framework);
      problems = sf_validator_collect (validator);
      for (guint j = 0; j < problems->len; j++)
        {
          SfProblem *problem = g_ptr_array_index (problems, j);
          g_autofree char *pointer = sf_problem_dup_pointer (problem);

          if (cases[i].rule != NULL && g_str_equal (sf_problem_get_rule_id (problem), cases[i].rule) &&
              g_str_equal (pointer, cases[i].pointer))
            found = TRUE;
        }
      if (!found)
        g_error ("case %u: no %s at %s", i, cases[i].rule, cases[i].pointer);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  /* A subprocess works in its parent's folder. */
  if (g_test_subprocess ())
    {
      tmpdir = g_strdup (g_getenv ("SKILLFRAME_TEST_TMPDIR"));
      cases = g_ptr_array_new ();
    }
  else
    {
      tmpdir = sf_test_make_tmpdir ();
      cases = sf_test_make_malformed_cases (tmpdir);
    }
  for (guint i = 0; i < cases->len; i++)
    {
      const SfMalformedCase *c = g_ptr_array_index (cases, i);
      g_autofree char *name = g_strdup_printf ("/skillframe/malformed/%s", c->name);

      g_test_add_data_func (name, c, test_case);
    }
  g_test_add_func ("/skillframe/malformed/no-read-permission", test_no_read_permission);
  g_test_add_func ("/skillframe/malformed/limits", test_limits);
  g_test_add_func ("/skillframe/malformed/accepted-then-validated", test_accepted_then_validated);
  g_test_add_func ("/skillframe/malformed/syntax-positions", test_syntax_positions);

  ret = g_test_run ();
  if (!g_test_subprocess ())
    sf_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
