/* sf-draft-store.h: drafts of unsaved work that survive a crash
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-app-types.h"
#include "sf-types.h"

G_BEGIN_DECLS

/**
 * SfDraft:
 * @id: the draft's id: stable for a file, random for a new framework
 * @file: (nullable): the framework's file, if it has one
 * @etag: (nullable): the file's etag when the draft was written
 * @title: the occupation title, to name the draft
 * @draft_file: where the draft's framework is
 * @modified: when the draft was written
 */
typedef struct
{
  char      *id;
  GFile     *file;
  char      *etag;
  char      *title;
  GFile     *draft_file;
  GDateTime *modified;
} SfDraft;

#define SF_TYPE_DRAFT (sf_draft_get_type ())
GType        sf_draft_get_type (void) G_GNUC_CONST;
SfDraft     *sf_draft_copy     (const SfDraft *draft);
void         sf_draft_free     (SfDraft       *draft);
SfFramework *sf_draft_load     (const SfDraft *draft,
                                GError       **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfDraft, sf_draft_free)

#define SF_TYPE_DRAFT_STORE (sf_draft_store_get_type ())

G_DECLARE_FINAL_TYPE (SfDraftStore, sf_draft_store, SF, DRAFT_STORE, GObject)

SfDraftStore *sf_draft_store_new          (const char    *directory);
const char   *sf_draft_store_get_directory (SfDraftStore *self);
char         *sf_draft_store_id_for_file  (GFile         *file);
GPtrArray    *sf_draft_store_list         (SfDraftStore  *self);
void          sf_draft_store_write_async  (SfDraftStore  *self,
                                           const char    *id,
                                           GBytes        *contents,
                                           GFile         *file,
                                           const char    *etag,
                                           const char    *title,
                                           GCancellable  *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer       user_data);
gboolean      sf_draft_store_write_finish (SfDraftStore  *self,
                                           GAsyncResult  *result,
                                           GError       **error);
void          sf_draft_store_remove       (SfDraftStore  *self,
                                           const char    *id);

G_END_DECLS
