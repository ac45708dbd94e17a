/* test-problems.c: the problems panel, F8 and the quick fixes, in the
 * editor's real window under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test works on a copy of the seed: it shows the panel with the
 * window's action, drives the panel's rows through their actions as a
 * click or Enter does, and checks the document, the counts and where the
 * keyboard focus went.
 */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "sf-anchor-popover.h"
#include "sf-chip.h"
#include "sf-edits.h"
#include "sf-field-binding.h"
#include "sf-node-private.h"
#include "sf-problem-row.h"
#include "sf-problems-panel.h"

static SfProblemsPanel *
show_panel (SfPage *page)
{
  GtkWidget *panel;

  g_action_group_change_action_state (G_ACTION_GROUP (gui_window), "show-problems", g_variant_new_boolean (TRUE));
  g_assert_true (sf_page_get_show_problems (page));
  panel = sf_page_get_problems_panel (page);
  g_assert_true (SF_IS_PROBLEMS_PANEL (panel));
  WAIT_UNTIL (gtk_widget_get_mapped (panel));
  return SF_PROBLEMS_PANEL (panel);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect (GtkWidget  *widget,
         GType       type,
         GtkWidget **found,
         guint      *n)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      found[(*n)++] = widget;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, found, n);
}

static gboolean
row_cb (GtkWidget *widget,
        SfProblem *problem,
        GtkWidget **out)
{
  if (SF_IS_PROBLEM_ROW (widget) && sf_problem_equal (sf_problem_row_get_problem (SF_PROBLEM_ROW (widget)), problem))
    {
      *out = widget;
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (row_cb (child, problem, out))
      return TRUE;
  return FALSE;
}

/* The panel's row showing @problem, once the list view has made it. */
static SfProblemRow *
problem_row (SfProblemsPanel *panel,
             SfProblem       *problem)
{
  GtkWidget *row = NULL;

  WAIT_UNTIL (row_cb (GTK_WIDGET (panel), problem, &row) && gtk_widget_get_mapped (row));
  return SF_PROBLEM_ROW (row);
}

/* The first problem of @rule shown, or of @rule on @node. */
static SfProblem *
find_problem (SfPage     *page,
              const char *rule,
              SfNode     *node)
{
  GListModel *problems = sf_validator_get_problems (sf_page_get_validator (page));

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SfProblem) problem = g_list_model_get_item (problems, i);

      if (g_str_equal (sf_problem_get_rule_id (problem), rule) && (node == NULL || sf_problem_get_node (problem) == node))
        return problem;   /* the validator holds it */
    }
  return NULL;
}

static const char *
label_text (GtkWidget  *widget,
            const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL)
    return gtk_label_get_label (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = label_text (child, needle);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* The node the keyboard focus edits: the statement of the row it is in,
 * or the node of the field it is in. */
static SfNode *
focused_node (void)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (gui_window)); w != NULL; w = gtk_widget_get_parent (w))
    {
      SfFieldBinding *binding = g_object_get_data (G_OBJECT (w), "sf-field-binding");

      if (SF_IS_STATEMENT_ROW (w))
        return SF_NODE (sf_statement_row_get_statement (SF_STATEMENT_ROW (w)));
      if (GTK_IS_TEXT_VIEW (w))
        binding = g_object_get_data (G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (w))), "sf-field-binding");
      if (binding != NULL)
        return sf_field_binding_get_node (binding);
    }
  return NULL;
}

/* The node a problem is fixed in, as focus finds it. */
static SfNode *
place_of (SfProblem *problem)
{
  SfNode *node = sf_problem_get_node (problem);

  for (SfNode *n = node; n != NULL; n = sf_node_get_parent (n))
    if (SF_IS_STATEMENT (n))
      return n;
  return node;
}

static SfStatement *
shown_statement (SfSectionView *view,
                 guint          position)
{
  g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_view_get_shown (view), position);

  return statement;   /* the section holds it */
}

/* Tests */

