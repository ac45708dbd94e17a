/* sf-case-package.c: the shape of a CASE package, for the import
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before a package becomes a framework (sf-case-import.c), its objects are
 * checked member by member, its tree is read from the isChildOf
 * associations, and the members of every object are put where the export
 * writes them back. Every problem is named by its object; nothing is
 * guessed.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-case-import-private.h"

typedef enum
{
  T_STRING,
  T_INT,
  T_OBJECT,
  T_ARRAY,
  T_STRINGS,
} Type;

typedef struct
{
  const char *name;
  Type        type;
  gboolean    required;
} Member;

static const Member document_members[] = {
  { "identifier", T_STRING, TRUE }, { "title", T_STRING, TRUE }, { "uri", T_STRING },
  { "creator", T_STRING }, { "lastChangeDateTime", T_STRING }, { "description", T_STRING },
  { "version", T_STRING }, { "adoptionStatus", T_STRING }, { "notes", T_STRING },
  { "language", T_STRING }, { "publisher", T_STRING }, { "officialSourceURL", T_STRING },
  { "frameworkType", T_STRING }, { "caseVersion", T_STRING }, { "subject", T_STRINGS },
  { "subjectURI", T_ARRAY }, { "licenseURI", T_OBJECT }, { "CFPackageURI", T_OBJECT },
  { "extensions", T_OBJECT }, { NULL }
};

static const Member item_members[] = {
  { "identifier", T_STRING, TRUE }, { "fullStatement", T_STRING, TRUE }, { "uri", T_STRING },
  { "abbreviatedStatement", T_STRING }, { "humanCodingScheme", T_STRING },
  { "CFItemType", T_STRING }, { "alternativeLabel", T_STRING }, { "listEnumeration", T_STRING },
  { "notes", T_STRING }, { "language", T_STRING }, { "lastChangeDateTime", T_STRING },
  { "statusStartDate", T_STRING }, { "statusEndDate", T_STRING },
  { "conceptKeywords", T_STRINGS }, { "educationLevel", T_STRINGS }, { "subject", T_STRINGS },
  { "subjectURI", T_ARRAY }, { "CFItemTypeURI", T_OBJECT }, { "licenseURI", T_OBJECT },
  { "conceptKeywordsURI", T_OBJECT }, { "CFDocumentURI", T_OBJECT }, { "extensions", T_OBJECT },
  { NULL }
};

static const Member association_members[] = {
  { "identifier", T_STRING, TRUE }, { "associationType", T_STRING, TRUE },
  { "originNodeURI", T_OBJECT, TRUE }, { "destinationNodeURI", T_OBJECT, TRUE },
  { "sequenceNumber", T_INT }, { "uri", T_STRING }, { "lastChangeDateTime", T_STRING },
  { "notes", T_STRING }, { "CFAssociationGroupingURI", T_OBJECT }, { "CFDocumentURI", T_OBJECT },
  { "extensions", T_OBJECT }, { NULL }
};

void
_sf_case_item_free (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->children, g_ptr_array_unref);
  g_free (item->level_id);
  g_free (item->default_identifier);
  g_free (item);
}

static void G_GNUC_PRINTF (2, 3)
problem (Import     *import,
         const char *format,
         ...)
{
  va_list args;

  import->n_problems++;
  if (import->n_problems > MAX_PROBLEMS)
    return;
  va_start (args, format);
  g_string_append_printf (import->problems, "\n%s: ", import->filename);
  g_string_append_vprintf (import->problems, format, args);
  va_end (args);
}

/* "CFItems/3 (“A.1”, 5f0e…)": where an object is and what it is called. */
static char *
describe (const char        *pointer,
          const SfJsonValue *object)
{
  const char *code = v_string (object, "humanCodingScheme");
  const char *identifier = v_string (object, "identifier");

  if (code != NULL && identifier != NULL)
    return g_strdup_printf ("/%s (“%s”, %s)", pointer, code, identifier);
  if (identifier != NULL)
    return g_strdup_printf ("/%s (%s)", pointer, identifier);
  return g_strdup_printf ("/%s", pointer);
}

