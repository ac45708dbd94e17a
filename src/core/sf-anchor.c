/* sf-anchor.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfAnchor:
 *
 * One entry of O*NET's description of the occupation, as the framework
 * keeps it: a task ("Analyze laboratory findings to check the accuracy of
 * the results."), a skill, a knowledge area, an ability, a work style or a
 * technology, which statements are grounded in; or a related title, a
 * RAPIDS apprenticeship or a CIP education code, kept for the publication.
 *
 * Statements link anchors by id. The anchors live in the framework's
 * #SfOnet, with the O*NET release they were taken from.
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
  PROP_IMPORTANCE,
  PROP_FLAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_anchor_class_init (SfAnchorClass *klass)
{
  /* Unique in the document, such as "task-01" or "skill-science". */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SF_TYPE_ANCHOR_KIND, SF_ANCHOR_KIND_TASK,
                       SF_MEMBER_FLAGS);
  /* O*NET's own id of the entry: an element id ("2.A.1.f"), a task id or a
   * CIP code. Technologies and related titles have none. */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_CODE]);
  /* O*NET's wording; for a task, the whole task sentence. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* O*NET's rating when the import took it: the importance (scale IM,
   * 1 to 5) of a skill, knowledge, ability or 1.C work style, the impact
   * (WI, -3 to +3) of a 1.D work style; unset for the others. */
  properties[PROP_IMPORTANCE] =
    g_param_spec_double ("importance", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_IMPORTANCE]);
  /* What O*NET says of it: "core" or "supplemental" for a task, "hot" and
   * "in-demand" for a technology. */
  properties[PROP_FLAGS] =
    g_param_spec_boxed ("flags", NULL, NULL, G_TYPE_STRV, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_FLAGS]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_anchor_init (SfAnchor *self)
{
}

/**
 * sf_anchor_new:
 *
 * Returns: (transfer full): a new, empty #SfAnchor, of kind task
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
 * Returns: (nullable): the id that statements link the anchor by, such as
 *   `task-01`
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
 * Returns: what the anchor is; SF_ANCHOR_KIND_IS_GROUNDING() tells whether
 *   statements can be grounded in it
 */
SfAnchorKind
sf_anchor_get_kind (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), SF_ANCHOR_KIND_TASK);

  return g_value_get_enum (_sf_node_peek_value (SF_NODE (self), properties[PROP_KIND]));
}

/**
 * sf_anchor_get_code:
 * @self: a #SfAnchor
 *
 * Returns: (nullable): O*NET's id of the entry: an element id such as
 *   `2.A.1.f`, a task id or a CIP code such as `51.1005`
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
 * Returns: (nullable): the name as O*NET writes it, such as `Science`; for a
 *   task, the task sentence
 */
const char *
sf_anchor_get_name (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_NAME]));
}

/**
 * sf_anchor_get_importance:
 * @self: a #SfAnchor
 *
 * Returns: O*NET's importance (or a work style's impact) of the anchor for
 *   the occupation, or 0 if it has none
 */
double
sf_anchor_get_importance (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), 0);

  return g_value_get_double (_sf_node_peek_value (SF_NODE (self), properties[PROP_IMPORTANCE]));
}

/**
 * sf_anchor_get_flags:
 * @self: a #SfAnchor
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): what O*NET
 *   says of the anchor: `core` or `supplemental` (tasks), `hot`,
 *   `in-demand` (technology)
 */
const char * const *
sf_anchor_get_flags (SfAnchor *self)
{
  g_return_val_if_fail (SF_IS_ANCHOR (self), NULL);

  return g_value_get_boxed (_sf_node_peek_value (SF_NODE (self), properties[PROP_FLAGS]));
}

/**
 * sf_anchor_has_flag:
 * @self: a #SfAnchor
 * @flag: a flag such as `hot`
 *
 * Returns: whether the anchor has @flag
 */
gboolean
sf_anchor_has_flag (SfAnchor   *self,
                    const char *flag)
{
  const char * const *flags = sf_anchor_get_flags (self);

  return flags != NULL && g_strv_contains (flags, flag);
}
