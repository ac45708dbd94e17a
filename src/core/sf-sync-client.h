/* sf-sync-client.h: a WebDAV collection on a server, over libsoup 3
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-sync-resource.h"

G_BEGIN_DECLS

#define SF_SYNC_ERROR (sf_sync_error_quark ())

/* The index of framework properties, for servers without dead properties. */
#define SF_SYNC_INDEX_NAME ".skillframe-index.json"

/**
 * SfSyncError:
 * @SF_SYNC_ERROR_INVALID_URL: the remote is not an http(s) URL, or holds a
 *   user name or password
 * @SF_SYNC_ERROR_INSECURE: plain HTTP to a host other than a loopback
 *   address, which would send the password in clear
 * @SF_SYNC_ERROR_UNREACHABLE: no connection (host unknown, refused, reset)
 * @SF_SYNC_ERROR_TIMEOUT: the server did not answer in time
 * @SF_SYNC_ERROR_TLS: the server's certificate is not trusted, or TLS failed
 * @SF_SYNC_ERROR_AUTH: 401, the user name or password was refused
 * @SF_SYNC_ERROR_FORBIDDEN: 403
 * @SF_SYNC_ERROR_NOT_FOUND: the collection (or a member) does not exist
 * @SF_SYNC_ERROR_PRECONDITION: 412, someone else changed the member first
 * @SF_SYNC_ERROR_LOCKED: 423, someone else holds a lock on the member
 * @SF_SYNC_ERROR_SERVER: a 5xx answer
 * @SF_SYNC_ERROR_PROTOCOL: an answer the client cannot use
 * @SF_SYNC_ERROR_REDIRECT: a redirect to another origin, not followed
 * @SF_SYNC_ERROR_UNSAFE_SERVER: the server ignores conditional requests and
 *   offers no locks: an upload could silently replace someone's work
 * @SF_SYNC_ERROR_CONFLICT: conflicts remain for the author to resolve
 * @SF_SYNC_ERROR_NO_PASSWORD: no password is stored for the remote
 *
 * Why a sync did not complete. Every code has a message in words for the
 * author; the tool maps them to its exit statuses (69 for the first five
 * and @SF_SYNC_ERROR_SERVER, 77 for @SF_SYNC_ERROR_AUTH and
 * @SF_SYNC_ERROR_FORBIDDEN).
 */
typedef enum
{
  SF_SYNC_ERROR_INVALID_URL,
  SF_SYNC_ERROR_INSECURE,
  SF_SYNC_ERROR_UNREACHABLE,
  SF_SYNC_ERROR_TIMEOUT,
  SF_SYNC_ERROR_TLS,
  SF_SYNC_ERROR_AUTH,
  SF_SYNC_ERROR_FORBIDDEN,
  SF_SYNC_ERROR_NOT_FOUND,
  SF_SYNC_ERROR_PRECONDITION,
  SF_SYNC_ERROR_LOCKED,
  SF_SYNC_ERROR_SERVER,
  SF_SYNC_ERROR_PROTOCOL,
  SF_SYNC_ERROR_REDIRECT,
  SF_SYNC_ERROR_UNSAFE_SERVER,
  SF_SYNC_ERROR_CONFLICT,
  SF_SYNC_ERROR_NO_PASSWORD,
} SfSyncError;

/**
 * SfSyncConcurrency:
 * @SF_SYNC_CONCURRENCY_UNKNOWN: not probed yet
 * @SF_SYNC_CONCURRENCY_CONDITIONAL: the server honours `If-Match` and
 *   `If-None-Match` on PUT
 * @SF_SYNC_CONCURRENCY_LOCKING: it ignores them but has WebDAV locks: an
 *   update is a LOCK, a compare, a PUT and an UNLOCK
 * @SF_SYNC_CONCURRENCY_NONE: neither: the client refuses to upload
 *
 * How uploads are protected against replacing someone else's.
 */
