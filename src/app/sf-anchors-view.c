/* sf-anchors-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-anchors-view.h"
#include "sf-edits.h"
#include "sf-field-binding.h"
#include "sf-ui-util.h"

/**
 * SfAnchorsView:
 *
 * The O*NET anchors the statements are grounded in, a group per kind
 * (tasks, skills, knowledge, abilities, work styles, technology, then
 * related titles, apprenticeships and CIP codes): add, edit the name and
 * code, remove. Removing an anchor that statements link says how many and
 * unlinks them in the same step.
 */
struct _SfAnchorsView
{
  AdwBin              parent_instance;

  AdwPreferencesPage *page;
  AdwEntryRow        *release_row;
  AdwEntryRow        *source_row;

  SfDocument         *document;
  GtkWidget          *groups[SF_ANCHOR_KIND_CIP + 1];
  GHashTable         *rows;     /* SfAnchor → its row */
};

G_DEFINE_FINAL_TYPE (SfAnchorsView, sf_anchors_view, ADW_TYPE_BIN)

static SfFramework *
framework_of (SfAnchorsView *self)
{
  return sf_document_get_framework (self->document);
}

static GtkWidget *
field_row (SfAnchorsView *self,
           SfAnchor      *anchor,
           const char    *title,
           const char    *member,
           gboolean       optional)
{
  GtkWidget *row = adw_entry_row_new ();
  SfFieldBinding *binding = sf_field_binding_new (row, member);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sf_field_binding_set_empty_unsets (binding, optional);
  sf_field_binding_bind (binding, self->document, SF_NODE (anchor));
  return row;
}

typedef struct
{
  SfAnchorsView *self;
  SfAnchor      *anchor;
} RemoveData;

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RemoveData       *data)
{
  if (g_str_equal (response, "remove"))
    sf_edits_remove_anchor (data->self->document, data->anchor);
  g_object_unref (data->self);
  g_object_unref (data->anchor);
  g_free (data);
}

static void
remove_clicked_cb (GtkButton     *button,
                   SfAnchorsView *self)
{
  SfAnchor *anchor = g_object_get_data (G_OBJECT (button), "anchor");
  guint links = sf_edits_count_anchor_links (framework_of (self), sf_anchor_get_id (anchor));
  AdwMessageDialog *dialog;
  RemoveData *data;

  if (links == 0)
    {
      sf_edits_remove_anchor (self->document, anchor);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Remove a Linked Anchor?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u statement links “%s”. It will be unlinked.",
                                               "%u statements link “%s”. They will be unlinked.", links),
                                  links, sf_anchor_get_name (anchor));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  data = g_new0 (RemoveData, 1);
  data->self = g_object_ref (self);
  data->anchor = g_object_ref (anchor);
  g_signal_connect (dialog, "response", G_CALLBACK (remove_response_cb), data);
  sf_ui_present_dialog (dialog);
}

static GtkWidget *
anchor_row (SfAnchorsView *self,
            SfAnchor      *anchor)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove_button = sf_ui_button_new (_("_Remove Anchor"));
  g_autofree char *id_title = g_strdup_printf (_("Id: %s"), sf_anchor_get_id (anchor));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  g_object_bind_property (anchor, "name", expander, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (anchor, "code", expander, "subtitle", G_BINDING_SYNC_CREATE);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), field_row (self, anchor, _("Name"), "name", FALSE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            field_row (self, anchor, _("Code (O*NET element id, task id or CIP code)"), "code", TRUE));

  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  g_object_set_data_full (G_OBJECT (remove_button), "anchor", g_object_ref (anchor), g_object_unref);
  g_signal_connect (remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (remove_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), id_title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);
  return expander;
}

static void
add_clicked_cb (GtkButton     *button,
                SfAnchorsView *self)
{
  SfAnchorKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  SfAnchor *anchor = sf_edits_add_anchor (self->document, kind);

  /* Ready to type the new anchor's name. */
  if (anchor != NULL)
    sf_ui_focus_node (GTK_WIDGET (self), SF_NODE (anchor), "name");
}

