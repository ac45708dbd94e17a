/* test-coverage-map.c: the coverage map in the editor's window, under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens a copy of the seed in the real window, shows its
 * coverage map and checks what the cells say against the file, that a
 * cell opens its statements, that the map follows edits, that the keyboard
 * reaches every cell, and what "Export Image…" writes.
 */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "sf-application.h"
#include "sf-coverage-view.h"
#include "sf-edits.h"
#include "sf-page.h"
#include "sf-section-view.h"
#include "sf-test-util.h"
#include "sf-window.h"

static SfPage *
open_seed (const char *name)
{
  g_autofree char *path = gui_copy_seed (name);

  return gui_open_path (path);
}

static SfCoverageView *
show_coverage (SfPage *page)
{
  GtkWidget *view;

  g_assert_true (sf_page_select_view (page, "coverage"));
  view = sf_page_get_view (page);
  g_assert_true (SF_IS_COVERAGE_VIEW (view));
  WAIT_UNTIL (gtk_widget_get_mapped (view));
  return SF_COVERAGE_VIEW (view);
}

static SfCoverageCell *
cell_of (SfCoverageView *view,
         SfPage         *page,
         const char     *section,
         const char     *level)
{
  SfCoverageCell *cell = sf_coverage_view_find_cell (view, sf_framework_find_section (gui_framework_of (page), section),
                                                     level);

  g_assert_nonnull (cell);
  return cell;
}

static SfStatement *
find_titled (SfPage     *page,
             const char *section,
             const char *title)
{
  GListModel *statements = sf_section_get_statements (sf_framework_find_section (gui_framework_of (page), section));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      if (g_strcmp0 (sf_statement_get_title (statement), title) == 0)
        return statement;
    }
  g_error ("no statement “%s” in %s", title, section);
}

/* Tests */

/* Every cell says what the file holds: the counts are taken from the
 * seed's JSON with json-glib, not through the model. */
