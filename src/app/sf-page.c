/* sf-page.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-anchors-view.h"
#include "sf-application.h"
#include "sf-coverage-view.h"
#include "sf-document-monitor.h"
#include "sf-draft-store.h"
#include "sf-evidence-view.h"
#include "sf-model.h"
#include "sf-overview-view.h"
#include "sf-page.h"
#include "sf-problems-panel.h"
#include "sf-search-bar.h"
#include "sf-section-view.h"
#include "sf-sidebar-row.h"
#include "sf-sources-view.h"
#include "sf-statement-row.h"
#include "sf-ui-util.h"
#include "sf-validation-view.h"
#include "sf-window.h"

#define DEFAULT_DRAFT_DELAY 2000

/* The banners, in their order above the content. */
typedef enum {
  BANNER_DISK,
  BANNER_DRAFT,
  BANNER_SAVE,
  N_BANNERS
} Banner;

enum {
  DISK_RELOAD = 1,
  DISK_KEEP,
  DRAFT_RESTORE,
  DRAFT_DISCARD,
  SAVE_OVERWRITE,
  SAVE_AS,
};

/**
 * SfPage:
 *
 * One framework, in a tab: the document with its validator, the sidebar of
 * its parts and the view of the part selected, and the banners that keep
 * work safe — a file changed behind the editor, unsaved work recovered from
 * a crash, a save that failed. While the document is modified a draft of it
 * is written on a timer (#SfDraftStore) and removed once it is saved or its
 * changes discarded.
 */
struct _SfPage
{
  AdwBin              parent_instance;

  /* Template children */
  GtkStack           *load_stack;
  GtkBox             *content_box;
  GtkPaned           *problems_paned;
  AdwLeaflet         *leaflet;
  GtkListBox         *sidebar;
  GtkWidget          *back_button;
  GtkStack           *view_stack;

  /* Made when first needed, not before the first frame: a page that has
   * nothing to say shows none of them. */
  GtkInfoBar         *banners[N_BANNERS];
  GtkLabel           *banner_labels[N_BANNERS];
  SfSearchBar        *search_bar;

  GFile              *loading_file;
  SfDocument         *document;
  SfValidator        *validator;
  SfSuggester        *suggester;
  SfDocumentMonitor  *monitor;
  char               *title;
  char               *subtitle;
  char               *view_name;

  char               *draft_id;
  guint               draft_source;
  GCancellable       *draft_cancellable;
  SfDraft            *offered_draft;
  gboolean            force_next_save;
  GtkWidget          *overwrite_button;

  GtkWidget          *problems_panel;   /* made when first shown */
  gboolean            show_problems;
  SfProblem          *last_problem;     /* the one F8 went to last */
  guint               last_problem_index;   /* and its place among all */
};

G_DEFINE_FINAL_TYPE (SfPage, sf_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_MODIFIED,
  PROP_LOADING,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_SHOW_PROBLEMS,
  N_PROPS
};

