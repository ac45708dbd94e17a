/* sf-window-sync.c: the window's sync with the team's server
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sf-application.h"
#include "sf-browse-dialog.h"
#include "sf-conflict-dialog.h"
#include "sf-format.h"
#include "sf-semantic-diff.h"
#include "sf-sync.h"
#include "sf-sync-all-dialog.h"
#include "sf-sync-secret.h"
#include "sf-ui-util.h"
#include "sf-window-private.h"

/* What the window keeps for the sync: the header's Sync button and state,
 * the bar that explains a failure or announces a newer version, the
 * periodic check and the network monitor. */
struct _SfWindowSync
{
  SfWindow     *window;
  GtkWidget    *button;
  GtkLabel     *state_label;
  GtkInfoBar   *bar;
  GtkLabel     *bar_label;
  GtkWidget    *retry_button;
  GtkWidget    *create_button;
  GtkWidget    *prefs_button;
  GCancellable *cancellable;
  guint         check_source;
  GNetworkMonitor *monitor;
  guint         monitor_source;
  gulong        network_handler;
  gboolean      busy;
  /* What the last sync or check found for a document (compared by
   * address only, never dereferenced). */
  gpointer        known_document;
  SfSyncItemState known_state;
};

enum {
  RESPONSE_RETRY = 1,
  RESPONSE_CREATE,
  RESPONSE_PREFERENCES,
};

static GSettings *
settings_of (SfWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? sf_application_get_settings (SF_APPLICATION (app)) : NULL;
}

static SfDocument *
current_document (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  return page != NULL ? sf_page_get_document (page) : NULL;
}

static void
set_state (SfWindow   *self,
           const char *text)
{
  gtk_label_set_text (self->sync->state_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sync->state_label), text != NULL);
}

static void
hide_bar (SfWindow *self)
{
  if (self->sync->bar != NULL)
    gtk_info_bar_set_revealed (self->sync->bar, FALSE);
}

static void bar_response_cb (SfWindow *self,
                             int       response);

/* The bar is made when it first has something to say: not before the
 * window's first frame. */
static void
ensure_bar (SfWindow *self)
{
  SfWindowSync *sync = self->sync;
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self->error_bar));

  if (sync->bar != NULL)
    return;
  sync->bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_info_bar_set_revealed (sync->bar, FALSE);
  sync->bar_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (sync->bar_label, TRUE);
  gtk_label_set_selectable (sync->bar_label, TRUE);
  gtk_label_set_xalign (sync->bar_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (sync->bar_label), TRUE);
  gtk_info_bar_add_child (sync->bar, GTK_WIDGET (sync->bar_label));
  sf_ui_set_control_name (sync->bar_label, "sync-message");
  sync->retry_button = sf_ui_add_bar_button (sync->bar, _("_Sync"), RESPONSE_RETRY);
  sf_ui_set_control_name (sync->retry_button, "sync-retry");
  sync->create_button = sf_ui_add_bar_button (sync->bar, _("_Create Folder"), RESPONSE_CREATE);
  sf_ui_set_control_name (sync->create_button, "sync-create-folder");
  sync->prefs_button = sf_ui_add_bar_button (sync->bar, _("_Preferences"), RESPONSE_PREFERENCES);
  sf_ui_set_control_name (sync->prefs_button, "sync-preferences");
  /* Not GtkInfoBar's close button, which screen readers cannot name. */
  sf_ui_add_bar_button (sync->bar, _("_Dismiss"), GTK_RESPONSE_CLOSE);
  g_signal_connect_swapped (sync->bar, "response", G_CALLBACK (bar_response_cb), self);
  g_signal_connect_swapped (sync->bar, "close", G_CALLBACK (hide_bar), self);
  gtk_box_insert_child_after (GTK_BOX (box), GTK_WIDGET (sync->bar), GTK_WIDGET (self->error_bar));
}

