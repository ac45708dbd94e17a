/* test-csv.c: the spreadsheet round trip
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sf-csv.h"
#include "sf-semantic-diff.h"
#include "sf-test-util.h"

static SfStatement *
find_statement (SfFramework *framework,
                const char  *id,
                guint       *section_index,
                guint       *position)
{
  GListModel *sections = sf_framework_get_sections (framework);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      SfStatement *found = sf_list_find_by_id (sf_section_get_statements (section), id, position);

      if (found != NULL)
        {
          if (section_index != NULL)
            *section_index = i;
          return found;
        }
    }
  return NULL;
}

static char *
export_string (SfFramework *framework,
               SfCsvFlags   flags)
{
  g_autoptr(GBytes) bytes = sf_csv_export (framework, flags);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static SfFramework *
import_ok (SfFramework *framework,
           const char  *csv,
           SfCsvFlags   flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sf_test_write_string (framework);
  g_autofree char *after = NULL;
  SfFramework *result = sf_csv_import (framework, csv, strlen (csv), "sheet.csv", flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  after = sf_test_write_string (framework);
  g_assert_cmpstr (before, ==, after);
  return result;
}

static void
test_identity (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *csv = export_string (seed, SF_CSV_NONE);
  g_autofree char *with_bom = export_string (seed, SF_CSV_BOM);
  g_autoptr(SfFramework) result = import_ok (seed, csv, SF_CSV_NONE);
  g_autoptr(SfFramework) result_bom = import_ok (seed, with_bom, SF_CSV_DELETE_MISSING);
  g_autoptr(GPtrArray) changes = sf_semantic_diff (seed, result);

  g_assert_true (g_str_has_prefix (csv, "id,section,level,title,text,citations,anchor_links\r\n"));
  g_assert_true (g_str_has_prefix (with_bom, "\xEF\xBB\xBF" "id,"));
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_true (sf_node_equal (SF_NODE (result), SF_NODE (seed)));
  g_assert_true (sf_node_equal (SF_NODE (result_bom), SF_NODE (seed)));
}

/* Statements without an id (validation reports them) read back as they were. */
static void
test_identity_without_ids (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (seed);
  g_autofree char *csv = NULL;
  g_autoptr(SfFramework) result = NULL;

  _sf_node_set_string (g_ptr_array_index (statements, 3), "id", "");
  _sf_node_set_string (g_ptr_array_index (statements, 5), "id", "");
  csv = export_string (seed, SF_CSV_NONE);
  result = import_ok (seed, csv, SF_CSV_DELETE_MISSING);
  g_assert_true (sf_node_equal (SF_NODE (result), SF_NODE (seed)));
}

static void
test_edited_text (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *csv = export_string (seed, SF_CSV_NONE);
  g_autofree char *old_text = g_strdup (sf_statement_get_text (find_statement (seed, "comp-emerging-01", NULL, NULL)));
  g_autofree char *edited = sf_test_replace_once (csv, old_text, "\"Perform, with \"\"care\"\",\r\nthe basic steps.\"");
  g_autoptr(SfFramework) result = import_ok (seed, edited, SF_CSV_NONE);
  g_autoptr(GPtrArray) changes = sf_semantic_diff (seed, result);
  SfSemanticChange *change;

  g_assert_cmpstr (sf_statement_get_text (find_statement (result, "comp-emerging-01", NULL, NULL)), ==,
                   "Perform, with \"care\",\r\nthe basic steps.");
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, SF_SEMANTIC_STATEMENT_REWORDED);
  g_assert_cmpstr (change->statement, ==, "comp-emerging-01");
}

