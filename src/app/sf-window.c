/* sf-window.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-application-private.h"
#include "sf-model.h"
#include "sf-start-page.h"
#include "sf-ui-util.h"
#include "sf-window-private.h"

/**
 * SfWindow:
 *
 * A window of frameworks, one per tab (#SfPage), with the start page when
 * none is open. The header shows the current framework's occupation, its
 * file with the modified mark, and its problem counts.
 */

G_DEFINE_FINAL_TYPE (SfWindow, sf_window, ADW_TYPE_APPLICATION_WINDOW)

/* The tab of @page, if it is in this window (still, or already). */
static AdwTabPage *
tab_page_of (SfWindow *self,
             SfPage   *page)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);

      if (adw_tab_page_get_child (tab) == GTK_WIDGET (page))
        return tab;
    }
  return NULL;
}

static void
update_title (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);
  AdwTabPage *tab;

  if (page == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Skillframe"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Skillframe"));
      return;
    }

  adw_window_title_set_title (self->window_title, sf_page_get_title (page));
  adw_window_title_set_subtitle (self->window_title, sf_page_get_subtitle (page));
  gtk_window_set_title (GTK_WINDOW (self), sf_page_get_title (page));
  if ((tab = tab_page_of (self, page)) != NULL)
    {
      /* A tab's tooltip is markup; a file name is not. */
      g_autofree char *tooltip = g_markup_escape_text (sf_page_get_subtitle (page), -1);

      adw_tab_page_set_title (tab, sf_page_get_title (page));
      if (g_strcmp0 (tooltip, adw_tab_page_get_tooltip (tab)) != 0)
        adw_tab_page_set_tooltip (tab, tooltip);
    }
}

static void
update_counts (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);
  guint errors, warnings;
  g_autofree char *n_errors = NULL;
  g_autofree char *n_warnings = NULL;
  g_autofree char *errors_text = NULL;
  g_autofree char *warnings_text = NULL;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (self->problems_box, page != NULL && !sf_page_get_loading (page));
  if (page == NULL)
    return;

  errors = sf_page_get_n_errors (page);
  warnings = sf_page_get_n_warnings (page);
  n_errors = g_strdup_printf ("%u", errors);
  n_warnings = g_strdup_printf ("%u", warnings);
  gtk_label_set_label (self->errors_label, n_errors);
  gtk_label_set_label (self->warnings_label, n_warnings);

  errors_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
  warnings_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings),
                                   warnings);
  /* Translators: the problem counts in the header: "2 errors, 65 warnings" */
  label = g_strdup_printf (_("%s, %s"), errors_text, warnings_text);
  /* Called on every change of the page: setting a tooltip asks the X
   * server where the pointer is, a round trip each time. */
  if (g_strcmp0 (label, gtk_widget_get_tooltip_text (self->problems_box)) == 0)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (self->problems_box, label);
}

static void
update_tab_indicator (SfWindow *self,
                      SfPage   *page)
{
  AdwTabPage *tab = tab_page_of (self, page);

  if (tab != NULL)
    adw_tab_page_set_loading (tab, sf_page_get_loading (page));
}

static void maybe_present (SfWindow *self);

static void
page_notify_cb (SfWindow   *self,
                GParamSpec *pspec,
                SfPage     *page)
{
  if (page == sf_window_get_current_page (self))
    {
      update_title (self);
      update_counts (self);
      _sf_window_actions_update (self);
    }
  update_tab_indicator (self, page);
  /* Last: the window is styled and measured as it shows, with its header
   * and actions as they are for the framework, not again after. */
  if (g_strcmp0 (pspec->name, "loading") == 0)
    maybe_present (self);
}

static void
selected_page_cb (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  g_signal_group_set_target (self->page_signals, page);
  g_signal_group_set_target (self->document_signals, page ? sf_page_get_document (page) : NULL);
  _sf_window_apply_show_problems (self);
  update_title (self);
  update_counts (self);
  _sf_window_actions_update (self);
  _sf_window_update_history (self);
}

static void
page_document_cb (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  g_signal_group_set_target (self->document_signals, page ? sf_page_get_document (page) : NULL);
  _sf_window_update_history (self);
}

/* The tab bar hides itself while there is one tab (autohide), and shows
 * while a tab is dragged, to take it: it is made when it would first
 * show, not before the first frame of a window opened on one file. It
 * must be made before a page is attached, never while one is: it makes a
 * tab for each page of the view, then one more for the page attached. */
