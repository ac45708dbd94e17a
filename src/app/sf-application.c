/* sf-application.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-application-private.h"
#include "sf-draft-store.h"
#include "sf-font-preload.h"
#include "sf-page.h"
#include "sf-preferences.h"
#include "sf-preferences-window.h"
#include "sf-window.h"

#define SCHEMA_ID "io.github.skillframe.Skillframe"
#define RESOURCE_BASE "/io/github/skillframe/Skillframe"

/**
 * SfApplication:
 *
 * The editor: one process for every window (a file opened from the file
 * manager goes to the running editor), the drafts that survive a crash,
 * and the settings.
 */
struct _SfApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  SfPreferences  *preferences;
  SfDraftStore   *drafts;
  gboolean        drafts_offered;
  SfFontPreload  *font_preload;
};

G_DEFINE_FINAL_TYPE (SfApplication, sf_application, ADW_TYPE_APPLICATION)

static GSettingsSchemaSource *build_schemas;

/**
 * sf_application_is_uninstalled:
 *
 * Whether this program runs from its build folder (the editor during
 * development, the GUI tests) rather than from where it was installed. Only
 * then does it look in the build folder for its settings schema and
 * translations: an installed editor finds them where it was installed, even
 * when the build it came from is still there.
 *
 * Returns: %TRUE when running from the build folder
 */
gboolean
sf_application_is_uninstalled (void)
{
  static gsize initialized;
  static gboolean uninstalled;

  if (g_once_init_enter (&initialized))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

      uninstalled = exe != NULL && g_str_has_prefix (exe, BUILD_ROOT "/");
      g_once_init_leave (&initialized, 1);
    }
  return uninstalled;
}

/**
 * sf_application_get_localedir:
 *
 * Returns: where the translations are: the installed ones, or the build's
 *   when running from the build folder
 */
const char *
sf_application_get_localedir (void)
{
  return sf_application_is_uninstalled () ? BUILD_ROOT "/po" : LOCALEDIR;
}

/**
 * sf_application_ensure_schemas:
 *
 * Finds the settings schema when the editor runs from its build folder, where
 * it is compiled but not installed.
 */
void
sf_application_ensure_schemas (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL && (schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE)) != NULL)
    return;
  if (!sf_application_is_uninstalled ())
    return;
  if (build_schemas == NULL && g_file_test (BUILD_DATADIR "/gschemas.compiled", G_FILE_TEST_EXISTS))
    build_schemas = g_settings_schema_source_new_from_directory (BUILD_DATADIR, source, FALSE, NULL);
}

static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  sf_application_ensure_schemas ();
  source = build_schemas ? build_schemas : g_settings_schema_source_get_default ();
  if (source == NULL || (schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE)) == NULL)
    {
      g_warning ("The settings schema %s is not installed: settings will not be kept", SCHEMA_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static SfWindow *
ensure_window (SfApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SF_IS_WINDOW (window))
    return SF_WINDOW (window);
  return sf_application_new_window (self);
}

/* Unsaved work from a session that ended without saving it comes back as
 * banners on its frameworks. */
static void
offer_drafts (SfApplication *self,
              SfWindow      *window)
{
  g_autoptr(GPtrArray) drafts = NULL;

  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;

  drafts = sf_draft_store_list (self->drafts);
  for (guint i = 0; i < drafts->len; i++)
    sf_window_offer_draft (window, g_ptr_array_index (drafts, i));
}

static void
sf_application_activate (GApplication *app)
{
  SfApplication *self = SF_APPLICATION (app);
  SfWindow *window = ensure_window (self);

  offer_drafts (self, window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
sf_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SfApplication *self = SF_APPLICATION (app);
  g_autoptr(GPtrArray) pages = g_ptr_array_sized_new (n_files);
  SfWindow *window;

  /* The files start loading before a new window is built, so that reading
   * them and building the window overlap. */
  for (int i = 0; i < n_files; i++)
    {
      SfPage *page = NULL;
      gboolean again = sf_application_find_page (self, files[i]) != NULL;

      for (int j = 0; j < i && !again; j++)
        again = g_file_equal (files[j], files[i]);
      if (!again)
        page = g_object_ref_sink (sf_page_new_for_file (files[i]));
      g_ptr_array_add (pages, page);
    }
  window = ensure_window (self);
  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(SfPage) page = g_ptr_array_index (pages, i);

      if (page != NULL)
        sf_window_open_page (window, page);
      else
        sf_window_open_file (window, files[i]);
    }
  offer_drafts (self, window);
  /* A new window shows once its framework is loaded, so that its first
   * frame has it (and the window is laid out once, not twice). */
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    gtk_window_present (GTK_WINDOW (window));
  else
    sf_window_present_when_loaded (window);
}

static void quit_next (SfApplication *self);

static void
window_closed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SfApplication) self = user_data;

  if (sf_window_close_finish (SF_WINDOW (object), result))
    quit_next (self);
}

