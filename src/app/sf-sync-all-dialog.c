/* sf-sync-all-dialog.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sf-conflict-dialog.h"
#include "sf-page.h"
#include "sf-sync.h"
#include "sf-sync-all-dialog.h"
#include "sf-sync-secret.h"
#include "sf-window-private.h"

/**
 * SfSyncAllDialog:
 *
 * The sync of every framework of a folder with the server, as the tool's
 * `sync` does it: the open frameworks of the folder are saved first, a
 * progress bar follows the transfers, and each framework gets its result
 * in words, with a way to resolve its conflicts. The frameworks the sync
 * changed are reloaded in the window.
 */
struct _SfSyncAllDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkWidget      *stop_button;
  GtkLabel       *status_label;
  GtkProgressBar *progress_bar;
  GtkListBox     *list;

  SfWindow       *window;
  GSettings      *settings;
  GFile          *folder;
  SfSyncClient   *client;
  SfSync         *sync;
  GCancellable   *cancellable;
  GHashTable     *rows;      /* local file name → AdwActionRow */
  guint           saving;
  guint           progress_updates;
  gboolean        finished;
};

G_DEFINE_FINAL_TYPE (SfSyncAllDialog, sf_sync_all_dialog, ADW_TYPE_WINDOW)

static void
set_status (SfSyncAllDialog *self,
            const char      *text)
{
  gtk_label_set_text (self->status_label, text);
}

static void
finish (SfSyncAllDialog *self,
        const char      *status)
{
  self->finished = TRUE;
  set_status (self, status);
  gtk_widget_set_visible (self->stop_button, FALSE);
}

static void
stop_clicked_cb (SfSyncAllDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  finish (self, _("Stopped. What was synced stays synced; sync again to do the rest."));
}

/* The open page of @file, if any. */
static SfDocument *
open_document (SfSyncAllDialog *self,
               GFile           *file)
{
  SfPage *page = file != NULL && self->window != NULL ? sf_window_find_page (self->window, file) : NULL;

  return page != NULL ? sf_page_get_document (page) : NULL;
}

static const char *
result_text (SfSyncItem *item)
{
  if (item->error != NULL)
    return item->error->message;
  if (item->state == SF_SYNC_ITEM_CONFLICT)
    return _("Changed on both sides: resolve the conflicts");
  switch (item->action)
    {
    case SF_SYNC_ACTION_UPLOADED:
      return _("Uploaded to the server");
    case SF_SYNC_ACTION_DOWNLOADED:
      return _("Updated from the server");
    case SF_SYNC_ACTION_MERGED:
      return _("Merged with the server’s changes and synced");
    case SF_SYNC_ACTION_NONE:
    default:
      return item->state == SF_SYNC_ITEM_SYNCED ? _("Already in sync") : sf_sync_item_state_to_string (item->state);
    }
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!sf_document_reload_finish (SF_DOCUMENT (object), result, &error))
    g_debug ("Not reloaded after the sync: %s", error->message);
}

/* An open framework that the sync changed is brought in, unless it was
 * edited meanwhile (its file monitor then tells). */
static void
reload_if_open (SfSyncAllDialog *self,
                SfSyncItem      *item)
{
  SfDocument *document = open_document (self, item->file);

  if (document != NULL && !sf_document_get_modified (document))
    sf_document_reload_async (document, NULL, self->cancellable, reloaded_cb, NULL);
}

static void
conflict_completed_cb (SfSyncAllDialog  *self,
                       const GError     *error,
                       SfConflictDialog *dialog)
{
  SfSyncItem *item = g_object_get_data (G_OBJECT (dialog), "item");
  g_autofree char *name = g_file_get_basename (item->file);
  AdwActionRow *row = g_hash_table_lookup (self->rows, name);

  if (row == NULL)
    return;
  if (error != NULL)
    {
      adw_action_row_set_subtitle (row, error->message);
      return;
    }
  adw_action_row_set_subtitle (row, _("Conflicts resolved and synced"));
  g_object_set_data (G_OBJECT (row), "resolve", NULL);
  reload_if_open (self, item);
}

