/* sf-anchor-popover.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-model.h"
#include "sf-suggester.h"

G_BEGIN_DECLS

#define SF_TYPE_ANCHOR_POPOVER (sf_anchor_popover_get_type ())

G_DECLARE_FINAL_TYPE (SfAnchorPopover, sf_anchor_popover, SF, ANCHOR_POPOVER, GtkPopover)

GtkWidget *sf_anchor_popover_new           (void);
void       sf_anchor_popover_set_statement (SfAnchorPopover *self,
                                            SfFramework     *framework,
                                            SfStatement     *statement,
                                            SfSuggester     *suggester);

G_END_DECLS
