/* test-search-bar.c: find and replace in the editor's window, under Xvfb
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens a copy of the seed in the real window and uses the
 * search bar as an author does: the window's actions (Ctrl+F, Ctrl+H,
 * Ctrl+G), the entries, toggles and buttons of the bar. Counts are checked
 * against counts made from the file itself with json-glib.
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "gui-test.h"
#include "sf-format.h"
#include "sf-page.h"
#include "sf-search-bar.h"
#include "sf-section-view.h"
#include "sf-statement-row.h"
#include "sf-test-util.h"
#include "sf-window.h"

static GtkWidget *
control (SfSearchBar *bar,
         const char  *name)
{
  GtkWidget *widget = sf_search_bar_get_control (bar, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_query (SfSearchBar *bar,
            const char  *query)
{
  gtk_editable_set_text (GTK_EDITABLE (control (bar, "query")), query);
}

static const char *
count_text (SfSearchBar *bar)
{
  return gtk_label_get_label (GTK_LABEL (control (bar, "count")));
}

/* Counting in the file */

typedef struct
{
  gboolean case_sensitive;
  gboolean whole_word;
  gboolean titles_and_texts_only;
} Count;

static gboolean
word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Non-overlapping occurrences of an ASCII @query. */
static guint
count_in (const char  *text,
          const char  *query,
          const Count *how)
{
  g_autofree char *haystack = NULL;
  g_autofree char *needle = NULL;
  gsize n = strlen (query);
  guint count = 0;

  if (text == NULL)
    return 0;
  haystack = how->case_sensitive ? g_strdup (text) : g_ascii_strdown (text, -1);
  needle = how->case_sensitive ? g_strdup (query) : g_ascii_strdown (query, -1);
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p, needle))
    {
      if (how->whole_word && ((p > haystack && word_char (p[-1])) || word_char (p[n])))
        {
          p++;
          continue;
        }
      count++;
      p += n;
    }
  return count;
}

static const char *
member (JsonObject *object,
        const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_string_member (object, name) : NULL;
}

static const char *
title_by_id (JsonArray  *array,
             const char *id,
             const char *name)
{
  for (guint i = 0; id != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (member (object, "id"), id) == 0)
        return member (object, name);
    }
  return NULL;
}

/* What the search should find in the seed: titles, texts, cited sources'
 * titles, locators and linked anchors' names. */
static guint
count_in_seed (const char  *query,
               const Count *how)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *seed = sf_test_seed_path ();
  JsonObject *root;
  JsonArray *sections, *sources, *anchors;
  guint count = 0;

  g_assert_true (json_parser_load_from_file (parser, seed, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  sections = json_object_get_array_member (root, "sections");
  sources = json_object_get_array_member (root, "sources");
  anchors = json_object_get_array_member (json_object_get_object_member (root, "onet"), "anchors");
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonArray *statements = json_object_get_array_member (json_array_get_object_element (sections, i),
                                                            "statements");

      for (guint j = 0; j < json_array_get_length (statements); j++)
        {
          JsonObject *statement = json_array_get_object_element (statements, j);
          JsonArray *citations = json_object_get_array_member (statement, "citations");
          JsonArray *links = json_object_get_array_member (statement, "anchors");

          count += count_in (member (statement, "title"), query, how);
          count += count_in (member (statement, "text"), query, how);
          if (how->titles_and_texts_only)
            continue;
          for (guint k = 0; citations != NULL && k < json_array_get_length (citations); k++)
            {
              JsonObject *citation = json_array_get_object_element (citations, k);

              count += count_in (title_by_id (sources, member (citation, "source"), "title"), query, how);
              count += count_in (member (citation, "locator"), query, how);
            }
          for (guint k = 0; links != NULL && k < json_array_get_length (links); k++)
            count += count_in (title_by_id (anchors, json_array_get_string_element (links, k), "name"), query, how);
        }
    }
  return count;
}

