/* test-sync-ui.c: the editor's sync against a real WebDAV server, driven
 * in-process under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under tests/sync/run-with-server.sh (lighttpd with WebDAV and Basic
 * authentication, and a Secret Service) inside tests/xvfb-wrapper.sh: the
 * Sync preferences with Test Connection and Create Folder, the Sync button
 * and the header's state, a conflict resolved in the conflict view, Browse
 * Server with its search, Compare with Last Synced Version, an
 * unreachable server explained in the sync bar, a refused password, a
 * missing folder created from the sync bar and (against Apache, over
 * HTTPS) an untrusted certificate, Sync All with its progress and results,
 * and the offline state.
 */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "sf-browse-dialog.h"
#include "sf-conflict-dialog.h"
#include "sf-document.h"
#include "sf-merge.h"
#include "sf-preferences-window.h"
#include "sf-sync.h"
#include "sf-sync-all-dialog.h"
#include "sf-sync-preferences-page.h"
#include "sf-sync-secret.h"
#include "sf-test-util.h"
#include "sf-ui-util.h"
#include "sf-window-private.h"

static char *password;

static GSettings *
settings (void)
{
  return sf_application_get_settings (gui_app);
}

static char *
collection (const char *name)
{
  return g_strconcat (g_getenv ("SF_TEST_URL"), name, "/", NULL);
}

static SfSyncClient *
make_client (const char *url)
{
  SfSyncClient *client = sf_sync_client_new (url, "tester", NULL);

  g_assert_nonnull (client);
  g_assert_true (sf_sync_client_set_ca_file (client, g_getenv ("SF_TEST_CA"), NULL));
  sf_sync_client_set_password (client, password);
  return client;
}

static void
make_collection (const char *url)
{
  g_autoptr(SfSyncClient) client = make_client (url);
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_sync_client_create_collection (client, NULL, &error));
  g_assert_no_error (error);
}

