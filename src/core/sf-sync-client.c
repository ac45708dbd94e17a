/* sf-sync-client.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sf-sync-client.h"
#include "sf-sync-client-private.h"

/* A listing of 1,000 frameworks with their properties is about 1 MB; a
 * framework of 10,000 statements about 4 MB. */
#define MAX_BODY (64 * 1024 * 1024)
#define MAX_REDIRECTS 5
/* Apache marks an etag weak for a file changed within the last second:
 * wait that second out, a bounded number of times. */
#define WEAK_ETAG_WAIT_MSEC 1100
#define WEAK_ETAG_TRIES 3

/**
 * SfSyncClient:
 *
 * The requests of the sync to one WebDAV collection: a listing with one
 * PROPFIND, conditional GET and PUT, PROPPATCH of the framework
 * properties, LOCK where the server ignores conditions, MKCOL.
 *
 * Security: the URL must be HTTPS, or plain HTTP to a loopback address
 * (a test server); the password is sent as Basic authentication to the
 * remote's origin only, and never appears in a URL or a message. TLS
 * certificate errors are never ignored: an extra CA file may be given for
 * a company CA, and a certificate is then accepted only if it verifies
 * against that CA for the server's name. Redirects are followed only
 * within the same origin.
 *
 * The blocking calls may run in any thread (libsoup ≥ 3.2 sends from any
 * thread), one call at a time; the async ones run them in a worker.
 */
struct _SfSyncClient
{
  GObject            parent_instance;

  GUri              *base;
  char              *url;
  char              *user;
  char              *authorization;
  GTlsDatabase      *extra_ca;
  SoupSession       *session;
  SfSyncConcurrency  concurrency;
  GMutex             probe_lock;
  int                locks;          /* 0 not asked, 1 offered, -1 not */
  guint              request_count;
  SfSyncRequestHook  request_hook;
  gpointer           request_hook_data;
  GFile             *lock_journal;
  GMutex             journal_lock;
};

G_DEFINE_FINAL_TYPE (SfSyncClient, sf_sync_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (sf-sync-error-quark, sf_sync_error)

/**
 * _sf_sync_sleep:
 * @msec: how long to wait, in milliseconds
 * @cancellable: (nullable): a #GCancellable that ends the wait early
 *
 * Waits in a worker thread between two tries, so that Cancel is not kept
 * waiting for the end of a back-off.
 */
void
_sf_sync_sleep (guint         msec,
                GCancellable *cancellable)
{
  GPollFD pollfd;

  if (cancellable != NULL && g_cancellable_make_pollfd (cancellable, &pollfd))
    {
      g_poll (&pollfd, 1, (int) msec);
      g_cancellable_release_fd (cancellable);
    }
  else
    g_usleep ((gulong) msec * 1000);
}

static void
sf_sync_client_finalize (GObject *object)
{
  SfSyncClient *self = (SfSyncClient *) object;

  g_mutex_clear (&self->probe_lock);
  g_mutex_clear (&self->journal_lock);
  g_clear_object (&self->lock_journal);
  g_clear_object (&self->session);
  g_clear_object (&self->extra_ca);
  g_clear_pointer (&self->base, g_uri_unref);
  g_free (self->url);
  g_free (self->user);
  if (self->authorization != NULL)
    memset (self->authorization, 0, strlen (self->authorization));
  g_free (self->authorization);

  G_OBJECT_CLASS (sf_sync_client_parent_class)->finalize (object);
}

static void
sf_sync_client_class_init (SfSyncClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_sync_client_finalize;
}

static void
sf_sync_client_init (SfSyncClient *self)
{
  g_mutex_init (&self->probe_lock);
  g_mutex_init (&self->journal_lock);
}

void
_sf_sync_client_set_request_hook (SfSyncClient      *self,
                                  SfSyncRequestHook  hook,
                                  gpointer           user_data)
{
  g_return_if_fail (SF_IS_SYNC_CLIENT (self));
  self->request_hook = hook;
  self->request_hook_data = user_data;
}

/**
 * sf_sync_error_is_offline:
 * @error: (nullable): an error of a sync
 *
 * Returns: whether @error means the server could not be reached at all
 *   (the editor then shows "offline" rather than an error)
 */
gboolean
sf_sync_error_is_offline (const GError *error)
{
  return error != NULL && error->domain == SF_SYNC_ERROR &&
         (error->code == SF_SYNC_ERROR_UNREACHABLE || error->code == SF_SYNC_ERROR_TIMEOUT);
}

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/**
 * sf_sync_client_new:
 * @url: the URL of the WebDAV collection that holds the frameworks
 * @user: (nullable): the user name, or %NULL for a server without
 *   authentication
 * @error: why @url cannot be used
 *
 * Returns: (transfer full) (nullable): a client, or %NULL if @url is not
 *   an HTTPS URL (or HTTP to a loopback address) without credentials in it
 */
SfSyncClient *
sf_sync_client_new (const char  *url,
                    const char  *user,
                    GError     **error)
{
  g_autoptr(SfSyncClient) self = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *scheme;
  const char *path;

  g_return_val_if_fail (url != NULL, NULL);

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD, &local_error);
  if (uri == NULL)
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INVALID_URL,
                   _("The server address is not a valid URL: %s"), local_error->message);
      return NULL;
    }
  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INVALID_URL,
                   _("The server address must start with https:// (it starts with %s:)"), scheme);
      return NULL;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error_literal (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INVALID_URL,
                           _("The server address names no host"));
      return NULL;
    }
  if (g_uri_get_user (uri) != NULL || g_uri_get_password (uri) != NULL)
    {
      /* Not even echoed back: it may hold a password. */
      g_set_error_literal (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INVALID_URL,
                           _("The server address must not contain a user name or password: give the user name in its own field"));
      return NULL;
    }
  if (g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      g_set_error_literal (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INVALID_URL,
                           _("The server address must be a folder’s address, without “?” or “#”"));
      return NULL;
    }
  if (g_ascii_strcasecmp (scheme, "http") == 0 && !host_is_loopback (g_uri_get_host (uri)))
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INSECURE,
                   _("The server address uses plain HTTP, which would send your password unencrypted to %s: use https://"),
                   g_uri_get_host (uri));
      return NULL;
    }

  self = g_object_new (SF_TYPE_SYNC_CLIENT, NULL);
  path = g_uri_get_path (uri);
  if (!g_str_has_suffix (path, "/"))
    {
      g_autofree char *with_slash = g_strconcat (path, "/", NULL);
      self->base = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), NULL,
                                g_uri_get_host (uri), g_uri_get_port (uri), with_slash, NULL, NULL);
    }
  else
    self->base = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), NULL,
                              g_uri_get_host (uri), g_uri_get_port (uri), path, NULL, NULL);
  self->url = g_uri_to_string (self->base);
  self->user = g_strdup (user != NULL && *user != '\0' ? user : NULL);
  self->session = soup_session_new_with_options ("timeout", 60,
                                                 "idle-timeout", 60,
                                                 "max-conns-per-host", 8,
                                                 "user-agent", "Skillframe/" PACKAGE_VERSION " ",
                                                 NULL);
  return g_steal_pointer (&self);
}

