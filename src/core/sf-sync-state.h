/* sf-sync-state.h: what the last sync of each framework left, kept locally
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SF_TYPE_SYNC_STATE (sf_sync_state_get_type ())

/**
 * SfSyncState:
 * @name: the framework's file name in the remote collection
 * @etag: (nullable): the remote etag of the synced version, %NULL when the
 *   server gave none with the upload (the next sync then compares contents)
 * @base_hash: the MD5 checksum of the synced version, which is kept beside as the
 *   merge base (in a file of that name, or in a pack:
 *   `<md5>:<pack>:<offset>:<length>`)
 * @local_name: the local file's name, in the state's folder
 * @local_etag: (nullable): the local file's fingerprint (modification
 *   time, inode, size) when it last held the synced version, so that an
 *   unchanged file need not be read
 *
 * The state of one framework towards one remote. It is written only after
 * the server confirmed the version it describes.
 */
typedef struct
{
  char *name;
  char *etag;
  char *base_hash;
  char *local_name;
  char *local_etag;
} SfSyncState;

GType        sf_sync_state_get_type    (void) G_GNUC_CONST;
SfSyncState *sf_sync_state_copy        (const SfSyncState *self);
void         sf_sync_state_free        (SfSyncState       *self);

GFile       *sf_sync_state_folder      (GFile             *folder,
                                        const char        *url);
GHashTable  *sf_sync_state_load_all    (GFile             *state_folder,
                                        GCancellable      *cancellable,
                                        GError           **error);
GBytes      *sf_sync_state_load_base   (GFile             *state_folder,
                                        const SfSyncState *state,
                                        GCancellable      *cancellable,
                                        GError           **error);
gboolean     sf_sync_state_save        (GFile             *state_folder,
                                        const SfSyncState *state,
                                        GBytes            *base,
                                        GFile             *same_as,
                                        GCancellable      *cancellable,
                                        GError           **error);

gboolean     sf_sync_state_save_all    (GFile             *state_folder,
                                        GPtrArray         *states,
                                        GPtrArray         *bases,
                                        GError           **error);

char        *sf_sync_remote_name       (const char        *framework_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSyncState, sf_sync_state_free)

G_END_DECLS