static void
ensure_tab_bar (SfWindow *self)
{
  if (self->tab_bar != NULL)
    return;
  self->tab_bar = ADW_TAB_BAR (adw_tab_bar_new ());
  adw_tab_bar_set_autohide (self->tab_bar, TRUE);
  adw_tab_bar_set_view (self->tab_bar, self->tab_view);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->stack))), GTK_WIDGET (self->tab_bar),
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->stack)));
  sf_ui_name_icon_buttons_later (GTK_WIDGET (self->tab_bar));
}

/* A tab dragged over the window: the bar is to take it. */
static void
transferring_cb (SfWindow *self)
{
  if (adw_tab_view_get_is_transferring_page (self->tab_view))
    ensure_tab_bar (self);
}

static void
n_pages_cb (SfWindow *self)
{
  gboolean start = adw_tab_view_get_n_pages (self->tab_view) == 0;

  /* The start page is made when it is to be seen, not before the first
   * frame of a window opened on a file. */
  if (start && gtk_stack_get_child_by_name (self->stack, "start") == NULL)
    gtk_stack_add_named (self->stack, sf_start_page_new (), "start");
  gtk_stack_set_visible_child_name (self->stack, start ? "start" : "tabs");
}

static void
load_failed_cb (SfWindow     *self,
                const GError *error,
                SfPage       *page)
{
  AdwTabPage *tab = tab_page_of (self, page);

  if (self->present_source != 0)
    {
      g_clear_handle_id (&self->present_source, g_source_remove);
      gtk_window_present (GTK_WINDOW (self));
    }

  sf_window_show_error (self, error->message);
  if (tab != NULL)
    adw_tab_view_close_page (self->tab_view, tab);
}

/* A page is followed by the window it is in: it comes by sf_window_add_page()
 * or dragged from another window's tabs, and goes to yet another. */
static void
page_attached_cb (SfWindow   *self,
                  AdwTabPage *tab)
{
  SfPage *page = SF_PAGE (adw_tab_page_get_child (tab));

  g_signal_connect_object (page, "notify", G_CALLBACK (page_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "load-failed", G_CALLBACK (load_failed_cb), self, G_CONNECT_SWAPPED);
  update_tab_indicator (self, page);
  if (self->tab_bar != NULL)
    sf_ui_name_icon_buttons_later (GTK_WIDGET (self->tab_bar));
}

/* By function: the window's signal groups also have handlers on the page. */
static void
forget_page (SfWindow  *self,
             GtkWidget *page)
{
  g_signal_handlers_disconnect_by_func (page, page_notify_cb, self);
  g_signal_handlers_disconnect_by_func (page, load_failed_cb, self);
}

static void
page_detached_cb (SfWindow   *self,
                  AdwTabPage *tab)
{
  forget_page (self, adw_tab_page_get_child (tab));
}

static void
error_bar_response_cb (SfWindow *self,
                       int       response)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

/**
 * sf_window_show_error:
 * @self: a #SfWindow
 * @message: what went wrong, and where
 *
 * Shows an error above the frameworks until the author dismisses it.
 */
void
sf_window_show_error (SfWindow   *self,
                      const char *message)
{
  g_return_if_fail (SF_IS_WINDOW (self));

  gtk_label_set_label (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

/**
 * sf_window_get_error:
 * @self: a #SfWindow
 *
 * Returns: (nullable): the error shown, if one is
 */
const char *
sf_window_get_error (SfWindow *self)
{
  g_return_val_if_fail (SF_IS_WINDOW (self), NULL);

  return gtk_info_bar_get_revealed (self->error_bar) ? gtk_label_get_label (self->error_label) : NULL;
}

void
sf_window_show_toast (SfWindow *self,
                      AdwToast *toast)
{
  g_return_if_fail (SF_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Closing a tab with unsaved changes asks first. */

typedef struct
{
  SfWindow *window;
  SfPage   *page;
} CloseData;

static void
close_data_free (CloseData *data)
{
  g_object_unref (data->window);
  g_object_unref (data->page);
  g_free (data);
}

static void
finish_close_page (SfWindow *self,
                   SfPage   *page,
                   gboolean  confirm)
{
  AdwTabPage *tab = tab_page_of (self, page);

  if (tab != NULL)
    adw_tab_view_close_page_finish (self->tab_view, tab, confirm);
}

static void
saved_then_close_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CloseData *data = user_data;

  finish_close_page (data->window, data->page,
                     sf_page_save_finish (SF_PAGE (object), result, NULL));
  close_data_free (data);
}

static AdwMessageDialog *
new_save_dialog (SfWindow *self,
                 SfPage   *page)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” has unsaved changes. Changes which are not saved "
                                            "will be permanently lost."), sf_page_get_title (page));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
close_page_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        CloseData        *data)
{
  if (g_str_equal (response, "save"))
    {
      sf_page_save_async (data->page, FALSE, NULL, saved_then_close_cb, data);
      return;
    }
  if (g_str_equal (response, "discard"))
    sf_page_discard_changes (data->page);
  finish_close_page (data->window, data->page, g_str_equal (response, "discard"));
  close_data_free (data);
}

static gboolean
close_page_cb (SfWindow   *self,
               AdwTabPage *tab)
{
  SfPage *page = SF_PAGE (adw_tab_page_get_child (tab));
  AdwMessageDialog *dialog;
  CloseData *data;

  if (!sf_page_get_modified (page))
    {
      sf_page_discard_changes (page);
      adw_tab_view_close_page_finish (self->tab_view, tab, TRUE);
      return GDK_EVENT_STOP;
    }

  data = g_new0 (CloseData, 1);
  data->window = g_object_ref (self);
  data->page = g_object_ref (page);
  dialog = new_save_dialog (self, page);
  g_signal_connect (dialog, "response", G_CALLBACK (close_page_response_cb), data);
  sf_ui_present_dialog (dialog);
  return GDK_EVENT_STOP;
}

void
_sf_window_close_page (SfWindow *self,
                       SfPage   *page)
{
  AdwTabPage *tab = tab_page_of (self, page);

  if (tab != NULL)
    adw_tab_view_close_page (self->tab_view, tab);
}

static AdwTabView *
create_window_cb (SfWindow *self)
{
  SfApplication *app = SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  SfWindow *window = sf_application_new_window (app);

  gtk_window_present (GTK_WINDOW (window));
  return window->tab_view;
}

/* Closing the window asks about each modified framework in turn. */

static void ask_next (GTask *task);

static void
window_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  if (!sf_page_save_finish (SF_PAGE (object), result, NULL))
    {
      /* The page says why; the window stays. */
      SF_WINDOW (g_task_get_source_object (task))->closing = FALSE;
      g_task_return_boolean (task, FALSE);
      return;
    }
  ask_next (g_steal_pointer (&task));
}

