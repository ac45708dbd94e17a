/* sf-sync.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sf-enum-types.h"
#include "sf-format.h"
#include "sf-format-private.h"
#include "sf-framework.h"
#include "sf-json.h"
#include "sf-merge.h"
#include "sf-occupation.h"
#include "sf-sync.h"
#include "sf-sync-client-private.h"
#include "sf-sync-state.h"

/* A 412 means someone uploaded between our fetch and our upload: fetch,
 * merge and try again, but not forever against a busy framework. */
#define MAX_ATTEMPTS 6
/* Transfers at a time: measured on a pull of 1,000 frameworks from a
 * local Apache, sequential transfers took 3× curl's time, the parsing and
 * saving of one framework waiting for nothing. */
#define DEFAULT_WORKERS 4

/**
 * SfSync:
 *
 * Sync = fetch, merge, upload, for the frameworks of one local folder and
 * one remote collection.
 *
 * The last synced version of each framework is kept in the folder as the
 * merge base, with its remote etag (sf-sync-state.h). A listing (one
 * PROPFIND) tells which frameworks changed on the server; the local file's
 * modification time, checked against its contents when it moved, which
 * changed here. Local change only: upload with `If-Match`; remote change
 * only: download; both: three-way merge (sf-merge.h), saved locally, then
 * uploaded with `If-Match` of the version merged with. A 412 starts over
 * from the fetch.
 *
 * No edit is ever lost: the local file is saved (atomically, with a
 * backup) before anything is sent; the state is written only after the
 * server confirmed the version it names; a framework whose local file
 * changed during the sync is not overwritten (its save fails on the
 * file's etag) and is left for the next sync. Conflicts are returned, not
 * resolved, unless a preference was set for unattended use.
 */
struct _SfSync
{
  GObject             parent_instance;

  SfSyncClient       *client;
  GFile              *folder;
  GFile              *state_folder;
  GPtrArray          *files;
  SfSyncPrefer        prefer;
  guint               workers;
  gboolean            no_dead_properties;
  SfSyncProgressFunc  progress;
  gpointer            progress_data;
  GDestroyNotify      progress_destroy;

  /* The states of frameworks downloaded by the current run, written
   * together (sf_sync_state_save_all()) */
  GMutex              pending_lock;
  GPtrArray          *pending_items;
  GPtrArray          *pending_states;
  GPtrArray          *pending_bases;
  gsize               pending_size;
};

/* The states of downloads are written in batches of this many bytes of
 * bases, and at the end of a run. */
#define PENDING_SIZE (16 * 1024 * 1024)

G_DEFINE_FINAL_TYPE (SfSync, sf_sync, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (SfSyncItem, sf_sync_item, sf_sync_item_ref, sf_sync_item_unref)

static SfSyncItem *
sf_sync_item_new (const char *name)
{
  SfSyncItem *self = g_new0 (SfSyncItem, 1);

  self->ref_count = 1;
  self->name = g_strdup (name);
  return self;
}

SfSyncItem *
sf_sync_item_ref (SfSyncItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
sf_sync_item_unref (SfSyncItem *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_free (self->name);
  g_clear_object (&self->file);
  g_clear_pointer (&self->remote, sf_sync_resource_free);
  g_clear_error (&self->error);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_object (&self->base);
  g_clear_object (&self->mine);
  g_clear_object (&self->theirs);
  g_clear_object (&self->merged);
  g_free (self->theirs_etag);
  g_free (self->local_etag);
  g_clear_pointer (&self->written, g_bytes_unref);
  g_free (self);
}

/**
 * sf_sync_item_state_to_string:
 * @state: a state
 *
 * Returns: the state in words, for the author
 */
const char *
sf_sync_item_state_to_string (SfSyncItemState state)
{
  switch (state)
    {
    case SF_SYNC_ITEM_SYNCED:
      return _("synced");
    case SF_SYNC_ITEM_LOCAL_CHANGES:
      return _("local changes");
    case SF_SYNC_ITEM_REMOTE_CHANGES:
      return _("remote changes");
    case SF_SYNC_ITEM_BOTH_CHANGED:
      return _("local and remote changes");
    case SF_SYNC_ITEM_LOCAL_ONLY:
      return _("not on the server");
    case SF_SYNC_ITEM_REMOTE_ONLY:
      return _("only on the server");
    case SF_SYNC_ITEM_CONFLICT:
      return _("conflict");
    case SF_SYNC_ITEM_FAILED:
    default:
      return _("failed");
    }
}

static void
sf_sync_finalize (GObject *object)
{
  SfSync *self = (SfSync *) object;

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  g_clear_object (&self->client);
  g_clear_object (&self->folder);
  g_clear_object (&self->state_folder);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->pending_items, g_ptr_array_unref);
  g_clear_pointer (&self->pending_states, g_ptr_array_unref);
  g_clear_pointer (&self->pending_bases, g_ptr_array_unref);
  g_mutex_clear (&self->pending_lock);

  G_OBJECT_CLASS (sf_sync_parent_class)->finalize (object);
}

static void
sf_sync_class_init (SfSyncClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_sync_finalize;
}

static void
sf_sync_init (SfSync *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->workers = DEFAULT_WORKERS;
  g_mutex_init (&self->pending_lock);
  self->pending_items = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_item_unref);
  self->pending_states = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_state_free);
  self->pending_bases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
}

/**
 * sf_sync_new:
 * @client: the remote
 * @folder: the local folder of the frameworks, which also keeps the state
 *
 * Returns: (transfer full): a sync of @folder with @client's collection:
 *   every framework of both, unless sf_sync_add_file() narrows it
 */
SfSync *
sf_sync_new (SfSyncClient *client,
             GFile        *folder)
{
  SfSync *self;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (client), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (SF_TYPE_SYNC, NULL);
  self->client = g_object_ref (client);
  self->folder = g_object_ref (folder);
  self->state_folder = sf_sync_state_folder (folder, sf_sync_client_get_url (client));
  return self;
}

SfSyncClient *
sf_sync_get_client (SfSync *self)
{
  g_return_val_if_fail (SF_IS_SYNC (self), NULL);
  return self->client;
}

GFile *
sf_sync_get_folder (SfSync *self)
{
  g_return_val_if_fail (SF_IS_SYNC (self), NULL);
  return self->folder;
}

/**
 * sf_sync_add_file:
 * @self: a sync
 * @file: a framework file in the folder
 *
 * Narrows the sync to the files added: frameworks only on the server are
 * then not downloaded.
 */
void
sf_sync_add_file (SfSync *self,
                  GFile  *file)
{
  g_return_if_fail (SF_IS_SYNC (self));
  g_return_if_fail (G_IS_FILE (file));
  g_ptr_array_add (self->files, g_object_ref (file));
}

