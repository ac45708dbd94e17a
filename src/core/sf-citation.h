/* sf-citation.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_CITATION (sf_citation_get_type ())

G_DECLARE_FINAL_TYPE (SfCitation, sf_citation, SF, CITATION, SfNode)

SfCitation *sf_citation_new         (void);
const char *sf_citation_get_source  (SfCitation *self);
const char *sf_citation_get_locator (SfCitation *self);

G_END_DECLS
