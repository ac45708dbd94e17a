/* test-roundtrip.c: whatever the edit layer accepts is saved and reopens equal
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Property tests over random edit sequences (sf-test-edits.c): every
 * operation the edit layer offers, on every member of every kind of node,
 * with edge values. After each sequence the framework is written, read
 * back and compared; undoing everything gives the original bytes back. And
 * sf_document_replace() between random pairs of frameworks gives the target
 * exactly, undone gives the source exactly. The seed is fixed (printed, and
 * SKILLFRAME_TEST_SEED changes it); a failure prints the seed, the sequence
 * and its edits.
 */

#include "config.h"

#include <string.h>

#include "sf-test-edits.h"
#include "sf-test-util.h"

static char *
write_bytes (SfFramework *framework)
{
  return sf_test_write_string (framework);
}

static SfFramework *
make_minimal (void)
{
  g_autofree char *minimal = sf_test_minimal_json ();
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_test_read_string (minimal, &error);

  g_assert_no_error (error);
  return framework;
}

static SfFramework *
make_empty (void)
{
  return sf_framework_new_empty ();
}

typedef SfFramework *(*MakeFunc) (void);

static void
check_reopens_equal (SfFramework  *framework,
                     SfTestEditor *editor,
                     guint32       seed,
                     guint         sequence)
{
  g_autofree char *written = write_bytes (framework);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) reopened = sf_test_read_string (written, &error);
  g_autofree char *rewritten = NULL;

  if (reopened == NULL)
    g_error ("seed %u, sequence %u: the saved framework does not open: %s\nedits:\n%s",
             seed, sequence, error->message, editor->log->str);
  if (!sf_node_equal (SF_NODE (reopened), SF_NODE (framework)))
    g_error ("seed %u, sequence %u: the reopened framework differs from the edited one\nedits:\n%s",
             seed, sequence, editor->log->str);
  rewritten = write_bytes (reopened);
  if (strcmp (rewritten, written) != 0)
    g_error ("seed %u, sequence %u: saving the reopened framework gives other bytes\nedits:\n%s",
             seed, sequence, editor->log->str);
}

static void
run_sequences (MakeFunc make,
               guint32  seed,
               guint    n_sequences,
               guint    n_edits)
{
  SfTestEditor editor;
  guint refused = 0, done[SF_TEST_N_EDITS] = { 0 };

  sf_test_editor_init (&editor, seed);
  for (guint i = 0; i < n_sequences; i++)
    {
      g_autoptr(SfFramework) framework = make ();
      g_autoptr(SfDocument) document = sf_document_new (framework);
      g_autofree char *original = write_bytes (framework);
      g_autofree char *undone = NULL;

      g_string_truncate (editor.log, 0);
      for (guint j = 0; j < n_edits; j++)
        sf_test_random_edit (&editor, document);
      check_reopens_equal (framework, &editor, seed, i);

      while (sf_document_undo (document))
        ;
      undone = write_bytes (framework);
      if (strcmp (undone, original) != 0)
        g_error ("seed %u, sequence %u: undoing every edit does not give the original back\n"
                 "edits:\n%s", seed, i, editor.log->str);
      g_assert_false (sf_document_get_modified (document));

      while (sf_document_redo (document))
        ;
      check_reopens_equal (framework, &editor, seed, i);

      g_clear_object (&framework);
      g_assert_finalize_object (g_steal_pointer (&document));
    }

  refused = editor.n_refused;
  memcpy (done, editor.n_done, sizeof done);
  g_test_message ("%u sequences: %u sets (%u refused), %u inserts, %u removals, %u moves, "
                  "%u undos, %u redos, %u groups", n_sequences, done[SF_TEST_EDIT_SET], refused,
                  done[SF_TEST_EDIT_INSERT], done[SF_TEST_EDIT_REMOVE], done[SF_TEST_EDIT_MOVE],
                  done[SF_TEST_EDIT_UNDO], done[SF_TEST_EDIT_REDO], done[SF_TEST_EDIT_GROUP]);
  /* The sequences must have exercised what they claim to. */
  g_assert_cmpuint (refused, >, 0);
  for (guint k = 0; k < SF_TEST_N_EDITS; k++)
    g_assert_cmpuint (done[k], >, 0);
  sf_test_editor_clear (&editor);
}

