/* sf-coverage-render.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing of the coverage map for the screen and for reports: the
 * cells of the view (#SfCoverageCell), the legend's samples and the
 * exported PNG and SVG all go through sf_coverage_render_cell(), so that
 * what the author sees is what the report shows.
 *
 * A cell's fill goes from pale to deep blue with the share of its
 * statements that are cited; a bar along its foot fills in orange with the
 * share linked to O*NET; the figures are written in the cell as well.
 * Blue against orange, and a ramp of lightness rather than of hue, stay
 * apart for the common kinds of colour blindness, and the text never
 * depends on colour alone. A cell without statements has no fill and a
 * dashed outline.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-svg.h>
#include <math.h>

#include "sf-coverage-render.h"

#define MARGIN     3.0   /* room for the focus ring */
#define RADIUS     6.0
#define PAD        8.0
#define BAR_HEIGHT 5.0

static void
rgba_parse (GdkRGBA    *rgba,
            const char *spec)
{
  G_GNUC_UNUSED gboolean parsed = gdk_rgba_parse (rgba, spec);

  g_assert (parsed);
}

/**
 * sf_coverage_palette_init:
 * @palette: (out caller-allocates): the palette to fill
 * @dark: whether for the dark style
 *
 * Fills @palette with the map's colours, from the GNOME palette: blue 5
 * (light) or blue 2 (dark) for cited cells, orange 5 or orange 2 for the
 * O*NET bar.
 */
void
sf_coverage_palette_init (SfCoveragePalette *palette,
                          gboolean           dark)
{
  g_return_if_fail (palette != NULL);

  if (dark)
    {
      rgba_parse (&palette->background, "#242424");
      rgba_parse (&palette->foreground, "#ffffff");
      rgba_parse (&palette->low, "#3d3d44");
      rgba_parse (&palette->high, "#62a0ea");
      rgba_parse (&palette->bar, "#ffa348");
      rgba_parse (&palette->focus, "rgba(120,174,237,0.8)");
    }
  else
    {
      rgba_parse (&palette->background, "#ffffff");
      rgba_parse (&palette->foreground, "#1e1e1e");
      rgba_parse (&palette->low, "#e8ebf0");
      rgba_parse (&palette->high, "#1a5fb4");
      rgba_parse (&palette->bar, "#e66100");
      rgba_parse (&palette->focus, "rgba(53,132,228,0.8)");
    }
}

static void
mix (GdkRGBA       *out,
     const GdkRGBA *a,
     const GdkRGBA *b,
     double         t)
{
  out->red = a->red + (b->red - a->red) * t;
  out->green = a->green + (b->green - a->green) * t;
  out->blue = a->blue + (b->blue - a->blue) * t;
  out->alpha = 1.0;
}

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

/* Near-black or white, whichever contrasts more with @fill (WCAG). */
static void
ink_for (GdkRGBA       *ink,
         const GdkRGBA *fill)
{
  double l = luminance (fill);

  if ((l + 0.05) / 0.05 > 1.05 / (l + 0.05))
    rgba_parse (ink, "#1e1e1e");
  else
    rgba_parse (ink, "#ffffff");
}