/**
 * sf_sync_set_workers:
 * @self: a sync
 * @workers: how many frameworks to transfer at a time, at least 1
 *
 * With one, frameworks are synced one after the other in name order.
 */
void
sf_sync_set_workers (SfSync *self,
                     guint   workers)
{
  g_return_if_fail (SF_IS_SYNC (self));
  self->workers = MAX (workers, 1);
}

void
sf_sync_set_prefer (SfSync       *self,
                    SfSyncPrefer  prefer)
{
  g_return_if_fail (SF_IS_SYNC (self));
  self->prefer = prefer;
}

/**
 * sf_sync_set_progress_func:
 * @self: a sync
 * @func: (nullable): called after each framework, in the thread that
 *   synced it, one call at a time
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data
 */
void
sf_sync_set_progress_func (SfSync             *self,
                           SfSyncProgressFunc  func,
                           gpointer            user_data,
                           GDestroyNotify      destroy)
{
  g_return_if_fail (SF_IS_SYNC (self));
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

/* What tells that a local file did not change since the sync read or
 * wrote it, without reading it: its etag (modification time), inode and
 * size. The time alone is not enough: Linux stamps files with a coarse
 * clock (a few milliseconds), and an edit saved right after a sync wrote
 * the file could carry the same time; an atomic save always makes a new
 * inode. Returns NULL unless the file still has the etag @etag. */
static char *
file_fingerprint (GFile        *file,
                  const char   *etag,
                  GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;

  if (etag == NULL)
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_INODE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info == NULL || g_strcmp0 (g_file_info_get_etag (info), etag) != 0)
    return NULL;
  return g_strdup_printf ("%s/%" G_GUINT64_FORMAT "/%" G_GOFFSET_FORMAT, etag,
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_size (info));
}

static char *
current_fingerprint (GFile        *file,
                     GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                                 cancellable, NULL);

  return info != NULL ? file_fingerprint (file, g_file_info_get_etag (info), cancellable) : NULL;
}

/* Whether a member of the listing holds no version yet: one being
 * created under a LOCK (Apache's lock-null member has neither etag nor
 * length, a LOCK elsewhere makes an empty one), or an empty one that a
 * create which failed half-way left. */
static gboolean
is_placeholder (const SfSyncResource *r)
{
  return r->length == 0 || (r->etag == NULL && r->length < 0);
}

static gboolean
wanted_name (const char *name)
{
  return name[0] != '.' && g_str_has_suffix (name, ".json");
}

/* Fails the item with @error: its own problem, the others go on. */
static void
fail_item (SfSyncItem *item,
           GError     *error)
{
  g_clear_error (&item->error);
  item->error = error;
  item->state = SF_SYNC_ITEM_FAILED;
}

static gboolean
is_fatal (const GError *error)
{
  if (error->domain == G_IO_ERROR && error->code == G_IO_ERROR_CANCELLED)
    return TRUE;
  if (error->domain != SF_SYNC_ERROR)
    return FALSE;
  switch (error->code)
    {
    case SF_SYNC_ERROR_UNREACHABLE:
    case SF_SYNC_ERROR_TIMEOUT:
    case SF_SYNC_ERROR_TLS:
    case SF_SYNC_ERROR_AUTH:
    case SF_SYNC_ERROR_UNSAFE_SERVER:
    case SF_SYNC_ERROR_REDIRECT:
      return TRUE;
    default:
      return FALSE;
    }
}

typedef struct
{
  SfSyncItem   *item;
  SfSyncState  *state;  /* borrowed, as loaded; NULL: never synced */
  gboolean      synced; /* a last synced version is known: */
  GBytes       *base;   /* it */
  char         *base_etag; /* and its remote etag, NULL when unknown */
  GBytes       *local;  /* the local version, canonical */
  SfFramework  *local_framework;
} Work;

static void
work_clear (Work *work)
{
  g_clear_pointer (&work->base, g_bytes_unref);
  g_clear_pointer (&work->base_etag, g_free);
  g_clear_pointer (&work->local, g_bytes_unref);
  g_clear_object (&work->local_framework);
}

static SfFramework *
read_framework (GBytes      *bytes,
                const char  *what,
                GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return sf_format_read (data, length, what, sf_format_limits_default (), error);
}

static GBytes *
canonical (SfFramework *framework)
{
  return sf_format_write (framework);
}

/* Reads the local file, unless its etag says it still holds the synced
 * version. */
static gboolean
load_local (SfSync        *self,
            Work          *work,
            GCancellable  *cancellable,
            GError       **error)
{
  SfSyncItem *item = work->item;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(SfFramework) framework = NULL;

  g_clear_pointer (&work->local, g_bytes_unref);
  g_clear_object (&work->local_framework);
  g_clear_pointer (&item->local_etag, g_free);
  g_clear_pointer (&item->written, g_bytes_unref);
  if (item->file == NULL)
    return TRUE;

  framework = sf_format_load_file_full (item->file, sf_format_limits_default (), &contents, &etag,
                                        cancellable, &local_error);
  if (framework == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  work->local = canonical (framework);
  work->local_framework = g_steal_pointer (&framework);
  item->local_etag = g_steal_pointer (&etag);
  return TRUE;
}

static gboolean
save_state (SfSync        *self,
            SfSyncItem    *item,
            const char    *etag,
            GBytes        *base,
            gboolean       local_is_base,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *local_name = g_file_get_basename (item->file);
  g_autofree char *fingerprint = local_is_base ? file_fingerprint (item->file, item->local_etag, cancellable) : NULL;
  SfSyncState state = {
    item->name, (char *) etag, NULL, local_name, fingerprint,
  };
  /* The base never shares the local file's inode, even when the sync
   * wrote it with these very bytes: editors that save in place (vim for a
   * file with several links, VS Code) would change the base with it, and
   * the next merge would find no base and report conflicts for edits to
   * different statements. */
  return sf_sync_state_save (self->state_folder, &state, base, NULL, cancellable, error);
}

/* Records @base, the server's version with @etag, as the last synced
 * version: in the state, then in @work for the rest of this sync. */
static gboolean
record (SfSync        *self,
        Work          *work,
        const char    *etag,
        GBytes        *base,
        gboolean       local_is_base,
        GCancellable  *cancellable,
        GError       **error)
{
  if (!save_state (self, work->item, etag, base, local_is_base, cancellable, error))
    return FALSE;
  if (work->base != base)
    {
      g_clear_pointer (&work->base, g_bytes_unref);
      work->base = g_bytes_ref (base);
    }
  g_free (work->base_etag);
  work->base_etag = g_strdup (etag);
  work->synced = TRUE;
  return TRUE;
}

/* Writes the pending states of downloads. Those not written fail their
 * item: the framework is on disk, but the next sync compares it with the
 * server's again. */
static void
flush_pending (SfSync *self)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GPtrArray) bases = NULL;

  /* Taken out, so that the other workers go on meanwhile. */
  g_mutex_lock (&self->pending_lock);
  items = g_steal_pointer (&self->pending_items);
  states = g_steal_pointer (&self->pending_states);
  bases = g_steal_pointer (&self->pending_bases);
  self->pending_items = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_item_unref);
  self->pending_states = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_state_free);
  self->pending_bases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->pending_size = 0;
  g_mutex_unlock (&self->pending_lock);

  if (!sf_sync_state_save_all (self->state_folder, states, bases, &local_error))
    for (guint i = 0; i < items->len; i++)
      fail_item (g_ptr_array_index (items, i), g_error_copy (local_error));
}

