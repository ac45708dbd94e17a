/* sf-framework.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfFramework:
 *
 * An occupational skills framework: what a worker in one occupation does
 * and knows, level by level, with the evidence for it. It is the root of a
 * document and is saved as one JSON file (`data/schema/FORMAT.md`), whose
 * top-level members are the framework's properties, in this order.
 *
 * A framework describes one #SfOccupation, such as Medical and Clinical
 * Laboratory Technologists (29-2011.00). Its statements are grouped in
 * sections (the occupation's competencies, its AI usage, and ten
 * durable-skill domains from Communication to Fortitude), each on a scale
 * of levels (Emerging to Advanced, or Emerging to Exceeding). The evidence
 * pack holds figures from studies of the occupation; the #SfOnet part holds
 * the O*NET anchors that statements are grounded in; and the sources are
 * what citations, evidence groups and the O*NET part refer to by id.
 */
struct _SfFramework
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfFramework, sf_framework, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_STATUS,
  PROP_OCCUPATION,
  PROP_SCALES,
  PROP_SECTIONS,
  PROP_EVIDENCE,
  PROP_ONET,
  PROP_SOURCES,
  PROP_RIGHTS,
  PROP_VALIDATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_framework_class_init (SfFrameworkClass *klass)
{
  /* Stable across saves and syncs: the O*NET-SOC code of a framework of
   * one occupation. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* As the publisher numbers its releases: "v26.05". */
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       SF_TYPE_STATUS, SF_STATUS_DRAFT,
                       SF_MEMBER_FLAGS);
  properties[PROP_OCCUPATION] =
    g_param_spec_object ("occupation", NULL, NULL, SF_TYPE_OCCUPATION, SF_MEMBER_FLAGS);
  properties[PROP_SCALES] =
    g_param_spec_object ("scales", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_SCALES], SF_TYPE_SCALE);
  properties[PROP_SECTIONS] =
    g_param_spec_object ("sections", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_SECTIONS], SF_TYPE_SECTION);
  properties[PROP_EVIDENCE] =
    g_param_spec_object ("evidence", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_EVIDENCE], SF_TYPE_EVIDENCE_GROUP);
  properties[PROP_ONET] =
    g_param_spec_object ("onet", NULL, NULL, SF_TYPE_ONET, SF_MEMBER_FLAGS);
  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_SOURCES], SF_TYPE_SOURCE);
  /* The notice at the foot of the published page: "© 2026 EBSCOed." */
  properties[PROP_RIGHTS] =
    g_param_spec_string ("rights", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_RIGHTS]);
  /* Always there in the model; left out of the file while every setting
   * has its default. */
  properties[PROP_VALIDATION] =
    g_param_spec_object ("validation", NULL, NULL, SF_TYPE_VALIDATION, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_VALIDATION]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_framework_init (SfFramework *self)
{
}

/**
 * sf_framework_new:
 *
 * Creates a framework with nothing in it: no scales, no sections, an
 * occupation and an O*NET part with no values. The reader fills it; a new
 * document starts from sf_framework_new_empty() instead.
 *
 * Returns: (transfer full): a new #SfFramework
 */
SfFramework *
sf_framework_new (void)
{
  return g_object_new (SF_TYPE_FRAMEWORK, NULL);
}

/**
 * sf_framework_new_empty:
 *
 * Creates the framework a new document starts from: a draft with the two
 * level scales of the publisher's frameworks, a competencies section and an
 * AI-usage section, and no statements.
 *
 * Returns: (transfer full): a new #SfFramework
 */
SfFramework *
sf_framework_new_empty (void)
{
  static const struct { const char *scale, *id, *name, *label; } levels[] = {
    { "proficiency", "emerging", N_("Emerging"), N_("Entry / Apprentice") },
    { "proficiency", "developing", N_("Developing"), N_("Mid-level / Established") },
    { "proficiency", "proficient", N_("Proficient"), N_("Senior / Expert IC") },
    { "proficiency", "advanced", N_("Advanced"), N_("Lead / Principal / Executive") },
    { "durable", "emerging", N_("Emerging"), NULL },
    { "durable", "developing", N_("Developing"), NULL },
    { "durable", "applying", N_("Applying"), NULL },
    { "durable", "exceeding", N_("Exceeding"), NULL },
  };
  SfFramework *self = _sf_node_new (SF_TYPE_FRAMEWORK,
                                    "id", "new-framework",
                                    "version", "v0.1",
                                    NULL);
  g_autoptr(SfScale) proficiency = _sf_node_new (SF_TYPE_SCALE,
                                                 "id", "proficiency",
                                                 "name", _("Proficiency levels"),
                                                 NULL);
  g_autoptr(SfScale) durable = _sf_node_new (SF_TYPE_SCALE,
                                             "id", "durable",
                                             "name", _("Durable-skill levels"),
                                             NULL);
  g_autoptr(SfSection) competencies = _sf_node_new (SF_TYPE_SECTION,
                                                    "id", "competencies",
                                                    "kind", SF_SECTION_KIND_COMPETENCIES,
                                                    "title", _("Competencies"),
                                                    "scale", "proficiency",
                                                    NULL);
  g_autoptr(SfSection) ai_usage = _sf_node_new (SF_TYPE_SECTION,
                                                "id", "ai-usage",
                                                "kind", SF_SECTION_KIND_AI_USAGE,
                                                "title", _("AI usage"),
                                                "scale", "proficiency",
                                                NULL);
  SfOccupation *occupation = sf_framework_get_occupation (self);

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(SfLevel) level = _sf_node_new (SF_TYPE_LEVEL,
                                               "id", levels[i].id,
                                               "name", _(levels[i].name),
                                               "label", levels[i].label ? _(levels[i].label) : NULL,
                                               NULL);

      _sf_node_list_append (g_str_equal (levels[i].scale, "durable") ? SF_NODE (durable)
                                                                     : SF_NODE (proficiency),
                            "levels", SF_NODE (level));
    }
  _sf_node_list_append (SF_NODE (self), "scales", SF_NODE (proficiency));
  _sf_node_list_append (SF_NODE (self), "scales", SF_NODE (durable));
  _sf_node_list_append (SF_NODE (self), "sections", SF_NODE (competencies));
  _sf_node_list_append (SF_NODE (self), "sections", SF_NODE (ai_usage));

  _sf_node_set_string (SF_NODE (occupation), "title", _("New occupation"));
  _sf_node_set_string (SF_NODE (occupation), "soc-code", "00-0000.00");
  _sf_node_set_int (SF_NODE (occupation), "job-zone", 1);
  _sf_node_set_string (SF_NODE (sf_framework_get_onet (self)), "release", "30.2");

  return self;
}

