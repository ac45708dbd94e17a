/* sf-onet-database.h: the O*NET text database as downloaded, a folder or a zip
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sf-onet-table.h"

G_BEGIN_DECLS

typedef struct _SfOnetDatabase SfOnetDatabase;

/**
 * SfOnetOccupationInfo:
 * @code: the O*NET-SOC code, such as `29-2011.00`
 * @title: the occupation's title
 * @description: (nullable): its description
 *
 * One row of the database's `Occupation Data.txt`.
 */
typedef struct
{
  char *code;
  char *title;
  char *description;
} SfOnetOccupationInfo;

/**
 * SfOnetProgressFunc:
 * @fraction: how much of the work is done, from 0 to 1
 * @user_data: the data given with the function
 *
 * Told how far a long read has come, from the thread that reads.
 */
typedef void     (*SfOnetProgressFunc) (double       fraction,
                                        gpointer     user_data);

/**
 * SfOnetFileFunc:
 * @name: the file's name, such as `Skills.txt`
 * @data: its content, valid during the call
 * @length: its length in bytes
 * @user_data: the data given with the function
 * @error: return location for a #GError
 *
 * Returns: %FALSE with @error set to stop reading
 */
typedef gboolean (*SfOnetFileFunc)     (const char  *name,
                                        const char  *data,
                                        gsize        length,
                                        gpointer     user_data,
                                        GError     **error);

SfOnetDatabase *sf_onet_database_open              (GFile                *source,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
void            sf_onet_database_free              (SfOnetDatabase       *self);
const char     *sf_onet_database_get_name          (SfOnetDatabase       *self);
const char     *sf_onet_database_get_release       (SfOnetDatabase       *self);
gboolean        sf_onet_database_has_file          (SfOnetDatabase       *self,
                                                    const char           *name);
GPtrArray      *sf_onet_database_get_occupations   (SfOnetDatabase       *self,
                                                    GError              **error);
const SfOnetOccupationInfo *
                sf_onet_database_lookup            (SfOnetDatabase       *self,
                                                    const char           *code);
char           *sf_onet_database_describe_nearest  (SfOnetDatabase       *self,
                                                    const char           *code,
                                                    guint                 n_nearest);
char           *sf_onet_normalize_code             (const char           *code);
gboolean        sf_onet_database_read              (SfOnetDatabase       *self,
                                                    const char * const   *names,
                                                    SfOnetFileFunc        func,
                                                    gpointer              user_data,
                                                    SfOnetProgressFunc    progress,
                                                    gpointer              progress_data,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

void            sf_onet_occupation_info_free       (SfOnetOccupationInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfOnetDatabase, sf_onet_database_free)

G_END_DECLS
