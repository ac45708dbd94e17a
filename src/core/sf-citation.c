/* sf-citation.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfCitation:
 *
 * A citation of a source, optionally with a locator.
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
  /* Id of the cited source */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Page, table or section in the source */
  properties[PROP_LOCATOR] = g_param_spec_string ("locator", NULL, NULL, NULL, SF_MEMBER_FLAGS);
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
 * Returns: (nullable) id of the cited source
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
 * Returns: (nullable) page, table or section in the source
 */
const char *
sf_citation_get_locator (SfCitation *self)
{
  g_return_val_if_fail (SF_IS_CITATION (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LOCATOR]));
}
