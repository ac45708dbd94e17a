/* test-search.c: finding and replacing text in statements
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-search.h"
#include "sf-test-util.h"

/* Counted the plain way, to check the search against: ASCII queries,
 * non-overlapping, a byte of a multibyte character counts as no letter. */
static gboolean
naive_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static guint
naive_count (const char    *text,
             const char    *query,
             SfSearchFlags  flags)
{
  g_autofree char *haystack = NULL;
  g_autofree char *needle = NULL;
  gsize n = strlen (query);
  guint count = 0;

  if (text == NULL)
    return 0;
  haystack = flags & SF_SEARCH_CASE_SENSITIVE ? g_strdup (text) : g_ascii_strdown (text, -1);
  needle = flags & SF_SEARCH_CASE_SENSITIVE ? g_strdup (query) : g_ascii_strdown (query, -1);
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p, needle))
    {
      if ((flags & SF_SEARCH_WHOLE_WORD) &&
          ((p > haystack && naive_word_char (p[-1])) || naive_word_char (p[n])))
        {
          p++;
          continue;
        }
      count++;
      p += n;
    }
  return count;
}

static guint
naive_count_framework (SfFramework   *framework,
                       const char    *query,
                       SfSearchFlags  flags,
                       gboolean       replaceable_only)
{
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (framework);
  guint count = 0;

  for (guint i = 0; i < statements->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (statements, i);
      GListModel *citations = sf_statement_get_citations (statement);
      const char * const *links = sf_statement_get_anchors (statement);

      count += naive_count (sf_statement_get_title (statement), query, flags);
      count += naive_count (sf_statement_get_text (statement), query, flags);
      if (replaceable_only)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (citations); j++)
        {
          g_autoptr(SfCitation) citation = g_list_model_get_item (citations, j);
          SfSource *source = sf_framework_find_source (framework, sf_citation_get_source (citation));

          if (source != NULL)
            count += naive_count (sf_source_get_title (source), query, flags);
          count += naive_count (sf_citation_get_locator (citation), query, flags);
        }
      for (guint j = 0; links != NULL && links[j] != NULL; j++)
        {
          SfAnchor *anchor = sf_framework_find_anchor (framework, links[j]);

          if (anchor != NULL)
            count += naive_count (sf_anchor_get_name (anchor), query, flags);
        }
    }
  return count;
}

static guint
count_matches (SfFramework   *framework,
               const char    *query,
               SfSearchFlags  flags)
{
  g_autoptr(SfSearch) search = sf_search_new (query, flags);
  g_autoptr(GArray) matches = sf_search_find (search, framework, NULL, NULL);

  return matches->len;
}

/* The position of a match in document order, to compare two. */
static void
order_key (const SfSearchMatch *match,
           GHashTable          *statement_index,
           guint64              key[4])
{
  key[0] = GPOINTER_TO_UINT (g_hash_table_lookup (statement_index, match->statement));
  key[1] = match->member <= SF_SEARCH_MEMBER_TEXT ? match->member
         : match->member == SF_SEARCH_MEMBER_ANCHOR_NAME ? 1000 + match->position
         : 2 + match->position * 2 + (match->member == SF_SEARCH_MEMBER_CITATION_LOCATOR);
  key[2] = match->start;
  key[3] = 0;
}

