/* sf-ui-util.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "sf-field-binding.h"
#include "sf-ui-util.h"

/**
 * sf_ui_anchor_kind_name:
 * @kind: a kind of O*NET anchor
 * @plural: whether to name several
 *
 * Returns: the kind's name for people: "Tasks", "Work style"
 */
const char *
sf_ui_anchor_kind_name (SfAnchorKind kind,
                        gboolean     plural)
{
  switch (kind)
    {
    case SF_ANCHOR_KIND_TASK:
      return plural ? _("Tasks") : _("Task");
    case SF_ANCHOR_KIND_SKILL:
      return plural ? _("Skills") : _("Skill");
    case SF_ANCHOR_KIND_KNOWLEDGE:
      return _("Knowledge");
    case SF_ANCHOR_KIND_ABILITY:
      return plural ? _("Abilities") : _("Ability");
    case SF_ANCHOR_KIND_WORK_STYLE:
      return plural ? _("Work Styles") : _("Work style");
    case SF_ANCHOR_KIND_TECHNOLOGY:
      return plural ? _("Technology") : _("Technology");
    case SF_ANCHOR_KIND_RELATED_TITLE:
      return plural ? _("Related Titles") : _("Related title");
    case SF_ANCHOR_KIND_APPRENTICESHIP:
      return plural ? _("Apprenticeships") : _("Apprenticeship");
    case SF_ANCHOR_KIND_CIP:
      return plural ? _("CIP Codes") : _("CIP code");
    default:
      return "";
    }
}

const char *
sf_ui_status_name (SfStatus status)
{
  switch (status)
    {
    case SF_STATUS_DRAFT:
      return _("Draft");
    case SF_STATUS_IN_REVIEW:
      return _("In review");
    case SF_STATUS_PUBLISHED:
      return _("Published");
    default:
      return "";
    }
}

/**
 * sf_ui_citation_label:
 * @framework: the framework of @citation
 * @citation: a citation
 *
 * Returns: (transfer full): what a citation chip shows: the source's short
 *   title (or title, or id) and the locator
 */
char *
sf_ui_citation_label (SfFramework *framework,
                      SfCitation  *citation)
{
  const char *id = sf_citation_get_source (citation);
  const char *locator = sf_citation_get_locator (citation);
  SfSource *source = sf_framework_find_source (framework, id);
  const char *name = NULL;

  if (source != NULL)
    {
      name = sf_source_get_short_title (source);
      if (name == NULL || *name == '\0')
        name = sf_source_get_title (source);
    }
  if (name == NULL || *name == '\0')
    name = id && *id ? id : _("(no source)");
  if (locator != NULL && *locator != '\0')
    return g_strdup_printf ("%s, %s", name, locator);
  return g_strdup (name);
}

/**
 * sf_ui_anchor_label:
 * @framework: a framework
 * @anchor_id: an anchor id
 *
 * Returns: the anchor's name, or its id when it has none or does not exist
 */
const char *
sf_ui_anchor_label (SfFramework *framework,
                    const char  *anchor_id)
{
  SfAnchor *anchor = sf_framework_find_anchor (framework, anchor_id);
  const char *name = anchor ? sf_anchor_get_name (anchor) : NULL;

  return name && *name ? name : anchor_id;
}

