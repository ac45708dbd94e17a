/* sf-problem.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-enum-types.h"
#include "sf-problem.h"

/**
 * SfProblem:
 *
 * One problem that validation found: the rule, its severity for this
 * framework, a message naming the thing concerned, and where it is: the
 * model object and, optionally, its member. The JSON Pointer is computed
 * from them when asked for, so that it stays right while statements are
 * inserted and removed before it.
 */
struct _SfProblem
{
  GObject       parent_instance;

  const SfRule *rule;
  SfSeverity    severity;
  SfNode       *node;
  const char   *member;
  char         *message;
};

G_DEFINE_FINAL_TYPE (SfProblem, sf_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sf_problem_finalize (GObject *object)
{
  SfProblem *self = SF_PROBLEM (object);

  g_clear_object (&self->node);
  g_free (self->message);

  G_OBJECT_CLASS (sf_problem_parent_class)->finalize (object);
}

static void
sf_problem_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfProblem *self = SF_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule->id);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_problem_class_init (SfProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_problem_finalize;
  object_class->get_property = sf_problem_get_property;

  properties[PROP_RULE_ID] =
    g_param_spec_string ("rule-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, SF_TYPE_SEVERITY, SF_SEVERITY_ERROR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, SF_TYPE_NODE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_problem_init (SfProblem *self)
{
}

/**
 * sf_problem_new:
 * @rule: the rule
 * @severity: its severity in this framework
 * @node: the model object concerned
 * @member: (nullable): the member of @node concerned, by JSON name
 * @message: (transfer full): what is wrong, naming the thing concerned
 *
 * Returns: (transfer full): a new #SfProblem
 */
SfProblem *
sf_problem_new (const SfRule *rule,
                SfSeverity    severity,
                SfNode       *node,
                const char   *member,
                char         *message)
{
  SfProblem *self = g_object_new (SF_TYPE_PROBLEM, NULL);

  self->rule = rule;
  self->severity = severity;
  self->node = g_object_ref (node);
  self->member = member ? g_intern_string (member) : NULL;
  self->message = message;
  return self;
}

const SfRule *
sf_problem_get_rule (SfProblem *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM (self), NULL);

  return self->rule;
}

const char *
sf_problem_get_rule_id (SfProblem *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM (self), NULL);

  return self->rule->id;
}

SfSeverity
sf_problem_get_severity (SfProblem *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM (self), SF_SEVERITY_ERROR);

  return self->severity;
}

const char *
sf_problem_get_message (SfProblem *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM (self), NULL);

  return self->message;
}

/**
 * sf_problem_get_node:
 * @self: a #SfProblem
 *
 * Returns: (transfer none): the model object the problem is about, for the
 *   editor to show
 */
SfNode *
sf_problem_get_node (SfProblem *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM (self), NULL);

  return self->node;
}

/**
 * sf_problem_get_member:
 * @self: a #SfProblem
 *
 * Returns: (nullable): the JSON name of the member concerned, if one is
 */
const char *
sf_problem_get_member (SfProblem *self)
{
  g_return_val_if_fail (SF_IS_PROBLEM (self), NULL);

  return self->member;
}

/**
 * sf_problem_dup_pointer:
 * @self: a #SfProblem
 *
 * Returns: (transfer full): the JSON Pointer (RFC 6901) of the problem
 */
char *
sf_problem_dup_pointer (SfProblem *self)
{
  g_autofree char *pointer = NULL;

  g_return_val_if_fail (SF_IS_PROBLEM (self), NULL);

  pointer = sf_node_dup_pointer (self->node);
  if (self->member == NULL)
    return g_steal_pointer (&pointer);
  return g_strconcat (pointer, "/", self->member, NULL);
}

/**
 * sf_problem_equal:
 * @a: a #SfProblem
 * @b: a #SfProblem
 *
 * Returns: whether @a and @b report the same problem at the same place
 */
gboolean
sf_problem_equal (SfProblem *a,
                  SfProblem *b)
{
  return a->rule == b->rule && a->severity == b->severity && a->node == b->node &&
         a->member == b->member && g_strcmp0 (a->message, b->message) == 0;
}
