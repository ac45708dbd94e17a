/* sf-sync-all-dialog.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-window.h"

G_BEGIN_DECLS

#define SF_TYPE_SYNC_ALL_DIALOG (sf_sync_all_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SfSyncAllDialog, sf_sync_all_dialog, SF, SYNC_ALL_DIALOG, AdwWindow)

SfSyncAllDialog *sf_sync_all_dialog_new          (SfWindow        *window,
                                                  GSettings       *settings,
                                                  GFile           *folder);
gboolean         sf_sync_all_dialog_get_finished (SfSyncAllDialog *self);
double           sf_sync_all_dialog_get_fraction (SfSyncAllDialog *self);
guint            sf_sync_all_dialog_get_progress_updates (SfSyncAllDialog *self);
const char      *sf_sync_all_dialog_get_status   (SfSyncAllDialog *self);
const char      *sf_sync_all_dialog_get_result   (SfSyncAllDialog *self,
                                                  const char      *file_name);
gboolean         sf_sync_all_dialog_resolve      (SfSyncAllDialog *self,
                                                  const char      *file_name);

G_END_DECLS
