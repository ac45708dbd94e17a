/* sf-onet-dialog.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-application.h"
#include "sf-onet-dialog.h"
#include "sf-onet-import.h"
#include "sf-onet-update.h"
#include "sf-page.h"
#include "sf-preferences.h"

/**
 * SfOnetDialog:
 *
 * File → New from O*NET and Update Anchors from O*NET. Both start from the
 * O*NET text database the author downloaded (the zip or its folder). A new
 * framework: the database's occupations, searchable by title and code,
 * then the import with a progress bar; the framework opens in a new tab,
 * as File → New's does, with the author's validation defaults. An update:
 * reading the new release with a progress bar, then what changed, applied
 * to the document as one undoable step. The reading runs in a thread; the
 * dialog never blocks the window.
 */
struct _SfOnetDialog
{
  AdwWindow           parent_instance;

  AdwWindowTitle     *window_title;
  GtkWidget          *accept_button;
  GtkLabel           *accept_label;
  GtkStack           *stack;
  GtkLabel           *error_label;
  GtkLabel           *working_label;
  GtkProgressBar     *progress_bar;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkSpinButton      *threshold_spin;
  GtkLabel           *database_label;
  GtkLabel           *changes_label;
  GtkListBox         *changes_list;

  SfWindow           *window;
  SfDocument         *document;     /* an update's; NULL for a new framework */
  GCancellable       *cancellable;
  GFile              *source;
  SfOnetDatabase     *database;
  GHashTable         *titles;       /* code → title, borrowed from database */
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  SfOnetUpdate       *update;
  char               *query;
  gboolean            stale;
};

G_DEFINE_FINAL_TYPE (SfOnetDialog, sf_onet_dialog, ADW_TYPE_WINDOW)

static void
show_error (SfOnetDialog *self,
            const char   *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "source");
  gtk_widget_set_sensitive (self->accept_button, FALSE);
}

static void
show_working (SfOnetDialog *self,
              const char   *what)
{
  gtk_label_set_text (self->working_label, what);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_widget_set_sensitive (self->accept_button, FALSE);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  SfOnetDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* The list of occupations */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SfOnetDialog *self = user_data;
  const char *code = gtk_string_object_get_string (item);
  g_autofree char *title = NULL;

  if (self->query == NULL || *self->query == '\0')
    return TRUE;
  if (g_str_has_prefix (code, self->query))
    return TRUE;
  title = g_utf8_casefold (g_hash_table_lookup (self->titles, code), -1);
  return strstr (title, self->query) != NULL;
}

static void
search_changed_cb (SfOnetDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_free (self->query);
  self->query = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
setup_item_cb (GtkListItemFactory *factory,
               GtkListItem        *item,
               gpointer            user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *code = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (code, "dim-label");
  gtk_widget_add_css_class (code, "numeric");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), code);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkListItemFactory *factory,
              GtkListItem        *item,
              SfOnetDialog       *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *code = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const char *title = g_hash_table_lookup (self->titles, code);
  g_autofree char *label = g_strdup_printf ("%s, %s", title, code);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), title);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The arrow keys focus the list item that holds the box, which GTK 4.8
   * leaves without a name: it gets the occupation's. */
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label, -1);
}