/* The match shown */

static SfSectionView *
view_of (SfPage *page)
{
  GtkWidget *view = sf_page_get_view (page);

  return SF_IS_SECTION_VIEW (view) ? SF_SECTION_VIEW (view) : NULL;
}

/* The current match's section is shown at its level, its row is bound,
 * and the match is selected in its field. */
static gboolean
match_shown (SfPage      *page,
             SfSearchBar *bar)
{
  const SfSearchMatch *match = sf_search_bar_get_match (bar, sf_search_bar_get_current (bar));
  SfSectionView *view = view_of (page);
  SfStatementRow *row;
  const char *text;
  int start, end;

  if (match == NULL || view == NULL ||
      sf_section_view_get_section (view) != SF_SECTION (sf_node_get_parent (SF_NODE (match->statement))) ||
      g_strcmp0 (sf_section_view_get_level (view), sf_statement_get_level (match->statement)) != 0 ||
      (row = sf_section_view_find_row (view, match->statement)) == NULL)
    return FALSE;

  text = sf_search_match_get_string (match);
  start = g_utf8_pointer_to_offset (text, text + match->start);
  end = g_utf8_pointer_to_offset (text, text + match->end);
  if (match->member == SF_SEARCH_MEMBER_TITLE)
    {
      int from, to;

      return gtk_editable_get_selection_bounds (sf_statement_row_get_title_field (row), &from, &to) &&
             from == start && to == end;
    }
  if (match->member == SF_SEARCH_MEMBER_TEXT)
    {
      GtkTextIter from, to;

      return gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (sf_statement_row_get_text_view (row)),
                                                   &from, &to) &&
             gtk_text_iter_get_offset (&from) == start && gtk_text_iter_get_offset (&to) == end;
    }
  return TRUE;
}

static GtkWidget *
field_of (SfPage              *page,
          const SfSearchMatch *match)
{
  SfStatementRow *row = sf_section_view_find_row (view_of (page), match->statement);

  g_assert_nonnull (row);
  if (match->member == SF_SEARCH_MEMBER_TITLE)
    return GTK_WIDGET (sf_statement_row_get_title_field (row));
  g_assert_cmpint (match->member, ==, SF_SEARCH_MEMBER_TEXT);
  return GTK_WIDGET (sf_statement_row_get_text_view (row));
}

/* Tests */

