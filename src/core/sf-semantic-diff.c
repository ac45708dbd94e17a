/* sf-semantic-diff.c: what changed between two versions of a framework
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-format-private.h"
#include "sf-list-match-private.h"
#include "sf-model.h"
#include "sf-semantic-diff.h"

static const char * const kind_names[SF_SEMANTIC_N_KINDS] = {
  "statement-added",
  "statement-removed",
  "statement-moved",
  "statement-retitled",
  "statement-reworded",
  "citation-added",
  "citation-removed",
  "anchor-link-added",
  "anchor-link-removed",
  "header-changed",
  "item-added",
  "item-removed",
  "value-changed",
};

/**
 * sf_semantic_change_free:
 * @change: (transfer full): a change
 */
void
sf_semantic_change_free (SfSemanticChange *change)
{
  if (change == NULL)
    return;
  g_free (change->pointer);
  g_free (change->statement);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change->words);
  g_free (change->title);
  g_free (change);
}

/**
 * sf_semantic_change_kind_name:
 * @kind: a kind of change
 *
 * Returns: the kind's stable name for programs, such as `statement-added`
 */
const char *
sf_semantic_change_kind_name (SfSemanticChangeKind kind)
{
  g_return_val_if_fail (kind < SF_SEMANTIC_N_KINDS, NULL);

  return kind_names[kind];
}

static SfSemanticChange *
add_change (GPtrArray            *changes,
            SfSemanticChangeKind  kind,
            const char           *pointer,
            SfNode               *statement,
            const char           *old_value,
            const char           *new_value)
{
  SfSemanticChange *change = g_new0 (SfSemanticChange, 1);

  change->kind = kind;
  change->pointer = g_strdup (pointer);
  if (statement != NULL)
    {
      change->statement = g_strdup (sf_node_get_id (statement));
      change->title = g_strdup (sf_node_get_string (statement, "title"));
    }
  change->old_value = g_strdup (old_value);
  change->new_value = g_strdup (new_value);
  g_ptr_array_add (changes, change);
  return change;
}

/* Words are what whitespace separates; punctuation stays with its word. */
static char **
split_words (const char *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const char *p = text ? text : "";

  while (*p)
    {
      const char *start;

      while (*p && g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      g_ptr_array_add (words, g_strndup (start, p - start));
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

static void
append_run (GString    *out,
            char      **words,
            guint       from,
            guint       to,
            const char *open,
            const char *close)
{
  if (from == to)
    return;
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, open);
  for (guint i = from; i < to; i++)
    {
      if (i > from)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  g_string_append (out, close);
}

/**
 * sf_semantic_word_diff:
 * @old_text: (nullable): the old text
 * @new_text: (nullable): the new text
 *
 * Compares two texts word by word (a longest common subsequence of their
 * words) and marks what changed as `git diff --word-diff` does: removed
 * words as `[-word-]`, added ones as `{+word+}`; words are separated by
 * single spaces.
 *
 * Returns: (transfer full): the marked text
 */
char *
sf_semantic_word_diff (const char *old_text,
                       const char *new_text)
{
  g_auto(GStrv) a = split_words (old_text);
  g_auto(GStrv) b = split_words (new_text);
  guint n = g_strv_length (a), m = g_strv_length (b);
  g_autofree guint *lcs = NULL;
  GString *out = g_string_new (NULL);
  guint i = 0, j = 0, del = 0, ins = 0;

  /* Texts are a sentence or two; a huge one is shown replaced whole. */
  if ((guint64) (n + 1) * (m + 1) > 4000000)
    {
      append_run (out, a, 0, n, "[-", "-]");
      append_run (out, b, 0, m, "{+", "+}");
      return g_string_free (out, FALSE);
    }

  /* lcs[i][j]: the longest common subsequence of a[i..] and b[j..]. */
  lcs = g_new0 (guint, (n + 1) * (m + 1));
  for (int x = n - 1; x >= 0; x--)
    for (int y = m - 1; y >= 0; y--)
      lcs[x * (m + 1) + y] = strcmp (a[x], b[y]) == 0
                               ? lcs[(x + 1) * (m + 1) + y + 1] + 1
                               : MAX (lcs[(x + 1) * (m + 1) + y], lcs[x * (m + 1) + y + 1]);

  del = i;
  ins = j;
  while (i < n || j < m)
    {
      if (i < n && j < m && strcmp (a[i], b[j]) == 0)
        {
          append_run (out, a, del, i, "[-", "-]");
          append_run (out, b, ins, j, "{+", "+}");
          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, a[i]);
          del = ++i;
          ins = ++j;
        }
      else if (j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]))
        j++;
      else
        i++;
    }
  append_run (out, a, del, i, "[-", "-]");
  append_run (out, b, ins, j, "{+", "+}");
  return g_string_free (out, FALSE);
}

