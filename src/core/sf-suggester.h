/* sf-suggester.h: anchor suggestions by textual relevance
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sf-types.h"

G_BEGIN_DECLS

#define SF_TYPE_SUGGESTION (sf_suggestion_get_type ())

/**
 * SfSuggestion:
 * @anchor: the suggested grounding anchor; the suggestion holds a reference
 * @score: how relevant @anchor is, greater than zero; scores compare only
 *   within one answer of the suggester
 *
 * One anchor that a statement could be grounded in.
 */
typedef struct
{
  SfAnchor *anchor;
  double    score;
} SfSuggestion;

GType         sf_suggestion_get_type (void) G_GNUC_CONST;
SfSuggestion *sf_suggestion_copy     (const SfSuggestion *suggestion);
void          sf_suggestion_free     (SfSuggestion       *suggestion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSuggestion, sf_suggestion_free)

#define SF_TYPE_SUGGESTER (sf_suggester_get_type ())

G_DECLARE_FINAL_TYPE (SfSuggester, sf_suggester, SF, SUGGESTER, GObject)

SfSuggester *sf_suggester_new                   (SfFramework *framework);
SfFramework *sf_suggester_get_framework         (SfSuggester *self);
void         sf_suggester_attach                (SfSuggester *self,
                                                 SfDocument  *document);
void         sf_suggester_invalidate            (SfSuggester *self);
GPtrArray   *sf_suggester_suggest               (SfSuggester *self,
                                                 const char  *query,
                                                 guint        max);
GPtrArray   *sf_suggester_suggest_for_statement (SfSuggester *self,
                                                 SfStatement *statement,
                                                 guint        max);

G_END_DECLS