static void
test_count_and_step (void)
{
  g_autofree char *path = gui_copy_seed ("step.json");
  SfPage *page = gui_open_path (path);
  SfSearchBar *bar = sf_page_get_search_bar (page);
  Count how = { FALSE, FALSE, FALSE };
  guint expected = count_in_seed ("specimen", &how);
  g_autofree char *words = g_strdup_printf ("%u matches", expected);
  guint n;
  int last_member_seen = -1;
  gboolean saw_other = FALSE;

  g_assert_false (sf_search_bar_get_active (bar));
  gui_activate ("find");
  g_assert_true (sf_search_bar_get_active (bar));
  WAIT_UNTIL (gui_focus_within (control (bar, "query")));

  type_query (bar, "specimen");
  n = sf_search_bar_get_n_matches (bar);
  g_assert_cmpuint (n, ==, expected);
  g_assert_cmpuint (n, >, 20);
  g_assert_cmpstr (count_text (bar), ==, words);
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, -1);

  /* Enter steps, and the focus stays in the query, so that Enter steps on. */
  g_signal_emit_by_name (control (bar, "query"), "activate");
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, 0);
  {
    g_autofree char *first = g_strdup_printf ("1 of %u", n);

    g_assert_cmpstr (count_text (bar), ==, first);
  }
  WAIT_UNTIL (match_shown (page, bar));
  g_assert_true (gui_focus_within (control (bar, "query")));

  /* Through every match in order, with Ctrl+G, and round to the first. */
  for (guint i = 1; i <= n; i++)
    {
      const SfSearchMatch *match;

      gui_activate ("find-next");
      g_assert_cmpint (sf_search_bar_get_current (bar), ==, i % n);
      WAIT_UNTIL (match_shown (page, bar));
      match = sf_search_bar_get_match (bar, i % n);
      saw_other |= match->member != SF_SEARCH_MEMBER_TITLE && match->member != SF_SEARCH_MEMBER_TEXT;
      last_member_seen = match->member;
    }
  g_assert_cmpint (last_member_seen, >=, 0);
  g_test_message ("stepped through %u matches%s", n, saw_other ? ", some in citations or anchors" : "");

  /* Shift+Enter and Shift+Ctrl+G step back, before the first to the last. */
  g_signal_emit_by_name (control (bar, "query"), "previous-match");
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, n - 1);
  WAIT_UNTIL (match_shown (page, bar));
  gui_activate ("find-previous");
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, n - 2);
  WAIT_UNTIL (match_shown (page, bar));

  /* No match: says so, and stepping does nothing. */
  type_query (bar, "no such words anywhere");
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, 0);
  g_assert_cmpstr (count_text (bar), ==, "No matches");
  gui_activate ("find-next");
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, -1);
  g_assert_false (gtk_widget_get_sensitive (control (bar, "next")));

  /* Escape closes the bar; the query stays for the next search. */
  g_signal_emit_by_name (control (bar, "query"), "stop-search");
  g_assert_false (sf_search_bar_get_active (bar));
  gui_activate ("find");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (control (bar, "query"))), ==, "no such words anywhere");
  gui_close_all ();
}

static void
test_options (void)
{
  g_autofree char *path = gui_copy_seed ("options.json");
  SfPage *page = gui_open_path (path);
  SfSearchBar *bar = sf_page_get_search_bar (page);
  GtkToggleButton *case_button, *word_button, *problems_button;
  Count plain = { FALSE, FALSE, FALSE };
  Count with_case = { TRUE, FALSE, FALSE };
  Count whole = { FALSE, TRUE, FALSE };
  Count both = { TRUE, TRUE, FALSE };
  guint all;

  gui_activate ("find");
  case_button = GTK_TOGGLE_BUTTON (control (bar, "case"));
  word_button = GTK_TOGGLE_BUTTON (control (bar, "whole-word"));
  problems_button = GTK_TOGGLE_BUTTON (control (bar, "problems"));

  type_query (bar, "Result");
  all = sf_search_bar_get_n_matches (bar);
  g_assert_cmpuint (all, ==, count_in_seed ("Result", &plain));
  gtk_toggle_button_set_active (case_button, TRUE);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, count_in_seed ("Result", &with_case));
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), <, all);
  gtk_toggle_button_set_active (word_button, TRUE);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, count_in_seed ("Result", &both));
  gtk_toggle_button_set_active (case_button, FALSE);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, count_in_seed ("Result", &whole));
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), <, all);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), >, count_in_seed ("Result", &both));
  gtk_toggle_button_set_active (word_button, FALSE);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, all);

  /* Only statements with problems: fewer, and each one's statement has. */
  type_query (bar, "laboratory");
  all = sf_search_bar_get_n_matches (bar);
  gtk_toggle_button_set_active (problems_button, TRUE);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), >, 0);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), <, all);
  for (guint i = 0; i < sf_search_bar_get_n_matches (bar); i++)
    {
      g_autoptr(GPtrArray) problems = sf_validator_dup_problems_for (
        sf_page_get_validator (page), SF_NODE (sf_search_bar_get_match (bar, i)->statement), TRUE);

      g_assert_cmpuint (problems->len, >, 0);
    }
  gtk_toggle_button_set_active (problems_button, FALSE);
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, all);
  gui_close_all ();
}

