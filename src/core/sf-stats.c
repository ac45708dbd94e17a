/* sf-stats.c: the figures of a framework, as `skillframe-tool stats` shows them
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-stats.h"

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : "";
}

/* A member that is unset in an edited document (a new statement has no
 * id, title or level yet) is null in the figures, not an empty string. */
static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
member_int (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
count (GHashTable *counts,
       const char *key)
{
  g_hash_table_insert (counts, (gpointer) key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
}

static guint
lookup_count (GHashTable *counts,
              const char *key)
{
  return key ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) : 0;
}

static void
add_section (JsonBuilder *builder,
             SfFramework *framework,
             SfSection   *section,
             GHashTable  *citations)
{
  GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));
  SfScale *scale = sf_framework_find_scale (framework, sf_section_get_scale (section));
  GPtrArray *levels = scale ? _sf_node_list_get_items (sf_scale_get_levels (scale)) : NULL;
  g_autoptr(GHashTable) per_level = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) uncited = g_ptr_array_new ();
  guint placed = 0;

  for (guint i = 0; i < statements->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (statements, i);
      GPtrArray *cites = _sf_node_list_get_items (sf_statement_get_citations (statement));
      const char *level = sf_statement_get_level (statement);

      if (level != NULL)
        count (per_level, level);
      if (cites->len == 0)
        g_ptr_array_add (uncited, statement);
      for (guint j = 0; j < cites->len; j++)
        {
          const char *source = sf_citation_get_source (g_ptr_array_index (cites, j));

          if (source != NULL)
            count (citations, source);
        }
    }

  json_builder_begin_object (builder);
  member_string (builder, "id", sf_section_get_id (section));
  member_string (builder, "kind", enum_nick (SF_TYPE_SECTION_KIND, sf_section_get_kind (section)));
  member_string (builder, "title", sf_section_get_title (section));
  member_int (builder, "statements", statements->len);
  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      SfLevel *level = g_ptr_array_index (levels, i);
      guint n = lookup_count (per_level, sf_level_get_id (level));

      json_builder_begin_object (builder);
      member_string (builder, "id", sf_level_get_id (level));
      member_string (builder, "name", sf_level_get_name (level));
      member_int (builder, "statements", n);
      json_builder_end_object (builder);
      /* A scale with two levels of one id counts their statements once. */
      g_hash_table_remove (per_level, sf_level_get_id (level));
      placed += n;
    }
  json_builder_end_array (builder);
  member_int (builder, "no_level", statements->len - placed);
  json_builder_set_member_name (builder, "uncited");
  json_builder_begin_array (builder);
  for (guint i = 0; i < uncited->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (uncited, i);

      json_builder_begin_object (builder);
      member_string (builder, "id", sf_statement_get_id (statement));
      member_string (builder, "title", sf_statement_get_title (statement));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * sf_stats_compute:
 * @framework: a #SfFramework
 *
 * Counts what a framework holds, for `skillframe-tool stats`: an object
 * with the framework's `id`, `title`, `soc_code` and `version`; `sections`,
 * each with its `id`, `kind`, `title`, number of `statements`, `levels`
 * (each level of the section's scale with its `id`, `name` and number of
 * `statements`), `no_level` and the `uncited` statements (`id`, `title`);
 * the total of `statements`; `anchors`, the number of `grounding` anchors
 * and the number of each kind; `sources`, each with its `id`, `title` and
 * number of `citations`; and `citations_without_source`.
 *
 * An edited framework may be incomplete, and its figures say so rather
 * than hide it: `no_level` counts a section's statements that are on none
 * of its scale's levels (the level is unset, or not on the scale, or the
 * section's scale does not exist), so that the levels and `no_level` add up
 * to the section's statements; `citations_without_source` counts the
 * citations whose source is unset or names no source of the framework. A
 * member that is unset, such as the title of a new statement, is null.
 *
 * Returns: (transfer full): the figures, as a JSON object
 */
JsonNode *
sf_stats_compute (SfFramework *framework)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GHashTable) citations = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  SfOccupation *occupation;
  GPtrArray *sections, *anchors, *sources;
  guint by_kind[SF_ANCHOR_KIND_CIP + 1] = { 0 };
  guint n_statements = 0, n_grounding = 0, n_citations = 0, n_sourced = 0;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  builder = json_builder_new ();
  citations = g_hash_table_new (g_str_hash, g_str_equal);
  kinds = g_type_class_ref (SF_TYPE_ANCHOR_KIND);
  occupation = sf_framework_get_occupation (framework);
  sections = _sf_node_list_get_items (sf_framework_get_sections (framework));
  anchors = _sf_node_list_get_items (sf_onet_get_anchors (sf_framework_get_onet (framework)));
  sources = _sf_node_list_get_items (sf_framework_get_sources (framework));

  json_builder_begin_object (builder);
  member_string (builder, "id", sf_framework_get_id (framework));
  member_string (builder, "title", sf_occupation_get_title (occupation));
  member_string (builder, "soc_code", sf_occupation_get_soc_code (occupation));
  member_string (builder, "version", sf_framework_get_version (framework));

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sections->len; i++)
    {
      SfSection *section = g_ptr_array_index (sections, i);
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));

      add_section (builder, framework, section, citations);
      n_statements += statements->len;
      for (guint j = 0; j < statements->len; j++)
        n_citations += g_list_model_get_n_items (
          sf_statement_get_citations (g_ptr_array_index (statements, j)));
    }
  json_builder_end_array (builder);
  member_int (builder, "statements", n_statements);

  for (guint i = 0; i < anchors->len; i++)
    {
      SfAnchorKind kind = sf_anchor_get_kind (g_ptr_array_index (anchors, i));

      by_kind[kind]++;
      if (SF_ANCHOR_KIND_IS_GROUNDING (kind))
        n_grounding++;
    }
  json_builder_set_member_name (builder, "anchors");
  json_builder_begin_object (builder);
  member_int (builder, "grounding", n_grounding);
  for (guint k = 0; k < G_N_ELEMENTS (by_kind); k++)
    member_int (builder, g_enum_get_value (kinds, k)->value_nick, by_kind[k]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sources->len; i++)
    {
      SfSource *source = g_ptr_array_index (sources, i);
      guint n = lookup_count (citations, sf_source_get_id (source));

      json_builder_begin_object (builder);
      member_string (builder, "id", sf_source_get_id (source));
      member_string (builder, "title", sf_source_get_title (source));
      member_int (builder, "citations", n);
      json_builder_end_object (builder);
      /* Two sources of one id: their citations are counted once. */
      if (sf_source_get_id (source) != NULL)
        g_hash_table_remove (citations, sf_source_get_id (source));
      n_sourced += n;
    }
  json_builder_end_array (builder);
  member_int (builder, "citations_without_source", n_citations - n_sourced);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
