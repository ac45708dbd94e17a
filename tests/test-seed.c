/* test-seed.c: the bundled seed framework is the published page, complete
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-test-util.h"

static SfFramework *seed;

static guint
count_level (SfSection  *section,
             const char *level)
{
  GListModel *statements = sf_section_get_statements (section);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      n += g_strcmp0 (sf_statement_get_level (statement), level) == 0;
    }
  return n;
}

static SfSection *
section_at (guint i)
{
  g_autoptr(SfSection) section = g_list_model_get_item (sf_framework_get_sections (seed), i);

  return section;
}

static void
test_header (void)
{
  SfOccupation *occupation = sf_framework_get_occupation (seed);

  g_assert_cmpstr (sf_occupation_get_title (occupation), ==,
                   "Medical and Clinical Laboratory Technologists");
  g_assert_cmpstr (sf_occupation_get_soc_code (occupation), ==, "29-2011.00");
  g_assert_cmpint (sf_occupation_get_job_zone (occupation), ==, 4);
  g_assert_cmpstr (sf_occupation_get_job_zone_name (occupation), ==, "Considerable Preparation");
  g_assert_true (g_str_has_prefix (sf_occupation_get_context (occupation),
                                   "This framework covers clinical and hospital laboratory"));
  g_assert_cmpstr (sf_framework_get_version (seed), ==, "v26.05");
  g_assert_cmpint (sf_framework_get_status (seed), ==, SF_STATUS_PUBLISHED);
}

static void
test_scales (void)
{
  static const char *proficiency[][3] = {
    { "emerging", "Emerging", "Entry / Apprentice" },
    { "developing", "Developing", "Mid-level / Established" },
    { "proficient", "Proficient", "Senior / Expert IC" },
    { "advanced", "Advanced", "Lead / Principal / Executive" },
  };
  static const char *durable[] = { "Emerging", "Developing", "Applying", "Exceeding" };
  SfScale *scale = sf_framework_find_scale (seed, "proficiency");

  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_scales (seed)), ==, 2);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SfLevel) level = g_list_model_get_item (sf_scale_get_levels (scale), i);

      g_assert_cmpstr (sf_level_get_id (level), ==, proficiency[i][0]);
      g_assert_cmpstr (sf_level_get_name (level), ==, proficiency[i][1]);
      g_assert_cmpstr (sf_level_get_label (level), ==, proficiency[i][2]);
    }
  scale = sf_framework_find_scale (seed, "durable");
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SfLevel) level = g_list_model_get_item (sf_scale_get_levels (scale), i);

      g_assert_cmpstr (sf_level_get_name (level), ==, durable[i]);
    }
}

static void
test_counts (void)
{
  static const struct { const char *title; guint n; } domains[] = {
    { "Communication", 12 }, { "Leadership", 10 }, { "Metacognition", 9 },
    { "Critical Thinking", 10 }, { "Collaboration", 9 }, { "Character", 9 },
    { "Creativity", 8 }, { "Growth Mindset", 9 }, { "Mindfulness", 9 }, { "Fortitude", 9 },
  };
  static const char *levels[] = { "emerging", "developing", "proficient", "advanced" };
  static const guint ai_per_level[] = { 2, 3, 4, 3 };
  SfSection *competencies = section_at (0);
  SfSection *ai = section_at (1);
  guint durable_total = 0;

  g_assert_cmpuint (g_list_model_get_n_items (sf_framework_get_sections (seed)), ==, 12);

  g_assert_cmpint (sf_section_get_kind (competencies), ==, SF_SECTION_KIND_COMPETENCIES);
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (competencies)), ==, 40);
  g_assert_cmpint (sf_section_get_kind (ai), ==, SF_SECTION_KIND_AI_USAGE);
  g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (ai)), ==, 12);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpuint (count_level (competencies, levels[i]), ==, 10);
      g_assert_cmpuint (count_level (ai, levels[i]), ==, ai_per_level[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      SfSection *section = section_at (i + 2);

      g_assert_cmpint (sf_section_get_kind (section), ==, SF_SECTION_KIND_DURABLE);
      g_assert_cmpstr (sf_section_get_title (section), ==, domains[i].title);
      g_assert_cmpstr (sf_section_get_scale (section), ==, "durable");
      g_assert_cmpuint (g_list_model_get_n_items (sf_section_get_statements (section)), ==,
                        domains[i].n);
      durable_total += domains[i].n;
    }
  g_assert_cmpuint (durable_total, ==, 94);
}

static void
test_ai_citations (void)
{
  GListModel *statements = sf_section_get_statements (section_at (1));
  g_autoptr(GPtrArray) uncited = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      if (g_list_model_get_n_items (sf_statement_get_citations (statement)) == 0)
        g_ptr_array_add (uncited, (gpointer) sf_statement_get_title (statement));
    }

  /* As published: exactly two AI-usage statements cite nothing. */
  g_assert_cmpuint (uncited->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (uncited, 0), ==, "Basic query delegation");
  g_assert_cmpstr (g_ptr_array_index (uncited, 1), ==, "Cross-domain evidence synthesis");
}

