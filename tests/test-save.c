/* test-save.c: a save that fails leaves the previous file intact
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sf-test-util.h"

/* A folder holding one framework file that is valid but not canonical, so
 * that `fmt` has to write it. */
static char *
make_folder (char **path,
             char **contents)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *canonical = NULL;
  g_auto(GStrv) lines = NULL;
  char *dir = sf_test_make_tmpdir ();

  g_assert_true (g_file_get_contents (seed, &canonical, NULL, NULL));
  lines = g_strsplit (canonical, "\n", -1);
  *contents = g_strjoinv ("\n  ", lines);
  *path = g_build_filename (dir, "framework.json", NULL);
  g_assert_true (g_file_set_contents (*path, *contents, -1, NULL));
  return dir;
}

static void
assert_intact (const char *dir,
               const char *path,
               const char *contents)
{
  g_autofree char *now = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, contents);

  /* No temporary file or half-written copy is left behind. */
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "framework.json");
}

static void
test_read_only_folder (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = make_folder (&path, &contents);
  g_autofree char *err = NULL;
  int status;

  /* The file is writable by the user who saves, the folder is not: GIO must
   * not fall back to rewriting the file in place. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  if (sf_test_is_root ())
    g_assert_cmpint (chown (path, 65534, 65534), ==, 0);
  g_assert_cmpint (g_chmod (dir, sf_test_is_root () ? 0755 : 0555), ==, 0);

  status = sf_test_run_tool (SF_TEST_RUN_AS_NOBODY, NULL, &err, "fmt", path, NULL);
  g_assert_cmpint (status, ==, 77);
  g_assert_nonnull (strstr (err, "framework.json: could not save"));
  assert_intact (dir, path, contents);

  sf_test_remove_tree (dir);
}

static void
test_full_disk (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = make_folder (&path, &contents);
  g_autofree char *err = NULL;
  int status;

  /* The file is 90 KB; the process may write 8 KiB. */
  status = sf_test_run_tool (SF_TEST_RUN_SMALL_FSIZE, NULL, &err, "fmt", path, NULL);
  g_assert_true (status == 73 || status == 74);
  g_assert_nonnull (strstr (err, "framework.json: could not save"));
  assert_intact (dir, path, contents);

  sf_test_remove_tree (dir);
}

static void
test_symlink (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = make_folder (&path, &contents);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *canonical = NULL;
  g_autofree char *now = NULL;

  /* Saving through a symbolic link updates the file it points to and keeps
   * the link. */
  g_assert_cmpint (symlink ("framework.json", link), ==, 0);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "fmt", link, NULL), ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_true (g_file_get_contents (seed, &canonical, NULL, NULL));
  g_assert_cmpstr (now, ==, canonical);

  sf_test_remove_tree (dir);
}

static void
test_new_file_whole_or_nothing (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = make_folder (&path, &contents);
  g_autofree char *output = g_build_filename (dir, "case.json", NULL);
  g_autofree char *err = NULL;
  g_autofree char *written = NULL;
  int status;

  /* A file that does not exist yet is never written in place: when the
   * disk fills up, no half of it is left under its name. */
  status = sf_test_run_tool (SF_TEST_RUN_SMALL_FSIZE, NULL, &err, "export", "--format", "case",
                             "--force", "-o", output, path, NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "case.json: could not save"));
  assert_intact (dir, path, contents);

  /* With room, it appears whole, and nothing else beside it. */
  status = sf_test_run_tool (0, NULL, NULL, "export", "--format", "case", "--force", "-o", output, path, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
  g_assert_true (g_str_has_suffix (g_strchomp (written), "}"));
  g_assert_cmpint (g_remove (output), ==, 0);
  assert_intact (dir, path, contents);

  sf_test_remove_tree (dir);
}

static char *shared_dir;

static void
test_document_save_read_only (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (shared_dir, "framework.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfDocument) document = NULL;
      g_autoptr(SfStatement) statement = NULL;
      g_autoptr(SfSection) section = NULL;

      sf_test_drop_privileges ();
      document = sf_document_new_for_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      section = g_list_model_get_item (sf_framework_get_sections (sf_document_get_framework (document)), 0);
      statement = g_list_model_get_item (sf_section_get_statements (section), 0);
      sf_document_set_string (document, SF_NODE (statement), "text", "changed", NULL);

      g_assert_false (sf_document_save (document, NULL, SF_SAVE_NONE, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, path));
      g_assert_true (sf_document_get_modified (document));
      return;
    }
  else
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *dir = make_folder (&path, &contents);

      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      g_assert_cmpint (g_chmod (dir, sf_test_is_root () ? 0755 : 0555), ==, 0);
      g_setenv ("SKILLFRAME_TEST_TMPDIR", dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      assert_intact (dir, path, contents);
      sf_test_remove_tree (dir);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  shared_dir = g_strdup (g_getenv ("SKILLFRAME_TEST_TMPDIR"));

  g_test_add_func ("/skillframe/save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/skillframe/save/full-disk", test_full_disk);
  g_test_add_func ("/skillframe/save/document-read-only", test_document_save_read_only);
  g_test_add_func ("/skillframe/save/symlink", test_symlink);
  g_test_add_func ("/skillframe/save/new-file-whole-or-nothing", test_new_file_whole_or_nothing);

  return g_test_run ();
}
