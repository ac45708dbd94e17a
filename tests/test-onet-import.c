/* test-onet-import.c: a new framework from the O*NET text database
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sf-onet-reference.h"
#include "sf-rule.h"
#include "sf-test-onet.h"
#include "sf-validator.h"

static SfFramework *
import_ok (const char *source,
           const char *code,
           double      threshold)
{
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_test_onet_import (source, code, threshold, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);
  return framework;
}

/* The anchors must be those of tests/onet/expected-*.tsv, in order:
 * kind, code, name, importance, flags. */
static void
assert_expected_anchors (SfFramework *framework,
                         const char  *release)
{
  g_autofree char *name = g_strdup_printf ("tests/onet/expected-29-2011.00-%s.tsv", release);
  g_autofree char *path = sf_test_source_path (name);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (framework));
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      g_autoptr(SfAnchor) anchor = NULL;
      g_autofree char *flags = NULL;
      g_autoptr(GEnumClass) kinds = g_type_class_ref (SF_TYPE_ANCHOR_KIND);

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 5);
      g_assert_cmpuint (n, <, g_list_model_get_n_items (anchors));
      anchor = g_list_model_get_item (anchors, n++);
      g_assert_cmpstr (g_enum_get_value (kinds, sf_anchor_get_kind (anchor))->value_nick, ==, f[0]);
      g_assert_cmpstr (sf_anchor_get_code (anchor) ?: "", ==, f[1]);
      g_assert_cmpstr (sf_anchor_get_name (anchor), ==, f[2]);
      if (*f[3])
        g_assert_cmpfloat_with_epsilon (sf_anchor_get_importance (anchor), g_ascii_strtod (f[3], NULL), 0.001);
      flags = sf_anchor_get_flags (anchor) ? g_strjoinv (",", (char **) sf_anchor_get_flags (anchor)) : g_strdup ("");
      g_assert_cmpstr (flags, ==, f[4]);
    }
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (anchors));
}

static guint
count_kind (SfFramework  *framework,
            SfAnchorKind  kind)
{
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (framework));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);

      n += sf_anchor_get_kind (anchor) == kind;
    }
  return n;
}

static void
assert_occupation (SfFramework *framework,
                   const char  *release)
{
  SfOccupation *occupation = sf_framework_get_occupation (framework);
  GListModel *sections = sf_framework_get_sources (framework);
  SfSource *source;
  g_autofree char *credit = g_strdup_printf ("information from the O*NET %s Database", release);
  g_autofree char *edition = g_strdup_printf ("v%s", release);

  g_assert_cmpstr (sf_framework_get_id (framework), ==, "29-2011.00");
  g_assert_cmpstr (sf_occupation_get_title (occupation), ==, "Medical and Clinical Laboratory Technologists");
  g_assert_cmpstr (sf_occupation_get_soc_code (occupation), ==, "29-2011.00");
  g_assert_cmpint (sf_occupation_get_job_zone (occupation), ==, 4);
  g_assert_true (sf_onet_job_zone_name_matches (4, sf_occupation_get_job_zone_name (occupation)));
  g_assert_cmpstr (sf_occupation_get_context (occupation), ==,
                   "Perform complex medical laboratory tests for diagnosis, treatment, and prevention of "
                   "disease. May train or supervise staff.");
  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, release);
  g_assert_cmpstr (sf_onet_get_source (sf_framework_get_onet (framework)), ==, "onet");

  source = sf_list_find_by_id (sections, "onet", NULL);
  g_assert_nonnull (source);
  g_assert_cmpstr (sf_source_get_licence (source), ==, "CC BY 4.0");
  g_assert_cmpstr (sf_source_get_edition (source), ==, edition);
  g_assert_nonnull (strstr (sf_framework_get_rights (framework), credit));
  g_assert_nonnull (strstr (sf_framework_get_rights (framework), "CC BY 4.0"));

  /* The template's empty sections on the default scales. */
  sections = sf_framework_get_sections (framework);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 12);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (section)), ==, 0);
    }
}

