/* test-export.c: publication JSON, CASE export and CASE import
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sf-case.h"
#include "sf-export.h"
#include "sf-format.h"
#include "sf-format-private.h"
#include "sf-publication.h"
#include "sf-test-util.h"

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static JsonNode *
parse (const char *text,
       gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, length, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
parse_bytes (GBytes *bytes)
{
  return parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static JsonNode *
parse_file (const char *relative)
{
  g_autofree char *path = sf_test_source_path (relative);
  g_autoptr(GBytes) bytes = read_bytes (path);

  return parse_bytes (bytes);
}

static GBytes *
export (SfFramework *framework,
        const char  *format_name)
{
  const SfExportFormat *format = sf_export_find_format (format_name);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 5, 1, 12, 0, 0);
  SfExportOptions options = { date };
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_assert_nonnull (format);
  bytes = format->export (framework, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* ---- Publication ---- */

static void
test_publication_golden (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *golden_path = sf_test_source_path ("tests/data/seed.publication.json");
  g_autoptr(GBytes) golden = read_bytes (golden_path);
  g_autoptr(GBytes) first = export (seed, "publication");
  g_autoptr(GBytes) second = export (seed, "publication");

  /* Byte for byte the golden file, and the same on every run. */
  g_assert_true (g_bytes_equal (first, golden));
  g_assert_true (g_bytes_equal (first, second));
  g_assert_true (g_str_has_suffix (g_bytes_get_data (first, NULL), "}\n"));
}

static void
test_publication_content (void)
{
  static const gint64 domains[] = { 12, 10, 9, 10, 9, 9, 8, 9, 9, 9 };
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GBytes) bytes = export (seed, "publication");
  g_autoptr(JsonNode) root = parse_bytes (bytes);
  JsonObject *pub = json_node_get_object (root);
  JsonObject *anchors = json_object_get_object_member (pub, "anchors");
  JsonArray *durable = json_object_get_array_member (pub, "durable_domains");
  JsonArray *sections = json_object_get_array_member (pub, "sections");
  JsonObject *ai = json_array_get_object_element (sections, 1);
  JsonObject *level = json_array_get_object_element (json_object_get_array_member (ai, "levels"), 0);
  JsonObject *statement = json_array_get_object_element (json_object_get_array_member (level, "statements"), 0);
  JsonObject *citation = json_array_get_object_element (json_object_get_array_member (statement, "citations"), 0);
  const char *attribution = json_object_get_string_member (pub, "onet_attribution");

  g_assert_cmpstr (json_object_get_string_member (pub, "format"), ==, "skillframe-publication/1");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (pub, "occupation"), "soc_code"),
                   ==, "29-2011.00");
  /* Nothing of the authoring state. */
  g_assert_false (json_object_has_member (pub, "status"));
  g_assert_false (json_object_has_member (pub, "validation"));

  g_assert_cmpint (json_object_get_int_member (anchors, "count"), ==, 62);
  g_assert_cmpuint (json_array_get_length (durable), ==, G_N_ELEMENTS (domains));
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (durable, i), "statement_count"),
                     ==, domains[i]);

  /* Levels with their names and labels, statements in order, citations
   * resolved inline. */
  g_assert_cmpstr (json_object_get_string_member (level, "name"), ==, "Emerging");
  g_assert_cmpstr (json_object_get_string_member (level, "label"), ==, "Entry / Apprentice");
  g_assert_cmpstr (json_object_get_string_member (statement, "id"), ==, "ai-emerging-01");
  g_assert_cmpstr (json_object_get_string_member (citation, "source"), ==, "aei");
  g_assert_cmpstr (json_object_get_string_member (citation, "title"), ==, "Anthropic Economic Index");
  g_assert_cmpstr (json_object_get_string_member (citation, "edition"), ==, "release_2026_03_24");
  g_assert_cmpint (json_object_get_int_member (ai, "statement_count"), ==, 12);

  /* The O*NET attribution, in its wording for modified content. */
  g_assert_nonnull (strstr (attribution, "O*NET 30.2 Database"));
  g_assert_nonnull (strstr (attribution, "Used under the CC BY 4.0 license"));
  g_assert_nonnull (strstr (attribution, "have modified all or some of this information. USDOL/ETA has not "
                                         "approved, endorsed, or tested these modifications."));
}

/* A statement on a level the scale lacks is not lost in a forced export. */
static void
test_publication_unknown_level (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *json = sf_test_replace_once (minimal, "\"level\": \"l1\"", "\"level\": \"l9\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (json, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  bytes = export (framework, "publication");
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"id\": \"l9\""));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "Specimen analysis"));
}

static void
test_publication_tool (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *minimal = sf_test_source_path ("tests/data/minimal.json");
  g_autofree char *golden_path = sf_test_source_path ("tests/data/seed.publication.json");
  g_autofree char *golden = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;

  g_file_get_contents (golden_path, &golden, NULL, NULL);

  /* Refused with errors: they are listed, nothing is written, exit 1. */
  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "export", "--format=publication", seed, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "/sections/1/statements/1/citations: error:"));
  g_assert_nonnull (strstr (err, "[SF401]"));
  g_assert_nonnull (strstr (err, "warning:"));
  g_assert_nonnull (strstr (err, "not exported: 2 validation errors"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --force: exported all the same, the golden file, twice alike. */
  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "export", "--format=publication", "--force", seed, NULL), ==, 0);
  g_assert_cmpstr (out, ==, golden);
  g_assert_nonnull (strstr (err, "[SF401]"));
  g_assert_cmpint (sf_test_run_tool (0, &out2, NULL, "export", "--format=publication", "--force", seed, NULL), ==, 0);
  g_assert_cmpstr (out, ==, out2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A framework without errors needs no --force. */
  g_assert_cmpint (sf_test_run_tool (0, &out, &err, "export", "--format=publication", minimal, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"format\": \"skillframe-publication/1\""));
}

static void
test_tool_usage (void)
{
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *err = NULL;
  g_autofree char *help = NULL;

  g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "export", seed, NULL), ==, 64);
  g_assert_nonnull (strstr (err, "publication"));
  g_assert_nonnull (strstr (err, "case"));
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "export", "--format=docx", seed, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "export", "--format=case", seed, seed, NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "import-case", NULL), ==, 64);
  g_assert_cmpint (sf_test_run_tool (0, &help, NULL, "export", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (help, "--force"));
}

