/* sf-evidence-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "sf-edits.h"
#include "sf-evidence-view.h"
#include "sf-field-binding.h"
#include "sf-ui-util.h"

/**
 * SfEvidenceView:
 *
 * The evidence pack: a group per evidence group (its title and source) with
 * its figures, each a label, a value (a number, or a text such as a
 * category), a unit, a maximum and a code.
 */
struct _SfEvidenceView
{
  AdwBin              parent_instance;

  AdwPreferencesPage *page;

  SfDocument         *document;
  GHashTable         *rows;     /* each evidence group and figure → its widget */
};

G_DEFINE_FINAL_TYPE (SfEvidenceView, sf_evidence_view, ADW_TYPE_BIN)

static GtkWidget *
field_row (SfEvidenceView *self,
           SfNode         *node,
           const char     *title,
           const char     *member,
           gboolean        optional)
{
  GtkWidget *row = adw_entry_row_new ();
  SfFieldBinding *binding = sf_field_binding_new (row, member);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sf_field_binding_set_empty_unsets (binding, optional);
  sf_field_binding_bind (binding, self->document, node);
  return row;
}

/* A figure's value: a number when it reads as one, else text; empty is no
 * value yet. */
static char *
value_to_text (GVariant *value)
{
  if (value == NULL)
    return g_strdup ("");
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_dtostr (buf, sizeof buf, g_variant_get_double (value)));
    }
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_strdup (g_variant_get_string (value, NULL));
  return g_strdup ("");
}

static GVariant *
text_to_value (const char *text)
{
  char *end = NULL;
  gint64 i;
  double d;

  if (*text == '\0')
    return NULL;
  i = g_ascii_strtoll (text, &end, 10);
  if (end != NULL && *end == '\0')
    return g_variant_new_int64 (i);
  d = g_ascii_strtod (text, &end);
  if (end != NULL && *end == '\0' && isfinite (d))
    return g_variant_new_double (d);
  return g_variant_new_string (text);
}

static void
value_notify_cb (SfFigure   *figure,
                 GParamSpec *pspec,
                 GtkWidget  *row)
{
  GVariant *value = sf_figure_get_value (figure);
  g_autoptr(GVariant) current = text_to_value (gtk_editable_get_text (GTK_EDITABLE (row)));
  g_autofree char *text = NULL;

  if (current != NULL)
    g_variant_ref_sink (current);
  /* "92.50" stays as typed while it means the same number. */
  if ((current == NULL) == (value == NULL) && (value == NULL || g_variant_equal (current, value)))
    return;
  text = value_to_text (value);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
value_changed_cb (GtkWidget      *row,
                  SfEvidenceView *self)
{
  SfFigure *figure = g_object_get_data (G_OBJECT (row), "figure");
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, text_to_value (gtk_editable_get_text (GTK_EDITABLE (row))));
  sf_document_set_value (self->document, SF_NODE (figure), "value", &value, NULL);
}

static void
remove_clicked_cb (GtkButton      *button,
                   SfEvidenceView *self)
{
  SfNode *node = g_object_get_data (G_OBJECT (button), "node");

  sf_edits_remove (self->document, node, SF_IS_FIGURE (node) ? _("Remove Figure") : _("Remove Evidence Group"));
}

static GtkWidget *
remove_row (SfNode     *node,
            const char *label,
            gpointer    self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = sf_ui_button_new (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data_full (G_OBJECT (button), "node", g_object_ref (node), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
figure_row (SfEvidenceView *self,
            SfFigure       *figure)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *value_row = adw_entry_row_new ();
  g_autofree char *text = value_to_text (sf_figure_get_value (figure));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  g_object_bind_property (figure, "label", expander, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (figure, "id", expander, "subtitle", G_BINDING_SYNC_CREATE);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), field_row (self, SF_NODE (figure), _("Label"), "label", FALSE));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (value_row), _("Value (a number or a text)"));
  gtk_editable_set_text (GTK_EDITABLE (value_row), text);
  gtk_editable_set_enable_undo (GTK_EDITABLE (value_row), FALSE);
  g_object_set_data_full (G_OBJECT (value_row), "figure", g_object_ref (figure), g_object_unref);
  /* For sf_ui_focus_node(): the value has no #SfFieldBinding. */
  g_object_set_data (G_OBJECT (value_row), "sf-node", figure);
  g_object_set_data (G_OBJECT (value_row), "sf-member", (gpointer) "value");
  g_signal_connect (value_row, "changed", G_CALLBACK (value_changed_cb), self);
  g_signal_connect_object (figure, "notify::value", G_CALLBACK (value_notify_cb), value_row, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), value_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), field_row (self, SF_NODE (figure), _("Unit"), "unit", TRUE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), field_row (self, SF_NODE (figure), _("Id"), "id", FALSE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            field_row (self, SF_NODE (figure), _("Code (a machine id)"), "code", TRUE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row (SF_NODE (figure), _("_Remove Figure"), self));
  return expander;
}

static void
add_figure_clicked_cb (GtkButton      *button,
                       SfEvidenceView *self)
{
  SfFigure *figure = sf_edits_add_figure (self->document, g_object_get_data (G_OBJECT (button), "group"));

  /* Ready to type the new figure's label. */
  if (figure != NULL)
    sf_ui_focus_node (GTK_WIDGET (self), SF_NODE (figure), "label");
}

