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
 * Server with its search, Compare with Last Synced Version, and an
 * unreachable server explained in the sync bar.
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
  return gui_test_run ();
}
