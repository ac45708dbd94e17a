/* test-prefs.c: the Validation view, the preferences, the shortcuts and
 * About, driven in-process under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The settings live in a key file under a temporary XDG_CONFIG_HOME, as
 * they would on disk, so that a second run of this program (a subprocess)
 * reads back what the first one set through the Preferences window.
 */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "sf-application.h"
#include "sf-edits.h"
#include "sf-page.h"
#include "sf-preferences-window.h"
#include "sf-section-view.h"
#include "sf-statement-row.h"
#include "sf-test-util.h"
#include "sf-validation-view.h"
#include "sf-window.h"

static char *config_dir;

/* With SKILLFRAME_TEST_SCREENSHOTS=DIR, saves the screen as DIR/NAME.png:
 * a look at what the tests drive. */
static void
shoot (const char *name)
{
  const char *dir = g_getenv ("SKILLFRAME_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;

  if (dir == NULL)
    return;
  gui_spin (100);
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root %s.png", path);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

static GSettings *
settings (void)
{
  return sf_application_get_settings (gui_app);
}

static void
reset_settings (void)
{
  static const char *keys[] = {
    "color-scheme", "statement-text-scale", "draft-delay", "new-text-min", "new-text-max",
    "new-title-max", "new-cited",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings (), keys[i]);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

static SfPage *
open_seed (const char *name)
{
  g_autofree char *path = gui_copy_seed (name);

  return gui_open_path (path);
}

static SfValidationView *
show_validation (SfPage *page)
{
  GtkWidget *view;

  g_assert_true (sf_page_select_view (page, "validation"));
  view = sf_page_get_view (page);
  g_assert_true (SF_IS_VALIDATION_VIEW (view));
  return SF_VALIDATION_VIEW (view);
}

static gpointer
control (SfValidationView *view,
         const char       *name)
{
  GtkWidget *widget = sf_validation_view_find_control (view, name);

  if (widget == NULL)
    g_error ("no control %s in the Validation view", name);
  return widget;
}

static SfValidation *
validation_of (SfPage *page)
{
  return sf_framework_get_validation (sf_document_get_framework (sf_page_get_document (page)));
}

static SfPreferencesWindow *
open_preferences (void)
{
  SfPreferencesWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (gui_app), "preferences", NULL);
  WAIT_UNTIL ((prefs = (SfPreferencesWindow *) find_toplevel (SF_TYPE_PREFERENCES_WINDOW)) != NULL);
  return prefs;
}

static gpointer
pref_control (SfPreferencesWindow *prefs,
              const char          *name)
{
  GtkWidget *widget = sf_preferences_window_find_control (prefs, name);

  if (widget == NULL)
    g_error ("no control %s in the Preferences gui_window", name);
  return widget;
}

/* Tests */

/* Switching SF505 off in the view drops the seed's 51 SF505 warnings from
 * the page's counts at once; Undo brings them back and the row follows. */
static void
test_rule_severity (void)
{
  SfPage *page = open_seed ("rules.json");
  SfValidationView *view = show_validation (page);
  AdwComboRow *row = control (view, "rule:SF505");
  guint warnings = sf_page_get_n_warnings (page);

  g_assert_cmpuint (warnings, ==, 65);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  shoot ("validation-view");
  adw_combo_row_set_selected (row, 4 /* Off */);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings - 51);
  g_assert_cmpint (sf_validation_get_severity (validation_of (page), "SF505"), ==, SF_SEVERITY_OFF);
  g_assert_true (sf_page_get_modified (page));
  g_assert_cmpstr (sf_document_get_undo_label (sf_page_get_document (page)), ==, "Set Rule Severity");

  gui_activate ("undo");
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_false (sf_page_get_modified (page));
  gui_activate ("redo");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 4);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings - 51);

  /* Warning, the rule's default, by name: the setting goes, the row stays. */
  adw_combo_row_set_selected (row, 2);
  g_assert_null (sf_validation_find_rule_setting (validation_of (page), "SF505"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings);

  /* An error, as a framework may make SF404. */
  row = control (view, "rule:SF404");
  adw_combo_row_set_selected (row, 1);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  shoot ("validation-rules");
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, 2 + 6);
  gui_close_all ();
}

