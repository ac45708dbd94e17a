/* sf-source.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfSource:
 *
 * An entry of the framework's registry of sources: a dataset, a taxonomy,
 * a paper or a site that citations, evidence groups and the O*NET part
 * refer to by id. It holds what the published page needs to credit and
 * link it: the seed's O*NET source is "O*NET Resource Center",
 * "Occupational Information Network", edition "v30.2 (Sept 2025)", shown as
 * "O*NET v30.2", licensed CC BY 4.0, which requires the attribution.
 *
 * Every member but the id and the title is optional, left out of the file
 * when unset.
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
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SUBTITLE]);
  /* The label of a citation chip on the published page. */
  properties[PROP_SHORT_TITLE] =
    g_param_spec_string ("short-title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_SHORT_TITLE]);
  /* Free text: "v30.2 (Sept 2025)", "release_2026_03_24". */
  properties[PROP_EDITION] =
    g_param_spec_string ("edition", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_EDITION]);
  /* As printed: "Jadhav & Danve". */
  properties[PROP_AUTHORS] =
    g_param_spec_string ("authors", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_AUTHORS]);
  /* 0, left out of the file: no year. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, G_MININT, G_MAXINT, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_YEAR]);
  /* An arXiv id ("arXiv:2604.06906"), a DOI or the like. */
  properties[PROP_IDENTIFIER] =
    g_param_spec_string ("identifier", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_IDENTIFIER]);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_URL]);
  /* A name such as "CC BY 4.0"; a source with no licence or no link is
   * reported (SF404). */
  properties[PROP_LICENCE] =
    g_param_spec_string ("licence", NULL, NULL, NULL, SF_MEMBER_FLAGS);
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
 * Returns: (nullable): the id citations name the source by, such as `onet`
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
 * Returns: (nullable): the full title, such as `O*NET Resource Center`
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
 * Returns: (nullable): the subtitle, such as `Occupational Information
 *   Network`
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
 * Returns: (nullable): the short label a citation of the source is shown
 *   with, such as `O*NET v30.2`
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
 * Returns: (nullable): the edition or release cited, such as
 *   `v30.2 (Sept 2025)`
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
 * Returns: (nullable): the authors as they are credited, such as
 *   `America Succeeds + CompTIA`
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
 * Returns: the year of publication, or 0 if the source gives none
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
 * Returns: (nullable): a standard identifier of the work, such as an arXiv
 *   id (`arXiv:2604.06906`) or a DOI
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
 * Returns: (nullable): the link a citation of the source opens, such as
 *   `https://www.onetcenter.org/`
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
 * Returns: (nullable): the licence the source is used under, such as
 *   `CC BY 4.0`
 */
const char *
sf_source_get_licence (SfSource *self)
{
  g_return_val_if_fail (SF_IS_SOURCE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LICENCE]));
}
