/* sf-window-private.h: what the window's files share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-page.h"
#include "sf-window.h"

G_BEGIN_DECLS

typedef struct _SfWindowSync SfWindowSync;

struct _SfWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *problems_box;
  GtkLabel             *errors_label;
  GtkLabel             *warnings_label;
  GtkInfoBar           *error_bar;
  GtkLabel             *error_label;
  AdwTabBar            *tab_bar;      /* made when it would first show */
  GtkStack             *stack;
  AdwTabView           *tab_view;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;

  GMenu                *history_section;
  GSignalGroup         *page_signals;
  GSignalGroup         *document_signals;
  gboolean              closing;
  guint                 present_source;
  SfWindowSync         *sync;
};

void _sf_window_actions_init   (SfWindow   *self);
void _sf_window_actions_update (SfWindow   *self);
void _sf_window_update_history (SfWindow   *self);
void _sf_window_new_framework  (SfWindow   *self);
void _sf_window_choose_files   (SfWindow   *self);
void _sf_window_close_page     (SfWindow   *self,
                                SfPage     *page);
void _sf_window_apply_show_problems (SfWindow *self);
void _sf_window_search_init    (SfWindow   *self);
void _sf_window_search_update  (SfWindow   *self);
void _sf_window_csv_init       (SfWindow   *self);
void _sf_window_sync_init      (SfWindow   *self);
void _sf_window_sync_realize   (SfWindow   *self);
void _sf_window_sync_dispose   (SfWindow   *self);
void _sf_window_sync_document_changed (SfWindow *self);
void _sf_window_sync_check_now (SfWindow   *self);
const char *_sf_window_sync_get_state   (SfWindow *self);
const char *_sf_window_sync_get_message (SfWindow *self);
void _sf_window_sync_set_network_monitor (SfWindow        *self,
                                          GNetworkMonitor *monitor);
void _sf_window_csv_update     (SfWindow   *self);
void _sf_window_import_csv_file (SfWindow  *self,
                                 GFile     *file);
void _sf_window_interchange_init (SfWindow *self);
void _sf_window_export         (SfWindow   *self);
void _sf_window_import_case    (SfWindow   *self);

G_END_DECLS