/* record() for a framework just downloaded into a new local file: the
 * state is written with those of the other downloads, in one pack of
 * bases and one append to the log, by the end of the run. */
static void
record_download (SfSync     *self,
                 Work       *work,
                 const char *etag,
                 GBytes     *base)
{
  SfSyncItem *item = work->item;
  SfSyncState *state = g_new0 (SfSyncState, 1);
  gboolean full;

  state->name = g_strdup (item->name);
  /* Here, in the workers, rather than in the flush: the checksum of the
   * state's base (sf-sync-state.c). */
  state->base_hash = g_compute_checksum_for_bytes (G_CHECKSUM_MD5, base);
  state->etag = g_strdup (etag);
  state->local_name = g_file_get_basename (item->file);
  state->local_etag = file_fingerprint (item->file, item->local_etag, NULL);
  g_mutex_lock (&self->pending_lock);
  g_ptr_array_add (self->pending_items, sf_sync_item_ref (item));
  g_ptr_array_add (self->pending_states, state);
  g_ptr_array_add (self->pending_bases, g_bytes_ref (base));
  self->pending_size += g_bytes_get_size (base);
  full = self->pending_size >= PENDING_SIZE;
  g_mutex_unlock (&self->pending_lock);
  if (full)
    flush_pending (self);
  if (work->base != base)
    {
      g_clear_pointer (&work->base, g_bytes_unref);
      work->base = g_bytes_ref (base);
    }
  g_free (work->base_etag);
  work->base_etag = g_strdup (etag);
  work->synced = TRUE;
}

static void
set_properties (SfSyncResource *props,
                SfFramework    *framework)
{
  SfOccupation *occupation = sf_framework_get_occupation (framework);
  g_autoptr(GEnumClass) klass = g_type_class_ref (SF_TYPE_STATUS);
  GEnumValue *status = g_enum_get_value (klass, sf_framework_get_status (framework));

  props->id = g_strdup (sf_framework_get_id (framework));
  props->title = g_strdup (occupation != NULL ? sf_occupation_get_title (occupation) : NULL);
  props->code = g_strdup (occupation != NULL ? sf_occupation_get_soc_code (occupation) : NULL);
  props->version = g_strdup (sf_framework_get_version (framework));
  props->status = g_strdup (status != NULL ? status->value_nick : NULL);
}

/* The local file is now @bytes, with the entity tag @etag (taken). */
static void
record_written (SfSyncItem *item,
                char       *etag,
                GBytes     *bytes)
{
  g_free (item->local_etag);
  item->local_etag = etag;
  g_clear_pointer (&item->written, g_bytes_unref);
  item->written = g_bytes_ref (bytes);
}

/* Saves @bytes as the local file, which must still be the version read
 * (its etag): an edit made during the sync is never overwritten. */
static gboolean
save_local (SfSync        *self,
            SfSyncItem    *item,
            GBytes        *bytes,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *new_etag = NULL;

  if (!sf_format_save_bytes (item->file, bytes, TRUE, item->local_etag,
                             &new_etag, cancellable, error))
    return FALSE;
  record_written (item, g_steal_pointer (&new_etag), bytes);
  return TRUE;
}

/* Writes a new local file, complete, and only if no file of that name
 * appeared meanwhile; no fsync of a file that held nothing, as GIO does. */
static gboolean
create_local (SfSync        *self,
              SfSyncItem    *item,
              GBytes        *bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *new_etag = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!_sf_format_create_file (item->file, bytes, TRUE, FALSE, &new_etag, &local_error))
    {
      g_autofree char *path = g_file_get_path (item->file);

      g_set_error (error, local_error->domain, local_error->code, _("Cannot write %s: %s"), path,
                   local_error->message);
      return FALSE;
    }
  record_written (item, g_steal_pointer (&new_etag), bytes);
  return TRUE;
}

/* Whether the server's contents are @expected (canonical): for an upload
 * over a weak etag, which may name two versions. */
static gboolean
is_expected_version (GBytes   *current,
                     gpointer  user_data)
{
  g_autoptr(SfFramework) framework = read_framework (current, "server", NULL);
  g_autoptr(GBytes) bytes = framework != NULL ? canonical (framework) : NULL;

  return bytes != NULL && g_bytes_equal (bytes, user_data);
}

/* Whether the server's contents are no version of a framework: what a
 * create that failed half-way leaves (an empty member after a LOCK of a
 * new name, or an upload cut short), which a create may replace. Only
 * that: a file this client cannot read for another reason (a newer
 * format, a limit, a hand edit gone wrong) is someone's framework, which
 * the sync reports and never overwrites. */
static gboolean
cut_short (const char *data,
           gsize       length)
{
  const SfFormatLimits *limits = sf_format_limits_default ();
  SfJsonLimits json_limits = { .max_depth = limits->max_depth,
                               .max_string_length = limits->max_string_length };
  g_autofree char *message = NULL;
  const char *end;
  SfJsonDoc *doc;
  SfJsonError code;
  gsize offset = 0;

  if (length == 0)
    return TRUE;
  /* Cut inside a character: what comes before it. */
  if (!g_utf8_validate_len (data, length, &end) &&
      g_utf8_get_char_validated (end, data + length - end) == (gunichar) -2)
    return cut_short (data, end - data);
  doc = sf_json_doc_parse (data, length, &json_limits, &offset, &code, &message);
  if (doc != NULL)
    {
      sf_json_doc_free (doc);
      return FALSE;
    }
  return code == SF_JSON_ERROR_SYNTAX && offset >= length;
}

static gboolean
is_no_version (GBytes   *current,
               gpointer  user_data)
{
  gsize length;
  const char *data = g_bytes_get_data (current, &length);

  return cut_short (data, length);
}

