/* sf-search.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is compared folded: each character of it is decomposed (NFD) and,
 * unless the search is case sensitive, case folded, and the query is folded
 * the same way once. A match is found in the folded text, then mapped back
 * to bytes of the original through a table that gives, for each folded
 * byte that begins a character's folding, the offset of that character:
 * a match must begin and end on such bytes, so that "strasse" finds
 * "Straße" whole but "s" finds nothing inside "ß". ASCII text, by far the
 * most common, folds byte for byte and needs no table.
 */

/* memmem(): glibc's finds a needle in linear time. */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-node-private.h"
#include "sf-search.h"

/**
 * SfSearch:
 *
 * A query with its options, ready to find its matches in a framework's
 * statements — their titles, texts, the titles of the sources they cite,
 * the locators of their citations and the names of the O*NET anchors they
 * link — and to replace them in titles and texts through the document, as
 * one undoable step. A search is immutable: a new query is a new search.
 */
struct _SfSearch
{
  GObject        parent_instance;

  char          *query;
  SfSearchFlags  flags;
  char          *needle;
  gsize          needle_len;
  gboolean       needle_ascii;
};

G_DEFINE_FINAL_TYPE (SfSearch, sf_search, G_TYPE_OBJECT)

/* What one search of many strings reuses. */
typedef struct
{
  GString *folded;
  GArray  *map;    /* gssize per folded byte, and one for the end */
  GArray  *ranges; /* SfSearchRange */
} Scratch;

static void
scratch_init (Scratch *scratch)
{
  scratch->folded = g_string_sized_new (256);
  scratch->map = g_array_sized_new (FALSE, FALSE, sizeof (gssize), 256);
  scratch->ranges = g_array_new (FALSE, FALSE, sizeof (SfSearchRange));
}

static void
scratch_clear (Scratch *scratch)
{
  g_string_free (scratch->folded, TRUE);
  g_array_unref (scratch->map);
  g_array_unref (scratch->ranges);
}

/* Both loops are written so that the compiler vectorizes them: they are
 * most of the time of a search (a profile of 10,000 statements had
 * g_ascii_tolower(), a function call a byte, at a quarter of it). */
static gboolean
is_ascii (const char *text,
          gsize       len)
{
  guchar any = 0;

  for (gsize i = 0; i < len; i++)
    any |= (guchar) text[i];
  return any < 0x80;
}

/* Lowers ASCII @text into @out; returns FALSE if @text is not ASCII. */
static gboolean
lower_ascii (const char *text,
             gsize       len,
             char       *out)
{
  guchar any = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      any |= c;
      out[i] = c + ((guchar) (c - 'A') < 26 ? 'a' - 'A' : 0);
    }
  return any < 0x80;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '_';
}

static char *
fold (const char *text,
      gssize      len,
      gboolean    case_sensitive)
{
  g_autofree char *folded = NULL;

  if (case_sensitive)
    return g_utf8_normalize (text, len, G_NORMALIZE_NFD);
  folded = g_utf8_casefold (text, len);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
}

/* Folds non-ASCII @text into the scratch's string and map. */
static gboolean
fold_with_map (SfSearch   *self,
               const char *text,
               gsize       len,
               Scratch    *scratch)
{
  gboolean case_sensitive = (self->flags & SF_SEARCH_CASE_SENSITIVE) != 0;
  gssize none = -1;

  if (!g_utf8_validate (text, len, NULL))
    return FALSE;
  g_string_truncate (scratch->folded, 0);
  g_array_set_size (scratch->map, 0);

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gssize offset = p - text;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (scratch->folded, case_sensitive ? *p : g_ascii_tolower (*p));
          g_array_append_val (scratch->map, offset);
        }
      else
        {
          g_autofree char *folded = fold (p, g_utf8_next_char (p) - p, case_sensitive);
          gsize n = strlen (folded);

          g_string_append_len (scratch->folded, folded, n);
          g_array_append_val (scratch->map, offset);
          for (gsize i = 1; i < n; i++)
            g_array_append_val (scratch->map, none);
        }
    }
  {
    gssize end = len;

    g_array_append_val (scratch->map, end);
  }
  return TRUE;
}

