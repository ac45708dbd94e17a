/* fuzz-csv.c: a libFuzzer target for the CSV reader and import
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input is imported into a small framework (sf_framework_new_empty()
 * with one source). When it is accepted, exporting the result and importing
 * that again must give the same framework back: the round trip is a fixed
 * point. When it is refused, the error must be a SF_CSV_ERROR whose message
 * starts with "fuzz.csv:LINE: " for a line of the input. Anything else
 * aborts, which libFuzzer reports as a crash. Built without libFuzzer,
 * replay-main.c feeds the corpus to the same function.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sf-csv.h"
#include "sf-model.h"
#include "sf-node-private.h"

#define FUZZ_FILENAME "fuzz.csv"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static SfFramework *framework;

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  fputs ("fuzz-csv: invariant broken: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(SfNode) source = NULL;

  framework = sf_framework_new_empty ();
  source = _sf_node_new (SF_TYPE_SOURCE, "id", "aei", "title", "Anthropic Economic Index", NULL);
  _sf_node_list_append (SF_NODE (framework), "sources", source);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) result = NULL;
  g_autoptr(SfFramework) again = NULL;
  g_autoptr(GBytes) csv = NULL;

  /* Sheets are small; a huge input only slows the fuzzer down. */
  if (size > 256 * 1024)
    return 0;

  result = sf_csv_import (framework, (const char *) data, size, FUZZ_FILENAME,
                          size % 2 ? SF_CSV_DELETE_MISSING : SF_CSV_NONE, &error);
  if (result == NULL)
    {
      guint line = 0, lines = 1;
      char *end = NULL;

      if (error == NULL || error->domain != SF_CSV_ERROR || error->message[0] == '\0')
        fuzz_fail ("refused without a SF_CSV_ERROR");
      if (!g_utf8_validate (error->message, -1, NULL))
        fuzz_fail ("the message is not UTF-8");
      if (!g_str_has_prefix (error->message, FUZZ_FILENAME ":"))
        fuzz_fail ("the message does not name the file: %s", error->message);
      line = strtoul (error->message + strlen (FUZZ_FILENAME ":"), &end, 10);
      for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
      if (end == NULL || *end != ':' || line == 0 || line > lines)
        fuzz_fail ("the message names no line of the input: %s", error->message);
      return 0;
    }

  csv = sf_csv_export (result, size % 3 ? SF_CSV_NONE : SF_CSV_BOM);
  again = sf_csv_import (result, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                         FUZZ_FILENAME, SF_CSV_DELETE_MISSING, &error);
  if (again == NULL)
    fuzz_fail ("the export of an import does not import: %s", error->message);
  if (!sf_node_equal (SF_NODE (again), SF_NODE (result)))
    fuzz_fail ("the export of an import imports different");
  return 0;
}