/* After @theirs, a fetched copy, could not be read: if it is no version
 * (see is_no_version()), @error becomes a 423, to look again after a
 * while, and if the copy stays cut short, the reason the item failed. Where
 * it comes from: an empty member that a LOCK of a new name made and
 * someone's PUT is to fill, a server that writes a PUT in place (Apache's
 * mod_dav_fs and lighttpd write to a temporary file and rename it), or an
 * upload that failed half-way. CI once caught a client reading such a copy
 * from Apache during four simultaneous creates; its source is not known. */
static void
cut_short_is_locked (SfSyncItem  *item,
                     GBytes      *theirs,
                     GError     **error)
{
  if (error == NULL || *error == NULL || !is_no_version (theirs, NULL))
    return;
  g_clear_error (error);
  g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_LOCKED,
               _("%s is cut short on the server: someone’s upload of it is under way, or one failed half-way"),
               item->name);
}

/* Uploads @bytes over the remote version @if_match (NULL: create), then
 * records it as synced. */
static gboolean
upload (SfSync        *self,
        Work          *work,
        GBytes        *bytes,
        SfFramework   *framework,
        const char    *if_match,
        GBytes        *expected,
        gboolean       local_is_bytes,
        GCancellable  *cancellable,
        GError       **error)
{
  SfSyncItem *item = work->item;
  g_autofree char *etag = NULL;
  g_autoptr(SfSyncResource) props = sf_sync_resource_new ();
  g_autoptr(GError) props_error = NULL;

  if (!sf_sync_client_put (self->client, item->name, bytes, if_match,
                           if_match == NULL ? is_no_version : expected != NULL ? is_expected_version : NULL,
                           expected, &etag, cancellable, error))
    return FALSE;
  /* Apache gives no etag with a PUT (lighttpd does). A PROPFIND
   * now could give the etag of someone else's upload made in between,
   * recorded with our version as the base: a lost update later. So fetch
   * it back, and record it only if it is our version. Someone else's there
   * (or none) means an upload came between ours and the read-back, or
   * replaced ours in a race the server let through: as after a 412, the
   * caller fetches and merges again rather than claim a sync that the
   * server did not confirm. */
  if (etag == NULL)
    {
      g_autoptr(GError) back_error = NULL;
      g_autoptr(GBytes) back = sf_sync_client_get (self->client, item->name, NULL, NULL, &etag, cancellable, &back_error);
      g_autoptr(SfFramework) back_framework = back != NULL ? read_framework (back, item->name, NULL) : NULL;
      g_autoptr(GBytes) back_canonical = back_framework != NULL ? canonical (back_framework) : NULL;

      if (back == NULL && is_fatal (back_error))
        {
          g_propagate_error (error, g_steal_pointer (&back_error));
          return FALSE;
        }
      if (back_canonical == NULL || !g_bytes_equal (back_canonical, bytes))
        {
          g_debug ("%s: the read-back after the upload is not ours: %s", item->name,
                   back_error != NULL ? back_error->message : "another version");
          g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                       _("%s was replaced on the server by someone else right after the upload"), item->name);
          return FALSE;
        }
    }
  /* Stored: from here the server holds this version, whatever follows. */
  set_properties (props, framework);
  if (!self->no_dead_properties &&
      !sf_sync_client_proppatch (self->client, item->name, props, cancellable, &props_error))
    {
      if (is_fatal (props_error))
        {
          g_propagate_error (error, g_steal_pointer (&props_error));
          return FALSE;
        }
      g_debug ("No properties stored with %s: %s", item->name, props_error->message);
      /* 423: someone's locked update of it is under way, and brings its
       * own properties; the server does keep them. */
      if (!g_error_matches (props_error, SF_SYNC_ERROR, SF_SYNC_ERROR_LOCKED))
        self->no_dead_properties = TRUE;
      g_clear_error (&props_error);
    }
  /* The server keeps no properties: the index gets them, for browsing. A
   * failure there costs the listing its titles, not the upload. */
  if (self->no_dead_properties &&
      !sf_sync_client_update_index (self->client, item->name, etag, props, cancellable, &props_error))
    g_debug ("No index entry for %s: %s", item->name, props_error->message);
  return record (self, work, etag, bytes, local_is_bytes, cancellable, error);
}

static GBytes *
fetch (SfSync        *self,
       Work          *work,
       char         **etag,
       GCancellable  *cancellable,
       GError       **error)
{
  SfSyncItem *item = work->item;

  return sf_sync_client_get (self->client, item->name, NULL,
                             item->remote != NULL ? item->remote->etag : NULL,
                             etag, cancellable, error);
}

static GFile *
local_file_for (SfSync     *self,
                SfSyncItem *item,
                Work       *work)
{
  if (work->state != NULL)
    return g_file_get_child (self->folder, work->state->local_name);
  return g_file_get_child (self->folder, item->name);
}

/* The second half of the download of a framework that is not here: its
 * new local file, and its state. */
static gboolean
store_download (SfSync      *self,
                Work        *work,
                GBytes      *theirs,
                const char  *theirs_etag,
                GError     **error)
{
  SfSyncItem *item = work->item;

  /* Checked as our format, not built into a framework: see
   * _sf_format_check(). */
  if (!_sf_format_check (g_bytes_get_data (theirs, NULL), g_bytes_get_size (theirs), item->name,
                         sf_format_limits_default (), error))
    return FALSE;
  if (item->file == NULL)
    item->file = local_file_for (self, item, work);
  /* Stored as the server has it, once checked: its canonical form would
   * cost a parse and a write per framework, and a server copy not in
   * canonical form only makes the next sync upload that form. */
  if (!create_local (self, item, theirs, NULL, error))
    return FALSE;
  item->state = SF_SYNC_ITEM_SYNCED;
  item->action = SF_SYNC_ACTION_DOWNLOADED;
  /* Last: another worker's flush may fail the item from here on. */
  record_download (self, work, theirs_etag, theirs);
  return TRUE;
}

/* One pass over one framework; a 412 is returned to the caller, who
 * refreshes the remote and calls again. */
