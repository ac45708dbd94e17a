/* sf-merge.c: the three-way merge of two versions of a framework
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One walk over the three trees, node by node through the members each node
 * class declares (as the reader, writer and sf-diff.c do), building a new
 * tree. Lists are matched with the same matching as sf_document_replace()
 * (sf-list-match.c). See sf-merge.h for the rules.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-format-private.h"
#include "sf-model.h"
#include "sf-list-match-private.h"
#include "sf-merge.h"

G_DEFINE_QUARK (sf-merge-error-quark, sf_merge_error)

typedef enum
{
  TARGET_MEMBER,  /* a value member of owner */
  TARGET_EXTRA,   /* an unknown member of owner, by name */
  TARGET_ITEM,    /* an item of owner's list member */
} TargetKind;

struct _SfMergeConflict
{
  GObject              parent_instance;

  SfMergeConflictKind  kind;
  TargetKind           target;
  gboolean             resolved;
  char                *pointer;
  SfNode              *root;    /* keeps the merged tree alive */
  SfNode              *owner;
  GParamSpec          *pspec;   /* TARGET_MEMBER, TARGET_ITEM */
  char                *name;    /* TARGET_EXTRA */
  SfNode              *item;    /* TARGET_ITEM: the item as it is in the result, or was */
  guint                position; /* TARGET_ITEM: where it was when removed */
  GValue               values[3]; /* TARGET_MEMBER: base (unset when absent), mine, theirs */
  SfNode              *items[3];  /* TARGET_ITEM: base, mine, theirs (nullable) */
  JsonNode            *json[3];
};

G_DEFINE_FINAL_TYPE (SfMergeConflict, sf_merge_conflict, G_TYPE_OBJECT)

enum { BASE, MINE, THEIRS };

static void
sf_merge_conflict_finalize (GObject *object)
{
  SfMergeConflict *self = SF_MERGE_CONFLICT (object);

  for (guint i = 0; i < 3; i++)
    {
      if (G_IS_VALUE (&self->values[i]))
        g_value_unset (&self->values[i]);
      g_clear_object (&self->items[i]);
      g_clear_pointer (&self->json[i], json_node_unref);
    }
  g_clear_object (&self->item);
  g_clear_object (&self->root);
  g_free (self->pointer);
  g_free (self->name);

  G_OBJECT_CLASS (sf_merge_conflict_parent_class)->finalize (object);
}

static void
sf_merge_conflict_class_init (SfMergeConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_merge_conflict_finalize;
}

static void
sf_merge_conflict_init (SfMergeConflict *self)
{
}

typedef struct
{
  GPtrArray  *conflicts;
  /* base, mine, theirs: statement id → the statement with that id (NULL
   * for an id used twice), to follow statements across sections */
  GHashTable *statements[3];
  GPtrArray  *all_statements[3];
  gboolean    moves;  /* a statement changed section on one side */
} Merger;

static void
index_statements (Merger      *merger,
                  guint        side,
                  SfFramework *framework)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *statements = sf_framework_dup_statements (framework);

  for (guint i = 0; i < statements->len; i++)
    {
      const char *id = sf_node_get_id (g_ptr_array_index (statements, i));

      if (id == NULL || *id == '\0')
        continue;
      if (g_hash_table_contains (table, id))
        g_hash_table_insert (table, (gpointer) id, NULL);
      else
        g_hash_table_insert (table, (gpointer) id, g_ptr_array_index (statements, i));
    }
  merger->statements[side] = table;
  merger->all_statements[side] = statements;
}

static SfNode *
statement_elsewhere (Merger *merger,
                     guint   side,
                     SfNode *statement)
{
  const char *id = sf_node_get_id (statement);

  if (merger->statements[side] == NULL || id == NULL || *id == '\0')
    return NULL;
  return g_hash_table_lookup (merger->statements[side], id);
}

static gboolean
same_section (SfNode *a,
              SfNode *b)
{
  return g_strcmp0 (sf_node_get_id (sf_node_get_parent (a)), sf_node_get_id (sf_node_get_parent (b))) == 0;
}

/* A statement that one side moved to another section is that statement
 * moved, not one deleted and one added: it leaves this list (when it was
 * here), or comes into it with the other side's edits to merge (when it was
 * elsewhere). When both sides moved it to different sections, mine's place
 * wins; moved on one side and deleted on the other is a conflict. Returns
 * %FALSE when the entry has no place in this list. */