static void
test_bounds_and_cited (void)
{
  SfPage *page = open_seed ("bounds.json");
  SfValidationView *view = show_validation (page);
  SfDocument *document = sf_page_get_document (page);
  guint warnings = sf_page_get_n_warnings (page);
  guint errors = sf_page_get_n_errors (page);

  g_assert_cmpfloat (gtk_spin_button_get_value (control (view, "text_min")), ==, 40);
  gtk_spin_button_set_value (control (view, "text_min"), 200);
  g_assert_cmpint (sf_validation_get_text_min (validation_of (page)), ==, 200);
  g_assert_cmpuint (sf_page_get_n_warnings (page), >, warnings + 100);
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Set Length Bounds");
  /* Above the longest text: refused, and the field shows the bound again. */
  gtk_spin_button_set_value (control (view, "text_min"), 400);
  g_assert_cmpint (sf_validation_get_text_min (validation_of (page)), ==, 200);
  g_assert_cmpfloat (gtk_spin_button_get_value (control (view, "text_min")), ==, 200);
  gui_activate ("undo");
  g_assert_cmpint (sf_validation_get_text_min (validation_of (page)), ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (control (view, "text_min")), ==, 40);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings);

  /* The seed's two SF401 errors are in durable-skill domains and AI usage. */
  g_assert_true (gtk_check_button_get_active (control (view, "cited:durable")));
  g_assert_false (gtk_widget_get_sensitive (control (view, "cited:durable-communication")));
  g_assert_true (gtk_check_button_get_active (control (view, "cited:durable-communication")));
  gtk_check_button_set_active (control (view, "cited:durable"), FALSE);
  gtk_check_button_set_active (control (view, "cited:ai-usage"), FALSE);
  g_assert_cmpstrv (sf_validation_get_cited (validation_of (page)), ((const char *[]) { NULL }));
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, errors - 2);
  g_assert_true (gtk_widget_get_sensitive (control (view, "cited:durable-communication")));
  g_assert_false (gtk_check_button_get_active (control (view, "cited:durable-communication")));
  gtk_check_button_set_active (control (view, "cited:durable-communication"), TRUE);
  g_assert_cmpstrv (sf_validation_get_cited (validation_of (page)),
                    ((const char *[]) { "durable-communication", NULL }));
  gui_activate ("undo");
  gui_activate ("undo");
  gui_activate ("undo");
  g_assert_null (sf_validation_get_cited (validation_of (page)));
  g_assert_true (gtk_check_button_get_active (control (view, "cited:durable")));
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, errors);
  gui_close_all ();
}

static void
test_counts (void)
{
  SfPage *page = open_seed ("counts.json");
  SfValidationView *view = show_validation (page);
  AdwComboRow *section_row = control (view, "add-section");
  AdwComboRow *level_row = control (view, "add-level");
  GListModel *targets = adw_combo_row_get_model (section_row);
  guint warnings = sf_page_get_n_warnings (page);
  GtkSpinButton *min;
  SfCountExpectation *expectation;

  /* Kinds first: competencies, AI usage, durable skills; then sections. */
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 3 + 10);
  adw_combo_row_set_selected (section_row, 0);
  /* Whole section, then the proficiency scale's four levels. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (level_row)), ==, 5);
  adw_combo_row_set_selected (level_row, 1);
  g_signal_emit_by_name (control (view, "add"), "clicked");
  expectation = sf_validation_find_count (validation_of (page), "competencies", "emerging");
  g_assert_nonnull (expectation);
  g_assert_cmpint (sf_count_expectation_get_min (expectation), ==, 1);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings);

  /* Ten statements at that level; twelve expected is one SF301 warning. */
  min = control (view, "count-min:competencies:emerging");
  gtk_spin_button_set_value (min, 12);
  g_assert_cmpint (sf_count_expectation_get_min (expectation), ==, 12);
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings + 1);
  /* Editing a bound keeps its row, and with it the focus. */
  g_assert_true (control (view, "count-min:competencies:emerging") == (gpointer) min);
  /* Fewer than the minimum: refused, and the field shows the bound again. */
  gtk_spin_button_set_value (control (view, "count-max:competencies:emerging"), 11);
  g_assert_cmpint (sf_count_expectation_get_max (expectation), ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (control (view, "count-max:competencies:emerging")), ==, 0);
  gtk_spin_button_set_value (control (view, "count-max:competencies:emerging"), 15);
  g_assert_cmpint (sf_count_expectation_get_max (expectation), ==, 15);
  if (g_getenv ("SKILLFRAME_TEST_SCREENSHOTS") != NULL)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (min), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gui_spin (200);
      gtk_adjustment_set_value (vadjustment, 420);
      shoot ("validation-counts");
    }

  g_signal_emit_by_name (control (view, "count-remove:competencies:emerging"), "clicked");
  g_assert_null (sf_validation_find_count (validation_of (page), "competencies", "emerging"));
  g_assert_null (sf_validation_view_find_control (view, "count-min:competencies:emerging"));
  g_assert_cmpuint (sf_page_get_n_warnings (page), ==, warnings);
  g_assert_cmpstr (sf_document_get_undo_label (sf_page_get_document (page)), ==, "Remove Expected Count");
  gui_activate ("undo");
  g_assert_cmpfloat (gtk_spin_button_get_value (control (view, "count-max:competencies:emerging")), ==, 15);
  gui_close_all ();
}

