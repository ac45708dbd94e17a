/* sf-problem-list.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-problem.h"

G_BEGIN_DECLS

#define SF_TYPE_PROBLEM_LIST (sf_problem_list_get_type ())

G_DECLARE_FINAL_TYPE (SfProblemList, sf_problem_list, SF, PROBLEM_LIST, GObject)

G_END_DECLS
