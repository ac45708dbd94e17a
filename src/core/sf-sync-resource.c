/* sf-sync-resource.c: the PROPFIND multistatus reader
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "sf-sync-client.h"
#include "sf-sync-resource.h"

/* Deeper than any listing: a bound against hostile input. */
#define MAX_DEPTH 64

G_DEFINE_BOXED_TYPE (SfSyncResource, sf_sync_resource, sf_sync_resource_copy, sf_sync_resource_free)

SfSyncResource *
sf_sync_resource_new (void)
{
  SfSyncResource *self = g_new0 (SfSyncResource, 1);

  self->length = -1;
  return self;
}

SfSyncResource *
sf_sync_resource_copy (const SfSyncResource *self)
{
  SfSyncResource *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->href = g_strdup (self->href);
  copy->name = g_strdup (self->name);
  copy->etag = g_strdup (self->etag);
  copy->id = g_strdup (self->id);
  copy->title = g_strdup (self->title);
  copy->code = g_strdup (self->code);
  copy->version = g_strdup (self->version);
  copy->status = g_strdup (self->status);
  return copy;
}

void
sf_sync_resource_free (SfSyncResource *self)
{
  if (self == NULL)
    return;
  g_free (self->href);
  g_free (self->name);
  g_free (self->etag);
  g_free (self->id);
  g_free (self->title);
  g_free (self->code);
  g_free (self->version);
  g_free (self->status);
  g_free (self);
}

/**
 * sf_sync_etag_is_weak:
 * @etag: (nullable): an entity tag as a server sent it
 *
 * Returns: whether @etag is a weak one (`W/"…"`), which an `If-Match`
 *   never matches (RFC 7232 compares strongly): Apache gives such tags for
 *   a file changed within the last second
 */
gboolean
sf_sync_etag_is_weak (const char *etag)
{
  return etag != NULL && g_str_has_prefix (etag, "W/");
}

static const char *
opaque_tag (const char *etag)
{
  return sf_sync_etag_is_weak (etag) ? etag + 2 : etag;
}

/**
 * sf_sync_etag_equal_weak:
 * @a: (nullable): an entity tag
 * @b: (nullable): another
 *
 * Returns: whether @a and @b name the same version by the weak comparison
 *   of RFC 7232 (the `W/` prefix ignored); a missing tag equals nothing
 */
gboolean
sf_sync_etag_equal_weak (const char *a,
                         const char *b)
{
  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return FALSE;
  return g_strcmp0 (opaque_tag (a), opaque_tag (b)) == 0;
}

typedef struct
{
  char *prefix; /* NULL: the default namespace */
  char *uri;
} NsDecl;

typedef struct
{
  GArray  *decls_end;   /* per open element: the length of decls after its own */
  GPtrArray *decls;     /* of NsDecl, innermost last */
  GPtrArray *path;      /* of "uri local" strings, per open element */
  GPtrArray *result;
  SfSyncResource *response;
  SfSyncResource *pending; /* what the current propstat says */
  GString *text;
  char    *status;
  gboolean in_resourcetype;
  gboolean collection;
  gboolean seen_root;
} Reader;

static void
ns_decl_free (gpointer data)
{
  NsDecl *decl = data;

  g_free (decl->prefix);
  g_free (decl->uri);
  g_free (decl);
}

static const char *
lookup_ns (Reader     *reader,
           const char *prefix)
{
  for (guint i = reader->decls->len; i > 0; i--)
    {
      NsDecl *decl = g_ptr_array_index (reader->decls, i - 1);

      if (g_strcmp0 (decl->prefix, prefix) == 0)
        return decl->uri;
    }
  return prefix == NULL ? "" : NULL;
}

/* "D:href" with xmlns:D="DAV:" → "DAV: href". */
static char *
expand_name (Reader      *reader,
             const char  *qname,
             GError     **error)
{
  const char *colon = strchr (qname, ':');
  g_autofree char *prefix = NULL;
  const char *uri;

  if (colon != NULL)
    prefix = g_strndup (qname, colon - qname);
  uri = lookup_ns (reader, prefix);
  if (uri == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("The namespace prefix “%s” of element <%s> is not declared"),
                   prefix, qname);
      return NULL;
    }
  return g_strconcat (uri, " ", colon != NULL ? colon + 1 : qname, NULL);
}

