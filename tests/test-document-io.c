/* test-document-io.c: saving, reloading, and files changed behind a document
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sf-document-monitor.h"
#include "sf-test-util.h"

typedef struct
{
  guint   pending;
  GError *error;
} Waiter;

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Waiter *waiter = user_data;
  GError *error = NULL;

  if (!sf_document_save_finish (SF_DOCUMENT (object), result, &error))
    {
      g_clear_error (&waiter->error);
      waiter->error = error;
    }
  waiter->pending--;
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Waiter *waiter = user_data;

  sf_document_reload_finish (SF_DOCUMENT (object), result, &waiter->error);
  waiter->pending--;
}

static void
wait_for (Waiter *waiter)
{
  while (waiter->pending > 0)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
spin_until_state (SfDocumentMonitor *monitor,
                  SfDiskState        state)
{
  for (guint i = 0; i < 100 && sf_document_monitor_get_state (monitor) != state; i++)
    spin (50);
  return sf_document_monitor_get_state (monitor) == state;
}

/* A document on a copy of the seed in a new folder. */
static SfDocument *
document_on_copy (const char *dir,
                  char      **path_out)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (dir, "framework.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SfDocument *document;

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  document = sf_document_new_for_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sf_document_get_etag (document));
  *path_out = g_steal_pointer (&path);
  return document;
}

/* Another program writes the file, with a later modification time so that
 * the change shows whatever the file system's time resolution. */
static void
write_behind (const char *path,
              const char *contents)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  guint64 mtime;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  mtime = info ? g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) : 0;
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime + 7,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
}

static void
set_title (SfDocument *document,
           const char *title)
{
  SfOccupation *occupation = sf_framework_get_occupation (sf_document_get_framework (document));

  sf_document_set_string (document, SF_NODE (occupation), "title", title, NULL);
}

static char *
contents_of (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Overlapping saves: the newest state always ends on disk, requests that
 * wait together are one write, and the saved mark follows the disk. */
static void
test_overlapping_saves (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(SfDocument) document = document_on_copy (dir, &path);

  backup = g_strconcat (path, "~", NULL);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *a = g_strdup_printf ("Round %u a", i);
      g_autofree char *b = g_strdup_printf ("Round %u b", i);
      g_autofree char *c = g_strdup_printf ("Round %u c", i);
      g_autofree char *state = NULL;
      g_autofree char *on_disk = NULL;
      g_autofree char *previous = NULL;
      Waiter waiter = { 3, NULL };

      /* An autosave, then Ctrl+S twice while it writes. */
      set_title (document, a);
      sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &waiter);
      g_assert_true (sf_document_get_saving (document));
      set_title (document, b);
      sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &waiter);
      set_title (document, c);
      sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &waiter);
      wait_for (&waiter);
      g_assert_no_error (waiter.error);

      state = sf_test_write_string (sf_document_get_framework (document));
      on_disk = contents_of (path);
      g_assert_cmpstr (on_disk, ==, state);
      g_assert_false (sf_document_get_modified (document));
      g_assert_false (sf_document_get_saving (document));
      /* The first write had "a"; "b" was never written on its own. */
      previous = contents_of (backup);
      g_assert_nonnull (strstr (previous, a));

      /* A save that blocks while another writes in the background: the
       * older snapshot never overwrites the newer. */
      waiter.pending = 1;
      set_title (document, a);
      sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &waiter);
      set_title (document, b);
      g_assert_true (sf_document_save (document, NULL, SF_SAVE_NONE, NULL, NULL));
      wait_for (&waiter);
      g_assert_no_error (waiter.error);
      g_free (on_disk);
      on_disk = contents_of (path);
      g_assert_nonnull (strstr (on_disk, b));
      g_assert_false (sf_document_get_modified (document));
    }

  g_clear_object (&document);
  sf_test_remove_tree (dir);
}

