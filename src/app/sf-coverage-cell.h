/* sf-coverage-cell.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-coverage.h"

G_BEGIN_DECLS

#define SF_TYPE_COVERAGE_CELL (sf_coverage_cell_get_type ())

G_DECLARE_FINAL_TYPE (SfCoverageCell, sf_coverage_cell, SF, COVERAGE_CELL, GtkButton)

GtkWidget            *sf_coverage_cell_new             (void);
void                  sf_coverage_cell_set_figures     (SfCoverageCell       *self,
                                                        const SfCellCoverage *figures);
const SfCellCoverage *sf_coverage_cell_get_figures     (SfCoverageCell       *self);
const char           *sf_coverage_cell_get_name        (SfCoverageCell       *self);
const char           *sf_coverage_cell_get_description (SfCoverageCell       *self);

G_END_DECLS
