/* sf-semantic-diff.h: what changed between two versions of a framework
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reviewer's view of a new version against an old one: statements
 * matched by id across the whole framework (so that a statement moved to
 * another section or level is one statement moved), their titles and texts
 * compared word by word, their citations and anchor links as sets; the
 * header fields; and every other member of the file compared by the same
 * matching as sf_document_replace() and sf_merge(), so that no difference
 * goes unreported.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-types.h"

G_BEGIN_DECLS

/**
 * SfSemanticChangeKind:
 * @SF_SEMANTIC_STATEMENT_ADDED: a statement is new
 * @SF_SEMANTIC_STATEMENT_REMOVED: a statement is gone
 * @SF_SEMANTIC_STATEMENT_MOVED: a statement moved to another section or level
 * @SF_SEMANTIC_STATEMENT_RETITLED: a statement's title changed
 * @SF_SEMANTIC_STATEMENT_REWORDED: a statement's text changed
 * @SF_SEMANTIC_CITATION_ADDED: a statement cites a source it did not
 * @SF_SEMANTIC_CITATION_REMOVED: a statement no longer cites a source
 * @SF_SEMANTIC_ANCHOR_LINK_ADDED: a statement links an anchor it did not
 * @SF_SEMANTIC_ANCHOR_LINK_REMOVED: a statement no longer links an anchor
 * @SF_SEMANTIC_HEADER_CHANGED: a field of the framework or its occupation
 * @SF_SEMANTIC_ITEM_ADDED: anything else added (a source, an anchor, …)
 * @SF_SEMANTIC_ITEM_REMOVED: anything else removed
 * @SF_SEMANTIC_VALUE_CHANGED: any other value changed
 */
typedef enum
{
  SF_SEMANTIC_STATEMENT_ADDED,
  SF_SEMANTIC_STATEMENT_REMOVED,
  SF_SEMANTIC_STATEMENT_MOVED,
  SF_SEMANTIC_STATEMENT_RETITLED,
  SF_SEMANTIC_STATEMENT_REWORDED,
  SF_SEMANTIC_CITATION_ADDED,
  SF_SEMANTIC_CITATION_REMOVED,
  SF_SEMANTIC_ANCHOR_LINK_ADDED,
  SF_SEMANTIC_ANCHOR_LINK_REMOVED,
  SF_SEMANTIC_HEADER_CHANGED,
  SF_SEMANTIC_ITEM_ADDED,
  SF_SEMANTIC_ITEM_REMOVED,
  SF_SEMANTIC_VALUE_CHANGED,
  SF_SEMANTIC_N_KINDS,
} SfSemanticChangeKind;

/**
 * SfSemanticChange:
 * @kind: what changed
 * @pointer: the JSON Pointer of what changed, in the new version (in the old
 *   one for what was removed)
 * @statement: (nullable): the id of the statement concerned
 * @old_value: (nullable): the old value, as text (a statement's
 *   "section/level", a title, a text, a citation's "source locator", an
 *   anchor id), or as canonical JSON for other values
 * @new_value: (nullable): the new value, likewise
 * @words: (nullable): for a retitled or reworded statement, the words
 *   changed, marked as `[-removed-]` and `{+added+}`
 * @title: (nullable): the title of the statement concerned (the old one for
 *   a removed statement)
 *
 * One change.
 */
typedef struct
{
  SfSemanticChangeKind  kind;
  char                 *pointer;
  char                 *statement;
  char                 *old_value;
  char                 *new_value;
  char                 *words;
  char                 *title;
} SfSemanticChange;

void        sf_semantic_change_free        (SfSemanticChange     *change);
const char *sf_semantic_change_kind_name   (SfSemanticChangeKind  kind);
char       *sf_semantic_change_describe    (const SfSemanticChange *change);

GPtrArray  *sf_semantic_diff               (SfFramework          *old_framework,
                                            SfFramework          *new_framework);
void        sf_semantic_diff_count         (GPtrArray            *changes,
                                            guint                *counts);
char       *sf_semantic_diff_summary       (GPtrArray            *changes);
JsonNode   *sf_semantic_diff_to_json       (GPtrArray            *changes);
char       *sf_semantic_word_diff          (const char           *old_text,
                                            const char           *new_text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSemanticChange, sf_semantic_change_free)

G_END_DECLS
