/* sf-publication.c: the publication JSON export
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a publication page needs and nothing of the authoring state (no
 * status, no validation settings, no unknown members): the occupation
 * header, the sections with their levels and statements in order, each
 * citation resolved inline, the evidence pack, the durable domains with
 * their counts, the anchors with their count, the sources with their
 * licences and the O*NET attribution. data/schema/PUBLICATION.md describes
 * it and data/schema/skillframe-publication-1.schema.json checks it. It is
 * written by the core's canonical writer (sf_json_write_node()), so the
 * same framework always gives the same bytes.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "sf-enum-types.h"
#include "sf-json.h"
#include "sf-model.h"
#include "sf-publication.h"

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : "";
}

static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

/* Optional members are left out when unset, as in the framework format. */
static void
member_optional (JsonBuilder *builder,
                 const char  *name,
                 const char  *value)
{
  if (value != NULL)
    member_string (builder, name, value);
}

static void
member_int (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Integral numbers are written as integers, as the framework format does. */
static void
add_number (JsonBuilder *builder,
            double       value)
{
  if (value > -9007199254740992.0 && value < 9007199254740992.0 && value == (double) (gint64) value)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_source_ref (JsonBuilder *builder,
                SfFramework *framework,
                const char  *source_id)
{
  SfSource *source = sf_framework_find_source (framework, source_id);

  member_string (builder, "source", source_id);
  if (source == NULL)
    return;
  member_string (builder, "title", sf_source_get_title (source));
  member_optional (builder, "edition", sf_source_get_edition (source));
  member_optional (builder, "url", sf_source_get_url (source));
}

static void
add_statement (JsonBuilder *builder,
               SfFramework *framework,
               SfStatement *statement)
{
  GListModel *citations = sf_statement_get_citations (statement);
  const char * const *anchors = sf_statement_get_anchors (statement);

  json_builder_begin_object (builder);
  member_string (builder, "id", sf_statement_get_id (statement));
  member_string (builder, "title", sf_statement_get_title (statement));
  member_string (builder, "text", sf_statement_get_text (statement));

  json_builder_set_member_name (builder, "citations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (citations); i++)
    {
      g_autoptr(SfCitation) citation = g_list_model_get_item (citations, i);

      json_builder_begin_object (builder);
      add_source_ref (builder, framework, sf_citation_get_source (citation));
      member_optional (builder, "locator", sf_citation_get_locator (citation));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "anchors");
  json_builder_begin_array (builder);
  for (guint i = 0; anchors != NULL && anchors[i] != NULL; i++)
    {
      SfAnchor *anchor = sf_framework_find_anchor (framework, anchors[i]);

      json_builder_begin_object (builder);
      member_string (builder, "id", anchors[i]);
      if (anchor != NULL)
        {
          member_string (builder, "kind", enum_nick (SF_TYPE_ANCHOR_KIND, sf_anchor_get_kind (anchor)));
          member_optional (builder, "code", sf_anchor_get_code (anchor));
          member_string (builder, "name", sf_anchor_get_name (anchor));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_level (JsonBuilder *builder,
           SfFramework *framework,
           GListModel  *statements,
           const char  *level_id,
           const char  *name,
           const char  *label,
           GHashTable  *placed)
{
  json_builder_begin_object (builder);
  member_string (builder, "id", level_id);
  member_string (builder, "name", name);
  member_optional (builder, "label", label);
  json_builder_set_member_name (builder, "statements");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);

      if (g_strcmp0 (sf_statement_get_level (statement), level_id) != 0)
        continue;
      add_statement (builder, framework, statement);
      g_hash_table_add (placed, statement);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_section (JsonBuilder *builder,
             SfFramework *framework,
             SfSection   *section)
{
  GListModel *statements = sf_section_get_statements (section);
  SfScale *scale = sf_framework_find_scale (framework, sf_section_get_scale (section));
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  guint n_statements = g_list_model_get_n_items (statements);

  json_builder_begin_object (builder);
  member_string (builder, "id", sf_section_get_id (section));
  member_string (builder, "kind", enum_nick (SF_TYPE_SECTION_KIND, sf_section_get_kind (section)));
  member_string (builder, "title", sf_section_get_title (section));
  member_optional (builder, "description", sf_section_get_description (section));
  member_string (builder, "scale", scale != NULL ? sf_scale_get_name (scale) : sf_section_get_scale (section));
  member_int (builder, "statement_count", n_statements);

  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  if (scale != NULL)
    {
      GListModel *levels = sf_scale_get_levels (scale);

      for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
        {
          g_autoptr(SfLevel) level = g_list_model_get_item (levels, i);

          add_level (builder, framework, statements, sf_level_get_id (level),
                     sf_level_get_name (level), sf_level_get_label (level), placed);
        }
    }
  /* A forced export of a framework whose statements name levels that the
   * scale lacks (rule SF105) drops none of them: each such level follows
   * the scale's own, named by its id, in the order first used. */
  for (guint i = 0; i < n_statements && g_hash_table_size (placed) < n_statements; i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);
      const char *level_id = sf_statement_get_level (statement);

      if (!g_hash_table_contains (placed, statement))
        add_level (builder, framework, statements, level_id, level_id, NULL, placed);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_figure (JsonBuilder *builder,
            SfFigure    *figure)
{
  GVariant *value = sf_figure_get_value (figure);

  json_builder_begin_object (builder);
  member_string (builder, "id", sf_figure_get_id (figure));
  member_string (builder, "label", sf_figure_get_label (figure));
  json_builder_set_member_name (builder, "value");
  if (value == NULL)
    json_builder_add_null_value (builder);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    json_builder_add_int_value (builder, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    json_builder_add_double_value (builder, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
  else
    json_builder_add_null_value (builder);
  member_optional (builder, "unit", sf_figure_get_unit (figure));
  if (sf_figure_get_max (figure) != 0.0)
    {
      json_builder_set_member_name (builder, "max");
      add_number (builder, sf_figure_get_max (figure));
    }
  member_optional (builder, "code", sf_figure_get_code (figure));
  json_builder_end_object (builder);
}

static void
add_evidence (JsonBuilder *builder,
              SfFramework *framework)
{
  GListModel *groups = sf_framework_get_evidence (framework);

  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(SfEvidenceGroup) group = g_list_model_get_item (groups, i);
      GListModel *figures = sf_evidence_group_get_figures (group);

      json_builder_begin_object (builder);
      member_string (builder, "id", sf_evidence_group_get_id (group));
      member_string (builder, "title", sf_evidence_group_get_title (group));
      if (sf_evidence_group_get_source (group) != NULL)
        {
          json_builder_set_member_name (builder, "source");
          json_builder_begin_object (builder);
          add_source_ref (builder, framework, sf_evidence_group_get_source (group));
          json_builder_end_object (builder);
        }
      json_builder_set_member_name (builder, "figures");
      json_builder_begin_array (builder);
      for (guint j = 0; j < g_list_model_get_n_items (figures); j++)
        {
          g_autoptr(SfFigure) figure = g_list_model_get_item (figures, j);

          add_figure (builder, figure);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_durable_domains (JsonBuilder *builder,
                     SfFramework *framework)
{
  GListModel *sections = sf_framework_get_sections (framework);

  json_builder_set_member_name (builder, "durable_domains");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      if (sf_section_get_kind (section) != SF_SECTION_KIND_DURABLE)
        continue;
      json_builder_begin_object (builder);
      member_string (builder, "section", sf_section_get_id (section));
      member_string (builder, "title", sf_section_get_title (section));
      member_int (builder, "statement_count", g_list_model_get_n_items (sf_section_get_statements (section)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_anchors (JsonBuilder *builder,
             SfFramework *framework)
{
  SfOnet *onet = sf_framework_get_onet (framework);
  GListModel *anchors = sf_onet_get_anchors (onet);
  guint n = g_list_model_get_n_items (anchors);
  guint counts[SF_ANCHOR_KIND_CIP + 1] = { 0 };
  guint grounding = 0;
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SF_TYPE_ANCHOR_KIND);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);

      if (kind <= SF_ANCHOR_KIND_CIP)
        counts[kind]++;
      if (SF_ANCHOR_KIND_IS_GROUNDING (kind))
        grounding++;
    }

  json_builder_set_member_name (builder, "anchors");
  json_builder_begin_object (builder);
  member_string (builder, "release", sf_onet_get_release (onet));
  /* The page's "62 anchors": the kinds that statements are grounded in. */
  member_int (builder, "count", grounding);
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint k = 0; k <= SF_ANCHOR_KIND_CIP; k++)
    member_int (builder, g_enum_get_value (kinds, k)->value_nick, counts[k]);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (anchors, i);

      json_builder_begin_object (builder);
      member_string (builder, "id", sf_anchor_get_id (anchor));
      member_string (builder, "kind", enum_nick (SF_TYPE_ANCHOR_KIND, sf_anchor_get_kind (anchor)));
      member_optional (builder, "code", sf_anchor_get_code (anchor));
      member_string (builder, "name", sf_anchor_get_name (anchor));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_sources (JsonBuilder *builder,
             SfFramework *framework)
{
  GListModel *sources = sf_framework_get_sources (framework);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(SfSource) source = g_list_model_get_item (sources, i);

      json_builder_begin_object (builder);
      member_string (builder, "id", sf_source_get_id (source));
      member_string (builder, "title", sf_source_get_title (source));
      member_optional (builder, "subtitle", sf_source_get_subtitle (source));
      member_optional (builder, "short_title", sf_source_get_short_title (source));
      member_optional (builder, "edition", sf_source_get_edition (source));
      member_optional (builder, "authors", sf_source_get_authors (source));
      if (sf_source_get_year (source) != 0)
        member_int (builder, "year", sf_source_get_year (source));
      member_optional (builder, "identifier", sf_source_get_identifier (source));
      member_optional (builder, "url", sf_source_get_url (source));
      member_optional (builder, "licence", sf_source_get_licence (source));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * sf_publication_build:
 * @framework: a framework
 *
 * Returns: (transfer full): the publication document of @framework
 */
static JsonNode *
sf_publication_build (SfFramework *framework)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  SfOccupation *occupation = sf_framework_get_occupation (framework);
  GListModel *sections = sf_framework_get_sections (framework);
  g_autofree char *attribution = sf_export_onet_attribution (sf_onet_get_release (sf_framework_get_onet (framework)));

  json_builder_begin_object (builder);
  member_string (builder, "format", SF_PUBLICATION_FORMAT);
  member_string (builder, "id", sf_framework_get_id (framework));
  member_string (builder, "version", sf_framework_get_version (framework));

  json_builder_set_member_name (builder, "occupation");
  json_builder_begin_object (builder);
  member_string (builder, "title", sf_occupation_get_title (occupation));
  member_string (builder, "soc_code", sf_occupation_get_soc_code (occupation));
  member_int (builder, "job_zone", sf_occupation_get_job_zone (occupation));
  member_optional (builder, "job_zone_name", sf_occupation_get_job_zone_name (occupation));
  member_optional (builder, "context", sf_occupation_get_context (occupation));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

      add_section (builder, framework, section);
    }
  json_builder_end_array (builder);

  add_evidence (builder, framework);
  add_durable_domains (builder, framework);
  add_anchors (builder, framework);
  add_sources (builder, framework);
  member_optional (builder, "rights", sf_framework_get_rights (framework));
  member_string (builder, "onet_attribution", attribution);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * sf_publication_export:
 * @framework: a framework
 * @options: (nullable): unused: the publication carries no dates
 * @error: unused: this export does not fail
 *
 * Writes the publication JSON of @framework. Whether a framework with
 * validation errors may be published is the caller's decision
 * (#SfExportFormat.refuse_errors).
 *
 * Returns: (transfer full): the publication JSON, UTF-8, with a final newline
 */
GBytes *
sf_publication_export (SfFramework           *framework,
                       const SfExportOptions *options,
                       GError               **error)
{
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  root = sf_publication_build (framework);
  out = g_string_sized_new (64 * 1024);
  sf_json_write_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
