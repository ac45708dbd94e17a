/* sf-evidence-group.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfEvidenceGroup:
 *
 * One block of the framework's evidence pack: the figures one study or
 * index gives about the occupation. The seed has three: "AEI usage" from
 * the Anthropic Economic Index (task observations, augment share, time
 * saved, AI autonomy), "SAFI positioning" (top skill, score out of 100,
 * precision) and "WEF cluster" (the cluster of the WEF skills taxonomy).
 */
struct _SfEvidenceGroup
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfEvidenceGroup, sf_evidence_group, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_FIGURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_evidence_group_class_init (SfEvidenceGroupClass *klass)
{
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* The id of the #SfSource that every figure of the group comes from. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SOURCE]);
  properties[PROP_FIGURES] =
    g_param_spec_object ("figures", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_FIGURES], SF_TYPE_FIGURE);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_evidence_group_init (SfEvidenceGroup *self)
{
}

/**
 * sf_evidence_group_new:
 *
 * Returns: (transfer full): a new, empty #SfEvidenceGroup
 */
SfEvidenceGroup *
sf_evidence_group_new (void)
{
  return g_object_new (SF_TYPE_EVIDENCE_GROUP, NULL);
}

/**
 * sf_evidence_group_get_id:
 * @self: a #SfEvidenceGroup
 *
 * Returns: (nullable): the group's id, such as `aei-usage`
 */
const char *
sf_evidence_group_get_id (SfEvidenceGroup *self)
{
  g_return_val_if_fail (SF_IS_EVIDENCE_GROUP (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_evidence_group_get_title:
 * @self: a #SfEvidenceGroup
 *
 * Returns: (nullable): the heading of the group, such as `AEI usage`
 */
const char *
sf_evidence_group_get_title (SfEvidenceGroup *self)
{
  g_return_val_if_fail (SF_IS_EVIDENCE_GROUP (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE]));
}

/**
 * sf_evidence_group_get_source:
 * @self: a #SfEvidenceGroup
 *
 * Returns: (nullable): the id of the source the figures come from, or %NULL
 *   if the group names none
 */
const char *
sf_evidence_group_get_source (SfEvidenceGroup *self)
{
  g_return_val_if_fail (SF_IS_EVIDENCE_GROUP (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SOURCE]));
}

/**
 * sf_evidence_group_get_figures:
 * @self: a #SfEvidenceGroup
 *
 * Returns: (transfer none): the figures of the group, a #GListModel of
 *   #SfFigure in the order they are shown
 */
GListModel *
sf_evidence_group_get_figures (SfEvidenceGroup *self)
{
  g_return_val_if_fail (SF_IS_EVIDENCE_GROUP (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_FIGURES]));
}
