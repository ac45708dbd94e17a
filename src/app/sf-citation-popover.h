/* sf-citation-popover.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-model.h"

G_BEGIN_DECLS

#define SF_TYPE_CITATION_POPOVER (sf_citation_popover_get_type ())

G_DECLARE_FINAL_TYPE (SfCitationPopover, sf_citation_popover, SF, CITATION_POPOVER, GtkPopover)

GtkWidget *sf_citation_popover_new           (void);
void       sf_citation_popover_set_framework (SfCitationPopover *self,
                                              SfFramework       *framework);

G_END_DECLS