static gboolean
acceptable (SfSearch   *self,
            const char *text,
            gsize       len,
            gsize       start,
            gsize       end)
{
  gunichar next = end < len ? g_utf8_get_char (text + end) : 0;

  /* Not the first part of a character made of several code points. */
  if (next != 0 && g_unichar_ismark (next))
    return FALSE;
  if (self->flags & SF_SEARCH_WHOLE_WORD)
    {
      if (start > 0 && is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, text + start))))
        return FALSE;
      if (next != 0 && is_word_char (next))
        return FALSE;
    }
  return TRUE;
}

/* The matches in @text, into the scratch's ranges. */
static void
find_ranges (SfSearch   *self,
             const char *text,
             Scratch    *scratch)
{
  const char *haystack;
  const gssize *map = NULL;
  gsize len, hay_len, pos = 0;

  g_array_set_size (scratch->ranges, 0);
  if (text == NULL || self->needle_len == 0)
    return;

  len = strlen (text);
  if ((self->flags & SF_SEARCH_CASE_SENSITIVE) ? is_ascii (text, len)
      : (g_string_set_size (scratch->folded, len), lower_ascii (text, len, scratch->folded->str)))
    {
      /* ASCII folds to ASCII: a query that does not cannot match. */
      if (!self->needle_ascii || len < self->needle_len)
        return;
      haystack = (self->flags & SF_SEARCH_CASE_SENSITIVE) ? text : scratch->folded->str;
      hay_len = len;
    }
  else
    {
      if (!fold_with_map (self, text, len, scratch))
        return;
      haystack = scratch->folded->str;
      hay_len = scratch->folded->len;
      map = (const gssize *) (gpointer) scratch->map->data;
    }

  while (pos + self->needle_len <= hay_len)
    {
      const char *found = memmem (haystack + pos, hay_len - pos, self->needle, self->needle_len);
      gsize folded_start, folded_end;
      SfSearchRange range;

      if (found == NULL)
        break;
      folded_start = found - haystack;
      folded_end = folded_start + self->needle_len;
      if (map != NULL)
        {
          if (map[folded_start] < 0 || map[folded_end] < 0)
            {
              pos = folded_start + 1;
              continue;
            }
          range.start = map[folded_start];
          range.end = map[folded_end];
        }
      else
        {
          range.start = folded_start;
          range.end = folded_end;
        }
      if (!acceptable (self, text, len, range.start, range.end))
        {
          pos = folded_start + 1;
          continue;
        }
      g_array_append_val (scratch->ranges, range);
      pos = folded_end;
    }
}

static void
sf_search_finalize (GObject *object)
{
  SfSearch *self = SF_SEARCH (object);

  g_free (self->query);
  g_free (self->needle);

  G_OBJECT_CLASS (sf_search_parent_class)->finalize (object);
}

static void
sf_search_class_init (SfSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_search_finalize;
}

static void
sf_search_init (SfSearch *self)
{
}

/**
 * sf_search_new:
 * @query: the text to find, UTF-8
 * @flags: how it matches
 *
 * Returns: (transfer full): a search for @query; an empty query finds
 *   nothing
 */
SfSearch *
sf_search_new (const char    *query,
               SfSearchFlags  flags)
{
  SfSearch *self;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (query, -1, NULL), NULL);

  self = g_object_new (SF_TYPE_SEARCH, NULL);
  self->query = g_strdup (query);
  self->flags = flags;
  self->needle = fold (query, -1, (flags & SF_SEARCH_CASE_SENSITIVE) != 0);
  self->needle_len = strlen (self->needle);
  self->needle_ascii = is_ascii (self->needle, self->needle_len);
  return self;
}

/**
 * sf_search_get_query:
 * @self: a #SfSearch
 *
 * Returns: the text searched for, as given
 */
const char *
sf_search_get_query (SfSearch *self)
{
  g_return_val_if_fail (SF_IS_SEARCH (self), NULL);

  return self->query;
}

/**
 * sf_search_get_flags:
 * @self: a #SfSearch
 *
 * Returns: how the query matches
 */
SfSearchFlags
sf_search_get_flags (SfSearch *self)
{
  g_return_val_if_fail (SF_IS_SEARCH (self), SF_SEARCH_DEFAULT);

  return self->flags;
}

/**
 * sf_search_is_empty:
 * @self: a #SfSearch
 *
 * Returns: whether the query is empty, and so finds nothing
 */
gboolean
sf_search_is_empty (SfSearch *self)
{
  g_return_val_if_fail (SF_IS_SEARCH (self), TRUE);

  return self->needle_len == 0;
}