/* Closes the windows one at a time, each asking about its unsaved work;
 * Cancel in one stops the quit. */
static void
quit_next (SfApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    if (SF_IS_WINDOW (l->data))
      {
        sf_window_close_async (SF_WINDOW (l->data), window_closed_cb, g_object_ref (self));
        return;
      }
  g_application_quit (G_APPLICATION (self));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  quit_next (SF_APPLICATION (user_data));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  SfWindow *window = sf_application_new_window (SF_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Skillframe authors", NULL };
  static const char *onet_credits[] = {
    "O*NET Resource Center, USDOL/ETA https://www.onetcenter.org", NULL
  };
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autofree char *attribution = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/skillframe/core/onet/ATTRIBUTION",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Skillframe"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Skillframe authors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, _("© 2026 The Skillframe authors"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about, _("Author occupational skills frameworks: competency, AI-usage "
                                          "and durable-skill statements with their citations, grounded "
                                          "in O*NET."));
  /* Translators: put your names here, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  if (bytes != NULL)
    {
      attribution = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      adw_about_window_add_legal_section (about, _("O*NET"), NULL, GTK_LICENSE_CUSTOM, attribution);
      adw_about_window_add_acknowledgement_section (about, _("Occupational Data"), onet_credits);
    }
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  SfApplication *self = SF_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SfPreferencesWindow *window;

  /* One at a time: a second Ctrl+, shows the one open. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SF_IS_PREFERENCES_WINDOW (l->data))
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return;
      }
  if (self->settings == NULL)
    return;
  window = sf_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* The icon theme is read on its first lookup: ~7 ms of the main thread
 * before a window's first frame, measured with perf on the seed (an empty
 * window has no icon to look up). GtkIconTheme, set up on the main thread,
 * can be searched from another (see "Threading" in gtkicontheme.c), so its
 * folders are read there while the window is built and the framework
 * loaded, and the first frame finds the icons it shows looked up. */
static void
read_icon_theme (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  static const char * const names[] = {
    "window-close-symbolic", "open-menu-symbolic", "document-open-symbolic", "tab-new-symbolic",
    "view-list-symbolic", "document-edit-symbolic", "pan-down-symbolic", "dialog-error-symbolic",
    "dialog-warning-symbolic",
  };
  GtkIconTheme *theme = task_data;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtkIconPaintable) icon =
        gtk_icon_theme_lookup_icon (theme, names[i], NULL, 16, 1, GTK_TEXT_DIR_LTR, 0);
    }
  g_task_return_boolean (task, TRUE);
}

static void
read_icon_theme_in_thread (SfApplication *self)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_source_tag (task, read_icon_theme_in_thread);
  /* Made, with its search path, here on the main thread. */
  g_task_set_task_data (task, g_object_ref (gtk_icon_theme_get_for_display (display)), g_object_unref);
  g_task_run_in_thread (task, read_icon_theme);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "new-window", new_window_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
