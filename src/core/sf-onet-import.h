/* sf-onet-import.h: a new framework from one occupation of the O*NET database
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-onet-database.h"
#include "sf-types.h"

G_BEGIN_DECLS

/* O*NET's own cut-off for what matters to an occupation: 3 of 5 on the
 * importance scale (IM), "important". */
#define SF_ONET_DEFAULT_THRESHOLD 3.0

SfFramework *sf_onet_import         (SfOnetDatabase      *database,
                                     const char          *code,
                                     double               threshold,
                                     SfOnetProgressFunc   progress,
                                     gpointer             progress_data,
                                     GPtrArray          **notes,
                                     GCancellable        *cancellable,
                                     GError             **error);

void         sf_onet_import_async   (GFile               *source,
                                     const char          *code,
                                     double               threshold,
                                     SfOnetProgressFunc   progress,
                                     gpointer             progress_data,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
SfFramework *sf_onet_import_finish  (GAsyncResult        *result,
                                     GPtrArray          **notes,
                                     GError             **error);

void         sf_onet_open_async     (GFile               *source,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
SfOnetDatabase *sf_onet_open_finish (GAsyncResult        *result,
                                     GError             **error);

G_END_DECLS
