/* sf-fixes.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The problems that have an obvious remedy, and the remedy as one undoable
 * step: SF502 (use O*NET's spelling of an anchor's name), SF503 (set the
 * O*NET element id that matches the name), SF505 (link one of the anchors
 * the suggester finds for the statement), SF403 (remove a source nothing
 * cites), SF108 (drop a setting for a rule that does not exist), SF104
 * (O*NET's name for the job zone) and SF508 (clear a statement's review
 * mark once it is checked). Each fix is computed from the framework as it is now, not from the problem's
 * message.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-edits.h"
#include "sf-fixes.h"
#include "sf-model.h"
#include "sf-onet-reference.h"

G_DEFINE_BOXED_TYPE (SfFix, sf_fix, sf_fix_copy, sf_fix_free)

SfFix *
sf_fix_copy (const SfFix *fix)
{
  SfFix *copy = g_new0 (SfFix, 1);

  copy->label = g_strdup (fix->label);
  copy->value = g_strdup (fix->value);
  return copy;
}

void
sf_fix_free (SfFix *fix)
{
  g_free (fix->label);
  g_free (fix->value);
  g_free (fix);
}

static void
add_fix (GPtrArray  *fixes,
         char       *label,
         const char *value)
{
  SfFix *fix = g_new0 (SfFix, 1);

  fix->label = label;
  fix->value = g_strdup (value);
  g_ptr_array_add (fixes, fix);
}

static const SfOnetElement *
reference_element (SfFramework *framework,
                   SfAnchor    *anchor)
{
  SfOnetMatch match = sf_onet_reference_match (sf_anchor_get_kind (anchor), sf_anchor_get_name (anchor),
                                               sf_onet_get_release (sf_framework_get_onet (framework)));

  return match.kind == SF_ONET_MATCH_NONE ? NULL : match.element;
}

/**
 * sf_fixes_rule_has_fixes:
 * @rule: a rule of the catalogue
 *
 * Whether problems of @rule may have quick fixes, without working them
 * out: a list of problems can offer a fix button and ask
 * sf_fixes_for_problem() only when it is pressed.
 *
 * Returns: whether sf_fixes_for_problem() may find fixes for @rule
 */
gboolean
sf_fixes_rule_has_fixes (const SfRule *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  switch (rule->key)
    {
    case SF_RULE_ONET_NAME_FORM:
    case SF_RULE_ONET_ELEMENT_ID:
    case SF_RULE_CITES_ONET_WITHOUT_ANCHOR:
    case SF_RULE_UNCITED_SOURCE:
    case SF_RULE_UNKNOWN_RULE:
    case SF_RULE_JOB_ZONE_NAME:
    case SF_RULE_REVIEW_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * sf_fixes_for_problem:
 * @problem: a problem of @framework
 * @framework: the framework
 * @suggester: (nullable): the suggester for @framework, for SF505
 *
 * Returns: (transfer container) (element-type SfFix): the ways to fix
 *   @problem, best first; empty when its rule has no quick fix
 */
GPtrArray *
sf_fixes_for_problem (SfProblem   *problem,
                      SfFramework *framework,
                      SfSuggester *suggester)
{
  GPtrArray *fixes = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_fix_free);
  SfNode *node;

  g_return_val_if_fail (SF_IS_PROBLEM (problem), fixes);
  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), fixes);

  node = sf_problem_get_node (problem);
  switch (sf_problem_get_rule (problem)->key)
    {
    case SF_RULE_ONET_NAME_FORM:
      if (SF_IS_ANCHOR (node))
        {
          const SfOnetElement *element = reference_element (framework, SF_ANCHOR (node));

          if (element != NULL)
            add_fix (fixes, g_strdup_printf (_("Use O*NET's spelling “%s”"), element->name), element->name);
        }
      break;

    case SF_RULE_ONET_ELEMENT_ID:
      if (SF_IS_ANCHOR (node))
        {
          const SfOnetElement *element = reference_element (framework, SF_ANCHOR (node));

          if (element != NULL)
            add_fix (fixes, g_strdup_printf (_("Set the element id to %s"), element->element_id),
                     element->element_id);
        }
      break;

    case SF_RULE_CITES_ONET_WITHOUT_ANCHOR:
      if (SF_IS_STATEMENT (node) && suggester != NULL)
        {
          g_autoptr(GPtrArray) suggestions = sf_suggester_suggest_for_statement (suggester, SF_STATEMENT (node), 3);

          for (guint i = 0; i < suggestions->len; i++)
            {
              SfSuggestion *suggestion = g_ptr_array_index (suggestions, i);

              add_fix (fixes, g_strdup_printf (_("Link “%s”"), sf_anchor_get_name (suggestion->anchor)),
                       sf_anchor_get_id (suggestion->anchor));
            }
        }
      break;

    case SF_RULE_UNCITED_SOURCE:
      if (SF_IS_SOURCE (node))
        {
          const char *title = sf_source_get_title (SF_SOURCE (node));

          add_fix (fixes, g_strdup_printf (_("Remove the source “%s”"),
                                           title && *title ? title : sf_source_get_id (SF_SOURCE (node))),
                   sf_source_get_id (SF_SOURCE (node)));
        }
      break;

    case SF_RULE_REVIEW_MARK:
      if (SF_IS_STATEMENT (node))
        add_fix (fixes, g_strdup (_("Clear the review mark")), NULL);
      break;

    case SF_RULE_UNKNOWN_RULE:
      if (SF_IS_RULE_SETTING (node))
        {
          const char *rule = sf_rule_setting_get_rule (SF_RULE_SETTING (node));

          add_fix (fixes, g_strdup_printf (_("Remove the setting for “%s”"), rule ? rule : ""), rule);
        }
      break;

    case SF_RULE_JOB_ZONE_NAME:
      if (SF_IS_OCCUPATION (node))
        {
          int zone = sf_occupation_get_job_zone (SF_OCCUPATION (node));
          const char *name = zone >= 1 && zone <= 5 ? sf_onet_reference_job_zone_name (zone) : NULL;

          if (name != NULL)
            add_fix (fixes, g_strdup_printf (_("Use O*NET's name “%s”"), name), name);
        }
      break;

    case SF_RULE_MISSING_VALUE:
    case SF_RULE_SOC_CODE_FORM:
    case SF_RULE_JOB_ZONE_RANGE:
    case SF_RULE_UNKNOWN_LEVEL:
    case SF_RULE_UNKNOWN_SCALE:
    case SF_RULE_DUPLICATE_ID:
    case SF_RULE_EMPTY_TEXT:
    case SF_RULE_DUPLICATE_TITLE:
    case SF_RULE_TEXT_LENGTH:
    case SF_RULE_NOT_VERB_PHRASE:
    case SF_RULE_LEVEL_COUNT:
    case SF_RULE_SECTION_COUNT:
    case SF_RULE_MISSING_CITATION:
    case SF_RULE_UNKNOWN_SOURCE:
    case SF_RULE_SOURCE_LICENCE_LINK:
    case SF_RULE_ONET_RELEASE_MISMATCH:
    case SF_RULE_UNKNOWN_ONET_ELEMENT:
    case SF_RULE_WORK_STYLE_LIST:
    case SF_RULE_UNCOVERED_TASK:
    case SF_RULE_MISSING_ANCHOR:
    case SF_RULE_FIGURE_RANGE:
    case SF_N_RULES:
    default:
      break;
    }
  return fixes;
}

