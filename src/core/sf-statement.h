/* sf-statement.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_STATEMENT (sf_statement_get_type ())

G_DECLARE_FINAL_TYPE (SfStatement, sf_statement, SF, STATEMENT, SfNode)

SfStatement        *sf_statement_new           (void);
const char         *sf_statement_get_id        (SfStatement *self);
const char         *sf_statement_get_level     (SfStatement *self);
const char         *sf_statement_get_title     (SfStatement *self);
const char         *sf_statement_get_text      (SfStatement *self);
GListModel         *sf_statement_get_citations (SfStatement *self);
const char * const *sf_statement_get_anchors   (SfStatement *self);
const char         *sf_statement_get_review    (SfStatement *self);

G_END_DECLS
