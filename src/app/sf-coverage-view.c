/* sf-coverage-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sf-coverage-view.h"
#include "sf-format.h"
#include "sf-page.h"
#include "sf-section-view.h"
#include "sf-window.h"

/* A covered task's row names this many of its statements; the rest are
 * in the row's expansion. */
#define NAMED_STATEMENTS 3

/**
 * SfCoverageView:
 *
 * The coverage map of a framework: a grid of the sections by the levels of
 * their scales, each cell coloured by the share of its statements that are
 * cited and the share linked to O*NET (#SfCoverageCell), with a legend; and
 * the O*NET tasks, each with the competency statements that link it, the
 * uncovered ones first. Choosing a cell opens that section at that level;
 * choosing a statement of a task opens it.
 *
 * The view follows the document: an edit that can change the figures
 * marks what it changed stale (sf_coverage_change_impact()): a section, the
 * tasks, or everything. They are counted again once, in the next frame
 * before its layout, or when the view is next shown, and only what is
 * stale: a citation added to one of 10,000 statements counts one section
 * again (sf_coverage_update()). "Export Image…" writes the map as PNG or SVG.
 */
struct _SfCoverageView
{
  AdwBin          parent_instance;

  GtkInscription *summary_label;
  GtkGrid        *map_grid;
  GtkDrawingArea *ramp_sample;
  GtkDrawingArea *bar_sample;
  GtkDrawingArea *empty_sample;
  GtkStack       *tasks_stack;
  GtkListBox     *task_list;

  SfDocument     *document;
  SfCoverage     *coverage;
  GPtrArray      *cells;          /* SfCoverageCell, in the coverage's order */
  char           *tasks_signature;
  guint           tick_id;

  /* What edits changed since the figures were computed. */
  gboolean        stale;
  gboolean        stale_all;
  gboolean        stale_tasks;
  GPtrArray      *stale_sections;
};

G_DEFINE_FINAL_TYPE (SfCoverageView, sf_coverage_view, ADW_TYPE_BIN)

/* Opening what the author chose */

static SfPage *
page_of (SfCoverageView *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PAGE);

  return page ? SF_PAGE (page) : NULL;
}

static SfSectionView *
open_section (SfCoverageView *self,
              SfSection      *section)
{
  SfPage *page = page_of (self);
  g_autofree char *name = NULL;
  GtkWidget *view;

  if (page == NULL || sf_section_get_id (section) == NULL)
    return NULL;
  name = g_strconcat ("section:", sf_section_get_id (section), NULL);
  if (!sf_page_select_view (page, name))
    return NULL;
  view = sf_page_get_view (page);
  /* Two sections of one id: the page opens the first. */
  if (!SF_IS_SECTION_VIEW (view) || sf_section_view_get_section (SF_SECTION_VIEW (view)) != section)
    return NULL;
  return SF_SECTION_VIEW (view);
}

static void
cell_clicked_cb (SfCoverageView *self,
                 SfCoverageCell *cell)
{
  const SfCellCoverage *figures = sf_coverage_cell_get_figures (cell);
  SfSectionView *view = open_section (self, figures->section);

  if (view == NULL)
    return;
  sf_section_view_set_level (view, figures->level ? sf_level_get_id (figures->level) : NULL);
  gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD);
}

static void
statement_activated_cb (SfCoverageView *self,
                        AdwActionRow   *row)
{
  SfStatement *statement = g_object_get_data (G_OBJECT (row), "statement");
  SfNode *section = sf_node_get_parent (SF_NODE (statement));
  SfSectionView *view;

  if (!SF_IS_SECTION (section) || (view = open_section (self, SF_SECTION (section))) == NULL)
    return;
  sf_section_view_reveal (view, statement, "title");
}

/* The map */

static SfFramework *
framework_of (SfCoverageView *self)
{
  return sf_document_get_framework (self->document);
}

static GtkWidget *
header_label (SfLevel *level,
              gboolean first)
{
  GtkWidget *label = gtk_label_new (sf_coverage_level_name (level));

  /* Space between one scale's sections and the next scale's levels. */
  if (!first)
    gtk_widget_set_margin_top (label, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 3);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  if (level != NULL)
    g_object_set_data_full (G_OBJECT (label), "level", g_object_ref (level), g_object_unref);
  return label;
}