const char *
sf_sync_client_get_url (SfSyncClient *self)
{
  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), NULL);
  return self->url;
}

const char *
sf_sync_client_get_user (SfSyncClient *self)
{
  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), NULL);
  return self->user;
}

/**
 * sf_sync_client_set_password:
 * @self: a client
 * @password: (nullable): the password of the user
 *
 * Keeps @password in memory only, as the Basic authorization sent with
 * every request to the remote's origin.
 */
void
sf_sync_client_set_password (SfSyncClient *self,
                             const char   *password)
{
  g_autofree char *pair = NULL;
  g_autofree char *encoded = NULL;

  g_return_if_fail (SF_IS_SYNC_CLIENT (self));

  if (self->authorization != NULL)
    memset (self->authorization, 0, strlen (self->authorization));
  g_clear_pointer (&self->authorization, g_free);
  if (password == NULL || self->user == NULL)
    return;
  pair = g_strconcat (self->user, ":", password, NULL);
  encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  self->authorization = g_strconcat ("Basic ", encoded, NULL);
  memset (pair, 0, strlen (pair));
  memset (encoded, 0, strlen (encoded));
}

/**
 * sf_sync_client_set_ca_file:
 * @self: a client
 * @path: (nullable): a PEM file of CA certificates, or %NULL for the
 *   system's only
 * @error: why the file cannot be used
 *
 * Trusts, besides the system's CAs, the CAs in @path (a company's CA).
 *
 * Returns: whether the file was read
 */
gboolean
sf_sync_client_set_ca_file (SfSyncClient  *self,
                            const char    *path,
                            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *absolute = NULL;
  GTlsDatabase *database;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);

  if (path == NULL || *path == '\0')
    {
      g_clear_object (&self->extra_ca);
      return TRUE;
    }
  /* GTlsFileDatabase wants an absolute path. */
  absolute = g_canonicalize_filename (path, NULL);
  database = g_tls_file_database_new (absolute, &local_error);
  if (database == NULL)
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_TLS,
                   _("The CA certificate file %s cannot be used: %s"), path, local_error->message);
      return FALSE;
    }
  g_set_object (&self->extra_ca, database);
  g_object_unref (database);
  return TRUE;
}

/**
 * sf_sync_client_set_timeout:
 * @self: a client
 * @seconds: how long to wait for an answer, 0 for libsoup's default
 */
void
sf_sync_client_set_timeout (SfSyncClient *self,
                            guint         seconds)
{
  g_return_if_fail (SF_IS_SYNC_CLIENT (self));
  soup_session_set_timeout (self->session, seconds);
}

/**
 * sf_sync_client_get_request_count:
 * @self: a client
 *
 * Returns: how many requests the client sent, for tests and benchmarks
 */
guint
sf_sync_client_get_request_count (SfSyncClient *self)
{
  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), 0);
  return g_atomic_int_get (&self->request_count);
}

SfSyncConcurrency
sf_sync_client_get_concurrency (SfSyncClient *self)
{
  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), SF_SYNC_CONCURRENCY_UNKNOWN);
  return self->concurrency;
}

/**
 * sf_sync_client_set_concurrency:
 * @self: a client
 * @concurrency: how to protect uploads
 *
 * Sets what sf_sync_client_probe() would find, for a server known in
 * advance (and for tests of the locking path against servers that would
 * otherwise be probed as honouring conditions).
 */
void
sf_sync_client_set_concurrency (SfSyncClient      *self,
                                SfSyncConcurrency  concurrency)
{
  g_return_if_fail (SF_IS_SYNC_CLIENT (self));
  self->concurrency = concurrency;
}

static gboolean
accept_certificate_cb (SoupMessage          *msg,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       SfSyncClient         *self)
{
  g_autoptr(GSocketConnectable) identity = NULL;
  GUri *uri = soup_message_get_uri (msg);
  GTlsCertificateFlags flags;

  if (self->extra_ca == NULL)
    return FALSE;
  identity = g_network_address_new (g_uri_get_host (uri), g_uri_get_port (uri) > 0 ? g_uri_get_port (uri) : 443);
  flags = g_tls_database_verify_chain (self->extra_ca, certificate,
                                       G_TLS_DATABASE_PURPOSE_AUTHENTICATE_SERVER,
                                       identity, NULL, G_TLS_DATABASE_VERIFY_NONE, NULL, NULL);
  return flags == 0;
}

static GUri *
member_uri (SfSyncClient *self,
            const char   *name)
{
  g_autofree char *escaped = NULL;

  if (name == NULL)
    return g_uri_ref (self->base);
  escaped = g_uri_escape_string (name, NULL, FALSE);
  return g_uri_parse_relative (self->base, escaped, G_URI_FLAGS_ENCODED, NULL);
}

static gboolean
same_origin (GUri *a,
             GUri *b)
{
  return g_ascii_strcasecmp (g_uri_get_scheme (a), g_uri_get_scheme (b)) == 0 &&
         g_ascii_strcasecmp (g_uri_get_host (a), g_uri_get_host (b)) == 0 &&
         g_uri_get_port (a) == g_uri_get_port (b);
}

typedef struct
{
  const char *method;
  const char *name;    /* NULL: the collection */
  GBytes     *body;
  const char *content_type;
  const char *headers[8]; /* name, value pairs, NULL-terminated */
} Request;

static void
transport_error (SfSyncClient  *self,
                 GError        *cause,
                 GError       **error)
{
  const char *host = g_uri_get_host (self->base);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE) ||
           g_error_matches (cause, G_TLS_ERROR, G_TLS_ERROR_NOT_TLS) ||
           g_error_matches (cause, G_TLS_ERROR, G_TLS_ERROR_CERTIFICATE_REQUIRED))
    g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_TLS,
                 _("The secure connection to %s failed: its certificate is not trusted or TLS failed (%s). If your organisation uses its own certificate authority, give its CA certificate file in the sync settings"),
                 host, cause->message);
  /* A handshake cut short (the server went away in the middle) is no
   * certificate problem. */
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_UNREACHABLE,
                 _("The server %s cannot be reached: the secure connection broke off (%s)"), host, cause->message);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_TIMEOUT,
                 _("The server %s did not answer in time"), host);
  else
    g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_UNREACHABLE,
                 _("The server %s cannot be reached: %s"), host, cause->message);
}

/* Sends @request, following redirects within the origin, and returns the
 * answer's body; the message (with its status) in @out_msg. */
