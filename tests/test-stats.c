/* test-stats.c: the figures of `skillframe-tool stats`
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-json.h"
#include "sf-stats.h"
#include "sf-test-util.h"

static JsonObject *
find_section (JsonObject *stats,
              const char *id)
{
  JsonArray *sections = json_object_get_array_member (stats, "sections");

  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);

      if (g_strcmp0 (json_object_get_string_member (section, "id"), id) == 0)
        return section;
    }
  g_error ("no section %s", id);
}

static gint64
level_count (JsonObject *section,
             const char *id)
{
  JsonArray *levels = json_object_get_array_member (section, "levels");

  for (guint i = 0; i < json_array_get_length (levels); i++)
    {
      JsonObject *level = json_array_get_object_element (levels, i);

      if (g_str_equal (json_object_get_string_member (level, "id"), id))
        return json_object_get_int_member (level, "statements");
    }
  g_error ("no level %s", id);
}

static gint64
source_count (JsonObject *stats,
              const char *id)
{
  JsonArray *sources = json_object_get_array_member (stats, "sources");

  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      if (g_strcmp0 (json_object_get_string_member (source, "id"), id) == 0)
        return json_object_get_int_member (source, "citations");
    }
  g_error ("no source %s", id);
}

/* The seed is complete: everything is on a level and cites a known source. */
static void
test_seed (void)
{
  g_autoptr(SfFramework) seed = sf_test_load_seed ();
  g_autoptr(JsonNode) node = sf_stats_compute (seed);
  JsonObject *stats = json_node_get_object (node);
  JsonObject *competencies = find_section (stats, "competencies");

  g_assert_cmpint (json_object_get_int_member (stats, "statements"), ==, 146);
  g_assert_cmpint (json_object_get_int_member (competencies, "statements"), ==, 40);
  g_assert_cmpint (level_count (competencies, "emerging"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (competencies, "no_level"), ==, 0);
  g_assert_cmpint (source_count (stats, "pathsmith"), ==, 87);
  g_assert_cmpint (json_object_get_int_member (stats, "citations_without_source"), ==, 0);
}

/* A framework being built or edited may hold statements with nothing set
 * yet and citations with no source: the figures count them, without
 * crashing. The framework is put together directly, as an importer would:
 * the edit layer may fill in what an author leaves unset. */
static void
test_incomplete (void)
{
  g_autoptr(SfFramework) framework = sf_framework_new_empty ();
  SfSection *competencies = sf_framework_find_section (framework, "competencies");
  SfSection *ai_usage = sf_framework_find_section (framework, "ai-usage");
  g_autoptr(SfStatement) blank = sf_statement_new ();
  g_autoptr(SfStatement) placed = _sf_node_new (SF_TYPE_STATEMENT,
                                                "id", "comp-emerging-01",
                                                "level", "emerging",
                                                NULL);
  g_autoptr(SfStatement) misplaced = _sf_node_new (SF_TYPE_STATEMENT,
                                                   "id", "ai-x",
                                                   "level", "exceeding",
                                                   NULL);
  g_autoptr(SfCitation) unsourced = sf_citation_new ();
  g_autoptr(SfCitation) unknown = _sf_node_new (SF_TYPE_CITATION, "source", "nowhere", NULL);
  g_autoptr(SfSource) onet = _sf_node_new (SF_TYPE_SOURCE, "id", "onet", NULL);
  g_autoptr(SfCitation) known = _sf_node_new (SF_TYPE_CITATION, "source", "onet", NULL);
  g_autoptr(SfSection) scaleless = _sf_node_new (SF_TYPE_SECTION, "id", "x", NULL);
  g_autoptr(SfStatement) orphan = _sf_node_new (SF_TYPE_STATEMENT, "level", "emerging", NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  JsonObject *stats, *section;
  JsonArray *uncited;

  _sf_node_list_append (SF_NODE (competencies), "statements", SF_NODE (blank));
  _sf_node_list_append (SF_NODE (competencies), "statements", SF_NODE (placed));
  _sf_node_list_append (SF_NODE (ai_usage), "statements", SF_NODE (misplaced));
  _sf_node_list_append (SF_NODE (placed), "citations", SF_NODE (unsourced));
  _sf_node_list_append (SF_NODE (placed), "citations", SF_NODE (unknown));
  _sf_node_list_append (SF_NODE (placed), "citations", SF_NODE (known));
  _sf_node_list_append (SF_NODE (framework), "sources", SF_NODE (onet));
  _sf_node_list_append (SF_NODE (framework), "sections", SF_NODE (scaleless));
  _sf_node_list_append (SF_NODE (scaleless), "statements", SF_NODE (orphan));

  node = sf_stats_compute (framework);
  stats = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (stats, "statements"), ==, 4);

  /* The blank statement is on no level; the levels and "no_level" add up. */
  section = find_section (stats, "competencies");
  g_assert_cmpint (json_object_get_int_member (section, "statements"), ==, 2);
  g_assert_cmpint (level_count (section, "emerging"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (section, "no_level"), ==, 1);
  uncited = json_object_get_array_member (section, "uncited");
  g_assert_cmpuint (json_array_get_length (uncited), ==, 1);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (uncited, 0), "id"));
  g_assert_true (json_object_get_null_member (json_array_get_object_element (uncited, 0), "title"));

  /* "exceeding" is a level of the durable scale, not of this section's. */
  section = find_section (stats, "ai-usage");
  g_assert_cmpint (level_count (section, "emerging"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (section, "no_level"), ==, 1);

  /* A section with no scale has no levels: all its statements are on none. */
  section = find_section (stats, "x");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (section, "levels")), ==, 0);
  g_assert_cmpint (json_object_get_int_member (section, "no_level"), ==, 1);
  g_assert_true (json_object_get_null_member (section, "title"));

  g_assert_cmpint (source_count (stats, "onet"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (stats, "citations_without_source"), ==, 2);

  /* And the figures print. */
  sf_json_write_node (json, node, 0);
  g_assert_nonnull (strstr (json->str, "\"title\": null"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/stats/seed", test_seed);
  g_test_add_func ("/skillframe/stats/incomplete", test_incomplete);

  return g_test_run ();
}