static void
test_seed_counts (void)
{
  g_autoptr(SfFramework) framework = sf_test_load_seed ();
  g_autoptr(GPtrArray) statements = sf_framework_dup_statements (framework);
  g_autoptr(GHashTable) statement_index = g_hash_table_new (NULL, NULL);
  static const char * const queries[] = { "laboratory", "sample", "specimen", "quality", "O*NET", "result", "a" };

  for (guint i = 0; i < statements->len; i++)
    g_hash_table_insert (statement_index, g_ptr_array_index (statements, i), GUINT_TO_POINTER (i + 1));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (SfSearchFlags flags = 0; flags <= (SF_SEARCH_CASE_SENSITIVE | SF_SEARCH_WHOLE_WORD); flags++)
      {
        g_autoptr(SfSearch) search = sf_search_new (queries[q], flags);
        g_autoptr(GArray) matches = sf_search_find (search, framework, NULL, NULL);
        guint expected = naive_count_framework (framework, queries[q], flags, FALSE);
        guint64 last[4] = { 0, 0, 0, 0 };

        g_test_message ("%s (flags %u): %u matches", queries[q], flags, matches->len);
        g_assert_cmpuint (matches->len, ==, expected);
        g_assert_cmpuint (matches->len, >, 0);
        for (guint i = 0; i < matches->len; i++)
          {
            SfSearchMatch *match = &g_array_index (matches, SfSearchMatch, i);
            const char *text = sf_search_match_get_string (match);
            guint64 key[4];

            g_assert_cmpuint (match->end - match->start, ==, strlen (queries[q]));
            if (flags & SF_SEARCH_CASE_SENSITIVE)
              g_assert_cmpint (strncmp (text + match->start, queries[q], strlen (queries[q])), ==, 0);
            else
              g_assert_cmpint (g_ascii_strncasecmp (text + match->start, queries[q], strlen (queries[q])), ==, 0);
            order_key (match, statement_index, key);
            g_assert_true (key[0] > last[0] || (key[0] == last[0] && (key[1] > last[1] ||
                                                                        (key[1] == last[1] && key[2] >= last[2]))));
            memcpy (last, key, sizeof key);
          }
      }

  /* The options change the count as they should. */
  g_assert_cmpuint (count_matches (framework, "Laboratory", SF_SEARCH_CASE_SENSITIVE), <,
                    count_matches (framework, "Laboratory", SF_SEARCH_DEFAULT));
  g_assert_cmpuint (count_matches (framework, "test", SF_SEARCH_WHOLE_WORD), <,
                    count_matches (framework, "test", SF_SEARCH_DEFAULT));
  g_assert_cmpuint (count_matches (framework, "", SF_SEARCH_DEFAULT), ==, 0);
  g_assert_cmpuint (count_matches (framework, "no such words anywhere", SF_SEARCH_DEFAULT), ==, 0);
}

/* The substrings of @text that @query matches, joined with "|". */
static char *
matched (const char    *text,
         const char    *query,
         SfSearchFlags  flags)
{
  g_autoptr(SfSearch) search = sf_search_new (query, flags);
  g_autoptr(GArray) ranges = sf_search_find_in_string (search, text);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      SfSearchRange *range = &g_array_index (ranges, SfSearchRange, i);

      g_assert_true (g_utf8_validate (text + range->start, range->end - range->start, NULL));
      if (i > 0)
        g_string_append_c (joined, '|');
      g_string_append_len (joined, text + range->start, range->end - range->start);
    }
  return g_string_free (joined, FALSE);
}

#define assert_matched(text, query, flags, expected) \
  G_STMT_START { \
    g_autofree char *found_ = matched (text, query, flags); \
    g_assert_cmpstr (found_, ==, expected); \
  } G_STMT_END

static void
test_whole_word (void)
{
  const char *text = "Test testing tested test_case retest (test) test.";

  assert_matched (text, "test", SF_SEARCH_DEFAULT, "Test|test|test|test|test|test|test");
  assert_matched (text, "test", SF_SEARCH_WHOLE_WORD, "Test|test|test");
  assert_matched (text, "test", SF_SEARCH_WHOLE_WORD | SF_SEARCH_CASE_SENSITIVE, "test|test");
  assert_matched (text, "test testing", SF_SEARCH_WHOLE_WORD, "Test testing");
  /* Non-ASCII letters are letters. */
  assert_matched ("Darüber über überall", "über", SF_SEARCH_DEFAULT, "über|über|über");
  assert_matched ("Darüber über überall", "über", SF_SEARCH_WHOLE_WORD, "über");
  assert_matched ("naïve naï", "na", SF_SEARCH_WHOLE_WORD, "");
  assert_matched ("x—test—y", "test", SF_SEARCH_WHOLE_WORD, "test");
  assert_matched ("aaaa", "aa", SF_SEARCH_DEFAULT, "aa|aa");
}