static GBytes *
send_request (SfSyncClient  *self,
              Request       *request,
              SoupMessage  **out_msg,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GUri) uri = member_uri (self, request->name);

  for (guint redirects = 0; ; redirects++)
    {
      g_autoptr(SoupMessage) msg = NULL;
      g_autoptr(GBytes) body = NULL;
      g_autoptr(GError) local_error = NULL;
      SoupMessageHeaders *headers;
      guint status;

      msg = soup_message_new_from_uri (request->method, uri);
      /* libsoup opens a new connection for each request of a method it
       * does not know as idempotent: PROPPATCH (setting the same
       * properties again changes nothing) and UNLOCK are, and a push of
       * 1,000 frameworks made 1,000 TLS handshakes without this. */
      if (g_str_equal (request->method, "PROPPATCH") || g_str_equal (request->method, "UNLOCK"))
        soup_message_set_flags (msg, SOUP_MESSAGE_NO_REDIRECT | SOUP_MESSAGE_IDEMPOTENT);
      else
        soup_message_set_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      g_signal_connect (msg, "accept-certificate", G_CALLBACK (accept_certificate_cb), self);
      headers = soup_message_get_request_headers (msg);
      if (self->authorization != NULL)
        soup_message_headers_replace (headers, "Authorization", self->authorization);
      for (guint i = 0; request->headers[i] != NULL; i += 2)
        soup_message_headers_replace (headers, request->headers[i], request->headers[i + 1]);
      if (request->body != NULL)
        soup_message_set_request_body_from_bytes (msg, request->content_type, request->body);

      g_atomic_int_inc (&self->request_count);
      if (self->request_hook != NULL)
        self->request_hook (self, request->method, request->name, self->request_hook_data);
      body = soup_session_send_and_read (self->session, msg, cancellable, &local_error);
      if (body == NULL)
        {
          transport_error (self, local_error, error);
          return NULL;
        }
      if (g_bytes_get_size (body) > MAX_BODY)
        {
          g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
                       _("The server’s answer to %s is larger than %d MB"), request->method, MAX_BODY / (1024 * 1024));
          return NULL;
        }

      status = soup_message_get_status (msg);
      if (SOUP_STATUS_IS_REDIRECTION (status) && status != 304)
        {
          const char *location = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location");
          g_autoptr(GUri) target = NULL;

          if (location != NULL)
            target = g_uri_parse_relative (uri, location, G_URI_FLAGS_ENCODED, NULL);
          if (target == NULL || !same_origin (target, self->base) || redirects >= MAX_REDIRECTS)
            {
              g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_REDIRECT,
                           _("The server redirects to another address (%s), which is not followed: set that address as the server if you trust it"),
                           target != NULL ? g_uri_get_host (target) : _("an unreadable one"));
              return NULL;
            }
          g_clear_pointer (&uri, g_uri_unref);
          uri = g_steal_pointer (&target);
          continue;
        }

      *out_msg = g_steal_pointer (&msg);
      return g_steal_pointer (&body);
    }
}

/* The error for an unexpected status, in words. */
static void
status_error (SfSyncClient  *self,
              SoupMessage   *msg,
              const char    *name,
              GError       **error)
{
  guint status = soup_message_get_status (msg);
  const char *what = name != NULL ? name : self->url;

  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED:
      if (self->user == NULL)
        g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_AUTH,
                     _("The server %s asks for a user name and password (401)"), g_uri_get_host (self->base));
      else
        g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_AUTH,
                     _("The server %s refused the user name “%s” or its password (401)"),
                     g_uri_get_host (self->base), self->user);
      break;
    case SOUP_STATUS_FORBIDDEN:
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_FORBIDDEN,
                   _("The server does not allow %s on %s (403): ask its administrator for write access"),
                   soup_message_get_method (msg), what);
      break;
    case SOUP_STATUS_NOT_FOUND:
    case SOUP_STATUS_CONFLICT:
      if (name == NULL || status == SOUP_STATUS_CONFLICT)
        g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND,
                     _("The folder %s does not exist on the server (%u)"), self->url, status);
      else
        g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND,
                     _("%s is not on the server (404)"), name);
      break;
    case SOUP_STATUS_PRECONDITION_FAILED:
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                   _("%s was changed on the server by someone else meanwhile (412)"), what);
      break;
    case SOUP_STATUS_LOCKED:
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_LOCKED,
                   _("%s is locked on the server by someone else (423)"), what);
      break;
    case SOUP_STATUS_METHOD_NOT_ALLOWED:
    case SOUP_STATUS_NOT_IMPLEMENTED:
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
                   _("The server does not support %s on %s (%u %s): is it a WebDAV server?"),
                   soup_message_get_method (msg), what, status, soup_message_get_reason_phrase (msg));
      break;
    case SOUP_STATUS_INSUFFICIENT_STORAGE:
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_SERVER,
                   _("The server has no space left for %s (507)"), what);
      break;
    default:
      if (status >= 500)
        g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_SERVER,
                     _("The server failed on %s of %s (%u %s): try again later"),
                     soup_message_get_method (msg), what, status, soup_message_get_reason_phrase (msg));
      else
        g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
                     _("The server answered %s of %s with %u %s"),
                     soup_message_get_method (msg), what, status, soup_message_get_reason_phrase (msg));
      break;
    }
}

static const char propfind_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<D:propfind xmlns:D=\"DAV:\" xmlns:S=\"" SF_SYNC_NAMESPACE "\"><D:prop>"
  "<D:resourcetype/><D:getetag/><D:getlastmodified/><D:getcontentlength/>"
  "<S:id/><S:title/><S:code/><S:version/><S:status/>"
  "</D:prop></D:propfind>\n";

static GPtrArray *
propfind (SfSyncClient  *self,
          const char    *name,
          const char    *depth,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GBytes) request_body = g_bytes_new_static (propfind_body, sizeof propfind_body - 1);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  Request request = {
    "PROPFIND", name, request_body, "application/xml; charset=utf-8",
    { "Depth", depth, NULL },
  };
  gconstpointer data;
  gsize length;

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return NULL;
  if (soup_message_get_status (msg) != SOUP_STATUS_MULTI_STATUS)
    {
      status_error (self, msg, name, error);
      return NULL;
    }
  data = g_bytes_get_data (body, &length);
  return sf_sync_parse_multistatus (data, length, error);
}

/**
 * sf_sync_client_list:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @error: why the listing failed
 *
 * Lists the collection with one PROPFIND of depth 1: each member's etag,
 * last change, size and framework properties.
 *
 * Returns: (transfer container) (element-type SfSyncResource): the
 *   members, without the collection itself and its subcollections
 */
GPtrArray *
sf_sync_client_list (SfSyncClient  *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *members;
  const char *base_path;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), NULL);

  all = propfind (self, NULL, "1", cancellable, error);
  if (all == NULL)
    return NULL;
  base_path = g_uri_get_path (self->base);
  members = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_resource_free);
  for (guint i = 0; i < all->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (all, i);
      g_autofree char *decoded_base = g_uri_unescape_string (base_path, NULL);

      if (r->is_collection || *r->name == '\0' ||
          g_strcmp0 (r->href, decoded_base) == 0)
        continue;
      g_ptr_array_add (members, g_ptr_array_steal_index (all, i));
      i--;
    }
  return members;
}

