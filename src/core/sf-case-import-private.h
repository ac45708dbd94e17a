/* sf-case-import-private.h: what the parts of the CASE import share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "sf-case-private.h"
#include "sf-json.h"

G_BEGIN_DECLS

/* How many problems of a package the message names. */
#define MAX_PROBLEMS 50

typedef enum
{
  ROLE_NONE,
  ROLE_SECTION,
  ROLE_LEVEL,
  ROLE_STATEMENT,
} Role;

typedef struct _Item Item;
struct _Item
{
  const SfJsonValue *value;  /* the CFItem, as read */
  const SfJsonValue *ext;   /* its extensions.skillframe, if any */
  const SfJsonValue *position;  /* its place in its section, from the extension */
  const char *identifier;
  guint       index;
  const SfJsonValue *child_of;  /* the isChildOf association that places it */
  guint       child_of_index;
  Item       *parent;       /* NULL: the document */
  GPtrArray  *children;
  gboolean    visited;
  Role        role;
  JsonObject *node;         /* the section or statement it became */
  JsonObject *section;      /* a level's section */
  char       *level_id;     /* a level's id */
  char       *default_identifier;
};

/* The package stays in the reader's tree (sf-json.h), which costs a
 * fraction of json-glib's in time and memory: only the document, the
 * extensions and what is kept are made json-glib nodes. */
typedef struct
{
  const char *filename;
  SfJsonDoc  *doc;
  SfJsonValue *package;
  SfJsonValue *document_value;
  JsonObject *document;
  const char *document_id;
  GHashTable *items;        /* identifier → Item */
  GHashTable *refused;      /* identifiers of items with problems of their own */
  GHashTable *associations; /* identifier → CFAssociation (SfJsonValue) */
  GPtrArray  *item_list;
  GPtrArray  *top;          /* the document's children */
  GString    *problems;
  guint       n_problems;
  gboolean    ours;
  char       *date;
  JsonObject *framework;
  GHashTable *present;      /* section → the levels its items stand for */
  GHashTable *used_ids;     /* ids given to sections and statements */
} Import;

static inline const SfJsonValue *
v_member (const SfJsonValue *object,
          const char        *name)
{
  return sf_json_value_get_member (object, name);
}

static inline const char *
v_string (const SfJsonValue *object,
          const char        *name)
{
  const SfJsonValue *value = v_member (object, name);

  return value != NULL && value->type == SF_JSON_STRING ? value->s : NULL;
}

static inline const SfJsonValue *
v_object (const SfJsonValue *object,
          const char        *name)
{
  const SfJsonValue *value = v_member (object, name);

  return value != NULL && value->type == SF_JSON_OBJECT ? value : NULL;
}

static inline const SfJsonValue *
v_array (const SfJsonValue *object,
         const char        *name)
{
  const SfJsonValue *value = v_member (object, name);

  return value != NULL && value->type == SF_JSON_ARRAY ? value : NULL;
}

/* Reads the package's shape (sf-case-package.c): the problems found go
 * into @import's; FALSE when there are any. */
gboolean _sf_case_check_package (Import     *import);
void     _sf_case_item_free     (gpointer    data);
/* Whether @name is a member of CASE 1.0 that 1.1 lacks. */
gboolean _sf_case_is_1_0_member (const char *name);

G_END_DECLS
