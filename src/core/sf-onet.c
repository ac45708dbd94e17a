/* sf-onet.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfOnet:
 *
 * The O*NET anchors of a framework and the release they come from.
 */
struct _SfOnet
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfOnet, sf_onet, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_RELEASE,
  PROP_SOURCE,
  PROP_ANCHORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_onet_class_init (SfOnetClass *klass)
{
  /* O*NET release, e.g. 30.2 */
  properties[PROP_RELEASE] = g_param_spec_string ("release", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Id of the O*NET source */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SOURCE]);
  /* Anchors */
  properties[PROP_ANCHORS] = g_param_spec_object ("anchors", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_ANCHORS], SF_TYPE_ANCHOR);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_onet_init (SfOnet *self)
{
}

/**
 * sf_onet_new:
 *
 * Returns: (transfer full): a new, empty #SfOnet
 */
SfOnet *
sf_onet_new (void)
{
  return g_object_new (SF_TYPE_ONET, NULL);
}

/**
 * sf_onet_get_release:
 * @self: a #SfOnet
 *
 * Returns: (nullable) o*net release, e.g. 30.2
 */
const char *
sf_onet_get_release (SfOnet *self)
{
  g_return_val_if_fail (SF_IS_ONET (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_RELEASE]));
}

/**
 * sf_onet_get_source:
 * @self: a #SfOnet
 *
 * Returns: (nullable) id of the o*net source
 */
const char *
sf_onet_get_source (SfOnet *self)
{
  g_return_val_if_fail (SF_IS_ONET (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SOURCE]));
}

/**
 * sf_onet_get_anchors:
 * @self: a #SfOnet
 *
 * Returns: (transfer none) anchors
 */
GListModel *
sf_onet_get_anchors (SfOnet *self)
{
  g_return_val_if_fail (SF_IS_ONET (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_ANCHORS]));
}
