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
