/* sf-source.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfSource:
 *
 * A source that citations point to.
 */
struct _SfSource
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfSource, sf_source, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_SHORT_TITLE,
  PROP_EDITION,
  PROP_AUTHORS,
  PROP_YEAR,
  PROP_IDENTIFIER,
  PROP_URL,
  PROP_LICENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_source_class_init (SfSourceClass *klass)
{
  /* Source id */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Title */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Subtitle */
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SUBTITLE]);
  /* Short label of a citation */
  properties[PROP_SHORT_TITLE] = g_param_spec_string ("short-title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SHORT_TITLE]);
  /* Edition or release */
  properties[PROP_EDITION] = g_param_spec_string ("edition", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_EDITION]);
  /* Authors */
  properties[PROP_AUTHORS] = g_param_spec_string ("authors", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_AUTHORS]);
  /* Year, 0 for none */
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_YEAR]);
  /* arXiv id, DOI or other identifier */
  properties[PROP_IDENTIFIER] = g_param_spec_string ("identifier", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_IDENTIFIER]);
  /* Link */
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_URL]);
  /* Licence */
  properties[PROP_LICENCE] = g_param_spec_string ("licence", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_LICENCE]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_source_init (SfSource *self)
{
}

/**
 * sf_source_new:
 *
 * Returns: (transfer full): a new, empty #SfSource
 */
SfSource *
sf_source_new (void)
{
  return g_object_new (SF_TYPE_SOURCE, NULL);
}

/**
 * sf_source_get_id:
 * @self: a #SfSource
 *
 * Returns: (nullable) source id
 */
const char *
sf_source_get_id (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_source_get_title:
 * @self: a #SfSource
 *
 * Returns: (nullable) title
 */
const char *
sf_source_get_title (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE]));
}

/**
 * sf_source_get_subtitle:
 * @self: a #SfSource
 *
 * Returns: (nullable) subtitle
 */
const char *
sf_source_get_subtitle (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SUBTITLE]));
}

/**
 * sf_source_get_short_title:
 * @self: a #SfSource
 *
 * Returns: (nullable) short label of a citation
 */
const char *
sf_source_get_short_title (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_SHORT_TITLE]));
}

/**
 * sf_source_get_edition:
 * @self: a #SfSource
 *
 * Returns: (nullable) edition or release
 */
const char *
sf_source_get_edition (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_EDITION]));
}

/**
 * sf_source_get_authors:
 * @self: a #SfSource
 *
 * Returns: (nullable) authors
 */
const char *
sf_source_get_authors (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_AUTHORS]));
}

/**
 * sf_source_get_year:
 * @self: a #SfSource
 *
 * Returns: year, 0 for none
 */
int
sf_source_get_year (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), 0);

  return g_value_get_int (_sf_node_peek_value (SF_NODE (self), properties[PROP_YEAR]));
}

/**
 * sf_source_get_identifier:
 * @self: a #SfSource
 *
 * Returns: (nullable) arxiv id, doi or other identifier
 */
const char *
sf_source_get_identifier (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_IDENTIFIER]));
}

/**
 * sf_source_get_url:
 * @self: a #SfSource
 *
 * Returns: (nullable) link
 */
const char *
sf_source_get_url (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_URL]));
}

/**
 * sf_source_get_licence:
 * @self: a #SfSource
 *
 * Returns: (nullable) licence
 */
const char *
sf_source_get_licence (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LICENCE]));
}
