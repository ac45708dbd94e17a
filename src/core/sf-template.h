/* sf-template.h: new frameworks from a template
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-types.h"

G_BEGIN_DECLS

SfFramework *sf_template_instantiate (GBytes      *template_json,
                                      const char  *title,
                                      const char  *soc_code,
                                      GError     **error);
gboolean     sf_template_set_validation (SfFramework         *framework,
                                         int                  text_min,
                                         int                  text_max,
                                         int                  title_max,
                                         const char * const  *cited,
                                         GError             **error);

G_END_DECLS
