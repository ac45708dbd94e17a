/* sf-document-io.c: loading, saving and reloading a document
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves are serialized per document. An asynchronous save writes a snapshot
 * taken when its write starts; a save asked for while one is writing waits
 * and, when its turn comes, writes the newest state, answering every request
 * that joined it. Writers (the worker thread and sf_document_save()) hold
 * the write lock, and a snapshot older than the one already written to the
 * same file is not written at all, so that the file never goes back to an
 * older state. Each write passes the etag that the document last saw of its
 * file, and fails with %G_IO_ERROR_WRONG_ETAG when someone else changed the
 * file meanwhile, unless the caller forces it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-document-private.h"

typedef struct _SfSaveJob
{
  SfDocument  *document;
  GFile       *file;
  SfSaveFlags  flags;
  GPtrArray   *tasks;       /* the requests the job answers */

  /* The snapshot, taken when the job starts. */
  GBytes      *bytes;
  guint        position;
  guint64      state;
  guint64      generation;
  gboolean     superseded;  /* a newer snapshot was on disk already */
} SfSaveJob;

static void start_next_save (SfDocument *self);

static SfSaveJob *
save_job_new (SfDocument  *self,
              GFile       *file,
              SfSaveFlags  flags)
{
  SfSaveJob *job = g_new0 (SfSaveJob, 1);

  job->document = self;
  job->file = g_object_ref (file);
  job->flags = flags;
  job->tasks = g_ptr_array_new_with_free_func (g_object_unref);
  return job;
}

static void
save_job_free (SfSaveJob *job)
{
  g_object_unref (job->file);
  g_ptr_array_unref (job->tasks);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job);
}

static void
save_job_snapshot (SfSaveJob *job)
{
  SfDocument *self = job->document;

  sf_document_break_coalescing (self);
  job->bytes = sf_format_write (self->framework);
  job->position = self->position;
  job->state = _sf_document_state_at (self, self->position);
  job->generation = ++self->next_generation;
}

/* Writes a job's snapshot under the write lock; runs in a worker thread or
 * in sf_document_save(). */
static gboolean
save_job_write (SfSaveJob     *job,
                GCancellable  *cancellable,
                GError       **error)
{
  SfDocument *self = job->document;
  g_autofree char *new_etag = NULL;
  gboolean same_file, ok;
  const char *etag;

  g_mutex_lock (&self->write_lock);

  same_file = self->etag_file != NULL && g_file_equal (job->file, self->etag_file);
  if (same_file && job->generation < self->written_generation)
    {
      job->superseded = TRUE;
      g_mutex_unlock (&self->write_lock);
      return TRUE;
    }

  /* Another file chosen to save as was confirmed by the author: only the
   * document's own file is compared. */
  etag = same_file && !(job->flags & SF_SAVE_FORCE) ? self->etag : NULL;
  ok = sf_format_save_bytes (job->file, job->bytes, TRUE, etag, &new_etag, cancellable, error);
  if (ok)
    {
      g_set_object (&self->etag_file, job->file);
      g_free (self->etag);
      self->etag = g_steal_pointer (&new_etag);
      self->written_generation = job->generation;
    }

  g_mutex_unlock (&self->write_lock);
  return ok;
}

static void
save_job_finished (SfSaveJob *job)
{
  SfDocument *self = job->document;
  gboolean newest;

  /* A newer snapshot may have reached the file since this one did. */
  g_mutex_lock (&self->write_lock);
  newest = !job->superseded && job->generation == self->written_generation;
  g_mutex_unlock (&self->write_lock);

  if (newest)
    {
      _sf_document_mark_saved (self, job->file, job->position, job->state);
      _sf_document_notify (self, "etag");
    }
}

void
_sf_document_io_init (SfDocument *self)
{
  g_mutex_init (&self->write_lock);
  g_queue_init (&self->queued_saves);
}

void
_sf_document_io_finalize (SfDocument *self)
{
  /* Running and queued jobs hold the document: none is left. */
  g_assert (self->running_save == NULL && g_queue_is_empty (&self->queued_saves));

  g_mutex_clear (&self->write_lock);
  g_clear_object (&self->etag_file);
  g_clear_pointer (&self->etag, g_free);
}

static void
set_loaded (SfDocument *self,
            GFile      *file,
            char       *etag)
{
  g_mutex_lock (&self->write_lock);
  g_set_object (&self->etag_file, file);
  g_free (self->etag);
  self->etag = etag;
  /* Snapshots taken before the reload must not overwrite it. */
  self->written_generation = ++self->next_generation;
  g_mutex_unlock (&self->write_lock);
}

/**
 * sf_document_new_for_file:
 * @file: the file to load
 * @limits: (nullable): the limits, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads a document synchronously; see sf_document_load_async().
 *
 * Returns: (transfer full) (nullable): the document
 */
