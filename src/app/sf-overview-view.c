/* sf-overview-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-edits.h"
#include "sf-field-binding.h"
#include "sf-onet-reference.h"
#include "sf-overview-view.h"
#include "sf-ui-util.h"

/**
 * SfOverviewView:
 *
 * The framework's header: the occupation (title, O*NET-SOC code, job zone
 * whose O*NET name follows the number, the context covered), the version,
 * publication status, id and rights, and the names and role labels of the
 * levels of each scale.
 */
struct _SfOverviewView
{
  AdwBin              parent_instance;

  AdwEntryRow        *title_row;
  AdwEntryRow        *code_row;
  AdwActionRow       *zone_row;
  GtkSpinButton      *zone_spin;
  GtkTextView        *context_view;
  AdwEntryRow        *version_row;
  AdwComboRow        *status_row;
  AdwEntryRow        *id_row;
  AdwEntryRow        *rights_row;
  AdwPreferencesGroup *scales_group;

  SfDocument         *document;
  GPtrArray          *scale_rows;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (SfOverviewView, sf_overview_view, ADW_TYPE_BIN)

static SfFramework *
framework_of (SfOverviewView *self)
{
  return sf_document_get_framework (self->document);
}

static SfOccupation *
occupation_of (SfOverviewView *self)
{
  return sf_framework_get_occupation (framework_of (self));
}

static void
bind_field (SfOverviewView *self,
            gpointer        field,
            SfNode         *node,
            const char     *member,
            gboolean        optional)
{
  SfFieldBinding *binding = sf_field_binding_new (field, member);

  sf_field_binding_set_empty_unsets (binding, optional);
  sf_field_binding_bind (binding, self->document, node);
}

static void
update_zone (SfOverviewView *self)
{
  SfOccupation *occupation = occupation_of (self);
  int zone = sf_occupation_get_job_zone (occupation);
  const char *name = sf_occupation_get_job_zone_name (occupation);
  const char *subtitle = name && *name ? name
                         : zone >= 1 && zone <= 5 ? sf_onet_reference_job_zone_name (zone)
                         : _("Not set: O*NET job zones run from 1 to 5");

  self->updating = TRUE;
  gtk_spin_button_set_value (self->zone_spin, CLAMP (zone, 0, 5));
  self->updating = FALSE;
  /* The subtitle is one line: whole in the tooltip where it is cut. */
  adw_action_row_set_subtitle (self->zone_row, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->zone_row), subtitle);
}

static void
zone_changed_cb (SfOverviewView *self)
{
  int zone = gtk_spin_button_get_value_as_int (self->zone_spin);

  if (self->updating || zone == sf_occupation_get_job_zone (occupation_of (self)))
    return;
  sf_edits_set_job_zone (self->document, zone);
}

static void
update_status (SfOverviewView *self)
{
  self->updating = TRUE;
  adw_combo_row_set_selected (self->status_row, sf_framework_get_status (framework_of (self)));
  self->updating = FALSE;
}

static void
status_changed_cb (SfOverviewView *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->document == NULL || selected == GTK_INVALID_LIST_POSITION ||
      (int) selected == (int) sf_framework_get_status (framework_of (self)))
    return;
  sf_document_set_enum (self->document, SF_NODE (framework_of (self)), "status", selected, NULL);
}

static void
expand_scale_cb (AdwExpanderRow *expander,
                 GParamSpec     *pspec,
                 SfOverviewView *self)
{
  SfScale *scale = g_object_get_data (G_OBJECT (expander), "scale");
  GListModel *levels = sf_scale_get_levels (scale);

  if (!adw_expander_row_get_expanded (expander) || g_object_get_data (G_OBJECT (expander), "built"))
    return;
  g_object_set_data (G_OBJECT (expander), "built", GINT_TO_POINTER (1));
  for (guint j = 0; j < g_list_model_get_n_items (levels); j++)
    {
      g_autoptr(SfLevel) level = g_list_model_get_item (levels, j);
      GtkWidget *level_name = adw_entry_row_new ();
      GtkWidget *level_label = adw_entry_row_new ();
      g_autofree char *name_title = g_strdup_printf (_("Level “%s”: Name"), sf_level_get_id (level));
      g_autofree char *label_title = g_strdup_printf (_("Level “%s”: Role Label"), sf_level_get_id (level));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (level_name), FALSE);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (level_label), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level_name), name_title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level_label), label_title);
      bind_field (self, level_name, SF_NODE (level), "name", FALSE);
      bind_field (self, level_label, SF_NODE (level), "label", TRUE);
      adw_expander_row_add_row (expander, level_name);
      adw_expander_row_add_row (expander, level_label);
    }
}

