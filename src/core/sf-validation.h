/* sf-validation.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_VALIDATION (sf_validation_get_type ())

G_DECLARE_FINAL_TYPE (SfValidation, sf_validation, SF, VALIDATION, SfNode)

SfValidation       *sf_validation_new           (void);
GListModel         *sf_validation_get_rules     (SfValidation *self);
GListModel         *sf_validation_get_counts    (SfValidation *self);
const char * const *sf_validation_get_cited     (SfValidation *self);
int                 sf_validation_get_text_min  (SfValidation *self);
int                 sf_validation_get_text_max  (SfValidation *self);
int                 sf_validation_get_title_max (SfValidation *self);

G_END_DECLS
