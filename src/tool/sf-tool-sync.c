/* sf-tool-sync.c: skillframe-tool sync
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sf-merge.h"
#include "sf-sync.h"
#include "sf-sync-secret.h"
#include "sf-tool.h"

static int
sync_exit_status (const GError *error)
{
  if (error->domain != SF_SYNC_ERROR)
    return sf_tool_exit_status (error);
  switch (error->code)
    {
    case SF_SYNC_ERROR_INVALID_URL:
    case SF_SYNC_ERROR_INSECURE:
      return SF_EXIT_USAGE;
    case SF_SYNC_ERROR_AUTH:
    case SF_SYNC_ERROR_FORBIDDEN:
    case SF_SYNC_ERROR_NO_PASSWORD:
      return SF_EXIT_NOPERM;
    case SF_SYNC_ERROR_NOT_FOUND:
      return SF_EXIT_NOINPUT;
    case SF_SYNC_ERROR_CONFLICT:
      return SF_EXIT_PROBLEMS;
    case SF_SYNC_ERROR_PROTOCOL:
    case SF_SYNC_ERROR_UNSAFE_SERVER:
    case SF_SYNC_ERROR_PRECONDITION:
    case SF_SYNC_ERROR_LOCKED:
    case SF_SYNC_ERROR_UNREACHABLE:
    case SF_SYNC_ERROR_TIMEOUT:
    case SF_SYNC_ERROR_TLS:
    case SF_SYNC_ERROR_SERVER:
    case SF_SYNC_ERROR_REDIRECT:
    default:
      return SF_EXIT_UNAVAILABLE;
    }
}

static void
progress_cb (guint       done,
             guint       total,
             const char *name,
             gpointer    user_data)
{
  /* On a terminal only; one line, rewritten. */
  fprintf (stderr, "\r\033[K[%u/%u] %s", done, total, name);
  if (done == total)
    fputc ('\n', stderr);
  fflush (stderr);
}

