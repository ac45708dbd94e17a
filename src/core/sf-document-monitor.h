/* sf-document-monitor.h: notices when a document's file changes on disk
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"

G_BEGIN_DECLS

#define SF_TYPE_DOCUMENT_MONITOR (sf_document_monitor_get_type ())

G_DECLARE_FINAL_TYPE (SfDocumentMonitor, sf_document_monitor, SF, DOCUMENT_MONITOR, GObject)

SfDocumentMonitor *sf_document_monitor_new       (SfDocument        *document);
SfDocument        *sf_document_monitor_get_document (SfDocumentMonitor *self);
SfDiskState        sf_document_monitor_get_state (SfDocumentMonitor *self);
void               sf_document_monitor_check     (SfDocumentMonitor *self);

G_END_DECLS