static gboolean
follow_moves (Merger   *merger,
              SfNode  **b,
              SfNode  **m,
              SfNode  **t,
              gboolean *moved)
{
  SfNode *here = *m ? *m : *t ? *t : *b;
  SfNode **sides[2] = { m, t };

  if (!SF_IS_STATEMENT (here) || merger->statements[BASE] == NULL)
    return TRUE;

  if (*b != NULL)
    return !((*m == NULL && statement_elsewhere (merger, MINE, *b) != NULL) ||
             (*t == NULL && statement_elsewhere (merger, THEIRS, *b) != NULL));

  if ((*b = statement_elsewhere (merger, BASE, here)) == NULL)
    return TRUE;
  *moved = TRUE;
  for (guint k = 0; k < 2; k++)
    if (*sides[k] == NULL)
      {
        SfNode *other = statement_elsewhere (merger, MINE + k, *b);

        if (other != NULL && !same_section (other, *b) && k == 0)
          return FALSE;
        *sides[k] = other;
      }
  return TRUE;
}

static JsonNode *
json_parse (char *text)
{
  g_autofree char *owned = text;

  return json_from_string (owned, NULL);
}

static JsonNode *
extra_value (GPtrArray  *extras,
             const char *name,
             int        *after)
{
  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      SfExtra *extra = g_ptr_array_index (extras, i);

      if (strcmp (extra->name, name) == 0)
        {
          if (after != NULL)
            *after = extra->after;
          return extra->value;
        }
    }
  return NULL;
}

static gboolean
json_equal0 (JsonNode *a,
             JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

/* Ordered sets of strings: mine's order, without what either side removed,
 * with theirs' additions after the string that precedes them in theirs. */
static char **
merge_strv (const char * const *base,
            const char * const *mine,
            const char * const *theirs)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new ();
  g_autoptr(GHashTable) in_base = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_mine = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_theirs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_result = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; base != NULL && base[i]; i++)
    g_hash_table_add (in_base, (gpointer) base[i]);
  for (guint i = 0; mine != NULL && mine[i]; i++)
    g_hash_table_add (in_mine, (gpointer) mine[i]);
  for (guint i = 0; theirs != NULL && theirs[i]; i++)
    g_hash_table_add (in_theirs, (gpointer) theirs[i]);

  for (guint i = 0; mine != NULL && mine[i]; i++)
    if (!g_hash_table_contains (in_result, mine[i]) &&
        (!g_hash_table_contains (in_base, mine[i]) || g_hash_table_contains (in_theirs, mine[i])))
      {
        g_ptr_array_add (result, (gpointer) mine[i]);
        g_hash_table_add (in_result, (gpointer) mine[i]);
      }

  for (guint i = 0; theirs != NULL && theirs[i]; i++)
    {
      guint position = 0;

      if (g_hash_table_contains (in_base, theirs[i]) || g_hash_table_contains (in_result, theirs[i]))
        continue;
      for (int k = (int) i - 1; k >= 0; k--)
        {
          guint at;

          if (g_ptr_array_find_with_equal_func (result, theirs[k], g_str_equal, &at))
            {
              position = at + 1;
              break;
            }
        }
      while (position < result->len && !g_hash_table_contains (in_theirs, result->pdata[position]) &&
             !g_hash_table_contains (in_base, result->pdata[position]))
        position++;
      g_ptr_array_insert (result, position, (gpointer) theirs[i]);
      g_hash_table_add (in_result, (gpointer) theirs[i]);
    }

  g_ptr_array_add (result, NULL);
  return g_strdupv ((char **) result->pdata);
}

static SfMergeConflict *
conflict_new (Merger              *merger,
              SfMergeConflictKind  kind,
              TargetKind           target,
              SfNode              *owner)
{
  SfMergeConflict *conflict = g_object_new (SF_TYPE_MERGE_CONFLICT, NULL);

  conflict->kind = kind;
  conflict->target = target;
  conflict->owner = owner;
  g_ptr_array_add (merger->conflicts, conflict);
  return conflict;
}

static void
merge_value (Merger     *merger,
             SfNode     *dest,
             GParamSpec *pspec,
             SfNode     *base,
             SfNode     *mine,
             SfNode     *theirs)
{
  const GValue *b = base ? _sf_node_peek_value (base, pspec) : NULL;
  const GValue *m = _sf_node_peek_value (mine, pspec);
  const GValue *t = _sf_node_peek_value (theirs, pspec);
  GValue value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);

  if (_sf_values_equal (pspec, m, t) || (b != NULL && _sf_values_equal (pspec, b, t)))
    g_value_copy (m, &value);
  else if (b != NULL && _sf_values_equal (pspec, b, m))
    g_value_copy (t, &value);
  else if (_sf_member_kind (pspec) == SF_MEMBER_STRV)
    g_value_take_boxed (&value, merge_strv (b ? g_value_get_boxed (b) : NULL,
                                            g_value_get_boxed (m), g_value_get_boxed (t)));
  else
    {
      SfMergeConflict *conflict = conflict_new (merger, SF_MERGE_CONFLICT_CHANGED,
                                                TARGET_MEMBER, dest);
      const GValue *sides[3] = { b, m, t };

      conflict->pspec = pspec;
      for (guint i = 0; i < 3; i++)
        if (sides[i] != NULL)
          {
            g_value_init (&conflict->values[i], pspec->value_type);
            g_value_copy (sides[i], &conflict->values[i]);
            conflict->json[i] = json_parse (_sf_format_member_to_json (pspec, sides[i]));
          }
      g_value_copy (m, &value);
    }

  _sf_node_take_value (dest, pspec, &value);
}