SfDocument *
sf_document_new_for_file (GFile                *file,
                          const SfFormatLimits *limits,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autoptr(SfFramework) framework = NULL;
  SfDocument *self;
  char *etag = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  framework = sf_format_load_file_full (file, limits, NULL, &etag, cancellable, error);
  if (framework == NULL)
    return NULL;

  self = g_object_new (SF_TYPE_DOCUMENT, "framework", framework, "file", file, NULL);
  set_loaded (self, file, etag);
  return self;
}

typedef struct
{
  GFile                *file;
  const SfFormatLimits *limits;
  SfFramework          *framework;
  char                 *etag;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_object_unref (load->file);
  g_clear_object (&load->framework);
  g_free (load->etag);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  GError *error = NULL;

  load->framework = sf_format_load_file_full (load->file, load->limits, NULL, &load->etag,
                                              cancellable, &error);
  if (load->framework == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static GTask *
load_task_new (gpointer              source,
               GFile                *file,
               const SfFormatLimits *limits,
               GCancellable         *cancellable,
               GAsyncReadyCallback   callback,
               gpointer              user_data)
{
  GTask *task = g_task_new (source, cancellable, callback, user_data);
  LoadData *load = g_new0 (LoadData, 1);

  load->file = g_object_ref (file);
  load->limits = limits;
  g_task_set_task_data (task, load, load_data_free);
  return task;
}

/**
 * sf_document_load_async:
 * @file: the file to load
 * @limits: (nullable): the limits, or %NULL for the defaults; they must stay
 *   valid until the load ends
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the document is loaded
 * @user_data: data for @callback
 *
 * Loads a framework file into a new document in a worker thread. A document
 * is created only when the whole file loaded without error: nothing is ever
 * half-loaded.
 */
void
sf_document_load_async (GFile                *file,
                        const SfFormatLimits *limits,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = load_task_new (NULL, file, limits, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_document_load_async);
  g_task_run_in_thread (task, load_thread);
}

/**
 * sf_document_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the document
 */
SfDocument *
sf_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  GTask *task = G_TASK (result);
  LoadData *load;
  SfDocument *self;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (task) == sf_document_load_async, NULL);

  if (!g_task_propagate_boolean (task, error))
    return NULL;

  load = g_task_get_task_data (task);
  self = g_object_new (SF_TYPE_DOCUMENT, "framework", load->framework, "file", load->file, NULL);
  set_loaded (self, load->file, g_steal_pointer (&load->etag));
  return self;
}

/**
 * sf_document_save:
 * @self: a #SfDocument
 * @file: (nullable): where to save, or %NULL for the document's file
 * @flags: #SfSaveFlags
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves atomically, keeping the previous file as a backup (`FILE~`). On
 * failure the previous file is left as it was and the document stays
 * modified. When the document's file changed on disk since the document
 * loaded or saved it, the save fails with %G_IO_ERROR_WRONG_ETAG, unless
 * @flags has %SF_SAVE_FORCE.
 *
 * Returns: %TRUE on success
 */