/* The panel lists what skillframe-tool validate reports for the seed,
 * and follows typing and undo in place, as the header does. */
static void
test_counts (void)
{
  g_autofree char *path = gui_copy_seed ("counts.json");
  SfPage *page = gui_open_path (path);
  SfProblemsPanel *panel = show_panel (page);
  GListModel *shown = sf_problems_panel_get_shown (panel);
  SfSectionView *view;
  SfStatement *statement;
  SfStatementRow *row;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 69);
  g_assert_nonnull (label_text (GTK_WIDGET (panel), "2 errors · 65 warnings · 2 infos"));

  view = gui_show_section (page, "ai-usage");
  statement = shown_statement (view, 0);
  row = gui_row_for (view, statement);
  gtk_editable_set_text (sf_statement_row_get_title_field (row), "");
  g_assert_cmpstr (sf_statement_get_title (statement), ==, "");
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 70);
  g_assert_nonnull (label_text (GTK_WIDGET (panel), "3 errors · 65 warnings · 2 infos"));
  g_assert_nonnull (find_problem (page, "SF201", SF_NODE (statement)));

  gui_activate ("undo");
  g_assert_cmpstr (sf_statement_get_title (statement), !=, "");
  g_assert_cmpuint (sf_page_get_n_errors (page), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 69);
  g_assert_nonnull (label_text (GTK_WIDGET (panel), "2 errors · 65 warnings · 2 infos"));

  /* The filters. */
  sf_problems_panel_set_filter (panel, SF_SEVERITY_ERROR, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  /* A warning the filter hides still counts. */
  sf_document_set_int (gui_document_of (page), SF_NODE (sf_framework_get_occupation (gui_framework_of (page))),
                       "job_zone", 9, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_nonnull (label_text (GTK_WIDGET (panel), "3 errors · 65 warnings · 2 infos"));
  gui_activate ("undo");
  sf_problems_panel_set_filter (panel, SF_SEVERITY_WARNING, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 65);
  sf_document_set_int (gui_document_of (page), SF_NODE (sf_framework_get_occupation (gui_framework_of (page))),
                       "job_zone", 9, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 65);
  g_assert_nonnull (label_text (GTK_WIDGET (panel), "3 errors · 65 warnings · 2 infos"));
  gui_activate ("undo");
  g_assert_nonnull (label_text (GTK_WIDGET (panel), "2 errors · 65 warnings · 2 infos"));
  sf_problems_panel_set_filter (panel, SF_SEVERITY_ERROR, NULL, NULL);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, "SF403", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, NULL,
                                sf_framework_find_section (gui_framework_of (page), "ai-usage"));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SfProblem) problem = g_list_model_get_item (shown, i);
      SfNode *node = place_of (problem);

      g_assert_true (SF_IS_STATEMENT (node));
      g_assert_cmpstr (sf_node_get_id (sf_node_get_parent (node)), ==, "ai-usage");
    }
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 2);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 69);

  /* Renaming a level renames it where the rows say where they are: the
   * problems themselves stay. */
  {
    SfScale *scale = sf_framework_find_scale (gui_framework_of (page), "durable");
    SfLevel *level = sf_scale_find_level (scale, "applying");

    g_assert_nonnull (level);
    WAIT_UNTIL (label_text (GTK_WIDGET (panel), " · Applying · ") != NULL);
    sf_document_set_string (gui_document_of (page), SF_NODE (level), "name", "Putting into Practice", NULL);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 69);
    g_assert_null (label_text (GTK_WIDGET (panel), " · Applying · "));
    g_assert_nonnull (label_text (GTK_WIDGET (panel), " · Putting into Practice · "));
  }
  gui_close_all ();
}

/* Activating a problem's row goes to its field; F8 and Shift+F8 step
 * through them in document order and wrap around. */