/**
 * sf_sync_client_stat:
 * @self: a client
 * @name: a member of the collection
 * @cancellable: (nullable): a #GCancellable
 * @error: why it failed; %SF_SYNC_ERROR_NOT_FOUND when there is no @name
 *
 * Returns: (transfer full) (nullable): what a PROPFIND of depth 0 tells
 *   of @name
 */
SfSyncResource *
sf_sync_client_stat (SfSyncClient  *self,
                     const char    *name,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  all = propfind (self, name, "0", cancellable, error);
  if (all == NULL)
    return NULL;
  if (all->len != 1)
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
                   _("The server described %s with %u entries instead of one"), name, all->len);
      return NULL;
    }
  return g_ptr_array_steal_index (all, 0);
}

static char *
response_etag (SoupMessage *msg)
{
  const char *etag = soup_message_headers_get_one (soup_message_get_response_headers (msg), "ETag");

  return etag != NULL && *etag != '\0' ? g_strdup (etag) : NULL;
}

/**
 * sf_sync_client_get:
 * @self: a client
 * @name: a member of the collection
 * @if_none_match: (nullable): the etag of the version the caller has
 * @listed_etag: (nullable): the etag a listing gave for @name
 * @etag: (out) (optional) (nullable): the etag of what is returned
 * @cancellable: (nullable): a #GCancellable
 * @error: why it failed
 *
 * Fetches @name; with @if_none_match, an unchanged member costs a 304 and
 * returns an empty #GBytes. Some servers (lighttpd) send no ETag with a
 * GET: the etag is then the one of a PROPFIND after the GET, and the body
 * is trusted to be that version only if the listing (or a PROPFIND before
 * the GET) gave the same one; otherwise the member changed meanwhile and
 * the GET is made again, a bounded number of times.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
sf_sync_client_get (SfSyncClient  *self,
                    const char    *name,
                    const char    *if_none_match,
                    const char    *listed_etag,
                    char         **etag,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *before = g_strdup (listed_etag);

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint attempt = 0; attempt < 4; attempt++)
    {
      g_autoptr(SoupMessage) msg = NULL;
      g_autoptr(GBytes) body = NULL;
      g_autoptr(SfSyncResource) after = NULL;
      g_autofree char *got = NULL;
      Request request = { "GET", name, NULL, NULL, { NULL } };

      if (if_none_match != NULL)
        {
          request.headers[0] = "If-None-Match";
          request.headers[1] = if_none_match;
        }
      body = send_request (self, &request, &msg, cancellable, error);
      if (body == NULL)
        return NULL;
      if (soup_message_get_status (msg) == SOUP_STATUS_NOT_MODIFIED)
        {
          if (etag != NULL)
            *etag = g_strdup (if_none_match);
          return g_bytes_new (NULL, 0);
        }
      if (soup_message_get_status (msg) != SOUP_STATUS_OK)
        {
          status_error (self, msg, name, error);
          return NULL;
        }
      got = response_etag (msg);
      if (got != NULL)
        {
          if (etag != NULL)
            *etag = g_steal_pointer (&got);
          return g_steal_pointer (&body);
        }

      after = sf_sync_client_stat (self, name, cancellable, error);
      if (after == NULL)
        return NULL;
      if (before != NULL && sf_sync_etag_equal_weak (before, after->etag))
        {
          if (etag != NULL)
            *etag = g_strdup (after->etag);
          return g_steal_pointer (&body);
        }
      /* Changed between the two, or nothing to compare with yet. */
      g_free (before);
      before = g_strdup (after->etag);
    }
  g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
               _("%s keeps changing on the server while it is downloaded, and the server gives no entity tag with it"),
               name);
  return NULL;
}

/* An If-Match needs a strong etag: Apache answers 412 to a weak one. When
 * the member is still that version, its etag turns strong a second after
 * its last change. */
static char *
strong_etag (SfSyncClient  *self,
             const char    *name,
             const char    *etag,
             GCancellable  *cancellable,
             GError       **error)
{
  if (!sf_sync_etag_is_weak (etag))
    return g_strdup (etag);

  for (guint i = 0; i < WEAK_ETAG_TRIES; i++)
    {
      g_autoptr(SfSyncResource) now = sf_sync_client_stat (self, name, cancellable, error);

      if (now == NULL)
        return NULL;
      if (!sf_sync_etag_equal_weak (now->etag, etag))
        {
          g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                       _("%s was changed on the server by someone else meanwhile"), name);
          return NULL;
        }
      if (!sf_sync_etag_is_weak (now->etag))
        return g_strdup (now->etag);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      _sf_sync_sleep (WEAK_ETAG_WAIT_MSEC, cancellable);
    }
  g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
               _("The server gives only a weak entity tag for %s, which no conditional upload can match"), name);
  return NULL;
}

/* A LOCK of a new name makes a lock-null member (Apache) that nobody else
 * can create until it is unlocked or expires: a create that dies between
 * its LOCK and its PUT must not block the framework's creation for long.
 * Yet the lock must outlast the stat and the PUT's arrival, which is when
 * the server checks it: 5 s was too short on a machine with a load of 10
 * on 2 cores, where a push of 1,000 frameworks saw PUTs refused for a lock
 * already expired. */
#define CREATE_LOCK_TIMEOUT "Second-15"
#define UPDATE_LOCK_TIMEOUT "Second-120"

static char *
lock_member (SfSyncClient  *self,
             const char    *name,
             const char    *timeout,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char lock_body[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/></D:lockscope>"
    "<D:locktype><D:write/></D:locktype><D:owner>Skillframe</D:owner></D:lockinfo>\n";
  g_autoptr(GBytes) request_body = g_bytes_new_static (lock_body, sizeof lock_body - 1);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  Request request = {
    "LOCK", name, request_body, "application/xml; charset=utf-8",
    { "Depth", "0", "Timeout", timeout, NULL },
  };
  const char *token;

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return NULL;
  if (soup_message_get_status (msg) != SOUP_STATUS_OK && soup_message_get_status (msg) != SOUP_STATUS_CREATED)
    {
      status_error (self, msg, name, error);
      return NULL;
    }
  token = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Lock-Token");
  if (token == NULL || *token != '<')
    {
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
                   _("The server locked %s but gave no lock token"), name);
      return NULL;
    }
  return g_strdup (token);
}

/* Adds @lines to the lock journal, appending: other clients of the same
 * folder, in this process or another, may be adding theirs. */
