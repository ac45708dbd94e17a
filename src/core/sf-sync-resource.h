/* sf-sync-resource.h: one member of a remote WebDAV collection, as listed
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The namespace of the dead properties the client stores with each
 * framework it uploads (PROPPATCH), so that a listing shows them without
 * downloading any framework. */
#define SF_SYNC_NAMESPACE "urn:x-skillframe:sync:1"

#define SF_TYPE_SYNC_RESOURCE (sf_sync_resource_get_type ())

/**
 * SfSyncResource:
 * @href: the path of the member as the server gave it, percent-decoded
 * @name: the last segment of @href: the member's file name in the collection
 * @etag: (nullable): its entity tag, as sent (`W/` prefix included)
 * @last_modified: its last change, in seconds since 1970, or 0 when unknown
 * @length: its size in bytes, or -1
 * @is_collection: whether it is a collection (a folder)
 * @has_properties: whether the server returned the dead properties below
 * @id: (nullable): the framework's id
 * @title: (nullable): the occupation's title
 * @code: (nullable): the O*NET-SOC code
 * @version: (nullable): the framework version
 * @status: (nullable): the publication status, as written in the file
 *
 * What a PROPFIND tells of a collection member.
 */
typedef struct
{
  char    *href;
  char    *name;
  char    *etag;
  gint64   last_modified;
  gint64   length;
  gboolean is_collection;
  gboolean has_properties;
  char    *id;
  char    *title;
  char    *code;
  char    *version;
  char    *status;
} SfSyncResource;

GType           sf_sync_resource_get_type (void) G_GNUC_CONST;
SfSyncResource *sf_sync_resource_new      (void);
SfSyncResource *sf_sync_resource_copy     (const SfSyncResource *self);
void            sf_sync_resource_free     (SfSyncResource       *self);

GPtrArray      *sf_sync_parse_multistatus (const char           *data,
                                           gsize                 length,
                                           GError              **error);

gboolean        sf_sync_etag_is_weak      (const char           *etag);
gboolean        sf_sync_etag_equal_weak   (const char           *a,
                                           const char           *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSyncResource, sf_sync_resource_free)

G_END_DECLS
