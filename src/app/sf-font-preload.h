/* sf-font-preload.h: the window's fonts, loaded while it is built
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _SfFontPreload SfFontPreload;

SfFontPreload *sf_font_preload_start  (void);
void           sf_font_preload_finish (SfFontPreload *preload,
                                       GtkWidget     *window);

G_END_DECLS