static char *
compact_json (char *text)
{
  g_autofree char *owned = text;
  g_autoptr(JsonNode) node = json_from_string (owned, NULL);

  return node ? json_to_string (node, FALSE) : g_strdup (owned);
}

static void
append_pointer (GString    *pointer,
                const char *name,
                int         index)
{
  g_string_append_c (pointer, '/');
  for (const char *p = name; *p; p++)
    if (*p == '~')
      g_string_append (pointer, "~0");
    else if (*p == '/')
      g_string_append (pointer, "~1");
    else
      g_string_append_c (pointer, *p);
  if (index >= 0)
    g_string_append_printf (pointer, "/%d", index);
}

static JsonNode *
extra_value (GPtrArray  *extras,
             const char *name)
{
  for (guint i = 0; extras != NULL && i < extras->len; i++)
    if (strcmp (((SfExtra *) g_ptr_array_index (extras, i))->name, name) == 0)
      return ((SfExtra *) g_ptr_array_index (extras, i))->value;
  return NULL;
}

static void
diff_extras (GPtrArray            *changes,
             SfSemanticChangeKind  kind,
             GString              *pointer,
             SfNode               *a,
             SfNode               *b,
             SfNode               *statement)
{
  GPtrArray *sides[2] = { _sf_node_get_extras (a), _sf_node_get_extras (b) };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gsize len = pointer->len;

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; sides[s] != NULL && i < sides[s]->len; i++)
      {
        const char *name = ((SfExtra *) g_ptr_array_index (sides[s], i))->name;
        JsonNode *old_value = extra_value (sides[0], name);
        JsonNode *new_value = extra_value (sides[1], name);
        g_autofree char *old_text = NULL, *new_text = NULL;

        if (!g_hash_table_add (seen, (gpointer) name))
          continue;
        if (old_value != NULL && new_value != NULL && json_node_equal (old_value, new_value))
          continue;
        old_text = old_value ? json_to_string (old_value, FALSE) : NULL;
        new_text = new_value ? json_to_string (new_value, FALSE) : NULL;
        append_pointer (pointer, name, -1);
        add_change (changes, kind, pointer->str, statement, old_text, new_text);
        g_string_truncate (pointer, len);
      }
}

/* Everything but the statements, compared member by member. */
static void
diff_generic (GPtrArray *header,
              GPtrArray *other,
              GString   *pointer,
              SfNode    *a,
              SfNode    *b,
              gboolean   in_header)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (a);
  gsize len = pointer->len;

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *va = _sf_node_peek_value (a, pspec);
      const GValue *vb = _sf_node_peek_value (b, pspec);
      const char *name = _sf_member_json_name (pspec);

      if (SF_IS_SECTION (a) && strcmp (name, "statements") == 0)
        continue;

      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_CHILD:
          append_pointer (pointer, name, -1);
          diff_generic (header, other, pointer, g_value_get_object (va), g_value_get_object (vb),
                        in_header && SF_IS_OCCUPATION (g_value_get_object (va)));
          break;

        case SF_MEMBER_LIST:
          {
            GPtrArray *la = _sf_node_list_get_items (g_value_get_object (va));
            GPtrArray *lb = _sf_node_list_get_items (g_value_get_object (vb));
            g_autofree int *a_match = g_new (int, la->len + 1);
            g_autofree int *b_match = g_new (int, lb->len + 1);
            g_autofree gboolean *keep = g_new (gboolean, la->len + 1);

            _sf_list_match (la, lb, SF_LIST_MATCH_REST_IN_ORDER, a_match, b_match);
            _sf_list_mark_kept (a_match, la->len, keep);
            for (guint j = 0; j < la->len; j++)
              if (a_match[j] < 0)
                {
                  g_autofree char *json = compact_json (_sf_format_node_to_json (g_ptr_array_index (la, j)));

                  append_pointer (pointer, name, j);
                  add_change (other, SF_SEMANTIC_ITEM_REMOVED, pointer->str, NULL, json, NULL);
                  g_string_truncate (pointer, len);
                }
            for (guint j = 0; j < lb->len; j++)
              {
                append_pointer (pointer, name, j);
                if (b_match[j] < 0)
                  {
                    g_autofree char *json = compact_json (_sf_format_node_to_json (g_ptr_array_index (lb, j)));

                    add_change (other, SF_SEMANTIC_ITEM_ADDED, pointer->str, NULL, NULL, json);
                  }
                else
                  {
                    /* Moved within its list: the old and the new position. */
                    if (!keep[b_match[j]])
                      {
                        g_autofree char *from = g_strdup_printf ("%d", b_match[j]);
                        g_autofree char *to = g_strdup_printf ("%u", j);

                        add_change (other, SF_SEMANTIC_VALUE_CHANGED, pointer->str, NULL, from, to);
                      }
                    diff_generic (header, other, pointer, g_ptr_array_index (la, b_match[j]),
                                  g_ptr_array_index (lb, j), FALSE);
                  }
                g_string_truncate (pointer, len);
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
            {
              g_autofree char *old_text = compact_json (_sf_format_member_to_json (pspec, va));
              g_autofree char *new_text = compact_json (_sf_format_member_to_json (pspec, vb));

              append_pointer (pointer, name, -1);
              add_change (in_header ? header : other,
                          in_header ? SF_SEMANTIC_HEADER_CHANGED : SF_SEMANTIC_VALUE_CHANGED,
                          pointer->str, NULL, old_text, new_text);
            }
          break;
        }
      g_string_truncate (pointer, len);
    }

  diff_extras (in_header ? header : other,
               in_header ? SF_SEMANTIC_HEADER_CHANGED : SF_SEMANTIC_VALUE_CHANGED,
               pointer, a, b, NULL);
}