static void
merge_extras (Merger *merger,
              SfNode *dest,
              SfNode *base,
              SfNode *mine,
              SfNode *theirs)
{
  GPtrArray *sides[3] = {
    base ? _sf_node_get_extras (base) : NULL,
    _sf_node_get_extras (mine),
    _sf_node_get_extras (theirs),
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (sides[MINE] == NULL && sides[THEIRS] == NULL && sides[BASE] == NULL)
    return;

  /* Mine's names first, then theirs', then base's (deleted on one side). */
  for (guint s = MINE; s < MINE + 3; s++)
    {
      GPtrArray *extras = sides[s % 3];

      for (guint i = 0; extras != NULL && i < extras->len; i++)
        {
          const char *name = ((SfExtra *) g_ptr_array_index (extras, i))->name;
          int after[3] = { -1, -1, -1 };
          JsonNode *b, *m, *t, *value;
          int where;

          if (!g_hash_table_add (seen, (gpointer) name))
            continue;
          b = extra_value (sides[BASE], name, &after[BASE]);
          m = extra_value (sides[MINE], name, &after[MINE]);
          t = extra_value (sides[THEIRS], name, &after[THEIRS]);

          if (json_equal0 (m, t) || (base != NULL && json_equal0 (b, t)))
            value = m;
          else if (base != NULL && json_equal0 (b, m))
            value = t;
          else
            {
              SfMergeConflictKind kind = SF_MERGE_CONFLICT_CHANGED;
              SfMergeConflict *conflict;
              JsonNode *values[3] = { b, m, t };

              if (base != NULL && b != NULL && m == NULL)
                kind = SF_MERGE_CONFLICT_DELETED_BY_MINE;
              else if (base != NULL && b != NULL && t == NULL)
                kind = SF_MERGE_CONFLICT_DELETED_BY_THEIRS;
              conflict = conflict_new (merger, kind, TARGET_EXTRA, dest);
              conflict->name = g_strdup (name);
              for (guint k = 0; k < 3; k++)
                conflict->json[k] = values[k] ? json_node_copy (values[k]) : NULL;
              /* Until resolved, keep what is there rather than lose it. */
              value = m != NULL ? m : t;
            }

          if (value == NULL)
            continue;
          where = value == m ? after[MINE] : value == t ? after[THEIRS] : after[BASE];
          _sf_node_add_extra (dest, name, json_node_copy (value), where);
        }
    }
}

static void merge_into (Merger *merger,
                        SfNode *dest,
                        SfNode *base,
                        SfNode *mine,
                        SfNode *theirs);

typedef struct
{
  int b;
  int side[2];  /* MINE - 1, THEIRS - 1 */
} Entry;

static gboolean
is_reordered (const int *to_base,
              guint      n)
{
  int last = -1;

  for (guint i = 0; i < n; i++)
    if (to_base[i] >= 0)
      {
        if (to_base[i] < last)
          return TRUE;
        last = to_base[i];
      }
  return FALSE;
}

static void
merge_list (Merger     *merger,
            SfNode     *dest,
            GParamSpec *pspec,
            SfNode     *base,
            SfNode     *mine,
            SfNode     *theirs)
{
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  GPtrArray *b_items = base ? _sf_node_list_get_items (g_value_get_object (_sf_node_peek_value (base, pspec))) : empty;
  GPtrArray *items[2] = {
    _sf_node_list_get_items (g_value_get_object (_sf_node_peek_value (mine, pspec))),
    _sf_node_list_get_items (g_value_get_object (_sf_node_peek_value (theirs, pspec))),
  };
  int *of_base[2] = { g_new (int, b_items->len + 1), g_new (int, b_items->len + 1) };
  int *to_base[2] = { g_new (int, items[0]->len + 1), g_new (int, items[1]->len + 1) };
  int *to_other[2] = { g_new (int, items[0]->len + 1), g_new (int, items[1]->len + 1) };
  GPtrArray *added[2] = { g_ptr_array_new (), g_ptr_array_new () };
  GArray *added_index[2] = { g_array_new (FALSE, FALSE, sizeof (int)),
                             g_array_new (FALSE, FALSE, sizeof (int)) };
  int *added_match[2];
  g_autofree GList **placed = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  GQueue order = G_QUEUE_INIT;
  guint s, o;

  for (guint k = 0; k < 2; k++)
    {
      _sf_list_match (b_items, items[k], SF_LIST_MATCH_REST_IN_ORDER, of_base[k], to_base[k]);
      for (guint i = 0; i < items[k]->len; i++)
        {
          to_other[k][i] = -1;
          if (to_base[k][i] < 0)
            {
              int index = i;

              g_ptr_array_add (added[k], g_ptr_array_index (items[k], i));
              g_array_append_val (added_index[k], index);
            }
        }
    }

  /* The same item added on both sides: matched by id, or equal. */
  added_match[0] = g_new (int, added[0]->len + 1);
  added_match[1] = g_new (int, added[1]->len + 1);
  _sf_list_match (added[0], added[1], SF_LIST_MATCH_EQUAL_ONLY, added_match[0], added_match[1]);
  for (guint i = 0; i < added[0]->len; i++)
    if (added_match[0][i] >= 0)
      {
        int m = g_array_index (added_index[0], int, i);
        int t = g_array_index (added_index[1], int, added_match[0][i]);

        to_other[0][m] = t;
        to_other[1][t] = m;
      }

  /* The skeleton is the order of the side that reordered. */
  s = (is_reordered (to_base[1], items[1]->len) && !is_reordered (to_base[0], items[0]->len)) ? 1 : 0;
  o = 1 - s;
  placed = g_new0 (GList *, items[o]->len + 1);

  for (guint i = 0; i < items[s]->len; i++)
    {
      Entry *entry = g_new (Entry, 1);

      entry->b = to_base[s][i];
      entry->side[s] = i;
      entry->side[o] = entry->b >= 0 ? of_base[o][entry->b] : to_other[s][i];
      g_queue_push_tail (&order, entry);
      if (entry->side[o] >= 0)
        placed[entry->side[o]] = order.tail;
    }

  for (guint j = 0; j < items[o]->len; j++)
    {
      Entry *entry;
      GList *link = NULL;

      if (placed[j] != NULL)
        continue;
      entry = g_new (Entry, 1);
      entry->b = to_base[o][j];
      entry->side[o] = j;
      entry->side[s] = -1;

      for (int k = (int) j - 1; k >= 0 && link == NULL; k--)
        link = placed[k];
      /* After the skeleton's own insertions at that place. */
      for (GList *next = link ? link->next : order.head;
           next != NULL && ((Entry *) next->data)->b < 0 && ((Entry *) next->data)->side[o] < 0;
           next = next->next)
        link = next;
      if (link == NULL)
        g_queue_push_head (&order, entry);
      else
        g_queue_insert_after (&order, link, entry);
      placed[j] = link ? link->next : order.head;
    }

  for (GList *l = order.head; l != NULL; l = l->next)
    {
      Entry *entry = l->data;
      SfNode *b = entry->b >= 0 ? g_ptr_array_index (b_items, entry->b) : NULL;
      SfNode *m = entry->side[0] >= 0 ? g_ptr_array_index (items[0], entry->side[0]) : NULL;
      SfNode *t = entry->side[1] >= 0 ? g_ptr_array_index (items[1], entry->side[1]) : NULL;
      SfNode *node;
      gboolean moved = FALSE;

      if (!follow_moves (merger, &b, &m, &t, &moved))
        continue;

      if (m != NULL && t != NULL && merger->moves && SF_IS_SECTION (m))
        {
          /* A section unchanged on one side may still receive a statement
           * that side moved out of another: merge it statement by statement. */
          node = g_object_new (G_OBJECT_TYPE (m), NULL);
          merge_into (merger, node, b, m, t);
        }
      else if (m != NULL && t != NULL)
        {
          if (sf_node_equal (m, t) || (b != NULL && sf_node_equal (b, t)))
            node = sf_node_copy (m);
          else if (b != NULL && sf_node_equal (b, m))
            node = sf_node_copy (t);
          else
            {
              node = g_object_new (G_OBJECT_TYPE (m), NULL);
              merge_into (merger, node, b, m, t);
            }
        }
      else if (b == NULL)
        node = sf_node_copy (m != NULL ? m : t);
      else if (!moved && sf_node_equal (b, m != NULL ? m : t))
        continue;  /* deleted on one side, unchanged on the other (a move is a change) */
      else
        {
          SfMergeConflict *conflict;

          conflict = conflict_new (merger, m == NULL ? SF_MERGE_CONFLICT_DELETED_BY_MINE
                                                     : SF_MERGE_CONFLICT_DELETED_BY_THEIRS,
                                   TARGET_ITEM, dest);
          node = sf_node_copy (m != NULL ? m : t);
          conflict->pspec = pspec;
          conflict->item = g_object_ref (node);
          conflict->items[BASE] = g_object_ref (b);
          conflict->items[MINE] = m ? g_object_ref (m) : NULL;
          conflict->items[THEIRS] = t ? g_object_ref (t) : NULL;
          for (guint k = 0; k < 3; k++)
            if (conflict->items[k] != NULL)
              conflict->json[k] = json_parse (_sf_format_node_to_json (conflict->items[k]));
        }
      g_ptr_array_add (result, node);
    }
  g_queue_clear_full (&order, g_free);

  for (guint k = 0; k < 2; k++)
    {
      g_free (of_base[k]);
      g_free (to_base[k]);
      g_free (to_other[k]);
      g_free (added_match[k]);
      g_ptr_array_unref (added[k]);
      g_array_unref (added_index[k]);
    }

  _sf_node_list_splice (dest, pspec, 0, 0, result->pdata, result->len);
}

/* Fills the new node @dest, whose type is that of @mine and @theirs, from
 * the three sides; @base is %NULL when both sides added it. */
static void
merge_into (Merger *merger,
            SfNode *dest,
            SfNode *base,
            SfNode *mine,
            SfNode *theirs)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (mine);

  g_assert (G_OBJECT_TYPE (mine) == G_OBJECT_TYPE (theirs));
  g_assert (base == NULL || G_OBJECT_TYPE (base) == G_OBJECT_TYPE (mine));

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];

      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_CHILD:
          merge_into (merger,
                      g_value_get_object (_sf_node_peek_value (dest, pspec)),
                      base ? g_value_get_object (_sf_node_peek_value (base, pspec)) : NULL,
                      g_value_get_object (_sf_node_peek_value (mine, pspec)),
                      g_value_get_object (_sf_node_peek_value (theirs, pspec)));
          break;

        case SF_MEMBER_LIST:
          merge_list (merger, dest, pspec, base, mine, theirs);
          break;

        case SF_MEMBER_STRING:
        case SF_MEMBER_INT:
        case SF_MEMBER_DOUBLE:
        case SF_MEMBER_ENUM:
        case SF_MEMBER_STRV:
        case SF_MEMBER_SCALAR:
        default:
          merge_value (merger, dest, pspec, base, mine, theirs);
          break;
        }
    }

  merge_extras (merger, dest, base, mine, theirs);
}

