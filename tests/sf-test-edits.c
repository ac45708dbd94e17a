/* sf-test-edits.c: random edits through every operation the edit layer offers
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edits are generic: they find every node of a framework, every member
 * of every node class, and every list, so that a member added to the model
 * is edited without a change here. Values come from pools of edge cases
 * (empty, white space, very long, non-BMP, control characters, ids that
 * exist elsewhere, extreme numbers) and of values the file format cannot
 * hold, which the edit layer must refuse.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-test-edits.h"

#define PICK(array) (array[g_rand_int_range (editor->rand, 0, G_N_ELEMENTS (array))])

void
sf_test_editor_init (SfTestEditor *editor,
                     guint32       seed)
{
  memset (editor, 0, sizeof *editor);
  editor->rand = g_rand_new_with_seed (seed);
  editor->log = g_string_new (NULL);
}

void
sf_test_editor_clear (SfTestEditor *editor)
{
  g_clear_pointer (&editor->rand, g_rand_free);
  if (editor->log != NULL)
    g_string_free (editor->log, TRUE);
  editor->log = NULL;
}

/**
 * sf_test_seed_from_env:
 * @fallback: the seed to use when SKILLFRAME_TEST_SEED is not set
 *
 * Returns: the seed for random tests: fixed, so that CI runs the same edits
 *   every time, and printed so that a failure can be run again
 */
guint32
sf_test_seed_from_env (guint32 fallback)
{
  const char *env = g_getenv ("SKILLFRAME_TEST_SEED");
  guint32 seed = env ? (guint32) g_ascii_strtoull (env, NULL, 10) : fallback;

  g_test_message ("random edits with seed %u (set SKILLFRAME_TEST_SEED to change it)", seed);
  return seed;
}

static void
collect (SfNode    *node,
         GPtrArray *out)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (node);

  g_ptr_array_add (out, node);
  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *value = _sf_node_peek_value (node, pspec);

      if (_sf_member_kind (pspec) == SF_MEMBER_CHILD)
        collect (g_value_get_object (value), out);
      else if (_sf_member_kind (pspec) == SF_MEMBER_LIST)
        {
          GPtrArray *items = _sf_node_list_get_items (g_value_get_object (value));

          for (guint j = 0; j < items->len; j++)
            collect (g_ptr_array_index (items, j), out);
        }
    }
}

/**
 * sf_test_collect_nodes:
 * @framework: a framework
 *
 * Returns: (transfer container): every node of @framework, itself first,
 *   in document order, borrowed
 */
GPtrArray *
sf_test_collect_nodes (SfFramework *framework)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (SF_NODE (framework), out);
  return out;
}

/* A node: first a kind of node, then one of that kind, so that the few
 * sources and scales are edited as often as the many statements. */
static SfNode *
pick_node (SfTestEditor *editor,
           GPtrArray    *nodes,
           gboolean    (*accept) (SfNode *node))
{
  g_autoptr(GHashTable) by_type = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) types = g_ptr_array_new ();
  GPtrArray *of_type;

  for (guint i = 0; i < nodes->len; i++)
    {
      SfNode *node = g_ptr_array_index (nodes, i);
      GType type = G_OBJECT_TYPE (node);

      if (accept != NULL && !accept (node))
        continue;
      if ((of_type = g_hash_table_lookup (by_type, GSIZE_TO_POINTER (type))) == NULL)
        {
          of_type = g_ptr_array_new ();
          g_hash_table_insert (by_type, GSIZE_TO_POINTER (type), of_type);
          g_ptr_array_add (types, GSIZE_TO_POINTER (type));
        }
      g_ptr_array_add (of_type, node);
    }
  if (types->len == 0)
    return NULL;

  of_type = g_hash_table_lookup (by_type, g_ptr_array_index (types, g_rand_int_range (editor->rand, 0, types->len)));
  return g_ptr_array_index (of_type, g_rand_int_range (editor->rand, 0, of_type->len));
}

/* Ids, levels and sources that exist somewhere, so that edits make
 * duplicates and resolve references as often as they break them. */
static const char *
existing_string (SfTestEditor *editor,
                 GPtrArray    *nodes,
                 const char   *member)
{
  SfNode *node = g_ptr_array_index (nodes, g_rand_int_range (editor->rand, 0, nodes->len));
  const char *value = sf_node_get_string (node, member);

  return value ? value : "";
}

static char *
long_text (guint n)
{
  GString *str = g_string_new (NULL);

  while (str->len < n)
    g_string_append (str, "Verifies results against reference ranges; ");
  return g_string_free (str, FALSE);
}

