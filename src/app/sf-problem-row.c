/* sf-problem-row.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-fixes.h"
#include "sf-problem-row.h"
#include "sf-problems-panel.h"
#include "sf-ui-util.h"

/**
 * SfProblemRow:
 *
 * One problem in the problems panel: its severity, its message (a button
 * that goes to the problem) and where it is, the rule's help behind
 * "Explain", and the quick fixes where its rule has some. Recycled by the
 * panel's list view; the panel does what the buttons ask.
 */
struct _SfProblemRow
{
  GtkWidget      parent_instance;

  GtkImage      *icon;
  GtkWidget     *go_button;
  GtkLabel      *message_label;
  GtkLabel      *location_label;
  GtkMenuButton *explain_button;
  GtkLabel      *explain_label;
  GtkMenuButton *fix_button;
  GtkWidget     *compare_button;

  SfProblem     *problem;
  GPtrArray     *fixes;
};

G_DEFINE_FINAL_TYPE (SfProblemRow, sf_problem_row, GTK_TYPE_WIDGET)

static SfProblemsPanel *
panel_of (SfProblemRow *self)
{
  GtkWidget *panel = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROBLEMS_PANEL);

  return panel ? SF_PROBLEMS_PANEL (panel) : NULL;
}

static void
go_action (GtkWidget  *widget,
           const char *name,
           GVariant   *param)
{
  SfProblemRow *self = SF_PROBLEM_ROW (widget);

  if (self->problem != NULL && panel_of (self) != NULL)
    sf_problems_panel_go_to (panel_of (self), self->problem);
}

static void
fix_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  SfProblemRow *self = SF_PROBLEM_ROW (widget);
  guint index = g_variant_get_uint32 (param);
  g_autoptr(SfProblem) problem = NULL;
  g_autoptr(SfFix) fix = NULL;
  SfProblemsPanel *panel = panel_of (self);

  if (self->problem == NULL || panel == NULL)
    return;
  if (self->fixes == NULL)
    self->fixes = sf_problems_panel_get_fixes (panel, self->problem);
  if (index >= self->fixes->len)
    return;
  /* Fixing rebinds or drops this row: keep what the fix needs. */
  problem = g_object_ref (self->problem);
  fix = sf_fix_copy (g_ptr_array_index (self->fixes, index));
  sf_problems_panel_fix (panel, problem, fix);
}

static void
compare_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  SfProblemRow *self = SF_PROBLEM_ROW (widget);

  if (self->problem != NULL && panel_of (self) != NULL)
    sf_problems_panel_compare (panel_of (self), self->problem);
}

/* The fixes, worked out as the Fix button opens its menu. */
static void
create_fix_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  SfProblemRow *self = user_data;
  SfProblemsPanel *panel = panel_of (self);
  g_autoptr(GMenu) menu = g_menu_new ();

  g_clear_pointer (&self->fixes, g_ptr_array_unref);
  if (self->problem != NULL && panel != NULL)
    self->fixes = sf_problems_panel_get_fixes (panel, self->problem);
  for (guint i = 0; self->fixes != NULL && i < self->fixes->len; i++)
    {
      SfFix *fix = g_ptr_array_index (self->fixes, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (fix->label, NULL);

      g_menu_item_set_action_and_target (item, "problem.fix", "u", i);
      g_menu_append_item (menu, item);
    }
  if (self->fixes == NULL || self->fixes->len == 0)
    /* A disabled item: no action. */
    g_menu_append (menu, _("No quick fix for this one"), "problem.none");
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
sf_problem_row_dispose (GObject *object)
{
  SfProblemRow *self = SF_PROBLEM_ROW (object);

  sf_problem_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PROBLEM_ROW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sf_problem_row_parent_class)->dispose (object);
}

static void
sf_problem_row_class_init (SfProblemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_problem_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-problem-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, go_button);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, location_label);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, explain_button);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, explain_label);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, fix_button);
  gtk_widget_class_bind_template_child (widget_class, SfProblemRow, compare_button);
  gtk_widget_class_install_action (widget_class, "problem.go", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "problem.fix", "u", fix_action);
  gtk_widget_class_install_action (widget_class, "problem.compare", NULL, compare_action);
  gtk_widget_class_set_css_name (widget_class, "problemrow");
}