static void
test_changed_behind (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autoptr(SfDocument) document = document_on_copy (dir, &path);
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;
  Waiter waiter = { 1, NULL };

  /* Someone else saves the file; our save must not overwrite it. */
  g_free (on_disk);
  on_disk = contents_of (path);
  theirs = sf_test_replace_once (on_disk, "\"version\": \"v26.05\"", "\"version\": \"theirs\"");
  write_behind (path, theirs);
  set_title (document, "Mine");
  g_assert_false (sf_document_save (document, NULL, SF_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_free (on_disk);
  on_disk = contents_of (path);
  g_assert_cmpstr (on_disk, ==, theirs);
  g_assert_true (sf_document_get_modified (document));

  sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &waiter);
  wait_for (&waiter);
  g_assert_error (waiter.error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&waiter.error);
  g_free (on_disk);
  on_disk = contents_of (path);
  g_assert_cmpstr (on_disk, ==, theirs);

  /* The author chose to overwrite; later saves compare with the new etag. */
  g_assert_true (sf_document_save (document, NULL, SF_SAVE_FORCE, NULL, NULL));
  g_free (on_disk);
  on_disk = contents_of (path);
  g_assert_nonnull (strstr (on_disk, "Mine"));
  set_title (document, "Mine again");
  g_assert_true (sf_document_save (document, NULL, SF_SAVE_NONE, NULL, NULL));

  /* Saving as another file that exists is what the author confirmed. */
  other = g_build_filename (dir, "other.json", NULL);
  g_assert_true (g_file_set_contents (other, "{}", -1, NULL));
  {
    g_autoptr(GFile) file = g_file_new_for_path (other);

    g_assert_true (sf_document_save (document, file, SF_SAVE_NONE, NULL, NULL));
    g_assert_true (g_file_equal (sf_document_get_file (document), file));
  }

  g_clear_object (&document);
  sf_test_remove_tree (dir);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_monitor_and_reload (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autoptr(SfDocument) document = document_on_copy (dir, &path);
  g_autoptr(SfDocumentMonitor) monitor = sf_document_monitor_new (document);
  SfFramework *framework = sf_document_get_framework (document);
  g_autofree char *before = sf_test_write_string (framework);
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  g_autofree char *on_disk = NULL;
  Waiter waiter = { 0, NULL };
  guint state_changes = 0;

  g_signal_connect (monitor, "notify::state", G_CALLBACK (count_notify), &state_changes);
  spin (300);
  g_assert_cmpint (sf_document_monitor_get_state (monitor), ==, SF_DISK_STATE_CURRENT);

  /* Our own saves are not news. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Ours %u", i);

      set_title (document, title);
      waiter.pending = 1;
      sf_document_save_async (document, NULL, SF_SAVE_NONE, NULL, save_cb, &waiter);
      wait_for (&waiter);
      g_assert_no_error (waiter.error);
    }
  g_assert_true (sf_document_save (document, NULL, SF_SAVE_NONE, NULL, NULL));
  spin (400);
  g_assert_cmpuint (state_changes, ==, 0);

  /* Someone else's are. */
  g_free (on_disk);
  on_disk = contents_of (path);
  theirs = sf_test_replace_once (on_disk, "\"version\": \"v26.05\"", "\"version\": \"theirs\"");
  write_behind (path, theirs);
  g_assert_true (spin_until_state (monitor, SF_DISK_STATE_CHANGED));

  /* Reload: the document becomes the file, unmodified, one undoable step. */
  set_title (document, "Unsaved");
  waiter.pending = 1;
  sf_document_reload_async (document, NULL, NULL, reload_cb, &waiter);
  wait_for (&waiter);
  g_assert_no_error (waiter.error);
  now = sf_test_write_string (framework);
  g_assert_cmpstr (now, ==, theirs);
  g_assert_false (sf_document_get_modified (document));
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Reload");
  g_assert_true (spin_until_state (monitor, SF_DISK_STATE_CURRENT));
  g_assert_true (sf_document_undo (document));
  g_assert_cmpstr (sf_occupation_get_title (sf_framework_get_occupation (framework)), ==, "Unsaved");
  g_assert_true (sf_document_redo (document));

  /* A file that is no framework any more: the reload says where, and the
   * document stays. */
  write_behind (path, "{\n  \"format\": \"skillframe/1\",\n  \"id\": ,\n}\n");
  waiter.pending = 1;
  sf_document_reload_async (document, NULL, NULL, reload_cb, &waiter);
  wait_for (&waiter);
  g_assert_error (waiter.error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (waiter.error->message, ":3:9:"));
  g_clear_error (&waiter.error);
  g_free (now);
  now = sf_test_write_string (framework);
  g_assert_cmpstr (now, ==, theirs);

  /* Gone, then saved again. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (spin_until_state (monitor, SF_DISK_STATE_DELETED));
  g_assert_true (sf_document_save (document, NULL, SF_SAVE_NONE, NULL, NULL));
  g_assert_true (spin_until_state (monitor, SF_DISK_STATE_CURRENT));
  g_assert_nonnull (before);

  g_assert_finalize_object (g_steal_pointer (&monitor));
  g_assert_finalize_object (g_steal_pointer (&document));
  sf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/document-io/overlapping-saves", test_overlapping_saves);
  g_test_add_func ("/skillframe/document-io/changed-behind", test_changed_behind);
  g_test_add_func ("/skillframe/document-io/monitor-and-reload", test_monitor_and_reload);

  return g_test_run ();
}