static void
test_old_layout (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_onet_import (source, "29-2011.00", 3.0, &notes, &error);

  g_assert_no_error (error);
  assert_occupation (framework, "30.0");
  assert_expected_anchors (framework, "30.0");
  /* Every file there: nothing to note. */
  g_assert_cmpuint (notes->len, ==, 0);
  /* Legacy work styles (1.C), as 30.0 still had them. */
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_WORK_STYLE), >, 0);
}

static void
test_current_work_styles (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.2");
  g_autoptr(SfFramework) framework = import_ok (source, "29-2011.00", 3.0);

  assert_occupation (framework, "30.2");
  assert_expected_anchors (framework, "30.2");
  /* The six ranked 1.D styles, rank 1 first. */
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_WORK_STYLE), ==, 6);
}

static void
test_new_layout (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.3");
  g_autoptr(SfFramework) framework = import_ok (source, "29-2011.00", 3.0);

  /* Essential and Transferable Skills, Software Skills, Job Titles; a
   * Knowledge.txt with an extra column and its columns reordered, a
   * Transferable Skills.txt with CR LF, "1890.0" and "4.0". */
  assert_occupation (framework, "30.3");
  assert_expected_anchors (framework, "30.3");
}

static void
test_zip (void)
{
  const char *releases[] = { "30.0", "30.3" };
  g_autofree char *dir = sf_test_make_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (releases); i++)
    {
      g_autofree char *folder = sf_test_onet_fixture (releases[i]);
      g_autofree char *zip_path = g_strdup_printf ("%s/download-%u.zip", dir, i);
      g_autofree char *zip = sf_test_onet_zip (folder, zip_path);
      g_autoptr(SfFramework) from_folder = import_ok (folder, "29-2011.00", 3.0);
      g_autoptr(SfFramework) from_zip = import_ok (zip, "29-2011.00", 3.0);

      /* The zip's name says nothing of the release: the Read Me inside does. */
      g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (from_zip)), ==, releases[i]);
      g_assert_true (sf_node_equal (SF_NODE (from_folder), SF_NODE (from_zip)));
    }
  sf_test_remove_tree (dir);
}

static void
test_release_from_name (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *copy = sf_test_onet_copy ("30.2", dir);
  g_autofree char *read_me = g_build_filename (copy, "Read Me.txt", NULL);
  g_autofree char *zip_path = g_build_filename (dir, "db_30_2_text.zip", NULL);
  g_autofree char *other = g_build_filename (dir, "onet.zip", NULL);
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_unlink (read_me), ==, 0);
  g_free (sf_test_onet_zip (copy, zip_path));
  framework = import_ok (zip_path, "29-2011.00", 3.0);
  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.2");
  g_clear_object (&framework);

  /* A Read Me saved again as Windows-1252, under another name. */
  {
    static const char latin1[] = "O*NET\xae 30.2 Database\n\nThe content of the O*NET\xae 30.2 Database is "
                                 "licensed under a Creative Commons Attribution 4.0 International License.\n";
    g_autofree char *renamed = g_build_filename (dir, "onet", NULL);

    g_assert_true (g_file_set_contents (read_me, latin1, -1, NULL));
    g_assert_cmpint (g_rename (copy, renamed), ==, 0);
    framework = import_ok (renamed, "29-2011.00", 3.0);
    g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "30.2");
    g_clear_object (&framework);
  }

  /* Neither tells it: a note, not a guess. */
  g_assert_cmpint (g_rename (zip_path, other), ==, 0);
  framework = sf_test_onet_import (other, "29-2011.00", 3.0, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (framework)), ==, "");
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (notes->pdata[0], "Read Me.txt"));
  sf_test_remove_tree (dir);
}

