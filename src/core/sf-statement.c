/* sf-statement.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfStatement:
 *
 * What a worker at one level does: the unit a framework is made of and
 * authors spend their days on. A short title ("Critical value
 * notification") and a text that is a verb phrase ("communicates
 * life-threatening laboratory findings to ordering clinicians…"), placed at
 * a level of its section's scale, backed by citations of the framework's
 * sources, and grounded in O*NET anchors that it links by id.
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
  PROP_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_statement_class_init (SfStatementClass *klass)
{
  /* Unique in the document and stable across saves: edits, merges and
   * spreadsheet round trips find the statement by it. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* A level id of the section's scale, not of any scale. */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_CITATIONS] =
    g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, SF_MEMBER_FLAGS);
  sf_param_spec_set_list_type (properties[PROP_CITATIONS], SF_TYPE_CITATION);
  /* Ids of #SfAnchor; NULL and an empty array both mean none, and the file
   * writes both as []. */
  properties[PROP_ANCHORS] =
    g_param_spec_boxed ("anchors", NULL, NULL, G_TYPE_STRV, SF_MEMBER_FLAGS);
  /* Why the statement needs the author's review, such as an O*NET update
   * that reworded or removed a task it is linked to; unset when it does
   * not. The author clears it once the statement is checked. */
  properties[PROP_REVIEW] =
    g_param_spec_string ("review", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_REVIEW]);

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
 * Returns: (nullable): the statement's stable id, such as
 *   `comp-developing-02`
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
 * Returns: (nullable): the id of the statement's level on its section's
 *   scale, such as `developing`, or %NULL if it has none yet
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
 * Returns: (nullable): the short title, such as `Critical value
 *   notification`
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
 * Returns: (nullable): the statement itself, a verb phrase that follows the
 *   title, such as `communicates life-threatening laboratory findings to
 *   ordering clinicians using established alert protocols`
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
 * Returns: (transfer none): the citations, a #GListModel of #SfCitation in
 *   the order the author gave them
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
 * Returns: (nullable) (array zero-terminated=1): the ids of the O*NET
 *   anchors the statement is grounded in, such as `task-05`; %NULL or an
 *   empty array when it links none
 */
const char * const *
sf_statement_get_anchors (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_boxed (_sf_node_peek_value (SF_NODE (self), properties[PROP_ANCHORS]));
}

/**
 * sf_statement_get_review:
 * @self: a #SfStatement
 *
 * Returns: (nullable): why the statement is marked for review, or %NULL
 *   if it is not
 */
const char *
sf_statement_get_review (SfStatement *self)
{
  g_return_val_if_fail (SF_IS_STATEMENT (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_REVIEW]));
}