static void
test_case_folding (void)
{
  const char *text = "Straße, STRASSE and strasse; Ärzte and ÄRZTE; ΟΔΟΣ, οδος";

  assert_matched (text, "strasse", SF_SEARCH_DEFAULT, "Straße|STRASSE|strasse");
  assert_matched (text, "STRAẞE", SF_SEARCH_DEFAULT, "Straße|STRASSE|strasse");
  assert_matched (text, "straße", SF_SEARCH_CASE_SENSITIVE, "");
  assert_matched (text, "Straße", SF_SEARCH_CASE_SENSITIVE, "Straße");
  assert_matched (text, "ärzte", SF_SEARCH_DEFAULT, "Ärzte|ÄRZTE");
  assert_matched (text, "Ärzte", SF_SEARCH_CASE_SENSITIVE, "Ärzte");
  assert_matched (text, "οδος", SF_SEARCH_DEFAULT, "ΟΔΟΣ|οδος");
  assert_matched (text, "οδος", SF_SEARCH_DEFAULT | SF_SEARCH_WHOLE_WORD, "ΟΔΟΣ|οδος");
  /* A match never splits a character: no "s" inside "ß", no "i" inside
   * "İ" (which folds to "i" and a combining dot). */
  assert_matched ("Maß", "s", SF_SEARCH_DEFAULT, "");
  assert_matched ("İstanbul", "i", SF_SEARCH_DEFAULT, "");
  assert_matched ("İstanbul", "i̇stanbul", SF_SEARCH_DEFAULT, "İstanbul");
  /* The Kelvin sign folds to "k": the range covers its three bytes. */
  assert_matched ("5 \xe2\x84\xaa", "k", SF_SEARCH_DEFAULT, "\xe2\x84\xaa");
  /* Composed and decomposed forms meet; a base letter alone does not
   * match one with an accent. */
  assert_matched ("café and cafe\xcc\x81", "café", SF_SEARCH_DEFAULT, "café|cafe\xcc\x81");
  assert_matched ("café and cafe\xcc\x81", "cafe\xcc\x81", SF_SEARCH_CASE_SENSITIVE, "café|cafe\xcc\x81");
  assert_matched ("café and cafe\xcc\x81", "cafe", SF_SEARCH_DEFAULT, "");
  /* Byte offsets are the original's, after text that folds longer. */
  {
    g_autoptr(SfSearch) search = sf_search_new ("lab", SF_SEARCH_DEFAULT);
    g_autoptr(GArray) ranges = sf_search_find_in_string (search, "ẞß İ LAB");
    SfSearchRange *range = &g_array_index (ranges, SfSearchRange, 0);

    g_assert_cmpuint (ranges->len, ==, 1);
    g_assert_cmpuint (range->start, ==, strlen ("ẞß İ "));
    g_assert_cmpuint (range->end, ==, strlen ("ẞß İ LAB"));
  }
}

static SfFramework *
load_minimal (void)
{
  g_autofree char *json = sf_test_minimal_json ();
  g_autoptr(GError) error = NULL;
  SfFramework *framework = sf_test_read_string (json, &error);

  g_assert_no_error (error);
  return framework;
}

