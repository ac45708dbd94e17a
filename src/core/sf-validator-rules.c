/* sf-validator-rules.c: the checks behind each rule
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check looks at one object (a statement, a section, a source, …)
 * and reports its problems; sf-validator-index.c decides what to check again
 * after an edit and gives the checks the lookups and counts they read.
 * Messages name objects by title or name, else by id, else by position
 * (“statement 3 of Competencies”), so that an object with nothing set yet
 * is still named.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-node-private.h"
#include "sf-onet-reference.h"
#include "sf-validator-private.h"

static void G_GNUC_PRINTF (6, 7)
report (SfValidator *self,
        GPtrArray   *out,
        SfRuleKey    key,
        gpointer     node,
        const char  *member,
        const char  *format,
        ...)
{
  va_list args;
  char *message;

  if (self->severities[key] == SF_SEVERITY_OFF)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (out, sf_problem_new (sf_rule_get (key), self->severities[key], node, member,
                                        message));
}

static gboolean
is_blank (const char *str)
{
  if (str == NULL)
    return TRUE;
  for (; *str; str = g_utf8_next_char (str))
    if (!g_unichar_isspace (g_utf8_get_char (str)))
      return FALSE;
  return TRUE;
}

static gboolean
is_ascii (const char *str)
{
  for (; *str; str++)
    if ((guchar) *str >= 0x80)
      return FALSE;
  return TRUE;
}

/* Case-folded, with runs of white space as one space, for comparing titles. */
static char *
fold (const char *str)
{
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (str == NULL)
    str = "";
  if (is_ascii (str))
    {
      char *ascii = g_malloc (strlen (str) + 1);
      char *w = ascii;

      for (const char *p = str; *p; p++)
        {
          if (g_ascii_isspace (*p))
            space = w > ascii;
          else
            {
              if (space)
                *w++ = ' ';
              space = FALSE;
              *w++ = g_ascii_tolower (*p);
            }
        }
      *w = '\0';
      return ascii;
    }

  folded = g_utf8_casefold (str, -1);
  out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

static const char *
enum_nick (GType type,
           int   value)
{
  static GEnumClass *section_kinds;
  static GEnumClass *anchor_kinds;
  GEnumClass *klass;
  GEnumValue *ev;

  /* Referenced once for the process: the classes stay. */
  if (g_once_init_enter (&section_kinds))
    g_once_init_leave (&section_kinds, g_type_class_ref (SF_TYPE_SECTION_KIND));
  if (g_once_init_enter (&anchor_kinds))
    g_once_init_leave (&anchor_kinds, g_type_class_ref (SF_TYPE_ANCHOR_KIND));

  klass = type == SF_TYPE_SECTION_KIND ? section_kinds : anchor_kinds;
  g_assert (type == SF_TYPE_SECTION_KIND || type == SF_TYPE_ANCHOR_KIND);
  ev = g_enum_get_value (klass, value);
  return ev ? ev->value_nick : "";
}

/* Names in messages */

static int
position_of (gpointer node)
{
  return _sf_node_get_index (SF_NODE (node)) + 1;
}

/* A section in running text: the “Competencies” of “statement 3 of
 * Competencies” and of “Competencies statements need a citation”. */
static char *
section_label (SfSection *section)
{
  const char *title = sf_section_get_title (section);
  const char *id = sf_section_get_id (section);

  if (!is_blank (title))
    return g_strdup (title);
  if (!is_blank (id))
    return g_strdup (id);
  return g_strdup_printf (_("section %d"), position_of (section));
}

/* By title: section “Competencies”; by id: section competencies. */
static char *
section_name (SfSection *section,
              gboolean   by_id)
{
  const char *title = sf_section_get_title (section);
  const char *id = sf_section_get_id (section);

  if (!by_id && !is_blank (title))
    return g_strdup_printf (_("section “%s”"), title);
  if (!is_blank (id))
    return by_id ? g_strdup_printf (_("section %s"), id) : g_strdup_printf (_("section “%s”"), id);
  return g_strdup_printf (_("section %d"), position_of (section));
}

static char *
statement_name (SfSection   *section,
                SfStatement *statement,
                gboolean     by_id)
{
  const char *title = sf_statement_get_title (statement);
  const char *id = sf_statement_get_id (statement);
  g_autofree char *label = NULL;

  if (!by_id && !is_blank (title))
    return g_strdup_printf (_("statement “%s”"), title);
  if (!is_blank (id))
    return by_id ? g_strdup_printf (_("statement %s"), id) : g_strdup_printf (_("statement “%s”"), id);
  label = section_label (section);
  return g_strdup_printf (_("statement %d of %s"), position_of (statement), label);
}

/* The name, with the id when the name is the title. */
static char *
statement_name_with_id (SfSection   *section,
                        SfStatement *statement)
{
  const char *title = sf_statement_get_title (statement);
  const char *id = sf_statement_get_id (statement);

  if (!is_blank (title) && !is_blank (id))
    return g_strdup_printf (_("statement “%s” (%s)"), title, id);
  return statement_name (section, statement, FALSE);
}

/* By title: the source “O*NET 30.2” (onet); by id: source onet. */
static char *
source_name (SfSource *source,
             gboolean  by_id,
             gboolean  with_id)
{
  const char *title = sf_source_get_title (source);
  const char *id = sf_source_get_id (source);

  if (!by_id && !is_blank (title))
    return with_id && !is_blank (id) ? g_strdup_printf (_("the source “%s” (%s)"), title, id)
                                     : g_strdup_printf (_("the source “%s”"), title);
  if (!is_blank (id))
    return by_id ? g_strdup_printf (_("source %s"), id) : g_strdup_printf (_("the source “%s”"), id);
  return g_strdup_printf (_("source %d"), position_of (source));
}

static char *
group_name (SfEvidenceGroup *group)
{
  const char *title = sf_evidence_group_get_title (group);
  const char *id = sf_evidence_group_get_id (group);

  if (!is_blank (title))
    return g_strdup_printf (_("the evidence group “%s”"), title);
  if (!is_blank (id))
    return g_strdup_printf (_("the evidence group “%s”"), id);
  return g_strdup_printf (_("evidence group %d"), position_of (group));
}

static char *
figure_name (SfEvidenceGroup *group,
             SfFigure        *figure)
{
  const char *label = sf_figure_get_label (figure);
  const char *id = sf_figure_get_id (figure);
  g_autofree char *of = NULL;

  if (!is_blank (label))
    return g_strdup_printf ("“%s”", label);
  if (!is_blank (id))
    return g_strdup_printf (_("figure “%s”"), id);
  of = group_name (group);
  return g_strdup_printf (_("figure %d of %s"), position_of (figure), of);
}

static char *
level_name (SfLevel *level)
{
  const char *name = sf_level_get_name (level);
  const char *id = sf_level_get_id (level);

  if (!is_blank (name))
    return g_strdup_printf (_("level “%s”"), name);
  if (!is_blank (id))
    return g_strdup_printf (_("level “%s”"), id);
  return g_strdup_printf (_("level %d"), position_of (level));
}

/* Settings */

void
_sf_validator_resolve_settings (SfValidator *self)
{
  SfValidation *settings = sf_framework_get_validation (self->framework);
  GListModel *rules = sf_validation_get_rules (settings);
  const char * const *cited = sf_validation_get_cited (settings);
  const char * const *default_cited = sf_validation_get_default_cited ();

  for (guint i = 0; i < SF_N_RULES; i++)
    self->severities[i] = sf_rule_get (i)->severity;
  for (guint i = 0; i < _sf_node_list_get_items (rules)->len; i++)
    {
      SfRuleSetting *setting = g_ptr_array_index (_sf_node_list_get_items (rules), i);
      const SfRule *rule = sf_rule_lookup (sf_rule_setting_get_rule (setting) ?: "");

      if (rule != NULL)
        self->severities[rule->key] = sf_rule_setting_get_severity (setting);
    }

  g_hash_table_remove_all (self->cited_keys);
  for (guint i = 0; (cited ? cited : default_cited)[i] != NULL; i++)
    g_hash_table_add (self->cited_keys, g_strdup ((cited ? cited : default_cited)[i]));

  self->text_min = sf_validation_get_text_min (settings) ?: SF_VALIDATION_DEFAULT_TEXT_MIN;
  self->text_max = sf_validation_get_text_max (settings) ?: SF_VALIDATION_DEFAULT_TEXT_MAX;
  self->title_max = sf_validation_get_title_max (settings) ?: SF_VALIDATION_DEFAULT_TITLE_MAX;
}

void
_sf_validator_check_settings (SfValidator *self,
                              GPtrArray   *out)
{
  GListModel *rules = sf_validation_get_rules (sf_framework_get_validation (self->framework));

  for (guint i = 0; i < _sf_node_list_get_items (rules)->len; i++)
    {
      SfRuleSetting *setting = g_ptr_array_index (_sf_node_list_get_items (rules), i);
      const char *rule = sf_rule_setting_get_rule (setting);

      if (is_blank (rule))
        report (self, out, SF_RULE_UNKNOWN_RULE, setting, "rule",
                _("rule setting %u of the validation settings names no rule"), i + 1);
      else if (sf_rule_lookup (rule) == NULL)
        report (self, out, SF_RULE_UNKNOWN_RULE, setting, "rule",
                _("the validation settings name the rule “%s”, which does not exist"), rule);
    }
}

static gboolean
section_needs_citations (SfValidator *self,
                         SfSection   *section)
{
  return g_hash_table_contains (self->cited_keys, sf_section_get_id (section) ?: "") ||
         g_hash_table_contains (self->cited_keys,
                                enum_nick (SF_TYPE_SECTION_KIND, sf_section_get_kind (section)));
}

/* Statement rules */

static const char * const non_verbs[] = {
  /* articles, determiners, pronouns */
  "a", "an", "the", "this", "that", "these", "those", "each", "every", "all", "any", "some",
  "no", "his", "her", "their", "our", "my", "your", "its", "he", "she", "they", "we", "you",
  "it", "i", "one", "who", "which",
  /* prepositions and conjunctions */
  "of", "in", "on", "at", "for", "with", "by", "to", "from", "as", "and", "or", "but", "when",
  "while", "if", "because", "through", "within", "across", "under", "over", "about",
  /* noun heads of statements that describe rather than do */
  "knowledge", "understanding", "awareness", "ability", "abilities", "skill", "skills",
  "familiarity", "proficiency", "competence", "competency", "experience", "capacity",
  "responsible", "responsibility", "able", "basic", "strong", "excellent", "good", "effective",
  "proven", "demonstrated", "expert", "expertise",
};

/* Verbs that end in -ly, which are not adverbs. */
static const char * const ly_verbs[] = {
  "apply", "supply", "rely", "reply", "comply", "imply", "multiply", "ally", "rally", "tally",
  "bully", "fly", "sully", "dally", "belly",
};

static gboolean
is_adverb (const char *word)
{
  if (strlen (word) <= 4 || !g_str_has_suffix (word, "ly"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ly_verbs); i++)
    if (strcmp (word, ly_verbs[i]) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
is_word_char (const char *p)
{
  if ((guchar) *p < 0x80)
    return g_ascii_isalnum (*p);
  return g_unichar_isalnum (g_utf8_get_char (p));
}

static char *
word_at (const char  *text,
         const char **end)
{
  const char *p = text;
  const char *start;
  char *word;

  while (*p && !is_word_char (p))
    p = g_utf8_next_char (p);
  start = p;
  while (*p && (is_word_char (p) || *p == '-' || *p == '\''))
    p = g_utf8_next_char (p);
  *end = p;
  if (p == start)
    return NULL;
  word = g_strndup (start, p - start);
  if (!is_ascii (word))
    {
      char *lower = g_utf8_strdown (word, -1);

      g_free (word);
      return lower;
    }
  for (char *c = word; *c; c++)
    *c = g_ascii_tolower (*c);
  return word;
}

static GHashTable *
non_verb_set (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (non_verbs); i++)
        g_hash_table_add (table, (gpointer) non_verbs[i]);
      g_once_init_leave (&set, table);
    }
  return set;
}

/* Returns the offending first word, or NULL when the text starts with what
 * can be a verb. An adverb in -ly ("independently analyze") is skipped. */
static char *
not_verb_phrase (const char *text)
{
  const char *end;
  g_autofree char *word = word_at (text, &end);
  gsize len;

  if (word == NULL)
    return NULL;
  for (guint i = 0; i < 2; i++)
    {
      const char *next_end;
      g_autofree char *next = NULL;

      if (!is_adverb (word) || !(next = word_at (end, &next_end)))
        break;
      g_free (word);
      word = g_steal_pointer (&next);
      end = next_end;
    }

  len = strlen (word);
  if (g_ascii_isdigit (word[0]))
    return g_steal_pointer (&word);
  if (len > 5 && g_str_has_suffix (word, "ing"))
    return g_steal_pointer (&word);
  if (g_hash_table_contains (non_verb_set (), word))
    return g_steal_pointer (&word);
  return NULL;
}

/* sf_scale_find_level() without looking ids up by member name. */
static gboolean
scale_has_level (SfScale    *scale,
                 const char *level)
{
  GPtrArray *levels = _sf_node_list_get_items (sf_scale_get_levels (scale));

  for (guint i = 0; level != NULL && i < levels->len; i++)
    if (g_strcmp0 (sf_level_get_id (g_ptr_array_index (levels, i)), level) == 0)
      return TRUE;
  return FALSE;
}

/* The name of the statement, made when a message needs it. */
#define NAME() (name ? name : (name = statement_name (section, statement, FALSE)))

void
_sf_validator_check_statement (SfValidator *self,
                               SfSection   *section,
                               SfStatement *statement,
                               GPtrArray   *out)
{
  const char *title = sf_statement_get_title (statement);
  const char *text = sf_statement_get_text (statement);
  const char *id = sf_statement_get_id (statement);
  const char *level = sf_statement_get_level (statement);
  SfScale *scale = g_hash_table_lookup (self->scale_lookup, sf_section_get_scale (section) ?: "");
  GListModel *citations = sf_statement_get_citations (statement);
  const char * const *links = sf_statement_get_anchors (statement);
  guint n_citations = g_list_model_get_n_items (citations);
  gboolean cites_onet = FALSE;
  g_autofree char *name = NULL;

  if (is_blank (id))
    report (self, out, SF_RULE_MISSING_VALUE, statement, "id", _("%s has no id"), NAME ());
  if (is_blank (title))
    {
      g_autofree char *by_id = statement_name (section, statement, TRUE);

      report (self, out, SF_RULE_EMPTY_TEXT, statement, "title", _("%s has no title"), by_id);
    }
  else if (strlen (title) > (gsize) self->title_max && g_utf8_strlen (title, -1) > self->title_max)
    report (self, out, SF_RULE_TEXT_LENGTH, statement, "title",
            _("the title of %s has %ld characters; at most %d are expected"),
            NAME (), g_utf8_strlen (title, -1), self->title_max);

  if (is_blank (text))
    report (self, out, SF_RULE_EMPTY_TEXT, statement, "text", _("%s has no text"), NAME ());
  else
    {
      gsize bytes = strlen (text);
      /* A character takes one to four bytes: count only when it matters. */
      glong len = (bytes <= (gsize) self->text_max && bytes / 4 >= (gsize) self->text_min)
                  ? self->text_min : g_utf8_strlen (text, -1);
      g_autofree char *word = NULL;

      if (len < self->text_min)
        report (self, out, SF_RULE_TEXT_LENGTH, statement, "text",
                _("the text of %s has %ld characters; at least %d are expected"),
                NAME (), len, self->text_min);
      else if (len > self->text_max)
        report (self, out, SF_RULE_TEXT_LENGTH, statement, "text",
                _("the text of %s has %ld characters; at most %d are expected"),
                NAME (), len, self->text_max);
      if ((word = not_verb_phrase (text)) != NULL)
        report (self, out, SF_RULE_NOT_VERB_PHRASE, statement, "text",
                _("the text of %s starts with “%s”, not with a verb"), NAME (), word);
    }

  if (scale != NULL && !scale_has_level (scale, level))
    {
      if (level == NULL || *level == '\0')
        report (self, out, SF_RULE_UNKNOWN_LEVEL, statement, "level",
                _("%s has no level of the scale “%s”"), NAME (), sf_scale_get_id (scale));
      else
        report (self, out, SF_RULE_UNKNOWN_LEVEL, statement, "level",
                _("%s is at level “%s”, which the scale “%s” does not have"),
                NAME (), level, sf_scale_get_id (scale));
    }

  for (guint i = 0; i < n_citations; i++)
    {
      SfCitation *citation = g_ptr_array_index (_sf_node_list_get_items (citations), i);
      const char *source = sf_citation_get_source (citation);

      if (g_strcmp0 (source, self->onet_source) == 0)
        cites_onet = TRUE;
      if (g_hash_table_contains (self->source_ids, source ? source : ""))
        continue;
      if (source == NULL || *source == '\0')
        report (self, out, SF_RULE_UNKNOWN_SOURCE, citation, "source",
                _("%s has a citation without a source"), NAME ());
      else
        report (self, out, SF_RULE_UNKNOWN_SOURCE, citation, "source",
                _("%s cites “%s”, which is not one of the framework's sources"), NAME (), source);
    }
  if (n_citations == 0 && section_needs_citations (self, section) &&
      self->severities[SF_RULE_MISSING_CITATION] != SF_SEVERITY_OFF)
    {
      g_autofree char *with_id = statement_name_with_id (section, statement);
      g_autofree char *label = section_label (section);

      report (self, out, SF_RULE_MISSING_CITATION, statement, "citations",
              _("%s cites no source; %s statements need a citation"), with_id, label);
    }

  if (cites_onet && (links == NULL || links[0] == NULL) &&
      self->severities[SF_RULE_CITES_ONET_WITHOUT_ANCHOR] != SF_SEVERITY_OFF)
    {
      g_autofree char *with_id = statement_name_with_id (section, statement);

      report (self, out, SF_RULE_CITES_ONET_WITHOUT_ANCHOR, statement, "anchors",
              _("%s cites O*NET but links no O*NET anchor"), with_id);
    }
  if (sf_statement_get_review (statement) != NULL)
    {
      g_autofree char *with_id = statement_name_with_id (section, statement);

      report (self, out, SF_RULE_REVIEW_MARK, statement, "review",
              _("%s is marked for review: %s"), with_id, sf_statement_get_review (statement));
    }
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    if (!g_hash_table_contains (self->anchor_ids, links[i]))
      {
        g_autofree char *member = g_strdup_printf ("anchors/%u", i);

        if (*links[i] == '\0')
          report (self, out, SF_RULE_MISSING_ANCHOR, statement, member,
                  _("%s links an anchor by an empty id"), NAME ());
        else
          report (self, out, SF_RULE_MISSING_ANCHOR, statement, member,
                  _("%s links the anchor “%s”, which does not exist"), NAME (), links[i]);
      }
}

#undef NAME

/* Section rules */

typedef struct
{
  int min;
  int max;
} Range;

static gboolean
expectation_applies (SfCountExpectation *expectation,
                     SfSection          *section)
{
  const char *target = sf_count_expectation_get_section (expectation);

  return g_strcmp0 (target, sf_section_get_id (section)) == 0 ||
         g_strcmp0 (target, enum_nick (SF_TYPE_SECTION_KIND, sf_section_get_kind (section))) == 0;
}

static gboolean
find_expectation (SfValidator *self,
                  SfSection   *section,
                  const char  *level,
                  Range       *range)
{
  GListModel *counts = sf_validation_get_counts (sf_framework_get_validation (self->framework));
  gboolean found = FALSE;

  /* The last matching expectation wins; one naming the section by id beats
   * one naming its kind. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < _sf_node_list_get_items (counts)->len; i++)
      {
        SfCountExpectation *e = g_ptr_array_index (_sf_node_list_get_items (counts), i);
        gboolean by_id = g_strcmp0 (sf_count_expectation_get_section (e),
                                    sf_section_get_id (section)) == 0;

        if (by_id != (pass == 1) || !expectation_applies (e, section) ||
            g_strcmp0 (sf_count_expectation_get_level (e), level) != 0)
          continue;
        range->min = sf_count_expectation_get_min (e);
        range->max = sf_count_expectation_get_max (e);
        found = TRUE;
      }
  return found;
}

static void
check_count (SfValidator *self,
             GPtrArray   *out,
             SfRuleKey    key,
             SfSection   *section,
             const char  *what,
             guint        count,
             const Range *range)
{
  if ((int) count < range->min)
    report (self, out, key, section, "statements",
            g_dngettext (GETTEXT_PACKAGE, "%s has %u statement; at least %d are expected",
                         "%s has %u statements; at least %d are expected", count),
            what, count, range->min);
  else if (range->max > 0 && (int) count > range->max)
    report (self, out, key, section, "statements",
            g_dngettext (GETTEXT_PACKAGE, "%s has %u statement; at most %d are expected",
                         "%s has %u statements; at most %d are expected", count),
            what, count, range->max);
}

void
_sf_validator_check_section (SfValidator *self,
                             SfSection   *section,
                             GPtrArray   *out)
{
  GListModel *statements = sf_section_get_statements (section);
  guint n = g_list_model_get_n_items (statements);
  const char *scale_id = sf_section_get_scale (section);
  SfScale *scale = g_hash_table_lookup (self->scale_lookup, scale_id ?: "");
  g_autoptr(GHashTable) per_level = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *name = section_name (section, FALSE);
  Range range;

  if (is_blank (sf_section_get_title (section)))
    {
      g_autofree char *by_id = section_name (section, TRUE);

      report (self, out, SF_RULE_MISSING_VALUE, section, "title", _("%s has no title"), by_id);
    }
  if (scale == NULL)
    {
      if (scale_id == NULL || *scale_id == '\0')
        report (self, out, SF_RULE_UNKNOWN_SCALE, section, "scale", _("%s names no scale"), name);
      else
        report (self, out, SF_RULE_UNKNOWN_SCALE, section, "scale",
                _("%s uses the scale “%s”, which does not exist"), name, scale_id);
    }

  for (guint i = 0; i < n; i++)
    {
      const char *level = sf_statement_get_level (g_ptr_array_index (_sf_node_list_get_items (statements), i));

      if (level != NULL)
        g_hash_table_insert (per_level, (gpointer) level,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_level, level)) + 1));
    }

  if (scale != NULL)
    {
      GListModel *levels = sf_scale_get_levels (scale);

      for (guint i = 0; i < _sf_node_list_get_items (levels)->len; i++)
        {
          SfLevel *level = g_ptr_array_index (_sf_node_list_get_items (levels), i);
          g_autofree char *level_shown = level_name (level);
          g_autofree char *what = NULL;

          if (!find_expectation (self, section, sf_level_get_id (level), &range))
            range = (Range) { 1, 0 };
          /* TRANSLATORS: a level of a section: “level “Emerging” of section “AI usage”” */
          what = g_strdup_printf (_("%s of %s"), level_shown, name);
          check_count (self, out, SF_RULE_LEVEL_COUNT, section, what,
                       GPOINTER_TO_UINT (g_hash_table_lookup (per_level, sf_level_get_id (level) ?: "")),
                       &range);
        }
    }
  if (find_expectation (self, section, NULL, &range))
    check_count (self, out, SF_RULE_SECTION_COUNT, section, name, n, &range);
}