static void
selection_changed_cb (SfOnetDialog *self)
{
  gtk_widget_set_sensitive (self->accept_button,
                            gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SfOnetDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) codes = gtk_string_list_new (NULL);
  g_autofree char *count = NULL;
  g_autofree char *name = NULL;
  SfOnetDatabase *database;
  GPtrArray *occupations;
  const char *release;

  database = sf_onet_open_finish (result, &error);
  if (database == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_clear_pointer (&self->database, sf_onet_database_free);
  self->database = database;
  occupations = sf_onet_database_get_occupations (database, NULL);

  g_hash_table_remove_all (self->titles);
  for (guint i = 0; i < occupations->len; i++)
    {
      SfOnetOccupationInfo *info = g_ptr_array_index (occupations, i);

      if (g_hash_table_contains (self->titles, info->code))
        continue;
      g_hash_table_insert (self->titles, info->code, info->title);
      gtk_string_list_append (codes, info->code);
    }
  gtk_filter_list_model_set_model (GTK_FILTER_LIST_MODEL (gtk_single_selection_get_model (self->selection)),
                                   G_LIST_MODEL (codes));

  release = sf_onet_database_get_release (database);
  name = g_file_get_basename (self->source);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u occupation", "%u occupations",
                                        g_list_model_get_n_items (G_LIST_MODEL (codes))),
                           g_list_model_get_n_items (G_LIST_MODEL (codes)));
  if (release != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("O*NET %s, %s, from %s"), release, count, name);

      gtk_label_set_text (self->database_label, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("%s, from %s (the release is not named)"), count, name);

      gtk_label_set_text (self->database_label, text);
    }
  gtk_stack_set_visible_child_name (self->stack, "occupations");
  selection_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SfOnetDialog) self = user_data;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  framework = sf_onet_import_finish (result, &notes, &error);
  if (framework == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);

  /* As File → New: the author's validation defaults, before the document,
   * so that it starts unmodified. */
  app = gtk_window_get_application (GTK_WINDOW (self->window));
  if (SF_IS_APPLICATION (app))
    sf_preferences_apply_to_new_framework (sf_application_get_preferences (SF_APPLICATION (app)), framework);
  sf_window_add_page (self->window, sf_page_new_for_framework (framework));
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    sf_window_show_toast (self->window, adw_toast_new (g_ptr_array_index (notes, i)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_import (SfOnetDialog *self)
{
  GtkStringObject *item = gtk_single_selection_get_selected_item (self->selection);
  const char *code;
  g_autofree char *what = NULL;

  if (item == NULL)
    return;
  code = gtk_string_object_get_string (item);
  what = g_strdup_printf (_("Importing “%s”…"), (char *) g_hash_table_lookup (self->titles, code));
  show_working (self, what);
  sf_onet_import_async (self->source, code, gtk_spin_button_get_value (self->threshold_spin),
                        progress_cb, self, self->cancellable, import_cb, g_object_ref (self));
}

static void
occupation_activated_cb (SfOnetDialog *self,
                         guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  start_import (self);
}

/* An update */

static GtkWidget *
change_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  /* The words are O*NET's and the author's: never markup. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
update_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SfOnetDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  SfOnetUpdate *update;
  GPtrArray *changes;
  GPtrArray *marked;
  GtkWidget *child;

  update = sf_onet_update_compute_finish (result, &error);
  if (update == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_clear_pointer (&self->update, sf_onet_update_free);
  self->update = update;
  changes = sf_onet_update_get_changes (update);
  marked = sf_onet_update_get_marked (update);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);

  if (sf_onet_update_is_empty (update))
    heading = g_strdup_printf (_("Nothing changed for this occupation between O*NET %s and %s."),
                               sf_onet_update_get_old_release (update) ?: "?",
                               sf_onet_update_get_new_release (update) ?: "?");
  else
    {
      g_autofree char *n_changes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes",
                                                                 changes->len), changes->len);
      g_autofree char *n_marked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u statement will be marked for review",
                                                                "%u statements will be marked for review",
                                                                marked->len), marked->len);

      heading = g_strdup_printf (_("O*NET %s → %s: %s; %s."), sf_onet_update_get_old_release (update) ?: "?",
                                 sf_onet_update_get_new_release (update) ?: "?", n_changes, n_marked);
    }
  gtk_label_set_text (self->changes_label, heading);

  for (guint i = 0; i < changes->len; i++)
    {
      SfOnetChange *change = g_ptr_array_index (changes, i);
      g_autofree char *text = sf_onet_change_describe (change);
      g_autofree char *marks = change->n_statements == 0 ? NULL
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u linked statement marked for review",
                                        "%u linked statements marked for review", change->n_statements),
                           change->n_statements);

      gtk_list_box_append (self->changes_list, change_row (text, marks));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->changes_list), changes->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "changes");
  /* Applying an update without changes still records the new release. */
  gtk_widget_set_sensitive (self->accept_button, TRUE);
}

static void
start_update (SfOnetDialog *self)
{
  show_working (self, _("Reading the new O*NET release…"));
  /* From the framework as it is now: an edit made while the thread reads
   * makes this update stale too. */
  self->stale = FALSE;
  /* The threshold the framework was imported with. */
  sf_onet_update_compute_async (sf_document_get_framework (self->document), self->source,
                                0, progress_cb, self, self->cancellable,
                                update_cb, g_object_ref (self));
}

static void
document_changed_cb (SfOnetDialog *self)
{
  /* The update was computed from the framework as it was. */
  self->stale = TRUE;
}

static void
apply_update (SfOnetDialog *self)
{
  guint n_marked;

  if (self->update == NULL)
    return;
  if (self->stale)
    {
      start_update (self);
      return;
    }
  n_marked = sf_onet_update_get_marked (self->update)->len;
  sf_onet_update_apply (self->update, self->document);
  if (n_marked > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u statement marked for review",
                                                            "%u statements marked for review", n_marked),
                                               n_marked);

      sf_window_show_toast (self->window, adw_toast_new (text));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Both */

/**
 * sf_onet_dialog_set_source:
 * @self: a #SfOnetDialog
 * @source: the folder or zip of the O*NET text database
 *
 * Reads the database: its occupations for a new framework, the update for
 * an existing one.
 */
void
sf_onet_dialog_set_source (SfOnetDialog *self,
                           GFile        *source)
{
  g_return_if_fail (SF_IS_ONET_DIALOG (self));
  g_return_if_fail (G_IS_FILE (source));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->source, source);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (self->document != NULL)
    start_update (self);
  else
    {
      show_working (self, _("Reading the list of occupations…"));
      gtk_progress_bar_pulse (self->progress_bar);
      sf_onet_open_async (source, self->cancellable, open_cb, g_object_ref (self));
    }
}

