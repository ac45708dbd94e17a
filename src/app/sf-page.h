/* sf-page.h: one framework in a tab
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-app-types.h"
#include "sf-document.h"
#include "sf-draft-store.h"
#include "sf-validator.h"

G_BEGIN_DECLS

#define SF_TYPE_PAGE (sf_page_get_type ())

G_DECLARE_FINAL_TYPE (SfPage, sf_page, SF, PAGE, AdwBin)

SfPage      *sf_page_new_for_file      (GFile               *file);
SfPage      *sf_page_new_for_framework (SfFramework         *framework);
SfDocument  *sf_page_get_document      (SfPage              *self);
SfValidator *sf_page_get_validator     (SfPage              *self);
GFile       *sf_page_get_file          (SfPage              *self);
const char  *sf_page_get_title         (SfPage              *self);
const char  *sf_page_get_subtitle      (SfPage              *self);
gboolean     sf_page_get_modified      (SfPage              *self);
gboolean     sf_page_get_loading       (SfPage              *self);
guint        sf_page_get_n_errors      (SfPage              *self);
guint        sf_page_get_n_warnings    (SfPage              *self);
void         sf_page_save_async        (SfPage              *self,
                                        gboolean             save_as,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean     sf_page_save_finish       (SfPage              *self,
                                        GAsyncResult        *result,
                                        GError             **error);
void         sf_page_attach_draft      (SfPage              *self,
                                        const SfDraft       *draft);
void         sf_page_discard_changes   (SfPage              *self);
gboolean     sf_page_select_view       (SfPage              *self,
                                        const char          *name);
const char  *sf_page_get_view_name     (SfPage              *self);
GtkWidget   *sf_page_get_view          (SfPage              *self);
GtkInfoBar  *sf_page_get_banner        (SfPage              *self,
                                        const char          *name);
void         sf_page_reveal            (SfPage              *self,
                                        SfNode              *node,
                                        const char          *member);
GtkWidget   *sf_page_get_problems_panel (SfPage             *self);
gboolean     sf_page_get_show_problems (SfPage              *self);
void         sf_page_set_show_problems (SfPage              *self,
                                        gboolean             show_problems);
GListModel  *sf_page_get_shown_problems (SfPage             *self);
void         sf_page_go_to_problem     (SfPage              *self,
                                        SfProblem           *problem);
gboolean     sf_page_next_problem      (SfPage              *self,
                                        gboolean             backward);
GtkWindow   *sf_page_compare_same_title (SfPage             *self,
                                         SfStatement        *statement);
SfSearchBar *sf_page_get_search_bar    (SfPage              *self);

G_END_DECLS
