/* sf-onet.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfOnet:
 *
 * What the framework takes from O*NET, the US Department of Labor's
 * database of occupations: the anchors (the seed has 62 that statements
 * are grounded in, and its related titles and CIP codes), and the O*NET
 * release they were taken from, so that an update to a newer release can
 * tell what changed.
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
  PROP_THRESHOLD,
  PROP_ANCHORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_onet_class_init (SfOnetClass *klass)
{
  /* O*NET's own numbering, without the "v": "30.2". */
  properties[PROP_RELEASE] =
    g_param_spec_string ("release", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* The id of the #SfSource that cites O*NET and carries its licence. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SOURCE]);
  /* The lowest importance of the skills, knowledge and abilities the
   * import took: an update must compare against the same cut-off, or it
   * reports (and unlinks) anchors that never crossed it. */
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_THRESHOLD]);
  properties[PROP_ANCHORS] =
    g_param_spec_object ("anchors", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
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
 * Returns: (nullable): the O*NET release the anchors come from, such as
 *   `30.2`
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
 * Returns: (nullable): the id of the framework's source for O*NET, such as
 *   `onet`, or %NULL if none is named
 */
const char *
sf_onet_get_source (SfOnet *self)
{
  g_return_val_if_fail (SF_IS_ONET (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SOURCE]));
}

/**
 * sf_onet_get_threshold:
 * @self: a #SfOnet
 *
 * Returns: the importance threshold the anchors were imported with, such
 *   as 3.0, or 0 if the framework does not say
 */
double
sf_onet_get_threshold (SfOnet *self)
{
  g_return_val_if_fail (SF_IS_ONET (self), 0);

  return g_value_get_double (_sf_node_peek_value (SF_NODE (self), properties[PROP_THRESHOLD]));
}

/**
 * sf_onet_get_anchors:
 * @self: a #SfOnet
 *
 * Returns: (transfer none): the anchors, a #GListModel of #SfAnchor in
 *   the file's order
 */
GListModel *
sf_onet_get_anchors (SfOnet *self)
{
  g_return_val_if_fail (SF_IS_ONET (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_ANCHORS]));
}