static void
test_cells_show_file (void)
{
  SfPage *page = open_seed ("cells.json");
  SfCoverageView *view = show_coverage (page);
  g_autofree char *path = sf_test_seed_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *sections;
  SfCoverageCell *cell;
  SfStatement *delegation, *synthesis;
  guint checked = 0;

  /* The AI-usage cells of the two uncited statements. */
  delegation = find_titled (page, "ai-usage", "Basic query delegation");
  synthesis = find_titled (page, "ai-usage", "Cross-domain evidence synthesis");
  g_assert_cmpuint (g_list_model_get_n_items (sf_statement_get_citations (delegation)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sf_statement_get_citations (synthesis)), ==, 0);
  g_assert_cmpstr (sf_statement_get_level (delegation), ==, "emerging");
  g_assert_cmpstr (sf_statement_get_level (synthesis), ==, "advanced");

  cell = cell_of (view, page, "ai-usage", "emerging");
  g_assert_cmpstr (sf_coverage_cell_get_name (cell), ==, "AI usage, Emerging");
  g_assert_cmpstr (sf_coverage_cell_get_description (cell), ==,
                   "2 statements, 1 cited (50 %), 0 linked to O*NET (0 %)");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==,
                   "AI usage, Emerging\n2 statements, 1 cited (50 %), 0 linked to O*NET (0 %)");
  cell = cell_of (view, page, "ai-usage", "advanced");
  g_assert_cmpstr (sf_coverage_cell_get_description (cell), ==,
                   "3 statements, 2 cited (67 %), 0 linked to O*NET (0 %)");
  cell = cell_of (view, page, "ai-usage", "proficient");
  g_assert_cmpstr (sf_coverage_cell_get_description (cell), ==,
                   "4 statements, 4 cited (100 %), 0 linked to O*NET (0 %)");
  cell = cell_of (view, page, "competencies", "developing");
  g_assert_cmpstr (sf_coverage_cell_get_description (cell), ==,
                   "10 statements, 0 cited (0 %), 0 linked to O*NET (0 %)");
  g_assert_null (sf_coverage_view_find_cell (view, sf_framework_find_section (gui_framework_of (page), "ai-usage"),
                                             NULL));

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  sections = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "sections");
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *object = json_array_get_object_element (sections, i);
      JsonArray *statements = json_object_get_array_member (object, "statements");
      SfSection *section = sf_framework_find_section (gui_framework_of (page), json_object_get_string_member (object, "id"));
      SfScale *scale = sf_framework_find_scale (gui_framework_of (page), sf_section_get_scale (section));

      for (guint j = 0; j < g_list_model_get_n_items (sf_scale_get_levels (scale)); j++)
        {
          g_autoptr(SfLevel) level = g_list_model_get_item (sf_scale_get_levels (scale), j);
          const SfCellCoverage *figures;
          guint n = 0, cited = 0, anchored = 0;

          for (guint k = 0; k < json_array_get_length (statements); k++)
            {
              JsonObject *statement = json_array_get_object_element (statements, k);

              if (g_strcmp0 (json_object_get_string_member (statement, "level"), sf_level_get_id (level)) != 0)
                continue;
              n++;
              cited += json_array_get_length (json_object_get_array_member (statement, "citations")) > 0;
              anchored += json_array_get_length (json_object_get_array_member (statement, "anchors")) > 0;
            }
          cell = sf_coverage_view_find_cell (view, section, sf_level_get_id (level));
          g_assert_nonnull (cell);
          figures = sf_coverage_cell_get_figures (cell);
          g_assert_cmpuint (figures->n_statements, ==, n);
          g_assert_cmpuint (figures->n_cited, ==, cited);
          g_assert_cmpuint (figures->n_anchored, ==, anchored);
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 48);

  /* The eight tasks, none covered. */
  {
    GtkListBox *tasks = sf_coverage_view_get_task_list (view);
    guint n = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (tasks)); row; row = gtk_widget_get_next_sibling (row))
      {
        g_assert_true (ADW_IS_ACTION_ROW (row));
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                         "Not covered: no competency statement links this task");
        n++;
      }
    g_assert_cmpuint (n, ==, 8);
  }
  gui_close_all ();
}

/* Enter, Space or a click on a cell opens its section at its level. */
static void
test_activate_opens_level (void)
{
  SfPage *page = open_seed ("open.json");
  SfCoverageView *view = show_coverage (page);
  SfCoverageCell *cell = cell_of (view, page, "ai-usage", "advanced");
  SfSectionView *section_view;
  gboolean found = FALSE;

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (cell)));
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  /* What Enter and Space do to a button: it shows pressed a moment, then
   * is clicked. */
  gtk_widget_activate (GTK_WIDGET (cell));
  WAIT_UNTIL (SF_IS_SECTION_VIEW (sf_page_get_view (page)));
  section_view = SF_SECTION_VIEW (sf_page_get_view (page));
  g_assert_true (sf_section_view_get_section (section_view) ==
                 sf_framework_find_section (gui_framework_of (page), "ai-usage"));
  g_assert_cmpstr (sf_section_view_get_level (section_view), ==, "advanced");
  for (guint i = 0; i < g_list_model_get_n_items (sf_section_view_get_shown (section_view)); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (sf_section_view_get_shown (section_view), i);

      found |= g_strcmp0 (sf_statement_get_title (statement), "Cross-domain evidence synthesis") == 0;
    }
  g_assert_true (found);

  /* Another scale's level. */
  view = show_coverage (page);
  g_signal_emit_by_name (cell_of (view, page, "durable-leadership", "applying"), "clicked");
  section_view = SF_SECTION_VIEW (sf_page_get_view (page));
  g_assert_true (sf_section_view_get_section (section_view) ==
                 sf_framework_find_section (gui_framework_of (page), "durable-leadership"));
  g_assert_cmpstr (sf_section_view_get_level (section_view), ==, "applying");
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_view_get_shown (section_view)), ==, 3);
  gui_close_all ();
}

