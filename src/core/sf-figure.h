/* sf-figure.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_FIGURE (sf_figure_get_type ())

G_DECLARE_FINAL_TYPE (SfFigure, sf_figure, SF, FIGURE, SfNode)

SfFigure   *sf_figure_new       (void);
const char *sf_figure_get_id    (SfFigure *self);
const char *sf_figure_get_label (SfFigure *self);
GVariant   *sf_figure_get_value (SfFigure *self);
const char *sf_figure_get_unit  (SfFigure *self);
double      sf_figure_get_max   (SfFigure *self);
const char *sf_figure_get_code  (SfFigure *self);

G_END_DECLS
