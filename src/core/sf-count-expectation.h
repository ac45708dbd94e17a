/* sf-count-expectation.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_COUNT_EXPECTATION (sf_count_expectation_get_type ())

G_DECLARE_FINAL_TYPE (SfCountExpectation, sf_count_expectation, SF, COUNT_EXPECTATION, SfNode)

SfCountExpectation *sf_count_expectation_new         (void);
const char         *sf_count_expectation_get_section (SfCountExpectation *self);
const char         *sf_count_expectation_get_level   (SfCountExpectation *self);
int                 sf_count_expectation_get_min     (SfCountExpectation *self);
int                 sf_count_expectation_get_max     (SfCountExpectation *self);

G_END_DECLS
