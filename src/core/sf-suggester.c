/* sf-suggester.c: anchor suggestions by textual relevance
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SfSuggester ranks the grounding anchors of a framework (tasks, skills,
 * knowledge, abilities, work styles, technologies) against a piece of text
 * with Okapi BM25 over the stems of the anchor names. Every anchor's term
 * weights are computed once, when the index is built; a query only looks its
 * stems up and adds precomputed numbers, so that suggesting for a statement
 * takes microseconds.
 *
 * Three additions to plain BM25 make the rankings ones a framework author
 * would agree with:
 *
 * - Phrases: an adjacent pair of query stems that is also an adjacent pair in
 *   an anchor name ("quality control", "blood samples", "equipment
 *   maintenance") earns a bonus, so that a name matched as a phrase ranks
 *   above names that share the same words scattered. Two adjacent words
 *   written as one ("database" for "Data base") match as the phrase.
 * - Length by kind: a name's length is measured against a mean of the
 *   average length of all names and that of names of its kind, so that task
 *   sentences and three-word skills compete fairly (see build_index()).
 * - Background: a stem that many of the framework's own statements use
 *   ("laboratory", "result" in a laboratory occupation) counts less in a
 *   query, since it tells little about which anchor a statement is about.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sf-document.h"
#include "sf-model.h"
#include "sf-suggester.h"
#include "sf-text.h"

#define BM25_K1 1.2
#define BM25_B  0.75

/* The weight of a statement's title against its text. */
#define TITLE_WEIGHT 2.0

/* How much a phrase match adds, as a share of its two stems' IDF. */
#define PHRASE_WEIGHT 0.5

/* How much less a stem counts in a query for being used by statements: by
 * 1 / (1 + BACKGROUND_WEIGHT × share of statements using it); the share is
 * taken as if there were BACKGROUND_PRIOR more statements, not using it,
 * so that a framework with few statements is not judged by them. */
#define BACKGROUND_WEIGHT 4.0
#define BACKGROUND_PRIOR  10.0

typedef struct
{
  guint  doc;
  double weight;   /* IDF × saturated, length-normalized frequency */
} Posting;

typedef struct
{
  GArray *postings;      /* of Posting, by ascending doc */
  double  query_weight;  /* how much a query's use of the stem counts */
  guint   n_statements;  /* how many statements use the stem */
  guint   last_statement;
} Term;

typedef struct
{
  const Term *term;
  double      weight;
} QueryTerm;

struct _SfSuggester
{
  GObject      parent_instance;

  SfFramework *framework;
  GListModel  *anchor_list;      /* watched for items-changed */
  gulong       items_changed_id;

  gboolean     built;
  GPtrArray   *anchors;          /* the documents: grounding SfAnchor, in order */
  GHashTable  *terms;            /* stem → Term */
  GHashTable  *phrases;          /* "stem stem", adjacent in a name → Term */
  GHashTable  *compounds;        /* stem of two adjacent words of a name
                                  * written as one ("database") → Term */
  double      *scores;           /* scratch, one per document */
};

G_DEFINE_FINAL_TYPE (SfSuggester, sf_suggester, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_BOXED_TYPE (SfSuggestion, sf_suggestion, sf_suggestion_copy, sf_suggestion_free)

/**
 * sf_suggestion_copy:
 * @suggestion: a #SfSuggestion
 *
 * Returns: (transfer full): a copy of @suggestion, holding a reference on
 *   its anchor
 */
SfSuggestion *
sf_suggestion_copy (const SfSuggestion *suggestion)
{
  SfSuggestion *copy;

  g_return_val_if_fail (suggestion != NULL, NULL);

  copy = g_memdup2 (suggestion, sizeof *suggestion);
  if (copy->anchor)
    g_object_ref (copy->anchor);
  return copy;
}

/**
 * sf_suggestion_free:
 * @suggestion: (nullable): a #SfSuggestion
 *
 * Frees @suggestion and drops its reference on the anchor.
 */
void
sf_suggestion_free (SfSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_clear_object (&suggestion->anchor);
  g_free (suggestion);
}

static void
term_free (gpointer data)
{
  Term *term = data;

  g_array_unref (term->postings);
  g_free (term);
}

static GHashTable *
term_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, term_free);
}

/* Adds @weight to the posting of @key for @doc. Documents are indexed in
 * order, so the posting of @doc, if any, is the last. */
