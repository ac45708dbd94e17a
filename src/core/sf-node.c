/* sf-node.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gobject/gvaluecollector.h>

#include "sf-node-list.h"
#include "sf-node-private.h"

typedef struct
{
  SfNode     *parent;         /* unowned: the parent owns us */
  const char *parent_member;  /* interned JSON name of the member holding us */
  GParamSpec *parent_pspec;   /* that member */
  guint       index_hint;     /* where we were in the parent's list when last seen */
  GValue     *values;
  GPtrArray  *extras;
} SfNodePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SfNode, sf_node, G_TYPE_OBJECT)

static void sf_node_get_property (GObject *, guint, GValue *, GParamSpec *);

static GQuark optional_quark;
static GQuark item_type_quark;
static GQuark json_name_quark;

static void
sf_extra_free (gpointer data)
{
  SfExtra *extra = data;

  g_free (extra->name);
  json_node_unref (extra->value);
  g_free (extra);
}

SfMemberKind
_sf_member_kind (GParamSpec *pspec)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    return SF_MEMBER_STRING;
  if (type == G_TYPE_INT)
    return SF_MEMBER_INT;
  if (type == G_TYPE_DOUBLE)
    return SF_MEMBER_DOUBLE;
  if (G_TYPE_IS_ENUM (type))
    return SF_MEMBER_ENUM;
  if (type == G_TYPE_STRV)
    return SF_MEMBER_STRV;
  if (type == G_TYPE_VARIANT)
    return SF_MEMBER_SCALAR;
  if (type == G_TYPE_LIST_MODEL)
    return SF_MEMBER_LIST;
  g_assert (g_type_is_a (type, SF_TYPE_NODE));
  return SF_MEMBER_CHILD;
}

const char *
_sf_member_json_name (GParamSpec *pspec)
{
  return g_param_spec_get_qdata (pspec, json_name_quark);
}

gboolean
_sf_member_is_optional (GParamSpec *pspec)
{
  return g_param_spec_get_qdata (pspec, optional_quark) != NULL;
}

GType
_sf_member_item_type (GParamSpec *pspec)
{
  return GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, item_type_quark));
}

int
_sf_member_index (GParamSpec *pspec)
{
  return (int) pspec->param_id - 1;
}

/**
 * sf_param_spec_set_optional:
 * @pspec: a member of an #SfNode subclass
 *
 * Marks @pspec as optional in the file format: it is left out of a file when
 * it has its default value, and a file may leave it out.
 */
void
sf_param_spec_set_optional (GParamSpec *pspec)
{
  g_param_spec_set_qdata (pspec, optional_quark, GINT_TO_POINTER (1));
}

/**
 * sf_param_spec_set_list_type:
 * @pspec: a #GListModel member of an #SfNode subclass
 * @item_type: the #SfNode subclass of its items
 *
 * Declares the type of the items of a list member.
 */
void
sf_param_spec_set_list_type (GParamSpec *pspec,
                             GType       item_type)
{
  g_param_spec_set_qdata (pspec, item_type_quark, GSIZE_TO_POINTER (item_type));
}

/**
 * sf_node_class_install_properties:
 * @klass: an #SfNodeClass
 * @n_pspecs: the length of @pspecs
 * @pspecs: (array length=n_pspecs): the members, @pspecs[0] unused, in the
 *   order the file format writes them
 *
 * Installs the members of a node class as GObject properties. The JSON name
 * of a member is its property name with dashes as underscores.
 */