static void
test_new_row (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *csv = export_string (seed, SF_CSV_NONE);
  g_autofree char *edited = g_strconcat (csv, "comp-new-1,competencies,advanced,Lab safety audits,"
                                         "\"leads audits of laboratory safety, quarterly\","
                                         "\"aei: p. 4\nonet\",\"task-01\ntask-02\"\r\n", NULL);
  g_autoptr(SfFramework) result = import_ok (seed, edited, SF_CSV_NONE);
  g_autoptr(GPtrArray) changes = sf_semantic_diff (seed, result);
  g_autofree char *summary = sf_semantic_diff_summary (changes);
  SfStatement *added;
  GPtrArray *citations;
  guint section, position;
  g_autoptr(SfSection) competencies = NULL;
  static const char * const anchors[] = { "task-01", "task-02", NULL };

  added = find_statement (result, "comp-new-1", &section, &position);
  g_assert_nonnull (added);
  competencies = g_list_model_get_item (sf_framework_get_sections (result), section);
  g_assert_cmpstr (sf_section_get_id (competencies), ==, "competencies");
  /* The last row of its section: the last statement of it. */
  g_assert_cmpuint (position + 1, ==, g_list_model_get_n_items (sf_section_get_statements (competencies)));
  g_assert_cmpstr (sf_statement_get_level (added), ==, "advanced");
  g_assert_cmpstr (sf_statement_get_text (added), ==, "leads audits of laboratory safety, quarterly");
  citations = _sf_node_list_get_items (sf_statement_get_citations (added));
  g_assert_cmpuint (citations->len, ==, 2);
  g_assert_cmpstr (sf_citation_get_source (g_ptr_array_index (citations, 0)), ==, "aei");
  g_assert_cmpstr (sf_citation_get_locator (g_ptr_array_index (citations, 0)), ==, "p. 4");
  g_assert_cmpstr (sf_citation_get_source (g_ptr_array_index (citations, 1)), ==, "onet");
  g_assert_null (sf_citation_get_locator (g_ptr_array_index (citations, 1)));
  g_assert_cmpstrv (sf_statement_get_anchors (added), anchors);
  g_assert_cmpstr (summary, ==, "1 statement added");
}

static void
test_deleted_row (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *csv = export_string (seed, SF_CSV_NONE);
  const char *line = strstr (csv, "\r\ncomp-emerging-04,") + 2;
  const char *end = strstr (line, "\r\n") + 2;
  g_autofree char *head = g_strndup (csv, line - csv);
  g_autofree char *edited = g_strconcat (head, end, NULL);
  g_autoptr(SfFramework) kept = import_ok (seed, edited, SF_CSV_NONE);
  g_autoptr(SfFramework) deleted = import_ok (seed, edited, SF_CSV_DELETE_MISSING);
  g_autoptr(GPtrArray) changes = sf_semantic_diff (seed, deleted);
  guint position;

  /* Without --delete the statement stays, where it was. */
  g_assert_true (sf_node_equal (SF_NODE (kept), SF_NODE (seed)));
  g_assert_nonnull (find_statement (kept, "comp-emerging-04", NULL, &position));
  g_assert_cmpuint (position, ==, 3);

  g_assert_null (find_statement (deleted, "comp-emerging-04", NULL, NULL));
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((SfSemanticChange *) g_ptr_array_index (changes, 0))->kind, ==,
                   SF_SEMANTIC_STATEMENT_REMOVED);
}

static void
test_neutralise (void)
{
  static const char * const texts[] = { "=1+2", "+33 1 23", "-20 °C storage", "@SUM(A1)",
                                        "'=already quoted", "''+two", "'plain", "a=b" };
  static const char * const cells[] = { "'=1+2", "'+33 1 23", "'-20 °C storage", "'@SUM(A1)",
                                        "''=already quoted", "'''+two", "'plain", "a=b" };
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *csv = NULL;
  g_autoptr(SfFramework) result = NULL;
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (seed);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    _sf_node_set_string (g_ptr_array_index (statements, i), i % 2 ? "text" : "title", texts[i]);
  _sf_node_set_string (g_ptr_array_index (statements, 10), "id", "-odd-id");

  csv = export_string (seed, SF_CSV_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_autofree char *cell = g_strdup_printf (",%s,", cells[i]);

      g_assert_nonnull (strstr (csv, cell));
    }
  g_assert_nonnull (strstr (csv, "\r\n'-odd-id,"));

  result = import_ok (seed, csv, SF_CSV_NONE);
  g_assert_true (sf_node_equal (SF_NODE (result), SF_NODE (seed)));
}

