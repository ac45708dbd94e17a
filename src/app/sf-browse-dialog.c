/* sf-browse-dialog.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sf-browse-dialog.h"
#include "sf-sync.h"
#include "sf-sync-secret.h"
#include "sf-ui-util.h"

/**
 * SfBrowseDialog:
 *
 * The frameworks on the sync server, listed with one request (their title,
 * code, version and status travel as properties: none is downloaded to be
 * listed), with a search over title, code and name. Opening one downloads
 * it into the folder for frameworks from the server, or brings the copy
 * already there up to date, and opens it in the window.
 */
struct _SfBrowseDialog
{
  AdwWindow     parent_instance;

  SfWindow     *window;
  GSettings    *settings;
  SfSyncClient *client;
  GtkListBox   *list;
  GtkSearchEntry *search;
  GtkLabel     *status_label;
  GCancellable *cancellable;
  GPtrArray    *rows;
  char         *filter;
};

G_DEFINE_FINAL_TYPE (SfBrowseDialog, sf_browse_dialog, ADW_TYPE_WINDOW)

static void
set_status (SfBrowseDialog *self,
            const char     *text)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  SfBrowseDialog *self = user_data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");

  return self->filter == NULL || *self->filter == '\0' || strstr (haystack, self->filter) != NULL;
}

static void
search_changed_cb (SfBrowseDialog *self)
{
  g_free (self->filter);
  self->filter = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search)), -1);
  gtk_list_box_invalidate_filter (self->list);
}

static GFile *
download_folder (SfBrowseDialog *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "sync-folder");

  if (*path == '\0')
    return g_file_new_build_filename (g_get_home_dir (), "Skillframe", NULL);
  return g_file_new_for_path (path);
}

typedef struct
{
  SfBrowseDialog *self;
  GFile          *file;
} Open;

static void
pulled_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Open *open = user_data;
  SfBrowseDialog *self = open->self;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = sf_sync_run_finish (SF_SYNC (object), result, &error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      SfSyncItem *item = items != NULL && items->len > 0 ? g_ptr_array_index (items, 0) : NULL;

      if (items == NULL)
        set_status (self, error->message);
      else if (item != NULL && item->error != NULL)
        set_status (self, item->error->message);
      else
        {
          sf_window_open_file (self->window, open->file);
          gtk_window_destroy (GTK_WINDOW (self));
        }
    }
  g_object_unref (open->self);
  g_object_unref (open->file);
  g_free (open);
}

/**
 * sf_browse_dialog_open:
 * @self: a #SfBrowseDialog
 * @name: a framework's name on the server
 *
 * Downloads @name (or updates the local copy) and opens it, as activating
 * its row does.
 *
 * Returns: whether the download started
 */
gboolean
sf_browse_dialog_open (SfBrowseDialog *self,
                       const char     *name)
{
  g_autoptr(GFile) folder = download_folder (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfSync) sync = NULL;
  g_autofree char *text = NULL;
  Open *open;

  g_return_val_if_fail (SF_IS_BROWSE_DIALOG (self), FALSE);

  if (self->client == NULL)
    return FALSE;
  if (!g_file_make_directory_with_parents (folder, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      set_status (self, error->message);
      return FALSE;
    }
  sync = sf_sync_new (self->client, folder);
  open = g_new0 (Open, 1);
  open->self = g_object_ref (self);
  open->file = g_file_get_child (folder, name);
  sf_sync_add_file (sync, open->file);
  text = g_strdup_printf (_("Downloading %s…"), name);
  set_status (self, text);
  sf_sync_run_async (sync, SF_SYNC_MODE_PULL, self->cancellable, pulled_cb, open);
  return TRUE;
}

static void
row_activated_cb (SfBrowseDialog *self,
                  GtkListBoxRow  *row)
{
  sf_browse_dialog_open (self, g_object_get_data (G_OBJECT (row), "name"));
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  const SfSyncResource *x = *(SfSyncResource **) a;
  const SfSyncResource *y = *(SfSyncResource **) b;

  return g_utf8_collate (x->title != NULL ? x->title : x->name, y->title != NULL ? y->title : y->name);
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SfBrowseDialog) self = user_data;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  members = sf_sync_client_list_finish (SF_SYNC_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (members == NULL)
    {
      set_status (self, error->message);
      return;
    }
  g_ptr_array_sort (members, compare_titles);
  for (guint i = 0; i < members->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (members, i);
      GtkWidget *row;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *changed = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *haystack = NULL;

      if (r->name[0] == '.' || !g_str_has_suffix (r->name, ".json"))
        continue;
      if (r->last_modified != 0)
        {
          when = g_date_time_new_from_unix_local (r->last_modified);
          changed = g_date_time_format (when, "%x %X");
        }
      /* Translators: code · version · status · last change */
      subtitle = g_strdup_printf (_("%s · %s · %s · changed %s"),
                                  r->code != NULL ? r->code : "—",
                                  r->version != NULL ? r->version : "—",
                                  r->status != NULL ? r->status : "—",
                                  changed != NULL ? changed : "—");
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), r->title != NULL ? r->title : r->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      haystack = g_strjoin (" ", r->title != NULL ? r->title : "", r->code != NULL ? r->code : "", r->name, NULL);
      g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);
      g_object_set_data_full (G_OBJECT (row), "name", g_strdup (r->name), g_free);
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }
  if (self->rows->len == 0)
    set_status (self, _("No frameworks on the server yet."));
  else
    set_status (self, NULL);
}