/* A folder of frameworks into a folder of exports. */
static void
test_tool_folder (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *in = g_build_filename (dir, "in", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *minimal = sf_test_source_path ("tests/data/minimal.json");
  g_autofree char *contents = NULL;
  g_autofree char *a = g_build_filename (in, "a.json", NULL);
  g_autofree char *b = g_build_filename (in, "b.skillframe.json", NULL);
  g_autofree char *a_out = g_build_filename (out_dir, "a.case.json", NULL);
  g_autofree char *b_out = g_build_filename (out_dir, "b.case.json", NULL);
  g_autofree char *b_pub = g_build_filename (out_dir, "b.publication.json", NULL);
  g_autofree char *a_pub = g_build_filename (out_dir, "a.publication.json", NULL);

  g_assert_cmpint (g_mkdir (in, 0700), ==, 0);
  g_file_get_contents (seed, &contents, NULL, NULL);
  g_file_set_contents (a, contents, -1, NULL);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (minimal, &contents, NULL, NULL);
  g_file_set_contents (b, contents, -1, NULL);

  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "export", "--format=case", in, "-o", out_dir, NULL), ==, 0);
  g_assert_true (g_file_test (a_out, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (b_out, G_FILE_TEST_IS_REGULAR));

  /* The seed has errors: refused, the other one written, exit 1. */
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "export", "--format=publication", in, "-o", out_dir, NULL), ==, 1);
  g_assert_false (g_file_test (a_pub, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (b_pub, G_FILE_TEST_IS_REGULAR));

  sf_test_remove_tree (dir);
}

/* ---- CASE export ---- */

static JsonObject *
find_identified (JsonArray  *array,
                 const char *identifier)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, "identifier", NULL), identifier) == 0)
        return object;
    }
  return NULL;
}

static void
test_case_export_seed (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GBytes) first = export (seed, "case");
  g_autoptr(GBytes) second = export (seed, "case");
  g_autoptr(JsonNode) root = parse_bytes (first);
  JsonObject *package = json_node_get_object (root);
  JsonObject *document = json_object_get_object_member (package, "CFDocument");
  JsonArray *items = json_object_get_array_member (package, "CFItems");
  JsonArray *associations = json_object_get_array_member (package, "CFAssociations");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_statements = 0, n_levels = 0, n_sections = 0, n_anchor_links = 0;
  JsonObject *first_statement = NULL;

  g_assert_true (g_bytes_equal (first, second));

  /* UUID v5 of the framework id and "document", in Skillframe's namespace
   * (computed independently with Python's uuid.uuid5). */
  g_assert_cmpstr (json_object_get_string_member (document, "identifier"), ==,
                   "79773cc0-7519-5076-845e-48e2722cfadb");
  g_assert_cmpstr (json_object_get_string_member (document, "caseVersion"), ==, "1.1");
  g_assert_cmpstr (json_object_get_string_member (document, "title"), ==,
                   "Medical and Clinical Laboratory Technologists");
  g_assert_cmpstr (json_object_get_string_member (document, "lastChangeDateTime"), ==, "2026-05-01T12:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (document, "adoptionStatus"), ==, "Adopted");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *type = json_object_get_string_member (item, "CFItemType");
      const char *identifier = json_object_get_string_member (item, "identifier");

      g_assert_true (g_hash_table_add (ids, (gpointer) identifier));
      g_assert_cmpuint (strlen (identifier), ==, 36);
      g_assert_cmpint (identifier[14], ==, '5');
      if (g_strcmp0 (type, "Statement") == 0)
        {
          if (first_statement == NULL)
            first_statement = item;
          n_statements++;
        }
      else if (g_strcmp0 (type, "Level") == 0)
        n_levels++;
      else
        n_sections++;
    }
  g_assert_cmpuint (n_statements, ==, 146);
  g_assert_cmpuint (n_sections, ==, 12);
  g_assert_cmpuint (n_levels, ==, 48);
  g_assert_cmpstr (json_object_get_string_member (first_statement, "abbreviatedStatement"), ==,
                   "Biological sample preparation");
  g_assert_cmpstr (json_object_get_string_member (first_statement, "humanCodingScheme"), ==, "comp-emerging-01");

  /* The tree: every item a child of one parent, in sequence; anchors as
   * associations to O*NET. */
  for (guint i = 0; i < json_array_get_length (associations); i++)
    {
      JsonObject *association = json_array_get_object_element (associations, i);
      const char *type = json_object_get_string_member (association, "associationType");
      JsonObject *destination = json_object_get_object_member (association, "destinationNodeURI");

      if (g_strcmp0 (type, "isChildOf") == 0)
        {
          JsonObject *origin = json_object_get_object_member (association, "originNodeURI");

          g_assert_nonnull (find_identified (items, json_object_get_string_member (origin, "identifier")));
          g_assert_cmpint (json_object_get_int_member (association, "sequenceNumber"), >, 0);
        }
      else
        {
          g_assert_cmpstr (type, ==, "isRelatedTo");
          g_assert_cmpstr (json_object_get_string_member (destination, "targetType"), ==, "ext:ONET");
          n_anchor_links++;
        }
    }
  g_assert_cmpuint (json_array_get_length (associations), ==, n_statements + n_levels + n_sections + n_anchor_links);
}

