/* sf-node.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One way to change a document. Every member of every node is a read-only
 * GObject property that notifies when its value changes, so that:
 *
 * - views read the model and bind one way, model to widget
 *   (g_object_bind_property() with G_BINDING_SYNC_CREATE, never
 *   G_BINDING_BIDIRECTIONAL); GObject refuses g_object_set() on a member;
 * - every write goes through SfDocument (sf-document.h), which records it
 *   for undo, marks the document modified and emits ::changed, which keeps
 *   validation and suggestions current;
 * - only the core's own code that builds nodes nobody watches yet (the
 *   reader, importers, sf_framework_new_empty()) or that applies the edit
 *   layer's operations writes members directly, through sf-node-private.h.
 */

#pragma once

#include <gio/gio.h>

#include "sf-types.h"

G_BEGIN_DECLS

#define SF_TYPE_NODE (sf_node_get_type ())

G_DECLARE_DERIVABLE_TYPE (SfNode, sf_node, SF, NODE, GObject)

/**
 * SfNodeClass:
 *
 * The base of every object in a framework document. A node keeps its
 * properties in generic storage so that the JSON reader and writer, the
 * edit layer and the validator can treat every kind of object alike; each
 * subclass declares its members with sf_node_class_install_properties().
 */
struct _SfNodeClass
{
  GObjectClass parent_class;

  /*< private >*/
  GParamSpec **members;
  guint        n_members;
  GHashTable  *by_json_name;
  gpointer     padding[4];
};

SfNode      *sf_node_get_parent        (SfNode       *self);
const char  *sf_node_get_parent_member (SfNode       *self);
char        *sf_node_dup_pointer       (SfNode       *self);
const char  *sf_node_get_id            (SfNode       *self);
const char  *sf_node_get_string        (SfNode       *self,
                                        const char   *property);
GListModel  *sf_node_get_list          (SfNode       *self,
                                        const char   *property);
SfNode      *sf_node_get_child         (SfNode       *self,
                                        const char   *property);
guint        sf_node_get_n_extras      (SfNode       *self);
gboolean     sf_node_equal             (SfNode       *a,
                                        SfNode       *b);
gpointer     sf_node_copy              (SfNode       *self);

void         sf_node_class_install_properties (SfNodeClass  *klass,
                                               guint         n_pspecs,
                                               GParamSpec  **pspecs);
void         sf_param_spec_set_optional       (GParamSpec   *pspec);
void         sf_param_spec_set_list_type      (GParamSpec   *pspec,
                                               GType         item_type);

G_END_DECLS

G_BEGIN_DECLS
gpointer     sf_list_find_by_id        (GListModel   *list,
                                        const char   *id,
                                        guint        *position);
G_END_DECLS