static char *
location_of (SfNode *statement)
{
  SfNode *section = sf_node_get_parent (statement);
  const char *level = sf_node_get_string (statement, "level");

  return g_strdup_printf ("%s/%s", section ? sf_node_get_id (section) : "",
                          level ? level : "");
}

static char *
citation_text (SfNode *citation)
{
  const char *source = sf_node_get_string (citation, "source");
  const char *locator = sf_node_get_string (citation, "locator");

  if (locator == NULL || *locator == '\0')
    return g_strdup (source ? source : "");
  return g_strdup_printf ("%s %s", source ? source : "", locator);
}

static void
diff_statement (GPtrArray *changes,
                SfNode    *a,
                SfNode    *b)
{
  g_autofree char *pointer = sf_node_dup_pointer (b);
  g_autofree char *from = location_of (a);
  g_autofree char *to = location_of (b);
  const char *fields[] = { "title", "text" };
  const SfSemanticChangeKind kinds[] = { SF_SEMANTIC_STATEMENT_RETITLED, SF_SEMANTIC_STATEMENT_REWORDED };
  GPtrArray *ca = _sf_node_list_get_items (sf_node_get_list (a, "citations"));
  GPtrArray *cb = _sf_node_list_get_items (sf_node_get_list (b, "citations"));
  g_autofree int *a_match = g_new (int, ca->len + 1);
  g_autofree int *b_match = g_new (int, cb->len + 1);
  const char * const *links[2] = {
    sf_statement_get_anchors (SF_STATEMENT (a)),
    sf_statement_get_anchors (SF_STATEMENT (b)),
  };
  g_autoptr(GString) where = g_string_new (pointer);

  if (strcmp (from, to) != 0)
    add_change (changes, SF_SEMANTIC_STATEMENT_MOVED, pointer, b, from, to);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *old_text = sf_node_get_string (a, fields[i]);
      const char *new_text = sf_node_get_string (b, fields[i]);

      if (g_strcmp0 (old_text, new_text) != 0)
        {
          g_autofree char *field_pointer = g_strconcat (pointer, "/", fields[i], NULL);
          SfSemanticChange *change = add_change (changes, kinds[i], field_pointer, b,
                                                 old_text, new_text);

          change->words = sf_semantic_word_diff (old_text, new_text);
        }
    }

  /* Citations as a set: an edited one is one removed and one added. */
  _sf_list_match (ca, cb, SF_LIST_MATCH_EQUAL_ONLY, a_match, b_match);
  for (guint i = 0; i < ca->len; i++)
    if (a_match[i] < 0)
      {
        g_autofree char *text = citation_text (g_ptr_array_index (ca, i));
        g_autofree char *old_pointer = sf_node_dup_pointer (a);
        g_autofree char *at = g_strdup_printf ("%s/citations/%u", old_pointer, i);

        add_change (changes, SF_SEMANTIC_CITATION_REMOVED, at, b, text, NULL);
      }
  for (guint i = 0; i < cb->len; i++)
    if (b_match[i] < 0)
      {
        g_autofree char *text = citation_text (g_ptr_array_index (cb, i));
        g_autofree char *at = g_strdup_printf ("%s/citations/%u", pointer, i);

        add_change (changes, SF_SEMANTIC_CITATION_ADDED, at, b, NULL, text);
      }

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; links[s] != NULL && links[s][i] != NULL; i++)
      if (links[1 - s] == NULL || !g_strv_contains (links[1 - s], links[s][i]))
        {
          g_autofree char *at = g_strdup_printf ("%s/anchors/%u", pointer, i);

          add_change (changes, s == 0 ? SF_SEMANTIC_ANCHOR_LINK_REMOVED : SF_SEMANTIC_ANCHOR_LINK_ADDED,
                      at, b, s == 0 ? links[s][i] : NULL, s == 1 ? links[s][i] : NULL);
        }

  diff_extras (changes, SF_SEMANTIC_VALUE_CHANGED, where, a, b, b);
}

