/* sf-window-actions.c: the window's actions
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-application.h"
#include "sf-onet-dialog.h"
#include "sf-preferences.h"
#include "sf-template.h"
#include "sf-ui-util.h"
#include "sf-window-private.h"

static SfDocument *
current_document (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  return page ? sf_page_get_document (page) : NULL;
}

static void
set_enabled (SfWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Enables what the current framework allows, in one place. */
void
_sf_window_actions_update (SfWindow *self)
{
  SfDocument *document = current_document (self);

  set_enabled (self, "save", document != NULL);
  set_enabled (self, "save-as", document != NULL);
  set_enabled (self, "export", document != NULL);
  set_enabled (self, "undo", document != NULL && sf_document_can_undo (document));
  set_enabled (self, "redo", document != NULL && sf_document_can_redo (document));
  set_enabled (self, "close-tab", sf_window_get_current_page (self) != NULL);
  set_enabled (self, "update-onet", document != NULL);
  set_enabled (self, "show-problems", document != NULL);
  set_enabled (self, "next-problem", document != NULL);
  set_enabled (self, "previous-problem", document != NULL);
  _sf_window_search_update (self);
  _sf_window_csv_update (self);
}

/* The Undo and Redo items say what they would do: "Undo Delete Statement". */
void
_sf_window_update_history (SfWindow *self)
{
  SfDocument *document = current_document (self);
  const char *undo = document ? sf_document_get_undo_label (document) : NULL;
  const char *redo = document ? sf_document_get_redo_label (document) : NULL;
  g_autofree char *undo_label = undo ? g_strdup_printf (_("_Undo %s"), undo) : g_strdup (_("_Undo"));
  g_autofree char *redo_label = redo ? g_strdup_printf (_("_Redo %s"), redo) : g_strdup (_("_Redo"));
  g_autofree char *old_undo = NULL;
  g_autofree char *old_redo = NULL;

  _sf_window_actions_update (self);

  if (g_menu_model_get_n_items (G_MENU_MODEL (self->history_section)) == 2)
    {
      g_menu_model_get_item_attribute (G_MENU_MODEL (self->history_section), 0,
                                       G_MENU_ATTRIBUTE_LABEL, "s", &old_undo);
      g_menu_model_get_item_attribute (G_MENU_MODEL (self->history_section), 1,
                                       G_MENU_ATTRIBUTE_LABEL, "s", &old_redo);
      if (g_strcmp0 (old_undo, undo_label) == 0 && g_strcmp0 (old_redo, redo_label) == 0)
        return;
    }

  g_menu_remove_all (self->history_section);
  g_menu_append (self->history_section, undo_label, "win.undo");
  g_menu_append (self->history_section, redo_label, "win.redo");
}

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SfDocument *document = current_document (user_data);

  if (document != NULL)
    sf_document_undo (document);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SfDocument *document = current_document (user_data);

  if (document != NULL)
    sf_document_redo (document);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  /* A failure shows on the page, with what to do about it. */
  sf_page_save_finish (SF_PAGE (object), result, NULL);
}

static void
save_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SfPage *page = sf_window_get_current_page (user_data);

  if (page != NULL && sf_page_get_document (page) != NULL)
    sf_page_save_async (page, FALSE, NULL, save_cb, NULL);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  SfPage *page = sf_window_get_current_page (user_data);

  if (page != NULL && sf_page_get_document (page) != NULL)
    sf_page_save_async (page, TRUE, NULL, save_cb, NULL);
}

static void
close_tab_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  SfWindow *self = user_data;
  SfPage *page = sf_window_get_current_page (self);

  if (page != NULL)
    _sf_window_close_page (self, page);
}

/* Open */

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SfWindow        *self)
{
  /* The window may have closed meanwhile (Quit from another window). */
  if (response == GTK_RESPONSE_ACCEPT && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          sf_window_open_file (self, file);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) frameworks = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (frameworks, _("Frameworks"));
  gtk_file_filter_add_pattern (frameworks, "*.skillframe.json");
  gtk_file_filter_add_pattern (frameworks, "*.json");
  gtk_file_filter_add_mime_type (frameworks, "application/json");
  gtk_file_chooser_add_filter (chooser, frameworks);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, frameworks);
}

void
_sf_window_choose_files (SfWindow *self)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Frameworks"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_filters (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (open_response_cb), g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _sf_window_choose_files (user_data);
}

/* New */

typedef struct
{
  SfWindow  *window;
  GtkWidget *title;
  GtkWidget *code;
} NewData;

