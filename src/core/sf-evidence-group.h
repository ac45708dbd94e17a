/* sf-evidence-group.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_EVIDENCE_GROUP (sf_evidence_group_get_type ())

G_DECLARE_FINAL_TYPE (SfEvidenceGroup, sf_evidence_group, SF, EVIDENCE_GROUP, SfNode)

SfEvidenceGroup *sf_evidence_group_new         (void);
const char      *sf_evidence_group_get_id      (SfEvidenceGroup *self);
const char      *sf_evidence_group_get_title   (SfEvidenceGroup *self);
const char      *sf_evidence_group_get_source  (SfEvidenceGroup *self);
GListModel      *sf_evidence_group_get_figures (SfEvidenceGroup *self);

G_END_DECLS