typedef enum
{
  SF_SYNC_CONCURRENCY_UNKNOWN,
  SF_SYNC_CONCURRENCY_CONDITIONAL,
  SF_SYNC_CONCURRENCY_LOCKING,
  SF_SYNC_CONCURRENCY_NONE,
} SfSyncConcurrency;

/**
 * SfSyncVerifyFunc:
 * @current: what the server holds, read under a lock
 * @user_data: the data given with the function
 *
 * Returns: whether @current is the version the caller merged with
 */
typedef gboolean (*SfSyncVerifyFunc) (GBytes   *current,
                                      gpointer  user_data);

#define SF_TYPE_SYNC_CLIENT (sf_sync_client_get_type ())

G_DECLARE_FINAL_TYPE (SfSyncClient, sf_sync_client, SF, SYNC_CLIENT, GObject)

GQuark             sf_sync_error_quark              (void);
gboolean           sf_sync_error_is_offline         (const GError      *error);

SfSyncClient      *sf_sync_client_new               (const char        *url,
                                                     const char        *user,
                                                     GError           **error);
const char        *sf_sync_client_get_url           (SfSyncClient      *self);
const char        *sf_sync_client_get_user          (SfSyncClient      *self);
void               sf_sync_client_set_password      (SfSyncClient      *self,
                                                     const char        *password);
gboolean           sf_sync_client_set_ca_file       (SfSyncClient      *self,
                                                     const char        *path,
                                                     GError           **error);
void               sf_sync_client_set_timeout       (SfSyncClient      *self,
                                                     guint              seconds);
guint              sf_sync_client_get_request_count (SfSyncClient      *self);
SfSyncConcurrency  sf_sync_client_get_concurrency   (SfSyncClient      *self);
void               sf_sync_client_set_concurrency   (SfSyncClient      *self,
                                                     SfSyncConcurrency  concurrency);

GPtrArray         *sf_sync_client_list              (SfSyncClient      *self,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
GPtrArray         *sf_sync_client_list_with_properties (SfSyncClient   *self,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
gboolean           sf_sync_client_update_index      (SfSyncClient      *self,
                                                     const char        *name,
                                                     const char        *etag,
                                                     const SfSyncResource *properties,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
SfSyncResource    *sf_sync_client_stat              (SfSyncClient      *self,
                                                     const char        *name,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
GBytes            *sf_sync_client_get               (SfSyncClient      *self,
                                                     const char        *name,
                                                     const char        *if_none_match,
                                                     const char        *listed_etag,
                                                     char             **etag,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
gboolean           sf_sync_client_put               (SfSyncClient      *self,
                                                     const char        *name,
                                                     GBytes            *contents,
                                                     const char        *if_match,
                                                     SfSyncVerifyFunc   verify,
                                                     gpointer           verify_data,
                                                     char             **new_etag,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
gboolean           sf_sync_client_proppatch         (SfSyncClient      *self,
                                                     const char        *name,
                                                     const SfSyncResource *properties,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
gboolean           sf_sync_client_delete            (SfSyncClient      *self,
                                                     const char        *name,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
gboolean           sf_sync_client_create_collection (SfSyncClient      *self,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
void               sf_sync_client_set_lock_journal  (SfSyncClient      *self,
                                                     GFile             *journal);
void               sf_sync_client_release_locks     (SfSyncClient      *self,
                                                     GCancellable      *cancellable);
gboolean           sf_sync_client_probe             (SfSyncClient      *self,
                                                     GCancellable      *cancellable,
                                                     GError           **error);

void               sf_sync_client_list_async        (SfSyncClient      *self,
                                                     GCancellable      *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer           user_data);
GPtrArray         *sf_sync_client_list_finish       (SfSyncClient      *self,
                                                     GAsyncResult      *result,
                                                     GError           **error);
void               sf_sync_client_create_collection_async  (SfSyncClient *self,
                                                     GCancellable      *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer           user_data);
gboolean           sf_sync_client_create_collection_finish (SfSyncClient *self,
                                                     GAsyncResult      *result,
                                                     GError           **error);

G_END_DECLS
