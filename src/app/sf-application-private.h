/* sf-application-private.h: what the window asks of the application
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-application.h"

G_BEGIN_DECLS

void _sf_application_prepare_window (SfApplication *self,
                                     GtkWindow     *window);

G_END_DECLS
