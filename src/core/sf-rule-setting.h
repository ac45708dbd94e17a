/* sf-rule-setting.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_RULE_SETTING (sf_rule_setting_get_type ())

G_DECLARE_FINAL_TYPE (SfRuleSetting, sf_rule_setting, SF, RULE_SETTING, SfNode)

SfRuleSetting *sf_rule_setting_new          (void);
const char    *sf_rule_setting_get_rule     (SfRuleSetting *self);
SfSeverity     sf_rule_setting_get_severity (SfRuleSetting *self);

G_END_DECLS
