/* sf-problem.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"
#include "sf-rule.h"

G_BEGIN_DECLS

#define SF_TYPE_PROBLEM (sf_problem_get_type ())

G_DECLARE_FINAL_TYPE (SfProblem, sf_problem, SF, PROBLEM, GObject)

SfProblem    *sf_problem_new          (const SfRule *rule,
                                       SfSeverity    severity,
                                       SfNode       *node,
                                       const char   *member,
                                       char         *message);
const SfRule *sf_problem_get_rule     (SfProblem    *self);
const char   *sf_problem_get_rule_id  (SfProblem    *self);
SfSeverity    sf_problem_get_severity (SfProblem    *self);
const char   *sf_problem_get_message  (SfProblem    *self);
SfNode       *sf_problem_get_node     (SfProblem    *self);
const char   *sf_problem_get_member   (SfProblem    *self);
char         *sf_problem_dup_pointer  (SfProblem    *self);
gboolean      sf_problem_equal        (SfProblem    *a,
                                       SfProblem    *b);

G_END_DECLS