static void
test_threshold (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autoptr(SfFramework) high = import_ok (source, "29-2011.00", 4.0);
  g_autoptr(SfFramework) all = import_ok (source, "29-2011.00", 1.0);
  g_autoptr(SfFramework) usual = import_ok (source, "29-2011.00", 3.0);
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (high));
  gboolean chemistry = FALSE, biology = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);

      if (kind == SF_ANCHOR_KIND_SKILL || kind == SF_ANCHOR_KIND_KNOWLEDGE || kind == SF_ANCHOR_KIND_ABILITY)
        g_assert_cmpfloat (sf_anchor_get_importance (anchor), >=, 4.0);
    }
  g_assert_cmpuint (count_kind (high, SF_ANCHOR_KIND_SKILL), <, count_kind (usual, SF_ANCHOR_KIND_SKILL));
  g_assert_cmpuint (count_kind (all, SF_ANCHOR_KIND_SKILL), ==, 35);
  g_assert_cmpuint (count_kind (all, SF_ANCHOR_KIND_KNOWLEDGE), ==, 33);
  g_assert_cmpuint (count_kind (all, SF_ANCHOR_KIND_ABILITY), ==, 52);

  /* Chemistry is rated 3.00, Biology 2.99: on the threshold is in. */
  anchors = sf_onet_get_anchors (sf_framework_get_onet (usual));
  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);

      chemistry |= g_strcmp0 (sf_anchor_get_code (anchor), "2.C.4.c") == 0;
      biology |= g_strcmp0 (sf_anchor_get_code (anchor), "2.C.4.d") == 0;
    }
  g_assert_true (chemistry);
  g_assert_false (biology);
}

static void
test_unknown_code (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_onet_import (source, "29-2011.05", 3.0, NULL, &error);
  g_autoptr(SfFramework) bare = NULL;
  const char *nearest;

  g_assert_null (framework);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_UNKNOWN_CODE);
  g_assert_nonnull (strstr (error->message, "“29-2011.05”"));
  nearest = strstr (error->message, "29-2011.00  Medical and Clinical Laboratory Technologists");
  g_assert_nonnull (nearest);
  /* Nearest first: the siblings before another SOC group. */
  g_assert_true (nearest < strstr (error->message, "29-2011.01  Cytogenetic Technologists"));
  g_assert_null (strstr (error->message, "11-1011.00"));
  g_clear_error (&error);

  /* A title's words find it too. */
  framework = sf_test_onet_import (source, "software developer", 3.0, NULL, &error);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_UNKNOWN_CODE);
  g_assert_true (g_str_has_prefix (strstr (error->message, ":\n") + 2, "  15-1252.00  Software Developers"));

  /* A bare SOC code is its ".00" occupation. */
  bare = import_ok (source, "29-2011", 3.0);
  g_assert_cmpstr (sf_framework_get_id (bare), ==, "29-2011.00");
}

static void
test_no_ratings (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_onet_import (source, "29-2099.00", 3.0, &notes, &error);

  /* An "All Other" occupation: a title, no data. */
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sf_onet_get_anchors (sf_framework_get_onet (framework))), ==, 0);
  g_assert_cmpint (sf_occupation_get_job_zone (sf_framework_get_occupation (framework)), ==, 0);
  g_assert_cmpuint (notes->len, ==, 2);
}

static char *
file_in (const char *folder,
         const char *name)
{
  return g_build_filename (folder, name, NULL);
}