static void
use_server (const char *url)
{
  g_autoptr(GError) error = NULL;

  g_settings_set_string (settings (), "sync-url", url);
  g_settings_set_string (settings (), "sync-user", "tester");
  g_settings_set_string (settings (), "sync-ca-file", g_getenv ("SF_TEST_CA"));
  g_assert_true (sf_sync_secret_store (url, "tester", password, NULL, &error));
  g_assert_no_error (error);
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

static gboolean
state_is (const char *text)
{
  return g_strcmp0 (_sf_window_sync_get_state (gui_window), text) == 0;
}

static void
test_preferences (void)
{
  g_autofree char *url = collection ("prefs");
  SfPreferencesWindow *window = sf_preferences_window_new (settings ());
  GtkWidget *url_row, *user_row, *password_row, *test, *create, *result;

  gtk_window_present (GTK_WINDOW (window));
  url_row = sf_preferences_window_find_control (window, "sync-url");
  user_row = sf_preferences_window_find_control (window, "sync-user");
  password_row = sf_preferences_window_find_control (window, "sync-password");
  test = sf_preferences_window_find_control (window, "sync-test");
  create = sf_preferences_window_find_control (window, "sync-create");
  result = sf_preferences_window_find_control (window, "sync-result");
  g_assert_nonnull (url_row);
  g_assert_nonnull (test);

  gtk_editable_set_text (GTK_EDITABLE (url_row), url);
  gtk_editable_set_text (GTK_EDITABLE (user_row), "tester");
  gtk_editable_set_text (GTK_EDITABLE (sf_preferences_window_find_control (window, "sync-ca-file")),
                         g_getenv ("SF_TEST_CA"));
  /* The settings follow the rows; the password goes to the keyring only. */
  {
    g_autofree char *saved = g_settings_get_string (settings (), "sync-url");
    g_assert_cmpstr (saved, ==, url);
  }

  /* A wrong password: the server's answer, in words. */
  gtk_editable_set_text (GTK_EDITABLE (password_row), "wrong");
  g_signal_emit_by_name (test, "clicked");
  WAIT_UNTIL (gtk_widget_get_sensitive (test) && strstr (gtk_label_get_text (GTK_LABEL (result)), "401"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (result)), "refused the user name “tester”"));

  /* The folder does not exist yet: offered to create. */
  gtk_editable_set_text (GTK_EDITABLE (password_row), password);
  g_signal_emit_by_name (password_row, "apply");
  WAIT_UNTIL (strstr (gtk_label_get_text (GTK_LABEL (result)), "password store") != NULL);
  gtk_editable_set_text (GTK_EDITABLE (password_row), "");
  g_signal_emit_by_name (test, "clicked");
  WAIT_UNTIL (gtk_widget_get_sensitive (test) && gtk_widget_get_visible (create));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (result)), "does not exist"));
  g_signal_emit_by_name (create, "clicked");
  WAIT_UNTIL (strstr (gtk_label_get_text (GTK_LABEL (result)), "Connected") != NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (result)), ==, "Connected: the folder holds 0 frameworks.");
  g_assert_false (gtk_widget_get_visible (create));

  /* The stored password is the one typed, found under the URL. */
  {
    g_autoptr(SfSyncClient) client = make_client (url);
    g_autofree char *stored = sf_sync_secret_lookup (sf_sync_client_get_url (client), "tester", NULL, NULL);
    g_assert_cmpstr (stored, ==, password);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sync_and_conflict (void)
{
  g_autofree char *url = collection ("window");
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GFile) other_folder = NULL;
  g_autoptr(SfSync) other_sync = NULL;
  g_autoptr(GError) error = NULL;
  SfConflictDialog *dialog;
  SfPage *page;
  SfDocument *document;
  SfOccupation *occupation;
  char *theirs_path;

  make_collection (url);
  use_server (url);
  path = gui_copy_seed ("window-sync.json");
  page = gui_open_path (path);
  document = gui_document_of (page);
  WAIT_UNTIL (gtk_widget_get_visible (GTK_WIDGET (sf_ui_find_control (GTK_WIDGET (gui_window), "sync-button"))));

  gui_activate ("sync");
  WAIT_UNTIL (state_is ("Synced"));

  /* An edit here makes "Local changes". */
  occupation = sf_framework_get_occupation (sf_document_get_framework (document));
  g_assert_true (sf_document_set_string (document, SF_NODE (occupation), "title", "Title edited in the editor", NULL));
  WAIT_UNTIL (state_is ("Local changes"));

  /* Someone else changes the same field on the server. */
  other = g_build_filename (gui_tmpdir, "other", NULL);
  g_mkdir_with_parents (other, 0700);
  other_folder = g_file_new_for_path (other);
  client = make_client (url);
  other_sync = sf_sync_new (client, other_folder);
  items = sf_sync_run (other_sync, SF_SYNC_MODE_PULL, NULL, &error);
  g_assert_no_error (error);
  theirs_path = g_build_filename (other, "29-2011.00.json", NULL);
  {
    g_autofree char *text = NULL;
    g_autofree char *changed = NULL;

    g_assert_true (g_file_get_contents (theirs_path, &text, NULL, NULL));
    changed = sf_test_replace_once (text, "\"Medical and Clinical Laboratory Technologists\"",
                                    "\"Title chosen by a colleague\"");
    g_assert_true (g_file_set_contents (theirs_path, changed, -1, NULL));
  }
  g_free (theirs_path);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = sf_sync_run (other_sync, SF_SYNC_MODE_SYNC, NULL, &error);
  g_assert_no_error (error);

  /* Sync: the conflict view shows both, and taking theirs completes it. */
  gui_activate ("sync");
  WAIT_UNTIL ((dialog = (SfConflictDialog *) find_toplevel (SF_TYPE_CONFLICT_DIALOG)) != NULL);
  g_assert_true (state_is ("Conflict"));
  sf_conflict_dialog_choose (dialog, 0, SF_MERGE_TAKE_THEIRS, NULL);
  sf_conflict_dialog_complete (dialog);
  WAIT_UNTIL (find_toplevel (SF_TYPE_CONFLICT_DIALOG) == NULL);
  WAIT_UNTIL (g_strcmp0 (sf_occupation_get_title (sf_framework_get_occupation (sf_document_get_framework (document))),
                         "Title chosen by a colleague") == 0);
  WAIT_UNTIL (state_is ("Synced"));
  g_assert_false (sf_document_get_modified (document));
  /* Brought in as one step that undo can take back. */
  g_assert_true (sf_document_can_undo (document));

  /* The periodic check finds a colleague's newer version, and Sync
   * brings it in. */
  {
    g_autoptr(GPtrArray) pulled = NULL;
    g_autoptr(GPtrArray) pushed = NULL;
    g_autofree char *text = NULL;
    g_autofree char *changed = NULL;
    g_autofree char *file = g_build_filename (other, "29-2011.00.json", NULL);
    const char *message;

    pulled = sf_sync_run (other_sync, SF_SYNC_MODE_SYNC, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
    changed = sf_test_replace_once (text, "\"Title chosen by a colleague\"", "\"Retitled on the server\"");
    g_assert_true (g_file_set_contents (file, changed, -1, NULL));
    pushed = sf_sync_run (other_sync, SF_SYNC_MODE_SYNC, NULL, &error);
    g_assert_no_error (error);

    _sf_window_sync_check_now (gui_window);
    WAIT_UNTIL ((message = _sf_window_sync_get_message (gui_window)) != NULL && strstr (message, "newer version"));
    g_assert_true (state_is ("Remote changes"));
    gui_activate ("sync");
    WAIT_UNTIL (g_strcmp0 (sf_occupation_get_title (sf_framework_get_occupation (sf_document_get_framework (document))),
                           "Retitled on the server") == 0);
    WAIT_UNTIL (state_is ("Synced"));
  }

  /* Compare with the last synced version after an edit. */
  g_assert_true (sf_document_set_string (document, SF_NODE (occupation), "title", "Another title", NULL));
  gui_activate ("compare-synced");
  {
    AdwMessageDialog *compare;

    WAIT_UNTIL ((compare = gui_find_dialog ()) != NULL);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (compare), "1"));
    gui_respond (compare, "close");
  }
  gui_close_all ();
}