static void
password_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SfBrowseDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  char *password = sf_sync_secret_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  sf_sync_client_set_password (self->client, password);
  if (password != NULL)
    {
      memset (password, 0, strlen (password));
      g_free (password);
    }
  sf_sync_client_list_async (self->client, self->cancellable, listed_cb, g_object_ref (self));
}

static void
sf_browse_dialog_dispose (GObject *object)
{
  SfBrowseDialog *self = (SfBrowseDialog *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->filter, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_BROWSE_DIALOG);

  G_OBJECT_CLASS (sf_browse_dialog_parent_class)->dispose (object);
}

static void
sf_browse_dialog_class_init (SfBrowseDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_browse_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-browse-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfBrowseDialog, search);
  gtk_widget_class_bind_template_child (widget_class, SfBrowseDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, SfBrowseDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
sf_browse_dialog_init (SfBrowseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_func, self, NULL);
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
}

/**
 * sf_browse_dialog_new:
 * @window: the window to open frameworks in
 * @settings: the editor's settings, with the server
 *
 * Returns: (transfer none): the dialog, listing the server
 */
SfBrowseDialog *
sf_browse_dialog_new (SfWindow  *window,
                      GSettings *settings)
{
  SfBrowseDialog *self;
  g_autofree char *url = g_settings_get_string (settings, "sync-url");
  g_autofree char *user = g_settings_get_string (settings, "sync-user");
  g_autofree char *ca = g_settings_get_string (settings, "sync-ca-file");
  g_autoptr(GError) error = NULL;

  self = g_object_new (SF_TYPE_BROWSE_DIALOG, "transient-for", window, NULL);
  self->window = window;
  self->settings = g_object_ref (settings);

  self->client = sf_sync_client_new (url, user, &error);
  if (self->client == NULL || !sf_sync_client_set_ca_file (self->client, ca, &error))
    {
      g_clear_object (&self->client);
      set_status (self, error->message);
      return self;
    }
  sf_sync_client_set_timeout (self->client, 30);
  if (*user == '\0')
    sf_sync_client_list_async (self->client, self->cancellable, listed_cb, g_object_ref (self));
  else
    sf_sync_secret_lookup_async (sf_sync_client_get_url (self->client), user, self->cancellable,
                                 password_cb, g_object_ref (self));
  return self;
}

/**
 * sf_browse_dialog_get_shown:
 * @self: a #SfBrowseDialog
 *
 * Returns: how many frameworks the list shows, after the search
 */
guint
sf_browse_dialog_get_shown (SfBrowseDialog *self)
{
  guint shown = 0;

  g_return_val_if_fail (SF_IS_BROWSE_DIALOG (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    if (filter_func (g_ptr_array_index (self->rows, i), self))
      shown++;
  return shown;
}

/**
 * sf_browse_dialog_get_status:
 * @self: a #SfBrowseDialog
 *
 * Returns: (nullable): what the dialog says above the list (listing,
 *   downloading, an error), or %NULL once the list is shown
 */
const char *
sf_browse_dialog_get_status (SfBrowseDialog *self)
{
  g_return_val_if_fail (SF_IS_BROWSE_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->status_label)))
    return NULL;
  return gtk_label_get_text (self->status_label);
}

void
sf_browse_dialog_set_search (SfBrowseDialog *self,
                             const char     *text)
{
  g_return_if_fail (SF_IS_BROWSE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  search_changed_cb (self);
}
