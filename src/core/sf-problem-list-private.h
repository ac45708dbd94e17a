/* sf-problem-list-private.h: what the validator changes
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-problem-list.h"

G_BEGIN_DECLS

SfProblemList *_sf_problem_list_new        (void);
GPtrArray     *_sf_problem_list_get_items  (SfProblemList *self);
void           _sf_problem_list_update     (SfProblemList *self,
                                            GPtrArray     *removed,
                                            GPtrArray     *added);
void           _sf_problem_list_replace    (SfProblemList *self,
                                            GPtrArray     *problems);
void           _sf_problem_list_find_range (SfProblemList *self,
                                            SfNode        *node,
                                            gboolean       with_descendants,
                                            guint         *start,
                                            guint         *end);
void           _sf_problems_sort           (GPtrArray     *problems);

G_END_DECLS
