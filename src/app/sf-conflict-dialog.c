/* sf-conflict-dialog.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-conflict-dialog.h"
#include "sf-merge.h"
#include "sf-ui-util.h"

/**
 * SfConflictDialog:
 *
 * The conflicts of a sync, each side by side: the last synced version
 * (base), the local one (mine) and the server's (theirs). For each the
 * author keeps mine, takes theirs, or edits the value; Complete Sync then
 * resolves them all, saves the result and uploads it over the server
 * version it was merged with. Nothing is chosen for the author: Complete
 * Sync stays insensitive until every conflict has a choice.
 *
 * Emits #SfConflictDialog::completed with the error, if any, of the
 * upload.
 */
struct _SfConflictDialog
{
  AdwWindow     parent_instance;

  SfSync       *sync;
  SfSyncItem   *item;
  GPtrArray    *choices;   /* per conflict: the mine, theirs and edit toggles */
  GPtrArray    *entries;   /* per conflict: the edited value */
  GtkWidget    *complete_button;
  GtkLabel     *status_label;
  AdwPreferencesPage *page;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (SfConflictDialog, sf_conflict_dialog, ADW_TYPE_WINDOW)

enum {
  COMPLETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GtkCheckButton *mine;
  GtkCheckButton *theirs;
  GtkCheckButton *edit;
} Choice;

static char *
value_text (JsonNode *node)
{
  if (node == NULL)
    return g_strdup (_("(deleted)"));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return json_to_string (node, TRUE);
}

static void
update_sensitive (SfConflictDialog *self)
{
  gboolean all = TRUE;

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *c = g_ptr_array_index (self->choices, i);
      GtkWidget *entry = g_ptr_array_index (self->entries, i);

      gtk_widget_set_sensitive (entry, gtk_check_button_get_active (c->edit));
      all &= gtk_check_button_get_active (c->mine) || gtk_check_button_get_active (c->theirs) ||
             gtk_check_button_get_active (c->edit);
    }
  gtk_widget_set_sensitive (self->complete_button, all && self->cancellable == NULL);
}

static GtkWidget *
side_row (const char *title,
          JsonNode   *node)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = value_text (node);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