static char *
dup_target_pointer (SfMergeConflict *self)
{
  g_autofree char *owner = sf_node_dup_pointer (self->owner);
  g_autofree char *escaped = NULL;

  switch (self->target)
    {
    case TARGET_MEMBER:
      return g_strconcat (owner, "/", _sf_member_json_name (self->pspec), NULL);

    case TARGET_EXTRA:
      {
        g_autoptr(GString) str = g_string_new (owner);

        g_string_append_c (str, '/');
        /* RFC 6901: "~" as "~0", "/" as "~1". */
        for (const char *p = self->name; *p; p++)
          if (*p == '~')
            g_string_append (str, "~0");
          else if (*p == '/')
            g_string_append (str, "~1");
          else
            g_string_append_c (str, *p);
        return g_string_free (g_steal_pointer (&str), FALSE);
      }

    case TARGET_ITEM:
    default:
      return sf_node_dup_pointer (self->item);
    }
}

/**
 * sf_merge:
 * @base: (nullable): the common ancestor of @mine and @theirs, or %NULL when
 *   there is none (every difference is then a conflict, and list items
 *   present on one side only are kept)
 * @mine: the local version
 * @theirs: the other version
 * @conflicts: (out) (transfer container) (element-type SfMergeConflict):
 *   the conflicts, in document order, empty when there are none
 * @error: return location for a #GError
 *
 * Merges the changes from @base to @mine and from @base to @theirs; see
 * sf-merge.h for the rules. Fails only when @mine and @theirs are not
 * versions of the same framework (their ids differ).
 *
 * Returns: (transfer full) (nullable): the merged framework, holding mine's
 *   side of each unresolved conflict (and the changed item of a delete/change
 *   conflict); resolving the conflicts changes it
 */
