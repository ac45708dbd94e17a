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

SfValidator *sf_validator_new          (SfFramework    *framework);
void         sf_validator_attach       (SfValidator    *self,
                                        SfDocument     *document);
void         sf_validator_validate_all (SfValidator    *self);
void         sf_validator_apply_change (SfValidator    *self,
                                        const SfChange *change);
GPtrArray   *sf_validator_collect      (SfValidator    *self);
guint        sf_validator_count        (SfValidator    *self,
                                        SfSeverity      severity);
SfFramework *sf_validator_get_framework (SfValidator   *self);

G_END_DECLS