enum {
  LOAD_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static SfApplication *
application (void)
{
  GApplication *app = g_application_get_default ();

  return SF_IS_APPLICATION (app) ? SF_APPLICATION (app) : NULL;
}

static SfDraftStore *
draft_store (void)
{
  SfApplication *app = application ();

  return app ? sf_application_get_drafts (app) : NULL;
}

static guint
draft_delay (void)
{
  SfApplication *app = application ();
  GSettings *settings = app ? sf_application_get_settings (app) : NULL;

  return settings ? g_settings_get_uint (settings, "draft-delay") : DEFAULT_DRAFT_DELAY;
}

/* Title and subtitle */

static void
update_titles (SfPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file = sf_page_get_file (self);

  if (self->document != NULL)
    {
      const char *occupation = sf_occupation_get_title (
        sf_framework_get_occupation (sf_document_get_framework (self->document)));

      title = g_strdup (occupation && *occupation ? occupation : _("Untitled Framework"));
    }
  else if (file != NULL)
    title = g_file_get_basename (file);
  else
    title = g_strdup (_("Untitled Framework"));

  name = file ? g_file_get_basename (file) : g_strdup (_("Not saved yet"));
  if (sf_page_get_modified (self))
    /* Translators: the subtitle of a framework with unsaved changes */
    subtitle = g_strdup_printf (_("%s (modified)"), name);
  else
    subtitle = g_steal_pointer (&name);

  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  if (g_strcmp0 (subtitle, self->subtitle) != 0)
    {
      g_free (self->subtitle);
      self->subtitle = g_steal_pointer (&subtitle);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
    }
}

/* The anchor suggestions of the statement views and the problems panel,
 * indexed when the first of them is made: the overview and the sidebar
 * shown first need none (~1.2 ms of the seed's start-up). */
static SfSuggester *
ensure_suggester (SfPage *self)
{
  g_assert (self->document != NULL);

  if (self->suggester == NULL)
    {
      self->suggester = sf_suggester_new (sf_document_get_framework (self->document));
      sf_suggester_attach (self->suggester, self->document);
    }
  return self->suggester;
}

/* Banners */

static void disk_bar_response_cb  (SfPage *self,
                                   int     response);
static void draft_bar_response_cb (SfPage *self,
                                   int     response);
static void save_bar_response_cb  (SfPage *self,
                                   int     response);

static GtkInfoBar *
ensure_banner (SfPage *self,
               Banner  which)
{
  static const GtkMessageType types[N_BANNERS] = { GTK_MESSAGE_WARNING, GTK_MESSAGE_INFO, GTK_MESSAGE_ERROR };
  static const GCallback responses[N_BANNERS] = {
    G_CALLBACK (disk_bar_response_cb), G_CALLBACK (draft_bar_response_cb), G_CALLBACK (save_bar_response_cb)
  };
  GtkInfoBar *bar;
  GtkWidget *label;
  GtkWidget *above = NULL;

  if (self->banners[which] != NULL)
    return self->banners[which];

  bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_info_bar_set_message_type (bar, types[which]);
  gtk_info_bar_set_revealed (bar, FALSE);
  label = g_object_new (GTK_TYPE_LABEL, "wrap", TRUE, "xalign", 0.0f, "hexpand", TRUE, NULL);
  gtk_info_bar_add_child (bar, label);
  switch (which)
    {
    case BANNER_DISK:
      sf_ui_add_bar_button (bar, _("_Reload"), DISK_RELOAD);
      sf_ui_add_bar_button (bar, _("_Keep Mine"), DISK_KEEP);
      break;

    case BANNER_DRAFT:
      sf_ui_add_bar_button (bar, _("_Discard"), DRAFT_DISCARD);
      sf_ui_add_bar_button (bar, _("_Restore"), DRAFT_RESTORE);
      break;

    case BANNER_SAVE:
    case N_BANNERS:
    default:
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      self->overwrite_button = sf_ui_add_bar_button (bar, _("_Overwrite"), SAVE_OVERWRITE);
      sf_ui_add_bar_button (bar, _("Save _As…"), SAVE_AS);
      sf_ui_add_bar_button (bar, _("_Dismiss"), GTK_RESPONSE_CLOSE);
      break;
    }
  g_signal_connect_object (bar, "response", responses[which], self, G_CONNECT_SWAPPED);

  /* Below the banners above it, above the search bar and the content. */
  for (int i = which - 1; i >= 0 && above == NULL; i--)
    above = self->banners[i] ? GTK_WIDGET (self->banners[i]) : NULL;
  gtk_box_insert_child_after (self->content_box, GTK_WIDGET (bar), above);

  self->banners[which] = bar;
  self->banner_labels[which] = GTK_LABEL (label);
  return bar;
}

static void
show_banner (SfPage     *self,
             Banner      which,
             const char *text)
{
  GtkInfoBar *bar = ensure_banner (self, which);

  gtk_label_set_label (self->banner_labels[which], text);
  gtk_info_bar_set_revealed (bar, TRUE);
}

static void
hide_banner (SfPage *self,
             Banner  which)
{
  if (self->banners[which] != NULL)
    gtk_info_bar_set_revealed (self->banners[which], FALSE);
}

/* Drafts */

static void
remove_draft (SfPage *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  if (self->draft_id != NULL && draft_store () != NULL)
    sf_draft_store_remove (draft_store (), self->draft_id);
}

static void
draft_written_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!sf_draft_store_write_finish (SF_DRAFT_STORE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Could not write a draft: %s", error->message);
}

static void schedule_draft (SfPage *self);

static gboolean
write_draft_cb (gpointer data)
{
  SfPage *self = data;
  g_autoptr(GBytes) bytes = NULL;

  self->draft_source = 0;
  if (self->document == NULL || !sf_document_get_modified (self->document) || draft_store () == NULL)
    return G_SOURCE_REMOVE;
  /* A save's worker replaces the etag that sf_document_get_etag() lends:
   * the draft waits for the save, after which it may not be needed. */
  if (sf_document_get_saving (self->document))
    {
      schedule_draft (self);
      return G_SOURCE_REMOVE;
    }

  g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  self->draft_cancellable = g_cancellable_new ();
  bytes = sf_format_write (sf_document_get_framework (self->document));
  sf_draft_store_write_async (draft_store (), self->draft_id, bytes,
                              sf_document_get_file (self->document),
                              sf_document_get_etag (self->document), self->title,
                              self->draft_cancellable, draft_written_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (SfPage *self)
{
  if (!sf_document_get_modified (self->document))
    return;
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (draft_delay (), write_draft_cb, self);
}

/* Recovered work that the author has not answered keeps its draft: this
 * session's drafts of the framework go under another id, so that closing
 * it or editing it meanwhile neither removes nor overwrites that work. */
static void
avoid_offered_draft (SfPage *self)
{
  if (self->offered_draft != NULL && g_strcmp0 (self->draft_id, self->offered_draft->id) == 0)
    {
      g_free (self->draft_id);
      self->draft_id = sf_draft_store_id_for_file (NULL);
    }
}

static void
set_draft_id (SfPage *self)
{
  GFile *file = sf_document_get_file (self->document);

  if (file == NULL && self->draft_id != NULL)
    return;
  g_free (self->draft_id);
  self->draft_id = sf_draft_store_id_for_file (file);
  avoid_offered_draft (self);
}

static void
show_draft_offer (SfPage *self)
{
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  const char *file_etag;

  if (self->offered_draft == NULL || self->document == NULL)
    return;

  when = g_date_time_format (self->offered_draft->modified, "%x %X");
  file_etag = sf_document_get_etag (self->document);
  if (self->offered_draft->file != NULL && file_etag != NULL && self->offered_draft->etag != NULL &&
      *self->offered_draft->etag != '\0' && g_strcmp0 (file_etag, self->offered_draft->etag) != 0)
    text = g_strdup_printf (_("Unsaved changes from %s were recovered. The file has changed since: "
                              "restoring replaces its contents with the recovered ones (Undo takes "
                              "them back)."), when);
  else
    text = g_strdup_printf (_("Unsaved changes from %s were recovered after Skillframe closed "
                              "without saving them."), when);
  show_banner (self, BANNER_DRAFT, text);
}

static void
draft_bar_response_cb (SfPage *self,
                       int     response)
{
  g_autoptr(SfDraft) draft = g_steal_pointer (&self->offered_draft);
  g_autoptr(GError) error = NULL;

  hide_banner (self, BANNER_DRAFT);
  if (draft == NULL)
    return;

  if (response == DRAFT_RESTORE)
    {
      g_autoptr(SfFramework) framework = sf_draft_load (draft, &error);

      if (framework == NULL)
        {
          show_banner (self, BANNER_SAVE, error->message);
          return;
        }
      /* The draft's id goes with the document from now on, and this
       * session's own draft, if any, goes. */
      if (g_strcmp0 (self->draft_id, draft->id) != 0)
        {
          remove_draft (self);
          g_free (self->draft_id);
          self->draft_id = g_strdup (draft->id);
        }
      sf_document_replace (self->document, framework, _("Restore Unsaved Changes"));
      return;
    }

  if (draft_store () != NULL)
    sf_draft_store_remove (draft_store (), draft->id);
}

/**
 * sf_page_attach_draft:
 * @self: a #SfPage
 * @draft: unsaved work recovered from an earlier session
 *
 * Offers @draft in a banner: Restore brings it into the document as one
 * undoable step, Discard deletes it.
 */
void
sf_page_attach_draft (SfPage        *self,
                      const SfDraft *draft)
{
  g_return_if_fail (SF_IS_PAGE (self));
  g_return_if_fail (draft != NULL);

  g_clear_pointer (&self->offered_draft, sf_draft_free);
  self->offered_draft = sf_draft_copy (draft);
  avoid_offered_draft (self);
  show_draft_offer (self);
}

/**
 * sf_page_discard_changes:
 * @self: a #SfPage
 *
 * The author closes the framework without saving: its draft goes.
 */
void
sf_page_discard_changes (SfPage *self)
{
  g_return_if_fail (SF_IS_PAGE (self));

  remove_draft (self);
}

/* The file on disk */

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SfPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sf_document_reload_finish (SF_DOCUMENT (object), result, &error))
    show_banner (self, BANNER_SAVE, error->message);
}

static void
disk_state_cb (SfPage *self)
{
  switch (sf_document_monitor_get_state (self->monitor))
    {
    case SF_DISK_STATE_CHANGED:
      show_banner (self, BANNER_DISK,
                   _("The file was changed by another program. Reload it, or keep your "
                     "version and overwrite the file when you save."));
      break;

    case SF_DISK_STATE_DELETED:
      show_banner (self, BANNER_DISK,
                   _("The file was deleted or moved by another program. Save to write it "
                     "again."));
      break;

    case SF_DISK_STATE_CURRENT:
    default:
      hide_banner (self, BANNER_DISK);
      self->force_next_save = FALSE;
      break;
    }
  if (self->banners[BANNER_DISK] != NULL)
    gtk_info_bar_set_response_sensitive (self->banners[BANNER_DISK], DISK_RELOAD,
                                         sf_document_monitor_get_state (self->monitor) == SF_DISK_STATE_CHANGED);
}

static void
disk_bar_response_cb (SfPage *self,
                      int     response)
{
  hide_banner (self, BANNER_DISK);
  if (response == DISK_RELOAD)
    sf_document_reload_async (self->document, NULL, NULL, reload_cb, g_object_ref (self));
  else if (response == DISK_KEEP)
    self->force_next_save = TRUE;
}

/* Saving */

static void
save_bar_response_cb (SfPage *self,
                      int     response)
{
  hide_banner (self, BANNER_SAVE);
  if (response == SAVE_OVERWRITE)
    {
      self->force_next_save = TRUE;
      sf_page_save_async (self, FALSE, NULL, NULL, NULL);
    }
  else if (response == SAVE_AS)
    sf_page_save_async (self, TRUE, NULL, NULL, NULL);
}

static void
document_saved_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SfPage *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!sf_document_save_finish (SF_DOCUMENT (object), result, &error))
    {
      gboolean changed = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);

      show_banner (self, BANNER_SAVE, error->message);
      gtk_widget_set_visible (self->overwrite_button, changed);
      g_task_return_error (task, error);
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (sf_document_get_file (self->document));

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  self->force_next_save = FALSE;
  hide_banner (self, BANNER_SAVE);
  g_task_return_boolean (task, TRUE);
}