static void
test_missing_files (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *copy = sf_test_onet_copy ("30.0", dir);
  g_autofree char *abilities = file_in (copy, "Abilities.txt");
  g_autofree char *styles = file_in (copy, "Work Styles.txt");
  g_autofree char *technology = file_in (copy, "Technology Skills.txt");
  g_autofree char *titles = file_in (copy, "Alternate Titles.txt");
  g_autofree char *occupations = file_in (copy, "Occupation Data.txt");
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  /* Optional files: a note each, and the framework without them. */
  g_assert_cmpint (g_unlink (styles), ==, 0);
  g_assert_cmpint (g_unlink (technology), ==, 0);
  g_assert_cmpint (g_unlink (titles), ==, 0);
  framework = sf_test_onet_import (copy, "29-2011.00", 3.0, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 3);
  g_assert_nonnull (strstr (notes->pdata[0], "Work Styles.txt"));
  g_assert_nonnull (strstr (notes->pdata[1], "Technology Skills.txt"));
  g_assert_nonnull (strstr (notes->pdata[2], "Alternate Titles.txt"));
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_WORK_STYLE), ==, 0);
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_TECHNOLOGY), ==, 0);
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_TASK), ==, 15);
  g_clear_object (&framework);
  g_clear_pointer (&notes, g_ptr_array_unref);

  /* An optional file left empty is as good as absent; a needed one that
   * is empty is an error. */
  g_assert_true (g_file_set_contents (titles, "", 0, NULL));
  g_assert_true (g_file_set_contents (technology, "\n\n", -1, NULL));
  framework = sf_test_onet_import (copy, "29-2011.00", 3.0, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 3);
  g_assert_nonnull (strstr (notes->pdata[1], "“Technology Skills.txt” is empty"));
  g_assert_nonnull (strstr (notes->pdata[2], "“Alternate Titles.txt” is empty"));
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_RELATED_TITLE), ==, 0);
  g_assert_cmpuint (count_kind (framework, SF_ANCHOR_KIND_TASK), ==, 15);
  g_clear_object (&framework);
  g_clear_pointer (&notes, g_ptr_array_unref);
  {
    g_autofree char *knowledge = file_in (copy, "Knowledge.txt");

    g_assert_true (g_file_set_contents (knowledge, "", 0, NULL));
    framework = sf_test_onet_import (copy, "29-2011.00", 3.0, NULL, &error);
    g_assert_null (framework);
    g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MALFORMED);
    g_assert_nonnull (strstr (error->message, "Knowledge.txt, line 1: the file is empty"));
    g_clear_error (&error);
  }

  /* A file the import needs: an error that names it. */
  g_assert_cmpint (g_unlink (abilities), ==, 0);
  framework = sf_test_onet_import (copy, "29-2011.00", 3.0, NULL, &error);
  g_assert_null (framework);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MISSING_FILE);
  g_assert_nonnull (strstr (error->message, "“Abilities.txt”"));
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (occupations), ==, 0);
  framework = sf_test_onet_import (copy, "29-2011.00", 3.0, NULL, &error);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MISSING_FILE);
  g_assert_nonnull (strstr (error->message, "Occupation Data.txt"));
  sf_test_remove_tree (dir);
}

/* Breaks one file of a copy of 30.0 and imports it, in the folder and in
 * a zip: both must fail alike. */
static void
assert_broken (const char  *file,
               const char  *from,
               const char  *to,
               int          code,
               const char  *message)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *copy = sf_test_onet_copy ("30.0", dir);
  g_autofree char *path = file_in (copy, file);
  g_autofree char *zip_path = g_build_filename (dir, "db.zip", NULL);
  g_autofree char *text = NULL;
  g_autofree char *broken = NULL;
  const char *sources[] = { copy, zip_path };

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  broken = from ? sf_test_replace_once (text, from, to) : g_strconcat (text, to, NULL);
  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  g_free (sf_test_onet_zip (copy, zip_path));

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = sf_test_onet_import (sources[i], "29-2011.00", 3.0, NULL, &error);

      g_assert_null (framework);
      g_assert_error (error, SF_ONET_ERROR, code);
      if (strstr (error->message, message) == NULL)
        g_error ("“%s” does not say “%s”", error->message, message);
    }
  sf_test_remove_tree (dir);
}