static gboolean
has_type (const SfJsonValue *value,
          Type               type)
{
  switch (type)
    {
    case T_STRING:
      return value->type == SF_JSON_STRING;
    case T_INT:
      return value->type == SF_JSON_INT;
    case T_OBJECT:
      return value->type == SF_JSON_OBJECT;
    case T_ARRAY:
      return value->type == SF_JSON_ARRAY;
    case T_STRINGS:
      if (value->type != SF_JSON_ARRAY)
        return FALSE;
      for (guint i = 0; i < value->n; i++)
        if (value->items[i]->type != SF_JSON_STRING)
          return FALSE;
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static const char *
type_wanted (Type type)
{
  switch (type)
    {
    case T_STRING:
      return "a string";
    case T_INT:
      return "an integer";
    case T_OBJECT:
      return "an object";
    case T_ARRAY:
      return "an array";
    case T_STRINGS:
    default:
      return "an array of strings";
    }
}

/* Checks the members of @object that the import reads or that CASE types. */
static gboolean
check_members (Import            *import,
               const char        *pointer,
               const SfJsonValue *object,
               const Member      *members)
{
  gboolean ok = TRUE;

  for (const Member *m = members; m->name != NULL; m++)
    {
      const SfJsonValue *node = v_member (object, m->name);

      if (node == NULL)
        {
          if (m->required)
            {
              g_autofree char *what = describe (pointer, object);

              problem (import, _("%s: “%s” is missing"), what, m->name);
              ok = FALSE;
            }
          continue;
        }
      if (!has_type (node, m->type))
        {
          g_autofree char *what = describe (pointer, object);

          problem (import, _("%s: “%s” is %s, expected %s"), what, m->name,
                   sf_json_type_name (node->type), type_wanted (m->type));
          ok = FALSE;
        }
    }
  return ok;
}

static gboolean
check_link (Import            *import,
            const char        *pointer,
            const SfJsonValue *association,
            const char        *member)
{
  const SfJsonValue *link = v_object (association, member);
  const SfJsonValue *identifier = v_member (link, "identifier");

  if (link == NULL)
    return FALSE;
  if (identifier == NULL || !has_type (identifier, T_STRING))
    {
      g_autofree char *what = describe (pointer, association);

      problem (import, _("%s: “%s” has no identifier string"), what, member);
      return FALSE;
    }
  return TRUE;
}

static int
compare_children (gconstpointer a,
                  gconstpointer b)
{
  const Item *x = *(Item * const *) a;
  const Item *y = *(Item * const *) b;
  const SfJsonValue *sx = v_member (x->child_of, "sequenceNumber");
  const SfJsonValue *sy = v_member (y->child_of, "sequenceNumber");
  gint64 nx = sx != NULL ? sx->i : G_MAXINT64;
  gint64 ny = sy != NULL ? sy->i : G_MAXINT64;

  if (nx != ny)
    return nx < ny ? -1 : 1;
  return x->child_of_index < y->child_of_index ? -1 : x->child_of_index > y->child_of_index;
}

static const char * const case_1_0_members[] = { "CFDocumentURI", "CFPackageURI", NULL };

gboolean
_sf_case_is_1_0_member (const char *name)
{
  return g_strv_contains (case_1_0_members, name);
}

/* Puts the members of @object where the export writes them and an import
 * of that export reads them back, so that what an import keeps is the same
 * for a package and for the export of what it made: CASE 1.1's members in
 * their place; any other (a vendor's own) moved into the object's
 * extensions, after those it has; CASE 1.0's members last, also those that
 * travelled in the extensions of Skillframe's export. A member that is also
 * one of the object's extensions is a problem: the export could keep only
 * one of the two. */
static gboolean
normalize_members (Import             *import,
                   const char         *pointer,
                   SfJsonValue        *object,
                   const char * const *allowed)
{
  SfJsonValue *extensions = (SfJsonValue *) v_object (object, "extensions");
  const SfJsonValue *case_1_0[G_N_ELEMENTS (case_1_0_members)] = { NULL };
  SfJsonMember *members;
  SfJsonMember *ext_members;
  guint n = 0, n_ext = 0, n_other = 0, n_1_0 = 0;
  gboolean ok = TRUE;

  for (guint i = 0; i < object->n; i++)
    {
      const char *name = object->members[i].name;

      if (g_strv_contains (allowed, name))
        continue;
      if (extensions != NULL && v_member (extensions, name) != NULL)
        {
          g_autofree char *what = describe (pointer, object);

          problem (import, _("%s: “%s” is both a member and one of its extensions"), what, name);
          ok = FALSE;
        }
      else if (!_sf_case_is_1_0_member (name))
        n_other++;
    }
  if (!ok)
    return FALSE;
  for (guint k = 0; case_1_0_members[k] != NULL; k++)
    {
      case_1_0[k] = v_member (object, case_1_0_members[k]);
      if (case_1_0[k] == NULL)
        case_1_0[k] = v_member (extensions, case_1_0_members[k]);
      if (case_1_0[k] != NULL)
        n_1_0++;
    }
  if (n_other == 0 && n_1_0 == 0)
    return TRUE;

  /* The extensions: those it has but CASE 1.0's, then the moved ones. */
  ext_members = sf_json_doc_alloc (import->doc, sizeof (SfJsonMember) *
                                   ((extensions != NULL ? extensions->n : 0) + n_other + 1));
  for (guint i = 0; extensions != NULL && i < extensions->n; i++)
    if (!_sf_case_is_1_0_member (extensions->members[i].name))
      ext_members[n_ext++] = extensions->members[i];
  for (guint i = 0; i < object->n; i++)
    if (!g_strv_contains (allowed, object->members[i].name) && !_sf_case_is_1_0_member (object->members[i].name))
      ext_members[n_ext++] = object->members[i];

  members = sf_json_doc_alloc (import->doc, sizeof (SfJsonMember) * (object->n + n_1_0 + 2));
  for (guint i = 0; i < object->n; i++)
    if (g_strv_contains (allowed, object->members[i].name) &&
        (object->members[i].value != extensions || n_ext > 0))
      members[n++] = object->members[i];
  if (extensions == NULL && n_ext > 0)
    {
      extensions = sf_json_doc_alloc (import->doc, sizeof (SfJsonValue));
      memset (extensions, 0, sizeof (SfJsonValue));
      extensions->type = SF_JSON_OBJECT;
      extensions->offset = object->offset;
      members[n++] = (SfJsonMember) { "extensions", strlen ("extensions"), extensions };
    }
  if (extensions != NULL)
    {
      extensions->members = ext_members;
      extensions->n = n_ext;
    }
  for (guint k = 0; case_1_0_members[k] != NULL; k++)
    if (case_1_0[k] != NULL)
      members[n++] = (SfJsonMember) { case_1_0_members[k], strlen (case_1_0_members[k]),
                                      (SfJsonValue *) case_1_0[k] };
  object->members = members;
  object->n = n;
  return TRUE;
}

/* The place of a statement in its section that Skillframe's export gives
 * (SF_CASE_POSITION), taken out of the item's extension: it is the order of
 * the statements, not a member to keep, so that a framework and the import
 * of its export keep the same. */
static const SfJsonValue *
take_position (SfJsonValue *ext)
{
  for (guint i = 0; ext != NULL && i < ext->n; i++)
    if (strcmp (ext->members[i].name, SF_CASE_POSITION) == 0)
      {
        const SfJsonValue *position = ext->members[i].value;

        memmove (&ext->members[i], &ext->members[i + 1], sizeof (SfJsonMember) * (ext->n - i - 1));
        ext->n--;
        return position;
      }
  return NULL;
}

/* Reads the package's shape; FALSE when it has problems. */
gboolean
_sf_case_check_package (Import *import)
{
  const SfJsonValue *items = v_member (import->package, "CFItems");
  const SfJsonValue *associations = v_member (import->package, "CFAssociations");

  if (items != NULL && items->type != SF_JSON_ARRAY)
    {
      problem (import, _("/CFItems is %s, expected an array"), sf_json_type_name (items->type));
      items = NULL;
    }
  if (associations != NULL && associations->type != SF_JSON_ARRAY)
    {
      problem (import, _("/CFAssociations is %s, expected an array"), sf_json_type_name (associations->type));
      associations = NULL;
    }

  if (!normalize_members (import, "", import->package, _sf_case_package_members))
    return FALSE;
  if (!check_members (import, "CFDocument", import->document_value, document_members) ||
      !normalize_members (import, "CFDocument", import->document_value, _sf_case_document_members))
    return FALSE;
  import->document_id = v_string (import->document_value, "identifier");

  for (guint i = 0; items != NULL && i < items->n; i++)
    {
      SfJsonValue *object = items->items[i];
      g_autofree char *pointer = g_strdup_printf ("CFItems/%u", i);
      const SfJsonValue *ext;
      Item *item;

      if (object->type != SF_JSON_OBJECT)
        {
          problem (import, _("/%s is %s, expected an object"), pointer, sf_json_type_name (object->type));
          continue;
        }
      if (!check_members (import, pointer, object, item_members) ||
          !normalize_members (import, pointer, object, _sf_case_item_members))
        {
          /* Its associations are not said to name an item the package lacks. */
          if (v_string (object, "identifier") != NULL)
            g_hash_table_add (import->refused, (gpointer) v_string (object, "identifier"));
          continue;
        }
      item = g_new0 (Item, 1);
      item->value = object;
      ext = v_object (v_object (object, "extensions"), SF_CASE_EXTENSION);
      item->position = take_position ((SfJsonValue *) ext);
      item->ext = ext;
      item->identifier = v_string (object, "identifier");
      item->index = i;
      item->children = g_ptr_array_new ();
      if (g_strcmp0 (item->identifier, import->document_id) == 0 ||
          g_hash_table_contains (import->items, item->identifier))
        {
          g_autofree char *what = describe (pointer, object);

          problem (import, _("%s: the identifier %s is used twice"), what, item->identifier);
          _sf_case_item_free (item);
          continue;
        }
      g_hash_table_insert (import->items, (gpointer) item->identifier, item);
      g_ptr_array_add (import->item_list, item);
    }

  for (guint i = 0; associations != NULL && i < associations->n; i++)
    {
      SfJsonValue *object = associations->items[i];
      g_autofree char *pointer = g_strdup_printf ("CFAssociations/%u", i);
      const char *origin, *destination, *type;
      Item *child;
      gboolean to_document;

      if (object->type != SF_JSON_OBJECT)
        {
          problem (import, _("/%s is %s, expected an object"), pointer, sf_json_type_name (object->type));
          continue;
        }
      if (!check_members (import, pointer, object, association_members) ||
          !check_link (import, pointer, object, "originNodeURI") ||
          !check_link (import, pointer, object, "destinationNodeURI") ||
          !normalize_members (import, pointer, object, _sf_case_association_members))
        continue;
      if (g_hash_table_contains (import->associations, v_string (object, "identifier")))
        {
          g_autofree char *what = describe (pointer, object);

          problem (import, _("%s: the identifier %s is used twice"), what, v_string (object, "identifier"));
          continue;
        }
      g_hash_table_insert (import->associations, (gpointer) v_string (object, "identifier"), object);

      type = v_string (object, "associationType");
      origin = v_string (v_object (object, "originNodeURI"), "identifier");
      destination = v_string (v_object (object, "destinationNodeURI"), "identifier");
      child = g_hash_table_lookup (import->items, origin);
      to_document = g_strcmp0 (destination, import->document_id) == 0;

      if (child == NULL && g_hash_table_contains (import->refused, origin))
        continue;
      if (child == NULL && g_strcmp0 (origin, import->document_id) != 0)
        {
          g_autofree char *what = describe (pointer, object);

          problem (import, _("%s: %s association from %s, which is not an item of this package"),
                   what, type, origin);
          continue;
        }
      if (strcmp (type, "isChildOf") != 0)
        continue;
      if (child == NULL)
        {
          g_autofree char *what = describe (pointer, object);

          problem (import, _("%s: isChildOf association from the document itself"), what);
          continue;
        }
      if (!to_document && !g_hash_table_contains (import->items, destination))
        {
          g_autofree char *what = describe (pointer, object);

          if (g_hash_table_contains (import->refused, destination))
            problem (import, _("%s: item %s is a child of %s, which has problems of its own"),
                     what, origin, destination);
          else
            problem (import, _("%s: item %s is a child of %s, which is not an item of this package"),
                     what, origin, destination);
          continue;
        }
      /* The first isChildOf of an item places it; any other is kept. */
      if (child->child_of != NULL)
        continue;
      child->child_of = object;
      child->child_of_index = i;
      child->parent = to_document ? NULL : g_hash_table_lookup (import->items, destination);
    }

  if (import->n_problems > 0)
    return FALSE;

  for (guint i = 0; i < import->item_list->len; i++)
    {
      Item *item = g_ptr_array_index (import->item_list, i);

      if (item->child_of == NULL)
        continue;
      g_ptr_array_add (item->parent != NULL ? item->parent->children : import->top, item);
    }
  g_ptr_array_sort (import->top, compare_children);
  for (guint i = 0; i < import->item_list->len; i++)
    {
      Item *item = g_ptr_array_index (import->item_list, i);

      g_ptr_array_sort (item->children, compare_children);
    }

  /* Walk the tree from the document; what the walk misses hangs from
   * nothing, or from a cycle. Iterative: a tree can be deep. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    for (guint i = import->top->len; i > 0; i--)
      g_ptr_array_add (stack, g_ptr_array_index (import->top, i - 1));
    while (stack->len > 0)
      {
        Item *item = g_ptr_array_steal_index (stack, stack->len - 1);

        item->visited = TRUE;
        for (guint i = item->children->len; i > 0; i--)
          g_ptr_array_add (stack, g_ptr_array_index (item->children, i - 1));
      }
  }
  for (guint i = 0; i < import->item_list->len; i++)
    {
      Item *item = g_ptr_array_index (import->item_list, i);
      g_autofree char *pointer = NULL;
      g_autofree char *what = NULL;

      if (item->visited)
        continue;
      pointer = g_strdup_printf ("CFItems/%u", item->index);
      what = describe (pointer, item->value);
      if (item->child_of == NULL)
        problem (import, _("%s: the item is missing from the tree: no isChildOf association places it"), what);
      else
        problem (import, _("%s: the item is missing from the tree: its isChildOf chain never reaches the document (a cycle)"), what);
    }

  return import->n_problems == 0;
}

