/* sf-sync-secret.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "sf-sync-secret.h"

/* The password of a sync remote lives in the Secret Service (GNOME
 * Keyring, KWallet) only, keyed by the remote's URL and the user name:
 * never in a file, a setting, a log or a URL. */
static const SecretSchema *
sync_schema (void)
{
  static const SecretSchema schema = {
    "io.github.skillframe.Skillframe.Sync", SECRET_SCHEMA_NONE,
    {
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };

  return &schema;
}

/**
 * sf_sync_secret_lookup:
 * @url: the remote's URL
 * @user: the user name
 * @cancellable: (nullable): a #GCancellable
 * @error: why the secret store could not be asked
 *
 * Returns: (transfer full) (nullable): the stored password, or %NULL
 *   without @error when none is stored; free it with secret_password_free()
 */
char *
sf_sync_secret_lookup (const char    *url,
                       const char    *user,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *password;

  g_return_val_if_fail (url != NULL && user != NULL, NULL);

  password = secret_password_lookup_sync (sync_schema (), cancellable, &local_error,
                                          "url", url, "user", user, NULL);
  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The password store (Secret Service) cannot be used: %s"), local_error->message);
      return NULL;
    }
  return password;
}

/**
 * sf_sync_secret_store:
 * @url: the remote's URL
 * @user: the user name
 * @password: the password
 * @cancellable: (nullable): a #GCancellable
 * @error: why it could not be stored
 *
 * Returns: whether the password is stored, in the default keyring
 */
gboolean
sf_sync_secret_store (const char    *url,
                      const char    *user,
                      const char    *password,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *label = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (url != NULL && user != NULL && password != NULL, FALSE);

  label = g_strdup_printf (_("Skillframe sync: %s at %s"), user, url);
  if (!secret_password_store_sync (sync_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                                   cancellable, &local_error, "url", url, "user", user, NULL))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The password cannot be stored in the password store (Secret Service): %s"),
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * sf_sync_secret_clear:
 * @url: the remote's URL
 * @user: the user name
 * @cancellable: (nullable): a #GCancellable
 * @error: why it could not be removed
 *
 * Returns: whether no password is stored any more
 */
gboolean
sf_sync_secret_clear (const char    *url,
                      const char    *user,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  secret_password_clear_sync (sync_schema (), cancellable, &local_error, "url", url, "user", user, NULL);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char *url;
  char *user;
  char *password;
} SecretData;

static void
secret_data_free (SecretData *data)
{
  g_free (data->url);
  g_free (data->user);
  if (data->password != NULL)
    secret_password_wipe (data->password);
  g_free (data->password);
  g_free (data);
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SecretData *data = task_data;
  GError *error = NULL;
  char *password = sf_sync_secret_lookup (data->url, data->user, cancellable, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
}

void
sf_sync_secret_lookup_async (const char          *url,
                             const char          *user,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SecretData *data = g_new0 (SecretData, 1);

  data->url = g_strdup (url);
  data->user = g_strdup (user);
  g_task_set_source_tag (task, sf_sync_secret_lookup_async);
  g_task_set_task_data (task, data, (GDestroyNotify) secret_data_free);
  g_task_run_in_thread (task, lookup_thread);
}

/**
 * sf_sync_secret_lookup_finish:
 * @result: the result given to the callback
 * @error: why the store could not be asked
 *
 * Returns: (transfer full) (nullable): the password, or %NULL without
 *   @error when none is stored
 */
char *
sf_sync_secret_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
store_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SecretData *data = task_data;
  GError *error = NULL;

  if (sf_sync_secret_store (data->url, data->user, data->password, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sf_sync_secret_store_async (const char          *url,
                            const char          *user,
                            const char          *password,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SecretData *data = g_new0 (SecretData, 1);

  data->url = g_strdup (url);
  data->user = g_strdup (user);
  data->password = g_strdup (password);
  g_task_set_source_tag (task, sf_sync_secret_store_async);
  g_task_set_task_data (task, data, (GDestroyNotify) secret_data_free);
  g_task_run_in_thread (task, store_thread);
}

gboolean
sf_sync_secret_store_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