static void
add_posting (GHashTable *table,
             const char *key,
             guint       doc,
             double      weight)
{
  Term *term = g_hash_table_lookup (table, key);
  Posting *last;

  if (term == NULL)
    {
      term = g_new0 (Term, 1);
      term->query_weight = 1.0;
      term->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
      g_hash_table_insert (table, g_strdup (key), term);
    }
  last = term->postings->len
         ? &g_array_index (term->postings, Posting, term->postings->len - 1)
         : NULL;
  if (last && last->doc == doc)
    last->weight += weight;
  else
    g_array_append_vals (term->postings, &(Posting) { doc, weight }, 1);
}

static double
posting_weight (GHashTable *table,
                const char *key,
                guint       doc)
{
  Term *term = g_hash_table_lookup (table, key);

  for (guint p = 0; term && p < term->postings->len; p++)
    {
      const Posting *posting = &g_array_index (term->postings, Posting, p);

      if (posting->doc == doc)
        return posting->weight;
    }
  return 0.0;
}

static double
idf (guint n_docs,
     guint doc_freq)
{
  return log (1.0 + (n_docs - doc_freq + 0.5) / (doc_freq + 0.5));
}

static double
term_idf (SfSuggester *self,
          const char  *stem)
{
  Term *term = g_hash_table_lookup (self->terms, stem);

  return term ? idf (self->anchors->len, term->postings->len) : 0.0;
}

static GPtrArray *
stem_words (GPtrArray *words)
{
  GPtrArray *stems = g_ptr_array_new_full (words->len, g_free);

  for (guint i = 0; i < words->len; i++)
    g_ptr_array_add (stems, sf_text_stem (words->pdata[i]));
  return stems;
}

static char *
join_stems (const char *a,
            const char *b)
{
  return g_strconcat (a, " ", b, NULL);
}

static char *
compound_stem (const char *a,
               const char *b)
{
  g_autofree char *joined = g_strconcat (a, b, NULL);

  return sf_text_stem (joined);
}

static void
clear_index (SfSuggester *self)
{
  g_clear_pointer (&self->anchors, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_hash_table_unref);
  g_clear_pointer (&self->phrases, g_hash_table_unref);
  g_clear_pointer (&self->compounds, g_hash_table_unref);
  g_clear_pointer (&self->scores, g_free);
  if (self->items_changed_id)
    g_clear_signal_handler (&self->items_changed_id, self->anchor_list);
  g_clear_object (&self->anchor_list);
  self->built = FALSE;
}

static void
on_items_changed (SfSuggester *self)
{
  sf_suggester_invalidate (self);
}

static void weigh_background (SfSuggester *self);

/* The index: for every grounding anchor, the BM25 weight of each stem of
 * its name, a phrase weight for each pair of adjacent stems, and for each
 * pair of adjacent words the stem of the two written as one word, weighing
 * as much as both stems and the phrase together.
 *
 * A task is a sentence and a skill a few words. Against the average length
 * of all names, as plain BM25 has it, a task loses to any skill that shares
 * one word with the query; against the average of its own kind, as fields
 * are in BM25F, a task wins on the generic words of its sentence. A name's
 * length is measured against the geometric mean of the two. */
