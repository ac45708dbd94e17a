/* sf-sidebar-row.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_SIDEBAR_ROW (sf_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (SfSidebarRow, sf_sidebar_row, SF, SIDEBAR_ROW, GtkListBoxRow)

GtkWidget  *sf_sidebar_row_new       (const char   *view_name,
                                      const char   *icon_name);
const char *sf_sidebar_row_get_view_name (SfSidebarRow *self);
void        sf_sidebar_row_set_title (SfSidebarRow *self,
                                      const char   *title);
void        sf_sidebar_row_set_count (SfSidebarRow *self,
                                      guint         count,
                                      const char   *what);

void        sf_sidebar_row_set_problems (SfSidebarRow *self,
                                         guint         errors,
                                         guint         warnings);

G_END_DECLS
