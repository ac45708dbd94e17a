/* sf-case-private.h: what CASE export and import share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-case.h"

G_BEGIN_DECLS

/* The member of a framework, section or statement (unknown members to the
 * framework format) that keeps what a CASE import could not place; see
 * data/schema/CASE.md. */
#define SF_CASE_MEMBER "case"
/* The member of CASE extensions where the export puts what CASE has no
 * field for. */
#define SF_CASE_EXTENSION "skillframe"
/* The member of a statement's extension that gives its place in its
 * section, when the section's statements interleave levels. */
#define SF_CASE_POSITION "position"
/* The member of the document's extension that says its date is one an
 * import kept, not the date of the export. */
#define SF_CASE_KEPT_DATE "keptLastChangeDateTime"

/* Where the objects of a package go one by one, for the import, which
 * compares each with the package it reads and needs no package of its own
 * in memory: each item is given once its overlays are laid, and before an
 * association links to it, and may be changed by the callee; each
 * association is dropped after. */
typedef struct
{
  void     (*item)        (JsonObject *item,
                           gpointer    data);
  void     (*association) (JsonObject *association,
                           gpointer    data);
  gpointer   data;
} SfCaseSink;

/* The members CASE 1.1 has for each kind of object; the export moves any
 * other into the object's extensions. */
extern const char * const _sf_case_document_members[];
extern const char * const _sf_case_item_members[];
extern const char * const _sf_case_association_members[];
extern const char * const _sf_case_package_members[];

/* The package of the framework @framework (a framework in the JSON of the
 * framework format); @last_change dates what carries no date of its own.
 * With a @sink, the items and associations go there, not in the package. */
JsonNode   *_sf_case_build        (JsonObject       *framework,
                                   const char       *last_change,
                                   const SfCaseSink *sink);
void        _sf_case_apply_overlay (JsonObject *object,
                                    JsonObject *overlay);
char       *_sf_case_date_string  (GDateTime  *date);
JsonNode   *_sf_case_copy         (JsonNode   *node);
gboolean    _sf_case_is_uuid      (const char *str);
/* The identifier the export gives the object of id @id (%NULL: none),
 * named @key ("document", "section/ID", "section/ID/level/ID",
 * "statement/ID"). */
char       *_sf_case_identifier   (const char *framework_id,
                                   const char *id,
                                   const char *key);

/* Members and elements of the json-glib trees of a framework and a package,
 * or %NULL where they are absent or of another type: what an import or an
 * author put in a framework's extensions may have any shape. */
static inline const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static inline JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static inline JsonObject *
object_at (JsonArray *array,
           guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* The first object of @array whose "id" is @id. */
static inline JsonObject *
find_by_id (JsonArray  *array,
            const char *id)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_at (array, i);

      if (object != NULL && g_strcmp0 (get_string (object, "id"), id) == 0)
        return object;
    }
  return NULL;
}

G_END_DECLS