static void
diff_statements (GPtrArray   *changes,
                 SfFramework *old_framework,
                 SfFramework *new_framework)
{
  g_autoptr(GPtrArray) la = sf_framework_dup_statements (old_framework);
  g_autoptr(GPtrArray) lb = sf_framework_dup_statements (new_framework);
  g_autofree int *a_match = g_new (int, la->len + 1);
  g_autofree int *b_match = g_new (int, lb->len + 1);
  g_autofree int *in_place = g_new (int, la->len + 1);
  g_autofree gboolean *keep = g_new (gboolean, la->len + 1);

  _sf_list_match (la, lb, SF_LIST_MATCH_EQUAL_ONLY, a_match, b_match);

  /* Statements that stayed in their section but changed places in it. */
  for (guint i = 0; i < la->len; i++)
    {
      SfNode *a = g_ptr_array_index (la, i);

      in_place[i] = -1;
      if (a_match[i] >= 0)
        {
          SfNode *b = g_ptr_array_index (lb, a_match[i]);
          g_autofree char *from = location_of (a);
          g_autofree char *to = location_of (b);

          if (strcmp (from, to) == 0)
            in_place[i] = a_match[i];
        }
    }
  _sf_list_mark_kept (in_place, la->len, keep);

  for (guint j = 0; j < lb->len; j++)
    {
      SfNode *b = g_ptr_array_index (lb, j);
      g_autofree char *pointer = sf_node_dup_pointer (b);

      if (b_match[j] < 0)
        {
          SfSemanticChange *change = add_change (changes, SF_SEMANTIC_STATEMENT_ADDED, pointer, b,
                                                 NULL, sf_node_get_string (b, "text"));

          change->words = location_of (b);
          continue;
        }
      if (in_place[b_match[j]] >= 0 && !keep[b_match[j]])
        {
          g_autofree char *where = location_of (b);

          add_change (changes, SF_SEMANTIC_STATEMENT_MOVED, pointer, b, where, where);
        }
      diff_statement (changes, g_ptr_array_index (la, b_match[j]), b);
    }

  for (guint i = 0; i < la->len; i++)
    if (a_match[i] < 0)
      {
        SfNode *a = g_ptr_array_index (la, i);
        g_autofree char *pointer = sf_node_dup_pointer (a);
        SfSemanticChange *change = add_change (changes, SF_SEMANTIC_STATEMENT_REMOVED, pointer, a,
                                               sf_node_get_string (a, "text"), NULL);

        change->words = location_of (a);
      }
}

/**
 * sf_semantic_diff:
 * @old_framework: the old version
 * @new_framework: the new version
 *
 * Lists what changed from @old_framework to @new_framework: first the
 * header, then the statements (in the new version's order, then those
 * removed), then everything else. For an added or removed statement,
 * @words holds its "section/level" and the value its text.
 *
 * Returns: (transfer container) (element-type SfSemanticChange): the
 *   changes, empty when the two hold the same data
 */