static void
show_bar (SfWindow       *self,
          GtkMessageType  type,
          const char     *text,
          gboolean        retry,
          gboolean        create,
          gboolean        preferences)
{
  SfWindowSync *sync = self->sync;

  ensure_bar (self);
  gtk_info_bar_set_message_type (sync->bar, type);
  gtk_label_set_text (sync->bar_label, text);
  gtk_widget_set_visible (sync->retry_button, retry);
  gtk_widget_set_visible (sync->create_button, create);
  gtk_widget_set_visible (sync->prefs_button, preferences);
  gtk_info_bar_set_revealed (sync->bar, TRUE);
}

static void network_cb (SfWindow *self);

/* GIO's default monitor asks NetworkManager over D-Bus, synchronously,
 * when it is first made: that waits until the first frame is drawn. */
static void
follow_network_monitor (SfWindow        *self,
                        GNetworkMonitor *monitor)
{
  SfWindowSync *sync = self->sync;

  g_clear_handle_id (&sync->monitor_source, g_source_remove);
  g_clear_signal_handler (&sync->network_handler, sync->monitor);
  g_set_object (&sync->monitor, monitor);
  sync->network_handler = g_signal_connect_swapped (sync->monitor, "notify::network-available",
                                                    G_CALLBACK (network_cb), self);
}

static gboolean
default_monitor_cb (gpointer user_data)
{
  SfWindow *self = user_data;

  self->sync->monitor_source = 0;
  follow_network_monitor (self, g_network_monitor_get_default ());
  network_cb (self);
  return G_SOURCE_REMOVE;
}

/* Online until the monitor says otherwise. */
static gboolean
online (SfWindow *self)
{
  return self->sync->monitor == NULL || g_network_monitor_get_network_available (self->sync->monitor);
}

/* The sync state of the current framework, as the header shows it. */
static void
update_state (SfWindow        *self,
              SfSyncItemState  state,
              gboolean         known)
{
  SfDocument *document = current_document (self);
  GSettings *settings = settings_of (self);
  g_autofree char *url = settings != NULL ? g_settings_get_string (settings, "sync-url") : NULL;

  gtk_widget_set_visible (self->sync->button, url != NULL && *url != '\0');
  gtk_widget_set_sensitive (self->sync->button, document != NULL && !self->sync->busy);
  if (url == NULL || *url == '\0' || document == NULL)
    {
      set_state (self, NULL);
      return;
    }
  if (!online (self))
    {
      set_state (self, _("Offline"));
      return;
    }
  if (known)
    {
      self->sync->known_document = document;
      self->sync->known_state = state;
    }
  else if (self->sync->known_document == document)
    state = self->sync->known_state;
  else
    {
      set_state (self, sf_document_get_modified (document) ? _("Local changes") : NULL);
      return;
    }
  switch (state)
    {
    case SF_SYNC_ITEM_SYNCED:
      set_state (self, sf_document_get_modified (document) ? _("Local changes") : _("Synced"));
      break;
    case SF_SYNC_ITEM_LOCAL_CHANGES:
    case SF_SYNC_ITEM_LOCAL_ONLY:
      set_state (self, _("Local changes"));
      break;
    case SF_SYNC_ITEM_REMOTE_CHANGES:
    case SF_SYNC_ITEM_REMOTE_ONLY:
      set_state (self, _("Remote changes"));
      break;
    case SF_SYNC_ITEM_BOTH_CHANGED:
      set_state (self, _("Local and remote changes"));
      break;
    case SF_SYNC_ITEM_CONFLICT:
      set_state (self, _("Conflict"));
      break;
    case SF_SYNC_ITEM_FAILED:
    default:
      set_state (self, _("Not synced"));
      break;
    }
}

typedef struct
{
  SfWindow   *window;
  SfDocument *document;
  SfSyncMode  mode;
  SfSync     *sync;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->document);
  g_clear_object (&job->sync);
  g_free (job);
}

