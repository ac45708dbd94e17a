/* sf-font-preload.c: the window's fonts, loaded while it is built
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before a window's first frame, the main thread finds, loads and
 * measures the fonts its text is set in, and rasterizes each glyph it
 * shows: with the seed, 58 of the 521 million instructions it ran until
 * then (callgrind). None of that needs the window. So while the window is
 * built, a worker thread does it in a font map of its own, for the fonts
 * the theme gives the text of the window's frame and its overview (not
 * statement text, a size of its own), and the window takes that font map,
 * warm, just before it is first measured: 20 million are left on the main
 * thread.
 *
 * A font map is not safe to use from two threads at once. The main thread
 * reads the theme's fonts with it (through labels made for that and gone
 * before the worker starts); then the worker has it to itself until it is
 * joined, and only then does any widget of the window see it.
 */

#include "config.h"

#include <adwaita.h>

#include "sf-font-preload.h"

struct _SfFontPreload
{
  PangoFontMap *font_map;
  /* GTK's settings for text (resolution, hinting, language), for the
   * worker; with the font of plain text. */
  PangoContext *context;
  GPtrArray    *fonts;
  GThread      *thread;
};

/* What most text shows: the fonts' glyphs for it are rasterized ahead. */
static const char sample[] =
  "abcdefghijklmnopqrstuvwxyz\n"
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ\n"
  "0123456789 .,;:!?'\"()[]{}*&%/@#+-=<>_|\\~$\n"
  "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00b7\u00d7 "
  "\u00e4\u00f6\u00fc\u00df\u00c4\u00d6\u00dc\u00e9";

static gpointer
preload_thread (gpointer data)
{
  SfFontPreload *self = data;
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);

  pango_layout_set_text (layout, sample, -1);
  for (guint i = 0; i < self->fonts->len; i++)
    {
      const PangoFontDescription *font = g_ptr_array_index (self->fonts, i);
      PangoFontMetrics *metrics = pango_context_get_metrics (self->context, font, NULL);
      cairo_surface_t *surface;
      cairo_t *cr;
      int width, height;

      pango_font_metrics_unref (metrics);
      pango_layout_set_font_description (layout, font);
      pango_layout_get_pixel_size (layout, &width, &height);
      /* The whole sample: a glyph outside the surface is not drawn. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1), MAX (height, 1));
      cr = cairo_create (surface);
      pango_cairo_show_layout (cr, layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return NULL;
}

static void
add_font_of (SfFontPreload *self,
             GtkWidget     *label)
{
  PangoContext *context = gtk_widget_create_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  gboolean known = FALSE;

  for (guint i = 0; i < self->fonts->len && !known; i++)
    known = pango_font_description_equal (g_ptr_array_index (self->fonts, i), font);
  if (!known)
    g_ptr_array_add (self->fonts, pango_font_description_copy (font));
  if (self->context == NULL)
    self->context = context;
  else
    g_object_unref (context);
}

/* Labels styled as the window's text is: plain text, a header's title
 * and subtitle (also a row's subtitle), and the problem badges. */
static void
add_fonts (SfFontPreload *self)
{
  GtkWidget *plain = g_object_ref_sink (gtk_label_new (NULL));
  GtkWidget *title = g_object_ref_sink (adw_window_title_new ("T", "S"));
  GtkWidget *badge = g_object_ref_sink (gtk_label_new (NULL));
  GtkWidget *widget = title;

  gtk_widget_add_css_class (badge, "problem-badge");
  gtk_widget_set_font_map (plain, self->font_map);
  gtk_widget_set_font_map (title, self->font_map);
  gtk_widget_set_font_map (badge, self->font_map);

  add_font_of (self, plain);
  while ((widget = gtk_widget_get_first_child (widget)) != NULL)
    if (GTK_IS_LABEL (widget))
      {
        for (; widget != NULL; widget = gtk_widget_get_next_sibling (widget))
          if (GTK_IS_LABEL (widget))
            add_font_of (self, widget);
        break;
      }
  add_font_of (self, badge);

  for (guint i = 0; i < self->fonts->len; i++)
    {
      g_autofree char *name = pango_font_description_to_string (g_ptr_array_index (self->fonts, i));

      g_debug ("Loading the font %s ahead", name);
    }

  g_object_unref (plain);
  g_object_unref (title);
  g_object_unref (badge);
}

/**
 * sf_font_preload_start:
 *
 * Starts loading, in a worker thread, the fonts that the theme gives the
 * window's text. Call it on the main thread once GTK and its styles are
 * set up (in the application's startup).
 *
 * Returns: (transfer full): the preload, for sf_font_preload_finish()
 */
SfFontPreload *
sf_font_preload_start (void)
{
  SfFontPreload *self = g_new0 (SfFontPreload, 1);

  self->font_map = pango_cairo_font_map_new ();
  self->fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_font_description_free);
  add_fonts (self);
  self->thread = g_thread_new ("sf-font-preload", preload_thread, self);
  return self;
}

/**
 * sf_font_preload_finish:
 * @preload: (transfer full): from sf_font_preload_start()
 * @window: (nullable): a window about to be first measured, or %NULL to
 *   let the fonts go (the application ends without a window)
 *
 * Waits for the fonts to be loaded (they usually are by now), and makes
 * their font map @window's and the default of the main thread, where
 * later windows and dialogs find it.
 */
void
sf_font_preload_finish (SfFontPreload *preload,
                        GtkWidget     *window)
{
  g_return_if_fail (preload != NULL);
  g_return_if_fail (window == NULL || GTK_IS_WIDGET (window));

  g_thread_join (preload->thread);
  g_clear_object (&preload->context);
  if (window != NULL)
    {
      pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (preload->font_map));
      gtk_widget_set_font_map (window, preload->font_map);
    }
  g_object_unref (preload->font_map);
  g_ptr_array_unref (preload->fonts);
  g_free (preload);
}
