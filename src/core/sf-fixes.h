/* sf-fixes.h: quick fixes for validation problems
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"
#include "sf-problem.h"
#include "sf-suggester.h"

G_BEGIN_DECLS

/**
 * SfFix:
 * @label: what the fix does, for a button: "Use O*NET's spelling “Science”"
 * @value: what it needs to do it, such as the anchor to link
 *
 * One way to fix a problem.
 */
typedef struct
{
  char *label;
  char *value;
} SfFix;

#define SF_TYPE_FIX (sf_fix_get_type ())
GType      sf_fix_get_type      (void) G_GNUC_CONST;
SfFix     *sf_fix_copy          (const SfFix   *fix);
void       sf_fix_free          (SfFix         *fix);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfFix, sf_fix_free)

gboolean   sf_fixes_rule_has_fixes (const SfRule *rule);
GPtrArray *sf_fixes_for_problem (SfProblem     *problem,
                                 SfFramework   *framework,
                                 SfSuggester   *suggester);
gboolean   sf_fixes_apply       (SfDocument    *document,
                                 SfProblem     *problem,
                                 const SfFix   *fix,
                                 GError       **error);

G_END_DECLS
