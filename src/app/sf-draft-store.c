/* sf-draft-store.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sf-draft-store.h"
#include "sf-format.h"

/**
 * SfDraftStore:
 *
 * Keeps drafts of unsaved work in `$XDG_DATA_HOME/<app id>/drafts/`, as GNOME
 * Text Editor does: for each document, its framework (`ID.json`, the format
 * itself) and what it is a draft of (`ID.draft`: the original file and its
 * etag, the title, when). Both are replaced atomically, the framework first,
 * so a crash never leaves a draft that points at half a file. A draft is
 * written on a timer while its document is modified and removed once the
 * document is saved or its changes discarded; after a crash the editor finds
 * them with sf_draft_store_list().
 */
struct _SfDraftStore
{
  GObject  parent_instance;

  char    *directory;
};

G_DEFINE_FINAL_TYPE (SfDraftStore, sf_draft_store, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (SfDraft, sf_draft, sf_draft_copy, sf_draft_free)

#define GROUP "Draft"

SfDraft *
sf_draft_copy (const SfDraft *draft)
{
  SfDraft *copy = g_new0 (SfDraft, 1);

  copy->id = g_strdup (draft->id);
  copy->file = draft->file ? g_object_ref (draft->file) : NULL;
  copy->etag = g_strdup (draft->etag);
  copy->title = g_strdup (draft->title);
  copy->draft_file = g_object_ref (draft->draft_file);
  copy->modified = draft->modified ? g_date_time_ref (draft->modified) : NULL;
  return copy;
}

void
sf_draft_free (SfDraft *draft)
{
  g_free (draft->id);
  g_clear_object (&draft->file);
  g_free (draft->etag);
  g_free (draft->title);
  g_clear_object (&draft->draft_file);
  g_clear_pointer (&draft->modified, g_date_time_unref);
  g_free (draft);
}

/**
 * sf_draft_load:
 * @draft: a draft
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the draft's framework
 */
SfFramework *
sf_draft_load (const SfDraft  *draft,
               GError        **error)
{
  return sf_format_load_file (draft->draft_file, NULL, NULL, NULL, error);
}

static void
sf_draft_store_finalize (GObject *object)
{
  SfDraftStore *self = SF_DRAFT_STORE (object);

  g_free (self->directory);

  G_OBJECT_CLASS (sf_draft_store_parent_class)->finalize (object);
}

static void
sf_draft_store_class_init (SfDraftStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_draft_store_finalize;
}

static void
sf_draft_store_init (SfDraftStore *self)
{
}

/**
 * sf_draft_store_new:
 * @directory: (nullable): where to keep drafts, or %NULL for
 *   `$XDG_DATA_HOME/<app id>/drafts`
 *
 * Returns: (transfer full): a new #SfDraftStore
 */
SfDraftStore *
sf_draft_store_new (const char *directory)
{
  SfDraftStore *self = g_object_new (SF_TYPE_DRAFT_STORE, NULL);

  self->directory = directory ? g_strdup (directory)
                              : g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
  return self;
}

const char *
sf_draft_store_get_directory (SfDraftStore *self)
{
  g_return_val_if_fail (SF_IS_DRAFT_STORE (self), NULL);

  return self->directory;
}

/**
 * sf_draft_store_id_for_file:
 * @file: (nullable): a framework's file
 *
 * Returns: (transfer full): the draft id of @file, the same in every
 *   session, or a new random id for a framework without a file
 */
char *
sf_draft_store_id_for_file (GFile *file)
{
  g_autofree char *uri = NULL;

  if (file == NULL)
    return g_uuid_string_random ();
  uri = g_file_get_uri (file);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
}

static char *
path_for (SfDraftStore *self,
          const char   *id,
          const char   *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (self->directory, name, NULL);
}

/* Oldest first: the order they were made in. */
static int
compare_modified (gconstpointer a,
                  gconstpointer b)
{
  const SfDraft *da = *(SfDraft **) a;
  const SfDraft *db = *(SfDraft **) b;

  return g_date_time_compare (da->modified, db->modified);
}

/**
 * sf_draft_store_list:
 * @self: a #SfDraftStore
 *
 * Returns: (transfer container) (element-type SfDraft): the drafts kept,
 *   oldest first
 */
GPtrArray *
sf_draft_store_list (SfDraftStore *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_draft_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (SF_IS_DRAFT_STORE (self), drafts);

  if ((dir = g_dir_open (self->directory, 0, NULL)) == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autofree char *path = g_build_filename (self->directory, name, NULL);
      g_autofree char *id = NULL;
      g_autofree char *json = NULL;
      g_autofree char *uri = NULL;
      SfDraft *draft;

      if (!g_str_has_suffix (name, ".draft") ||
          !g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".draft"));
      json = path_for (self, id, ".json");
      if (!g_file_test (json, G_FILE_TEST_IS_REGULAR))
        continue;

      draft = g_new0 (SfDraft, 1);
      draft->id = g_steal_pointer (&id);
      uri = g_key_file_get_string (key_file, GROUP, "uri", NULL);
      draft->file = uri && *uri ? g_file_new_for_uri (uri) : NULL;
      draft->etag = g_key_file_get_string (key_file, GROUP, "etag", NULL);
      draft->title = g_key_file_get_string (key_file, GROUP, "title", NULL);
      draft->draft_file = g_file_new_for_path (json);
      draft->modified = g_date_time_new_from_unix_local (g_key_file_get_int64 (key_file, GROUP,
                                                                                "modified", NULL));
      g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_modified);
  return drafts;
}