static void
build_index (SfSuggester *self)
{
  SfOnet *onet = sf_framework_get_onet (self->framework);
  g_autoptr(GPtrArray) doc_words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) doc_stems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  double kind_length[SF_ANCHOR_KIND_TECHNOLOGY + 1] = { 0 };
  guint kind_count[SF_ANCHOR_KIND_TECHNOLOGY + 1] = { 0 };
  GHashTableIter iter;
  gpointer value;
  guint n_items, n_docs;
  double global_length = 0.0;
  guint global_count = 0;

  clear_index (self);
  self->anchors = g_ptr_array_new_with_free_func (g_object_unref);
  self->terms = term_table_new ();
  self->phrases = term_table_new ();
  self->compounds = term_table_new ();
  self->built = TRUE;

  if (onet != NULL)
    {
      self->anchor_list = g_object_ref (sf_onet_get_anchors (onet));
      self->items_changed_id = g_signal_connect_swapped (self->anchor_list, "items-changed",
                                                         G_CALLBACK (on_items_changed), self);
      n_items = g_list_model_get_n_items (self->anchor_list);
    }
  else
    n_items = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SfAnchor) anchor = g_list_model_get_item (self->anchor_list, i);
      SfAnchorKind kind = sf_anchor_get_kind (anchor);
      const char *name = sf_anchor_get_name (anchor);
      GPtrArray *words, *stems;

      if (!SF_ANCHOR_KIND_IS_GROUNDING (kind))
        continue;

      words = sf_text_words (name ? name : "");
      stems = stem_words (words);
      for (guint t = 0; t < stems->len; t++)
        add_posting (self->terms, stems->pdata[t], self->anchors->len, 1.0);
      kind_length[kind] += stems->len;
      kind_count[kind]++;
      g_ptr_array_add (doc_words, words);
      g_ptr_array_add (doc_stems, stems);
      g_ptr_array_add (self->anchors, g_steal_pointer (&anchor));
    }

  n_docs = self->anchors->len;
  self->scores = g_new0 (double, MAX (n_docs, 1));

  for (guint k = 0; k < G_N_ELEMENTS (kind_length); k++)
    {
      global_length += kind_length[k];
      global_count += kind_count[k];
    }
  global_length = global_count && global_length > 0.0 ? global_length / global_count : 1.0;
  for (guint k = 0; k < G_N_ELEMENTS (kind_length); k++)
    kind_length[k] = kind_count[k] && kind_length[k] > 0.0
                     ? sqrt (kind_length[k] / kind_count[k] * global_length)
                     : global_length;

  /* Stems: BM25, the count of a stem in a name turned into its weight. */
  g_hash_table_iter_init (&iter, self->terms);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Term *term = value;
      double weight = idf (n_docs, term->postings->len);

      for (guint p = 0; p < term->postings->len; p++)
        {
          Posting *posting = &g_array_index (term->postings, Posting, p);
          SfAnchor *anchor = self->anchors->pdata[posting->doc];
          GPtrArray *stems = doc_stems->pdata[posting->doc];
          double avg = kind_length[sf_anchor_get_kind (anchor)];
          double norm = 1.0 - BM25_B + BM25_B * stems->len / avg;
          double tf = posting->weight;

          posting->weight = weight * tf * (BM25_K1 + 1.0) / (tf + BM25_K1 * norm);
        }
    }

  /* Phrases and compounds. */
  for (guint d = 0; d < n_docs; d++)
    {
      GPtrArray *words = doc_words->pdata[d];
      GPtrArray *stems = doc_stems->pdata[d];

      for (guint t = 0; t + 1 < stems->len; t++)
        {
          const char *a = stems->pdata[t], *b = stems->pdata[t + 1];
          g_autofree char *pair = join_stems (a, b);
          g_autofree char *compound = compound_stem (words->pdata[t], words->pdata[t + 1]);
          double phrase = PHRASE_WEIGHT * (term_idf (self, a) + term_idf (self, b)) / 2.0;

          if (posting_weight (self->phrases, pair, d) == 0.0)
            add_posting (self->phrases, pair, d, phrase);
          if (posting_weight (self->compounds, compound, d) == 0.0)
            add_posting (self->compounds, compound, d,
                         posting_weight (self->terms, a, d)
                         + posting_weight (self->terms, b, d)
                         + phrase);
        }
    }

  weigh_background (self);
}

/* The framework's own statements as background: a stem that most of them
 * use ("laboratory" in a laboratory occupation) says little about which
 * anchor a statement is about, and counts less in a query. */
static void
weigh_background (SfSuggester *self)
{
  GListModel *sections = sf_framework_get_sections (self->framework);
  guint n_sections = sections ? g_list_model_get_n_items (sections) : 0;
  guint n_statements = 0;
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      GListModel *statements = sf_section_get_statements (section);
      guint n = g_list_model_get_n_items (statements);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(SfStatement) statement = g_list_model_get_item (statements, j);
          const char *texts[] = { sf_statement_get_title (statement), sf_statement_get_text (statement) };

          n_statements++;
          for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
            {
              g_autoptr(GPtrArray) stems = NULL;

              if (texts[k] == NULL)
                continue;
              stems = sf_text_tokenize (texts[k]);
              for (guint t = 0; t < stems->len; t++)
                {
                  Term *term = g_hash_table_lookup (self->terms, stems->pdata[t]);

                  if (term && term->last_statement != n_statements)
                    {
                      term->last_statement = n_statements;
                      term->n_statements++;
                    }
                }
            }
        }
    }

  g_hash_table_iter_init (&iter, self->terms);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Term *term = value;

      term->query_weight = 1.0 / (1.0 + BACKGROUND_WEIGHT * term->n_statements / (n_statements + BACKGROUND_PRIOR));
    }
}

static void
ensure_index (SfSuggester *self)
{
  if (!self->built)
    build_index (self);
}