static void
check_refused (const char *csv,
               int         code,
               const char *message)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) result = sf_csv_import (seed, csv, strlen (csv), "sheet.csv",
                                                 SF_CSV_DELETE_MISSING, &error);

  g_assert_null (result);
  g_assert_error (error, SF_CSV_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” not in “%s”", message, error->message);
}

#define HEADER "id,section,level,title,text,citations,anchor_links\r\n"

static void
test_bad_rows (void)
{
  check_refused (HEADER "x,nowhere,emerging,T,t,,\r\n", SF_CSV_ERROR_INVALID,
                 "sheet.csv:2: unknown section “nowhere”");
  check_refused (HEADER "x,competencies,emerging,T,t,,\r\ny,competencies,expert,T,t,,\r\n",
                 SF_CSV_ERROR_INVALID, "sheet.csv:3: unknown level “expert” in section “competencies”");
  check_refused (HEADER "x,competencies,emerging,T,t,,\r\n\"y\",competencies,emerging,\"T\nT\",t,,\r\n"
                 "x,competencies,emerging,T,t,,\r\n",
                 SF_CSV_ERROR_INVALID, "sheet.csv:5: the id “x” is used twice (first on line 2)");
  check_refused (HEADER "x,competencies,emerging,T,t,\"aei\nnobody: p. 1\",\r\n", SF_CSV_ERROR_INVALID,
                 "sheet.csv:2: a citation of the unknown source “nobody”");
  check_refused (HEADER "x,competencies,emerging,T,t\r\n", SF_CSV_ERROR_INVALID,
                 "sheet.csv:2: 5 cells where the header has 7");
  check_refused (HEADER "x,competencies,emerging,T,\"t,,\r\ny,competencies,emerging,T,t,,\r\n",
                 SF_CSV_ERROR_SYNTAX, "sheet.csv:2: a quoted cell is not closed");
  check_refused (HEADER "x,competencies,emerging,T,\"t\"x,,\r\n", SF_CSV_ERROR_SYNTAX,
                 "sheet.csv:2: text after the closing quote of a cell");
  check_refused (HEADER "\r\nx,competencies,emerging,T,t\"x,,\r\n", SF_CSV_ERROR_SYNTAX,
                 "sheet.csv:3: a quote inside a cell that does not begin with one");
  check_refused ("id,section,level,title,text,citations\r\n", SF_CSV_ERROR_HEADER,
                 "sheet.csv:1: the column “anchor_links” is missing");
  check_refused ("id,section,level,title,text,citations,anchor_links,colour\r\n", SF_CSV_ERROR_HEADER,
                 "sheet.csv:1: unknown column “colour”");
  check_refused ("", SF_CSV_ERROR_HEADER, "no header row");
  check_refused (HEADER "x,competencies,emerging,T,\xff,,\r\n", SF_CSV_ERROR_SYNTAX,
                 "sheet.csv:2: not UTF-8");
}

/* The import enters a document as one undoable step. */
static void
test_one_step (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(SfFramework) original = sf_framework_copy (seed);
  g_autoptr(SfDocument) document = sf_document_new (seed);
  g_autofree char *csv = export_string (seed, SF_CSV_NONE);
  g_autofree char *edited = g_strconcat (csv, "n1,competencies,advanced,A,a,,\r\n"
                                         "n2,ai-usage,emerging,B,b,aei,\r\n", NULL);
  g_autoptr(SfFramework) result = import_ok (seed, edited, SF_CSV_NONE);

  g_assert_true (sf_document_replace (document, result, "Import CSV"));
  g_assert_true (sf_node_equal (SF_NODE (seed), SF_NODE (result)));
  g_assert_true (sf_document_undo (document));
  g_assert_false (sf_document_can_undo (document));
  g_assert_true (sf_node_equal (SF_NODE (seed), SF_NODE (original)));
}