/* Fills @value with a random value for @pspec; returns whether the edit
 * layer must accept it. */
static gboolean
random_value (SfTestEditor *editor,
              GPtrArray    *nodes,
              GParamSpec   *pspec,
              GValue       *value)
{
  static const char *texts[] = {
    "", " ", "  \t ", "x", "Critical value notification",
    "monitors daily QC performance and applies Westgard rules to detect analytical drift.",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 beyond the BMP 😀🧪", "control \x01\x02\x1f and \t tab \n newline \r",
    "quote \" backslash \\ slash /", "e\xcc\x81 combining, \xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9",
    "\xe2\x80\xae right-to-left override", "emerging", "durable", "proficiency", "onet", "task-01",
    "29-2011.00", "30.2", "SF401", "competencies", "ai-usage",
  };
  static const char *invalid_texts[] = { "\xff\xfe", "caf\xc3", "\xed\xa0\x80 surrogate", "\xc0\xaf" };
  static const char *members[] = { "id", "level", "source", "scale", "rule", "section" };
  static const int ints[] = { 0, 1, -1, 3, 4, 5, 6, 40, 320, G_MAXINT, G_MININT };
  static const double doubles[] = { 0, -0.0, 0.1, 92.5, 1e-300, 1e300, -5.25, 2.43, 1.0 / 3,
                                    4.4384940059720428, 100, 9007199254740993.0, -1e-7 };

  g_value_init (value, pspec->value_type);

  switch (_sf_member_kind (pspec))
    {
    case SF_MEMBER_STRING:
      {
        guint r = g_rand_int_range (editor->rand, 0, 20);

        if (r == 0)
          return _sf_member_is_optional (pspec);   /* NULL */
        if (r == 1)
          {
            g_value_set_string (value, PICK (invalid_texts));
            return FALSE;
          }
        if (r == 2)
          {
            g_value_take_string (value, long_text (g_rand_int_range (editor->rand, 300, 5000)));
            return TRUE;
          }
        if (r < 7)
          g_value_set_string (value, existing_string (editor, nodes, PICK (members)));
        else
          g_value_set_string (value, PICK (texts));
        return TRUE;
      }

    case SF_MEMBER_INT:
      g_value_set_int (value, g_rand_boolean (editor->rand) ? PICK (ints)
                                                            : g_rand_int_range (editor->rand, -10, 500));
      return TRUE;

    case SF_MEMBER_DOUBLE:
      switch (g_rand_int_range (editor->rand, 0, 12))
        {
        case 0:
          g_value_set_double (value, NAN);
          return FALSE;
        case 1:
          g_value_set_double (value, g_rand_boolean (editor->rand) ? INFINITY : -INFINITY);
          return FALSE;
        case 2:
          g_value_set_double (value, g_rand_double_range (editor->rand, -1000, 1000));
          return TRUE;
        default:
          g_value_set_double (value, PICK (doubles));
          return TRUE;
        }

    case SF_MEMBER_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);

        if (g_rand_int_range (editor->rand, 0, 10) == 0)
          {
            g_value_set_enum (value, klass->maximum + 7);
            return FALSE;
          }
        g_value_set_enum (value, klass->values[g_rand_int_range (editor->rand, 0, klass->n_values)].value);
        return TRUE;
      }

    case SF_MEMBER_STRV:
      {
        guint n = g_rand_int_range (editor->rand, 0, 4);
        GStrvBuilder *builder;
        gboolean valid = TRUE;

        if (g_rand_int_range (editor->rand, 0, 8) == 0)
          return TRUE;   /* NULL */
        builder = g_strv_builder_new ();
        for (guint i = 0; i < n; i++)
          {
            guint r = g_rand_int_range (editor->rand, 0, 12);

            if (r == 0)
              {
                g_strv_builder_add (builder, PICK (invalid_texts));
                valid = FALSE;
              }
            else if (r < 8)
              g_strv_builder_add (builder, existing_string (editor, nodes, "id"));
            else
              g_strv_builder_add (builder, PICK (texts));
          }
        g_value_take_boxed (value, g_strv_builder_end (builder));
        g_strv_builder_unref (builder);
        return valid;
      }

    case SF_MEMBER_SCALAR:
      switch (g_rand_int_range (editor->rand, 0, 10))
        {
        case 0:
          return TRUE;   /* NULL */
        case 1:
          g_value_set_variant (value, g_variant_new_int64 (g_rand_boolean (editor->rand) ? G_MAXINT64 : G_MININT64));
          return TRUE;
        case 2:
        case 3:
          g_value_set_variant (value, g_variant_new_int64 (g_rand_int_range (editor->rand, -100, 1000)));
          return TRUE;
        case 4:
        case 5:
          g_value_set_variant (value, g_variant_new_double (PICK (doubles)));
          return TRUE;
        case 6:
          g_value_set_variant (value, g_variant_new_string (PICK (texts)));
          return TRUE;
        case 7:
          g_value_set_variant (value, g_variant_new_double (NAN));
          return FALSE;
        case 8:
          g_value_set_variant (value, g_variant_new_boolean (TRUE));
          return FALSE;
        default:
          /* GVariant strings are UTF-8: bytes are what such text would be. */
          g_value_set_variant (value, g_variant_new_bytestring (PICK (invalid_texts)));
          return FALSE;
        }

    case SF_MEMBER_CHILD:
    case SF_MEMBER_LIST:
    default:
      g_assert_not_reached ();
    }
}

