/* fuzz-multistatus.c: a libFuzzer target for the PROPFIND answer reader
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input goes through sf_sync_parse_multistatus(), which reads what a
 * WebDAV server (or anyone posing as one) answers to a listing. When it is
 * accepted, every member must have a path and a name that are valid UTF-8,
 * and a copy of each must equal it; when it is refused, the error must be
 * SF_SYNC_ERROR_PROTOCOL with a non-empty UTF-8 message. Anything else
 * aborts. Built without libFuzzer, replay-main.c feeds the corpus to it.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sf-sync-client.h"
#include "sf-sync-resource.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  fputs ("fuzz-multistatus: invariant broken: ", stderr);
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
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static gboolean
same_string (const char *a,
             const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL;

  members = sf_sync_parse_multistatus ((const char *) data, size, &error);
  if (members == NULL)
    {
      if (!g_error_matches (error, SF_SYNC_ERROR, SF_SYNC_ERROR_PROTOCOL))
        fuzz_fail ("refused with an unexpected error: %s", error ? error->message : "(none)");
      if (*error->message == '\0' || !g_utf8_validate (error->message, -1, NULL))
        fuzz_fail ("an empty or invalid message");
      return 0;
    }
  if (error != NULL)
    fuzz_fail ("accepted with an error set: %s", error->message);

  for (guint i = 0; i < members->len; i++)
    {
      SfSyncResource *r = g_ptr_array_index (members, i);
      g_autoptr(SfSyncResource) copy = NULL;

      if (r->href == NULL || r->name == NULL)
        fuzz_fail ("member %u without a path or name", i);
      if (!g_utf8_validate (r->href, -1, NULL) || !g_utf8_validate (r->name, -1, NULL))
        fuzz_fail ("member %u with a path that is not UTF-8", i);
      if (strchr (r->name, '/') != NULL)
        fuzz_fail ("member %u with a slash in its name: %s", i, r->name);
      copy = sf_sync_resource_copy (r);
      if (!same_string (copy->href, r->href) || !same_string (copy->etag, r->etag) ||
          !same_string (copy->title, r->title) || copy->length != r->length)
        fuzz_fail ("a copy of member %u differs", i);
    }
  return 0;
}
