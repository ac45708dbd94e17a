/* sf-node-list.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-node-list.h"
#include "sf-node-private.h"

/**
 * SfNodeList:
 *
 * The lists of a framework document: a #GListModel over an array. A
 * framework has a list per statement (its citations) and thousands of
 * statements; GListStore's balanced tree costs more to build, walk and free
 * than the lists are long, and our lists change by a few items at a time.
 */
struct _SfNodeList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SfNodeList, sf_node_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sf_node_list_get_item_type (GListModel *model)
{
  return SF_NODE_LIST (model)->item_type;
}

static guint
sf_node_list_get_n_items (GListModel *model)
{
  return SF_NODE_LIST (model)->items->len;
}

static gpointer
sf_node_list_get_item (GListModel *model,
                       guint       position)
{
  SfNodeList *self = SF_NODE_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sf_node_list_get_item_type;
  iface->get_n_items = sf_node_list_get_n_items;
  iface->get_item = sf_node_list_get_item;
}

static void
sf_node_list_finalize (GObject *object)
{
  SfNodeList *self = SF_NODE_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (sf_node_list_parent_class)->finalize (object);
}

static void
sf_node_list_class_init (SfNodeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_node_list_finalize;
}

static void
sf_node_list_init (SfNodeList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * sf_node_list_new:
 * @item_type: the type of the items
 *
 * Returns: (transfer full): a new, empty list
 */
SfNodeList *
sf_node_list_new (GType item_type)
{
  SfNodeList *self = g_object_new (SF_TYPE_NODE_LIST, NULL);

  self->item_type = item_type;
  return self;
}

/**
 * sf_node_list_peek:
 * @self: a #SfNodeList
 * @position: a position in the list
 *
 * Returns: (transfer none) (nullable): the item at @position
 */
gpointer
sf_node_list_peek (SfNodeList *self,
                   guint       position)
{
  g_return_val_if_fail (SF_IS_NODE_LIST (self), NULL);

  return position < self->items->len ? g_ptr_array_index (self->items, position) : NULL;
}

/*
 * _sf_node_list_splice:
 * @self: a #SfNodeList
 * @position: where to remove and add
 * @n_removals: how many items to remove
 * @additions: (array length=n_additions): the items to add
 * @n_additions: how many
 *
 * Changes the list as g_list_store_splice() does, and emits
 * #GListModel::items-changed once. Only the node that holds the list calls
 * it (_sf_node_list_splice()), keeping the items' parents right.
 */
void
_sf_node_list_splice_items (SfNodeList *self,
                     guint       position,
                     guint       n_removals,
                     gpointer   *additions,
                     guint       n_additions)
{
  g_return_if_fail (SF_IS_NODE_LIST (self));
  g_return_if_fail (position + n_removals <= self->items->len);

  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      guint old_len = self->items->len;

      /* Open a gap at @position and fill it. */
      g_ptr_array_set_size (self->items, old_len + n_additions);
      memmove (&self->items->pdata[position + n_additions], &self->items->pdata[position],
               (old_len - position) * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        self->items->pdata[position + i] = g_object_ref (additions[i]);
    }

  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

/* The items of a node list, borrowed: for the core's own loops, which would
 * otherwise pay a GListModel interface check and a reference per item. */
GPtrArray *
_sf_node_list_get_items (GListModel *list)
{
  return ((SfNodeList *) list)->items;
}