static void
save_to (SfPage *self,
         GFile  *file,
         GTask  *task)
{
  SfSaveFlags flags = self->force_next_save ? SF_SAVE_FORCE : SF_SAVE_NONE;

  sf_document_save_async (self->document, file, flags, g_task_get_cancellable (task),
                          document_saved_cb, task);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     GTask           *task)
{
  SfPage *self = g_task_get_source_object (task);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* Another file: what the author chose to overwrite, if it exists. */
      if (sf_document_get_file (self->document) == NULL ||
          !g_file_equal (file, sf_document_get_file (self->document)))
        self->force_next_save = FALSE;
      save_to (self, file, task);
    }
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The save was cancelled"));
      g_object_unref (task);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static char *
suggested_name (SfPage *self)
{
  SfOccupation *occupation = sf_framework_get_occupation (sf_document_get_framework (self->document));
  const char *title = sf_occupation_get_title (occupation);
  g_autofree char *lower = g_utf8_strdown (title && *title ? title : "framework", -1);
  GString *name = g_string_new (NULL);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (name, c);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  g_string_append (name, ".json");
  return g_string_free (name, FALSE);
}

/**
 * sf_page_save_async:
 * @self: a #SfPage
 * @save_as: whether to ask where to save, as Save As does
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when the save ends
 * @user_data: data for @callback
 *
 * Saves the framework, asking where first for Save As or a framework never
 * saved. A save that fails says why in the page, with Save As (and, when
 * the file changed behind the editor, Overwrite); the document stays
 * modified and its file untouched.
 */
void
sf_page_save_async (SfPage              *self,
                    gboolean             save_as,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SF_IS_PAGE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_page_save_async);
  if (self->document == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("The framework is still loading"));
      g_object_unref (task);
      return;
    }

  if (save_as || sf_document_get_file (self->document) == NULL)
    {
      GtkFileChooserNative *chooser;
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      g_autofree char *name = suggested_name (self);

      chooser = gtk_file_chooser_native_new (_("Save Framework"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
      if (sf_document_get_file (self->document) != NULL)
        gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), sf_document_get_file (self->document), NULL);
      else
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), task);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
      return;
    }

  save_to (self, sf_document_get_file (self->document), task);
}

gboolean
sf_page_save_finish (SfPage        *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Sidebar and views */

static void
update_counts (SfPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WARNINGS]);
}

/* Each section's row shows its problems; the counts are kept by the
 * validator, so this is a lookup per row. */