static void
test_members (void)
{
  g_autoptr(SfFramework) framework = load_minimal ();
  g_autoptr(SfSearch) laboratory = sf_search_new ("LABORATORY", SF_SEARCH_DEFAULT);
  g_autoptr(GArray) matches = sf_search_find (laboratory, framework, NULL, NULL);
  SfSearchMatch *match;

  /* s1's text, then the name of the anchor it links. */
  g_assert_cmpuint (matches->len, ==, 2);
  match = &g_array_index (matches, SfSearchMatch, 0);
  g_assert_cmpstr (sf_statement_get_id (match->statement), ==, "s1");
  g_assert_cmpint (match->member, ==, SF_SEARCH_MEMBER_TEXT);
  g_assert_true (match->node == SF_NODE (match->statement));
  g_assert_cmpuint (match->start, ==, strlen ("Analyses "));
  g_assert_true (sf_search_match_is_replaceable (match));
  match = &g_array_index (matches, SfSearchMatch, 1);
  g_assert_cmpint (match->member, ==, SF_SEARCH_MEMBER_ANCHOR_NAME);
  g_assert_true (SF_IS_ANCHOR (match->node));
  g_assert_cmpstr (sf_anchor_get_id (SF_ANCHOR (match->node)), ==, "t1");
  g_assert_cmpuint (match->position, ==, 0);
  g_assert_cmpuint (match->start, ==, strlen ("Analyze "));
  g_assert_false (sf_search_match_is_replaceable (match));
  g_clear_pointer (&matches, g_array_unref);

  {
    g_autoptr(SfSearch) online = sf_search_new ("online", SF_SEARCH_WHOLE_WORD);
    g_autoptr(SfSearch) tasks = sf_search_new ("tasks", SF_SEARCH_DEFAULT);
    g_autoptr(SfSearch) science = sf_search_new ("science", SF_SEARCH_DEFAULT);

    matches = sf_search_find (online, framework, NULL, NULL);
    g_assert_cmpuint (matches->len, ==, 1);
    match = &g_array_index (matches, SfSearchMatch, 0);
    g_assert_cmpint (match->member, ==, SF_SEARCH_MEMBER_CITATION_SOURCE);
    g_assert_true (SF_IS_SOURCE (match->node));
    g_assert_cmpstr (sf_search_match_get_string (match), ==, "O*NET OnLine");
    g_clear_pointer (&matches, g_array_unref);

    matches = sf_search_find (tasks, framework, NULL, NULL);
    g_assert_cmpuint (matches->len, ==, 1);
    match = &g_array_index (matches, SfSearchMatch, 0);
    g_assert_cmpint (match->member, ==, SF_SEARCH_MEMBER_CITATION_LOCATOR);
    g_assert_true (SF_IS_CITATION (match->node));
    g_clear_pointer (&matches, g_array_unref);

    /* "Scientific" in s2's title and text is not "science"; the anchor it
     * links is. */
    matches = sf_search_find (science, framework, NULL, NULL);
    g_assert_cmpuint (matches->len, ==, 1);
    match = &g_array_index (matches, SfSearchMatch, 0);
    g_assert_cmpstr (sf_statement_get_id (match->statement), ==, "s2");
    g_assert_cmpint (match->member, ==, SF_SEARCH_MEMBER_ANCHOR_NAME);
  }
}

static gboolean
only_s2 (SfStatement *statement,
         gpointer     user_data)
{
  (*(guint *) user_data)++;
  return g_strcmp0 (sf_statement_get_id (statement), "s2") == 0;
}

