/* sf-search-highlight.h: the matches of a search, shown in statement rows
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-search.h"
#include "sf-statement-row.h"

G_BEGIN_DECLS

#define SF_TYPE_SEARCH_HIGHLIGHT (sf_search_highlight_get_type ())

G_DECLARE_FINAL_TYPE (SfSearchHighlight, sf_search_highlight, SF, SEARCH_HIGHLIGHT, GObject)

SfSearchHighlight *sf_search_highlight_new         (void);
SfSearch          *sf_search_highlight_get_search  (SfSearchHighlight   *self);
void               sf_search_highlight_set_search  (SfSearchHighlight   *self,
                                                    SfSearch            *search);
void               sf_search_highlight_set_current (SfSearchHighlight   *self,
                                                    const SfSearchMatch *match);
void               sf_search_highlight_apply       (SfSearchHighlight   *self,
                                                    SfStatementRow      *row);

G_END_DECLS
