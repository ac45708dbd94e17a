/* sf-format-private.h: parts of the file format for the rest of the core
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-format.h"
#include "sf-node-private.h"

G_BEGIN_DECLS

SfFramework *_sf_format_read_node (JsonNode    *root,
                                   const char  *filename,
                                   GError     **error);

gboolean     _sf_format_check_limits (SfFramework          *framework,
                                      const SfFormatLimits *limits,
                                      GError              **error);

/* The canonical JSON text of one member's value, or of one node, as the
 * file would hold it (without the file's "format" member). */
char     *_sf_format_member_to_json (GParamSpec   *pspec,
                                     const GValue *value);
char     *_sf_format_node_to_json   (SfNode       *node);

/* Reads a node of @type from the JSON text of one object; errors name
 * @what with the line and column in @json. */
gpointer  _sf_format_parse_node     (GType         type,
                                     const char   *json,
                                     gsize         length,
                                     const char   *what,
                                     GError      **error);

/* sf_format_read()'s checks up to the model, which is not built. */
gboolean  _sf_format_check          (const char            *data,
                                     gsize                  length,
                                     const char            *filename,
                                     const SfFormatLimits  *limits,
                                     GError               **error);

/* Writes a local file that does not exist yet, whole or not at all. */
gboolean  _sf_format_create_file    (GFile        *file,
                                     GBytes       *bytes,
                                     gboolean      exclusive,
                                     gboolean      flush,
                                     char        **new_etag,
                                     GError      **error);

G_END_DECLS
