/* sf-section.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_SECTION (sf_section_get_type ())

G_DECLARE_FINAL_TYPE (SfSection, sf_section, SF, SECTION, SfNode)

SfSection     *sf_section_new             (void);
const char    *sf_section_get_id          (SfSection *self);
SfSectionKind  sf_section_get_kind        (SfSection *self);
const char    *sf_section_get_title       (SfSection *self);
const char    *sf_section_get_description (SfSection *self);
const char    *sf_section_get_scale       (SfSection *self);
GListModel    *sf_section_get_statements  (SfSection *self);

G_END_DECLS