static gboolean
path_is (Reader     *reader,
         guint       from_end,
         const char *name)
{
  if (reader->path->len < from_end + 1)
    return FALSE;
  return g_strcmp0 (g_ptr_array_index (reader->path, reader->path->len - 1 - from_end), name) == 0;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  Reader *reader = user_data;
  char *name;

  if (reader->path->len >= MAX_DEPTH)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("Elements nested deeper than %d"), MAX_DEPTH);
      return;
    }

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      const char *attr = attribute_names[i];

      if (strcmp (attr, "xmlns") == 0 || g_str_has_prefix (attr, "xmlns:"))
        {
          NsDecl *decl = g_new0 (NsDecl, 1);

          decl->prefix = attr[5] == ':' ? g_strdup (attr + 6) : NULL;
          decl->uri = g_strdup (attribute_values[i]);
          g_ptr_array_add (reader->decls, decl);
        }
    }
  g_array_append_val (reader->decls_end, reader->decls->len);

  name = expand_name (reader, element_name, error);
  if (name == NULL)
    {
      g_array_set_size (reader->decls_end, reader->decls_end->len - 1);
      return;
    }
  g_ptr_array_add (reader->path, name);
  g_string_truncate (reader->text, 0);

  if (reader->path->len == 1)
    {
      if (strcmp (name, "DAV: multistatus") != 0)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     _("The document is not a WebDAV multistatus but <%s>"), element_name);
      reader->seen_root = TRUE;
      return;
    }

  if (strcmp (name, "DAV: response") == 0 && path_is (reader, 1, "DAV: multistatus"))
    {
      g_clear_pointer (&reader->response, sf_sync_resource_free);
      reader->response = sf_sync_resource_new ();
    }
  else if (strcmp (name, "DAV: propstat") == 0 && reader->response != NULL)
    {
      g_clear_pointer (&reader->pending, sf_sync_resource_free);
      g_clear_pointer (&reader->status, g_free);
      reader->pending = sf_sync_resource_new ();
      reader->in_resourcetype = FALSE;
    }
  else if (strcmp (name, "DAV: resourcetype") == 0 && reader->pending != NULL)
    reader->in_resourcetype = TRUE;
  else if (strcmp (name, "DAV: collection") == 0 && reader->in_resourcetype && reader->pending != NULL)
    reader->pending->is_collection = TRUE;
}

static void
set_string (char       **field,
            const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static char *
href_path (const char *href)
{
  g_autoptr(GUri) uri = NULL;
  const char *path = href;

  if (strstr (href, "://") != NULL)
    {
      uri = g_uri_parse (href, G_URI_FLAGS_ENCODED, NULL);
      if (uri == NULL)
        return NULL;
      path = g_uri_get_path (uri);
    }
  return g_uri_unescape_string (path, NULL);
}

static char *
last_segment (const char *path)
{
  g_autofree char *trimmed = g_strdup (path);
  gsize len = strlen (trimmed);
  const char *slash;

  while (len > 0 && trimmed[len - 1] == '/')
    trimmed[--len] = '\0';
  slash = strrchr (trimmed, '/');
  return g_strdup (slash != NULL ? slash + 1 : trimmed);
}

static void
take_property (Reader     *reader,
               const char *name,
               const char *text)
{
  SfSyncResource *p = reader->pending;

  if (strcmp (name, "DAV: getetag") == 0)
    set_string (&p->etag, text);
  else if (strcmp (name, "DAV: getlastmodified") == 0)
    {
      g_autoptr(GDateTime) date = soup_date_time_new_from_http_string (text);

      if (date != NULL)
        p->last_modified = g_date_time_to_unix (date);
    }
  else if (strcmp (name, "DAV: getcontentlength") == 0)
    {
      guint64 value;

      if (g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &value, NULL))
        p->length = (gint64) value;
    }
  else if (g_str_has_prefix (name, SF_SYNC_NAMESPACE " "))
    {
      const char *local = name + strlen (SF_SYNC_NAMESPACE " ");
      char **field = NULL;

      if (strcmp (local, "id") == 0)
        field = &p->id;
      else if (strcmp (local, "title") == 0)
        field = &p->title;
      else if (strcmp (local, "code") == 0)
        field = &p->code;
      else if (strcmp (local, "version") == 0)
        field = &p->version;
      else if (strcmp (local, "status") == 0)
        field = &p->status;
      if (field != NULL)
        {
          set_string (field, text);
          p->has_properties = TRUE;
        }
    }
}

/* A propstat's properties count only with a 2xx status ("HTTP/1.1 200 OK"):
 * a 404 propstat lists the properties the member does not have. */
static gboolean
status_ok (const char *status)
{
  guint code = 0;
  SoupHTTPVersion version;

  if (status == NULL)
    return TRUE;
  if (!soup_headers_parse_status_line (status, &version, &code, NULL))
    return FALSE;
  return code >= 200 && code < 300;
}

