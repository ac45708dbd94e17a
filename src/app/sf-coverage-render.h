/* sf-coverage-render.h: the coverage map drawn with cairo, on screen and in files
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-coverage.h"

G_BEGIN_DECLS

/**
 * SfCoverageImageFormat:
 * @SF_COVERAGE_IMAGE_PNG: a PNG image, at twice the size of the map on a
 *   screen of normal density
 * @SF_COVERAGE_IMAGE_SVG: an SVG drawing
 *
 * The formats the coverage map exports to.
 */
typedef enum
{
  SF_COVERAGE_IMAGE_PNG,
  SF_COVERAGE_IMAGE_SVG,
} SfCoverageImageFormat;

/**
 * SfCoverageCellState:
 * @SF_COVERAGE_CELL_NORMAL: nothing special
 * @SF_COVERAGE_CELL_HOVER: under the pointer
 * @SF_COVERAGE_CELL_PRESSED: being clicked
 * @SF_COVERAGE_CELL_FOCUS: has the keyboard focus, and shows it
 *
 * How a cell is drawn besides its figures.
 */
typedef enum
{
  SF_COVERAGE_CELL_NORMAL  = 0,
  SF_COVERAGE_CELL_HOVER   = 1 << 0,
  SF_COVERAGE_CELL_PRESSED = 1 << 1,
  SF_COVERAGE_CELL_FOCUS   = 1 << 2,
} SfCoverageCellState;

/**
 * SfCoveragePalette:
 * @background: the page behind the map
 * @foreground: text on the page
 * @low: the fill of a cell none of whose statements is cited
 * @high: the fill of a cell all of whose statements are cited
 * @bar: the bar of the share linked to O*NET
 * @focus: the focus ring
 *
 * The colours of the map, for the light or the dark style.
 */
typedef struct
{
  GdkRGBA background;
  GdkRGBA foreground;
  GdkRGBA low;
  GdkRGBA high;
  GdkRGBA bar;
  GdkRGBA focus;
} SfCoveragePalette;

void      sf_coverage_palette_init      (SfCoveragePalette     *palette,
                                         gboolean               dark);
void      sf_coverage_render_cell       (cairo_t               *cr,
                                         PangoContext          *context,
                                         const SfCoveragePalette *palette,
                                         const SfCellCoverage  *cell,
                                         SfCoverageCellState    state,
                                         double                 width,
                                         double                 height);
void      sf_coverage_render_ramp       (cairo_t               *cr,
                                         const SfCoveragePalette *palette,
                                         double                 width,
                                         double                 height);
void      sf_coverage_render_bar_sample (cairo_t               *cr,
                                         const SfCoveragePalette *palette,
                                         double                 width,
                                         double                 height);
void      sf_coverage_render_empty_sample (cairo_t             *cr,
                                         const SfCoveragePalette *palette,
                                         double                 width,
                                         double                 height);
GBytes   *sf_coverage_render_image      (SfCoverage            *coverage,
                                         const char            *title,
                                         SfCoverageImageFormat  format,
                                         GError               **error);
SfCoverageImageFormat sf_coverage_image_format_for_name (const char *name,
                                         SfCoverageImageFormat  fallback);

char       *sf_coverage_describe_cell   (const SfCellCoverage  *cell);
char       *sf_coverage_summary         (SfCoverage            *coverage);
const char *sf_coverage_section_name    (SfSection             *section);
const char *sf_coverage_level_name      (SfLevel               *level);

G_END_DECLS
