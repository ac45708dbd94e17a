/* sf-sidebar-row.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-sidebar-row.h"

/**
 * SfSidebarRow:
 *
 * A part of the framework in the page's sidebar: its name and how many
 * statements or items it holds. A screen reader hears both.
 */
struct _SfSidebarRow
{
  GtkListBoxRow  parent_instance;

  GtkImage      *icon;
  GtkLabel      *title_label;
  GtkLabel      *count_label;
  GtkLabel      *badge_label;
  char          *view_name;
  char          *what;
  guint          errors;
  guint          warnings;
};

G_DEFINE_FINAL_TYPE (SfSidebarRow, sf_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static void
update_accessible (SfSidebarRow *self)
{
  g_autofree char *label = NULL;
  g_autofree char *problems = NULL;

  if (self->errors + self->warnings > 0)
    problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems",
                                             self->errors + self->warnings),
                                self->errors + self->warnings);
  if (self->what != NULL && problems != NULL)
    label = g_strdup_printf ("%s, %s, %s", gtk_label_get_label (self->title_label), self->what, problems);
  else if (self->what != NULL || problems != NULL)
    label = g_strdup_printf ("%s, %s", gtk_label_get_label (self->title_label), self->what ? self->what : problems);
  else
    label = g_strdup (gtk_label_get_label (self->title_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sf_sidebar_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_SIDEBAR_ROW);

  G_OBJECT_CLASS (sf_sidebar_row_parent_class)->dispose (object);
}

static void
sf_sidebar_row_finalize (GObject *object)
{
  SfSidebarRow *self = SF_SIDEBAR_ROW (object);

  g_free (self->view_name);
  g_free (self->what);

  G_OBJECT_CLASS (sf_sidebar_row_parent_class)->finalize (object);
}

static void
sf_sidebar_row_class_init (SfSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_sidebar_row_dispose;
  object_class->finalize = sf_sidebar_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SfSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SfSidebarRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SfSidebarRow, badge_label);
}

static void
sf_sidebar_row_init (SfSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sf_sidebar_row_new:
 * @view_name: the name of the view the row opens
 * @icon_name: (nullable): a symbolic icon
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
sf_sidebar_row_new (const char *view_name,
                    const char *icon_name)
{
  SfSidebarRow *self = g_object_new (SF_TYPE_SIDEBAR_ROW, NULL);

  self->view_name = g_strdup (view_name);
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  return GTK_WIDGET (self);
}

const char *
sf_sidebar_row_get_view_name (SfSidebarRow *self)
{
  g_return_val_if_fail (SF_IS_SIDEBAR_ROW (self), NULL);

  return self->view_name;
}

void
sf_sidebar_row_set_title (SfSidebarRow *self,
                          const char   *title)
{
  g_return_if_fail (SF_IS_SIDEBAR_ROW (self));

  gtk_label_set_label (self->title_label, title);
  update_accessible (self);
}

/**
 * sf_sidebar_row_set_count:
 * @self: a #SfSidebarRow
 * @count: how many items the part holds
 * @what: (nullable): the same said in words, for screen readers
 *   ("12 statements"), or %NULL to show no count
 */
void
sf_sidebar_row_set_count (SfSidebarRow *self,
                          guint         count,
                          const char   *what)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  g_return_if_fail (SF_IS_SIDEBAR_ROW (self));

  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), what != NULL);
  g_free (self->what);
  self->what = g_strdup (what);
  update_accessible (self);
}

/**
 * sf_sidebar_row_set_problems:
 * @self: a #SfSidebarRow
 * @errors: the errors in the part
 * @warnings: its warnings
 *
 * Shows a badge with the part's problems: red with errors, yellow with
 * warnings only, none without either.
 */
void
sf_sidebar_row_set_problems (SfSidebarRow *self,
                             guint         errors,
                             guint         warnings)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SF_IS_SIDEBAR_ROW (self));

  if (self->errors == errors && self->warnings == warnings)
    return;
  self->errors = errors;
  self->warnings = warnings;
  text = g_strdup_printf ("%u", errors + warnings);
  gtk_label_set_label (self->badge_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->badge_label), errors + warnings > 0);
  if (errors > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge_label), "warning");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge_label), "error");
    }
  update_accessible (self);
}
