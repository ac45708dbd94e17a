/* sf-problems-panel.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-model.h"
#include "sf-problem-row.h"
#include "sf-problems-panel.h"
#include "sf-rule.h"
#include "sf-ui-util.h"

/**
 * SfProblemsPanel:
 *
 * Every problem validation finds in a framework, in document order, as
 * the author types: a #GtkListView over the validator's problems model
 * (which changes in place), filtered by severity, rule and part of the
 * framework, with the counts per severity. A problem's row goes to it,
 * explains its rule and offers its quick fixes; the page does the going
 * (#SfProblemsPanel::go-to) and the comparing of duplicate titles
 * (#SfProblemsPanel::compare).
 */
struct _SfProblemsPanel
{
  GtkWidget           parent_instance;

  GtkLabel           *counts_label;
  GtkDropDown        *severity_filter;
  GtkDropDown        *rule_filter;
  GtkDropDown        *section_filter;
  GtkStack           *stack;
  GtkListView        *list_view;

  SfDocument         *document;
  SfValidator        *validator;
  SfSuggester        *suggester;
  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;
  GPtrArray          *sections;   /* the section filter's choices after the first two */
  GHashTable         *rows;       /* the bound rows */
};

G_DEFINE_FINAL_TYPE (SfProblemsPanel, sf_problems_panel, GTK_TYPE_WIDGET)

enum {
  GO_TO,
  COMPARE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static SfSection *
section_of (SfNode *node)
{
  for (; node != NULL; node = sf_node_get_parent (node))
    if (SF_IS_SECTION (node))
      return SF_SECTION (node);
  return NULL;
}

static const char *
level_name (SfStatement *statement)
{
  SfSection *section = section_of (SF_NODE (statement));
  SfNode *root = SF_NODE (statement);
  SfScale *scale;
  SfLevel *level;

  while (sf_node_get_parent (root) != NULL)
    root = sf_node_get_parent (root);
  if (section == NULL || !SF_IS_FRAMEWORK (root) ||
      (scale = sf_framework_find_scale (SF_FRAMEWORK (root), sf_section_get_scale (section))) == NULL ||
      (level = sf_scale_find_level (scale, sf_statement_get_level (statement))) == NULL)
    return sf_statement_get_level (statement);
  return sf_level_get_name (level);
}

static const char *
or_id (const char *text,
       SfNode     *node)
{
  return text && *text ? text : (sf_node_get_id (node) ? sf_node_get_id (node) : "");
}

/**
 * sf_problem_describe_location:
 * @problem: a problem
 *
 * Returns: (transfer full): where @problem is, for people: the part of the
 *   framework, and for a statement its level and title
 */
char *
sf_problem_describe_location (SfProblem *problem)
{
  SfNode *node = sf_problem_get_node (problem);
  SfNode *statement = node;

  while (statement != NULL && !SF_IS_STATEMENT (statement))
    statement = sf_node_get_parent (statement);

  if (statement != NULL)
    {
      SfSection *section = section_of (statement);

      return g_strdup_printf ("%s · %s · “%s”", section ? or_id (sf_section_get_title (section), SF_NODE (section)) : "",
                              level_name (SF_STATEMENT (statement)) ?: "",
                              or_id (sf_statement_get_title (SF_STATEMENT (statement)), statement));
    }
  if (SF_IS_SECTION (node))
    return g_strdup (or_id (sf_section_get_title (SF_SECTION (node)), node));
  if (SF_IS_SOURCE (node))
    return g_strdup_printf (_("Source “%s”"), or_id (sf_source_get_title (SF_SOURCE (node)), node));
  if (SF_IS_ANCHOR (node))
    return g_strdup_printf (_("O*NET %s “%s”"), sf_ui_anchor_kind_name (sf_anchor_get_kind (SF_ANCHOR (node)), FALSE),
                            or_id (sf_anchor_get_name (SF_ANCHOR (node)), node));
  if (SF_IS_EVIDENCE_GROUP (node))
    return g_strdup_printf (_("Evidence “%s”"), or_id (sf_evidence_group_get_title (SF_EVIDENCE_GROUP (node)), node));
  if (SF_IS_FIGURE (node))
    return g_strdup_printf (_("Evidence figure “%s”"), or_id (sf_figure_get_label (SF_FIGURE (node)), node));
  if (SF_IS_RULE_SETTING (node) || SF_IS_COUNT_EXPECTATION (node) || SF_IS_VALIDATION (node))
    return g_strdup (_("Validation settings"));
  if (SF_IS_SCALE (node) || SF_IS_LEVEL (node))
    return g_strdup (_("Level Scales"));
  if (SF_IS_ONET (node))
    return g_strdup (_("O*NET anchors"));
  return g_strdup (_("Overview"));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SfProblemsPanel *self = user_data;
  SfProblem *problem = item;
  guint severity = gtk_drop_down_get_selected (self->severity_filter);
  guint rule = gtk_drop_down_get_selected (self->rule_filter);
  guint section = gtk_drop_down_get_selected (self->section_filter);
  static const SfSeverity severities[] = { SF_SEVERITY_OFF, SF_SEVERITY_ERROR, SF_SEVERITY_WARNING, SF_SEVERITY_INFO };

  if (severity > 0 && severity < G_N_ELEMENTS (severities) && sf_problem_get_severity (problem) != severities[severity])
    return FALSE;
  if (rule > 0 && rule != GTK_INVALID_LIST_POSITION && sf_problem_get_rule (problem)->key != rule - 1)
    return FALSE;
  if (section == 1 && section_of (sf_problem_get_node (problem)) != NULL)
    return FALSE;
  if (section >= 2 && section != GTK_INVALID_LIST_POSITION && section - 2 < self->sections->len &&
      section_of (sf_problem_get_node (problem)) != g_ptr_array_index (self->sections, section - 2))
    return FALSE;
  return TRUE;
}

static void
update_counts (SfProblemsPanel *self)
{
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *infos = NULL;
  g_autofree char *text = NULL;
  guint n_errors = sf_validator_count (self->validator, SF_SEVERITY_ERROR);
  guint n_warnings = sf_validator_count (self->validator, SF_SEVERITY_WARNING);
  guint n_infos = sf_validator_count (self->validator, SF_SEVERITY_INFO);

  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors), n_errors);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings), n_warnings);
  infos = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u info", "%u infos", n_infos), n_infos);
  /* Translators: the counts in the problems panel: "2 errors · 65 warnings · 2 infos" */
  text = g_strdup_printf (_("%s · %s · %s"), errors, warnings, infos);
  gtk_label_set_label (self->counts_label, text);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0 ? "list" : "none");
}

