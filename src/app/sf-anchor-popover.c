/* sf-anchor-popover.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-anchor-popover.h"
#include "sf-ui-util.h"

/**
 * SfAnchorPopover:
 *
 * Chooses an O*NET anchor for a statement to link: first the anchors the
 * suggester finds most relevant to the statement's text, with their
 * relevance, then all of the framework's anchors grouped by kind (tasks,
 * skills, knowledge, …). Type to search names and codes; Enter or a click
 * links. Anchors the statement links already are shown as such. It emits
 * ::chosen with the anchor id.
 */
struct _SfAnchorPopover
{
  GtkPopover      parent_instance;

  GtkSearchEntry *search;
  GtkListBox     *list;
  SfFramework    *framework;
  SfStatement    *statement;
  SfSuggester    *suggester;
};

/* The header of the suggestions, before the kinds. */
#define SUGGESTED (-1)

G_DEFINE_FINAL_TYPE (SfAnchorPopover, sf_anchor_popover, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  SfAnchorPopover *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  GtkWidget *label;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "kind")) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (kind == SUGGESTED ? _("Suggested for This Statement") : sf_ui_anchor_kind_name (kind, TRUE));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_list_box_row_set_header (row, label);
}

static void
choose (SfAnchorPopover *self,
        GtkListBoxRow   *row)
{
  if (!gtk_widget_get_sensitive (GTK_WIDGET (row)))
    return;
  g_signal_emit (self, signals[CHOSEN], 0, g_object_get_data (G_OBJECT (row), "anchor"));
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
row_activated_cb (SfAnchorPopover *self,
                  GtkListBoxRow   *row)
{
  choose (self, row);
}

static GtkListBoxRow *
first_visible (SfAnchorPopover *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child) && gtk_widget_get_sensitive (child))
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
search_activate_cb (SfAnchorPopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    row = first_visible (self);
  if (row != NULL)
    choose (self, row);
}

static void
search_changed_cb (SfAnchorPopover *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_headers (self->list);
  gtk_list_box_select_row (self->list, first_visible (self));
}

static GtkWidget *
anchor_row (SfAnchor   *anchor,
            int         kind,
            gboolean    linked,
            const char *subtitle)
{
  const char *id = sf_anchor_get_id (anchor);
  const char *name = sf_anchor_get_name (anchor);
  const char *code = sf_anchor_get_code (anchor);
  g_autofree char *haystack = g_strdup_printf ("%s %s %s", name ? name : "", code ? code : "", id);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name && *name ? name : id);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), linked ? _("Linked") : subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !linked);
  gtk_widget_set_sensitive (row, !linked);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);
  g_object_set_data_full (G_OBJECT (row), "anchor", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (kind));
  return row;
}

static void
rebuild (SfAnchorPopover *self)
{
  GListModel *anchors;
  const char * const *links;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->framework == NULL)
    return;

  links = self->statement ? sf_statement_get_anchors (self->statement) : NULL;
  anchors = sf_onet_get_anchors (sf_framework_get_onet (self->framework));

  if (self->suggester != NULL && self->statement != NULL)
    {
      g_autoptr(GPtrArray) suggestions = sf_suggester_suggest_for_statement (self->suggester, self->statement, 5);

      for (guint i = 0; i < suggestions->len; i++)
        {
          SfSuggestion *suggestion = g_ptr_array_index (suggestions, i);
          const char *id = sf_anchor_get_id (suggestion->anchor);
          g_autofree char *subtitle = NULL;

          /* Translators: a suggested anchor's kind and how relevant it is
           * to the statement's text, as the suggester scores it */
          subtitle = g_strdup_printf (_("%s · relevance %.1f"),
                                      sf_ui_anchor_kind_name (sf_anchor_get_kind (suggestion->anchor), FALSE),
                                      suggestion->score);
          gtk_list_box_append (self->list, anchor_row (suggestion->anchor, SUGGESTED,
                                                       links != NULL && g_strv_contains (links, id),
                                                       subtitle));
        }
    }

  for (int kind = SF_ANCHOR_KIND_TASK; kind <= SF_ANCHOR_KIND_TECHNOLOGY; kind++)
    for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
      {
        g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
        const char *id = sf_anchor_get_id (anchor);
        const char *code = sf_anchor_get_code (anchor);

        if ((int) sf_anchor_get_kind (anchor) != kind || id == NULL || *id == '\0')
          continue;
        gtk_list_box_append (self->list, anchor_row (anchor, kind, links != NULL && g_strv_contains (links, id),
                                                     code ? code : id));
      }
}

static void
show_cb (SfAnchorPopover *self)
{
  rebuild (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_list_box_select_row (self->list, first_visible (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
sf_anchor_popover_dispose (GObject *object)
{
  SfAnchorPopover *self = SF_ANCHOR_POPOVER (object);

  g_clear_object (&self->framework);
  g_clear_object (&self->statement);
  g_clear_object (&self->suggester);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_ANCHOR_POPOVER);

  G_OBJECT_CLASS (sf_anchor_popover_parent_class)->dispose (object);
}

static void
sf_anchor_popover_class_init (SfAnchorPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_anchor_popover_dispose;

  /**
   * SfAnchorPopover::chosen:
   * @anchor: the id of the anchor to link
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/skillframe/Skillframe/sf-anchor-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, SfAnchorPopover, search);
  gtk_widget_class_bind_template_child (widget_class, SfAnchorPopover, list);
  gtk_widget_class_bind_template_callback (widget_class, show_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
sf_anchor_popover_init (SfAnchorPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->list, header_func, self, NULL);
}

GtkWidget *
sf_anchor_popover_new (void)
{
  return g_object_new (SF_TYPE_ANCHOR_POPOVER, NULL);
}

void
sf_anchor_popover_set_statement (SfAnchorPopover *self,
                                 SfFramework     *framework,
                                 SfStatement     *statement,
                                 SfSuggester     *suggester)
{
  g_return_if_fail (SF_IS_ANCHOR_POPOVER (self));

  g_set_object (&self->framework, framework);
  g_set_object (&self->statement, statement);
  g_set_object (&self->suggester, suggester);
}