static char *
framework_bytes (SfPage *page)
{
  g_autoptr(GBytes) bytes = sf_format_write (sf_document_get_framework (sf_page_get_document (page)));

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_replace_all_undo (void)
{
  g_autofree char *path = gui_copy_seed ("replace-all.json");
  g_autofree char *seed = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *said = NULL;
  SfPage *page = gui_open_path (path);
  SfSearchBar *bar = sf_page_get_search_bar (page);
  SfDocument *document = sf_page_get_document (page);
  Count texts = { FALSE, FALSE, TRUE };
  Count everywhere = { FALSE, FALSE, FALSE };
  guint replaceable = count_in_seed ("laboratory", &texts);
  guint all = count_in_seed ("laboratory", &everywhere);

  g_assert_true (g_file_get_contents (path, &seed, NULL, NULL));
  gui_activate ("replace");
  g_assert_true (gtk_widget_get_visible (control (bar, "replace-entry")));
  g_assert_true (gtk_widget_get_visible (control (bar, "replace-all")));
  type_query (bar, "laboratory");
  /* Ctrl+H with a query goes on to the replacement. */
  gui_activate ("replace");
  WAIT_UNTIL (gui_focus_within (control (bar, "replace-entry")));
  gtk_editable_set_text (GTK_EDITABLE (control (bar, "replace-entry")), "lab");

  g_signal_emit_by_name (control (bar, "replace-all"), "clicked");
  said = g_strdup_printf ("Replaced %u matches", replaceable);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (control (bar, "replaced"))), ==, said);
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Replace All");
  g_assert_true (sf_page_get_modified (page));
  /* What is left, if anything, is in source titles and anchor names. */
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, all - replaceable);
  g_assert_false (gtk_widget_get_sensitive (control (bar, "replace-all")));

  gui_activate ("undo");
  undone = framework_bytes (page);
  g_assert_cmpstr (undone, ==, seed);
  g_assert_false (sf_page_get_modified (page));
  /* The matches follow the document once its burst of changes is over. */
  WAIT_UNTIL (sf_search_bar_get_n_matches (bar) == all);
  gui_close_all ();
}

static void
test_replace_one (void)
{
  g_autofree char *path = gui_copy_seed ("replace-one.json");
  SfPage *page = gui_open_path (path);
  SfSearchBar *bar = sf_page_get_search_bar (page);
  SfDocument *document = sf_page_get_document (page);
  g_autoptr(SfStatement) statement = NULL;
  g_autofree char *before = NULL;
  g_autofree char *expected = NULL;
  const SfSearchMatch *match;
  guint n;

  gui_activate ("replace");
  type_query (bar, "specimen");
  gtk_editable_set_text (GTK_EDITABLE (control (bar, "replace-entry")), "sample");
  n = sf_search_bar_get_n_matches (bar);

  /* The first press goes to a match; the second replaces it and goes on. */
  g_signal_emit_by_name (control (bar, "replace"), "clicked");
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, 0);
  g_assert_false (sf_document_can_undo (document));
  match = sf_search_bar_get_match (bar, 0);
  g_assert_true (sf_search_match_is_replaceable (match));
  statement = g_object_ref (match->statement);
  before = g_strdup (sf_search_match_get_string (match));
  expected = g_strdup_printf ("%.*ssample%s", (int) match->start, before, before + match->end);
  WAIT_UNTIL (match_shown (page, bar));

  g_signal_emit_by_name (control (bar, "replace-entry"), "activate");
  g_assert_cmpstr (sf_document_get_undo_label (document), ==, "Replace");
  g_assert_cmpuint (sf_search_bar_get_n_matches (bar), ==, n - 1);
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, 0);
  g_assert_true (sf_search_bar_get_match (bar, 0)->statement != statement ||
                 sf_search_bar_get_match (bar, 0)->member != SF_SEARCH_MEMBER_TEXT);
  g_assert_cmpstr (sf_statement_get_text (statement), ==, expected);
  WAIT_UNTIL (match_shown (page, bar));

  gui_activate ("undo");
  g_assert_cmpstr (sf_statement_get_text (statement), ==, before);
  WAIT_UNTIL (sf_search_bar_get_n_matches (bar) == n);
  gui_close_all ();
}

