/* sf-stats.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-types.h"

G_BEGIN_DECLS

JsonNode *sf_stats_compute (SfFramework *framework);

G_END_DECLS
