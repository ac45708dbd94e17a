/* sf-format-private.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-format.h"

G_BEGIN_DECLS

SfFramework *_sf_format_read_node (JsonNode    *root,
                                   const char  *filename,
                                   GError     **error);

G_END_DECLS