static void
update_badges (SfPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      SfSection *section = g_object_get_data (G_OBJECT (child), "section");

      if (section != NULL)
        sf_sidebar_row_set_problems (SF_SIDEBAR_ROW (child),
                                     sf_validator_count_in_section (self->validator, section, SF_SEVERITY_ERROR),
                                     sf_validator_count_in_section (self->validator, section, SF_SEVERITY_WARNING));
    }
}

static void
update_sidebar_counts (SfPage *self)
{
  SfFramework *framework = sf_document_get_framework (self->document);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      SfSidebarRow *row = SF_SIDEBAR_ROW (child);
      SfSection *section = g_object_get_data (G_OBJECT (row), "section");
      const char *name = sf_sidebar_row_get_view_name (row);
      g_autofree char *words = NULL;
      guint n;

      if (section != NULL)
        {
          const char *title = sf_section_get_title (section);

          n = g_list_model_get_n_items (sf_section_get_statements (section));
          words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n), n);
          sf_sidebar_row_set_title (row, title && *title ? title : sf_section_get_id (section));
        }
      else if (g_str_equal (name, "evidence"))
        {
          n = g_list_model_get_n_items (sf_framework_get_evidence (framework));
          words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups", n), n);
        }
      else if (g_str_equal (name, "anchors"))
        {
          n = g_list_model_get_n_items (sf_onet_get_anchors (sf_framework_get_onet (framework)));
          words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u anchor", "%u anchors", n), n);
        }
      else if (g_str_equal (name, "sources"))
        {
          n = g_list_model_get_n_items (sf_framework_get_sources (framework));
          words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n), n);
        }
      else
        continue;
      sf_sidebar_row_set_count (row, n, words);
    }
}

static char *
section_view_name (SfSection *section)
{
  return g_strdup_printf ("section-%p", section);
}

static void
add_row (SfPage     *self,
         const char *name,
         const char *title,
         const char *icon,
         SfSection  *section)
{
  GtkWidget *row = sf_sidebar_row_new (name, icon);

  sf_sidebar_row_set_title (SF_SIDEBAR_ROW (row), title);
  if (section != NULL)
    g_object_set_data_full (G_OBJECT (row), "section", g_object_ref (section), g_object_unref);
  gtk_list_box_append (self->sidebar, row);
}

static void
rebuild_sidebar (SfPage *self)
{
  GListModel *sections = sf_framework_get_sections (sf_document_get_framework (self->document));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar))) != NULL)
    gtk_list_box_remove (self->sidebar, child);

  add_row (self, "overview", _("Overview"), "view-list-symbolic", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      g_autofree char *name = section_view_name (section);

      add_row (self, name, sf_section_get_title (section), NULL, section);
    }
  add_row (self, "evidence", _("Evidence"), NULL, NULL);
  add_row (self, "anchors", _("O*NET Anchors"), NULL, NULL);
  add_row (self, "sources", _("Sources"), NULL, NULL);
  add_row (self, "validation", _("Validation"), NULL, NULL);
  add_row (self, "coverage", _("Coverage"), NULL, NULL);
  update_sidebar_counts (self);
  if (self->validator != NULL)
    update_badges (self);
}

static GtkWidget *
create_view (SfPage     *self,
             const char *name)
{
  if (g_str_equal (name, "overview"))
    return sf_overview_view_new (self->document);
  if (g_str_equal (name, "evidence"))
    return sf_evidence_view_new (self->document);
  if (g_str_equal (name, "anchors"))
    return sf_anchors_view_new (self->document);
  if (g_str_equal (name, "sources"))
    return sf_sources_view_new (self->document);
  if (g_str_equal (name, "validation"))
    return sf_validation_view_new (self->document);
  if (g_str_equal (name, "coverage"))
    return sf_coverage_view_new (self->document);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      SfSection *section = g_object_get_data (G_OBJECT (child), "section");

      if (section != NULL && g_str_equal (sf_sidebar_row_get_view_name (SF_SIDEBAR_ROW (child)), name))
        {
          GtkWidget *view = sf_section_view_new (self->document, self->validator, ensure_suggester (self), section);

          if (self->search_bar != NULL)
            sf_section_view_set_highlight (SF_SECTION_VIEW (view), sf_search_bar_get_highlight (self->search_bar));
          return view;
        }
    }
  return NULL;
}

static SfSidebarRow *
find_row (SfPage     *self,
          const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); child;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (sf_sidebar_row_get_view_name (SF_SIDEBAR_ROW (child)), name))
      return SF_SIDEBAR_ROW (child);
  return NULL;
}

static gboolean
show_view (SfPage     *self,
           const char *name)
{
  GtkWidget *view = gtk_stack_get_child_by_name (self->view_stack, name);
  GtkWidget *previous = gtk_stack_get_visible_child (self->view_stack);
  SfSidebarRow *row;

  if (view == NULL)
    {
      if ((view = create_view (self, name)) == NULL)
        return FALSE;
      gtk_stack_add_named (self->view_stack, view, name);
    }
  gtk_widget_set_visible (view, TRUE);
  gtk_stack_set_visible_child (self->view_stack, view);
  /* A view opened before stays, with its rows and its scroll position, but
   * hidden: the stack would otherwise still lay out its changed rows in
   * every frame (7 ms a frame for a 2,740-statement section). */
  if (previous != NULL && previous != view)
    gtk_widget_set_visible (previous, FALSE);
  g_free (self->view_name);
  self->view_name = g_strdup (name);

  if ((row = find_row (self, name)) != NULL)
    gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
  return TRUE;
}

/* Moving the selection shows the part, as arrows, clicks and a screen
 * reader's selection do; activating it also opens it on a narrow window. */
static void
sidebar_selected_cb (SfPage        *self,
                     GtkListBoxRow *row)
{
  if (row != NULL && g_strcmp0 (self->view_name, sf_sidebar_row_get_view_name (SF_SIDEBAR_ROW (row))) != 0)
    show_view (self, sf_sidebar_row_get_view_name (SF_SIDEBAR_ROW (row)));
}

