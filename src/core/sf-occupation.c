/* sf-occupation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfOccupation:
 *
 * The occupation a framework describes, as O*NET identifies it: its title,
 * its O*NET-SOC code and its job zone, the preparation it needs; with the
 * "context covered" paragraph that says which settings and levels of
 * practice the framework covers. The head of the published page.
 */
struct _SfOccupation
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfOccupation, sf_occupation, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SOC_CODE,
  PROP_JOB_ZONE,
  PROP_JOB_ZONE_NAME,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_occupation_class_init (SfOccupationClass *klass)
{
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* NN-NNNN.NN; held as written, the validator checks the form (SF102). */
  properties[PROP_SOC_CODE] =
    g_param_spec_string ("soc-code", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* 1 to 5 in O*NET; any integer here, so that a file with another loads
   * and validation reports it (SF103). */
  properties[PROP_JOB_ZONE] =
    g_param_spec_int ("job-zone", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  /* O*NET's name of the job zone ("Considerable Preparation"). */
  properties[PROP_JOB_ZONE_NAME] =
    g_param_spec_string ("job-zone-name", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_JOB_ZONE_NAME]);
  properties[PROP_CONTEXT] =
    g_param_spec_string ("context", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_CONTEXT]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_occupation_init (SfOccupation *self)
{
}

/**
 * sf_occupation_new:
 *
 * Returns: (transfer full): a new, empty #SfOccupation
 */
SfOccupation *
sf_occupation_new (void)
{
  return g_object_new (SF_TYPE_OCCUPATION, NULL);
}

/**
 * sf_occupation_get_title:
 * @self: a #SfOccupation
 *
 * Returns: (nullable): the occupation's title, such as `Medical and
 *   Clinical Laboratory Technologists`
 */
const char *
sf_occupation_get_title (SfOccupation *self)
{
  g_return_val_if_fail (SF_IS_OCCUPATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE]));
}

/**
 * sf_occupation_get_soc_code:
 * @self: a #SfOccupation
 *
 * Returns: (nullable): the O*NET-SOC code, such as `29-2011.00`
 */
const char *
sf_occupation_get_soc_code (SfOccupation *self)
{
  g_return_val_if_fail (SF_IS_OCCUPATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SOC_CODE]));
}

/**
 * sf_occupation_get_job_zone:
 * @self: a #SfOccupation
 *
 * Returns: the O*NET job zone, from 1 (little or no preparation needed) to
 *   5 (extensive preparation needed); 0 if it is not set. A value outside
 *   1–5 is returned as the file has it.
 */
int
sf_occupation_get_job_zone (SfOccupation *self)
{
  g_return_val_if_fail (SF_IS_OCCUPATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_JOB_ZONE]));
}

/**
 * sf_occupation_get_job_zone_name:
 * @self: a #SfOccupation
 *
 * Returns: (nullable): O*NET's name of the job zone, such as
 *   `Considerable Preparation`
 */
const char *
sf_occupation_get_job_zone_name (SfOccupation *self)
{
  g_return_val_if_fail (SF_IS_OCCUPATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_JOB_ZONE_NAME]));
}

/**
 * sf_occupation_get_context:
 * @self: a #SfOccupation
 *
 * Returns: (nullable): the "context covered" paragraph: the settings and
 *   the range of practice the framework covers
 */
const char *
sf_occupation_get_context (SfOccupation *self)
{
  g_return_val_if_fail (SF_IS_OCCUPATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_CONTEXT]));
}
