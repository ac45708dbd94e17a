/* sf-sync-preferences-page.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sf-sync-client.h"
#include "sf-sync-preferences-page.h"
#include "sf-sync-secret.h"
#include "sf-ui-util.h"

/**
 * SfSyncPreferencesPage:
 *
 * The Sync page of the preferences: the server's address, the user name,
 * the password (kept in the desktop's password store when applied, never
 * in the settings), an optional extra CA file, the folder for frameworks
 * opened from the server, and Test Connection, which lists the server's
 * folder and says plainly what the server answered; when the folder does
 * not exist, it offers to create it (MKCOL).
 */
struct _SfSyncPreferencesPage
{
  AdwPreferencesPage  parent_instance;

  AdwEntryRow        *url_row;
  AdwEntryRow        *user_row;
  AdwEntryRow        *password_row;
  AdwEntryRow        *ca_row;
  AdwEntryRow        *folder_row;
  GtkButton          *test_button;
  GtkButton          *create_button;
  GtkLabel           *result_label;
  GtkSpinButton      *check_spin;

  GSettings          *settings;
  GCancellable       *cancellable;
};

G_DEFINE_FINAL_TYPE (SfSyncPreferencesPage, sf_sync_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_result (SfSyncPreferencesPage *self,
             const char            *text)
{
  gtk_label_set_text (self->result_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), text != NULL);
}

/* A client for what the rows hold now, tested before it is relied on. */
static SfSyncClient *
client_from_rows (SfSyncPreferencesPage  *self,
                  GError                **error)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  const char *ca = gtk_editable_get_text (GTK_EDITABLE (self->ca_row));
  g_autoptr(SfSyncClient) client = NULL;

  if (*url == '\0')
    {
      g_set_error_literal (error, SF_SYNC_ERROR, SF_SYNC_ERROR_INVALID_URL,
                           _("Give the address of the server’s folder first"));
      return NULL;
    }
  client = sf_sync_client_new (url, user, error);
  if (client == NULL || !sf_sync_client_set_ca_file (client, ca, error))
    return NULL;
  sf_sync_client_set_timeout (client, 20);
  return g_steal_pointer (&client);
}

static void
stored_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SfSyncPreferencesPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_sync_secret_store_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_result (self, error->message);
      return;
    }
  show_result (self, _("The password is saved in the password store."));
}

static void
password_apply_cb (SfSyncPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfSyncClient) client = client_from_rows (self, &error);
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));

  if (client == NULL)
    {
      show_result (self, error->message);
      return;
    }
  if (*user == '\0')
    {
      show_result (self, _("Give the user name first: the password is stored for that user."));
      return;
    }
  sf_sync_secret_store_async (sf_sync_client_get_url (client), user,
                              gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                              self->cancellable, stored_cb, g_object_ref (self));
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SfSyncPreferencesPage) self = user_data;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint frameworks = 0;

  members = sf_sync_client_list_finish (SF_SYNC_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->create_button),
                          g_error_matches (error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND));
  if (members == NULL)
    {
      if (g_error_matches (error, SF_SYNC_ERROR, SF_SYNC_ERROR_NOT_FOUND))
        text = g_strdup_printf (_("%s Create it with Create Folder."), error->message);
      else
        text = g_strdup (error->message);
      show_result (self, text);
      return;
    }
  for (guint i = 0; i < members->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (members, i);

      if (r->name[0] != '.' && g_str_has_suffix (r->name, ".json"))
        frameworks++;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Connected: the folder holds %u framework.",
                                       "Connected: the folder holds %u frameworks.", frameworks),
                          frameworks);
  show_result (self, text);
}

static void
with_password (SfSyncPreferencesPage *self,
               SfSyncClient          *client,
               const char            *stored)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  sf_sync_client_set_password (client, *typed != '\0' ? typed : stored);
}

typedef struct
{
  SfSyncPreferencesPage *self;
  SfSyncClient          *client;
  gboolean               create;
} Attempt;

