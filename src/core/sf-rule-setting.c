/* sf-rule-setting.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfRuleSetting:
 *
 * How seriously one framework takes one validation rule: the severity it
 * gives the rule in place of the catalogue's default, or off to switch the
 * rule off, as a framework whose durable statements cite nothing yet might
 * do with SF401. One entry of the framework's #SfValidation settings.
 */
struct _SfRuleSetting
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfRuleSetting, sf_rule_setting, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_rule_setting_class_init (SfRuleSettingClass *klass)
{
  /* A rule id ("SF204") or name ("not-verb-phrase"); one the catalogue
   * does not have is reported (SF108). */
  properties[PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       SF_TYPE_SEVERITY, SF_SEVERITY_OFF,
                       SF_MEMBER_FLAGS);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_rule_setting_init (SfRuleSetting *self)
{
}

/**
 * sf_rule_setting_new:
 *
 * Returns: (transfer full): a new #SfRuleSetting, which switches no rule
 *   off until it names one
 */
SfRuleSetting *
sf_rule_setting_new (void)
{
  return g_object_new (SF_TYPE_RULE_SETTING, NULL);
}

/**
 * sf_rule_setting_get_rule:
 * @self: a #SfRuleSetting
 *
 * Returns: (nullable): the rule, by id such as `SF204` or by name such as
 *   `not-verb-phrase`
 */
const char *
sf_rule_setting_get_rule (SfRuleSetting *self)
{
  g_return_val_if_fail (SF_IS_RULE_SETTING (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_RULE]));
}

/**
 * sf_rule_setting_get_severity:
 * @self: a #SfRuleSetting
 *
 * Returns: the severity the rule's problems get in this framework;
 *   %SF_SEVERITY_OFF switches the rule off
 */
SfSeverity
sf_rule_setting_get_severity (SfRuleSetting *self)
{
  g_return_val_if_fail (SF_IS_RULE_SETTING (self), SF_SEVERITY_OFF);

  return g_value_get_enum (_sf_node_peek_value (SF_NODE (self), properties[PROP_SEVERITY]));
}