static void
filter_changed_cb (SfProblemsPanel *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (self->validator != NULL)
    update_counts (self);
}

static void
rebuild_sections (SfProblemsPanel *self)
{
  GListModel *sections = sf_framework_get_sections (sf_document_get_framework (self->document));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  SfSection *selected = NULL;
  guint position = gtk_drop_down_get_selected (self->section_filter);

  if (position >= 2 && position != GTK_INVALID_LIST_POSITION && position - 2 < self->sections->len)
    selected = g_object_ref (g_ptr_array_index (self->sections, position - 2));

  g_ptr_array_set_size (self->sections, 0);
  gtk_string_list_append (names, _("Everywhere"));
  gtk_string_list_append (names, _("Outside the sections"));
  position = selected == NULL && position == 1 ? 1 : 0;
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      gtk_string_list_append (names, or_id (sf_section_get_title (section), SF_NODE (section)));
      g_ptr_array_add (self->sections, g_object_ref (section));
      if (section == selected)
        position = i + 2;
    }
  gtk_drop_down_set_model (self->section_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->section_filter, position);
  g_clear_object (&selected);
}

static void
bind_row (SfProblemRow *row,
          SfProblem    *problem)
{
  g_autofree char *location = sf_problem_describe_location (problem);

  sf_problem_row_bind (row, problem, location);
}

/* Whether @change may change where @node is, in words: the names of the
 * section, level and statement a problem is in are not in its message,
 * and the problem stays the same object when they change. */
static gboolean
moves_location (SfChange *change,
                SfNode   *node)
{
  static const char * const members[] = { "title", "name", "label", "level", "scale", "id", NULL };

  if (change->kind != SF_CHANGE_MEMBER || !g_strv_contains (members, change->member))
    return FALSE;
  if (SF_IS_LEVEL (change->node) || SF_IS_SCALE (change->node) || SF_IS_SECTION (change->node))
    return TRUE;
  for (; node != NULL; node = sf_node_get_parent (node))
    if (node == change->node)
      return TRUE;
  return FALSE;
}

