/* sf-framework.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

#include <glib/gi18n-lib.h>

/**
 * SfFramework:
 *
 * The root of a framework document: one occupation, its scales, sections, evidence, O*NET anchors and sources.
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

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
sf_framework_class_init (SfFrameworkClass *klass)
{
  /* Stable framework id */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  /* Framework version, e.g. v26.05 */
  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, FLAGS);
  /* Publication status */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, SF_TYPE_STATUS, SF_STATUS_DRAFT, FLAGS);
  /* The occupation */
  properties[PROP_OCCUPATION] = g_param_spec_object ("occupation", NULL, NULL, SF_TYPE_OCCUPATION, RO_FLAGS);
  /* Level scales */
  properties[PROP_SCALES] = g_param_spec_object ("scales", NULL, NULL, G_TYPE_LIST_MODEL, RO_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_SCALES], SF_TYPE_SCALE);
  /* Sections of statements */
  properties[PROP_SECTIONS] = g_param_spec_object ("sections", NULL, NULL, G_TYPE_LIST_MODEL, RO_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_SECTIONS], SF_TYPE_SECTION);
  /* Evidence pack groups */
  properties[PROP_EVIDENCE] = g_param_spec_object ("evidence", NULL, NULL, G_TYPE_LIST_MODEL, RO_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_EVIDENCE], SF_TYPE_EVIDENCE_GROUP);
  /* O*NET anchors */
  properties[PROP_ONET] = g_param_spec_object ("onet", NULL, NULL, SF_TYPE_ONET, RO_FLAGS);
  /* Citation sources */
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, RO_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_SOURCES], SF_TYPE_SOURCE);
  /* Copyright or publication notice */
  properties[PROP_RIGHTS] = g_param_spec_string ("rights", NULL, NULL, NULL, FLAGS);
  sf_param_spec_set_optional (properties[PROP_RIGHTS]);
  /* Validation settings */
  properties[PROP_VALIDATION] = g_param_spec_object ("validation", NULL, NULL, SF_TYPE_VALIDATION, RO_FLAGS);
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
 * Returns: (transfer full): a new, empty #SfFramework
 */
SfFramework *
sf_framework_new (void)
{
  return g_object_new (SF_TYPE_FRAMEWORK, NULL);
}

/**
 * sf_framework_get_id:
 * @self: a #SfFramework
 *
 * Returns: (nullable) stable framework id
 */
const char *
sf_framework_get_id (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

void
sf_framework_set_id (SfFramework *self,
                     const char *value)
{
  g_return_if_fail (SF_IS_FRAMEWORK (self));

  g_object_set (self, "id", value, NULL);
}

/**
 * sf_framework_get_version:
 * @self: a #SfFramework
 *
 * Returns: (nullable) framework version, e.g. v26.05
 */
const char *
sf_framework_get_version (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_VERSION]));
}

void
sf_framework_set_version (SfFramework *self,
                          const char *value)
{
  g_return_if_fail (SF_IS_FRAMEWORK (self));

  g_object_set (self, "version", value, NULL);
}

/**
 * sf_framework_get_status:
 * @self: a #SfFramework
 *
 * Returns: publication status
 */
SfStatus
sf_framework_get_status (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), 0);

  return g_value_get_enum (_sf_node_peek_value (SF_NODE (self), properties[PROP_STATUS]));
}

void
sf_framework_set_status (SfFramework *self,
                         SfStatus value)
{
  g_return_if_fail (SF_IS_FRAMEWORK (self));

  g_object_set (self, "status", value, NULL);
}

/**
 * sf_framework_get_occupation:
 * @self: a #SfFramework
 *
 * Returns: (transfer none) the occupation
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
 * Returns: (transfer none) level scales
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
 * Returns: (transfer none) sections of statements
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
 * Returns: (transfer none) evidence pack groups
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
 * Returns: (transfer none) o*net anchors
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
 * Returns: (transfer none) citation sources
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
 * Returns: (nullable) copyright or publication notice
 */
const char *
sf_framework_get_rights (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_RIGHTS]));
}

void
sf_framework_set_rights (SfFramework *self,
                         const char *value)
{
  g_return_if_fail (SF_IS_FRAMEWORK (self));

  g_object_set (self, "rights", value, NULL);
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
  SfFramework *self = sf_framework_new ();
  g_autoptr(SfScale) proficiency = g_object_new (SF_TYPE_SCALE, "id", "proficiency",
                                                 "name", _("Proficiency levels"), NULL);
  g_autoptr(SfScale) durable = g_object_new (SF_TYPE_SCALE, "id", "durable",
                                             "name", _("Durable-skill levels"), NULL);
  g_autoptr(SfSection) competencies = g_object_new (SF_TYPE_SECTION, "id", "competencies",
                                                    "kind", SF_SECTION_KIND_COMPETENCIES,
                                                    "title", _("Competencies"),
                                                    "scale", "proficiency", NULL);
  g_autoptr(SfSection) ai_usage = g_object_new (SF_TYPE_SECTION, "id", "ai-usage",
                                                "kind", SF_SECTION_KIND_AI_USAGE,
                                                "title", _("AI usage"),
                                                "scale", "proficiency", NULL);
  GParamSpec *scales = g_object_class_find_property (G_OBJECT_GET_CLASS (self), "scales");
  GParamSpec *sections = g_object_class_find_property (G_OBJECT_GET_CLASS (self), "sections");
  GParamSpec *levels_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (durable), "levels");
  gpointer scale_items[] = { proficiency, durable };
  gpointer section_items[] = { competencies, ai_usage };

  g_object_set (self, "id", "new-framework", "version", "v0.1", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(SfLevel) level = g_object_new (SF_TYPE_LEVEL, "id", levels[i].id,
                                               "name", _(levels[i].name),
                                               "label", levels[i].label ? _(levels[i].label) : NULL,
                                               NULL);
      SfScale *scale = g_str_equal (levels[i].scale, "durable") ? durable : proficiency;
      gpointer item = level;

      _sf_node_list_splice (SF_NODE (scale), levels_pspec,
                            g_list_model_get_n_items (sf_scale_get_levels (scale)), 0, &item, 1);
    }
  _sf_node_list_splice (SF_NODE (self), scales, 0, 0, scale_items, 2);
  _sf_node_list_splice (SF_NODE (self), sections, 0, 0, section_items, 2);
  g_object_set (sf_framework_get_occupation (self), "title", _("New occupation"),
                "soc-code", "00-0000.00", "job-zone", 1, NULL);
  g_object_set (sf_framework_get_onet (self), "release", "30.2", NULL);

  return self;
}

/**
 * sf_framework_get_validation:
 * @self: a #SfFramework
 *
 * Returns: (transfer none): the framework's validation settings
 */
SfValidation *
sf_framework_get_validation (SfFramework *self)
{
  g_return_val_if_fail (SF_IS_FRAMEWORK (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_VALIDATION]));
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