static void
window_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GTask            *task)
{
  SfWindow *self = g_task_get_source_object (task);
  GPtrArray *pages = g_task_get_task_data (task);
  SfPage *page = g_ptr_array_steal_index (pages, 0);

  if (g_str_equal (response, "save"))
    sf_page_save_async (page, FALSE, NULL, window_saved_cb, task);
  else if (g_str_equal (response, "discard"))
    {
      sf_page_discard_changes (page);
      ask_next (task);
    }
  else
    {
      self->closing = FALSE;
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
  g_object_unref (page);
}

/* Every framework was saved or discarded. Not from the last dialog's
 * response: the dialog is still alive then, and a window finalized under
 * its transient dialog is touched again when the dialog goes. */
static gboolean
finish_close_cb (gpointer data)
{
  GTask *task = data;
  SfWindow *self = g_task_get_source_object (task);

  for (guint i = adw_tab_view_get_n_pages (self->tab_view); i > 0; i--)
    sf_page_discard_changes (SF_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i - 1))));
  gtk_window_destroy (GTK_WINDOW (self));
  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static void
ask_next (GTask *task)
{
  SfWindow *self = g_task_get_source_object (task);
  GPtrArray *pages = g_task_get_task_data (task);
  AdwMessageDialog *dialog;
  SfPage *page;

  while (pages->len > 0 && !sf_page_get_modified (g_ptr_array_index (pages, 0)))
    g_ptr_array_remove_index (pages, 0);

  if (pages->len == 0)
    {
      g_idle_add_full (G_PRIORITY_DEFAULT, finish_close_cb, task, g_object_unref);
      return;
    }

  page = g_ptr_array_index (pages, 0);
  sf_window_set_current_page (self, page);
  dialog = new_save_dialog (self, page);
  g_signal_connect (dialog, "response", G_CALLBACK (window_response_cb), task);
  sf_ui_present_dialog (dialog);
}

/**
 * sf_window_close_async:
 * @self: a #SfWindow
 * @callback: called when the window closed or the author cancelled
 * @user_data: data for @callback
 *
 * Closes the window after asking, for each framework with unsaved changes,
 * whether to save it, discard its changes, or cancel.
 */
void
sf_window_close_async (SfWindow            *self,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task;
  GPtrArray *pages;

  g_return_if_fail (SF_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, sf_window_close_async);
  pages = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    g_ptr_array_add (pages, g_object_ref (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i))));
  g_task_set_task_data (task, pages, (GDestroyNotify) g_ptr_array_unref);
  self->closing = TRUE;
  ask_next (task);
}