static guint
count_lines (const char *file)
{
  g_autofree char *path = sf_test_onet_fixture ("30.0");
  g_autofree char *full = file_in (path, file);
  g_autofree char *text = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (full, &text, NULL, NULL));
  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_malformed (void)
{
  g_autofree char *short_line = g_strdup_printf ("Skills.txt, line %u, column 5 (“Data Value”)",
                                                 count_lines ("Skills.txt") + 1);
  g_autofree char *long_line = g_strdup_printf ("Task Statements.txt, line %u, column 8:",
                                                count_lines ("Task Statements.txt") + 1);

  /* A line cut short, and one with a field too many. */
  assert_broken ("Skills.txt", NULL, "29-2011.00\t2.A.1.a\tReading Comprehension\tIM\n",
                 SF_ONET_ERROR_MALFORMED, short_line);
  assert_broken ("Task Statements.txt", NULL,
                 "29-2011.00\t99\tA task.\tCore\t27\t08/2025\tIncumbent\textra\n",
                 SF_ONET_ERROR_MALFORMED, long_line);
  /* A value that is not a number, in the occupation's rows. */
  assert_broken ("Knowledge.txt", "29-2011.00\t2.C.4.c\tChemistry\tIM\t3.00",
                 "29-2011.00\t2.C.4.c\tChemistry\tIM\tthree",
                 SF_ONET_ERROR_MALFORMED, ", column 5 (“Data Value”): “three” is not a number");
  assert_broken ("Task Statements.txt", "29-2011.00\t1890\t", "29-2011.00\t18x90\t",
                 SF_ONET_ERROR_MALFORMED, "Task Statements.txt, line 10, column 2 (“Task ID”): “18x90” is not a whole number");
  /* A column the import needs, renamed away. */
  assert_broken ("Abilities.txt", "\tData Value\t", "\tValue\t",
                 SF_ONET_ERROR_MISSING_COLUMN, "Abilities.txt, line 1: no column “Data Value”");
  /* Text that is not UTF-8. */
  assert_broken ("Occupation Data.txt", "Cytotechnologists", "Cytotechnolog\xffists",
                 SF_ONET_ERROR_MALFORMED, "Occupation Data.txt, line 6, column 2: the text is not UTF-8");
}

/* Files saved again by pandas or a spreadsheet quote fields as CSV does;
 * O*NET's own text keeps its quotes. */
static void
test_quoted_fields (void)
{
  static const char data[] =
    "\"O*NET-SOC Code\"\t\"Task ID\"\t\"Task\"\n"
    "\"29-2011.00\"\t\"1890\"\t\"Conduct \"\"head counts\"\" to help predict.\"\n"
    "29-2011.00\t1891\tConduct \"head counts\" to help predict.\n"
    "29-2011.00\t1892\t\"Spot\" checks and \"counts\"\n"
    "29-2011.00\t\"\"\t\"\"\"Quoted\"\" at both ends\"\"\"\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SfOnetTable) table = sf_onet_table_new ("Task Statements.txt", data, strlen (data), &error);
  int code, id, task;

  g_assert_no_error (error);
  g_assert_true (sf_onet_table_require_column (table, "O*NET-SOC Code", &code, &error));
  g_assert_true (sf_onet_table_require_column (table, "Task", &task, &error));
  id = sf_onet_table_find_column (table, "Task ID");

  g_assert_true (sf_onet_table_next (table, &error));
  g_assert_cmpstr (sf_onet_table_get (table, code), ==, "29-2011.00");
  g_assert_cmpstr (sf_onet_table_get (table, id), ==, "1890");
  g_assert_cmpstr (sf_onet_table_get (table, task), ==, "Conduct \"head counts\" to help predict.");
  g_assert_true (sf_onet_table_next (table, &error));
  g_assert_cmpstr (sf_onet_table_get (table, task), ==, "Conduct \"head counts\" to help predict.");
  g_assert_true (sf_onet_table_next (table, &error));
  g_assert_cmpstr (sf_onet_table_get (table, task), ==, "\"Spot\" checks and \"counts\"");
  g_assert_true (sf_onet_table_next (table, &error));
  g_assert_null (sf_onet_table_get (table, id));
  g_assert_cmpstr (sf_onet_table_get (table, task), ==, "\"Quoted\" at both ends\"");
  g_assert_false (sf_onet_table_next (table, &error));
  g_assert_no_error (error);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *junk = g_build_filename (dir, "db_30_0_text.zip", NULL);
  g_autofree char *missing = g_build_filename (dir, "nowhere", NULL);
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  framework = sf_test_onet_import (dir, "29-2011.00", 3.0, NULL, &error);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MISSING_FILE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (junk, "PK not really", -1, NULL));
  framework = sf_test_onet_import (junk, "29-2011.00", 3.0, NULL, &error);
  g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "db_30_0_text.zip"));
  g_clear_error (&error);

  framework = sf_test_onet_import (missing, "29-2011.00", 3.0, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A download cut short: the zip's directory is missing. */
  {
    g_autofree char *folder = sf_test_onet_fixture ("30.0");
    g_autofree char *cut = g_build_filename (dir, "cut.zip", NULL);
    g_autofree char *data = NULL;
    gsize length;

    g_free (sf_test_onet_zip (folder, cut));
    g_assert_true (g_file_get_contents (cut, &data, &length, NULL));
    g_assert_true (g_file_set_contents (cut, data, length / 2, NULL));
    framework = sf_test_onet_import (cut, "29-2011.00", 3.0, NULL, &error);
    g_assert_null (framework);
    g_assert_error (error, SF_ONET_ERROR, SF_ONET_ERROR_NOT_A_DATABASE);
    g_assert_nonnull (strstr (error->message, "cut.zip"));
  }
  sf_test_remove_tree (dir);
}

