/* sf-sync-client-private.h: for the sync and its tests
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-sync-client.h"

G_BEGIN_DECLS

/* Called before each request is sent, in the thread that sends it, with
 * the method and the member (NULL for the collection): lets a test put
 * another client's request at an exact point of a sync. */
typedef void (*SfSyncRequestHook) (SfSyncClient *client,
                                   const char   *method,
                                   const char   *name,
                                   gpointer      user_data);

void _sf_sync_client_set_request_hook (SfSyncClient      *self,
                                       SfSyncRequestHook  hook,
                                       gpointer           user_data);

/* Waits @msec milliseconds, or until @cancellable is cancelled. */
void _sf_sync_sleep (guint         msec,
                     GCancellable *cancellable);

G_END_DECLS
