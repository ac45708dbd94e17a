/* sf-problem-list.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-problem-list-private.h"

/**
 * SfProblemList:
 *
 * The problems a validator found, as a #GListModel of #SfProblem in
 * document order: by the place of the problem's object in the framework,
 * then its member, rule id and message. The validator changes it in place:
 * a problem that stays keeps its object and its place, and
 * #GListModel::items-changed tells only of problems that appeared or went
 * away, so that a list view keeps its rows and selection while the author
 * types.
 */
struct _SfProblemList
{
  GObject    parent_instance;

  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SfProblemList, sf_problem_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A framework nests three lists deep (sections, statements, citations). */
#define MAX_DEPTH 8

/* A node's place from the root down, one step per level: the member's
 * index in its class in the high half, the position in the list in the
 * low half. */
typedef struct
{
  guint   len;
  guint64 steps[MAX_DEPTH];
} Path;

typedef struct
{
  SfProblem *problem;
  Path       path;
} Keyed;

/* Returns FALSE when @node is not in a framework: removed, or inside
 * something removed. */
static gboolean
path_of (SfNode *node,
         Path   *path)
{
  SfNode *n = node;
  guint depth = 0;

  for (; sf_node_get_parent (n) != NULL; n = sf_node_get_parent (n))
    depth++;
  if (!SF_IS_FRAMEWORK (n))
    return FALSE;

  g_assert (depth <= MAX_DEPTH);
  path->len = depth;
  for (n = node; depth > 0; n = sf_node_get_parent (n))
    {
      int index = _sf_node_get_index (n);

      path->steps[--depth] = ((guint64) _sf_node_get_member_position (n) << 32) |
                             (index >= 0 ? (guint) index : 0);
    }
  return TRUE;
}

static int
compare_paths (const Path *a,
               const Path *b)
{
  for (guint i = 0; i < MIN (a->len, b->len); i++)
    if (a->steps[i] != b->steps[i])
      return a->steps[i] < b->steps[i] ? -1 : 1;
  return (a->len > b->len) - (a->len < b->len);
}

/* Whether @path is @prefix or inside it. */
static gboolean
path_has_prefix (const Path *path,
                 const Path *prefix)
{
  if (path->len < prefix->len)
    return FALSE;
  for (guint i = 0; i < prefix->len; i++)
    if (path->steps[i] != prefix->steps[i])
      return FALSE;
  return TRUE;
}

/* The order after the place: member, rule id, message. */
static int
compare_within_node (SfProblem *a,
                     SfProblem *b)
{
  int cmp;

  if ((cmp = g_strcmp0 (sf_problem_get_member (a), sf_problem_get_member (b))) != 0)
    return cmp;
  if ((cmp = strcmp (sf_problem_get_rule_id (a), sf_problem_get_rule_id (b))) != 0)
    return cmp;
  return g_strcmp0 (sf_problem_get_message (a), sf_problem_get_message (b));
}

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *ka = a;
  const Keyed *kb = b;
  int cmp;

  if (sf_problem_get_node (ka->problem) != sf_problem_get_node (kb->problem) &&
      (cmp = compare_paths (&ka->path, &kb->path)) != 0)
    return cmp;
  return compare_within_node (ka->problem, kb->problem);
}

/* Compares an item of the list, whose node is in the framework, with
 * @problem at @path. */
static int
compare_item (SfProblem  *item,
              SfProblem  *problem,
              const Path *path)
{
  int cmp;

  if (sf_problem_get_node (item) != sf_problem_get_node (problem))
    {
      Path item_path;
      gboolean attached = path_of (sf_problem_get_node (item), &item_path);

      g_assert (attached);
      if ((cmp = compare_paths (&item_path, path)) != 0)
        return cmp;
    }
  return compare_within_node (item, problem);
}