static void
test_color_scheme (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  SfPreferencesWindow *prefs;
  AdwComboRow *row;

  reset_settings ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  prefs = open_preferences ();
  row = pref_control (prefs, "color-scheme");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 2);
  shoot ("preferences-dark");
  g_assert_cmpint (g_settings_get_enum (settings (), "color-scheme"), ==, 2 /* dark */);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  /* From elsewhere (gsettings set): the row follows. */
  g_settings_set_enum (settings (), "color-scheme", 0);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  /* Ctrl+, again shows the same window. */
  g_assert_true (open_preferences () == prefs);
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static double
font_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  return pango_font_description_get_size (pango_context_get_font_description (context)) / (double) PANGO_SCALE;
}

static void
test_text_scale (void)
{
  SfPage *page = open_seed ("scale.json");
  SfPreferencesWindow *prefs;
  SfSectionView *view;
  SfStatementRow *row;
  g_autoptr(SfStatement) statement = NULL;
  GtkWidget *text;
  double before;

  reset_settings ();
  g_assert_true (sf_page_select_view (page, "section:competencies"));
  view = SF_SECTION_VIEW (sf_page_get_view (page));
  statement = g_list_model_get_item (sf_section_view_get_shown (view), 0);
  sf_section_view_reveal (view, statement, NULL);
  WAIT_UNTIL ((row = sf_section_view_find_row (view, statement)) != NULL);
  text = GTK_WIDGET (sf_statement_row_get_text_view (row));
  before = font_size (text);
  g_assert_cmpfloat (before, >, 0);

  prefs = open_preferences ();
  gtk_spin_button_set_value (pref_control (prefs, "statement-text-scale"), 150);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "statement-text-scale"), 1.5, 1e-9);
  WAIT_UNTIL (font_size (text) > before * 1.4);
  g_assert_cmpfloat_with_epsilon (font_size (text), before * 1.5, before * 0.05);
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings (), "statement-text-scale");
  WAIT_UNTIL (font_size (text) < before * 1.05);
  gui_close_all ();
}

static char *
keyfile_path (void)
{
  return g_build_filename (config_dir, "glib-2.0", "settings", "keyfile", NULL);
}

/* What the first run set through the Preferences window, a second process
 * reads back at start-up. */
static void
test_persist_restarted (void)
{
  g_auto(GStrv) cited = g_settings_get_strv (settings (), "new-cited");

  g_assert_cmpint (g_settings_get_enum (settings (), "color-scheme"), ==, 2 /* dark */);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "statement-text-scale"), 1.25, 1e-9);
  g_assert_cmpuint (g_settings_get_uint (settings (), "draft-delay"), ==, 5500);
  g_assert_cmpint (g_settings_get_int (settings (), "new-text-min"), ==, 50);
  g_assert_cmpint (g_settings_get_int (settings (), "new-title-max"), ==, 80);
  g_assert_cmpstrv (cited, ((const char *[]) { "ai-usage", "durable", "competencies", NULL }));
}

static void
test_persist (void)
{
  SfPreferencesWindow *prefs;
  g_autofree char *path = keyfile_path ();
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      test_persist_restarted ();
      return;
    }

  reset_settings ();
  prefs = open_preferences ();
  adw_combo_row_set_selected (pref_control (prefs, "color-scheme"), 2);
  gtk_spin_button_set_value (pref_control (prefs, "statement-text-scale"), 125);
  gtk_spin_button_set_value (pref_control (prefs, "draft-delay"), 5.5);
  gtk_spin_button_set_value (pref_control (prefs, "new-text-min"), 50);
  gtk_spin_button_set_value (pref_control (prefs, "new-title-max"), 80);
  gtk_check_button_set_active (pref_control (prefs, "new-cited:competencies"), TRUE);
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_sync ();

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "color-scheme='dark'"));

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  reset_settings ();
}