/* Above the first section of each scale: the scale's levels, and "Other"
 * if a section of that scale has statements on none of them. */
static void
attach_header (SfCoverageView *self,
               guint           first,
               int             row)
{
  SfScale *scale = sf_coverage_get_scale (self->coverage, first);
  GListModel *levels = scale ? sf_scale_get_levels (scale) : NULL;
  guint n_levels = levels ? g_list_model_get_n_items (levels) : 0;
  gboolean other = FALSE;

  for (guint i = first; i < sf_coverage_get_n_sections (self->coverage) &&
                        sf_coverage_get_scale (self->coverage, i) == scale; i++)
    other |= sf_coverage_get_n_cells (self->coverage, i) > n_levels;

  for (guint j = 0; j < n_levels; j++)
    {
      g_autoptr(SfLevel) level = g_list_model_get_item (levels, j);

      gtk_grid_attach (self->map_grid, header_label (level, first == 0), j + 1, row, 1, 1);
    }
  if (other)
    gtk_grid_attach (self->map_grid, header_label (NULL, first == 0), n_levels + 1, row, 1, 1);
}

static void
rebuild_map (SfCoverageView *self)
{
  GtkWidget *child;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->map_grid))) != NULL)
    gtk_grid_remove (self->map_grid, child);
  g_ptr_array_set_size (self->cells, 0);

  for (guint i = 0; i < sf_coverage_get_n_sections (self->coverage); i++)
    {
      SfSection *section = sf_coverage_get_section (self->coverage, i);
      GtkWidget *label = gtk_label_new (sf_coverage_section_name (section));

      if (i == 0 || sf_coverage_get_scale (self->coverage, i) != sf_coverage_get_scale (self->coverage, i - 1))
        attach_header (self, i, row++);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_widget_set_margin_end (label, 6);
      g_object_set_data_full (G_OBJECT (label), "section", g_object_ref (section), g_object_unref);
      gtk_grid_attach (self->map_grid, label, 0, row, 1, 1);

      for (guint j = 0; j < sf_coverage_get_n_cells (self->coverage, i); j++)
        {
          GtkWidget *cell = sf_coverage_cell_new ();

          gtk_widget_set_hexpand (cell, TRUE);
          sf_coverage_cell_set_figures (SF_COVERAGE_CELL (cell), sf_coverage_get_cell (self->coverage, i, j));
          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, G_CONNECT_SWAPPED);
          gtk_grid_attach (self->map_grid, cell, j + 1, row, 1, 1);
          g_ptr_array_add (self->cells, cell);
        }
      row++;
    }
}

/* gtk_label_set_label() lays the label out again even when the text is the
 * same: with every label of the map wrapped, that was most of a frame. */
static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* Same sections, same cells: new figures and names only. */
static void
update_map (SfCoverageView *self)
{
  guint k = 0;

  for (guint i = 0; i < sf_coverage_get_n_sections (self->coverage); i++)
    for (guint j = 0; j < sf_coverage_get_n_cells (self->coverage, i); j++)
      sf_coverage_cell_set_figures (g_ptr_array_index (self->cells, k++), sf_coverage_get_cell (self->coverage, i, j));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->map_grid)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      SfSection *section = g_object_get_data (G_OBJECT (child), "section");
      SfLevel *level = g_object_get_data (G_OBJECT (child), "level");

      if (section != NULL)
        set_label (GTK_LABEL (child), sf_coverage_section_name (section));
      else if (level != NULL)
        set_label (GTK_LABEL (child), sf_coverage_level_name (level));
    }
}

/* The tasks */

static const char *
statement_name (SfStatement *statement)
{
  const char *title = sf_statement_get_title (statement);
  const char *id = sf_statement_get_id (statement);

  if (title != NULL && *title != '\0')
    return title;
  return id && *id ? id : _("Untitled statement");
}

static const char *
task_name (SfAnchor *anchor)
{
  const char *name = sf_anchor_get_name (anchor);
  const char *id = sf_anchor_get_id (anchor);

  if (name != NULL && *name != '\0')
    return name;
  return id && *id ? id : _("Unnamed task");
}

