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


#include "sf-document-private.h"
#include "sf-node-list.h"
#include "sf-list-match-private.h"
#include "sf-node-private.h"

static void diff_node (SfDocument *self,
                       SfNode     *live,
                       SfNode     *target);

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

  _sf_list_match (live, want, SF_LIST_MATCH_REST_IN_ORDER, live_match, want_match);
  _sf_list_mark_kept (live_match, live->len, keep);

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
