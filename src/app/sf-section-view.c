/* sf-section-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-edits.h"
#include "sf-model.h"
#include "sf-field-binding.h"
#include "sf-section-view.h"

#define OTHER_LEVEL "\x01other"

/**
 * SfSectionView:
 *
 * The statements of one section, a level at a time: a switcher of the
 * scale's levels (with their counts, and "Other" for statements whose level
 * is not on the scale), and a #GtkListView over the section's own statement
 * list, filtered to the level, so that ten thousand statements never make
 * ten thousand rows.
 */
struct _SfSectionView
{
  GtkWidget           parent_instance;

  GtkLabel           *title_label;
  GtkMenuButton      *details_button;
  GtkEditable        *section_title_entry;
  GtkTextView        *section_description_view;
  GtkDropDown        *scale_dropdown;
  GtkLabel           *description_label;
  GtkBox             *level_bar;
  GtkWidget          *add_button;
  GtkToggleButton    *review_button;
  AdwButtonContent   *review_content;
  GtkLabel           *level_label;
  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;

  SfDocument         *document;
  SfValidator        *validator;
  SfSuggester        *suggester;
  SfSection          *section;
  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;
  char               *level;
  GHashTable         *rows;       /* SfStatement → SfStatementRow, bound rows */
  GHashTable         *scale_levels;
  guint               n_rows_created;
  SfSearchHighlight  *highlight;
  gboolean            updating_scales;
  gboolean            review_only;
};

G_DEFINE_FINAL_TYPE (SfSectionView, sf_section_view, GTK_TYPE_WIDGET)

static SfScale *
scale_of (SfSectionView *self)
{
  return sf_framework_find_scale (sf_document_get_framework (self->document),
                                  sf_section_get_scale (self->section));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SfSectionView *self = user_data;
  const char *level = sf_statement_get_level (item);

  /* The review filter shows the marked statements of every level. */
  if (self->review_only)
    return sf_statement_get_review (item) != NULL;
  if (g_strcmp0 (self->level, OTHER_LEVEL) == 0)
    return level == NULL || !g_hash_table_contains (self->scale_levels, level);
  return g_strcmp0 (level, self->level) == 0;
}

static void update_empty (SfSectionView *self);

/* "Needs Review (3)": shown while the section has marked statements. */
static void
update_review_button (SfSectionView *self)
{
  GListModel *statements = sf_section_get_statements (self->section);
  g_autofree char *label = NULL;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      n += sf_statement_get_review (statement) != NULL;
    }
  label = g_strdup_printf (_("Needs _Review (%u)"), n);
  adw_button_content_set_label (self->review_content, label);
  gtk_widget_set_visible (GTK_WIDGET (self->review_button), n > 0 || self->review_only);
}

static void
review_toggled_cb (SfSectionView *self)
{
  gboolean active = gtk_toggle_button_get_active (self->review_button);

  if (active == self->review_only)
    return;
  self->review_only = active;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_review_button (self);
  update_empty (self);
}

static void
update_empty (SfSectionView *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0 ? "list" : "empty");
}

static void
update_header (SfSectionView *self)
{
  const char *title = sf_section_get_title (self->section);
  const char *description = sf_section_get_description (self->section);

  gtk_label_set_label (self->title_label, title && *title ? title : sf_section_get_id (self->section));
  gtk_label_set_label (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description && *description);
}

/* The scale drop-down lists the framework's scales by name; choosing one
 * sets the section's scale, as an edit. */
static void
update_scales (SfSectionView *self)
{
  GListModel *scales = sf_framework_get_scales (sf_document_get_framework (self->document));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  self->updating_scales = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (scales); i++)
    {
      g_autoptr(SfScale) scale = g_list_model_get_item (scales, i);
      const char *name = sf_scale_get_name (scale);

      gtk_string_list_append (names, name && *name ? name : sf_scale_get_id (scale));
      if (g_strcmp0 (sf_scale_get_id (scale), sf_section_get_scale (self->section)) == 0)
        selected = i;
    }
  gtk_drop_down_set_model (self->scale_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->scale_dropdown, selected);
  self->updating_scales = FALSE;
}

/* The section's scale changed (an undo, a reload, the drop-down itself):
 * the model stays, which the drop-down may be in the middle of using. */