static void
sidebar_activated_cb (SfPage        *self,
                      GtkListBoxRow *row)
{
  show_view (self, sf_sidebar_row_get_view_name (SF_SIDEBAR_ROW (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (SfPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
folded_cb (SfPage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

/* Views of sections that went away go too. */
static void
sections_changed_cb (SfPage *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack));
  g_autofree char *current = g_strdup (self->view_name);

  rebuild_sidebar (self);
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      const char *name = gtk_stack_page_get_name (gtk_stack_get_page (self->view_stack, child));

      if (find_row (self, name) == NULL)
        gtk_stack_remove (self->view_stack, child);
      child = next;
    }
  if (current == NULL || !show_view (self, current))
    show_view (self, "overview");
}

/**
 * sf_page_select_view:
 * @self: a #SfPage
 * @name: "overview", "evidence", "anchors", "sources", "validation", "coverage", or "section:ID"
 *   for the section with that id
 *
 * Shows a part of the framework, as choosing it in the sidebar does.
 *
 * Returns: %TRUE if there is such a part
 */
gboolean
sf_page_select_view (SfPage     *self,
                     const char *name)
{
  g_return_val_if_fail (SF_IS_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->document == NULL)
    return FALSE;
  if (g_str_has_prefix (name, "section:"))
    {
      SfSection *section = sf_framework_find_section (sf_document_get_framework (self->document),
                                                      name + strlen ("section:"));
      g_autofree char *view = NULL;

      if (section == NULL)
        return FALSE;
      view = section_view_name (section);
      return show_view (self, view);
    }
  return show_view (self, name);
}

const char *
sf_page_get_view_name (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return self->view_name;
}

/**
 * sf_page_get_view:
 * @self: a #SfPage
 *
 * Returns: (transfer none) (nullable): the view shown
 */
GtkWidget *
sf_page_get_view (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return gtk_stack_get_visible_child (self->view_stack);
}

/* Problems */

static GtkWidget *
ensure_view (SfPage     *self,
             const char *name)
{
  if (!show_view (self, name))
    return NULL;
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return gtk_stack_get_visible_child (self->view_stack);
}

/* The part of the framework that shows a node that is not a statement. */
static const char *
view_of (SfNode *node)
{
  for (; node != NULL; node = sf_node_get_parent (node))
    {
      if (SF_IS_SOURCE (node))
        return "sources";
      if (SF_IS_ONET (node))
        return "anchors";
      if (SF_IS_EVIDENCE_GROUP (node))
        return "evidence";
      if (SF_IS_VALIDATION (node))
        return "validation";
    }
  return "overview";
}

/**
 * sf_page_reveal:
 * @self: a #SfPage
 * @node: a node of the framework
 * @member: (nullable): the member of @node to focus
 *
 * Shows the part of the framework @node is in, scrolls to it and focuses
 * the field that edits @member: for a statement, its title, text, or the
 * button that adds a citation or an anchor.
 */
void
sf_page_reveal (SfPage     *self,
                SfNode     *node,
                const char *member)
{
  SfNode *statement = node;
  GtkWidget *view;

  g_return_if_fail (SF_IS_PAGE (self));
  g_return_if_fail (SF_IS_NODE (node));

  if (self->document == NULL)
    return;
  while (statement != NULL && !SF_IS_STATEMENT (statement))
    statement = sf_node_get_parent (statement);

  if (statement != NULL || SF_IS_SECTION (node))
    {
      SfNode *section = statement ? sf_node_get_parent (statement) : node;
      g_autofree char *name = NULL;

      if (!SF_IS_SECTION (section))
        return;
      name = section_view_name (SF_SECTION (section));
      if ((view = ensure_view (self, name)) == NULL)
        return;
      if (statement != NULL)
        sf_section_view_reveal_node (SF_SECTION_VIEW (view), node, node != statement ? "citations" : member);
      else if (g_strcmp0 (member, "title") == 0 || g_strcmp0 (member, "description") == 0 ||
               g_strcmp0 (member, "scale") == 0)
        sf_section_view_edit_details (SF_SECTION_VIEW (view), member);
      else if (!gtk_widget_grab_focus (view))
        gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD);
      return;
    }

  if ((view = ensure_view (self, view_of (node))) != NULL)
    sf_ui_focus_node (view, node, member);
}

/**
 * sf_page_go_to_problem:
 * @self: a #SfPage
 * @problem: a problem of the framework
 *
 * Shows @problem's place and focuses the field to fix it in.
 */
void
sf_page_go_to_problem (SfPage    *self,
                       SfProblem *problem)
{
  GListModel *problems;

  g_return_if_fail (SF_IS_PAGE (self));
  g_return_if_fail (SF_IS_PROBLEM (problem));

  problems = self->validator ? sf_validator_get_problems (self->validator) : NULL;
  g_set_object (&self->last_problem, problem);
  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SfProblem) item = g_list_model_get_item (problems, i);

      if (item == problem)
        {
          self->last_problem_index = i;
          break;
        }
    }
  sf_page_reveal (self, sf_problem_get_node (problem), sf_problem_get_member (problem));
}

/**
 * sf_page_get_shown_problems:
 * @self: a #SfPage
 *
 * Returns: (transfer none) (nullable): the problems F8 goes through, in
 *   document order: those the problems panel's filters let through
 */
GListModel *
sf_page_get_shown_problems (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  if (self->problems_panel != NULL)
    return sf_problems_panel_get_shown (SF_PROBLEMS_PANEL (self->problems_panel));
  return self->validator ? sf_validator_get_problems (self->validator) : NULL;
}

/* Where @problem is in @problems: the same problem or, failing that, one
 * of its rule at its place, as an edit that rewords its message (one that
 * quotes a title) leaves it. G_MAXUINT when it is not there. */
