/* sf-window.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-app-types.h"
#include "sf-draft-store.h"

G_BEGIN_DECLS

#define SF_TYPE_WINDOW (sf_window_get_type ())

G_DECLARE_FINAL_TYPE (SfWindow, sf_window, SF, WINDOW, AdwApplicationWindow)

SfWindow *sf_window_new              (SfApplication       *application);
void      sf_window_open_file        (SfWindow            *self,
                                      GFile               *file);
void      sf_window_open_page        (SfWindow            *self,
                                      SfPage              *page);
void      sf_window_present_when_loaded (SfWindow         *self);
void      sf_window_offer_draft      (SfWindow            *self,
                                      const SfDraft       *draft);
SfPage   *sf_window_find_page        (SfWindow            *self,
                                      GFile               *file);
SfPage   *sf_window_get_current_page (SfWindow            *self);
void      sf_window_add_page         (SfWindow            *self,
                                      SfPage              *page);
void      sf_window_set_current_page (SfWindow            *self,
                                      SfPage              *page);
void      sf_window_show_error       (SfWindow            *self,
                                      const char          *message);
const char *sf_window_get_error      (SfWindow            *self);
void      sf_window_show_toast       (SfWindow            *self,
                                      AdwToast            *toast);
void      sf_window_close_async      (SfWindow            *self,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean  sf_window_close_finish     (SfWindow            *self,
                                      GAsyncResult        *result);
void      sf_window_export_to        (SfWindow            *self,
                                      const char          *format_name,
                                      gboolean             bom,
                                      GFile               *file);
void      sf_window_import_case      (SfWindow            *self,
                                      GFile               *file);

G_END_DECLS
