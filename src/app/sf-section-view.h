/* sf-section-view.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-document.h"
#include "sf-search-highlight.h"
#include "sf-statement-row.h"
#include "sf-suggester.h"
#include "sf-validator.h"

G_BEGIN_DECLS

#define SF_TYPE_SECTION_VIEW (sf_section_view_get_type ())

G_DECLARE_FINAL_TYPE (SfSectionView, sf_section_view, SF, SECTION_VIEW, GtkWidget)

GtkWidget      *sf_section_view_new          (SfDocument    *document,
                                              SfValidator   *validator,
                                              SfSuggester   *suggester,
                                              SfSection     *section);
SfSection      *sf_section_view_get_section  (SfSectionView *self);
const char     *sf_section_view_get_level    (SfSectionView *self);
gboolean        sf_section_view_set_level    (SfSectionView *self,
                                              const char    *level);
void            sf_section_view_reveal       (SfSectionView *self,
                                              SfStatement   *statement,
                                              const char    *field);
void            sf_section_view_edit_details (SfSectionView *self,
                                              const char    *member);
void            sf_section_view_reveal_node  (SfSectionView *self,
                                              SfNode        *node,
                                              const char    *field);
SfStatementRow *sf_section_view_find_row     (SfSectionView *self,
                                              SfStatement   *statement);
GListModel     *sf_section_view_get_shown    (SfSectionView *self);
guint           sf_section_view_get_n_rows   (SfSectionView *self);
void            sf_section_view_set_highlight (SfSectionView     *self,
                                               SfSearchHighlight *highlight);

G_END_DECLS