void
sf_node_class_install_properties (SfNodeClass  *klass,
                                  guint         n_pspecs,
                                  GParamSpec  **pspecs)
{
  g_return_if_fail (SF_IS_NODE_CLASS (klass));
  g_return_if_fail (n_pspecs > 1 && pspecs[0] == NULL);

  for (guint i = 1; i < n_pspecs; i++)
    if (pspecs[i]->flags & (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT | G_PARAM_CONSTRUCT_ONLY))
      {
        g_critical ("%s:%s is writable: members are read-only, changed through SfDocument",
                    G_OBJECT_CLASS_NAME (klass), pspecs[i]->name);
        return;
      }

  /* GObject clears get_property for each class: every node class reads the
   * generic storage. There is no set_property: no member is writable. */
  G_OBJECT_CLASS (klass)->get_property = sf_node_get_property;
  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_pspecs, pspecs);

  klass->members = g_new0 (GParamSpec *, n_pspecs - 1);
  klass->n_members = n_pspecs - 1;
  klass->by_json_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 1; i < n_pspecs; i++)
    {
      g_autofree char *json_name = g_strdup (pspecs[i]->name);

      g_strdelimit (json_name, "-", '_');
      g_param_spec_set_qdata (pspecs[i], json_name_quark,
                              (gpointer) g_intern_string (json_name));
      g_assert (pspecs[i]->param_id == i);
      klass->members[i - 1] = pspecs[i];
      g_hash_table_insert (klass->by_json_name,
                           (gpointer) _sf_member_json_name (pspecs[i]), pspecs[i]);
      if (_sf_member_kind (pspecs[i]) == SF_MEMBER_LIST)
        g_assert (_sf_member_item_type (pspecs[i]) != G_TYPE_INVALID);
      else if (_sf_member_kind (pspecs[i]) != SF_MEMBER_CHILD)
        {
          g_auto(GValue) zero = G_VALUE_INIT;

          /* Storage starts from zero values: defaults must be zero. */
          g_value_init (&zero, pspecs[i]->value_type);
          g_assert (g_param_value_defaults (pspecs[i], &zero));
        }
    }
}

GParamSpec *
_sf_node_class_lookup_json (SfNodeClass *klass,
                            const char  *json_name,
                            gsize        len)
{
  char buf[64];

  if (len >= sizeof buf)
    return NULL;
  memcpy (buf, json_name, len);
  buf[len] = '\0';
  return g_hash_table_lookup (klass->by_json_name, buf);
}

static GValue *
sf_node_ensure_values (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);
  SfNodeClass *klass;

  if G_LIKELY (priv->values != NULL)
    return priv->values;

  klass = SF_NODE_GET_CLASS (self);
  priv->values = g_new0 (GValue, klass->n_members);

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];

      g_value_init (&priv->values[i], pspec->value_type);
      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_LIST:
          g_value_take_object (&priv->values[i], sf_node_list_new (_sf_member_item_type (pspec)));
          break;

        case SF_MEMBER_CHILD:
          {
            SfNode *child = g_object_new (pspec->value_type, NULL);

            _sf_node_set_parent (child, self, _sf_member_json_name (pspec));
            g_value_take_object (&priv->values[i], child);
          }
          break;

        case SF_MEMBER_STRING:
        case SF_MEMBER_INT:
        case SF_MEMBER_DOUBLE:
        case SF_MEMBER_ENUM:
        case SF_MEMBER_STRV:
        case SF_MEMBER_SCALAR:
        default:
          /* g_value_init() gave the zero value, which is every member's
           * default (checked when the class installs its members). */
          break;
        }
    }

  return priv->values;
}

const GValue *
_sf_node_peek_value (SfNode     *self,
                     GParamSpec *pspec)
{
  g_assert (SF_IS_NODE (self));
  g_assert (_sf_member_index (pspec) < (int) SF_NODE_GET_CLASS (self)->n_members);

  return &sf_node_ensure_values (self)[_sf_member_index (pspec)];
}

void
_sf_node_take_value (SfNode     *self,
                     GParamSpec *pspec,
                     GValue     *value)
{
  GValue *slot = &sf_node_ensure_values (self)[_sf_member_index (pspec)];

  g_value_unset (slot);
  *slot = *value;
  memset (value, 0, sizeof *value);
}

gboolean
_sf_values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  switch (_sf_member_kind (pspec))
    {
    case SF_MEMBER_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;

    case SF_MEMBER_INT:
      return g_value_get_int (a) == g_value_get_int (b);

    case SF_MEMBER_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);

    case SF_MEMBER_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);

    case SF_MEMBER_STRV:
      {
        const char * const *sa = g_value_get_boxed (a);
        const char * const *sb = g_value_get_boxed (b);

        /* Absent and empty differ: validation's "cited" falls back to
         * its default only when absent. */
        if (sa == NULL || sb == NULL)
          return sa == sb;
        return g_strv_equal (sa, sb);
      }

    case SF_MEMBER_SCALAR:
      {
        GVariant *va = g_value_get_variant (a);
        GVariant *vb = g_value_get_variant (b);

        if (va == NULL || vb == NULL)
          return va == vb;
        return g_variant_equal (va, vb);
      }

    case SF_MEMBER_CHILD:
    case SF_MEMBER_LIST:
    default:
      return g_value_get_object (a) == g_value_get_object (b);
    }
}