static void
error_bar (SfWindow     *self,
           const GError *error)
{
  g_autofree char *text = NULL;
  gboolean create = g_error_matches (error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND);
  gboolean prefs = error->domain == SF_SYNC_ERROR &&
                   (error->code == SF_SYNC_ERROR_AUTH || error->code == SF_SYNC_ERROR_INVALID_URL ||
                    error->code == SF_SYNC_ERROR_INSECURE || error->code == SF_SYNC_ERROR_TLS ||
                    error->code == SF_SYNC_ERROR_NO_PASSWORD);

  if (sf_sync_error_is_offline (error))
    text = g_strdup_printf (_("%s. Your work is saved here; sync again when the server can be reached."),
                            error->message);
  else if (create)
    text = g_strdup_printf (_("%s. Create it on the server?"), error->message);
  else
    text = g_strdup (error->message);
  show_bar (self, GTK_MESSAGE_ERROR, text, TRUE, create, prefs);
}

static void reloaded_cb (GObject *object, GAsyncResult *result, gpointer user_data);

static void
conflict_completed_cb (SfConflictDialog *dialog,
                       const GError     *error,
                       Job              *job)
{
  SfWindow *self = job->window;

  if (error != NULL)
    {
      error_bar (self, error);
      update_state (self, SF_SYNC_ITEM_CONFLICT, TRUE);
      return;
    }
  sf_document_reload_async (job->document, NULL, self->sync->cancellable, reloaded_cb, g_object_ref (self));
  update_state (self, SF_SYNC_ITEM_SYNCED, TRUE);
  sf_window_show_toast (self, adw_toast_new (_("Conflicts resolved and synced")));
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SfWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_document_reload_finish (SF_DOCUMENT (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sf_window_show_error (self, error->message);
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Job *job = user_data;
  SfWindow *self = job->window;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  SfSyncItem *item = NULL;

  items = sf_sync_run_finish (SF_SYNC (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      job_free (job);
      return;
    }
  self->sync->busy = FALSE;
  if (items == NULL)
    {
      if (job->mode != SF_SYNC_MODE_STATUS || !sf_sync_error_is_offline (error))
        error_bar (self, error);
      update_state (self, SF_SYNC_ITEM_FAILED, !sf_sync_error_is_offline (error));
      job_free (job);
      return;
    }
  if (items->len > 0)
    item = g_ptr_array_index (items, 0);
  if (item == NULL)
    {
      update_state (self, SF_SYNC_ITEM_FAILED, FALSE);
      job_free (job);
      return;
    }

  if (job->mode == SF_SYNC_MODE_STATUS)
    {
      if (item->state == SF_SYNC_ITEM_REMOTE_CHANGES || item->state == SF_SYNC_ITEM_BOTH_CHANGED)
        show_bar (self, GTK_MESSAGE_INFO, _("A newer version of this framework is on the server."),
                  TRUE, FALSE, FALSE);
      update_state (self, item->state, TRUE);
      job_free (job);
      return;
    }

  hide_bar (self);
  if (item->error != NULL)
    {
      error_bar (self, item->error);
      update_state (self, SF_SYNC_ITEM_FAILED, TRUE);
    }
  else if (item->state == SF_SYNC_ITEM_CONFLICT)
    {
      SfConflictDialog *dialog = sf_conflict_dialog_new (GTK_WINDOW (self), job->sync, item);

      update_state (self, SF_SYNC_ITEM_CONFLICT, TRUE);
      g_signal_connect_data (dialog, "completed", G_CALLBACK (conflict_completed_cb),
                             g_steal_pointer (&job), (GClosureNotify) (void (*) (void)) job_free, 0);
      return;
    }
  else
    {
      if (item->action == SF_SYNC_ACTION_DOWNLOADED || item->action == SF_SYNC_ACTION_MERGED)
        sf_document_reload_async (job->document, NULL, self->sync->cancellable, reloaded_cb, g_object_ref (self));
      update_state (self, item->state, TRUE);
      sf_window_show_toast (self, adw_toast_new (item->action == SF_SYNC_ACTION_NONE ? _("Already in sync") :
                                                 item->action == SF_SYNC_ACTION_UPLOADED ? _("Uploaded to the server") :
                                                 item->action == SF_SYNC_ACTION_DOWNLOADED ? _("Updated from the server") :
                                                 _("Merged with the server’s changes and synced")));
    }
  job_free (job);
}

static void
start_run (Job        *job,
           const char *password)
{
  SfWindow *self = job->window;
  GSettings *settings = settings_of (self);
  g_autofree char *url = g_settings_get_string (settings, "sync-url");
  g_autofree char *user = g_settings_get_string (settings, "sync-user");
  g_autofree char *ca = g_settings_get_string (settings, "sync-ca-file");
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = sf_document_get_file (job->document);

  client = sf_sync_client_new (url, user, &error);
  if (client == NULL || !sf_sync_client_set_ca_file (client, ca, &error))
    {
      self->sync->busy = FALSE;
      error_bar (self, error);
      update_state (self, SF_SYNC_ITEM_FAILED, TRUE);
      job_free (job);
      return;
    }
  sf_sync_client_set_timeout (client, 30);
  sf_sync_client_set_password (client, password);
  folder = g_file_get_parent (file);
  job->sync = sf_sync_new (client, folder);
  sf_sync_add_file (job->sync, file);
  sf_sync_run_async (job->sync, job->mode, self->sync->cancellable, run_cb, job);
}

static void
password_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(GError) error = NULL;
  char *password = sf_sync_secret_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      job_free (job);
      return;
    }
  if (error != NULL || password == NULL)
    g_debug ("No stored password: %s", error != NULL ? error->message : "none");
  start_run (job, password);
  if (password != NULL)
    {
      memset (password, 0, strlen (password));
      g_free (password);
    }
}

static void
lookup_password (Job *job)
{
  SfWindow *self = job->window;
  GSettings *settings = settings_of (self);
  g_autofree char *url = g_settings_get_string (settings, "sync-url");
  g_autofree char *user = g_settings_get_string (settings, "sync-user");
  g_autoptr(SfSyncClient) probe = sf_sync_client_new (url, user, NULL);

  if (probe == NULL || *user == '\0')
    start_run (job, NULL);
  else
    sf_sync_secret_lookup_async (sf_sync_client_get_url (probe), user, self->sync->cancellable, password_cb, job);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_document_save_finish (SF_DOCUMENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          job->window->sync->busy = FALSE;
          sf_window_show_error (job->window, error->message);
          update_state (job->window, SF_SYNC_ITEM_FAILED, FALSE);
        }
      job_free (job);
      return;
    }
  lookup_password (job);
}

