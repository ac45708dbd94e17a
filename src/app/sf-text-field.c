/* sf-text-field.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-text-field.h"

/**
 * SfTextField:
 *
 * A wrapping text view that asks for the height its text needs at the width
 * it is offered. GtkTextView measures its height from its last layout, not
 * for the width its parent offers, so inside a #GtkListView row it stays a
 * line high until something else resizes the row; this one lays its text
 * out for the width asked about, as a wrapping label does.
 */
struct _SfTextField
{
  GtkTextView parent_instance;
};

G_DEFINE_FINAL_TYPE (SfTextField, sf_text_field, GTK_TYPE_TEXT_VIEW)

static GtkSizeRequestMode
sf_text_field_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sf_text_field_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  GTK_WIDGET_CLASS (sf_text_field_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                          minimum_baseline, natural_baseline);
  if (orientation != GTK_ORIENTATION_VERTICAL || for_size < 0)
    return;

  width = for_size - gtk_text_view_get_left_margin (view) - gtk_text_view_get_right_margin (view);
  if (width <= 0)
    return;

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  layout = gtk_widget_create_pango_layout (widget, *text ? text : " ");
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &height);
  height += gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);

  *minimum = *natural = height;
  *minimum_baseline = *natural_baseline = -1;
}

static void
changed_cb (GtkTextBuffer *buffer,
            GtkWidget     *self)
{
  gtk_widget_queue_resize (self);
}

static void
sf_text_field_class_init (SfTextFieldClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = sf_text_field_get_request_mode;
  widget_class->measure = sf_text_field_measure;
}

static void
sf_text_field_init (SfTextField *self)
{
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "changed",
                           G_CALLBACK (changed_cb), self, 0);
}

GtkWidget *
sf_text_field_new (void)
{
  return g_object_new (SF_TYPE_TEXT_FIELD, NULL);
}