SfFramework *
sf_merge (SfFramework  *base,
          SfFramework  *mine,
          SfFramework  *theirs,
          GPtrArray   **conflicts,
          GError      **error)
{
  g_autoptr(SfFramework) result = NULL;
  Merger merger;

  g_return_val_if_fail (base == NULL || SF_IS_FRAMEWORK (base), NULL);
  g_return_val_if_fail (SF_IS_FRAMEWORK (mine), NULL);
  g_return_val_if_fail (SF_IS_FRAMEWORK (theirs), NULL);
  g_return_val_if_fail (conflicts != NULL, NULL);

  if (g_strcmp0 (sf_framework_get_id (mine), sf_framework_get_id (theirs)) != 0)
    {
      g_set_error (error, SF_MERGE_ERROR, SF_MERGE_ERROR_DIFFERENT_FRAMEWORKS,
                   _("“%s” and “%s” are different frameworks"),
                   sf_framework_get_id (mine) ? sf_framework_get_id (mine) : "",
                   sf_framework_get_id (theirs) ? sf_framework_get_id (theirs) : "");
      return NULL;
    }

  memset (&merger, 0, sizeof merger);
  merger.conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  if (base != NULL)
    index_statements (&merger, BASE, base);
  index_statements (&merger, MINE, mine);
  index_statements (&merger, THEIRS, theirs);
  for (guint k = MINE; base != NULL && k <= THEIRS && !merger.moves; k++)
    for (guint i = 0; i < merger.all_statements[k]->len && !merger.moves; i++)
      {
        SfNode *statement = g_ptr_array_index (merger.all_statements[k], i);
        SfNode *before = statement_elsewhere (&merger, BASE, statement);

        merger.moves = before != NULL && !same_section (before, statement);
      }

  result = sf_framework_new ();
  merge_into (&merger, SF_NODE (result), SF_NODE (base), SF_NODE (mine), SF_NODE (theirs));

  for (guint k = 0; k < 3; k++)
    {
      g_clear_pointer (&merger.statements[k], g_hash_table_unref);
      g_clear_pointer (&merger.all_statements[k], g_ptr_array_unref);
    }

  /* Now that every list is in place, the pointers hold. */
  for (guint i = 0; i < merger.conflicts->len; i++)
    {
      SfMergeConflict *conflict = g_ptr_array_index (merger.conflicts, i);

      conflict->root = g_object_ref (SF_NODE (result));
      conflict->pointer = dup_target_pointer (conflict);
    }

  *conflicts = merger.conflicts;
  return g_steal_pointer (&result);
}