/* The seed's statements link no anchor yet; the minimal framework's do. */
static void
test_case_export_anchors (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (minimal, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *associations;
  guint n_links = 0;

  g_assert_no_error (error);
  bytes = export (framework, "case");
  root = parse_bytes (bytes);
  associations = json_object_get_array_member (json_node_get_object (root), "CFAssociations");
  for (guint i = 0; i < json_array_get_length (associations); i++)
    {
      JsonObject *association = json_array_get_object_element (associations, i);
      JsonObject *destination = json_object_get_object_member (association, "destinationNodeURI");

      if (g_strcmp0 (json_object_get_string_member (association, "associationType"), "isRelatedTo") != 0)
        continue;
      n_links++;
      g_assert_cmpstr (json_object_get_string_member (destination, "targetType"), ==, "ext:ONET");
      g_assert_cmpstr (json_object_get_string_member (destination, "uri"), ==,
                       "https://www.onetonline.org/link/summary/29-2011.00");
      if (n_links == 1)
        {
          g_assert_cmpstr (json_object_get_string_member (destination, "identifier"), ==, "5297");
          g_assert_cmpstr (json_object_get_string_member (destination, "title"), ==,
                           "Analyze laboratory findings to check the accuracy of the results.");
        }
      else
        g_assert_cmpstr (json_object_get_string_member (destination, "identifier"), ==, "2.A.1.f");
    }
  g_assert_cmpuint (n_links, ==, 2);
  /* The O*NET source's licence carries the attribution. */
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "have modified all or some of this information"));
}

/* A framework may hold an id twice (validation reports it): its package
 * still names every object once. */
static void
test_case_export_duplicate_ids (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autofree char *json = sf_test_replace_once (minimal, "\"id\": \"s2\"", "\"id\": \"s1\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_test_read_string (json, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(SfFramework) back = NULL;
  const char *arrays[] = { "CFItems", "CFAssociations" };

  g_assert_no_error (error);
  bytes = export (framework, "case");
  root = parse_bytes (bytes);
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      JsonArray *array = json_object_get_array_member (json_node_get_object (root), arrays[a]);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_assert_true (g_hash_table_add (seen, (gpointer) json_object_get_string_member (
                                                  json_array_get_object_element (array, i), "identifier")));
    }
  back = sf_case_import (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "duplicates", &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
}

static void
test_case_round_trip_seed (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GBytes) package = export (seed, "case");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) back = NULL;
  g_autofree char *seed_json = NULL;
  g_autofree char *back_json = NULL;

  back = sf_case_import (g_bytes_get_data (package, NULL), g_bytes_get_size (package), "seed.case.json", &error);
  g_assert_no_error (error);
  g_assert_true (sf_node_equal (SF_NODE (seed), SF_NODE (back)));
  seed_json = sf_test_write_string (seed);
  back_json = sf_test_write_string (back);
  g_assert_cmpstr (seed_json, ==, back_json);
}

/* Every member of every object of @original is in @exported: in its place,
 * or in the object's extensions when CASE 1.1 has no place for it. */
static void
assert_kept (JsonObject *original,
             JsonObject *exported,
             const char *where)
{
  g_autoptr(GList) names = json_object_get_members (original);
  JsonNode *extensions_node = json_object_get_member (exported, "extensions");
  JsonObject *extensions = extensions_node != NULL ? json_node_get_object (extensions_node) : NULL;

  for (const GList *l = names; l; l = l->next)
    {
      JsonNode *o = json_object_get_member (original, l->data);
      JsonNode *e = json_object_get_member (exported, l->data);

      if (strcmp (l->data, "extensions") == 0)
        {
          JsonObject *oe = json_node_get_object (o);
          g_autoptr(GList) ext_names = json_object_get_members (oe);

          g_assert_nonnull (extensions);
          for (const GList *k = ext_names; k; k = k->next)
            if (!json_node_equal (json_object_get_member (oe, k->data), json_object_get_member (extensions, k->data)))
              g_error ("%s: extensions.%s was lost", where, (char *) k->data);
          continue;
        }
      if (e == NULL && extensions != NULL)
        e = json_object_get_member (extensions, l->data);
      if (e == NULL || !json_node_equal (o, e))
        g_error ("%s: member %s was lost or changed", where, (char *) l->data);
    }
}

static void
assert_package_kept (JsonObject *original,
                     JsonObject *exported)
{
  JsonArray *items = json_object_get_array_member (original, "CFItems");
  JsonArray *exported_items = json_object_get_array_member (exported, "CFItems");
  JsonArray *associations = json_object_get_array_member (original, "CFAssociations");
  JsonArray *exported_associations = json_object_get_array_member (exported, "CFAssociations");
  g_autoptr(GList) names = json_object_get_members (original);

  assert_kept (json_object_get_object_member (original, "CFDocument"),
               json_object_get_object_member (exported, "CFDocument"), "CFDocument");
  g_assert_cmpuint (json_array_get_length (exported_items), ==, json_array_get_length (items));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *same = find_identified (exported_items, json_object_get_string_member (item, "identifier"));
      g_autofree char *where = g_strdup_printf ("CFItems/%u", i);

      g_assert_nonnull (same);
      assert_kept (item, same, where);
    }
  g_assert_cmpuint (json_array_get_length (exported_associations), ==, json_array_get_length (associations));
  for (guint i = 0; i < json_array_get_length (associations); i++)
    {
      JsonObject *association = json_array_get_object_element (associations, i);
      JsonObject *same = find_identified (exported_associations,
                                          json_object_get_string_member (association, "identifier"));
      g_autofree char *where = g_strdup_printf ("CFAssociations/%u", i);

      g_assert_nonnull (same);
      assert_kept (association, same, where);
    }
  for (const GList *l = names; l; l = l->next)
    if (strcmp (l->data, "CFItems") != 0 && strcmp (l->data, "CFAssociations") != 0 &&
        strcmp (l->data, "CFDocument") != 0)
      g_assert_true (json_node_equal (json_object_get_member (original, l->data),
                                      json_object_get_member (exported, l->data)));
}

static SfFramework *
import_file (const char *relative)
{
  g_autofree char *path = sf_test_source_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_case_import_file (file, NULL, &error);

  g_assert_no_error (error);
  return framework;
}

static SfStatement *
statement_at (SfFramework *framework,
              guint        section,
              guint        position)
{
  g_autoptr(SfSection) s = g_list_model_get_item (sf_framework_get_sections (framework), section);

  return g_list_model_get_item (sf_section_get_statements (s), position);
}

