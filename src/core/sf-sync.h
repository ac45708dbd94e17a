/* sf-sync.h: sync a folder of frameworks with a WebDAV collection
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-sync-client.h"
#include "sf-types.h"

G_BEGIN_DECLS

/**
 * SfSyncMode:
 * @SF_SYNC_MODE_STATUS: only compare: one listing, nothing transferred
 * @SF_SYNC_MODE_PULL: bring remote changes in (merged with local ones,
 *   which stay local)
 * @SF_SYNC_MODE_PUSH: upload local changes (merged with remote ones first)
 * @SF_SYNC_MODE_SYNC: both
 */
typedef enum
{
  SF_SYNC_MODE_STATUS,
  SF_SYNC_MODE_PULL,
  SF_SYNC_MODE_PUSH,
  SF_SYNC_MODE_SYNC,
} SfSyncMode;

/**
 * SfSyncPrefer:
 * @SF_SYNC_PREFER_NONE: conflicts are returned for the author to resolve
 * @SF_SYNC_PREFER_MINE: every conflict takes the local side
 * @SF_SYNC_PREFER_THEIRS: every conflict takes the server's side
 */
typedef enum
{
  SF_SYNC_PREFER_NONE,
  SF_SYNC_PREFER_MINE,
  SF_SYNC_PREFER_THEIRS,
} SfSyncPrefer;

/**
 * SfSyncItemState:
 * @SF_SYNC_ITEM_SYNCED: the same on both sides
 * @SF_SYNC_ITEM_LOCAL_CHANGES: changed here only
 * @SF_SYNC_ITEM_REMOTE_CHANGES: changed on the server only
 * @SF_SYNC_ITEM_BOTH_CHANGED: changed on both sides
 * @SF_SYNC_ITEM_LOCAL_ONLY: not on the server
 * @SF_SYNC_ITEM_REMOTE_ONLY: not here
 * @SF_SYNC_ITEM_CONFLICT: the merge found conflicts for the author
 * @SF_SYNC_ITEM_FAILED: the sync of this framework failed (see its error)
 */
typedef enum
{
  SF_SYNC_ITEM_SYNCED,
  SF_SYNC_ITEM_LOCAL_CHANGES,
  SF_SYNC_ITEM_REMOTE_CHANGES,
  SF_SYNC_ITEM_BOTH_CHANGED,
  SF_SYNC_ITEM_LOCAL_ONLY,
  SF_SYNC_ITEM_REMOTE_ONLY,
  SF_SYNC_ITEM_CONFLICT,
  SF_SYNC_ITEM_FAILED,
} SfSyncItemState;

/**
 * SfSyncAction:
 * @SF_SYNC_ACTION_NONE: nothing was transferred
 * @SF_SYNC_ACTION_UPLOADED: the local version went to the server
 * @SF_SYNC_ACTION_DOWNLOADED: the server's version replaced the local one
 * @SF_SYNC_ACTION_MERGED: both sides' changes were merged (and uploaded,
 *   unless pulling)
 */
typedef enum
{
  SF_SYNC_ACTION_NONE,
  SF_SYNC_ACTION_UPLOADED,
  SF_SYNC_ACTION_DOWNLOADED,
  SF_SYNC_ACTION_MERGED,
} SfSyncAction;

#define SF_TYPE_SYNC_ITEM (sf_sync_item_get_type ())

/**
 * SfSyncItem:
 * @name: the framework's file name in the collection
 * @file: (nullable): the local file
 * @remote: (nullable): what the listing said of it
 * @state: its state, after the sync
 * @action: what the sync did
 * @error: (nullable): why its sync failed
 * @conflicts: (nullable) (element-type SfMergeConflict): the conflicts of
 *   the merge, when @state is %SF_SYNC_ITEM_CONFLICT
 * @base: (nullable): the last synced version, when conflicts remain
 * @mine: (nullable): the local version, when conflicts remain
 * @theirs: (nullable): the server's version, when conflicts remain
 * @merged: (nullable): the merge, which resolving the conflicts completes
 * @theirs_etag: (nullable): the etag of @theirs
 *
 * One framework of a sync, and what happened to it. Read-only.
 */
typedef struct
{
  char            *name;
  GFile           *file;
  SfSyncResource  *remote;
  SfSyncItemState  state;
  SfSyncAction     action;
  GError          *error;
  GPtrArray       *conflicts;
  SfFramework     *base;
  SfFramework     *mine;
  SfFramework     *theirs;
  SfFramework     *merged;
  char            *theirs_etag;
  /*< private >*/
  char            *local_etag;
  GBytes          *written;
  gint             ref_count;
} SfSyncItem;

typedef void (*SfSyncProgressFunc) (guint       done,
                                    guint       total,
                                    const char *name,
                                    gpointer    user_data);

GType       sf_sync_item_get_type  (void) G_GNUC_CONST;
SfSyncItem *sf_sync_item_ref       (SfSyncItem *self);
void        sf_sync_item_unref     (SfSyncItem *self);
const char *sf_sync_item_state_to_string (SfSyncItemState state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSyncItem, sf_sync_item_unref)

#define SF_TYPE_SYNC (sf_sync_get_type ())

G_DECLARE_FINAL_TYPE (SfSync, sf_sync, SF, SYNC, GObject)

SfSync       *sf_sync_new                (SfSyncClient        *client,
                                          GFile               *folder);
SfSyncClient *sf_sync_get_client         (SfSync              *self);
GFile        *sf_sync_get_folder         (SfSync              *self);
void          sf_sync_add_file           (SfSync              *self,
                                          GFile               *file);
void          sf_sync_set_prefer         (SfSync              *self,
                                          SfSyncPrefer         prefer);
void          sf_sync_set_workers        (SfSync              *self,
                                          guint                workers);
void          sf_sync_set_progress_func  (SfSync              *self,
                                          SfSyncProgressFunc   func,
                                          gpointer             user_data,
                                          GDestroyNotify       destroy);

GPtrArray    *sf_sync_run                (SfSync              *self,
                                          SfSyncMode           mode,
                                          GCancellable        *cancellable,
                                          GError             **error);
gboolean      sf_sync_complete           (SfSync              *self,
                                          SfSyncItem          *item,
                                          GCancellable        *cancellable,
                                          GError             **error);
GBytes       *sf_sync_dup_base           (SfSync              *self,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GError             **error);

void          sf_sync_run_async          (SfSync              *self,
                                          SfSyncMode           mode,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GPtrArray    *sf_sync_run_finish         (SfSync              *self,
                                          GAsyncResult        *result,
                                          GError             **error);
void          sf_sync_complete_async     (SfSync              *self,
                                          SfSyncItem          *item,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean      sf_sync_complete_finish    (SfSync              *self,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