/**
 * sf_merge_conflict_get_kind:
 * @self: a #SfMergeConflict
 *
 * Returns: what the two sides did
 */
SfMergeConflictKind
sf_merge_conflict_get_kind (SfMergeConflict *self)
{
  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), 0);

  return self->kind;
}

/**
 * sf_merge_conflict_get_pointer:
 * @self: a #SfMergeConflict
 *
 * Returns: the RFC 6901 JSON Pointer of the value or item in conflict, in
 *   the merged framework as sf_merge() returned it, such as
 *   `/sections/0/statements/3/text`
 */
const char *
sf_merge_conflict_get_pointer (SfMergeConflict *self)
{
  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), NULL);

  return self->pointer;
}

/**
 * sf_merge_conflict_get_base:
 * @self: a #SfMergeConflict
 *
 * Returns: (transfer none) (nullable): the value in the base, as the file
 *   would hold it, or %NULL when the base had none
 */
JsonNode *
sf_merge_conflict_get_base (SfMergeConflict *self)
{
  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), NULL);

  return self->json[BASE];
}

/**
 * sf_merge_conflict_get_mine:
 * @self: a #SfMergeConflict
 *
 * Returns: (transfer none) (nullable): mine's value, or %NULL when mine
 *   deleted it
 */
JsonNode *
sf_merge_conflict_get_mine (SfMergeConflict *self)
{
  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), NULL);

  return self->json[MINE];
}

/**
 * sf_merge_conflict_get_theirs:
 * @self: a #SfMergeConflict
 *
 * Returns: (transfer none) (nullable): theirs' value, or %NULL when theirs
 *   deleted it
 */
JsonNode *
sf_merge_conflict_get_theirs (SfMergeConflict *self)
{
  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), NULL);

  return self->json[THEIRS];
}

/**
 * sf_merge_conflict_get_resolved:
 * @self: a #SfMergeConflict
 *
 * Returns: whether sf_merge_conflict_resolve() succeeded on @self
 */
gboolean
sf_merge_conflict_get_resolved (SfMergeConflict *self)
{
  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), FALSE);

  return self->resolved;
}

