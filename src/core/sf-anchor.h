/* sf-anchor.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_ANCHOR (sf_anchor_get_type ())

G_DECLARE_FINAL_TYPE (SfAnchor, sf_anchor, SF, ANCHOR, SfNode)

SfAnchor     *sf_anchor_new      (void);
const char   *sf_anchor_get_id   (SfAnchor *self);
SfAnchorKind  sf_anchor_get_kind (SfAnchor *self);
const char   *sf_anchor_get_code (SfAnchor *self);
const char   *sf_anchor_get_name (SfAnchor *self);
double        sf_anchor_get_importance (SfAnchor   *self);
const char * const *
              sf_anchor_get_flags      (SfAnchor   *self);
gboolean      sf_anchor_has_flag       (SfAnchor   *self,
                                        const char *flag);

G_END_DECLS
