/* sf-window-csv.c: File → Import CSV… (CSV export is File → Export…)
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import reads the sheet, builds the new framework (sf_csv_import())
 * and shows the changes, counted by kind and listed, before anything
 * happens; "Import" brings them in through sf_document_replace(), one
 * undoable step. A bad sheet gets its lines in a dialog, and nothing is
 * applied.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-csv.h"
#include "sf-format.h"
#include "sf-semantic-diff.h"
#include "sf-ui-util.h"
#include "sf-window-private.h"

static SfDocument *
current_document (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  return page ? sf_page_get_document (page) : NULL;
}

static void
toast (SfWindow   *self,
       const char *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
add_csv_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) sheets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (sheets, _("CSV Spreadsheets"));
  gtk_file_filter_add_pattern (sheets, "*.csv");
  gtk_file_filter_add_mime_type (sheets, "text/csv");
  gtk_file_chooser_add_filter (chooser, sheets);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, sheets);
}

/* Import */

typedef struct
{
  SfWindow    *window;
  SfDocument  *document;
  char        *name;
  char        *data;
  gsize        length;
  SfFramework *result;
  GPtrArray   *changes;
  GtkLabel    *list;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->document);
  g_clear_object (&data->result);
  g_clear_pointer (&data->changes, g_ptr_array_unref);
  g_free (data->name);
  g_free (data->data);
  g_free (data);
}

/* Builds the new framework from the document's current one. */
static gboolean
import_compute (ImportData  *data,
                gboolean     delete_missing,
                GError     **error)
{
  SfFramework *framework = sf_document_get_framework (data->document);
  g_autoptr(SfFramework) result = NULL;

  result = sf_csv_import (framework, data->data, data->length, data->name,
                          delete_missing ? SF_CSV_DELETE_MISSING : SF_CSV_NONE, error);
  if (result == NULL)
    return FALSE;
  g_set_object (&data->result, result);
  g_clear_pointer (&data->changes, g_ptr_array_unref);
  data->changes = sf_semantic_diff (framework, result);
  return TRUE;
}

static void
import_show_changes (ImportData       *data,
                     AdwMessageDialog *dialog)
{
  g_autofree char *summary = sf_semantic_diff_summary (data->changes);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < data->changes->len; i++)
    {
      g_autofree char *line = sf_semantic_change_describe (g_ptr_array_index (data->changes, i));

      if (i > 0)
        g_string_append_c (list, '\n');
      g_string_append (list, line);
    }
  adw_message_dialog_format_body (dialog, _("The sheet “%s” makes these changes: %s."), data->name,
                                  summary);
  gtk_label_set_text (data->list, list->str);
  adw_message_dialog_set_response_enabled (dialog, "import", data->changes->len > 0);
}

static void
delete_toggled_cb (GtkCheckButton *check,
                   ImportData     *data)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_MESSAGE_DIALOG);

  /* The same sheet with another flag: it was accepted once, it is again. */
  if (import_compute (data, gtk_check_button_get_active (check), NULL))
    import_show_changes (data, ADW_MESSAGE_DIALOG (dialog));
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ImportData       *data)
{
  if (g_strcmp0 (response, "import") == 0 && data->result != NULL &&
      data->document == current_document (data->window))
    {
      g_autofree char *summary = sf_semantic_diff_summary (data->changes);
      g_autofree char *message = g_strdup_printf (_("Imported: %s"), summary);

      sf_document_replace (data->document, data->result, _("Import CSV"));
      toast (data->window, message);
    }
}

static void
show_import_error (SfWindow     *self,
                   const char   *name,
                   const GError *error)
{
  AdwMessageDialog *dialog;
  g_autofree char *heading = g_strdup_printf (_("Cannot Import “%s”"), name);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  adw_message_dialog_format_body (dialog, "%s\n\n%s", error->message, _("Nothing was changed."));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  sf_ui_present_dialog (dialog);
}

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ImportData *data = user_data;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *check, *scrolled, *label;

  if (!g_file_load_contents_finish (G_FILE (object), result, &data->data, &data->length, NULL, &error) ||
      gtk_window_get_application (GTK_WINDOW (data->window)) == NULL ||
      data->document != current_document (data->window) ||
      !import_compute (data, FALSE, &error))
    {
      if (error != NULL && gtk_window_get_application (GTK_WINDOW (data->window)) != NULL)
        show_import_error (data->window, data->name, error);
      import_data_free (data);
      return;
    }

  if (data->changes->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” changes nothing"), data->name);

      toast (data->window, message);
      import_data_free (data);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (data->window), _("Import CSV?"), NULL));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  check = gtk_check_button_new_with_mnemonic (_("_Delete statements that have no row in the sheet"));
  label = gtk_label_new (NULL);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Changes"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_extra_child (dialog, box);
  data->list = GTK_LABEL (label);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  adw_message_dialog_set_close_response (dialog, "cancel");
  import_show_changes (data, dialog);

  g_signal_connect (check, "toggled", G_CALLBACK (delete_toggled_cb), data);
  g_signal_connect_data (dialog, "response", G_CALLBACK (import_response_cb), data,
                         (GClosureNotify) (void (*) (void)) import_data_free, 0);
  sf_ui_present_dialog (dialog);
}

/**
 * _sf_window_import_csv_file:
 * @self: a #SfWindow
 * @file: the sheet
 *
 * Reads @file and shows the changes it makes to the current framework, to
 * import them as one undoable step; or the lines it cannot apply.
 */
void
_sf_window_import_csv_file (SfWindow *self,
                            GFile    *file)
{
  SfDocument *document = current_document (self);
  ImportData *data;

  if (document == NULL)
    return;
  data = g_new0 (ImportData, 1);
  data->window = g_object_ref (self);
  data->document = g_object_ref (document);
  data->name = g_file_get_basename (file);
  g_file_load_contents_async (file, NULL, import_loaded_cb, data);
}

static void
import_response_file_cb (GtkNativeDialog *dialog,
                         int              response,
                         SfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      _sf_window_import_csv_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_csv_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  SfWindow *self = user_data;
  GtkFileChooserNative *dialog;

  if (current_document (self) == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Import CSV"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_csv_filters (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (import_response_file_cb), g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const GActionEntry csv_actions[] = {
  { "import-csv", import_csv_action },
};

void
_sf_window_csv_init (SfWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), csv_actions, G_N_ELEMENTS (csv_actions), self);
}

void
_sf_window_csv_update (SfWindow *self)
{
  gboolean enabled = current_document (self) != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (csv_actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                              csv_actions[i].name)),
                                 enabled);
}