sf_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.close-tab", { "<Control>w", NULL } },
    { "win.next-problem", { "F8", NULL } },
    { "win.previous-problem", { "<Shift>F8", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.replace", { "<Control>h", NULL } },
    { "win.find-next", { "<Control>g", NULL } },
    { "win.find-previous", { "<Control><Shift>g", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };
  SfApplication *self = SF_APPLICATION (app);

  G_APPLICATION_CLASS (sf_application_parent_class)->startup (app);
  read_icon_theme_in_thread (self);
  if (gdk_display_get_default () != NULL)
    self->font_preload = sf_font_preload_start ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
  self->settings = new_settings ();
  self->preferences = sf_preferences_new (self->settings);
  self->drafts = sf_draft_store_new (NULL);
}

static void
sf_application_dispose (GObject *object)
{
  SfApplication *self = SF_APPLICATION (object);

  /* The application ended without a window, or was never run (tests). */
  if (self->font_preload != NULL)
    sf_font_preload_finish (g_steal_pointer (&self->font_preload), NULL);

  g_clear_object (&self->preferences);
  g_clear_object (&self->settings);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (sf_application_parent_class)->dispose (object);
}

static void
sf_application_class_init (SfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sf_application_dispose;
  app_class->startup = sf_application_startup;
  app_class->activate = sf_application_activate;
  app_class->open = sf_application_open;
}

static void
sf_application_init (SfApplication *self)
{
}

/**
 * sf_application_new:
 *
 * Returns: (transfer full): the editor
 */
SfApplication *
sf_application_new (void)
{
  return g_object_new (SF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       /* Not the .Devel id's path: one set of resources. */
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * sf_application_get_drafts:
 * @self: a #SfApplication
 *
 * Returns: (transfer none): where drafts of unsaved work are kept
 */
SfDraftStore *
sf_application_get_drafts (SfApplication *self)
{
  g_return_val_if_fail (SF_IS_APPLICATION (self), NULL);

  return self->drafts;
}

/**
 * sf_application_get_settings:
 * @self: a #SfApplication
 *
 * Returns: (transfer none) (nullable): the editor's settings, or %NULL when
 *   the schema is not installed
 */
GSettings *
sf_application_get_settings (SfApplication *self)
{
  g_return_val_if_fail (SF_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * sf_application_get_preferences:
 * @self: a #SfApplication
 *
 * Returns: (transfer none): what the author's preferences do to the
 *   editor, such as the settings new frameworks start with
 */
SfPreferences *
sf_application_get_preferences (SfApplication *self)
{
  g_return_val_if_fail (SF_IS_APPLICATION (self), NULL);

  return self->preferences;
}

/**
 * sf_application_find_page:
 * @self: a #SfApplication
 * @file: a file
 *
 * Returns: (transfer none) (nullable): the page, in any window, that holds
 *   the framework of @file
 */
SfPage *
sf_application_find_page (SfApplication *self,
                          GFile         *file)
{
  g_return_val_if_fail (SF_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      SfPage *page;

      if (SF_IS_WINDOW (l->data) && (page = sf_window_find_page (l->data, file)) != NULL)
        return page;
    }
  return NULL;
}

/**
 * sf_application_new_window:
 * @self: a #SfApplication
 *
 * Returns: (transfer none): a new, empty window
 */
SfWindow *
sf_application_new_window (SfApplication *self)
{
  g_return_val_if_fail (SF_IS_APPLICATION (self), NULL);

  return sf_window_new (self);
}

/*
 * _sf_application_prepare_window:
 * @self: the editor
 * @window: one of its windows, about to be first measured
 *
 * Gives @window the fonts loaded in the background since start-up, if
 * they are not the main thread's already.
 */
void
_sf_application_prepare_window (SfApplication *self,
                                GtkWindow     *window)
{
  g_return_if_fail (SF_IS_APPLICATION (self));
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (self->font_preload != NULL)
    sf_font_preload_finish (g_steal_pointer (&self->font_preload), GTK_WIDGET (window));
}