/* What the rows show, to tell whether they must be made again. */
static char *
tasks_signature (SfCoverage *coverage)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < sf_coverage_get_n_tasks (coverage); i++)
    {
      const SfTaskCoverage *task = sf_coverage_get_task (coverage, i);

      g_string_append_printf (signature, "%p\x1f%s", task->anchor, task_name (task->anchor));
      for (guint j = 0; j < task->statements->len; j++)
        {
          SfStatement *statement = g_ptr_array_index (task->statements, j);

          g_string_append_printf (signature, "\x1f%p\x1f%s", statement, statement_name (statement));
        }
      g_string_append_c (signature, '\x1e');
    }
  return g_string_free (signature, FALSE);
}

static char *
statement_place (SfStatement *statement)
{
  SfNode *section = sf_node_get_parent (SF_NODE (statement));
  SfFramework *framework = SF_IS_SECTION (section) ? SF_FRAMEWORK (sf_node_get_parent (section)) : NULL;
  SfScale *scale = framework ? sf_framework_find_scale (framework, sf_section_get_scale (SF_SECTION (section))) : NULL;
  SfLevel *level = scale ? sf_scale_find_level (scale, sf_statement_get_level (statement)) : NULL;

  if (!SF_IS_SECTION (section))
    return g_strdup ("");
  /* Translators: where a statement is: its section, then its level */
  return g_strdup_printf (C_("statement place", "%s, %s"), sf_coverage_section_name (SF_SECTION (section)),
                          sf_coverage_level_name (level));
}

/* A covered task's statements are rows made when the author opens it. */
static void
expanded_cb (AdwExpanderRow *expander,
             GParamSpec     *pspec,
             SfCoverageView *self)
{
  GPtrArray *statements = g_object_get_data (G_OBJECT (expander), "statements");

  if (!adw_expander_row_get_expanded (expander) || g_object_get_data (G_OBJECT (expander), "built"))
    return;
  g_object_set_data (G_OBJECT (expander), "built", GINT_TO_POINTER (1));
  for (guint i = 0; i < statements->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (statements, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *place = statement_place (statement);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), statement_name (statement));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), place);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                      "icon-name", "go-next-symbolic",
                                                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                      NULL));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "statement", g_object_ref (statement), g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (statement_activated_cb), self, G_CONNECT_SWAPPED);
      adw_expander_row_add_row (expander, row);
    }
}

/* The row a screen reader reads: libadwaita 1.2 puts an expander row's
 * title and subtitle on a row inside it, and names neither row by the
 * subtitle. */
static void
describe_row (GtkWidget  *row,
              const char *description)
{
  GtkWidget *header = row;

  if (ADW_IS_EXPANDER_ROW (row))
    for (header = gtk_widget_get_first_child (row); header != NULL && !ADW_IS_ACTION_ROW (header);)
      header = gtk_widget_get_first_child (header);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  if (header != NULL && header != row)
    gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static GtkWidget *
task_row (SfCoverageView       *self,
          const SfTaskCoverage *task)
{
  guint n = task->statements->len;
  g_autofree char *count_text = g_strdup_printf ("%u", n);
  GtkWidget *count = gtk_label_new (count_text);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* The count is in the subtitle in words. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (count), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  if (n == 0)
    {
      row = adw_action_row_new ();
      subtitle = g_strdup (_("Not covered: no competency statement links this task"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (count, "warning");
      gtk_widget_add_css_class (count, "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
    }
  else
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < MIN (n, NAMED_STATEMENTS); i++)
        {
          if (i > 0)
            /* Translators: between the titles of statements in a list */
            g_string_append (names, _("; "));
          g_string_append (names, statement_name (g_ptr_array_index (task->statements, i)));
        }
      if (n > NAMED_STATEMENTS)
        g_string_append (names, "…");
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Linked by %u statement: %s",
                                               "Linked by %u statements: %s", n), n, names->str);
      row = adw_expander_row_new ();
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      gtk_widget_add_css_class (count, "dim-label");
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), count);
      g_object_set_data_full (G_OBJECT (row), "statements", g_ptr_array_ref (task->statements),
                              (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);
    }
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), task_name (task->anchor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, task_name (task->anchor), -1);
  describe_row (row, subtitle);
  g_object_set_data_full (G_OBJECT (row), "anchor", g_object_ref (task->anchor), g_object_unref);
  return row;
}