void
sf_ui_set_accessible_label (gpointer    widget,
                            const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * sf_ui_add_bar_button:
 * @bar: a #GtkInfoBar
 * @label: the button's label, with a mnemonic
 * @response: its response id
 *
 * Adds a button to @bar with an accessible name without the mnemonic's
 * underscore: GTK 4.8 would announce "_Reload Reload".
 *
 * Returns: (transfer none): the button
 */
GtkWidget *
sf_ui_add_bar_button (GtkInfoBar *bar,
                      const char *label,
                      int         response)
{
  GtkWidget *button = sf_ui_button_new (label);

  gtk_info_bar_add_action_widget (bar, button, response);
  return button;
}

/**
 * sf_ui_button_new:
 * @label: the button's label, with a mnemonic
 *
 * Makes a text button that a screen reader names once. GTK 4.8 names a
 * button by its label property and again by the text of its label
 * ("_Reload Reload"); a button made with a label child and no label
 * property is named by the text alone.
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
sf_ui_button_new (const char *label)
{
  GtkWidget *child = gtk_label_new_with_mnemonic (label);
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button), child);
  gtk_label_set_mnemonic_widget (GTK_LABEL (child), button);
  return button;
}

static gboolean
same_member (const char *a,
             const char *b)
{
  for (; *a && *b; a++, b++)
    if (*a != *b && !((*a == '_' || *a == '-') && (*b == '_' || *b == '-')))
      return FALSE;
  return *a == *b;
}

/* The node and member a widget edits: those of its #SfFieldBinding, or
 * those set on it as "sf-node" and "sf-member" for controls that are not
 * text fields. */
static SfNode *
widget_node (GtkWidget   *widget,
             const char **member)
{
  GObject *holder = GTK_IS_TEXT_VIEW (widget) ? G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)))
                                              : G_OBJECT (widget);
  SfFieldBinding *binding = g_object_get_data (holder, "sf-field-binding");

  if (binding != NULL)
    {
      *member = sf_field_binding_get_member (binding);
      return sf_field_binding_get_node (binding);
    }
  *member = g_object_get_data (G_OBJECT (widget), "sf-member");
  return g_object_get_data (G_OBJECT (widget), "sf-node");
}

static GtkWidget *
find_field (GtkWidget  *widget,
            SfNode     *node,
            const char *member,
            GtkWidget **any)
{
  const char *widget_member = NULL;

  if (widget_node (widget, &widget_member) == node)
    {
      if (member == NULL || (widget_member != NULL && same_member (member, widget_member)))
        return widget;
      if (*any == NULL)
        *any = widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_field (child, node, member, any);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * sf_ui_focus_node:
 * @view: a view of part of the framework
 * @node: the node to go to
 * @member: (nullable): the member of @node to focus, or %NULL for any
 *
 * Focuses the field of @view that edits @member of @node, or failing that
 * any field of @node, or of the nearest of its ancestors that has one,
 * expanding the rows it is folded in.
 *
 * Returns: whether a field was focused
 */
gboolean
sf_ui_focus_node (GtkWidget  *view,
                  SfNode     *node,
                  const char *member)
{
  SfNode *first = node;
  const char *first_member = member;

  g_return_val_if_fail (GTK_IS_WIDGET (view), FALSE);

  for (; node != NULL; node = sf_node_get_parent (node), member = NULL)
    {
      GtkWidget *any = NULL;
      GtkWidget *found = find_field (view, node, member, &any);

      if (found == NULL)
        found = any;
      if (found == NULL)
        continue;
      /* A row that stands for a control (its activatable widget) focuses
       * the control. */
      if (ADW_IS_ACTION_ROW (found) && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (found)) != NULL)
        found = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (found));
      for (GtkWidget *w = found; w != NULL && w != view; w = gtk_widget_get_parent (w))
        if (ADW_IS_EXPANDER_ROW (w))
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
      /* An ancestor's row, opened, may have just built the rows of the
       * node itself (a scale's levels). */
      if (node != first)
        {
          GtkWidget *any_first = NULL;
          GtkWidget *again = find_field (view, first, first_member, &any_first);

          if (again != NULL || any_first != NULL)
            found = again != NULL ? again : any_first;
        }
      return gtk_widget_grab_focus (found);
    }
  return FALSE;
}

#define CONTROL_KEY "sf-control"

/**
 * sf_ui_set_control_name:
 * @widget: a control
 * @name: a name, unique in its view or window
 *
 * Names a control that a view builds in code, so that tests can find it
 * with sf_ui_find_control() without knowing how the view is laid out.
 */
void
sf_ui_set_control_name (gpointer    widget,
                        const char *name)
{
  g_object_set_data_full (G_OBJECT (widget), CONTROL_KEY, g_strdup (name), g_free);
}

/**
 * sf_ui_find_control:
 * @root: a widget
 * @name: a name given with sf_ui_set_control_name()
 *
 * Returns: (transfer none) (nullable): the widget with that name under
 *   @root, or @root itself
 */
