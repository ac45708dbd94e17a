/* sf-onet-private.h: what the O*NET import and update share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-onet-database.h"

G_BEGIN_DECLS

/* The first member of the task data of the O*NET tasks that run in a
 * thread: the caller's progress function, called in the caller's main
 * context. */
typedef struct
{
  SfOnetProgressFunc  progress;
  gpointer            progress_data;
  GMainContext       *context;
} SfOnetProgressForward;

void _sf_onet_progress_forward_init  (SfOnetProgressForward *forward,
                                      SfOnetProgressFunc     progress,
                                      gpointer               progress_data);
void _sf_onet_progress_forward_clear (SfOnetProgressForward *forward);
/* An SfOnetProgressFunc for the thread; @task is the GTask. */
void _sf_onet_progress_from_thread   (double                 fraction,
                                      gpointer               task);

G_END_DECLS
