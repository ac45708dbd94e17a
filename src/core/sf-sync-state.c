/* sf-sync-state.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sf-sync-state.h"

/* The layout, in the folder of the local frameworks:
 *
 *   .skillframe-sync/<hash of the remote URL>/<name>.state   a key file
 *   .skillframe-sync/<hash of the remote URL>/base/<sha256>  a merge base
 *
 * A base is written before the state that names it, each atomically, so
 * that a crash leaves either the old state with its old base or the new
 * state with its new base; a base is named by its hash, so a state never
 * names a base of other contents. */
#define STATE_FOLDER ".skillframe-sync"
#define STATE_SUFFIX ".state"
#define GROUP "sync"

G_DEFINE_BOXED_TYPE (SfSyncState, sf_sync_state, sf_sync_state_copy, sf_sync_state_free)

SfSyncState *
sf_sync_state_copy (const SfSyncState *self)
{
  SfSyncState *copy = g_new0 (SfSyncState, 1);

  copy->name = g_strdup (self->name);
  copy->etag = g_strdup (self->etag);
  copy->base_hash = g_strdup (self->base_hash);
  copy->local_name = g_strdup (self->local_name);
  copy->local_etag = g_strdup (self->local_etag);
  return copy;
}

void
sf_sync_state_free (SfSyncState *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->etag);
  g_free (self->base_hash);
  g_free (self->local_name);
  g_free (self->local_etag);
  g_free (self);
}

/**
 * sf_sync_state_folder:
 * @folder: the folder of the local frameworks
 * @url: the remote's URL
 *
 * Returns: (transfer full): where the sync state of @folder towards @url
 *   lives (a hidden folder inside @folder: the state goes with the files)
 */
GFile *
sf_sync_state_folder (GFile      *folder,
                      const char *url)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  g_autofree char *path = NULL;

  hash[16] = '\0';
  path = g_build_filename (STATE_FOLDER, hash, NULL);
  return g_file_resolve_relative_path (folder, path);
}

static SfSyncState *
read_state (GFile        *file,
            const char   *name,
            GCancellable *cancellable)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *contents = NULL;
  gsize length;
  SfSyncState *state;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, NULL) ||
      !g_key_file_load_from_data (keys, contents, length, G_KEY_FILE_NONE, NULL))
    return NULL;
  state = g_new0 (SfSyncState, 1);
  state->name = g_strdup (name);
  state->etag = g_key_file_get_string (keys, GROUP, "etag", NULL);
  state->base_hash = g_key_file_get_string (keys, GROUP, "base", NULL);
  state->local_name = g_key_file_get_string (keys, GROUP, "local", NULL);
  state->local_etag = g_key_file_get_string (keys, GROUP, "local-etag", NULL);
  if (state->base_hash == NULL || state->local_name == NULL)
    {
      sf_sync_state_free (state);
      return NULL;
    }
  return state;
}

/**
 * sf_sync_state_load_all:
 * @state_folder: from sf_sync_state_folder()
 * @cancellable: (nullable): a #GCancellable
 * @error: why the folder cannot be read
 *
 * Reads every framework's state. A state file that cannot be read counts
 * as no state: the next sync then treats the framework as never synced,
 * which can only ask more of the author, never lose an edit.
 *
 * Returns: (transfer container) (element-type utf8 SfSyncState): the
 *   states by remote name, empty when there is no state yet
 */
GHashTable *
sf_sync_state_load_all (GFile         *state_folder,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GHashTable) states = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) sf_sync_state_free);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) local_error = NULL;

  children = g_file_enumerate_children (state_folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (children == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&states);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  for (;;)
    {
      GFileInfo *info;
      GFile *child;
      const char *file_name;
      g_autofree char *name = NULL;
      SfSyncState *state;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, error))
        return NULL;
      if (info == NULL)
        break;
      file_name = g_file_info_get_name (info);
      if (!g_str_has_suffix (file_name, STATE_SUFFIX))
        continue;
      name = g_strndup (file_name, strlen (file_name) - strlen (STATE_SUFFIX));
      state = read_state (child, name, cancellable);
      if (state != NULL)
        g_hash_table_replace (states, state->name, state);
    }
  return g_steal_pointer (&states);
}