/* Duplicate titles and ids */

/*
 * _sf_validator_fold_title:
 *
 * Returns: (nullable): @title as SF202 compares titles: case-folded, runs
 *   of white space as one space; %NULL for a blank title, which SF201
 *   reports instead
 */
char *
_sf_validator_fold_title (const char *title)
{
  return is_blank (title) ? NULL : fold (title);
}

/*
 * _sf_validator_report_same_title:
 * @statement: a statement of @section
 * @first: the first statement of @section with the same folded title
 *
 * Reports SF202 on @statement.
 */
void
_sf_validator_report_same_title (SfValidator *self,
                                 SfSection   *section,
                                 SfStatement *statement,
                                 SfStatement *first,
                                 GPtrArray   *out)
{
  g_autofree char *this_one = NULL;
  g_autofree char *that_one = NULL;
  g_autofree char *name = NULL;

  if (self->severities[SF_RULE_DUPLICATE_TITLE] == SF_SEVERITY_OFF)
    return;
  this_one = statement_name (section, statement, TRUE);
  that_one = statement_name (section, first, TRUE);
  name = section_name (section, FALSE);
  report (self, out, SF_RULE_DUPLICATE_TITLE, statement, "title",
          _("%s has the same title as %s in %s: “%s”"),
          this_one, that_one, name, sf_statement_get_title (statement));
}