/* Converts a value given as JSON for @pspec; %FALSE if it does not fit. */
static gboolean
value_from_json (GParamSpec *pspec,
                 JsonNode   *json,
                 GValue     *value)
{
  gboolean is_null = json == NULL || JSON_NODE_HOLDS_NULL (json);
  GType type = is_null || !JSON_NODE_HOLDS_VALUE (json) ? G_TYPE_INVALID
                                                        : json_node_get_value_type (json);

  g_value_init (value, pspec->value_type);

  switch (_sf_member_kind (pspec))
    {
    case SF_MEMBER_STRING:
      if (is_null || type == G_TYPE_STRING)
        {
          g_value_set_string (value, is_null ? NULL : json_node_get_string (json));
          return TRUE;
        }
      break;

    case SF_MEMBER_INT:
      if (type == G_TYPE_INT64 && json_node_get_int (json) >= G_MININT &&
          json_node_get_int (json) <= G_MAXINT)
        {
          g_value_set_int (value, (int) json_node_get_int (json));
          return TRUE;
        }
      break;

    case SF_MEMBER_DOUBLE:
      if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        {
          g_value_set_double (value, json_node_get_double (json));
          return TRUE;
        }
      break;

    case SF_MEMBER_ENUM:
      if (type == G_TYPE_STRING)
        {
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
          GEnumValue *ev = g_enum_get_value_by_nick (enum_class, json_node_get_string (json));

          if (ev != NULL)
            {
              g_value_set_enum (value, ev->value);
              return TRUE;
            }
        }
      break;

    case SF_MEMBER_STRV:
      if (!is_null && JSON_NODE_HOLDS_ARRAY (json))
        {
          JsonArray *array = json_node_get_array (json);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          guint n = json_array_get_length (array);

          for (guint i = 0; i < n; i++)
            {
              JsonNode *item = json_array_get_element (array, i);

              if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
                break;
              g_strv_builder_add (builder, json_node_get_string (item));
              if (i + 1 == n)
                {
                  g_value_take_boxed (value, g_strv_builder_end (builder));
                  return TRUE;
                }
            }
          if (n == 0)
            {
              g_value_take_boxed (value, g_strv_builder_end (builder));
              return TRUE;
            }
        }
      break;

    case SF_MEMBER_SCALAR:
      if (is_null)
        return TRUE;
      if (type == G_TYPE_INT64)
        g_value_set_variant (value, g_variant_new_int64 (json_node_get_int (json)));
      else if (type == G_TYPE_DOUBLE)
        g_value_set_variant (value, g_variant_new_double (json_node_get_double (json)));
      else if (type == G_TYPE_STRING)
        g_value_set_variant (value, g_variant_new_string (json_node_get_string (json)));
      else
        break;
      return TRUE;

    case SF_MEMBER_CHILD:
    case SF_MEMBER_LIST:
    default:
      break;
    }

  return FALSE;
}

static void
set_extra (SfNode     *owner,
           const char *name,
           JsonNode   *value,
           int         after)
{
  GPtrArray *extras = _sf_node_get_extras (owner);

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      SfExtra *extra = g_ptr_array_index (extras, i);

      if (strcmp (extra->name, name) == 0)
        {
          after = extra->after;
          g_ptr_array_remove_index (extras, i);
          break;
        }
    }
  if (value != NULL)
    _sf_node_add_extra (owner, name, json_node_copy (value), after);
}

static gboolean
set_item (SfMergeConflict  *self,
          SfNode           *item)
{
  GListModel *list = g_value_get_object (_sf_node_peek_value (self->owner, self->pspec));
  guint position;

  if (sf_node_get_parent (self->item) == self->owner &&
      g_ptr_array_find (_sf_node_list_get_items (list), self->item, &position))
    _sf_node_list_splice (self->owner, self->pspec, position, 1, NULL, 0);
  else
    position = MIN (self->position, g_list_model_get_n_items (list));

  self->position = position;
  if (item != NULL)
    {
      _sf_node_list_splice (self->owner, self->pspec, position, 0, (gpointer *) &item, 1);
      g_set_object (&self->item, item);
    }
  return TRUE;
}

/**
 * sf_merge_conflict_resolve:
 * @self: a #SfMergeConflict
 * @choice: which side to take
 * @value: (nullable): with %SF_MERGE_TAKE_VALUE, the value to take, as the
 *   file would hold it (%NULL or a JSON null deletes an item or an unknown
 *   member)
 * @error: return location for a #GError
 *
 * Resolves @self by changing the merged framework that sf_merge() returned.
 * A conflict may be resolved again, differently, until the merged framework
 * is used.
 *
 * Returns: %FALSE if @value does not fit what is in conflict (the merged
 *   framework is then unchanged)
 */