static char *
read_password (GError **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  int c;

  while ((c = getchar ()) != EOF && c != '\n')
    g_string_append_c (line, (char) c);
  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);
  if (line->len == 0)
    {
      g_set_error_literal (error, SF_SYNC_ERROR, SF_SYNC_ERROR_NO_PASSWORD,
                           _("--password-stdin: no password on the standard input"));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
print_value (const char *label,
             JsonNode   *node)
{
  g_autofree char *text = NULL;

  if (node == NULL)
    text = g_strdup (_("(absent)"));
  else
    text = json_to_string (node, FALSE);
  g_print ("    %-7s %s\n", label, text);
}

static JsonNode *
item_to_json (SfSyncItem *item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, item->name);
  if (item->file != NULL)
    {
      g_autofree char *path = g_file_get_path (item->file);

      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, path);
    }
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, (const char *[]) {
    "synced", "local-changes", "remote-changes", "both-changed",
    "local-only", "remote-only", "conflict", "failed" }[item->state]);
  json_builder_set_member_name (builder, "action");
  json_builder_add_string_value (builder, (const char *[]) {
    "none", "uploaded", "downloaded", "merged" }[item->action]);
  if (item->error != NULL)
    {
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, item->error->message);
    }
  if (item->conflicts != NULL && item->state == SF_SYNC_ITEM_CONFLICT)
    {
      json_builder_set_member_name (builder, "conflicts");
      json_builder_begin_array (builder);
      for (guint i = 0; i < item->conflicts->len; i++)
        json_builder_add_value (builder, sf_merge_conflict_to_json (g_ptr_array_index (item->conflicts, i)));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_item (SfSyncItem *item)
{
  g_autofree char *path = item->file != NULL ? g_file_get_path (item->file) : NULL;
  const char *action = NULL;

  switch (item->action)
    {
    case SF_SYNC_ACTION_UPLOADED:
      action = _("uploaded");
      break;
    case SF_SYNC_ACTION_DOWNLOADED:
      action = _("downloaded");
      break;
    case SF_SYNC_ACTION_MERGED:
      action = _("merged");
      break;
    case SF_SYNC_ACTION_NONE:
    default:
      break;
    }

  g_print ("%s: %s", item->name, sf_sync_item_state_to_string (item->state));
  if (action != NULL)
    g_print (" (%s)", action);
  if (path != NULL)
    g_print ("  %s", path);
  g_print ("\n");
  if (item->error != NULL)
    g_print ("  %s\n", item->error->message);
  if (item->state == SF_SYNC_ITEM_CONFLICT)
    for (guint i = 0; i < item->conflicts->len; i++)
      {
        SfMergeConflict *conflict = g_ptr_array_index (item->conflicts, i);

        g_print ("  %s\n", *sf_merge_conflict_get_pointer (conflict) ? sf_merge_conflict_get_pointer (conflict) : "/");
        print_value (_("base:"), sf_merge_conflict_get_base (conflict));
        print_value (_("mine:"), sf_merge_conflict_get_mine (conflict));
        print_value (_("theirs:"), sf_merge_conflict_get_theirs (conflict));
      }
}

static int
item_status (SfSyncItem *item)
{
  if (item->state == SF_SYNC_ITEM_CONFLICT)
    return SF_EXIT_PROBLEMS;
  if (item->state == SF_SYNC_ITEM_FAILED && item->error != NULL)
    return sync_exit_status (item->error);
  return SF_EXIT_OK;
}

static int
run_list (SfSyncClient *client,
          gboolean      as_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = sf_sync_client_list_with_properties (client, NULL, &error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (members == NULL)
    {
      g_printerr ("%s\n", error->message);
      return sync_exit_status (error);
    }
  json_builder_begin_array (builder);
  for (guint i = 0; i < members->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (members, i);
      g_autoptr(GDateTime) when = r->last_modified != 0 ? g_date_time_new_from_unix_utc (r->last_modified) : NULL;
      g_autofree char *changed = when != NULL ? g_date_time_format_iso8601 (when) : NULL;

      if (r->name[0] == '.' || !g_str_has_suffix (r->name, ".json"))
        continue;
      if (as_json)
        {
          json_builder_begin_object (builder);
#define MEMBER(key, value) if ((value) != NULL) { json_builder_set_member_name (builder, key); json_builder_add_string_value (builder, value); }
          MEMBER ("name", r->name);
          MEMBER ("id", r->id);
          MEMBER ("title", r->title);
          MEMBER ("soc_code", r->code);
          MEMBER ("version", r->version);
          MEMBER ("status", r->status);
          MEMBER ("last_change", changed);
          MEMBER ("etag", r->etag);
#undef MEMBER
          json_builder_end_object (builder);
        }
      else
        g_print ("%-24s %-10s %-8s %-10s %-20s %s\n", r->name,
                 r->code != NULL ? r->code : "—",
                 r->version != NULL ? r->version : "—",
                 r->status != NULL ? r->status : "—",
                 changed != NULL ? changed : "—",
                 r->title != NULL ? r->title : "—");
    }
  json_builder_end_array (builder);
  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      sf_tool_print_json (root);
    }
  return SF_EXIT_OK;
}

int
sf_tool_sync (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) folders = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *remote = NULL;
  g_autofree char *user = NULL;
  g_autofree char *prefer = NULL;
  g_autofree char *ca_file = NULL;
  char *password = NULL;
  gboolean password_stdin = FALSE;
  gboolean as_json = FALSE;
  gboolean from_secret = FALSE;
  const char *command;
  SfSyncMode mode;
  SfSyncPrefer preference = SF_SYNC_PREFER_NONE;
  int status = SF_EXIT_OK;
  const GOptionEntry entries[] = {
    { "remote", 0, 0, G_OPTION_ARG_STRING, &remote, N_("The URL of the WebDAV folder (collection) of the frameworks"), N_("URL") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The user name on the server"), N_("NAME") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin, N_("Read the password from the first line of the standard input instead of the password store"), NULL },
    { "prefer", 0, 0, G_OPTION_ARG_STRING, &prefer, N_("Resolve every conflict with this side, for unattended merges"), "mine|theirs" },
    { "ca-file", 0, 0, G_OPTION_ARG_FILENAME, &ca_file, N_("Also trust the CA certificates in this PEM file (a company CA)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the result as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("list|pull|push|sync|status [FILE|FOLDER…] — share frameworks through a WebDAV server"));
  g_option_context_set_description (context,
    _("list    the frameworks on the server, with title, code, version, status and last change\n"
      "status  compare the local frameworks with the server's, transferring nothing\n"
      "pull    bring the server's changes in (merged with local ones)\n"
      "push    upload the local changes (merged with the server's first)\n"
      "sync    both\n\n"
      "A folder (the current one by default) stands for every framework in it and on the\n"
      "server; a file, for that framework only. The last synced version of each framework\n"
      "is kept in the folder's .skillframe-sync as the base of three-way merges.\n"
      "The password comes from the desktop's password store (Secret Service), where the\n"
      "editor's Sync preferences put it, or from --password-stdin; never from an argument.\n"
      "Conflicts are printed and the exit status is 1, unless --prefer resolves them.\n"
      "Exit status 69: the server is unreachable or failed; 77: the credentials were refused."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Not sf_tool_parse(): what is missing is a subcommand, not a file. */
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return SF_EXIT_USAGE;
    }
  if (argc < 2)
    {
      g_printerr (_("sync: which one: list, pull, push, sync or status?\n"));
      return SF_EXIT_USAGE;
    }
  command = argv[1];
  if (strcmp (command, "list") == 0 || strcmp (command, "status") == 0)
    mode = SF_SYNC_MODE_STATUS;
  else if (strcmp (command, "pull") == 0)
    mode = SF_SYNC_MODE_PULL;
  else if (strcmp (command, "push") == 0)
    mode = SF_SYNC_MODE_PUSH;
  else if (strcmp (command, "sync") == 0)
    mode = SF_SYNC_MODE_SYNC;
  else
    {
      g_printerr (_("sync: unknown command “%s”: use list, pull, push, sync or status\n"), command);
      return SF_EXIT_USAGE;
    }
  if (remote == NULL)
    {
      g_printerr (_("sync: --remote URL is needed\n"));
      return SF_EXIT_USAGE;
    }
  if (prefer != NULL)
    {
      if (strcmp (prefer, "mine") == 0)
        preference = SF_SYNC_PREFER_MINE;
      else if (strcmp (prefer, "theirs") == 0)
        preference = SF_SYNC_PREFER_THEIRS;
      else
        {
          g_printerr (_("sync: --prefer must be “mine” or “theirs”, not “%s”\n"), prefer);
          return SF_EXIT_USAGE;
        }
    }

  client = sf_sync_client_new (remote, user, &error);
  if (client == NULL || !sf_sync_client_set_ca_file (client, ca_file, &error))
    {
      g_printerr ("sync: %s\n", error->message);
      return sync_exit_status (error);
    }
  if (user != NULL)
    {
      if (password_stdin)
        password = read_password (&error);
      else
        {
          password = sf_sync_secret_lookup (sf_sync_client_get_url (client), user, NULL, &error);
          from_secret = TRUE;
          if (password == NULL && error == NULL)
            g_set_error (&error, SF_SYNC_ERROR, SF_SYNC_ERROR_NO_PASSWORD,
                         _("No password is stored for %s at %s: set it in the editor’s Sync preferences, or give it with --password-stdin"),
                         user, sf_sync_client_get_url (client));
        }
      if (password == NULL)
        {
          g_printerr ("sync: %s\n", error->message);
          return error->domain == SF_SYNC_ERROR ? sync_exit_status (error) : SF_EXIT_NOPERM;
        }
      sf_sync_client_set_password (client, password);
      if (from_secret)
        secret_password_free (password);
      else
        {
          secret_password_wipe (password);
          g_free (password);
        }
    }

  if (strcmp (command, "list") == 0)
    return run_list (client, as_json);

  /* Files go with their folder: each folder syncs once, with its state. */
  folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  order = g_ptr_array_new_with_free_func (g_free);
  for (int i = 2; i <= argc; i++)
    {
      const char *arg = i < argc ? argv[i] : (argc == 2 ? "." : NULL);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) folder = NULL;
      g_autofree char *key = NULL;
      gboolean is_folder;
      SfSync *sync;

      if (arg == NULL)
        break;
      file = g_file_new_for_commandline_arg (arg);
      is_folder = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
      if (!is_folder && !g_file_query_exists (file, NULL))
        {
          g_printerr (_("%s: no such file or folder\n"), arg);
          sf_tool_merge_status (&status, SF_EXIT_NOINPUT);
          continue;
        }
      folder = is_folder ? g_object_ref (file) : g_file_get_parent (file);
      key = g_file_get_path (folder);
      sync = g_hash_table_lookup (folders, key);
      if (sync == NULL)
        {
          sync = sf_sync_new (client, folder);
          sf_sync_set_prefer (sync, preference);
          if (!as_json && isatty (STDERR_FILENO))
            sf_sync_set_progress_func (sync, progress_cb, NULL, NULL);
          g_hash_table_insert (folders, g_strdup (key), sync);
          g_ptr_array_add (order, g_strdup (key));
        }
      if (!is_folder)
        sf_sync_add_file (sync, file);
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < order->len; i++)
    {
      SfSync *sync = g_hash_table_lookup (folders, g_ptr_array_index (order, i));
      g_autoptr(GPtrArray) items = NULL;

      g_clear_error (&error);
      items = sf_sync_run (sync, mode, NULL, &error);
      if (items == NULL)
        {
          g_printerr ("sync: %s\n", error->message);
          sf_tool_merge_status (&status, sync_exit_status (error));
          /* The server is the same for every folder. */
          if (sf_sync_error_is_offline (error) || g_error_matches (error, SF_SYNC_ERROR, SF_SYNC_ERROR_AUTH) ||
              g_error_matches (error, SF_SYNC_ERROR, SF_SYNC_ERROR_TLS))
            break;
          continue;
        }
      for (guint j = 0; j < items->len; j++)
        {
          SfSyncItem *item = g_ptr_array_index (items, j);

          if (as_json)
            json_builder_add_value (builder, item_to_json (item));
          else
            print_item (item);
          if (item->error != NULL)
            g_printerr ("%s: %s\n", item->name, item->error->message);
          sf_tool_merge_status (&status, item_status (item));
        }
    }
  json_builder_end_array (builder);
  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      sf_tool_print_json (root);
    }
  return status;
}