gboolean
_sf_node_set_value (SfNode       *self,
                    GParamSpec   *pspec,
                    const GValue *value)
{
  GValue *slot = &sf_node_ensure_values (self)[_sf_member_index (pspec)];

  g_assert (G_VALUE_HOLDS (value, pspec->value_type));

  if (_sf_values_equal (pspec, slot, value))
    return FALSE;

  g_value_copy (value, slot);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

void
_sf_node_set_parent (SfNode     *self,
                     SfNode     *parent,
                     const char *member)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);

  priv->parent = parent;
  priv->parent_member = member;
  priv->parent_pspec = parent && member
    ? _sf_node_class_lookup_json (SF_NODE_GET_CLASS (parent), member, strlen (member)) : NULL;
}

/* Our position in the parent's list, or -1 when a parent's child member
 * holds us; the hint makes it O(1) unless items moved before us. */
int
_sf_node_get_index (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);
  GPtrArray *items;

  g_assert (priv->parent != NULL);

  if (_sf_member_kind (priv->parent_pspec) != SF_MEMBER_LIST)
    return -1;

  items = _sf_node_list_get_items (g_value_get_object (_sf_node_peek_value (priv->parent,
                                                                            priv->parent_pspec)));
  if (priv->index_hint < items->len && g_ptr_array_index (items, priv->index_hint) == self)
    return priv->index_hint;
  for (guint i = 0; i < items->len; i++)
    if (g_ptr_array_index (items, i) == self)
      {
        priv->index_hint = i;
        return i;
      }
  g_assert_not_reached ();
}

/* The member index of the member holding us, in the parent's class order. */
guint
_sf_node_get_member_position (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);

  return priv->parent_pspec ? priv->parent_pspec->param_id : 0;
}

GPtrArray *
_sf_node_get_extras (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);

  return priv->extras;
}

void
_sf_node_add_extra (SfNode     *self,
                    const char *name,
                    JsonNode   *value,
                    int         after)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);
  SfExtra *extra = g_new0 (SfExtra, 1);

  extra->name = g_strdup (name);
  extra->value = value;
  extra->after = after;

  if (priv->extras == NULL)
    priv->extras = g_ptr_array_new_with_free_func (sf_extra_free);
  g_ptr_array_add (priv->extras, extra);
}

void
_sf_node_list_splice (SfNode     *self,
                      GParamSpec *pspec,
                      guint       position,
                      guint       n_removals,
                      gpointer   *additions,
                      guint       n_additions)
{
  SfNodeList *list = g_value_get_object (_sf_node_peek_value (self, pspec));

  for (guint i = 0; i < n_removals; i++)
    _sf_node_set_parent (sf_node_list_peek (list, position + i), NULL, NULL);
  for (guint i = 0; i < n_additions; i++)
    {
      SfNodePrivate *priv = sf_node_get_instance_private (additions[i]);

      _sf_node_set_parent (additions[i], self, _sf_member_json_name (pspec));
      priv->index_hint = position + i;
    }

  _sf_node_list_splice_items (list, position, n_removals, additions, n_additions);
}

static void
sf_node_finalize (GObject *object)
{
  SfNode *self = SF_NODE (object);
  SfNodePrivate *priv = sf_node_get_instance_private (self);
  SfNodeClass *klass = SF_NODE_GET_CLASS (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < klass->n_members; i++)
        {
          SfMemberKind kind = _sf_member_kind (klass->members[i]);

          /* Children may outlive us through a reference held elsewhere. */
          if (kind == SF_MEMBER_CHILD)
            _sf_node_set_parent (g_value_get_object (&priv->values[i]), NULL, NULL);
          else if (kind == SF_MEMBER_LIST)
            {
              SfNodeList *list = g_value_get_object (&priv->values[i]);
              guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

              for (guint j = 0; j < n; j++)
                {
                  SfNode *item = sf_node_list_peek (list, j);

                  if (sf_node_get_parent (item) == self)
                    _sf_node_set_parent (item, NULL, NULL);
                }
            }
          g_value_unset (&priv->values[i]);
        }
      g_free (priv->values);
    }
  g_clear_pointer (&priv->extras, g_ptr_array_unref);

  G_OBJECT_CLASS (sf_node_parent_class)->finalize (object);
}