static void
add_query_term (GArray     *query,
                const Term *term,
                double      weight)
{
  if (term == NULL)
    return;
  for (guint i = 0; i < query->len; i++)
    {
      QueryTerm *qt = &g_array_index (query, QueryTerm, i);

      if (qt->term == term)
        {
          qt->weight += weight;
          return;
        }
    }
  g_array_append_vals (query, &(QueryTerm) { term, weight }, 1);
}

/* Adds what @text matches in the index to @query, each match counting
 * @weight: its stems, its stems that are compounds in a name, its pairs of
 * adjacent stems that are phrases of a name, and its pairs of adjacent words
 * that a name writes as one word. */
static void
add_query_text (SfSuggester *self,
                GArray      *query,
                const char  *text,
                double       weight)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) stems = NULL;

  if (text == NULL || *text == '\0')
    return;

  words = sf_text_words (text);
  stems = stem_words (words);
  for (guint t = 0; t < stems->len; t++)
    {
      const Term *term = g_hash_table_lookup (self->terms, stems->pdata[t]);

      if (term)
        add_query_term (query, term, weight * term->query_weight);
      add_query_term (query, g_hash_table_lookup (self->compounds, stems->pdata[t]), weight);
      if (t + 1 < stems->len)
        {
          g_autofree char *pair = join_stems (stems->pdata[t], stems->pdata[t + 1]);
          g_autofree char *compound = compound_stem (words->pdata[t], words->pdata[t + 1]);

          add_query_term (query, g_hash_table_lookup (self->phrases, pair), weight);
          add_query_term (query, g_hash_table_lookup (self->terms, compound), weight);
        }
    }
}

typedef struct
{
  guint  doc;
  double score;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;
  return ra->doc < rb->doc ? -1 : ra->doc > rb->doc;
}

static gboolean
is_excluded (SfAnchor           *anchor,
             const char * const *exclude)
{
  const char *id;

  if (exclude == NULL)
    return FALSE;
  id = sf_anchor_get_id (anchor);
  return id != NULL && g_strv_contains (exclude, id);
}

static GPtrArray *
rank (SfSuggester        *self,
      const char * const *texts,
      const double       *weights,
      guint               n_texts,
      const char * const *exclude,
      guint               max)
{
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (QueryTerm));
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_suggestion_free);
  guint n_docs;

  ensure_index (self);
  n_docs = self->anchors->len;
  if (n_docs == 0)
    return result;

  for (guint i = 0; i < n_texts; i++)
    add_query_text (self, query, texts[i], weights[i]);
  if (query->len == 0)
    return result;

  memset (self->scores, 0, n_docs * sizeof (double));
  for (guint i = 0; i < query->len; i++)
    {
      const QueryTerm *qt = &g_array_index (query, QueryTerm, i);
      const GArray *postings = qt->term->postings;

      for (guint p = 0; p < postings->len; p++)
        {
          const Posting *posting = &g_array_index (postings, Posting, p);

          self->scores[posting->doc] += qt->weight * posting->weight;
        }
    }

  for (guint d = 0; d < n_docs; d++)
    if (self->scores[d] > 0.0 && !is_excluded (self->anchors->pdata[d], exclude))
      g_array_append_vals (ranked, &(Ranked) { d, self->scores[d] }, 1);
  g_array_sort (ranked, compare_ranked);

  for (guint i = 0; i < ranked->len && (max == 0 || i < max); i++)
    {
      const Ranked *r = &g_array_index (ranked, Ranked, i);
      SfSuggestion *suggestion = g_new0 (SfSuggestion, 1);

      suggestion->anchor = g_object_ref (self->anchors->pdata[r->doc]);
      suggestion->score = r->score;
      g_ptr_array_add (result, suggestion);
    }
  return result;
}

static void
sf_suggester_finalize (GObject *object)
{
  SfSuggester *self = SF_SUGGESTER (object);

  clear_index (self);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (sf_suggester_parent_class)->finalize (object);
}