static void
test_case_import_1_1 (void)
{
  g_autoptr(SfFramework) framework = import_file ("tests/data/case/package-1.1.json");
  g_autoptr(JsonNode) original = parse_file ("tests/data/case/package-1.1.json");
  g_autoptr(GBytes) bytes = export (framework, "case");
  g_autoptr(JsonNode) exported = parse_bytes (bytes);
  g_autoptr(SfSection) a = g_list_model_get_item (sf_framework_get_sections (framework), 0);
  g_autoptr(SfStatement) cluster = statement_at (framework, 0, 0);
  g_autoptr(SfStatement) identity = statement_at (framework, 0, 1);
  g_autoptr(SfStatement) indicator = statement_at (framework, 0, 3);
  g_autoptr(SfFramework) again = NULL;
  g_autoptr(GError) error = NULL;

  /* The mapping: the document's children are sections; the items below
   * them statements in the tree's order, nested ones after their parent. */
  g_assert_cmpstr (sf_occupation_get_title (sf_framework_get_occupation (framework)), ==,
                   "Laboratory Assistant Competencies");
  g_assert_cmpstr (sf_framework_get_version (framework), ==, "2.1");
  g_assert_cmpint (sf_framework_get_status (framework), ==, SF_STATUS_PUBLISHED);
  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_sections (framework)), ==, 2);
  g_assert_cmpstr (sf_section_get_title (a), ==, "A");
  g_assert_cmpstr (sf_section_get_description (a), ==, "Specimen handling");
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (a)), ==, 4);
  g_assert_cmpstr (sf_statement_get_title (cluster), ==, "A.1");
  g_assert_cmpstr (sf_statement_get_title (identity), ==, "Patient identification");
  g_assert_cmpstr (sf_statement_get_text (identity), ==,
                   "Verify patient identity with two identifiers before collection.");
  g_assert_cmpstr (sf_statement_get_title (indicator), ==, "A.1.b.i");
  g_assert_cmpuint (sf_node_get_n_extras (SF_NODE (identity)), ==, 1);

  /* Exported again without loss, and valid (tests/case-schema-check.sh). */
  assert_package_kept (json_node_get_object (original), json_node_get_object (exported));

  /* And imported again: the same framework. */
  again = sf_case_import (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "again", &error);
  g_assert_no_error (error);
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (again)));
}

static void
test_case_import_1_0 (void)
{
  g_autoptr(SfFramework) framework = import_file ("tests/data/case/package-1.0.json");
  g_autoptr(JsonNode) original = parse_file ("tests/data/case/package-1.0.json");
  g_autoptr(GBytes) bytes = export (framework, "case");
  g_autoptr(JsonNode) exported = parse_bytes (bytes);
  JsonObject *document = json_object_get_object_member (json_node_get_object (exported), "CFDocument");
  g_autoptr(SfStatement) nested = statement_at (framework, 0, 1);
  g_autoptr(SfFramework) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_sections (framework)), ==, 2);
  g_assert_cmpstr (sf_statement_get_title (nested), ==, "PT.1.1.1");
  g_assert_cmpstr (sf_statement_get_text (nested), ==, "Palpate to locate the median cubital vein.");
  g_assert_cmpint (sf_framework_get_status (framework), ==, SF_STATUS_DRAFT);

  /* CASE 1.0's CFPackageURI and CFDocumentURI have no place in 1.1: they
   * travel in the extensions. */
  assert_package_kept (json_node_get_object (original), json_node_get_object (exported));
  g_assert_cmpstr (json_object_get_string_member (document, "caseVersion"), ==, "1.1");
  g_assert_false (json_object_has_member (document, "CFPackageURI"));
  g_assert_true (json_object_has_member (json_object_get_object_member (document, "extensions"), "CFPackageURI"));

  again = sf_case_import (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "again", &error);
  g_assert_no_error (error);
  g_assert_true (sf_node_equal (SF_NODE (framework), SF_NODE (again)));
}

/* A package wrapped in a "CFPackage" member, as some CASE 1.0 services
 * serve it, and a flat one: items straight below the document. */
static void
test_case_import_flat_wrapped (void)
{
  static const char *package =
    "{\"CFPackage\": {\"CFDocument\": {\"identifier\": \"d\", \"title\": \"Flat\", \"uri\": \"u:d\","
    " \"creator\": \"c\", \"lastChangeDateTime\": \"2020-01-01T00:00:00Z\"},"
    " \"CFItems\": [{\"identifier\": \"i1\", \"fullStatement\": \"First.\", \"humanCodingScheme\": \"1\"},"
    "  {\"identifier\": \"i2\", \"fullStatement\": \"Second.\"}],"
    " \"CFAssociations\": ["
    "  {\"identifier\": \"a2\", \"associationType\": \"isChildOf\", \"sequenceNumber\": 2,"
    "   \"originNodeURI\": {\"title\": \"\", \"identifier\": \"i2\", \"uri\": \"u:i2\"},"
    "   \"destinationNodeURI\": {\"title\": \"Flat\", \"identifier\": \"d\", \"uri\": \"u:d\"}},"
    "  {\"identifier\": \"a1\", \"associationType\": \"isChildOf\", \"sequenceNumber\": 1,"
    "   \"originNodeURI\": {\"title\": \"1\", \"identifier\": \"i1\", \"uri\": \"u:i1\"},"
    "   \"destinationNodeURI\": {\"title\": \"Flat\", \"identifier\": \"d\", \"uri\": \"u:d\"}}]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_case_import (package, strlen (package), "flat", &error);
  g_autoptr(SfStatement) first = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) original = parse (package, -1);
  g_autoptr(JsonNode) exported = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_sections (framework)), ==, 1);
  first = statement_at (framework, 0, 0);
  g_assert_cmpstr (sf_statement_get_text (first), ==, "First.");
  bytes = export (framework, "case");
  exported = parse_bytes (bytes);
  assert_package_kept (json_object_get_object_member (json_node_get_object (original), "CFPackage"),
                       json_node_get_object (exported));
}