static void
test_go_to (void)
{
  g_autofree char *path = gui_copy_seed ("goto.json");
  SfPage *page = gui_open_path (path);
  SfProblemsPanel *panel = show_panel (page);
  GListModel *shown = sf_problems_panel_get_shown (panel);
  g_autoptr(SfProblem) first_error = NULL;
  g_autoptr(SfProblem) first = NULL;
  g_autoptr(SfProblem) second = NULL;
  g_autoptr(SfProblem) last = NULL;
  SfProblem *source_problem;
  SfStatementRow *row;
  guint n = g_list_model_get_n_items (shown);

  sf_problems_panel_set_filter (panel, SF_SEVERITY_ERROR, NULL, NULL);
  first_error = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sf_problem_get_rule_id (first_error), ==, "SF401");
  gtk_widget_activate_action (GTK_WIDGET (problem_row (panel, first_error)), "problem.go", NULL);
  WAIT_UNTIL (focused_node () == sf_problem_get_node (first_error));
  g_assert_true (SF_IS_SECTION_VIEW (sf_page_get_view (page)));
  row = sf_section_view_find_row (SF_SECTION_VIEW (sf_page_get_view (page)),
                                  SF_STATEMENT (sf_problem_get_node (first_error)));
  /* SF401 is about citations: the focus is on the button that adds one. */
  g_assert_true (gui_focus_within (GTK_WIDGET (row)));
  g_assert_false (gui_focus_within (GTK_WIDGET (sf_statement_row_get_title_field (row))));
  g_assert_false (gui_focus_within (GTK_WIDGET (sf_statement_row_get_text_view (row))));

  /* A source's problem opens the sources and focuses the source. */
  source_problem = find_problem (page, "SF403", NULL);
  g_assert_nonnull (source_problem);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, "SF403", NULL);
  gtk_widget_activate_action (GTK_WIDGET (problem_row (panel, source_problem)), "problem.go", NULL);
  WAIT_UNTIL (focused_node () == sf_problem_get_node (source_problem));
  g_assert_cmpstr (sf_page_get_view_name (page), ==, "sources");

  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  first = g_list_model_get_item (shown, 0);
  second = g_list_model_get_item (shown, 1);
  last = g_list_model_get_item (shown, n - 1);

  /* F8 from where the panel left off (the source problem) goes on from
   * there; start over from the top through the keyboard's actions. */
  gui_activate ("next-problem");
  {
    g_autoptr(SfProblem) after = NULL;
    guint index = 0;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(SfProblem) item = g_list_model_get_item (shown, i);

        if (sf_problem_equal (item, source_problem))
          index = i;
      }
    after = g_list_model_get_item (shown, (index + 1) % n);
    WAIT_UNTIL (focused_node () == place_of (after));
  }

  gui_activate ("show-problems");   /* hidden: F8 shows it again */
  g_assert_false (sf_page_get_show_problems (page));
  sf_page_go_to_problem (page, first);
  WAIT_UNTIL (focused_node () == place_of (first));
  gui_activate ("next-problem");
  WAIT_UNTIL (focused_node () == place_of (second));
  g_assert_true (sf_page_get_show_problems (page));
  gui_activate ("previous-problem");
  WAIT_UNTIL (focused_node () == place_of (first));
  gui_activate ("previous-problem");
  WAIT_UNTIL (focused_node () == place_of (last));
  gui_activate ("next-problem");
  WAIT_UNTIL (focused_node () == place_of (first));
  gui_close_all ();
}

/* Applies the first fix of @problem's row and checks that it is gone,
 * and back after one undo. */