static void
sf_suggester_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfSuggester *self = SF_SUGGESTER (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_suggester_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SfSuggester *self = SF_SUGGESTER (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_suggester_class_init (SfSuggesterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_suggester_finalize;
  object_class->get_property = sf_suggester_get_property;
  object_class->set_property = sf_suggester_set_property;

  /**
   * SfSuggester:framework:
   *
   * The framework whose grounding anchors are suggested.
   */
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL,
                         SF_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_suggester_init (SfSuggester *self)
{
}

/**
 * sf_suggester_new:
 * @framework: the framework whose anchors to suggest
 *
 * Creates a suggester and indexes the grounding anchors of @framework,
 * weighing their words against the framework's statements. The index
 * follows anchors being added to or removed from the framework; to follow
 * edits to the anchors themselves, attach the suggester to the document
 * that edits @framework with sf_suggester_attach().
 *
 * Returns: (transfer full): a new suggester
 */
SfSuggester *
sf_suggester_new (SfFramework *framework)
{
  SfSuggester *self;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SF_TYPE_SUGGESTER, "framework", framework, NULL);
  build_index (self);
  return self;
}

/**
 * sf_suggester_get_framework:
 * @self: a #SfSuggester
 *
 * Returns: (transfer none): the framework of @self
 */
SfFramework *
sf_suggester_get_framework (SfSuggester *self)
{
  g_return_val_if_fail (SF_IS_SUGGESTER (self), NULL);

  return self->framework;
}

/* What the index holds: the anchors list of the O*NET part, and each
 * anchor's kind (grounding or not) and name. Any edit to an anchor drops
 * the index, its code and id included: anchor edits are rare, rebuilding
 * the seed's index (62 anchors, 146 statements) took 1.2 ms, and a rule
 * that tracked members one by one would go stale the day the index used
 * another. */
static void
on_document_changed (SfSuggester    *self,
                     const SfChange *change)
{
  gboolean stale;

  if (change->kind == SF_CHANGE_LIST)
    stale = SF_IS_ONET (change->node) && g_str_equal (change->member, "anchors");
  else
    stale = SF_IS_ANCHOR (change->node);

  if (stale)
    clear_index (self);
}

/**
 * sf_suggester_attach:
 * @self: a #SfSuggester
 * @document: the document that edits the suggester's framework
 *
 * Keeps the index current as @document is edited: an edit to an anchor
 * (a new name, kind or id) or to the list of anchors drops the index, which
 * is built again at the next suggestion; other edits leave it alone (see
 * sf_suggester_invalidate()).
 */
void
sf_suggester_attach (SfSuggester *self,
                     SfDocument  *document)
{
  g_return_if_fail (SF_IS_SUGGESTER (self));
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (sf_document_get_framework (document) == self->framework);

  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
}

/**
 * sf_suggester_invalidate:
 * @self: a #SfSuggester
 *
 * Drops the index, to be built again from the framework's anchors and
 * statements at the next suggestion. A suggester attached to the document
 * (sf_suggester_attach()) does it when anchors change; call it when they
 * change in a way the suggester does not see, such as an edit made without
 * a document. Edits to statements need no call: they change the weights
 * little, and an index that lags behind them by a few statements ranks as
 * well.
 */
void
sf_suggester_invalidate (SfSuggester *self)
{
  g_return_if_fail (SF_IS_SUGGESTER (self));

  clear_index (self);
}

/**
 * sf_suggester_suggest:
 * @self: a #SfSuggester
 * @query: the text to find anchors for
 * @max: the most suggestions to return, or 0 for all
 *
 * Ranks the grounding anchors of the framework by how well their names
 * match @query. Anchors that share no stem with @query are left out.
 *
 * Returns: (transfer full) (element-type SfSuggestion): the suggestions,
 *   best first; among equal scores, in the framework's anchor order
 */
GPtrArray *
sf_suggester_suggest (SfSuggester *self,
                      const char  *query,
                      guint        max)
{
  double weight = 1.0;

  g_return_val_if_fail (SF_IS_SUGGESTER (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return rank (self, &query, &weight, 1, NULL, max);
}

/**
 * sf_suggester_suggest_for_statement:
 * @self: a #SfSuggester
 * @statement: the statement to ground
 * @max: the most suggestions to return, or 0 for all
 *
 * Like sf_suggester_suggest() for the title and text of @statement, the
 * title counting twice. Anchors that @statement already links to are left
 * out.
 *
 * Returns: (transfer full) (element-type SfSuggestion): the suggestions,
 *   best first
 */
GPtrArray *
sf_suggester_suggest_for_statement (SfSuggester *self,
                                    SfStatement *statement,
                                    guint        max)
{
  const char *texts[2];
  const double weights[2] = { TITLE_WEIGHT, 1.0 };

  g_return_val_if_fail (SF_IS_SUGGESTER (self), NULL);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), NULL);

  texts[0] = sf_statement_get_title (statement);
  texts[1] = sf_statement_get_text (statement);
  return rank (self, texts, weights, G_N_ELEMENTS (texts),
               sf_statement_get_anchors (statement), max);
}
