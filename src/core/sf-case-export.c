/* sf-case-export.c: the CASE 1.1 export
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework becomes one CFPackage (data/schema/CASE.md has the mapping):
 * a CFDocument for the framework, CFItems for its sections, the levels of
 * each section and the statements, isChildOf associations with sequence
 * numbers for the tree, isRelatedTo associations from statements to their
 * O*NET anchors, and a CFLicense for each licensed source. What CASE has no
 * field for travels in `extensions.skillframe`. Identifiers are UUID v5 of
 * the framework id and the object's id, so that two exports of a framework
 * name its objects alike.
 *
 * The export works on the framework's JSON (sf_format_write()), not on the
 * model: what an import kept of a package in the unknown member "case" of a
 * framework, section or statement is JSON too, laid over what the export
 * generates (see sf-case-import.c), and the import generates the package of
 * the framework it is building with this same code to find what it must
 * keep.
 */

#include "config.h"

#include <string.h>

#include "sf-case-private.h"
#include "sf-format.h"
#include "sf-json.h"
#include "sf-model.h"

/* UUID v5 of the URL "https://github.com/skillframe/skillframe/case" in
 * the URL namespace: the namespace of every identifier Skillframe makes. */
static const guint8 skillframe_namespace[16] = {
  0xb0, 0xc8, 0x99, 0xdd, 0x90, 0x58, 0x5a, 0xd8,
  0x8b, 0x89, 0x8e, 0x64, 0x8d, 0xd5, 0x0b, 0x52,
};

/* The members that CASE 1.1's CFPackage schema allows, by class: anything
 * else kept from an import (CASE 1.0's CFDocumentURI and CFPackageURI, a
 * vendor's own members) goes into the object's extensions on export. */
const char * const _sf_case_document_members[] = {
  "identifier", "uri", "frameworkType", "caseVersion", "creator", "title",
  "lastChangeDateTime", "officialSourceURL", "publisher", "description", "subject",
  "subjectURI", "language", "version", "adoptionStatus", "statusStartDate",
  "statusEndDate", "licenseURI", "notes", "extensions", NULL
};
const char * const _sf_case_item_members[] = {
  "identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri",
  "humanCodingScheme", "listEnumeration", "abbreviatedStatement", "conceptKeywords",
  "conceptKeywordsURI", "notes", "subject", "subjectURI", "language", "educationLevel",
  "CFItemTypeURI", "licenseURI", "statusStartDate", "statusEndDate",
  "lastChangeDateTime", "extensions", NULL
};
const char * const _sf_case_association_members[] = {
  "identifier", "associationType", "sequenceNumber", "uri", "originNodeURI",
  "destinationNodeURI", "CFAssociationGroupingURI", "lastChangeDateTime", "notes",
  "extensions", NULL
};
const char * const _sf_case_package_members[] = {
  "CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics", "extensions", NULL
};

typedef struct
{
  JsonObject *framework;
  const char *framework_id;
  char       *date;         /* a copy: an import's sink replaces what it came from */
  const char *soc_code;
  JsonObject *onet;
  JsonArray  *items;
  JsonArray  *associations;
  JsonArray  *raw;          /* associations kept whole by an import */
  JsonObject *document;
  const SfCaseSink *sink;
  GChecksum  *checksum;
  GHashTable *used;         /* the identifiers given */
} Export;

/* json_node_copy() shares the objects and arrays it copies: the export
 * changes what it copies, and must not change the framework's JSON. */
JsonNode *
_sf_case_copy (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *from = json_node_get_object (node);
      JsonObject *to = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;
      JsonNode *copy;

      json_object_iter_init_ordered (&iter, from);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        json_object_set_member (to, name, _sf_case_copy (member));
      copy = json_node_init_object (json_node_alloc (), to);
      json_object_unref (to);
      return copy;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *from = json_node_get_array (node);
      JsonArray *to = json_array_sized_new (json_array_get_length (from));
      JsonNode *copy;

      for (guint i = 0; i < json_array_get_length (from); i++)
        json_array_add_element (to, _sf_case_copy (json_array_get_element (from, i)));
      copy = json_node_init_array (json_node_alloc (), to);
      json_array_unref (to);
      return copy;
    }
  return json_node_copy (node);
}

