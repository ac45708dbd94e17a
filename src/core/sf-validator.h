/* sf-validator.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"
#include "sf-problem.h"

G_BEGIN_DECLS

#define SF_TYPE_VALIDATOR (sf_validator_get_type ())

G_DECLARE_FINAL_TYPE (SfValidator, sf_validator, SF, VALIDATOR, GObject)

SfValidator *sf_validator_new               (SfFramework    *framework);
void         sf_validator_attach            (SfValidator    *self,
                                             SfDocument     *document);
void         sf_validator_validate_all      (SfValidator    *self);
void         sf_validator_apply_change      (SfValidator    *self,
                                             const SfChange *change);
SfFramework *sf_validator_get_framework     (SfValidator    *self);
GListModel  *sf_validator_get_problems      (SfValidator    *self);
GPtrArray   *sf_validator_collect           (SfValidator    *self);
GPtrArray   *sf_validator_dup_problems_for  (SfValidator    *self,
                                             SfNode         *node,
                                             gboolean        with_descendants);
guint        sf_validator_count             (SfValidator    *self,
                                             SfSeverity      severity);
SfStatement *sf_validator_find_same_title   (SfValidator    *self,
                                             SfStatement    *statement);
guint        sf_validator_count_in_section  (SfValidator    *self,
                                             SfSection      *section,
                                             SfSeverity      severity);

G_END_DECLS
