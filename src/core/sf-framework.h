/* sf-framework.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_FRAMEWORK (sf_framework_get_type ())

G_DECLARE_FINAL_TYPE (SfFramework, sf_framework, SF, FRAMEWORK, SfNode)

SfFramework  *sf_framework_new            (void);
SfFramework  *sf_framework_new_empty      (void);
SfFramework  *sf_framework_copy           (SfFramework *self);
const char   *sf_framework_get_id         (SfFramework *self);
const char   *sf_framework_get_version    (SfFramework *self);
SfStatus      sf_framework_get_status     (SfFramework *self);
SfOccupation *sf_framework_get_occupation (SfFramework *self);
GListModel   *sf_framework_get_scales     (SfFramework *self);
GListModel   *sf_framework_get_sections   (SfFramework *self);
GListModel   *sf_framework_get_evidence   (SfFramework *self);
SfOnet       *sf_framework_get_onet       (SfFramework *self);
GListModel   *sf_framework_get_sources    (SfFramework *self);
const char   *sf_framework_get_rights     (SfFramework *self);
SfValidation *sf_framework_get_validation (SfFramework *self);

SfScale      *sf_framework_find_scale     (SfFramework *self,
                                           const char  *id);
SfSection    *sf_framework_find_section   (SfFramework *self,
                                           const char  *id);
SfSource     *sf_framework_find_source    (SfFramework *self,
                                           const char  *id);
SfAnchor     *sf_framework_find_anchor    (SfFramework *self,
                                           const char  *id);
GPtrArray    *sf_framework_dup_statements (SfFramework *self);

G_END_DECLS