static guint
find_problem (GListModel *problems,
              SfProblem  *problem)
{
  guint n = g_list_model_get_n_items (problems);
  guint same_place = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfProblem) item = g_list_model_get_item (problems, i);

      if (sf_problem_equal (item, problem))
        return i;
      if (same_place == G_MAXUINT && sf_problem_get_rule (item) == sf_problem_get_rule (problem) &&
          sf_problem_get_node (item) == sf_problem_get_node (problem) &&
          g_strcmp0 (sf_problem_get_member (item), sf_problem_get_member (problem)) == 0)
        same_place = i;
    }
  return same_place;
}

/**
 * sf_page_next_problem:
 * @self: a #SfPage
 * @backward: whether to go to the previous one
 *
 * Goes to the problem after (or before) the one gone to last, wrapping
 * around; after a fix, the one that took the fixed one's place.
 *
 * Returns: whether there was a problem to go to
 */
gboolean
sf_page_next_problem (SfPage   *self,
                      gboolean  backward)
{
  GListModel *shown;
  g_autoptr(SfProblem) next = NULL;
  guint n, at, index = 0;

  g_return_val_if_fail (SF_IS_PAGE (self), FALSE);

  shown = sf_page_get_shown_problems (self);
  if (shown == NULL || (n = g_list_model_get_n_items (shown)) == 0)
    return FALSE;

  if (self->last_problem == NULL)
    index = backward ? n - 1 : 0;
  else if ((at = find_problem (shown, self->last_problem)) != G_MAXUINT)
    index = backward ? (at + n - 1) % n : (at + 1) % n;
  else
    {
      /* Not shown: fixed, or left out by the filters. The next shown in
       * document order from where it is, or was: after a fix, the one
       * that took its place. */
      GListModel *all = sf_validator_get_problems (self->validator);
      guint n_all = g_list_model_get_n_items (all);
      g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
      gboolean still_there;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SfProblem) item = g_list_model_get_item (shown, i);

          /* The validator holds the items. */
          g_hash_table_insert (positions, item, GUINT_TO_POINTER (i + 1));
        }
      at = find_problem (all, self->last_problem);
      still_there = at != G_MAXUINT;
      if (!still_there)
        at = MIN (self->last_problem_index, n_all);
      for (guint k = 0; k < n_all; k++)
        {
          guint j = backward ? (at + n_all - 1 - k) % n_all : (at + (still_there ? 1 : 0) + k) % n_all;
          g_autoptr(SfProblem) item = g_list_model_get_item (all, j);
          guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, item));

          if (position > 0)
            {
              index = position - 1;
              break;
            }
        }
    }
  next = g_list_model_get_item (shown, index);
  sf_page_go_to_problem (self, next);
  return TRUE;
}

static GtkWidget *
compare_column (SfPage      *self,
                const char  *heading,
                SfStatement *statement,
                GtkWidget  **row_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* A heading to a screen reader too: the two rows have one title. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", heading, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f, NULL);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *row = sf_statement_row_new ();

  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  sf_statement_row_bind (SF_STATEMENT_ROW (row), self->document, self->validator, ensure_suggester (self),
                         statement);
  gtk_frame_set_child (GTK_FRAME (frame), row);
  gtk_box_append (GTK_BOX (box), frame);
  *row_out = row;
  return box;
}

static gboolean
close_compare_cb (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

/* A statement compared left the document (deleted there, or undone): its
 * row would edit a statement that is no longer there. The window goes
 * after the change, which may come from one of its rows. */
static void
compare_document_changed_cb (GtkWindow  *dialog,
                             SfChange   *change,
                             SfDocument *document)
{
  GPtrArray *statements = g_object_get_data (G_OBJECT (dialog), "sf-statements");

  if (g_object_get_data (G_OBJECT (dialog), "sf-closing") != NULL)
    return;
  for (guint i = 0; i < statements->len; i++)
    if (!sf_document_contains (document, g_ptr_array_index (statements, i)))
      {
        g_object_set_data (G_OBJECT (dialog), "sf-closing", GINT_TO_POINTER (TRUE));
        gtk_widget_set_sensitive (GTK_WIDGET (dialog), FALSE);
        g_idle_add_full (G_PRIORITY_DEFAULT, close_compare_cb, g_object_ref (dialog), g_object_unref);
        return;
      }
}

/**
 * sf_page_compare_same_title:
 * @self: a #SfPage
 * @statement: a statement whose title another of its section has
 *
 * Shows @statement next to the first statement with its title, both
 * editable, so the author can tell them apart or merge them.
 *
 * Returns: (transfer none) (nullable): the window, or %NULL when no other
 *   statement has the title (any more)
 */
GtkWindow *
sf_page_compare_same_title (SfPage      *self,
                            SfStatement *statement)
{
  SfStatement *first;
  GtkWidget *dialog, *toolbar, *header, *columns, *scrolled, *this_row, *first_row;
  GtkEventController *shortcuts;
  GPtrArray *statements;

  g_return_val_if_fail (SF_IS_PAGE (self), NULL);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), NULL);

  if (self->validator == NULL || (first = sf_validator_find_same_title (self->validator, statement)) == NULL)
    return NULL;

  dialog = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (dialog), _("Statements with the Same Title"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 960, 420);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  /* Escape closes it, as it does a dialog. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (dialog, shortcuts);

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (toolbar), header);

  columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  g_object_set (columns, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  gtk_box_append (GTK_BOX (columns), compare_column (self, _("This Statement"), statement, &this_row));
  gtk_box_append (GTK_BOX (columns), compare_column (self, _("The First with Its Title"), first, &first_row));
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), columns);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (dialog), toolbar);

  statements = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (statements, g_object_ref (statement));
  g_ptr_array_add (statements, g_object_ref (first));
  g_object_set_data_full (G_OBJECT (dialog), "sf-statements", statements, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (compare_document_changed_cb), dialog,
                           G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
  sf_statement_row_focus (SF_STATEMENT_ROW (this_row), "title");
  return GTK_WINDOW (dialog);
}

static void
panel_go_to_cb (SfPage    *self,
                SfProblem *problem)
{
  sf_page_go_to_problem (self, problem);
}

static void
panel_compare_cb (SfPage    *self,
                  SfProblem *problem)
{
  SfNode *node = sf_problem_get_node (problem);

  if (SF_IS_STATEMENT (node))
    sf_page_compare_same_title (self, SF_STATEMENT (node));
}

/**
 * sf_page_get_problems_panel:
 * @self: a #SfPage
 *
 * Returns: (transfer none) (nullable): the problems panel, made when first
 *   asked for; %NULL while the framework loads
 */
