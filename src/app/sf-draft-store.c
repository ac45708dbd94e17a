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
  GObject      parent_instance;

  char        *directory;
  /* One worker, in order: a removal asked for after a write never lands
   * before it, which would leave a stale draft to offer after a restart. */
  GThreadPool *worker;
};

G_DEFINE_FINAL_TYPE (SfDraftStore, sf_draft_store, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (SfDraft, sf_draft, sf_draft_copy, sf_draft_free)

static void run_job (gpointer data,
                     gpointer user_data);

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

  /* What was asked for is done before the editor exits. */
  g_thread_pool_free (self->worker, FALSE, TRUE);
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
  self->worker = g_thread_pool_new (run_job, self, 1, FALSE, NULL);
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

/* A write (with a task to answer) or a removal (without), for the worker. */
typedef struct
{
  GTask  *task;
  char   *json_path;
  char   *info_path;
  GBytes *contents;
  char   *info;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->task);
  g_free (job->json_path);
  g_free (job->info_path);
  g_clear_pointer (&job->contents, g_bytes_unref);
  g_free (job->info);
  g_free (job);
}

static gboolean
write_job (Job     *job,
           GError **error)
{
  g_autofree char *dir = g_path_get_dirname (job->json_path);

  if (g_task_return_error_if_cancelled (job->task))
    return TRUE;
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", dir, g_strerror (errno));
      return FALSE;
    }
  return g_file_set_contents_full (job->json_path, g_bytes_get_data (job->contents, NULL),
                                   g_bytes_get_size (job->contents), G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error) &&
         g_file_set_contents_full (job->info_path, job->info, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  GError *error = NULL;

  if (job->task == NULL)
    {
      /* The description first: without it the rest is never offered. */
      g_unlink (job->info_path);
      g_unlink (job->json_path);
    }
  else if (g_task_had_error (job->task))
    ;
  else if (write_job (job, &error))
    {
      if (!g_task_had_error (job->task))
        g_task_return_boolean (job->task, TRUE);
    }
  else
    g_task_return_error (job->task, error);
  job_free (job);
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
 * Writes a draft in the store's worker thread, replacing the previous one of
 * @id, after whatever was asked of the store before.
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
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;
  Job *job;

  g_return_if_fail (SF_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL && contents != NULL);

  g_key_file_set_string (key_file, GROUP, "uri", uri ? uri : "");
  g_key_file_set_string (key_file, GROUP, "etag", etag ? etag : "");
  g_key_file_set_string (key_file, GROUP, "title", title ? title : "");
  g_key_file_set_int64 (key_file, GROUP, "modified", g_get_real_time () / G_USEC_PER_SEC);

  job = g_new0 (Job, 1);
  job->json_path = path_for (self, id, ".json");
  job->info_path = path_for (self, id, ".draft");
  job->contents = g_bytes_ref (contents);
  job->info = g_key_file_to_data (key_file, NULL, NULL);
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, sf_draft_store_write_async);
  g_thread_pool_push (self->worker, job, NULL);
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
 * discarded. The removal happens in the background, after any write of the
 * draft asked for before.
 */
void
sf_draft_store_remove (SfDraftStore *self,
                       const char   *id)
{
  Job *job;

  g_return_if_fail (SF_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);

  job = g_new0 (Job, 1);
  job->info_path = path_for (self, id, ".draft");
  job->json_path = path_for (self, id, ".json");
  g_thread_pool_push (self->worker, job, NULL);
}
