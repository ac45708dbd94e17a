/* sf-sources-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "sf-edits.h"
#include "sf-field-binding.h"
#include "sf-sources-view.h"
#include "sf-ui-util.h"
#include "sf-window.h"

/**
 * SfSourcesView:
 *
 * The framework's sources: one expandable row per source with its fields.
 * A new id is applied with the row's apply button and renames every
 * citation of the source in the same step; removing a cited source asks
 * first and says how many citations go with it.
 */
struct _SfSourcesView
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *group;

  SfDocument          *document;
  GHashTable          *rows;    /* SfSource → its row */
};

G_DEFINE_FINAL_TYPE (SfSourcesView, sf_sources_view, ADW_TYPE_BIN)

static void rebuild (SfSourcesView *self);

static SfFramework *
framework_of (SfSourcesView *self)
{
  return sf_document_get_framework (self->document);
}

static void
toast (SfSourcesView *self,
       const char    *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* A toast's title is markup; the text may name an id such as "a&b". */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (SF_IS_WINDOW (root))
    sf_window_show_toast (SF_WINDOW (root), adw_toast_new (escaped));
}

static GtkWidget *
field_row (SfSourcesView *self,
           SfSource      *source,
           const char    *title,
           const char    *member,
           gboolean       optional)
{
  GtkWidget *row = adw_entry_row_new ();
  SfFieldBinding *binding = sf_field_binding_new (row, member);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sf_field_binding_set_empty_unsets (binding, optional);
  sf_field_binding_bind (binding, self->document, SF_NODE (source));
  return row;
}

static void
id_notify_cb (SfSource   *source,
              GParamSpec *pspec,
              GtkWidget  *row)
{
  const char *id = sf_source_get_id (source);

  gtk_editable_set_text (GTK_EDITABLE (row), id ? id : "");
}

static void
id_apply_cb (GtkWidget     *row,
             SfSourcesView *self)
{
  SfSource *source = g_object_get_data (G_OBJECT (row), "source");
  g_autoptr(GError) error = NULL;

  if (!sf_edits_rename_source (self->document, source, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      toast (self, error->message);
      id_notify_cb (source, NULL, row);
    }
}

static void
year_notify_cb (SfSource   *source,
                GParamSpec *pspec,
                GtkWidget  *row)
{
  int year = sf_source_get_year (source);
  g_autofree char *text = year ? g_strdup_printf ("%d", year) : g_strdup ("");

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (row))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
year_changed_cb (GtkWidget     *row,
                 SfSourcesView *self)
{
  SfSource *source = g_object_get_data (G_OBJECT (row), "source");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  char *end = NULL;
  long year = *text ? strtol (text, &end, 10) : 0;

  /* What is not a year is not written; the field says so. */
  if (*text && (end == NULL || *end != '\0' || year < 0 || year > 9999))
    {
      gtk_widget_add_css_class (row, "error");
      return;
    }
  gtk_widget_remove_css_class (row, "error");
  if (year != sf_source_get_year (source))
    sf_document_set_int (self->document, SF_NODE (source), "year", (int) year, NULL);
}

typedef struct
{
  SfSourcesView *self;
  SfSource      *source;
} RemoveData;

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RemoveData       *data)
{
  if (g_str_equal (response, "remove"))
    sf_edits_remove_source (data->self->document, data->source);
  g_object_unref (data->self);
  g_object_unref (data->source);
  g_free (data);
}

static void
remove_clicked_cb (GtkButton     *button,
                   SfSourcesView *self)
{
  SfSource *source = g_object_get_data (G_OBJECT (button), "source");
  guint uses = sf_edits_count_source_uses (framework_of (self), sf_source_get_id (source));
  const char *title = sf_source_get_title (source);
  AdwMessageDialog *dialog;
  RemoveData *data;

  if (uses == 0)
    {
      sf_edits_remove_source (self->document, source);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Remove a Cited Source?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "“%s” is cited once. The citation is removed with it.",
                                               "“%s” is cited %u times. The citations are removed with it.",
                                               uses),
                                  title && *title ? title : sf_source_get_id (source), uses);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  data = g_new0 (RemoveData, 1);
  data->self = g_object_ref (self);
  data->source = g_object_ref (source);
  g_signal_connect (dialog, "response", G_CALLBACK (remove_response_cb), data);
  sf_ui_present_dialog (dialog);
}

