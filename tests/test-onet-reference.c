/* test-onet-reference.c: the O*NET content model that ships with Skillframe
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sf-format.h"
#include "sf-onet-reference.h"
#include "sf-test-util.h"

#define RESOURCE_PREFIX "/io/github/skillframe/core/onet/"

/* Rows of a tab-separated file with a header line, as arrays of fields. */
static GPtrArray *
read_tsv (const char *path,
          guint       n_fields)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      char **fields;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, n_fields);
      g_ptr_array_add (rows, fields);
    }

  return rows;
}

static gpointer
lookup_in_thread (gpointer data)
{
  return (gpointer) sf_onet_reference_lookup_id ("2.B.3.m");
}

/* Runs first, so that several threads race to parse the reference. */
static void
test_threads (void)
{
  GThread *threads[8];
  gconstpointer first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("onet-reference", lookup_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      const SfOnetElement *element = g_thread_join (threads[i]);

      g_assert_nonnull (element);
      if (first == NULL)
        first = element;
      g_assert_true (element == first);
    }
  g_assert_cmpstr (((const SfOnetElement *) first)->name, ==, "Quality Control Analysis");
}

/* The resource registered by the constructor is in this program, and it is
 * the committed table. */
static void
test_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) table = NULL;
  g_autoptr(GBytes) attribution = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autofree char *text = NULL;
  g_auto(GStrv) paragraphs = NULL;
  g_autoptr(GString) credit = NULL;

  table = g_resources_lookup_data (RESOURCE_PREFIX "onet-reference.tsv",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  attribution = g_resources_lookup_data (RESOURCE_PREFIX "ATTRIBUTION",
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  path = sf_test_source_path ("data/onet/onet-reference.tsv");
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (table, NULL), g_bytes_get_size (table), contents, length);

  /* The credit line is the first paragraph of ATTRIBUTION. */
  text = g_strndup (g_bytes_get_data (attribution, NULL), g_bytes_get_size (attribution));
  paragraphs = g_strsplit (text, "\n\n", 2);
  credit = g_string_new (paragraphs[0]);
  g_string_replace (credit, "\n", " ", 0);
  g_assert_cmpstr (sf_onet_reference_get_attribution (), ==, credit->str);
}

static void
test_attribution (void)
{
  const char *attribution = sf_onet_reference_get_attribution ();

  g_assert_nonnull (strstr (attribution, "CC BY 4.0"));
  g_assert_nonnull (strstr (attribution, "O*NET"));
  g_assert_nonnull (strstr (attribution, "O*NET® is a trademark of USDOL/ETA"));
  g_assert_nonnull (strstr (attribution, "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"));
  g_assert_nonnull (strstr (attribution, "modified all or some of this information"));
  g_assert_nonnull (strstr (attribution, "USDOL/ETA has not approved, endorsed, or tested these modifications."));
  g_assert_true (g_utf8_validate (attribution, -1, NULL));
  g_assert_cmpstr (sf_onet_reference_get_releases (), ==, "27.0–30.1");
}

static void
test_content_model (void)
{
  static const struct {
    const char   *domain;
    SfAnchorKind  kind;
    const char   *list;
    const char   *prefix;
    guint         count;
  } lists[] = {
    { "Skills", SF_ANCHOR_KIND_SKILL, "current", "2.", 35 },
    { "Knowledge", SF_ANCHOR_KIND_KNOWLEDGE, "current", "2.C", 33 },
    { "Abilities", SF_ANCHOR_KIND_ABILITY, "current", "1.A", 52 },
    { "Work Styles", SF_ANCHOR_KIND_WORK_STYLE, "1.D", "1.D.", 21 },
    { "Work Styles", SF_ANCHOR_KIND_WORK_STYLE, "1.C", "1.C.", 16 },
  };
  g_autofree char *path = sf_test_require_shared ("onet/content-model.tsv");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (path == NULL)
    return;
  rows = read_tsv (path, 7);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = 0;

      for (guint i = 0; i < rows->len; i++)
        {
          char **row = g_ptr_array_index (rows, i);
          const SfOnetElement *element;

          if (strcmp (row[2], lists[l].domain) != 0
              || !g_str_has_prefix (row[0], lists[l].prefix))
            continue;

          element = sf_onet_reference_lookup_id (row[0]);
          g_assert_nonnull (element);
          g_assert_cmpstr (element->element_id, ==, row[0]);
          g_assert_cmpstr (element->name, ==, row[1]);
          g_assert_cmpint (element->kind, ==, lists[l].kind);
          g_assert_cmpstr (element->list, ==, lists[l].list);
          g_hash_table_add (seen, (gpointer) element);
          n++;
        }
      g_assert_cmpuint (n, ==, lists[l].count);
    }

  /* …and nothing else. */
  for (SfAnchorKind kind = SF_ANCHOR_KIND_SKILL; kind <= SF_ANCHOR_KIND_WORK_STYLE; kind++)
    {
      gsize n;
      const SfOnetElement *elements = sf_onet_reference_get_elements (kind, &n);

      g_assert_nonnull (elements);
      for (gsize i = 0; i < n; i++)
        {
          g_assert_cmpint (elements[i].kind, ==, kind);
          g_assert_true (g_hash_table_contains (seen, &elements[i]));
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 35 + 33 + 52 + 21 + 16);
}

