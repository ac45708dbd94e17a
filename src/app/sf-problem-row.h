/* sf-problem-row.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-problem.h"

G_BEGIN_DECLS

#define SF_TYPE_PROBLEM_ROW (sf_problem_row_get_type ())

G_DECLARE_FINAL_TYPE (SfProblemRow, sf_problem_row, SF, PROBLEM_ROW, GtkWidget)

GtkWidget *sf_problem_row_new         (void);
void       sf_problem_row_bind        (SfProblemRow *self,
                                       SfProblem    *problem,
                                       const char   *location);
void       sf_problem_row_unbind      (SfProblemRow *self);
SfProblem *sf_problem_row_get_problem (SfProblemRow *self);

G_END_DECLS