typedef struct
{
  char   *json_path;
  char   *info_path;
  GBytes *contents;
  char   *info;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_free (data->json_path);
  g_free (data->info_path);
  g_bytes_unref (data->contents);
  g_free (data->info);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autofree char *dir = g_path_get_dirname (data->json_path);
  GError *error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errno),
                               "%s: %s", dir, g_strerror (errno));
      return;
    }
  if (!g_file_set_contents_full (data->json_path, g_bytes_get_data (data->contents, NULL),
                                 g_bytes_get_size (data->contents), G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &error) ||
      !g_file_set_contents_full (data->info_path, data->info, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sf_draft_store_write_async:
 * @self: a #SfDraftStore
 * @id: the draft's id
 * @contents: the framework, as the format writes it
 * @file: (nullable): the framework's own file
 * @etag: (nullable): that file's etag as the document last saw it
 * @title: (nullable): the occupation title
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the draft is written
 * @user_data: data for @callback
 *
 * Writes a draft in a worker thread, replacing the previous one of @id.
 */
void
sf_draft_store_write_async (SfDraftStore        *self,
                            const char          *id,
                            GBytes              *contents,
                            GFile               *file,
                            const char          *etag,
                            const char          *title,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;
  WriteData *data;

  g_return_if_fail (SF_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL && contents != NULL);

  g_key_file_set_string (key_file, GROUP, "uri", uri ? uri : "");
  g_key_file_set_string (key_file, GROUP, "etag", etag ? etag : "");
  g_key_file_set_string (key_file, GROUP, "title", title ? title : "");
  g_key_file_set_int64 (key_file, GROUP, "modified", g_get_real_time () / G_USEC_PER_SEC);

  data = g_new0 (WriteData, 1);
  data->json_path = path_for (self, id, ".json");
  data->info_path = path_for (self, id, ".draft");
  data->contents = g_bytes_ref (contents);
  data->info = g_key_file_to_data (key_file, NULL, NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_draft_store_write_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
sf_draft_store_write_finish (SfDraftStore  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sf_draft_store_remove:
 * @self: a #SfDraftStore
 * @id: a draft's id
 *
 * Removes a draft, if there is one: its document was saved or its changes
 * discarded.
 */
void
sf_draft_store_remove (SfDraftStore *self,
                       const char   *id)
{
  g_autofree char *json = NULL;
  g_autofree char *info = NULL;

  g_return_if_fail (SF_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);

  /* The description first: without it the rest is never offered. */
  info = path_for (self, id, ".draft");
  json = path_for (self, id, ".json");
  g_unlink (info);
  g_unlink (json);
}
