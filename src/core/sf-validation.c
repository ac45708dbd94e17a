/* sf-validation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-rule.h"

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

/**
 * sf_validation_get_default_cited:
 *
 * Returns: (array zero-terminated=1) (transfer none): the section kinds
 *   whose statements must cite a source when a framework does not say:
 *   `ai-usage` and `durable`
 */
const char * const *
sf_validation_get_default_cited (void)
{
  static const char * const cited[] = { "ai-usage", "durable", NULL };

  return cited;
}

/**
 * sf_validation_cited_is_default:
 * @cited: (nullable) (array zero-terminated=1): section ids or kinds
 *
 * Returns: whether @cited is %NULL or names the same sections as the
 *   default, in any order; an empty array is not the default, it says that
 *   no section needs citations
 */
gboolean
sf_validation_cited_is_default (const char * const *cited)
{
  const char * const *defaults = sf_validation_get_default_cited ();

  if (cited == NULL)
    return TRUE;
  for (guint i = 0; cited[i] != NULL; i++)
    if (!g_strv_contains (defaults, cited[i]))
      return FALSE;
  for (guint i = 0; defaults[i] != NULL; i++)
    if (!g_strv_contains (cited, defaults[i]))
      return FALSE;
  return TRUE;
}

/**
 * sf_validation_find_rule_setting:
 * @self: a #SfValidation
 * @rule: a rule id such as `SF505` or name such as `cites-onet-without-anchor`
 *
 * Finds the setting that gives @rule its severity: the last one naming it,
 * by id or by name, as the validator reads them.
 *
 * Returns: (transfer none) (nullable): the setting, or %NULL if the rule has
 *   its default severity
 */
SfRuleSetting *
sf_validation_find_rule_setting (SfValidation *self,
                                 const char   *rule)
{
  GListModel *rules;
  const SfRule *wanted;

  g_return_val_if_fail (SF_IS_VALIDATION (self), NULL);
  g_return_val_if_fail (rule != NULL, NULL);

  if ((wanted = sf_rule_lookup (rule)) == NULL)
    return NULL;
  rules = sf_validation_get_rules (self);
  for (guint i = g_list_model_get_n_items (rules); i > 0; i--)
    {
      SfRuleSetting *setting = g_ptr_array_index (_sf_node_list_get_items (rules), i - 1);
      const char *named = sf_rule_setting_get_rule (setting);

      if (named != NULL && sf_rule_lookup (named) == wanted)
        return setting;
    }
  return NULL;
}

/**
 * sf_validation_get_severity:
 * @self: a #SfValidation
 * @rule: a rule id or name from the catalogue
 *
 * Returns: the severity @rule's problems get in the framework: its setting's,
 *   else the catalogue's default
 */
SfSeverity
sf_validation_get_severity (SfValidation *self,
                            const char   *rule)
{
  const SfRule *found;
  SfRuleSetting *setting;

  g_return_val_if_fail (SF_IS_VALIDATION (self), SF_SEVERITY_OFF);
  g_return_val_if_fail (rule != NULL, SF_SEVERITY_OFF);
  g_return_val_if_fail ((found = sf_rule_lookup (rule)) != NULL, SF_SEVERITY_OFF);

  setting = sf_validation_find_rule_setting (self, rule);
  return setting != NULL ? sf_rule_setting_get_severity (setting) : found->severity;
}

/**
 * sf_validation_find_count:
 * @self: a #SfValidation
 * @section: a section id or kind, as the expectation names it
 * @level: (nullable): a level id, or %NULL for the whole section
 *
 * Finds the expectation for exactly @section and @level (not one that
 * applies through the section's kind): the last one, which the validator
 * uses.
 *
 * Returns: (transfer none) (nullable): the expectation
 */
SfCountExpectation *
sf_validation_find_count (SfValidation *self,
                          const char   *section,
                          const char   *level)
{
  GListModel *counts;

  g_return_val_if_fail (SF_IS_VALIDATION (self), NULL);
  g_return_val_if_fail (section != NULL, NULL);

  counts = sf_validation_get_counts (self);
  for (guint i = g_list_model_get_n_items (counts); i > 0; i--)
    {
      SfCountExpectation *expectation = g_ptr_array_index (_sf_node_list_get_items (counts), i - 1);

      if (g_strcmp0 (sf_count_expectation_get_section (expectation), section) == 0 &&
          g_strcmp0 (sf_count_expectation_get_level (expectation), level) == 0)
        return expectation;
    }
  return NULL;
}

/**
 * sf_validation_needs_citations:
 * @self: a #SfValidation
 * @section: a section id or kind
 *
 * Returns: whether the cited sections name @section, counting the default
 *   when the framework does not set them
 */
gboolean
sf_validation_needs_citations (SfValidation *self,
                               const char   *section)
{
  const char * const *cited;

  g_return_val_if_fail (SF_IS_VALIDATION (self), FALSE);
  g_return_val_if_fail (section != NULL, FALSE);

  cited = sf_validation_get_cited (self);
  return g_strv_contains (cited ? cited : sf_validation_get_default_cited (), section);
}