GtkWidget *
sf_ui_find_control (GtkWidget  *root,
                    const char *name)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_strcmp0 (g_object_get_data (G_OBJECT (root), CONTROL_KEY), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sf_ui_find_control (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * sf_ui_save_focus:
 * @within: a widget about to have its children rebuilt
 *
 * Returns: (transfer full) (nullable): the focus widget, when it is @within
 *   or one of its descendants; give it to sf_ui_restore_focus() after the
 *   rebuild.
 */
GtkWidget *
sf_ui_save_focus (GtkWidget *within)
{
  GtkRoot *root = gtk_widget_get_root (within);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || (focus != within && !gtk_widget_is_ancestor (focus, within)))
    return NULL;
  return g_object_ref (focus);
}

/**
 * sf_ui_restore_focus:
 * @focus: (transfer full) (nullable): what sf_ui_save_focus() returned
 *
 * Gives the focus back to @focus when it is still in a window, as it is
 * when the rebuild kept its row; otherwise the focus stays where GTK moved
 * it.
 */
void
sf_ui_restore_focus (GtkWidget *focus)
{
  g_autoptr(GtkWidget) owned = focus;

  if (focus == NULL || gtk_widget_get_root (focus) == NULL || gtk_widget_has_focus (focus))
    return;
  gtk_widget_grab_focus (focus);
}

/**
 * sf_ui_reuse_row:
 * @old_rows: the rows of the previous build, by model object (a table that
 *   owns its keys and values)
 * @rows: the rows of this build, by model object (the same kind of table)
 * @node: the model object of a row of this build
 *
 * A view that rebuilds its rows when a list changes keeps the rows of the
 * objects that are still there, so that their expanded state, their cursor
 * and the focus survive an add or a remove elsewhere in the list.
 *
 * Returns: (transfer none) (nullable): the row made for @node by the
 *   previous build, now also in @rows; %NULL when there is none and a new
 *   row must be made (and added to @rows).
 */
GtkWidget *
sf_ui_reuse_row (GHashTable *old_rows,
                 GHashTable *rows,
                 gpointer    node)
{
  GtkWidget *row = old_rows != NULL ? g_hash_table_lookup (old_rows, node) : NULL;

  if (row != NULL)
    g_hash_table_insert (rows, g_object_ref (node), g_object_ref (row));
  return row;
}

static void
name_mnemonic_buttons (GtkWidget *widget)
{
  /* Its name is then its label's text, without the underline. */
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_mnemonic_buttons (child);
}

static gboolean
name_icon_buttons_cb (gpointer data)
{
  sf_ui_name_icon_buttons (data);
  return G_SOURCE_REMOVE;
}

/**
 * sf_ui_name_icon_buttons:
 * @root: a widget whose buttons others built, such as an #AdwTabBar
 *
 * Names each button of @root that shows only an icon by its tooltip:
 * libadwaita 1.2's tab close button has a tooltip and no name, and GTK 4.8
 * announces it by its image's class name. The tab bar builds its tabs on
 * its own signal handlers, so this runs once more when the main loop is
 * idle.
 */
void
sf_ui_name_icon_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) == NULL &&
      gtk_widget_get_tooltip_text (root) != NULL)
    sf_ui_set_accessible_label (root, gtk_widget_get_tooltip_text (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    sf_ui_name_icon_buttons (child);
}

/**
 * sf_ui_name_icon_buttons_later:
 * @root: a widget
 *
 * Calls sf_ui_name_icon_buttons() on @root when the main loop is idle.
 */
void
sf_ui_name_icon_buttons_later (GtkWidget *root)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, name_icon_buttons_cb, g_object_ref (root), g_object_unref);
}

/**
 * sf_ui_present_dialog:
 * @dialog: (type GtkWindow): a dialog, such as an #AdwMessageDialog with
 *   its responses added
 *
 * Presents @dialog after naming its buttons for screen readers by their
 * text: GTK 4.8 names a button made with a mnemonic label (as
 * #AdwMessageDialog makes its responses) by the label as written and its
 * text, and Orca says "_Cancel Cancel".
 */
void
sf_ui_present_dialog (gpointer dialog)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  name_mnemonic_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}