static void
sf_node_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  g_value_copy (_sf_node_peek_value (SF_NODE (object), pspec), value);
}

static void
sf_node_class_init (SfNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_node_finalize;
  object_class->get_property = sf_node_get_property;

  optional_quark = g_quark_from_static_string ("sf-member-optional");
  item_type_quark = g_quark_from_static_string ("sf-member-item-type");
  json_name_quark = g_quark_from_static_string ("sf-member-json-name");
}

static void
sf_node_init (SfNode *self)
{
}

/**
 * sf_node_get_parent:
 * @self: a #SfNode
 *
 * Returns: (transfer none) (nullable): the node that holds @self
 */
SfNode *
sf_node_get_parent (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  return priv->parent;
}

/**
 * sf_node_get_parent_member:
 * @self: a #SfNode
 *
 * Returns: (nullable): the JSON name of the parent's member holding @self
 */
const char *
sf_node_get_parent_member (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  return priv->parent_member;
}

/**
 * sf_node_dup_pointer:
 * @self: a #SfNode
 *
 * Returns the RFC 6901 JSON Pointer of @self in its document, such as
 * `/sections/2/statements/0`; the root is the empty string.
 *
 * Returns: (transfer full): the pointer
 */
char *
sf_node_dup_pointer (SfNode *self)
{
  SfNode *path[64];
  guint depth = 0;
  GString *str;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  /* Documents are a few levels deep: the path fits. */
  for (SfNode *node = self; sf_node_get_parent (node) != NULL && depth < G_N_ELEMENTS (path);
       node = sf_node_get_parent (node))
    path[depth++] = node;

  str = g_string_sized_new (48);
  while (depth > 0)
    {
      SfNode *node = path[--depth];
      int index = _sf_node_get_index (node);

      /* Member names are ours: no "~" or "/" to escape. */
      g_string_append_c (str, '/');
      g_string_append (str, sf_node_get_parent_member (node));
      if (index >= 0)
        g_string_append_printf (str, "/%d", index);
    }

  return g_string_free (str, FALSE);
}

static GParamSpec *
find_member (SfNode     *self,
             const char *name)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (self);
  GParamSpec *pspec = g_hash_table_lookup (klass->by_json_name, name);

  if (pspec == NULL)
    pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);
  return pspec;
}

GParamSpec *
_sf_node_lookup_member (SfNode     *self,
                        const char *member)
{
  GParamSpec *pspec;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);
  g_return_val_if_fail (member != NULL, NULL);

  pspec = find_member (self, member);
  if (pspec == NULL)
    g_critical ("%s has no member \"%s\"", G_OBJECT_TYPE_NAME (self), member);
  return pspec;
}

static GParamSpec *
lookup_member_of_kind (SfNode       *self,
                       const char   *member,
                       SfMemberKind  kind)
{
  static const char * const kind_names[] = {
    [SF_MEMBER_STRING] = "a string",
    [SF_MEMBER_INT] = "an integer",
    [SF_MEMBER_DOUBLE] = "a number",
    [SF_MEMBER_ENUM] = "an enumeration",
    [SF_MEMBER_STRV] = "a string array",
    [SF_MEMBER_SCALAR] = "a number or string",
    [SF_MEMBER_CHILD] = "an object",
    [SF_MEMBER_LIST] = "a list",
  };
  GParamSpec *pspec = _sf_node_lookup_member (self, member);

  if (pspec != NULL && _sf_member_kind (pspec) != kind)
    {
      g_critical ("%s:%s is %s, not %s", G_OBJECT_TYPE_NAME (self), pspec->name,
                  kind_names[_sf_member_kind (pspec)], kind_names[kind]);
      return NULL;
    }
  return pspec;
}