/* The table's own rows: the activities and job zones too. */
static void
test_table_rows (void)
{
  g_autofree char *cm_path = NULL;
  g_autofree char *jz_path = NULL;
  g_autofree char *table_path = sf_test_source_path ("data/onet/onet-reference.tsv");
  g_autoptr(GPtrArray) content_model = NULL;
  g_autoptr(GPtrArray) job_zones = NULL;
  g_autoptr(GPtrArray) table = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_activities = 0;
  guint n_job_zones = 0;

  if ((cm_path = sf_test_require_shared ("onet/content-model.tsv")) == NULL ||
      (jz_path = sf_test_require_shared ("onet/job-zones.tsv")) == NULL)
    return;
  content_model = read_tsv (cm_path, 7);
  job_zones = read_tsv (jz_path, 6);
  table = read_tsv (table_path, 4);

  g_assert_cmpuint (table->len, ==, content_model->len + job_zones->len);

  for (guint i = 0; i < content_model->len; i++)
    {
      char **row = g_ptr_array_index (content_model, i);

      g_hash_table_insert (names, row[0], row[1]);
    }

  for (guint i = 0; i < table->len; i++)
    {
      char **row = g_ptr_array_index (table, i);

      if (strcmp (row[0], "job-zone") == 0)
        {
          char **zone = g_ptr_array_index (job_zones, n_job_zones);

          g_assert_cmpstr (row[1], ==, zone[0]);
          g_assert_cmpstr (row[2], ==, zone[1]);
          g_assert_cmpstr (row[3], ==, "current");
          g_assert_cmpstr (sf_onet_reference_job_zone_name (atoi (row[1])), ==, zone[1]);
          n_job_zones++;
          continue;
        }

      g_assert_cmpstr (g_hash_table_lookup (names, row[1]), ==, row[2]);
      if (strcmp (row[0], "activity") == 0)
        {
          g_assert_true (g_str_has_prefix (row[1], "4.A."));
          g_assert_cmpstr (row[3], ==, "current");
          g_assert_null (sf_onet_reference_lookup_id (row[1]));
          n_activities++;
        }
    }

  g_assert_cmpuint (n_activities, ==, 41);
  g_assert_cmpuint (n_job_zones, ==, 5);
}

static void
test_seed (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  SfOnet *onet = sf_framework_get_onet (framework);
  GListModel *anchors = sf_onet_get_anchors (onet);
  const char *release = sf_onet_get_release (onet);
  guint counts[SF_ANCHOR_KIND_WORK_STYLE + 1] = { 0 };
  guint n_inexact = 0;

  g_assert_cmpstr (release, ==, "30.2");

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);
      SfOnetMatch match;

      if (kind < SF_ANCHOR_KIND_SKILL || kind > SF_ANCHOR_KIND_WORK_STYLE)
        continue;

      counts[kind]++;
      match = sf_onet_reference_match (kind, sf_anchor_get_name (anchor), release);
      if (match.kind != SF_ONET_MATCH_EXACT
          || g_strcmp0 (match.element->element_id, sf_anchor_get_code (anchor)) != 0)
        {
          g_test_message ("seed anchor %s (%s, %s) does not match exactly",
                          sf_anchor_get_id (anchor), sf_anchor_get_code (anchor),
                          sf_anchor_get_name (anchor));
          n_inexact++;
          continue;
        }
      g_assert_true (match.element == sf_onet_reference_lookup_id (sf_anchor_get_code (anchor)));
      g_assert_null (match.suggestion);
    }

  g_assert_cmpuint (n_inexact, ==, 0);
  g_assert_cmpuint (counts[SF_ANCHOR_KIND_SKILL], ==, 20);
  g_assert_cmpuint (counts[SF_ANCHOR_KIND_KNOWLEDGE], ==, 10);
  g_assert_cmpuint (counts[SF_ANCHOR_KIND_ABILITY], ==, 10);
  g_assert_cmpuint (counts[SF_ANCHOR_KIND_WORK_STYLE], ==, 6);

  /* The seed's job zone. */
  g_assert_true (sf_onet_job_zone_name_matches (sf_occupation_get_job_zone (sf_framework_get_occupation (framework)),
                                                sf_occupation_get_job_zone_name (sf_framework_get_occupation (framework))));
}

