/* sf-statement.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfStatement:
 *
 * A statement: a level, a short title, a verb phrase, its citations and anchor links.
 */
struct _SfStatement
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfStatement, sf_statement, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_LEVEL,
  PROP_TITLE,
  PROP_TEXT,
  PROP_CITATIONS,
  PROP_ANCHORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_statement_class_init (SfStatementClass *klass)
{
  /* Stable statement id */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Level id on the section scale */
  properties[PROP_LEVEL] = g_param_spec_string ("level", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Short title */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Statement text, a verb phrase */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Citations, in order */
  properties[PROP_CITATIONS] = g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_CITATIONS], SF_TYPE_CITATION);
  /* Ids of the O*NET anchors the statement is grounded in */
  properties[PROP_ANCHORS] = g_param_spec_boxed ("anchors", NULL, NULL, G_TYPE_STRV, SF_MEMBER_FLAGS);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_statement_init (SfStatement *self)
{
}

/**
 * sf_statement_new:
 *
 * Returns: (transfer full): a new, empty #SfStatement
 */
SfStatement *
sf_statement_new (void)
{
  return g_object_new (SF_TYPE_STATEMENT, NULL);
}

/**
 * sf_statement_get_id:
 * @self: a #SfStatement
 *
 * Returns: (nullable) stable statement id
 */
const char *
sf_statement_get_id (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_statement_get_level:
 * @self: a #SfStatement
 *
 * Returns: (nullable) level id on the section scale
 */
const char *
sf_statement_get_level (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LEVEL]));
}

/**
 * sf_statement_get_title:
 * @self: a #SfStatement
 *
 * Returns: (nullable) short title
 */
const char *
sf_statement_get_title (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_TITLE]));
}

/**
 * sf_statement_get_text:
 * @self: a #SfStatement
 *
 * Returns: (nullable) statement text, a verb phrase
 */
const char *
sf_statement_get_text (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_TEXT]));
}

/**
 * sf_statement_get_citations:
 * @self: a #SfStatement
 *
 * Returns: (transfer none) citations, in order
 */
GListModel *
sf_statement_get_citations (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_object (_sf_node_peek_value (SF_NODE (self), properties[PROP_CITATIONS]));
}

/**
 * sf_statement_get_anchors:
 * @self: a #SfStatement
 *
 * Returns: (nullable) ids of the o*net anchors the statement is grounded in
 */
const char * const *
sf_statement_get_anchors (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_boxed (_sf_node_peek_value (SF_NODE (self), properties[PROP_ANCHORS]));
}