/* Items of type "Level" below a section are the levels of its scale. */
static void
test_case_import_levels (void)
{
  g_autofree char *path = sf_test_source_path ("tests/fuzz/corpus-case/levels.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_case_import_file (file, NULL, &error);
  g_autoptr(SfSection) section = NULL;
  g_autoptr(SfStatement) statement = NULL;
  SfScale *scale;
  g_autoptr(SfLevel) low = NULL;
  g_autoptr(SfLevel) high = NULL;

  g_assert_no_error (error);
  section = g_list_model_get_item (sf_framework_get_sections (framework), 0);
  g_assert_cmpint (sf_section_get_kind (section), ==, SF_SECTION_KIND_DURABLE);
  scale = sf_framework_find_scale (framework, sf_section_get_scale (section));
  g_assert_nonnull (scale);
  g_assert_cmpuint (g_list_model_get_n_items (sf_scale_get_levels (scale)), ==, 2);
  low = g_list_model_get_item (sf_scale_get_levels (scale), 0);
  high = g_list_model_get_item (sf_scale_get_levels (scale), 1);
  g_assert_cmpstr (sf_level_get_name (low), ==, "Low");
  g_assert_cmpstr (sf_level_get_label (low), ==, "Entry");
  g_assert_cmpstr (sf_level_get_name (high), ==, "High");
  statement = g_list_model_get_item (sf_section_get_statements (section), 0);
  g_assert_cmpstr (sf_statement_get_level (statement), ==, sf_level_get_id (high));
  g_assert_cmpstr (sf_statement_get_title (statement), ==, "Things");
}

/* A package as OpenSALT publishes many (its SequenceNumberFramework test
 * data has the shape): items with a humanCodingScheme and no
 * abbreviatedStatement, which the import takes as the titles. */
static const char coded_package[] =
  "{\"CFDocument\": {\"identifier\": \"d0000000-0000-0000-0000-000000000000\", \"uri\": \"u:d\","
  "  \"creator\": \"c\", \"title\": \"Coded\", \"lastChangeDateTime\": \"2017-11-03T23:00:33+00:00\"},"
  " \"CFItems\": ["
  "  {\"identifier\": \"e144c2e6-c0ea-11e7-95f7-5d664f4d8844\", \"uri\": \"u:1\", \"humanCodingScheme\": \"SNT\","
  "   \"fullStatement\": \"Domain\", \"lastChangeDateTime\": \"2017-11-03T23:02:07+00:00\"},"
  "  {\"identifier\": \"ea98ab46-c0ea-11e7-820f-a71b35976453\", \"uri\": \"u:2\", \"humanCodingScheme\": \"SNT.1\","
  "   \"fullStatement\": \"First item\", \"lastChangeDateTime\": \"2017-11-03T23:02:07+00:00\"}],"
  " \"CFAssociations\": ["
  "  {\"identifier\": \"0434307a-c0eb-11e7-bad9-1f2b8d8c4f6f\", \"uri\": \"u:a1\", \"associationType\": \"isChildOf\","
  "   \"originNodeURI\": {\"title\": \"SNT\", \"identifier\": \"e144c2e6-c0ea-11e7-95f7-5d664f4d8844\", \"uri\": \"u:1\"},"
  "   \"destinationNodeURI\": {\"title\": \"Coded\", \"identifier\": \"d0000000-0000-0000-0000-000000000000\", \"uri\": \"u:d\"},"
  "   \"lastChangeDateTime\": \"2017-11-03T23:02:07+00:00\"},"
  "  {\"identifier\": \"ea98af74-c0ea-11e7-aa16-9fb3d6294ee4\", \"uri\": \"u:a2\", \"associationType\": \"isChildOf\","
  "   \"originNodeURI\": {\"title\": \"SNT.1\", \"identifier\": \"ea98ab46-c0ea-11e7-820f-a71b35976453\", \"uri\": \"u:2\"},"
  "   \"destinationNodeURI\": {\"title\": \"SNT\", \"identifier\": \"e144c2e6-c0ea-11e7-95f7-5d664f4d8844\", \"uri\": \"u:1\"},"
  "   \"lastChangeDateTime\": \"2017-11-03T23:02:07+00:00\"}]}";

/* A title the import took from humanCodingScheme, then edited, is the one
 * the export gives: what the import kept of the item does not undo it. */
static void
test_case_edited_titles (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) imported = sf_case_import (coded_package, strlen (coded_package), "coded.json", &error);
  g_autofree char *json = NULL;
  g_autofree char *step = NULL;
  g_autofree char *edited_json = NULL;
  g_autoptr(SfFramework) edited = NULL;
  g_autoptr(GBytes) package = NULL;
  g_autoptr(SfFramework) back = NULL;
  g_autoptr(SfSection) section = NULL;
  g_autoptr(SfStatement) statement = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) unedited = NULL;
  g_autofree char *unedited_text = NULL;
  g_autoptr(SfFramework) unedited_back = NULL;

  g_assert_no_error (error);
  json = sf_test_write_string (imported);
  step = sf_test_replace_once (json, "\"title\": \"SNT\"", "\"title\": \"Renamed domain\"");
  edited_json = sf_test_replace_once (step, "\"title\": \"SNT.1\"", "\"title\": \"Renamed item\"");
  edited = sf_format_read (edited_json, strlen (edited_json), "edited.json", NULL, &error);
  g_assert_no_error (error);

  package = export (edited, "case");
  back = sf_case_import (g_bytes_get_data (package, NULL), g_bytes_get_size (package), "edited.case.json", &error);
  g_assert_no_error (error);
  section = g_list_model_get_item (sf_framework_get_sections (back), 0);
  g_assert_cmpstr (sf_section_get_title (section), ==, "Renamed domain");
  statement = g_list_model_get_item (sf_section_get_statements (section), 0);
  g_assert_cmpstr (sf_statement_get_title (statement), ==, "Renamed item");
  /* What the import keeps differs (the package has the title now), not
   * the package it gives. */
  again = export (back, "case");
  g_assert_true (g_bytes_equal (package, again));

  /* Unedited, the package still has no abbreviatedStatement of its own. */
  unedited = export (imported, "case");
  unedited_text = g_strndup (g_bytes_get_data (unedited, NULL), g_bytes_get_size (unedited));
  g_assert_null (strstr (unedited_text, "abbreviatedStatement"));
  unedited_back = sf_case_import (g_bytes_get_data (unedited, NULL), g_bytes_get_size (unedited), "coded.case.json",
                                  &error);
  g_assert_no_error (error);
  g_assert_true (sf_node_equal (SF_NODE (imported), SF_NODE (unedited_back)));
}

/* ---- Malformed packages ---- */

typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  const char *message;
} Breakage;