static void
test_browse (void)
{
  g_autofree char *url = collection ("browse");
  g_autofree char *up = g_build_filename (gui_tmpdir, "browse-up", NULL);
  g_autofree char *down = g_build_filename (gui_tmpdir, "browse-down", NULL);
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(SfSync) sync = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  SfBrowseDialog *dialog;
  SfPage *page;

  make_collection (url);
  use_server (url);
  g_settings_set_string (settings (), "sync-folder", down);
  g_mkdir_with_parents (up, 0700);
  copy = g_build_filename (up, "seed.json", NULL);
  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, contents, -1, NULL));
  client = make_client (url);
  folder = g_file_new_for_path (up);
  sync = sf_sync_new (client, folder);
  items = sf_sync_run (sync, SF_SYNC_MODE_PUSH, NULL, &error);
  g_assert_no_error (error);

  gui_activate ("browse-server");
  WAIT_UNTIL ((dialog = (SfBrowseDialog *) find_toplevel (SF_TYPE_BROWSE_DIALOG)) != NULL);
  WAIT_UNTIL (sf_browse_dialog_get_shown (dialog) == 1);
  sf_browse_dialog_set_search (dialog, "no such occupation");
  g_assert_cmpuint (sf_browse_dialog_get_shown (dialog), ==, 0);
  sf_browse_dialog_set_search (dialog, "laboratory");
  g_assert_cmpuint (sf_browse_dialog_get_shown (dialog), ==, 1);
  sf_browse_dialog_set_search (dialog, "29-2011");
  g_assert_cmpuint (sf_browse_dialog_get_shown (dialog), ==, 1);

  /* Opening downloads it and opens it. */
  g_assert_true (sf_browse_dialog_open (dialog, "29-2011.00.json"));
  expected = g_build_filename (down, "29-2011.00.json", NULL);
  WAIT_UNTIL ((page = sf_window_get_current_page (gui_window)) != NULL && !sf_page_get_loading (page) &&
              g_str_equal (g_file_peek_path (sf_page_get_file (page)), expected));
  WAIT_UNTIL (find_toplevel (SF_TYPE_BROWSE_DIALOG) == NULL);
  gui_close_all ();
}

/* A copy of the seed as framework @id in @folder/@name. */
static char *
seed_as (const char *folder,
         const char *name,
         const char *id)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *quoted = g_strdup_printf ("\"id\": \"%s\"", id);
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  changed = sf_test_replace_once (contents, "\"id\": \"29-2011.00\"", quoted);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  return path;
}

/* Sync All: the open framework's unsaved edit is saved and uploaded with
 * the rest of its folder, a framework only on the server comes in, the
 * progress bar moves, and each framework says what became of it. */
