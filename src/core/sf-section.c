/* sf-section.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfSection:
 *
 * A group of statements on one scale, published under one heading. Its
 * kind says what the statements describe: the occupation's competencies,
 * how a worker uses AI at each level, or one durable-skill domain
 * (Communication, Leadership, … Fortitude: one section each). The kind
 * decides the checks that apply, such as which statements need a citation.
 */
struct _SfSection
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfSection, sf_section, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_SCALE,
  PROP_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_section_class_init (SfSectionClass *klass)
{
  /* Stable across saves: "competencies", "durable-leadership". */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SF_TYPE_SECTION_KIND, SF_SECTION_KIND_COMPETENCIES,
                       SF_MEMBER_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* The paragraph under the heading. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_DESCRIPTION]);
  /* The id of an #SfScale of the framework. */
  properties[PROP_SCALE] =
    g_param_spec_string ("scale", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_STATEMENTS] =
    g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_STATEMENTS], SF_TYPE_STATEMENT);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_section_init (SfSection *self)
{
}

/**
 * sf_section_new:
 *
 * Returns: (transfer full): a new, empty #SfSection, of kind competencies
 */
SfSection *
sf_section_new (void)
{
  return g_object_new (SF_TYPE_SECTION, NULL);
}

/**
 * sf_section_get_id:
 * @self: a #SfSection
 *
 * Returns: (nullable): the section's id, such as `durable-leadership`
 */
const char *
sf_section_get_id (SfSection *self)
{
  g_return_val_if_fail (SF_IS_SECTION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_section_get_kind:
 * @self: a #SfSection
 *
 * Returns: what the section's statements describe
 */
SfSectionKind
sf_section_get_kind (SfSection *self)
{
  g_return_val_if_fail (SF_IS_SECTION (self), SF_SECTION_KIND_COMPETENCIES);

  return g_value_get_enum (_sf_node_peek_value (SF_NODE (self), properties[PROP_KIND]));
}

/**
 * sf_section_get_title:
 * @self: a #SfSection
 *
 * Returns: (nullable): the heading of the section, such as `Leadership`
 */
const char *
sf_section_get_title (SfSection *self)
{
  g_return_val_if_fail (SF_IS_SECTION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE]));
}

/**
 * sf_section_get_description:
 * @self: a #SfSection
 *
 * Returns: (nullable): the paragraph that introduces the section, or %NULL
 *   if it has none
 */
const char *
sf_section_get_description (SfSection *self)
{
  g_return_val_if_fail (SF_IS_SECTION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_DESCRIPTION]));
}

/**
 * sf_section_get_scale:
 * @self: a #SfSection
 *
 * Returns: (nullable): the id of the scale the statements' levels are on,
 *   such as `durable`; sf_framework_find_scale() finds the scale, if the
 *   framework has it
 */
const char *
sf_section_get_scale (SfSection *self)
{
  g_return_val_if_fail (SF_IS_SECTION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SCALE]));
}

/**
 * sf_section_get_statements:
 * @self: a #SfSection
 *
 * Returns: (transfer none): the statements, a #GListModel of #SfStatement
 *   in the order they are published
 */
GListModel *
sf_section_get_statements (SfSection *self)
{
  g_return_val_if_fail (SF_IS_SECTION (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_STATEMENTS]));
}
