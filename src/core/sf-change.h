/* sf-change.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_CHANGE (sf_change_get_type ())

/**
 * SfChangeKind:
 * @SF_CHANGE_MEMBER: a member of @node changed value
 * @SF_CHANGE_LIST: items of a list member of @node were removed or added
 * @SF_CHANGE_EXTRAS: the members of @node unknown to this version were
 *   replaced (by sf_document_replace()); @member is %NULL
 */
typedef enum
{
  SF_CHANGE_MEMBER,
  SF_CHANGE_LIST,
  SF_CHANGE_EXTRAS,
} SfChangeKind;

/**
 * SfChange:
 * @kind: what changed
 * @node: the node whose member changed
 * @member: (nullable): the property name of the member
 * @position: for a list, where items were removed and added
 * @removed: for a list, how many items were removed
 * @added: for a list, how many items were added
 *
 * What one edit did to a document, as #SfDocument::changed tells it, so that
 * views and the validator can update only what changed.
 */
struct _SfChange
{
  SfChangeKind  kind;
  SfNode       *node;
  const char   *member;
  guint         position;
  guint         removed;
  guint         added;
};

GType     sf_change_get_type (void) G_GNUC_CONST;
SfChange *sf_change_copy     (const SfChange *change);
void      sf_change_free     (SfChange       *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfChange, sf_change_free)

G_END_DECLS