/**
 * sf_sync_state_load_base:
 * @state_folder: from sf_sync_state_folder()
 * @state: a framework's state
 * @cancellable: (nullable): a #GCancellable
 * @error: why the base cannot be read
 *
 * Returns: (transfer full) (nullable): the last synced version, checked
 *   against its hash
 */
GBytes *
sf_sync_state_load_base (GFile              *state_folder,
                         const SfSyncState  *state,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autofree char *path = g_build_filename ("base", state->base_hash, NULL);
  g_autoptr(GFile) file = g_file_resolve_relative_path (state_folder, path);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *hash = NULL;

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (g_strcmp0 (hash, state->base_hash) != 0)
    {
      g_autofree char *shown = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The last synced version %s is damaged"), shown);
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

static gboolean
replace_contents (GFile         *file,
                  const char    *data,
                  gsize          length,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (parent, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

/**
 * sf_sync_state_save:
 * @state_folder: from sf_sync_state_folder()
 * @state: the new state; its @base_hash is set from @base
 * @base: the version the server confirmed
 * @cancellable: (nullable): a #GCancellable
 * @error: why the state cannot be written
 *
 * Writes the merge base, then the state that names it, each atomically,
 * and removes the base the previous state named.
 *
 * Returns: whether both were written
 */
gboolean
sf_sync_state_save (GFile              *state_folder,
                    const SfSyncState  *state,
                    GBytes             *base,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, base);
  g_autofree char *base_path = g_build_filename ("base", hash, NULL);
  g_autofree char *state_name = g_strconcat (state->name, STATE_SUFFIX, NULL);
  g_autoptr(GFile) base_file = g_file_resolve_relative_path (state_folder, base_path);
  g_autoptr(GFile) state_file = g_file_get_child (state_folder, state_name);
  g_autoptr(SfSyncState) previous = read_state (state_file, state->name, cancellable);
  g_autofree char *data = NULL;
  gsize length;
  gconstpointer base_data;
  gsize base_length;

  g_return_val_if_fail (state->name != NULL && state->local_name != NULL, FALSE);

  base_data = g_bytes_get_data (base, &base_length);
  if (!replace_contents (base_file, base_data, base_length, cancellable, error))
    return FALSE;

  g_key_file_set_string (keys, GROUP, "base", hash);
  g_key_file_set_string (keys, GROUP, "local", state->local_name);
  if (state->etag != NULL)
    g_key_file_set_string (keys, GROUP, "etag", state->etag);
  if (state->local_etag != NULL)
    g_key_file_set_string (keys, GROUP, "local-etag", state->local_etag);
  data = g_key_file_to_data (keys, &length, NULL);
  if (!replace_contents (state_file, data, length, cancellable, error))
    return FALSE;

  if (previous != NULL && g_strcmp0 (previous->base_hash, hash) != 0)
    {
      g_autofree char *old_path = g_build_filename ("base", previous->base_hash, NULL);
      g_autoptr(GFile) old = g_file_resolve_relative_path (state_folder, old_path);

      g_file_delete (old, NULL, NULL);
    }
  return TRUE;
}

/**
 * sf_sync_remote_name:
 * @framework_id: a framework's id
 *
 * The file name of a framework in the remote collection comes from its id
 * (not from the local file's name, which each author chooses): letters,
 * digits, dots and hyphens stay, every other byte is written `_XX` in hex.
 * "29-2011.00" gives "29-2011.00.json".
 *
 * Returns: (transfer full) (nullable): the name, or %NULL for an empty id
 */
char *
sf_sync_remote_name (const char *framework_id)
{
  GString *name;

  if (framework_id == NULL || *framework_id == '\0')
    return NULL;
  name = g_string_new (NULL);
  for (const char *p = framework_id; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '-' || (*p == '.' && p != framework_id))
        g_string_append_c (name, *p);
      else
        g_string_append_printf (name, "_%02X", (guchar) *p);
    }
  g_string_append (name, ".json");
  return g_string_free (name, FALSE);
}
