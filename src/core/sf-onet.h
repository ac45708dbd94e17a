/* sf-onet.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_ONET (sf_onet_get_type ())

G_DECLARE_FINAL_TYPE (SfOnet, sf_onet, SF, ONET, SfNode)

SfOnet     *sf_onet_new           (void);
const char *sf_onet_get_release   (SfOnet *self);
const char *sf_onet_get_source    (SfOnet *self);
double      sf_onet_get_threshold (SfOnet *self);
GListModel *sf_onet_get_anchors   (SfOnet *self);

G_END_DECLS
