/* sf-statement-row.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-anchor-popover.h"
#include "sf-chip.h"
#include "sf-citation-popover.h"
#include "sf-edits.h"
#include "sf-section-view.h"
#include "sf-field-binding.h"
#include "sf-statement-row.h"
#include "sf-text-field.h"
#include "sf-ui-util.h"
#include "sf-window.h"

/**
 * SfStatementRow:
 *
 * One statement in a section's list: its title and text edited in place,
 * its citations and O*NET anchor links as chips with popovers to add more,
 * a marker when validation finds a problem, and a menu to duplicate, move
 * or delete it. Rows are recycled by the list view: sf_statement_row_bind()
 * gives a row its statement, so that only the visible statements have a
 * row. Every edit goes through the document, as one undoable step.
 */
struct _SfStatementRow
{
  GtkWidget       parent_instance;

  GtkWidget      *drag_handle;
  GtkEntry       *title_entry;
  GtkLabel       *id_label;
  GtkImage       *problem_icon;
  GtkMenuButton  *menu_button;
  GtkTextView    *text_view;
  GtkFlowBox     *citations_box;
  GtkMenuButton  *add_citation_button;
  GtkFlowBox     *anchors_box;
  GtkWidget      *suggest_button;
  GtkLabel       *suggest_label;
  GtkMenuButton  *link_anchor_button;
  GtkWidget      *review_box;
  GtkLabel       *review_label;

  SfFieldBinding *title_binding;
  SfFieldBinding *text_binding;
  GtkWidget      *citation_popover;
  GtkWidget      *anchor_popover;

  SfDocument     *document;
  SfValidator    *validator;
  SfSuggester    *suggester;
  SfStatement    *statement;
  GSignalGroup   *statement_signals;
  GSignalGroup   *citations_signals;
  GSignalGroup   *document_signals;
  GSignalGroup   *validator_signals;
};

G_DEFINE_FINAL_TYPE (SfStatementRow, sf_statement_row, GTK_TYPE_WIDGET)

static SfFramework *
framework_of (SfStatementRow *self)
{
  return sf_document_get_framework (self->document);
}

static void
update_accessible (SfStatementRow *self)
{
  const char *title = sf_statement_get_title (self->statement);
  g_autofree char *label = NULL;
  g_autoptr(GPtrArray) problems = sf_validator_dup_problems_for (self->validator, SF_NODE (self->statement), TRUE);

  if (problems->len > 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Statement %s, %u problem",
                                          "Statement %s, %u problems", problems->len),
                             title && *title ? title : sf_statement_get_id (self->statement), problems->len);
  else
    label = g_strdup_printf (_("Statement %s"), title && *title ? title : sf_statement_get_id (self->statement));
  sf_ui_set_accessible_label (self, label);
}

static void
update_problems (SfStatementRow *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) tooltip = g_string_new (NULL);
  SfSeverity worst = SF_SEVERITY_OFF;

  if (self->statement == NULL || self->validator == NULL)
    return;

  problems = sf_validator_dup_problems_for (self->validator, SF_NODE (self->statement), TRUE);
  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);

      worst = MAX (worst, sf_problem_get_severity (problem));
      if (tooltip->len > 0)
        g_string_append_c (tooltip, '\n');
      g_string_append_printf (tooltip, "%s [%s]", sf_problem_get_message (problem),
                              sf_problem_get_rule_id (problem));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->problem_icon), problems->len > 0);
  if (problems->len > 0)
    {
      gtk_image_set_from_icon_name (self->problem_icon, worst == SF_SEVERITY_ERROR ? "dialog-error-symbolic"
                                    : worst == SF_SEVERITY_WARNING ? "dialog-warning-symbolic"
                                    : "dialog-information-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->problem_icon), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->problem_icon), "warning");
      if (worst >= SF_SEVERITY_WARNING)
        gtk_widget_add_css_class (GTK_WIDGET (self->problem_icon),
                                  worst == SF_SEVERITY_ERROR ? "error" : "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->problem_icon), tooltip->str);
      sf_ui_set_accessible_label (self->problem_icon, tooltip->str);
    }
  update_accessible (self);
}

/* Only rows whose statement (or a citation of it) is among the nodes look
 * again. */
static void
problems_changed_cb (SfStatementRow *self,
                     GPtrArray      *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    for (SfNode *node = g_ptr_array_index (nodes, i); node != NULL; node = sf_node_get_parent (node))
      if (node == SF_NODE (self->statement))
        {
          update_problems (self);
          return;
        }
      else if (SF_IS_SECTION (node))
        break;
}

static void
clear_box (GtkFlowBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
}

static void
chip_remove_citation_cb (SfChip         *chip,
                         SfStatementRow *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "position"));

  gtk_widget_activate_action (GTK_WIDGET (self), "row.remove-citation", "u", position);
}

