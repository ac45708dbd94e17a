/* sf-chip.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_CHIP (sf_chip_get_type ())

G_DECLARE_FINAL_TYPE (SfChip, sf_chip, SF, CHIP, GtkWidget)

GtkWidget *sf_chip_new           (const char *label,
                                  const char *description);
void       sf_chip_set_movable   (SfChip     *self,
                                  gboolean    earlier,
                                  gboolean    later);

G_END_DECLS