/**
 * sf_search_find_in_string:
 * @self: a #SfSearch
 * @text: (nullable): UTF-8 text
 *
 * Finds the matches in one string, as a view does to highlight them.
 *
 * Returns: (transfer full) (element-type SfSearchRange): the matches, in
 *   order, as byte ranges of @text; they do not overlap
 */
GArray *
sf_search_find_in_string (SfSearch   *self,
                          const char *text)
{
  Scratch scratch;
  GArray *ranges;

  g_return_val_if_fail (SF_IS_SEARCH (self), NULL);

  scratch_init (&scratch);
  find_ranges (self, text, &scratch);
  ranges = g_array_ref (scratch.ranges);
  scratch_clear (&scratch);
  return ranges;
}

static void
clear_match (gpointer data)
{
  SfSearchMatch *match = data;

  g_clear_object (&match->statement);
  g_clear_object (&match->node);
}

static void
add_matches (GArray         *matches,
             GArray         *ranges,
             SfStatement    *statement,
             gpointer        node,
             SfSearchMember  member,
             guint           position)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      SfSearchRange *range = &g_array_index (ranges, SfSearchRange, i);
      SfSearchMatch match = {
        g_object_ref (statement), g_object_ref (node), member, position, range->start, range->end,
      };

      g_array_append_val (matches, match);
    }
}

/* The matches in a string many statements share (a source's title, an
 * anchor's name), found once per node. */
static GArray *
cached_ranges (SfSearch   *self,
               GHashTable *cache,
               SfNode     *node,
               const char *text,
               Scratch    *scratch)
{
  GArray *ranges = g_hash_table_lookup (cache, node);

  if (ranges == NULL)
    {
      find_ranges (self, text, scratch);
      ranges = g_array_copy (scratch->ranges);
      g_hash_table_insert (cache, node, ranges);
    }
  return ranges;
}

/* The first node of each id, as sf_list_find_by_id() finds it. */
static GHashTable *
index_by_id (GListModel *list)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *items = _sf_node_list_get_items (list);

  for (guint i = 0; i < items->len; i++)
    {
      SfNode *node = g_ptr_array_index (items, i);
      const char *id = sf_node_get_id (node);

      if (id != NULL && !g_hash_table_contains (index, id))
        g_hash_table_insert (index, (gpointer) id, node);
    }
  return index;
}

/**
 * sf_search_find:
 * @self: a #SfSearch
 * @framework: a framework
 * @filter: (nullable) (scope call): which statements to search, or %NULL
 *   for all; it is asked only about statements with matches
 * @user_data: data for @filter
 *
 * Finds every match in the statements of @framework: in each statement's
 * title, text, the titles of the sources its citations cite and their
 * locators, and the names of the O*NET anchors it links.
 *
 * Returns: (transfer full) (element-type SfSearchMatch): the matches in
 *   document order: by section and statement, then title, text, each
 *   citation's source title and locator, each anchor link, then by offset
 */
