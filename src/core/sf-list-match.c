/* sf-list-match.c: which item of one list of nodes is which of another
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-list-match-private.h"

static const char *
key_of (SfNode *node)
{
  const char *id = sf_node_get_id (node);

  return id != NULL && *id != '\0' ? id : NULL;
}

/* Duplicate ids are chained, the first in list order at the head, so that
 * the n-th of an id on one side meets the n-th on the other, without a
 * queue allocated per id. */
static void
match_by_id (GPtrArray *live,
             GPtrArray *want,
             int       *live_match,
             int       *want_match)
{
  g_autoptr(GHashTable) head = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree int *next = g_new (int, live->len + 1);

  for (guint i = live->len; i > 0; i--)
    {
      const char *key = key_of (g_ptr_array_index (live, i - 1));
      gpointer first;

      if (key == NULL)
        continue;
      next[i - 1] = g_hash_table_lookup_extended (head, key, NULL, &first) ? GPOINTER_TO_INT (first) - 1 : -1;
      g_hash_table_insert (head, (gpointer) key, GINT_TO_POINTER (i));
    }

  for (guint j = 0; j < want->len; j++)
    {
      const char *key = key_of (g_ptr_array_index (want, j));
      gpointer first;
      int i;

      if (key == NULL || !g_hash_table_lookup_extended (head, key, NULL, &first) ||
          (i = GPOINTER_TO_INT (first) - 1) < 0)
        continue;
      live_match[i] = j;
      want_match[j] = i;
      g_hash_table_insert (head, (gpointer) key, GINT_TO_POINTER (next[i] + 1));
    }
}

/* Items without an id: first those equal to one another, then the rest in
 * order, so that an edited citation stays the same object. */
static void
match_by_content (GPtrArray       *live,
                  GPtrArray       *want,
                  SfListMatchMode  mode,
                  int             *live_match,
                  int             *want_match)
{
  guint next = 0;

  for (guint j = 0; j < want->len; j++)
    {
      if (key_of (g_ptr_array_index (want, j)) != NULL)
        continue;
      for (guint i = 0; i < live->len; i++)
        if (live_match[i] < 0 && key_of (g_ptr_array_index (live, i)) == NULL &&
            sf_node_equal (g_ptr_array_index (live, i), g_ptr_array_index (want, j)))
          {
            live_match[i] = j;
            want_match[j] = i;
            break;
          }
    }

  if (mode == SF_LIST_MATCH_EQUAL_ONLY)
    return;

  for (guint j = 0; j < want->len; j++)
    {
      if (want_match[j] >= 0 || key_of (g_ptr_array_index (want, j)) != NULL)
        continue;
      while (next < live->len &&
             (live_match[next] >= 0 || key_of (g_ptr_array_index (live, next)) != NULL))
        next++;
      if (next == live->len)
        break;
      live_match[next] = j;
      want_match[j] = next;
    }
}

/* The kept items are a longest increasing subsequence of the matched
 * positions, found in O(n log n) with patience sorting. */
void
_sf_list_mark_kept (const int *live_match,
                    guint      n,
                    gboolean  *keep)
{
  g_autofree guint *tails = g_new (guint, n + 1);  /* live index ending a run of each length */
  g_autofree int *previous = g_new (int, n);
  guint length = 0;

  for (guint i = 0; i < n; i++)
    {
      guint lo = 0, hi = length;

      keep[i] = FALSE;
      if (live_match[i] < 0)
        continue;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (live_match[tails[mid]] < live_match[i])
            lo = mid + 1;
          else
            hi = mid;
        }
      previous[i] = lo > 0 ? (int) tails[lo - 1] : -1;
      tails[lo] = i;
      if (lo == length)
        length++;
    }

  for (int i = length > 0 ? (int) tails[length - 1] : -1; i >= 0; i = previous[i])
    keep[i] = TRUE;
}

void
_sf_list_match (GPtrArray       *a,
                GPtrArray       *b,
                SfListMatchMode  mode,
                int             *a_match,
                int             *b_match)
{
  memset (a_match, 0xff, sizeof (int) * a->len);
  memset (b_match, 0xff, sizeof (int) * b->len);
  match_by_id (a, b, a_match, b_match);
  match_by_content (a, b, mode, a_match, b_match);
}