static void
check_fix (SfPage     *page,
           const char *rule,
           SfNode     *node)
{
  SfProblemsPanel *panel = SF_PROBLEMS_PANEL (sf_page_get_problems_panel (page));
  SfDocument *document = gui_document_of (page);
  SfProblem *problem = find_problem (page, rule, node);
  g_autoptr(SfProblem) kept = NULL;
  guint n = g_list_model_get_n_items (sf_validator_get_problems (sf_page_get_validator (page)));

  g_assert_nonnull (problem);
  kept = g_object_ref (problem);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, rule, NULL);
  gtk_widget_activate_action (GTK_WIDGET (problem_row (panel, kept)), "problem.fix", "u", 0);
  g_assert_null (find_problem (page, rule, sf_problem_get_node (kept)));
  g_assert_cmpuint (g_list_model_get_n_items (sf_validator_get_problems (sf_page_get_validator (page))), <, n);

  g_assert_true (sf_document_can_undo (document));
  gui_activate ("undo");
  g_assert_nonnull (find_problem (page, rule, sf_problem_get_node (kept)));
  g_assert_cmpuint (g_list_model_get_n_items (sf_validator_get_problems (sf_page_get_validator (page))), ==, n);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, NULL, NULL);
}

static SfAnchor *
first_skill (SfPage *page)
{
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (gui_framework_of (page)));

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);

      if (sf_anchor_get_kind (anchor) == SF_ANCHOR_KIND_SKILL)
        return anchor;   /* the framework holds it */
    }
  g_assert_not_reached ();
}

/* Each rule with a quick fix: the fix removes the problem, undo brings
 * it back. */
static void
test_quick_fixes (void)
{
  g_autofree char *path = gui_copy_seed ("fixes.json");
  SfPage *page = gui_open_path (path);
  SfDocument *document = gui_document_of (page);
  SfFramework *framework = gui_framework_of (page);
  SfAnchor *skill = first_skill (page);
  g_autofree char *name = g_strdup (sf_anchor_get_name (skill));
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_autofree char *code = g_strdup (sf_anchor_get_code (skill));
  g_autoptr(SfRuleSetting) setting = NULL;
  SfProblem *problem;
  SfStatement *statement;
  const char *const *before;
  guint n_before;

  show_panel (page);

  /* SF505: link the best suggestion; the Fix button lists the suggester's
   * three best when it opens. */
  problem = find_problem (page, "SF505", NULL);
  statement = SF_STATEMENT (sf_problem_get_node (problem));
  {
    SfProblemsPanel *panel = SF_PROBLEMS_PANEL (sf_page_get_problems_panel (page));
    GtkWidget *fix_button;
    GMenuModel *menu;
    g_autofree char *label = NULL;

    sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, "SF505", NULL);
    fix_button = find_descendant (GTK_WIDGET (problem_row (panel, problem)), GTK_TYPE_MENU_BUTTON);
    /* The first menu button is Explain; the next one is Fix. */
    fix_button = find_descendant (gtk_widget_get_next_sibling (fix_button), GTK_TYPE_MENU_BUTTON);
    g_assert_true (gtk_widget_get_visible (fix_button));
    gtk_menu_button_popup (GTK_MENU_BUTTON (fix_button));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (fix_button));
    g_assert_nonnull (menu);
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_true (g_str_has_prefix (label, "Link “"));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (fix_button));
  }
  before = sf_statement_get_anchors (statement);
  n_before = before ? g_strv_length ((char **) before) : 0;
  check_fix (page, "SF505", SF_NODE (statement));
  g_assert_cmpuint (g_strv_length ((char **) sf_statement_get_anchors (statement)), ==, n_before);

  /* SF403: remove the uncited source. */
  check_fix (page, "SF403", SF_NODE (sf_framework_find_source (framework, "lerme")));
  g_assert_nonnull (sf_framework_find_source (framework, "lerme"));

  /* SF502: O*NET's spelling of the name. */
  sf_document_set_string (document, SF_NODE (skill), "name", lower, NULL);
  sf_document_break_coalescing (document);
  check_fix (page, "SF502", SF_NODE (skill));
  g_assert_cmpstr (sf_anchor_get_name (skill), ==, lower);

  /* SF503: the element id that matches the name. */
  sf_document_set_string (document, SF_NODE (skill), "code", "2.A.9.z", NULL);
  sf_document_break_coalescing (document);
  check_fix (page, "SF503", SF_NODE (skill));
  g_assert_cmpstr (sf_anchor_get_code (skill), ==, "2.A.9.z");

  /* SF108: drop the setting of a rule that does not exist. */
  setting = _sf_node_new (SF_TYPE_RULE_SETTING, "rule", "SF999", NULL);
  sf_document_insert (document, SF_NODE (sf_framework_get_validation (framework)), "rules", 0, SF_NODE (setting));
  check_fix (page, "SF108", SF_NODE (setting));
  gui_close_all ();
}

