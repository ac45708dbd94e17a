/* sf-count-expectation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfCountExpectation:
 *
 * How many statements a section, or one level of it, should hold: the
 * publisher's frameworks have about ten competency statements per
 * proficiency level, and a few per level in each durable-skill domain. One
 * entry of a framework's #SfValidation settings; the count rules (SF301,
 * SF302) compare the sections against them.
 */
struct _SfCountExpectation
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfCountExpectation, sf_count_expectation, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_LEVEL,
  PROP_MIN,
  PROP_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_count_expectation_class_init (SfCountExpectationClass *klass)
{
  /* A section id, or a section kind ("durable") for every section of that
   * kind; an expectation by id wins over one by kind. */
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Unset: the count of the whole section. */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_LEVEL]);
  /* 0, which the file leaves out: no bound. */
  properties[PROP_MIN] =
    g_param_spec_int ("min", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_MIN]);
  properties[PROP_MAX] =
    g_param_spec_int ("max", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_MAX]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_count_expectation_init (SfCountExpectation *self)
{
}

/**
 * sf_count_expectation_new:
 *
 * Returns: (transfer full): a new #SfCountExpectation, with no bounds
 */
SfCountExpectation *
sf_count_expectation_new (void)
{
  return g_object_new (SF_TYPE_COUNT_EXPECTATION, NULL);
}

/**
 * sf_count_expectation_get_section:
 * @self: a #SfCountExpectation
 *
 * Returns: (nullable): the section the expectation is about: a section id
 *   such as `competencies`, or a section kind such as `durable` for every
 *   section of that kind
 */
const char *
sf_count_expectation_get_section (SfCountExpectation *self)
{
  g_return_val_if_fail (SF_IS_COUNT_EXPECTATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SECTION]));
}

/**
 * sf_count_expectation_get_level:
 * @self: a #SfCountExpectation
 *
 * Returns: (nullable): the id of the level whose statements are counted, or
 *   %NULL to count the whole section
 */
const char *
sf_count_expectation_get_level (SfCountExpectation *self)
{
  g_return_val_if_fail (SF_IS_COUNT_EXPECTATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LEVEL]));
}

/**
 * sf_count_expectation_get_min:
 * @self: a #SfCountExpectation
 *
 * Returns: the fewest statements expected, or 0 for no minimum
 */
int
sf_count_expectation_get_min (SfCountExpectation *self)
{
  g_return_val_if_fail (SF_IS_COUNT_EXPECTATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_MIN]));
}

/**
 * sf_count_expectation_get_max:
 * @self: a #SfCountExpectation
 *
 * Returns: the most statements expected, or 0 for no maximum
 */
int
sf_count_expectation_get_max (SfCountExpectation *self)
{
  g_return_val_if_fail (SF_IS_COUNT_EXPECTATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_MAX]));
}
