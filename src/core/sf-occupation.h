/* sf-occupation.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_OCCUPATION (sf_occupation_get_type ())

G_DECLARE_FINAL_TYPE (SfOccupation, sf_occupation, SF, OCCUPATION, SfNode)

SfOccupation *sf_occupation_new               (void);
const char   *sf_occupation_get_title         (SfOccupation *self);
const char   *sf_occupation_get_soc_code      (SfOccupation *self);
int           sf_occupation_get_job_zone      (SfOccupation *self);
const char   *sf_occupation_get_job_zone_name (SfOccupation *self);
const char   *sf_occupation_get_context       (SfOccupation *self);

G_END_DECLS