static void
select_scale (SfSectionView *self)
{
  GListModel *scales = sf_framework_get_scales (sf_document_get_framework (self->document));
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (scales) && selected == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(SfScale) scale = g_list_model_get_item (scales, i);

      if (g_strcmp0 (sf_scale_get_id (scale), sf_section_get_scale (self->section)) == 0)
        selected = i;
    }
  if (gtk_drop_down_get_selected (self->scale_dropdown) == selected)
    return;
  self->updating_scales = TRUE;
  gtk_drop_down_set_selected (self->scale_dropdown, selected);
  self->updating_scales = FALSE;
}

static void
scale_selected_cb (SfSectionView *self)
{
  GListModel *scales;
  g_autoptr(SfScale) scale = NULL;
  guint selected = gtk_drop_down_get_selected (self->scale_dropdown);

  if (self->updating_scales || self->document == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  scales = sf_framework_get_scales (sf_document_get_framework (self->document));
  scale = g_list_model_get_item (scales, selected);
  if (scale != NULL && g_strcmp0 (sf_scale_get_id (scale), sf_section_get_scale (self->section)) != 0)
    {
      sf_document_set_string (self->document, SF_NODE (self->section), "scale", sf_scale_get_id (scale), NULL);
      sf_document_break_coalescing (self->document);
    }
}

/**
 * sf_section_view_edit_details:
 * @self: a #SfSectionView
 * @member: (nullable): "title", "description" or "scale": the field to focus
 *
 * Opens the section's details (title, description, scale) and focuses a
 * field of them.
 */
void
sf_section_view_edit_details (SfSectionView *self,
                              const char    *member)
{
  g_return_if_fail (SF_IS_SECTION_VIEW (self));

  gtk_menu_button_popup (self->details_button);
  if (g_strcmp0 (member, "description") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->section_description_view));
  else if (g_strcmp0 (member, "scale") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->scale_dropdown));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->section_title_entry));
}

static void
level_toggled_cb (GtkToggleButton *button,
                  SfSectionView   *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  /* Choosing a level leaves the review filter. */
  gtk_toggle_button_set_active (self->review_button, FALSE);
  sf_section_view_set_level (self, g_object_get_data (G_OBJECT (button), "level"));
}

/* The switcher: a button per level of the scale, each with its count. */
static void
rebuild_levels (SfSectionView *self)
{
  SfScale *scale = scale_of (self);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) buttons = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *levels;
  GtkToggleButton *group = NULL;
  GtkWidget *child;
  guint other = 0;
  gboolean current_found = FALSE;
  const char *first = NULL;

  g_hash_table_remove_all (self->scale_levels);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->level_bar))) != NULL)
    gtk_box_remove (self->level_bar, child);

  levels = scale ? sf_scale_get_levels (scale) : NULL;
  for (guint i = 0; levels != NULL && i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SfLevel) level = g_list_model_get_item (levels, i);

      if (sf_level_get_id (level) != NULL)
        g_hash_table_add (self->scale_levels, (gpointer) sf_level_get_id (level));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sf_section_get_statements (self->section)); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_get_statements (self->section), i);
      const char *level = sf_statement_get_level (statement);

      if (level != NULL && g_hash_table_contains (self->scale_levels, level))
        g_hash_table_insert (counts, (gpointer) level,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, level)) + 1));
      else
        other++;
    }

  for (guint i = 0; levels != NULL && i <= g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SfLevel) level = i < g_list_model_get_n_items (levels) ? g_list_model_get_item (levels, i) : NULL;
      const char *id = level ? sf_level_get_id (level) : OTHER_LEVEL;
      const char *name = level ? sf_level_get_name (level) : _("Other");
      const char *label = level ? sf_level_get_label (level) : NULL;
      guint n = level ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, id ? id : "")) : other;
      g_autofree char *text = NULL;
      g_autofree char *accessible = NULL;
      GtkWidget *button;

      /* A level id used twice (SF107) gets one button: two buttons of one
       * level would each activate the other, without end. */
      if (id == NULL || (level == NULL && other == 0) || !g_hash_table_add (buttons, (gpointer) id))
        continue;
      if (first == NULL)
        first = id;
      text = g_strdup_printf ("%s  %u", name && *name ? name : id, n);
      /* Named by its text alone, through its label (see
       * sf_ui_button_new()); the count in words is the description. */
      button = gtk_toggle_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), gtk_label_new (text));
      gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), button);
      accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n), n);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible, -1);
      if (label != NULL && *label)
        gtk_widget_set_tooltip_text (button, label);
      else if (level == NULL)
        gtk_widget_set_tooltip_text (button, _("Statements whose level is not on the section's scale"));
      g_object_set_data_full (G_OBJECT (button), "level", g_strdup (id), g_free);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      if (g_strcmp0 (id, self->level) == 0)
        {
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
          current_found = TRUE;
        }
      g_signal_connect (button, "toggled", G_CALLBACK (level_toggled_cb), self);
      gtk_box_append (self->level_bar, button);
    }

  if (!current_found)
    sf_section_view_set_level (self, first);
}

