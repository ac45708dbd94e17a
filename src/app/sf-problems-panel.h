/* sf-problems-panel.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-document.h"
#include "sf-fixes.h"
#include "sf-suggester.h"
#include "sf-validator.h"

G_BEGIN_DECLS

#define SF_TYPE_PROBLEMS_PANEL (sf_problems_panel_get_type ())

G_DECLARE_FINAL_TYPE (SfProblemsPanel, sf_problems_panel, SF, PROBLEMS_PANEL, GtkWidget)

GtkWidget  *sf_problems_panel_new           (SfDocument      *document,
                                             SfValidator     *validator,
                                             SfSuggester     *suggester);
GListModel *sf_problems_panel_get_shown     (SfProblemsPanel *self);
void        sf_problems_panel_set_filter    (SfProblemsPanel *self,
                                             SfSeverity       severity,
                                             const char      *rule,
                                             SfSection       *section);
void        sf_problems_panel_go_to         (SfProblemsPanel *self,
                                             SfProblem       *problem);
GPtrArray  *sf_problems_panel_get_fixes     (SfProblemsPanel *self,
                                             SfProblem       *problem);
gboolean    sf_problems_panel_fix           (SfProblemsPanel *self,
                                             SfProblem       *problem,
                                             const SfFix     *fix);
void        sf_problems_panel_compare       (SfProblemsPanel *self,
                                             SfProblem       *problem);
char       *sf_problem_describe_location    (SfProblem       *problem);

G_END_DECLS