/*
 * _sf_node_new:
 * @type: an #SfNode subclass
 * @first_member: the name of the first member to set, or %NULL
 * @...: its value, then more name and value pairs, ending with %NULL
 *
 * Creates a detached node with some members set, as g_object_new() would
 * if the members were writable. Only scalar members can be set this way;
 * lists are filled with _sf_node_list_append().
 *
 * Returns: (transfer full) (type SfNode): the new node
 */
gpointer
_sf_node_new (GType       type,
              const char *first_member,
              ...)
{
  SfNode *self;
  va_list args;

  g_return_val_if_fail (g_type_is_a (type, SF_TYPE_NODE), NULL);

  self = g_object_new (type, NULL);
  va_start (args, first_member);
  for (const char *member = first_member; member != NULL; member = va_arg (args, const char *))
    {
      GParamSpec *pspec = _sf_node_lookup_member (self, member);
      GValue value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        break;
      if (_sf_member_kind (pspec) == SF_MEMBER_CHILD || _sf_member_kind (pspec) == SF_MEMBER_LIST)
        {
          g_critical ("%s:%s holds nodes: build it with _sf_node_list_append()",
                      G_OBJECT_TYPE_NAME (self), pspec->name);
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s:%s: %s", G_OBJECT_TYPE_NAME (self), pspec->name, error);
          break;
        }
      /* Nobody can be watching a node not yet returned: no notification. */
      _sf_node_take_value (self, pspec, &value);
    }
  va_end (args);

  return self;
}

void
_sf_node_set_string (SfNode     *self,
                     const char *member,
                     const char *value)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_STRING);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  _sf_node_set_value (self, pspec, &gvalue);
}

void
_sf_node_set_int (SfNode     *self,
                  const char *member,
                  int         value)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_INT);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  _sf_node_set_value (self, pspec, &gvalue);
}

void
_sf_node_set_enum (SfNode     *self,
                   const char *member,
                   int         value)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_ENUM);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, pspec->value_type);
  g_value_set_enum (&gvalue, value);
  _sf_node_set_value (self, pspec, &gvalue);
}

void
_sf_node_set_double (SfNode     *self,
                     const char *member,
                     double      value)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_DOUBLE);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  _sf_node_set_value (self, pspec, &gvalue);
}

void
_sf_node_set_strv (SfNode             *self,
                   const char         *member,
                   const char * const *value)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_STRV);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, G_TYPE_STRV);
  g_value_set_boxed (&gvalue, value);
  _sf_node_set_value (self, pspec, &gvalue);
}

/* @value: (nullable): a number or a string; a floating reference is sunk. */
void
_sf_node_set_variant (SfNode     *self,
                      const char *member,
                      GVariant   *value)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_SCALAR);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, G_TYPE_VARIANT);
  g_value_set_variant (&gvalue, value);
  _sf_node_set_value (self, pspec, &gvalue);
}

/* Appends a detached @item to a list member; the list holds a reference. */
void
_sf_node_list_append (SfNode     *self,
                      const char *member,
                      SfNode     *item)
{
  GParamSpec *pspec = lookup_member_of_kind (self, member, SF_MEMBER_LIST);
  GListModel *list;
  gpointer items[] = { item };

  g_return_if_fail (SF_IS_NODE (item));
  g_return_if_fail (sf_node_get_parent (item) == NULL);

  if (pspec == NULL)
    return;
  if (!g_type_is_a (G_OBJECT_TYPE (item), _sf_member_item_type (pspec)))
    {
      g_critical ("%s:%s holds %s, not %s", G_OBJECT_TYPE_NAME (self), pspec->name,
                  g_type_name (_sf_member_item_type (pspec)), G_OBJECT_TYPE_NAME (item));
      return;
    }
  list = g_value_get_object (_sf_node_peek_value (self, pspec));
  _sf_node_list_splice (self, pspec, g_list_model_get_n_items (list), 0, items, 1);
}

/**
 * sf_node_get_string:
 * @self: a #SfNode
 * @property: a string member, by property or JSON name
 *
 * Returns: (nullable): the value of the member, or %NULL
 */
