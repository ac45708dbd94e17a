/* sf-list-match-private.h: matching the items of two lists of nodes
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the three users of "which item of this list is which item of
 * that one": the edit layer's replace (sf-diff.c), the three-way merge
 * (sf-merge.c) and the semantic diff (sf-semantic-diff.c).
 */

#pragma once

#include "sf-node-private.h"

G_BEGIN_DECLS

typedef enum
{
  /* Items without an id are matched with equal ones only. */
  SF_LIST_MATCH_EQUAL_ONLY,
  /* …then the rest of them in order, so that an edited citation is the
   * same citation edited rather than one removed and one added. */
  SF_LIST_MATCH_REST_IN_ORDER,
} SfListMatchMode;

/* Fills @a_match (length a->len) and @b_match (length b->len) with the
 * index of the matching item on the other side, or -1. Items with an id
 * match by id, the n-th of duplicate ids with the n-th. */
void _sf_list_match     (GPtrArray       *a,
                         GPtrArray       *b,
                         SfListMatchMode  mode,
                         int             *a_match,
                         int             *b_match);

/* Marks in @keep the matched items (a_match[i] >= 0) that form a longest
 * run of increasing positions on the other side: those that did not move. */
void _sf_list_mark_kept (const int       *a_match,
                         guint            n,
                         gboolean        *keep);

G_END_DECLS