static void
sf_problem_row_init (SfProblemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->fix_button, create_fix_menu, self, NULL);
}

GtkWidget *
sf_problem_row_new (void)
{
  return g_object_new (SF_TYPE_PROBLEM_ROW, NULL);
}

/**
 * sf_problem_row_bind:
 * @self: a #SfProblemRow
 * @problem: the problem to show
 * @location: where it is, for people: "AI usage · Emerging · “Basic query delegation”"
 *
 * Shows @problem. Cheap, as a list binds rows while the author types: the
 * quick fixes are worked out when the Fix button is pressed.
 */
void
sf_problem_row_bind (SfProblemRow *self,
                     SfProblem    *problem,
                     const char   *location)
{
  const SfRule *rule = sf_problem_get_rule (problem);
  SfSeverity severity = sf_problem_get_severity (problem);
  g_autofree char *explain = NULL;
  g_autofree char *go = NULL;
  g_autofree char *explain_name = NULL;
  const char *severity_name;

  g_return_if_fail (SF_IS_PROBLEM_ROW (self));

  sf_problem_row_unbind (self);
  self->problem = g_object_ref (problem);

  severity_name = severity == SF_SEVERITY_ERROR ? _("Error") : severity == SF_SEVERITY_WARNING ? _("Warning")
                                                                                                : _("Info");
  gtk_image_set_from_icon_name (self->icon, severity == SF_SEVERITY_ERROR ? "dialog-error-symbolic"
                                : severity == SF_SEVERITY_WARNING ? "dialog-warning-symbolic"
                                : "dialog-information-symbolic");
  sf_ui_set_accessible_label (self->icon, severity_name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "warning");
  if (severity >= SF_SEVERITY_WARNING)
    gtk_widget_add_css_class (GTK_WIDGET (self->icon), severity == SF_SEVERITY_ERROR ? "error" : "warning");

  gtk_label_set_label (self->message_label, sf_problem_get_message (problem));
  gtk_label_set_label (self->location_label, location);
  /* Translators: a problem, for screen readers: "Error: statement … cites no source. AI usage · …" */
  go = g_strdup_printf (_("%s: %s. %s"), severity_name, sf_problem_get_message (problem), location);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->go_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  go, -1);
  /* In the panel's list the arrow keys focus the list item that holds the
   * row, which GTK 4.8 leaves without a name: it gets the problem's. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    sf_ui_set_accessible_label (gtk_widget_get_parent (GTK_WIDGET (self)), go);

  explain = g_strdup_printf ("%s — %s\n\n%s", rule->id, sf_rule_get_title (rule), sf_rule_get_help (rule));
  gtk_label_set_label (self->explain_label, explain);
  explain_name = g_strdup_printf (_("Explain %s"), rule->id);
  sf_ui_set_accessible_label (self->explain_button, explain_name);

  gtk_widget_set_visible (self->compare_button, rule->key == SF_RULE_DUPLICATE_TITLE);
  gtk_widget_set_visible (GTK_WIDGET (self->fix_button), sf_fixes_rule_has_fixes (rule));
  if (sf_fixes_rule_has_fixes (rule))
    {
      /* Translators: the name of a problem's Fix button, for screen readers: "Fix SF505" */
      g_autofree char *fix_name = g_strdup_printf (_("Fix %s"), rule->id);

      /* Else GTK 4.8 names the menu button "GtkMenuButton". */
      sf_ui_set_accessible_label (self->fix_button, fix_name);
    }
}

void
sf_problem_row_unbind (SfProblemRow *self)
{
  g_return_if_fail (SF_IS_PROBLEM_ROW (self));

  g_clear_object (&self->problem);
  g_clear_pointer (&self->fixes, g_ptr_array_unref);
}

/**
 * sf_problem_row_get_problem:
 * @self: a #SfProblemRow
 *
 * Returns: (transfer none) (nullable): the problem shown
 */
SfProblem *
sf_problem_row_get_problem (SfProblemRow *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM_ROW (self), NULL);

  return self->problem;
}
