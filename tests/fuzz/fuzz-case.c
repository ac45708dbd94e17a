/* fuzz-case.c: a libFuzzer target for the CASE package reader
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input goes through sf_case_import(). When it is refused, the error
 * must be a SF_FORMAT_ERROR (not JSON) or a SF_CASE_ERROR (not a package,
 * or a package with problems) whose message is non-empty UTF-8 starting
 * with "fuzz.json:". When it is accepted, the framework's CASE export must
 * import again to the same framework (the same bytes once saved), and the
 * export of that must be the same bytes: export and import reach a fixed
 * point in one round, which is what keeping everything of a package on
 * import means. Anything else aborts. Built without libFuzzer,
 * replay-main.c feeds the corpus to the same function.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sf-case.h"
#include "sf-format.h"
#include "sf-model.h"

#define FUZZ_FILENAME "fuzz.json"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  fputs ("fuzz-case: invariant broken: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

static void
check_error (const GError *error)
{
  if (error == NULL)
    fuzz_fail ("sf_case_import() returned NULL without an error");
  if (error->domain != SF_FORMAT_ERROR && error->domain != SF_CASE_ERROR)
    fuzz_fail ("error domain %s: %s", g_quark_to_string (error->domain), error->message);
  if (error->message == NULL || !g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("error message is missing or not UTF-8");
  if (!g_str_has_prefix (error->message, FUZZ_FILENAME ":") || strlen (error->message) <= strlen (FUZZ_FILENAME ":"))
    fuzz_fail ("error message does not name the file: %s", error->message);
}

static GBytes *
export (SfFramework *framework)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  SfExportOptions options = { date };
  g_autoptr(GError) error = NULL;
  GBytes *bytes = sf_case_export (framework, &options, &error);

  if (bytes == NULL)
    fuzz_fail ("sf_case_export() failed: %s", error ? error->message : "(no error)");
  return bytes;
}

static void
check_fixed_point (SfFramework *framework)
{
  g_autoptr(GBytes) first = export (framework);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(SfFramework) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (first, &length);

  again = sf_case_import (text, length, "fuzz-export.json", &error);
  if (again == NULL)
    {
      fprintf (stderr, "--- export (%" G_GSIZE_FORMAT " bytes):\n%.*s\n", length, (int) MIN (length, 4096), text);
      fuzz_fail ("the export does not import: %s", error ? error->message : "(no error)");
    }
  /* The import of our own export is the framework exported, exactly. */
  {
    g_autoptr(GBytes) before = sf_format_write (framework);
    g_autoptr(GBytes) after = sf_format_write (again);

    if (!g_bytes_equal (before, after))
      {
        fprintf (stderr, "--- framework imported:\n%.*s\n--- imported again from its export:\n%.*s\n",
                 (int) MIN (g_bytes_get_size (before), 65536), (const char *) g_bytes_get_data (before, NULL),
                 (int) MIN (g_bytes_get_size (after), 65536), (const char *) g_bytes_get_data (after, NULL));
        fuzz_fail ("the import of the framework's export is another framework");
      }
  }
  second = export (again);
  if (!g_bytes_equal (first, second))
    {
      fprintf (stderr, "--- first export:\n%.*s\n--- second export:\n%.*s\n",
               (int) MIN (length, 4096), text, (int) MIN (g_bytes_get_size (second), 4096),
               (const char *) g_bytes_get_data (second, NULL));
      fuzz_fail ("exporting the imported export gives different bytes");
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  /* Bounded like fuzz-reader's inputs. */
  if (size > 1024 * 1024)
    return 0;
  framework = sf_case_import ((const char *) data, size, FUZZ_FILENAME, &error);
  if (framework != NULL)
    {
      if (error != NULL)
        fuzz_fail ("sf_case_import() returned both a framework and an error");
      check_fixed_point (framework);
    }
  else
    check_error (error);
  return 0;
}
