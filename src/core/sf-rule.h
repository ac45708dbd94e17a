/* sf-rule.h: the catalogue of validation rules
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sf-types.h"

G_BEGIN_DECLS

typedef enum
{
  SF_RULE_FAMILY_STRUCTURE,
  SF_RULE_FAMILY_CONTENT,
  SF_RULE_FAMILY_COUNTS,
  SF_RULE_FAMILY_CITATIONS,
  SF_RULE_FAMILY_ONET,
  SF_RULE_FAMILY_EVIDENCE,
} SfRuleFamily;

/* Rule ids: stable, never reused. The number's first digit is the family. */
typedef enum
{
  SF_RULE_MISSING_VALUE,
  SF_RULE_SOC_CODE_FORM,
  SF_RULE_JOB_ZONE_RANGE,
  SF_RULE_JOB_ZONE_NAME,
  SF_RULE_UNKNOWN_LEVEL,
  SF_RULE_UNKNOWN_SCALE,
  SF_RULE_DUPLICATE_ID,
  SF_RULE_UNKNOWN_RULE,
  SF_RULE_EMPTY_TEXT,
  SF_RULE_DUPLICATE_TITLE,
  SF_RULE_TEXT_LENGTH,
  SF_RULE_NOT_VERB_PHRASE,
  SF_RULE_LEVEL_COUNT,
  SF_RULE_SECTION_COUNT,
  SF_RULE_MISSING_CITATION,
  SF_RULE_UNKNOWN_SOURCE,
  SF_RULE_UNCITED_SOURCE,
  SF_RULE_SOURCE_LICENCE_LINK,
  SF_RULE_ONET_RELEASE_MISMATCH,
  SF_RULE_UNKNOWN_ONET_ELEMENT,
  SF_RULE_ONET_NAME_FORM,
  SF_RULE_ONET_ELEMENT_ID,
  SF_RULE_WORK_STYLE_LIST,
  SF_RULE_CITES_ONET_WITHOUT_ANCHOR,
  SF_RULE_UNCOVERED_TASK,
  SF_RULE_MISSING_ANCHOR,
  SF_RULE_REVIEW_MARK,
  SF_RULE_FIGURE_RANGE,
  SF_N_RULES
} SfRuleKey;

typedef struct
{
  SfRuleKey     key;
  const char   *id;        /* "SF401" */
  const char   *name;      /* "missing-citation" */
  SfRuleFamily  family;
  SfSeverity    severity;  /* the default */
  const char   *title;     /* one line, untranslated; see sf_rule_get_title() */
  const char   *help;      /* how to fix it, untranslated */
} SfRule;

const SfRule *sf_rule_get            (SfRuleKey      key);
const SfRule *sf_rule_lookup         (const char    *id_or_name);
const char   *sf_rule_get_title      (const SfRule  *rule);
const char   *sf_rule_get_help       (const SfRule  *rule);
const char   *sf_rule_family_name    (SfRuleFamily   family);
const char   *sf_severity_to_string  (SfSeverity     severity);
gboolean      sf_severity_from_string (const char   *str,
                                       SfSeverity   *severity);

G_END_DECLS
