/* sf-figure.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfFigure:
 *
 * One evidence figure: a number or a text.
 */
struct _SfFigure
{
  SfNode parent_instance;
};

G_DEFINE_FINAL_TYPE (SfFigure, sf_figure, SF_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_VALUE,
  PROP_UNIT,
  PROP_MAX,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_figure_class_init (SfFigureClass *klass)
{
  /* Figure id */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Label */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* Value: a number (double or int64) or a string */
  properties[PROP_VALUE] = g_param_spec_variant ("value", NULL, NULL, G_VARIANT_TYPE_ANY, NULL, SF_MEMBER_FLAGS);
  /* Unit, e.g. % */
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_UNIT]);
  /* Top of the figure scale, 0 for none */
  properties[PROP_MAX] = g_param_spec_double ("max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_MAX]);
  /* Machine id of a textual value */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_CODE]);

  sf_node_class_install_properties (SF_NODE_CLASS (klass), N_PROPS, properties);
}

static void
sf_figure_init (SfFigure *self)
{
}

/**
 * sf_figure_new:
 *
 * Returns: (transfer full): a new, empty #SfFigure
 */
SfFigure *
sf_figure_new (void)
{
  return g_object_new (SF_TYPE_FIGURE, NULL);
}

/**
 * sf_figure_get_id:
 * @self: a #SfFigure
 *
 * Returns: (nullable) figure id
 */
const char *
sf_figure_get_id (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_ID]));
}

/**
 * sf_figure_get_label:
 * @self: a #SfFigure
 *
 * Returns: (nullable) label
 */
const char *
sf_figure_get_label (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_LABEL]));
}

/**
 * sf_figure_get_value:
 * @self: a #SfFigure
 *
 * Returns: (nullable) value: a number (double or int64) or a string
 */
GVariant *
sf_figure_get_value (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), NULL);

  return g_value_get_variant (_sf_node_peek_value (SF_NODE (self), properties[PROP_VALUE]));
}

/**
 * sf_figure_get_unit:
 * @self: a #SfFigure
 *
 * Returns: (nullable) unit, e.g. %
 */
const char *
sf_figure_get_unit (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_UNIT]));
}

/**
 * sf_figure_get_max:
 * @self: a #SfFigure
 *
 * Returns: top of the figure scale, 0 for none
 */
double
sf_figure_get_max (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), 0);

  return g_value_get_double (_sf_node_peek_value (SF_NODE (self), properties[PROP_MAX]));
}

/**
 * sf_figure_get_code:
 * @self: a #SfFigure
 *
 * Returns: (nullable) machine id of a textual value
 */
const char *
sf_figure_get_code (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_CODE]));
}