/* SF202: the two statements with one title side by side, both editable. */
static void
test_compare (void)
{
  g_autofree char *path = gui_copy_seed ("compare.json");
  SfPage *page = gui_open_path (path);
  SfProblemsPanel *panel = show_panel (page);
  SfSectionView *view = gui_show_section (page, "ai-usage");
  SfStatement *original = shown_statement (view, 0);
  SfStatement *copy = sf_edits_duplicate_statement (gui_document_of (page), original);
  SfProblem *problem;
  GtkWindow *dialog = NULL;
  GtkWidget *rows[8] = { NULL, };
  guint n = 0;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_nonnull (copy);
  problem = find_problem (page, "SF202", SF_NODE (copy));
  g_assert_nonnull (problem);
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, "SF202", NULL);
  gtk_widget_activate_action (GTK_WIDGET (problem_row (panel, problem)), "problem.compare", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_WINDOW (toplevel) && GTK_WINDOW (toplevel) != GTK_WINDOW (gui_window) &&
          gtk_widget_get_visible (toplevel))
        dialog = GTK_WINDOW (toplevel);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (gui_window));
  collect (GTK_WIDGET (dialog), SF_TYPE_STATEMENT_ROW, rows, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (sf_statement_row_get_statement (SF_STATEMENT_ROW (rows[0])) == copy);
  g_assert_true (sf_statement_row_get_statement (SF_STATEMENT_ROW (rows[1])) == original);
  /* Each column says which it is to a screen reader, as both have one title. */
  {
    GtkWidget *labels[64] = { NULL, };
    guint n_labels = 0, n_headings = 0;

    collect (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels, &n_labels);
    for (guint i = 0; i < n_labels; i++)
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (labels[i])) == GTK_ACCESSIBLE_ROLE_HEADING)
        n_headings++;
    g_assert_cmpuint (n_labels, <, G_N_ELEMENTS (labels));
    g_assert_cmpuint (n_headings, ==, 2);
  }

  /* Retitling one there tells them apart. */
  gtk_editable_set_text (sf_statement_row_get_title_field (SF_STATEMENT_ROW (rows[0])), "A title of its own");
  g_assert_cmpstr (sf_statement_get_title (copy), ==, "A title of its own");
  g_assert_null (find_problem (page, "SF202", SF_NODE (copy)));
  gtk_window_destroy (dialog);

  /* Deleting one of them there closes the window: its row would edit a
   * statement that is gone. */
  sf_document_set_string (gui_document_of (page), SF_NODE (copy), "title", sf_statement_get_title (original), NULL);
  problem = find_problem (page, "SF202", SF_NODE (copy));
  g_assert_nonnull (problem);
  dialog = sf_page_compare_same_title (page, copy);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  n = 0;
  collect (GTK_WIDGET (dialog), SF_TYPE_STATEMENT_ROW, rows, &n);
  g_assert_cmpuint (n, ==, 2);
  gtk_widget_activate_action (rows[0], "row.delete", NULL);
  g_assert_false (sf_document_contains (gui_document_of (page), SF_NODE (copy)));
  if (dialog != NULL && gtk_widget_get_sensitive (GTK_WIDGET (dialog)))
    gtk_editable_set_text (sf_statement_row_get_title_field (SF_STATEMENT_ROW (rows[0])), "Typed after");
  WAIT_UNTIL (dialog == NULL);
  gui_close_all ();
}

/* The anchor popover lists the suggester's best first; choosing one
 * links it. */