gboolean
_sf_case_is_uuid (const char *str)
{
  if (str == NULL || strlen (str) != 36)
    return FALSE;
  for (guint i = 0; i < 36; i++)
    {
      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (str[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isxdigit (str[i]) || g_ascii_isupper (str[i]))
        return FALSE;
    }
  return TRUE;
}

/* RFC 9562 §5.5: SHA-1 of the namespace and the name, version 5. The
 * export reuses one checksum: a package has an identifier per object. */
static char *
uuid5_with (GChecksum  *checksum,
            const char *framework_id,
            const char *key)
{
  guint8 digest[20];
  gsize length = sizeof digest;
  char *out = g_malloc (37);
  static const char hex[] = "0123456789abcdef";
  guint j = 0;

  g_checksum_reset (checksum);
  g_checksum_update (checksum, skillframe_namespace, sizeof skillframe_namespace);
  g_checksum_update (checksum, (const guchar *) framework_id, -1);
  g_checksum_update (checksum, (const guchar *) "/", 1);
  g_checksum_update (checksum, (const guchar *) key, -1);
  g_checksum_get_digest (checksum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[j++] = '-';
      out[j++] = hex[digest[i] >> 4];
      out[j++] = hex[digest[i] & 0xf];
    }
  out[j] = '\0';
  return out;
}

static char *
uuid5 (const char *framework_id,
       const char *key)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);

  return uuid5_with (checksum, framework_id, key);
}

/* An object whose own id is already a UUID (one made by an import) keeps it. */
char *
_sf_case_identifier (const char *framework_id,
                     const char *id,
                     const char *key)
{
  if (id != NULL && _sf_case_is_uuid (id))
    return g_strdup (id);
  return uuid5 (framework_id, key);
}

/* A framework may hold the same id twice (validation reports it; the
 * reader keeps it): identifiers stay unique, the second made of "KEY#2". */
static char *
unique_uuid (Export     *export,
             const char *key)
{
  char *identifier = uuid5_with (export->checksum, export->framework_id, key);

  for (guint n = 2; g_hash_table_contains (export->used, identifier); n++)
    {
      g_autofree char *other = g_strdup_printf ("%s#%u", key, n);

      g_free (identifier);
      identifier = uuid5_with (export->checksum, export->framework_id, other);
    }
  return identifier;
}

static char *
identifier_for (Export     *export,
                const char *id,
                const char *key)
{
  if (id != NULL && _sf_case_is_uuid (id) && !g_hash_table_contains (export->used, id))
    return g_strdup (id);
  return unique_uuid (export, key);
}

char *
_sf_case_date_string (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
    }
  utc = g_date_time_to_utc (date);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static void
