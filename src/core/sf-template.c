/* sf-template.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-template.h"

/**
 * sf_template_instantiate:
 * @template_json: a framework file to start from, such as the editor's
 *   template with its scales and empty sections
 * @title: the occupation's title
 * @soc_code: the occupation's O*NET-SOC code, such as `29-2011.00`; it is
 *   also the new framework's id
 * @error: return location for a #GError
 *
 * Makes a new framework from a template: the template's scales, sections
 * and sources, with the occupation named.
 *
 * Returns: (transfer full) (nullable): the new framework, belonging to no
 *   document, or %NULL if the template is not a framework or @title or
 *   @soc_code are not UTF-8
 */
SfFramework *
sf_template_instantiate (GBytes      *template_json,
                         const char  *title,
                         const char  *soc_code,
                         GError     **error)
{
  g_autoptr(SfFramework) framework = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (template_json != NULL, NULL);
  g_return_val_if_fail (title != NULL && soc_code != NULL, NULL);

  if (!g_utf8_validate (title, -1, NULL) || !g_utf8_validate (soc_code, -1, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The title and code must be text"));
      return NULL;
    }

  data = g_bytes_get_data (template_json, &length);
  framework = sf_format_read (data, length, "template", NULL, error);
  if (framework == NULL)
    return NULL;

  _sf_node_set_string (SF_NODE (framework), "id", *soc_code ? soc_code : "new-framework");
  _sf_node_set_string (SF_NODE (sf_framework_get_occupation (framework)), "title", title);
  _sf_node_set_string (SF_NODE (sf_framework_get_occupation (framework)), "soc_code", soc_code);

  return g_steal_pointer (&framework);
}

/**
 * sf_template_set_validation:
 * @framework: a new framework, belonging to no document yet
 * @text_min: the fewest characters of a statement's text, 0 for the default
 * @text_max: the most characters of a statement's text, 0 for the default
 * @title_max: the most characters of a statement's title, 0 for the default
 * @cited: (nullable) (array zero-terminated=1): the ids or kinds of the
 *   sections whose statements must cite a source, or %NULL for the default
 * @error: return location for a #GError
 *
 * Gives a new framework the validation settings an author chose for new
 * frameworks, before a document holds it, so that the document starts
 * unmodified. Values equal to the defaults are left unset, as
 * sf_edits_set_length_bounds() and sf_edits_set_cited() leave them.
 *
 * Returns: %TRUE on success; %FALSE, changing nothing, if a bound is
 *   negative or the text's minimum is above its maximum
 */
gboolean
sf_template_set_validation (SfFramework         *framework,
                            int                  text_min,
                            int                  text_max,
                            int                  title_max,
                            const char * const  *cited,
                            GError             **error)
{
  SfNode *validation;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text_min < 0 || text_max < 0 || title_max < 0 ||
      (text_min ?: SF_VALIDATION_DEFAULT_TEXT_MIN) > (text_max ?: SF_VALIDATION_DEFAULT_TEXT_MAX))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The length bounds must not be negative, and the shortest text no longer "
                             "than the longest"));
      return FALSE;
    }

  validation = SF_NODE (sf_framework_get_validation (framework));
  _sf_node_set_int (validation, "text_min", text_min == SF_VALIDATION_DEFAULT_TEXT_MIN ? 0 : text_min);
  _sf_node_set_int (validation, "text_max", text_max == SF_VALIDATION_DEFAULT_TEXT_MAX ? 0 : text_max);
  _sf_node_set_int (validation, "title_max", title_max == SF_VALIDATION_DEFAULT_TITLE_MAX ? 0 : title_max);
  _sf_node_set_strv (validation, "cited", sf_validation_cited_is_default (cited) ? NULL : cited);
  return TRUE;
}
