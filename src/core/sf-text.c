/* sf-text.c: text normalization, tokens and stems for matching
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small, predictable toolkit for comparing English text: fold for
 * case- and form-insensitive comparison, split into word tokens without
 * function words, and reduce each word to a stem with a light suffix
 * stemmer. The stemmer is deliberately conservative and table driven: it
 * only has to make the inflected and derived forms that framework authors
 * actually write ("monitor", "monitoring", "monitors"; "calibrate",
 * "calibration") meet, not to be a linguistic model.
 */

#include "config.h"

#include <string.h>

#include "sf-text.h"

/* Shorter stems than this are left alone by the suffix rules. */
#define MIN_STEM 3

static const char * const stop_words[] = {
  "a", "about", "across", "after", "against", "all", "also", "among", "an",
  "and", "any", "are", "as", "at", "be", "been", "before", "being", "between",
  "both", "but", "by", "can", "could", "did", "do", "does", "done", "during",
  "each", "eg", "either", "etc", "for", "from", "had", "has", "have", "he",
  "her", "his", "how", "ie", "if", "in", "including", "into", "is", "it",
  "its", "may", "more", "most", "must", "no", "nor", "not", "of", "on",
  "onto", "or", "other", "our", "out", "over", "own", "per", "same", "she",
  "should", "so", "such", "than", "that", "the", "their", "them", "then",
  "there", "these", "they", "this", "those", "through", "to", "too", "under",
  "upon", "us", "use", "used", "uses", "using", "via", "was", "we", "were",
  "what", "when", "where", "whether", "which", "while", "who", "whom",
  "whose", "will", "with", "within", "would", "you", "your",
};

static GHashTable *
get_stop_words (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < G_N_ELEMENTS (stop_words); i++)
        g_hash_table_add (set, (gpointer) stop_words[i]);
      g_once_init_leave (&table, set);
    }
  return table;
}

/**
 * sf_text_is_stop_word:
 * @word: a folded word, as sf_text_fold() gives it
 *
 * Whether @word is an English function word ("the", "of", "using", …)
 * that carries no meaning for matching.
 *
 * Returns: %TRUE if @word is a stop word
 */
gboolean
sf_text_is_stop_word (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);

  return g_hash_table_contains (get_stop_words (), word);
}