/* Only the expected problems of a framework with empty sections: levels
 * without statements, tasks no statement covers. */
static void
test_validates (void)
{
  const char *releases[] = { "30.0", "30.2", "30.3" };

  for (guint r = 0; r < G_N_ELEMENTS (releases); r++)
    {
      g_autofree char *source = sf_test_onet_fixture (releases[r]);
      g_autoptr(SfFramework) framework = import_ok (source, "29-2011.00", 3.0);
      g_autoptr(SfValidator) validator = sf_validator_new (framework);
      g_autoptr(GPtrArray) problems = sf_validator_collect (validator);
      guint level_count = 0, uncovered = 0;

      for (guint i = 0; i < problems->len; i++)
        {
          const char *rule = sf_problem_get_rule_id (problems->pdata[i]);

          if (g_str_equal (rule, "SF301"))
            level_count++;
          else if (g_str_equal (rule, "SF506"))
            uncovered++;
          else
            g_error ("O*NET %s: unexpected problem %s: %s", releases[r], rule,
                     sf_problem_get_message (problems->pdata[i]));
        }
      /* 12 sections × 4 levels, and every task. */
      g_assert_cmpuint (level_count, ==, 48);
      g_assert_cmpuint (uncovered, ==, count_kind (framework, SF_ANCHOR_KIND_TASK));
    }
}

static void
test_round_trip (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.3");
  g_autoptr(SfFramework) framework = import_ok (source, "29-2011.00", 3.0);
  g_autofree char *json = sf_test_write_string (framework);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) again = sf_test_read_string (json, &error);
  g_autofree char *json_again = NULL;

  g_assert_no_error (error);
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (again)));
  json_again = sf_test_write_string (again);
  g_assert_cmpstr (json, ==, json_again);
  g_assert_nonnull (strstr (json, "\"flags\": [\n          \"hot\",\n          \"in-demand\"\n        ]"));
  g_assert_nonnull (strstr (json, "\"code\": \"2.A.1.f\",\n        \"name\": \"Science\",\n        \"importance\": 4\n"));
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *fractions = user_data;

  if (fractions->len > 0)
    g_assert_cmpfloat (fraction, >=, g_array_index (fractions, double, fractions->len - 1));
  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  g_array_append_val (fractions, fraction);
}

/* The progress the editor's bar and the tool's terminal line show: rising,
 * to the end, from the folder and from the zip. */
static void
test_progress (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *folder = sf_test_onet_fixture ("30.3");
  g_autofree char *zip_path = g_build_filename (dir, "db.zip", NULL);
  const char *sources[] = { folder, zip_path };

  g_free (sf_test_onet_zip (folder, zip_path));
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (sources[i]);
      g_autoptr(SfOnetDatabase) database = sf_onet_database_open (file, NULL, NULL);
      g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(SfFramework) framework = NULL;
      g_autoptr(GError) error = NULL;

      framework = sf_onet_import (database, "29-2011.00", 3.0, progress_cb, fractions, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (fractions->len, >=, 5);
      g_assert_cmpfloat_with_epsilon (g_array_index (fractions, double, fractions->len - 1), 1.0, 1e-9);
    }
  sf_test_remove_tree (dir);
}

