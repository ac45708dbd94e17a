/* sf-onet-dialog.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-document.h"
#include "sf-window.h"

G_BEGIN_DECLS

#define SF_TYPE_ONET_DIALOG (sf_onet_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SfOnetDialog, sf_onet_dialog, SF, ONET_DIALOG, AdwWindow)

SfOnetDialog *sf_onet_dialog_new_import (SfWindow     *window);
SfOnetDialog *sf_onet_dialog_new_update (SfWindow     *window,
                                         SfDocument   *document);
void          sf_onet_dialog_set_source (SfOnetDialog *self,
                                         GFile        *source);
const char   *sf_onet_dialog_get_page   (SfOnetDialog *self);

G_END_DECLS
