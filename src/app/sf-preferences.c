/* sf-preferences.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "sf-preferences.h"
#include "sf-template.h"

/**
 * SfPreferences:
 *
 * What the author's preferences do to the running editor: the colour
 * scheme through #AdwStyleManager, the size of statements' text through a
 * style sheet of its own, and the validation settings a new framework
 * starts with. It follows the settings, so that a change in the
 * Preferences window (or from `gsettings`) applies at once.
 */
struct _SfPreferences
{
  GObject         parent_instance;

  GSettings      *settings;
  GtkCssProvider *text_css;
};

G_DEFINE_FINAL_TYPE (SfPreferences, sf_preferences, G_TYPE_OBJECT)

static void
apply_color_scheme (SfPreferences *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (scheme, G_N_ELEMENTS (schemes) - 1)]);
}

/* Scales what ui/style.css gives statements: their text at 1.05em, their
 * title at the entry's size. */
static void
apply_text_scale (SfPreferences *self)
{
  double scale = g_settings_get_double (self->settings, "statement-text-scale");
  char text[G_ASCII_DTOSTR_BUF_SIZE];
  char title[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *css = NULL;

  if (self->text_css == NULL)
    return;
  g_ascii_formatd (text, sizeof text, "%.3f", 1.05 * scale);
  g_ascii_formatd (title, sizeof title, "%.3f", scale);
  css = g_strdup_printf ("textview.statement-text { font-size: %sem; }\n"
                         "entry.statement-title { font-size: %sem; }\n",
                         text, title);
  gtk_css_provider_load_from_data (self->text_css, css, -1);
}

static void
sf_preferences_dispose (GObject *object)
{
  SfPreferences *self = SF_PREFERENCES (object);

  if (self->text_css != NULL && gdk_display_get_default () != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->text_css));
  g_clear_object (&self->text_css);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sf_preferences_parent_class)->dispose (object);
}

static void
sf_preferences_class_init (SfPreferencesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_preferences_dispose;
}

static void
sf_preferences_init (SfPreferences *self)
{
}

/**
 * sf_preferences_new:
 * @settings: (nullable): the editor's settings, or %NULL when the schema is
 *   not installed: then nothing changes
 *
 * Applies @settings' colour scheme and text size now and whenever they
 * change. Call it once the display is open (in the application's startup).
 *
 * Returns: (transfer full): a new #SfPreferences
 */
SfPreferences *
sf_preferences_new (GSettings *settings)
{
  SfPreferences *self;
  GdkDisplay *display = gdk_display_get_default ();

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SF_TYPE_PREFERENCES, NULL);
  if (settings == NULL)
    return self;

  self->settings = g_object_ref (settings);
  if (display != NULL)
    {
      self->text_css = gtk_css_provider_new ();
      /* Above the application's style.css, which GtkApplication loads. */
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->text_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  g_signal_connect_swapped (settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), self);
  g_signal_connect_swapped (settings, "changed::statement-text-scale", G_CALLBACK (apply_text_scale), self);
  apply_color_scheme (self);
  apply_text_scale (self);
  return self;
}

/**
 * sf_preferences_get_settings:
 * @self: a #SfPreferences
 *
 * Returns: (transfer none) (nullable): the settings it follows
 */
GSettings *
sf_preferences_get_settings (SfPreferences *self)
{
  g_return_val_if_fail (SF_IS_PREFERENCES (self), NULL);

  return self->settings;
}

/**
 * sf_preferences_apply_to_new_framework:
 * @self: a #SfPreferences
 * @framework: a framework just made from the template, in no document yet
 *
 * Gives @framework the validation settings chosen for new frameworks: the
 * length bounds and the sections that need citations. Settings that cannot
 * hold together (a shortest text above the longest) are left out with a
 * message rather than making the new framework report every statement.
 */
void
sf_preferences_apply_to_new_framework (SfPreferences *self,
                                       SfFramework   *framework)
{
  g_auto(GStrv) cited = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SF_IS_PREFERENCES (self));
  g_return_if_fail (SF_IS_FRAMEWORK (framework));

  if (self->settings == NULL)
    return;
  cited = g_settings_get_strv (self->settings, "new-cited");
  if (!sf_template_set_validation (framework,
                                   g_settings_get_int (self->settings, "new-text-min"),
                                   g_settings_get_int (self->settings, "new-text-max"),
                                   g_settings_get_int (self->settings, "new-title-max"),
                                   (const char * const *) cited, &error))
    g_message ("The validation defaults for new frameworks were not applied: %s", error->message);
}