static void
test_suggested_anchor (void)
{
  g_autofree char *path = gui_copy_seed ("suggest.json");
  SfPage *page = gui_open_path (path);
  SfProblem *problem = find_problem (page, "SF505", NULL);
  SfStatement *statement = SF_STATEMENT (sf_problem_get_node (problem));
  SfSectionView *view = gui_show_section (page, sf_node_get_id (sf_node_get_parent (SF_NODE (statement))));
  SfStatementRow *row = gui_row_for (view, statement);
  GtkMenuButton *button = sf_statement_row_get_anchor_button (row);
  GtkWidget *list, *first;
  g_autofree char *anchor = NULL;

  gtk_menu_button_popup (button);
  WAIT_UNTIL (gtk_menu_button_get_popover (button) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  list = find_descendant (GTK_WIDGET (gtk_menu_button_get_popover (button)), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (first);
  /* Under the "Suggested for This Statement" heading. */
  g_assert_nonnull (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (first)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (first)))), ==,
                   "Suggested for This Statement");
  anchor = g_strdup (g_object_get_data (G_OBJECT (first), "anchor"));
  g_assert_nonnull (anchor);

  gtk_widget_activate (first);
  g_assert_true (g_strv_contains (sf_statement_get_anchors (statement), anchor));
  g_assert_null (find_problem (page, "SF505", SF_NODE (statement)));
  g_assert_cmpstr (sf_document_get_undo_label (gui_document_of (page)), ==, "Link Anchor");
  gui_close_all ();
}

/* A scale that names a level twice (SF107): going to a problem of a
 * section on that scale shows the section, with one button for the level. */
static void
test_duplicate_level (void)
{
  g_autofree char *path = gui_copy_seed ("duplicate-level.json");
  SfPage *page = gui_open_path (path);
  SfFramework *framework = gui_framework_of (page);
  SfScale *scale = sf_framework_find_scale (framework, "proficiency");
  g_autoptr(SfLevel) level = _sf_node_new (SF_TYPE_LEVEL, "id", "emerging", "name", "Emerging again", NULL);
  SfProblem *problem;
  SfSectionView *view;

  sf_document_insert (gui_document_of (page), SF_NODE (scale), "levels", 4, SF_NODE (level));
  problem = find_problem (page, "SF107", SF_NODE (level));
  g_assert_nonnull (problem);
  /* The level's rows are built when its scale's row opens. */
  sf_page_go_to_problem (page, problem);
  WAIT_UNTIL (focused_node () == SF_NODE (level));

  view = gui_show_section (page, "competencies");
  g_assert_true (sf_section_view_set_level (view, "emerging"));
  sf_page_next_problem (page, FALSE);
  gui_spin (50);
  gui_close_all ();
}

/* The focus goes to the job zone and to a figure's value, which are not
 * text fields bound to their members. */