static void
assert_match (SfAnchorKind     kind,
              const char      *name,
              const char      *release,
              SfOnetMatchKind  match_kind,
              const char      *element_id,
              const char      *suggestion_id)
{
  SfOnetMatch match = sf_onet_reference_match (kind, name, release);
  g_autofree char *escaped = g_strescape (name, NULL);

  g_test_message ("\"%s\" (%s)", escaped, release ? release : "no release");
  g_assert_cmpint (match.kind, ==, match_kind);
  if (element_id != NULL)
    {
      g_assert_nonnull (match.element);
      g_assert_cmpstr (match.element->element_id, ==, element_id);
      g_assert_cmpint (match.element->kind, ==, kind);
    }
  else
    {
      g_assert_null (match.element);
    }
  if (suggestion_id != NULL)
    {
      g_assert_nonnull (match.suggestion);
      g_assert_cmpstr (match.suggestion->element_id, ==, suggestion_id);
      g_assert_cmpint (match.suggestion->kind, ==, kind);
    }
  else
    {
      g_assert_null (match.suggestion);
    }
}

static void
test_exact (void)
{
  assert_match (SF_ANCHOR_KIND_SKILL, "Quality Control Analysis", "30.2", SF_ONET_MATCH_EXACT, "2.B.3.m", NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "Mathematics", NULL, SF_ONET_MATCH_EXACT, "2.A.1.e", NULL);
  assert_match (SF_ANCHOR_KIND_KNOWLEDGE, "Mathematics", NULL, SF_ONET_MATCH_EXACT, "2.C.4.a", NULL);
  assert_match (SF_ANCHOR_KIND_KNOWLEDGE, "Education and Training", "30.2", SF_ONET_MATCH_EXACT, "2.C.6", NULL);
  assert_match (SF_ANCHOR_KIND_ABILITY, "Arm-Hand Steadiness", "30.2", SF_ONET_MATCH_EXACT, "1.A.2.a.1", NULL);
  /* In both work-style lists, under different ids. */
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Stress Tolerance", "30.2", SF_ONET_MATCH_EXACT, "1.D.4.a", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Stress Tolerance", "29.3", SF_ONET_MATCH_EXACT, "1.C.4.b", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Dependability", NULL, SF_ONET_MATCH_EXACT, "1.D.3.c", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Achievement/Effort", "30.0", SF_ONET_MATCH_EXACT, "1.C.1.a", NULL);
}

