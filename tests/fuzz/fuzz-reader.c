/* fuzz-reader.c: a libFuzzer target for the framework reader and writer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input goes through sf_format_read(). When it is accepted, the
 * canonical output must read back, and writing that again must give the same
 * bytes: the canonical form is a fixed point. When it is refused, the error
 * must be a SF_FORMAT_ERROR whose message is non-empty UTF-8 starting with
 * "fuzz.json:LINE:COLUMN: ". Anything else aborts, which libFuzzer reports
 * as a crash. Built without libFuzzer, replay-main.c feeds the corpus to the
 * same function.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sf-format.h"
#include "sf-format-private.h"
#include "sf-model.h"

#define FUZZ_FILENAME "fuzz.json"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

/* A bit tighter than sf_format_limits_default(). */
static const SfFormatLimits fuzz_limits = {
  .max_file_size = 1024 * 1024,
  .max_depth = 64,
  .max_string_length = 64 * 1024,
  .max_statements = 10000,
};

/* The canonical output is indented, so it can be much larger than its
 * input: read it back without a file size limit. */
static const SfFormatLimits reread_limits = {
  .max_file_size = G_MAXSIZE,
  .max_depth = 64,
  .max_string_length = 64 * 1024,
  .max_statements = 10000,
};

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  fputs ("fuzz-reader: invariant broken: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

/* Prints where two outputs first differ, for the crash log. */
static void
dump_difference (GBytes *a,
                 GBytes *b)
{
  gsize la, lb, i;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);
  gsize from;

  for (i = 0; i < la && i < lb && da[i] == db[i]; i++)
    ;
  from = i > 80 ? i - 80 : 0;
  fprintf (stderr, "first write: %" G_GSIZE_FORMAT " bytes, second write: %" G_GSIZE_FORMAT
           " bytes, first difference at byte %" G_GSIZE_FORMAT "\n", la, lb, i);
  fprintf (stderr, "--- first write near there:\n%.*s\n", (int) (MIN (la, i + 80) - from),
           da + from);
  fprintf (stderr, "--- second write near there:\n%.*s\n", (int) (MIN (lb, i + 80) - from),
           db + from);
}

/* Checks a refusal: domain, a known code, and "fuzz.json:LINE:COLUMN: text"
 * with a line that exists in the input. */
static void
check_error (const GError *error,
             const guint8 *data,
             size_t        size)
{
  const char *message, *p;
  char *end;
  guint64 line, column, n_lines = 1;

  if (error == NULL)
    fuzz_fail ("sf_format_read() returned NULL without an error");
  if (error->domain != SF_FORMAT_ERROR)
    fuzz_fail ("error domain %s, expected sf-format-error-quark: %s",
               g_quark_to_string (error->domain), error->message);
  if (error->code < SF_FORMAT_ERROR_SYNTAX || error->code > SF_FORMAT_ERROR_INVALID)
    fuzz_fail ("unknown error code %d: %s", error->code, error->message);

  message = error->message;
  if (message == NULL || *message == '\0')
    fuzz_fail ("empty error message (code %d)", error->code);
  if (!g_utf8_validate (message, -1, NULL))
    fuzz_fail ("error message is not valid UTF-8 (code %d)", error->code);

  if (!g_str_has_prefix (message, FUZZ_FILENAME ":"))
    fuzz_fail ("error message does not start with the file name: %s", message);
  p = message + strlen (FUZZ_FILENAME ":");
  line = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':')
    fuzz_fail ("error message has no line number: %s", message);
  p = end + 1;
  column = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':' || end[1] != ' ' || end[2] == '\0')
    fuzz_fail ("error message has no column number or no text: %s", message);

  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n')
      n_lines++;
  if (line < 1 || line > n_lines)
    fuzz_fail ("error line %" G_GUINT64_FORMAT " outside the input's %" G_GUINT64_FORMAT
               " lines: %s", line, n_lines, message);
  if (column < 1 || column > size + 1)
    fuzz_fail ("error column %" G_GUINT64_FORMAT " outside the input: %s", column, message);
}

/* Checks that the canonical output of @framework reads back and is a fixed
 * point of read and write. */
static void
check_round_trip (SfFramework *framework)
{
  g_autoptr(GBytes) first = sf_format_write (framework);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(SfFramework) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (first, &length);

  if (length == 0 || text[length - 1] != '\n')
    fuzz_fail ("canonical output does not end with a newline");
  if (!g_utf8_validate_len (text, length, NULL))
    fuzz_fail ("canonical output is not valid UTF-8");

  again = sf_format_read (text, length, "fuzz-rewrite.json", &reread_limits, &error);
  if (again == NULL)
    {
      fprintf (stderr, "--- canonical output (%" G_GSIZE_FORMAT " bytes):\n%.*s\n",
               length, (int) MIN (length, 4096), text);
      fuzz_fail ("canonical output does not read back: %s",
                 error ? error->message : "(no error)");
    }
  if (error != NULL)
    fuzz_fail ("sf_format_read() returned both a framework and an error");

  second = sf_format_write (again);
  if (!g_bytes_equal (first, second))
    {
      dump_difference (first, second);
      fuzz_fail ("writing the re-read framework gives different bytes");
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* Criticals (g_return_if_fail) and warnings are bugs: make them crash. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  g_autoptr(GError) check_error_ = NULL;
  gboolean checked;

  framework = sf_format_read ((const char *) data, size, FUZZ_FILENAME, &fuzz_limits, &error);
  if (framework != NULL)
    {
      if (error != NULL)
        fuzz_fail ("sf_format_read() returned both a framework and an error");
      check_round_trip (framework);
    }
  else
    check_error (error, data, size);

  /* The sync's check of a download: what the reader reads (with an id)
   * passes it, and what it refuses is named like the reader's errors. */
  checked = _sf_format_check ((const char *) data, size, FUZZ_FILENAME, &fuzz_limits, &check_error_);
  if (checked && check_error_ != NULL)
    fuzz_fail ("_sf_format_check() passed with an error");
  if (!checked)
    check_error (check_error_, data, size);
  if (framework != NULL && sf_framework_get_id (framework) != NULL && *sf_framework_get_id (framework) != '\0' &&
      !checked)
    fuzz_fail ("_sf_format_check() refused what sf_format_read() read: %s", check_error_->message);

  return 0;
}
