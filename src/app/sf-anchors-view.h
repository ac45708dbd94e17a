/* sf-anchors-view.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-document.h"

G_BEGIN_DECLS

#define SF_TYPE_ANCHORS_VIEW (sf_anchors_view_get_type ())

G_DECLARE_FINAL_TYPE (SfAnchorsView, sf_anchors_view, SF, ANCHORS_VIEW, AdwBin)

GtkWidget *sf_anchors_view_new (SfDocument *document);

G_END_DECLS