static void
test_go_to_controls (void)
{
  g_autofree char *path = gui_copy_seed ("controls.json");
  SfPage *page = gui_open_path (path);
  SfDocument *document = gui_document_of (page);
  SfFramework *framework = gui_framework_of (page);
  g_autoptr(SfEvidenceGroup) group = g_list_model_get_item (sf_framework_get_evidence (framework), 1);
  g_autoptr(SfFigure) figure = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  SfProblem *problem;
  GtkWidget *focus;

  sf_document_set_int (document, SF_NODE (sf_framework_get_occupation (framework)), "job_zone", 9, NULL);
  problem = find_problem (page, "SF103", NULL);
  g_assert_nonnull (problem);
  sf_page_go_to_problem (page, problem);
  WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL &&
              gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) != NULL);
  gui_activate ("undo");

  /* The zone's name is the zone row's subtitle, not the title field. */
  sf_document_set_string (document, SF_NODE (sf_framework_get_occupation (framework)), "job_zone_name",
                          "Job Zone Four", NULL);
  problem = find_problem (page, "SF104", NULL);
  g_assert_nonnull (problem);
  sf_page_go_to_problem (page, problem);
  WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL &&
              gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) != NULL &&
              gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW) != NULL &&
              g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW))),
                         "Job Zone Four") == 0);
  gui_activate ("undo");

  for (guint i = 0; figure == NULL; i++)
    {
      g_autoptr(SfFigure) item = g_list_model_get_item (sf_evidence_group_get_figures (group), i);

      g_assert_nonnull (item);
      if (sf_figure_get_max (item) > 0)
        figure = g_steal_pointer (&item);
    }
  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_double (sf_figure_get_max (figure) * 2));
  g_assert_true (sf_document_set_value (document, SF_NODE (figure), "value", &value, NULL));
  problem = find_problem (page, "SF601", SF_NODE (figure));
  g_assert_nonnull (problem);
  sf_page_go_to_problem (page, problem);
  WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL &&
              gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW) != NULL &&
              g_str_has_prefix (adw_preferences_row_get_title (
                ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW))), "Value"));

  /* A section's problem, from a statement of that section: the section's
   * level button, or with a scale that does not exist (SF106) and so no
   * levels, Add Statement. */
  {
    SfSection *section = sf_framework_find_section (framework, "durable-communication");
    g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_get_statements (section), 0);
    SfSectionView *view = gui_show_section (page, "durable-communication");

    gtk_widget_grab_focus (GTK_WIDGET (sf_statement_row_get_title_field (gui_row_for (view, statement))));
    sf_document_set_string (document, SF_NODE (section), "scale", "no-such-scale", NULL);
    problem = find_problem (page, "SF106", SF_NODE (section));
    g_assert_nonnull (problem);
    sf_page_go_to_problem (page, problem);
    WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL &&
                GTK_IS_BUTTON (focus) && gtk_widget_get_ancestor (focus, SF_TYPE_SECTION_VIEW) != NULL &&
                gtk_widget_get_ancestor (focus, SF_TYPE_STATEMENT_ROW) == NULL);

    /* And from elsewhere, to a section shown for the first time. */
    gtk_window_set_focus (GTK_WINDOW (gui_window), NULL);
    section = sf_framework_find_section (framework, "durable-leadership");
    sf_document_set_string (document, SF_NODE (section), "scale", "no-such-scale", NULL);
    problem = find_problem (page, "SF106", SF_NODE (section));
    g_assert_nonnull (problem);
    sf_page_go_to_problem (page, problem);
    WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL &&
                GTK_IS_BUTTON (focus) && gtk_widget_get_ancestor (focus, SF_TYPE_SECTION_VIEW) != NULL &&
                gtk_widget_get_ancestor (focus, SF_TYPE_STATEMENT_ROW) == NULL);
  }

  /* A citation of a source that does not exist (SF402): its chip, of the
   * two the statement has. */
  {
    SfSection *section = sf_framework_find_section (framework, "ai-usage");
    g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_get_statements (section), 0);
    GListModel *citations = sf_statement_get_citations (statement);
    g_autoptr(SfCitation) citation = NULL;
    GtkWidget *chip;

    g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);
    sf_edits_add_citation (document, statement, "no-such-source", "p. 3");
    citation = g_list_model_get_item (citations, 1);
    problem = find_problem (page, "SF402", SF_NODE (citation));
    g_assert_nonnull (problem);
    sf_page_go_to_problem (page, problem);
    WAIT_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL &&
                (chip = gtk_widget_get_ancestor (focus, SF_TYPE_CHIP)) != NULL);
    g_assert_true (g_object_get_data (G_OBJECT (chip), "citation") == (gpointer) citation);
  }
  gui_close_all ();
}

/* F8 goes on from where it was in document order when the filters change
 * and when an edit rewords the problem it went to. */