static void
chip_move_citation_cb (SfChip         *chip,
                       int             steps,
                       SfStatementRow *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "position"));

  gtk_widget_activate_action (GTK_WIDGET (self), "row.move-citation", "(uu)", position, position + steps);
}

static void
rebuild_citations (SfStatementRow *self)
{
  GListModel *citations;
  guint n;

  clear_box (self->citations_box);
  if (self->statement == NULL)
    return;

  citations = sf_statement_get_citations (self->statement);
  n = g_list_model_get_n_items (citations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfCitation) citation = g_list_model_get_item (citations, i);
      g_autofree char *label = sf_ui_citation_label (framework_of (self), citation);
      g_autofree char *description = g_strdup_printf (_("citation of %s"), label);
      GtkWidget *chip = sf_chip_new (label, description);

      sf_chip_set_movable (SF_CHIP (chip), i > 0, i + 1 < n);
      g_object_set_data (G_OBJECT (chip), "position", GUINT_TO_POINTER (i));
      g_object_set_data_full (G_OBJECT (chip), "citation", g_object_ref (citation), g_object_unref);
      g_signal_connect (chip, "remove", G_CALLBACK (chip_remove_citation_cb), self);
      g_signal_connect (chip, "move", G_CALLBACK (chip_move_citation_cb), self);
      gtk_flow_box_append (self->citations_box, chip);
    }
}

static void
chip_unlink_cb (SfChip         *chip,
                SfStatementRow *self)
{
  const char *anchor = g_object_get_data (G_OBJECT (chip), "anchor");

  gtk_widget_activate_action (GTK_WIDGET (self), "row.unlink-anchor", "s", anchor);
}

/* A statement that links no anchor offers its best suggestion, one click
 * away. */
static void
update_suggestion (SfStatementRow *self)
{
  const char * const *links = self->statement ? sf_statement_get_anchors (self->statement) : NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  SfSuggestion *best;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->statement == NULL || self->suggester == NULL || (links != NULL && links[0] != NULL) ||
      (suggestions = sf_suggester_suggest_for_statement (self->suggester, self->statement, 1))->len == 0)
    {
      gtk_widget_set_visible (self->suggest_button, FALSE);
      return;
    }

  best = g_ptr_array_index (suggestions, 0);
  label = g_strdup_printf (_("Link “%s”"), sf_anchor_get_name (best->anchor));
  description = g_strdup_printf (_("Suggested O*NET anchor: link %s “%s”"),
                                 sf_ui_anchor_kind_name (sf_anchor_get_kind (best->anchor), FALSE),
                                 sf_anchor_get_name (best->anchor));
  gtk_label_set_label (self->suggest_label, label);
  gtk_widget_set_tooltip_text (self->suggest_button, description);
  sf_ui_set_accessible_label (self->suggest_button, description);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->suggest_button), "s", sf_anchor_get_id (best->anchor));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->suggest_button), "row.link-anchor");
  gtk_widget_set_visible (self->suggest_button, TRUE);
}

