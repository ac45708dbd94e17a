/* sf-tool.h: shared parts of skillframe-tool's commands
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sf-types.h"

G_BEGIN_DECLS

/* Exit statuses, as sysexits.h names them. */
enum
{
  SF_EXIT_OK = 0,
  SF_EXIT_PROBLEMS = 1,     /* validation errors found, or files not canonical */
  SF_EXIT_USAGE = 64,
  SF_EXIT_DATAERR = 65,     /* malformed input */
  SF_EXIT_NOINPUT = 66,     /* missing input */
  SF_EXIT_UNAVAILABLE = 69, /* server unavailable */
  SF_EXIT_CANTCREAT = 73,   /* an output file could not be written */
  SF_EXIT_IOERR = 74,
  SF_EXIT_NOPERM = 77,      /* permission denied */
};

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} SfToolCommand;

int        sf_tool_exit_status  (const GError   *error);
void       sf_tool_merge_status (int            *status,
                                 int             file_status);
GPtrArray *sf_tool_expand_files (char          **args,
                                 int            *status);
gboolean   sf_tool_parse        (GOptionContext *context,
                                 int            *argc,
                                 char         ***argv,
                                 int            *status);
void       sf_tool_print_json   (JsonNode       *root);

int sf_tool_stats (int argc, char **argv);
int sf_tool_fmt   (int argc, char **argv);
int sf_tool_validate (int argc, char **argv);
int sf_tool_sync  (int argc, char **argv);
int sf_tool_import_onet (int argc, char **argv);
int sf_tool_update_onet (int argc, char **argv);
int sf_tool_export (int argc, char **argv);
int sf_tool_import_case (int argc, char **argv);

int  sf_tool_diff          (int argc, char **argv);
void sf_tool_print_changes (GPtrArray *changes);

int      sf_tool_import_csv         (int argc, char **argv);

G_END_DECLS