static void
document_changed_cb (SfProblemsPanel *self,
                     SfChange        *change)
{
  GHashTableIter iter;
  gpointer row;

  if (self->rows == NULL)   /* disposed */
    return;
  if ((SF_IS_FRAMEWORK (change->node) && g_strcmp0 (change->member, "sections") == 0) ||
      (SF_IS_SECTION (change->node) && g_strcmp0 (change->member, "title") == 0))
    rebuild_sections (self);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      SfProblem *problem = sf_problem_row_get_problem (row);

      if (problem != NULL && moves_location (change, sf_problem_get_node (problem)))
        bind_row (row, problem);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SfProblemsPanel          *self)
{
  gtk_list_item_set_child (item, sf_problem_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         SfProblemsPanel          *self)
{
  SfProblemRow *row = SF_PROBLEM_ROW (gtk_list_item_get_child (item));

  bind_row (row, gtk_list_item_get_item (item));
  g_hash_table_add (self->rows, row);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SfProblemsPanel          *self)
{
  if (self->rows != NULL)
    g_hash_table_remove (self->rows, gtk_list_item_get_child (item));
  sf_problem_row_unbind (SF_PROBLEM_ROW (gtk_list_item_get_child (item)));
}

static void
activate_cb (SfProblemsPanel *self,
             guint            position)
{
  g_autoptr(SfProblem) problem = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (problem != NULL)
    sf_problems_panel_go_to (self, problem);
}

static void
sf_problems_panel_dispose (GObject *object)
{
  SfProblemsPanel *self = SF_PROBLEMS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PROBLEMS_PANEL);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->suggester);
  g_clear_object (&self->validator);
  g_clear_object (&self->document);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (sf_problems_panel_parent_class)->dispose (object);
}

