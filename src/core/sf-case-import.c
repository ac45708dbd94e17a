/* sf-case-import.c: CASE 1.0 and 1.1 import
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CFPackage becomes a framework by its item tree (data/schema/CASE.md has
 * the mapping): the document's children are sections, an item of type
 * "Level" below a section is a level of the section's scale, and every
 * other item below a section is a statement, in the tree's order. Nothing
 * is dropped: the import generates the package of the framework it built
 * (sf-case-export.c) and keeps, in the unknown member "case" of the
 * framework, section or statement, every member of every CASE object that
 * the generated one lacks or has otherwise, and every association that the
 * export would not make; the export lays them back. A package Skillframe
 * exported carries what CASE has no field for in `extensions.skillframe`,
 * so that it comes back as the framework it was.
 *
 * A package that is not a clean tree is refused, with every problem found
 * named by its item or association: wrong types, duplicate identifiers,
 * associations from or to unknown items, items that no isChildOf chain
 * leads from to the document. That check, and the reading of the tree, are
 * sf-case-package.c's; this file maps the tree to a framework and finds
 * what to keep.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-case-import-private.h"
#include "sf-format.h"
#include "sf-format-private.h"
#include "sf-json.h"
#include "sf-model.h"

G_DEFINE_QUARK (sf-case-error-quark, sf_case_error)

static JsonObject *
v_to_object (const SfJsonValue *value)
{
  g_autoptr(JsonNode) node = sf_json_value_to_node (value);

  return json_object_ref (json_node_get_object (node));
}

/* Whether a value as read and a node as made are the same JSON. */
static gboolean
v_equal (const SfJsonValue *value,
         JsonNode          *node)
{
  switch (value->type)
    {
    case SF_JSON_NULL:
      return JSON_NODE_HOLDS_NULL (node);
    case SF_JSON_FALSE:
    case SF_JSON_TRUE:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
             json_node_get_boolean (node) == (value->type == SF_JSON_TRUE);
    case SF_JSON_INT:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
             json_node_get_int (node) == value->i;
    case SF_JSON_DOUBLE:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE &&
             json_node_get_double (node) == value->d;
    case SF_JSON_STRING:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
             strcmp (json_node_get_string (node), value->s) == 0;
    case SF_JSON_ARRAY:
      {
        JsonArray *array;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return FALSE;
        array = json_node_get_array (node);
        if (json_array_get_length (array) != value->n)
          return FALSE;
        for (guint i = 0; i < value->n; i++)
          if (!v_equal (value->items[i], json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case SF_JSON_OBJECT:
      {
        JsonObject *object;

        if (!JSON_NODE_HOLDS_OBJECT (node))
          return FALSE;
        object = json_node_get_object (node);
        if (json_object_get_size (object) != value->n)
          return FALSE;
        for (guint i = 0; i < value->n; i++)
          {
            JsonNode *member = json_object_get_member (object, value->members[i].name);

            if (member == NULL || !v_equal (value->members[i].value, member))
              return FALSE;
          }
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

static JsonObject *
extension (JsonObject *object)
{
  return get_object (get_object (object, "extensions"), SF_CASE_EXTENSION);
}

static JsonObject *
ensure_object (JsonObject *object,
               const char *name)
{
  if (get_object (object, name) == NULL)
    json_object_set_object_member (object, name, json_object_new ());
  return get_object (object, name);
}

static void
copy_member (JsonObject *to,
             const char *name,
             JsonObject *from,
             const char *from_name)
{
  JsonNode *node = from != NULL ? json_object_get_member (from, from_name) : NULL;

  if (node != NULL)
    json_object_set_member (to, name, _sf_case_copy (node));
}

/* The members of @from but those in @skip, copied to @to. */
static void
copy_others (JsonObject         *to,
             JsonObject         *from,
             const char * const *skip)
{
  g_autoptr(GList) names = NULL;

  if (from == NULL)
    return;
  names = json_object_get_members (from);
  for (const GList *l = names; l; l = l->next)
    if (!g_strv_contains (skip, l->data) && !json_object_has_member (to, l->data))
      json_object_set_member (to, l->data, _sf_case_copy (json_object_get_member (from, l->data)));
}

/* copy_others(), from an object as read. */
static void
v_copy_others (JsonObject         *to,
               const SfJsonValue  *from,
               const char * const *skip)
{
  for (guint i = 0; from != NULL && i < from->n; i++)
    {
      const char *name = from->members[i].name;

      if (!g_strv_contains (skip, name) && !json_object_has_member (to, name))
        json_object_set_member (to, name, sf_json_value_to_node (from->members[i].value));
    }
}

/* abbreviatedStatement, else humanCodingScheme, but not when that is only
 * the id Skillframe's export put there. */
static const char *
title_of (Item *item)
{
  const char *title = v_string (item->value, "abbreviatedStatement");
  const char *code = v_string (item->value, "humanCodingScheme");

  if (title == NULL && code != NULL && g_strcmp0 (code, v_string (item->ext, "id")) != 0)
    title = code;
  return title;
}

/* The id of the section or statement that @item becomes: the one its
 * extension gives, unless another object has it already or an item of the
 * package is named so; else the item's own identifier, which no other item
 * has. Ids stay unique, so that the objects' CASE identifiers do. */
static const char *
unique_id (Import *import,
           Item   *item)
{
  const char *id = v_string (item->ext, "id");
  char *chosen;

  if (id == NULL || g_hash_table_contains (import->used_ids, id) ||
      (strcmp (id, item->identifier) != 0 && g_hash_table_contains (import->items, id)))
    id = item->identifier;
  chosen = g_strdup (id);
  for (guint n = 2; g_hash_table_contains (import->used_ids, chosen); n++)
    {
      g_free (chosen);
      chosen = g_strdup_printf ("%s-%u", item->identifier, n);
    }
  g_hash_table_add (import->used_ids, chosen);
  return chosen;
}

static const char * const statement_known[] = {
  "id", "level", "title", "text", "citations", "anchors", SF_CASE_POSITION, NULL
};

static void
add_statement (Import     *import,
               JsonArray  *statements,
               Item       *item,
               const char *level_id)
{
  const SfJsonValue *ext = item->ext;
  JsonObject *statement = json_object_new ();
  const char *title = title_of (item);
  const char *id = unique_id (import, item);
  const char *level = v_string (ext, "level");

  item->role = ROLE_STATEMENT;
  item->node = statement;
  json_object_set_string_member (statement, "id", id);
  json_object_set_string_member (statement, "level", level != NULL ? level : level_id);
  json_object_set_string_member (statement, "title", title != NULL ? title : "");
  json_object_set_string_member (statement, "text", v_string (item->value, "fullStatement"));
  if (v_array (ext, "citations") != NULL)
    json_object_set_member (statement, "citations", sf_json_value_to_node (v_array (ext, "citations")));
  else
    json_object_set_array_member (statement, "citations", json_array_new ());
  if (v_array (ext, "anchors") != NULL)
    json_object_set_member (statement, "anchors", sf_json_value_to_node (v_array (ext, "anchors")));
  else
    json_object_set_array_member (statement, "anchors", json_array_new ());
  v_copy_others (statement, ext, statement_known);
  json_array_add_object_element (statements, statement);
}

/* An item and everything below it, in the tree's order, as statements;
 * their items are added to @items. */
static void
add_statements (Import     *import,
                JsonArray  *statements,
                Item       *root,
                const char *level_id,
                GPtrArray  *items)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      Item *item = g_ptr_array_steal_index (stack, stack->len - 1);

      add_statement (import, statements, item, level_id);
      g_ptr_array_add (items, item);
      for (guint i = item->children->len; i > 0; i--)
        g_ptr_array_add (stack, g_ptr_array_index (item->children, i - 1));
    }
}

static const char *
section_kind (Item *item)
{
  const char *kind = v_string (item->ext, "kind");
  const char *type = v_string (item->value, "CFItemType");

  if (kind != NULL)
    return kind;
  if (g_strcmp0 (type, "AI Usage") == 0)
    return "ai-usage";
  if (g_strcmp0 (type, "Durable Skill Domain") == 0)
    return "durable";
  return "competencies";
}

static gboolean
is_level_item (Item *item)
{
  return g_strcmp0 (v_string (item->value, "CFItemType"), "Level") == 0;
}

static JsonObject *
section_case (JsonObject *section)
{
  return ensure_object (section, SF_CASE_MEMBER);
}

static JsonObject *
level_case (JsonObject *section,
            const char *level_id)
{
  return ensure_object (ensure_object (section_case (section), "levels"), level_id);
}

/* Levels of the scale that no item of the package stands for. */
static void
mark_virtual_levels (Import     *import,
                     JsonObject *section,
                     GHashTable *present)
{
  JsonArray *scales = get_array (import->framework, "scales");
  JsonObject *scale = find_by_id (scales, get_string (section, "scale"));
  JsonArray *levels = get_array (scale, "levels");

  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    {
      const char *level_id = get_string (object_at (levels, i), "id");

      if (level_id != NULL && !g_hash_table_contains (present, level_id))
        json_object_set_boolean_member (level_case (section, level_id), "virtual", TRUE);
    }
}

/* A section whose statements interleave levels (Advanced, Emerging,
 * Advanced…) cannot say their order by its tree, which puts each below its
 * level: Skillframe's export gives each statement its place in the
 * section. When the places of all the statements of @items are those of a
 * list of them, that is their order; else the tree's. */
static void
order_by_position (Import     *import,
                   JsonObject *section,
                   GPtrArray  *items)
{
  g_autofree Item **slots = g_new0 (Item *, items->len + 1);
  JsonArray *ordered;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      const SfJsonValue *position = item->position;

      if (position == NULL || position->type != SF_JSON_INT || position->i < 0 ||
          position->i >= (gint64) items->len || slots[position->i] != NULL)
        return;
      slots[position->i] = item;
    }
  /* Ids two items ask for go to the first in the section's order, as they
   * did in the framework exported. */
  for (guint i = 0; i < items->len; i++)
    g_hash_table_remove (import->used_ids, get_string (slots[i]->node, "id"));
  ordered = json_array_sized_new (items->len);
  for (guint i = 0; i < items->len; i++)
    {
      json_object_set_string_member (slots[i]->node, "id", unique_id (import, slots[i]));
      json_array_add_object_element (ordered, json_object_ref (slots[i]->node));
    }
  json_object_set_array_member (section, "statements", ordered);
}

static const char * const section_known[] = { "id", "kind", "title", "description", "scale", "statements", NULL };

static void
add_section (Import    *import,
             JsonArray *sections,
             Item      *item)
{
  const SfJsonValue *ext = item->ext;
  JsonObject *section = json_object_new ();
  JsonArray *statements = json_array_new ();
  const char *id = unique_id (import, item);
  const char *full = v_string (item->value, "fullStatement");
  const char *title = title_of (item);
  GHashTable *present = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *scales = get_array (import->framework, "scales");
  g_autofree char *scale_id = NULL;
  JsonObject *scale;
  JsonArray *levels;
  guint n_levels = 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  if (title == NULL)
    title = full;
  item->role = ROLE_SECTION;
  item->node = section;
  g_hash_table_insert (import->present, section, present);

  for (guint i = 0; i < item->children->len; i++)
    if (is_level_item (g_ptr_array_index (item->children, i)))
      n_levels++;
  if (v_string (ext, "scale") != NULL)
    scale_id = g_strdup (v_string (ext, "scale"));
  else if (n_levels > 0)
    {
      /* A package's own levels make a scale of the section's, named by
       * the section: the export of the framework made describes that scale
       * in the document's extension, and its import takes it again. */
      scale_id = g_strconcat (id, "-levels", NULL);
    }
  else
    scale_id = g_strdup ("case");
  scale = find_by_id (scales, scale_id);
  if (scale == NULL && n_levels > 0)
    {
      scale = json_object_new ();
      json_object_set_string_member (scale, "id", scale_id);
      json_object_set_string_member (scale, "name", title);
      json_object_set_array_member (scale, "levels", json_array_new ());
      json_array_add_object_element (scales, scale);
    }
  levels = get_array (scale, "levels");

  json_object_set_string_member (section, "id", id);
  json_object_set_string_member (section, "kind", section_kind (item));
  json_object_set_string_member (section, "title", title);
  if (g_strcmp0 (full, title) != 0)
    json_object_set_string_member (section, "description", full);
  json_object_set_string_member (section, "scale", scale_id);
  json_object_set_array_member (section, "statements", statements);
  v_copy_others (section, ext, section_known);

  for (guint i = 0, k = 0; i < item->children->len; i++)
    {
      Item *child = g_ptr_array_index (item->children, i);

      if (is_level_item (child))
        {
          const char *level_id = v_string (child->ext, "level");

          child->role = ROLE_LEVEL;
          child->section = section;
          k++;
          if (level_id == NULL || g_hash_table_contains (present, level_id))
            child->level_id = g_strdup_printf ("level-%u", k);
          else
            child->level_id = g_strdup (level_id);
          for (guint n = 2; g_hash_table_contains (present, child->level_id); n++)
            {
              g_free (child->level_id);
              child->level_id = g_strdup_printf ("level-%u-%u", k, n);
            }
          g_hash_table_add (present, child->level_id);
          /* A level the scale lacks joins it: nothing of the tree is lost. */
          if (levels != NULL && find_by_id (levels, child->level_id) == NULL)
            {
              JsonObject *level = json_object_new ();

              json_object_set_string_member (level, "id", child->level_id);
              json_object_set_string_member (level, "name", v_string (child->value, "fullStatement"));
              if (v_string (child->value, "alternativeLabel") != NULL)
                json_object_set_string_member (level, "label", v_string (child->value, "alternativeLabel"));
              json_array_add_object_element (levels, level);
            }
          for (guint j = 0; j < child->children->len; j++)
            add_statements (import, statements, g_ptr_array_index (child->children, j), child->level_id,
                            items);
        }
      else
        add_statements (import, statements, child, "all", items);
    }
  order_by_position (import, section, items);

  json_array_add_object_element (sections, section);
}

static const char *
status_of (const char *adoption)
{
  if (g_strcmp0 (adoption, "Adopted") == 0)
    return "published";
  if (g_strcmp0 (adoption, "In Review") == 0)
    return "in-review";
  return "draft";
}

static const char * const framework_known[] = {
  "format", "id", "version", "status", "occupation", "scales", "sections", "evidence",
  "onet", "sources", "rights", "validation", SF_CASE_KEPT_DATE, NULL
};
static const char * const occupation_known[] = { "title", "soc_code", "job_zone", "job_zone_name", "context", NULL };

/* The framework of the package, in the JSON of the framework format,
 * without what is kept yet. */
static void
build_framework (Import *import)
{
  JsonObject *document = import->document;
  JsonObject *ext = extension (document);
  JsonObject *framework = json_object_new ();
  JsonObject *occupation = json_object_new ();
  JsonObject *ext_occupation = get_object (ext, "occupation");
  JsonArray *sections = json_array_new ();
  gboolean flat = TRUE;

  import->framework = framework;
  /* A package Skillframe exported is dated by its export, unless the date
   * is one an import kept. */
  import->ours = ext != NULL && get_string (ext, SF_CASE_KEPT_DATE) == NULL;

  json_object_set_string_member (framework, "format", "skillframe/1");
  json_object_set_string_member (framework, "id", get_string (ext, "id") ? get_string (ext, "id") : import->document_id);
  json_object_set_string_member (framework, "version", get_string (document, "version") ? get_string (document, "version") : "");
  json_object_set_string_member (framework, "status", get_string (ext, "status") ? get_string (ext, "status")
                                                       : status_of (get_string (document, "adoptionStatus")));

  json_object_set_string_member (occupation, "title", get_string (document, "title"));
  if (ext_occupation != NULL)
    {
      copy_member (occupation, "soc_code", ext_occupation, "soc_code");
      copy_member (occupation, "job_zone", ext_occupation, "job_zone");
      copy_member (occupation, "job_zone_name", ext_occupation, "job_zone_name");
    }
  /* A package of another tool has no O*NET-SOC code nor job zone: they are
   * left empty for validation to report, not guessed. */
  if (!json_object_has_member (occupation, "soc_code"))
    json_object_set_string_member (occupation, "soc_code", "");
  if (!json_object_has_member (occupation, "job_zone"))
    json_object_set_int_member (occupation, "job_zone", 0);
  copy_member (occupation, "context", document, "description");
  copy_others (occupation, ext_occupation, occupation_known);
  json_object_set_object_member (framework, "occupation", occupation);

  if (get_array (ext, "scales") != NULL)
    copy_member (framework, "scales", ext, "scales");
  else
    json_object_set_array_member (framework, "scales", json_array_new ());
  json_object_set_array_member (framework, "sections", sections);

  for (guint i = 0; i < import->top->len; i++)
    if (((Item *) g_ptr_array_index (import->top, i))->children->len > 0)
      flat = FALSE;

  if (flat && import->top->len > 0)
    {
      /* Items straight below the document, none with children: one section
       * that stands for the document itself. */
      JsonObject *section = json_object_new ();
      JsonArray *statements = json_array_new ();
      g_autoptr(GPtrArray) flat_items = g_ptr_array_new ();

      json_object_set_string_member (section, "id", "case");
      json_object_set_string_member (section, "kind", "competencies");
      json_object_set_string_member (section, "title", get_string (document, "title"));
      json_object_set_string_member (section, "scale", "case");
      json_object_set_array_member (section, "statements", statements);
      json_object_set_boolean_member (section_case (section), "virtual", TRUE);
      g_hash_table_add (import->used_ids, g_strdup ("case"));
      for (guint i = 0; i < import->top->len; i++)
        add_statements (import, statements, g_ptr_array_index (import->top, i), "all", flat_items);
      json_array_add_object_element (sections, section);
    }
  else
    for (guint i = 0; i < import->top->len; i++)
      add_section (import, sections, g_ptr_array_index (import->top, i));

  /* The one level of the items that are on none. */
  for (guint i = 0; i < json_array_get_length (sections); i++)
    if (g_strcmp0 (get_string (object_at (sections, i), "scale"), "case") == 0 &&
        find_by_id (get_array (framework, "scales"), "case") == NULL)
      {
        JsonObject *scale = json_object_new ();
        JsonArray *levels = json_array_new ();
        JsonObject *level = json_object_new ();

        json_object_set_string_member (level, "id", "all");
        json_object_set_string_member (level, "name", "All items");
        json_array_add_object_element (levels, level);
        json_object_set_string_member (scale, "id", "case");
        json_object_set_string_member (scale, "name", "CASE items");
        json_object_set_array_member (scale, "levels", levels);
        json_array_add_object_element (get_array (framework, "scales"), scale);
      }
  /* The levels that no item stands for, once every section has added its
   * own to the scales. */
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *section = object_at (sections, i);
      GHashTable *present = g_hash_table_lookup (import->present, section);

      if (present != NULL)
        mark_virtual_levels (import, section, present);
      else if (g_strcmp0 (get_string (section, "scale"), "case") == 0)
        json_object_set_boolean_member (level_case (section, "all"), "virtual", TRUE);
    }

  if (get_array (ext, "evidence") != NULL)
    copy_member (framework, "evidence", ext, "evidence");
  else
    json_object_set_array_member (framework, "evidence", json_array_new ());
  if (get_object (ext, "onet") != NULL)
    copy_member (framework, "onet", ext, "onet");
  else
    {
      JsonObject *onet = json_object_new ();

      json_object_set_string_member (onet, "release", "");
      json_object_set_array_member (onet, "anchors", json_array_new ());
      json_object_set_object_member (framework, "onet", onet);
    }
  if (get_array (ext, "sources") != NULL)
    copy_member (framework, "sources", ext, "sources");
  else
    json_object_set_array_member (framework, "sources", json_array_new ());
  copy_member (framework, "rights", document, "notes");
  copy_member (framework, "validation", ext, "validation");
  copy_others (framework, ext, framework_known);
}

/* What @original (as read) has that @generated lacks or has otherwise; a
 * null for what @generated has and @original lacks. The export's own
 * extension is never removed. The overlay's members come in the order of
 * @generated, then in the order of @original: a package of our own export
 * has the generated members first and the overlaid ones after, in the
 * overlay's order, so that its import keeps the same overlay, member for
 * member, as the import of the package exported. */
static JsonObject *
diff (JsonObject        *generated,
      const SfJsonValue *original,
      gboolean           in_extensions)
{
  JsonObject *overlay = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *g;

  json_object_iter_init_ordered (&iter, generated);
  while (json_object_iter_next_ordered (&iter, &name, &g))
    {
      const SfJsonValue *o = v_member (original, name);

      if (o == NULL)
        {
          if (!(in_extensions ? strcmp (name, SF_CASE_EXTENSION) == 0 : strcmp (name, "extensions") == 0))
            json_object_set_null_member (overlay, name);
          continue;
        }
      if (v_equal (o, g))
        continue;
      if (!in_extensions && strcmp (name, "extensions") == 0 && JSON_NODE_HOLDS_OBJECT (g) &&
          o->type == SF_JSON_OBJECT)
        {
          JsonObject *sub = diff (json_node_get_object (g), o, TRUE);

          if (json_object_get_size (sub) > 0)
            json_object_set_object_member (overlay, "extensions", sub);
          else
            json_object_unref (sub);
          continue;
        }
      json_object_set_member (overlay, name, sf_json_value_to_node (o));
    }
  /* CASE 1.0's members last, where the import of an export puts them back
   * (normalize_members()). */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < original->n; i++)
      {
        name = original->members[i].name;
        if (_sf_case_is_1_0_member (name) == (pass == 0) || json_object_has_member (generated, name))
          continue;
        json_object_set_member (overlay, name, sf_json_value_to_node (original->members[i].value));
      }
  return overlay;
}

static void
keep (JsonObject *kept,
      const char *name,
      JsonObject *overlay)
{
  if (json_object_get_size (overlay) > 0)
    json_object_set_object_member (kept, name, overlay);
  else
    json_object_unref (overlay);
}

/* Where what is kept of an item goes. */
static JsonObject *
kept_for (Import *import,
          Item   *item)
{
  switch (item->role)
    {
    case ROLE_SECTION:
    case ROLE_STATEMENT:
      return ensure_object (item->node, SF_CASE_MEMBER);
    case ROLE_LEVEL:
      return level_case (item->section, item->level_id);
    case ROLE_NONE:
    default:
      return ensure_object (import->framework, SF_CASE_MEMBER);
    }
}

static char *
default_identifier (Import *import,
                    Item   *item)
{
  const char *framework_id = get_string (import->framework, "id");
  g_autofree char *key = NULL;
  const char *id;

  switch (item->role)
    {
    case ROLE_SECTION:
      id = get_string (item->node, "id");
      key = g_strconcat ("section/", id, NULL);
      return _sf_case_identifier (framework_id, id, key);
    case ROLE_STATEMENT:
      id = get_string (item->node, "id");
      key = g_strconcat ("statement/", id, NULL);
      return _sf_case_identifier (framework_id, id, key);
    case ROLE_LEVEL:
      key = g_strdup_printf ("section/%s/level/%s", get_string (item->section, "id"), item->level_id);
      return _sf_case_identifier (framework_id, NULL, key);
    case ROLE_NONE:
    default:
      /* As the export names the document: by the framework's id. */
      return _sf_case_identifier (framework_id, framework_id, "document");
    }
}

static void
drop_empty_case (JsonObject *node)
{
  JsonObject *kept = get_object (node, SF_CASE_MEMBER);

  if (kept != NULL && json_object_get_size (kept) == 0)
    json_object_remove_member (node, SF_CASE_MEMBER);
}

typedef struct
{
  Import     *import;
  JsonObject *fw_kept;
  const char *default_doc;
  const char *date;
  GHashTable *handled;      /* original associations the export makes again */
} Stream;

/* An item as the export makes it, with what the import kept of it so far
 * (its identifier): what the original has otherwise is kept, and laid over
 * the item, so that the associations that follow link to it as it was. */
static void
stream_item (JsonObject *object,
             gpointer    data)
{
  Stream *stream = data;
  Import *import = stream->import;
  const char *identifier = get_string (object, "identifier");
  JsonObject *overlay;
  Item *item;

  if (g_strcmp0 (identifier, import->document_id) == 0)
    {
      overlay = diff (object, import->document_value, FALSE);
      json_object_remove_member (overlay, "caseVersion");
      /* A document without a date gets the export's, as the objects the
       * export makes do: an import of that export then builds them with the
       * same date. */
      if (json_object_has_member (overlay, "lastChangeDateTime") &&
          JSON_NODE_HOLDS_NULL (json_object_get_member (overlay, "lastChangeDateTime")))
        json_object_remove_member (overlay, "lastChangeDateTime");
      if (g_strcmp0 (stream->default_doc, import->document_id) != 0)
        json_object_set_string_member (overlay, "identifier", import->document_id);
      /* A package of another tool keeps its date, and with it its items'. */
      if (!import->ours && stream->date != NULL)
        json_object_set_string_member (overlay, "lastChangeDateTime", stream->date);
      _sf_case_apply_overlay (object, overlay);
      keep (stream->fw_kept, "document", overlay);
      return;
    }

  /* Every item of the package becomes an object that the export makes
   * again under the item's identifier; anything else is the export's own. */
  item = g_hash_table_lookup (import->items, identifier);
  if (item == NULL || item->role == ROLE_NONE)
    return;
  overlay = diff (object, item->value, FALSE);
  if (g_strcmp0 (item->default_identifier, item->identifier) != 0)
    json_object_set_string_member (overlay, "identifier", item->identifier);
  _sf_case_apply_overlay (object, overlay);
  keep (kept_for (import, item), "item", overlay);
}

/* An association as the export makes it: the isChildOf that places an item
 * keeps what differs in the original; another one the original has just
 * so needs nothing kept. */
static void
stream_association (JsonObject *association,
                    gpointer    data)
{
  Stream *stream = data;
  Import *import = stream->import;
  const char *origin = get_string (get_object (association, "originNodeURI"), "identifier");
  const SfJsonValue *original;

  if (g_strcmp0 (get_string (association, "associationType"), "isChildOf") == 0)
    {
      Item *item = g_hash_table_lookup (import->items, origin);

      if (item != NULL && item->child_of != NULL && !g_hash_table_contains (stream->handled, item->child_of))
        {
          keep (kept_for (import, item), "parent", diff (association, item->child_of, FALSE));
          g_hash_table_add (stream->handled, (gpointer) item->child_of);
          return;
        }
    }

  original = g_hash_table_lookup (import->associations, get_string (association, "identifier"));
  if (original != NULL && !g_hash_table_contains (stream->handled, original))
    {
      g_autoptr(JsonNode) made = json_node_init_object (json_node_alloc (), association);

      if (v_equal (original, made))
        g_hash_table_add (stream->handled, (gpointer) original);
    }
}

/* What is kept of a section's levels, in the order of its scale's levels:
 * the walk above keeps them in the order of the package's items, which the
 * export of the framework made does not give again. */
static void
order_kept_levels (JsonObject *framework)
{
  JsonArray *sections = get_array (framework, "sections");

  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    {
      JsonObject *section = object_at (sections, i);
      JsonObject *levels = get_object (get_object (section, SF_CASE_MEMBER), "levels");
      JsonArray *scale_levels = get_array (find_by_id (get_array (framework, "scales"), get_string (section, "scale")),
                                           "levels");
      g_autoptr(GList) names = NULL;
      JsonObject *ordered;

      if (levels == NULL || json_object_get_size (levels) < 2)
        continue;
      ordered = json_object_new ();
      for (guint l = 0; scale_levels != NULL && l < json_array_get_length (scale_levels); l++)
        {
          const char *level_id = get_string (object_at (scale_levels, l), "id");
          JsonNode *kept = level_id != NULL ? json_object_get_member (levels, level_id) : NULL;

          if (kept != NULL && !json_object_has_member (ordered, level_id))
            json_object_set_member (ordered, level_id, json_node_copy (kept));
        }
      names = json_object_get_members (levels);
      for (const GList *l = names; l != NULL; l = l->next)
        if (!json_object_has_member (ordered, l->data))
          json_object_set_member (ordered, l->data, json_node_copy (json_object_get_member (levels, l->data)));
      json_object_set_object_member (get_object (section, SF_CASE_MEMBER), "levels", ordered);
    }
}

/* Finds what the export would not make again, and keeps it. */
static void
keep_the_rest (Import *import)
{
  JsonObject *fw_kept = ensure_object (import->framework, SF_CASE_MEMBER);
  const char *date = get_string (import->document, "lastChangeDateTime");
  g_autofree char *default_doc = default_identifier (import, &(Item) { .role = ROLE_NONE });
  g_autoptr(GHashTable) handled = g_hash_table_new (NULL, NULL);
  g_autoptr(JsonNode) package = NULL;
  const SfJsonValue *associations = v_member (import->package, "CFAssociations");
  JsonObject *generated_package;
  JsonObject *package_overlay = json_object_new ();
  Stream stream = { import, fw_kept, default_doc, date, handled };
  SfCaseSink sink = { stream_item, stream_association, &stream };

  /* First the identifiers, that the items and their links are named by:
   * an identifier the export would not make is kept. */
  if (g_strcmp0 (default_doc, import->document_id) != 0)
    json_object_set_string_member (ensure_object (fw_kept, "document"), "identifier", import->document_id);
  if (!import->ours && date != NULL)
    json_object_set_string_member (ensure_object (fw_kept, "document"), "lastChangeDateTime", date);
  for (guint i = 0; i < import->item_list->len; i++)
    {
      Item *item = g_ptr_array_index (import->item_list, i);

      item->default_identifier = default_identifier (import, item);
      if (g_strcmp0 (item->default_identifier, item->identifier) != 0)
        json_object_set_string_member (ensure_object (kept_for (import, item), "item"), "identifier",
                                       item->identifier);
    }

  /* Then the package as the export makes it, compared object by object as
   * it is made. */
  package = _sf_case_build (import->framework, date != NULL ? date : "", &sink);
  generated_package = json_node_get_object (package);

  /* The associations the export does not make are kept whole, with the
   * item they come from, or the framework. */
  for (guint i = 0; associations != NULL && i < associations->n; i++)
    {
      const SfJsonValue *association = associations->items[i];
      const char *origin = v_string (v_object (association, "originNodeURI"), "identifier");
      Item *item = g_hash_table_lookup (import->items, origin);
      JsonObject *kept;

      if (g_hash_table_contains (handled, association))
        continue;
      kept = item != NULL ? kept_for (import, item) : fw_kept;
      if (get_array (kept, "associations") == NULL)
        json_object_set_array_member (kept, "associations", json_array_new ());
      json_array_add_element (get_array (kept, "associations"), sf_json_value_to_node (association));
    }

  /* The package's other members: definitions, rubrics, extensions. */
  {
    g_autoptr(GList) generated_names = json_object_get_members (generated_package);

    for (guint i = 0; i < import->package->n; i++)
      {
        const char *name = import->package->members[i].name;
        const SfJsonValue *o = import->package->members[i].value;
        JsonNode *g = json_object_get_member (generated_package, name);

        if (strcmp (name, "CFDocument") == 0 || strcmp (name, "CFItems") == 0 ||
            strcmp (name, "CFAssociations") == 0)
          continue;
        if (g == NULL || !v_equal (o, g))
          json_object_set_member (package_overlay, name, sf_json_value_to_node (o));
      }
    for (const GList *l = generated_names; l; l = l->next)
      if (v_member (import->package, l->data) == NULL)
        json_object_set_null_member (package_overlay, l->data);
    keep (fw_kept, "package", package_overlay);
  }

  /* Drop the empty "case" members that the walk above made. */
  for (guint i = 0; i < import->item_list->len; i++)
    {
      Item *item = g_ptr_array_index (import->item_list, i);

      if (item->role == ROLE_LEVEL)
        {
          JsonObject *levels = get_object (get_object (item->section, SF_CASE_MEMBER), "levels");

          if (levels != NULL && json_object_get_size (get_object (levels, item->level_id)) == 0)
            json_object_remove_member (levels, item->level_id);
          if (levels != NULL && json_object_get_size (levels) == 0)
            json_object_remove_member (get_object (item->section, SF_CASE_MEMBER), "levels");
          drop_empty_case (item->section);
        }
      else if (item->node != NULL)
        drop_empty_case (item->node);
    }
  order_kept_levels (import->framework);
  drop_empty_case (import->framework);
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->items, g_hash_table_unref);
  g_clear_pointer (&import->associations, g_hash_table_unref);
  g_clear_pointer (&import->item_list, g_ptr_array_unref);
  g_clear_pointer (&import->top, g_ptr_array_unref);
  if (import->problems != NULL)
    g_string_free (import->problems, TRUE);
  g_clear_pointer (&import->framework, json_object_unref);
  g_clear_pointer (&import->document, json_object_unref);
  g_clear_pointer (&import->present, g_hash_table_unref);
  g_clear_pointer (&import->used_ids, g_hash_table_unref);
  g_clear_pointer (&import->refused, g_hash_table_unref);
  g_free (import->date);
}