/**
 * sf_onet_dialog_get_page:
 * @self: a #SfOnetDialog
 *
 * Returns: the step shown: `source`, `working`, `occupations` or `changes`
 */
const char *
sf_onet_dialog_get_page (SfOnetDialog *self)
{
  g_return_val_if_fail (SF_IS_ONET_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SfOnetDialog    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        sf_onet_dialog_set_source (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose (SfOnetDialog         *self,
        GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                         ? _("Choose the Folder of the O*NET Database")
                                         : _("Choose the O*NET Database Zip"),
                                         GTK_WINDOW (self), action, _("_Choose"), _("_Cancel"));
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) zips = gtk_file_filter_new ();

      gtk_file_filter_set_name (zips, _("Zip Archives"));
      gtk_file_filter_add_pattern (zips, "*.zip");
      gtk_file_filter_add_mime_type (zips, "application/zip");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), zips);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_data (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_zip_cb (SfOnetDialog *self)
{
  choose (self, GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
choose_folder_cb (SfOnetDialog *self)
{
  choose (self, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
accept_clicked_cb (SfOnetDialog *self)
{
  if (self->document != NULL)
    apply_update (self);
  else
    start_import (self);
}

static void
cancel_clicked_cb (SfOnetDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sf_onet_dialog_dispose (GObject *object)
{
  SfOnetDialog *self = SF_ONET_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_ONET_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->window);
  g_clear_object (&self->document);
  g_clear_object (&self->source);
  g_clear_object (&self->filter);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->database, sf_onet_database_free);
  g_clear_pointer (&self->update, sf_onet_update_free);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (sf_onet_dialog_parent_class)->dispose (object);
}

static void
sf_onet_dialog_class_init (SfOnetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_onet_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-onet-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, accept_label);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, database_label);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, changes_label);
  gtk_widget_class_bind_template_child (widget_class, SfOnetDialog, changes_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, accept_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_zip_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_folder_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, occupation_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sf_onet_dialog_init (SfOnetDialog *self)
{
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->titles = g_hash_table_new (g_str_hash, g_str_equal);
  self->cancellable = g_cancellable_new ();
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

static SfOnetDialog *
dialog_new (SfWindow *window)
{
  SfOnetDialog *self = g_object_new (SF_TYPE_ONET_DIALOG, "transient-for", window, NULL);

  self->window = g_object_ref (window);
  return self;
}

/**
 * sf_onet_dialog_new_import:
 * @window: the window the new framework opens in
 *
 * Returns: (transfer none): the dialog of File → New from O*NET, not
 *   shown yet; it destroys itself when done
 */
SfOnetDialog *
sf_onet_dialog_new_import (SfWindow *window)
{
  SfOnetDialog *self = dialog_new (window);

  adw_window_title_set_title (self->window_title, _("New from O*NET"));
  gtk_window_set_title (GTK_WINDOW (self), _("New from O*NET"));
  gtk_label_set_text_with_mnemonic (self->accept_label, _("C_reate"));
  return self;
}

/**
 * sf_onet_dialog_new_update:
 * @window: the window of @document
 * @document: the framework to update
 *
 * Returns: (transfer none): the dialog of Update Anchors from O*NET, not
 *   shown yet; it destroys itself when done
 */
SfOnetDialog *
sf_onet_dialog_new_update (SfWindow   *window,
                           SfDocument *document)
{
  SfOnetDialog *self = dialog_new (window);
  const char *release = sf_onet_get_release (sf_framework_get_onet (sf_document_get_framework (document)));
  g_autofree char *subtitle = g_strdup_printf (_("The anchors are from O*NET %s"), release && *release ? release : "?");

  self->document = g_object_ref (document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
  adw_window_title_set_title (self->window_title, _("Update Anchors from O*NET"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), _("Update Anchors from O*NET"));
  gtk_label_set_text_with_mnemonic (self->accept_label, _("_Apply"));
  return self;
}