const char *
sf_node_get_string (SfNode     *self,
                    const char *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  pspec = find_member (self, property);
  if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
    return NULL;
  return g_value_get_string (_sf_node_peek_value (self, pspec));
}

/**
 * sf_node_get_id:
 * @self: a #SfNode
 *
 * Returns: (nullable): the `id` member of @self, if it has one
 */
const char *
sf_node_get_id (SfNode *self)
{
  SfNodeClass *klass;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  /* The classes with an id declare it first: no lookup by name, which was
   * a sixth of the instructions of a 10,000-statement merge. */
  klass = SF_NODE_GET_CLASS (self);
  if (klass->n_members > 0 && klass->members[0]->value_type == G_TYPE_STRING &&
      strcmp (klass->members[0]->name, "id") == 0)
    return g_value_get_string (_sf_node_peek_value (self, klass->members[0]));
  return sf_node_get_string (self, "id");
}

/**
 * sf_node_get_list:
 * @self: a #SfNode
 * @property: a list member, by property or JSON name
 *
 * Returns: (transfer none) (nullable): the list, or %NULL if @self has no
 *   such list member
 */
GListModel *
sf_node_get_list (SfNode     *self,
                  const char *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  pspec = find_member (self, property);
  if (pspec == NULL || _sf_member_kind (pspec) != SF_MEMBER_LIST)
    return NULL;
  return g_value_get_object (_sf_node_peek_value (self, pspec));
}

/**
 * sf_node_get_child:
 * @self: a #SfNode
 * @property: a child member, by property or JSON name
 *
 * Returns: (transfer none) (nullable): the child node
 */
SfNode *
sf_node_get_child (SfNode     *self,
                   const char *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  pspec = find_member (self, property);
  if (pspec == NULL || _sf_member_kind (pspec) != SF_MEMBER_CHILD)
    return NULL;
  return g_value_get_object (_sf_node_peek_value (self, pspec));
}

/**
 * sf_node_get_n_extras:
 * @self: a #SfNode
 *
 * Returns: how many members unknown to this version @self keeps
 */
guint
sf_node_get_n_extras (SfNode *self)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);

  g_return_val_if_fail (SF_IS_NODE (self), 0);

  return priv->extras ? priv->extras->len : 0;
}

/**
 * sf_node_equal:
 * @a: a #SfNode
 * @b: a #SfNode
 *
 * Compares two nodes deeply: their members, their children and lists, and
 * the members unknown to this version that they keep.
 *
 * Returns: %TRUE if @a and @b hold the same data
 */
gboolean
sf_node_equal (SfNode *a,
               SfNode *b)
{
  SfNodeClass *klass;

  g_return_val_if_fail (SF_IS_NODE (a) && SF_IS_NODE (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = SF_NODE_GET_CLASS (a);
  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *va = _sf_node_peek_value (a, pspec);
      const GValue *vb = _sf_node_peek_value (b, pspec);

      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_CHILD:
          if (!sf_node_equal (g_value_get_object (va), g_value_get_object (vb)))
            return FALSE;
          break;

        case SF_MEMBER_LIST:
          {
            GListModel *la = g_value_get_object (va);
            GListModel *lb = g_value_get_object (vb);
            guint n = g_list_model_get_n_items (la);

            if (n != g_list_model_get_n_items (lb))
              return FALSE;
            for (guint j = 0; j < n; j++)
              {
                g_autoptr(SfNode) ia = g_list_model_get_item (la, j);
                g_autoptr(SfNode) ib = g_list_model_get_item (lb, j);

                if (!sf_node_equal (ia, ib))
                  return FALSE;
              }
          }
          break;

        case SF_MEMBER_STRING:
        case SF_MEMBER_INT:
        case SF_MEMBER_DOUBLE:
        case SF_MEMBER_ENUM:
        case SF_MEMBER_STRV:
        case SF_MEMBER_SCALAR:
        default:
          if (!_sf_values_equal (pspec, va, vb))
            return FALSE;
          break;
        }
    }

  return _sf_extras_equal (_sf_node_get_extras (a), _sf_node_get_extras (b));
}

