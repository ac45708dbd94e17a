/* sf-sync-secret.h: the sync password in the desktop's secret store
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *sf_sync_secret_lookup        (const char           *url,
                                        const char           *user,
                                        GCancellable         *cancellable,
                                        GError              **error);
gboolean  sf_sync_secret_store         (const char           *url,
                                        const char           *user,
                                        const char           *password,
                                        GCancellable         *cancellable,
                                        GError              **error);
gboolean  sf_sync_secret_clear         (const char           *url,
                                        const char           *user,
                                        GCancellable         *cancellable,
                                        GError              **error);

void      sf_sync_secret_lookup_async  (const char           *url,
                                        const char           *user,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
char     *sf_sync_secret_lookup_finish (GAsyncResult         *result,
                                        GError              **error);
void      sf_sync_secret_store_async   (const char           *url,
                                        const char           *user,
                                        const char           *password,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean  sf_sync_secret_store_finish  (GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