gboolean
sf_window_close_finish (SfWindow     *self,
                        GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

static gboolean
sf_window_close_request (GtkWindow *window)
{
  SfWindow *self = SF_WINDOW (window);

  if (self->closing)
    return GDK_EVENT_STOP;
  sf_window_close_async (self, NULL, NULL);
  return GDK_EVENT_STOP;
}

/* Opening */

/**
 * sf_window_find_page:
 * @self: a #SfWindow
 * @file: a file
 *
 * Returns: (transfer none) (nullable): the tab that holds @file
 */
SfPage *
sf_window_find_page (SfWindow *self,
                     GFile    *file)
{
  g_return_val_if_fail (SF_IS_WINDOW (self), NULL);

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      SfPage *page = SF_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i)));
      GFile *other = sf_page_get_file (page);

      if (other != NULL && g_file_equal (other, file))
        return page;
    }
  return NULL;
}

/**
 * sf_window_add_page:
 * @self: a #SfWindow
 * @page: a page not in a window yet
 *
 * Adds @page as a new tab, and shows it.
 */
void
sf_window_add_page (SfWindow *self,
                    SfPage   *page)
{
  AdwTabPage *tab;

  g_return_if_fail (SF_IS_WINDOW (self));
  g_return_if_fail (SF_IS_PAGE (page));

  if (adw_tab_view_get_n_pages (self->tab_view) > 0)
    ensure_tab_bar (self);
  tab = adw_tab_view_append (self->tab_view, GTK_WIDGET (page));
  adw_tab_page_set_title (tab, sf_page_get_title (page));
  adw_tab_view_set_selected_page (self->tab_view, tab);
}

void
sf_window_set_current_page (SfWindow *self,
                            SfPage   *page)
{
  AdwTabPage *tab = tab_page_of (self, page);

  if (tab != NULL)
    adw_tab_view_set_selected_page (self->tab_view, tab);
}

/**
 * sf_window_get_current_page:
 * @self: a #SfWindow
 *
 * Returns: (transfer none) (nullable): the framework shown
 */
SfPage *
sf_window_get_current_page (SfWindow *self)
{
  AdwTabPage *tab;

  g_return_val_if_fail (SF_IS_WINDOW (self), NULL);

  tab = adw_tab_view_get_selected_page (self->tab_view);
  return tab ? SF_PAGE (adw_tab_page_get_child (tab)) : NULL;
}

static gboolean
add_recent_cb (gpointer data)
{
  g_autofree char *uri = g_file_get_uri (data);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  return G_SOURCE_REMOVE;
}

/* After the first frame: the recent manager reads the list of recent
 * files and watches it when it is first asked for (~1 ms). */
static void
add_recent (GFile *file)
{
  g_idle_add_full (G_PRIORITY_LOW, add_recent_cb, g_object_ref (file), g_object_unref);
}

/**
 * sf_window_open_file:
 * @self: a #SfWindow
 * @file: a framework file
 *
 * Opens @file in a new tab, or shows the tab, in any window, that has it
 * open already. A file that cannot be read says why in the window.
 */
