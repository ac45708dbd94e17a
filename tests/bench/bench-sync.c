/* bench-sync.c: time a pull of many frameworks and a sync with no change
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a benchmark program, run by run-benchmarks.sh against a
 * private Apache httpd (tests/sync/webdav-fixture.sh).
 *
 *   bench-sync --url URL --ca CA.pem --password-file FILE [--runs N] CORPUS
 *
 * Uploads the frameworks of CORPUS to the collection (set-up, timed for
 * information), then, in the same run: pulls them all into an empty folder
 * with the sync engine and fetches the same files with curl, one by one
 * over one reused connection, taking turns three times (medians); and
 * times a sync of the pulled folder when nothing changed, counting its
 * requests. Results on stdout.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sf-sync.h"

/* Pulls and curl runs, taking turns. */
#define PULL_RUNS 3

static char *url;
static char *ca;
static char *password_file;
static int runs = 5;
static int workers = 0;

static const GOptionEntry entries[] = {
  { "url", 0, 0, G_OPTION_ARG_STRING, &url, "The collection", "URL" },
  { "ca", 0, 0, G_OPTION_ARG_FILENAME, &ca, "The server's CA", "FILE" },
  { "password-file", 0, 0, G_OPTION_ARG_FILENAME, &password_file, "The password of user tester", "FILE" },
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs of the no-change sync (default 5)", "N" },
  { "workers", 'w', 0, G_OPTION_ARG_INT, &workers, "Frameworks transferred at a time (default: the engine's)", "N" },
  { NULL }
};

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static SfSyncClient *
make_client (const char *password)
{
  g_autoptr(GError) error = NULL;
  SfSyncClient *client = sf_sync_client_new (url, "tester", &error);

  if (client == NULL || !sf_sync_client_set_ca_file (client, ca, &error))
    g_error ("%s", error->message);
  sf_sync_client_set_password (client, password);
  return client;
}

