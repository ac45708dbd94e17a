/* sf-publication.h: the publication JSON export
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-export.h"

G_BEGIN_DECLS

#define SF_PUBLICATION_FORMAT "skillframe-publication/1"

GBytes *sf_publication_export (SfFramework           *framework,
                               const SfExportOptions *options,
                               GError               **error);

G_END_DECLS
