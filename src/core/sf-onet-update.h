/* sf-onet-update.h: a framework's O*NET anchors brought up to a new release
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-onet-database.h"
#include "sf-types.h"

G_BEGIN_DECLS

/**
 * SfOnetChangeKind:
 * @SF_ONET_CHANGE_ADDED: O*NET lists an anchor the framework lacks (a new
 *   task, technology, title; a skill, knowledge or ability that reached the
 *   threshold)
 * @SF_ONET_CHANGE_REMOVED: O*NET no longer lists an anchor (a task removed;
 *   a skill, knowledge or ability now below the threshold)
 * @SF_ONET_CHANGE_REWORDED: an anchor's wording changed (matched by task
 *   or element id)
 * @SF_ONET_CHANGE_WORK_STYLE_MODEL: the work styles are of O*NET's new
 *   model (1.D) where the framework's were of the old one (1.C)
 * @SF_ONET_CHANGE_JOB_ZONE: the occupation's job zone changed
 *
 * What changed in O*NET for a framework's occupation.
 */
typedef enum
{
  SF_ONET_CHANGE_ADDED,
  SF_ONET_CHANGE_REMOVED,
  SF_ONET_CHANGE_REWORDED,
  SF_ONET_CHANGE_WORK_STYLE_MODEL,
  SF_ONET_CHANGE_JOB_ZONE,
} SfOnetChangeKind;

/**
 * SfOnetChange:
 * @kind: what changed
 * @anchor_kind: the kind of the anchor
 * @code: (nullable): its task or element id
 * @old_name: (nullable): its name before, for removed and reworded anchors
 * @new_name: (nullable): its name now, for added and reworded anchors
 * @n_statements: how many statements link the anchor (marked for review
 *   when it was removed or reworded)
 */
typedef struct
{
  SfOnetChangeKind kind;
  SfAnchorKind     anchor_kind;
  char            *code;
  char            *old_name;
  char            *new_name;
  guint            n_statements;
} SfOnetChange;

typedef struct _SfOnetUpdate SfOnetUpdate;

SfOnetUpdate *sf_onet_update_new          (SfFramework          *framework,
                                           SfFramework          *imported,
                                           GError              **error);
void          sf_onet_update_free         (SfOnetUpdate         *self);
GPtrArray    *sf_onet_update_get_changes  (SfOnetUpdate         *self);
GPtrArray    *sf_onet_update_get_marked   (SfOnetUpdate         *self);
SfFramework  *sf_onet_update_get_target   (SfOnetUpdate         *self);
const char   *sf_onet_update_get_old_release (SfOnetUpdate      *self);
const char   *sf_onet_update_get_new_release (SfOnetUpdate      *self);
gboolean      sf_onet_update_is_empty     (SfOnetUpdate         *self);
char         *sf_onet_change_describe     (const SfOnetChange   *change);
gboolean      sf_onet_update_apply        (SfOnetUpdate         *self,
                                           SfDocument           *document);

SfOnetUpdate *sf_onet_update_compute      (SfFramework          *framework,
                                           SfOnetDatabase       *database,
                                           double                threshold,
                                           SfOnetProgressFunc    progress,
                                           gpointer              progress_data,
                                           GCancellable         *cancellable,
                                           GError              **error);
void          sf_onet_update_compute_async  (SfFramework        *framework,
                                             GFile              *source,
                                             double              threshold,
                                             SfOnetProgressFunc  progress,
                                             gpointer            progress_data,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
SfOnetUpdate *sf_onet_update_compute_finish (GAsyncResult       *result,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfOnetUpdate, sf_onet_update_free)

G_END_DECLS
