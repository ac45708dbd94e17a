/* sf-validation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfValidation:
 *
 * How one framework wants to be validated, where it differs from the
 * defaults: the severity of some rules, how many statements each section
 * and level should hold, which sections' statements must cite a source,
 * and how long statements may be. Every member is optional; one that is
 * unset (0, %NULL or an empty list) takes the default and is left out of
 * the file, and a framework with no settings has no `validation` member.
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
  properties[PROP_RULES] =
    g_param_spec_object ("rules", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_RULES]);
  sf_param_spec_set_list_type (properties[PROP_RULES], SF_TYPE_RULE_SETTING);
  /* Without any, each level of each section needs one statement. */
  properties[PROP_COUNTS] =
    g_param_spec_object ("counts", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_COUNTS]);
  sf_param_spec_set_list_type (properties[PROP_COUNTS], SF_TYPE_COUNT_EXPECTATION);
  /* Section ids or kinds. NULL: ai-usage and durable; an empty array, which
   * the file keeps as [], says that no section needs citations. */
  properties[PROP_CITED] =
    g_param_spec_boxed ("cited", NULL, NULL, G_TYPE_STRV, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_CITED]);
  /* In characters; 0 for the defaults of 40, 320 and 60. */
  properties[PROP_TEXT_MIN] =
    g_param_spec_int ("text-min", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_TEXT_MIN]);
  properties[PROP_TEXT_MAX] =
    g_param_spec_int ("text-max", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_TEXT_MAX]);
  properties[PROP_TITLE_MAX] =
    g_param_spec_int ("title-max", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
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
 * Returns: (transfer full): a new #SfValidation with every setting at its
 *   default
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
 * Returns: (transfer none): the rules whose severity the framework changes
 *   or that it switches off, a #GListModel of #SfRuleSetting
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
 * Returns: (transfer none): how many statements sections and levels should
 *   hold, a #GListModel of #SfCountExpectation; when it is empty, each
 *   level of each section should hold at least one
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
 * Returns: (nullable) (array zero-terminated=1): the ids or kinds of the
 *   sections whose statements must cite a source, or %NULL for the
 *   default, the `ai-usage` and `durable` sections
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
 * Returns: the fewest characters a statement's text should have, or 0 for
 *   the default, 40
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
 * Returns: the most characters a statement's text should have, or 0 for
 *   the default, 320
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
 * Returns: the most characters a statement's title should have, or 0 for
 *   the default, 60
 */
int
sf_validation_get_title_max (SfValidation *self)
{
  g_return_val_if_fail (SF_IS_VALIDATION (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE_MAX]));
}
