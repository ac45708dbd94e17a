/* sf-start-page.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_START_PAGE (sf_start_page_get_type ())

G_DECLARE_FINAL_TYPE (SfStartPage, sf_start_page, SF, START_PAGE, AdwBin)

GtkWidget *sf_start_page_new (void);

G_END_DECLS