/* Stepping from the editor gives the focus to the field of the match;
 * closing the bar too. */
static void
test_focus (void)
{
  g_autofree char *path = gui_copy_seed ("focus.json");
  SfPage *page = gui_open_path (path);
  SfSearchBar *bar = sf_page_get_search_bar (page);
  const SfSearchMatch *match;
  guint title = G_MAXUINT, text = G_MAXUINT;

  gui_activate ("find");
  type_query (bar, "specimen");
  for (guint i = 0; i < sf_search_bar_get_n_matches (bar); i++)
    {
      match = sf_search_bar_get_match (bar, i);
      if (match->member == SF_SEARCH_MEMBER_TITLE && title == G_MAXUINT)
        title = i;
      else if (match->member == SF_SEARCH_MEMBER_TEXT && text == G_MAXUINT && title != G_MAXUINT)
        text = i;
    }
  g_assert_cmpuint (title, <, text);
  g_assert_cmpuint (text, <, sf_search_bar_get_n_matches (bar));

  /* To the title match, then Escape: the focus goes to the title, with the
   * match selected. */
  for (guint i = 0; i <= title; i++)
    gui_activate ("find-next");
  WAIT_UNTIL (match_shown (page, bar));
  g_assert_true (gui_focus_within (control (bar, "query")));
  g_signal_emit_by_name (control (bar, "query"), "stop-search");
  g_assert_false (sf_search_bar_get_active (bar));
  match = sf_search_bar_get_match (bar, title);
  WAIT_UNTIL (gui_focus_within (field_of (page, match)) && match_shown (page, bar));

  /* The highlights go with the bar. */
  g_assert_null (sf_search_highlight_get_search (sf_search_bar_get_highlight (bar)));

  /* From the title field, Ctrl+G opens the bar again where it was. */
  gui_activate ("find-next");
  g_assert_true (sf_search_bar_get_active (bar));
  g_assert_cmpint (sf_search_bar_get_current (bar), ==, title + 1);

  /* With the focus in the editor, stepping moves it to the match's field:
   * back to the title, then on to the next text match. */
  WAIT_UNTIL (match_shown (page, bar));
  gtk_widget_grab_focus (field_of (page, sf_search_bar_get_match (bar, text)));
  g_assert_false (gui_focus_within (GTK_WIDGET (bar)));
  while ((guint) sf_search_bar_get_current (bar) != title)
    gui_activate ("find-previous");
  match = sf_search_bar_get_match (bar, title);
  WAIT_UNTIL (match_shown (page, bar) && gui_focus_within (field_of (page, match)));
  while ((guint) sf_search_bar_get_current (bar) != text)
    gui_activate ("find-next");
  match = sf_search_bar_get_match (bar, text);
  WAIT_UNTIL (match_shown (page, bar) && gui_focus_within (field_of (page, match)));

  /* The matches of the rows shown are highlighted: the text's with a tag. */
  {
    GtkTextView *view = GTK_TEXT_VIEW (field_of (page, match));
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "sf-search-current");
    const char *string = sf_search_match_get_string (match);
    GtkTextIter iter;

    g_assert_nonnull (tag);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, g_utf8_pointer_to_offset (string, string + match->start));
    g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
  }
  gui_close_all ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, NULL);
  g_test_add_func ("/skillframe/search-bar/count-and-step", test_count_and_step);
  g_test_add_func ("/skillframe/search-bar/options", test_options);
  g_test_add_func ("/skillframe/search-bar/replace-all-undo", test_replace_all_undo);
  g_test_add_func ("/skillframe/search-bar/replace-one", test_replace_one);
  g_test_add_func ("/skillframe/search-bar/focus", test_focus);

  return gui_test_run ();
}