static void
test_cancel (void)
{
  g_autofree char *folder = sf_test_onet_fixture ("30.0");
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(SfOnetDatabase) database = sf_onet_database_open (file, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  framework = sf_onet_import (database, "29-2011.00", 3.0, NULL, NULL, NULL, cancellable, &error);
  g_assert_null (framework);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

typedef struct
{
  GCancellable *cancellable;
  GThread      *thread;
  guint         n_after_cancel;
  gboolean      done;
} CancelLater;

static void
cancel_on_progress_cb (double   fraction,
                       gpointer user_data)
{
  CancelLater *state = user_data;

  g_assert_true (g_thread_self () == state->thread);
  if (g_cancellable_is_cancelled (state->cancellable))
    state->n_after_cancel++;
  g_cancellable_cancel (state->cancellable);
}

static void
cancelled_import_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CancelLater *state = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_onet_import_finish (result, NULL, &error);

  g_assert_null (framework);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  state->done = TRUE;
}

/* The editor's dialog updates its progress bar from the progress: it must
 * be told in the caller's thread, even while its main context is free,
 * and never once cancelled (the dialog cancels as it closes, and is
 * disposed before the thread stops), though the thread sent more. */
static void
test_progress_after_cancel (void)
{
  g_autofree char *folder = sf_test_onet_fixture ("30.0");
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelLater state = { cancellable, g_thread_self (), 0, FALSE };

  sf_onet_import_async (file, "29-2011.00", 3.0, cancel_on_progress_cb, &state, cancellable,
                        cancelled_import_cb, &state);
  /* The thread reads every file before the first progress is told. */
  g_usleep (G_USEC_PER_SEC / 2);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_assert_cmpuint (state.n_after_cancel, ==, 0);
}

static void
test_tool (void)
{
  g_autofree char *source = sf_test_onet_fixture ("30.0");
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *output = g_build_filename (dir, "new.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (output);
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "import-onet", source, "--code", "29-2011.00",
                                     "-o", output, "--threshold", "3.5", NULL), ==, 0);
  /* No progress in a log: stderr is not a terminal. */
  g_assert_cmpstr (err, ==, "");
  framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_framework_get_id (framework), ==, "29-2011.00");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* To the standard output, with the notes on stderr. */
  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "import-onet", source, "-c", "29-2099.00", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "{\n  \"format\": \"skillframe/1\""));
  g_assert_nonnull (strstr (err, "Note: O*NET lists no tasks"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "import-onet", source, "--list", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "29-2011.00\tMedical and Clinical Laboratory Technologists\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "import-onet", source, "--code", "29-2011.09", NULL), ==, 64);
  g_assert_nonnull (strstr (err, "29-2011.00  Medical and Clinical Laboratory Technologists"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "import-onet", source, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "import-onet", dir, "-c", "29-2011.00", NULL), ==, 66);
  sf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/onet-import/old-layout", test_old_layout);
  g_test_add_func ("/skillframe/onet-import/current-work-styles", test_current_work_styles);
  g_test_add_func ("/skillframe/onet-import/new-layout", test_new_layout);
  g_test_add_func ("/skillframe/onet-import/zip", test_zip);
  g_test_add_func ("/skillframe/onet-import/release-from-name", test_release_from_name);
  g_test_add_func ("/skillframe/onet-import/threshold", test_threshold);
  g_test_add_func ("/skillframe/onet-import/unknown-code", test_unknown_code);
  g_test_add_func ("/skillframe/onet-import/no-ratings", test_no_ratings);
  g_test_add_func ("/skillframe/onet-import/missing-files", test_missing_files);
  g_test_add_func ("/skillframe/onet-import/malformed", test_malformed);
  g_test_add_func ("/skillframe/onet-import/quoted-fields", test_quoted_fields);
  g_test_add_func ("/skillframe/onet-import/not-a-database", test_not_a_database);
  g_test_add_func ("/skillframe/onet-import/validates", test_validates);
  g_test_add_func ("/skillframe/onet-import/round-trip", test_round_trip);
  g_test_add_func ("/skillframe/onet-import/progress", test_progress);
  g_test_add_func ("/skillframe/onet-import/cancel", test_cancel);
  g_test_add_func ("/skillframe/onet-import/progress-after-cancel", test_progress_after_cancel);
  g_test_add_func ("/skillframe/onet-import/tool", test_tool);

  return g_test_run ();
}