static void
test_tool (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *framework = g_build_filename (dir, "fw.json", NULL);
  g_autofree char *sheet = g_build_filename (dir, "fw.csv", NULL);
  g_autofree char *seed_path = sf_test_seed_path ();
  g_autofree char *seed_text = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *edited = NULL;

  g_assert_true (g_file_get_contents (seed_path, &seed_text, NULL, NULL));
  g_assert_true (g_file_set_contents (framework, seed_text, -1, NULL));

  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, NULL, NULL, "export", "--format=csv",
                                     "--bom", framework, "-o", sheet, NULL), ==, 0);
  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, &out, NULL, "import-csv", sheet,
                                     "--into", framework, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "no changes\n");
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_get_contents (framework, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, seed_text);
  g_clear_pointer (&after, g_free);

  /* A bad row: nothing applied, the line named, 65. */
  g_assert_true (g_file_get_contents (sheet, &csv, NULL, NULL));
  edited = g_strconcat (csv, "x,nowhere,emerging,T,t,,\r\n", NULL);
  g_assert_true (g_file_set_contents (sheet, edited, -1, NULL));
  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, NULL, &err, "import-csv", sheet,
                                     "--into", framework, NULL), ==, 65);
  {
    g_autofree char *where = NULL;
    guint line = 1;

    for (const char *p = csv; (p = strchr (p, '\n')) != NULL; p++)
      line++;
    where = g_strdup_printf ("fw.csv:%u: unknown section “nowhere”", line);
    if (strstr (err, where) == NULL)
      g_error ("“%s” not in “%s”", where, err);
  }
  g_assert_true (g_file_get_contents (framework, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, seed_text);
  g_clear_pointer (&after, g_free);
  g_clear_pointer (&edited, g_free);

  /* A new row and a changed one: the summary counts them. */
  edited = g_strconcat (csv, "x,competencies,emerging,T,t,,\r\n", NULL);
  {
    g_autofree char *reworded = sf_test_replace_once (edited, "laboratory setting.", "laboratory setting always.");

    g_assert_true (g_file_set_contents (sheet, reworded, -1, NULL));
  }
  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, &out, NULL, "import-csv", sheet,
                                     "--into", framework, NULL), ==, 0);
  g_assert_true (g_str_has_suffix (out, "\n1 statement added, 1 statement reworded\n"));
  g_assert_true (g_file_get_contents (framework, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "laboratory setting always."));

  g_clear_pointer (&out, g_free);

  /* A row taken out: kept without --delete, deleted with it. */
  {
    const char *row = strstr (csv, "\r\ncomp-emerging-04,") + 2;
    const char *row_end = strstr (row, "\r\n") + 2;
    g_autofree char *head = g_strndup (csv, row - csv);
    g_autofree char *without = g_strconcat (head, row_end, NULL);

    g_assert_true (g_file_set_contents (sheet, without, -1, NULL));
    g_assert_true (g_file_set_contents (framework, seed_text, -1, NULL));
    g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, &out, NULL, "import-csv", sheet,
                                       "--into", framework, NULL), ==, 0);
    g_assert_cmpstr (out, ==, "no changes\n");
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, &out, NULL, "import-csv", sheet,
                                       "--into", framework, "--delete", NULL), ==, 0);
    g_assert_true (g_str_has_prefix (out, "removed comp-emerging-04 (competencies/emerging)"));
    g_assert_true (g_str_has_suffix (out, "\n1 statement removed\n"));
    g_clear_pointer (&after, g_free);
    g_assert_true (g_file_get_contents (framework, &after, NULL, NULL));
    g_assert_null (strstr (after, "\"comp-emerging-04\""));
  }

  g_assert_cmpint (sf_test_run_tool (SF_TEST_RUN_PLAIN, NULL, NULL, "export", "--format=xls",
                                     framework, NULL), ==, 64);
  sf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/csv/identity", test_identity);
  g_test_add_func ("/skillframe/csv/identity-without-ids", test_identity_without_ids);
  g_test_add_func ("/skillframe/csv/edited-text", test_edited_text);
  g_test_add_func ("/skillframe/csv/new-row", test_new_row);
  g_test_add_func ("/skillframe/csv/deleted-row", test_deleted_row);
  g_test_add_func ("/skillframe/csv/neutralise", test_neutralise);
  g_test_add_func ("/skillframe/csv/bad-rows", test_bad_rows);
  g_test_add_func ("/skillframe/csv/one-step", test_one_step);
  g_test_add_func ("/skillframe/csv/tool", test_tool);

  return g_test_run ();
}
