/* sf-window-interchange.c: File → Export… and File → Import CASE Package…
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: the format (the core's table, sf-export.h), a question before a
 * framework with validation errors is published, then the file. The
 * framework is written out in its canonical form on the main thread (a few
 * milliseconds) and exported and saved from that copy in a worker thread,
 * so that the author can go on editing. CSV offers its byte-order mark in
 * the same dialog: there is one way to export. Import: a CASE package read in a
 * worker thread becomes a new, unsaved tab.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-case.h"
#include "sf-export.h"
#include "sf-format.h"
#include "sf-problem.h"
#include "sf-ui-util.h"
#include "sf-window-private.h"

/* How many errors the question before a publication names. */
#define ERRORS_SHOWN 3

typedef struct
{
  GBytes               *canonical;
  GFile                *source;    /* the document's file, if saved and unmodified */
  GFile                *file;
  const SfExportFormat *format;
  gboolean              bom;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->canonical, g_bytes_unref);
  g_clear_object (&data->source);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  SfExportOptions options = { NULL };

  options.bom = data->bom;

  framework = sf_format_read (g_bytes_get_data (data->canonical, NULL), g_bytes_get_size (data->canonical),
                              "", NULL, &error);
  if (framework == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* A saved framework is dated by its file, as the tool dates it; one with
   * changes not saved yet, now. */
  if (data->source != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (data->source, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);

      if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
        date = g_date_time_new_from_unix_utc (g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
    }
  options.last_change = date;

  bytes = data->format->export (framework, &options, &error);
  if (bytes == NULL ||
      !sf_format_save_bytes (data->file, bytes, FALSE, NULL, NULL, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SfWindow *self = SF_WINDOW (object);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (data->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not export the framework to “%s”: %s"),
                                                  name, error->message);

      sf_window_show_error (self, message);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (_("Exported to “%s”"), name);
    g_autofree char *escaped = g_markup_escape_text (text, -1);

    sf_window_show_toast (self, adw_toast_new (escaped));
  }
}

/**
 * sf_window_export_to:
 * @self: a window
 * @format_name: an export format's name, such as `"case"`
 * @bom: for CSV, whether to begin with a byte-order mark, so that
 *   spreadsheet programs read the file as UTF-8
 * @file: where to write
 *
 * Exports the current framework as it is now to @file, in the background;
 * a toast says when it is done, the error bar why it failed. The question
 * about validation errors is the caller's (the Export dialog asks it).
 */
void
sf_window_export_to (SfWindow   *self,
                     const char *format_name,
                     gboolean    bom,
                     GFile      *file)
{
  SfPage *page = sf_window_get_current_page (self);
  SfDocument *document = page != NULL ? sf_page_get_document (page) : NULL;
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (SF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (document == NULL || sf_export_find_format (format_name) == NULL)
    return;
  data = g_new0 (ExportData, 1);
  data->canonical = sf_format_write (sf_document_get_framework (document));
  if (sf_document_get_file (document) != NULL && !sf_document_get_modified (document))
    data->source = g_object_ref (sf_document_get_file (document));
  data->file = g_object_ref (file);
  data->format = sf_export_find_format (format_name);
  data->bom = bom;

  task = g_task_new (self, NULL, exported_cb, NULL);
  g_task_set_source_tag (task, sf_window_export_to);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

typedef struct
{
  SfWindow             *window;
  const SfExportFormat *format;
  GtkWidget            *format_row;
  GtkWidget            *bom_row;
  GtkWidget            *bom_switch;
  gboolean              bom;
} ExportDialog;

static void
export_dialog_free (ExportDialog *dialog)
{
  g_clear_object (&dialog->window);
  g_free (dialog);
}

static gboolean
is_csv (const SfExportFormat *format)
{
  return g_str_equal (format->name, "csv");
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ExportDialog    *dialog)
{
  if (response == GTK_RESPONSE_ACCEPT && gtk_window_get_application (GTK_WINDOW (dialog->window)) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        sf_window_export_to (dialog->window, dialog->format->name, dialog->bom, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  export_dialog_free (dialog);
}

static void
choose_file (ExportDialog *dialog)
{
  SfPage *page = sf_window_get_current_page (dialog->window);
  SfDocument *document = page != NULL ? sf_page_get_document (page) : NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (document == NULL)
    {
      export_dialog_free (dialog);
      return;
    }
  if (sf_document_get_file (document) != NULL)
    {
      base = g_file_get_basename (sf_document_get_file (document));
      if (g_str_has_suffix (base, ".skillframe.json"))
        base[strlen (base) - strlen (".skillframe.json")] = '\0';
      else if (g_str_has_suffix (base, ".json"))
        base[strlen (base) - strlen (".json")] = '\0';
    }
  else
    base = g_strdup (sf_framework_get_id (sf_document_get_framework (document)));
  name = g_strconcat (base, dialog->format->suffix, NULL);

  chooser = gtk_file_chooser_native_new (_("Export Framework"), GTK_WINDOW (dialog->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _(dialog->format->title));
  gtk_file_filter_add_mime_type (filter, dialog->format->mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
errors_response_cb (AdwMessageDialog *message,
                    const char       *response,
                    ExportDialog     *dialog)
{
  if (g_str_equal (response, "export"))
    choose_file (dialog);
  else
    export_dialog_free (dialog);
}

/* A framework with validation errors is not for publication: the author is
 * asked first, with the errors named. */
static void
ask_about_errors (ExportDialog *dialog,
                  GPtrArray    *errors)
{
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *message;
  g_autofree char *heading = NULL;

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Export With %u Error?", "Export With %u Errors?",
                                          errors->len), errors->len);
  g_string_append (body, _("A framework with validation errors should not be published. Fix them first, "
                           "or export it anyway:"));
  for (guint i = 0; i < MIN (errors->len, ERRORS_SHOWN); i++)
    g_string_append_printf (body, "\n• %s", sf_problem_get_message (g_ptr_array_index (errors, i)));
  if (errors->len > ERRORS_SHOWN)
    g_string_append_printf (body, "\n%s", _("…"));

  message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (dialog->window), heading, body->str));
  adw_message_dialog_add_responses (message, "cancel", _("_Cancel"), "export", _("Export _Anyway"), NULL);
  adw_message_dialog_set_response_appearance (message, "export", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (message, "cancel");
  adw_message_dialog_set_close_response (message, "cancel");
  g_signal_connect (message, "response", G_CALLBACK (errors_response_cb), dialog);
  sf_ui_present_dialog (message);
}

static void
format_response_cb (AdwMessageDialog *message,
                    const char       *response,
                    ExportDialog     *dialog)
{
  SfPage *page = sf_window_get_current_page (dialog->window);
  guint n_formats;
  const SfExportFormat *formats = sf_export_get_formats (&n_formats);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (dialog->format_row));

  if (!g_str_equal (response, "export") || page == NULL || selected >= n_formats)
    {
      export_dialog_free (dialog);
      return;
    }
  dialog->format = &formats[selected];
  dialog->bom = is_csv (dialog->format) && gtk_switch_get_active (GTK_SWITCH (dialog->bom_switch));

  if (dialog->format->refuse_errors)
    {
      SfFramework *framework = sf_document_get_framework (sf_page_get_document (page));
      g_autoptr(GPtrArray) errors = sf_export_dup_problems (framework, SF_SEVERITY_ERROR);

      if (errors->len > 0)
        {
          ask_about_errors (dialog, errors);
          return;
        }
    }
  choose_file (dialog);
}

/* The byte-order mark is a choice of CSV's only. */
static void
format_selected_cb (AdwComboRow  *row,
                    GParamSpec   *pspec,
                    ExportDialog *dialog)
{
  guint n_formats;
  const SfExportFormat *formats = sf_export_get_formats (&n_formats);
  guint selected = adw_combo_row_get_selected (row);

  gtk_widget_set_visible (dialog->bom_row, selected < n_formats && is_csv (&formats[selected]));
}

void
_sf_window_export (SfWindow *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  const SfExportFormat *formats;
  AdwMessageDialog *message;
  ExportDialog *dialog;
  GtkWidget *list;
  guint n_formats;

  if (sf_window_get_current_page (self) == NULL)
    return;

  formats = sf_export_get_formats (&n_formats);
  for (guint i = 0; i < n_formats; i++)
    gtk_string_list_append (titles, _(formats[i].title));

  dialog = g_new0 (ExportDialog, 1);
  dialog->window = g_object_ref (self);
  dialog->format_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->format_row), _("Format"));
  adw_combo_row_set_model (ADW_COMBO_ROW (dialog->format_row), G_LIST_MODEL (titles));

  /* Spreadsheet programs take a file without a mark for their local
   * charset. */
  dialog->bom_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (dialog->bom_switch), TRUE);
  gtk_widget_set_valign (dialog->bom_switch, GTK_ALIGN_CENTER);
  dialog->bom_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->bom_row), _("Mark as UTF-8"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (dialog->bom_row),
                               _("Begins the sheet with a byte-order mark, so that spreadsheet programs "
                                 "open it right"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (dialog->bom_row), dialog->bom_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (dialog->bom_row), dialog->bom_switch);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->bom_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mark as UTF-8"), -1);
  gtk_widget_set_visible (dialog->bom_row, FALSE);
  g_signal_connect (dialog->format_row, "notify::selected", G_CALLBACK (format_selected_cb), dialog);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), dialog->format_row);
  gtk_list_box_append (GTK_LIST_BOX (list), dialog->bom_row);

  message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Export Framework"),
                                                        _("Publication JSON is what a publication "
                                                          "page is made of; a CASE 1.1 package loads "
                                                          "into systems that exchange competency "
                                                          "frameworks; a CSV sheet, one row per "
                                                          "statement, opens in spreadsheet programs "
                                                          "and imports back with File → Import CSV…")));
  adw_message_dialog_set_extra_child (message, list);
  adw_message_dialog_add_responses (message, "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (message, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message, "export");
  adw_message_dialog_set_close_response (message, "cancel");
  g_signal_connect (message, "response", G_CALLBACK (format_response_cb), dialog);
  sf_ui_present_dialog (message);
}

