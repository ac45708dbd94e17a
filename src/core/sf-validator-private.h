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

typedef enum
{
  ENTRY_SECTION,
  ENTRY_STATEMENT,
  ENTRY_SCALE,
  ENTRY_SOURCE,
  ENTRY_ANCHOR,
  ENTRY_GROUP,
} EntryKind;

/* An object of the framework that the validator follows, with the problems
 * its checks found (sf-validator-index.c). */
typedef struct
{
  EntryKind  kind;
  gboolean   dirty;      /* in self->dirty: to check again */
  gboolean   dropped;    /* left the framework; freed after the edit */
  SfNode    *node;
  GPtrArray *problems;   /* what its checks found; NULL for none */
} Entry;

typedef struct _SectionEntry SectionEntry;
typedef struct _StatementEntry StatementEntry;

struct _SectionEntry
{
  Entry       base;
  GPtrArray  *statements;       /* StatementEntry, as the list is */
  GHashTable *titles;           /* folded title → the first StatementEntry with it */
  GHashTable *dirty_titles;     /* folded titles whose statements to check, or NULL */
  gboolean    all_titles_dirty; /* the section's name changed: every SF202 message */
  gboolean    in_dirty_titles;  /* in self->dirty_titles */
};

/* What refers to an id: the value of source_refs and anchor_refs. */
typedef struct
{
  char       *id;           /* the key */
  GHashTable *statements;   /* StatementEntry → how many of its citations or links */
  guint       n_uses;       /* sources: citations and groups; anchors: competency links */
} Ref;

/* What a statement was indexed under, to take out when it changes. The
 * strings are the engine's own: GLib 2.74's interned GRefString is not
 * safe when the tool validates files on several threads (a release drops
 * the count before it takes the lock that a lookup holds). */
struct _StatementEntry
{
  Entry           base;
  SectionEntry   *section;
  char           *id;
  StatementEntry *next_same_id; /* chained from the one statement_ids has */
  Ref           **links;        /* the anchors member */
  guint           n_links;
  gboolean        competency;   /* the links count as covering tasks */
  Ref           **cited;        /* each citation's source; "" for none */
  guint           n_cited;
  guint           n_sourceless; /* citations without a source: no use of "" */
  SfProblem      *duplicate;    /* SF107, found with the other statements of the id */
  char           *title;        /* folded; NULL for a blank title */
  StatementEntry *next_same_title; /* chained from the one its section's titles have */
  SfProblem      *same_title;   /* SF202, found with the other statements of the title */
};

/* Scales, sources and anchors: the id they are counted under. */
typedef struct
{
  Entry  base;
  char  *id;
} IdEntry;

typedef struct
{
  Entry  base;
  char  *source;
} GroupEntry;

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

  /* Lookups the rules read, kept by sf-validator-index.c. */
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
  GHashTable    *statement_ids;  /* id → the first StatementEntry with it */
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

/* sf-validator-index.c */
void     _sf_validator_index_init     (SfValidator    *self);
void     _sf_validator_index_finalize (SfValidator    *self);
void     _sf_validator_index_build    (SfValidator    *self);
void     _sf_validator_index_clear    (SfValidator    *self);
void     _sf_validator_index_collect  (SfValidator    *self,
                                       GPtrArray      *out);
gboolean _sf_validator_index_change   (SfValidator    *self,
                                       const SfChange *change);

/* sf-validator-rules.c */
void  _sf_validator_resolve_settings  (SfValidator     *self);
void  _sf_validator_check_framework   (SfValidator     *self,
                                       GPtrArray       *out);
void  _sf_validator_check_settings    (SfValidator     *self,
                                       GPtrArray       *out);
void  _sf_validator_check_section     (SfValidator     *self,
                                       SfSection       *section,
                                       GPtrArray       *out);
void  _sf_validator_check_statement   (SfValidator     *self,
                                       SfSection       *section,
                                       SfStatement     *statement,
                                       GPtrArray       *out);
void  _sf_validator_check_source      (SfValidator     *self,
                                       SfSource        *source,
                                       gboolean         cited,
                                       GPtrArray       *out);
void  _sf_validator_check_anchor      (SfValidator     *self,
                                       SfAnchor        *anchor,
                                       gboolean         covered,
                                       GPtrArray       *out);
void  _sf_validator_check_group       (SfValidator     *self,
                                       SfEvidenceGroup *group,
                                       GPtrArray       *out);
void  _sf_validator_check_scale       (SfValidator     *self,
                                       SfScale         *scale,
                                       GPtrArray       *out);
void  _sf_validator_check_id_list     (SfValidator     *self,
                                       IdList           list,
                                       GPtrArray       *out);
char *_sf_validator_fold_title        (const char      *title);
void  _sf_validator_report_same_title (SfValidator     *self,
                                       SfSection       *section,
                                       SfStatement     *statement,
                                       SfStatement     *first,
                                       GPtrArray       *out);
void  _sf_validator_report_duplicate  (SfValidator     *self,
                                       SfNode          *node,
                                       const char      *what,
                                       GPtrArray       *out);

G_END_DECLS