static void
rebuild_anchors (SfStatementRow *self)
{
  const char * const *links;

  clear_box (self->anchors_box);
  update_suggestion (self);
  if (self->statement == NULL)
    return;

  links = sf_statement_get_anchors (self->statement);
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      const char *label = sf_ui_anchor_label (framework_of (self), links[i]);
      g_autofree char *description = g_strdup_printf (_("link to O*NET anchor %s"), label);
      GtkWidget *chip = sf_chip_new (label, description);

      g_object_set_data_full (G_OBJECT (chip), "anchor", g_strdup (links[i]), g_free);
      g_signal_connect (chip, "remove", G_CALLBACK (chip_unlink_cb), self);
      gtk_flow_box_append (self->anchors_box, chip);
    }
}

/* Built when the menu opens: a row is bound far more often than its menu
 * is used. */
static void
rebuild_menu (GtkMenuButton *button,
              gpointer       data)
{
  SfStatementRow *self = data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) levels = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  SfSection *section = SF_SECTION (sf_node_get_parent (SF_NODE (self->statement)));
  SfScale *scale = section ? sf_framework_find_scale (framework_of (self), sf_section_get_scale (section)) : NULL;

  g_menu_append (edit, _("_Duplicate"), "row.duplicate");
  g_menu_append (edit, _("Move _Up"), "row.move-up");
  g_menu_append (edit, _("Move Do_wn"), "row.move-down");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  if (scale != NULL)
    {
      GListModel *list = sf_scale_get_levels (scale);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(SfLevel) level = g_list_model_get_item (list, i);
          g_autoptr(GMenuItem) item = g_menu_item_new (sf_level_get_name (level), NULL);

          if (g_strcmp0 (sf_level_get_id (level), sf_statement_get_level (self->statement)) == 0)
            continue;
          g_menu_item_set_action_and_target (item, "row.move-to-level", "s", sf_level_get_id (level));
          g_menu_append_item (levels, item);
        }
      g_menu_append_submenu (menu, _("Move to _Level"), G_MENU_MODEL (levels));
    }

  g_menu_append (remove, _("_Delete"), "row.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));
}

static void
document_changed_cb (SfStatementRow *self,
                     SfChange       *change)
{
  if (SF_IS_SOURCE (change->node))
    rebuild_citations (self);
  else if (SF_IS_ANCHOR (change->node) || SF_IS_ONET (change->node))
    rebuild_anchors (self);
  else if (SF_IS_CITATION (change->node) &&
           sf_node_get_parent (change->node) == SF_NODE (self->statement))
    rebuild_citations (self);
}

static void
id_changed_cb (SfStatementRow *self)
{
  gtk_label_set_label (self->id_label, sf_statement_get_id (self->statement));
}

/* Actions */

/* The toast's Undo undoes the deletion, or nothing: after any later change,
 * an undo included, the toast has no Undo. (Not dismissed: libadwaita 1.2
 * crashes when a toast is dismissed while it slides in.) */
static void
disarm_toast (AdwToast *toast)
{
  adw_toast_set_action_name (toast, NULL);
  adw_toast_set_button_label (toast, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);
  g_autoptr(SfStatement) statement = g_object_ref (self->statement);
  g_autoptr(SfDocument) document = g_object_ref (self->document);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *title = sf_statement_get_title (statement);
  g_autofree char *shown = g_markup_escape_text (title && *title ? title : sf_statement_get_id (statement), -1);
  /* A toast's title is markup. */
  g_autofree char *text = g_strdup_printf (_("Deleted “%s”"), shown);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  /* The row may go with its statement: nothing of it is used after. */
  sf_edits_delete_statement (document, statement);
  g_signal_connect_object (document, "changed", G_CALLBACK (disarm_toast), toast, G_CONNECT_SWAPPED);
  if (SF_IS_WINDOW (root))
    sf_window_show_toast (SF_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);

  sf_edits_duplicate_statement (self->document, self->statement);
}

static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);
  g_autoptr(SfStatement) statement = g_object_ref (self->statement);
  GtkWidget *view = gtk_widget_get_ancestor (widget, SF_TYPE_SECTION_VIEW);

  /* The row is recycled: the section view finds the statement's new row
   * and gives it the focus. */
  if (sf_edits_move_statement_by (self->document, statement, g_str_equal (name, "row.move-up") ? -1 : 1) &&
      view != NULL)
    sf_section_view_reveal (SF_SECTION_VIEW (view), statement, "title");
}