static void
test_new_framework_defaults (void)
{
  const char *durable[] = { "durable", NULL };
  AdwMessageDialog *dialog;
  SfPreferencesWindow *prefs;
  GtkWidget *list, *title_row;
  SfValidation *validation;
  SfPage *page;

  reset_settings ();
  prefs = open_preferences ();
  gtk_spin_button_set_value (pref_control (prefs, "new-text-min"), 60);
  gtk_spin_button_set_value (pref_control (prefs, "new-text-max"), 280);
  gtk_check_button_set_active (pref_control (prefs, "new-cited:ai-usage"), FALSE);
  gtk_window_destroy (GTK_WINDOW (prefs));

  gui_activate ("new");
  WAIT_UNTIL ((dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  list = adw_message_dialog_get_extra_child (dialog);
  title_row = gtk_widget_get_first_child (list);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Phlebotomists");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (title_row)), "31-9097.00");
  gui_respond (dialog, "create");
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL);

  validation = validation_of (page);
  g_assert_cmpint (sf_validation_get_text_min (validation), ==, 60);
  g_assert_cmpint (sf_validation_get_text_max (validation), ==, 280);
  g_assert_cmpint (sf_validation_get_title_max (validation), ==, 0);
  g_assert_cmpstrv (sf_validation_get_cited (validation), durable);
  g_assert_false (sf_page_get_modified (page));
  g_assert_false (sf_document_can_undo (sf_page_get_document (page)));
  /* The view shows them. */
  g_assert_cmpfloat (gtk_spin_button_get_value (control (show_validation (page), "text_min")), ==, 60);
  reset_settings ();
  gui_close_all ();
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_shortcuts_and_menu (void)
{
  g_auto(GStrv) help = gtk_application_get_accels_for_action (GTK_APPLICATION (gui_app), "win.show-help-overlay");
  g_auto(GStrv) prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (gui_app), "app.preferences");
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (gui_window));
  GMenuModel *menu;
  GtkShortcutsWindow *overlay;

  g_assert_true (g_strv_contains ((const char * const *) help, "<Control>question"));
  g_assert_true (g_strv_contains ((const char * const *) prefs, "<Control>comma"));

  /* The menu is built when it is opened, as F10 or a click opens it. */
  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  WAIT_UNTIL (gtk_menu_button_get_popover (button) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_true (menu_has_action (menu, "app.preferences"));
  g_assert_true (menu_has_action (menu, "win.show-help-overlay"));
  g_assert_true (menu_has_action (menu, "app.about"));
  gtk_menu_button_popdown (button);

  /* The shortcuts window is built when first asked for (Ctrl+?), and kept. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (gui_window), "show-help-overlay"));
  gui_activate ("show-help-overlay");
  WAIT_UNTIL ((overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (gui_window))) != NULL &&
              gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (gui_window));
  shoot ("shortcuts");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
}

static void
test_about (void)
{
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (gui_app), "about", NULL);
  WAIT_UNTIL ((about = ADW_ABOUT_WINDOW (find_toplevel (ADW_TYPE_ABOUT_WINDOW))) != NULL);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (adw_about_window_get_developers (about));
  g_assert_nonnull (adw_about_window_get_copyright (about));
  shoot ("about");
  gtk_window_destroy (GTK_WINDOW (about));
}

/* The settings on disk, shared with the subprocess that reads them back;
 * set before anything asks GLib for the user's folders. */
static void
setup (void)
{
  if (g_getenv ("SKILLFRAME_TEST_CONFIG") != NULL)
    config_dir = g_strdup (g_getenv ("SKILLFRAME_TEST_CONFIG"));
  else
    {
      config_dir = g_build_filename (gui_tmpdir, "config", NULL);
      g_setenv ("SKILLFRAME_TEST_CONFIG", config_dir, TRUE);
    }
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, setup);

  g_test_add_func ("/skillframe/prefs/validation/rule-severity", test_rule_severity);
  g_test_add_func ("/skillframe/prefs/validation/bounds-and-cited", test_bounds_and_cited);
  g_test_add_func ("/skillframe/prefs/validation/counts", test_counts);
  g_test_add_func ("/skillframe/prefs/color-scheme", test_color_scheme);
  g_test_add_func ("/skillframe/prefs/text-scale", test_text_scale);
  g_test_add_func ("/skillframe/prefs/persist", test_persist);
  g_test_add_func ("/skillframe/prefs/new-framework-defaults", test_new_framework_defaults);
  g_test_add_func ("/skillframe/prefs/shortcuts-and-menu", test_shortcuts_and_menu);
  g_test_add_func ("/skillframe/prefs/about", test_about);

  return gui_test_run ();
}