static void
journal_append (SfSyncClient *self,
                const char   *lines)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFile) folder = NULL;

  g_mutex_lock (&self->journal_lock);
  if (self->lock_journal != NULL)
    {
      folder = g_file_get_parent (self->lock_journal);
      g_file_make_directory_with_parents (folder, NULL, NULL);
      out = g_file_append_to (self->lock_journal, G_FILE_CREATE_PRIVATE, NULL, NULL);
      if (out != NULL)
        g_output_stream_write_all (G_OUTPUT_STREAM (out), lines, strlen (lines), NULL, NULL, NULL);
    }
  g_mutex_unlock (&self->journal_lock);
}

static void
unlock_member (SfSyncClient *self,
               const char   *name,
               const char   *token)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  Request request = { "UNLOCK", name, NULL, NULL, { "Lock-Token", token, NULL } };

  body = send_request (self, &request, &msg, NULL, NULL);
  /* Not released because the server could not be reached: a lock left
   * behind should expire by its timeout, but lighttpd 1.4 never expires
   * one (it stores the hour of day plus the timeout), and a lock-null
   * member would block the framework's creation for ever. The journal
   * lets the next sync release it. */
  if (body == NULL)
    {
      g_autofree char *line = g_strdup_printf ("%s\t%s\n", token, name);

      journal_append (self, line);
    }
}

/**
 * sf_sync_client_set_lock_journal:
 * @self: a client
 * @journal: (nullable): a local file that keeps the locks this client took
 *   and could not release, because the server went away
 *
 * See sf_sync_client_release_locks().
 */
void
sf_sync_client_set_lock_journal (SfSyncClient *self,
                                 GFile        *journal)
{
  g_return_if_fail (SF_IS_SYNC_CLIENT (self));
  g_mutex_lock (&self->journal_lock);
  g_set_object (&self->lock_journal, journal);
  g_mutex_unlock (&self->journal_lock);
}

/**
 * sf_sync_client_release_locks:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 *
 * Releases the locks of the journal that a sync took and could not
 * release, the server having gone away in the middle of an upload. Those
 * that still cannot be released stay in the journal.
 */
void
sf_sync_client_release_locks (SfSyncClient *self,
                              GCancellable *cancellable)
{
  g_autofree char *contents = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GFile) journal = NULL;
  g_autofree char *path = NULL;
  g_autofree char *taken = NULL;

  g_return_if_fail (SF_IS_SYNC_CLIENT (self));

  /* The journal is taken by renaming it: a line another client appends
   * meanwhile goes to a new journal, never lost with this one. */
  g_mutex_lock (&self->journal_lock);
  g_set_object (&journal, self->lock_journal);
  g_mutex_unlock (&self->journal_lock);
  if (journal == NULL || (path = g_file_get_path (journal)) == NULL)
    return;
  taken = g_strdup_printf ("%s.%08x", path, g_random_int ());
  if (g_rename (path, taken) != 0)
    return;
  g_file_get_contents (taken, &contents, NULL, NULL);
  g_unlink (taken);
  if (contents == NULL)
    return;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);
      g_autoptr(SoupMessage) msg = NULL;
      g_autoptr(GBytes) body = NULL;
      Request request = { "UNLOCK", NULL, NULL, NULL, { "Lock-Token", NULL, NULL } };

      if (g_strv_length (fields) != 2 || fields[0][0] != '<' || strchr (fields[1], '/') != NULL)
        continue;
      request.name = fields[1];
      request.headers[1] = fields[0];
      body = send_request (self, &request, &msg, cancellable, NULL);
      g_debug ("Released the lock left on %s: %u", fields[1], msg != NULL ? soup_message_get_status (msg) : 0);
      if (body == NULL)
        g_string_append_printf (kept, "%s\t%s\n", fields[0], fields[1]);
    }
  if (kept->len > 0)
    journal_append (self, kept->str);
}

static gboolean
put_once (SfSyncClient  *self,
          const char    *name,
          GBytes        *contents,
          const char    *if_match,
          const char    *lock_token,
          char         **new_etag,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *if_header = NULL;
  Request request = { "PUT", name, contents, "application/json", { NULL } };
  guint n = 0;

  if (lock_token != NULL)
    {
      if_header = g_strdup_printf ("(%s)", lock_token);
      request.headers[n++] = "If";
      request.headers[n++] = if_header;
    }
  else if (if_match != NULL)
    {
      request.headers[n++] = "If-Match";
      request.headers[n++] = if_match;
    }
  else
    {
      request.headers[n++] = "If-None-Match";
      request.headers[n++] = "*";
    }

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return FALSE;
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (msg)))
    {
      status_error (self, msg, name, error);
      return FALSE;
    }
  if (new_etag != NULL)
    *new_etag = response_etag (msg);
  return TRUE;
}

static gboolean offers_locks (SfSyncClient  *self,
                              GCancellable  *cancellable,
                              GError       **error);

/* Whether the server offers WebDAV locks, asked once. */
static gboolean
has_locks (SfSyncClient *self,
           GCancellable *cancellable)
{
  int known = g_atomic_int_get (&self->locks);

  if (known == 0)
    {
      known = offers_locks (self, cancellable, NULL) ? 1 : -1;
      g_atomic_int_set (&self->locks, known);
    }
  return known > 0;
}

/* Whether the server's locks expire by their timeout, asked once per
 * server and process (it takes a second): lighttpd 1.4 keeps a lock until
 * it is released, so a create that died between its LOCK and its PUT (or
 * whose LOCK's answer was lost) would block the framework for ever. */
static gboolean
locks_expire (SfSyncClient *self,
              GCancellable *cancellable)
{
  static GMutex lock;
  static GHashTable *known;
  g_autofree char *origin = g_strdup_printf ("%s://%s:%d", g_uri_get_scheme (self->base),
                                             g_uri_get_host (self->base), g_uri_get_port (self->base));
  g_autofree char *name = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gpointer value;
  gboolean expire;

  g_mutex_lock (&lock);
  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (known, origin, NULL, &value))
    {
      g_mutex_unlock (&lock);
      return GPOINTER_TO_INT (value);
    }

  name = g_strdup_printf (".skillframe-probe-%08x%08x", g_random_int (), g_random_int ());
  first = lock_member (self, name, "Second-1", cancellable, NULL);
  if (first != NULL)
    {
      /* Past the second, in the server's whole seconds. */
      _sf_sync_sleep (1200, cancellable);
      second = lock_member (self, name, "Second-1", cancellable, NULL);
    }
  expire = second != NULL;
  if (second != NULL)
    unlock_member (self, name, second);
  if (first != NULL)
    unlock_member (self, name, first);
  sf_sync_client_delete (self, name, cancellable, NULL);
  g_debug ("The locks of %s %s", origin, expire ? "expire" : "do not expire");
  if (first != NULL)
    g_hash_table_insert (known, g_steal_pointer (&origin), GINT_TO_POINTER (expire));
  g_mutex_unlock (&lock);
  return expire;
}

/* LOCK, compare, PUT with the lock token, UNLOCK: an update that nobody
 * can come between, for servers that ignore If-Match or while an etag is
 * weak. */
