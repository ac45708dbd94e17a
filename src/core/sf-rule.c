/* sf-rule.c: the catalogue of validation rules
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-rule.h"

#define S SF_RULE_FAMILY_STRUCTURE
#define C SF_RULE_FAMILY_CONTENT
#define N SF_RULE_FAMILY_COUNTS
#define R SF_RULE_FAMILY_CITATIONS
#define O SF_RULE_FAMILY_ONET
#define E SF_RULE_FAMILY_EVIDENCE

static const SfRule rules[SF_N_RULES] = {
  { SF_RULE_MISSING_VALUE, "SF101", "missing-value", S, SF_SEVERITY_ERROR,
    N_("A required field is empty"),
    N_("Every framework needs an id and a version; the occupation a title and an O*NET-SOC "
       "code; each section, scale, level, source and anchor a name or title. Fill in the "
       "field named in the message.") },
  { SF_RULE_SOC_CODE_FORM, "SF102", "soc-code-form", S, SF_SEVERITY_ERROR,
    N_("The O*NET-SOC code is not of the form NN-NNNN.NN"),
    N_("O*NET-SOC codes have two digits, a dash, four digits, a dot and two digits, for "
       "example 29-2011.00. The first seven characters are the 2018 SOC code; the last two "
       "are O*NET's extension, .00 for the SOC occupation itself.") },
  { SF_RULE_JOB_ZONE_RANGE, "SF103", "job-zone-range", S, SF_SEVERITY_ERROR,
    N_("The job zone is not between 1 and 5"),
    N_("O*NET job zones run from 1 (Little or No Preparation Needed) to 5 (Extensive "
       "Preparation Needed). Set the occupation's job zone as O*NET gives it.") },
  { SF_RULE_JOB_ZONE_NAME, "SF104", "job-zone-name", S, SF_SEVERITY_WARNING,
    N_("The job zone name does not match the job zone"),
    N_("The name shown with the job zone should be O*NET's name for it, for example "
       "\"Considerable Preparation Needed\" for zone 4 (\"Needed\" and a \"Job Zone Four:\" "
       "prefix may be left out). Correct the name or the number.") },
  { SF_RULE_UNKNOWN_LEVEL, "SF105", "unknown-level", S, SF_SEVERITY_ERROR,
    N_("A statement's level is not on its section's scale"),
    N_("Each statement sits at one level of the scale its section uses. Choose one of the "
       "scale's levels, or add the level to the scale.") },
  { SF_RULE_UNKNOWN_SCALE, "SF106", "unknown-scale", S, SF_SEVERITY_ERROR,
    N_("A section uses a scale that does not exist"),
    N_("A section's statements are placed on one of the framework's level scales. Choose "
       "an existing scale for the section, or add the scale.") },
  { SF_RULE_DUPLICATE_ID, "SF107", "duplicate-id", S, SF_SEVERITY_ERROR,
    N_("Two objects share an id"),
    N_("Statement, section, anchor, source, scale and evidence ids must be unique, because "
       "citations, links, merges and published pages refer to them. Give one of the two a "
       "new id.") },
  { SF_RULE_UNKNOWN_RULE, "SF108", "unknown-rule", S, SF_SEVERITY_WARNING,
    N_("The validation settings name a rule that does not exist"),
    N_("A severity setting names a rule id that is not in the catalogue (see "
       "skillframe-tool validate --explain). Correct the id or remove the setting.") },
  { SF_RULE_EMPTY_TEXT, "SF201", "empty-text", C, SF_SEVERITY_ERROR,
    N_("A statement's title or text is empty"),
    N_("Every statement needs a short title and a text. Write the missing part, or delete "
       "the statement.") },
  { SF_RULE_DUPLICATE_TITLE, "SF202", "duplicate-title", C, SF_SEVERITY_WARNING,
    N_("Two statements of a section share a title"),
    N_("Titles tell statements apart in lists and on the published page. Rename one of the "
       "statements, or merge them if they say the same thing.") },
  { SF_RULE_TEXT_LENGTH, "SF203", "text-length", C, SF_SEVERITY_WARNING,
    N_("A statement's text or title is too short or too long"),
    N_("By default a statement's text has 40 to 320 characters and its title at most 60; a "
       "framework may set other bounds (text_min, text_max, title_max in its validation "
       "settings). Shorten or complete the statement.") },
  { SF_RULE_NOT_VERB_PHRASE, "SF204", "not-verb-phrase", C, SF_SEVERITY_WARNING,
    N_("A statement's text does not start with a verb"),
    N_("Statements say what a worker does: their text is a verb phrase such as \"monitors "
       "daily QC performance\" (an adverb may come first). Rewrite texts that start with an "
       "article, a pronoun, a preposition, a gerund or a noun such as \"knowledge of\".") },
  { SF_RULE_LEVEL_COUNT, "SF301", "level-count", N, SF_SEVERITY_WARNING,
    N_("A level of a section has too few or too many statements"),
    N_("Each level of a section should hold statements; a framework may set the expected "
       "numbers per section and level (counts in its validation settings). Add or remove "
       "statements at that level.") },
  { SF_RULE_SECTION_COUNT, "SF302", "section-count", N, SF_SEVERITY_WARNING,
    N_("A section has too few or too many statements"),
    N_("The framework's validation settings give the expected number of statements in this "
       "section. Add or remove statements, or change the expectation.") },
  { SF_RULE_MISSING_CITATION, "SF401", "missing-citation", R, SF_SEVERITY_ERROR,
    N_("A statement that needs evidence cites no source"),
    N_("AI-usage and durable-skill statements must cite the evidence they rest on (a "
       "framework may choose other sections in its validation settings). Add a citation "
       "of a source from the framework's sources.") },
  { SF_RULE_UNKNOWN_SOURCE, "SF402", "unknown-source", R, SF_SEVERITY_ERROR,
    N_("A citation points to a source that does not exist"),
    N_("Citations and evidence groups refer to sources by id. Choose a source from the "
       "framework's sources, or add the missing source.") },
  { SF_RULE_UNCITED_SOURCE, "SF403", "uncited-source", R, SF_SEVERITY_INFO,
    N_("A source is never cited"),
    N_("No statement, evidence group or anchor set cites this source. Cite it where it "
       "backs a statement, or remove it from the sources.") },
  { SF_RULE_SOURCE_LICENCE_LINK, "SF404", "source-licence-link", R, SF_SEVERITY_WARNING,
    N_("A source has no licence or no link"),
    N_("Readers follow citations to their sources, and republishing needs the licence: "
       "record each source's URL and licence (O*NET data is CC BY 4.0 and needs "
       "attribution).") },
  { SF_RULE_ONET_RELEASE_MISMATCH, "SF405", "onet-release-mismatch", R, SF_SEVERITY_WARNING,
    N_("The O*NET source's release differs from the anchors' release"),
    N_("The O*NET source that statements cite should be the release the anchors were taken "
       "from. Update the source's edition, or the anchors and their release.") },
  { SF_RULE_UNKNOWN_ONET_ELEMENT, "SF501", "unknown-onet-element", O, SF_SEVERITY_ERROR,
    N_("An anchor is not an O*NET element of its kind"),
    N_("Skill, knowledge, ability and work-style anchors must name an element of the O*NET "
       "content model. Correct the name (the message suggests the nearest one) or the "
       "anchor's kind.") },
  { SF_RULE_ONET_NAME_FORM, "SF502", "onet-name-form", O, SF_SEVERITY_WARNING,
    N_("An anchor's name differs from O*NET's spelling"),
    N_("The anchor names an O*NET element but with other case, spacing or punctuation. "
       "Write it as O*NET does so that published pages and searches match.") },
  { SF_RULE_ONET_ELEMENT_ID, "SF503", "onet-element-id", O, SF_SEVERITY_WARNING,
    N_("An anchor's O*NET element id does not match its name"),
    N_("The anchor's code should be the O*NET element id of the element it names, for "
       "example 2.A.1.f for Science. Correct the code or the name.") },
  { SF_RULE_WORK_STYLE_LIST, "SF504", "work-style-list", O, SF_SEVERITY_WARNING,
    N_("A work style belongs to another O*NET release's list"),
    N_("O*NET 30.1 replaced the work-styles list (1.C ids) with a new one (1.D ids). Use the "
       "work styles of the list that the framework's O*NET release has.") },
  { SF_RULE_CITES_ONET_WITHOUT_ANCHOR, "SF505", "cites-onet-without-anchor", O, SF_SEVERITY_WARNING,
    N_("A statement cites O*NET but links no anchor"),
    N_("A statement that rests on O*NET should link the O*NET anchors (tasks, skills, "
       "knowledge, abilities, work styles, technology) it is grounded in. Link them; "
       "skillframe-tool validate --suggest proposes the most relevant ones.") },
  { SF_RULE_UNCOVERED_TASK, "SF506", "uncovered-task", O, SF_SEVERITY_WARNING,
    N_("No competency statement covers an O*NET task"),
    N_("The occupation's O*NET tasks are the seed anchors of its competencies: each task "
       "should be linked from at least one competency statement. Link it from the statement "
       "that covers it, or write one.") },
  { SF_RULE_MISSING_ANCHOR, "SF507", "missing-anchor", O, SF_SEVERITY_ERROR,
    N_("A statement links an anchor that does not exist"),
    N_("Anchor links refer to the framework's O*NET anchors by id. Link an existing anchor, "
       "or add the anchor.") },
  { SF_RULE_REVIEW_MARK, "SF508", "review-mark", O, SF_SEVERITY_WARNING,
    N_("A statement is marked for review"),
    N_("An update from O*NET marks the statements linked to a task or other anchor that O*NET "
       "reworded or removed, saying what changed. Check the statement against O*NET's new "
       "wording, edit it or its links, then clear the mark.") },
  { SF_RULE_FIGURE_RANGE, "SF601", "figure-range", E, SF_SEVERITY_ERROR,
    N_("An evidence figure is out of range"),
    N_("Percentages run from 0 to 100, a figure with a maximum lies between 0 and it, and "
       "counts are not negative. Correct the figure from its source.") },
};

const SfRule *
sf_rule_get (SfRuleKey key)
{
  g_return_val_if_fail (key < SF_N_RULES, NULL);

  return &rules[key];
}

/**
 * sf_rule_lookup:
 * @id_or_name: a rule id such as "SF401", or a name such as "missing-citation"
 *
 * Returns: (nullable): the rule
 */