static void
test_filter (void)
{
  g_autoptr(SfFramework) framework = load_minimal ();
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfSearch) search = sf_search_new ("s", SF_SEARCH_DEFAULT);
  g_autoptr(GArray) all = sf_search_find (search, framework, NULL, NULL);
  g_autoptr(GArray) some = NULL;
  guint calls = 0;
  guint expected;

  some = sf_search_find (search, framework, only_s2, &calls);
  g_assert_cmpuint (calls, ==, 2);
  /* Asked only about statements that match. */
  {
    g_autoptr(SfSearch) scientific = sf_search_new ("scientific", SF_SEARCH_DEFAULT);
    g_autoptr(GArray) one = sf_search_find (scientific, framework, only_s2, &calls);

    g_assert_cmpuint (one->len, ==, 2);
    g_assert_cmpuint (calls, ==, 3);
  }
  g_assert_cmpuint (some->len, >, 0);
  g_assert_cmpuint (some->len, <, all->len);
  for (guint i = 0; i < some->len; i++)
    g_assert_cmpstr (sf_statement_get_id (g_array_index (some, SfSearchMatch, i).statement), ==, "s2");

  expected = naive_count (sf_statement_get_title (g_array_index (some, SfSearchMatch, 0).statement), "s", 0) +
             naive_count (sf_statement_get_text (g_array_index (some, SfSearchMatch, 0).statement), "s", 0);
  g_assert_cmpuint (sf_search_replace_all (search, document, only_s2, &calls, "z"), ==, expected);
  g_assert_cmpstr (sf_statement_get_title (g_array_index (all, SfSearchMatch, 0).statement), ==, "Specimen analysis");
  g_assert_cmpstr (sf_statement_get_title (g_array_index (some, SfSearchMatch, 0).statement), ==, "zcientific method");
}

typedef struct
{
  SfFramework *framework;
  SfDocument  *document;
  char        *before;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->framework = sf_test_load_seed ();
  fixture->document = sf_document_new (fixture->framework);
  fixture->before = sf_test_write_string (fixture->framework);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->framework);
  g_assert_finalize_object (g_steal_pointer (&fixture->document));
  g_free (fixture->before);
}

/* One undo gives the framework back exactly, byte for byte. */
static void
assert_one_undo_restores (Fixture *fixture)
{
  g_autofree char *after = NULL;

  g_assert_true (sf_document_undo (fixture->document));
  g_assert_false (sf_document_can_undo (fixture->document));
  after = sf_test_write_string (fixture->framework);
  g_assert_cmpstr (after, ==, fixture->before);
}

static void
test_replace_one (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SfSearch) search = sf_search_new ("laboratory", SF_SEARCH_DEFAULT);
  g_autoptr(GArray) matches = sf_search_find (search, fixture->framework, NULL, NULL);
  SfSearchMatch *match;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  guint first = 0;

  while (first < matches->len && g_array_index (matches, SfSearchMatch, first).member != SF_SEARCH_MEMBER_TEXT)
    first++;
  g_assert_cmpuint (first, <, matches->len);
  match = &g_array_index (matches, SfSearchMatch, first);
  text = g_strdup (sf_statement_get_text (match->statement));
  expected = g_strdup_printf ("%.*slab%s", (int) match->start, text, text + match->end);

  g_assert_true (sf_search_replace (search, fixture->document, match, "lab"));
  g_assert_cmpstr (sf_statement_get_text (match->statement), ==, expected);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Replace");
  /* The match is gone: replacing it again does nothing. */
  g_assert_false (sf_search_replace (search, fixture->document, match, "lab"));
  g_assert_cmpstr (sf_statement_get_text (match->statement), ==, expected);
  assert_one_undo_restores (fixture);

  /* Names of sources and anchors belong to every statement that cites or
   * links them: they are not replaced. */
  for (guint i = 0; i < matches->len; i++)
    if (!sf_search_match_is_replaceable (&g_array_index (matches, SfSearchMatch, i)))
      g_assert_false (sf_search_replace (search, fixture->document, &g_array_index (matches, SfSearchMatch, i), "x"));
  g_assert_false (sf_document_can_undo (fixture->document));
}