static GParamSpec *
pick_member (SfTestEditor *editor,
             SfNode       *node,
             gboolean      lists)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (node);
  GParamSpec *found[64];
  guint n = 0;

  for (guint i = 0; i < klass->n_members; i++)
    {
      SfMemberKind kind = _sf_member_kind (klass->members[i]);

      if (lists ? kind == SF_MEMBER_LIST : kind < SF_MEMBER_CHILD)
        found[n++] = klass->members[i];
    }
  return n > 0 ? found[g_rand_int_range (editor->rand, 0, n)] : NULL;
}

static gboolean
has_list (SfNode *node)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (node);

  for (guint i = 0; i < klass->n_members; i++)
    if (_sf_member_kind (klass->members[i]) == SF_MEMBER_LIST)
      return TRUE;
  return FALSE;
}

static void
log_node (SfTestEditor *editor,
          SfNode       *node)
{
  g_autofree char *pointer = sf_node_dup_pointer (node);

  g_string_append_printf (editor->log, "%s (%s)", *pointer ? pointer : "/", G_OBJECT_TYPE_NAME (node));
}

static void
edit_set (SfTestEditor *editor,
          SfDocument   *document,
          GPtrArray    *nodes)
{
  SfNode *node = pick_node (editor, nodes, NULL);
  GParamSpec *pspec = pick_member (editor, node, FALSE);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  gboolean valid, accepted;

  if (pspec == NULL)
    return;
  valid = random_value (editor, nodes, pspec, &value);
  g_string_append (editor->log, "set ");
  log_node (editor, node);
  g_string_append_printf (editor->log, " %s", pspec->name);
  if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
    g_string_append_printf (editor->log, " (%zu bytes)", strlen (g_value_get_string (&value)));

  accepted = sf_document_set_value (document, node, pspec->name, &value, &error);
  if (accepted != valid)
    g_error ("the edit layer %s a value it must %s: %s\nedits:\n%s",
             accepted ? "accepted" : "refused", accepted ? "refuse" : "accept",
             error ? error->message : "(no error)", editor->log->str);
  if (!accepted)
    {
      g_assert_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      editor->n_refused++;
      g_string_append (editor->log, " refused");
    }
}

/* A new item: empty, as an author's "Add" makes it, or a copy of one of the
 * same kind, with the same ids. */
static SfNode *
new_item (SfTestEditor *editor,
          GPtrArray    *nodes,
          GType         type)
{
  g_autoptr(GPtrArray) same = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    if (G_OBJECT_TYPE (g_ptr_array_index (nodes, i)) == type)
      g_ptr_array_add (same, g_ptr_array_index (nodes, i));

  if (same->len > 0 && g_rand_boolean (editor->rand))
    return sf_node_copy (g_ptr_array_index (same, g_rand_int_range (editor->rand, 0, same->len)));
  return g_object_new (type, NULL);
}