/* Import */

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  SfFramework *framework = sf_case_import_file (task_data, cancellable, &error);

  if (framework == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, framework, g_object_unref);
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SfWindow *self = SF_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = g_task_propagate_pointer (G_TASK (result), &error);

  if (framework == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not import the CASE package: %s"), error->message);

      sf_window_show_error (self, message);
      return;
    }
  sf_window_add_page (self, sf_page_new_for_framework (framework));
}

/**
 * sf_window_import_case:
 * @self: a window
 * @file: a CASE 1.0 or 1.1 package
 *
 * Imports @file in the background and opens the framework in a new tab, not
 * saved yet; the error bar names what is wrong with a package that cannot
 * be imported.
 */
void
sf_window_import_case (SfWindow *self,
                       GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, imported_cb, NULL);
  g_task_set_source_tag (task, sf_window_import_case);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        sf_window_import_case (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
_sf_window_import_case (SfWindow *self)
{
  g_autoptr(GtkFileFilter) packages = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import CASE Package"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (packages, _("CASE Packages"));
  gtk_file_filter_add_pattern (packages, "*.json");
  gtk_file_filter_add_mime_type (packages, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), packages);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), packages);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_data (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  _sf_window_export (user_data);
}

static void
import_case_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  _sf_window_import_case (user_data);
}

static const GActionEntry interchange_actions[] = {
  { "export", export_action },
  { "import-case", import_case_action },
};

void
_sf_window_interchange_init (SfWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), interchange_actions, G_N_ELEMENTS (interchange_actions),
                                   self);
}
