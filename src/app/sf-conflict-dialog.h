/* sf-conflict-dialog.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-sync.h"

G_BEGIN_DECLS

#define SF_TYPE_CONFLICT_DIALOG (sf_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SfConflictDialog, sf_conflict_dialog, SF, CONFLICT_DIALOG, AdwWindow)

SfConflictDialog *sf_conflict_dialog_new      (GtkWindow        *parent,
                                               SfSync           *sync,
                                               SfSyncItem       *item);
void              sf_conflict_dialog_choose   (SfConflictDialog *self,
                                               guint             index,
                                               int               choice,
                                               const char       *value);
void              sf_conflict_dialog_complete (SfConflictDialog *self);

G_END_DECLS
