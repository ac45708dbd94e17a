/* sf-validator-private.h: what the validator's files share: the engine
 * (sf-validator.c), its indices (sf-validator-index.c) and the rules
 * (sf-validator-rules.c)
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-model.h"
#include "sf-problem-list.h"
#include "sf-validator.h"

G_BEGIN_DECLS

/* The framework-wide lists whose ids must be unique (SF107), each checked
 * as a whole; statements are checked by id (see sf-validator-index.c),
 * levels and figures with their scale and group. */
typedef enum
{
  ID_LIST_SCALES,
  ID_LIST_SECTIONS,
  ID_LIST_EVIDENCE,
  ID_LIST_ANCHORS,
  ID_LIST_SOURCES,
  N_ID_LISTS
} IdList;

struct _SfValidator
{
  GObject        parent_instance;

  SfFramework   *framework;
  SfProblemList *problems;

  /* Resolved settings (sf-validator-rules.c). */
  SfSeverity     severities[SF_N_RULES];
  GHashTable    *cited_keys;
  int            text_min;
  int            text_max;
  int            title_max;

  /* Lookups the rules read, kept by the engine. */
  GHashTable    *scale_lookup;   /* id → the first SfScale with it */
  GHashTable    *source_ids;     /* id → how many sources have it */
  GHashTable    *anchor_ids;     /* id → how many anchors have it */
  char          *onet_source;    /* the id citations of O*NET use */

  /* The indices (sf-validator-index.c). */
  GHashTable    *entries;        /* SfNode → Entry */
  GPtrArray     *sections;       /* SectionEntry, as the list is */
  GPtrArray     *scales;         /* IdEntry, as the list is */
  GPtrArray     *sources;        /* IdEntry, as the list is */
  GPtrArray     *anchors;        /* IdEntry, as the list is */
  GPtrArray     *groups;         /* GroupEntry, as the list is */
  GHashTable    *statement_ids;  /* id → SameId: the statements with it */
  GHashTable    *source_refs;    /* source id → Ref: citations and evidence groups */
  GHashTable    *anchor_refs;    /* anchor id → Ref: statements' links */
  GPtrArray     *framework_problems;
  GPtrArray     *settings_problems;
  GPtrArray     *id_problems[N_ID_LISTS];

  /* What the edit being handled made stale, and what it changed. */
  GPtrArray     *dirty;          /* Entry */
  GPtrArray     *dropped;        /* Entry, freed once the edit is handled */
  GHashTable    *dirty_ids;      /* statement ids whose duplicates to check */
  GPtrArray     *dirty_titles;   /* SectionEntry whose duplicate titles to check */
  gboolean       framework_dirty;
  gboolean       id_lists_dirty[N_ID_LISTS];
  GPtrArray     *removed;        /* SfProblem */
  GPtrArray     *added;          /* SfProblem */
  GHashTable    *pool;           /* validating everything: the problems before, by content */

  /* Counts, kept as problems come and go. */
  GHashTable    *records;        /* SfNode → Record */
  GHashTable    *section_counts; /* SfSection → guint[SF_SEVERITY_ERROR + 1] */
  guint          counts[SF_SEVERITY_ERROR + 1];
};

/* sf-validator.c */
void _sf_validator_update_bucket    (SfValidator     *self,
                                     GPtrArray      **bucket,
                                     GPtrArray       *fresh);

/* sf-validator-index.c */
void     _sf_validator_index_init     (SfValidator    *self);
void     _sf_validator_index_finalize (SfValidator    *self);
void     _sf_validator_index_build    (SfValidator    *self);
void     _sf_validator_index_clear    (SfValidator    *self);
void     _sf_validator_index_collect  (SfValidator    *self,
                                       GPtrArray      *out);
gboolean _sf_validator_index_change   (SfValidator    *self,
                                       const SfChange *change);
void     _sf_validator_check_stale    (SfValidator    *self);

/* sf-validator-rules.c */
void _sf_validator_resolve_settings (SfValidator     *self);
void _sf_validator_check_framework  (SfValidator     *self,
                                     GPtrArray       *out);
void _sf_validator_check_settings   (SfValidator     *self,
                                     GPtrArray       *out);
void _sf_validator_check_section    (SfValidator     *self,
                                     SfSection       *section,
                                     GPtrArray       *out);
void _sf_validator_check_statement  (SfValidator     *self,
                                     SfSection       *section,
                                     SfStatement     *statement,
                                     GPtrArray       *out);
void _sf_validator_check_source     (SfValidator     *self,
                                     SfSource        *source,
                                     gboolean         cited,
                                     GPtrArray       *out);
void _sf_validator_check_anchor     (SfValidator     *self,
                                     SfAnchor        *anchor,
                                     gboolean         covered,
                                     GPtrArray       *out);
void _sf_validator_check_group      (SfValidator     *self,
                                     SfEvidenceGroup *group,
                                     GPtrArray       *out);
void _sf_validator_check_scale      (SfValidator     *self,
                                     SfScale         *scale,
                                     GPtrArray       *out);
void _sf_validator_check_id_list    (SfValidator     *self,
                                     IdList           list,
                                     GPtrArray       *out);
char *_sf_validator_fold_title     (const char      *title);
void _sf_validator_report_same_title (SfValidator    *self,
                                      SfSection      *section,
                                      SfStatement    *statement,
                                      SfStatement    *first,
                                      GPtrArray      *out);
void _sf_validator_report_duplicate (SfValidator     *self,
                                     SfNode          *node,
                                     const char      *what,
                                     GPtrArray       *out);

G_END_DECLS