static void
test_sync_all (void)
{
  g_autofree char *url = collection ("all");
  g_autofree char *mine = g_build_filename (gui_tmpdir, "all-mine", NULL);
  g_autofree char *theirs = g_build_filename (gui_tmpdir, "all-theirs", NULL);
  g_autofree char *check = g_build_filename (gui_tmpdir, "all-check", NULL);
  g_autofree char *open_path = NULL, *other_path = NULL, *remote_path = NULL, *checked = NULL;
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GFile) theirs_folder = NULL;
  g_autoptr(GFile) check_folder = NULL;
  g_autoptr(SfSync) sync = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GFile) checked_file = NULL;
  SfSyncAllDialog *dialog;
  SfDocument *document;
  SfPage *page;

  make_collection (url);
  use_server (url);
  g_mkdir_with_parents (mine, 0700);
  g_mkdir_with_parents (theirs, 0700);
  g_mkdir_with_parents (check, 0700);
  open_path = seed_as (mine, "all-1.json", "all-1");
  other_path = seed_as (mine, "all-2.json", "all-2");
  remote_path = seed_as (theirs, "all-3.json", "all-3");
  client = make_client (url);
  theirs_folder = g_file_new_for_path (theirs);
  sync = sf_sync_new (client, theirs_folder);
  items = sf_sync_run (sync, SF_SYNC_MODE_SYNC, NULL, &error);
  g_assert_no_error (error);

  page = gui_open_path (open_path);
  document = gui_document_of (page);
  g_assert_true (sf_document_set_string (document, SF_NODE (sf_framework_get_occupation (sf_document_get_framework (document))),
                                         "title", "Title edited before Sync All", NULL));
  g_assert_true (sf_document_get_modified (document));

  gui_activate ("sync-all");
  WAIT_UNTIL ((dialog = (SfSyncAllDialog *) find_toplevel (SF_TYPE_SYNC_ALL_DIALOG)) != NULL);
  WAIT_UNTIL (sf_sync_all_dialog_get_finished (dialog));
  g_assert_cmpstr (sf_sync_all_dialog_get_status (dialog), ==, "3 frameworks synced.");
  g_assert_cmpstr (sf_sync_all_dialog_get_result (dialog, "all-1.json"), ==, "Uploaded to the server");
  g_assert_cmpstr (sf_sync_all_dialog_get_result (dialog, "all-2.json"), ==, "Uploaded to the server");
  g_assert_cmpstr (sf_sync_all_dialog_get_result (dialog, "all-3.json"), ==, "Updated from the server");
  g_assert_cmpfloat (sf_sync_all_dialog_get_fraction (dialog), ==, 1.0);
  g_assert_cmpuint (sf_sync_all_dialog_get_progress_updates (dialog), >=, 1);
  /* Saved before it was sent, and the server has the edit. */
  g_assert_false (sf_document_get_modified (document));
  check_folder = g_file_new_for_path (check);
  g_clear_object (&sync);
  g_clear_pointer (&items, g_ptr_array_unref);
  sync = sf_sync_new (client, check_folder);
  items = sf_sync_run (sync, SF_SYNC_MODE_PULL, NULL, &error);
  g_assert_no_error (error);
  checked = g_build_filename (check, "all-1.json", NULL);
  checked_file = g_file_new_for_path (checked);
  framework = sf_format_load_file (checked_file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_occupation_get_title (sf_framework_get_occupation (framework)), ==, "Title edited before Sync All");
  {
    g_autofree char *downloaded = g_build_filename (mine, "all-3.json", NULL);

    g_assert_true (g_file_test (downloaded, G_FILE_TEST_EXISTS));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The same field changed on both sides: the row says so, and Resolve
   * opens the conflict view, whose completion the row reports. */
  {
    g_autofree char *theirs_copy = g_build_filename (theirs, "all-2.json", NULL);
    g_autofree char *text = NULL;
    g_autofree char *changed = NULL;
    SfConflictDialog *conflicts;

    g_clear_object (&sync);
    g_clear_pointer (&items, g_ptr_array_unref);
    sync = sf_sync_new (client, theirs_folder);
    items = sf_sync_run (sync, SF_SYNC_MODE_SYNC, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (theirs_copy, &text, NULL, NULL));
    changed = sf_test_replace_once (text, "\"Medical and Clinical Laboratory Technologists\"", "\"Their title\"");
    g_assert_true (g_file_set_contents (theirs_copy, changed, -1, NULL));
    g_clear_pointer (&items, g_ptr_array_unref);
    items = sf_sync_run (sync, SF_SYNC_MODE_SYNC, NULL, &error);
    g_assert_no_error (error);

    g_clear_pointer (&text, g_free);
    g_clear_pointer (&changed, g_free);
    g_assert_true (g_file_get_contents (other_path, &text, NULL, NULL));
    changed = sf_test_replace_once (text, "\"Medical and Clinical Laboratory Technologists\"", "\"My title\"");
    g_assert_true (g_file_set_contents (other_path, changed, -1, NULL));

    gui_activate ("sync-all");
    WAIT_UNTIL ((dialog = (SfSyncAllDialog *) find_toplevel (SF_TYPE_SYNC_ALL_DIALOG)) != NULL);
    WAIT_UNTIL (sf_sync_all_dialog_get_finished (dialog));
    g_assert_cmpstr (sf_sync_all_dialog_get_status (dialog), ==, "2 synced, 1 with conflicts to resolve, 0 failed.");
    g_assert_cmpstr (sf_sync_all_dialog_get_result (dialog, "all-2.json"), ==,
                     "Changed on both sides: resolve the conflicts");
    g_assert_true (sf_sync_all_dialog_resolve (dialog, "all-2.json"));
    WAIT_UNTIL ((conflicts = (SfConflictDialog *) find_toplevel (SF_TYPE_CONFLICT_DIALOG)) != NULL);
    sf_conflict_dialog_choose (conflicts, 0, SF_MERGE_TAKE_THEIRS, NULL);
    sf_conflict_dialog_complete (conflicts);
    WAIT_UNTIL (g_strcmp0 (sf_sync_all_dialog_get_result (dialog, "all-2.json"), "Conflicts resolved and synced") == 0);
    g_clear_pointer (&text, g_free);
    g_assert_true (g_file_get_contents (other_path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "\"Their title\""));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  gui_close_all ();
}

/* A network monitor that the test switches on and off. */
#define TEST_TYPE_MONITOR (test_monitor_get_type ())
G_DECLARE_FINAL_TYPE (TestMonitor, test_monitor, TEST, MONITOR, GObject)

struct _TestMonitor
{
  GObject  parent_instance;
  gboolean available;
};

enum {
  PROP_0,
  PROP_NETWORK_AVAILABLE,
  PROP_NETWORK_METERED,
  PROP_CONNECTIVITY,
};

static gboolean
test_monitor_init_initable (GInitable     *initable,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return TRUE;
}

static void
test_monitor_initable_iface_init (GInitableIface *iface)
{
  iface->init = test_monitor_init_initable;
}

static void
test_monitor_iface_init (GNetworkMonitorInterface *iface)
{
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestMonitor, test_monitor, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, test_monitor_initable_iface_init)
                               G_IMPLEMENT_INTERFACE (G_TYPE_NETWORK_MONITOR, test_monitor_iface_init))