static gboolean
sync_once (SfSync        *self,
           Work          *work,
           SfSyncMode     mode,
           GCancellable  *cancellable,
           GError       **error)
{
  SfSyncItem *item = work->item;
  gboolean up = mode == SF_SYNC_MODE_PUSH || mode == SF_SYNC_MODE_SYNC;
  gboolean down = mode == SF_SYNC_MODE_PULL || mode == SF_SYNC_MODE_SYNC;
  gboolean remote_changed;
  gboolean local_changed;
  g_autoptr(GBytes) theirs = NULL;
  g_autofree char *theirs_etag = NULL;
  g_autoptr(SfFramework) theirs_framework = NULL;
  g_autoptr(SfFramework) base_framework = NULL;
  g_autoptr(SfFramework) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GBytes) merged_bytes = NULL;

  item->action = SF_SYNC_ACTION_NONE;

  if (work->local == NULL)
    {
      if (item->remote == NULL)
        {
          item->state = SF_SYNC_ITEM_SYNCED;
          return TRUE;
        }
      item->state = SF_SYNC_ITEM_REMOTE_ONLY;
      if (!down)
        return TRUE;
      theirs = fetch (self, work, &theirs_etag, cancellable, error);
      if (theirs == NULL)
        return FALSE;
      if (!store_download (self, work, theirs, theirs_etag, error))
        {
          cut_short_is_locked (item, theirs, error);
          return FALSE;
        }
      return TRUE;
    }

  local_changed = work->base == NULL || !g_bytes_equal (work->local, work->base);
  if (item->remote == NULL)
    {
      item->state = SF_SYNC_ITEM_LOCAL_ONLY;
      if (!up)
        return TRUE;
      if (!upload (self, work, work->local, work->local_framework, NULL, NULL, TRUE, cancellable, error))
        return FALSE;
      item->state = SF_SYNC_ITEM_SYNCED;
      item->action = SF_SYNC_ACTION_UPLOADED;
      return TRUE;
    }

  /* A weak etag may name two versions written within the server's clock
   * tick with the same size (Apache's is size and modification time): it
   * is good enough to show a state, but a sync compares contents. */
  remote_changed = !work->synced || !sf_sync_etag_equal_weak (item->remote->etag, work->base_etag) ||
                   (mode != SF_SYNC_MODE_STATUS && sf_sync_etag_is_weak (work->base_etag));
  if (!local_changed && !remote_changed)
    {
      item->state = SF_SYNC_ITEM_SYNCED;
      return TRUE;
    }
  if (local_changed && !remote_changed)
    {
      item->state = SF_SYNC_ITEM_LOCAL_CHANGES;
      if (!up)
        return TRUE;
      if (!upload (self, work, work->local, work->local_framework, item->remote->etag, work->base, TRUE, cancellable, error))
        return FALSE;
      item->state = SF_SYNC_ITEM_SYNCED;
      item->action = SF_SYNC_ACTION_UPLOADED;
      return TRUE;
    }

  item->state = local_changed ? SF_SYNC_ITEM_BOTH_CHANGED : SF_SYNC_ITEM_REMOTE_CHANGES;
  if (mode == SF_SYNC_MODE_STATUS || (!down && !local_changed))
    return TRUE;

  theirs = fetch (self, work, &theirs_etag, cancellable, error);
  if (theirs == NULL)
    return FALSE;
  /* What a create that failed half-way left is no version of anyone's:
   * never synced here, the framework is created over it. */
  if (!work->synced && is_no_version (theirs, NULL))
    {
      item->state = SF_SYNC_ITEM_LOCAL_ONLY;
      if (!up)
        return TRUE;
      g_clear_pointer (&item->remote, sf_sync_resource_free);
      if (!upload (self, work, work->local, work->local_framework, NULL, NULL, TRUE, cancellable, error))
        return FALSE;
      item->state = SF_SYNC_ITEM_SYNCED;
      item->action = SF_SYNC_ACTION_UPLOADED;
      return TRUE;
    }
  theirs_framework = read_framework (theirs, item->name, error);
  if (theirs_framework == NULL)
    {
      cut_short_is_locked (item, theirs, error);
      return FALSE;
    }
  g_clear_pointer (&theirs, g_bytes_unref);
  theirs = canonical (theirs_framework);

  /* The server's copy is the base after all (its etag was unknown, or
   * only its properties changed): a local change only. */
  if (work->base != NULL && g_bytes_equal (theirs, work->base))
    {
      if (!local_changed)
        {
          item->state = SF_SYNC_ITEM_SYNCED;
          return record (self, work, theirs_etag, theirs, TRUE, cancellable, error);
        }
      item->state = SF_SYNC_ITEM_LOCAL_CHANGES;
      if (!up)
        return record (self, work, theirs_etag, theirs, FALSE, cancellable, error);
      if (!upload (self, work, work->local, work->local_framework, theirs_etag, theirs, TRUE, cancellable, error))
        return FALSE;
      item->state = SF_SYNC_ITEM_SYNCED;
      item->action = SF_SYNC_ACTION_UPLOADED;
      return TRUE;
    }

  /* Both sides hold the same: nothing to merge. */
  if (g_bytes_equal (theirs, work->local))
    {
      item->state = SF_SYNC_ITEM_SYNCED;
      return record (self, work, theirs_etag, theirs, TRUE, cancellable, error);
    }

  if (!local_changed)
    {
      if (!save_local (self, item, theirs, cancellable, error) ||
          !record (self, work, theirs_etag, theirs, TRUE, cancellable, error))
        return FALSE;
      item->state = SF_SYNC_ITEM_SYNCED;
      item->action = SF_SYNC_ACTION_DOWNLOADED;
      return TRUE;
    }

  /* Both changed: three-way merge. */
  if (work->base != NULL)
    {
      base_framework = read_framework (work->base, item->name, error);
      if (base_framework == NULL)
        return FALSE;
    }
  merged = sf_merge (base_framework, work->local_framework, theirs_framework, &conflicts, error);
  if (merged == NULL)
    return FALSE;
  if (conflicts->len > 0)
    {
      if (self->prefer == SF_SYNC_PREFER_NONE)
        {
          item->state = SF_SYNC_ITEM_CONFLICT;
          g_clear_pointer (&item->conflicts, g_ptr_array_unref);
          item->conflicts = g_steal_pointer (&conflicts);
          g_set_object (&item->base, base_framework);
          g_set_object (&item->mine, work->local_framework);
          g_set_object (&item->theirs, theirs_framework);
          g_set_object (&item->merged, merged);
          g_free (item->theirs_etag);
          item->theirs_etag = g_steal_pointer (&theirs_etag);
          return TRUE;
        }
      sf_merge_conflicts_resolve_all (conflicts, self->prefer == SF_SYNC_PREFER_MINE ?
                                                 SF_MERGE_TAKE_MINE : SF_MERGE_TAKE_THEIRS);
    }

  merged_bytes = canonical (merged);
  /* The merge goes to the local file first: whatever happens next, it is
   * on disk. */
  if (!g_bytes_equal (merged_bytes, work->local) &&
      !save_local (self, item, merged_bytes, cancellable, error))
    return FALSE;
  item->action = SF_SYNC_ACTION_MERGED;

  if (g_bytes_equal (merged_bytes, theirs) || !up)
    {
      if (!record (self, work, theirs_etag, theirs, g_bytes_equal (merged_bytes, theirs),
                       cancellable, error))
        return FALSE;
      item->state = g_bytes_equal (merged_bytes, theirs) ? SF_SYNC_ITEM_SYNCED : SF_SYNC_ITEM_LOCAL_CHANGES;
      return TRUE;
    }
  /* The server's version is merged in: it is the last synced version now,
   * whatever becomes of the upload. Were the older base kept, the next
   * merge would take theirs' changes in the local file for the author's
   * own, and report them as conflicts with theirs' next changes. If the
   * upload fails (412 included), the next pass merges the local file with
   * the newer server version against this one. */
  if (!record (self, work, theirs_etag, theirs, FALSE, cancellable, error))
    return FALSE;
  g_clear_pointer (&work->local, g_bytes_unref);
  work->local = g_bytes_ref (merged_bytes);
  g_set_object (&work->local_framework, merged);
  if (!upload (self, work, merged_bytes, merged, theirs_etag, theirs, TRUE, cancellable, error))
    return FALSE;
  item->state = SF_SYNC_ITEM_SYNCED;
  return TRUE;
}

