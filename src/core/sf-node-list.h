/* sf-node-list.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SF_TYPE_NODE_LIST (sf_node_list_get_type ())

G_DECLARE_FINAL_TYPE (SfNodeList, sf_node_list, SF, NODE_LIST, GObject)

SfNodeList *sf_node_list_new    (GType        item_type);
gpointer    sf_node_list_peek   (SfNodeList  *self,
                                 guint        position);

G_END_DECLS
