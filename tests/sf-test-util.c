/* sf-test-util.c: helpers shared by the tests
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <grp.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sf-format.h"
#include "sf-test-util.h"

char *
sf_test_source_path (const char *relative)
{
  const char *root = g_getenv ("SKILLFRAME_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

char *
sf_test_seed_path (void)
{
  return sf_test_source_path ("seeds/medical-and-clinical-laboratory-technologists.json");
}

/* The project's shared folder: $SKILLFRAME_SHARED_DIR, or by default
 * ../shared beside the repository. */
char *
sf_test_shared_path (const char *relative)
{
  const char *dir = g_getenv ("SKILLFRAME_SHARED_DIR");
  g_autofree char *shared = dir && *dir ? g_strdup (dir) : sf_test_source_path ("../shared");

  return g_build_filename (shared, relative, NULL);
}

/**
 * sf_test_require_shared:
 * @relative: a file in the shared folder, such as `onet/content-model.tsv`
 *
 * For a test that needs a file of the shared folder, which is not part of
 * the repository: where it is missing, marks the test skipped with the
 * path it looked for, rather than failing.
 *
 * Returns: (transfer full) (nullable): the path of the file, or %NULL if
 *   it is missing and the test is to return
 */
char *
sf_test_require_shared (const char *relative)
{
  g_autofree char *path = sf_test_shared_path (relative);
  g_autofree char *message = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);

  message = g_strdup_printf ("%s is missing: the shared folder (SKILLFRAME_SHARED_DIR, by "
                             "default ../shared beside the repository) is not there", path);
  g_test_skip (message);
  return NULL;
}

SfFramework *
sf_test_load_seed (void)
{
  g_autofree char *path = sf_test_seed_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_format_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);
  return framework;
}

SfFramework *
sf_test_read_string (const char *json,
                     GError    **error)
{
  return sf_format_read (json, strlen (json), "test.json", NULL, error);
}