static void
update_level_label (SfSectionView *self)
{
  SfScale *scale = scale_of (self);
  SfLevel *level = scale ? sf_scale_find_level (scale, self->level) : NULL;
  const char *label = level ? sf_level_get_label (level) : NULL;

  gtk_label_set_label (self->level_label, label ? label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->level_label), label && *label);
}

/**
 * sf_section_view_set_level:
 * @self: a #SfSectionView
 * @level: (nullable): a level id of the section's scale, or %NULL for the
 *   statements whose level is not on it
 *
 * Shows the statements of one level.
 *
 * Returns: whether the switcher has that level
 */
gboolean
sf_section_view_set_level (SfSectionView *self,
                           const char    *level)
{
  gboolean found = FALSE;

  g_return_val_if_fail (SF_IS_SECTION_VIEW (self), FALSE);

  if (level == NULL || !g_hash_table_contains (self->scale_levels, level))
    level = OTHER_LEVEL;

  if (g_strcmp0 (level, self->level) != 0)
    {
      g_free (self->level);
      self->level = g_strdup (level);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      update_level_label (self);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->level_bar)); child;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "level"), level) == 0)
      {
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), TRUE);
        found = TRUE;
      }
  update_empty (self);
  return found;
}

const char *
sf_section_view_get_level (SfSectionView *self)
{
  g_return_val_if_fail (SF_IS_SECTION_VIEW (self), NULL);

  return g_strcmp0 (self->level, OTHER_LEVEL) == 0 ? NULL : self->level;
}

static void
document_changed_cb (SfSectionView *self,
                     SfChange      *change)
{
  if (change->node == SF_NODE (self->section))
    {
      if (change->kind == SF_CHANGE_LIST || g_strcmp0 (change->member, "scale") == 0)
        rebuild_levels (self);
      if (change->kind == SF_CHANGE_LIST)
        update_review_button (self);
      else
        update_header (self);
      if (g_strcmp0 (change->member, "scale") == 0)
        select_scale (self);
    }
  else if (SF_IS_FRAMEWORK (change->node) && g_strcmp0 (change->member, "scales") == 0)
    {
      update_scales (self);
      rebuild_levels (self);
    }
  else if (SF_IS_STATEMENT (change->node) && g_strcmp0 (change->member, "review") == 0 &&
           sf_node_get_parent (change->node) == SF_NODE (self->section))
    {
      if (self->review_only)
        gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      update_review_button (self);
    }
  else if (SF_IS_STATEMENT (change->node) && g_strcmp0 (change->member, "level") == 0 &&
           sf_node_get_parent (change->node) == SF_NODE (self->section))
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      rebuild_levels (self);
    }
  else if (SF_IS_SCALE (change->node) || SF_IS_LEVEL (change->node))
    {
      if (SF_IS_SCALE (change->node))
        update_scales (self);
      rebuild_levels (self);
      update_level_label (self);
    }
  update_empty (self);
}

