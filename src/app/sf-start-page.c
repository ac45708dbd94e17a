/* sf-start-page.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-start-page.h"
#include "sf-window.h"

/**
 * SfStartPage:
 *
 * What a window shows when no framework is open: New, Open and the recent
 * frameworks. The window makes it when it first has no tab, so that a
 * window opened on a file neither builds, styles nor measures it, nor reads
 * the recent files, before its first frame.
 */
struct _SfStartPage
{
  AdwBin      parent_instance;

  GtkLabel   *recent_title;
  GtkListBox *recent_list;
};

G_DEFINE_FINAL_TYPE (SfStartPage, sf_start_page, ADW_TYPE_BIN)

static void
recent_activated_cb (SfStartPage   *self,
                     GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SF_IS_WINDOW (root))
    sf_window_open_file (SF_WINDOW (root), file);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *da = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *db = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (db, da);
}

static void
populate_recent (SfStartPage *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GFile) file = NULL;
      g_autofree char *parse_name = NULL;
      GtkWidget *row;

      if (g_get_prgname () == NULL || !gtk_recent_info_has_application (info, g_get_prgname ()) ||
          !gtk_recent_info_exists (info))
        continue;
      file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      parse_name = g_file_get_parse_name (file);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), parse_name);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);
      gtk_list_box_append (self->recent_list, row);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_title), n > 0);
}

static void
sf_start_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_START_PAGE);

  G_OBJECT_CLASS (sf_start_page_parent_class)->dispose (object);
}

static void
sf_start_page_class_init (SfStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_start_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfStartPage, recent_title);
  gtk_widget_class_bind_template_child (widget_class, SfStartPage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, recent_activated_cb);
}

static void
sf_start_page_init (SfStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  populate_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (populate_recent), self,
                           G_CONNECT_SWAPPED);
}

/**
 * sf_start_page_new:
 *
 * Returns: (transfer floating): a start page, listing the recent frameworks
 */
GtkWidget *
sf_start_page_new (void)
{
  return g_object_new (SF_TYPE_START_PAGE, NULL);
}