static void
move_to_level_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);

  sf_edits_move_statement_to_level (self->document, self->statement, g_variant_get_string (param, NULL));
}

static void
add_citation_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);
  const char *source, *locator;

  g_variant_get (param, "(&s&s)", &source, &locator);
  sf_edits_add_citation (self->document, self->statement, source, locator);
}

static void
remove_citation_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);
  guint position = g_variant_get_uint32 (param);

  if (position < g_list_model_get_n_items (sf_statement_get_citations (self->statement)))
    sf_edits_remove_citation (self->document, self->statement, position);
}

static void
move_citation_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);
  guint n = g_list_model_get_n_items (sf_statement_get_citations (self->statement));
  guint from, to;

  g_variant_get (param, "(uu)", &from, &to);
  if (from < n && to < n && from != to)
    sf_edits_move_citation (self->document, self->statement, from, to);
}

static void
link_anchor_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);

  sf_edits_link_anchor (self->document, self->statement, g_variant_get_string (param, NULL));
}

static void
unlink_anchor_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);

  sf_edits_unlink_anchor (self->document, self->statement, g_variant_get_string (param, NULL));
}

static void
clear_review_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  SfStatementRow *self = SF_STATEMENT_ROW (widget);

  sf_edits_clear_review (self->document, self->statement);
}

/* Why an O*NET update marked the statement, and the button that clears it. */
static void
update_review (SfStatementRow *self)
{
  const char *review = self->statement ? sf_statement_get_review (self->statement) : NULL;

  gtk_label_set_text (self->review_label, review ? review : "");
  gtk_widget_set_visible (self->review_box, review != NULL);
}

static void
citation_chosen_cb (SfStatementRow *self,
                    const char     *source,
                    const char     *locator)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "row.add-citation", "(ss)", source, locator);
}

static void
anchor_chosen_cb (SfStatementRow *self,
                  const char     *anchor)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "row.link-anchor", "s", anchor);
}

/* The popovers are made the first time they open, and told the row's
 * statement each time: rows are bound far more often than cited from. */
static void
create_citation_popover (GtkMenuButton *button,
                         gpointer       data)
{
  SfStatementRow *self = data;

  if (self->citation_popover == NULL)
    {
      self->citation_popover = sf_citation_popover_new ();
      gtk_menu_button_set_popover (button, self->citation_popover);
      g_signal_connect_swapped (self->citation_popover, "chosen", G_CALLBACK (citation_chosen_cb), self);
    }
  sf_citation_popover_set_framework (SF_CITATION_POPOVER (self->citation_popover), framework_of (self));
}

static void
create_anchor_popover (GtkMenuButton *button,
                       gpointer       data)
{
  SfStatementRow *self = data;

  if (self->anchor_popover == NULL)
    {
      self->anchor_popover = sf_anchor_popover_new ();
      gtk_menu_button_set_popover (button, self->anchor_popover);
      g_signal_connect_swapped (self->anchor_popover, "chosen", G_CALLBACK (anchor_chosen_cb), self);
    }
  sf_anchor_popover_set_statement (SF_ANCHOR_POPOVER (self->anchor_popover), framework_of (self),
                                   self->statement, self->suggester);
}

/* Drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 SfStatementRow *self)
{
  if (self->statement == NULL)
    return NULL;
  return gdk_content_provider_new_typed (SF_TYPE_STATEMENT, self->statement);
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         SfStatementRow *self)
{
  SfStatement *dropped = g_value_get_object (value);
  gboolean after = y > gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (dropped == NULL || self->statement == NULL || dropped == self->statement ||
      sf_node_get_parent (SF_NODE (dropped)) != sf_node_get_parent (SF_NODE (self->statement)))
    return FALSE;
  return sf_edits_move_statement_to (self->document, dropped, self->statement, after);
}

static void
sf_statement_row_dispose (GObject *object)
{
  SfStatementRow *self = SF_STATEMENT_ROW (object);

  sf_statement_row_unbind (self);
  g_clear_object (&self->statement_signals);
  g_clear_object (&self->citations_signals);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->validator_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_STATEMENT_ROW);
  /* Children of the template that are not bound go too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sf_statement_row_parent_class)->dispose (object);
}

static void
sf_statement_row_class_init (SfStatementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_statement_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-statement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, id_label);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, citations_box);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, add_citation_button);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, anchors_box);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, suggest_label);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, link_anchor_button);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, review_box);
  gtk_widget_class_bind_template_child (widget_class, SfStatementRow, review_label);

  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "row.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "row.move-to-level", "s", move_to_level_action);
  gtk_widget_class_install_action (widget_class, "row.add-citation", "(ss)", add_citation_action);
  gtk_widget_class_install_action (widget_class, "row.remove-citation", "u", remove_citation_action);
  gtk_widget_class_install_action (widget_class, "row.move-citation", "(uu)", move_citation_action);
  gtk_widget_class_install_action (widget_class, "row.link-anchor", "s", link_anchor_action);
  gtk_widget_class_install_action (widget_class, "row.unlink-anchor", "s", unlink_anchor_action);
  gtk_widget_class_install_action (widget_class, "row.clear-review", NULL, clear_review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "row.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "row.duplicate", NULL);
  /* Not Ctrl+Delete: in the title and the text, that deletes a word. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_ALT_MASK, "row.delete", NULL);

  gtk_widget_class_set_css_name (widget_class, "statementrow");
  g_type_ensure (SF_TYPE_TEXT_FIELD);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sf_statement_row_init (SfStatementRow *self)
{
  GtkDragSource *drag;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  sf_ui_set_accessible_label (self->title_entry, _("Title"));
  sf_ui_set_accessible_label (self->text_view, _("Statement text"));
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->text_view), FALSE);
  self->title_binding = sf_field_binding_new (self->title_entry, "title");
  self->text_binding = sf_field_binding_new (gtk_text_view_get_buffer (self->text_view), "text");

  gtk_menu_button_set_create_popup_func (self->menu_button, rebuild_menu, self, NULL);
  gtk_menu_button_set_create_popup_func (self->add_citation_button, create_citation_popover, self, NULL);
  gtk_menu_button_set_create_popup_func (self->link_anchor_button, create_anchor_popover, self, NULL);

  self->statement_signals = g_signal_group_new (SF_TYPE_STATEMENT);
  g_signal_group_connect_swapped (self->statement_signals, "notify::anchors", G_CALLBACK (rebuild_anchors), self);
  g_signal_group_connect_swapped (self->statement_signals, "notify::id", G_CALLBACK (id_changed_cb), self);
  g_signal_group_connect_swapped (self->statement_signals, "notify::title", G_CALLBACK (update_accessible), self);
  g_signal_group_connect_swapped (self->statement_signals, "notify::text", G_CALLBACK (update_suggestion), self);
  g_signal_group_connect_swapped (self->statement_signals, "notify::review", G_CALLBACK (update_review), self);
  self->citations_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->citations_signals, "items-changed", G_CALLBACK (rebuild_citations), self);
  self->document_signals = g_signal_group_new (SF_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed", G_CALLBACK (document_changed_cb), self);
  self->validator_signals = g_signal_group_new (SF_TYPE_VALIDATOR);
  g_signal_group_connect_swapped (self->validator_signals, "problems-changed",
                                  G_CALLBACK (problems_changed_cb), self);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (self->drag_handle, GTK_EVENT_CONTROLLER (drag));
  drop = gtk_drop_target_new (SF_TYPE_STATEMENT, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
sf_statement_row_new (void)
{
  return g_object_new (SF_TYPE_STATEMENT_ROW, NULL);
}

/**
 * sf_statement_row_bind:
 * @self: a #SfStatementRow
 * @document: the document
 * @validator: its validator
 * @suggester: its anchor suggester
 * @statement: the statement to show and edit
 *
 * Shows @statement in the row, as the list view binds a recycled row.
 */
