/* sf-scale.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfScale:
 *
 * An ordered set of levels that statements are placed on. The publisher's
 * frameworks use two: the proficiency scale (Emerging, Developing,
 * Proficient, Advanced, each with a role label from Entry / Apprentice to
 * Lead / Principal / Executive) for competencies and AI usage, and the
 * durable-skill scale (Emerging, Developing, Applying, Exceeding). Scales
 * are data: a framework may define others, and each section names one.
 */
struct _SfScale
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfScale, sf_scale, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LEVELS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_scale_class_init (SfScaleClass *klass)
{
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Lowest first. */
  properties[PROP_LEVELS] =
    g_param_spec_object ("levels", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_LEVELS], SF_TYPE_LEVEL);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_scale_init (SfScale *self)
{
}

/**
 * sf_scale_new:
 *
 * Returns: (transfer full): a new #SfScale with no levels
 */
SfScale *
sf_scale_new (void)
{
  return g_object_new (SF_TYPE_SCALE, NULL);
}

/**
 * sf_scale_get_id:
 * @self: a #SfScale
 *
 * Returns: (nullable): the id sections name the scale by, such as
 *   `proficiency`
 */
const char *
sf_scale_get_id (SfScale *self)
{
  g_return_val_if_fail (SF_IS_SCALE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_scale_get_name:
 * @self: a #SfScale
 *
 * Returns: (nullable): the name of the scale, such as `Proficiency levels`
 */
const char *
sf_scale_get_name (SfScale *self)
{
  g_return_val_if_fail (SF_IS_SCALE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_NAME]));
}

/**
 * sf_scale_get_levels:
 * @self: a #SfScale
 *
 * Returns: (transfer none): the levels, a #GListModel of #SfLevel, lowest
 *   first
 */
GListModel *
sf_scale_get_levels (SfScale *self)
{
  g_return_val_if_fail (SF_IS_SCALE (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_LEVELS]));
}

/**
 * sf_scale_find_level:
 * @self: a #SfScale
 * @id: (nullable): a level id
 *
 * Returns: (transfer none) (nullable): the first level of @self with the id
 *   @id, or %NULL if there is none
 */
SfLevel *
sf_scale_find_level (SfScale    *self,
                     const char *id)
{
  g_return_val_if_fail (SF_IS_SCALE (self), NULL);

  return sf_list_find_by_id (sf_scale_get_levels (self), id, NULL);
}
