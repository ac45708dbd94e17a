/* sf-onet-reference.h: the O*NET content model that ships with Skillframe
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sf-types.h"

G_BEGIN_DECLS

/**
 * SfOnetElement:
 * @kind: %SF_ANCHOR_KIND_SKILL, %SF_ANCHOR_KIND_KNOWLEDGE,
 *   %SF_ANCHOR_KIND_ABILITY or %SF_ANCHOR_KIND_WORK_STYLE
 * @element_id: the O*NET element id, e.g. "2.B.3.m"
 * @name: the O*NET element name, e.g. "Quality Control Analysis"
 * @list: "current" for skills, knowledge and abilities; for work styles
 *   "1.D" (the list used since O*NET 30.1) or "1.C" (the retired list,
 *   used up to O*NET 30.0)
 *
 * One element of the O*NET content model. Elements belong to the reference
 * and live as long as the program: never free or change them.
 */
typedef struct
{
  SfAnchorKind kind;
  const char  *element_id;
  const char  *name;
  const char  *list;
} SfOnetElement;

/**
 * SfOnetMatchKind:
 * @SF_ONET_MATCH_NONE: no element of that kind has the name
 * @SF_ONET_MATCH_EXACT: the name is exactly an element's name
 * @SF_ONET_MATCH_TOLERANT: the name is an element's name once case,
 *   spacing, hyphens and the spacing around punctuation are ignored
 * @SF_ONET_MATCH_OTHER_LIST: the name is a work style of the other work-style
 *   list than the one the release uses (exactly or tolerantly)
 *
 * How a name given for an O*NET anchor matches the reference.
 */
typedef enum
{
  SF_ONET_MATCH_NONE,
  SF_ONET_MATCH_EXACT,
  SF_ONET_MATCH_TOLERANT,
  SF_ONET_MATCH_OTHER_LIST,
} SfOnetMatchKind;

/**
 * SfOnetMatch:
 * @kind: how the name matched
 * @element: the element matched, or %NULL with %SF_ONET_MATCH_NONE
 * @suggestion: with %SF_ONET_MATCH_NONE or %SF_ONET_MATCH_OTHER_LIST, the
 *   element of that kind (and of the release's list) whose name is closest,
 *   if one is close enough; otherwise %NULL
 *
 * The result of sf_onet_reference_match().
 */
typedef struct
{
  SfOnetMatchKind      kind;
  const SfOnetElement *element;
  const SfOnetElement *suggestion;
} SfOnetMatch;

const char          *sf_onet_reference_get_attribution   (void);
const char          *sf_onet_reference_get_releases      (void);
gboolean             sf_onet_release_uses_new_work_styles (const char   *release);
SfOnetMatch          sf_onet_reference_match             (SfAnchorKind  kind,
                                                          const char   *name,
                                                          const char   *release);
const SfOnetElement *sf_onet_reference_lookup_id         (const char   *element_id);
const SfOnetElement *sf_onet_reference_get_elements      (SfAnchorKind  kind,
                                                          gsize        *n_elements);
const char          *sf_onet_reference_job_zone_name     (int           job_zone);
gboolean             sf_onet_job_zone_name_matches       (int           job_zone,
                                                          const char   *name);

G_END_DECLS
