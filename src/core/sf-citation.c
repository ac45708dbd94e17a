/* sf-citation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfCitation:
 *
 * The evidence behind a statement: a source of the framework, by id, and
 * optionally where in it to look. The published page shows each citation
 * as a chip with the source's short title ("O*NET v30.2") that links to it.
 * A statement's citations are kept in the order the author gave them.
 */
struct _SfCitation
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfCitation, sf_citation, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_LOCATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_citation_class_init (SfCitationClass *klass)
{
  /* The id of an #SfSource; the validator reports one that names none. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Free text: a page, a table, a section ("Tasks"). */
  properties[PROP_LOCATOR] =
    g_param_spec_string ("locator", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_LOCATOR]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_citation_init (SfCitation *self)
{
}

/**
 * sf_citation_new:
 *
 * Returns: (transfer full): a new, empty #SfCitation
 */
SfCitation *
sf_citation_new (void)
{
  return g_object_new (SF_TYPE_CITATION, NULL);
}

/**
 * sf_citation_get_source:
 * @self: a #SfCitation
 *
 * Returns: (nullable): the id of the cited source, such as `onet`; it may
 *   name no source of the framework, which validation reports
 */
const char *
sf_citation_get_source (SfCitation *self)
{
  g_return_val_if_fail (SF_IS_CITATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SOURCE]));
}

/**
 * sf_citation_get_locator:
 * @self: a #SfCitation
 *
 * Returns: (nullable): where in the source to look, such as a page, a table
 *   or a section, or %NULL to cite the source as a whole
 */
const char *
sf_citation_get_locator (SfCitation *self)
{
  g_return_val_if_fail (SF_IS_CITATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LOCATOR]));
}