static gboolean
locked_put (SfSyncClient      *self,
            const char        *name,
            GBytes            *contents,
            const char        *if_match,
            SfSyncVerifyFunc   verify,
            gpointer           verify_data,
            char             **new_etag,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autofree char *token = NULL;
  g_autoptr(SfSyncResource) now = NULL;
  g_autoptr(GError) stat_error = NULL;
  gboolean ok;

  token = lock_member (self, name, if_match == NULL ? CREATE_LOCK_TIMEOUT : UPDATE_LOCK_TIMEOUT, cancellable, error);
  if (token == NULL)
    return FALSE;
  now = sf_sync_client_stat (self, name, cancellable, &stat_error);
  if (now == NULL && !g_error_matches (stat_error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND))
    {
      unlock_member (self, name, token);
      g_propagate_error (error, g_steal_pointer (&stat_error));
      return FALSE;
    }
  /* A LOCK of a missing member creates it empty (RFC 4918 §9.10.4), or
   * as a lock-null member, without etag or length (Apache): a create finds
   * that, or an empty member left by a create that failed half-way, which
   * is nobody's version. */
  if (if_match != NULL && (now == NULL || !sf_sync_etag_equal_weak (now->etag, if_match)))
    {
      unlock_member (self, name, token);
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                   _("%s was changed on the server by someone else meanwhile"), name);
      return FALSE;
    }
  /* A weak etag does not tell two versions apart that were written within
   * the server's clock tick with the same size (Apache's is size and
   * modification time): under the lock, compare the contents. A create
   * over a member that is not empty asks @verify whether it holds no
   * version either (a truncated upload). */
  if (if_match == NULL && now != NULL && now->length > 0 && verify == NULL)
    {
      unlock_member (self, name, token);
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                   _("%s was created on the server by someone else meanwhile"), name);
      return FALSE;
    }
  if ((if_match != NULL && verify != NULL && sf_sync_etag_is_weak (if_match)) ||
      (if_match == NULL && now != NULL && now->length > 0))
    {
      g_autoptr(GError) get_error = NULL;
      g_autoptr(GBytes) current = sf_sync_client_get (self, name, NULL, now->etag, NULL, cancellable, &get_error);

      if (current == NULL || !verify (current, verify_data))
        {
          unlock_member (self, name, token);
          if (current == NULL)
            g_propagate_error (error, g_steal_pointer (&get_error));
          else
            g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                         _("%s was changed on the server by someone else meanwhile"), name);
          return FALSE;
        }
    }
  ok = put_once (self, name, contents, NULL, token, new_etag, cancellable, error);
  unlock_member (self, name, token);
  return ok;
}

/* A create with `If-None-Match: *`, on a server without locks. A member
 * that a failed create left there (empty, or what @verify finds to be no
 * version) is replaced with `If-Match` of its etag, so that a create that
 * comes first still wins. */
static gboolean
create (SfSyncClient      *self,
        const char        *name,
        GBytes            *contents,
        SfSyncVerifyFunc   verify,
        gpointer           verify_data,
        char             **new_etag,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SfSyncResource) now = NULL;
  g_autofree char *strong = NULL;

  if (put_once (self, name, contents, NULL, NULL, new_etag, cancellable, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  now = sf_sync_client_stat (self, name, cancellable, error);
  if (now == NULL)
    return FALSE;
  if (now->length != 0 && verify == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (now->length != 0)
    {
      g_autoptr(GBytes) current = sf_sync_client_get (self, name, NULL, now->etag, NULL, cancellable, error);

      if (current == NULL)
        return FALSE;
      if (!verify (current, verify_data))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  strong = strong_etag (self, name, now->etag, cancellable, error);
  if (strong == NULL)
    return FALSE;
  return put_once (self, name, contents, strong, NULL, new_etag, cancellable, error);
}

/**
 * sf_sync_client_put:
 * @self: a client
 * @name: a member of the collection
 * @contents: what to store
 * @if_match: (nullable): the etag of the version this one replaces, or
 *   %NULL to create @name, which must not exist
 * @verify: (nullable): checks, when @if_match is weak, that the server's
 *   contents are the version it names; for a create, whether a member
 *   found there holds no version at all (left by a create that failed
 *   half-way), which the create then replaces
 * @verify_data: for @verify
 * @new_etag: (out) (optional) (nullable): the etag of the stored version,
 *   when the server gave one
 * @cancellable: (nullable): a #GCancellable
 * @error: %SF_SYNC_ERROR_PRECONDITION when @name is no longer the version
 *   @if_match names (or exists when it should not)
 *
 * Stores @contents only if the member is still the version the caller
 * merged with: inside a LOCK after comparing the etag wherever the server
 * offers locks (creates included: Apache checks `If-None-Match: *` and
 * `If-Match` when a PUT arrives and writes the body later, so two racing
 * PUTs may both pass); else `If-Match` (with a strong etag) or
 * `If-None-Match: *`; on a server with neither, not at all
 * (%SF_SYNC_ERROR_UNSAFE_SERVER).
 *
 * Returns: whether the server stored @contents
 */
gboolean
sf_sync_client_put (SfSyncClient      *self,
                    const char        *name,
                    GBytes            *contents,
                    const char        *if_match,
                    SfSyncVerifyFunc   verify,
                    gpointer           verify_data,
                    char             **new_etag,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autofree char *strong = NULL;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  /* Probed once, by the first upload of any thread. */
  if (g_atomic_int_get ((int *) &self->concurrency) == SF_SYNC_CONCURRENCY_UNKNOWN)
    {
      gboolean probed = TRUE;

      g_mutex_lock (&self->probe_lock);
      if (self->concurrency == SF_SYNC_CONCURRENCY_UNKNOWN)
        probed = sf_sync_client_probe (self, cancellable, error);
      g_mutex_unlock (&self->probe_lock);
      if (!probed)
        return FALSE;
    }

  switch (self->concurrency)
    {
    case SF_SYNC_CONCURRENCY_CONDITIONAL:
      /* An update goes under a lock wherever the server has locks: Apache
       * checks If-Match when a PUT arrives and writes the body afterwards
       * in another thread, so two PUTs over the same version both pass and
       * the second silently replaces the first. Also, a weak etag may name
       * two versions (see locked_put()), and Apache answers any If-Match of
       * one with 412: under the lock the contents are compared. A create
       * too (If-None-Match: * is as racy), where locks expire: a dead
       * create's lock must not block the name for ever. lighttpd's never
       * do; it reads a whole PUT before it checks and writes it, so its
       * If-None-Match: * is not racy. */
      if (has_locks (self, cancellable) && (if_match != NULL || locks_expire (self, cancellable)))
        return locked_put (self, name, contents, if_match, verify, verify_data, new_etag, cancellable, error);
      if (if_match == NULL)
        return create (self, name, contents, verify, verify_data, new_etag, cancellable, error);
      if (if_match != NULL)
        {
          strong = strong_etag (self, name, if_match, cancellable, error);
          if (strong == NULL)
            return FALSE;
          if (verify != NULL && sf_sync_etag_is_weak (if_match))
            {
              g_autoptr(GBytes) current = sf_sync_client_get (self, name, NULL, strong, NULL, cancellable, error);

              if (current == NULL)
                return FALSE;
              if (!verify (current, verify_data))
                {
                  g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
                               _("%s was changed on the server by someone else meanwhile"), name);
                  return FALSE;
                }
            }
        }
      return put_once (self, name, contents, strong, NULL, new_etag, cancellable, error);

    case SF_SYNC_CONCURRENCY_LOCKING:
      return locked_put (self, name, contents, if_match, verify, verify_data, new_etag, cancellable, error);

    case SF_SYNC_CONCURRENCY_NONE:
    case SF_SYNC_CONCURRENCY_UNKNOWN:
    default:
      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_UNSAFE_SERVER,
                   _("The server %s ignores conditional uploads and offers no locks: uploading could silently replace a colleague’s work, so Skillframe does not upload to it"),
                   g_uri_get_host (self->base));
      return FALSE;
    }
}

static char *
xml_escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/**
 * sf_sync_client_proppatch:
 * @self: a client
 * @name: a member of the collection
 * @properties: the id, title, code, version and status to store
 * @cancellable: (nullable): a #GCancellable
 * @error: why it failed; %SF_SYNC_ERROR_PROTOCOL where the server keeps no
 *   dead properties
 *
 * Stores the framework's properties on @name as WebDAV dead properties,
 * so that a listing shows them.
 *
 * Returns: whether the server stored them all
 */
gboolean
sf_sync_client_proppatch (SfSyncClient         *self,
                          const char           *name,
                          const SfSyncResource *properties,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GBytes) request_body = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GPtrArray) answer = NULL;
  Request request = { "PROPPATCH", name, NULL, "application/xml; charset=utf-8", { NULL } };
  const char *keys[] = { "id", "title", "code", "version", "status" };
  const char *values[] = { properties->id, properties->title, properties->code,
                           properties->version, properties->status };
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);

  /* One <set> per property: lighttpd 1.4.69 stores only the first
   * property of a <prop> (found against the test server). */
  g_string_append (xml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                        "<D:propertyupdate xmlns:D=\"DAV:\" xmlns:S=\"" SF_SYNC_NAMESPACE "\">");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *escaped = xml_escape (values[i]);

      g_string_append_printf (xml, "<D:set><D:prop><S:%s>%s</S:%s></D:prop></D:set>", keys[i], escaped, keys[i]);
    }
  g_string_append (xml, "</D:propertyupdate>\n");
  request_body = g_bytes_new (xml->str, xml->len);
  request.body = request_body;

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return FALSE;
  if (soup_message_get_status (msg) != SOUP_STATUS_MULTI_STATUS)
    {
      if (SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (msg)))
        return TRUE;
      status_error (self, msg, name, error);
      return FALSE;
    }
  /* A 207 tells per property: a failed one comes back with its status,
   * and then none is stored (PROPPATCH is atomic). */
  data = g_bytes_get_data (body, &length);
  answer = sf_sync_parse_multistatus (data, length, error);
  if (answer == NULL)
    return FALSE;
  for (guint i = 0; i < answer->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (answer, i);

      if (r->has_properties)
        return TRUE;
    }
  g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
               _("The server keeps no properties for %s"), name);
  return FALSE;
}

