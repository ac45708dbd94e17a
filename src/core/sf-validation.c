/* sf-validation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfValidation:
 *
 * Per-framework validation settings: rule severities, expected statement counts, the sections that need citations and text length bounds. Absent members take the defaults.
 */
struct _SfValidation
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfValidation, sf_validation, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_RULES,
  PROP_COUNTS,
  PROP_CITED,
  PROP_TEXT_MIN,
  PROP_TEXT_MAX,
  PROP_TITLE_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_validation_class_init (SfValidationClass *klass)
{
  /* Severity overrides; severity off switches a rule off */
  properties[PROP_RULES] = g_param_spec_object ("rules", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_RULES]);
  sf_param_spec_set_list_type (properties[PROP_RULES], SF_TYPE_RULE_SETTING);
  /* Expected statement counts */
  properties[PROP_COUNTS] = g_param_spec_object ("counts", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_COUNTS]);
  sf_param_spec_set_list_type (properties[PROP_COUNTS], SF_TYPE_COUNT_EXPECTATION);
  /* Ids or kinds of the sections whose statements need a citation; unset: ai-usage and durable */
  properties[PROP_CITED] = g_param_spec_boxed ("cited", NULL, NULL, G_TYPE_STRV, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_CITED]);
  /* Shortest statement text, in characters; 0: the default */
  properties[PROP_TEXT_MIN] = g_param_spec_int ("text-min", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_TEXT_MIN]);
  /* Longest statement text, in characters; 0: the default */
  properties[PROP_TEXT_MAX] = g_param_spec_int ("text-max", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_TEXT_MAX]);
  /* Longest statement title, in characters; 0: the default */
  properties[PROP_TITLE_MAX] = g_param_spec_int ("title-max", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_TITLE_MAX]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_validation_init (SfValidation *self)
{
}

/**
 * sf_validation_new:
 *
 * Returns: (transfer full): a new, empty #SfValidation
 */
SfValidation *
sf_validation_new (void)
{
  return g_object_new (SF_TYPE_VALIDATION, NULL);
}

/**
 * sf_validation_get_rules:
 * @self: a #SfValidation
 *
 * Returns: (transfer none) severity overrides; severity off switches a rule off
 */
GListModel *
sf_validation_get_rules (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_RULES]));
}

/**
 * sf_validation_get_counts:
 * @self: a #SfValidation
 *
 * Returns: (transfer none) expected statement counts
 */
GListModel *
sf_validation_get_counts (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_COUNTS]));
}

/**
 * sf_validation_get_cited:
 * @self: a #SfValidation
 *
 * Returns: (nullable) ids or kinds of the sections whose statements need a citation; unset: ai-usage and durable
 */
const char * const *
sf_validation_get_cited (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), NULL);

  return g_value_get_boxed (_sf_node_peek_value (SF_NODE (self), properties[PROP_CITED]));
}

/**
 * sf_validation_get_text_min:
 * @self: a #SfValidation
 *
 * Returns: shortest statement text, in characters; 0: the default
 */
int
sf_validation_get_text_min (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_TEXT_MIN]));
}

/**
 * sf_validation_get_text_max:
 * @self: a #SfValidation
 *
 * Returns: longest statement text, in characters; 0: the default
 */
int
sf_validation_get_text_max (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_TEXT_MAX]));
}

/**
 * sf_validation_get_title_max:
 * @self: a #SfValidation
 *
 * Returns: longest statement title, in characters; 0: the default
 */
int
sf_validation_get_title_max (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE_MAX]));
}