/*
 * _sf_validator_report_duplicate:
 * @node: an object whose id an object before it has
 * @what: what @node is, translated: “statement”
 *
 * Reports SF107 on @node.
 */
void
_sf_validator_report_duplicate (SfValidator *self,
                                SfNode      *node,
                                const char  *what,
                                GPtrArray   *out)
{
  const char *id = sf_node_get_id (node);

  if (*id == '\0')
    report (self, out, SF_RULE_DUPLICATE_ID, node, "id", _("the empty %s id is used twice"), what);
  else
    report (self, out, SF_RULE_DUPLICATE_ID, node, "id", _("the %s id “%s” is used twice"), what, id);
}

/* Reports every object of @list whose id an earlier one has. */
static void
check_list_unique (SfValidator *self,
                   GPtrArray   *out,
                   GListModel  *list,
                   const char  *what)
{
  GPtrArray *items = _sf_node_list_get_items (list);
  g_autoptr(GHashTable) seen = NULL;

  if (items->len < 2 || self->severities[SF_RULE_DUPLICATE_ID] == SF_SEVERITY_OFF)
    return;
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < items->len; i++)
    {
      SfNode *node = g_ptr_array_index (items, i);
      const char *id = sf_node_get_id (node);

      if (id == NULL)
        continue;
      if (g_hash_table_contains (seen, id))
        _sf_validator_report_duplicate (self, node, what, out);
      else
        g_hash_table_add (seen, (gpointer) id);
    }
}