GtkWidget *
sf_page_get_problems_panel (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  if (self->problems_panel == NULL && self->document != NULL)
    {
      self->problems_panel = sf_problems_panel_new (self->document, self->validator, ensure_suggester (self));
      gtk_widget_set_size_request (self->problems_panel, -1, 160);
      gtk_widget_set_visible (self->problems_panel, self->show_problems);
      g_signal_connect_object (self->problems_panel, "go-to", G_CALLBACK (panel_go_to_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->problems_panel, "compare", G_CALLBACK (panel_compare_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_paned_set_end_child (self->problems_paned, self->problems_panel);
    }
  return self->problems_panel;
}

gboolean
sf_page_get_show_problems (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), FALSE);

  return self->show_problems;
}

/**
 * sf_page_set_show_problems:
 * @self: a #SfPage
 * @show_problems: whether to show the problems panel
 */
void
sf_page_set_show_problems (SfPage   *self,
                           gboolean  show_problems)
{
  g_return_if_fail (SF_IS_PAGE (self));

  show_problems = !!show_problems;
  if (self->show_problems == show_problems)
    return;
  self->show_problems = show_problems;
  if (show_problems && self->document != NULL)
    {
      int height = gtk_widget_get_height (GTK_WIDGET (self->problems_paned));

      sf_page_get_problems_panel (self);
      /* A third of the page, unless the author chose otherwise. */
      if (height > 0 && gtk_paned_get_position (self->problems_paned) >= height - 160)
        gtk_paned_set_position (self->problems_paned, MAX (height * 2 / 3, height - 280));
    }
  if (self->problems_panel != NULL)
    gtk_widget_set_visible (self->problems_panel, show_problems);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PROBLEMS]);
}

/* The document */

static void
document_changed_cb (SfPage   *self,
                     SfChange *change)
{
  if (SF_IS_OCCUPATION (change->node))
    update_titles (self);
  if (change->kind == SF_CHANGE_LIST || SF_IS_SECTION (change->node))
    {
      if (SF_IS_FRAMEWORK (change->node) && g_strcmp0 (change->member, "sections") == 0)
        sections_changed_cb (self);
      else
        update_sidebar_counts (self);
    }
  schedule_draft (self);
}

static void
modified_cb (SfPage *self)
{
  update_titles (self);
  if (!sf_document_get_modified (self->document))
    remove_draft (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
file_cb (SfPage *self)
{
  /* Saved under another name: the draft follows the name. */
  remove_draft (self);
  set_draft_id (self);
  update_titles (self);
}

/* @validator: (nullable): @document's validator, if it has validated it
 * already, or %NULL to make it */
static void
set_document (SfPage      *self,
              SfDocument  *document,
              SfValidator *validator)
{
  g_assert (self->document == NULL);

  self->document = g_object_ref (document);
  if (validator != NULL)
    self->validator = g_object_ref (validator);
  else
    self->validator = sf_validator_new (sf_document_get_framework (document));
  sf_validator_attach (self->validator, document);
  self->monitor = sf_document_monitor_new (document);
  if (self->search_bar != NULL)
    sf_search_bar_set_document (self->search_bar, document, self->validator);
  set_draft_id (self);

  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (modified_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (file_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->validator, "notify::n-errors", G_CALLBACK (update_counts), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->validator, "notify::n-warnings", G_CALLBACK (update_counts), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->validator, "problems-changed", G_CALLBACK (update_badges), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->monitor, "notify::state", G_CALLBACK (disk_state_cb), self, G_CONNECT_SWAPPED);

  rebuild_sidebar (self);
  show_view (self, "overview");
  if (self->show_problems)
    sf_page_get_problems_panel (self);
  gtk_stack_set_visible_child_name (self->load_stack, "content");
  g_clear_object (&self->loading_file);

  update_titles (self);
  show_draft_offer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  update_counts (self);
}

typedef struct
{
  GFile       *file;
  SfDocument  *document;
  SfValidator *validator;
  SfPage      *page;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_object_unref (load->file);
  g_clear_object (&load->page);
  g_clear_object (&load->document);
  g_clear_object (&load->validator);
  g_free (load);
}

/* The file is read, and validated a first time (~1 ms of the seed's
 * start-up), in a worker thread: neither is shared with anything yet. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;

  load->document = sf_document_new_for_file (load->file, NULL, cancellable, &error);
  if (load->document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  load->validator = sf_validator_new (sf_document_get_framework (load->document));
  g_task_return_boolean (task, TRUE);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;
  /* Let go of here, on the main thread: the worker thread may drop the
   * task (and the load with it) last. */
  g_autoptr(SfPage) self = g_steal_pointer (&load->page);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_signal_emit (self, signals[LOAD_FAILED], 0, error);
      return;
    }
  set_document (self, load->document, load->validator);
}

static void
sf_page_dispose (GObject *object)
{
  SfPage *self = SF_PAGE (object);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PAGE);
  /* They went with it. */
  memset (self->banners, 0, sizeof self->banners);
  memset (self->banner_labels, 0, sizeof self->banner_labels);
  self->overwrite_button = NULL;
  self->search_bar = NULL;
  g_clear_object (&self->last_problem);
  g_clear_object (&self->monitor);
  g_clear_object (&self->suggester);
  g_clear_object (&self->validator);
  g_clear_object (&self->document);
  g_clear_object (&self->loading_file);

  G_OBJECT_CLASS (sf_page_parent_class)->dispose (object);
}