static GHashTable *
rows_new (void)
{
  return g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
}

static void
add_groups (SfAnchorsView *self)
{
  for (int kind = SF_ANCHOR_KIND_TASK; kind <= SF_ANCHOR_KIND_CIP; kind++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      g_autofree char *add_label = g_strdup_printf (_("Add to %s"), sf_ui_anchor_kind_name (kind, TRUE));

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (add, add_label);
      sf_ui_set_accessible_label (add, add_label);
      g_object_set_data (G_OBJECT (add), "kind", GINT_TO_POINTER (kind));
      g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      self->groups[kind] = group;
    }
}

/* Rows of anchors that stay are kept, with their expanded state and the
 * focus: adding or removing one anchor does not close the one being
 * edited. */
static void
rebuild (SfAnchorsView *self)
{
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (framework_of (self)));
  GtkWidget *focus = sf_ui_save_focus (GTK_WIDGET (self->page));
  g_autoptr(GHashTable) old_rows = g_steal_pointer (&self->rows);
  guint counts[SF_ANCHOR_KIND_CIP + 1] = { 0 };
  GHashTableIter iter;
  gpointer row;

  self->rows = rows_new ();
  g_hash_table_iter_init (&iter, old_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    adw_preferences_group_remove (g_object_get_data (row, "group"), row);

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);
      GtkWidget *reused;

      if ((int) kind < SF_ANCHOR_KIND_TASK || kind > SF_ANCHOR_KIND_CIP)
        continue;
      if ((reused = sf_ui_reuse_row (old_rows, self->rows, anchor)) == NULL)
        {
          reused = anchor_row (self, anchor);
          g_hash_table_insert (self->rows, g_object_ref (anchor), g_object_ref_sink (reused));
        }
      g_object_set_data (G_OBJECT (reused), "group", self->groups[kind]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[kind]), reused);
      counts[kind]++;
    }

  for (int kind = SF_ANCHOR_KIND_TASK; kind <= SF_ANCHOR_KIND_CIP; kind++)
    {
      g_autofree char *title = g_strdup_printf ("%s (%u)", sf_ui_anchor_kind_name (kind, TRUE), counts[kind]);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->groups[kind]), title);
    }
  sf_ui_restore_focus (focus);
}

static void
document_changed_cb (SfAnchorsView *self,
                     SfChange      *change)
{
  if (change->kind == SF_CHANGE_LIST && SF_IS_ONET (change->node))
    rebuild (self);
  else if (SF_IS_ANCHOR (change->node) && g_strcmp0 (change->member, "kind") == 0)
    rebuild (self);
}

static void
sf_anchors_view_dispose (GObject *object)
{
  SfAnchorsView *self = SF_ANCHORS_VIEW (object);

  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_ANCHORS_VIEW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (sf_anchors_view_parent_class)->dispose (object);
}

static void
sf_anchors_view_class_init (SfAnchorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_anchors_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-anchors-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfAnchorsView, page);
  gtk_widget_class_bind_template_child (widget_class, SfAnchorsView, release_row);
  gtk_widget_class_bind_template_child (widget_class, SfAnchorsView, source_row);
}

static void
sf_anchors_view_init (SfAnchorsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = rows_new ();
}

GtkWidget *
sf_anchors_view_new (SfDocument *document)
{
  SfAnchorsView *self = g_object_new (SF_TYPE_ANCHORS_VIEW, NULL);
  SfOnet *onet = sf_framework_get_onet (sf_document_get_framework (document));
  SfFieldBinding *binding;

  self->document = g_object_ref (document);
  sf_field_binding_bind (sf_field_binding_new (self->release_row, "release"), document, SF_NODE (onet));
  binding = sf_field_binding_new (self->source_row, "source");
  sf_field_binding_set_empty_unsets (binding, TRUE);
  sf_field_binding_bind (binding, document, SF_NODE (onet));
  add_groups (self);
  rebuild (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
