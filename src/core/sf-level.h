/* sf-level.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_LEVEL (sf_level_get_type ())

G_DECLARE_FINAL_TYPE (SfLevel, sf_level, SF, LEVEL, SfNode)

SfLevel    *sf_level_new       (void);
const char *sf_level_get_id    (SfLevel *self);
const char *sf_level_get_name  (SfLevel *self);
const char *sf_level_get_label (SfLevel *self);

G_END_DECLS