static void
new_data_free (NewData *data)
{
  g_object_unref (data->window);
  g_free (data);
}

/* The author's validation defaults, before the document: it starts unmodified. */
static void
apply_preferences (SfWindow    *self,
                   SfFramework *framework)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (SF_IS_APPLICATION (app))
    sf_preferences_apply_to_new_framework (sf_application_get_preferences (SF_APPLICATION (app)), framework);
}

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 NewData          *data)
{
  g_autoptr(GBytes) template_json = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *code = NULL;

  if (!g_str_equal (response, "create"))
    {
      new_data_free (data);
      return;
    }

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->title))));
  code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->code))));
  template_json = g_resources_lookup_data ("/io/github/skillframe/Skillframe/template.json",
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (template_json != NULL)
    framework = sf_template_instantiate (template_json, title, code, &error);
  if (framework != NULL)
    apply_preferences (data->window, framework);
  if (framework == NULL)
    sf_window_show_error (data->window, error->message);
  else
    sf_window_add_page (data->window, sf_page_new_for_framework (framework));
  new_data_free (data);
}

static void
new_title_changed_cb (GtkEditable      *title,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (title)));

  adw_message_dialog_set_response_enabled (dialog, "create", *text != '\0');
}

void
_sf_window_new_framework (SfWindow *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;
  NewData *data;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("New Framework"),
                                                       _("A framework describes one occupation. "
                                                         "It starts with the standard levels, "
                                                         "the competencies and AI-usage sections "
                                                         "and the ten durable-skill domains.")));
  data = g_new0 (NewData, 1);
  data->window = g_object_ref (self);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->title = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->title), _("Occupation Title"));
  data->code = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->code), _("O*NET-SOC Code (such as 29-2011.00)"));
  gtk_list_box_append (GTK_LIST_BOX (list), data->title);
  gtk_list_box_append (GTK_LIST_BOX (list), data->code);
  adw_message_dialog_set_extra_child (dialog, list);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "create", FALSE);
  g_signal_connect (data->title, "changed", G_CALLBACK (new_title_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (new_response_cb), data);
  sf_ui_present_dialog (dialog);
  gtk_widget_grab_focus (data->title);
}

static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  _sf_window_new_framework (user_data);
}

/* O*NET */

static void
new_onet_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (sf_onet_dialog_new_import (user_data)));
}

static void
update_onet_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  SfDocument *document = current_document (user_data);

  if (document != NULL)
    gtk_window_present (GTK_WINDOW (sf_onet_dialog_new_update (user_data, document)));
}

/* The problems panel is shown or hidden for the window: the tab switched
 * to follows it. */
static void
show_problems_change_state (GSimpleAction *action,
                            GVariant      *state,
                            gpointer       user_data)
{
  SfPage *page = sf_window_get_current_page (user_data);

  g_simple_action_set_state (action, state);
  if (page != NULL)
    sf_page_set_show_problems (page, g_variant_get_boolean (state));
}

void
_sf_window_apply_show_problems (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self), "show-problems");

  if (page != NULL)
    sf_page_set_show_problems (page, g_variant_get_boolean (state));
}

static void
next_problem_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  SfWindow *self = user_data;
  SfPage *page = sf_window_get_current_page (self);
  gboolean backward = g_str_equal (g_action_get_name (G_ACTION (action)), "previous-problem");

  if (page == NULL)
    return;
  /* F8 shows the panel too, so that the author sees where the problem is
   * in the list. */
  g_action_group_change_action_state (G_ACTION_GROUP (self), "show-problems", g_variant_new_boolean (TRUE));
  if (!sf_page_next_problem (page, backward))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("No problems to go to")));
}

/* The shortcuts window is built when first asked for, not with the window
 * (see ui/sf-shortcuts-window.ui). GtkApplicationWindow keeps this action
 * once it has the overlay, and hides the overlay on close. */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  SfWindow *self = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/skillframe/Skillframe/sf-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_actions[] = {
  { "new", new_action },
  { "new-onet", new_onet_action },
  { "update-onet", update_onet_action },
  { "open", open_action },
  { "save", save_action },
  { "save-as", save_as_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "close-tab", close_tab_action },
  { "show-problems", NULL, NULL, "false", show_problems_change_state },
  { "next-problem", next_problem_action },
  { "previous-problem", next_problem_action },
  { "show-help-overlay", show_help_overlay_action },
};

void
_sf_window_actions_init (SfWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  _sf_window_search_init (self);
  _sf_window_csv_init (self);
  _sf_window_interchange_init (self);
  _sf_window_sync_init (self);
  _sf_window_update_history (self);
}