static void
test_tolerant (void)
{
  assert_match (SF_ANCHOR_KIND_SKILL, "quality control  analysis", "30.2", SF_ONET_MATCH_TOLERANT, "2.B.3.m", NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "Quality-Control Analysis", "30.2", SF_ONET_MATCH_TOLERANT, "2.B.3.m", NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "  QUALITY\tCONTROL ANALYSIS ", "30.2", SF_ONET_MATCH_TOLERANT, "2.B.3.m", NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "Judgment and Decision-Making", "30.2", SF_ONET_MATCH_TOLERANT, "2.B.4.e", NULL);
  assert_match (SF_ANCHOR_KIND_ABILITY, "arm hand steadiness", "30.2", SF_ONET_MATCH_TOLERANT, "1.A.2.a.1", NULL);
  assert_match (SF_ANCHOR_KIND_ABILITY, "Arm–Hand Steadiness", "30.2", SF_ONET_MATCH_TOLERANT, "1.A.2.a.1", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "self control", "30.2", SF_ONET_MATCH_TOLERANT, "1.D.4.b", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Achievement / Effort", "29.3", SF_ONET_MATCH_TOLERANT, "1.C.1.a", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "adaptability/ flexibility", "29.3", SF_ONET_MATCH_TOLERANT, "1.C.4.c", NULL);
}

static void
test_suggestions (void)
{
  assert_match (SF_ANCHOR_KIND_SKILL, "Critical Thinkng", "30.2", SF_ONET_MATCH_NONE, NULL, "2.A.2.a");
  assert_match (SF_ANCHOR_KIND_SKILL, "Critcal Thinking", "30.2", SF_ONET_MATCH_NONE, NULL, "2.A.2.a");
  assert_match (SF_ANCHOR_KIND_SKILL, "Sceince", "30.2", SF_ONET_MATCH_NONE, NULL, "2.A.1.f");
  assert_match (SF_ANCHOR_KIND_SKILL, "Judgement and Decision Making", "30.2", SF_ONET_MATCH_NONE, NULL, "2.B.4.e");
  /* Too far by edit distance, but a prefix of one skill only. */
  assert_match (SF_ANCHOR_KIND_SKILL, "Quality Control", "30.2", SF_ONET_MATCH_NONE, NULL, "2.B.3.m");
  /* A substring of one name only. */
  assert_match (SF_ANCHOR_KIND_ABILITY, "Steadiness", "30.2", SF_ONET_MATCH_NONE, NULL, "1.A.2.a.1");
  assert_match (SF_ANCHOR_KIND_KNOWLEDGE, "Mathematic", "30.2", SF_ONET_MATCH_NONE, NULL, "2.C.4.a");
  assert_match (SF_ANCHOR_KIND_KNOWLEDGE, "Medicine", "30.2", SF_ONET_MATCH_NONE, NULL, "2.C.5.a");
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Atention to Detail", "30.2", SF_ONET_MATCH_NONE, NULL, "1.D.3.b");

  /* Nothing close, or close to several. */
  assert_match (SF_ANCHOR_KIND_SKILL, "Xylophone Repair", "30.2", SF_ONET_MATCH_NONE, NULL, NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "Control", "30.2", SF_ONET_MATCH_NONE, NULL, NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "", "30.2", SF_ONET_MATCH_NONE, NULL, NULL);
  assert_match (SF_ANCHOR_KIND_SKILL, "  ", "30.2", SF_ONET_MATCH_NONE, NULL, NULL);
  /* Each kind on its own: Chemistry is knowledge, not a skill. */
  assert_match (SF_ANCHOR_KIND_SKILL, "Chemistry", "30.2", SF_ONET_MATCH_NONE, NULL, NULL);
  assert_match (SF_ANCHOR_KIND_KNOWLEDGE, "Chemistry", "30.2", SF_ONET_MATCH_EXACT, "2.C.4.c", NULL);
  /* Not UTF-8. */
  assert_match (SF_ANCHOR_KIND_SKILL, "Science\xff", "30.2", SF_ONET_MATCH_NONE, NULL, NULL);
}

static void
test_other_list (void)
{
  /* 1.C only, under a release with the 1.D list. */
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Achievement/Effort", "30.2", SF_ONET_MATCH_OTHER_LIST, "1.C.1.a", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "achievement / effort", "30.2", SF_ONET_MATCH_OTHER_LIST, "1.C.1.a", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Achievement/Effort", NULL, SF_ONET_MATCH_OTHER_LIST, "1.C.1.a", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Leadership", "30.2", SF_ONET_MATCH_OTHER_LIST, "1.C.2.b", "1.D.1.i");
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Analytical Thinking", "30.1", SF_ONET_MATCH_OTHER_LIST, "1.C.7.b", NULL);
  /* 1.D only, under a release with the 1.C list. */
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Cautiousness", "29.3", SF_ONET_MATCH_OTHER_LIST, "1.D.3.a", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Achievement Orientation", "29.3", SF_ONET_MATCH_OTHER_LIST, "1.D.1.b", NULL);
  assert_match (SF_ANCHOR_KIND_WORK_STYLE, "Intellectual Curiosity", "30.0", SF_ONET_MATCH_OTHER_LIST, "1.D.1.c", NULL);
}

static void
test_releases (void)
{
  g_assert_true (sf_onet_release_uses_new_work_styles ("30.1"));
  g_assert_true (sf_onet_release_uses_new_work_styles ("30.2"));
  g_assert_true (sf_onet_release_uses_new_work_styles ("30.3"));
  g_assert_true (sf_onet_release_uses_new_work_styles ("31.0"));
  g_assert_true (sf_onet_release_uses_new_work_styles (" 30.1 "));
  g_assert_false (sf_onet_release_uses_new_work_styles ("30.0"));
  g_assert_false (sf_onet_release_uses_new_work_styles ("30"));
  g_assert_false (sf_onet_release_uses_new_work_styles ("29.3"));
  g_assert_false (sf_onet_release_uses_new_work_styles ("27.0"));
  g_assert_false (sf_onet_release_uses_new_work_styles ("9.0"));
  g_assert_true (sf_onet_release_uses_new_work_styles (NULL));
  g_assert_true (sf_onet_release_uses_new_work_styles (""));
  g_assert_true (sf_onet_release_uses_new_work_styles ("latest"));
  g_assert_true (sf_onet_release_uses_new_work_styles ("29.3b"));
  g_assert_true (sf_onet_release_uses_new_work_styles ("29."));
}