static void
begin (SfWindow   *self,
       SfSyncMode  mode)
{
  SfDocument *document = current_document (self);
  GSettings *settings = settings_of (self);
  g_autofree char *url = NULL;
  g_autofree char *user = NULL;
  g_autoptr(SfSyncClient) probe = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  if (document == NULL || settings == NULL || self->sync->busy)
    return;
  url = g_settings_get_string (settings, "sync-url");
  user = g_settings_get_string (settings, "sync-user");
  if (*url == '\0')
    {
      if (mode != SF_SYNC_MODE_STATUS)
        show_bar (self, GTK_MESSAGE_INFO, _("Set up the team’s sync server in Preferences first."),
                  FALSE, FALSE, TRUE);
      return;
    }
  if (sf_document_get_file (document) == NULL)
    {
      if (mode != SF_SYNC_MODE_STATUS)
        show_bar (self, GTK_MESSAGE_INFO, _("Save the framework to a file first: the file is what syncs."),
                  FALSE, FALSE, FALSE);
      return;
    }
  probe = sf_sync_client_new (url, user, &error);
  if (probe == NULL)
    {
      if (mode != SF_SYNC_MODE_STATUS)
        error_bar (self, error);
      return;
    }

  self->sync->busy = TRUE;
  update_state (self, SF_SYNC_ITEM_SYNCED, FALSE);
  if (mode != SF_SYNC_MODE_STATUS)
    set_state (self, _("Syncing…"));
  job = g_new0 (Job, 1);
  job->window = g_object_ref (self);
  job->document = g_object_ref (document);
  job->mode = mode;
  /* The local file is saved before anything is sent. */
  if (mode != SF_SYNC_MODE_STATUS && sf_document_get_modified (document))
    sf_document_save_async (document, NULL, SF_SAVE_NONE, self->sync->cancellable, saved_cb, job);
  else
    lookup_password (job);
}

