/* replay-main.c: runs a libFuzzer target over files, without libFuzzer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: fuzz-reader-replay PATH...
 *
 * Each PATH is a file or a folder; every regular file of a folder is fed to
 * LLVMFuzzerTestOneInput(), in name order. Missing paths are skipped (the
 * crashes folder exists only when there are crashes to keep). A broken
 * invariant aborts; the file being run is printed first. Fails when no file
 * at all was run.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static gboolean
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree guint8 *copy = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "fuzz-reader-replay: %s\n", error->message);
      return FALSE;
    }

  /* An exact-size copy, so that AddressSanitizer sees any read past the
   * end (g_file_get_contents() adds a NUL). */
  copy = g_malloc (MAX (length, 1));
  memcpy (copy, contents, length);

  printf ("running %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  LLVMFuzzerTestOneInput (copy, length);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  guint n_run = 0;
  gboolean ok = TRUE;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      const char *path = argv[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) names = NULL;
      const char *name;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          printf ("skipping %s: no such file or folder\n", path);
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (run_file (path))
            n_run++;
          else
            ok = FALSE;
          continue;
        }

      dir = g_dir_open (path, 0, &error);
      if (dir == NULL)
        {
          fprintf (stderr, "fuzz-reader-replay: %s\n", error->message);
          ok = FALSE;
          continue;
        }
      names = g_ptr_array_new_with_free_func (g_free);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, compare_names);

      for (guint j = 0; j < names->len; j++)
        {
          const char *file = g_ptr_array_index (names, j);

          if (!g_file_test (file, G_FILE_TEST_IS_REGULAR))
            continue;
          if (run_file (file))
            n_run++;
          else
            ok = FALSE;
        }
    }

  printf ("%u inputs run\n", n_run);
  if (n_run == 0)
    {
      fprintf (stderr, "fuzz-reader-replay: no input found\n");
      return EXIT_FAILURE;
    }
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