/* Tab goes through every cell, in reading order, then on to the tasks. */
static void
test_keyboard_reaches_cells (void)
{
  SfPage *page = open_seed ("keys.json");
  SfCoverageView *view = show_coverage (page);
  SfCoverageCell *first = cell_of (view, page, "competencies", "emerging");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GtkWidget *focus;
  guint steps = 0;

  gtk_widget_grab_focus (GTK_WIDGET (first));
  while ((focus = gtk_root_get_focus (GTK_ROOT (gui_window))) != NULL && SF_IS_COVERAGE_CELL (focus) && steps++ < 200)
    {
      g_assert_false (g_hash_table_contains (seen, focus));
      g_assert_nonnull (sf_coverage_cell_get_description (SF_COVERAGE_CELL (focus)));
      g_hash_table_add (seen, focus);
      gtk_widget_child_focus (GTK_WIDGET (gui_window), GTK_DIR_TAB_FORWARD);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 48);
  /* After the map, the export button or the tasks: still in the view. */
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (view)));

  /* Down from a cell goes to the cell below. */
  gtk_widget_grab_focus (GTK_WIDGET (cell_of (view, page, "competencies", "developing")));
  gtk_widget_child_focus (GTK_WIDGET (gui_window), GTK_DIR_DOWN);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (gui_window)) == GTK_WIDGET (cell_of (view, page, "ai-usage", "developing")));
  gui_close_all ();
}

static const char *
task_subtitle (SfCoverageView *view,
               const char     *id,
               guint          *position)
{
  guint i = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (sf_coverage_view_get_task_list (view))); row;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      SfAnchor *anchor = g_object_get_data (G_OBJECT (row), "anchor");

      if (g_strcmp0 (sf_anchor_get_id (anchor), id) != 0)
        continue;
      *position = i;
      return ADW_IS_EXPANDER_ROW (row) ? adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row))
                                       : adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    }
  g_error ("no row for task %s", id);
}

/* Edits through the document show in the next frame; a hidden map
 * catches up when it is shown. */