GPtrArray *
sf_semantic_diff (SfFramework *old_framework,
                  SfFramework *new_framework)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_semantic_change_free);
  g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_semantic_change_free);
  g_autoptr(GString) pointer = g_string_new (NULL);

  g_return_val_if_fail (SF_IS_FRAMEWORK (old_framework), NULL);
  g_return_val_if_fail (SF_IS_FRAMEWORK (new_framework), NULL);

  diff_generic (changes, other, pointer, SF_NODE (old_framework), SF_NODE (new_framework), TRUE);
  diff_statements (changes, old_framework, new_framework);
  g_ptr_array_extend_and_steal (changes, g_steal_pointer (&other));
  return changes;
}

/**
 * sf_semantic_diff_count:
 * @changes: (element-type SfSemanticChange): changes
 * @counts: (array fixed-size=13) (out caller-allocates): for each
 *   #SfSemanticChangeKind, how many of @changes are of that kind
 */
void
sf_semantic_diff_count (GPtrArray *changes,
                        guint     *counts)
{
  g_return_if_fail (changes != NULL && counts != NULL);

  memset (counts, 0, sizeof (guint) * SF_SEMANTIC_N_KINDS);
  for (guint i = 0; i < changes->len; i++)
    counts[((SfSemanticChange *) g_ptr_array_index (changes, i))->kind]++;
}

static char *
kind_count (SfSemanticChangeKind kind,
            guint                n)
{
  switch (kind)
    {
    case SF_SEMANTIC_STATEMENT_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement added",
                                           "%u statements added", n), n);
    case SF_SEMANTIC_STATEMENT_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement removed",
                                           "%u statements removed", n), n);
    case SF_SEMANTIC_STATEMENT_MOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement moved",
                                           "%u statements moved", n), n);
    case SF_SEMANTIC_STATEMENT_RETITLED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement retitled",
                                           "%u statements retitled", n), n);
    case SF_SEMANTIC_STATEMENT_REWORDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement reworded",
                                           "%u statements reworded", n), n);
    case SF_SEMANTIC_CITATION_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u citation added",
                                           "%u citations added", n), n);
    case SF_SEMANTIC_CITATION_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u citation removed",
                                           "%u citations removed", n), n);
    case SF_SEMANTIC_ANCHOR_LINK_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u anchor link added",
                                           "%u anchor links added", n), n);
    case SF_SEMANTIC_ANCHOR_LINK_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u anchor link removed",
                                           "%u anchor links removed", n), n);
    case SF_SEMANTIC_HEADER_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u header field changed",
                                           "%u header fields changed", n), n);
    case SF_SEMANTIC_ITEM_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other item added",
                                           "%u other items added", n), n);
    case SF_SEMANTIC_ITEM_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other item removed",
                                           "%u other items removed", n), n);
    case SF_SEMANTIC_VALUE_CHANGED:
    case SF_SEMANTIC_N_KINDS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other value changed",
                                           "%u other values changed", n), n);
    }
}

/**
 * sf_semantic_diff_summary:
 * @changes: (element-type SfSemanticChange): changes
 *
 * Returns: (transfer full): the changes counted by kind, such as
 *   "2 statements added, 1 statement reworded", or "no changes"
 */
char *
sf_semantic_diff_summary (GPtrArray *changes)
{
  guint counts[SF_SEMANTIC_N_KINDS];
  GString *out = g_string_new (NULL);

  sf_semantic_diff_count (changes, counts);
  for (guint k = 0; k < SF_SEMANTIC_N_KINDS; k++)
    if (counts[k] > 0)
      {
        g_autofree char *count = kind_count (k, counts[k]);

        if (out->len > 0)
          g_string_append (out, ", ");
        g_string_append (out, count);
      }
  if (out->len == 0)
    g_string_append (out, _("no changes"));
  return g_string_free (out, FALSE);
}

/**
 * sf_semantic_change_describe:
 * @change: a change
 *
 * Returns: (transfer full): one line for a reader, such as
 *   `reworded comp-1: Verify {+and report+} results`
 */