static void
test_case_malformed (void)
{
  static const Breakage breakages[] = {
    { "wrong type", "\"fullStatement\": \"Collect and label", "\"fullStatement\": 7, \"x\": \"",
      "/CFItems/1 (“A.1”, dc44bd2a-0574-5766-abcb-084eae5d7858): “fullStatement” is a number, expected a string" },
    { "missing member", "\"fullStatement\": \"Report equipment", "\"full\": \"",
      "/CFItems/6 (“B.1”, f6f1611a-0736-5d5f-a9d4-6492b1c4e897): “fullStatement” is missing" },
    { "duplicate item", "\"identifier\": \"f6f1611a-0736-5d5f-a9d4-6492b1c4e897\",\n      \"fullStatement\"",
      "\"identifier\": \"dc44bd2a-0574-5766-abcb-084eae5d7858\",\n      \"fullStatement\"",
      "/CFItems/6 (“B.1”, dc44bd2a-0574-5766-abcb-084eae5d7858): the identifier dc44bd2a-0574-5766-abcb-084eae5d7858 is used twice" },
    { "unknown origin", "\"title\": \"B\",\n        \"identifier\": \"88a1b4a1",
      "\"title\": \"B\",\n        \"identifier\": \"00000000",
      "/CFAssociations/1 (140dd696-d52e-5e3f-8da1-0e3006b10153): isChildOf association from "
      "00000000-4eec-5d35-9186-e95869fea7a1, which is not an item of this package" },
    { "unknown parent", "\"destinationNodeURI\": {\n        \"title\": \"A\",\n        \"identifier\": \"622e6060",
      "\"destinationNodeURI\": {\n        \"title\": \"A\",\n        \"identifier\": \"11111111",
      "item dc44bd2a-0574-5766-abcb-084eae5d7858 is a child of 11111111-6837-5d78-a608-ccd51d0be255, "
      "which is not an item of this package" },
    { "not in the tree", "\"associationType\": \"isChildOf\",\n      \"sequenceNumber\": 2",
      "\"associationType\": \"isPartOf\",\n      \"sequenceNumber\": 2",
      "/CFItems/5 (“B”, 88a1b4a1-4eec-5d35-9186-e95869fea7a1): the item is missing from the tree: "
      "no isChildOf association places it" },
    { "sequence type", "\"sequenceNumber\": 2", "\"sequenceNumber\": \"2\"",
      "“sequenceNumber” is a string, expected an integer" },
  };
  g_autofree char *path = sf_test_source_path ("tests/data/case/package-1.1.json");
  g_autofree char *original = NULL;

  g_file_get_contents (path, &original, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autofree char *broken = sf_test_replace_once (original, breakages[i].from, breakages[i].to);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = NULL;

      g_test_message ("%s", breakages[i].name);
      framework = sf_case_import (broken, strlen (broken), "broken.json", &error);
      g_assert_null (framework);
      g_assert_error (error, SF_CASE_ERROR, SF_CASE_ERROR_INVALID);
      if (strstr (error->message, breakages[i].message) == NULL)
        g_error ("%s: %s", breakages[i].name, error->message);
      g_assert_true (g_str_has_prefix (error->message, "broken.json: the CASE package has"));
      /* An item refused for a problem of its own is still in the package:
       * its associations do not say otherwise. (An identifier changed to
       * another's does leave the package without the first.) */
      if (strstr (breakages[i].message, "not an item of this package") == NULL &&
          strstr (breakages[i].message, "used twice") == NULL &&
          strstr (error->message, "not an item of this package") != NULL)
        g_error ("%s: %s", breakages[i].name, error->message);
    }
}

static void
test_case_malformed_shapes (void)
{
  static const struct { const char *json; GQuark domain; const char *message; } cases[] = {
    { "[1, 2]", 0, "not a CASE package" },
    { "{\"CFItems\": []}", 0, "not a CASE package" },
    { "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"}, \"CFItems\": {}}", 0,
      "/CFItems is an object, expected an array" },
    { "{\"CFDocument\": {\"title\": \"t\"}}", 0, "/CFDocument: “identifier” is missing" },
    { "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"}, \"CFItems\": [\"x\"]}", 0,
      "/CFItems/0 is a string, expected an object" },
    { "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"}, \"CFItems\": [], \"CFAssociations\": ["
      "{\"identifier\": \"a\", \"associationType\": \"isChildOf\", \"originNodeURI\": {\"identifier\": \"x\"},"
      " \"destinationNodeURI\": {\"identifier\": \"d\"}}]}", 0,
      "/CFAssociations/0 (a): isChildOf association from x, which is not an item of this package" },
    { "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"}, \"CFItems\": [], \"CFAssociations\": ["
      "{\"identifier\": \"a\", \"associationType\": \"isChildOf\", \"originNodeURI\": {\"title\": \"x\"},"
      " \"destinationNodeURI\": {\"identifier\": \"d\"}}]}", 0,
      "/CFAssociations/0 (a): “originNodeURI” has no identifier string" },
    { "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"}, \"CFItems\": [", 1, "broken.json:1:" },
    { "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\", \"extensions\": {\"skillframe\":"
      " {\"scales\": [{\"id\": \"s\", \"name\": \"S\", \"levels\": [{\"name\": \"no id\"}]}]}}}}", 0,
      "the package's Skillframe extensions do not make a framework: broken.json:1:1: /scales/0/levels/0: "
      "missing member \"id\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = sf_case_import (cases[i].json, strlen (cases[i].json), "broken.json", &error);

      g_assert_null (framework);
      g_assert_nonnull (error);
      g_assert_true (error->domain == (cases[i].domain ? SF_FORMAT_ERROR : SF_CASE_ERROR));
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: %s", i, error->message);
    }
}

/* The seed with the statements of its first section interleaving levels:
 * Advanced, Emerging, Advanced, Emerging… then the others. */