conflict_group (SfConflictDialog *self,
                guint             index,
                SfMergeConflict  *conflict)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *choose = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *entry = adw_entry_row_new ();
  g_autofree char *mine_text = value_text (sf_merge_conflict_get_mine (conflict));
  g_autofree char *name = g_strdup_printf ("conflict-%u", index);
  const char *pointer = sf_merge_conflict_get_pointer (conflict);
  Choice *c = g_new0 (Choice, 1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), *pointer != '\0' ? pointer : "/");
  switch (sf_merge_conflict_get_kind (conflict))
    {
    case SF_MERGE_CONFLICT_DELETED_BY_MINE:
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Deleted here, changed on the server"));
      break;
    case SF_MERGE_CONFLICT_DELETED_BY_THEIRS:
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Changed here, deleted on the server"));
      break;
    case SF_MERGE_CONFLICT_CHANGED:
    default:
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Changed differently here and on the server"));
      break;
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             side_row (_("Last synced"), sf_merge_conflict_get_base (conflict)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             side_row (_("Mine (this computer)"), sf_merge_conflict_get_mine (conflict)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             side_row (_("Theirs (the server)"), sf_merge_conflict_get_theirs (conflict)));

  c->mine = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Keep _Mine")));
  c->theirs = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Take _Theirs")));
  c->edit = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Edit")));
  gtk_check_button_set_group (c->theirs, c->mine);
  gtk_check_button_set_group (c->edit, c->mine);
  gtk_box_append (GTK_BOX (choose), GTK_WIDGET (c->mine));
  gtk_box_append (GTK_BOX (choose), GTK_WIDGET (c->theirs));
  gtk_box_append (GTK_BOX (choose), GTK_WIDGET (c->edit));
  gtk_widget_set_margin_top (choose, 6);
  g_signal_connect_swapped (c->mine, "toggled", G_CALLBACK (update_sensitive), self);
  g_signal_connect_swapped (c->theirs, "toggled", G_CALLBACK (update_sensitive), self);
  g_signal_connect_swapped (c->edit, "toggled", G_CALLBACK (update_sensitive), self);
  sf_ui_set_control_name (c->mine, name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Edited value"));
  gtk_editable_set_text (GTK_EDITABLE (entry), mine_text);
  gtk_widget_set_sensitive (entry, FALSE);
  g_ptr_array_add (self->choices, c);
  g_ptr_array_add (self->entries, entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), choose);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
  return group;
}

static void
completed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SfConflictDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  sf_sync_complete_finish (SF_SYNC (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  g_signal_emit (self, signals[COMPLETED], 0, error);
  if (error != NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
      update_sensitive (self);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The edited value: JSON when it reads as JSON of the conflict's type,
 * else the text as a string. */
static JsonNode *
edited_value (const char *text,
              JsonNode   *like)
{
  if (like != NULL && !(JSON_NODE_HOLDS_VALUE (like) && json_node_get_value_type (like) == G_TYPE_STRING))
    {
      JsonNode *node = json_from_string (text, NULL);

      if (node != NULL)
        return node;
    }
  return json_node_init_string (json_node_alloc (), text);
}

/**
 * sf_conflict_dialog_complete:
 * @self: a #SfConflictDialog
 *
 * Resolves every conflict as chosen and completes the sync, as Complete
 * Sync does.
 */
void
sf_conflict_dialog_complete (SfConflictDialog *self)
{
  g_return_if_fail (SF_IS_CONFLICT_DIALOG (self));

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *c = g_ptr_array_index (self->choices, i);
      SfMergeConflict *conflict = g_ptr_array_index (self->item->conflicts, i);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (gtk_check_button_get_active (c->mine))
        ok = sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_MINE, NULL, &error);
      else if (gtk_check_button_get_active (c->theirs))
        ok = sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_THEIRS, NULL, &error);
      else
        {
          GtkWidget *entry = g_ptr_array_index (self->entries, i);
          JsonNode *like = sf_merge_conflict_get_mine (conflict) ? sf_merge_conflict_get_mine (conflict)
                                                                : sf_merge_conflict_get_theirs (conflict);
          g_autoptr(JsonNode) value = edited_value (gtk_editable_get_text (GTK_EDITABLE (entry)), like);

          ok = sf_merge_conflict_resolve (conflict, SF_MERGE_TAKE_VALUE, value, &error);
        }
      if (!ok)
        {
          g_autofree char *text = g_strdup_printf ("%s: %s", sf_merge_conflict_get_pointer (conflict),
                                                   error->message);

          gtk_label_set_text (self->status_label, text);
          gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
          return;
        }
    }
  self->cancellable = g_cancellable_new ();
  update_sensitive (self);
  gtk_label_set_text (self->status_label, _("Uploading the resolved framework…"));
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
  sf_sync_complete_async (self->sync, self->item, self->cancellable, completed_cb, g_object_ref (self));
}

/**
 * sf_conflict_dialog_choose:
 * @self: a #SfConflictDialog
 * @index: a conflict
 * @choice: a #SfMergeChoice
 * @value: (nullable): the edited value, for %SF_MERGE_TAKE_VALUE
 *
 * Chooses for conflict @index, as the author does with its toggles.
 */
void
sf_conflict_dialog_choose (SfConflictDialog *self,
                           guint             index,
                           int               choice,
                           const char       *value)
{
  Choice *c;

  g_return_if_fail (SF_IS_CONFLICT_DIALOG (self));
  g_return_if_fail (index < self->choices->len);

  c = g_ptr_array_index (self->choices, index);
  gtk_check_button_set_active (choice == SF_MERGE_TAKE_MINE ? c->mine :
                               choice == SF_MERGE_TAKE_THEIRS ? c->theirs : c->edit, TRUE);
  if (choice == SF_MERGE_TAKE_VALUE && value != NULL)
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->entries, index)), value);
}

static void
sf_conflict_dialog_dispose (GObject *object)
{
  SfConflictDialog *self = (SfConflictDialog *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sync);
  g_clear_pointer (&self->item, sf_sync_item_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_CONFLICT_DIALOG);

  G_OBJECT_CLASS (sf_conflict_dialog_parent_class)->dispose (object);
}

static void
sf_conflict_dialog_class_init (SfConflictDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_conflict_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/skillframe/Skillframe/sf-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfConflictDialog, complete_button);
  gtk_widget_class_bind_template_child (widget_class, SfConflictDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, SfConflictDialog, page);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
  gtk_widget_class_bind_template_callback (widget_class, sf_conflict_dialog_complete);

  /**
   * SfConflictDialog::completed:
   * @error: (nullable): why the sync could not complete
   */
  signals[COMPLETED] = g_signal_new ("completed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sf_conflict_dialog_init (SfConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choices = g_ptr_array_new_with_free_func (g_free);
  self->entries = g_ptr_array_new ();
}

/**
 * sf_conflict_dialog_new:
 * @parent: the window
 * @sync: the sync that found the conflicts
 * @item: the framework in conflict
 *
 * Returns: (transfer none): the dialog, shown
 */
SfConflictDialog *
sf_conflict_dialog_new (GtkWindow  *parent,
                        SfSync     *sync,
                        SfSyncItem *item)
{
  SfConflictDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (item != NULL && item->conflicts != NULL, NULL);

  self = g_object_new (SF_TYPE_CONFLICT_DIALOG, "transient-for", parent, NULL);
  self->sync = g_object_ref (sync);
  self->item = sf_sync_item_ref (item);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Conflict", "%u Conflicts", item->conflicts->len),
                           item->conflicts->len);
  gtk_window_set_title (GTK_WINDOW (self), title);
  for (guint i = 0; i < item->conflicts->len; i++)
    adw_preferences_page_add (self->page,
                              ADW_PREFERENCES_GROUP (conflict_group (self, i, g_ptr_array_index (item->conflicts, i))));
  update_sensitive (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