static void
sync_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  begin (user_data, SF_SYNC_MODE_SYNC);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(SfWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_sync_client_create_collection_finish (SF_SYNC_CLIENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        error_bar (self, error);
      return;
    }
  begin (self, SF_SYNC_MODE_SYNC);
}

static void
create_password_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(SfWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = sf_sync_secret_lookup_finish (result, &error);
  GSettings *settings = settings_of (self);
  g_autofree char *url = g_settings_get_string (settings, "sync-url");
  g_autofree char *user = g_settings_get_string (settings, "sync-user");
  g_autofree char *ca = g_settings_get_string (settings, "sync-ca-file");
  g_autoptr(SfSyncClient) client = sf_sync_client_new (url, user, &error);

  if (client == NULL || !sf_sync_client_set_ca_file (client, ca, &error))
    {
      error_bar (self, error);
      return;
    }
  sf_sync_client_set_password (client, password);
  sf_sync_client_create_collection_async (client, self->sync->cancellable, created_cb, g_object_ref (self));
}

static void
bar_response_cb (SfWindow *self,
                 int       response)
{
  GSettings *settings = settings_of (self);

  hide_bar (self);
  if (response == RESPONSE_RETRY)
    begin (self, SF_SYNC_MODE_SYNC);
  else if (response == RESPONSE_CREATE)
    {
      g_autofree char *url = g_settings_get_string (settings, "sync-url");
      g_autofree char *user = g_settings_get_string (settings, "sync-user");
      g_autoptr(SfSyncClient) probe = sf_sync_client_new (url, user, NULL);

      if (probe != NULL)
        sf_sync_secret_lookup_async (sf_sync_client_get_url (probe), user, self->sync->cancellable,
                                     create_password_cb, g_object_ref (self));
    }
  else if (response == RESPONSE_PREFERENCES)
    g_action_group_activate_action (G_ACTION_GROUP (gtk_window_get_application (GTK_WINDOW (self))),
                                    "preferences", NULL);
}

/* The periodic cheap check: one listing. */
static gboolean
check_cb (gpointer user_data)
{
  SfWindow *self = user_data;

  if (online (self) && !self->sync->busy)
    begin (self, SF_SYNC_MODE_STATUS);
  return G_SOURCE_CONTINUE;
}

static void
schedule_check (SfWindow *self)
{
  GSettings *settings = settings_of (self);
  guint minutes = settings != NULL ? g_settings_get_uint (settings, "sync-check-minutes") : 0;

  g_clear_handle_id (&self->sync->check_source, g_source_remove);
  if (minutes > 0)
    self->sync->check_source = g_timeout_add_seconds (minutes * 60, check_cb, self);
}

static void
network_cb (SfWindow *self)
{
  update_state (self, SF_SYNC_ITEM_SYNCED, FALSE);
  /* Back online: see whether the server moved on meanwhile. */
  if (online (self))
    begin (self, SF_SYNC_MODE_STATUS);
}