static void
test_edits_minimal (void)
{
  run_sequences (make_minimal, sf_test_seed_from_env (20261129), 2000, 20);
}

static void
test_edits_empty (void)
{
  run_sequences (make_empty, sf_test_seed_from_env (4242), 300, 25);
}

static void
test_edits_seed (void)
{
  run_sequences (sf_test_load_seed, sf_test_seed_from_env (7), 150, 40);
}

/* Replace */

static SfFramework *
random_variant (SfFramework  *base,
                SfTestEditor *editor,
                guint         n_edits)
{
  SfFramework *copy = sf_framework_copy (base);
  g_autoptr(SfDocument) document = sf_document_new (copy);

  for (guint i = 0; i < n_edits; i++)
    sf_test_random_edit (editor, document);
  return copy;
}

static void
run_replace (MakeFunc make,
             guint32  seed,
             guint    n_pairs)
{
  SfTestEditor editor;

  sf_test_editor_init (&editor, seed);
  editor.no_history = TRUE;
  for (guint i = 0; i < n_pairs; i++)
    {
      g_autoptr(SfFramework) base = make ();
      g_autoptr(SfFramework) source = NULL;
      g_autoptr(SfFramework) target = NULL;
      g_autoptr(SfDocument) document = NULL;
      g_autofree char *source_bytes = NULL;
      g_autofree char *target_bytes = NULL;
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_string_truncate (editor.log, 0);
      g_string_append (editor.log, "source:\n");
      source = random_variant (base, &editor, g_rand_int_range (editor.rand, 0, 15));
      g_string_append (editor.log, "target:\n");
      target = random_variant (base, &editor, g_rand_int_range (editor.rand, 0, 15));
      source_bytes = write_bytes (source);
      target_bytes = write_bytes (target);

      document = sf_document_new (source);
      sf_document_replace (document, target, "Replace");
      after = write_bytes (source);
      if (!sf_node_equal (SF_NODE (source), SF_NODE (target)) || strcmp (after, target_bytes) != 0)
        g_error ("seed %u, pair %u: the replaced framework differs from the target\n%s",
                 seed, i, editor.log->str);
      {
        g_autofree char *untouched = write_bytes (target);

        g_assert_cmpstr (untouched, ==, target_bytes);
      }

      g_assert_true (sf_document_undo (document) || strcmp (source_bytes, target_bytes) == 0);
      undone = write_bytes (source);
      if (strcmp (undone, source_bytes) != 0)
        g_error ("seed %u, pair %u: undoing the replacement does not give the source back\n%s",
                 seed, i, editor.log->str);
      sf_document_redo (document);
      redone = write_bytes (source);
      g_assert_cmpstr (redone, ==, target_bytes);
    }
  sf_test_editor_clear (&editor);
}

static void
test_replace_minimal (void)
{
  run_replace (make_minimal, sf_test_seed_from_env (99), 1000);
}

static void
test_replace_seed (void)
{
  run_replace (sf_test_load_seed, sf_test_seed_from_env (1234), 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/roundtrip/edits/minimal", test_edits_minimal);
  g_test_add_func ("/skillframe/roundtrip/edits/empty", test_edits_empty);
  g_test_add_func ("/skillframe/roundtrip/edits/seed", test_edits_seed);
  g_test_add_func ("/skillframe/roundtrip/replace/minimal", test_replace_minimal);
  g_test_add_func ("/skillframe/roundtrip/replace/seed", test_replace_seed);

  return g_test_run ();
}