gboolean
sf_document_save (SfDocument    *self,
                  GFile         *file,
                  SfSaveFlags    flags,
                  GCancellable  *cancellable,
                  GError       **error)
{
  SfSaveJob *job;
  gboolean was_saving;
  gboolean ok;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);
  /* Half an action is not a state the author can undo back to. */
  g_return_val_if_fail (self->open == NULL, FALSE);

  job = save_job_new (self, file ? file : self->file, flags);
  save_job_snapshot (job);

  was_saving = sf_document_get_saving (self);
  self->sync_saves++;
  if (!was_saving)
    _sf_document_notify (self, "saving");
  ok = save_job_write (job, cancellable, error);
  if (ok)
    save_job_finished (job);
  self->sync_saves--;
  if (!sf_document_get_saving (self))
    _sf_document_notify (self, "saving");

  save_job_free (job);
  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_job_write (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SfDocument *self = SF_DOCUMENT (object);
  SfSaveJob *job = self->running_save;
  g_autoptr(GError) error = NULL;

  g_assert (job == g_task_get_task_data (G_TASK (result)));

  self->running_save = NULL;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    save_job_finished (job);

  for (guint i = 0; i < job->tasks->len; i++)
    {
      GTask *task = g_ptr_array_index (job->tasks, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }

  start_next_save (self);
}

static gboolean
start_next_save_idle (gpointer data)
{
  SfDocument *self = data;

  start_next_save (self);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
start_next_save (SfDocument *self)
{
  g_autoptr(GTask) worker = NULL;
  GCancellable *cancellable = NULL;
  SfSaveJob *job;

  if (self->running_save != NULL)
    return;
  if (g_queue_is_empty (&self->queued_saves))
    {
      if (self->sync_saves == 0)
        _sf_document_notify (self, "saving");
      return;
    }
  /* A snapshot is taken between actions, never inside one. */
  if (self->open != NULL || self->busy > 0)
    {
      g_idle_add (start_next_save_idle, g_object_ref (self));
      return;
    }

  job = g_queue_pop_head (&self->queued_saves);
  save_job_snapshot (job);
  self->running_save = job;

  /* A write that answers several requests is not cancelled by one. */
  if (job->tasks->len == 1)
    cancellable = g_task_get_cancellable (g_ptr_array_index (job->tasks, 0));

  worker = g_task_new (self, cancellable, save_cb, NULL);
  g_task_set_source_tag (worker, start_next_save);
  g_task_set_task_data (worker, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (worker, save_thread);
}

/**
 * sf_document_save_async:
 * @self: a #SfDocument
 * @file: (nullable): where to save, or %NULL for the document's file
 * @flags: #SfSaveFlags
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the save ends
 * @user_data: data for @callback
 *
 * Saves like sf_document_save() without blocking: the document is written
 * to memory when the save starts, and the file in the background. A save
 * asked for while another is writing waits for it, then writes the newest
 * state; requests for the same file that wait together are answered by one
 * write. The modified mark follows the state that reached the disk: edits
 * made meanwhile keep the document modified.
 */
void
sf_document_save_async (SfDocument          *self,
                        GFile               *file,
                        SfSaveFlags          flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  gboolean was_saving;
  SfSaveJob *last;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);
  g_return_if_fail (self->open == NULL);

  was_saving = sf_document_get_saving (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_document_save_async);

  if (file == NULL)
    file = self->file;

  last = g_queue_peek_tail (&self->queued_saves);
  if (last != NULL && last->flags == flags && g_file_equal (last->file, file))
    {
      g_ptr_array_add (last->tasks, g_steal_pointer (&task));
      return;
    }

  last = save_job_new (self, file, flags);
  g_ptr_array_add (last->tasks, g_steal_pointer (&task));
  g_queue_push_tail (&self->queued_saves, last);

  if (self->running_save == NULL)
    start_next_save (self);
  if (!was_saving)
    _sf_document_notify (self, "saving");
}

/**
 * sf_document_save_finish:
 * @self: a #SfDocument
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
sf_document_save_finish (SfDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sf_document_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SfDocument *self = g_task_get_source_object (task);
  LoadData *load = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  sf_document_replace (self, load->framework, _("Reload"));
  set_loaded (self, load->file, g_steal_pointer (&load->etag));
  _sf_document_mark_saved (self, NULL, self->position,
                           _sf_document_state_at (self, self->position));
  _sf_document_notify (self, "etag");
  g_task_return_boolean (task, TRUE);
}

/**
 * sf_document_reload_async:
 * @self: a #SfDocument with a file
 * @limits: (nullable): the limits, or %NULL for the defaults; they must stay
 *   valid until the reload ends
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the reload ends
 * @user_data: data for @callback
 *
 * Reads the document's file again and brings its contents in with
 * sf_document_replace(), as one undoable action labelled “Reload”: the
 * document then matches its file and is unmodified, and undo brings back
 * what it held before. When the file cannot be read or is not a framework,
 * the document is left as it was.
 */
void
sf_document_reload_async (SfDocument           *self,
                          const SfFormatLimits *limits,
                          GCancellable         *cancellable,
                          GAsyncReadyCallback   callback,
                          gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_document_reload_async);
  worker = load_task_new (NULL, self->file, limits, cancellable, reload_cb, g_steal_pointer (&task));
  g_task_run_in_thread (worker, load_thread);
}

/**
 * sf_document_reload_finish:
 * @self: a #SfDocument
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the document was reloaded
 */
gboolean
sf_document_reload_finish (SfDocument    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sf_document_get_etag:
 * @self: a #SfDocument
 *
 * Returns: (nullable): the entity tag of the document's file as the document
 *   last loaded or saved it, or %NULL for a document never loaded or saved
 */
const char *
sf_document_get_etag (SfDocument *self)
{
  const char *etag;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), NULL);

  g_mutex_lock (&self->write_lock);
  etag = self->etag_file != NULL && self->file != NULL && g_file_equal (self->etag_file, self->file)
         ? self->etag : NULL;
  g_mutex_unlock (&self->write_lock);
  return etag;
}

/**
 * sf_document_get_saving:
 * @self: a #SfDocument
 *
 * Returns: whether a save is writing or waiting to write
 */
gboolean
sf_document_get_saving (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);

  return self->running_save != NULL || !g_queue_is_empty (&self->queued_saves) ||
         self->sync_saves > 0;
}