static void
test_follows_edits (void)
{
  SfPage *page = open_seed ("edits.json");
  SfDocument *document = sf_page_get_document (page);
  SfCoverageView *view = show_coverage (page);
  SfCoverageCell *cell = cell_of (view, page, "ai-usage", "emerging");
  SfStatement *delegation = find_titled (page, "ai-usage", "Basic query delegation");
  SfStatement *preparation = find_titled (page, "competencies", "Biological sample preparation");
  guint position;

  sf_edits_add_citation (document, delegation, "aei", "Table 3");
  WAIT_UNTIL (g_strcmp0 (sf_coverage_cell_get_description (cell),
                         "2 statements, 2 cited (100 %), 0 linked to O*NET (0 %)") == 0);
  /* The same cell widget, with new figures. */
  g_assert_true (cell_of (view, page, "ai-usage", "emerging") == cell);

  sf_edits_link_anchor (document, preparation, "task-03");
  cell = cell_of (view, page, "competencies", "emerging");
  WAIT_UNTIL (g_strcmp0 (sf_coverage_cell_get_description (cell),
                         "10 statements, 0 cited (0 %), 1 linked to O*NET (10 %)") == 0);
  g_assert_cmpstr (task_subtitle (view, "task-03", &position), ==, "Linked by 1 statement: Biological sample preparation");
  g_assert_cmpuint (position, ==, 7);
  g_assert_cmpstr (task_subtitle (view, "task-01", &position), ==,
                   "Not covered: no competency statement links this task");
  g_assert_cmpuint (position, ==, 0);

  /* Undone while another part is shown: the map is right when it is back. */
  g_assert_true (sf_page_select_view (page, "overview"));
  g_assert_true (sf_document_undo (document));
  g_assert_true (sf_document_undo (document));
  view = show_coverage (page);
  g_assert_cmpstr (sf_coverage_cell_get_description (cell_of (view, page, "ai-usage", "emerging")), ==,
                   "2 statements, 1 cited (50 %), 0 linked to O*NET (0 %)");
  g_assert_cmpstr (task_subtitle (view, "task-03", &position), ==,
                   "Not covered: no competency statement links this task");

  /* A statement moved off the scale makes an "Other" cell. */
  sf_edits_move_statement_to_level (document, preparation, "applying");
  WAIT_UNTIL (sf_coverage_view_find_cell (view, sf_framework_find_section (gui_framework_of (page), "competencies"),
                                          NULL) != NULL);
  cell = sf_coverage_view_find_cell (view, sf_framework_find_section (gui_framework_of (page), "competencies"), NULL);
  g_assert_cmpstr (sf_coverage_cell_get_name (cell), ==, "Competencies, Other");
  gtk_widget_activate (GTK_WIDGET (cell));
  WAIT_UNTIL (SF_IS_SECTION_VIEW (sf_page_get_view (page)));
  g_assert_null (sf_section_view_get_level (SF_SECTION_VIEW (sf_page_get_view (page))));
  gui_close_all ();
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_coverage_view_export_finish (SF_COVERAGE_VIEW (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
export (SfCoverageView        *view,
        const char            *path,
        SfCoverageImageFormat  format)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean done = FALSE;

  sf_coverage_view_export_async (view, file, format, NULL, exported_cb, &done);
  WAIT_UNTIL (done);
}

static void
svg_start_cb (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  char **root = user_data;

  if (*root == NULL)
    *root = g_strdup (element);
}

static void
test_export (void)
{
  SfPage *page = open_seed ("export.json");
  SfCoverageView *view = show_coverage (page);
  g_autofree char *png = g_build_filename (gui_tmpdir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (gui_tmpdir, "map.svg", NULL);
  g_autofree char *bad = g_build_filename (gui_tmpdir, "no-such-folder", "map.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *root = NULL;
  gsize length;

  /* PNG: the signature, then IHDR with the size, at twice the map's. */
  export (view, png, SF_COVERAGE_IMAGE_PNG);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  {
    const guchar *ihdr = (const guchar *) contents + 16;
    guint32 width = (guint32) ihdr[0] << 24 | ihdr[1] << 16 | ihdr[2] << 8 | ihdr[3];
    guint32 height = (guint32) ihdr[4] << 24 | ihdr[5] << 16 | ihdr[6] << 8 | ihdr[7];

    /* The labels and four cells of 104 points, and twelve rows of 66. */
    g_assert_cmpuint (width, >=, 2 * (200 + 4 * 104));
    g_assert_cmpuint (height, >=, 2 * 12 * 66);
    texture = gdk_texture_new_from_filename (png, &error);
    g_assert_no_error (error);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
    g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
  }
  g_clear_pointer (&contents, g_free);

  /* SVG: well-formed XML whose root is <svg>. */
  export (view, svg, SF_COVERAGE_IMAGE_SVG);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  {
    GMarkupParser parser = { svg_start_cb, NULL, NULL, NULL, NULL };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &root, NULL);

    g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
    g_assert_true (g_markup_parse_context_end_parse (context, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (root, ==, "svg");
  }

  /* A file that cannot be written: the window says why. */
  g_assert_null (sf_window_get_error (gui_window));
  {
    g_autoptr(GFile) file = g_file_new_for_path (bad);

    sf_coverage_view_export_to (view, file, SF_COVERAGE_IMAGE_PNG);
  }
  WAIT_UNTIL (sf_window_get_error (gui_window) != NULL);
  g_assert_true (g_str_has_prefix (sf_window_get_error (gui_window), "Could not export the coverage map to “map.png”"));
  gui_close_all ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/coverage-map/cells-show-file", test_cells_show_file);
  g_test_add_func ("/skillframe/coverage-map/activate-opens-level", test_activate_opens_level);
  g_test_add_func ("/skillframe/coverage-map/keyboard-reaches-cells", test_keyboard_reaches_cells);
  g_test_add_func ("/skillframe/coverage-map/follows-edits", test_follows_edits);
  g_test_add_func ("/skillframe/coverage-map/export", test_export);

  return gui_test_run ();
}