const SfRule *
sf_rule_lookup (const char *id_or_name)
{
  g_return_val_if_fail (id_or_name != NULL, NULL);

  for (guint i = 0; i < SF_N_RULES; i++)
    if (g_ascii_strcasecmp (rules[i].id, id_or_name) == 0 ||
        g_strcmp0 (rules[i].name, id_or_name) == 0)
      return &rules[i];
  return NULL;
}

const char *
sf_rule_get_title (const SfRule *rule)
{
  return g_dgettext (GETTEXT_PACKAGE, rule->title);
}

const char *
sf_rule_get_help (const SfRule *rule)
{
  return g_dgettext (GETTEXT_PACKAGE, rule->help);
}

const char *
sf_rule_family_name (SfRuleFamily family)
{
  static const char *names[] = {
    N_("Structure"), N_("Content"), N_("Counts"), N_("Citations"), N_("O*NET alignment"),
    N_("Evidence"),
  };

  g_return_val_if_fail (family < G_N_ELEMENTS (names), NULL);
  return g_dgettext (GETTEXT_PACKAGE, names[family]);
}

/* Severities are written untranslated: they appear in machine-read output. */
const char *
sf_severity_to_string (SfSeverity severity)
{
  static const char *names[] = { "off", "info", "warning", "error" };

  g_return_val_if_fail (severity <= SF_SEVERITY_ERROR, NULL);
  return names[severity];
}

gboolean
sf_severity_from_string (const char *str,
                         SfSeverity *severity)
{
  for (SfSeverity s = SF_SEVERITY_OFF; s <= SF_SEVERITY_ERROR; s++)
    if (g_strcmp0 (str, sf_severity_to_string (s)) == 0)
      {
        *severity = s;
        return TRUE;
      }
  return FALSE;
}