static GtkWidget *
source_row (SfSourcesView *self,
            SfSource      *source)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *id_row = adw_entry_row_new ();
  GtkWidget *year_row = adw_entry_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove_button = sf_ui_button_new (_("_Remove Source"));
  static const struct { const char *title, *member; gboolean optional; } fields[] = {
    { N_("Title"), "title", FALSE },
    { N_("Subtitle"), "subtitle", TRUE },
    { N_("Short Title (the citation chip)"), "short_title", TRUE },
    { N_("Edition or Release"), "edition", TRUE },
    { N_("Authors"), "authors", TRUE },
    { N_("Identifier (arXiv id, DOI)"), "identifier", TRUE },
    { N_("Link"), "url", TRUE },
    { N_("Licence"), "licence", TRUE },
  };

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  g_object_bind_property (source, "title", expander, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (source, "id", expander, "subtitle", G_BINDING_SYNC_CREATE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (id_row), _("Id (applied to every citation)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (id_row), TRUE);
  g_object_set_data_full (G_OBJECT (id_row), "source", g_object_ref (source), g_object_unref);
  id_notify_cb (source, NULL, id_row);
  g_signal_connect_object (source, "notify::id", G_CALLBACK (id_notify_cb), id_row, 0);
  g_signal_connect (id_row, "apply", G_CALLBACK (id_apply_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), id_row);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              field_row (self, source, _(fields[i].title), fields[i].member, fields[i].optional));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (year_row), _("Year"));
  g_object_set_data_full (G_OBJECT (year_row), "source", g_object_ref (source), g_object_unref);
  year_notify_cb (source, NULL, year_row);
  g_signal_connect_object (source, "notify::year", G_CALLBACK (year_notify_cb), year_row, 0);
  g_signal_connect (year_row, "changed", G_CALLBACK (year_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), year_row);

  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  g_object_set_data_full (G_OBJECT (remove_button), "source", g_object_ref (source), g_object_unref);
  g_signal_connect (remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove this source and its citations"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);
  return expander;
}

static GHashTable *
rows_new (void)
{
  return g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
}

/* Rows of sources that stay are kept, with their expanded state and the
 * focus: adding or removing one source does not close the one being
 * edited. */
static void
rebuild (SfSourcesView *self)
{
  GListModel *sources = sf_framework_get_sources (framework_of (self));
  GtkWidget *focus = sf_ui_save_focus (GTK_WIDGET (self->group));
  g_autoptr(GHashTable) old_rows = g_steal_pointer (&self->rows);
  GHashTableIter iter;
  gpointer row;

  self->rows = rows_new ();
  g_hash_table_iter_init (&iter, old_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    adw_preferences_group_remove (self->group, row);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(SfSource) source = g_list_model_get_item (sources, i);
      GtkWidget *reused = sf_ui_reuse_row (old_rows, self->rows, source);

      if (reused == NULL)
        {
          reused = source_row (self, source);
          g_object_set_data_full (G_OBJECT (reused), "source", g_object_ref (source), g_object_unref);
          g_hash_table_insert (self->rows, g_object_ref (source), g_object_ref_sink (reused));
        }
      adw_preferences_group_add (self->group, reused);
    }
  sf_ui_restore_focus (focus);
}

static void
document_changed_cb (SfSourcesView *self,
                     SfChange      *change)
{
  if (change->kind == SF_CHANGE_LIST && SF_IS_FRAMEWORK (change->node) &&
      g_strcmp0 (change->member, "sources") == 0)
    rebuild (self);
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  SfSourcesView *self = SF_SOURCES_VIEW (widget);
  SfSource *source = sf_edits_add_source (self->document);

  /* Ready to type the new source's title. */
  if (source != NULL)
    sf_ui_focus_node (GTK_WIDGET (self), SF_NODE (source), "title");
}

static void
sf_sources_view_dispose (GObject *object)
{
  SfSourcesView *self = SF_SOURCES_VIEW (object);

  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SOURCES_VIEW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (sf_sources_view_parent_class)->dispose (object);
}

static void
sf_sources_view_class_init (SfSourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_sources_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-sources-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSourcesView, group);
  gtk_widget_class_install_action (widget_class, "sources.add", NULL, add_action);
}

static void
sf_sources_view_init (SfSourcesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = rows_new ();
}

GtkWidget *
sf_sources_view_new (SfDocument *document)
{
  SfSourcesView *self = g_object_new (SF_TYPE_SOURCES_VIEW, NULL);

  self->document = g_object_ref (document);
  rebuild (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