static void
test_monitor_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TestMonitor *self = TEST_MONITOR (object);

  switch (prop_id)
    {
    case PROP_NETWORK_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_NETWORK_METERED:
      g_value_set_boolean (value, FALSE);
      break;
    case PROP_CONNECTIVITY:
      g_value_set_enum (value, self->available ? G_NETWORK_CONNECTIVITY_FULL : G_NETWORK_CONNECTIVITY_LOCAL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_monitor_class_init (TestMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = test_monitor_get_property;
  g_object_class_override_property (object_class, PROP_NETWORK_AVAILABLE, "network-available");
  g_object_class_override_property (object_class, PROP_NETWORK_METERED, "network-metered");
  g_object_class_override_property (object_class, PROP_CONNECTIVITY, "connectivity");
}

static void
test_monitor_init (TestMonitor *self)
{
  self->available = TRUE;
}

static void
test_monitor_set_available (TestMonitor *self,
                            gboolean     available)
{
  self->available = available;
  g_object_notify (G_OBJECT (self), "network-available");
}

/* The header says "Offline" while the network monitor says the network is
 * gone, and looks at the server again when it comes back. */
static void
test_offline (void)
{
  g_autofree char *url = collection ("offline");
  g_autofree char *path = NULL;
  g_autoptr(TestMonitor) monitor = g_object_new (TEST_TYPE_MONITOR, NULL);
  SfPage *page;

  make_collection (url);
  use_server (url);
  path = gui_copy_seed ("offline.json");
  /* Before the framework opens: the monitor's change starts no check. */
  _sf_window_sync_set_network_monitor (gui_window, G_NETWORK_MONITOR (monitor));
  page = gui_open_path (path);
  gui_activate ("sync");
  WAIT_UNTIL (state_is ("Synced"));

  test_monitor_set_available (monitor, FALSE);
  WAIT_UNTIL (state_is ("Offline"));
  /* Edited offline: the header still says offline, the edit stays. */
  g_assert_true (sf_document_set_string (gui_document_of (page),
                                         SF_NODE (sf_framework_get_occupation (sf_document_get_framework (gui_document_of (page)))),
                                         "title", "Edited offline", NULL));
  g_assert_true (state_is ("Offline"));
  test_monitor_set_available (monitor, TRUE);
  WAIT_UNTIL (state_is ("Local changes"));
  _sf_window_sync_set_network_monitor (gui_window, g_network_monitor_get_default ());
  gui_close_all ();
}

static void
test_unreachable (void)
{
  g_autofree char *path = gui_copy_seed ("unreachable.json");
  const char *message;

  /* Port 9 (discard): nobody listens on the loopback. */
  g_settings_set_string (settings (), "sync-url", "http://127.0.0.1:9/frameworks/");
  g_settings_set_string (settings (), "sync-user", "");
  gui_open_path (path);
  gui_activate ("sync");
  WAIT_UNTIL ((message = _sf_window_sync_get_message (gui_window)) != NULL);
  g_assert_nonnull (strstr (message, "cannot be reached"));
  g_assert_nonnull (strstr (message, "Your work is saved here"));
  gui_close_all ();
}

static GtkWidget *
bar_control (const char *name)
{
  GtkWidget *control = sf_ui_find_control (GTK_WIDGET (gui_window), name);

  return control != NULL && gtk_widget_is_visible (control) ? control : NULL;
}

/* What the server answers, in words, with the way on from each. */
static void
test_server_errors (void)
{
  g_autofree char *url = collection ("errors");
  g_autofree char *path = gui_copy_seed ("errors.json");
  g_autoptr(GError) error = NULL;
  const char *message;

  use_server (url);
  g_assert_true (sf_sync_secret_store (url, "tester", "not-the-password", NULL, &error));
  g_assert_no_error (error);
  gui_open_path (path);

  /* A refused password: the server's answer, and Preferences to fix it. */
  gui_activate ("sync");
  WAIT_UNTIL ((message = _sf_window_sync_get_message (gui_window)) != NULL && strstr (message, "(401)"));
  g_assert_nonnull (strstr (message, "refused the user name “tester” or its password"));
  g_assert_nonnull (bar_control ("sync-preferences"));
  g_assert_null (bar_control ("sync-create-folder"));

  /* The right password, and a folder that does not exist yet: offered
   * to create it, which makes it and completes the sync. */
  g_assert_true (sf_sync_secret_store (url, "tester", password, NULL, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (bar_control ("sync-retry"), "clicked");
  WAIT_UNTIL ((message = _sf_window_sync_get_message (gui_window)) != NULL && strstr (message, "Create it on the server?"));
  g_assert_nonnull (bar_control ("sync-create-folder"));
  g_signal_emit_by_name (bar_control ("sync-create-folder"), "clicked");
  WAIT_UNTIL (state_is ("Synced"));
  g_assert_null (_sf_window_sync_get_message (gui_window));

  /* Without the company CA, the certificate is not trusted: said so, and
   * never ignored. */
  if (!g_str_has_prefix (url, "https:"))
    {
      g_test_message ("%s serves plain HTTP on loopback: the certificate part runs against Apache", url);
      gui_close_all ();
      return;
    }
  g_settings_set_string (settings (), "sync-ca-file", "");
  gui_activate ("sync");
  WAIT_UNTIL ((message = _sf_window_sync_get_message (gui_window)) != NULL && strstr (message, "not trusted"));
  g_assert_nonnull (strstr (message, "CA certificate file"));
  g_assert_nonnull (bar_control ("sync-preferences"));
  g_assert_false (state_is ("Synced"));
  gui_close_all ();
}

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv, NULL);
  if (g_getenv ("SF_TEST_URL") == NULL ||
      !g_file_get_contents (g_getenv ("SF_TEST_PASSWORD_FILE"), &password, NULL, NULL))
    g_error ("run this test through tests/sync/run-with-server.sh, which starts its server");
  g_strstrip (password);

  g_test_add_func ("/skillframe/gui/sync/preferences", test_preferences);
  g_test_add_func ("/skillframe/gui/sync/sync-and-conflict", test_sync_and_conflict);
  g_test_add_func ("/skillframe/gui/sync/browse", test_browse);
  g_test_add_func ("/skillframe/gui/sync/unreachable", test_unreachable);
  g_test_add_func ("/skillframe/gui/sync/server-errors", test_server_errors);
  g_test_add_func ("/skillframe/gui/sync/sync-all", test_sync_all);
  g_test_add_func ("/skillframe/gui/sync/offline", test_offline);
  return gui_test_run ();
}
