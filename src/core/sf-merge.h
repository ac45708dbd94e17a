/* sf-merge.h: the three-way merge of two versions of a framework
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sf_merge() combines the changes that two sides ("mine" and "theirs") made
 * to a common ancestor ("base"), for example the local copy and the
 * server's copy of a framework against the version last synced:
 *
 * - values (strings, numbers, enums) and the members this version does not
 *   know: a value changed on one side only takes that side's value; a value
 *   changed on both sides to the same thing is no conflict; a value changed
 *   differently on both sides is a conflict;
 * - lists of items with an id (sections, statements, sources, anchors,
 *   scales, levels, …) are matched by id, items without one (citations,
 *   figures, count expectations, …) by content and then in order, as
 *   sf_document_replace() does: items inserted on either side are kept,
 *   items deleted on either side go, items kept on both sides merge member
 *   by member; an item deleted on one side and changed on the other is a
 *   conflict; the order is the order of the side that reordered the items
 *   (mine when both did), with the other side's insertions placed after the
 *   item that precedes them there (after mine's insertions at that place);
 * - statements are also followed by id across sections: one moved to
 *   another section on one side and edited on the other ends up moved and
 *   edited (when both sides moved it to different sections, mine's place
 *   wins); a move is a change, so moved on one side and deleted on the
 *   other is a conflict;
 * - anchor links and other lists of strings are ordered sets: additions
 *   from both sides are kept, removals from either side go, never a
 *   conflict.
 *
 * Nothing is resolved silently: sf_merge() returns the merged framework and
 * the list of its conflicts. Until a conflict is resolved, the merged
 * framework holds mine's value for a value changed on both sides, and keeps
 * the changed item for an item deleted on one side and changed on the
 * other, so that nothing is lost. Resolving a conflict with
 * sf_merge_conflict_resolve() changes the merged framework in place; when
 * every conflict is resolved (sf_merge_conflicts_check_resolved()) the
 * merged framework is the final one, to bring into a document with
 * sf_document_replace(). The merge never changes base, mine or theirs.
 *
 * Typical use:
 *
 * |[<!-- language="C" -->
 * g_autoptr(GPtrArray) conflicts = NULL;
 * g_autoptr(SfFramework) merged = sf_merge (base, mine, theirs, &conflicts, &error);
 *
 * for (guint i = 0; i < conflicts->len; i++)
 *   sf_merge_conflict_resolve (g_ptr_array_index (conflicts, i),
 *                              SF_MERGE_TAKE_THEIRS, NULL, NULL);
 * ]|
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-types.h"

G_BEGIN_DECLS

#define SF_MERGE_ERROR (sf_merge_error_quark ())

/**
 * SfMergeError:
 * @SF_MERGE_ERROR_DIFFERENT_FRAMEWORKS: mine and theirs have different ids
 * @SF_MERGE_ERROR_INVALID_VALUE: a value given to resolve a conflict does not
 *   fit the member or item in conflict
 * @SF_MERGE_ERROR_UNRESOLVED: conflicts remain unresolved
 */
typedef enum
{
  SF_MERGE_ERROR_DIFFERENT_FRAMEWORKS,
  SF_MERGE_ERROR_INVALID_VALUE,
  SF_MERGE_ERROR_UNRESOLVED,
} SfMergeError;

/**
 * SfMergeConflictKind:
 * @SF_MERGE_CONFLICT_CHANGED: both sides changed the value differently (or,
 *   without a base, hold different values)
 * @SF_MERGE_CONFLICT_DELETED_BY_MINE: mine deleted what theirs changed
 * @SF_MERGE_CONFLICT_DELETED_BY_THEIRS: theirs deleted what mine changed
 */
typedef enum
{
  SF_MERGE_CONFLICT_CHANGED,
  SF_MERGE_CONFLICT_DELETED_BY_MINE,
  SF_MERGE_CONFLICT_DELETED_BY_THEIRS,
} SfMergeConflictKind;

/**
 * SfMergeChoice:
 * @SF_MERGE_TAKE_MINE: mine's value (or mine's deletion)
 * @SF_MERGE_TAKE_THEIRS: theirs' value (or theirs' deletion)
 * @SF_MERGE_TAKE_VALUE: a value given by the caller
 */
typedef enum
{
  SF_MERGE_TAKE_MINE,
  SF_MERGE_TAKE_THEIRS,
  SF_MERGE_TAKE_VALUE,
} SfMergeChoice;

#define SF_TYPE_MERGE_CONFLICT (sf_merge_conflict_get_type ())

G_DECLARE_FINAL_TYPE (SfMergeConflict, sf_merge_conflict, SF, MERGE_CONFLICT, GObject)

GQuark               sf_merge_error_quark              (void);

SfFramework         *sf_merge                          (SfFramework      *base,
                                                        SfFramework      *mine,
                                                        SfFramework      *theirs,
                                                        GPtrArray       **conflicts,
                                                        GError          **error);

SfMergeConflictKind  sf_merge_conflict_get_kind        (SfMergeConflict  *self);
const char          *sf_merge_conflict_get_pointer     (SfMergeConflict  *self);
JsonNode            *sf_merge_conflict_get_base        (SfMergeConflict  *self);
JsonNode            *sf_merge_conflict_get_mine        (SfMergeConflict  *self);
JsonNode            *sf_merge_conflict_get_theirs      (SfMergeConflict  *self);
gboolean             sf_merge_conflict_get_resolved    (SfMergeConflict  *self);
gboolean             sf_merge_conflict_resolve         (SfMergeConflict  *self,
                                                        SfMergeChoice     choice,
                                                        JsonNode         *value,
                                                        GError          **error);
JsonNode            *sf_merge_conflict_to_json         (SfMergeConflict  *self);

void                 sf_merge_conflicts_resolve_all    (GPtrArray        *conflicts,
                                                        SfMergeChoice     choice);
gboolean             sf_merge_conflicts_check_resolved (GPtrArray        *conflicts,
                                                        GError          **error);

G_END_DECLS
