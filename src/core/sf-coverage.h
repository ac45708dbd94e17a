/* sf-coverage.h: how well a framework's statements are cited and grounded
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-change.h"
#include "sf-model.h"

G_BEGIN_DECLS

#define SF_TYPE_COVERAGE (sf_coverage_get_type ())

/**
 * SfCellCoverage:
 * @section: the section
 * @level: (nullable): the level of the section's scale, or %NULL for the
 *   section's statements whose level is not on its scale
 * @n_statements: the statements of the section at that level
 * @n_cited: those with at least one citation
 * @n_anchored: those that link at least one O*NET anchor of the framework
 *
 * The figures of one cell of the coverage map: a section at a level.
 */
typedef struct
{
  SfSection *section;
  SfLevel   *level;
  guint      n_statements;
  guint      n_cited;
  guint      n_anchored;
} SfCellCoverage;

/**
 * SfTaskCoverage:
 * @anchor: an O*NET task anchor
 * @statements: (element-type SfStatement): the statements of competency
 *   sections that link it, in document order
 *
 * Which competency statements cover one O*NET task.
 */
typedef struct
{
  SfAnchor  *anchor;
  GPtrArray *statements;
} SfTaskCoverage;

/**
 * SfCoverageImpact:
 * @SF_COVERAGE_IMPACT_NONE: the edit changes nothing the coverage shows
 * @SF_COVERAGE_IMPACT_SECTION: one section's figures or names may change
 * @SF_COVERAGE_IMPACT_TASKS: which statements cover the tasks, or their
 *   names, may change
 * @SF_COVERAGE_IMPACT_ALL: the sections, scales or anchors changed:
 *   everything is counted again
 *
 * What an edit may change in a coverage.
 */
typedef enum
{
  SF_COVERAGE_IMPACT_NONE    = 0,
  SF_COVERAGE_IMPACT_SECTION = 1 << 0,
  SF_COVERAGE_IMPACT_TASKS   = 1 << 1,
  SF_COVERAGE_IMPACT_ALL     = 1 << 2,
} SfCoverageImpact;

G_DECLARE_FINAL_TYPE (SfCoverage, sf_coverage, SF, COVERAGE, GObject)

SfCoverage           *sf_coverage_new             (SfFramework          *framework);
SfCoverage           *sf_coverage_update          (SfCoverage           *previous,
                                                   SfFramework          *framework,
                                                   GPtrArray            *sections,
                                                   gboolean              tasks);
guint                 sf_coverage_get_n_sections  (SfCoverage           *self);
SfSection            *sf_coverage_get_section     (SfCoverage           *self,
                                                   guint                 index);
SfScale              *sf_coverage_get_scale       (SfCoverage           *self,
                                                   guint                 index);
guint                 sf_coverage_get_n_cells     (SfCoverage           *self,
                                                   guint                 section_index);
const SfCellCoverage *sf_coverage_get_cell        (SfCoverage           *self,
                                                   guint                 section_index,
                                                   guint                 cell_index);
const SfCellCoverage *sf_coverage_find_cell       (SfCoverage           *self,
                                                   SfSection            *section,
                                                   const char           *level);
void                  sf_coverage_get_total       (SfCoverage           *self,
                                                   SfCellCoverage       *total);
guint                 sf_coverage_get_n_tasks     (SfCoverage           *self);
const SfTaskCoverage *sf_coverage_get_task        (SfCoverage           *self,
                                                   guint                 index);
guint                 sf_coverage_get_n_uncovered_tasks (SfCoverage     *self);
gboolean              sf_coverage_same_shape      (SfCoverage           *a,
                                                   SfCoverage           *b);
gboolean              sf_coverage_same_tasks      (SfCoverage           *a,
                                                   SfCoverage           *b);

gboolean              sf_cell_coverage_equal      (const SfCellCoverage *a,
                                                   const SfCellCoverage *b);
guint                 sf_coverage_percent         (guint                 part,
                                                   guint                 whole);
SfCoverageImpact      sf_coverage_change_impact   (const SfChange       *change,
                                                   SfSection           **section);
gboolean              sf_coverage_change_matters  (const SfChange       *change);

G_END_DECLS