char *
sf_test_write_string (SfFramework *framework)
{
  g_autoptr(GBytes) bytes = sf_format_write (framework);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

char *
sf_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("skillframe-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
sf_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          g_chmod (child, 0700);
          sf_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
sf_test_minimal_json (void)
{
  g_autofree char *path = sf_test_source_path ("tests/data/minimal.json");
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
malformed_case_free (gpointer data)
{
  SfMalformedCase *c = data;

  g_free (c->path);
  g_free (c);
}

static SfMalformedCase *
add_case (GPtrArray  *cases,
          const char *dir,
          const char *name,
          GQuark      domain,
          int         code,
          const char *message,
          int         exit_status)
{
  SfMalformedCase *c = g_new0 (SfMalformedCase, 1);

  c->name = name;
  c->path = g_build_filename (dir, name, NULL);
  c->domain = domain;
  c->code = code;
  c->message = message;
  c->exit_status = exit_status;
  g_ptr_array_add (cases, c);
  return c;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/**
 * sf_test_replace_once:
 * @text: a text
 * @from: a part of it, which must be there
 * @to: what to put in its place
 *
 * Returns: (transfer full): @text with the first @from replaced by @to
 */
char *
sf_test_replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  if (at == NULL)
    g_error ("“%s” not found", from);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/**
 * sf_test_make_malformed_cases:
 * @dir: an empty folder
 *
 * Writes one file per class of malformed input into @dir.
 *
 * Returns: (transfer full): the cases
 */
GPtrArray *
sf_test_make_malformed_cases (const char *dir)
{
  GPtrArray *cases = g_ptr_array_new_with_free_func (malformed_case_free);
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *seed_path = sf_test_seed_path ();
  g_autofree char *seed = NULL;
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"skillframe/1\", \"x\": ");
  SfMalformedCase *c;
  gsize seed_len;
  int fd;

  g_assert_true (g_file_get_contents (seed_path, &seed, &seed_len, NULL));

  /* Cut in the middle of a statement. */
  c = add_case (cases, dir, "truncated.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_SYNTAX,
                "unexpected end of file", 65);
  write_file (c->path, seed, seed_len / 2);

  /* A Latin-1 "é" in the first line of the context: line 11. */
  {
    g_autofree char *bad = sf_test_replace_once (seed, "\"context\": \"This", "\"context\": \"\xe9This");

    c = add_case (cases, dir, "latin1.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_ENCODING,
                  ":11:17: invalid UTF-8", 65);
    write_file (c->path, bad, -1);
  }
  {
    g_autofree char *bad = sf_test_replace_once (minimal, "\"job_zone\": 4", "\"job_zone\": \"four\"");

    c = add_case (cases, dir, "wrong-type.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_INVALID,
                  ":9:17: /occupation/job_zone: expected an integer, found a string", 65);
    write_file (c->path, bad, -1);
  }
  {
    g_autofree char *bad = sf_test_replace_once (minimal, "\"statements\": [", "\"statements\": {}, \"x\": [");

    c = add_case (cases, dir, "wrong-container.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_INVALID,
                  "/sections/0/statements: expected an array, found an object", 65);
    write_file (c->path, bad, -1);
  }
  {
    g_autofree char *bad = sf_test_replace_once (minimal, "      \"title\": \"Specimen analysis\",\n", "");

    c = add_case (cases, dir, "missing-member.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_INVALID,
                  "/sections/0/statements/0: missing member \"title\"", 65);
    write_file (c->path, bad, -1);
  }

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');
  c = add_case (cases, dir, "deep.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT,
                "nesting deeper than the limit of 128 levels", 65);
  write_file (c->path, deep->str, deep->len);

  /* 200 MB, sparse: refused for its size before it is read. */
  c = add_case (cases, dir, "huge.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT,
                "larger than the limit", 65);
  fd = g_open (c->path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 200 * 1000 * 1000), ==, 0);
  close (fd);

  c = add_case (cases, dir, "empty.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_SYNTAX,
                ":1:1: the file is empty", 65);
  write_file (c->path, "", 0);

  {
    g_autofree char *bad = sf_test_replace_once (minimal, "skillframe/1", "skillframe/2");

    c = add_case (cases, dir, "newer.json", SF_FORMAT_ERROR, SF_FORMAT_ERROR_NEWER_VERSION,
                  ":2:13: /format: the file is in format version 2, newer than this Skillframe reads", 65);
    write_file (c->path, bad, -1);
  }

  c = add_case (cases, dir, "not-a-framework.json", SF_FORMAT_ERROR,
                SF_FORMAT_ERROR_NOT_A_FRAMEWORK, "the \"format\" member is missing", 65);
  write_file (c->path, "{\"name\": \"something else\"}\n", -1);

  c = add_case (cases, dir, "missing.json", G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no such file", 66);

  c = add_case (cases, dir, "folder.json", G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                "is a folder, not a framework file", 66);
  g_assert_cmpint (g_mkdir (c->path, 0755), ==, 0);

  return cases;
}

gboolean
sf_test_is_root (void)
{
  return geteuid () == 0;
}

/* For tests of permissions when they run as root, who may read and write
 * anything: become "nobody". Call it in a child process only. */
void
sf_test_drop_privileges (void)
{
  if (geteuid () != 0)
    return;
  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (65534), ==, 0);
  g_assert_cmpint (setuid (65534), ==, 0);
}

static void
child_setup (gpointer data)
{
  SfTestRunFlags flags = GPOINTER_TO_UINT (data);

  if (flags & SF_TEST_RUN_SMALL_FSIZE)
    {
      struct rlimit limit = { 8192, 8192 };

      /* Writes past the limit fail with EFBIG instead of killing us. */
      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
    }
  if ((flags & SF_TEST_RUN_AS_NOBODY) && geteuid () == 0)
    {
      if (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0)
        _exit (125);
    }
}

/**
 * sf_test_run_tool:
 * @flags: how to run it
 * @out: (out) (optional): its standard output
 * @err: (out) (optional): its standard error
 * @...: its arguments, %NULL-terminated
 *
 * Runs skillframe-tool as built.
 *
 * Returns: its exit status
 */
int
sf_test_run_tool (SfTestRunFlags   flags,
                  char           **out,
                  char           **err,
                  ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_buf = NULL;
  g_autofree char *stderr_buf = NULL;
  const char *tool = g_getenv ("SKILLFRAME_TOOL");
  const char *arg;
  va_list args;
  int wait_status;

  g_assert_nonnull (tool);
  g_ptr_array_add (argv, (gpointer) tool);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, child_setup,
                GUINT_TO_POINTER (flags), &stdout_buf, &stderr_buf, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stderr: %s", stderr_buf);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_buf);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_buf);

  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* A package within the import's limits whose one item has an extension 120
 * levels deep: kept in a statement, it is deeper than the reader's 128. */
char *
sf_test_deep_case_package (void)
{
  GString *deep = g_string_new (NULL);

  g_string_append (deep, "{\"CFDocument\": {\"identifier\": \"d1\", \"uri\": \"u\", \"creator\": \"c\", "
                         "\"title\": \"T\", \"lastChangeDateTime\": \"2017-11-03T23:00:33+00:00\"}, \"CFItems\": "
                         "[{\"identifier\": \"i1\", \"uri\": \"u1\", \"fullStatement\": \"Item\", "
                         "\"lastChangeDateTime\": \"2017-11-03T23:00:33+00:00\", \"extensions\": {\"vendor\": ");
  for (guint i = 0; i < 120; i++)
    g_string_append (deep, "{\"a\": ");
  g_string_append (deep, "{}");
  for (guint i = 0; i < 120; i++)
    g_string_append_c (deep, '}');
  g_string_append (deep, "}}], \"CFAssociations\": [{\"identifier\": \"a1\", \"uri\": \"ua\", "
                         "\"associationType\": \"isChildOf\", \"lastChangeDateTime\": \"2017-11-03T23:00:33+00:00\", "
                         "\"originNodeURI\": {\"title\": \"\", \"identifier\": \"i1\", \"uri\": \"u1\"}, "
                         "\"destinationNodeURI\": {\"title\": \"\", \"identifier\": \"d1\", \"uri\": \"u\"}}]}");
  return g_string_free (deep, FALSE);
}