/**
 * sf_framework_get_id:
 * @self: a #SfFramework
 *
 * Returns: (nullable): the framework's stable id, such as `29-2011.00`
 */
const char *
sf_framework_get_id (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_framework_get_version:
 * @self: a #SfFramework
 *
 * Returns: (nullable): the framework's version, such as `v26.05`
 */
const char *
sf_framework_get_version (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_VERSION]));
}

/**
 * sf_framework_get_status:
 * @self: a #SfFramework
 *
 * Returns: where the framework is on its way to publication
 */
SfStatus
sf_framework_get_status (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), SF_STATUS_DRAFT);

  return g_value_get_enum (_sf_node_peek_value (SF_NODE (self), properties[PROP_STATUS]));
}

/**
 * sf_framework_get_occupation:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the occupation the framework describes
 */
SfOccupation *
sf_framework_get_occupation (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_OCCUPATION]));
}

/**
 * sf_framework_get_scales:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the level scales, a #GListModel of #SfScale
 */
GListModel *
sf_framework_get_scales (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_SCALES]));
}

/**
 * sf_framework_get_sections:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the sections of statements in the order they
 *   are published, a #GListModel of #SfSection
 */
GListModel *
sf_framework_get_sections (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_SECTIONS]));
}

/**
 * sf_framework_get_evidence:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the evidence pack, a #GListModel of
 *   #SfEvidenceGroup
 */
GListModel *
sf_framework_get_evidence (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_EVIDENCE]));
}

/**
 * sf_framework_get_onet:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the O*NET anchors and the release they are from
 */
SfOnet *
sf_framework_get_onet (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_ONET]));
}

/**
 * sf_framework_get_sources:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the sources that citations point to, a
 *   #GListModel of #SfSource
 */
GListModel *
sf_framework_get_sources (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_SOURCES]));
}

/**
 * sf_framework_get_rights:
 * @self: a #SfFramework
 *
 * Returns: (nullable): the copyright or publication notice, such as
 *   `© 2026 EBSCOed.`
 */
const char *
sf_framework_get_rights (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_RIGHTS]));
}

/**
 * sf_framework_get_validation:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the framework's validation settings; a
 *   framework whose file has none has default settings
 */
SfValidation *
sf_framework_get_validation (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_VALIDATION]));
}

/**
 * sf_framework_find_scale:
 * @self: a #SfFramework
 * @id: (nullable): a scale id
 *
 * Returns: (transfer none) (nullable): the scale with the id @id
 */
SfScale *
sf_framework_find_scale (SfFramework *self,
                         const char  *id)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return sf_list_find_by_id (sf_framework_get_scales (self), id, NULL);
}

/**
 * sf_framework_find_section:
 * @self: a #SfFramework
 * @id: (nullable): a section id
 *
 * Returns: (transfer none) (nullable): the section with the id @id
 */
SfSection *
sf_framework_find_section (SfFramework *self,
                           const char  *id)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return sf_list_find_by_id (sf_framework_get_sections (self), id, NULL);
}

/**
 * sf_framework_find_source:
 * @self: a #SfFramework
 * @id: (nullable): a source id
 *
 * Returns: (transfer none) (nullable): the source with the id @id
 */
SfSource *
sf_framework_find_source (SfFramework *self,
                          const char  *id)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return sf_list_find_by_id (sf_framework_get_sources (self), id, NULL);
}

/**
 * sf_framework_find_anchor:
 * @self: a #SfFramework
 * @id: (nullable): an anchor id
 *
 * Returns: (transfer none) (nullable): the O*NET anchor with the id @id
 */
SfAnchor *
sf_framework_find_anchor (SfFramework *self,
                          const char  *id)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return sf_list_find_by_id (sf_onet_get_anchors (sf_framework_get_onet (self)), id, NULL);
}

/**
 * sf_framework_dup_statements:
 * @self: a #SfFramework
 *
 * Returns: (transfer container) (element-type SfStatement): every statement
 *   of every section, in document order, each with a reference
 */
GPtrArray *
sf_framework_dup_statements (SfFramework *self)
{
  GListModel *sections;
  GPtrArray *statements;

  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  sections = sf_framework_get_sections (self);
  statements = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < _sf_node_list_get_items (sections)->len; i++)
    {
      SfSection *section = g_ptr_array_index (_sf_node_list_get_items (sections), i);
      GListModel *list = sf_section_get_statements (section);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (statements, g_list_model_get_item (list, j));
    }
  return statements;
}

/**
 * sf_framework_copy:
 * @self: a #SfFramework
 *
 * Copies a framework deeply, for example to keep it as the base of a later
 * merge: the copy shares nothing with @self and equals it (sf_node_equal()).
 *
 * Returns: (transfer full): the copy
 */
SfFramework *
sf_framework_copy (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return sf_node_copy (SF_NODE (self));
}