/**
 * sf_fixes_apply:
 * @document: the document of @problem's framework
 * @problem: a problem
 * @fix: one of sf_fixes_for_problem()'s fixes of @problem
 * @error: return location for a #GError
 *
 * Applies @fix as one undoable action named by its label.
 *
 * Returns: %TRUE if the fix was applied
 */
gboolean
sf_fixes_apply (SfDocument   *document,
                SfProblem    *problem,
                const SfFix  *fix,
                GError      **error)
{
  SfNode *node;
  gboolean ok = TRUE;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (SF_IS_PROBLEM (problem), FALSE);
  g_return_val_if_fail (fix != NULL, FALSE);

  node = sf_problem_get_node (problem);
  if (!sf_document_contains (document, node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The problem's object is no longer in the framework"));
      return FALSE;
    }

  sf_document_begin_action (document, fix->label);
  switch (sf_problem_get_rule (problem)->key)
    {
    case SF_RULE_ONET_NAME_FORM:
      ok = sf_document_set_string (document, node, "name", fix->value, error);
      break;

    case SF_RULE_ONET_ELEMENT_ID:
      ok = sf_document_set_string (document, node, "code", fix->value, error);
      break;

    case SF_RULE_CITES_ONET_WITHOUT_ANCHOR:
      sf_edits_link_anchor (document, SF_STATEMENT (node), fix->value);
      break;

    case SF_RULE_UNCITED_SOURCE:
      sf_edits_remove_source (document, SF_SOURCE (node));
      break;

    case SF_RULE_UNKNOWN_RULE:
      sf_edits_remove (document, node, NULL);
      break;

    case SF_RULE_JOB_ZONE_NAME:
      ok = sf_document_set_string (document, node, "job_zone_name", fix->value, error);
      break;

    case SF_RULE_REVIEW_MARK:
      sf_edits_clear_review (document, SF_STATEMENT (node));
      break;

    case SF_RULE_MISSING_VALUE:
    case SF_RULE_SOC_CODE_FORM:
    case SF_RULE_JOB_ZONE_RANGE:
    case SF_RULE_UNKNOWN_LEVEL:
    case SF_RULE_UNKNOWN_SCALE:
    case SF_RULE_DUPLICATE_ID:
    case SF_RULE_EMPTY_TEXT:
    case SF_RULE_DUPLICATE_TITLE:
    case SF_RULE_TEXT_LENGTH:
    case SF_RULE_NOT_VERB_PHRASE:
    case SF_RULE_LEVEL_COUNT:
    case SF_RULE_SECTION_COUNT:
    case SF_RULE_MISSING_CITATION:
    case SF_RULE_UNKNOWN_SOURCE:
    case SF_RULE_SOURCE_LICENCE_LINK:
    case SF_RULE_ONET_RELEASE_MISMATCH:
    case SF_RULE_UNKNOWN_ONET_ELEMENT:
    case SF_RULE_WORK_STYLE_LIST:
    case SF_RULE_UNCOVERED_TASK:
    case SF_RULE_MISSING_ANCHOR:
    case SF_RULE_FIGURE_RANGE:
    case SF_N_RULES:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Rule %s has no quick fix"),
                   sf_problem_get_rule_id (problem));
      ok = FALSE;
      break;
    }
  sf_document_end_action (document);
  return ok;
}