void
_sf_validator_check_id_list (SfValidator *self,
                             IdList       list,
                             GPtrArray   *out)
{
  SfFramework *framework = self->framework;

  switch (list)
    {
    case ID_LIST_SCALES:
      check_list_unique (self, out, sf_framework_get_scales (framework), _("scale"));
      break;
    case ID_LIST_SECTIONS:
      check_list_unique (self, out, sf_framework_get_sections (framework), _("section"));
      break;
    case ID_LIST_EVIDENCE:
      check_list_unique (self, out, sf_framework_get_evidence (framework), _("evidence group"));
      break;
    case ID_LIST_ANCHORS:
      check_list_unique (self, out, sf_onet_get_anchors (sf_framework_get_onet (framework)),
                         _("anchor"));
      break;
    case ID_LIST_SOURCES:
      check_list_unique (self, out, sf_framework_get_sources (framework), _("source"));
      break;
    case N_ID_LISTS:
    default:
      g_assert_not_reached ();
    }
}

void
_sf_validator_check_scale (SfValidator *self,
                           SfScale     *scale,
                           GPtrArray   *out)
{
  check_list_unique (self, out, sf_scale_get_levels (scale), _("level"));
}

/* The occupation and the framework's own members */

static char *
release_in (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("([0-9]+\\.[0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (text == NULL || !g_regex_match (regex, text, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

static gboolean
soc_code_is_valid (const char *code)
{
  static const char pattern[] = "00-0000.00";

  if (code == NULL || strlen (code) != sizeof pattern - 1)
    return FALSE;
  for (guint i = 0; pattern[i]; i++)
    if (pattern[i] == '0' ? !g_ascii_isdigit (code[i]) : code[i] != pattern[i])
      return FALSE;
  return TRUE;
}

void
_sf_validator_check_framework (SfValidator *self,
                               GPtrArray   *out)
{
  SfOccupation *occupation = sf_framework_get_occupation (self->framework);
  const char *code = sf_occupation_get_soc_code (occupation);
  int zone = sf_occupation_get_job_zone (occupation);
  const char *zone_name = sf_occupation_get_job_zone_name (occupation);

  if (is_blank (sf_framework_get_id (self->framework)))
    report (self, out, SF_RULE_MISSING_VALUE, self->framework, "id", _("the framework has no id"));
  if (is_blank (sf_framework_get_version (self->framework)))
    report (self, out, SF_RULE_MISSING_VALUE, self->framework, "version",
            _("the framework has no version"));
  if (is_blank (sf_occupation_get_title (occupation)))
    report (self, out, SF_RULE_MISSING_VALUE, occupation, "title", _("the occupation has no title"));
  if (is_blank (code))
    report (self, out, SF_RULE_MISSING_VALUE, occupation, "soc_code",
            _("the occupation has no O*NET-SOC code"));
  else if (!soc_code_is_valid (code))
    report (self, out, SF_RULE_SOC_CODE_FORM, occupation, "soc_code",
            _("the O*NET-SOC code “%s” is not of the form NN-NNNN.NN, such as 29-2011.00"), code);
  if (zone < 1 || zone > 5)
    report (self, out, SF_RULE_JOB_ZONE_RANGE, occupation, "job_zone",
            _("the job zone is %d; O*NET job zones run from 1 to 5"), zone);
  else if (zone_name != NULL && !sf_onet_job_zone_name_matches (zone, zone_name))
    report (self, out, SF_RULE_JOB_ZONE_NAME, occupation, "job_zone_name",
            _("job zone %d is “%s” in O*NET, not “%s”"), zone,
            sf_onet_reference_job_zone_name (zone), zone_name);
}

/* Sources, anchors and evidence */

/*
 * _sf_validator_check_source:
 * @cited: whether a statement, an evidence group or the anchors cite the
 *   source's id
 */
void
_sf_validator_check_source (SfValidator *self,
                            SfSource    *source,
                            gboolean     cited,
                            GPtrArray   *out)
{
  SfOnet *onet = sf_framework_get_onet (self->framework);
  gboolean no_link = is_blank (sf_source_get_url (source));
  gboolean no_licence = is_blank (sf_source_get_licence (source));
  g_autofree char *name = NULL;

  if (is_blank (sf_source_get_title (source)))
    {
      g_autofree char *by_id = source_name (source, TRUE, FALSE);

      report (self, out, SF_RULE_MISSING_VALUE, source, "title", _("%s has no title"), by_id);
    }
  if ((no_link || no_licence) && self->severities[SF_RULE_SOURCE_LICENCE_LINK] != SF_SEVERITY_OFF)
    {
      name = source_name (source, FALSE, FALSE);
      if (no_link && no_licence)
        report (self, out, SF_RULE_SOURCE_LICENCE_LINK, source, NULL,
                _("%s has neither a link nor a licence"), name);
      else if (no_link)
        report (self, out, SF_RULE_SOURCE_LICENCE_LINK, source, "url", _("%s has no link"), name);
      else
        report (self, out, SF_RULE_SOURCE_LICENCE_LINK, source, "licence",
                _("%s has no licence"), name);
    }

  if (g_strcmp0 (sf_source_get_id (source), self->onet_source) == 0)
    {
      g_autofree char *edition = release_in (sf_source_get_edition (source));
      const char *release = sf_onet_get_release (onet);

      if (edition != NULL && release != NULL && g_strcmp0 (edition, release) != 0)
        report (self, out, SF_RULE_ONET_RELEASE_MISMATCH, source, "edition",
                _("the O*NET source is release %s, but the anchors come from release %s"),
                edition, release);
    }

  if (!cited && self->severities[SF_RULE_UNCITED_SOURCE] != SF_SEVERITY_OFF)
    {
      g_autofree char *with_id = source_name (source, FALSE, TRUE);

      report (self, out, SF_RULE_UNCITED_SOURCE, source, NULL, _("%s is never cited"), with_id);
    }
}

/*
 * _sf_validator_check_anchor:
 * @covered: whether a competency statement links the anchor's id
 */
void
_sf_validator_check_anchor (SfValidator *self,
                            SfAnchor    *anchor,
                            gboolean     covered,
                            GPtrArray   *out)
{
  const char *release = sf_onet_get_release (sf_framework_get_onet (self->framework));
  SfAnchorKind kind = sf_anchor_get_kind (anchor);
  const char *name = sf_anchor_get_name (anchor);
  const char *code = sf_anchor_get_code (anchor);
  const char *kind_name = enum_nick (SF_TYPE_ANCHOR_KIND, kind);
  SfOnetMatch match;

  if (kind == SF_ANCHOR_KIND_TASK && !covered &&
      self->severities[SF_RULE_UNCOVERED_TASK] != SF_SEVERITY_OFF)
    {
      const char *id = sf_anchor_get_id (anchor);
      g_autofree char *task = !is_blank (name) ? g_strdup_printf (_("the task “%s”"), name)
                              : !is_blank (id) ? g_strdup_printf (_("the task “%s”"), id)
                              : g_strdup_printf (_("anchor %d"), position_of (anchor));

      report (self, out, SF_RULE_UNCOVERED_TASK, anchor, NULL,
              _("no competency statement links %s"), task);
    }

  if (is_blank (name))
    {
      const char *id = sf_anchor_get_id (anchor);

      if (!is_blank (id))
        report (self, out, SF_RULE_MISSING_VALUE, anchor, "name", _("anchor %s has no name"), id);
      else
        report (self, out, SF_RULE_MISSING_VALUE, anchor, "name", _("anchor %d has no name"),
                position_of (anchor));
      return;
    }
  if (kind < SF_ANCHOR_KIND_SKILL || kind > SF_ANCHOR_KIND_WORK_STYLE)
    return;

  match = sf_onet_reference_match (kind, name, release);
  switch (match.kind)
    {
    case SF_ONET_MATCH_NONE:
      if (match.suggestion != NULL)
        report (self, out, SF_RULE_UNKNOWN_ONET_ELEMENT, anchor, "name",
                _("“%s” is not an O*NET %s; did you mean “%s”?"), name, kind_name,
                match.suggestion->name);
      else
        report (self, out, SF_RULE_UNKNOWN_ONET_ELEMENT, anchor, "name",
                _("“%s” is not an O*NET %s"), name, kind_name);
      return;

    case SF_ONET_MATCH_TOLERANT:
      report (self, out, SF_RULE_ONET_NAME_FORM, anchor, "name",
              _("O*NET writes the %s “%s” as “%s”"), kind_name, name, match.element->name);
      break;

    case SF_ONET_MATCH_OTHER_LIST:
      report (self, out, SF_RULE_WORK_STYLE_LIST, anchor, "name",
              _("the work style “%s” (%s) is from the O*NET work-styles list before 30.1, "
                "but the anchors come from O*NET %s, which uses the new list"),
              name, match.element->element_id, release ? release : "");
      break;

    case SF_ONET_MATCH_EXACT:
    default:
      break;
    }

  if (code != NULL && g_strcmp0 (code, match.element->element_id) != 0)
    report (self, out, SF_RULE_ONET_ELEMENT_ID, anchor, "code",
            _("the O*NET element id of “%s” is %s, not %s"), match.element->name,
            match.element->element_id, code);
}

void
_sf_validator_check_group (SfValidator     *self,
                           SfEvidenceGroup *group,
                           GPtrArray       *out)
{
  GListModel *figures = sf_evidence_group_get_figures (group);
  const char *source = sf_evidence_group_get_source (group);

  if (source != NULL && !g_hash_table_contains (self->source_ids, source))
    {
      g_autofree char *name = group_name (group);

      if (*source == '\0')
        report (self, out, SF_RULE_UNKNOWN_SOURCE, group, "source",
                _("%s cites a source by an empty id"), name);
      else
        report (self, out, SF_RULE_UNKNOWN_SOURCE, group, "source",
                _("%s cites “%s”, which is not one of the framework's sources"), name, source);
    }

  for (guint j = 0; j < _sf_node_list_get_items (figures)->len; j++)
    {
      SfFigure *figure = g_ptr_array_index (_sf_node_list_get_items (figures), j);
      GVariant *value = sf_figure_get_value (figure);
      double v, max = sf_figure_get_max (figure);
      g_autofree char *name = NULL;

      if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        continue;
      v = g_variant_is_of_type (value, G_VARIANT_TYPE_INT64)
          ? (double) g_variant_get_int64 (value) : g_variant_get_double (value);

      if (g_strcmp0 (sf_figure_get_unit (figure), "%") == 0 && (v < 0 || v > 100))
        report (self, out, SF_RULE_FIGURE_RANGE, figure, "value",
                _("%s is %g %%; a percentage lies between 0 and 100"),
                (name = figure_name (group, figure)), v);
      else if (max > 0 && (v < 0 || v > max))
        report (self, out, SF_RULE_FIGURE_RANGE, figure, "value",
                _("%s is %g; it should lie between 0 and its maximum, %g"),
                (name = figure_name (group, figure)), v, max);
      else if (v < 0)
        report (self, out, SF_RULE_FIGURE_RANGE, figure, "value",
                _("%s is negative: %g"), (name = figure_name (group, figure)), v);
    }

  check_list_unique (self, out, figures, _("figure"));
}