static void
refresh_remote (SfSync       *self,
                SfSyncItem   *item,
                GCancellable *cancellable,
                GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  SfSyncResource *now = sf_sync_client_stat (self->client, item->name, cancellable, &local_error);

  if (now == NULL && !g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return;
    }
  g_clear_pointer (&item->remote, sf_sync_resource_free);
  if (now != NULL && is_placeholder (now))
    g_clear_pointer (&now, sf_sync_resource_free);
  item->remote = now;
}

/* Returns FALSE with @error only for an error that ends the whole sync. */
static gboolean
sync_item (SfSync        *self,
           Work          *work,
           SfSyncMode     mode,
           GCancellable  *cancellable,
           GError       **error)
{
  SfSyncItem *item = work->item;

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean locked;

      if (sync_once (self, work, mode, cancellable, &local_error))
        return TRUE;
      if (is_fatal (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* 423: someone's locked update is in progress, as good as a 412. */
      locked = g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_LOCKED);
      if (locked)
        local_error->code = SF_SYNC_ERROR_PRECONDITION;
      if (!g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION) ||
          attempt + 1 >= MAX_ATTEMPTS)
        {
          if (g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION))
            g_prefix_error (&local_error, _("Gave up after %u attempts: "), MAX_ATTEMPTS);
          fail_item (item, g_steal_pointer (&local_error));
          return TRUE;
        }

      /* Someone was first: look again, and merge again with theirs. */
      g_clear_error (&local_error);
      refresh_remote (self, item, cancellable, &local_error);
      if (local_error == NULL && !load_local (self, work, cancellable, &local_error))
        {
          fail_item (item, g_steal_pointer (&local_error));
          return TRUE;
        }
      if (local_error != NULL)
        {
          if (is_fatal (local_error))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          fail_item (item, g_steal_pointer (&local_error));
          return TRUE;
        }
      /* Spread out clients that collided, so that they do not collide
       * again in step. A 423 waits longer, doubling: a lock left by a
       * create that died lasts 15 s (sf-sync-client.c), and the waits add
       * up to 15.5 s. */
      if (locked)
        _sf_sync_sleep (MIN (500 << attempt, 8000), cancellable);
      else
        _sf_sync_sleep (g_random_int_range (10, 100 + 100 * attempt), cancellable);
    }
}

static GPtrArray *
local_files (SfSync        *self,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFileEnumerator) children = NULL;

  if (self->files->len > 0)
    {
      for (guint i = 0; i < self->files->len; i++)
        g_ptr_array_add (files, g_object_ref (g_ptr_array_index (self->files, i)));
      return g_steal_pointer (&files);
    }
  children = g_file_enumerate_children (self->folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (children == NULL)
    return NULL;
  for (;;)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, error))
        return NULL;
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && wanted_name (g_file_info_get_name (info)))
        g_ptr_array_add (files, g_object_ref (child));
    }
  return g_steal_pointer (&files);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SfSyncItem *x = *(SfSyncItem **) a;
  const SfSyncItem *y = *(SfSyncItem **) b;

  return strcmp (x->name, y->name);
}

typedef struct
{
  SfSync       *self;
  SfSyncMode    mode;
  GHashTable   *remote;
  GHashTable   *states;
  GCancellable *cancellable;
  GMutex        lock;
  guint         done;
  guint         total;
  GError       *fatal;
  GThreadPool  *store_pool;
} Run;

static void
item_done (Run        *run,
           SfSyncItem *item)
{
  g_mutex_lock (&run->lock);
  run->done++;
  if (run->self->progress != NULL)
    run->self->progress (run->done, run->total, item->name, run->self->progress_data);
  g_mutex_unlock (&run->lock);
}

/* Returns TRUE when @item needed no more than the listing. */
static gboolean
quick_item (Run        *run,
            SfSyncItem *item)
{
  SfSyncState *state;
  SfSyncResource *r;
  g_autofree char *etag = NULL;

  if (item->state == SF_SYNC_ITEM_FAILED && item->error != NULL)
    {
      item_done (run, item);
      return TRUE;
    }
  r = g_hash_table_lookup (run->remote, item->name);
  if (r != NULL && item->remote == NULL)
    item->remote = sf_sync_resource_copy (r);
  state = g_hash_table_lookup (run->states, item->name);

  /* Unchanged on both sides, as the listing and the local file's etag
   * tell: nothing to read. This is what keeps a sync of a thousand
   * unchanged frameworks at one request. */
  if (item->file == NULL || state == NULL || state->local_etag == NULL || item->remote == NULL ||
      !sf_sync_etag_equal_weak (item->remote->etag, state->etag) ||
      (run->mode != SF_SYNC_MODE_STATUS && sf_sync_etag_is_weak (state->etag)))
    return FALSE;
  etag = current_fingerprint (item->file, run->cancellable);
  if (g_strcmp0 (etag, state->local_etag) != 0)
    return FALSE;
  item->state = SF_SYNC_ITEM_SYNCED;
  item_done (run, item);
  return TRUE;
}

static void
set_fatal (Run    *run,
           GError *error)
{
  g_mutex_lock (&run->lock);
  if (run->fatal == NULL)
    run->fatal = error;
  else
    g_error_free (error);
  g_mutex_unlock (&run->lock);
}

typedef struct
{
  SfSyncItem *item;
  GBytes     *bytes;
  char       *etag;
} Download;

static void sync_one (Run *run, SfSyncItem *item);

static gboolean
stopping (Run *run)
{
  gboolean stop;

  g_mutex_lock (&run->lock);
  stop = run->fatal != NULL;
  g_mutex_unlock (&run->lock);
  return stop;
}