static void
test_next_after_changes (void)
{
  g_autofree char *path = gui_copy_seed ("next.json");
  SfPage *page = gui_open_path (path);
  SfProblemsPanel *panel = show_panel (page);
  GListModel *shown = sf_problems_panel_get_shown (panel);
  SfSection *later = sf_framework_find_section (gui_framework_of (page), "durable-critical-thinking");
  g_autoptr(SfProblem) early = g_list_model_get_item (shown, 5);
  g_autoptr(SfProblem) first_later = NULL;
  g_autoptr(SfProblem) second_later = NULL;
  g_autoptr(SfProblem) third_later = NULL;
  SfStatement *statement;

  g_assert_nonnull (later);
  g_assert_true (sf_node_get_parent (place_of (early)) != SF_NODE (later));
  sf_page_go_to_problem (page, early);
  WAIT_UNTIL (focused_node () == place_of (early));

  /* Every problem of that section comes after the one gone to. */
  sf_problems_panel_set_filter (panel, SF_SEVERITY_OFF, NULL, later);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 6);
  first_later = g_list_model_get_item (shown, 0);
  second_later = g_list_model_get_item (shown, 1);
  third_later = g_list_model_get_item (shown, 2);
  gui_activate ("next-problem");
  WAIT_UNTIL (focused_node () == place_of (first_later));
  gui_activate ("next-problem");
  WAIT_UNTIL (focused_node () == place_of (second_later));

  /* Its message quotes the title: retitled, it is a new problem. */
  g_assert_true (strstr (sf_problem_get_message (second_later), "“") != NULL);
  statement = SF_STATEMENT (place_of (second_later));
  sf_document_set_string (gui_document_of (page), SF_NODE (statement), "title", "A new title", NULL);
  g_assert_true (find_problem (page, sf_problem_get_rule_id (second_later), SF_NODE (statement)) != second_later);
  gui_activate ("next-problem");
  WAIT_UNTIL (focused_node () == place_of (third_later));
  gui_close_all ();
}

static GtkWidget *
find_with_tooltip (GtkWidget  *widget,
                   GType       type,
                   const char *tooltip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_tooltip (child, type, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The citation popover's Cite button can be pressed only when a source is
 * listed to cite. */
static void
test_cite_button (void)
{
  g_autofree char *path = gui_copy_seed ("cite.json");
  SfPage *page = gui_open_path (path);
  SfSectionView *view = gui_show_section (page, "ai-usage");
  SfStatementRow *row = gui_row_for (view, shown_statement (view, 0));
  GtkWidget *button = find_with_tooltip (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, "Add a Citation");
  GtkWidget *popover, *search, *cite = NULL;
  GtkWidget *buttons[64] = { NULL, };
  guint n = 0;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  WAIT_UNTIL ((popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))) != NULL &&
              gtk_widget_get_mapped (popover));
  search = find_descendant (popover, GTK_TYPE_SEARCH_ENTRY);
  collect (popover, GTK_TYPE_BUTTON, buttons, &n);
  g_assert_cmpuint (n, <, G_N_ELEMENTS (buttons));
  for (guint i = 0; i < n; i++)
    if (gtk_widget_has_css_class (buttons[i], "suggested-action"))
      cite = buttons[i];
  g_assert_nonnull (search);
  g_assert_nonnull (cite);
  g_assert_true (gtk_widget_get_sensitive (cite));
  gtk_editable_set_text (GTK_EDITABLE (search), "no source is called this");
  WAIT_UNTIL (!gtk_widget_get_sensitive (cite));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  WAIT_UNTIL (gtk_widget_get_sensitive (cite));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gui_close_all ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/problems/counts", test_counts);
  g_test_add_func ("/skillframe/problems/go-to", test_go_to);
  g_test_add_func ("/skillframe/problems/quick-fixes", test_quick_fixes);
  g_test_add_func ("/skillframe/problems/compare", test_compare);
  g_test_add_func ("/skillframe/problems/suggested-anchor", test_suggested_anchor);
  g_test_add_func ("/skillframe/problems/duplicate-level", test_duplicate_level);
  g_test_add_func ("/skillframe/problems/go-to-controls", test_go_to_controls);
  g_test_add_func ("/skillframe/problems/next-after-changes", test_next_after_changes);
  g_test_add_func ("/skillframe/problems/cite-button", test_cite_button);

  return gui_test_run ();
}
