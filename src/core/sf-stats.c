/* sf-stats.c: the figures of a framework, as `skillframe-tool stats` shows them
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-stats.h"

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : "";
}

static void
add_section (JsonBuilder *builder,
             SfFramework *framework,
             SfSection   *section,
             GHashTable  *citations)
{
  GListModel *statements = sf_section_get_statements (section);
  SfScale *scale = sf_framework_find_scale (framework, sf_section_get_scale (section));
  GListModel *levels = sf_scale_get_levels (scale);
  guint n = g_list_model_get_n_items (statements);
  g_autoptr(GHashTable) per_level = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) uncited = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);
      GListModel *cites = sf_statement_get_citations (statement);
      const char *level = sf_statement_get_level (statement);
      guint n_cites = g_list_model_get_n_items (cites);

      g_hash_table_insert (per_level, (gpointer) level,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_level, level)) + 1));
      if (n_cites == 0)
        g_ptr_array_add (uncited, statement);
      for (guint j = 0; j < n_cites; j++)
        {
          g_autoptr(SfCitation) citation = g_list_model_get_item (cites, j);
          const char *source = sf_citation_get_source (citation);

          g_hash_table_insert (citations, (gpointer) source,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (citations, source)) + 1));
        }
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, sf_section_get_id (section));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, enum_nick (SF_TYPE_SECTION_KIND, sf_section_get_kind (section)));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, sf_section_get_title (section));
  json_builder_set_member_name (builder, "statements");
  json_builder_add_int_value (builder, n);
  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SfLevel) level = g_list_model_get_item (levels, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, sf_level_get_id (level));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, sf_level_get_name (level));
      json_builder_set_member_name (builder, "statements");
      json_builder_add_int_value (builder, GPOINTER_TO_UINT (g_hash_table_lookup (per_level, sf_level_get_id (level))));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "uncited");
  json_builder_begin_array (builder);
  for (guint i = 0; i < uncited->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (uncited, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, sf_statement_get_id (statement));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, sf_statement_get_title (statement));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * sf_stats_compute:
 * @framework: a #SfFramework
 *
 * Counts what a framework holds: statements per section and level, the
 * statements without citations, anchors by kind, sources and citations per
 * source. The shape is documented in the README of `skillframe-tool`.
 *
 * Returns: (transfer full): the figures, as a JSON object
 */
JsonNode *
sf_stats_compute (SfFramework *framework)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) citations = g_hash_table_new (g_str_hash, g_str_equal);
  SfOccupation *occupation = sf_framework_get_occupation (framework);
  GListModel *sections = sf_framework_get_sections (framework);
  GListModel *anchors = sf_onet_get_anchors (sf_framework_get_onet (framework));
  GListModel *sources = sf_framework_get_sources (framework);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SF_TYPE_ANCHOR_KIND);
  guint by_kind[SF_ANCHOR_KIND_CIP + 1] = { 0 };
  guint n_statements = 0, n_grounding = 0;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, sf_framework_get_id (framework));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, sf_occupation_get_title (occupation));
  json_builder_set_member_name (builder, "soc_code");
  json_builder_add_string_value (builder, sf_occupation_get_soc_code (occupation));
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, sf_framework_get_version (framework));

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      add_section (builder, framework, section, citations);
      n_statements += g_list_model_get_n_items (sf_section_get_statements (section));
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "statements");
  json_builder_add_int_value (builder, n_statements);

  for (guint i = 0; i < g_list_model_get_n_items (anchors); i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);

      by_kind[kind]++;
      if (SF_ANCHOR_KIND_IS_GROUNDING (kind))
        n_grounding++;
    }
  json_builder_set_member_name (builder, "anchors");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "grounding");
  json_builder_add_int_value (builder, n_grounding);
  for (guint k = 0; k < G_N_ELEMENTS (by_kind); k++)
    {
      json_builder_set_member_name (builder, g_enum_get_value (kinds, k)->value_nick);
      json_builder_add_int_value (builder, by_kind[k]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(SfSource) source = g_list_model_get_item (sources, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, sf_source_get_id (source));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, sf_source_get_title (source));
      json_builder_set_member_name (builder, "citations");
      json_builder_add_int_value (builder, GPOINTER_TO_UINT (g_hash_table_lookup (citations, sf_source_get_id (source))));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