GArray *
sf_search_find (SfSearch       *self,
                SfFramework    *framework,
                SfSearchFilter  filter,
                gpointer        user_data)
{
  g_autoptr(GHashTable) sources = NULL;
  g_autoptr(GHashTable) anchors = NULL;
  g_autoptr(GHashTable) cache = NULL;
  GPtrArray *sections;
  GArray *matches;
  Scratch scratch;

  g_return_val_if_fail (SF_IS_SEARCH (self), NULL);
  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (SfSearchMatch));
  g_array_set_clear_func (matches, clear_match);
  if (self->needle_len == 0)
    return matches;

  scratch_init (&scratch);
  sources = index_by_id (sf_framework_get_sources (framework));
  anchors = index_by_id (sf_onet_get_anchors (sf_framework_get_onet (framework)));
  cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  sections = _sf_node_list_get_items (sf_framework_get_sections (framework));
  for (guint i = 0; i < sections->len; i++)
    {
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (g_ptr_array_index (sections, i)));

      for (guint j = 0; j < statements->len; j++)
        {
          SfStatement *statement = g_ptr_array_index (statements, j);
          guint first = matches->len;
          GPtrArray *citations;
          const char * const *links;

          find_ranges (self, sf_statement_get_title (statement), &scratch);
          add_matches (matches, scratch.ranges, statement, statement, SF_SEARCH_MEMBER_TITLE, 0);
          find_ranges (self, sf_statement_get_text (statement), &scratch);
          add_matches (matches, scratch.ranges, statement, statement, SF_SEARCH_MEMBER_TEXT, 0);

          citations = _sf_node_list_get_items (sf_statement_get_citations (statement));
          for (guint k = 0; k < citations->len; k++)
            {
              SfCitation *citation = g_ptr_array_index (citations, k);
              const char *id = sf_citation_get_source (citation);
              SfSource *source = id ? g_hash_table_lookup (sources, id) : NULL;

              if (source != NULL)
                add_matches (matches,
                             cached_ranges (self, cache, SF_NODE (source), sf_source_get_title (source), &scratch),
                             statement, source, SF_SEARCH_MEMBER_CITATION_SOURCE, k);
              find_ranges (self, sf_citation_get_locator (citation), &scratch);
              add_matches (matches, scratch.ranges, statement, citation, SF_SEARCH_MEMBER_CITATION_LOCATOR, k);
            }

          links = sf_statement_get_anchors (statement);
          for (guint k = 0; links != NULL && links[k] != NULL; k++)
            {
              SfAnchor *anchor = g_hash_table_lookup (anchors, links[k]);

              if (anchor != NULL)
                add_matches (matches,
                             cached_ranges (self, cache, SF_NODE (anchor), sf_anchor_get_name (anchor), &scratch),
                             statement, anchor, SF_SEARCH_MEMBER_ANCHOR_NAME, k);
            }

          /* A filter such as "has problems" costs more than a search: it
           * is asked last, about the few statements that match. */
          if (matches->len > first && filter != NULL && !filter (statement, user_data))
            g_array_remove_range (matches, first, matches->len - first);
        }
    }

  scratch_clear (&scratch);
  return matches;
}

/**
 * sf_search_match_get_string:
 * @match: a match
 *
 * Returns: (nullable): the string that holds the match, as it is now
 */