static guint
lower_bound (GPtrArray  *items,
             SfProblem  *problem,
             const Path *path)
{
  guint lo = 0, hi = items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_item (g_ptr_array_index (items, mid), problem, path) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static GType
sf_problem_list_get_item_type (GListModel *model)
{
  return SF_TYPE_PROBLEM;
}

static guint
sf_problem_list_get_n_items (GListModel *model)
{
  return SF_PROBLEM_LIST (model)->items->len;
}

static gpointer
sf_problem_list_get_item (GListModel *model,
                          guint       position)
{
  SfProblemList *self = SF_PROBLEM_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sf_problem_list_get_item_type;
  iface->get_n_items = sf_problem_list_get_n_items;
  iface->get_item = sf_problem_list_get_item;
}

static void
sf_problem_list_finalize (GObject *object)
{
  SfProblemList *self = SF_PROBLEM_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (sf_problem_list_parent_class)->finalize (object);
}

static void
sf_problem_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfProblemList *self = SF_PROBLEM_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_problem_list_class_init (SfProblemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_problem_list_finalize;
  object_class->get_property = sf_problem_list_get_property;

  /**
   * SfProblemList:n-items:
   *
   * The number of problems, as g_list_model_get_n_items() gives it.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_problem_list_init (SfProblemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

SfProblemList *
_sf_problem_list_new (void)
{
  return g_object_new (SF_TYPE_PROBLEM_LIST, NULL);
}

/* The items, borrowed: for the validator to read, never to change. */
GPtrArray *
_sf_problem_list_get_items (SfProblemList *self)
{
  return self->items;
}

/* Removes @n_removals items at @position, inserts @additions there and
 * tells the list's views. */
static void
splice (SfProblemList *self,
        guint          position,
        guint          n_removals,
        SfProblem    **additions,
        guint          n_additions)
{
  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      guint old_len = self->items->len;

      g_ptr_array_set_size (self->items, old_len + n_additions);
      memmove (&self->items->pdata[position + n_additions], &self->items->pdata[position],
               (old_len - position) * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        self->items->pdata[position + i] = g_object_ref (additions[i]);
    }
  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Where @problem is, by its place; FALSE if it is not where it should be. */
static gboolean
locate (SfProblemList *self,
        SfProblem     *problem,
        const Path    *path,
        guint         *position)
{
  for (guint i = lower_bound (self->items, problem, path); i < self->items->len; i++)
    {
      SfProblem *item = g_ptr_array_index (self->items, i);

      if (item == problem)
        {
          *position = i;
          return TRUE;
        }
      if (compare_item (item, problem, path) != 0)
        break;
    }
  return FALSE;
}

static void
remove_problems (SfProblemList *self,
                 GPtrArray     *removed)
{
  g_autoptr(GArray) positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), removed->len);
  g_autofree Path *paths = NULL;
  /* Problems of removed objects have no place to look up; a pass over
   * the list finds them, as it finds many problems at once. */
  gboolean scan = removed->len > 64;

  if (!scan)
    {
      paths = g_new (Path, removed->len);
      for (guint i = 0; !scan && i < removed->len; i++)
        scan = !path_of (sf_problem_get_node (g_ptr_array_index (removed, i)), &paths[i]);
    }
  for (guint i = 0; !scan && i < removed->len; i++)
    {
      guint position;

      if (locate (self, g_ptr_array_index (removed, i), &paths[i], &position))
        g_array_append_val (positions, position);
      else
        scan = TRUE;
    }

  if (scan)
    {
      g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < removed->len; i++)
        g_hash_table_add (set, g_ptr_array_index (removed, i));
      g_array_set_size (positions, 0);
      for (guint i = 0; i < self->items->len; i++)
        if (g_hash_table_contains (set, g_ptr_array_index (self->items, i)))
          g_array_append_val (positions, i);
    }
  g_assert (positions->len == removed->len);

  /* From the end, a run of neighbours at a time. */
  g_array_sort (positions, compare_uints);
  for (guint i = positions->len; i > 0;)
    {
      guint last = g_array_index (positions, guint, i - 1);
      guint first = last;

      i--;
      while (i > 0 && g_array_index (positions, guint, i - 1) == first - 1)
        first = g_array_index (positions, guint, --i);
      splice (self, first, last - first + 1, NULL, 0);
    }
}

static void
insert_problems (SfProblemList *self,
                 GPtrArray     *added)
{
  g_autoptr(GArray) keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), added->len);
  g_autofree SfProblem **run = g_new (SfProblem *, added->len);
  guint n_run = 0, run_position = 0;

  g_array_set_size (keyed, added->len);
  for (guint i = 0; i < added->len; i++)
    {
      Keyed *k = &g_array_index (keyed, Keyed, i);
      gboolean attached;

      k->problem = g_ptr_array_index (added, i);
      attached = path_of (sf_problem_get_node (k->problem), &k->path);
      g_assert (attached);
    }
  g_array_sort (keyed, compare_keyed);

  /* In order, so that problems that go to one place go in one splice. */
  for (guint i = 0; i < keyed->len; i++)
    {
      Keyed *k = &g_array_index (keyed, Keyed, i);
      guint position = lower_bound (self->items, k->problem, &k->path);

      if (n_run > 0 && position != run_position)
        {
          splice (self, run_position, 0, run, n_run);
          position += n_run;
          n_run = 0;
        }
      if (n_run == 0)
        run_position = position;
      run[n_run++] = k->problem;
    }
  if (n_run > 0)
    splice (self, run_position, 0, run, n_run);
}