static SfFramework *
interleaved_seed (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autofree char *text = sf_test_write_string (seed);
  g_autoptr(JsonNode) root = parse (text, -1);
  JsonObject *section = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "sections"), 0);
  JsonArray *statements = json_object_get_array_member (section, "statements");
  g_autoptr(JsonArray) reordered = json_array_new ();
  g_autoptr(GPtrArray) advanced = g_ptr_array_new ();
  g_autoptr(GPtrArray) emerging = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  SfFramework *framework;

  for (guint i = 0; i < json_array_get_length (statements); i++)
    {
      JsonObject *statement = json_array_get_object_element (statements, i);
      const char *level = json_object_get_string_member (statement, "level");

      g_ptr_array_add (g_str_equal (level, "advanced") ? advanced : g_str_equal (level, "emerging") ? emerging : others,
                       statement);
    }
  g_assert_cmpuint (advanced->len, ==, emerging->len);
  for (guint i = 0; i < advanced->len; i++)
    {
      json_array_add_object_element (reordered, json_object_ref (advanced->pdata[i]));
      json_array_add_object_element (reordered, json_object_ref (emerging->pdata[i]));
    }
  for (guint i = 0; i < others->len; i++)
    json_array_add_object_element (reordered, json_object_ref (others->pdata[i]));
  json_object_set_array_member (section, "statements", json_array_ref (reordered));
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  framework = sf_format_read (json, strlen (json), "interleaved.json", NULL, &error);
  g_assert_no_error (error);
  return framework;
}

/* Statements that interleave levels keep their order through a CASE
 * package, whose tree puts each below its level: the export gives each its
 * place in the section. */
static void
test_case_interleaved_levels (void)
{
  g_autoptr(SfFramework) framework = interleaved_seed ();
  g_autoptr(GBytes) package = export (framework, "case");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) back = sf_case_import (g_bytes_get_data (package, NULL), g_bytes_get_size (package),
                                                "interleaved.case.json", &error);
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(GBytes) seed_package = export (seed, "case");
  g_autofree char *framework_text = sf_test_write_string (framework);
  g_autofree char *back_text = NULL;
  g_autoptr(SfStatement) first = NULL;
  g_autoptr(SfStatement) second = NULL;
  g_autoptr(SfSection) section = NULL;

  g_assert_no_error (error);
  section = g_list_model_get_item (sf_framework_get_sections (back), 0);
  first = g_list_model_get_item (sf_section_get_statements (section), 0);
  second = g_list_model_get_item (sf_section_get_statements (section), 1);
  g_assert_cmpstr (sf_statement_get_level (first), ==, "advanced");
  g_assert_cmpstr (sf_statement_get_level (second), ==, "emerging");
  back_text = sf_test_write_string (back);
  g_assert_cmpstr (framework_text, ==, back_text);

  /* A section in the tree's order needs no places: the seed's package has
   * none. */
  g_assert_null (g_strstr_len (g_bytes_get_data (seed_package, NULL), g_bytes_get_size (seed_package),
                               "\"position\""));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (package, NULL), g_bytes_get_size (package), "\"position\": 1"));
}

/* A package of another tool whose items under a section interleave items
 * on a level and items on none comes back in its order. */
static void
test_case_interleaved_package (void)
{
  g_autoptr(SfFramework) first = import_file ("tests/data/case/package-interleaved.json");
  g_autoptr(GBytes) package = export (first, "case");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) again = sf_case_import (g_bytes_get_data (package, NULL), g_bytes_get_size (package),
                                                 "again.json", &error);
  g_autoptr(SfSection) section = NULL;
  GListModel *statements;
  const char *titles[] = { "A.1", "B.1", "A.2", "C.1", "A.3" };
  g_autofree char *first_text = sf_test_write_string (first);
  g_autofree char *again_text = NULL;

  g_assert_no_error (error);
  again_text = sf_test_write_string (again);
  g_assert_cmpstr (first_text, ==, again_text);
  section = g_list_model_get_item (sf_framework_get_sections (again), 0);
  statements = sf_section_get_statements (section);
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      g_assert_cmpstr (sf_statement_get_title (statement), ==, titles[i]);
    }
}

/* One round reaches the fixed point: the import of the export of an
 * imported framework is that framework, byte for byte once saved, also for
 * packages with vendor members, CASE 1.0 members and no document date. */
static void
test_case_import_export_import (void)
{
  const char *packages[] = {
    "tests/fuzz/corpus-case/opensalt-1.0.json", "tests/fuzz/corpus-case/opensalt-1.1.json",
    "tests/fuzz/crashes-case/vendor-members.json", "tests/fuzz/crashes-case/moved-member-order.json",
    "tests/fuzz/crashes-case/kept-association-order.json", "tests/data/case/package-1.0.json",
    "tests/data/case/package-1.1.json",
    "tests/data/case/package-interleaved.json", "tests/data/case/package-opensalt-1.0-api.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (packages); i++)
    {
      g_autoptr(SfFramework) first = import_file (packages[i]);
      g_autoptr(GBytes) package = export (first, "case");
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) again = sf_case_import (g_bytes_get_data (package, NULL), g_bytes_get_size (package),
                                                     "again.json", &error);
      g_autofree char *first_text = NULL;
      g_autofree char *again_text = NULL;

      g_test_message ("%s", packages[i]);
      g_assert_no_error (error);
      first_text = sf_test_write_string (first);
      again_text = sf_test_write_string (again);
      g_assert_cmpstr (first_text, ==, again_text);
    }
}

/* A member that is also one of the object's extensions contradicts
 * itself: the export could keep one of the two only. */
static void
test_case_import_contradictory (void)
{
  g_autofree char *path = sf_test_source_path ("tests/fuzz/crashes-case/member-and-extension.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_case_import_file (file, NULL, &error);

  g_assert_null (framework);
  g_assert_error (error, SF_CASE_ERROR, SF_CASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "member-and-extension.json: /CFItems/0 (“A”, "
                                            "622e6060-6837-5d78-a608-ccd51d0be255): “difficulty” is both a member "
                                            "and one of its extensions"));
}

/* The import itself refuses a package whose framework the reader could not
 * open once saved, for the editor's Import as for the tool, naming the
 * package and the limit. */
