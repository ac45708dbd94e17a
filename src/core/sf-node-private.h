/* sf-node-private.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-node.h"

G_BEGIN_DECLS

/* A member the program does not know, kept where it was: after the known
 * member with index @after in the class's member order (-1: first). */
typedef struct
{
  char     *name;
  JsonNode *value;
  int       after;
} SfExtra;

typedef enum
{
  SF_MEMBER_STRING,
  SF_MEMBER_INT,
  SF_MEMBER_DOUBLE,
  SF_MEMBER_ENUM,
  SF_MEMBER_STRV,
  SF_MEMBER_SCALAR,   /* GVariant: a number or a string */
  SF_MEMBER_CHILD,    /* an SfNode owned by this one */
  SF_MEMBER_LIST,     /* an SfNodeList of SfNode */
} SfMemberKind;

SfMemberKind  _sf_member_kind        (GParamSpec   *pspec);
const char   *_sf_member_json_name   (GParamSpec   *pspec);
gboolean      _sf_member_is_optional (GParamSpec   *pspec);
GType         _sf_member_item_type   (GParamSpec   *pspec);
int           _sf_member_index       (GParamSpec   *pspec);

gboolean      _sf_values_equal       (GParamSpec   *pspec,
                                      const GValue *a,
                                      const GValue *b);

GParamSpec   *_sf_node_class_lookup_json (SfNodeClass *klass,
                                          const char  *json_name,
                                          gsize        len);
const GValue *_sf_node_peek_value    (SfNode       *self,
                                      GParamSpec   *pspec);
/* Stores a value without notifying: for the reader building a new node. */
void          _sf_node_take_value    (SfNode       *self,
                                      GParamSpec   *pspec,
                                      GValue       *value);
/* Stores a value and notifies when it changed; returns whether it did. */
gboolean      _sf_node_set_value     (SfNode       *self,
                                      GParamSpec   *pspec,
                                      const GValue *value);
void          _sf_node_set_parent    (SfNode       *self,
                                      SfNode       *parent,
                                      const char   *member);
GPtrArray    *_sf_node_get_extras    (SfNode       *self);
GPtrArray    *_sf_node_swap_extras   (SfNode       *self,
                                      GPtrArray    *extras);
GPtrArray    *_sf_extras_copy        (GPtrArray    *extras);
gboolean      _sf_extras_equal       (GPtrArray    *a,
                                      GPtrArray    *b);
int           _sf_node_get_index     (SfNode       *self);
guint         _sf_node_get_member_position (SfNode *self);
void          _sf_node_add_extra     (SfNode       *self,
                                      const char   *name,
                                      JsonNode     *value,
                                      int           after);

/* Changes a node list; see _sf_node_list_splice() for the one caller. */
typedef struct _SfNodeList SfNodeList;
void          _sf_node_list_splice_items (SfNodeList *self,
                                          guint       position,
                                          guint       n_removals,
                                          gpointer   *additions,
                                          guint       n_additions);

/* The items of a list member, borrowed, without type checks. */
GPtrArray    *_sf_node_list_get_items (GListModel *list);

/* Inserts items into a list member, setting their parent. */
void          _sf_node_list_splice   (SfNode       *self,
                                      GParamSpec   *pspec,
                                      guint         position,
                                      guint         n_removals,
                                      gpointer     *additions,
                                      guint         n_additions);

/* The flags of every member of every node class: readable by anyone,
 * written only through the functions below (see sf-node.h). */
#define SF_MEMBER_FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Writing members, for the code inside the core that builds detached nodes
 * (the reader, importers, sf_framework_new_empty()) or applies edits (the
 * edit layer); everything else edits through SfDocument. @member is a
 * property name ("job-zone") or a JSON name ("job_zone"); an unknown member
 * or one of another type is a programming error, reported with g_critical().
 * A change notifies; setting the value a member already has does not. */
GParamSpec   *_sf_node_lookup_member (SfNode             *self,
                                      const char         *member);
gpointer      _sf_node_new           (GType               type,
                                      const char         *first_member,
                                      ...) G_GNUC_NULL_TERMINATED;
void          _sf_node_set_string    (SfNode             *self,
                                      const char         *member,
                                      const char         *value);
void          _sf_node_set_int       (SfNode             *self,
                                      const char         *member,
                                      int                 value);
void          _sf_node_set_enum      (SfNode             *self,
                                      const char         *member,
                                      int                 value);
void          _sf_node_set_double    (SfNode             *self,
                                      const char         *member,
                                      double              value);
void          _sf_node_set_strv      (SfNode             *self,
                                      const char         *member,
                                      const char * const *value);
void          _sf_node_set_variant   (SfNode             *self,
                                      const char         *member,
                                      GVariant           *value);
void          _sf_node_list_append   (SfNode             *self,
                                      const char         *member,
                                      SfNode             *item);

G_END_DECLS
