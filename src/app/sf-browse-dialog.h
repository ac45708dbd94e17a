/* sf-browse-dialog.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-window.h"

G_BEGIN_DECLS

#define SF_TYPE_BROWSE_DIALOG (sf_browse_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SfBrowseDialog, sf_browse_dialog, SF, BROWSE_DIALOG, AdwWindow)

SfBrowseDialog *sf_browse_dialog_new        (SfWindow       *window,
                                             GSettings      *settings);
guint           sf_browse_dialog_get_shown  (SfBrowseDialog *self);
const char     *sf_browse_dialog_get_status (SfBrowseDialog *self);
void            sf_browse_dialog_set_search (SfBrowseDialog *self,
                                             const char     *text);
gboolean        sf_browse_dialog_open       (SfBrowseDialog *self,
                                             const char     *name);

G_END_DECLS
