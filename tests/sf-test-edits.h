/* sf-test-edits.h: random edits through every operation the edit layer offers
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"

G_BEGIN_DECLS

typedef enum
{
  SF_TEST_EDIT_SET,
  SF_TEST_EDIT_INSERT,
  SF_TEST_EDIT_REMOVE,
  SF_TEST_EDIT_MOVE,
  SF_TEST_EDIT_UNDO,
  SF_TEST_EDIT_REDO,
  SF_TEST_EDIT_GROUP,
  SF_TEST_N_EDITS,
} SfTestEditKind;

typedef struct
{
  GRand  *rand;
  GString *log;          /* what was done, one line per edit */
  gboolean no_history;   /* leave out undo and redo */
  guint    n_done[SF_TEST_N_EDITS];
  guint    n_refused;    /* values the edit layer refused, as it must */
} SfTestEditor;

void      sf_test_editor_init       (SfTestEditor *editor,
                                     guint32       seed);
void      sf_test_editor_clear      (SfTestEditor *editor);
void      sf_test_random_edit       (SfTestEditor *editor,
                                     SfDocument   *document);
GPtrArray *sf_test_collect_nodes    (SfFramework  *framework);
guint32   sf_test_seed_from_env     (guint32       fallback);

G_END_DECLS
