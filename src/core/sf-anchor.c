/* sf-anchor.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfAnchor:
 *
 * An O*NET anchor: a task, skill, knowledge area, ability, work style, technology, related title, apprenticeship or CIP code.
 */
struct _SfAnchor
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfAnchor, sf_anchor, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_CODE,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_anchor_class_init (SfAnchorClass *klass)
{
  /* Anchor id */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Kind of anchor */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SF_TYPE_ANCHOR_KIND, SF_ANCHOR_KIND_TASK, SF_MEMBER_FLAGS);
  /* O*NET element id, task id or CIP code */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_CODE]);
  /* Name or task text */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, SF_MEMBER_FLAGS);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_anchor_init (SfAnchor *self)
{
}

/**
 * sf_anchor_new:
 *
 * Returns: (transfer full): a new, empty #SfAnchor
 */
SfAnchor *
sf_anchor_new (void)
{
  return g_object_new (SF_TYPE_ANCHOR, NULL);
}

/**
 * sf_anchor_get_id:
 * @self: a #SfAnchor
 *
 * Returns: (nullable) anchor id
 */
const char *
sf_anchor_get_id (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_anchor_get_kind:
 * @self: a #SfAnchor
 *
 * Returns: kind of anchor
 */
SfAnchorKind
sf_anchor_get_kind (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), 0);

  return g_value_get_enum (_sf_node_peek_value (SF_NODE (self), properties[PROP_KIND]));
}

/**
 * sf_anchor_get_code:
 * @self: a #SfAnchor
 *
 * Returns: (nullable) o*net element id, task id or cip code
 */
const char *
sf_anchor_get_code (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_CODE]));
}

/**
 * sf_anchor_get_name:
 * @self: a #SfAnchor
 *
 * Returns: (nullable) name or task text
 */
const char *
sf_anchor_get_name (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_NAME]));
}
