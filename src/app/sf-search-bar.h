/* sf-search-bar.h: find and replace in a framework's statements
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-document.h"
#include "sf-search-highlight.h"
#include "sf-validator.h"

G_BEGIN_DECLS

#define SF_TYPE_SEARCH_BAR (sf_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (SfSearchBar, sf_search_bar, SF, SEARCH_BAR, GtkWidget)

void                 sf_search_bar_set_document     (SfSearchBar *self,
                                                     SfDocument  *document,
                                                     SfValidator *validator);
SfSearchHighlight   *sf_search_bar_get_highlight    (SfSearchBar *self);
void                 sf_search_bar_begin            (SfSearchBar *self,
                                                     gboolean     replace);
void                 sf_search_bar_end              (SfSearchBar *self);
gboolean             sf_search_bar_get_active       (SfSearchBar *self);
void                 sf_search_bar_next             (SfSearchBar *self);
void                 sf_search_bar_previous         (SfSearchBar *self);
guint                sf_search_bar_get_n_matches    (SfSearchBar *self);
int                  sf_search_bar_get_current      (SfSearchBar *self);
const SfSearchMatch *sf_search_bar_get_match        (SfSearchBar *self,
                                                     guint        index);
GtkWidget           *sf_search_bar_get_control      (SfSearchBar *self,
                                                     const char  *name);

G_END_DECLS