/*
 * _sf_problem_list_update:
 * @removed: (element-type SfProblem): problems that went away, in any
 *   order; their objects may have left the framework
 * @added: (element-type SfProblem): problems that appeared, in any order;
 *   their objects are in the framework
 *
 * Brings the list up to date after an edit. Every other item's object must
 * be in the framework, and the list in document order, as it is after the
 * edit: edits move no object but those they remove and insert.
 */
void
_sf_problem_list_update (SfProblemList *self,
                         GPtrArray     *removed,
                         GPtrArray     *added)
{
  guint n = self->items->len;

  if (removed->len > 0)
    remove_problems (self, removed);
  if (added->len > 0)
    insert_problems (self, added);
  if (self->items->len != n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/*
 * _sf_problem_list_replace:
 * @problems: (element-type SfProblem): the new items, in document order
 *
 * Makes the list hold @problems. Items that are in both keep their place
 * when their order allows, so that views see only what changed.
 */
void
_sf_problem_list_replace (SfProblemList *self,
                          GPtrArray     *problems)
{
  g_autoptr(GHashTable) in_new = g_hash_table_new (NULL, NULL);
  g_autofree gboolean *kept_old = g_new0 (gboolean, self->items->len + 1);
  g_autofree gboolean *kept_new = g_new0 (gboolean, problems->len + 1);
  guint n_old = self->items->len, n_new = problems->len;
  guint i = 0, j = 0, position = 0;
  int last = -1;

  if (n_old == 0)
    {
      splice (self, 0, 0, (SfProblem **) problems->pdata, n_new);
      if (n_new > 0)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
      return;
    }
  for (guint k = 0; k < n_new; k++)
    g_hash_table_insert (in_new, g_ptr_array_index (problems, k), GUINT_TO_POINTER (k + 1));
  for (guint k = 0; k < n_old; k++)
    {
      guint at = GPOINTER_TO_UINT (g_hash_table_lookup (in_new, g_ptr_array_index (self->items, k)));

      if (at > 0 && (int) at - 1 > last)
        {
          last = at - 1;
          kept_old[k] = kept_new[at - 1] = TRUE;
        }
    }

  /* Kept items are the same objects in the same order on both sides. */
  while (i < n_old || j < n_new)
    {
      guint n_removals = 0, first_new = j;

      if (i < n_old && j < n_new && kept_old[i] && kept_new[j])
        {
          i++, j++, position++;
          continue;
        }
      for (; i < n_old && !kept_old[i]; i++)
        n_removals++;
      for (; j < n_new && !kept_new[j]; j++)
        ;
      g_assert (n_removals > 0 || j > first_new);
      splice (self, position, n_removals, (SfProblem **) &problems->pdata[first_new], j - first_new);
      position += j - first_new;
    }

  if (n_old != n_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/*
 * _sf_problem_list_find_range:
 * @node: an object of the framework
 * @with_descendants: whether to count the problems of the objects inside
 *   @node
 * @start: (out): the first item about @node
 * @end: (out): the item after the last
 *
 * Finds the problems of @node, which are neighbours in document order.
 */
void
_sf_problem_list_find_range (SfProblemList *self,
                             SfNode        *node,
                             gboolean       with_descendants,
                             guint         *start,
                             guint         *end)
{
  Path path;
  guint lo = 0, hi = self->items->len;

  *start = *end = 0;
  if (!path_of (node, &path))
    return;

  /* Before, inside, after: the items are in that order. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      Path item;

      path_of (sf_problem_get_node (g_ptr_array_index (self->items, mid)), &item);
      if (compare_paths (&item, &path) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *start = lo;

  hi = self->items->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      Path item;
      gboolean inside;

      path_of (sf_problem_get_node (g_ptr_array_index (self->items, mid)), &item);
      inside = with_descendants ? path_has_prefix (&item, &path) : compare_paths (&item, &path) == 0;
      if (inside)
        lo = mid + 1;
      else
        hi = mid;
    }
  *end = lo;
}

/* Sorts problems whose objects are in a framework into document order. */
void
_sf_problems_sort (GPtrArray *problems)
{
  g_autoptr(GArray) keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), problems->len);

  g_array_set_size (keyed, problems->len);
  for (guint i = 0; i < problems->len; i++)
    {
      Keyed *k = &g_array_index (keyed, Keyed, i);
      gboolean attached;

      k->problem = g_ptr_array_index (problems, i);
      attached = path_of (sf_problem_get_node (k->problem), &k->path);
      g_assert (attached);
    }
  g_array_sort (keyed, compare_keyed);
  for (guint i = 0; i < problems->len; i++)
    problems->pdata[i] = g_array_index (keyed, Keyed, i).problem;
}