static void
sf_problems_panel_class_init (SfProblemsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_problems_panel_dispose;

  /**
   * SfProblemsPanel::go-to:
   * @problem: the problem the author wants to see
   */
  signals[GO_TO] = g_signal_new ("go-to", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, SF_TYPE_PROBLEM);
  /**
   * SfProblemsPanel::compare:
   * @problem: a duplicate title (SF202) to see next to its first occurrence
   */
  signals[COMPARE] = g_signal_new ("compare", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, SF_TYPE_PROBLEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-problems-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SfProblemsPanel, counts_label);
  gtk_widget_class_bind_template_child (widget_class, SfProblemsPanel, severity_filter);
  gtk_widget_class_bind_template_child (widget_class, SfProblemsPanel, rule_filter);
  gtk_widget_class_bind_template_child (widget_class, SfProblemsPanel, section_filter);
  gtk_widget_class_bind_template_child (widget_class, SfProblemsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SfProblemsPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_set_css_name (widget_class, "problemspanel");
}

/* GTK 4.8 focuses a drop-down's button, which has no name of its own: a
 * screen reader announced "GtkToggleButton". It gets the drop-down's. */
static void
label_drop_down (GtkDropDown *drop_down,
                 const char  *label)
{
  sf_ui_set_accessible_label (drop_down, label);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      sf_ui_set_accessible_label (child, label);
}

static void
sf_problems_panel_init (SfProblemsPanel *self)
{
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rules = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  label_drop_down (self->severity_filter, _("Show problems of severity"));
  label_drop_down (self->rule_filter, _("Show problems of rule"));
  label_drop_down (self->section_filter, _("Show problems in"));
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_hash_table_new (NULL, NULL);

  gtk_string_list_append (severities, _("All Severities"));
  gtk_string_list_append (severities, _("Errors"));
  gtk_string_list_append (severities, _("Warnings"));
  gtk_string_list_append (severities, _("Infos"));
  gtk_drop_down_set_model (self->severity_filter, G_LIST_MODEL (severities));

  gtk_string_list_append (rules, _("All Rules"));
  for (guint i = 0; i < SF_N_RULES; i++)
    {
      const SfRule *rule = sf_rule_get (i);
      g_autofree char *name = g_strdup_printf ("%s %s", rule->id, sf_rule_get_title (rule));

      gtk_string_list_append (rules, name);
    }
  gtk_drop_down_set_model (self->rule_filter, G_LIST_MODEL (rules));
  /* What the rule filter's search looks at; the drop-down takes its own reference. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->rule_filter, expression);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/**
 * sf_problems_panel_new:
 * @document: the document
 * @validator: its validator
 * @suggester: its anchor suggester, for the fixes of SF505
 *
 * Returns: (transfer floating): the problems panel of @document
 */
GtkWidget *
sf_problems_panel_new (SfDocument  *document,
                       SfValidator *validator,
                       SfSuggester *suggester)
{
  SfProblemsPanel *self = g_object_new (SF_TYPE_PROBLEMS_PANEL, NULL);
  GtkNoSelection *selection;

  self->document = g_object_ref (document);
  self->validator = g_object_ref (validator);
  self->suggester = g_object_ref (suggester);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (sf_validator_get_problems (validator)),
                                           GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  rebuild_sections (self);
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  /* The counts are of every problem: the filters may show none of a change. */
  g_signal_connect_object (validator, "notify::n-errors", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (validator, "notify::n-warnings", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (validator, "notify::n-infos", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  update_counts (self);
  return GTK_WIDGET (self);
}

/**
 * sf_problems_panel_get_shown:
 * @self: a #SfProblemsPanel
 *
 * Returns: (transfer none): the problems the filters let through, in
 *   document order
 */
GListModel *
sf_problems_panel_get_shown (SfProblemsPanel *self)
{
  g_return_val_if_fail (SF_IS_PROBLEMS_PANEL (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/**
 * sf_problems_panel_set_filter:
 * @self: a #SfProblemsPanel
 * @severity: the severity to show, or %SF_SEVERITY_OFF for all
 * @rule: (nullable): the rule id to show, or %NULL for all
 * @section: (nullable): the section to show, or %NULL for all
 *
 * Sets the filters, as their drop-downs do.
 */
void
sf_problems_panel_set_filter (SfProblemsPanel *self,
                              SfSeverity       severity,
                              const char      *rule,
                              SfSection       *section)
{
  const SfRule *found = rule ? sf_rule_lookup (rule) : NULL;
  guint position = 0;

  g_return_if_fail (SF_IS_PROBLEMS_PANEL (self));

  gtk_drop_down_set_selected (self->severity_filter, severity == SF_SEVERITY_ERROR ? 1
                              : severity == SF_SEVERITY_WARNING ? 2 : severity == SF_SEVERITY_INFO ? 3 : 0);
  gtk_drop_down_set_selected (self->rule_filter, found ? found->key + 1 : 0);
  if (section != NULL && g_ptr_array_find (self->sections, section, &position))
    position += 2;
  else
    position = 0;
  gtk_drop_down_set_selected (self->section_filter, position);
}

void
sf_problems_panel_go_to (SfProblemsPanel *self,
                         SfProblem       *problem)
{
  g_return_if_fail (SF_IS_PROBLEMS_PANEL (self));

  g_signal_emit (self, signals[GO_TO], 0, problem);
}

/**
 * sf_problems_panel_get_fixes:
 * @self: a #SfProblemsPanel
 * @problem: a problem shown
 *
 * Returns: (transfer container) (element-type SfFix): the quick fixes of
 *   @problem, best first
 */
GPtrArray *
sf_problems_panel_get_fixes (SfProblemsPanel *self,
                             SfProblem       *problem)
{
  g_return_val_if_fail (SF_IS_PROBLEMS_PANEL (self), NULL);

  return sf_fixes_for_problem (problem, sf_document_get_framework (self->document), self->suggester);
}

/**
 * sf_problems_panel_fix:
 * @self: a #SfProblemsPanel
 * @problem: a problem shown
 * @fix: one of its fixes
 *
 * Applies @fix, as one undoable step.
 *
 * Returns: whether it was applied
 */
gboolean
sf_problems_panel_fix (SfProblemsPanel *self,
                       SfProblem       *problem,
                       const SfFix     *fix)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SF_IS_PROBLEMS_PANEL (self), FALSE);

  if (!sf_fixes_apply (self->document, problem, fix, &error))
    {
      g_message ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

void
sf_problems_panel_compare (SfProblemsPanel *self,
                           SfProblem       *problem)
{
  g_return_if_fail (SF_IS_PROBLEMS_PANEL (self));

  g_signal_emit (self, signals[COMPARE], 0, problem);
}