static void
compare_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  SfWindow *self = user_data;
  SfDocument *document = current_document (self);
  GSettings *settings = settings_of (self);
  g_autofree char *url = NULL;
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(SfSync) sync = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autoptr(SfFramework) base_framework = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *summary = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *label, *scrolled;

  if (document == NULL || sf_document_get_file (document) == NULL)
    return;
  url = g_settings_get_string (settings, "sync-url");
  client = sf_sync_client_new (url, NULL, &error);
  if (client == NULL)
    {
      error_bar (self, error);
      return;
    }
  folder = g_file_get_parent (sf_document_get_file (document));
  sync = sf_sync_new (client, folder);
  base = sf_sync_dup_base (sync, sf_document_get_file (document), NULL, &error);
  if (base != NULL)
    base_framework = sf_format_read (g_bytes_get_data (base, NULL), g_bytes_get_size (base),
                                     _("last synced version"), NULL, &error);
  if (base_framework == NULL)
    {
      show_bar (self, GTK_MESSAGE_INFO, error->message, FALSE, FALSE, FALSE);
      return;
    }
  changes = sf_semantic_diff (base_framework, sf_document_get_framework (document));
  summary = sf_semantic_diff_summary (changes);
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = sf_semantic_change_describe (g_ptr_array_index (changes, i));

      g_string_append_printf (text, "%s\n", line);
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Changes Since the Last Sync"),
                                                       changes->len == 0 ? _("No changes since the last sync.") : summary));
  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), changes->len > 0 ? 300 : 0);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_widget_set_visible (scrolled, changes->len > 0);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  sf_ui_set_control_name (dialog, "sync-compare");
  sf_ui_present_dialog (dialog);
}

static void
browse_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SfWindow *self = user_data;
  GSettings *settings = settings_of (self);
  g_autofree char *url = g_settings_get_string (settings, "sync-url");

  if (*url == '\0')
    {
      show_bar (self, GTK_MESSAGE_INFO, _("Set up the team’s sync server in Preferences first."),
                FALSE, FALSE, TRUE);
      return;
    }
  gtk_window_present (GTK_WINDOW (sf_browse_dialog_new (self, settings)));
}

/* Sync All: every framework of the current framework's folder, or of the
 * folder for frameworks from the server when none is open. */
static void
sync_all_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  SfWindow *self = user_data;
  SfDocument *document = current_document (self);
  GSettings *settings = settings_of (self);
  GFile *file = document != NULL ? sf_document_get_file (document) : NULL;
  g_autoptr(GFile) folder = NULL;

  if (settings == NULL)
    return;
  if (file != NULL)
    folder = g_file_get_parent (file);
  else
    {
      g_autofree char *path = g_settings_get_string (settings, "sync-folder");

      folder = *path != '\0' ? g_file_new_for_path (path) : g_file_new_build_filename (g_get_home_dir (), "Skillframe", NULL);
    }
  sf_sync_all_dialog_new (self, settings, folder);
}

static const GActionEntry sync_actions[] = {
  { "sync", sync_action },
  { "sync-all", sync_all_action },
  { "browse-server", browse_action },
  { "compare-synced", compare_action },
};

/* The current framework changed (another tab, a save, an edit). */
static void
page_changed_cb (SfWindow *self)
{
  SfDocument *document = current_document (self);
  GAction *compare = g_action_map_lookup_action (G_ACTION_MAP (self), "compare-synced");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (compare), document != NULL && sf_document_get_file (document) != NULL);
  update_state (self, SF_SYNC_ITEM_SYNCED, FALSE);
}

/**
 * _sf_window_sync_init:
 * @self: the window
 *
 * Adds the Sync button and state to the header, the sync bar below it,
 * the actions `win.sync`, `win.sync-all`, `win.browse-server` and
 * `win.compare-synced`
 * with their menu items, the periodic check and the offline state.
 */