static void
rebuild_scales (SfOverviewView *self)
{
  GListModel *scales = sf_framework_get_scales (framework_of (self));

  for (guint i = 0; i < self->scale_rows->len; i++)
    adw_preferences_group_remove (self->scales_group, g_ptr_array_index (self->scale_rows, i));
  g_ptr_array_set_size (self->scale_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (scales); i++)
    {
      g_autoptr(SfScale) scale = g_list_model_get_item (scales, i);
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *name_row = adw_entry_row_new ();

      /* Names and ids from the file are text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sf_scale_get_name (scale));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), sf_scale_get_id (scale));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Scale Name"));
      bind_field (self, name_row, SF_NODE (scale), "name", FALSE);
      g_object_bind_property (scale, "name", expander, "title", G_BINDING_DEFAULT);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name_row);

      /* The level rows are built when the author opens the scale. */
      g_object_set_data_full (G_OBJECT (expander), "scale", g_object_ref (scale), g_object_unref);
      g_signal_connect (expander, "notify::expanded", G_CALLBACK (expand_scale_cb), self);
      adw_preferences_group_add (self->scales_group, expander);
      g_ptr_array_add (self->scale_rows, expander);
    }
}

static gboolean
scales_idle_cb (gpointer data)
{
  SfOverviewView *self = data;

  if (self->document != NULL)
    rebuild_scales (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (SfOverviewView *self,
                     SfChange       *change)
{
  if (SF_IS_OCCUPATION (change->node))
    update_zone (self);
  else if (SF_IS_FRAMEWORK (change->node) && g_strcmp0 (change->member, "status") == 0)
    update_status (self);
  /* Only a change of structure rebuilds the rows, never typing in them. */
  if (change->kind == SF_CHANGE_LIST &&
      ((SF_IS_FRAMEWORK (change->node) && g_strcmp0 (change->member, "scales") == 0) ||
       SF_IS_SCALE (change->node)))
    rebuild_scales (self);
}

static void
sf_overview_view_dispose (GObject *object)
{
  SfOverviewView *self = SF_OVERVIEW_VIEW (object);

  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_OVERVIEW_VIEW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->scale_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sf_overview_view_parent_class)->dispose (object);
}

static void
sf_overview_view_class_init (SfOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_overview_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, title_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, code_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, zone_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, zone_spin);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, context_view);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, version_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, status_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, id_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, rights_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewView, scales_group);
  gtk_widget_class_bind_template_callback (widget_class, zone_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
}

static void
sf_overview_view_init (SfOverviewView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->scale_rows = g_ptr_array_new ();

  for (int i = SF_STATUS_DRAFT; i <= SF_STATUS_PUBLISHED; i++)
    gtk_string_list_append (statuses, sf_ui_status_name (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  sf_ui_set_accessible_label (self->context_view, _("Context covered"));
}

/**
 * sf_overview_view_new:
 * @document: the document
 *
 * Returns: (transfer floating): the view of @document's header
 */
GtkWidget *
sf_overview_view_new (SfDocument *document)
{
  SfOverviewView *self = g_object_new (SF_TYPE_OVERVIEW_VIEW, NULL);
  SfFramework *framework;

  self->document = g_object_ref (document);
  framework = framework_of (self);

  bind_field (self, self->title_row, SF_NODE (occupation_of (self)), "title", FALSE);
  bind_field (self, self->code_row, SF_NODE (occupation_of (self)), "soc_code", FALSE);
  bind_field (self, gtk_text_view_get_buffer (self->context_view), SF_NODE (occupation_of (self)),
              "context", TRUE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->context_view), FALSE);
  bind_field (self, self->version_row, SF_NODE (framework), "version", FALSE);
  bind_field (self, self->id_row, SF_NODE (framework), "id", FALSE);
  bind_field (self, self->rights_row, SF_NODE (framework), "rights", TRUE);

  /* For sf_ui_focus_node(): the job zone is no text field. */
  g_object_set_data_full (G_OBJECT (self->zone_spin), "sf-node", g_object_ref (occupation_of (self)), g_object_unref);
  g_object_set_data (G_OBJECT (self->zone_spin), "sf-member", (gpointer) "job_zone");
  /* The zone's name is the row's subtitle (SF104 goes there, to the
   * row's spin button). */
  g_object_set_data_full (G_OBJECT (self->zone_row), "sf-node", g_object_ref (occupation_of (self)), g_object_unref);
  g_object_set_data (G_OBJECT (self->zone_row), "sf-member", (gpointer) "job_zone_name");
  update_zone (self);
  update_status (self);
  /* Below the fold: after the first frame. */
  g_idle_add_full (G_PRIORITY_LOW, scales_idle_cb, g_object_ref (self), g_object_unref);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
