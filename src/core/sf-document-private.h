/* sf-document-private.h: what the edit layer's files share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"

G_BEGIN_DECLS

struct _SfDocument
{
  GObject      parent_instance;

  SfFramework *framework;
  GFile       *file;

  /* Undo history: actions[0..position) are applied. */
  GPtrArray   *actions;
  guint        position;
  int          saved_position;  /* -1: the saved state is out of reach */
  struct _SfAction *open;
  guint        open_depth;
  guint64      next_serial;
  gint64       last_typing;
  guint        coalesce_msec;

  /* Edits asked for while another is being applied wait here. */
  guint        busy;
  GQueue       pending;

  /* Saves (sf-document-io.c): one write at a time, later requests wait and
   * write the newest state. */
  struct _SfSaveJob *running_save;
  GQueue       queued_saves;
  guint64      next_generation;
  guint        sync_saves;

  /* Shared with the writer thread: the file and etag that the document last
   * loaded or wrote, and the newest snapshot that reached that file. */
  GMutex       write_lock;
  GFile       *etag_file;
  char        *etag;
  guint64      written_generation;
};

/* The state after the first @position actions (sf-document.c). */
guint64  _sf_document_state_at      (SfDocument  *self,
                                     guint        position);
void     _sf_document_mark_saved    (SfDocument  *self,
                                     GFile       *file,
                                     guint        position,
                                     guint64      state);
void     _sf_document_notify_state  (SfDocument  *self,
                                     gboolean     was_modified,
                                     gboolean     could_undo,
                                     gboolean     could_redo);
void     _sf_document_notify        (SfDocument  *self,
                                     const char  *property);
void     _sf_document_io_init       (SfDocument  *self);
void     _sf_document_io_finalize   (SfDocument  *self);

/* The steps of sf_document_replace() (sf-diff.c records them into the open
 * action through these). */
void     _sf_document_record_set    (SfDocument   *self,
                                     SfNode       *node,
                                     GParamSpec   *pspec,
                                     const GValue *value);
void     _sf_document_record_splice (SfDocument   *self,
                                     SfNode       *parent,
                                     GParamSpec   *pspec,
                                     guint         position,
                                     guint         n_removals,
                                     gpointer     *additions,
                                     guint         n_additions);
void     _sf_document_record_extras (SfDocument   *self,
                                     SfNode       *node,
                                     GPtrArray    *extras);
void     _sf_diff_apply             (SfDocument   *self,
                                     SfNode       *live,
                                     SfNode       *target);

G_END_DECLS