const char *
sf_search_match_get_string (const SfSearchMatch *match)
{
  g_return_val_if_fail (match != NULL, NULL);

  switch (match->member)
    {
    case SF_SEARCH_MEMBER_TITLE:
      return sf_statement_get_title (match->statement);
    case SF_SEARCH_MEMBER_TEXT:
      return sf_statement_get_text (match->statement);
    case SF_SEARCH_MEMBER_CITATION_SOURCE:
      return sf_source_get_title (SF_SOURCE (match->node));
    case SF_SEARCH_MEMBER_CITATION_LOCATOR:
      return sf_citation_get_locator (SF_CITATION (match->node));
    case SF_SEARCH_MEMBER_ANCHOR_NAME:
      return sf_anchor_get_name (SF_ANCHOR (match->node));
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sf_search_match_is_replaceable:
 * @match: a match
 *
 * Returns: whether replacing can change @match: only titles and texts are
 *   replaced (a source's title and an anchor's name belong to every
 *   statement that cites or links them)
 */
gboolean
sf_search_match_is_replaceable (const SfSearchMatch *match)
{
  g_return_val_if_fail (match != NULL, FALSE);

  return match->member == SF_SEARCH_MEMBER_TITLE || match->member == SF_SEARCH_MEMBER_TEXT;
}

static char *
replace_ranges (const char *text,
                GArray     *ranges,
                const char *replacement)
{
  GString *result = g_string_sized_new (strlen (text));
  gsize last = 0;

  for (guint i = 0; i < ranges->len; i++)
    {
      SfSearchRange *range = &g_array_index (ranges, SfSearchRange, i);

      g_string_append_len (result, text + last, range->start - last);
      g_string_append (result, replacement);
      last = range->end;
    }
  g_string_append (result, text + last);
  return g_string_free (result, FALSE);
}

/**
 * sf_search_replace:
 * @self: a #SfSearch
 * @document: the document of the match's framework
 * @match: a match that sf_search_find() gave, in a title or a text
 * @replacement: the text to put in its place
 *
 * Replaces one match, as one undoable action named "Replace". Nothing
 * changes if the match is no longer one: its statement left the document,
 * or its text changed under it.
 *
 * Returns: whether the match was replaced
 */
gboolean
sf_search_replace (SfSearch            *self,
                   SfDocument          *document,
                   const SfSearchMatch *match,
                   const char          *replacement)
{
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;
  const char *text;
  gboolean found = FALSE;
  gboolean done;

  g_return_val_if_fail (SF_IS_SEARCH (self), FALSE);
  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (match != NULL && SF_IS_STATEMENT (match->statement), FALSE);
  g_return_val_if_fail (replacement != NULL && g_utf8_validate (replacement, -1, NULL), FALSE);

  if (!sf_search_match_is_replaceable (match) || !sf_document_contains (document, SF_NODE (match->statement)))
    return FALSE;

  text = sf_search_match_get_string (match);
  ranges = sf_search_find_in_string (self, text);
  for (guint i = 0; i < ranges->len && !found; i++)
    {
      SfSearchRange *range = &g_array_index (ranges, SfSearchRange, i);

      found = range->start == match->start && range->end == match->end;
    }
  if (!found)
    return FALSE;

  one = g_array_new (FALSE, FALSE, sizeof (SfSearchRange));
  g_array_append_val (one, ((SfSearchRange) { match->start, match->end }));
  result = replace_ranges (text, one, replacement);

  sf_document_begin_action (document, _("Replace"));
  done = sf_document_set_string (document, SF_NODE (match->statement),
                                 match->member == SF_SEARCH_MEMBER_TITLE ? "title" : "text", result, &error);
  sf_document_end_action (document);
  if (!done)
    g_debug ("Not replaced: %s", error->message);
  return done;
}

typedef struct
{
  SfStatement *statement;
  const char  *member;
  char        *value;
  guint        n;
} Replacement;

static void
replacement_clear (gpointer data)
{
  Replacement *replacement = data;

  g_free (replacement->value);
}

/**
 * sf_search_replace_all:
 * @self: a #SfSearch
 * @document: a document
 * @filter: (nullable) (scope call): which statements to change, or %NULL
 *   for all; it is asked only about statements with matches
 * @user_data: data for @filter
 * @replacement: the text to put in place of each match
 *
 * Replaces every match in the titles and texts of the document's
 * statements, as one undoable action named "Replace All". The matches are
 * those of the text before any is replaced, so a replacement that contains
 * the query is not replaced again.
 *
 * Returns: how many matches were replaced
 */
guint
sf_search_replace_all (SfSearch       *self,
                       SfDocument     *document,
                       SfSearchFilter  filter,
                       gpointer        user_data,
                       const char     *replacement)
{
  g_autoptr(GArray) replacements = NULL;
  GPtrArray *sections;
  Scratch scratch;
  guint count = 0;

  g_return_val_if_fail (SF_IS_SEARCH (self), 0);
  g_return_val_if_fail (SF_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (replacement != NULL && g_utf8_validate (replacement, -1, NULL), 0);

  if (self->needle_len == 0)
    return 0;

  /* Every new value first, then the edits, so that they are made from the
   * text as it was searched. */
  replacements = g_array_new (FALSE, FALSE, sizeof (Replacement));
  g_array_set_clear_func (replacements, replacement_clear);
  scratch_init (&scratch);
  sections = _sf_node_list_get_items (sf_framework_get_sections (sf_document_get_framework (document)));
  for (guint i = 0; i < sections->len; i++)
    {
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (g_ptr_array_index (sections, i)));

      for (guint j = 0; j < statements->len; j++)
        {
          SfStatement *statement = g_ptr_array_index (statements, j);
          static const char * const members[] = { "title", "text" };
          int asked = -1;

          for (guint k = 0; k < G_N_ELEMENTS (members); k++)
            {
              const char *text = sf_node_get_string (SF_NODE (statement), members[k]);
              Replacement r;

              find_ranges (self, text, &scratch);
              if (scratch.ranges->len == 0)
                continue;
              if (asked < 0)
                asked = filter == NULL || filter (statement, user_data);
              if (!asked)
                break;
              r.statement = statement;
              r.member = members[k];
              r.value = replace_ranges (text, scratch.ranges, replacement);
              r.n = scratch.ranges->len;
              g_array_append_val (replacements, r);
            }
        }
    }
  scratch_clear (&scratch);

  if (replacements->len == 0)
    return 0;

  sf_document_begin_action (document, _("Replace All"));
  for (guint i = 0; i < replacements->len; i++)
    {
      Replacement *r = &g_array_index (replacements, Replacement, i);
      g_autoptr(GError) error = NULL;

      if (sf_document_set_string (document, SF_NODE (r->statement), r->member, r->value, &error))
        count += r->n;
      else
        g_debug ("Not replaced: %s", error->message);
    }
  sf_document_end_action (document);
  return count;
}