static void
test_job_zones (void)
{
  g_assert_cmpstr (sf_onet_reference_job_zone_name (1), ==, "Little or No Preparation Needed");
  g_assert_cmpstr (sf_onet_reference_job_zone_name (4), ==, "Considerable Preparation Needed");
  g_assert_cmpstr (sf_onet_reference_job_zone_name (5), ==, "Extensive Preparation Needed");
  g_assert_null (sf_onet_reference_job_zone_name (0));
  g_assert_null (sf_onet_reference_job_zone_name (6));
  g_assert_null (sf_onet_reference_job_zone_name (-1));

  g_assert_true (sf_onet_job_zone_name_matches (4, "Considerable Preparation"));
  g_assert_true (sf_onet_job_zone_name_matches (4, "Considerable Preparation Needed"));
  g_assert_true (sf_onet_job_zone_name_matches (4, "considerable  preparation needed"));
  g_assert_true (sf_onet_job_zone_name_matches (4, "Job Zone Four: Considerable Preparation Needed"));
  g_assert_true (sf_onet_job_zone_name_matches (4, "Job Zone 4: Considerable Preparation"));
  g_assert_true (sf_onet_job_zone_name_matches (1, "Little or No Preparation"));
  g_assert_true (sf_onet_job_zone_name_matches (5, "Extensive Preparation"));

  g_assert_false (sf_onet_job_zone_name_matches (4, "Extensive Preparation"));
  g_assert_false (sf_onet_job_zone_name_matches (4, "Job Zone Five: Considerable Preparation Needed"));
  g_assert_false (sf_onet_job_zone_name_matches (4, "Job Zone Four"));
  g_assert_false (sf_onet_job_zone_name_matches (4, "Considerable"));
  g_assert_false (sf_onet_job_zone_name_matches (4, ""));
  g_assert_false (sf_onet_job_zone_name_matches (4, NULL));
  g_assert_false (sf_onet_job_zone_name_matches (0, "Considerable Preparation"));
  g_assert_false (sf_onet_job_zone_name_matches (6, "Considerable Preparation"));
}

static void
test_other_kinds (void)
{
  SfOnetMatch match = sf_onet_reference_match (SF_ANCHOR_KIND_TASK, "Science", "30.2");
  gsize n = 99;

  g_assert_cmpint (match.kind, ==, SF_ONET_MATCH_NONE);
  g_assert_null (match.element);
  g_assert_null (match.suggestion);
  match = sf_onet_reference_match (SF_ANCHOR_KIND_TECHNOLOGY, "Science", "30.2");
  g_assert_cmpint (match.kind, ==, SF_ONET_MATCH_NONE);
  g_assert_null (match.suggestion);

  g_assert_null (sf_onet_reference_get_elements (SF_ANCHOR_KIND_CIP, &n));
  g_assert_cmpuint (n, ==, 0);

  g_assert_null (sf_onet_reference_lookup_id ("4"));
  g_assert_null (sf_onet_reference_lookup_id ("4.A.1.a.1"));
  g_assert_null (sf_onet_reference_lookup_id (""));
  g_assert_null (sf_onet_reference_lookup_id ("2.B.3"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/onet-reference/threads", test_threads);
  g_test_add_func ("/skillframe/onet-reference/resource", test_resource);
  g_test_add_func ("/skillframe/onet-reference/attribution", test_attribution);
  g_test_add_func ("/skillframe/onet-reference/content-model", test_content_model);
  g_test_add_func ("/skillframe/onet-reference/table-rows", test_table_rows);
  g_test_add_func ("/skillframe/onet-reference/seed", test_seed);
  g_test_add_func ("/skillframe/onet-reference/exact", test_exact);
  g_test_add_func ("/skillframe/onet-reference/tolerant", test_tolerant);
  g_test_add_func ("/skillframe/onet-reference/suggestions", test_suggestions);
  g_test_add_func ("/skillframe/onet-reference/other-list", test_other_list);
  g_test_add_func ("/skillframe/onet-reference/releases", test_releases);
  g_test_add_func ("/skillframe/onet-reference/job-zones", test_job_zones);
  g_test_add_func ("/skillframe/onet-reference/other-kinds", test_other_kinds);

  return g_test_run ();
}
