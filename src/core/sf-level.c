/* sf-level.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfLevel:
 *
 * One step of an #SfScale, such as Developing on the proficiency scale,
 * where it comes with a role label (Mid-level / Established). Statements
 * name their level by id, which is unique within its scale only: both of
 * the seed's scales have an `emerging` level.
 */
struct _SfLevel
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfLevel, sf_level, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_level_class_init (SfLevelClass *klass)
{
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* The roles a level stands for; the durable-skill scale has none. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_LABEL]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_level_init (SfLevel *self)
{
}

/**
 * sf_level_new:
 *
 * Returns: (transfer full): a new, empty #SfLevel
 */
SfLevel *
sf_level_new (void)
{
  return g_object_new (SF_TYPE_LEVEL, NULL);
}

/**
 * sf_level_get_id:
 * @self: a #SfLevel
 *
 * Returns: (nullable): the id statements name the level by, such as
 *   `developing`
 */
const char *
sf_level_get_id (SfLevel *self)
{
  g_return_val_if_fail (SF_IS_LEVEL (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_level_get_name:
 * @self: a #SfLevel
 *
 * Returns: (nullable): the name of the level, such as `Developing`
 */
const char *
sf_level_get_name (SfLevel *self)
{
  g_return_val_if_fail (SF_IS_LEVEL (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_NAME]));
}

/**
 * sf_level_get_label:
 * @self: a #SfLevel
 *
 * Returns: (nullable): the role label shown under the name, such as
 *   `Mid-level / Established`, or %NULL if the level has none
 */
const char *
sf_level_get_label (SfLevel *self)
{
  g_return_val_if_fail (SF_IS_LEVEL (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LABEL]));
}
