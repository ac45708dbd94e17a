/* sf-citation-popover.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-citation-popover.h"
#include <adwaita.h>
#include <string.h>

/**
 * SfCitationPopover:
 *
 * Chooses a source to cite from the framework's registry: type to search
 * titles and ids, give a page or table if useful, Enter or a click to cite.
 * It emits ::chosen with the source id and the locator.
 */
struct _SfCitationPopover
{
  GtkPopover   parent_instance;

  GtkSearchEntry *search;
  GtkListBox  *list;
  GtkEntry    *locator;
  GtkWidget   *cite_button;
  SfFramework *framework;
};

G_DEFINE_FINAL_TYPE (SfCitationPopover, sf_citation_popover, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  SfCitationPopover *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

static void
choose (SfCitationPopover *self,
        GtkListBoxRow     *row)
{
  const char *source = g_object_get_data (G_OBJECT (row), "source");

  g_signal_emit (self, signals[CHOSEN], 0, source, gtk_editable_get_text (GTK_EDITABLE (self->locator)));
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
row_activated_cb (SfCitationPopover *self,
                  GtkListBoxRow     *row)
{
  choose (self, row);
}

static GtkListBoxRow *
first_visible (SfCitationPopover *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child))
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
search_activate_cb (SfCitationPopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    row = first_visible (self);
  if (row != NULL)
    choose (self, row);
}

static void
search_changed_cb (SfCitationPopover *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_select_row (self->list, first_visible (self));
  /* Cite does nothing when no source is listed: it says so. */
  gtk_widget_set_sensitive (self->cite_button, first_visible (self) != NULL);
}

static void
rebuild (SfCitationPopover *self)
{
  GListModel *sources;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->framework == NULL)
    return;

  sources = sf_framework_get_sources (self->framework);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(SfSource) source = g_list_model_get_item (sources, i);
      const char *id = sf_source_get_id (source);
      const char *title = sf_source_get_title (source);
      const char *short_title = sf_source_get_short_title (source);
      g_autofree char *haystack = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     title && *title ? title : (id ? id : ""));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      subtitle = short_title && *short_title ? g_strdup_printf ("%s · %s", short_title, id ? id : "")
                                             : g_strdup (id ? id : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      haystack = g_strdup_printf ("%s %s %s", title ? title : "", short_title ? short_title : "", id ? id : "");
      g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);
      g_object_set_data_full (G_OBJECT (row), "source", g_strdup (id ? id : ""), g_free);
      gtk_list_box_append (self->list, row);
    }
}

static void
show_cb (SfCitationPopover *self)
{
  rebuild (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_editable_set_text (GTK_EDITABLE (self->locator), "");
  gtk_list_box_select_row (self->list, first_visible (self));
  gtk_widget_set_sensitive (self->cite_button, first_visible (self) != NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
sf_citation_popover_dispose (GObject *object)
{
  SfCitationPopover *self = SF_CITATION_POPOVER (object);

  g_clear_object (&self->framework);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_CITATION_POPOVER);

  G_OBJECT_CLASS (sf_citation_popover_parent_class)->dispose (object);
}

static void
sf_citation_popover_class_init (SfCitationPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_citation_popover_dispose;

  /**
   * SfCitationPopover::chosen:
   * @source: the id of the source to cite
   * @locator: where in it, or ""
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/skillframe/Skillframe/sf-citation-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, SfCitationPopover, search);
  gtk_widget_class_bind_template_child (widget_class, SfCitationPopover, list);
  gtk_widget_class_bind_template_child (widget_class, SfCitationPopover, locator);
  gtk_widget_class_bind_template_child (widget_class, SfCitationPopover, cite_button);
  gtk_widget_class_bind_template_callback (widget_class, show_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
sf_citation_popover_init (SfCitationPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
}

GtkWidget *
sf_citation_popover_new (void)
{
  return g_object_new (SF_TYPE_CITATION_POPOVER, NULL);
}

void
sf_citation_popover_set_framework (SfCitationPopover *self,
                                   SfFramework       *framework)
{
  g_return_if_fail (SF_IS_CITATION_POPOVER (self));

  g_set_object (&self->framework, framework);
}
