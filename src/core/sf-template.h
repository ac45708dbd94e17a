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

G_END_DECLS