static void
store_func (gpointer data,
            gpointer user_data)
{
  Download *download = data;
  Run *run = user_data;
  Work work = { .item = download->item };
  g_autoptr(GError) local_error = NULL;
  gboolean stored;

  stored = store_download (run->self, &work, download->bytes, download->etag, &local_error);
  work_clear (&work);
  /* Cut short (see cut_short_is_locked()): the way of the other items,
   * which looks again after a while; unless the run is stopping. */
  if (!stored && is_no_version (download->bytes, NULL) && !stopping (run))
    sync_one (run, download->item);
  else if (!stored)
    fail_item (download->item, g_steal_pointer (&local_error));
  item_done (run, download->item);
  g_bytes_unref (download->bytes);
  g_free (download->etag);
  g_free (download);
}

/* A framework only on the server, never synced here: the worker fetches
 * it and hands it to the store pool, which checks and writes it while the
 * worker fetches the next one. Measured on a pull of 1,000 frameworks
 * from a local Apache: fetch and store one after the other in each worker,
 * the fetches waited for the stores, and the pull took 1.6× the time of
 * its fetches alone. */
static gboolean
download_item (Run        *run,
               SfSyncItem *item)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *etag = NULL;
  GBytes *bytes;
  Download *download;

  item->state = SF_SYNC_ITEM_REMOTE_ONLY;
  item->action = SF_SYNC_ACTION_NONE;
  bytes = sf_sync_client_get (run->self->client, item->name, NULL, item->remote->etag, &etag,
                              run->cancellable, &local_error);
  if (bytes == NULL)
    {
      if (is_fatal (local_error))
        set_fatal (run, g_steal_pointer (&local_error));
      else
        fail_item (item, g_steal_pointer (&local_error));
      return FALSE;
    }
  download = g_new0 (Download, 1);
  download->item = item;
  download->bytes = bytes;
  download->etag = g_steal_pointer (&etag);
  g_thread_pool_push (run->store_pool, download, NULL);
  return TRUE;
}

static void
process_item (Run        *run,
              SfSyncItem *item)
{
  if (stopping (run))
    return;

  if (run->store_pool != NULL && g_hash_table_lookup (run->states, item->name) == NULL && item->file == NULL &&
      item->remote != NULL)
    {
      /* item_done() comes with the store. */
      if (!download_item (run, item))
        item_done (run, item);
      return;
    }
  sync_one (run, item);
  item_done (run, item);
}

/* An item the listing did not settle: merge base, local file, and
 * sync_item(). */
static void
sync_one (Run        *run,
          SfSyncItem *item)
{
  SfSync *self = run->self;
  g_autoptr(GError) local_error = NULL;
  Work work = { .item = item };

  work.state = g_hash_table_lookup (run->states, item->name);
  if (work.state != NULL)
    {
      work.base = sf_sync_state_load_base (self->state_folder, work.state, run->cancellable, &local_error);
      if (work.base == NULL)
        {
          g_debug ("%s: no merge base: %s", item->name, local_error->message);
          g_clear_error (&local_error);
          work.state = NULL;
        }
      else
        {
          work.synced = TRUE;
          work.base_etag = g_strdup (work.state->etag);
        }
    }
  if (!load_local (self, &work, run->cancellable, &local_error))
    fail_item (item, g_steal_pointer (&local_error));
  else if (!sync_item (self, &work, run->mode, run->cancellable, &local_error))
    {
      g_mutex_lock (&run->lock);
      if (run->fatal == NULL)
        run->fatal = g_steal_pointer (&local_error);
      g_mutex_unlock (&run->lock);
    }
  work_clear (&work);
}

static void
pool_func (gpointer data,
           gpointer user_data)
{
  process_item (user_data, data);
}

/**
 * sf_sync_run:
 * @self: a sync
 * @mode: what to do
 * @cancellable: (nullable): a #GCancellable
 * @error: an error that ended the whole sync: the server unreachable, the
 *   credentials refused, the collection missing, an untrusted certificate
 *
 * Lists the collection once, compares every framework with its last synced
 * version, and in @mode transfers and merges what changed. A problem with
 * one framework (a conflict, a damaged file, a framework that kept
 * changing on the server) is reported in its item and the others go on.
 *
 * Returns: (transfer container) (element-type SfSyncItem): the frameworks,
 *   by remote name, with what happened to each
 */
