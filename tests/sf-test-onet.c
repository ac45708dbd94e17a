/* sf-test-onet.c: O*NET fixture databases for the tests
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "sf-test-onet.h"

/* tests/onet/db_30_0_text, for a release such as "30.0". */
char *
sf_test_onet_fixture (const char *release)
{
  g_autofree char *name = g_strdup_printf ("db_%s_text", release);

  g_autofree char *relative = NULL;

  g_strdelimit (name, ".", '_');
  relative = g_build_filename ("tests", "onet", name, NULL);
  return sf_test_source_path (relative);
}

/* A copy of a fixture database in @dir, to break. */
char *
sf_test_onet_copy (const char *release,
                   const char *dir)
{
  g_autofree char *from = sf_test_onet_fixture (release);
  g_autofree char *base = g_path_get_basename (from);
  char *to = g_build_filename (dir, base, NULL);
  g_autoptr(GDir) folder = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (folder);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *src = g_build_filename (from, name, NULL);
      g_autofree char *dst = g_build_filename (to, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (src, &text, &length, NULL));
      g_assert_true (g_file_set_contents (dst, text, length, NULL));
    }
  return to;
}

/* Zips @folder as O*NET does: its files inside a folder of its name. */
char *
sf_test_onet_zip (const char *folder,
                  const char *zip_path)
{
  struct archive *archive = archive_write_new ();
  g_autofree char *base = g_path_get_basename (folder);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_ascii_strcasecmp);

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, zip_path), ==, ARCHIVE_OK);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      g_autofree char *entry_name = g_build_filename (base, names->pdata[i], NULL);
      g_autofree char *text = NULL;
      struct archive_entry *entry = archive_entry_new ();
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      archive_entry_set_pathname (entry, entry_name);
      archive_entry_set_size (entry, length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, text, length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return g_strdup (zip_path);
}

SfFramework *
sf_test_onet_import (const char *source,
                     const char *code,
                     double      threshold,
                     GPtrArray **notes,
                     GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(SfOnetDatabase) database = sf_onet_database_open (file, NULL, error);

  if (database == NULL)
    return NULL;
  return sf_onet_import (database, code, threshold, NULL, NULL, notes, NULL, error);
}
