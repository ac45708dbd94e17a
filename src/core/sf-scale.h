/* sf-scale.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_SCALE (sf_scale_get_type ())

G_DECLARE_FINAL_TYPE (SfScale, sf_scale, SF, SCALE, SfNode)

SfScale    *sf_scale_new        (void);
const char *sf_scale_get_id     (SfScale    *self);
const char *sf_scale_get_name   (SfScale    *self);
GListModel *sf_scale_get_levels (SfScale    *self);
SfLevel    *sf_scale_find_level (SfScale    *self,
                                 const char *id);

G_END_DECLS