static GHashTable *
rows_new (void)
{
  return g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
}

/* An evidence group's widget: its title and source rows, its figures
 * (added by fill_group()), and its remove row last. */
static GtkWidget *
group_widget (SfEvidenceView  *self,
              SfEvidenceGroup *group)
{
  GtkWidget *widget = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *add_label = g_strdup_printf (_("Add a Figure to “%s”"), sf_evidence_group_get_title (group));

  g_object_bind_property (group, "title", widget, "title", G_BINDING_SYNC_CREATE);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, add_label);
  sf_ui_set_accessible_label (add, add_label);
  g_object_set_data_full (G_OBJECT (add), "group", g_object_ref (group), g_object_unref);
  g_signal_connect (add, "clicked", G_CALLBACK (add_figure_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (widget), add);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget),
                             field_row (self, SF_NODE (group), _("Group Title"), "title", FALSE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget),
                             field_row (self, SF_NODE (group), _("Source Id"), "source", TRUE));
  g_object_set_data_full (G_OBJECT (widget), "remove-row",
                          g_object_ref_sink (remove_row (SF_NODE (group), _("Remove _Group"), self)),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (widget), "figure-rows", g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
  return widget;
}

/* Takes the figure rows and the remove row out of a group's widget. */
static void
empty_group (GtkWidget *widget)
{
  GPtrArray *figure_rows = g_object_get_data (G_OBJECT (widget), "figure-rows");
  GtkWidget *remove = g_object_get_data (G_OBJECT (widget), "remove-row");

  for (guint i = 0; i < figure_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (widget), g_ptr_array_index (figure_rows, i));
  g_ptr_array_set_size (figure_rows, 0);
  if (gtk_widget_get_parent (remove) != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (widget), remove);
}

/* Groups and figures that stay keep their widgets, with their expanded
 * state and the focus: adding a figure does not close the one being
 * edited. */
static void
rebuild (SfEvidenceView *self)
{
  GListModel *groups = sf_framework_get_evidence (sf_document_get_framework (self->document));
  GtkWidget *focus = sf_ui_save_focus (GTK_WIDGET (self->page));
  g_autoptr(GHashTable) old_rows = g_steal_pointer (&self->rows);
  GHashTableIter iter;
  gpointer node, widget;

  self->rows = rows_new ();
  g_hash_table_iter_init (&iter, old_rows);
  while (g_hash_table_iter_next (&iter, &node, &widget))
    if (SF_IS_EVIDENCE_GROUP (node))
      {
        empty_group (widget);
        adw_preferences_page_remove (self->page, widget);
      }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(SfEvidenceGroup) group = g_list_model_get_item (groups, i);
      GListModel *figures = sf_evidence_group_get_figures (group);
      GtkWidget *group_row = sf_ui_reuse_row (old_rows, self->rows, group);
      GPtrArray *figure_rows;

      if (group_row == NULL)
        {
          group_row = group_widget (self, group);
          g_hash_table_insert (self->rows, g_object_ref (group), g_object_ref_sink (group_row));
        }
      figure_rows = g_object_get_data (G_OBJECT (group_row), "figure-rows");
      for (guint j = 0; j < g_list_model_get_n_items (figures); j++)
        {
          g_autoptr(SfFigure) figure = g_list_model_get_item (figures, j);
          GtkWidget *row = sf_ui_reuse_row (old_rows, self->rows, figure);

          if (row == NULL)
            {
              row = figure_row (self, figure);
              g_hash_table_insert (self->rows, g_object_ref (figure), g_object_ref_sink (row));
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group_row), row);
          g_ptr_array_add (figure_rows, row);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group_row),
                                 g_object_get_data (G_OBJECT (group_row), "remove-row"));
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group_row));
    }
  sf_ui_restore_focus (focus);
}

static void
document_changed_cb (SfEvidenceView *self,
                     SfChange       *change)
{
  if (change->kind == SF_CHANGE_LIST &&
      ((SF_IS_FRAMEWORK (change->node) && g_strcmp0 (change->member, "evidence") == 0) ||
       SF_IS_EVIDENCE_GROUP (change->node)))
    rebuild (self);
}

static void
add_group_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  SfEvidenceGroup *group = sf_edits_add_evidence_group (SF_EVIDENCE_VIEW (widget)->document);

  if (group != NULL)
    sf_ui_focus_node (widget, SF_NODE (group), "title");
}

static void
sf_evidence_view_dispose (GObject *object)
{
  SfEvidenceView *self = SF_EVIDENCE_VIEW (object);

  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_EVIDENCE_VIEW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (sf_evidence_view_parent_class)->dispose (object);
}

static void
sf_evidence_view_class_init (SfEvidenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_evidence_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-evidence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfEvidenceView, page);
  gtk_widget_class_install_action (widget_class, "evidence.add-group", NULL, add_group_action);
}

static void
sf_evidence_view_init (SfEvidenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = rows_new ();
}

GtkWidget *
sf_evidence_view_new (SfDocument *document)
{
  SfEvidenceView *self = g_object_new (SF_TYPE_EVIDENCE_VIEW, NULL);

  self->document = g_object_ref (document);
  rebuild (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