/**
 * sf_sync_client_delete:
 * @self: a client
 * @name: a member of the collection
 * @cancellable: (nullable): a #GCancellable
 * @error: why it failed
 *
 * Returns: whether @name is gone (or was not there)
 */
gboolean
sf_sync_client_delete (SfSyncClient  *self,
                       const char    *name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  Request request = { "DELETE", name, NULL, NULL, { NULL } };

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return FALSE;
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (msg)) &&
      soup_message_get_status (msg) != SOUP_STATUS_NOT_FOUND)
    {
      status_error (self, msg, name, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * sf_sync_client_create_collection:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @error: why it failed
 *
 * Creates the remote's collection with MKCOL (its parent must exist).
 *
 * Returns: whether the collection exists now
 */
gboolean
sf_sync_client_create_collection (SfSyncClient  *self,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  Request request = { "MKCOL", NULL, NULL, NULL, { NULL } };

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return FALSE;
  if (soup_message_get_status (msg) == SOUP_STATUS_CREATED)
    return TRUE;
  if (soup_message_get_status (msg) == SOUP_STATUS_METHOD_NOT_ALLOWED)
    return TRUE; /* it exists already */
  status_error (self, msg, NULL, error);
  return FALSE;
}

static gboolean
offers_locks (SfSyncClient  *self,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  Request request = { "OPTIONS", NULL, NULL, NULL, { NULL } };
  const char *dav;
  g_auto(GStrv) classes = NULL;

  body = send_request (self, &request, &msg, cancellable, error);
  if (body == NULL)
    return FALSE;
  dav = soup_message_headers_get_list (soup_message_get_response_headers (msg), "DAV");
  if (dav == NULL)
    return FALSE;
  classes = g_strsplit (dav, ",", -1);
  for (guint i = 0; classes[i] != NULL; i++)
    if (strcmp (g_strstrip (classes[i]), "2") == 0)
      return TRUE;
  return FALSE;
}

/**
 * sf_sync_client_probe:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @error: why the probe failed
 *
 * Finds out, with a throwaway member, whether the server honours
 * `If-None-Match: *` and `If-Match` on PUT (a second create and an update
 * with a wrong etag must both be refused with 412), and if not whether it
 * offers WebDAV locks (`DAV: 2` in OPTIONS); sets
 * #SfSyncClient:concurrency accordingly. Called by the first upload.
 *
 * Returns: whether the probe completed
 */
gboolean
sf_sync_client_probe (SfSyncClient  *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) contents = g_bytes_new_static ("{}\n", 3);
  g_autoptr(GError) local_error = NULL;
  gboolean honoured = TRUE;

  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);

  name = g_strdup_printf (".skillframe-probe-%08x%08x", g_random_int (), g_random_int ());
  if (!put_once (self, name, contents, NULL, NULL, NULL, cancellable, error))
    return FALSE;
  if (put_once (self, name, contents, NULL, NULL, NULL, cancellable, &local_error))
    honoured = FALSE;
  else if (!g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION))
    goto failed;
  g_clear_error (&local_error);
  if (honoured)
    {
      if (put_once (self, name, contents, "\"skillframe-no-such-version\"", NULL, NULL, cancellable, &local_error))
        honoured = FALSE;
      else if (!g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION))
        goto failed;
      g_clear_error (&local_error);
    }

  if (honoured)
    self->concurrency = SF_SYNC_CONCURRENCY_CONDITIONAL;
  else
    {
      gboolean locks = offers_locks (self, cancellable, &local_error);

      if (local_error != NULL)
        goto failed;
      self->concurrency = locks ? SF_SYNC_CONCURRENCY_LOCKING : SF_SYNC_CONCURRENCY_NONE;
    }
  return sf_sync_client_delete (self, name, cancellable, error);