set_string (JsonObject *object,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

static const char *
string_at (JsonArray *array,
           guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* Sets a member where it is, or adds it at the end. json-glib replaces a
 * member in place, keeping its position. */
static void
set_member (JsonObject *object,
            const char *name,
            JsonNode   *value)
{
  json_object_set_member (object, name, value);
}

/* _sf_case_apply_overlay(), but for the member @skip of @overlay. */
static void
apply_overlay (JsonObject *object,
               JsonObject *overlay,
               const char *skip)
{
  g_autoptr(GList) names = NULL;

  if (overlay == NULL)
    return;
  names = json_object_get_members (overlay);
  for (const GList *l = names; l; l = l->next)
    {
      JsonNode *value = json_object_get_member (overlay, l->data);

      if (g_strcmp0 (l->data, skip) == 0)
        continue;
      if (JSON_NODE_HOLDS_NULL (value))
        json_object_remove_member (object, l->data);
      else if (strcmp (l->data, "extensions") == 0 && JSON_NODE_HOLDS_OBJECT (value) &&
               get_object (object, "extensions") != NULL)
        _sf_case_apply_overlay (get_object (object, "extensions"), json_node_get_object (value));
      else
        set_member (object, l->data, _sf_case_copy (value));
    }
}

/**
 * _sf_case_apply_overlay:
 * @object: a generated CASE object
 * @overlay: (nullable): what an import kept of the original object
 *
 * Lays what an import kept over what the export generated: a member of
 * @overlay replaces the generated one (or is added), a null removes it; the
 * members of `extensions` are laid one by one, so that the export's own
 * `extensions.skillframe` stays current.
 */
void
_sf_case_apply_overlay (JsonObject *object,
                        JsonObject *overlay)
{
  apply_overlay (object, overlay, NULL);
}

/* CASE 1.1 objects allow no members beyond the schema's: the others move
 * into the object's extensions, which allow anything, in an order that an
 * import and export of the result gives again: CASE 1.0's members first
 * (the import puts them back in their place), then the extensions the
 * object has, then the other members moved. */
static void
confine_members (JsonObject         *object,
                 const char * const *allowed)
{
  static const char * const case_1_0[] = { "CFDocumentURI", "CFPackageURI", NULL };
  g_autoptr(GPtrArray) moved = NULL;
  JsonObject *old_extensions;
  JsonObject *extensions;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    if (!g_strv_contains (allowed, name))
      {
        if (moved == NULL)
          moved = g_ptr_array_new_with_free_func (g_free);
        g_ptr_array_add (moved, g_strdup (name));
      }
  if (moved == NULL)
    return;

  extensions = json_object_new ();
  old_extensions = get_object (object, "extensions");
  for (guint k = 0; case_1_0[k] != NULL; k++)
    if (json_object_has_member (object, case_1_0[k]) && !g_strv_contains (allowed, case_1_0[k]))
      json_object_set_member (extensions, case_1_0[k], _sf_case_copy (json_object_get_member (object, case_1_0[k])));
  if (old_extensions != NULL)
    {
      g_autoptr(GList) old_names = json_object_get_members (old_extensions);

      for (const GList *l = old_names; l; l = l->next)
        json_object_set_member (extensions, l->data, _sf_case_copy (json_object_get_member (old_extensions, l->data)));
    }
  for (guint i = 0; i < moved->len; i++)
    if (!g_strv_contains (case_1_0, moved->pdata[i]))
      json_object_set_member (extensions, moved->pdata[i],
                              _sf_case_copy (json_object_get_member (object, moved->pdata[i])));
  for (guint i = 0; i < moved->len; i++)
    json_object_remove_member (object, moved->pdata[i]);
  json_object_set_object_member (object, "extensions", extensions);
}

static JsonObject *
case_of (JsonObject *node,
         const char *member)
{
  return get_object (get_object (node, SF_CASE_MEMBER), member);
}

static JsonObject *
link_to (JsonObject *object,
         const char *title)
{
  JsonObject *link = json_object_new ();

  set_string (link, "title", title);
  set_string (link, "identifier", get_string (object, "identifier"));
  set_string (link, "uri", get_string (object, "uri"));
  return link;
}

static const char *
item_title (JsonObject *item)
{
  const char *title = get_string (item, "abbreviatedStatement");

  if (title == NULL || *title == '\0')
    title = get_string (item, "humanCodingScheme");
  if (title == NULL || *title == '\0')
    title = get_string (item, "fullStatement");
  return title != NULL ? title : "";
}

/* The string member @name of @item once @overlay is laid over it. */
static const char *
overlaid_string (JsonObject *item,
                 JsonObject *overlay,
                 const char *name)
{
  JsonNode *node = overlay != NULL ? json_object_get_member (overlay, name) : NULL;

  if (node == NULL)
    return get_string (item, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* An overlay is taken when a framework is imported: for a title the import
 * took from humanCodingScheme it removes the abbreviatedStatement, which
 * then carries a title the author may have changed since. Whether the
 * title that an import reads back (as sf-case-import.c's title_of does,
 * with the fullStatement of a section after it) is still the framework's. */
static gboolean
overlay_keeps_title (JsonObject *item,
                     JsonObject *overlay,
                     const char *id,
                     const char *title,
                     gboolean    full_is_title)
{
  const char *read = overlaid_string (item, overlay, "abbreviatedStatement");
  const char *code = overlaid_string (item, overlay, "humanCodingScheme");

  if (overlay == NULL || title == NULL || *title == '\0')
    return TRUE;
  if (read == NULL && code != NULL && g_strcmp0 (code, id) != 0)
    read = code;
  if (read == NULL && full_is_title)
    read = overlaid_string (item, overlay, "fullStatement");
  return g_strcmp0 (read, title) == 0;
}

static JsonObject *
new_item (Export     *export,
          const char *identifier)
{
  JsonObject *item = json_object_new ();
  g_autofree char *uri = g_strconcat ("urn:uuid:", identifier, NULL);

  set_string (item, "identifier", identifier);
  set_string (item, "uri", uri);
  return item;
}

/* The identifiers objects end with, once what an import kept is laid over
 * them, are the ones taken. */
static void
take_identifier (Export     *export,
                 JsonObject *object)
{
  const char *identifier = get_string (object, "identifier");

  if (identifier != NULL)
    g_hash_table_add (export->used, g_strdup (identifier));
}

/* Adds an item, its overlay applied, and returns it (borrowed). @title is
 * the title of the section or statement it stands for, NULL for a level. */
static JsonObject *
add_item (Export     *export,
          JsonObject *item,
          JsonObject *overlay,
          const char *id,
          const char *title,
          gboolean    full_is_title)
{
  set_string (item, "lastChangeDateTime", export->date);
  apply_overlay (item, overlay,
                 overlay_keeps_title (item, overlay, id, title, full_is_title) ? NULL : "abbreviatedStatement");
  /* What the export makes is CASE's already: only an overlay brings others. */
  if (overlay != NULL)
    confine_members (item, _sf_case_item_members);
  take_identifier (export, item);
  if (export->sink != NULL)
    export->sink->item (item, export->sink->data);
  json_array_add_object_element (export->items, item);
  return item;
}

static void
add_association (Export     *export,
                 const char *key,
                 const char *type,
                 int         sequence,
                 JsonObject *origin,
                 JsonObject *destination,
                 JsonObject *overlay)
{
  g_autofree char *identifier = unique_uuid (export, key);
  g_autofree char *uri = g_strconcat ("urn:uuid:", identifier, NULL);
  JsonObject *association = json_object_new ();

  set_string (association, "identifier", identifier);
  set_string (association, "associationType", type);
  if (sequence > 0)
    json_object_set_int_member (association, "sequenceNumber", sequence);
  set_string (association, "uri", uri);
  json_object_set_object_member (association, "originNodeURI", origin);
  json_object_set_object_member (association, "destinationNodeURI", destination);
  set_string (association, "lastChangeDateTime", export->date);
  _sf_case_apply_overlay (association, overlay);
  if (overlay != NULL)
    confine_members (association, _sf_case_association_members);
  take_identifier (export, association);
  if (export->sink != NULL)
    {
      export->sink->association (association, export->sink->data);
      json_object_unref (association);
      return;
    }
  json_array_add_object_element (export->associations, association);
}

static void
add_child_of (Export     *export,
              const char *key,
              JsonObject *child,
              JsonObject *parent,
              int         sequence,
              JsonObject *overlay)
{
  g_autofree char *full_key = g_strconcat ("isChildOf/", key, NULL);

  add_association (export, full_key, "isChildOf", sequence,
                   link_to (child, item_title (child)),
                   link_to (parent, parent == export->document ? get_string (parent, "title")
                                                               : item_title (parent)),
                   overlay);
}

/* Associations an import kept whole come after the generated ones. */
static void
keep_raw (Export    *export,
          JsonArray *raw)
{
  for (guint i = 0; raw != NULL && i < json_array_get_length (raw); i++)
    if (object_at (raw, i) != NULL)
      json_array_add_element (export->raw, _sf_case_copy (json_array_get_element (raw, i)));
}

static const char *
section_item_type (const char *kind)
{
  if (g_strcmp0 (kind, "ai-usage") == 0)
    return "AI Usage";
  if (g_strcmp0 (kind, "durable") == 0)
    return "Durable Skill Domain";
  return "Competencies";
}

/* The extension of an object: its own id and references, and its unknown
 * members, but the import's "case". */
static JsonObject *
extension_of (JsonObject         *node,
              const char * const *skip)
{
  JsonObject *extension = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, node);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    if (!g_strv_contains (skip, name) && strcmp (name, SF_CASE_MEMBER) != 0)
      json_object_set_member (extension, name, _sf_case_copy (member));
  return extension;
}

static void
set_extension (JsonObject *object,
               JsonObject *extension)
{
  JsonObject *extensions = json_object_new ();

  json_object_set_object_member (extensions, SF_CASE_EXTENSION, extension);
  json_object_set_object_member (object, "extensions", extensions);
}

static char *
citation_notes (Export    *export,
                JsonArray *citations)
{
  g_autoptr(GString) notes = NULL;
  JsonArray *sources = get_array (export->framework, "sources");

  if (citations == NULL || json_array_get_length (citations) == 0)
    return NULL;
  notes = g_string_new ("Sources: ");
  for (guint i = 0; i < json_array_get_length (citations); i++)
    {
      JsonObject *citation = object_at (citations, i);
      const char *source_id = get_string (citation, "source");
      JsonObject *source = find_by_id (sources, source_id);
      const char *title = get_string (source, "short_title");

      if (title == NULL)
        title = get_string (source, "title");
      if (i > 0)
        g_string_append (notes, "; ");
      g_string_append (notes, title != NULL ? title : source_id != NULL ? source_id : "");
      if (get_string (source, "edition") != NULL)
        g_string_append_printf (notes, ", %s", get_string (source, "edition"));
      if (get_string (citation, "locator") != NULL)
        g_string_append_printf (notes, ", %s", get_string (citation, "locator"));
      if (get_string (source, "url") != NULL)
        g_string_append_printf (notes, " <%s>", get_string (source, "url"));
    }
  g_string_append_c (notes, '.');
  return g_string_free (g_steal_pointer (&notes), FALSE);
}

static void
add_anchor_links (Export     *export,
                  JsonObject *statement,
                  JsonObject *item)
{
  JsonArray *links = get_array (statement, "anchors");
  JsonArray *anchors = get_array (export->onet, "anchors");
  const char *id = get_string (statement, "id");

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      const char *anchor_id = string_at (links, i);
      JsonObject *anchor = find_by_id (anchors, anchor_id);
      const char *code = get_string (anchor, "code");
      const char *name = get_string (anchor, "name");
      g_autofree char *key = NULL;
      g_autofree char *identifier = NULL;
      g_autofree char *uri = NULL;
      JsonObject *destination;

      if (anchor_id == NULL)
        continue;
      key = g_strdup_printf ("statement/%s/anchor/%s", id != NULL ? id : "", anchor_id);
      destination = json_object_new ();
      /* O*NET's element ids and task ids name the element; an anchor with
       * no code is named by the occupation's O*NET-SOC code and its id. */
      identifier = code != NULL ? g_strdup (code) : g_strdup_printf ("%s/%s", export->soc_code, anchor_id);
      uri = g_strdup_printf ("https://www.onetonline.org/link/summary/%s", export->soc_code);
      set_string (destination, "title", name != NULL ? name : anchor_id);
      set_string (destination, "identifier", identifier);
      set_string (destination, "uri", uri);
      set_string (destination, "targetType", "ext:ONET");
      add_association (export, key, "isRelatedTo", 0, link_to (item, item_title (item)), destination, NULL);
    }
}

static const char * const statement_skip[] = { "title", "text", NULL };
static const char * const section_skip[] = { "title", "description", "statements", NULL };

/* @position: the statement's place in its section, for a section whose
 * statements interleave levels (-1: none), which the tree cannot say. */
static void
add_statement (Export     *export,
               JsonObject *statement,
               JsonObject *parent,
               int         sequence,
               int         position)
{
  const char *id = get_string (statement, "id");
  const char *title = get_string (statement, "title");
  g_autofree char *key = g_strconcat ("statement/", id, NULL);
  g_autofree char *identifier = identifier_for (export, id, key);
  g_autofree char *notes = citation_notes (export, get_array (statement, "citations"));
  JsonObject *item = new_item (export, identifier);
  JsonObject *extension = extension_of (statement, statement_skip);

  set_string (item, "fullStatement", get_string (statement, "text") ? get_string (statement, "text") : "");
  if (title != NULL && *title)
    set_string (item, "abbreviatedStatement", title);
  if (!_sf_case_is_uuid (id))
    set_string (item, "humanCodingScheme", id);
  set_string (item, "CFItemType", "Statement");
  set_string (item, "notes", notes);
  set_extension (item, extension);
  item = add_item (export, item, case_of (statement, "item"), id, title, FALSE);
  /* The place goes in once what an import kept is laid: it is the order of
   * the framework, whatever extension the package it came from had. */
  if (position >= 0 && get_object (get_object (item, "extensions"), SF_CASE_EXTENSION) != NULL)
    json_object_set_int_member (get_object (get_object (item, "extensions"), SF_CASE_EXTENSION), SF_CASE_POSITION,
                                position);
  add_child_of (export, key, item, parent, sequence, case_of (statement, "parent"));
  add_anchor_links (export, statement, item);
  keep_raw (export, get_array (get_object (statement, SF_CASE_MEMBER), "associations"));
}

static JsonObject *
level_case (JsonObject *section,
            const char *level_id)
{
  return get_object (case_of (section, "levels"), level_id);
}

static gboolean
is_virtual (JsonObject *kept)
{
  JsonNode *node = kept != NULL ? json_object_get_member (kept, "virtual") : NULL;

  return node != NULL && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

/* Whether the statements of @section come in another order than the tree
 * of its package gives them: by the levels of @levels (a level id held
 * twice counts once), each level's in the section's order, then those on
 * no level of the scale. The model keeps one list per section in any order
 * an author or an import made, such as Advanced, Emerging, Advanced. */
static gboolean
interleaves_levels (JsonObject *section,
                    JsonArray  *levels)
{
  JsonArray *statements = get_array (section, "statements");
  guint n = statements != NULL ? json_array_get_length (statements) : 0;
  g_autoptr(GHashTable) rank = g_hash_table_new (g_str_hash, g_str_equal);
  guint last = 0;

  for (guint l = 0; levels != NULL && l < json_array_get_length (levels); l++)
    {
      const char *level_id = get_string (object_at (levels, l), "id");

      if (level_id != NULL && !g_hash_table_contains (rank, level_id))
        g_hash_table_insert (rank, (gpointer) level_id, GUINT_TO_POINTER (l + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      JsonObject *statement = object_at (statements, i);
      const char *level = get_string (statement, "level");
      guint r;

      if (statement == NULL)
        continue;
      r = level != NULL && g_hash_table_contains (rank, level) ? GPOINTER_TO_UINT (g_hash_table_lookup (rank, level))
                                                               : G_MAXUINT;
      if (r < last)
        return TRUE;
      last = r;
    }
  return FALSE;
}

/* Whether what an import kept can shape the tree of @section otherwise than
 * the export makes it: another parent or sequence number of a statement's
 * or a level's item, or associations of theirs kept whole. */
static gboolean
tree_is_kept (JsonObject *section)
{
  JsonArray *statements = get_array (section, "statements");
  JsonObject *levels = case_of (section, "levels");
  g_autoptr(GList) names = levels != NULL ? json_object_get_members (levels) : NULL;

  for (guint i = 0; statements != NULL && i < json_array_get_length (statements); i++)
    {
      JsonObject *kept = get_object (object_at (statements, i), SF_CASE_MEMBER);

      if (get_object (kept, "parent") != NULL || get_array (kept, "associations") != NULL)
        return TRUE;
    }
  for (const GList *l = names; l != NULL; l = l->next)
    {
      JsonObject *kept = get_object (levels, l->data);

      if (get_object (kept, "parent") != NULL || get_array (kept, "associations") != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
add_section (Export     *export,
             JsonObject *section,
             int         sequence)
{
  const char *id = get_string (section, "id");
  const char *title = get_string (section, "title");
  const char *description = get_string (section, "description");
  JsonArray *statements = get_array (section, "statements");
  JsonObject *scale = find_by_id (get_array (export->framework, "scales"), get_string (section, "scale"));
  JsonArray *levels = get_array (scale, "levels");
  guint n = statements != NULL ? json_array_get_length (statements) : 0;
  g_autofree char *key = g_strconcat ("section/", id, NULL);
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (n, 1));
  JsonObject *item;
  int unleveled = 0;
  g_autoptr(GHashTable) seen_levels = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean interleaved;

  if (is_virtual (get_object (section, SF_CASE_MEMBER)))
    item = export->document;
  else
    {
      g_autofree char *identifier = identifier_for (export, id, key);
      JsonObject *extension = extension_of (section, section_skip);

      item = new_item (export, identifier);
      set_string (item, "fullStatement", description != NULL ? description : title ? title : "");
      set_string (item, "abbreviatedStatement", title);
      if (!_sf_case_is_uuid (id))
        set_string (item, "humanCodingScheme", id);
      set_string (item, "CFItemType", section_item_type (get_string (section, "kind")));
      set_extension (item, extension);
      item = add_item (export, item, case_of (section, "item"), id, title, TRUE);
      add_child_of (export, key, item, export->document, sequence, case_of (section, "parent"));
      keep_raw (export, get_array (get_object (section, SF_CASE_MEMBER), "associations"));
    }

  /* The places of the statements, where the tree may not give their order. */
  interleaved = interleaves_levels (section, levels) || tree_is_kept (section);

  /* Each level of the section's scale is an item, its statements below it
   * in the section's order. */
  for (guint l = 0; levels != NULL && l < json_array_get_length (levels); l++)
    {
      JsonObject *level = object_at (levels, l);
      const char *level_id = get_string (level, "id");
      JsonObject *kept;
      JsonObject *level_item = item;
      int position = 0;

      /* A level id the scale has twice has one item, the first level's:
       * statements name their level by id. */
      if (level_id == NULL || !g_hash_table_add (seen_levels, (gpointer) level_id))
        continue;
      kept = level_case (section, level_id);

      if (!is_virtual (kept))
        {
          g_autofree char *level_key = g_strdup_printf ("section/%s/level/%s", id != NULL ? id : "", level_id);
          g_autofree char *identifier = unique_uuid (export, level_key);
          JsonObject *extension = json_object_new ();

          level_item = new_item (export, identifier);
          set_string (level_item, "fullStatement", get_string (level, "name") ? get_string (level, "name") : "");
          set_string (level_item, "alternativeLabel", get_string (level, "label"));
          set_string (level_item, "CFItemType", "Level");
          set_string (extension, "scale", get_string (scale, "id"));
          set_string (extension, "level", level_id);
          set_extension (level_item, extension);
          level_item = add_item (export, level_item, get_object (kept, "item"), NULL, NULL, FALSE);
          add_child_of (export, level_key, level_item, item, l + 1, get_object (kept, "parent"));
          keep_raw (export, get_array (kept, "associations"));
        }

      for (guint i = 0; i < n; i++)
        {
          JsonObject *statement = object_at (statements, i);

          if (statement == NULL)
            placed[i] = TRUE;
          if (placed[i] || g_strcmp0 (get_string (statement, "level"), level_id) != 0)
            continue;
          placed[i] = TRUE;
          add_statement (export, statement, level_item, ++position, interleaved ? (int) i : -1);
        }
    }

  /* Statements on a level the scale lacks hang from the section itself. */
  for (guint i = 0; i < n; i++)
    if (!placed[i] && object_at (statements, i) != NULL)
      add_statement (export, object_at (statements, i), item,
                     (levels != NULL ? json_array_get_length (levels) : 0) + ++unleveled,
                     interleaved ? (int) i : -1);

  /* A sink has seen the section's items: they are not kept. */
  if (export->sink != NULL)
    {
      json_array_unref (export->items);
      export->items = json_array_new ();
    }
}

static const char *
adoption_status (const char *status)
{
  if (g_strcmp0 (status, "published") == 0)
    return "Adopted";
  if (g_strcmp0 (status, "in-review") == 0)
    return "In Review";
  return "Draft";
}

static const char * const framework_skip[] = { "version", "sections", "rights", NULL };

static JsonObject *
build_document (Export *export)
{
  JsonObject *framework = export->framework;
  JsonObject *occupation = get_object (framework, "occupation");
  const char *id = export->framework_id;
  g_autofree char *identifier = identifier_for (export, id, "document");
  JsonObject *document = new_item (export, identifier);
  JsonObject *extension = extension_of (framework, framework_skip);
  JsonObject *ext_occupation = get_object (extension, "occupation");
  const char *version = get_string (framework, "version");

  /* Title and context are CFDocument fields. */
  if (ext_occupation != NULL)
    {
      json_object_remove_member (ext_occupation, "title");
      json_object_remove_member (ext_occupation, "context");
    }
  set_string (document, "caseVersion", "1.1");
  set_string (document, "creator", "Skillframe");
  set_string (document, "title", get_string (occupation, "title") ? get_string (occupation, "title") : "");
  set_string (document, "lastChangeDateTime", export->date);
  set_string (document, "description", get_string (occupation, "context"));
  if (version != NULL && *version)
    set_string (document, "version", version);
  set_string (document, "adoptionStatus", adoption_status (get_string (framework, "status")));
  set_string (document, "notes", get_string (framework, "rights"));
  if (get_string (case_of (framework, "document"), "lastChangeDateTime") != NULL)
    set_string (extension, SF_CASE_KEPT_DATE, get_string (case_of (framework, "document"), "lastChangeDateTime"));
  set_extension (document, extension);
  _sf_case_apply_overlay (document, case_of (framework, "document"));
  confine_members (document, _sf_case_document_members);
  /* The version of CASE is the export's, whatever the package imported. */
  set_string (document, "caseVersion", "1.1");
  take_identifier (export, document);
  if (export->sink != NULL)
    export->sink->item (document, export->sink->data);
  return document;
}

static JsonObject *
build_definitions (Export *export)
{
  JsonArray *sources = get_array (export->framework, "sources");
  JsonArray *licences = json_array_new ();
  JsonObject *definitions;
  const char *onet_source = get_string (export->onet, "source");

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      JsonObject *source = object_at (sources, i);
      const char *source_id = get_string (source, "id");
      const char *licence = get_string (source, "licence");
      g_autofree char *key = NULL;
      g_autofree char *identifier = NULL;
      g_autofree char *uri = NULL;
      g_autofree char *text = NULL;
      JsonObject *object;

      if (licence == NULL || source_id == NULL)
        continue;
      key = g_strconcat ("licence/", source_id, NULL);
      identifier = unique_uuid (export, key);
      uri = g_strconcat ("urn:uuid:", identifier, NULL);
      if (g_strcmp0 (source_id, onet_source) == 0)
        {
          g_autofree char *attribution = sf_export_onet_attribution (get_string (export->onet, "release"));

          text = g_strdup_printf ("%s: %s. %s", get_string (source, "title"), licence, attribution);
        }
      else
        text = g_strdup_printf ("%s: %s.", get_string (source, "title"), licence);
      object = json_object_new ();
      set_string (object, "identifier", identifier);
      set_string (object, "uri", get_string (source, "url") ? get_string (source, "url") : uri);
      set_string (object, "title", licence);
      set_string (object, "licenseText", text);
      set_string (object, "lastChangeDateTime", export->date);
      take_identifier (export, object);
      json_array_add_object_element (licences, object);
    }

  if (json_array_get_length (licences) == 0)
    {
      json_array_unref (licences);
      return NULL;
    }
  definitions = json_object_new ();
  json_object_set_array_member (definitions, "CFLicenses", licences);
  return definitions;
}

static void
export_init (Export           *export,
             JsonObject       *framework,
             const char       *last_change,
             const SfCaseSink *sink)
{
  const char *kept_date = get_string (case_of (framework, "document"), "lastChangeDateTime");

  memset (export, 0, sizeof *export);
  export->framework = framework;
  export->framework_id = get_string (framework, "id") ? get_string (framework, "id") : "";
  /* An imported package keeps its date; the items that had the document's
   * date keep it with it. */
  export->date = g_strdup (kept_date != NULL ? kept_date : last_change);
  export->soc_code = get_string (get_object (framework, "occupation"), "soc_code");
  if (export->soc_code == NULL)
    export->soc_code = "";
  export->onet = get_object (framework, "onet");
  export->items = json_array_new ();
  export->associations = json_array_new ();
  export->raw = json_array_new ();
  export->sink = sink;
  export->checksum = g_checksum_new (G_CHECKSUM_SHA1);
  export->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
export_clear (Export *export)
{
  g_clear_pointer (&export->items, json_array_unref);
  g_clear_pointer (&export->associations, json_array_unref);
  g_clear_pointer (&export->raw, json_array_unref);
  g_clear_pointer (&export->document, json_object_unref);
  g_clear_pointer (&export->date, g_free);
  g_clear_pointer (&export->checksum, g_checksum_free);
  g_clear_pointer (&export->used, g_hash_table_unref);
}

static void
build_tree (Export *export)
{
  JsonArray *sections = get_array (export->framework, "sections");

  export->document = build_document (export);
  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    if (object_at (sections, i) != NULL)
      add_section (export, object_at (sections, i), i + 1);
}

JsonNode *
_sf_case_build (JsonObject       *framework,
                const char       *last_change,
                const SfCaseSink *sink)
{
  Export export;
  g_autoptr(GHashTable) raw_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  JsonObject *package = json_object_new ();
  JsonObject *definitions;
  JsonArray *associations = json_array_new ();
  JsonNode *root;

  export_init (&export, framework, last_change, sink);
  build_tree (&export);

  /* An association kept whole takes the place of the generated one of its
   * identifier, where it was; the others follow. */
  keep_raw (&export, get_array (get_object (framework, SF_CASE_MEMBER), "associations"));
  for (guint i = 0; i < json_array_get_length (export.raw); i++)
    {
      JsonObject *raw = object_at (export.raw, i);
      const char *id = get_string (raw, "identifier");

      if (id != NULL && !g_hash_table_contains (raw_ids, id))
        g_hash_table_insert (raw_ids, (gpointer) id, raw);
    }
  for (guint i = 0; i < json_array_get_length (export.associations); i++)
    {
      JsonObject *association = object_at (export.associations, i);
      const char *id = get_string (association, "identifier");
      JsonObject *raw = id != NULL ? g_hash_table_lookup (raw_ids, id) : NULL;

      if (raw != NULL)
        {
          g_hash_table_add (placed, raw);
          confine_members (raw, _sf_case_association_members);
          association = raw;
        }
      json_array_add_object_element (associations, json_object_ref (association));
    }
  for (guint i = 0; i < json_array_get_length (export.raw); i++)
    {
      JsonObject *raw = object_at (export.raw, i);

      if (g_hash_table_contains (placed, raw))
        continue;
      confine_members (raw, _sf_case_association_members);
      json_array_add_object_element (associations, json_object_ref (raw));
    }

  json_object_set_object_member (package, "CFDocument", json_object_ref (export.document));
  json_object_set_array_member (package, "CFItems", json_array_ref (export.items));
  json_object_set_array_member (package, "CFAssociations", associations);
  definitions = build_definitions (&export);
  if (definitions != NULL)
    json_object_set_object_member (package, "CFDefinitions", definitions);
  _sf_case_apply_overlay (package, case_of (framework, "package"));
  confine_members (package, _sf_case_package_members);

  export_clear (&export);
  root = json_node_init_object (json_node_alloc (), package);
  json_object_unref (package);
  return root;
}

/* The framework in the JSON of its format, unknown members included. */
static JsonNode *
framework_to_json (SfFramework *framework)
{
  g_autoptr(GBytes) bytes = sf_format_write (framework);
  g_autoptr(SfJsonDoc) doc = NULL;
  g_autofree char *message = NULL;
  SfJsonLimits limits = { 1024, G_MAXSIZE };
  gsize offset;
  SfJsonError code;

  doc = sf_json_doc_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &limits,
                           &offset, &code, &message);
  g_assert (doc != NULL);
  return sf_json_value_to_node (sf_json_doc_get_root (doc));
}

/**
 * sf_case_export:
 * @framework: a framework
 * @options: (nullable): the date of the framework's last change
 * @error: unused: this export does not fail
 *
 * Writes @framework as a CASE 1.1 CFPackage, valid against the official
 * schema, in the canonical JSON form.
 *
 * Returns: (transfer full): the package, UTF-8 JSON with a final newline
 */
GBytes *
sf_case_export (SfFramework           *framework,
                const SfExportOptions *options,
                GError               **error)
{
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(JsonNode) package = NULL;
  g_autofree char *date = NULL;
  GString *out;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  json = framework_to_json (framework);
  date = _sf_case_date_string (options != NULL ? options->last_change : NULL);
  package = _sf_case_build (json_node_get_object (json), date, NULL);
  out = g_string_sized_new (256 * 1024);
  sf_json_write_node (out, package, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
