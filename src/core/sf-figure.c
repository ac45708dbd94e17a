/* sf-figure.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-model.h"
#include "sf-node-private.h"

/**
 * SfFigure:
 *
 * One figure of an #SfEvidenceGroup, as the evidence pack shows it: a
 * label and a value, which is a number ("Augment share: 18.4 %", "Score:
 * 53.1 / 100") or a text ("Top skill: Science"). A number keeps the form
 * the file gave it, integer or not, so that it is written back the same.
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
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  /* An int64 ("x"), a double ("d") or a string ("s"). */
  properties[PROP_VALUE] =
    g_param_spec_variant ("value", NULL, NULL, G_VARIANT_TYPE_ANY, NULL, SF_MEMBER_FLAGS);
  /* Printed after the value: "%" for a share, which must lie in 0–100. */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_UNIT]);
  /* The top of the figure's scale, as in "53.1 / 100"; 0, left out of the
   * file, for none. Any number: the validator checks the range (SF601). */
  properties[PROP_MAX] =
    g_param_spec_double ("max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, SF_MEMBER_FLAGS);
  sf_param_spec_set_optional (properties[PROP_MAX]);
  /* A machine id for a text value ("human_technology_interaction"). */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, SF_MEMBER_FLAGS);
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
 * Returns: (nullable): the figure's id, such as `augment_share`
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
 * Returns: (nullable): what the figure measures, as shown: `Augment share`
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
 * Returns: (transfer none) (nullable): the value: a #GVariant of type
 *   `x` (an integer), `d` (a number with a fraction or an exponent) or `s`
 *   (a text), or %NULL if it is not set
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
 * Returns: (nullable): the unit printed after the value, such as `%`
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
 * Returns: the top of the figure's scale, such as 100 for a score out of
 *   100, or 0 if the figure has none
 */
double
sf_figure_get_max (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), 0.0);

  return g_value_get_double (_sf_node_peek_value (SF_NODE (self), properties[PROP_MAX]));
}

/**
 * sf_figure_get_code:
 * @self: a #SfFigure
 *
 * Returns: (nullable): the machine id of a text value, such as
 *   `human_technology_interaction`
 */
const char *
sf_figure_get_code (SfFigure *self)
{
  g_return_val_if_fail (SF_IS_FIGURE (self), NULL);

  return g_value_get_string (_sf_node_peek_value (SF_NODE (self), properties[PROP_CODE]));
}