static void
test_replace_all (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SfSearch) search = sf_search_new ("laboratory", SF_SEARCH_DEFAULT);
  g_autoptr(SfSearch) replaced = sf_search_new ("lab", SF_SEARCH_WHOLE_WORD);
  g_autoptr(GArray) matches = NULL;
  guint in_text = naive_count_framework (fixture->framework, "laboratory", 0, TRUE);
  guint elsewhere = naive_count_framework (fixture->framework, "laboratory", 0, FALSE) - in_text;
  guint already = naive_count_framework (fixture->framework, "lab", SF_SEARCH_WHOLE_WORD, TRUE);
  g_autofree char *once = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpuint (in_text, >, 10);
  g_assert_cmpuint (sf_search_replace_all (search, fixture->document, NULL, NULL, "lab"), ==, in_text);
  g_assert_cmpstr (sf_document_get_undo_label (fixture->document), ==, "Replace All");
  matches = sf_search_find (search, fixture->framework, NULL, NULL);
  g_assert_cmpuint (matches->len, ==, elsewhere);
  for (guint i = 0; i < matches->len; i++)
    g_assert_false (sf_search_match_is_replaceable (&g_array_index (matches, SfSearchMatch, i)));
  g_assert_cmpuint (naive_count_framework (fixture->framework, "lab", SF_SEARCH_WHOLE_WORD, TRUE), ==, already + in_text);
  once = sf_test_write_string (fixture->framework);

  assert_one_undo_restores (fixture);
  g_assert_true (sf_document_redo (fixture->document));
  again = sf_test_write_string (fixture->framework);
  g_assert_cmpstr (again, ==, once);
  g_assert_cmpuint (count_matches (fixture->framework, "lab", SF_SEARCH_WHOLE_WORD), >=, already + in_text);
  g_assert_true (sf_document_undo (fixture->document));

  /* Nothing changes, nothing to undo. */
  g_assert_false (sf_document_can_undo (fixture->document));
  g_assert_cmpuint (sf_search_replace_all (replaced, fixture->document, NULL, NULL, "lab"), ==, already);
  g_assert_false (sf_document_can_undo (fixture->document));
  {
    g_autoptr(SfSearch) none = sf_search_new ("no such words anywhere", SF_SEARCH_DEFAULT);

    g_assert_cmpuint (sf_search_replace_all (none, fixture->document, NULL, NULL, "x"), ==, 0);
    g_assert_false (sf_document_can_undo (fixture->document));
  }
}

/* Folded matches are replaced at their bytes in the original, and the
 * replacement is not searched again. */
static void
test_replace_non_ascii (void)
{
  g_autofree char *json = sf_test_minimal_json ();
  g_autofree char *edited = sf_test_replace_once (json, "Analyses laboratory specimens to detect abnormal cells.",
                                                  "Prüft die STRASSE, die Straße und die strasse.");
  g_autoptr(SfFramework) framework = sf_test_read_string (edited, NULL);
  g_autoptr(SfDocument) document = sf_document_new (framework);
  g_autoptr(SfSearch) search = sf_search_new ("straße", SF_SEARCH_WHOLE_WORD);
  g_autoptr(GArray) matches = sf_search_find (search, framework, NULL, NULL);
  g_autofree char *before = sf_test_write_string (framework);
  g_autofree char *after = NULL;
  SfStatement *statement;

  g_assert_cmpuint (matches->len, ==, 3);
  statement = g_array_index (matches, SfSearchMatch, 0).statement;
  g_assert_cmpuint (sf_search_replace_all (search, document, NULL, NULL, "Straße der Straßen"), ==, 3);
  g_assert_cmpstr (sf_statement_get_text (statement), ==,
                   "Prüft die Straße der Straßen, die Straße der Straßen und die Straße der Straßen.");
  g_assert_true (sf_document_undo (document));
  after = sf_test_write_string (framework);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skillframe/search/seed-counts", test_seed_counts);
  g_test_add_func ("/skillframe/search/whole-word", test_whole_word);
  g_test_add_func ("/skillframe/search/case-folding", test_case_folding);
  g_test_add_func ("/skillframe/search/members", test_members);
  g_test_add_func ("/skillframe/search/filter", test_filter);
  g_test_add ("/skillframe/search/replace-one", Fixture, NULL, fixture_set_up, test_replace_one, fixture_tear_down);
  g_test_add ("/skillframe/search/replace-all", Fixture, NULL, fixture_set_up, test_replace_all, fixture_tear_down);
  g_test_add_func ("/skillframe/search/replace-non-ascii", test_replace_non_ascii);

  return g_test_run ();
}