static void
test_anchors (void)
{
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (seed));
  guint by_kind[SF_ANCHOR_KIND_CIP + 1] = { 0 };
  guint grounding = 0;

  g_assert_cmpstr (sf_onet_get_release (sf_framework_get_onet (seed)), ==, "30.2");
  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);

      by_kind[kind]++;
      grounding += SF_ANCHOR_KIND_IS_GROUNDING (kind);

      /* Each skill, knowledge area, ability and work style carries its O*NET
       * element id; work styles from the 1.D list. */
      if (kind >= SF_ANCHOR_KIND_SKILL && kind <= SF_ANCHOR_KIND_WORK_STYLE)
        {
          g_assert_nonnull (sf_anchor_get_code (anchor));
          if (kind == SF_ANCHOR_KIND_WORK_STYLE)
            g_assert_true (g_str_has_prefix (sf_anchor_get_code (anchor), "1.D."));
        }
    }

  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_TASK], ==, 8);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_SKILL], ==, 20);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_KNOWLEDGE], ==, 10);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_ABILITY], ==, 10);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_WORK_STYLE], ==, 6);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_TECHNOLOGY], ==, 8);
  g_assert_cmpuint (grounding, ==, 62);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_RELATED_TITLE], ==, 12);
  g_assert_cmpuint (by_kind[SF_ANCHOR_KIND_CIP], ==, 6);
}

/* The element id of each skill, knowledge area, ability and work style
 * names that element in O*NET's content model (from the shared folder). */
static void
test_anchor_element_ids (void)
{
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (seed));
  g_autofree char *tsv_path = sf_test_require_shared ("onet/content-model.tsv");
  g_autofree char *tsv = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  if (tsv_path == NULL)
    return;

  g_assert_true (g_file_get_contents (tsv_path, &tsv, NULL, NULL));
  lines = g_strsplit (tsv, "\n", -1);
  for (guint i = 1; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], "\t", -1);

      g_hash_table_insert (names, g_strdup (cols[0]), g_strdup (cols[1]));
    }

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);

      if (kind >= SF_ANCHOR_KIND_SKILL && kind <= SF_ANCHOR_KIND_WORK_STYLE)
        {
          g_assert_cmpstr (g_hash_table_lookup (names, sf_anchor_get_code (anchor)), ==,
                           sf_anchor_get_name (anchor));
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 20 + 10 + 10 + 6);
}

static void
test_evidence_and_sources (void)
{
  GListModel *groups = sf_framework_get_evidence (seed);
  g_autoptr(SfEvidenceGroup) aei = g_list_model_get_item (groups, 0);
  g_autoptr(SfEvidenceGroup) safi = g_list_model_get_item (groups, 1);
  g_autoptr(SfFigure) observations = g_list_model_get_item (sf_evidence_group_get_figures (aei), 0);
  g_autoptr(SfFigure) augment = g_list_model_get_item (sf_evidence_group_get_figures (aei), 1);
  g_autoptr(SfFigure) autonomy = g_list_model_get_item (sf_evidence_group_get_figures (aei), 3);
  g_autoptr(SfFigure) score = g_list_model_get_item (sf_evidence_group_get_figures (safi), 1);
  SfSource *onet = sf_framework_find_source (seed, "onet");

  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 3);
  g_assert_cmpint (g_variant_get_int64 (sf_figure_get_value (observations)), ==, 184);
  g_assert_cmpfloat (g_variant_get_double (sf_figure_get_value (augment)), ==, 18.4);
  g_assert_cmpstr (sf_figure_get_unit (augment), ==, "%");
  g_assert_cmpfloat (g_variant_get_double (sf_figure_get_value (autonomy)), ==, 2.43);
  g_assert_cmpfloat (g_variant_get_double (sf_figure_get_value (score)), ==, 53.1);
  g_assert_cmpfloat (sf_figure_get_max (score), ==, 100);

  g_assert_nonnull (onet);
  g_assert_cmpstr (sf_source_get_licence (onet), ==, "CC BY 4.0");
  g_assert_cmpstr (sf_source_get_identifier (sf_framework_find_source (seed, "safi")), ==,
                   "arXiv:2604.06906");
}

static void
test_byte_identical (void)
{
  g_autofree char *path = sf_test_seed_path ();
  g_autofree char *original = NULL;
  g_autofree char *written = sf_test_write_string (seed);

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  g_assert_cmpstr (written, ==, original);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  seed = sf_test_load_seed ();

  g_test_add_func ("/skillframe/seed/header", test_header);
  g_test_add_func ("/skillframe/seed/scales", test_scales);
  g_test_add_func ("/skillframe/seed/counts", test_counts);
  g_test_add_func ("/skillframe/seed/ai-citations", test_ai_citations);
  g_test_add_func ("/skillframe/seed/anchors", test_anchors);
  g_test_add_func ("/skillframe/seed/anchor-element-ids", test_anchor_element_ids);
  g_test_add_func ("/skillframe/seed/evidence-and-sources", test_evidence_and_sources);
  g_test_add_func ("/skillframe/seed/load-save-byte-identical", test_byte_identical);

  ret = g_test_run ();
  g_assert_finalize_object (seed);
  return ret;
}