static void
rebuild_tasks (SfCoverageView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->task_list))) != NULL)
    gtk_list_box_remove (self->task_list, child);
  for (guint i = 0; i < sf_coverage_get_n_tasks (self->coverage); i++)
    gtk_list_box_append (self->task_list, task_row (self, sf_coverage_get_task (self->coverage, i)));
  gtk_stack_set_visible_child_name (self->tasks_stack, sf_coverage_get_n_tasks (self->coverage) > 0 ? "list"
                                                                                                     : "empty");
}

/* Following the document */

static void
refresh (SfCoverageView *self)
{
  g_autoptr(SfCoverage) old = g_steal_pointer (&self->coverage);
  g_autofree char *summary = NULL;
  g_autofree char *signature = NULL;
  gboolean tasks_changed = old == NULL || self->stale_all || self->stale_tasks;

  if (old == NULL || self->stale_all)
    self->coverage = sf_coverage_new (framework_of (self));
  else
    self->coverage = sf_coverage_update (old, framework_of (self), self->stale_sections, self->stale_tasks);
  self->stale = self->stale_all = self->stale_tasks = FALSE;
  g_ptr_array_set_size (self->stale_sections, 0);

  if (old != NULL && sf_coverage_same_shape (old, self->coverage))
    update_map (self);
  else
    rebuild_map (self);

  /* What the rows say changes far less often than the figures. */
  if (tasks_changed)
    signature = tasks_signature (self->coverage);
  if (tasks_changed && g_strcmp0 (signature, self->tasks_signature) != 0)
    {
      rebuild_tasks (self);
      g_free (self->tasks_signature);
      self->tasks_signature = g_steal_pointer (&signature);
    }

  summary = sf_coverage_summary (self->coverage);
  if (g_strcmp0 (gtk_inscription_get_text (self->summary_label), summary) != 0)
    {
      gtk_inscription_set_text (self->summary_label, summary);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_label), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
    }
}

static gboolean
refresh_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  SfCoverageView *self = SF_COVERAGE_VIEW (widget);

  self->tick_id = 0;
  if (self->stale)
    refresh (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (SfCoverageView *self,
                     SfChange       *change)
{
  SfSection *section;
  SfCoverageImpact impact = sf_coverage_change_impact (change, &section);

  if (impact == SF_COVERAGE_IMPACT_NONE)
    return;
  self->stale_all |= (impact & SF_COVERAGE_IMPACT_ALL) != 0;
  self->stale_tasks |= (impact & SF_COVERAGE_IMPACT_TASKS) != 0;
  if ((impact & SF_COVERAGE_IMPACT_SECTION) && !g_ptr_array_find (self->stale_sections, section, NULL))
    g_ptr_array_add (self->stale_sections, g_object_ref (section));
  self->stale = TRUE;
  /* Once per frame however many edits an action makes; a hidden view
   * waits until it is shown. */
  if (self->tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), refresh_tick_cb, NULL, NULL);
}

static void
dark_cb (SfCoverageView *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->cells, i));
  gtk_widget_queue_draw (GTK_WIDGET (self->ramp_sample));
  gtk_widget_queue_draw (GTK_WIDGET (self->bar_sample));
  gtk_widget_queue_draw (GTK_WIDGET (self->empty_sample));
}