gboolean
_sf_extras_equal (GPtrArray *a,
                  GPtrArray *b)
{
  if ((a ? a->len : 0) != (b ? b->len : 0))
    return FALSE;
  for (guint i = 0; a != NULL && i < a->len; i++)
    {
      SfExtra *xa = g_ptr_array_index (a, i);
      SfExtra *xb = g_ptr_array_index (b, i);

      if (g_strcmp0 (xa->name, xb->name) != 0 || xa->after != xb->after ||
          !json_node_equal (xa->value, xb->value))
        return FALSE;
    }
  return TRUE;
}

/* A deep copy of a node's unknown members, or NULL when it has none. */
GPtrArray *
_sf_extras_copy (GPtrArray *extras)
{
  GPtrArray *copy;

  if (extras == NULL || extras->len == 0)
    return NULL;
  copy = g_ptr_array_new_full (extras->len, sf_extra_free);
  for (guint i = 0; i < extras->len; i++)
    {
      SfExtra *extra = g_ptr_array_index (extras, i);
      SfExtra *dup = g_new0 (SfExtra, 1);

      dup->name = g_strdup (extra->name);
      dup->value = json_node_copy (extra->value);
      dup->after = extra->after;
      g_ptr_array_add (copy, dup);
    }
  return copy;
}

/* Replaces the unknown members; takes @extras (nullable) and returns the
 * previous ones. */
GPtrArray *
_sf_node_swap_extras (SfNode    *self,
                      GPtrArray *extras)
{
  SfNodePrivate *priv = sf_node_get_instance_private (self);
  GPtrArray *old = priv->extras;

  priv->extras = extras;
  return old;
}

static void
copy_into (SfNode *dest,
           SfNode *src)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (src);
  SfNodePrivate *priv = sf_node_get_instance_private (dest);

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *value = _sf_node_peek_value (src, pspec);

      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_CHILD:
          copy_into (g_value_get_object (_sf_node_peek_value (dest, pspec)),
                     g_value_get_object (value));
          break;

        case SF_MEMBER_LIST:
          {
            GPtrArray *items = _sf_node_list_get_items (g_value_get_object (value));
            g_autoptr(GPtrArray) copies = g_ptr_array_new_full (items->len, g_object_unref);

            for (guint j = 0; j < items->len; j++)
              g_ptr_array_add (copies, sf_node_copy (g_ptr_array_index (items, j)));
            _sf_node_list_splice (dest, pspec, 0, 0, copies->pdata, copies->len);
          }
          break;

        case SF_MEMBER_STRING:
        case SF_MEMBER_INT:
        case SF_MEMBER_DOUBLE:
        case SF_MEMBER_ENUM:
        case SF_MEMBER_STRV:
        case SF_MEMBER_SCALAR:
        default:
          {
            GValue copy = G_VALUE_INIT;

            g_value_init (&copy, pspec->value_type);
            g_value_copy (value, &copy);
            _sf_node_take_value (dest, pspec, &copy);
          }
          break;
        }
    }

  g_clear_pointer (&priv->extras, g_ptr_array_unref);
  priv->extras = _sf_extras_copy (_sf_node_get_extras (src));
}

/**
 * sf_node_copy:
 * @self: a #SfNode
 *
 * Copies a node deeply: its members, children, lists and the members unknown
 * to this version. The copy belongs to no document; sf_node_equal() holds
 * between it and @self.
 *
 * Returns: (transfer full): the copy
 */
gpointer
sf_node_copy (SfNode *self)
{
  SfNode *copy;

  g_return_val_if_fail (SF_IS_NODE (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  copy_into (copy, self);
  return copy;
}

/**
 * sf_list_find_by_id:
 * @list: a #GListModel of #SfNode
 * @id: (nullable): the id to find
 * @position: (out) (optional): where it is
 *
 * Returns: (transfer none) (nullable): the first node of @list with the id @id
 */
gpointer
sf_list_find_by_id (GListModel *list,
                    const char *id,
                    guint      *position)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  if (id == NULL)
    return NULL;

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfNode) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_node_get_id (item), id) == 0)
        {
          if (position != NULL)
            *position = i;
          /* The list keeps the item alive. */
          return item;
        }
    }
  return NULL;
}
