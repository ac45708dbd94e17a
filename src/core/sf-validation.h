/* sf-validation.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_VALIDATION (sf_validation_get_type ())

/* What an unset (0) length bound stands for, in characters. */
#define SF_VALIDATION_DEFAULT_TEXT_MIN  40
#define SF_VALIDATION_DEFAULT_TEXT_MAX  320
#define SF_VALIDATION_DEFAULT_TITLE_MAX 60

G_DECLARE_FINAL_TYPE (SfValidation, sf_validation, SF, VALIDATION, SfNode)

SfValidation       *sf_validation_new           (void);
GListModel         *sf_validation_get_rules     (SfValidation *self);
GListModel         *sf_validation_get_counts    (SfValidation *self);
const char * const *sf_validation_get_cited     (SfValidation *self);
int                 sf_validation_get_text_min  (SfValidation *self);
int                 sf_validation_get_text_max  (SfValidation *self);
int                 sf_validation_get_title_max (SfValidation *self);

const char * const *sf_validation_get_default_cited (void);
gboolean            sf_validation_cited_is_default  (const char * const *cited);
SfRuleSetting      *sf_validation_find_rule_setting (SfValidation       *self,
                                                     const char         *rule);
SfSeverity          sf_validation_get_severity      (SfValidation       *self,
                                                     const char         *rule);
SfCountExpectation *sf_validation_find_count        (SfValidation       *self,
                                                     const char         *section,
                                                     const char         *level);
gboolean            sf_validation_needs_citations   (SfValidation       *self,
                                                     const char         *section);

G_END_DECLS