static void
resolve_clicked_cb (GtkButton       *button,
                    SfSyncAllDialog *self)
{
  SfSyncItem *item = g_object_get_data (G_OBJECT (button), "item");
  SfConflictDialog *dialog = sf_conflict_dialog_new (GTK_WINDOW (self), self->sync, item);

  g_object_set_data_full (G_OBJECT (dialog), "item", sf_sync_item_ref (item), (GDestroyNotify) sf_sync_item_unref);
  g_signal_connect_object (dialog, "completed", G_CALLBACK (conflict_completed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
}

static void
add_row (SfSyncAllDialog *self,
         SfSyncItem      *item)
{
  g_autofree char *name = item->file != NULL ? g_file_get_basename (item->file) : g_strdup (item->name);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), result_text (item));
  if (item->error != NULL)
    gtk_widget_add_css_class (row, "error");
  if (item->state == SF_SYNC_ITEM_CONFLICT && item->file != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Resolve…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "item", sf_sync_item_ref (item), (GDestroyNotify) sf_sync_item_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (resolve_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_object_set_data (G_OBJECT (row), "resolve", button);
    }
  gtk_list_box_append (self->list, row);
  g_hash_table_replace (self->rows, g_steal_pointer (&name), row);
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(SfSyncAllDialog) self = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  guint conflicts = 0, failed = 0;

  items = sf_sync_run_finish (SF_SYNC (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (items == NULL)
    {
      g_autofree char *text = NULL;

      if (sf_sync_error_is_offline (error))
        text = g_strdup_printf (_("%s. Your work is saved here; sync again when the server can be reached."),
                                error->message);
      finish (self, text != NULL ? text : error->message);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      SfSyncItem *item = g_ptr_array_index (items, i);

      add_row (self, item);
      conflicts += item->state == SF_SYNC_ITEM_CONFLICT;
      failed += item->error != NULL;
      if (item->error == NULL &&
          (item->action == SF_SYNC_ACTION_DOWNLOADED || item->action == SF_SYNC_ACTION_MERGED))
        reload_if_open (self, item);
    }
  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  if (conflicts == 0 && failed == 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u framework synced.", "%u frameworks synced.",
                                           items->len), items->len);
  else
    /* Translators: the three parts say how many frameworks were synced,
     * how many have conflicts, and how many failed */
    status = g_strdup_printf (_("%u synced, %u with conflicts to resolve, %u failed."),
                              items->len - conflicts - failed, conflicts, failed);
  finish (self, status);
}

/* The dialog, for the sync's worker threads, which must not hold it: its
 * last reference would then be dropped, and the dialog finalized, in a
 * worker thread. */
typedef struct
{
  GWeakRef dialog;
  gint     ref_count;
} Shared;

static Shared *
shared_ref (Shared *shared)
{
  g_atomic_int_inc (&shared->ref_count);
  return shared;
}

static void
shared_unref (Shared *shared)
{
  if (!g_atomic_int_dec_and_test (&shared->ref_count))
    return;
  g_weak_ref_clear (&shared->dialog);
  g_free (shared);
}

typedef struct
{
  Shared *shared;
  guint   done;
  guint   total;
  char   *name;
} Progress;

static void
progress_free (Progress *progress)
{
  shared_unref (progress->shared);
  g_free (progress->name);
  g_free (progress);
}

static gboolean
progress_idle (gpointer data)
{
  Progress *progress = data;
  g_autoptr(SfSyncAllDialog) self = g_weak_ref_get (&progress->shared->dialog);
  g_autofree char *text = NULL;
  g_autofree char *status = NULL;

  if (self == NULL || self->finished)
    return G_SOURCE_REMOVE;
  self->progress_updates++;
  /* Translators: a count of frameworks, "12 of 1000" */
  text = g_strdup_printf (_("%u of %u"), progress->done, progress->total);
  /* Translators: the framework file the sync of many has just gone
   * through, synced or not (the results list says which) */
  status = g_strdup_printf (_("Done with %s"), progress->name);
  gtk_progress_bar_set_fraction (self->progress_bar, progress->total > 0 ? (double) progress->done / progress->total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  set_status (self, status);
  return G_SOURCE_REMOVE;
}

/* In the sync's worker threads: to the main thread. */
static void
progress_cb (guint       done,
             guint       total,
             const char *name,
             gpointer    user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->shared = shared_ref (user_data);
  progress->done = done;
  progress->total = total;
  progress->name = g_strdup (name);
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_idle, progress, (GDestroyNotify) progress_free);
}

static void
start_run (SfSyncAllDialog *self,
           const char      *password)
{
  Shared *shared = g_new0 (Shared, 1);

  sf_sync_client_set_password (self->client, password);
  self->sync = sf_sync_new (self->client, self->folder);
  shared->ref_count = 1;
  g_weak_ref_init (&shared->dialog, self);
  sf_sync_set_progress_func (self->sync, progress_cb, shared, (GDestroyNotify) shared_unref);
  set_status (self, _("Comparing with the server…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  sf_sync_run_async (self->sync, SF_SYNC_MODE_SYNC, self->cancellable, run_cb, g_object_ref (self));
}

static void
password_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SfSyncAllDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  char *password = sf_sync_secret_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_debug ("No stored password: %s", error->message);
  start_run (self, password);
  if (password != NULL)
    {
      memset (password, 0, strlen (password));
      g_free (password);
    }
}

static void
lookup_password (SfSyncAllDialog *self)
{
  const char *user = sf_sync_client_get_user (self->client);

  if (user == NULL || *user == '\0')
    start_run (self, NULL);
  else
    sf_sync_secret_lookup_async (sf_sync_client_get_url (self->client), user, self->cancellable, password_cb,
                                 g_object_ref (self));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SfSyncAllDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_document_save_finish (SF_DOCUMENT (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The local file is saved before anything is sent: not without. */
      self->saving = 0;
      finish (self, error->message);
      return;
    }
  if (self->saving > 0 && --self->saving == 0)
    lookup_password (self);
}

/* Saves the open frameworks of the folder that have unsaved edits. */
static void
save_open (SfSyncAllDialog *self)
{
  guint n = self->window != NULL ? adw_tab_view_get_n_pages (self->window->tab_view) : 0;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->window->tab_view, i);
      SfDocument *document = sf_page_get_document (SF_PAGE (adw_tab_page_get_child (tab)));
      GFile *file = document != NULL ? sf_document_get_file (document) : NULL;
      g_autoptr(GFile) parent = file != NULL ? g_file_get_parent (file) : NULL;

      if (parent != NULL && g_file_equal (parent, self->folder) && sf_document_get_modified (document))
        g_ptr_array_add (documents, g_object_ref (document));
    }
  self->saving = documents->len;
  if (documents->len == 0)
    lookup_password (self);
  for (guint i = 0; i < documents->len; i++)
    sf_document_save_async (g_ptr_array_index (documents, i), NULL, SF_SAVE_NONE, self->cancellable, saved_cb,
                            g_object_ref (self));
}

static void
sf_sync_all_dialog_dispose (GObject *object)
{
  SfSyncAllDialog *self = (SfSyncAllDialog *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SYNC_ALL_DIALOG);

  G_OBJECT_CLASS (sf_sync_all_dialog_parent_class)->dispose (object);
}

static void
sf_sync_all_dialog_finalize (GObject *object)
{
  SfSyncAllDialog *self = (SfSyncAllDialog *) object;

  g_clear_object (&self->window);
  g_clear_object (&self->settings);
  g_clear_object (&self->folder);
  g_clear_object (&self->client);
  g_clear_object (&self->sync);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (sf_sync_all_dialog_parent_class)->finalize (object);
}

static void
sf_sync_all_dialog_class_init (SfSyncAllDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_sync_all_dialog_dispose;
  object_class->finalize = sf_sync_all_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-sync-all-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSyncAllDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfSyncAllDialog, stop_button);
  gtk_widget_class_bind_template_child (widget_class, SfSyncAllDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, SfSyncAllDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SfSyncAllDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);
}

static void
sf_sync_all_dialog_init (SfSyncAllDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * sf_sync_all_dialog_new:
 * @window: the window whose open frameworks are saved first and reloaded
 *   after
 * @settings: the application's settings (the server, user and CA file)
 * @folder: the folder of frameworks to sync
 *
 * Returns: (transfer none): the dialog, presented, syncing @folder
 */
SfSyncAllDialog *
sf_sync_all_dialog_new (SfWindow  *window,
                        GSettings *settings,
                        GFile     *folder)
{
  SfSyncAllDialog *self;
  g_autofree char *url = g_settings_get_string (settings, "sync-url");
  g_autofree char *user = g_settings_get_string (settings, "sync-user");
  g_autofree char *ca = g_settings_get_string (settings, "sync-ca-file");
  g_autofree char *shown = g_file_get_parse_name (folder);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SF_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (SF_TYPE_SYNC_ALL_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);
  self->settings = g_object_ref (settings);
  self->folder = g_object_ref (folder);
  adw_window_title_set_subtitle (self->window_title, shown);
  gtk_window_present (GTK_WINDOW (self));

  if (*url == '\0')
    {
      finish (self, _("Set up the team’s sync server in Preferences first."));
      return self;
    }
  self->client = sf_sync_client_new (url, user, &error);
  if (self->client == NULL || !sf_sync_client_set_ca_file (self->client, ca, &error))
    {
      finish (self, error->message);
      return self;
    }
  sf_sync_client_set_timeout (self->client, 30);
  save_open (self);
  return self;
}

gboolean
sf_sync_all_dialog_get_finished (SfSyncAllDialog *self)
{
  g_return_val_if_fail (SF_IS_SYNC_ALL_DIALOG (self), FALSE);
  return self->finished;
}

double
sf_sync_all_dialog_get_fraction (SfSyncAllDialog *self)
{
  g_return_val_if_fail (SF_IS_SYNC_ALL_DIALOG (self), 0);
  return gtk_progress_bar_get_fraction (self->progress_bar);
}

/**
 * sf_sync_all_dialog_get_progress_updates:
 * @self: a dialog
 *
 * Returns: how many times the progress bar moved during the transfers
 */
guint
sf_sync_all_dialog_get_progress_updates (SfSyncAllDialog *self)
{
  g_return_val_if_fail (SF_IS_SYNC_ALL_DIALOG (self), 0);
  return self->progress_updates;
}

const char *
sf_sync_all_dialog_get_status (SfSyncAllDialog *self)
{
  g_return_val_if_fail (SF_IS_SYNC_ALL_DIALOG (self), NULL);
  return gtk_label_get_text (self->status_label);
}

/**
 * sf_sync_all_dialog_get_result:
 * @self: a dialog
 * @file_name: a framework's file name in the folder
 *
 * Returns: (nullable): what the list says of it, after the sync
 */
const char *
sf_sync_all_dialog_get_result (SfSyncAllDialog *self,
                               const char      *file_name)
{
  AdwActionRow *row;

  g_return_val_if_fail (SF_IS_SYNC_ALL_DIALOG (self), NULL);
  row = g_hash_table_lookup (self->rows, file_name);
  return row != NULL ? adw_action_row_get_subtitle (row) : NULL;
}

/**
 * sf_sync_all_dialog_resolve:
 * @self: a dialog
 * @file_name: a framework's file name in the folder
 *
 * Clicks the Resolve button of @file_name's row, which opens the
 * conflict view.
 *
 * Returns: whether the row had one
 */
gboolean
sf_sync_all_dialog_resolve (SfSyncAllDialog *self,
                            const char      *file_name)
{
  GtkWidget *row;
  GtkWidget *button;

  g_return_val_if_fail (SF_IS_SYNC_ALL_DIALOG (self), FALSE);
  row = g_hash_table_lookup (self->rows, file_name);
  button = row != NULL ? g_object_get_data (G_OBJECT (row), "resolve") : NULL;
  if (button == NULL || !gtk_widget_get_visible (button))
    return FALSE;
  g_signal_emit_by_name (button, "clicked");
  return TRUE;
}
