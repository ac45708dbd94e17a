/* sf-validation-view.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-document.h"

G_BEGIN_DECLS

#define SF_TYPE_VALIDATION_VIEW (sf_validation_view_get_type ())

G_DECLARE_FINAL_TYPE (SfValidationView, sf_validation_view, SF, VALIDATION_VIEW, AdwBin)

GtkWidget *sf_validation_view_new          (SfDocument       *document);
GtkWidget *sf_validation_view_find_control (SfValidationView *self,
                                            const char       *name);

G_END_DECLS