static void
attempt_free (Attempt *attempt)
{
  g_object_unref (attempt->self);
  g_object_unref (attempt->client);
  g_free (attempt);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(SfSyncPreferencesPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_sync_client_create_collection_finish (SF_SYNC_CLIENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_result (self, error->message);
      return;
    }
  sf_sync_client_list_async (SF_SYNC_CLIENT (object), self->cancellable, listed_cb, g_object_ref (self));
}

static void
looked_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Attempt *attempt = user_data;
  g_autoptr(GError) error = NULL;
  char *stored = sf_sync_secret_lookup_finish (result, &error);

  /* Without a password store, a typed password still works. */
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("No password store: %s", error->message);
  with_password (attempt->self, attempt->client, stored);
  if (stored != NULL)
    {
      memset (stored, 0, strlen (stored));
      g_free (stored);
    }
  if (attempt->create)
    sf_sync_client_create_collection_async (attempt->client, attempt->self->cancellable,
                                            created_cb, g_object_ref (attempt->self));
  else
    sf_sync_client_list_async (attempt->client, attempt->self->cancellable,
                               listed_cb, g_object_ref (attempt->self));
  attempt_free (attempt);
}

static void
start (SfSyncPreferencesPage *self,
       gboolean               create)
{
  g_autoptr(GError) error = NULL;
  SfSyncClient *client = client_from_rows (self, &error);
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  Attempt *attempt;

  if (client == NULL)
    {
      show_result (self, error->message);
      return;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), FALSE);
  show_result (self, create ? _("Creating the folder…") : _("Connecting…"));

  attempt = g_new0 (Attempt, 1);
  attempt->self = g_object_ref (self);
  attempt->client = client;
  attempt->create = create;
  if (*user == '\0')
    {
      looked_up_cb (NULL, NULL, attempt);
      return;
    }
  sf_sync_secret_lookup_async (sf_sync_client_get_url (client), user, self->cancellable,
                               looked_up_cb, attempt);
}

static void
test_clicked_cb (SfSyncPreferencesPage *self)
{
  start (self, FALSE);
}

static void
create_clicked_cb (SfSyncPreferencesPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->create_button), FALSE);
  start (self, TRUE);
}

static void
sf_sync_preferences_page_dispose (GObject *object)
{
  SfSyncPreferencesPage *self = (SfSyncPreferencesPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SYNC_PREFERENCES_PAGE);

  G_OBJECT_CLASS (sf_sync_preferences_page_parent_class)->dispose (object);
}

static void
sf_sync_preferences_page_class_init (SfSyncPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_sync_preferences_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/skillframe/Skillframe/sf-sync-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, ca_row);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, folder_row);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, test_button);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, create_button);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, result_label);
  gtk_widget_class_bind_template_child (widget_class, SfSyncPreferencesPage, check_spin);
  gtk_widget_class_bind_template_callback (widget_class, password_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, test_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
}

static void
sf_sync_preferences_page_init (SfSyncPreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  sf_ui_set_control_name (self->url_row, "sync-url");
  sf_ui_set_control_name (self->user_row, "sync-user");
  sf_ui_set_control_name (self->password_row, "sync-password");
  sf_ui_set_control_name (self->ca_row, "sync-ca-file");
  sf_ui_set_control_name (self->folder_row, "sync-folder");
  sf_ui_set_control_name (self->check_spin, "sync-check-minutes");
  sf_ui_set_control_name (self->test_button, "sync-test");
  sf_ui_set_control_name (self->create_button, "sync-create");
  sf_ui_set_control_name (self->result_label, "sync-result");
}

/**
 * sf_sync_preferences_page_new:
 * @settings: the editor's settings
 *
 * Returns: (transfer full): the Sync page, bound to @settings
 */
SfSyncPreferencesPage *
sf_sync_preferences_page_new (GSettings *settings)
{
  SfSyncPreferencesPage *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SF_TYPE_SYNC_PREFERENCES_PAGE, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "sync-url", self->url_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sync-user", self->user_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sync-ca-file", self->ca_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sync-folder", self->folder_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sync-check-minutes", gtk_spin_button_get_adjustment (self->check_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  return self;
}

/**
 * sf_sync_preferences_page_get_result:
 * @self: a #SfSyncPreferencesPage
 *
 * Returns: (nullable): what the last Test Connection or password change
 *   said, as shown
 */
const char *
sf_sync_preferences_page_get_result (SfSyncPreferencesPage *self)
{
  g_return_val_if_fail (SF_IS_SYNC_PREFERENCES_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->result_label)))
    return NULL;
  return gtk_label_get_text (self->result_label);
}