static void
merge_pending (Reader *reader)
{
  SfSyncResource *r = reader->response;
  SfSyncResource *p = reader->pending;

#define TAKE(field) if (p->field != NULL) set_string (&r->field, p->field)
  TAKE (etag);
  TAKE (id);
  TAKE (title);
  TAKE (code);
  TAKE (version);
  TAKE (status);
#undef TAKE
  if (p->last_modified != 0)
    r->last_modified = p->last_modified;
  if (p->length >= 0)
    r->length = p->length;
  r->is_collection |= p->is_collection;
  r->has_properties |= p->has_properties;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;
  g_autofree char *name = g_ptr_array_steal_index (reader->path, reader->path->len - 1);
  g_autofree char *text = g_strstrip (g_strdup (reader->text->str));
  guint end;

  g_string_truncate (reader->text, 0);
  g_array_set_size (reader->decls_end, reader->decls_end->len - 1);
  end = reader->decls_end->len > 0 ? g_array_index (reader->decls_end, guint, reader->decls_end->len - 1) : 0;
  if (reader->decls->len > end)
    g_ptr_array_set_size (reader->decls, end);

  if (reader->response == NULL)
    return;

  if (strcmp (name, "DAV: href") == 0 && path_is (reader, 0, "DAV: response"))
    {
      g_autofree char *path = href_path (text);

      if (path == NULL || !g_utf8_validate (path, -1, NULL))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("The member path “%s” is not a valid URL path"), text);
          return;
        }
      set_string (&reader->response->href, path);
      g_free (reader->response->name);
      reader->response->name = last_segment (path);
    }
  else if (strcmp (name, "DAV: status") == 0 && path_is (reader, 0, "DAV: propstat"))
    set_string (&reader->status, text);
  else if (strcmp (name, "DAV: resourcetype") == 0)
    reader->in_resourcetype = FALSE;
  else if (reader->pending != NULL && path_is (reader, 0, "DAV: prop"))
    take_property (reader, name, text);
  else if (strcmp (name, "DAV: propstat") == 0 && reader->pending != NULL)
    {
      if (status_ok (reader->status))
        merge_pending (reader);
      g_clear_pointer (&reader->pending, sf_sync_resource_free);
    }
  else if (strcmp (name, "DAV: response") == 0)
    {
      if (reader->response->href == NULL)
        {
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                               _("A <response> has no <href>"));
          return;
        }
      g_ptr_array_add (reader->result, g_steal_pointer (&reader->response));
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  Reader *reader = user_data;

  /* A property's text is short; a bound keeps a hostile one from growing
   * without end. */
  if (reader->text->len + text_len > 64 * 1024)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                           _("A property value is longer than 64 KiB"));
      return;
    }
  g_string_append_len (reader->text, text, text_len);
}

static const GMarkupParser parser = {
  start_element, end_element, text, NULL, NULL,
};

/**
 * sf_sync_parse_multistatus:
 * @data: the body of a 207 Multi-Status answer to PROPFIND
 * @length: its length in bytes
 * @error: the place of an error: line and column, and what is wrong
 *
 * Reads the members a PROPFIND listed, with their entity tags, last
 * changes and the framework properties of #SF_SYNC_NAMESPACE. Namespace
 * prefixes are resolved as XML Namespaces define them, whatever prefix the
 * server chose.
 *
 * Returns: (transfer container) (element-type SfSyncResource): the
 *   members, the collection itself included, in the server's order
 */
GPtrArray *
sf_sync_parse_multistatus (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_sync_resource_free);
  g_autoptr(GError) local_error = NULL;
  Reader reader = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  reader.decls_end = g_array_new (FALSE, FALSE, sizeof (guint));
  reader.decls = g_ptr_array_new_with_free_func (ns_decl_free);
  reader.path = g_ptr_array_new_with_free_func (g_free);
  reader.result = result;
  reader.text = g_string_new (NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &reader, NULL);
  ok = g_markup_parse_context_parse (context, data != NULL ? data : "", length, &local_error) &&
       g_markup_parse_context_end_parse (context, &local_error);
  if (ok && !reader.seen_root)
    {
      ok = FALSE;
      g_set_error_literal (&local_error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY, _("The answer is empty"));
    }

  g_array_unref (reader.decls_end);
  g_ptr_array_unref (reader.decls);
  g_ptr_array_unref (reader.path);
  g_string_free (reader.text, TRUE);
  g_clear_pointer (&reader.response, sf_sync_resource_free);
  g_clear_pointer (&reader.pending, sf_sync_resource_free);
  g_free (reader.status);

  if (!ok)
    {
      /* GMarkup quotes an element name that is not UTF-8 as it is (found
       * by fuzz-multistatus). */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL,
                   _("The server’s listing (PROPFIND answer) is not readable: %s"), message);
      return NULL;
    }
  return g_steal_pointer (&result);
}