/* Rows */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SfSectionView            *self)
{
  gtk_list_item_set_child (item, sf_statement_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
  self->n_rows_created++;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         SfSectionView            *self)
{
  SfStatementRow *row = SF_STATEMENT_ROW (gtk_list_item_get_child (item));
  SfStatement *statement = gtk_list_item_get_item (item);

  sf_statement_row_bind (row, self->document, self->validator, self->suggester, statement);
  g_hash_table_insert (self->rows, statement, row);
  if (self->highlight != NULL)
    sf_search_highlight_apply (self->highlight, row);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SfSectionView            *self)
{
  SfStatementRow *row = SF_STATEMENT_ROW (gtk_list_item_get_child (item));
  SfStatement *statement = sf_statement_row_get_statement (row);

  if (statement != NULL && g_hash_table_lookup (self->rows, statement) == row)
    g_hash_table_remove (self->rows, statement);
  sf_statement_row_unbind (row);
}

/**
 * sf_section_view_find_row:
 * @self: a #SfSectionView
 * @statement: a statement of the section
 *
 * Returns: (transfer none) (nullable): the row showing @statement, if it
 *   is on screen (or close to it)
 */
SfStatementRow *
sf_section_view_find_row (SfSectionView *self,
                          SfStatement   *statement)
{
  g_return_val_if_fail (SF_IS_SECTION_VIEW (self), NULL);

  return g_hash_table_lookup (self->rows, statement);
}

typedef struct
{
  SfSectionView *self;
  SfStatement   *statement;
  SfNode        *node;        /* a node inside it to focus, or NULL */
  char          *field;
  guint          tries;
} Reveal;

static void
reveal_free (Reveal *reveal)
{
  g_object_unref (reveal->self);
  g_object_unref (reveal->statement);
  g_clear_object (&reveal->node);
  g_free (reveal->field);
  g_free (reveal);
}

static gboolean
focus_row_cb (gpointer data)
{
  Reveal *reveal = data;
  SfStatementRow *row = sf_section_view_find_row (reveal->self, reveal->statement);

  if (row == NULL && reveal->tries++ < 10)
    return G_SOURCE_CONTINUE;
  if (row != NULL && reveal->node != NULL && sf_statement_row_focus_node (row, reveal->node))
    return G_SOURCE_REMOVE;
  if (row != NULL && reveal->field != NULL)
    sf_statement_row_focus (row, reveal->field);
  return G_SOURCE_REMOVE;
}

/**
 * sf_section_view_reveal:
 * @self: a #SfSectionView
 * @statement: a statement of the section
 * @field: (nullable): "title" or "text" to focus that field, or %NULL
 *
 * Shows @statement's level, scrolls to it and focuses a field of it.
 */
void
sf_section_view_reveal (SfSectionView *self,
                        SfStatement   *statement,
                        const char    *field)
{
  g_return_if_fail (SF_IS_SECTION_VIEW (self));
  g_return_if_fail (SF_IS_STATEMENT (statement));

  sf_section_view_reveal_node (self, SF_NODE (statement), field);
}

/**
 * sf_section_view_reveal_node:
 * @self: a #SfSectionView
 * @node: a statement of the section, or a node inside one (a citation)
 * @field: (nullable): the field of the statement to focus when @node has
 *   no control of its own in the row, as for sf_section_view_reveal()
 *
 * Shows the statement of @node as sf_section_view_reveal() does, and
 * focuses @node's control in its row: a citation's chip.
 */
void
sf_section_view_reveal_node (SfSectionView *self,
                             SfNode        *node,
                             const char    *field)
{
  SfNode *statement_node = node;
  SfStatement *statement;
  guint n;
  Reveal *reveal;

  g_return_if_fail (SF_IS_SECTION_VIEW (self));
  g_return_if_fail (SF_IS_NODE (node));

  while (statement_node != NULL && !SF_IS_STATEMENT (statement_node))
    statement_node = sf_node_get_parent (statement_node);
  g_return_if_fail (statement_node != NULL);
  statement = SF_STATEMENT (statement_node);

  sf_section_view_set_level (self, sf_statement_get_level (statement));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfStatement) item = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      if (item == statement)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          break;
        }
    }

  reveal = g_new0 (Reveal, 1);
  reveal->self = g_object_ref (self);
  reveal->statement = g_object_ref (statement);
  reveal->node = node != statement_node ? g_object_ref (node) : NULL;
  reveal->field = g_strdup (field);
  g_timeout_add_full (G_PRIORITY_DEFAULT, 16, focus_row_cb, reveal, (GDestroyNotify) reveal_free);
}

static void
add_statement_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SfSectionView *self = SF_SECTION_VIEW (widget);
  const char *level = sf_section_view_get_level (self);
  SfStatement *statement = sf_edits_add_statement (self->document, self->section, level);

  sf_section_view_reveal (self, statement, "title");
}

static void
sf_section_view_dispose (GObject *object)
{
  SfSectionView *self = SF_SECTION_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SECTION_VIEW);
  /* Children of the template that are not bound go too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->section);
  g_clear_object (&self->suggester);
  g_clear_object (&self->highlight);
  g_clear_object (&self->validator);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->scale_levels, g_hash_table_unref);

  G_OBJECT_CLASS (sf_section_view_parent_class)->dispose (object);
}

static void
sf_section_view_finalize (GObject *object)
{
  SfSectionView *self = SF_SECTION_VIEW (object);

  g_free (self->level);

  G_OBJECT_CLASS (sf_section_view_parent_class)->finalize (object);
}

/* Focusing the view focuses the button of the level shown, or Add
 * Statement when the section's scale has none: it works on a view shown
 * just now, not laid out yet, where moving the focus into it does not. */