static void
set_rgba (cairo_t       *cr,
          const GdkRGBA *rgba,
          double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static PangoLayout *
make_layout (cairo_t      *cr,
             PangoContext *context)
{
  PangoLayout *layout;

  if (context != NULL)
    return pango_layout_new (context);
  layout = pango_cairo_create_layout (cr);
  {
    g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

    pango_layout_set_font_description (layout, font);
  }
  return layout;
}

static void
set_scaled_font (PangoLayout *layout,
                 double       scale,
                 PangoWeight  weight)
{
  const PangoFontDescription *base = pango_layout_get_font_description (layout);
  g_autoptr(PangoFontDescription) font = NULL;
  PangoContext *context = pango_layout_get_context (layout);

  font = pango_font_description_copy (base ? base : pango_context_get_font_description (context));
  if (pango_font_description_get_size (font) > 0)
    pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
}

static char *
percent_text (guint part,
              guint whole)
{
  /* Translators: a share in percent; put the space (or none) as your
   * language writes it */
  return g_strdup_printf (C_("percent", "%u %%"), sf_coverage_percent (part, whole));
}

/**
 * sf_coverage_render_cell:
 * @cr: where to draw, its origin at the cell's top left corner
 * @context: (nullable): the widget's Pango context, or %NULL for a file
 * @palette: the colours
 * @cell: the figures
 * @state: hover, pressed and focus
 * @width: the cell's width
 * @height: the cell's height
 *
 * Draws one cell: its fill from the share cited, the number of statements,
 * the shares cited and linked to O*NET, the O*NET bar, and the focus ring.
 */
void
sf_coverage_render_cell (cairo_t                 *cr,
                         PangoContext            *context,
                         const SfCoveragePalette *palette,
                         const SfCellCoverage    *cell,
                         SfCoverageCellState      state,
                         double                   width,
                         double                   height)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *count = NULL;
  double x = MARGIN, y = MARGIN, w = width - 2 * MARGIN, h = height - 2 * MARGIN;
  GdkRGBA fill, ink;
  int text_height;

  g_return_if_fail (cr != NULL && palette != NULL && cell != NULL);

  if (w <= 0 || h <= 0)
    return;

  cairo_save (cr);
  layout = make_layout (cr, context);
  count = g_strdup_printf ("%u", cell->n_statements);

  if (cell->n_statements == 0)
    {
      static const double dash[] = { 4.0, 3.0 };

      ink = palette->foreground;
      rounded_rect (cr, x + 0.5, y + 0.5, w - 1, h - 1, RADIUS);
      if (state & (SF_COVERAGE_CELL_HOVER | SF_COVERAGE_CELL_PRESSED))
        {
          set_rgba (cr, &ink, state & SF_COVERAGE_CELL_PRESSED ? 0.12 : 0.06);
          cairo_fill_preserve (cr);
        }
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.0);
      set_rgba (cr, &ink, 0.45);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      set_scaled_font (layout, 1.0, PANGO_WEIGHT_BOLD);
      pango_layout_set_text (layout, count, -1);
      cairo_move_to (cr, x + PAD, y + PAD - 2);
      set_rgba (cr, &ink, 0.6);
      pango_cairo_show_layout (cr, layout);
    }
  else
    {
      g_autofree char *cited = percent_text (cell->n_cited, cell->n_statements);
      g_autofree char *anchored = percent_text (cell->n_anchored, cell->n_statements);
      g_autofree char *shares = g_strdup_printf ("%s · %s", cited, anchored);
      double share = (double) cell->n_anchored / cell->n_statements;
      double bar_x = x + PAD, bar_w = w - 2 * PAD, bar_y = y + h - PAD - BAR_HEIGHT;

      mix (&fill, &palette->low, &palette->high, (double) cell->n_cited / cell->n_statements);
      ink_for (&ink, &fill);
      rounded_rect (cr, x, y, w, h, RADIUS);
      set_rgba (cr, &fill, 1.0);
      cairo_fill_preserve (cr);
      if (state & (SF_COVERAGE_CELL_HOVER | SF_COVERAGE_CELL_PRESSED))
        {
          set_rgba (cr, &ink, state & SF_COVERAGE_CELL_PRESSED ? 0.16 : 0.08);
          cairo_fill_preserve (cr);
        }
      cairo_new_path (cr);

      set_scaled_font (layout, 1.0, PANGO_WEIGHT_BOLD);
      pango_layout_set_text (layout, count, -1);
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      cairo_move_to (cr, x + PAD, y + PAD - 2);
      set_rgba (cr, &ink, 1.0);
      pango_cairo_show_layout (cr, layout);

      set_scaled_font (layout, 0.85, PANGO_WEIGHT_NORMAL);
      pango_layout_set_text (layout, shares, -1);
      pango_layout_set_width (layout, (int) (MAX (w - 2 * PAD, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, x + PAD, y + PAD - 2 + text_height);
      set_rgba (cr, &ink, 0.9);
      pango_cairo_show_layout (cr, layout);

      if (bar_w > 0)
        {
          rounded_rect (cr, bar_x, bar_y, bar_w, BAR_HEIGHT, BAR_HEIGHT / 2);
          set_rgba (cr, &ink, 0.25);
          cairo_fill (cr);
          if (share > 0)
            {
              /* 1 % still shows. */
              rounded_rect (cr, bar_x, bar_y, MAX (bar_w * share, BAR_HEIGHT), BAR_HEIGHT, BAR_HEIGHT / 2);
              set_rgba (cr, &palette->bar, 1.0);
              cairo_fill (cr);
            }
        }
    }

  if (state & SF_COVERAGE_CELL_FOCUS)
    {
      rounded_rect (cr, 1, 1, width - 2, height - 2, RADIUS + 2);
      cairo_set_line_width (cr, 2.0);
      set_rgba (cr, &palette->focus, 1.0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/**
 * sf_coverage_render_ramp:
 * @cr: where to draw
 * @palette: the colours
 * @width: the width
 * @height: the height
 *
 * Draws the legend's ramp of fills, none cited at the left, all at the right.
 */
void
sf_coverage_render_ramp (cairo_t                 *cr,
                         const SfCoveragePalette *palette,
                         double                   width,
                         double                   height)
{
  cairo_pattern_t *ramp = cairo_pattern_create_linear (0, 0, width, 0);

  cairo_pattern_add_color_stop_rgb (ramp, 0, palette->low.red, palette->low.green, palette->low.blue);
  cairo_pattern_add_color_stop_rgb (ramp, 1, palette->high.red, palette->high.green, palette->high.blue);
  rounded_rect (cr, 0, 0, width, height, 3);
  cairo_set_source (cr, ramp);
  cairo_fill (cr);
  cairo_pattern_destroy (ramp);
}

/**
 * sf_coverage_render_bar_sample:
 * @cr: where to draw
 * @palette: the colours
 * @width: the width
 * @height: the height
 *
 * Draws the legend's sample of the O*NET bar, two thirds full.
 */
void
sf_coverage_render_bar_sample (cairo_t                 *cr,
                               const SfCoveragePalette *palette,
                               double                   width,
                               double                   height)
{
  double y = (height - BAR_HEIGHT) / 2;

  rounded_rect (cr, 0, y, width, BAR_HEIGHT, BAR_HEIGHT / 2);
  set_rgba (cr, &palette->foreground, 0.25);
  cairo_fill (cr);
  rounded_rect (cr, 0, y, width * 2 / 3, BAR_HEIGHT, BAR_HEIGHT / 2);
  set_rgba (cr, &palette->bar, 1.0);
  cairo_fill (cr);
}

/**
 * sf_coverage_render_empty_sample:
 * @cr: where to draw
 * @palette: the colours
 * @width: the width
 * @height: the height
 *
 * Draws the legend's sample of a cell without statements.
 */
void
sf_coverage_render_empty_sample (cairo_t                 *cr,
                                 const SfCoveragePalette *palette,
                                 double                   width,
                                 double                   height)
{
  static const double dash[] = { 4.0, 3.0 };

  rounded_rect (cr, 0.5, 0.5, width - 1, height - 1, 3);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1.0);
  set_rgba (cr, &palette->foreground, 0.45);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/**
 * sf_coverage_section_name:
 * @section: a section
 *
 * Returns: the section's title, else its id, else a placeholder
 */
const char *
sf_coverage_section_name (SfSection *section)
{
  const char *title = sf_section_get_title (section);
  const char *id = sf_section_get_id (section);

  if (title != NULL && *title != '\0')
    return title;
  return id && *id ? id : _("Untitled section");
}

/**
 * sf_coverage_level_name:
 * @level: (nullable): a level, or %NULL for the statements on no level of
 *   the scale
 *
 * Returns: the level's name, else its id; "Other" for %NULL
 */
const char *
sf_coverage_level_name (SfLevel *level)
{
  const char *name, *id;

  if (level == NULL)
    return _("Other");
  name = sf_level_get_name (level);
  id = sf_level_get_id (level);
  if (name != NULL && *name != '\0')
    return name;
  return id && *id ? id : _("Unnamed level");
}

/**
 * sf_coverage_describe_cell:
 * @cell: a cell's figures
 *
 * Returns: (transfer full): the figures in words, for the cell's tooltip
 *   and accessible description: "2 statements, 1 cited (50 %), 0 linked to
 *   O*NET (0 %)"
 */
char *
sf_coverage_describe_cell (const SfCellCoverage *cell)
{
  g_autofree char *cited = NULL;
  g_autofree char *anchored = NULL;

  g_return_val_if_fail (cell != NULL, NULL);

  if (cell->n_statements == 0)
    return g_strdup (_("No statements"));
  cited = percent_text (cell->n_cited, cell->n_statements);
  anchored = percent_text (cell->n_anchored, cell->n_statements);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement, %u cited (%s), %u linked to O*NET (%s)",
                                       "%u statements, %u cited (%s), %u linked to O*NET (%s)", cell->n_statements),
                          cell->n_statements, cell->n_cited, cited, cell->n_anchored, anchored);
}

/**
 * sf_coverage_summary:
 * @coverage: the figures
 *
 * Returns: (transfer full): the figures of the whole framework in words,
 *   with the number of O*NET tasks no competency statement covers
 */
char *
sf_coverage_summary (SfCoverage *coverage)
{
  SfCellCoverage total;
  g_autofree char *figures = NULL;
  guint n_tasks;

  g_return_val_if_fail (SF_IS_COVERAGE (coverage), NULL);

  sf_coverage_get_total (coverage, &total);
  figures = sf_coverage_describe_cell (&total);
  n_tasks = sf_coverage_get_n_tasks (coverage);
  if (n_tasks == 0)
    return g_steal_pointer (&figures);
  /* Translators: the figures of the framework, then how many O*NET tasks
   * are not covered out of how many */
  return g_strdup_printf (_("%s. O*NET tasks not covered: %u of %u."), figures,
                          sf_coverage_get_n_uncovered_tasks (coverage), n_tasks);
}

/* The whole map, for a file */

#define IMAGE_PAD    24.0
#define IMAGE_GAP    6.0
#define CELL_WIDTH   104.0
#define CELL_HEIGHT  66.0
#define LABEL_WIDTH  200.0
#define MIN_WIDTH    640.0

typedef struct
{
  cairo_t                 *cr;
  PangoLayout             *layout;
  const SfCoveragePalette *palette;
  gboolean                 draw;
  double                   y;
  double                   width;
} Page;

/* Writes a line of text at (@x, page->y) no wider than @max_width, and
 * returns its height. */
static double
text_at (Page       *page,
         double      x,
         const char *text,
         double      scale,
         PangoWeight weight,
         double      alpha,
         double      max_width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  int w, h;

  /* From the base size each time: set_scaled_font() scales what is set. */
  pango_layout_set_font_description (page->layout, font);
  set_scaled_font (page->layout, scale, weight);
  pango_layout_set_width (page->layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (page->layout, max_width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (page->layout, text, -1);
  pango_layout_get_pixel_size (page->layout, &w, &h);
  if (page->draw)
    {
      cairo_move_to (page->cr, x, page->y);
      set_rgba (page->cr, &page->palette->foreground, alpha);
      pango_cairo_show_layout (page->cr, page->layout);
    }
  page->width = MAX (page->width, x + w + IMAGE_PAD);
  return h;
}

static void
draw_header (Page       *page,
             SfCoverage *coverage,
             guint       first,
             SfScale    *scale)
{
  GListModel *levels = scale ? sf_scale_get_levels (scale) : NULL;
  guint n_levels = levels ? g_list_model_get_n_items (levels) : 0;
  gboolean other = FALSE;
  double h = 0;

  for (guint i = first; i < sf_coverage_get_n_sections (coverage) && sf_coverage_get_scale (coverage, i) == scale; i++)
    if (sf_coverage_get_n_cells (coverage, i) > n_levels)
      other = TRUE;

  for (guint j = 0; j < n_levels + other; j++)
    {
      g_autoptr(SfLevel) level = j < n_levels ? g_list_model_get_item (levels, j) : NULL;
      double x = IMAGE_PAD + LABEL_WIDTH + IMAGE_GAP + j * (CELL_WIDTH + IMAGE_GAP) + MARGIN;

      h = MAX (h, text_at (page, x, sf_coverage_level_name (level), 0.85, PANGO_WEIGHT_BOLD, 0.7,
                           CELL_WIDTH - 2 * MARGIN));
    }
  page->y += h + 2;
}

static void
draw_map (Page       *page,
          SfCoverage *coverage,
          const char *title)
{
  g_autofree char *summary = NULL;
  SfScale *group = NULL;
  gboolean first_row = TRUE;
  double x;

  page->y = IMAGE_PAD;
  page->width = MIN_WIDTH;
  page->y += text_at (page, IMAGE_PAD, title, 1.5, PANGO_WEIGHT_BOLD, 1.0, 0) + 4;
  summary = sf_coverage_summary (coverage);
  page->y += text_at (page, IMAGE_PAD, summary, 1.0, PANGO_WEIGHT_NORMAL, 0.8, 0) + 16;

  for (guint i = 0; i < sf_coverage_get_n_sections (coverage); i++)
    {
      SfScale *scale = sf_coverage_get_scale (coverage, i);
      double label_y;

      if (first_row || scale != group)
        {
          if (!first_row)
            page->y += 10;
          draw_header (page, coverage, i, scale);
          group = scale;
          first_row = FALSE;
        }

      label_y = page->y;
      page->y += (CELL_HEIGHT - 16) / 2;
      text_at (page, IMAGE_PAD, sf_coverage_section_name (sf_coverage_get_section (coverage, i)), 1.0,
               PANGO_WEIGHT_NORMAL, 1.0, LABEL_WIDTH - IMAGE_GAP);
      page->y = label_y;

      for (guint j = 0; j < sf_coverage_get_n_cells (coverage, i); j++)
        {
          x = IMAGE_PAD + LABEL_WIDTH + IMAGE_GAP + j * (CELL_WIDTH + IMAGE_GAP);
          if (page->draw)
            {
              cairo_save (page->cr);
              cairo_translate (page->cr, x, page->y);
              sf_coverage_render_cell (page->cr, NULL, page->palette, sf_coverage_get_cell (coverage, i, j),
                                       SF_COVERAGE_CELL_NORMAL, CELL_WIDTH, CELL_HEIGHT);
              cairo_restore (page->cr);
            }
          page->width = MAX (page->width, x + CELL_WIDTH + IMAGE_PAD);
        }
      page->y += CELL_HEIGHT + IMAGE_GAP;
    }

  /* The legend. */
  page->y += 12;
  x = IMAGE_PAD;
  if (page->draw)
    {
      cairo_save (page->cr);
      cairo_translate (page->cr, x, page->y + 3);
      sf_coverage_render_ramp (page->cr, page->palette, 80, 12);
      cairo_restore (page->cr);
    }
  page->y += text_at (page, x + 90, _("Fill and first figure: share of statements cited (0 % to 100 %)"), 0.9,
                      PANGO_WEIGHT_NORMAL, 0.8, 0) + 6;
  if (page->draw)
    {
      cairo_save (page->cr);
      cairo_translate (page->cr, x, page->y + 2);
      sf_coverage_render_bar_sample (page->cr, page->palette, 80, 14);
      cairo_restore (page->cr);
    }
  page->y += text_at (page, x + 90, _("Bar and second figure: share linked to an O*NET anchor"), 0.9,
                      PANGO_WEIGHT_NORMAL, 0.8, 0) + 6;
  if (page->draw)
    {
      cairo_save (page->cr);
      cairo_translate (page->cr, x, page->y + 1);
      sf_coverage_render_empty_sample (page->cr, page->palette, 80, 16);
      cairo_restore (page->cr);
    }
  page->y += text_at (page, x + 90, _("Dashed outline: no statements at that level"), 0.9, PANGO_WEIGHT_NORMAL,
                      0.8, 0) + 20;

  /* The tasks, uncovered first. */
  if (sf_coverage_get_n_tasks (coverage) > 0)
    {
      page->y += text_at (page, IMAGE_PAD, _("O*NET Task Coverage"), 1.15, PANGO_WEIGHT_BOLD, 1.0, 0) + 6;
      for (guint i = 0; i < sf_coverage_get_n_tasks (coverage); i++)
        {
          const SfTaskCoverage *task = sf_coverage_get_task (coverage, i);
          const char *name = sf_anchor_get_name (task->anchor);
          g_autofree char *count = g_strdup_printf ("%u", task->statements->len);

          text_at (page, IMAGE_PAD, count, 0.95, PANGO_WEIGHT_BOLD,
                   task->statements->len == 0 ? 1.0 : 0.7, 0);
          page->y += text_at (page, IMAGE_PAD + 40, name && *name ? name : sf_anchor_get_id (task->anchor),
                              0.95, PANGO_WEIGHT_NORMAL, 1.0, MAX (page->width, MIN_WIDTH) - 2 * IMAGE_PAD - 40) + 3;
        }
    }
  page->y += IMAGE_PAD;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * sf_coverage_render_image:
 * @coverage: the figures
 * @title: the image's title, such as the occupation
 * @format: PNG or SVG
 * @error: return location for an error
 *
 * Draws the map for a report: the title, the figures of the framework, the
 * cells by section and level, the legend and the O*NET tasks with the
 * number of statements linking each, in the light style on white whatever
 * the style of the desktop.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL if
 *   cairo could not draw it
 */
GBytes *
sf_coverage_render_image (SfCoverage            *coverage,
                          const char            *title,
                          SfCoverageImageFormat  format,
                          GError               **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  SfCoveragePalette palette;
  cairo_surface_t *scratch, *surface;
  cairo_status_t status;
  Page page = { 0 };

  g_return_val_if_fail (SF_IS_COVERAGE (coverage), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  sf_coverage_palette_init (&palette, FALSE);
  page.palette = &palette;

  /* Measure first, then draw at that size. */
  scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  page.cr = cairo_create (scratch);
  page.layout = make_layout (page.cr, NULL);
  draw_map (&page, coverage, title);
  g_object_unref (page.layout);
  cairo_destroy (page.cr);
  cairo_surface_destroy (scratch);

  if (format == SF_COVERAGE_IMAGE_SVG)
    surface = cairo_svg_surface_create_for_stream (append_cb, bytes, ceil (page.width), ceil (page.y));
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * ceil (page.width), 2 * ceil (page.y));
      cairo_surface_set_device_scale (surface, 2, 2);
    }

  page.cr = cairo_create (surface);
  page.layout = make_layout (page.cr, NULL);
  page.draw = TRUE;
  set_rgba (page.cr, &palette.background, 1.0);
  cairo_paint (page.cr);
  draw_map (&page, coverage, title);
  g_object_unref (page.layout);
  cairo_destroy (page.cr);

  if (format == SF_COVERAGE_IMAGE_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the coverage map: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * sf_coverage_image_format_for_name:
 * @name: a file name
 * @fallback: the format when the name says none
 *
 * Returns: SVG for a name ending in ".svg", PNG for ".png" (in any case),
 *   else @fallback
 */
SfCoverageImageFormat
sf_coverage_image_format_for_name (const char            *name,
                                   SfCoverageImageFormat  fallback)
{
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  if (lower != NULL && g_str_has_suffix (lower, ".svg"))
    return SF_COVERAGE_IMAGE_SVG;
  if (lower != NULL && g_str_has_suffix (lower, ".png"))
    return SF_COVERAGE_IMAGE_PNG;
  return fallback;
}