void
sf_window_open_file (SfWindow *self,
                     GFile    *file)
{
  SfApplication *app = SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  SfPage *page;

  g_return_if_fail (SF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((page = sf_application_find_page (app, file)) != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

      sf_window_set_current_page (SF_WINDOW (root), page);
      gtk_window_present (GTK_WINDOW (root));
      return;
    }

  sf_window_open_page (self, sf_page_new_for_file (file));
}

/**
 * sf_window_open_page:
 * @self: a #SfWindow
 * @page: a page made by sf_page_new_for_file(), of a file open nowhere yet
 *   (sf_window_open_file() looks first)
 *
 * Shows @page in a new tab and counts its file among the recent ones.
 */
void
sf_window_open_page (SfWindow *self,
                     SfPage   *page)
{
  g_return_if_fail (SF_IS_WINDOW (self));
  g_return_if_fail (SF_IS_PAGE (page));
  g_return_if_fail (sf_page_get_file (page) != NULL);

  add_recent (sf_page_get_file (page));
  sf_window_add_page (self, page);
}

static gboolean
present_timeout_cb (gpointer data)
{
  SfWindow *self = data;

  self->present_source = 0;
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
maybe_present (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  if (self->present_source != 0 && (page == NULL || !sf_page_get_loading (page)))
    {
      g_clear_handle_id (&self->present_source, g_source_remove);
      gtk_window_present (GTK_WINDOW (self));
    }
}

/**
 * sf_window_present_when_loaded:
 * @self: a #SfWindow, not shown yet
 *
 * Shows the window once its current framework is loaded (or could not be),
 * or after a moment if loading takes long: its first frame then shows the
 * framework, and it is laid out once.
 */
void
sf_window_present_when_loaded (SfWindow *self)
{
  g_return_if_fail (SF_IS_WINDOW (self));

  if (self->present_source != 0)
    return;
  self->present_source = g_timeout_add (300, present_timeout_cb, self);
  maybe_present (self);
}

/**
 * sf_window_offer_draft:
 * @self: a #SfWindow
 * @draft: unsaved work from an earlier session
 *
 * Opens the framework @draft belongs to (or a new one for a draft of a
 * framework never saved) with a banner that offers to restore it.
 */
void
sf_window_offer_draft (SfWindow      *self,
                       const SfDraft *draft)
{
  SfApplication *app = SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  SfPage *page = NULL;

  g_return_if_fail (SF_IS_WINDOW (self));

  if (draft->file != NULL && g_file_query_exists (draft->file, NULL))
    {
      if ((page = sf_application_find_page (app, draft->file)) == NULL)
        {
          page = sf_page_new_for_file (draft->file);
          sf_window_add_page (self, page);
        }
    }
  else
    {
      g_autoptr(SfFramework) empty = sf_framework_new_empty ();

      page = sf_page_new_for_framework (empty);
      sf_window_add_page (self, page);
    }
  sf_page_attach_draft (page, draft);
}

static gboolean
first_n_pages_cb (SfWindow *self)
{
  n_pages_cb (self);
  return G_SOURCE_REMOVE;
}

/* Files dropped on the window */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SfWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    sf_window_open_file (self, l->data);
  return files != NULL;
}

/* The main menu's popover is built when it is first opened (by a click, F10
 * or a screen reader), not before the window's first frame: its ~130
 * widgets were a fifth of those the editor built at start-up. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  SfWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
sf_window_dispose (GObject *object)
{
  SfWindow *self = SF_WINDOW (object);

  g_clear_handle_id (&self->present_source, g_source_remove);
  /* The tabs go with the template: the window hears nothing of them. */
  if (self->tab_view != NULL)
    {
      for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
        forget_page (self, adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i)));
      g_signal_handlers_disconnect_by_data (self->tab_view, self);
    }
  g_clear_object (&self->page_signals);
  g_clear_object (&self->document_signals);
  _sf_window_sync_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_WINDOW);
  self->tab_bar = NULL;

  G_OBJECT_CLASS (sf_window_parent_class)->dispose (object);
}

static void
sf_window_realize (GtkWidget *widget)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (widget));

  /* Before the parent's realize: it may measure the window already. */
  if (SF_IS_APPLICATION (app))
    _sf_application_prepare_window (SF_APPLICATION (app), GTK_WINDOW (widget));

  GTK_WIDGET_CLASS (sf_window_parent_class)->realize (widget);
}

static void
sf_window_class_init (SfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sf_window_dispose;
  widget_class->realize = sf_window_realize;
  window_class->close_request = sf_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, errors_label);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, tab_view);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, history_section);
  gtk_widget_class_bind_template_callback (widget_class, error_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, n_pages_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_window_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_attached_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_detached_cb);

  g_type_ensure (SF_TYPE_PAGE);
}

static void
sf_window_init (SfWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);
  sf_ui_add_bar_button (self->error_bar, _("_Dismiss"), GTK_RESPONSE_CLOSE);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->page_signals = g_signal_group_new (SF_TYPE_PAGE);
  g_signal_group_connect_swapped (self->page_signals, "notify::document", G_CALLBACK (page_document_cb), self);
  self->document_signals = g_signal_group_new (SF_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (_sf_window_update_history), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::can-undo",
                                  G_CALLBACK (_sf_window_update_history), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::can-redo",
                                  G_CALLBACK (_sf_window_update_history), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (_sf_window_sync_document_changed), self);

  g_signal_connect_object (self->tab_view, "notify::is-transferring-page", G_CALLBACK (transferring_cb), self,
                           G_CONNECT_SWAPPED);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  _sf_window_actions_init (self);
  /* Opening files comes right after: the start page may never show. An
   * empty tab view costs nothing to show meanwhile. */
  g_idle_add_full (G_PRIORITY_LOW, (GSourceFunc) first_n_pages_cb, g_object_ref (self), g_object_unref);
  update_title (self);
}

/**
 * sf_window_new:
 * @application: the editor
 *
 * Returns: (transfer none): a new window, owned by @application
 */
SfWindow *
sf_window_new (SfApplication *application)
{
  SfWindow *self = g_object_new (SF_TYPE_WINDOW, "application", application, NULL);

  _sf_window_sync_realize (self);
  return self;
}