static void
sf_page_finalize (GObject *object)
{
  SfPage *self = SF_PAGE (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->view_name);
  g_free (self->draft_id);
  g_clear_pointer (&self->offered_draft, sf_draft_free);

  G_OBJECT_CLASS (sf_page_parent_class)->finalize (object);
}

static void
sf_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SfPage *self = SF_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, sf_page_get_modified (self));
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, sf_page_get_loading (self));
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, sf_page_get_n_errors (self));
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, sf_page_get_n_warnings (self));
      break;

    case PROP_SHOW_PROBLEMS:
      g_value_set_boolean (value, self->show_problems);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SfPage *self = SF_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_PROBLEMS:
      sf_page_set_show_problems (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_page_class_init (SfPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_page_dispose;
  object_class->finalize = sf_page_finalize;
  object_class->get_property = sf_page_get_property;
  object_class->set_property = sf_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SF_TYPE_DOCUMENT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PROBLEMS] =
    g_param_spec_boolean ("show-problems", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfPage::load-failed:
   * @self: the page
   * @error: what went wrong, with the file, line and column
   *
   * The file could not be read as a framework; the page has nothing to show.
   */
  signals[LOAD_FAILED] =
    g_signal_new ("load-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPage, load_stack);
  gtk_widget_class_bind_template_child (widget_class, SfPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, SfPage, problems_paned);
  gtk_widget_class_bind_template_child (widget_class, SfPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SfPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SfPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SfPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_cb);
}

static void
sf_page_init (SfPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_titles (self);
}

/**
 * sf_page_new_for_file:
 * @file: a framework file
 *
 * Returns: (transfer floating): a page that loads @file, and shows it once
 *   loaded; #SfPage::load-failed says when it cannot be read
 */
SfPage *
sf_page_new_for_file (GFile *file)
{
  g_autoptr(GTask) task = NULL;
  SfPage *self;
  Load *load;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The file is read while the page (and, on start-up, the window) is
   * built: the callback runs from the main loop, once the page is there. */
  load = g_new0 (Load, 1);
  load->file = g_object_ref (file);
  task = g_task_new (NULL, NULL, loaded_cb, load);
  g_task_set_source_tag (task, sf_page_new_for_file);
  g_task_set_task_data (task, load, load_free);
  g_task_run_in_thread (task, load_thread);

  self = g_object_new (SF_TYPE_PAGE, NULL);
  self->loading_file = g_object_ref (file);
  load->page = g_object_ref (self);
  update_titles (self);
  return self;
}

/**
 * sf_page_new_for_framework:
 * @framework: a framework belonging to no document, such as a new one
 *
 * Returns: (transfer floating): a page editing @framework, not saved yet
 */
SfPage *
sf_page_new_for_framework (SfFramework *framework)
{
  SfPage *self;
  g_autoptr(SfDocument) document = NULL;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SF_TYPE_PAGE, NULL);
  document = sf_document_new (framework);
  set_document (self, document, NULL);
  return self;
}

SfDocument *
sf_page_get_document (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return self->document;
}

SfValidator *
sf_page_get_validator (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return self->validator;
}

/**
 * sf_page_get_file:
 * @self: a #SfPage
 *
 * Returns: (transfer none) (nullable): the framework's file, or the file
 *   being loaded
 */
GFile *
sf_page_get_file (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return self->document ? sf_document_get_file (self->document) : self->loading_file;
}

const char *
sf_page_get_title (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return self->title;
}

const char *
sf_page_get_subtitle (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  return self->subtitle;
}

gboolean
sf_page_get_modified (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), FALSE);

  return self->document != NULL && sf_document_get_modified (self->document);
}

gboolean
sf_page_get_loading (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), FALSE);

  return self->document == NULL;
}

guint
sf_page_get_n_errors (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), 0);

  return self->validator ? sf_validator_count (self->validator, SF_SEVERITY_ERROR) : 0;
}

guint
sf_page_get_n_warnings (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), 0);

  return self->validator ? sf_validator_count (self->validator, SF_SEVERITY_WARNING) : 0;
}

/**
 * sf_page_get_banner:
 * @self: a #SfPage
 * @name: "disk" (the file changed on disk), "draft" (unsaved work
 *   recovered) or "save" (a save failed)
 *
 * Returns: (transfer none) (nullable): the banner (made, hidden, if it
 *   had nothing to say yet), revealed while it has something to say
 */
GtkInfoBar *
sf_page_get_banner (SfPage     *self,
                    const char *name)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  if (g_str_equal (name, "disk"))
    return ensure_banner (self, BANNER_DISK);
  if (g_str_equal (name, "draft"))
    return ensure_banner (self, BANNER_DRAFT);
  if (g_str_equal (name, "save"))
    return ensure_banner (self, BANNER_SAVE);
  return NULL;
}

/**
 * sf_page_get_search_bar:
 * @self: a #SfPage
 *
 * Returns: (transfer none): the page's find and replace, made when first
 *   asked for
 */
SfSearchBar *
sf_page_get_search_bar (SfPage *self)
{
  g_return_val_if_fail (SF_IS_PAGE (self), NULL);

  if (self->search_bar == NULL)
    {
      GtkWidget *above = NULL;

      self->search_bar = g_object_new (SF_TYPE_SEARCH_BAR, NULL);
      for (int i = N_BANNERS - 1; i >= 0 && above == NULL; i--)
        above = self->banners[i] ? GTK_WIDGET (self->banners[i]) : NULL;
      gtk_box_insert_child_after (self->content_box, GTK_WIDGET (self->search_bar), above);
      if (self->document != NULL)
        sf_search_bar_set_document (self->search_bar, self->document, self->validator);
      /* The section views opened before highlight its matches too. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack)); child;
           child = gtk_widget_get_next_sibling (child))
        if (SF_IS_SECTION_VIEW (child))
          sf_section_view_set_highlight (SF_SECTION_VIEW (child), sf_search_bar_get_highlight (self->search_bar));
    }
  return self->search_bar;
}