static gboolean
sf_section_view_grab_focus (GtkWidget *widget)
{
  SfSectionView *self = SF_SECTION_VIEW (widget);
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->level_bar));

  for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      return gtk_widget_grab_focus (child);
  return gtk_widget_grab_focus (first != NULL ? first : self->add_button);
}

static void
sf_section_view_class_init (SfSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_section_view_dispose;
  object_class->finalize = sf_section_view_finalize;
  widget_class->grab_focus = sf_section_view_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-section-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, details_button);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, section_title_entry);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, section_description_view);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, scale_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, scale_selected_cb);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, add_button);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, review_button);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, review_content);
  gtk_widget_class_bind_template_callback (widget_class, review_toggled_cb);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, description_label);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, level_bar);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, level_label);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, stack);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SfSectionView, empty_page);

  gtk_widget_class_install_action (widget_class, "section.add-statement", NULL, add_statement_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "section.add-statement", NULL);
}

static void
sf_section_view_init (SfSectionView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (NULL, NULL);
  self->scale_levels = g_hash_table_new (g_str_hash, g_str_equal);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/**
 * sf_section_view_new:
 * @document: the document
 * @validator: its validator
 * @suggester: its anchor suggester
 * @section: the section to show
 *
 * Returns: (transfer floating): a view of @section's statements
 */
GtkWidget *
sf_section_view_new (SfDocument  *document,
                     SfValidator *validator,
                     SfSuggester *suggester,
                     SfSection   *section)
{
  SfSectionView *self = g_object_new (SF_TYPE_SECTION_VIEW, NULL);
  GtkNoSelection *selection;

  self->document = g_object_ref (document);
  self->validator = g_object_ref (validator);
  self->suggester = g_object_ref (suggester);
  self->section = g_object_ref (section);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (sf_section_get_statements (section)),
                                           GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  update_header (self);
  sf_field_binding_bind (sf_field_binding_new (self->section_title_entry, "title"), document, SF_NODE (section));
  {
    SfFieldBinding *description = sf_field_binding_new (gtk_text_view_get_buffer (self->section_description_view),
                                                         "description");

    sf_field_binding_set_empty_unsets (description, TRUE);
    sf_field_binding_bind (description, document, SF_NODE (section));
  }
  /* Where a problem of the section's scale takes the author (sf_ui_focus_node()). */
  g_object_set_data (G_OBJECT (self->scale_dropdown), "sf-node", section);
  g_object_set_data (G_OBJECT (self->scale_dropdown), "sf-member", (gpointer) "scale");
  update_scales (self);
  rebuild_levels (self);
  update_level_label (self);
  update_review_button (self);
  update_empty (self);
  return GTK_WIDGET (self);
}

SfSection *
sf_section_view_get_section (SfSectionView *self)
{
  g_return_val_if_fail (SF_IS_SECTION_VIEW (self), NULL);

  return self->section;
}

/**
 * sf_section_view_get_shown:
 * @self: a #SfSectionView
 *
 * Returns: (transfer none): the statements of the level shown, in order
 */
GListModel *
sf_section_view_get_shown (SfSectionView *self)
{
  g_return_val_if_fail (SF_IS_SECTION_VIEW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/**
 * sf_section_view_get_n_rows:
 * @self: a #SfSectionView
 *
 * Returns: how many row widgets the list has created, for the benchmark
 *   that checks they stay few
 */
guint
sf_section_view_get_n_rows (SfSectionView *self)
{
  g_return_val_if_fail (SF_IS_SECTION_VIEW (self), 0);

  return self->n_rows_created;
}

static void
highlight_changed_cb (SfSectionView *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    sf_search_highlight_apply (self->highlight, row);
}

/**
 * sf_section_view_set_highlight:
 * @self: a #SfSectionView
 * @highlight: the page's search highlight
 *
 * Shows the matches of the page's search in the rows, as they are bound
 * and as the search changes.
 */
void
sf_section_view_set_highlight (SfSectionView     *self,
                               SfSearchHighlight *highlight)
{
  g_return_if_fail (SF_IS_SECTION_VIEW (self));
  g_return_if_fail (SF_IS_SEARCH_HIGHLIGHT (highlight));
  g_return_if_fail (self->highlight == NULL);

  self->highlight = g_object_ref (highlight);
  g_signal_connect_object (highlight, "changed", G_CALLBACK (highlight_changed_cb), self, G_CONNECT_SWAPPED);
  highlight_changed_cb (self);
}
