/* sf-coverage-view.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-coverage-cell.h"
#include "sf-coverage-render.h"
#include "sf-document.h"

G_BEGIN_DECLS

#define SF_TYPE_COVERAGE_VIEW (sf_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (SfCoverageView, sf_coverage_view, SF, COVERAGE_VIEW, AdwBin)

GtkWidget      *sf_coverage_view_new           (SfDocument            *document);
SfCoverage     *sf_coverage_view_get_coverage  (SfCoverageView        *self);
SfCoverageCell *sf_coverage_view_find_cell     (SfCoverageView        *self,
                                                SfSection             *section,
                                                const char            *level);
GtkListBox     *sf_coverage_view_get_task_list (SfCoverageView        *self);
void            sf_coverage_view_export_async  (SfCoverageView        *self,
                                                GFile                 *file,
                                                SfCoverageImageFormat  format,
                                                GCancellable          *cancellable,
                                                GAsyncReadyCallback    callback,
                                                gpointer               user_data);
gboolean        sf_coverage_view_export_finish (SfCoverageView        *self,
                                                GAsyncResult          *result,
                                                GError               **error);
void            sf_coverage_view_export_to     (SfCoverageView        *self,
                                                GFile                 *file,
                                                SfCoverageImageFormat  format);

G_END_DECLS
