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

/* A suffix rule leaves at least this many bytes of stem. */
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

/* NFKC, case folded, NFKC again: casefolding can undo composition. ASCII
 * text, the most common by far, is its own NFKC and folds to lower case. */
static char *
fold_chars (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  const char *p;

  for (p = text; *p && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, p - text);

  valid = g_utf8_make_valid (text, -1);
  normal = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (normal, -1);

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
is_word_char (const char *p)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    return g_ascii_isalnum (*p);
  c = g_utf8_get_char (p);
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

  if (g_utf8_next_char (start) >= start + length)   /* one character */
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

      while (*p && !is_word_char (p))
        p = g_utf8_next_char (p);
      if (!*p)
        break;
      start = p;
      while (*p && is_word_char (p))
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

/* The stemmer. It works in place on a copy of the word: no rule makes a
 * word longer than it was. */

typedef struct
{
  char  *s;
  gsize  len;
} Word;

typedef struct
{
  const char *suffix;
  const char *replacement;
  guint8      suffix_len;
  guint8      replacement_len;
  guint8      min_stem;   /* bytes that must remain before the suffix */
  gboolean    after_st;   /* only after "s" or "t" ("-sion", "-tion") */
} SuffixRule;

#define RULE(suffix, replacement, min_stem, after_st) \
  { suffix, replacement, sizeof suffix - 1, sizeof replacement - 1, min_stem, after_st }

/* The analy- family is irregular enough for its own rule: analysis,
 * analyses, analyse(d), analyze(s/d/r), analyzing, analyst, analytic(al)
 * all become "analy"; so do hemolysis and hemolyzed, dialysis, catalyst. */
static const SuffixRule lysis[] = {
  RULE ("lytically", "ly", 2, FALSE),
  RULE ("lyzers", "ly", 2, FALSE),
  RULE ("lysers", "ly", 2, FALSE),
  RULE ("lytical", "ly", 2, FALSE),
  RULE ("lytics", "ly", 2, FALSE),
  RULE ("lysing", "ly", 2, FALSE),
  RULE ("lyzing", "ly", 2, FALSE),
  RULE ("lysis", "ly", 2, FALSE),
  RULE ("lyses", "ly", 2, FALSE),
  RULE ("lysed", "ly", 2, FALSE),
  RULE ("lyser", "ly", 2, FALSE),
  RULE ("lysts", "ly", 2, FALSE),
  RULE ("lytic", "ly", 2, FALSE),
  RULE ("lyzed", "ly", 2, FALSE),
  RULE ("lyzer", "ly", 2, FALSE),
  RULE ("lyzes", "ly", 2, FALSE),
  RULE ("lyse", "ly", 2, FALSE),
  RULE ("lyst", "ly", 2, FALSE),
  RULE ("lyze", "ly", 2, FALSE),
};

/* Derivational suffixes, tried in order, the first that fits applies; the
 * table is applied again to the result, so that "operations" goes through
 * "operation" and "operate" to "oper". */
static const SuffixRule derivational[] = {
  RULE ("ientific", "ience", 2, FALSE),
  RULE ("ientist", "ience", 2, FALSE),
  RULE ("ational", "ate", MIN_STEM, FALSE),
  RULE ("ization", "ize", MIN_STEM, FALSE),
  RULE ("iveness", "ive", MIN_STEM, FALSE),
  RULE ("fulness", "ful", MIN_STEM, FALSE),
  RULE ("ousness", "ous", MIN_STEM, FALSE),
  RULE ("tenance", "tain", MIN_STEM, FALSE),
  RULE ("ability", "able", MIN_STEM, FALSE),
  RULE ("ibility", "ible", MIN_STEM, FALSE),
  RULE ("ically", "ic", MIN_STEM, FALSE),
  RULE ("ality", "al", MIN_STEM, FALSE),
  RULE ("ivity", "ive", MIN_STEM, FALSE),
  RULE ("ation", "ate", MIN_STEM, FALSE),
  RULE ("istry", "ist", MIN_STEM, FALSE),
  RULE ("ator", "ate", MIN_STEM, FALSE),
  RULE ("ness", "", MIN_STEM, FALSE),
  RULE ("ment", "", MIN_STEM, FALSE),
  RULE ("ship", "", MIN_STEM, FALSE),
  RULE ("ance", "", MIN_STEM, FALSE),
  RULE ("ence", "", MIN_STEM, FALSE),
  RULE ("ancy", "", MIN_STEM, FALSE),
  RULE ("ency", "", MIN_STEM, FALSE),
  RULE ("izer", "ize", MIN_STEM, FALSE),
  RULE ("able", "", MIN_STEM, FALSE),
  RULE ("ible", "", MIN_STEM, FALSE),
  RULE ("ion", "", MIN_STEM, TRUE),
  RULE ("ity", "", MIN_STEM, FALSE),
  RULE ("acy", "ate", MIN_STEM, FALSE),
  RULE ("ogy", "og", MIN_STEM, FALSE),
  RULE ("ate", "", MIN_STEM, FALSE),
  RULE ("ive", "", MIN_STEM, FALSE),
  RULE ("ous", "", MIN_STEM, FALSE),
  RULE ("ful", "", MIN_STEM, FALSE),
  RULE ("ist", "", MIN_STEM + 1, FALSE),
  RULE ("ian", "", MIN_STEM, FALSE),
  RULE ("ly", "", MIN_STEM + 1, FALSE),
  RULE ("al", "", MIN_STEM, FALSE),
  RULE ("ic", "", MIN_STEM, FALSE),
  RULE ("er", "", MIN_STEM, FALSE),
};

/* Words the rules get wrong: "integrity" is not "integrate", "medicine"
 * is "medical". Looked up after plurals are stripped. */
static const struct
{
  const char *word;
  const char *stem;
} irregular[] = {
  { "integrity", "integrity" },
  { "medicine", "med" },
};

static inline gboolean
ends_with (const Word *w,
           const char *suffix,
           gsize       suffix_len)
{
  return w->len >= suffix_len
         && w->s[w->len - 1] == suffix[suffix_len - 1]
         && memcmp (w->s + w->len - suffix_len, suffix, suffix_len) == 0;
}

static inline void
truncate_by (Word  *w,
             gsize  n)
{
  w->len -= n;
  w->s[w->len] = '\0';
}

static inline void
append (Word       *w,
        const char *s,
        gsize       n)
{
  memcpy (w->s + w->len, s, n);
  w->len += n;
  w->s[w->len] = '\0';
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
ends_double_consonant (const Word *w)
{
  return w->len >= 2
         && w->s[w->len - 1] == w->s[w->len - 2]
         && is_consonant (w->s[w->len - 1]);
}

/* Applies the first rule of @rules that fits; returns whether one did. */
static gboolean
apply_rules (Word             *w,
             const SuffixRule *rules,
             gsize             n_rules)
{
  for (gsize i = 0; i < n_rules; i++)
    {
      const SuffixRule *rule = &rules[i];

      if (!ends_with (w, rule->suffix, rule->suffix_len)
          || w->len - rule->suffix_len < rule->min_stem)
        continue;
      if (rule->after_st)
        {
          char before = w->s[w->len - rule->suffix_len - 1];

          if (before != 's' && before != 't')
            continue;
        }
      truncate_by (w, rule->suffix_len);
      append (w, rule->replacement, rule->replacement_len);
      return TRUE;
    }
  return FALSE;
}

/* Plurals and third persons: "-sses", "-ies", "-s". */
static void
strip_plural (Word *w)
{
  if (ends_with (w, "sses", 4))
    truncate_by (w, 2);
  else if (ends_with (w, "ies", 3) && w->len > 4)
    {
      truncate_by (w, 3);
      append (w, "y", 1);
    }
  else if (ends_with (w, "ss", 2) || ends_with (w, "us", 2) || ends_with (w, "is", 2))
    return;
  else if (ends_with (w, "s", 1) && w->len > 3)
    truncate_by (w, 1);
}

/* Past and progressive: "-ed", "-ing", with Porter's repairs. */
static void
strip_inflection (Word *w)
{
  gsize n;

  if (ends_with (w, "eed", 3))
    {
      if (w->len - 3 >= MIN_STEM)
        truncate_by (w, 1);
      return;
    }
  if (ends_with (w, "ing", 3))
    n = 3;
  else if (ends_with (w, "ed", 2))
    n = 2;
  else
    return;

  if (w->len - n < MIN_STEM || !has_vowel (w->s, w->len - n))
    return;
  truncate_by (w, n);

  if (ends_with (w, "at", 2) || ends_with (w, "bl", 2) || ends_with (w, "iz", 2))
    append (w, "e", 1);
  else if (ends_double_consonant (w))
    truncate_by (w, 1);
  else if (ends_with (w, "i", 1))
    w->s[w->len - 1] = 'y';
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
 * "analytical" give "analy". Words of three characters or fewer are left
 * as they are. A stem is a key for matching, not a word.
 *
 * Returns: (transfer full): the stem of @word
 */
char *
sf_text_stem (const char *word)
{
  Word w;
  guint n_chars = 0;

  g_return_val_if_fail (word != NULL, NULL);

  w.len = strlen (word);
  w.s = g_memdup2 (word, w.len + 1);
  for (const char *p = word; *p && n_chars <= 3; p = g_utf8_next_char (p))
    n_chars++;
  if (n_chars <= 3)
    return w.s;
  if (apply_rules (&w, lysis, G_N_ELEMENTS (lysis)))
    return w.s;

  strip_plural (&w);
  for (gsize i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (strcmp (w.s, irregular[i].word) == 0)
      {
        g_free (w.s);
        return g_strdup (irregular[i].stem);
      }
  strip_inflection (&w);
  for (guint pass = 0; pass < 4 && apply_rules (&w, derivational, G_N_ELEMENTS (derivational)); pass++)
    ;

  if (w.len >= 4 && w.s[w.len - 1] == 'e')
    truncate_by (&w, 1);
  if (w.len >= 4 && ends_double_consonant (&w))
    truncate_by (&w, 1);

  return w.s;
}