void
sf_statement_row_bind (SfStatementRow *self,
                       SfDocument     *document,
                       SfValidator    *validator,
                       SfSuggester    *suggester,
                       SfStatement    *statement)
{
  g_return_if_fail (SF_IS_STATEMENT_ROW (self));
  g_return_if_fail (SF_IS_STATEMENT (statement));

  sf_statement_row_unbind (self);
  self->document = g_object_ref (document);
  self->validator = g_object_ref (validator);
  self->suggester = g_object_ref (suggester);
  self->statement = g_object_ref (statement);

  sf_field_binding_bind (self->title_binding, document, SF_NODE (statement));
  sf_field_binding_bind (self->text_binding, document, SF_NODE (statement));

  g_signal_group_set_target (self->statement_signals, statement);
  g_signal_group_set_target (self->citations_signals, sf_statement_get_citations (statement));
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->validator_signals, validator);

  id_changed_cb (self);
  rebuild_citations (self);
  rebuild_anchors (self);
  update_problems (self);
  update_review (self);
}

void
sf_statement_row_unbind (SfStatementRow *self)
{
  g_return_if_fail (SF_IS_STATEMENT_ROW (self));

  if (self->statement == NULL)
    return;
  sf_field_binding_unbind (self->title_binding);
  sf_field_binding_unbind (self->text_binding);
  g_signal_group_set_target (self->statement_signals, NULL);
  g_signal_group_set_target (self->citations_signals, NULL);
  g_signal_group_set_target (self->document_signals, NULL);
  g_signal_group_set_target (self->validator_signals, NULL);
  g_clear_object (&self->statement);
  g_clear_object (&self->suggester);
  g_clear_object (&self->validator);
  g_clear_object (&self->document);
}

/**
 * sf_statement_row_get_statement:
 * @self: a #SfStatementRow
 *
 * Returns: (transfer none) (nullable): the statement shown
 */
SfStatement *
sf_statement_row_get_statement (SfStatementRow *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT_ROW (self), NULL);

  return self->statement;
}

/**
 * sf_statement_row_focus:
 * @self: a #SfStatementRow
 * @field: "title", "text", "citations" or "anchors"
 *
 * Moves the keyboard focus to a field of the statement: for citations and
 * anchors, the button that adds one.
 */
void
sf_statement_row_focus (SfStatementRow *self,
                        const char     *field)
{
  g_return_if_fail (SF_IS_STATEMENT_ROW (self));

  if (g_strcmp0 (field, "text") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  else if (g_strcmp0 (field, "citations") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->add_citation_button));
  else if (g_strcmp0 (field, "anchors") == 0)
    gtk_widget_grab_focus (gtk_widget_get_visible (self->suggest_button) ? self->suggest_button
                                                                         : GTK_WIDGET (self->link_anchor_button));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

/**
 * sf_statement_row_focus_node:
 * @self: a #SfStatementRow
 * @node: a node of the statement: one of its citations
 *
 * Moves the keyboard focus to the chip of a citation.
 *
 * Returns: whether the row has a control for @node
 */
gboolean
sf_statement_row_focus_node (SfStatementRow *self,
                             SfNode         *node)
{
  g_return_val_if_fail (SF_IS_STATEMENT_ROW (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->citations_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (chip != NULL && g_object_get_data (G_OBJECT (chip), "citation") == (gpointer) node)
        return gtk_widget_grab_focus (chip);
    }
  return FALSE;
}

GtkEditable *
sf_statement_row_get_title_field (SfStatementRow *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT_ROW (self), NULL);

  return GTK_EDITABLE (self->title_entry);
}

GtkTextView *
sf_statement_row_get_text_view (SfStatementRow *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT_ROW (self), NULL);

  return self->text_view;
}

/**
 * sf_statement_row_get_anchor_button:
 * @self: a #SfStatementRow
 *
 * Returns: (transfer none): the button whose popover links an anchor
 */
GtkMenuButton *
sf_statement_row_get_anchor_button (SfStatementRow *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT_ROW (self), NULL);

  return self->link_anchor_button;
}