failed:
  sf_sync_client_delete (self, name, NULL, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Where a server keeps no dead properties (PROPPATCH refused), the
 * properties go to a small index document in the collection, updated with
 * the same conditional requests as a framework, so that browsing still
 * downloads one small file and no framework. Each entry keeps the etag of
 * the version it describes: an entry that a client without the index left
 * stale describes nothing. */
#define INDEX_FORMAT "skillframe-index/1"
#define INDEX_ATTEMPTS 6

static JsonObject *
read_index (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonObject *object;
  JsonNode *frameworks;

  if (bytes == NULL || g_bytes_get_size (bytes) == 0 ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return json_object_new ();
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return json_object_new ();
  object = json_node_get_object (root);
  frameworks = json_object_get_member (object, "frameworks");
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL), INDEX_FORMAT) != 0 ||
      frameworks == NULL || !JSON_NODE_HOLDS_OBJECT (frameworks))
    return json_object_new ();
  return json_object_ref (json_node_get_object (frameworks));
}

static const char *
entry_string (JsonObject *entry,
              const char *member)
{
  JsonNode *node = json_object_get_member (entry, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static gboolean
same_contents (GBytes   *current,
               gpointer  user_data)
{
  return user_data != NULL && g_bytes_equal (current, user_data);
}

/**
 * sf_sync_client_update_index:
 * @self: a client
 * @name: a member of the collection
 * @etag: (nullable): the etag of the version @properties describe
 * @properties: the framework's properties
 * @cancellable: (nullable): a #GCancellable
 * @error: why the index could not be updated
 *
 * Records @properties for @name in the collection's index document
 * (#SF_SYNC_INDEX_NAME), for a server that keeps no dead properties: a
 * conditional read-modify-write, retried on 412 a bounded number of times.
 *
 * Returns: whether the index holds them
 */
gboolean
sf_sync_client_update_index (SfSyncClient         *self,
                             const char           *name,
                             const char           *etag,
                             const SfSyncResource *properties,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_return_val_if_fail (SF_IS_SYNC_CLIENT (self), FALSE);

  for (guint attempt = 0; attempt < INDEX_ATTEMPTS; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) old = NULL;
      g_autoptr(GBytes) contents = NULL;
      g_autoptr(JsonObject) frameworks = NULL;
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(JsonObject) entry = json_object_new ();
      g_autofree char *index_etag = NULL;
      g_autofree char *text = NULL;
      gsize length;

      old = sf_sync_client_get (self, SF_SYNC_INDEX_NAME, NULL, NULL, &index_etag, cancellable, &local_error);
      if (old == NULL && !g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_clear_error (&local_error);
      frameworks = read_index (old);
      if (etag != NULL)
        json_object_set_string_member (entry, "etag", etag);
#define SET(key, value) if ((value) != NULL) json_object_set_string_member (entry, key, value)
      SET ("id", properties->id);
      SET ("title", properties->title);
      SET ("code", properties->code);
      SET ("version", properties->version);
      SET ("status", properties->status);
#undef SET
      json_object_set_object_member (frameworks, name, json_object_ref (entry));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "format");
      json_builder_add_string_value (builder, INDEX_FORMAT);
      json_builder_set_member_name (builder, "frameworks");
      {
        JsonNode *node = json_node_new (JSON_NODE_OBJECT);

        json_node_set_object (node, frameworks);
        json_builder_add_value (builder, node);
      }
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      text = json_to_string (root, TRUE);
      length = strlen (text);
      contents = g_bytes_new_take (g_steal_pointer (&text), length);
      if (sf_sync_client_put (self, SF_SYNC_INDEX_NAME, contents, old != NULL ? index_etag : NULL,
                              same_contents, old, NULL, cancellable, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PRECONDITION,
               _("The server’s index of frameworks kept changing while it was updated"));
  return FALSE;
}

/**
 * sf_sync_client_list_with_properties:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @error: why the listing failed
 *
 * sf_sync_client_list(), and where the server kept no dead properties,
 * the properties from the collection's index document (one more request,
 * only then).
 *
 * Returns: (transfer container) (element-type SfSyncResource): the members
 */
GPtrArray *
sf_sync_client_list_with_properties (SfSyncClient  *self,
                                     GCancellable  *cancellable,
                                     GError       **error)
{
  g_autoptr(GPtrArray) members = sf_sync_client_list (self, cancellable, error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) frameworks = NULL;
  SfSyncResource *index = NULL;
  gboolean missing = FALSE;

  if (members == NULL)
    return NULL;
  for (guint i = 0; i < members->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (members, i);

      if (strcmp (r->name, SF_SYNC_INDEX_NAME) == 0)
        index = r;
      else if (!r->has_properties && r->name[0] != '.')
        missing = TRUE;
    }
  if (index == NULL || !missing)
    return g_steal_pointer (&members);

  bytes = sf_sync_client_get (self, SF_SYNC_INDEX_NAME, NULL, index->etag, NULL, cancellable, NULL);
  frameworks = read_index (bytes);
  for (guint i = 0; i < members->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (members, i);
      JsonNode *node = json_object_get_member (frameworks, r->name);
      JsonObject *entry;

      if (r->has_properties || node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        continue;
      entry = json_node_get_object (node);
      if (!sf_sync_etag_equal_weak (entry_string (entry, "etag"), r->etag))
        continue;
#define TAKE(field, key) g_free (r->field); r->field = g_strdup (entry_string (entry, key))
      TAKE (id, "id");
      TAKE (title, "title");
      TAKE (code, "code");
      TAKE (version, "version");
      TAKE (status, "status");
#undef TAKE
      r->has_properties = TRUE;
    }
  return g_steal_pointer (&members);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *members = sf_sync_client_list_with_properties (source_object, cancellable, &error);

  if (members == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, members, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * sf_sync_client_list_async:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the listing
 * @user_data: for @callback
 *
 * sf_sync_client_list_with_properties() in a worker thread.
 */
void
sf_sync_client_list_async (SfSyncClient        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SF_IS_SYNC_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_sync_client_list_async);
  g_task_run_in_thread (task, list_thread);
}

/**
 * sf_sync_client_list_finish:
 * @self: a client
 * @result: the result given to the callback
 * @error: why the listing failed
 *
 * Returns: (transfer container) (element-type SfSyncResource): the members
 */
GPtrArray *
sf_sync_client_list_finish (SfSyncClient  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
mkcol_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (sf_sync_client_create_collection (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sf_sync_client_create_collection_async (SfSyncClient        *self,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SF_IS_SYNC_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_sync_client_create_collection_async);
  g_task_run_in_thread (task, mkcol_thread);
}

gboolean
sf_sync_client_create_collection_finish (SfSyncClient  *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