gboolean
sf_merge_conflict_resolve (SfMergeConflict  *self,
                           SfMergeChoice     choice,
                           JsonNode         *value,
                           GError          **error)
{
  guint side = choice == SF_MERGE_TAKE_MINE ? MINE : THEIRS;

  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), FALSE);
  g_return_val_if_fail (choice <= SF_MERGE_TAKE_VALUE, FALSE);

  switch (self->target)
    {
    case TARGET_MEMBER:
      if (choice == SF_MERGE_TAKE_VALUE)
        {
          g_auto(GValue) given = G_VALUE_INIT;

          if (!value_from_json (self->pspec, value, &given))
            {
              g_set_error (error, SF_MERGE_ERROR, SF_MERGE_ERROR_INVALID_VALUE,
                           _("%s: the value does not fit “%s”"), self->pointer,
                           _sf_member_json_name (self->pspec));
              return FALSE;
            }
          _sf_node_set_value (self->owner, self->pspec, &given);
        }
      else
        _sf_node_set_value (self->owner, self->pspec, &self->values[side]);
      break;

    case TARGET_EXTRA:
      if (choice == SF_MERGE_TAKE_VALUE)
        set_extra (self->owner, self->name,
                   value != NULL && !JSON_NODE_HOLDS_NULL (value) ? value : NULL, -1);
      else
        set_extra (self->owner, self->name, self->json[side], -1);
      break;

    case TARGET_ITEM:
    default:
      if (choice == SF_MERGE_TAKE_VALUE && value != NULL && !JSON_NODE_HOLDS_NULL (value))
        {
          g_autofree char *text = json_to_string (value, FALSE);
          g_autoptr(SfNode) item = _sf_format_parse_node (G_OBJECT_TYPE (self->item), text,
                                                          strlen (text), self->pointer, error);

          if (item == NULL)
            return FALSE;
          set_item (self, item);
        }
      else if (choice == SF_MERGE_TAKE_VALUE || self->items[side] == NULL)
        set_item (self, NULL);
      else
        {
          g_autoptr(SfNode) item = sf_node_copy (self->items[side]);

          set_item (self, item);
        }
      break;
    }

  self->resolved = TRUE;
  return TRUE;
}

/**
 * sf_merge_conflict_to_json:
 * @self: a #SfMergeConflict
 *
 * Describes @self for a program: an object with `pointer`, `kind`
 * (`changed`, `deleted-by-mine`, `deleted-by-theirs`), and `base`, `mine`
 * and `theirs`, each left out where that side has no value.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
sf_merge_conflict_to_json (SfMergeConflict *self)
{
  static const char * const kinds[] = { "changed", "deleted-by-mine", "deleted-by-theirs" };
  static const char * const names[] = { "base", "mine", "theirs" };
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  g_return_val_if_fail (SF_IS_MERGE_CONFLICT (self), NULL);

  json_object_set_string_member (object, "pointer", self->pointer);
  json_object_set_string_member (object, "kind", kinds[self->kind]);
  for (guint i = 0; i < 3; i++)
    if (self->json[i] != NULL)
      json_object_set_member (object, names[i], json_node_copy (self->json[i]));
  json_node_take_object (node, object);
  return node;
}

/**
 * sf_merge_conflicts_resolve_all:
 * @conflicts: (element-type SfMergeConflict): conflicts from sf_merge()
 * @choice: %SF_MERGE_TAKE_MINE or %SF_MERGE_TAKE_THEIRS
 *
 * Resolves every conflict of @conflicts the same way, as an unattended
 * merge that prefers one side does.
 */
void
sf_merge_conflicts_resolve_all (GPtrArray     *conflicts,
                                SfMergeChoice  choice)
{
  g_return_if_fail (conflicts != NULL);
  g_return_if_fail (choice == SF_MERGE_TAKE_MINE || choice == SF_MERGE_TAKE_THEIRS);

  for (guint i = 0; i < conflicts->len; i++)
    sf_merge_conflict_resolve (g_ptr_array_index (conflicts, i), choice, NULL, NULL);
}

/**
 * sf_merge_conflicts_check_resolved:
 * @conflicts: (element-type SfMergeConflict): conflicts from sf_merge()
 * @error: return location for a #GError
 *
 * Returns: %TRUE if every conflict is resolved; otherwise %FALSE, with an
 *   error that names the unresolved ones
 */
gboolean
sf_merge_conflicts_check_resolved (GPtrArray  *conflicts,
                                   GError    **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = 0;

  g_return_val_if_fail (conflicts != NULL, FALSE);

  for (guint i = 0; i < conflicts->len; i++)
    {
      SfMergeConflict *conflict = g_ptr_array_index (conflicts, i);

      if (conflict->resolved)
        continue;
      if (n++ > 0)
        g_string_append (names, ", ");
      g_string_append (names, conflict->pointer);
    }

  if (n == 0)
    return TRUE;
  g_set_error (error, SF_MERGE_ERROR, SF_MERGE_ERROR_UNRESOLVED,
               g_dngettext (GETTEXT_PACKAGE, "%u conflict is not resolved: %s",
                            "%u conflicts are not resolved: %s", n),
               n, names->str);
  return FALSE;
}
