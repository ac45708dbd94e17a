/* sf-preferences-window.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-preferences-window.h"
#include "sf-sync-preferences-page.h"
#include "sf-ui-util.h"

/**
 * SfPreferencesWindow:
 *
 * The editor's preferences: the colour scheme, the size of statements'
 * text, the draft delay, and the validation settings new frameworks start
 * with. Every control is bound to its key, so a change is kept as it is
 * made and applies at once (see #SfPreferences).
 */
struct _SfPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template children */
  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *text_scale_spin;
  GtkSpinButton        *draft_delay_spin;
  GtkSpinButton        *text_min_spin;
  GtkSpinButton        *text_max_spin;
  GtkSpinButton        *title_max_spin;
  GtkAdjustment        *text_min_adjustment;
  GtkAdjustment        *text_max_adjustment;
  AdwPreferencesGroup  *cited_group;

  GSettings            *settings;
  GPtrArray            *cited_checks;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (SfPreferencesWindow, sf_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The colour schemes, in the order of the row's items. */
static const char * const schemes[] = { "default", "light", "dark" };

static gboolean
scheme_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (nick, schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
scheme_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (schemes))
    return NULL;
  return g_variant_new_string (schemes[selected]);
}

/* Settings shown in other units: the draft delay in seconds rather than
 * milliseconds, the text scale in percent. The factor is the user data. */
static gboolean
scaled_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  double factor = *(const double *) user_data;

  if (g_variant_is_of_type (variant, G_VARIANT_TYPE_UINT32))
    g_value_set_double (value, g_variant_get_uint32 (variant) * factor);
  else if (g_variant_is_of_type (variant, G_VARIANT_TYPE_INT32))
    g_value_set_double (value, g_variant_get_int32 (variant) * factor);
  else
    g_value_set_double (value, g_variant_get_double (variant) * factor);
  return TRUE;
}

static GVariant *
scaled_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  double factor = *(const double *) user_data;
  double scaled = g_value_get_double (value) / factor;

  if (g_variant_type_equal (expected_type, G_VARIANT_TYPE_UINT32))
    return g_variant_new_uint32 ((guint32) (scaled + 0.5));
  if (g_variant_type_equal (expected_type, G_VARIANT_TYPE_INT32))
    return g_variant_new_int32 ((gint32) (scaled + 0.5));
  return g_variant_new_double (scaled);
}

static void
bind_scaled (SfPreferencesWindow *self,
             const char          *key,
             GtkSpinButton       *spin,
             const double        *factor)
{
  g_settings_bind_with_mapping (self->settings, key, gtk_spin_button_get_adjustment (spin), "value",
                                G_SETTINGS_BIND_DEFAULT, scaled_get_mapping, scaled_set_mapping,
                                (gpointer) factor, NULL);
}

/* The shortest text cannot be set above the longest, nor the longest below
 * the shortest: a new framework would report every statement. */
static void
text_bounds_cb (SfPreferencesWindow *self)
{
  gtk_adjustment_set_upper (self->text_min_adjustment, gtk_adjustment_get_value (self->text_max_adjustment));
  gtk_adjustment_set_lower (self->text_max_adjustment, gtk_adjustment_get_value (self->text_min_adjustment));
}

static void
update_cited (SfPreferencesWindow *self)
{
  g_auto(GStrv) cited = g_settings_get_strv (self->settings, "new-cited");

  self->updating = TRUE;
  for (guint i = 0; i < self->cited_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->cited_checks, i);

      gtk_check_button_set_active (check, g_strv_contains ((const char * const *) cited,
                                                           g_object_get_data (G_OBJECT (check), "key")));
    }
  self->updating = FALSE;
}

static void
cited_toggled_cb (GtkCheckButton      *check,
                  SfPreferencesWindow *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "key");
  g_auto(GStrv) cited = g_settings_get_strv (self->settings, "new-cited");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  gboolean active = gtk_check_button_get_active (check);

  if (self->updating || active == g_strv_contains ((const char * const *) cited, key))
    return;
  for (guint i = 0; cited[i] != NULL; i++)
    if (!g_str_equal (cited[i], key))
      g_strv_builder_add (builder, cited[i]);
  if (active)
    g_strv_builder_add (builder, key);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "new-cited", (const char * const *) updated);
}

static void
add_cited_row (SfPreferencesWindow *self,
               const char          *title,
               const char          *key)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *name = g_strconcat ("new-cited:", key, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  sf_ui_set_accessible_label (check, title);
  sf_ui_set_control_name (check, name);
  g_object_set_data_full (G_OBJECT (check), "key", g_strdup (key), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (cited_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->cited_group, row);
  g_ptr_array_add (self->cited_checks, check);
}

/* AdwPreferencesWindow 1.2 builds a search entry even with search off; GTK
 * 4.8 would announce it, and the text inside it, as "GtkSearchEntry". */
static void
name_search_entry (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child) || (GTK_IS_TEXT (child) && GTK_IS_SEARCH_ENTRY (widget)))
        sf_ui_set_accessible_label (child, _("Search Preferences"));
      name_search_entry (child);
    }
}

