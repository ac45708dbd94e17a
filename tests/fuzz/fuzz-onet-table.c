/* fuzz-onet-table.c: a libFuzzer target for the reader of O*NET's text files
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input is one file of the O*NET text database, read as
 * "Skills.txt": the header, then every row, every value read as text, as a
 * number, as a whole number and as a flag, as the importer reads them.
 * Reading must end, either at the end of the input or with an error in the
 * SF_ONET_ERROR domain whose message is UTF-8 and starts with
 * "Skills.txt, line N" (N a line of the input, at most one past its end).
 * Anything else aborts. Built without libFuzzer, replay-main.c feeds the
 * corpus to the same function.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sf-onet-table.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  fputs ("fuzz-onet-table: invariant broken: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

static void
check_error (const GError *error,
             guint         n_lines)
{
  guint line = 0;

  if (error == NULL)
    fuzz_fail ("an error without a GError");
  if (error->domain != SF_ONET_ERROR)
    fuzz_fail ("error of domain %s: %s", g_quark_to_string (error->domain), error->message);
  if (!g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("the message is not UTF-8");
  if (sscanf (error->message, "Skills.txt, line %u", &line) != 1)
    fuzz_fail ("the message does not say the line: %s", error->message);
  if (line < 1 || line > n_lines + 1)
    fuzz_fail ("line %u of an input of %u lines: %s", line, n_lines, error->message);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfOnetTable) table = NULL;
  guint n_lines = 1;

  if (size > 1024 * 1024)
    return 0;
  for (size_t i = 0; i < size; i++)
    n_lines += data[i] == '\n';

  table = sf_onet_table_new ("Skills.txt", (const char *) data, size, &error);
  if (table == NULL)
    {
      check_error (error, n_lines);
      return 0;
    }
  sf_onet_table_find_column (table, "Data Value");

  for (;;)
    {
      if (!sf_onet_table_next (table, &error))
        {
          if (error != NULL)
            check_error (error, n_lines);
          break;
        }
      if (sf_onet_table_get_line (table) > n_lines)
        fuzz_fail ("row on line %u of %u", sf_onet_table_get_line (table), n_lines);
      for (int column = -1; column < 64; column++)
        {
          g_autoptr(GError) value_error = NULL;
          g_autofree char *integer = NULL;
          const char *text = sf_onet_table_get (table, column);
          double number;

          if (text != NULL && !g_utf8_validate (text, -1, NULL))
            fuzz_fail ("a value that is not UTF-8");
          if (!sf_onet_table_get_number (table, column, &number, &value_error))
            check_error (value_error, n_lines);
          g_clear_error (&value_error);
          if (!sf_onet_table_get_integer (table, column, &integer, &value_error))
            check_error (value_error, n_lines);
          else if (integer != NULL && (*integer == '\0' || strspn (integer, "0123456789") != strlen (integer)))
            fuzz_fail ("“%s” read as the whole number “%s”", text, integer);
          sf_onet_table_get_flag (table, column);
        }
    }
  return 0;
}