GPtrArray *
sf_sync_run (SfSync        *self,
             SfSyncMode     mode,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GPtrArray) listing = NULL;
  g_autoptr(GHashTable) remote = NULL;
  g_autoptr(GHashTable) states = NULL;
  g_autoptr(GHashTable) items = NULL;
  g_autoptr(GHashTable) by_local_name = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) result = NULL;
  GHashTableIter iter;
  gpointer value;
  g_autoptr(GFile) journal = NULL;
  GThreadPool *pool = NULL;
  Run run = { 0 };

  g_return_val_if_fail (SF_IS_SYNC (self), NULL);

  journal = g_file_get_child (self->state_folder, "locks");
  sf_sync_client_set_lock_journal (self->client, journal);
  sf_sync_client_release_locks (self->client, cancellable);
  listing = sf_sync_client_list (self->client, cancellable, error);
  if (listing == NULL)
    return NULL;
  remote = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < listing->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (listing, i);

      if (wanted_name (r->name) && !is_placeholder (r))
        g_hash_table_insert (remote, r->name, r);
    }

  states = sf_sync_state_load_all (self->state_folder, cancellable, error);
  if (states == NULL)
    return NULL;
  by_local_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_insert (by_local_name, ((SfSyncState *) value)->local_name, value);

  files = local_files (self, cancellable, error);
  if (files == NULL)
    return NULL;

  items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) sf_sync_item_unref);
  result = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_item_unref);

  /* Local frameworks: by their id, unless the state knows the file and the
   * file did not change since. */
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autofree char *basename = g_file_get_basename (file);
      SfSyncState *state = g_hash_table_lookup (by_local_name, basename);
      g_autofree char *etag = NULL;
      g_autofree char *name = NULL;
      SfSyncItem *item;

      if (state != NULL && state->local_etag != NULL)
        {
          etag = current_fingerprint (file, cancellable);
          if (g_strcmp0 (etag, state->local_etag) == 0)
            name = g_strdup (state->name);
        }
      if (name == NULL)
        {
          g_autoptr(GError) local_error = NULL;
          g_autoptr(SfFramework) framework = sf_format_load_file (file, sf_format_limits_default (), NULL,
                                                                  cancellable, &local_error);

          /* A file named as a framework of the server, not here yet:
           * that framework, to download. */
          if (framework == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
              g_hash_table_contains (remote, basename))
            name = g_strdup (basename);
          else if (framework == NULL)
            {
              item = sf_sync_item_new (basename);
              item->file = g_object_ref (file);
              fail_item (item, g_steal_pointer (&local_error));
              g_ptr_array_add (result, item);
              continue;
            }
          else
            name = sf_sync_remote_name (sf_framework_get_id (framework));
          if (name == NULL)
            {
              item = sf_sync_item_new (basename);
              item->file = g_object_ref (file);
              fail_item (item, g_error_new (SF_FORMAT_ERROR, SF_FORMAT_ERROR_INVALID,
                                            _("%s has no id, which names it on the server"), basename));
              g_ptr_array_add (result, item);
              continue;
            }
        }
      if (g_hash_table_contains (items, name))
        {
          item = sf_sync_item_new (basename);
          item->file = g_object_ref (file);
          fail_item (item, g_error_new (SF_FORMAT_ERROR, SF_FORMAT_ERROR_INVALID,
                                        _("%s has the same id as another framework of the folder"), basename));
          g_ptr_array_add (result, item);
          continue;
        }
      item = sf_sync_item_new (name);
      item->file = g_object_ref (file);
      g_hash_table_insert (items, item->name, item);
    }

  /* Frameworks of the server that are not here, when syncing the folder. */
  if (self->files->len == 0)
    {
      g_hash_table_iter_init (&iter, remote);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          SfSyncResource *r = value;

          if (!g_hash_table_contains (items, r->name))
            {
              SfSyncItem *item = sf_sync_item_new (r->name);

              g_hash_table_insert (items, item->name, item);
            }
        }
    }

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (result, sf_sync_item_ref (value));
  g_ptr_array_sort (result, compare_items);

  run.self = self;
  run.mode = mode;
  run.remote = remote;
  run.states = states;
  run.cancellable = cancellable;
  run.total = result->len;
  g_mutex_init (&run.lock);

  /* What the listing and the local files' etags tell unchanged is done
   * here at once; the rest, a transfer each, by a few workers, so that one
   * framework's parsing and saving overlap another's network wait. */
  for (guint i = 0; i < result->len; i++)
    {
      SfSyncItem *item = g_ptr_array_index (result, i);

      if (!quick_item (&run, item))
        {
          if (pool == NULL && self->workers > 1)
            {
              pool = g_thread_pool_new (pool_func, &run, self->workers, FALSE, NULL);
              if (mode == SF_SYNC_MODE_PULL || mode == SF_SYNC_MODE_SYNC)
                run.store_pool = g_thread_pool_new (store_func, &run, CLAMP (g_get_num_processors (), 1, 4),
                                                    FALSE, NULL);
            }
          if (pool != NULL)
            g_thread_pool_push (pool, item, NULL);
          else
            process_item (&run, item);
        }
    }
  if (pool != NULL)
    g_thread_pool_free (g_steal_pointer (&pool), FALSE, TRUE);
  if (run.store_pool != NULL)
    g_thread_pool_free (g_steal_pointer (&run.store_pool), FALSE, TRUE);
  g_mutex_clear (&run.lock);
  /* Whatever ended the run, the downloads made are recorded. */
  flush_pending (self);

  if (run.fatal != NULL)
    {
      g_propagate_error (error, run.fatal);
      return NULL;
    }
  return g_steal_pointer (&result);
}

/**
 * sf_sync_complete:
 * @self: a sync
 * @item: an item of sf_sync_run() in conflict, whose conflicts are all
 *   resolved (sf_merge_conflict_resolve())
 * @cancellable: (nullable): a #GCancellable
 * @error: why it failed; %SF_SYNC_ERROR_CONFLICT while a conflict remains;
 *   %SF_SYNC_ERROR_PRECONDITION when the server's version changed again
 *   (run the sync again: it merges with the newer one)
 *
 * Completes the sync of @item with its merged and resolved framework:
 * saved locally first, then uploaded over the server version it was
 * merged with.
 *
 * Returns: whether the server has the resolved framework
 */
gboolean
sf_sync_complete (SfSync        *self,
                  SfSyncItem    *item,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GError) local_error = NULL;
  Work work = { .item = item };
  gboolean ok;

  g_return_val_if_fail (SF_IS_SYNC (self), FALSE);
  g_return_val_if_fail (item != NULL && item->merged != NULL && item->file != NULL, FALSE);

  if (!sf_merge_conflicts_check_resolved (item->conflicts, &local_error))
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_CONFLICT, "%s", local_error->message);
      return FALSE;
    }
  bytes = canonical (item->merged);
  if (!save_local (self, item, bytes, cancellable, error))
    return FALSE;
  /* As after a merge in sf_sync_run(): the server's version merged in is
   * the last synced one. */
  if (item->theirs != NULL)
    {
      theirs = canonical (item->theirs);
      if (!record (self, &work, item->theirs_etag, theirs, FALSE, cancellable, error))
        {
          work_clear (&work);
          return FALSE;
        }
    }
  ok = upload (self, &work, bytes, item->merged, item->theirs_etag, theirs, TRUE, cancellable, error);
  work_clear (&work);
  if (ok)
    {
      item->state = SF_SYNC_ITEM_SYNCED;
      item->action = SF_SYNC_ACTION_MERGED;
    }
  return ok;
}

/**
 * sf_sync_dup_base:
 * @self: a sync
 * @file: a framework file in the folder
 * @cancellable: (nullable): a #GCancellable
 * @error: %G_IO_ERROR_NOT_FOUND when @file was never synced
 *
 * Returns: (transfer full) (nullable): the last synced version of @file,
 *   for "Compare with Last Synced Version"
 */
GBytes *
sf_sync_dup_base (SfSync        *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GHashTable) states = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (SF_IS_SYNC (self), NULL);

  states = sf_sync_state_load_all (self->state_folder, cancellable, error);
  if (states == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SfSyncState *state = value;

      if (g_strcmp0 (state->local_name, basename) == 0)
        return sf_sync_state_load_base (self->state_folder, state, cancellable, error);
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s has not been synced yet"), basename);
  return NULL;
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *items = sf_sync_run (source_object, GPOINTER_TO_INT (task_data), cancellable, &error);

  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * sf_sync_run_async:
 * @self: a sync
 * @mode: what to do
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the sync is over
 * @user_data: for @callback
 *
 * sf_sync_run() in a worker thread; the progress function is called in
 * that thread.
 */
void
sf_sync_run_async (SfSync              *self,
                   SfSyncMode           mode,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SF_IS_SYNC (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_sync_run_async);
  g_task_set_task_data (task, GINT_TO_POINTER (mode), NULL);
  g_task_run_in_thread (task, run_thread);
}

GPtrArray *
sf_sync_run_finish (SfSync        *self,
                    GAsyncResult  *result,
                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
complete_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (sf_sync_complete (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sf_sync_complete_async (SfSync              *self,
                        SfSyncItem          *item,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SF_IS_SYNC (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_sync_complete_async);
  g_task_set_task_data (task, sf_sync_item_ref (item), (GDestroyNotify) sf_sync_item_unref);
  g_task_run_in_thread (task, complete_thread);
}

gboolean
sf_sync_complete_finish (SfSync        *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