static void
sf_preferences_window_dispose (GObject *object)
{
  SfPreferencesWindow *self = SF_PREFERENCES_WINDOW (object);

  /* The bindings last as long as the adjustments, which can outlive the
   * window's template: they go first. */
  if (self->settings != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->settings, self);
      g_settings_unbind (self->color_scheme_row, "selected");
      g_settings_unbind (gtk_spin_button_get_adjustment (self->text_scale_spin), "value");
      g_settings_unbind (gtk_spin_button_get_adjustment (self->draft_delay_spin), "value");
      g_settings_unbind (self->text_min_adjustment, "value");
      g_settings_unbind (self->text_max_adjustment, "value");
      g_settings_unbind (gtk_spin_button_get_adjustment (self->title_max_spin), "value");
      g_signal_handlers_disconnect_by_data (self->text_min_adjustment, self);
      g_signal_handlers_disconnect_by_data (self->text_max_adjustment, self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->cited_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (sf_preferences_window_parent_class)->dispose (object);
}

static void
sf_preferences_window_class_init (SfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/skillframe/Skillframe/sf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, text_scale_spin);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, draft_delay_spin);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, text_min_spin);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, text_max_spin);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, title_max_spin);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, text_min_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, text_max_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SfPreferencesWindow, cited_group);
}

static void
sf_preferences_window_init (SfPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cited_checks = g_ptr_array_new ();

  sf_ui_set_control_name (self->color_scheme_row, "color-scheme");
  sf_ui_set_control_name (self->text_scale_spin, "statement-text-scale");
  sf_ui_set_control_name (self->draft_delay_spin, "draft-delay");
  sf_ui_set_control_name (self->text_min_spin, "new-text-min");
  sf_ui_set_control_name (self->text_max_spin, "new-text-max");
  sf_ui_set_control_name (self->title_max_spin, "new-title-max");
  add_cited_row (self, _("All Competency Sections"), "competencies");
  add_cited_row (self, _("All AI-Usage Sections"), "ai-usage");
  add_cited_row (self, _("All Durable-Skill Domains"), "durable");
  name_search_entry (GTK_WIDGET (self));
}

/**
 * sf_preferences_window_new:
 * @settings: the editor's settings
 *
 * Returns: (transfer full): a new preferences window editing @settings
 */
SfPreferencesWindow *
sf_preferences_window_new (GSettings *settings)
{
  static const double per_second = 0.001;
  static const double percent = 100;
  static const double same = 1;
  SfPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SF_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "color-scheme", self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scheme_get_mapping, scheme_set_mapping, NULL, NULL);
  bind_scaled (self, "statement-text-scale", self->text_scale_spin, &percent);
  bind_scaled (self, "draft-delay", self->draft_delay_spin, &per_second);
  /* The bounds' ranges first, so that binding one does not clamp the other. */
  gtk_adjustment_set_upper (self->text_min_adjustment, g_settings_get_int (settings, "new-text-max"));
  gtk_adjustment_set_lower (self->text_max_adjustment, g_settings_get_int (settings, "new-text-min"));
  bind_scaled (self, "new-text-min", self->text_min_spin, &same);
  bind_scaled (self, "new-text-max", self->text_max_spin, &same);
  bind_scaled (self, "new-title-max", self->title_max_spin, &same);
  g_signal_connect_swapped (self->text_min_adjustment, "value-changed", G_CALLBACK (text_bounds_cb), self);
  g_signal_connect_swapped (self->text_max_adjustment, "value-changed", G_CALLBACK (text_bounds_cb), self);
  text_bounds_cb (self);

  update_cited (self);
  g_signal_connect_swapped (settings, "changed::new-cited", G_CALLBACK (update_cited), self);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (sf_sync_preferences_page_new (settings)));
  /* The password row's "Show Text" button. */
  sf_ui_name_icon_buttons (GTK_WIDGET (self));
  return self;
}

/**
 * sf_preferences_window_get_settings:
 * @self: a #SfPreferencesWindow
 *
 * Returns: (transfer none): the settings it edits
 */
GSettings *
sf_preferences_window_get_settings (SfPreferencesWindow *self)
{
  g_return_val_if_fail (SF_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}

/**
 * sf_preferences_window_find_control:
 * @self: a #SfPreferencesWindow
 * @name: the settings key a control edits, such as `color-scheme` (an
 *   #AdwComboRow) or `draft-delay` (a #GtkSpinButton); `new-cited:KIND`
 *   for the check button of a section kind
 *
 * Returns: (transfer none) (nullable): the control
 */
GtkWidget *
sf_preferences_window_find_control (SfPreferencesWindow *self,
                                    const char          *name)
{
  g_return_val_if_fail (SF_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return sf_ui_find_control (GTK_WIDGET (self), name);
}
