/* sf-document.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-change.h"
#include "sf-format.h"
#include "sf-framework.h"

G_BEGIN_DECLS

#define SF_TYPE_DOCUMENT (sf_document_get_type ())

G_DECLARE_FINAL_TYPE (SfDocument, sf_document, SF, DOCUMENT, GObject)

SfDocument  *sf_document_new              (SfFramework          *framework);
SfDocument  *sf_document_new_for_file     (GFile                *file,
                                           const SfFormatLimits *limits,
                                           GCancellable         *cancellable,
                                           GError              **error);
void         sf_document_load_async       (GFile                *file,
                                           const SfFormatLimits *limits,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
SfDocument  *sf_document_load_finish      (GAsyncResult         *result,
                                           GError              **error);
gboolean     sf_document_save             (SfDocument           *self,
                                           GFile                *file,
                                           GCancellable         *cancellable,
                                           GError              **error);
void         sf_document_save_async       (SfDocument           *self,
                                           GFile                *file,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean     sf_document_save_finish      (SfDocument           *self,
                                           GAsyncResult         *result,
                                           GError              **error);

SfFramework *sf_document_get_framework    (SfDocument           *self);
GFile       *sf_document_get_file         (SfDocument           *self);
gboolean     sf_document_get_modified     (SfDocument           *self);

void         sf_document_begin_action     (SfDocument           *self,
                                           const char           *label);
void         sf_document_end_action       (SfDocument           *self);
void         sf_document_set_value        (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           const GValue         *value);
void         sf_document_set_string       (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           const char           *value);
void         sf_document_set_int          (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           int                   value);
void         sf_document_set_double       (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           double                value);
void         sf_document_set_enum         (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           int                   value);
void         sf_document_set_strv         (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           const char * const   *value);
void         sf_document_insert           (SfDocument           *self,
                                           SfNode               *parent,
                                           const char           *list,
                                           guint                 position,
                                           SfNode               *item);
void         sf_document_remove           (SfDocument           *self,
                                           SfNode               *parent,
                                           const char           *list,
                                           guint                 position);
void         sf_document_move             (SfDocument           *self,
                                           SfNode               *parent,
                                           const char           *list,
                                           guint                 from,
                                           guint                 to);

gboolean     sf_document_can_undo         (SfDocument           *self);
gboolean     sf_document_can_redo         (SfDocument           *self);
const char  *sf_document_get_undo_label   (SfDocument           *self);
const char  *sf_document_get_redo_label   (SfDocument           *self);
gboolean     sf_document_undo             (SfDocument           *self);
gboolean     sf_document_redo             (SfDocument           *self);
void         sf_document_break_coalescing (SfDocument           *self);
void         sf_document_set_coalesce_timeout (SfDocument       *self,
                                               guint             msec);

G_END_DECLS