static void
edit_list (SfTestEditor   *editor,
           SfDocument     *document,
           GPtrArray      *nodes,
           SfTestEditKind  kind)
{
  SfNode *parent = pick_node (editor, nodes, has_list);
  GParamSpec *pspec;
  guint n;

  if (parent == NULL)
    return;
  pspec = pick_member (editor, parent, TRUE);
  n = g_list_model_get_n_items (sf_node_get_list (parent, pspec->name));

  switch (kind)
    {
    case SF_TEST_EDIT_INSERT:
      {
        g_autoptr(SfNode) item = new_item (editor, nodes, _sf_member_item_type (pspec));
        guint position = g_rand_int_range (editor->rand, 0, n + 1);

        g_string_append (editor->log, "insert into ");
        log_node (editor, parent);
        g_string_append_printf (editor->log, " %s at %u", pspec->name, position);
        sf_document_insert (document, parent, pspec->name, position, item);
      }
      break;

    case SF_TEST_EDIT_REMOVE:
      if (n > 0)
        {
          guint position = g_rand_int_range (editor->rand, 0, n);

          g_string_append (editor->log, "remove from ");
          log_node (editor, parent);
          g_string_append_printf (editor->log, " %s at %u", pspec->name, position);
          sf_document_remove (document, parent, pspec->name, position);
        }
      break;

    case SF_TEST_EDIT_MOVE:
      if (n > 1)
        {
          guint from = g_rand_int_range (editor->rand, 0, n);
          guint to = g_rand_int_range (editor->rand, 0, n);

          g_string_append (editor->log, "move in ");
          log_node (editor, parent);
          g_string_append_printf (editor->log, " %s from %u to %u", pspec->name, from, to);
          sf_document_move (document, parent, pspec->name, from, to);
        }
      break;

    case SF_TEST_EDIT_SET:
    case SF_TEST_EDIT_UNDO:
    case SF_TEST_EDIT_REDO:
    case SF_TEST_EDIT_GROUP:
    case SF_TEST_N_EDITS:
    default:
      g_assert_not_reached ();
    }
}

static void
edit (SfTestEditor   *editor,
      SfDocument     *document,
      SfTestEditKind  kind)
{
  g_autoptr(GPtrArray) nodes = sf_test_collect_nodes (sf_document_get_framework (document));

  editor->n_done[kind]++;
  switch (kind)
    {
    case SF_TEST_EDIT_SET:
      edit_set (editor, document, nodes);
      break;

    case SF_TEST_EDIT_INSERT:
    case SF_TEST_EDIT_REMOVE:
    case SF_TEST_EDIT_MOVE:
      edit_list (editor, document, nodes, kind);
      break;

    case SF_TEST_EDIT_UNDO:
      g_string_append (editor->log, "undo");
      sf_document_undo (document);
      break;

    case SF_TEST_EDIT_REDO:
      g_string_append (editor->log, "redo");
      sf_document_redo (document);
      break;

    case SF_TEST_EDIT_GROUP:
      {
        guint n = g_rand_int_range (editor->rand, 2, 5);

        g_string_append_printf (editor->log, "group of %u {\n", n);
        sf_document_begin_action (document, "Group");
        for (guint i = 0; i < n; i++)
          {
            edit (editor, document, g_rand_int_range (editor->rand, SF_TEST_EDIT_SET, SF_TEST_EDIT_MOVE + 1));
            g_string_append_c (editor->log, '\n');
          }
        sf_document_end_action (document);
        g_string_append (editor->log, "}");
      }
      break;

    case SF_TEST_N_EDITS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sf_test_random_edit:
 * @editor: the random source and log
 * @document: the document to edit
 *
 * Makes one random edit through the edit layer: a member set (about half of
 * the edits), an insertion, removal or move in a list, an undo or a redo,
 * or a group of edits as one action.
 */
void
sf_test_random_edit (SfTestEditor *editor,
                     SfDocument   *document)
{
  static const SfTestEditKind weights[] = {
    SF_TEST_EDIT_SET, SF_TEST_EDIT_SET, SF_TEST_EDIT_SET, SF_TEST_EDIT_SET, SF_TEST_EDIT_SET,
    SF_TEST_EDIT_SET, SF_TEST_EDIT_SET, SF_TEST_EDIT_SET, SF_TEST_EDIT_SET, SF_TEST_EDIT_SET,
    SF_TEST_EDIT_INSERT, SF_TEST_EDIT_INSERT, SF_TEST_EDIT_INSERT, SF_TEST_EDIT_REMOVE,
    SF_TEST_EDIT_REMOVE, SF_TEST_EDIT_MOVE, SF_TEST_EDIT_MOVE, SF_TEST_EDIT_UNDO,
    SF_TEST_EDIT_UNDO, SF_TEST_EDIT_REDO, SF_TEST_EDIT_GROUP,
  };
  SfTestEditKind kind;

  do
    kind = PICK (weights);
  while (editor->no_history && (kind == SF_TEST_EDIT_UNDO || kind == SF_TEST_EDIT_REDO));

  edit (editor, document, kind);
  g_string_append_c (editor->log, '\n');
}