char *
sf_semantic_change_describe (const SfSemanticChange *change)
{
  const char *id = change->statement ? change->statement : "";
  const char *title = change->title ? change->title : "";

  switch (change->kind)
    {
    case SF_SEMANTIC_STATEMENT_ADDED:
      return g_strdup_printf (_("added %s (%s): “%s”: %s"), id, change->words, title,
                              change->new_value ? change->new_value : "");
    case SF_SEMANTIC_STATEMENT_REMOVED:
      return g_strdup_printf (_("removed %s (%s): “%s”: %s"), id, change->words, title,
                              change->old_value ? change->old_value : "");
    case SF_SEMANTIC_STATEMENT_MOVED:
      if (g_strcmp0 (change->old_value, change->new_value) == 0)
        return g_strdup_printf (_("moved %s within %s"), id, change->new_value);
      return g_strdup_printf (_("moved %s: %s → %s"), id, change->old_value, change->new_value);
    case SF_SEMANTIC_STATEMENT_RETITLED:
      return g_strdup_printf (_("retitled %s: %s"), id, change->words);
    case SF_SEMANTIC_STATEMENT_REWORDED:
      return g_strdup_printf (_("reworded %s: %s"), id, change->words);
    case SF_SEMANTIC_CITATION_ADDED:
      return g_strdup_printf (_("citation added to %s: %s"), id, change->new_value);
    case SF_SEMANTIC_CITATION_REMOVED:
      return g_strdup_printf (_("citation removed from %s: %s"), id, change->old_value);
    case SF_SEMANTIC_ANCHOR_LINK_ADDED:
      return g_strdup_printf (_("anchor link added to %s: %s"), id, change->new_value);
    case SF_SEMANTIC_ANCHOR_LINK_REMOVED:
      return g_strdup_printf (_("anchor link removed from %s: %s"), id, change->old_value);
    case SF_SEMANTIC_ITEM_ADDED:
      return g_strdup_printf (_("added %s: %s"), change->pointer, change->new_value);
    case SF_SEMANTIC_ITEM_REMOVED:
      return g_strdup_printf (_("removed %s: %s"), change->pointer, change->old_value);
    case SF_SEMANTIC_HEADER_CHANGED:
      return g_strdup_printf (_("header changed %s: %s → %s"), change->pointer,
                              change->old_value ? change->old_value : "—",
                              change->new_value ? change->new_value : "—");
    case SF_SEMANTIC_VALUE_CHANGED:
    case SF_SEMANTIC_N_KINDS:
    default:
      return g_strdup_printf (_("changed %s: %s → %s"), change->pointer,
                              change->old_value ? change->old_value : "—",
                              change->new_value ? change->new_value : "—");
    }
}

/* Values outside statements are JSON already: kept as JSON, not as text. */
static void
set_value (JsonObject           *object,
           const char           *name,
           SfSemanticChangeKind  kind,
           const char           *value)
{
  JsonNode *node = NULL;

  if (value == NULL)
    return;
  if (kind >= SF_SEMANTIC_HEADER_CHANGED)
    node = json_from_string (value, NULL);
  if (node != NULL)
    json_object_set_member (object, name, node);
  else
    json_object_set_string_member (object, name, value);
}

/**
 * sf_semantic_diff_to_json:
 * @changes: (element-type SfSemanticChange): changes
 *
 * Returns: (transfer full): an object with `changes`, an array of objects
 *   (`kind`, `pointer`, and where they apply `statement`, `title`, `old`,
 *   `new` — text for statements, JSON values elsewhere —, `words` or, for a
 *   statement added or removed, `location`), and `counts`, the number of changes of each kind
 */
JsonNode *
sf_semantic_diff_to_json (GPtrArray *changes)
{
  JsonObject *root = json_object_new ();
  JsonArray *array = json_array_new ();
  JsonObject *counts_object = json_object_new ();
  guint counts[SF_SEMANTIC_N_KINDS];
  JsonNode *node;

  for (guint i = 0; i < changes->len; i++)
    {
      SfSemanticChange *change = g_ptr_array_index (changes, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "kind", kind_names[change->kind]);
      json_object_set_string_member (object, "pointer", change->pointer);
      if (change->statement != NULL)
        json_object_set_string_member (object, "statement", change->statement);
      if (change->title != NULL)
        json_object_set_string_member (object, "title", change->title);
      set_value (object, "old", change->kind, change->old_value);
      set_value (object, "new", change->kind, change->new_value);
      if (change->words != NULL)
        json_object_set_string_member (object, change->kind == SF_SEMANTIC_STATEMENT_ADDED ||
                                               change->kind == SF_SEMANTIC_STATEMENT_REMOVED
                                               ? "location" : "words", change->words);
      json_array_add_object_element (array, object);
    }

  sf_semantic_diff_count (changes, counts);
  for (guint k = 0; k < SF_SEMANTIC_N_KINDS; k++)
    json_object_set_int_member (counts_object, kind_names[k], counts[k]);

  json_object_set_array_member (root, "changes", array);
  json_object_set_object_member (root, "counts", counts_object);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  return node;
}