static void
draw_sample_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        data)
{
  SfCoverageView *self = data;
  SfCoveragePalette palette;

  sf_coverage_palette_init (&palette, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  if (area == self->ramp_sample)
    sf_coverage_render_ramp (cr, &palette, width, height);
  else if (area == self->bar_sample)
    sf_coverage_render_bar_sample (cr, &palette, width, height);
  else
    sf_coverage_render_empty_sample (cr, &palette, width, height);
}

/* Export */

static char *
image_title (SfCoverageView *self)
{
  const char *occupation = sf_occupation_get_title (sf_framework_get_occupation (framework_of (self)));

  /* Translators: the title of an exported coverage map; %s is the occupation */
  return g_strdup_printf (_("Coverage: %s"), occupation && *occupation ? occupation : _("Untitled Framework"));
}

static void
replaced_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!sf_format_save_bytes_finish (G_FILE (object), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * sf_coverage_view_export_async:
 * @self: a #SfCoverageView
 * @file: where to write the image
 * @format: PNG or SVG
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: data for @callback
 *
 * Writes the coverage map as it is now, with the legend and the tasks, as
 * an image for a report (see sf_coverage_render_image()). The file is
 * replaced as a whole, never written in place.
 */
void
sf_coverage_view_export_async (SfCoverageView        *self,
                               GFile                 *file,
                               SfCoverageImageFormat  format,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = NULL;
  GError *error = NULL;

  g_return_if_fail (SF_IS_COVERAGE_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_coverage_view_export_async);
  if (self->stale)
    refresh (self);
  title = image_title (self);
  if ((bytes = sf_coverage_render_image (self->coverage, title, format, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  sf_format_save_bytes_async (file, bytes, cancellable, replaced_cb, g_steal_pointer (&task));
}

/**
 * sf_coverage_view_export_finish:
 * @self: a #SfCoverageView
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: %TRUE if the image was written
 */
gboolean
sf_coverage_view_export_finish (SfCoverageView  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SfCoverageView *self = SF_COVERAGE_VIEW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (!sf_coverage_view_export_finish (self, result, &error))
    {
      message = g_strdup_printf (_("Could not export the coverage map to “%s”: %s"), name, error->message);
      if (SF_IS_WINDOW (root))
        sf_window_show_error (SF_WINDOW (root), message);
      else
        g_warning ("%s", message);
      return;
    }
  if (SF_IS_WINDOW (root))
    {
      message = g_strdup_printf (_("Coverage map exported to “%s”"), name);
      sf_window_show_toast (SF_WINDOW (root), adw_toast_new (message));
    }
}

/**
 * sf_coverage_view_export_to:
 * @self: a #SfCoverageView
 * @file: where to write the image
 * @format: PNG or SVG
 *
 * Exports the map as "Export Image…" does once the author has chosen
 * where: a toast says it is done, the window's error bar why it failed.
 */
void
sf_coverage_view_export_to (SfCoverageView        *self,
                            GFile                 *file,
                            SfCoverageImageFormat  format)
{
  g_return_if_fail (SF_IS_COVERAGE_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  sf_coverage_view_export_async (self, file, format, NULL, exported_cb, g_object_ref (file));
}

static void
chooser_response_cb (GtkFileChooserNative *chooser,
                     int                   response,
                     SfCoverageView       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      GtkFileFilter *svg = g_object_get_data (G_OBJECT (chooser), "svg-filter");
      gboolean svg_chosen = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == svg;
      g_autofree char *name = g_file_get_basename (file);
      SfCoverageImageFormat format = sf_coverage_image_format_for_name (name, svg_chosen ? SF_COVERAGE_IMAGE_SVG
                                                                                         : SF_COVERAGE_IMAGE_PNG);

      /* A name without the extension of an image gets the chosen format's. */
      if (sf_coverage_image_format_for_name (name, SF_COVERAGE_IMAGE_PNG) !=
          sf_coverage_image_format_for_name (name, SF_COVERAGE_IMAGE_SVG))
        {
          g_autofree char *named = g_strconcat (name, format == SF_COVERAGE_IMAGE_SVG ? ".svg" : ".png", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (file);

          g_clear_object (&file);
          file = g_file_get_child (parent, named);
        }
      sf_coverage_view_export_to (self, file, format);
    }
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  g_object_unref (self);
}

static GtkFileFilter *
filter_new (const char *name,
            const char *mime_type,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static void
export_clicked_cb (SfCoverageView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  GtkFileFilter *png = filter_new (_("PNG Image"), "image/png", "*.png");
  GtkFileFilter *svg = filter_new (_("SVG Image"), "image/svg+xml", "*.svg");
  GFile *file = sf_document_get_file (self->document);
  g_autofree char *base = file ? g_file_get_basename (file) : g_strdup ("framework.json");
  g_autofree char *name = NULL;

  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  /* Translators: the suggested name of an exported coverage map; %s is
   * the framework's file name without its extension */
  name = g_strdup_printf (_("%s-coverage.png"), base);

  chooser = gtk_file_chooser_native_new (_("Export Coverage Map"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), svg);
  g_object_set_data_full (G_OBJECT (chooser), "svg-filter", svg, g_object_unref);
  g_object_unref (png);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The widget */

static void
sf_coverage_view_map (GtkWidget *widget)
{
  SfCoverageView *self = SF_COVERAGE_VIEW (widget);

  GTK_WIDGET_CLASS (sf_coverage_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static void
sf_coverage_view_unmap (GtkWidget *widget)
{
  SfCoverageView *self = SF_COVERAGE_VIEW (widget);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->tick_id);
      self->tick_id = 0;
    }
  GTK_WIDGET_CLASS (sf_coverage_view_parent_class)->unmap (widget);
}

static void
sf_coverage_view_dispose (GObject *object)
{
  SfCoverageView *self = SF_COVERAGE_VIEW (object);

  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_COVERAGE_VIEW);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->stale_sections, g_ptr_array_unref);
  g_clear_object (&self->coverage);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sf_coverage_view_parent_class)->dispose (object);
}

static void
sf_coverage_view_finalize (GObject *object)
{
  SfCoverageView *self = SF_COVERAGE_VIEW (object);

  g_free (self->tasks_signature);

  G_OBJECT_CLASS (sf_coverage_view_parent_class)->finalize (object);
}

static void
sf_coverage_view_class_init (SfCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_coverage_view_dispose;
  object_class->finalize = sf_coverage_view_finalize;
  widget_class->map = sf_coverage_view_map;
  widget_class->unmap = sf_coverage_view_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-coverage-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, map_grid);
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, ramp_sample);
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, bar_sample);
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, empty_sample);
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, tasks_stack);
  gtk_widget_class_bind_template_child (widget_class, SfCoverageView, task_list);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
sf_coverage_view_init (SfCoverageView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_ptr_array_new ();
  self->stale_sections = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_drawing_area_set_draw_func (self->ramp_sample, draw_sample_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->bar_sample, draw_sample_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->empty_sample, draw_sample_cb, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * sf_coverage_view_new:
 * @document: the document
 *
 * Returns: (transfer floating): the coverage map of @document's framework
 */
GtkWidget *
sf_coverage_view_new (SfDocument *document)
{
  SfCoverageView *self;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);

  self = g_object_new (SF_TYPE_COVERAGE_VIEW, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}

/**
 * sf_coverage_view_get_coverage:
 * @self: a #SfCoverageView
 *
 * Returns: (transfer none): the figures shown; after an edit that changes
 *   them, new ones come in the next frame
 */
SfCoverage *
sf_coverage_view_get_coverage (SfCoverageView *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE_VIEW (self), NULL);

  return self->coverage;
}

/**
 * sf_coverage_view_find_cell:
 * @self: a #SfCoverageView
 * @section: a section
 * @level: (nullable): a level id of its scale, or %NULL for its statements
 *   on no level of it
 *
 * Returns: (transfer none) (nullable): the cell showing that section at
 *   that level
 */
SfCoverageCell *
sf_coverage_view_find_cell (SfCoverageView *self,
                            SfSection      *section,
                            const char     *level)
{
  g_return_val_if_fail (SF_IS_COVERAGE_VIEW (self), NULL);

  for (guint i = 0; i < self->cells->len; i++)
    {
      SfCoverageCell *cell = g_ptr_array_index (self->cells, i);
      const SfCellCoverage *figures = sf_coverage_cell_get_figures (cell);

      if (figures->section == section &&
          (level == NULL ? figures->level == NULL
                         : figures->level != NULL && g_strcmp0 (sf_level_get_id (figures->level), level) == 0))
        return cell;
    }
  return NULL;
}

/**
 * sf_coverage_view_get_task_list:
 * @self: a #SfCoverageView
 *
 * Returns: (transfer none): the list of O*NET tasks, a row each
 */
GtkListBox *
sf_coverage_view_get_task_list (SfCoverageView *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE_VIEW (self), NULL);

  return self->task_list;
}
