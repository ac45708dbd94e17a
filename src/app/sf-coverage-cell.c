/* sf-coverage-cell.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-coverage-cell.h"
#include "sf-coverage-render.h"

/**
 * SfCoverageCell:
 *
 * One cell of the coverage map: a section at a level, drawn by
 * sf_coverage_render_cell() in the colours of the light or dark style. It
 * is a button, so that the keyboard reaches it, Enter, Space and a click
 * activate it and a screen reader can press it; its accessible name is the
 * section and level, its description and tooltip the figures.
 */
struct _SfCoverageCell
{
  GtkButton       parent_instance;

  SfCellCoverage  figures;
  char           *name;
  char           *description;
};

G_DEFINE_FINAL_TYPE (SfCoverageCell, sf_coverage_cell, GTK_TYPE_BUTTON)

static void
sf_coverage_cell_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SfCoverageCell *self = SF_COVERAGE_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkStateFlags flags = gtk_widget_get_state_flags (widget);
  SfCoverageCellState state = SF_COVERAGE_CELL_NORMAL;
  SfCoveragePalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (flags & GTK_STATE_FLAG_PRELIGHT)
    state |= SF_COVERAGE_CELL_HOVER;
  if (flags & GTK_STATE_FLAG_ACTIVE)
    state |= SF_COVERAGE_CELL_PRESSED;
  if (gtk_widget_has_visible_focus (widget))
    state |= SF_COVERAGE_CELL_FOCUS;

  sf_coverage_palette_init (&palette, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sf_coverage_render_cell (cr, gtk_widget_get_pango_context (widget), &palette, &self->figures, state, width,
                           height);
  cairo_destroy (cr);
}

/* The theme has no rules for this node: hover, press and focus change no
 * style, so nothing would redraw the cell. */
static void
sf_coverage_cell_state_flags_changed (GtkWidget     *widget,
                                      GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (sf_coverage_cell_parent_class)->state_flags_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
clear_figures (SfCoverageCell *self)
{
  g_clear_object (&self->figures.section);
  g_clear_object (&self->figures.level);
}

static void
sf_coverage_cell_dispose (GObject *object)
{
  clear_figures (SF_COVERAGE_CELL (object));

  G_OBJECT_CLASS (sf_coverage_cell_parent_class)->dispose (object);
}

static void
sf_coverage_cell_finalize (GObject *object)
{
  SfCoverageCell *self = SF_COVERAGE_CELL (object);

  g_free (self->name);
  g_free (self->description);

  G_OBJECT_CLASS (sf_coverage_cell_parent_class)->finalize (object);
}

static void
sf_coverage_cell_class_init (SfCoverageCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_coverage_cell_dispose;
  object_class->finalize = sf_coverage_cell_finalize;
  widget_class->snapshot = sf_coverage_cell_snapshot;
  widget_class->state_flags_changed = sf_coverage_cell_state_flags_changed;

  /* Not "button": the cell draws itself, without the theme's button. */
  gtk_widget_class_set_css_name (widget_class, "coveragecell");
}

static void
sf_coverage_cell_init (SfCoverageCell *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 104, 66);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

/**
 * sf_coverage_cell_new:
 *
 * Returns: (transfer floating): a cell without figures yet
 */
GtkWidget *
sf_coverage_cell_new (void)
{
  return g_object_new (SF_TYPE_COVERAGE_CELL, NULL);
}

/**
 * sf_coverage_cell_set_figures:
 * @self: a #SfCoverageCell
 * @figures: the figures of a section at a level
 *
 * Shows @figures, with the names of their section and level as they are
 * now. Redraws, and tells assistive technologies, only what changed.
 */
void
sf_coverage_cell_set_figures (SfCoverageCell       *self,
                              const SfCellCoverage *figures)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;
  gboolean same_figures;

  g_return_if_fail (SF_IS_COVERAGE_CELL (self));
  g_return_if_fail (figures != NULL && SF_IS_SECTION (figures->section));

  /* Translators: a cell of the coverage map: a section, then a level */
  name = g_strdup_printf (C_("coverage cell", "%s, %s"), sf_coverage_section_name (figures->section),
                          sf_coverage_level_name (figures->level));
  same_figures = sf_cell_coverage_equal (&self->figures, figures);
  if (same_figures && g_strcmp0 (name, self->name) == 0)
    return;

  if (!same_figures)
    {
      SfSection *section = g_object_ref (figures->section);
      SfLevel *level = figures->level ? g_object_ref (figures->level) : NULL;

      clear_figures (self);
      self->figures = *figures;
      self->figures.section = section;
      self->figures.level = level;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  description = sf_coverage_describe_cell (figures);
  tooltip = g_strdup_printf ("%s\n%s", name, description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  g_free (self->name);
  self->name = g_steal_pointer (&name);
  g_free (self->description);
  self->description = g_steal_pointer (&description);
}

/**
 * sf_coverage_cell_get_figures:
 * @self: a #SfCoverageCell
 *
 * Returns: (transfer none): the figures shown
 */
const SfCellCoverage *
sf_coverage_cell_get_figures (SfCoverageCell *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE_CELL (self), NULL);

  return &self->figures;
}

/**
 * sf_coverage_cell_get_name:
 * @self: a #SfCoverageCell
 *
 * Returns: (nullable): the accessible name: "AI usage, Emerging"
 */
const char *
sf_coverage_cell_get_name (SfCoverageCell *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE_CELL (self), NULL);

  return self->name;
}

/**
 * sf_coverage_cell_get_description:
 * @self: a #SfCoverageCell
 *
 * Returns: (nullable): the accessible description, the figures in words:
 *   "2 statements, 1 cited (50 %), 0 linked to O*NET (0 %)"
 */
const char *
sf_coverage_cell_get_description (SfCoverageCell *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE_CELL (self), NULL);

  return self->description;
}