static guint
run (SfSyncClient *client,
     const char   *folder,
     SfSyncMode    mode)
{
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(SfSync) sync = sf_sync_new (client, dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint failed = 0;

  if (workers > 0)
    sf_sync_set_workers (sync, workers);
  items = sf_sync_run (sync, mode, NULL, &error);
  if (items == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < items->len; i++)
    {
      SfSyncItem *item = g_ptr_array_index (items, i);

      if (item->error != NULL)
        {
          g_printerr ("%s: %s\n", item->name, item->error->message);
          failed++;
        }
    }
  if (failed > 0)
    g_error ("%u frameworks failed", failed);
  return items->len;
}

static void
copy_corpus (const char *from,
             const char *to,
             GPtrArray  *names)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_mkdir_with_parents (to, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *a = g_build_filename (from, name, NULL);
      g_autofree char *b = g_build_filename (to, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json") || !g_file_get_contents (a, &data, &length, NULL))
        continue;
      g_file_set_contents (b, data, length, NULL);
      g_ptr_array_add (names, g_strdup (name));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("CORPUS");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) local_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SfSyncClient) client = NULL;
  g_autoptr(GPtrArray) listing = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pulls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) curls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *password = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *up = NULL, *down = NULL, *by_curl = NULL, *pulled = NULL;
  double t, push_s, pull_s, curl_s;
  guint n, requests = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 ||
      url == NULL || ca == NULL || password_file == NULL)
    {
      g_printerr ("usage: bench-sync --url URL --ca CA --password-file FILE CORPUS\n");
      return 2;
    }
  if (!g_file_get_contents (password_file, &password, NULL, &error))
    g_error ("%s", error->message);
  g_strstrip (password);

  tmp = g_dir_make_tmp ("skillframe-bench-sync-XXXXXX", &error);
  g_assert_no_error (error);
  up = g_build_filename (tmp, "up", NULL);
  down = g_build_filename (tmp, "down", NULL);
  by_curl = g_build_filename (tmp, "curl", NULL);
  copy_corpus (argv[1], up, local_names);

  client = make_client (password);
  t = now ();
  n = run (client, up, SF_SYNC_MODE_PUSH);
  push_s = now () - t;

  /* curl, the same files, one after the other over one connection (one
   * curl command reuses its connection); the password on its standard
   * input, not its command line. */
  listing = sf_sync_client_list (client, NULL, &error);
  g_assert_no_error (error);
  /* Taking turns, each into an empty folder of its own, a few times: on a
   * machine shared with other work, one pair of timings swings by 50 %
   * either way; the medians compare. The engine starts with a new client
   * (new connections), as curl does. */
  for (int i = 0; i < PULL_RUNS; i++)
    {
      g_autofree char *into = g_strdup_printf ("%s-%d", down, i);
      g_autofree char *curl_into = g_strdup_printf ("%s-%d", by_curl, i);
      g_autoptr(GString) config = g_string_new (NULL);
      g_autoptr(GSubprocess) curl = NULL;
      double s;

      g_mkdir_with_parents (into, 0700);
      g_mkdir_with_parents (curl_into, 0700);
      g_clear_object (&client);
      client = make_client (password);
      t = now ();
      n = run (client, into, SF_SYNC_MODE_PULL);
      s = now () - t;
      g_array_append_val (pulls, s);

      g_string_append_printf (config, "user = \"tester:%s\"\ncacert = \"%s\"\nsilent\nfail\n", password, ca);
      for (guint k = 0; k < listing->len; k++)
        {
          SfSyncResource *r = g_ptr_array_index (listing, k);
          g_autofree char *escaped = g_uri_escape_string (r->name, NULL, FALSE);

          if (r->name[0] == '.')
            continue;
          g_string_append_printf (config, "url = \"%s%s\"\noutput = \"%s/%s\"\n", url, escaped, curl_into, r->name);
        }
      t = now ();
      curl = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE, &error, "curl", "-K", "-", NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (curl, config->str, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      s = now () - t;
      g_array_append_val (curls, s);
      if (g_subprocess_get_exit_status (curl) != 0)
        g_error ("curl failed with %d", g_subprocess_get_exit_status (curl));
      if (i == 0)
        pulled = g_steal_pointer (&into);
    }
  g_array_sort (pulls, compare_doubles);
  g_array_sort (curls, compare_doubles);
  pull_s = g_array_index (pulls, double, PULL_RUNS / 2);
  curl_s = g_array_index (curls, double, PULL_RUNS / 2);

  /* Nothing changed: one listing. */
  for (int i = 0; i < runs + 1; i++)
    {
      guint before = sf_sync_client_get_request_count (client);
      double s;

      t = now ();
      run (client, pulled, SF_SYNC_MODE_SYNC);
      s = now () - t;
      requests = sf_sync_client_get_request_count (client) - before;
      if (i > 0)
        g_array_append_val (times, s);
    }
  g_array_sort (times, compare_doubles);

  printf ("%-52s  %8u\n", "frameworks", n);
  printf ("%-52s  %8.2f s\n", "push to an empty collection (set-up)", push_s);
  printf ("%-52s  %8.2f s  (median of %d; %.2f to %.2f s)\n", "pull into an empty folder (sync engine)", pull_s,
          PULL_RUNS, g_array_index (pulls, double, 0), g_array_index (pulls, double, PULL_RUNS - 1));
  printf ("%-52s  %8.2f s  (median of %d; %.2f to %.2f s)\n", "curl, same files, one by one, one connection", curl_s,
          PULL_RUNS, g_array_index (curls, double, 0), g_array_index (curls, double, PULL_RUNS - 1));
  printf ("%-52s  %8.2fx  %s\n", "pull against curl (target: no slower)", pull_s / curl_s,
          pull_s <= curl_s ? "ok" : "MISSED");
  printf ("%-52s  %8u\n", "requests of a sync with no change", requests);
  printf ("%-52s  %8.1f ms (best %.1f ms)  (target < 300 ms, one request)  %s\n",
          "sync with no change, median", g_array_index (times, double, times->len / 2) * 1e3,
          g_array_index (times, double, 0) * 1e3,
          g_array_index (times, double, times->len / 2) < 0.3 && requests == 1 ? "ok" : "MISSED");

  {
    const char *argv_rm[] = { "rm", "-rf", tmp, NULL };
    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return 0;
}
