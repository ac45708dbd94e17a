/* sf-diff.c: the difference that sf_document_replace() applies
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns the live framework into a target one through the edit layer, one
 * recorded step at a time, touching only what differs. List items are
 * matched by id where their kind has one (statements, sections, sources,
 * anchors, …; the n-th of duplicate ids with the n-th), else by content and
 * then by order (citations, count expectations, rule settings). Unmatched
 * items are removed or inserted as copies; matched ones stay the same
 * objects, and those out of order move. The items that keep their place are
 * a longest increasing subsequence of the target positions, so that moving
 * one statement moves one statement.
 */

#include "config.h"

#include <string.h>

#include "sf-document-private.h"
#include "sf-node-list.h"
#include "sf-node-private.h"

static void diff_node (SfDocument *self,
                       SfNode     *live,
                       SfNode     *target);

static const char *
key_of (SfNode *node)
{
  const char *id = sf_node_get_id (node);

  return id != NULL && *id != '\0' ? id : NULL;
}

static void
match_by_id (GPtrArray *live,
             GPtrArray *want,
             int       *live_match,
             int       *want_match)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_queue_free);

  for (guint i = 0; i < live->len; i++)
    {
      const char *key = key_of (g_ptr_array_index (live, i));
      GQueue *queue;

      if (key == NULL)
        continue;
      if ((queue = g_hash_table_lookup (by_key, key)) == NULL)
        g_hash_table_insert (by_key, (gpointer) key, queue = g_queue_new ());
      g_queue_push_tail (queue, GUINT_TO_POINTER (i));
    }

  for (guint j = 0; j < want->len; j++)
    {
      const char *key = key_of (g_ptr_array_index (want, j));
      GQueue *queue;
      guint i;

      if (key == NULL || (queue = g_hash_table_lookup (by_key, key)) == NULL ||
          g_queue_is_empty (queue))
        continue;
      i = GPOINTER_TO_UINT (g_queue_pop_head (queue));
      live_match[i] = j;
      want_match[j] = i;
    }
}

/* Items without an id: first those equal to one another, then the rest in
 * order, so that an edited citation stays the same object. */
static void
match_by_content (GPtrArray *live,
                  GPtrArray *want,
                  int       *live_match,
                  int       *want_match)
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

/* Marks in @keep the matched live items that form a longest run of
 * increasing target positions: they stay where they are. */
static void
mark_kept (const int *live_match,
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

static gpointer
ref_item (gconstpointer item,
          gpointer      data)
{
  return g_object_ref ((gpointer) item);
}

static void
diff_list (SfDocument *self,
           SfNode     *parent,
           GParamSpec *pspec,
           GListModel *target)
{
  GListModel *list = g_value_get_object (_sf_node_peek_value (parent, pspec));
  g_autoptr(GPtrArray) live = g_ptr_array_copy (_sf_node_list_get_items (list), ref_item, NULL);
  GPtrArray *want = _sf_node_list_get_items (target);
  g_autofree int *live_match = g_new (int, live->len + 1);
  g_autofree int *want_match = g_new (int, want->len + 1);
  g_autofree gboolean *keep = g_new (gboolean, live->len + 1);
  g_autoptr(GPtrArray) run = g_ptr_array_new_with_free_func (g_object_unref);
  guint run_start = 0;

  g_ptr_array_set_free_func (live, g_object_unref);
  memset (live_match, 0xff, sizeof (int) * (live->len + 1));
  memset (want_match, 0xff, sizeof (int) * (want->len + 1));

  match_by_id (live, want, live_match, want_match);
  match_by_content (live, want, live_match, want_match);
  mark_kept (live_match, live->len, keep);

  /* Remove what goes and what moves, from the end, a run at a time. */
  for (guint i = live->len; i > 0;)
    {
      guint end = i;

      if (keep[i - 1])
        {
          i--;
          continue;
        }
      while (i > 0 && !keep[i - 1])
        i--;
      _sf_document_record_splice (self, parent, pspec, i, end - i, NULL, 0);
    }

  /* Now the kept items are in target order: fill in the rest, in order. */
  for (guint j = 0; j <= want->len; j++)
    {
      gboolean in_place = j < want->len && want_match[j] >= 0 && keep[want_match[j]];

      if ((j == want->len || in_place) && run->len > 0)
        {
          _sf_document_record_splice (self, parent, pspec, run_start, 0, run->pdata, run->len);
          g_ptr_array_set_size (run, 0);
        }
      if (j == want->len || in_place)
        continue;
      if (run->len == 0)
        run_start = j;
      if (want_match[j] >= 0)
        g_ptr_array_add (run, g_object_ref (g_ptr_array_index (live, want_match[j])));
      else
        g_ptr_array_add (run, sf_node_copy (g_ptr_array_index (want, j)));
    }

  for (guint j = 0; j < want->len; j++)
    if (want_match[j] >= 0)
      diff_node (self, g_ptr_array_index (live, want_match[j]), g_ptr_array_index (want, j));
}

static void
diff_node (SfDocument *self,
           SfNode     *live,
           SfNode     *target)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (live);

  g_assert (G_OBJECT_TYPE (live) == G_OBJECT_TYPE (target));

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *a = _sf_node_peek_value (live, pspec);
      const GValue *b = _sf_node_peek_value (target, pspec);

      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_CHILD:
          diff_node (self, g_value_get_object (a), g_value_get_object (b));
          break;

        case SF_MEMBER_LIST:
          diff_list (self, live, pspec, g_value_get_object (b));
          break;

        case SF_MEMBER_STRING:
        case SF_MEMBER_INT:
        case SF_MEMBER_DOUBLE:
        case SF_MEMBER_ENUM:
        case SF_MEMBER_STRV:
        case SF_MEMBER_SCALAR:
        default:
          if (!_sf_values_equal (pspec, a, b))
            _sf_document_record_set (self, live, pspec, b);
          break;
        }
    }

  if (!_sf_extras_equal (_sf_node_get_extras (live), _sf_node_get_extras (target)))
    _sf_document_record_extras (self, live, _sf_node_get_extras (target));
}

/* Records the difference from @live to @target into the open action. */
void
_sf_diff_apply (SfDocument *self,
                SfNode     *live,
                SfNode     *target)
{
  diff_node (self, live, target);
}
