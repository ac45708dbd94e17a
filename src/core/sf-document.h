/* sf-document.h: the edit layer
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

/**
 * SECTION:sf-document
 * @title: SfDocument
 *
 * An #SfDocument is the one way to change a framework. It applies every
 * edit, records it for undo and redo, keeps the modified mark and emits
 * #SfDocument::changed saying what changed, so that views and validation
 * follow incrementally.
 *
 * The model's properties are read-only outside the core: views read the
 * model, bind one way (model → widget, g_object_bind_property() without
 * %G_BINDING_BIDIRECTIONAL) and write what the author does through the
 * functions here. A whole new state (a reload, a merge result, an import)
 * enters through sf_document_replace(), as one undoable step.
 *
 * Whatever the document accepts can be saved and opens again equal: values
 * that can never be written (text that is not UTF-8, a missing value where
 * the format needs one, a number that is not finite) are refused with
 * %SF_DOCUMENT_ERROR_INVALID_VALUE, and objects inserted with members unset
 * get usable defaults (see sf_document_insert()).
 *
 * Edits requested from a handler of ::changed, #GObject::notify or
 * #GListModel::items-changed, while the document is applying another, are
 * queued and applied, in order, once that edit is complete.
 */

#define SF_TYPE_DOCUMENT (sf_document_get_type ())
#define SF_DOCUMENT_ERROR (sf_document_error_quark ())

/**
 * SfDocumentError:
 * @SF_DOCUMENT_ERROR_INVALID_VALUE: a value that the file format cannot hold
 */
typedef enum
{
  SF_DOCUMENT_ERROR_INVALID_VALUE,
} SfDocumentError;

/**
 * SfSaveFlags:
 * @SF_SAVE_NONE: save only if the file is as the document last saw it
 * @SF_SAVE_FORCE: save even if the file changed on disk since it was loaded
 *   or saved
 */
typedef enum
{
  SF_SAVE_NONE  = 0,
  SF_SAVE_FORCE = 1 << 0,
} SfSaveFlags;

G_DECLARE_FINAL_TYPE (SfDocument, sf_document, SF, DOCUMENT, GObject)

GQuark       sf_document_error_quark      (void);

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
                                           SfSaveFlags           flags,
                                           GCancellable         *cancellable,
                                           GError              **error);
void         sf_document_save_async       (SfDocument           *self,
                                           GFile                *file,
                                           SfSaveFlags           flags,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean     sf_document_save_finish      (SfDocument           *self,
                                           GAsyncResult         *result,
                                           GError              **error);
void         sf_document_reload_async     (SfDocument           *self,
                                           const SfFormatLimits *limits,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean     sf_document_reload_finish    (SfDocument           *self,
                                           GAsyncResult         *result,
                                           GError              **error);

SfFramework *sf_document_get_framework    (SfDocument           *self);
GFile       *sf_document_get_file         (SfDocument           *self);
const char  *sf_document_get_etag         (SfDocument           *self);
gboolean     sf_document_get_modified     (SfDocument           *self);
gboolean     sf_document_get_saving       (SfDocument           *self);
gboolean     sf_document_contains         (SfDocument           *self,
                                           SfNode               *node);

void         sf_document_begin_action     (SfDocument           *self,
                                           const char           *label);
void         sf_document_end_action       (SfDocument           *self);
gboolean     sf_document_set_value        (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           const GValue         *value,
                                           GError              **error);
gboolean     sf_document_set_string       (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           const char           *value,
                                           GError              **error);
gboolean     sf_document_set_int          (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           int                   value,
                                           GError              **error);
gboolean     sf_document_set_double       (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           double                value,
                                           GError              **error);
gboolean     sf_document_set_enum         (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           int                   value,
                                           GError              **error);
gboolean     sf_document_set_strv         (SfDocument           *self,
                                           SfNode               *node,
                                           const char           *property,
                                           const char * const   *value,
                                           GError              **error);
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
gboolean     sf_document_replace          (SfDocument           *self,
                                           SfFramework          *target,
                                           const char           *label);

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