/**
 * sf_case_import:
 * @data: the package, UTF-8 JSON
 * @length: its length in bytes
 * @filename: the name to give in messages
 * @error: return location for an error
 *
 * Builds a framework from a CASE 1.1 or 1.0 CFPackage (also wrapped in a
 * `CFPackage` member, as some CASE 1.0 services serve it). What the
 * framework has no place for is kept in its unknown member "case" and
 * written back by sf_case_export().
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with @error
 *   set: %SF_FORMAT_ERROR for what is not JSON, %SF_CASE_ERROR for what is
 *   no package or a package with problems
 */
SfFramework *
sf_case_import (const char  *data,
                gsize        length,
                const char  *filename,
                GError     **error)
{
  const SfFormatLimits *limits = sf_format_limits_default ();
  SfJsonLimits json_limits = { limits->max_depth, limits->max_string_length };
  g_autoptr(SfJsonDoc) doc = NULL;
  g_autofree char *message = NULL;
  Import import = { 0 };
  SfFramework *framework = NULL;
  gsize offset;
  SfJsonError code;
  SfJsonValue *package;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filename == NULL)
    filename = "(package)";
  if (length > limits->max_file_size)
    {
      g_set_error (error, SF_FORMAT_ERROR, SF_FORMAT_ERROR_LIMIT,
                   /* Not G_GSIZE_FORMAT: xgettext would cut the string there. */
                   _("%s: larger than the limit of %lu bytes"), filename,
                   (gulong) limits->max_file_size);
      return NULL;
    }
  doc = sf_json_doc_parse (data, length, &json_limits, &offset, &code, &message);
  if (doc == NULL)
    {
      guint line, column;

      sf_json_offset_to_position (data, length, offset, &line, &column);
      g_set_error (error, SF_FORMAT_ERROR,
                   code == SF_JSON_ERROR_ENCODING ? SF_FORMAT_ERROR_ENCODING
                   : code == SF_JSON_ERROR_LIMIT ? SF_FORMAT_ERROR_LIMIT : SF_FORMAT_ERROR_SYNTAX,
                   "%s:%u:%u: %s", filename, line, column, message);
      return NULL;
    }
  package = sf_json_doc_get_root (doc);
  if (package->type != SF_JSON_OBJECT)
    package = NULL;
  if (package != NULL && package->n == 1 && v_object (package, "CFPackage") != NULL)
    package = (SfJsonValue *) v_object (package, "CFPackage");
  if (package == NULL || v_object (package, "CFDocument") == NULL)
    {
      g_set_error (error, SF_CASE_ERROR, SF_CASE_ERROR_NOT_A_PACKAGE,
                   _("%s: not a CASE package: a CFPackage is an object with a “CFDocument” object"),
                   filename);
      return NULL;
    }

  import.filename = filename;
  import.doc = doc;
  import.package = package;
  import.document_value = (SfJsonValue *) v_object (package, "CFDocument");
  import.items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _sf_case_item_free);
  import.refused = g_hash_table_new (g_str_hash, g_str_equal);
  import.associations = g_hash_table_new (g_str_hash, g_str_equal);
  import.item_list = g_ptr_array_new ();
  import.top = g_ptr_array_new ();
  import.problems = g_string_new (NULL);
  import.used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.present = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);

  if (!_sf_case_check_package (&import))
    {
      if (import.n_problems > MAX_PROBLEMS)
        g_string_append_printf (import.problems, "\n%s: ", filename);
      if (import.n_problems > MAX_PROBLEMS)
        g_string_append_printf (import.problems,
                                g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                             "… and %u more problems", import.n_problems - MAX_PROBLEMS),
                                import.n_problems - MAX_PROBLEMS);
      g_set_error (error, SF_CASE_ERROR, SF_CASE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%s: the CASE package has %u problem:%s",
                                "%s: the CASE package has %u problems:%s", import.n_problems),
                   filename, import.n_problems, import.problems->str);
      import_clear (&import);
      return NULL;
    }

  import.document = v_to_object (import.document_value);
  build_framework (&import);
  keep_the_rest (&import);

  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), import.framework);

    g_autoptr(GError) local_error = NULL;

    framework = _sf_format_read_node (node, filename, &local_error);
    /* Only a package's own extensions.skillframe can make a framework the
     * format refuses. */
    if (framework == NULL)
      g_set_error (error, SF_CASE_ERROR, SF_CASE_ERROR_INVALID,
                   _("%s: the package's Skillframe extensions do not make a framework: %s"), filename,
                   local_error->message);
    else if (!_sf_format_check_limits (framework, limits, &local_error))
      {
        g_set_error (error, SF_CASE_ERROR, SF_CASE_ERROR_LIMIT,
                     _("%s: the framework made of this package would be saved as a file that cannot be "
                       "opened again: %s"),
                     filename, local_error->message);
        g_clear_object (&framework);
      }
  }
  import_clear (&import);
  return framework;
}

/**
 * sf_case_import_file:
 * @file: a CASE package
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads @file and imports it with sf_case_import().
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with @error set
 */
SfFramework *
sf_case_import_file (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = sf_format_display_name (file);
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  return sf_case_import (contents, length, name, error);
}