static void
test_case_import_limits (void)
{
  g_autofree char *deep = sf_test_deep_case_package ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = sf_case_import (deep, strlen (deep), "deep.json", &error);
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  SfFormatLimits limits = *sf_format_limits_default ();

  g_assert_null (framework);
  g_assert_error (error, SF_CASE_ERROR, SF_CASE_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "deep.json: the framework made of this package would be saved as a file that cannot be opened "
                   "again: nesting deeper than the limit of 128 levels");
  g_clear_error (&error);

  /* Each limit of the reader, as the check names it. */
  g_assert_true (_sf_format_check_limits (seed, NULL, &error));
  g_assert_no_error (error);
  limits.max_statements = 100;
  g_assert_false (_sf_format_check_limits (seed, &limits, &error));
  g_assert_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "statements, more than the limit of 100 for one framework"));
  g_clear_error (&error);
  limits = *sf_format_limits_default ();
  limits.max_file_size = 1000;
  g_assert_false (_sf_format_check_limits (seed, &limits, &error));
  g_assert_nonnull (strstr (error->message, "bytes, larger than the limit of 1000 bytes"));
  g_clear_error (&error);
  limits = *sf_format_limits_default ();
  limits.max_depth = 3;
  g_assert_false (_sf_format_check_limits (seed, &limits, &error));
  g_assert_nonnull (strstr (error->message, "nesting deeper than the limit of 3 levels"));
  g_clear_error (&error);
  limits = *sf_format_limits_default ();
  limits.max_string_length = 10;
  g_assert_false (_sf_format_check_limits (seed, &limits, &error));
  g_assert_nonnull (strstr (error->message, "longer than the limit of 10"));
}

static void
test_case_tool (void)
{
  g_autofree char *dir = sf_test_make_tmpdir ();
  g_autofree char *seed = sf_test_seed_path ();
  g_autofree char *package = g_build_filename (dir, "seed.case.json", NULL);
  g_autofree char *back = g_build_filename (dir, "back.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *back_text = NULL;

  g_assert_cmpint (sf_test_run_tool (0, &out, NULL, "export", "--format=case", seed, NULL), ==, 0);
  g_assert_cmpint (sf_test_run_tool (0, &out2, NULL, "export", "--format=case", seed, NULL), ==, 0);
  g_assert_cmpstr (out, ==, out2);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "export", "--format=case", seed, "-o", package, NULL), ==, 0);
  g_assert_cmpint (sf_test_run_tool (0, NULL, NULL, "import-case", package, "-o", back, NULL), ==, 0);
  g_file_get_contents (seed, &seed_text, NULL, NULL);
  g_file_get_contents (back, &back_text, NULL, NULL);
  g_assert_cmpstr (seed_text, ==, back_text);

  g_file_set_contents (broken, "{\"CFDocument\": {\"title\": 3}}", -1, NULL);
  g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "import-case", broken, NULL), ==, 65);
  g_assert_nonnull (strstr (err, "“identifier” is missing"));
  g_assert_nonnull (strstr (err, "“title” is a number, expected a string"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "import-case", "/nonexistent/p.json", NULL), ==, 66);
  g_clear_pointer (&err, g_free);
  /* A framework that cannot be written is 73, as export has it, not a
   * missing input (66); the path is said once. */
  g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "import-case", package, "-o", "/nonexistent/dir/f.json", NULL),
                   ==, 73);
  g_assert_true (g_str_has_prefix (err, "/nonexistent/dir/f.json: could not save"));
  g_clear_pointer (&err, g_free);

  /* An extension 120 levels deep is within the package's limits, not once
   * kept in a statement: no framework is written that cannot be read. */
  {
    g_autofree char *deep = sf_test_deep_case_package ();
    g_autofree char *deep_path = g_build_filename (dir, "deep.json", NULL);
    g_autofree char *deep_out = g_build_filename (dir, "deep.skillframe.json", NULL);

    g_file_set_contents (deep_path, deep, -1, NULL);
    g_assert_cmpint (sf_test_run_tool (0, NULL, &err, "import-case", deep_path, "-o", deep_out, NULL), ==, 65);
    g_assert_nonnull (strstr (err, "deep.json: the framework made of this package would be saved as a file that "
                                   "cannot be opened again: nesting deeper than the limit of 128 levels"));
    g_assert_false (g_file_test (deep_out, G_FILE_TEST_EXISTS));
  }

  sf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/export/publication/golden", test_publication_golden);
  g_test_add_func ("/skillframe/export/publication/content", test_publication_content);
  g_test_add_func ("/skillframe/export/publication/unknown-level", test_publication_unknown_level);
  g_test_add_func ("/skillframe/export/publication/tool", test_publication_tool);
  g_test_add_func ("/skillframe/export/tool/usage", test_tool_usage);
  g_test_add_func ("/skillframe/export/tool/folder", test_tool_folder);
  g_test_add_func ("/skillframe/export/case/seed", test_case_export_seed);
  g_test_add_func ("/skillframe/export/case/anchors", test_case_export_anchors);
  g_test_add_func ("/skillframe/export/case/duplicate-ids", test_case_export_duplicate_ids);
  g_test_add_func ("/skillframe/export/case/round-trip-seed", test_case_round_trip_seed);
  g_test_add_func ("/skillframe/export/case/import-1.1", test_case_import_1_1);
  g_test_add_func ("/skillframe/export/case/import-1.0", test_case_import_1_0);
  g_test_add_func ("/skillframe/export/case/import-flat-wrapped", test_case_import_flat_wrapped);
  g_test_add_func ("/skillframe/export/case/import-levels", test_case_import_levels);
  g_test_add_func ("/skillframe/export/case/edited-titles", test_case_edited_titles);
  g_test_add_func ("/skillframe/export/case/malformed", test_case_malformed);
  g_test_add_func ("/skillframe/export/case/malformed-shapes", test_case_malformed_shapes);
  g_test_add_func ("/skillframe/export/case/import-limits", test_case_import_limits);
  g_test_add_func ("/skillframe/export/case/import-export-import", test_case_import_export_import);
  g_test_add_func ("/skillframe/export/case/import-contradictory", test_case_import_contradictory);
  g_test_add_func ("/skillframe/export/case/interleaved-levels", test_case_interleaved_levels);
  g_test_add_func ("/skillframe/export/case/interleaved-package", test_case_interleaved_package);
  g_test_add_func ("/skillframe/export/case/tool", test_case_tool);

  return g_test_run ();
}
