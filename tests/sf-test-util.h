/* sf-test-util.h: helpers shared by the tests
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"
#include "sf-model.h"
/* Tests build detached nodes the way the reader does. */
#include "sf-node-private.h"

G_BEGIN_DECLS

char        *sf_test_source_path   (const char *relative);
char        *sf_test_seed_path     (void);
char        *sf_test_shared_path   (const char *relative);
char        *sf_test_require_shared (const char *relative);
SfFramework *sf_test_load_seed     (void);
SfFramework *sf_test_read_string   (const char *json,
                                    GError    **error);
char        *sf_test_write_string  (SfFramework *framework);
char        *sf_test_deep_case_package (void);
char        *sf_test_make_tmpdir   (void);
void         sf_test_remove_tree   (const char *path);
char        *sf_test_minimal_json  (void);
char        *sf_test_replace_once  (const char *text,
                                    const char *from,
                                    const char *to);

G_END_DECLS

G_BEGIN_DECLS

/* One class of malformed input, as a file in a folder, with what loading it
 * must say: the error, a piece of its message, and the tool's exit status. */
typedef struct
{
  const char *name;
  char       *path;
  GQuark      domain;
  int         code;
  const char *message;
  int         exit_status;
} SfMalformedCase;

GPtrArray *sf_test_make_malformed_cases (const char *dir);
void       sf_test_drop_privileges      (void);
gboolean   sf_test_is_root              (void);

G_END_DECLS

G_BEGIN_DECLS

typedef enum
{
  SF_TEST_RUN_PLAIN = 0,
  SF_TEST_RUN_AS_NOBODY = 1 << 0,   /* drop root privileges in the child */
  SF_TEST_RUN_SMALL_FSIZE = 1 << 1, /* RLIMIT_FSIZE of 8 KiB: a full disk */
} SfTestRunFlags;

int sf_test_run_tool (SfTestRunFlags   flags,
                      char           **out,
                      char           **err,
                      ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