/* NFKC, case folded, NFKC again: casefolding can undo composition. */
static char *
fold_chars (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *normal = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (normal, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
}

/**
 * sf_text_fold:
 * @text: UTF-8 text; invalid sequences are replaced
 *
 * Folds @text for comparison: compatibility-normalized (NFKC), case folded,
 * every run of white space made one space, and no space at either end.
 * Two strings that a reader would call the same words fold equal.
 *
 * Returns: (transfer full): the folded text
 */
char *
sf_text_fold (const char *text)
{
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  folded = fold_chars (text);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static inline gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Abbreviations that stand for words anchors are named with. */
static const struct
{
  const char *abbreviation;
  const char *words[4];
} abbreviations[] = {
  { "ehr", { "electronic", "health", "record" } },
  { "emr", { "electronic", "medical", "record" } },
  { "lis", { "laboratory", "information", "system" } },
  { "qa", { "quality", "assurance" } },
  { "qc", { "quality", "control" } },
  { "sop", { "standard", "operating", "procedure" } },
  { "sops", { "standard", "operating", "procedures" } },
};

static void
add_word (GPtrArray  *words,
          const char *start,
          gsize       length)
{
  g_autofree char *word = NULL;

  if (g_utf8_strlen (start, length) < 2)
    return;
  word = g_strndup (start, length);
  if (sf_text_is_stop_word (word))
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (strcmp (word, abbreviations[i].abbreviation) == 0)
      {
        for (guint j = 0; j < G_N_ELEMENTS (abbreviations[i].words) && abbreviations[i].words[j]; j++)
          g_ptr_array_add (words, g_strdup (abbreviations[i].words[j]));
        return;
      }
  g_ptr_array_add (words, g_steal_pointer (&word));
}

/**
 * sf_text_words:
 * @text: UTF-8 text
 *
 * Splits @text into its meaningful words. The text is folded as by
 * sf_text_fold(); a word is a run of letters, digits and combining marks,
 * so that punctuation, hyphens and apostrophes separate words
 * ("Levey-Jennings" gives "levey" and "jennings"). Stop words and
 * one-character words are dropped, and a few abbreviations common in
 * occupational text are spelled out ("QC" gives "quality" and "control").
 *
 * Returns: (transfer full) (element-type utf8): the folded words, in text
 *   order
 */
GPtrArray *
sf_text_words (const char *text)
{
  g_autofree char *folded = NULL;
  GPtrArray *words;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  words = g_ptr_array_new_with_free_func (g_free);
  folded = fold_chars (text);
  p = folded;
  while (*p)
    {
      const char *start;

      while (*p && !is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (!*p)
        break;
      start = p;
      while (*p && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      add_word (words, start, p - start);
    }
  return words;
}

/**
 * sf_text_tokenize:
 * @text: UTF-8 text
 *
 * Splits @text into the stems of its meaningful words: the words of
 * sf_text_words(), each reduced with sf_text_stem() ("Levey-Jennings
 * charts" gives "levey", "jen" and "chart").
 *
 * Returns: (transfer full) (element-type utf8): the stems, in text order
 */
GPtrArray *
sf_text_tokenize (const char *text)
{
  GPtrArray *tokens;

  g_return_val_if_fail (text != NULL, NULL);

  tokens = sf_text_words (text);
  for (guint i = 0; i < tokens->len; i++)
    {
      char *word = tokens->pdata[i];

      tokens->pdata[i] = sf_text_stem (word);
      g_free (word);
    }
  return tokens;
}

/* The stemmer. */

typedef struct
{
  const char *suffix;
  const char *replacement;
  guint       min_stem;   /* bytes that must remain before the suffix */
  gboolean    after_st;   /* only after "s" or "t" ("-sion", "-tion") */
} SuffixRule;

/* The analy- family is irregular enough for its own rule: analysis,
 * analyses, analyse(d), analyze(s/d/r), analyzing, analyst, analytic(al)
 * all become "analy"; so do hemolysis and hemolyzed, dialysis, catalyst. */
static const char * const lysis_suffixes[] = {
  "lytically", "lyzers", "lysers", "lytical", "lytics", "lysing", "lyzing",
  "lysis", "lyses", "lysed", "lyser", "lysts", "lytic", "lyzed", "lyzer",
  "lyzes", "lyse", "lyst", "lyze",
};

/* Derivational suffixes, tried in order, the first that fits applies; the
 * table is applied again to the result, so that "operations" goes through
 * "operation" and "operate" to "oper". */
static const SuffixRule derivational[] = {
  { "ientific", "ience", MIN_STEM, FALSE },
  { "ientist", "ience", MIN_STEM, FALSE },
  { "ational", "ate", MIN_STEM, FALSE },
  { "ization", "ize", MIN_STEM, FALSE },
  { "iveness", "ive", MIN_STEM, FALSE },
  { "fulness", "ful", MIN_STEM, FALSE },
  { "ousness", "ous", MIN_STEM, FALSE },
  { "tenance", "tain", MIN_STEM, FALSE },
  { "ability", "able", MIN_STEM, FALSE },
  { "ibility", "ible", MIN_STEM, FALSE },
  { "ically", "ic", MIN_STEM, FALSE },
  { "ality", "al", MIN_STEM, FALSE },
  { "ivity", "ive", MIN_STEM, FALSE },
  { "ation", "ate", MIN_STEM, FALSE },
  { "istry", "ist", MIN_STEM, FALSE },
  { "ator", "ate", MIN_STEM, FALSE },
  { "ness", "", MIN_STEM, FALSE },
  { "ment", "", MIN_STEM, FALSE },
  { "ship", "", MIN_STEM, FALSE },
  { "ance", "", MIN_STEM, FALSE },
  { "ence", "", MIN_STEM, FALSE },
  { "ancy", "", MIN_STEM, FALSE },
  { "ency", "", MIN_STEM, FALSE },
  { "izer", "ize", MIN_STEM, FALSE },
  { "able", "", MIN_STEM, FALSE },
  { "ible", "", MIN_STEM, FALSE },
  { "ion", "", MIN_STEM, TRUE },
  { "ity", "", MIN_STEM, FALSE },
  { "acy", "ate", MIN_STEM, FALSE },
  { "ogy", "og", MIN_STEM, FALSE },
  { "ate", "", MIN_STEM, FALSE },
  { "ive", "", MIN_STEM, FALSE },
  { "ous", "", MIN_STEM, FALSE },
  { "ful", "", MIN_STEM, FALSE },
  { "ist", "", MIN_STEM + 1, FALSE },
  { "ian", "", MIN_STEM, FALSE },
  { "ly", "", MIN_STEM + 1, FALSE },
  { "al", "", MIN_STEM, FALSE },
  { "ic", "", MIN_STEM, FALSE },
  { "er", "", MIN_STEM, FALSE },
};

/* Words the rules get wrong: "integrity" is not "integrate", "medicine"
 * is "medical". */
static const struct
{
  const char *word;
  const char *stem;
} irregular[] = {
  { "integrity", "integrity" },
  { "medicine", "med" },
};

static inline gboolean
ends_with (const GString *w,
           const char    *suffix,
           gsize          suffix_len)
{
  return w->len >= suffix_len
         && memcmp (w->str + w->len - suffix_len, suffix, suffix_len) == 0;
}

static inline gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static gboolean
has_vowel (const char *s,
           gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (is_vowel (s[i]) || (guchar) s[i] >= 0x80)
      return TRUE;
  return FALSE;
}

static inline gboolean
is_consonant (char c)
{
  return g_ascii_isalpha (c) && !is_vowel (c);
}

static gboolean
ends_double_consonant (const GString *w)
{
  return w->len >= 2
         && w->str[w->len - 1] == w->str[w->len - 2]
         && is_consonant (w->str[w->len - 1]);
}

static gboolean
strip_lysis (GString *w)
{
  for (gsize i = 0; i < G_N_ELEMENTS (lysis_suffixes); i++)
    {
      gsize n = strlen (lysis_suffixes[i]);

      if (w->len >= n + 2 && ends_with (w, lysis_suffixes[i], n))
        {
          g_string_truncate (w, w->len - n);
          g_string_append (w, "ly");
          return TRUE;
        }
    }
  return FALSE;
}

/* Plurals and third persons: "-sses", "-ies", "-s". */
static void
strip_plural (GString *w)
{
  if (ends_with (w, "sses", 4))
    g_string_truncate (w, w->len - 2);
  else if (ends_with (w, "ies", 3) && w->len > 4)
    {
      g_string_truncate (w, w->len - 3);
      g_string_append_c (w, 'y');
    }
  else if (ends_with (w, "ss", 2) || ends_with (w, "us", 2) || ends_with (w, "is", 2))
    return;
  else if (ends_with (w, "s", 1) && w->len > 3)
    g_string_truncate (w, w->len - 1);
}

/* Past and progressive: "-ed", "-ing", with Porter's repairs. */
static void
strip_inflection (GString *w)
{
  gsize n;

  if (ends_with (w, "eed", 3))
    {
      if (w->len - 3 >= MIN_STEM)
        g_string_truncate (w, w->len - 1);
      return;
    }
  if (ends_with (w, "ing", 3))
    n = 3;
  else if (ends_with (w, "ed", 2))
    n = 2;
  else
    return;

  if (w->len - n < MIN_STEM || !has_vowel (w->str, w->len - n))
    return;
  g_string_truncate (w, w->len - n);

  if (ends_with (w, "at", 2) || ends_with (w, "bl", 2) || ends_with (w, "iz", 2))
    g_string_append_c (w, 'e');
  else if (ends_double_consonant (w))
    g_string_truncate (w, w->len - 1);
  else if (ends_with (w, "i", 1))
    w->str[w->len - 1] = 'y';
}

static gboolean
apply_derivational (GString *w)
{
  for (gsize i = 0; i < G_N_ELEMENTS (derivational); i++)
    {
      const SuffixRule *rule = &derivational[i];
      gsize n = strlen (rule->suffix);
      char before;

      if (!ends_with (w, rule->suffix, n) || w->len - n < rule->min_stem)
        continue;
      before = w->str[w->len - n - 1];
      if (rule->after_st && before != 's' && before != 't')
        continue;
      g_string_truncate (w, w->len - n);
      g_string_append (w, rule->replacement);
      return TRUE;
    }
  return FALSE;
}

/**
 * sf_text_stem:
 * @word: a folded word, as sf_text_fold() gives it
 *
 * Reduces an English word to a stem with a light suffix stemmer: plurals
 * and "-ed"/"-ing" as in step 1 of the Porter stemmer, then common
 * derivational suffixes ("-ation", "-ment", "-ness", "-ity", "-al", "-er", …),
 * a final "e" dropped and a final double consonant made single. Forms of one
 * word meet: "monitor", "monitors" and "monitoring" all give "monitor";
 * "calibrate" and "calibration" give "calibr"; "analysis", "analyze" and
 * "analytical" give "analy". A stem is a key for matching, not a word.
 *
 * Returns: (transfer full): the stem of @word
 */
char *
sf_text_stem (const char *word)
{
  GString *w;

  g_return_val_if_fail (word != NULL, NULL);

  w = g_string_new (word);
  if (w->len <= 3)
    return g_string_free (w, FALSE);
  if (strip_lysis (w))
    return g_string_free (w, FALSE);

  strip_plural (w);
  for (gsize i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (strcmp (w->str, irregular[i].word) == 0)
      {
        g_string_assign (w, irregular[i].stem);
        return g_string_free (w, FALSE);
      }
  strip_inflection (w);
  for (guint pass = 0; pass < 4 && apply_derivational (w); pass++)
    ;

  if (w->len >= 4 && w->str[w->len - 1] == 'e')
    g_string_truncate (w, w->len - 1);
  if (w->len >= 4 && ends_double_consonant (w))
    g_string_truncate (w, w->len - 1);

  return g_string_free (w, FALSE);
}