void
_sf_window_sync_init (SfWindow *self)
{
  SfWindowSync *sync = g_new0 (SfWindowSync, 1);
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self->error_bar));
  GtkWidget *header = gtk_widget_get_first_child (box);
  GMenu *section = g_menu_new ();

  self->sync = sync;
  sync->window = self;
  sync->cancellable = g_cancellable_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), sync_actions, G_N_ELEMENTS (sync_actions), self);

  sync->button = gtk_button_new_from_icon_name ("emblem-synchronizing-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (sync->button), "win.sync");
  gtk_widget_set_tooltip_text (sync->button, _("Sync with the Server"));
  sf_ui_set_accessible_label (sync->button, _("Sync"));
  sf_ui_set_control_name (sync->button, "sync-button");
  gtk_widget_set_visible (sync->button, FALSE);
  sync->state_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (sync->state_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (sync->state_label), FALSE);
  sf_ui_set_control_name (sync->state_label, "sync-state");
  if (ADW_IS_HEADER_BAR (header))
    {
      adw_header_bar_pack_end (ADW_HEADER_BAR (header), sync->button);
      adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (sync->state_label));
    }


  g_menu_append (section, _("S_ync"), "win.sync");
  g_menu_append (section, _("Sync _All in the Folder…"), "win.sync-all");
  g_menu_append (section, _("_Browse Server…"), "win.browse-server");
  g_menu_append (section, _("Compare with _Last Synced Version"), "win.compare-synced");
  if (G_IS_MENU (self->primary_menu))
    g_menu_insert_section (G_MENU (self->primary_menu), 2, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  g_signal_connect_object (self->tab_view, "notify::selected-page", G_CALLBACK (page_changed_cb), self,
                           G_CONNECT_SWAPPED);
  sync->monitor_source = g_idle_add_full (G_PRIORITY_LOW, default_monitor_cb, self, NULL);
  page_changed_cb (self);
}

/**
 * _sf_window_sync_realize:
 * @self: the window, now with its application
 *
 * Follows the sync settings, which the window can read once it has its
 * application.
 */
void
_sf_window_sync_realize (SfWindow *self)
{
  GSettings *settings = settings_of (self);

  if (settings == NULL || self->sync == NULL || self->sync->check_source != 0)
    return;
  g_signal_connect_object (settings, "changed::sync-check-minutes", G_CALLBACK (schedule_check), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::sync-url", G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);
  schedule_check (self);
  page_changed_cb (self);
}

/**
 * _sf_window_sync_document_changed:
 * @self: the window
 *
 * The current document was edited or saved: its header state follows.
 */
void
_sf_window_sync_document_changed (SfWindow *self)
{
  if (self->sync != NULL && !self->sync->busy)
    page_changed_cb (self);
}

/**
 * _sf_window_sync_check_now:
 * @self: the window
 *
 * Runs the periodic check at once: one listing, and a bar when the server
 * holds a newer version of the current framework.
 */
void
_sf_window_sync_check_now (SfWindow *self)
{
  check_cb (self);
}

/**
 * _sf_window_sync_get_state:
 * @self: the window
 *
 * Returns: (nullable): the sync state the header shows
 */
const char *
_sf_window_sync_get_state (SfWindow *self)
{
  if (self->sync == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->sync->state_label)))
    return NULL;
  return gtk_label_get_text (self->sync->state_label);
}

/**
 * _sf_window_sync_get_message:
 * @self: the window
 *
 * Returns: (nullable): what the sync bar says, when shown
 */
const char *
_sf_window_sync_get_message (SfWindow *self)
{
  if (self->sync == NULL || self->sync->bar == NULL || !gtk_info_bar_get_revealed (self->sync->bar))
    return NULL;
  return gtk_label_get_text (self->sync->bar_label);
}

/**
 * _sf_window_sync_set_network_monitor:
 * @self: the window
 * @monitor: the network monitor to follow instead of the default one
 *
 * For the tests, which drive the offline state with a monitor of their
 * own.
 */
void
_sf_window_sync_set_network_monitor (SfWindow        *self,
                                     GNetworkMonitor *monitor)
{
  follow_network_monitor (self, monitor);
  network_cb (self);
}

void
_sf_window_sync_dispose (SfWindow *self)
{
  SfWindowSync *sync = self->sync;

  if (sync == NULL)
    return;
  self->sync = NULL;
  g_cancellable_cancel (sync->cancellable);
  g_clear_object (&sync->cancellable);
  g_clear_handle_id (&sync->check_source, g_source_remove);
  g_clear_handle_id (&sync->monitor_source, g_source_remove);
  g_clear_signal_handler (&sync->network_handler, sync->monitor);
  g_clear_object (&sync->monitor);
  g_free (sync);
}
