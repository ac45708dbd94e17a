/* sf-document.c: the edit layer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change to a framework goes through an SfDocument: it applies the
 * change, records it for undo and redo as part of one user action, keeps the
 * modified flag, and emits ::changed saying exactly what changed. Loading
 * and saving are in sf-document-io.c, sf_document_replace()'s difference in
 * sf-diff.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-document-private.h"
#include "sf-enum-types.h"
#include "sf-model.h"
#include "sf-node-list.h"
#include "sf-node-private.h"

#define DEFAULT_COALESCE_MSEC 1500

typedef enum
{
  OP_SET,
  OP_SPLICE,
  OP_EXTRAS,
} OpKind;

typedef struct
{
  OpKind      kind;
  SfNode     *node;
  GParamSpec *pspec;       /* OP_SET, OP_SPLICE */
  GValue      old_value;   /* OP_SET */
  GValue      new_value;
  guint       position;    /* OP_SPLICE */
  GPtrArray  *removed;
  GPtrArray  *added;
  GPtrArray  *old_extras;  /* OP_EXTRAS */
  GPtrArray  *new_extras;
} Op;

typedef struct _SfAction
{
  char      *label;
  GPtrArray *ops;
  guint64    serial;   /* tells an action from one that replaced it */
  gboolean   typing;   /* one text edit that later typing may join */
} Action;

/* An edit asked for while another was being applied. */
typedef enum
{
  REQUEST_SET,
  REQUEST_INSERT,
  REQUEST_REMOVE,
  REQUEST_MOVE,
  REQUEST_REPLACE,
  REQUEST_BEGIN,
  REQUEST_END,
  REQUEST_UNDO,
  REQUEST_REDO,
} RequestKind;

typedef struct
{
  RequestKind  kind;
  SfNode      *node;      /* the node set, or the list's parent */
  GParamSpec  *pspec;
  GValue       value;     /* REQUEST_SET */
  SfNode      *item;      /* REQUEST_INSERT, _REMOVE, _MOVE */
  guint        position;  /* REQUEST_INSERT, _MOVE */
  SfFramework *target;    /* REQUEST_REPLACE */
  char        *label;
} Request;

G_DEFINE_FINAL_TYPE (SfDocument, sf_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (sf-document-error-quark, sf_document_error)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_FILE,
  PROP_ETAG,
  PROP_MODIFIED,
  PROP_SAVING,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void run_pending (SfDocument *self);

static void
op_free (gpointer data)
{
  Op *op = data;

  g_object_unref (op->node);
  switch (op->kind)
    {
    case OP_SET:
      g_value_unset (&op->old_value);
      g_value_unset (&op->new_value);
      break;

    case OP_SPLICE:
      g_ptr_array_unref (op->removed);
      g_ptr_array_unref (op->added);
      break;

    case OP_EXTRAS:
    default:
      g_clear_pointer (&op->old_extras, g_ptr_array_unref);
      g_clear_pointer (&op->new_extras, g_ptr_array_unref);
      break;
    }
  g_free (op);
}

static void
action_free (gpointer data)
{
  Action *action = data;

  g_free (action->label);
  g_ptr_array_unref (action->ops);
  g_free (action);
}

static Action *
action_new (SfDocument *self,
            const char *label)
{
  Action *action = g_new0 (Action, 1);

  action->serial = ++self->next_serial;
  action->label = g_strdup (label);
  action->ops = g_ptr_array_new_with_free_func (op_free);
  return action;
}

static void
request_free (Request *request)
{
  g_clear_object (&request->node);
  g_clear_object (&request->item);
  g_clear_object (&request->target);
  if (G_IS_VALUE (&request->value))
    g_value_unset (&request->value);
  g_free (request->label);
  g_free (request);
}

static void
emit_change (SfDocument *self,
             Op         *op,
             gboolean    reverse)
{
  SfChange change = { 0 };

  change.node = op->node;
  switch (op->kind)
    {
    case OP_SET:
      change.kind = SF_CHANGE_MEMBER;
      change.member = op->pspec->name;
      break;

    case OP_SPLICE:
      change.kind = SF_CHANGE_LIST;
      change.member = op->pspec->name;
      change.position = op->position;
      change.removed = reverse ? op->added->len : op->removed->len;
      change.added = reverse ? op->removed->len : op->added->len;
      break;

    case OP_EXTRAS:
    default:
      change.kind = SF_CHANGE_EXTRAS;
      break;
    }
  g_signal_emit (self, signals[CHANGED], 0, &change);
}

static void
op_apply (SfDocument *self,
          Op         *op,
          gboolean    reverse)
{
  switch (op->kind)
    {
    case OP_SET:
      _sf_node_set_value (op->node, op->pspec, reverse ? &op->old_value : &op->new_value);
      break;

    case OP_SPLICE:
      {
        GPtrArray *remove = reverse ? op->added : op->removed;
        GPtrArray *add = reverse ? op->removed : op->added;

        _sf_node_list_splice (op->node, op->pspec, op->position, remove->len,
                              add->pdata, add->len);
      }
      break;

    case OP_EXTRAS:
    default:
      {
        GPtrArray *extras = reverse ? op->old_extras : op->new_extras;
        GPtrArray *previous = _sf_node_swap_extras (op->node, extras ? g_ptr_array_ref (extras)
                                                                     : NULL);

        g_clear_pointer (&previous, g_ptr_array_unref);
      }
      break;
    }
  emit_change (self, op, reverse);
}

void
_sf_document_notify (SfDocument *self,
                     const char *property)
{
  for (guint i = 1; i < N_PROPS; i++)
    if (g_str_equal (properties[i]->name, property))
      {
        g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
        return;
      }
  g_assert_not_reached ();
}

void
_sf_document_notify_state (SfDocument *self,
                           gboolean    was_modified,
                           gboolean    could_undo,
                           gboolean    could_redo)
{
  if (was_modified != sf_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (could_undo != sf_document_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != sf_document_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
push_action (SfDocument *self,
             Action     *action)
{
  gboolean was_modified = sf_document_get_modified (self);
  gboolean could_undo = sf_document_can_undo (self);
  gboolean could_redo = sf_document_can_redo (self);

  /* A new action drops what could be redone. */
  if (self->actions->len > self->position)
    {
      if (self->saved_position > (int) self->position)
        self->saved_position = -1;
      g_ptr_array_set_size (self->actions, self->position);
    }
  g_ptr_array_add (self->actions, action);
  self->position++;

  _sf_document_notify_state (self, was_modified, could_undo, could_redo);
}

/* Applies and records one operation, as its own action unless one is
 * open. The operation is in the history before any handler hears of it. */
static void
commit (SfDocument *self,
        Op         *op,
        const char *label,
        gboolean    typing)
{
  Action *action;

  g_assert (self->busy > 0);

  if (self->open != NULL)
    {
      g_ptr_array_add (self->open->ops, op);
      op_apply (self, op, FALSE);
      return;
    }

  action = action_new (self, label);
  action->typing = typing;
  g_ptr_array_add (action->ops, op);
  push_action (self, action);
  op_apply (self, op, FALSE);
}

/* Public entry points that change the document run between enter() and
 * leave(). When one is asked for while the document is busy (from a
 * handler of a change under way) it is queued: enter() says so. */
static gboolean
enter (SfDocument *self)
{
  if (self->busy > 0)
    return FALSE;
  self->busy++;
  return TRUE;
}

static void
leave (SfDocument *self)
{
  g_assert (self->busy > 0);

  if (--self->busy == 0)
    run_pending (self);
}

static Request *
queue_request (SfDocument  *self,
               RequestKind  kind,
               SfNode      *node,
               GParamSpec  *pspec)
{
  Request *request = g_new0 (Request, 1);

  request->kind = kind;
  request->node = node ? g_object_ref (node) : NULL;
  request->pspec = pspec;
  g_queue_push_tail (&self->pending, request);
  return request;
}

static void
sf_document_dispose (GObject *object)
{
  SfDocument *self = (SfDocument *) object;

  g_queue_clear_full (&self->pending, (GDestroyNotify) request_free);

  G_OBJECT_CLASS (sf_document_parent_class)->dispose (object);
}

static void
sf_document_finalize (GObject *object)
{
  SfDocument *self = (SfDocument *) object;

  _sf_document_io_finalize (self);
  g_clear_object (&self->framework);
  g_clear_object (&self->file);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->open, action_free);

  G_OBJECT_CLASS (sf_document_parent_class)->finalize (object);
}

static void
sf_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfDocument *self = SF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_ETAG:
      g_value_set_string (value, sf_document_get_etag (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, sf_document_get_modified (self));
      break;

    case PROP_SAVING:
      g_value_set_boolean (value, sf_document_get_saving (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sf_document_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, sf_document_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SfDocument *self = SF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      if (self->framework == NULL)
        self->framework = sf_framework_new_empty ();
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_document_class_init (SfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sf_document_dispose;
  object_class->finalize = sf_document_finalize;
  object_class->get_property = sf_document_get_property;
  object_class->set_property = sf_document_set_property;

  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, SF_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Changes only by saving under another name. */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ETAG] =
    g_param_spec_string ("etag", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfDocument::changed:
   * @self: the document
   * @change: what changed
   *
   * Emitted after every change to the framework: an edit, an undo or a redo.
   * An edit requested by a handler waits until the change under way is
   * complete.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SF_TYPE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
sf_document_init (SfDocument *self)
{
  self->actions = g_ptr_array_new_with_free_func (action_free);
  self->coalesce_msec = DEFAULT_COALESCE_MSEC;
  g_queue_init (&self->pending);
  _sf_document_io_init (self);
}

/**
 * sf_document_new:
 * @framework: (nullable): the framework to edit, or %NULL for a new one
 *
 * Returns: (transfer full): a new, unmodified document
 */
SfDocument *
sf_document_new (SfFramework *framework)
{
  g_return_val_if_fail (!framework || SF_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (!framework || sf_node_get_parent (SF_NODE (framework)) == NULL, NULL);

  return g_object_new (SF_TYPE_DOCUMENT, "framework", framework, NULL);
}

/* The state after the first @position actions, as the serial of the last
 * of them: actions only ever get dropped from the end and replaced, so an
 * equal serial at the same position means the same state. */
guint64
_sf_document_state_at (SfDocument *self,
                       guint       position)
{
  if (position == 0)
    return 0;
  if (position > self->actions->len)
    return G_MAXUINT64;
  return ((Action *) g_ptr_array_index (self->actions, position - 1))->serial;
}

void
_sf_document_mark_saved (SfDocument *self,
                         GFile      *file,
                         guint       position,
                         guint64     state)
{
  gboolean was_modified = sf_document_get_modified (self);

  if (file != NULL && g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  /* Edits made while an asynchronous save ran may have undone and replaced
   * what it wrote: then no state of the stack is the file's any more. */
  self->saved_position = _sf_document_state_at (self, position) == state ? (int) position : -1;
  _sf_document_notify_state (self, was_modified, sf_document_can_undo (self),
                             sf_document_can_redo (self));
}

/**
 * sf_document_get_framework:
 * @self: a #SfDocument
 *
 * Returns: (transfer none): the framework being edited
 */
SfFramework *
sf_document_get_framework (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), NULL);

  return self->framework;
}

/**
 * sf_document_get_file:
 * @self: a #SfDocument
 *
 * Returns: (transfer none) (nullable): the file the document was loaded
 *   from or last saved to
 */
GFile *
sf_document_get_file (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * sf_document_get_modified:
 * @self: a #SfDocument
 *
 * Returns: whether the document differs from its last saved state; undoing
 *   back to that state makes it unmodified again
 */
gboolean
sf_document_get_modified (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);

  return self->saved_position != (int) self->position;
}

/**
 * sf_document_contains:
 * @self: a #SfDocument
 * @node: a node
 *
 * Returns: whether @node is part of the document's framework
 */
gboolean
sf_document_contains (SfDocument *self,
                      SfNode     *node)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SF_IS_NODE (node), FALSE);

  while (sf_node_get_parent (node) != NULL)
    node = sf_node_get_parent (node);
  return node == SF_NODE (self->framework);
}

static void
begin_action (SfDocument *self,
              const char *label)
{
  if (self->open_depth++ == 0)
    self->open = action_new (self, label);
}

static void
end_action (SfDocument *self)
{
  Action *action;

  if (--self->open_depth > 0)
    return;

  action = g_steal_pointer (&self->open);
  if (action->ops->len == 0)
    action_free (action);
  else
    push_action (self, action);
}

/**
 * sf_document_begin_action:
 * @self: a #SfDocument
 * @label: what the user did, for the Undo menu item
 *
 * Groups the edits up to the matching sf_document_end_action() into one user
 * action, undone and redone as one. Actions may nest; the outermost counts.
 */
void
sf_document_begin_action (SfDocument *self,
                          const char *label)
{
  g_return_if_fail (SF_IS_DOCUMENT (self));

  if (self->busy > 0)
    queue_request (self, REQUEST_BEGIN, NULL, NULL)->label = g_strdup (label);
  else
    begin_action (self, label);
}

/**
 * sf_document_end_action:
 * @self: a #SfDocument
 *
 * Ends the action begun by sf_document_begin_action().
 */
void
sf_document_end_action (SfDocument *self)
{
  g_return_if_fail (SF_IS_DOCUMENT (self));

  if (self->busy > 0)
    {
      queue_request (self, REQUEST_END, NULL, NULL);
      return;
    }
  g_return_if_fail (self->open_depth > 0);
  end_action (self);
}

static gboolean G_GNUC_PRINTF (4, 5)
refuse (GError    **error,
        SfNode     *node,
        GParamSpec *pspec,
        const char *format,
        ...)
{
  g_autofree char *reason = NULL;
  g_autofree char *pointer = sf_node_dup_pointer (node);
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE,
               /* Translators: the first %s is a JSON Pointer such as
                * /sections/0/statements/3, the second a member name */
               _("cannot set %s/%s: %s"), pointer, _sf_member_json_name (pspec), reason);
  return FALSE;
}

static gboolean
check_text (const char  *text,
            GError     **error,
            SfNode      *node,
            GParamSpec  *pspec)
{
  gsize max = sf_format_limits_default ()->max_string_length;

  if (!g_utf8_validate (text, -1, NULL))
    return refuse (error, node, pspec, _("the text is not valid UTF-8"));
  /* The reader would refuse it with its default limits. */
  if (strlen (text) > max)
    return refuse (error, node, pspec, _("the text is longer than %lu bytes"),
                   (gulong) max);
  return TRUE;
}

/* Whether the file format can hold @value: the one check of what the edit
 * layer accepts. */
static gboolean
check_value (SfNode        *node,
             GParamSpec    *pspec,
             const GValue  *value,
             GError       **error)
{
  switch (_sf_member_kind (pspec))
    {
    case SF_MEMBER_STRING:
      if (g_value_get_string (value) == NULL)
        return _sf_member_is_optional (pspec) ||
               refuse (error, node, pspec, _("a value is required"));
      return check_text (g_value_get_string (value), error, node, pspec);

    case SF_MEMBER_DOUBLE:
      if (!isfinite (g_value_get_double (value)))
        return refuse (error, node, pspec, _("%g is not a finite number"),
                       g_value_get_double (value));
      return TRUE;

    case SF_MEMBER_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);

        if (g_enum_get_value (klass, g_value_get_enum (value)) == NULL)
          return refuse (error, node, pspec, _("%d is not one of the allowed values"),
                         g_value_get_enum (value));
        return TRUE;
      }

    case SF_MEMBER_STRV:
      {
        const char * const *strv = g_value_get_boxed (value);

        for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
          if (!check_text (strv[i], error, node, pspec))
            return FALSE;
        return TRUE;
      }

    case SF_MEMBER_SCALAR:
      {
        GVariant *variant = g_value_get_variant (value);

        if (variant == NULL || g_variant_is_of_type (variant, G_VARIANT_TYPE_INT64))
          return TRUE;
        if (g_variant_is_of_type (variant, G_VARIANT_TYPE_DOUBLE))
          return isfinite (g_variant_get_double (variant)) ||
                 refuse (error, node, pspec, _("%g is not a finite number"),
                         g_variant_get_double (variant));
        if (g_variant_is_of_type (variant, G_VARIANT_TYPE_STRING))
          return check_text (g_variant_get_string (variant, NULL), error, node, pspec);
        return refuse (error, node, pspec, _("expected a number or a text, not “%s”"),
                       g_variant_get_type_string (variant));
      }

    case SF_MEMBER_INT:
      return TRUE;

    case SF_MEMBER_CHILD:
    case SF_MEMBER_LIST:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
try_coalesce (SfDocument   *self,
              SfNode       *node,
              GParamSpec   *pspec,
              const GValue *value,
              gint64        now)
{
  Action *top;
  Op *op;

  if (self->open != NULL || self->position == 0 || self->position != self->actions->len ||
      self->saved_position >= (int) self->position)
    return FALSE;

  top = g_ptr_array_index (self->actions, self->position - 1);
  if (!top->typing || now - self->last_typing >= (gint64) self->coalesce_msec * 1000)
    return FALSE;

  op = g_ptr_array_index (top->ops, 0);
  if (op->node != node || op->pspec != pspec)
    return FALSE;

  g_value_copy (value, &op->new_value);
  op_apply (self, op, FALSE);
  return TRUE;
}

static void
set_value (SfDocument   *self,
           SfNode       *node,
           GParamSpec   *pspec,
           const GValue *value,
           const char   *label)
{
  const GValue *current = _sf_node_peek_value (node, pspec);
  gboolean typing;
  gint64 now;
  Op *op;

  if (_sf_values_equal (pspec, current, value))
    return;

  now = g_get_monotonic_time ();
  typing = label == NULL && pspec->value_type == G_TYPE_STRING;
  if (typing && try_coalesce (self, node, pspec, value, now))
    {
      self->last_typing = now;
      return;
    }

  op = g_new0 (Op, 1);
  op->kind = OP_SET;
  op->node = g_object_ref (node);
  op->pspec = pspec;
  g_value_init (&op->old_value, pspec->value_type);
  g_value_copy (current, &op->old_value);
  g_value_init (&op->new_value, pspec->value_type);
  g_value_copy (value, &op->new_value);

  self->last_typing = typing ? now : 0;
  /* "Undo Typing" for text, as text editors say it. */
  commit (self, op, label ? label : typing ? _("Typing") : _("Edit"), typing);
}

/**
 * sf_document_set_value:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: the member to set, by property or JSON name
 * @value: the new value
 * @error: return location for a #GError
 *
 * Sets a member as one undoable edit. Text typed into one member in quick
 * succession joins the previous edit, so that undo takes back a burst of
 * typing at once, not a character.
 *
 * Returns: %TRUE if @value is one the file format can hold; otherwise the
 *   document is unchanged and @error says why
 *   (%SF_DOCUMENT_ERROR_INVALID_VALUE)
 */
gboolean
sf_document_set_value (SfDocument    *self,
                       SfNode        *node,
                       const char    *property,
                       const GValue  *value,
                       GError       **error)
{
  g_auto(GValue) normalized = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SF_IS_NODE (node), FALSE);
  g_return_val_if_fail (sf_document_contains (self, node), FALSE);

  if (!(pspec = _sf_node_lookup_member (node, property)))
    return FALSE;
  g_return_val_if_fail (_sf_member_kind (pspec) < SF_MEMBER_CHILD, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, pspec->value_type), FALSE);

  if (!check_value (node, pspec, value, error))
    return FALSE;

  /* A list the format requires is written empty when unset. */
  if (_sf_member_kind (pspec) == SF_MEMBER_STRV && g_value_get_boxed (value) == NULL &&
      !_sf_member_is_optional (pspec))
    {
      static const char * const empty[] = { NULL };

      g_value_init (&normalized, G_TYPE_STRV);
      g_value_set_boxed (&normalized, empty);
      value = &normalized;
    }

  if (!enter (self))
    {
      Request *request = queue_request (self, REQUEST_SET, node, pspec);

      g_value_init (&request->value, pspec->value_type);
      g_value_copy (value, &request->value);
      return TRUE;
    }
  set_value (self, node, pspec, value, NULL);
  leave (self);
  return TRUE;
}

/**
 * sf_document_set_string:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: a string member, by property or JSON name
 * @value: (nullable): the new value
 * @error: return location for a #GError
 *
 * See sf_document_set_value().
 *
 * Returns: %TRUE if the value was accepted
 */
gboolean
sf_document_set_string (SfDocument  *self,
                        SfNode      *node,
                        const char  *property,
                        const char  *value,
                        GError     **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  return sf_document_set_value (self, node, property, &gvalue, error);
}

/**
 * sf_document_set_int:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: an integer member, by property or JSON name
 * @value: the new value
 * @error: return location for a #GError
 *
 * See sf_document_set_value().
 *
 * Returns: %TRUE if the value was accepted
 */
gboolean
sf_document_set_int (SfDocument  *self,
                     SfNode      *node,
                     const char  *property,
                     int          value,
                     GError     **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  return sf_document_set_value (self, node, property, &gvalue, error);
}

/**
 * sf_document_set_double:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: a number member, by property or JSON name
 * @value: the new value, a finite number
 * @error: return location for a #GError
 *
 * See sf_document_set_value().
 *
 * Returns: %TRUE if the value was accepted
 */
gboolean
sf_document_set_double (SfDocument  *self,
                        SfNode      *node,
                        const char  *property,
                        double       value,
                        GError     **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  return sf_document_set_value (self, node, property, &gvalue, error);
}

/**
 * sf_document_set_enum:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: an enumeration member, by property or JSON name
 * @value: the new value
 * @error: return location for a #GError
 *
 * See sf_document_set_value().
 *
 * Returns: %TRUE if the value was accepted
 */
gboolean
sf_document_set_enum (SfDocument  *self,
                      SfNode      *node,
                      const char  *property,
                      int          value,
                      GError     **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (SF_IS_NODE (node), FALSE);

  if (!(pspec = _sf_node_lookup_member (node, property)))
    return FALSE;
  g_return_val_if_fail (G_TYPE_IS_ENUM (pspec->value_type), FALSE);
  g_value_init (&gvalue, pspec->value_type);
  g_value_set_enum (&gvalue, value);
  return sf_document_set_value (self, node, property, &gvalue, error);
}

/**
 * sf_document_set_strv:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: a string-list member, by property or JSON name
 * @value: (nullable) (array zero-terminated=1): the new value
 * @error: return location for a #GError
 *
 * See sf_document_set_value().
 *
 * Returns: %TRUE if the value was accepted
 */
gboolean
sf_document_set_strv (SfDocument          *self,
                      SfNode              *node,
                      const char          *property,
                      const char * const  *value,
                      GError             **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRV);
  g_value_set_boxed (&gvalue, value);
  return sf_document_set_value (self, node, property, &gvalue, error);
}

/* Defaults for new objects */

static void
collect_ids (SfNode     *node,
             GType       type,
             GHashTable *ids)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (node);

  if (G_OBJECT_TYPE (node) == type && sf_node_get_id (node) != NULL)
    g_hash_table_add (ids, g_strdup (sf_node_get_id (node)));

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *value;

      if (_sf_member_kind (pspec) == SF_MEMBER_CHILD)
        collect_ids (g_value_get_object (_sf_node_peek_value (node, pspec)), type, ids);
      else if (_sf_member_kind (pspec) == SF_MEMBER_LIST)
        {
          GPtrArray *items;

          value = _sf_node_peek_value (node, pspec);
          items = _sf_node_list_get_items (g_value_get_object (value));
          for (guint j = 0; j < items->len; j++)
            collect_ids (g_ptr_array_index (items, j), type, ids);
        }
    }
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? g_intern_string (ev->value_nick) : "";
}

/* What a new statement's id starts with: what its section's statements at
 * that level use ("comp" in comp-emerging-01), else a name made from the
 * section. */
static char *
statement_prefix (SfSection  *section,
                  const char *level)
{
  g_autofree char *infix = g_strdup_printf ("-%s-", level);
  GPtrArray *items = _sf_node_list_get_items (sf_section_get_statements (section));
  const char *id = sf_section_get_id (section);

  for (guint i = 0; i < items->len; i++)
    {
      const char *other = sf_statement_get_id (g_ptr_array_index (items, i));
      const char *at = other ? g_strrstr (other, infix) : NULL;

      if (at != NULL && at > other && g_ascii_isdigit (at[strlen (infix)]))
        return g_strndup (other, at - other);
    }

  switch (sf_section_get_kind (section))
    {
    case SF_SECTION_KIND_COMPETENCIES:
      return g_strdup ("comp");
    case SF_SECTION_KIND_AI_USAGE:
      return g_strdup ("ai");
    case SF_SECTION_KIND_DURABLE:
    default:
      if (id != NULL && g_str_has_prefix (id, "durable-") && id[8] != '\0')
        return g_strdup (id + 8);
      return g_strdup (id != NULL && *id ? id : "statement");
    }
}

static char *
unique_id (SfDocument *self,
           SfNode     *parent,
           SfNode     *node,
           GHashTable *taken)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *prefix = NULL;
  GHashTableIter iter;
  gpointer key;

  collect_ids (SF_NODE (self->framework), G_OBJECT_TYPE (node), ids);
  g_hash_table_iter_init (&iter, taken);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (ids, g_strdup (key));

  if (SF_IS_STATEMENT (node) && SF_IS_SECTION (parent))
    {
      const char *level = sf_statement_get_level (SF_STATEMENT (node));

      prefix = statement_prefix (SF_SECTION (parent), level && *level ? level : "statement");
      if (level != NULL && *level)
        {
          char *with_level = g_strdup_printf ("%s-%s", prefix, level);

          g_free (prefix);
          prefix = with_level;
        }
    }
  else if (SF_IS_ANCHOR (node))
    prefix = g_strdup (enum_nick (SF_TYPE_ANCHOR_KIND, sf_anchor_get_kind (SF_ANCHOR (node))));
  else
    {
      /* SfEvidenceGroup → evidence-group */
      const char *name = G_OBJECT_TYPE_NAME (node) + 2;
      GString *str = g_string_new (NULL);

      for (const char *p = name; *p; p++)
        {
          if (g_ascii_isupper (*p) && p != name)
            g_string_append_c (str, '-');
          g_string_append_c (str, g_ascii_tolower (*p));
        }
      prefix = g_string_free (str, FALSE);
    }

  for (guint n = 1; ; n++)
    {
      char *id = g_strdup_printf ("%s-%02u", prefix, n);

      if (!g_hash_table_contains (ids, id))
        return id;
      g_free (id);
    }
}

static const char *
default_level (SfDocument *self,
               SfNode     *parent)
{
  SfScale *scale;
  GPtrArray *levels;

  if (!SF_IS_SECTION (parent) ||
      !(scale = sf_framework_find_scale (self->framework, sf_section_get_scale (SF_SECTION (parent)))))
    return "";
  levels = _sf_node_list_get_items (sf_scale_get_levels (scale));
  for (guint i = 0; i < levels->len; i++)
    if (sf_level_get_id (g_ptr_array_index (levels, i)) != NULL)
      return sf_level_get_id (g_ptr_array_index (levels, i));
  return "";
}

static void
set_default (SfNode     *node,
             GParamSpec *pspec,
             const char *value)
{
  GValue gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  _sf_node_take_value (node, pspec, &gvalue);
}

/* Gives a new object and everything in it what the format requires: a
 * unique id (from the section and level for a statement), a level of the
 * section's scale, and empty text for other required text. Only values that
 * are unset change. */
static void
fill_defaults (SfDocument *self,
               SfNode     *parent,
               SfNode     *node,
               GHashTable *taken)
{
  SfNodeClass *klass = SF_NODE_GET_CLASS (node);
  GParamSpec *id_pspec = NULL;

  for (guint i = 0; i < klass->n_members; i++)
    {
      GParamSpec *pspec = klass->members[i];
      const GValue *value = _sf_node_peek_value (node, pspec);

      switch (_sf_member_kind (pspec))
        {
        case SF_MEMBER_STRING:
          if (g_value_get_string (value) != NULL || _sf_member_is_optional (pspec))
            break;
          if (g_str_equal (_sf_member_json_name (pspec), "id"))
            id_pspec = pspec;
          else if (SF_IS_STATEMENT (node) && g_str_equal (_sf_member_json_name (pspec), "level"))
            set_default (node, pspec, default_level (self, parent));
          else
            set_default (node, pspec, "");
          break;

        case SF_MEMBER_CHILD:
          fill_defaults (self, node, g_value_get_object (value), taken);
          break;

        case SF_MEMBER_LIST:
          {
            GPtrArray *items = _sf_node_list_get_items (g_value_get_object (value));

            for (guint j = 0; j < items->len; j++)
              fill_defaults (self, node, g_ptr_array_index (items, j), taken);
          }
          break;

        case SF_MEMBER_STRV:
          if (g_value_get_boxed (value) == NULL && !_sf_member_is_optional (pspec))
            {
              static const char * const empty[] = { NULL };
              GValue gvalue = G_VALUE_INIT;

              g_value_init (&gvalue, G_TYPE_STRV);
              g_value_set_boxed (&gvalue, empty);
              _sf_node_take_value (node, pspec, &gvalue);
            }
          break;

        case SF_MEMBER_INT:
        case SF_MEMBER_DOUBLE:
        case SF_MEMBER_ENUM:
        case SF_MEMBER_SCALAR:
        default:
          break;
        }
    }

  if (id_pspec != NULL)
    {
      g_autofree char *id = unique_id (self, parent, node, taken);

      g_hash_table_add (taken, g_strdup (id));
      set_default (node, id_pspec, id);
    }
}

static void
splice (SfDocument *self,
        SfNode     *parent,
        GParamSpec *pspec,
        guint       position,
        guint       n_removals,
        gpointer   *additions,
        guint       n_additions,
        const char *label)
{
  GListModel *model = g_value_get_object (_sf_node_peek_value (parent, pspec));
  GPtrArray *items = _sf_node_list_get_items (model);
  Op *op;

  g_assert (position + n_removals <= items->len);

  op = g_new0 (Op, 1);
  op->kind = OP_SPLICE;
  op->node = g_object_ref (parent);
  op->pspec = pspec;
  op->position = position;
  op->removed = g_ptr_array_new_full (n_removals, g_object_unref);
  op->added = g_ptr_array_new_full (n_additions, g_object_unref);
  for (guint i = 0; i < n_removals; i++)
    g_ptr_array_add (op->removed, g_object_ref (g_ptr_array_index (items, position + i)));
  for (guint i = 0; i < n_additions; i++)
    g_ptr_array_add (op->added, g_object_ref (additions[i]));

  self->last_typing = 0;
  commit (self, op, label, FALSE);
}

static GParamSpec *
lookup_list (SfNode     *parent,
             const char *list)
{
  GParamSpec *pspec = _sf_node_lookup_member (parent, list);

  if (pspec != NULL && _sf_member_kind (pspec) != SF_MEMBER_LIST)
    {
      g_critical ("%s's member \"%s\" is not a list", G_OBJECT_TYPE_NAME (parent), list);
      return NULL;
    }
  return pspec;
}

static void
insert (SfDocument *self,
        SfNode     *parent,
        GParamSpec *pspec,
        guint       position,
        SfNode     *item)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (g_value_get_object (_sf_node_peek_value (parent, pspec)));

  fill_defaults (self, parent, item, taken);
  splice (self, parent, pspec, MIN (position, n), 0, (gpointer *) &item, 1, _("Insert"));
}

/**
 * sf_document_insert:
 * @self: a #SfDocument
 * @parent: the node holding the list
 * @list: the list member, by property or JSON name
 * @position: where to insert
 * @item: the node to insert; it must not be in a document yet
 *
 * Inserts a node into a list as one undoable edit. What the file format
 * requires and @item (or a node inside it) leaves unset gets a default
 * first: an id unique among the framework's objects of its kind (for a
 * statement, made from its section and level: `comp-emerging-11`), for a
 * statement the first level of its section's scale, and empty text for
 * other required text.
 */
void
sf_document_insert (SfDocument *self,
                    SfNode     *parent,
                    const char *list,
                    guint       position,
                    SfNode     *item)
{
  GParamSpec *pspec;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (parent));
  g_return_if_fail (SF_IS_NODE (item));
  g_return_if_fail (sf_node_get_parent (item) == NULL);
  g_return_if_fail (item != SF_NODE (self->framework));
  g_return_if_fail (sf_document_contains (self, parent));

  if (!(pspec = lookup_list (parent, list)))
    return;
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, _sf_member_item_type (pspec)));
  g_return_if_fail (position <= g_list_model_get_n_items (sf_node_get_list (parent, list)));

  if (!enter (self))
    {
      Request *request = queue_request (self, REQUEST_INSERT, parent, pspec);

      request->item = g_object_ref (item);
      request->position = position;
      return;
    }
  insert (self, parent, pspec, position, item);
  leave (self);
}

static void
remove_item (SfDocument *self,
             SfNode     *parent,
             GParamSpec *pspec,
             guint       position)
{
  splice (self, parent, pspec, position, 1, NULL, 0, _("Delete"));
}

/* Where @item is in @parent's list @pspec now, if it is there. */
static gboolean
find_item (SfNode     *parent,
           GParamSpec *pspec,
           SfNode     *item,
           guint      *position)
{
  if (item == NULL || sf_node_get_parent (item) != parent ||
      g_strcmp0 (sf_node_get_parent_member (item), _sf_member_json_name (pspec)) != 0)
    return FALSE;
  *position = _sf_node_get_index (item);
  return TRUE;
}

/**
 * sf_document_remove:
 * @self: a #SfDocument
 * @parent: the node holding the list
 * @list: the list member, by property or JSON name
 * @position: the position of the node to remove
 *
 * Removes a node from a list as one undoable edit.
 */
void
sf_document_remove (SfDocument *self,
                    SfNode     *parent,
                    const char *list,
                    guint       position)
{
  GParamSpec *pspec;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (parent));
  g_return_if_fail (sf_document_contains (self, parent));

  if (!(pspec = lookup_list (parent, list)))
    return;
  g_return_if_fail (position < g_list_model_get_n_items (sf_node_get_list (parent, list)));

  if (!enter (self))
    {
      Request *request = queue_request (self, REQUEST_REMOVE, parent, pspec);

      /* The item, not its position: earlier requests may move it. */
      request->item = g_list_model_get_item (sf_node_get_list (parent, list), position);
      return;
    }
  remove_item (self, parent, pspec, position);
  leave (self);
}

static void
move_item (SfDocument *self,
           SfNode     *parent,
           GParamSpec *pspec,
           guint       from,
           guint       to)
{
  SfNode *item;

  if (from == to)
    return;
  item = sf_node_list_peek (g_value_get_object (_sf_node_peek_value (parent, pspec)), from);
  g_object_ref (item);
  begin_action (self, _("Move"));
  splice (self, parent, pspec, from, 1, NULL, 0, NULL);
  splice (self, parent, pspec, to, 0, (gpointer *) &item, 1, NULL);
  end_action (self);
  g_object_unref (item);
}

/**
 * sf_document_move:
 * @self: a #SfDocument
 * @parent: the node holding the list
 * @list: the list member, by property or JSON name
 * @from: the position of the node to move
 * @to: its position after the move
 *
 * Moves a node within a list as one undoable action.
 */
void
sf_document_move (SfDocument *self,
                  SfNode     *parent,
                  const char *list,
                  guint       from,
                  guint       to)
{
  GParamSpec *pspec;
  guint n;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (parent));
  g_return_if_fail (sf_document_contains (self, parent));

  if (!(pspec = lookup_list (parent, list)))
    return;
  n = g_list_model_get_n_items (sf_node_get_list (parent, list));
  g_return_if_fail (from < n);
  g_return_if_fail (to < n);

  if (!enter (self))
    {
      Request *request = queue_request (self, REQUEST_MOVE, parent, pspec);

      request->item = g_list_model_get_item (sf_node_get_list (parent, list), from);
      request->position = to;
      return;
    }
  move_item (self, parent, pspec, from, to);
  leave (self);
}

/* sf_document_replace()'s steps, recorded into its open action. */

void
_sf_document_record_set (SfDocument   *self,
                         SfNode       *node,
                         GParamSpec   *pspec,
                         const GValue *value)
{
  g_assert (self->open != NULL);

  set_value (self, node, pspec, value, self->open->label);
}

void
_sf_document_record_splice (SfDocument *self,
                            SfNode     *parent,
                            GParamSpec *pspec,
                            guint       position,
                            guint       n_removals,
                            gpointer   *additions,
                            guint       n_additions)
{
  g_assert (self->open != NULL);

  splice (self, parent, pspec, position, n_removals, additions, n_additions, NULL);
}

void
_sf_document_record_extras (SfDocument *self,
                            SfNode     *node,
                            GPtrArray  *extras)
{
  Op *op = g_new0 (Op, 1);

  g_assert (self->open != NULL);

  op->kind = OP_EXTRAS;
  op->node = g_object_ref (node);
  op->old_extras = _sf_extras_copy (_sf_node_get_extras (node));
  op->new_extras = _sf_extras_copy (extras);
  commit (self, op, NULL, FALSE);
}

static gboolean
replace (SfDocument  *self,
         SfFramework *target,
         const char  *label)
{
  guint position = self->position;

  begin_action (self, label);
  _sf_diff_apply (self, SF_NODE (self->framework), SF_NODE (target));
  end_action (self);
  return self->position != position;
}

/**
 * sf_document_replace:
 * @self: a #SfDocument
 * @target: the framework the document is to become; it is not changed
 * @label: (nullable): what the user did, for the Undo menu item, such as
 *   “Reload” or “Merge”
 *
 * Brings a whole new state into the document — a reload, the result of a
 * merge, an update from O*NET — as one undoable action. The document
 * computes the difference: members that differ are set; statements,
 * sources, anchors and every other object with an id are matched by id,
 * other list items by content, and the lists get the insertions, removals
 * and moves that turn them into @target's. Objects that did not change stay
 * the same objects, so that views keep their rows and selection. Afterwards
 * the framework equals @target (sf_node_equal()), and undo brings the
 * previous state back exactly.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
sf_document_replace (SfDocument  *self,
                     SfFramework *target,
                     const char  *label)
{
  gboolean changed;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SF_IS_FRAMEWORK (target), FALSE);
  g_return_val_if_fail (target != self->framework, FALSE);

  if (label == NULL)
    label = _("Replace");

  if (!enter (self))
    {
      Request *request = queue_request (self, REQUEST_REPLACE, NULL, NULL);

      request->target = sf_framework_copy (target);
      request->label = g_strdup (label);
      return TRUE;
    }
  changed = replace (self, target, label);
  leave (self);
  return changed;
}

gboolean
sf_document_can_undo (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);

  return self->position > 0;
}

gboolean
sf_document_can_redo (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);

  return self->position < self->actions->len;
}

/**
 * sf_document_get_undo_label:
 * @self: a #SfDocument
 *
 * Returns: (nullable): what undo would take back
 */
const char *
sf_document_get_undo_label (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), NULL);

  if (self->position == 0)
    return NULL;
  return ((Action *) g_ptr_array_index (self->actions, self->position - 1))->label;
}

/**
 * sf_document_get_redo_label:
 * @self: a #SfDocument
 *
 * Returns: (nullable): what redo would do again
 */
const char *
sf_document_get_redo_label (SfDocument *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), NULL);

  if (self->position >= self->actions->len)
    return NULL;
  return ((Action *) g_ptr_array_index (self->actions, self->position))->label;
}

static gboolean
replay (SfDocument *self,
        gboolean    undo)
{
  gboolean was_modified, could_undo, could_redo;
  Action *action;

  if (undo ? self->position == 0 : self->position >= self->actions->len)
    return FALSE;

  was_modified = sf_document_get_modified (self);
  could_undo = sf_document_can_undo (self);
  could_redo = sf_document_can_redo (self);

  /* The position moves first, so that handlers see the state they hear
   * of. */
  if (undo)
    {
      action = g_ptr_array_index (self->actions, --self->position);
      for (guint i = action->ops->len; i > 0; i--)
        op_apply (self, g_ptr_array_index (action->ops, i - 1), TRUE);
    }
  else
    {
      action = g_ptr_array_index (self->actions, self->position++);
      for (guint i = 0; i < action->ops->len; i++)
        op_apply (self, g_ptr_array_index (action->ops, i), FALSE);
    }
  self->last_typing = 0;

  _sf_document_notify_state (self, was_modified, could_undo, could_redo);
  return TRUE;
}

static gboolean
request_replay (SfDocument *self,
                gboolean    undo)
{
  gboolean done;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->open == NULL, FALSE);

  if (!enter (self))
    {
      queue_request (self, undo ? REQUEST_UNDO : REQUEST_REDO, NULL, NULL);
      return TRUE;
    }
  done = replay (self, undo);
  leave (self);
  return done;
}

/**
 * sf_document_undo:
 * @self: a #SfDocument
 *
 * Takes back the last user action.
 *
 * Returns: %TRUE if there was one (or, from a change handler, the undo was
 *   queued)
 */
gboolean
sf_document_undo (SfDocument *self)
{
  return request_replay (self, TRUE);
}

/**
 * sf_document_redo:
 * @self: a #SfDocument
 *
 * Does again the last action taken back.
 *
 * Returns: %TRUE if there was one (or, from a change handler, the redo was
 *   queued)
 */
gboolean
sf_document_redo (SfDocument *self)
{
  return request_replay (self, FALSE);
}

/* Applies the requests that handlers made while the document was busy, in
 * the order they were made; each may queue more. */
static void
run_pending (SfDocument *self)
{
  Request *request;

  g_object_ref (self);
  while (self->busy == 0 && (request = g_queue_pop_head (&self->pending)) != NULL)
    {
      guint position;

      self->busy++;
      switch (request->kind)
        {
        case REQUEST_SET:
          if (sf_document_contains (self, request->node))
            set_value (self, request->node, request->pspec, &request->value, NULL);
          break;

        case REQUEST_INSERT:
          if (sf_document_contains (self, request->node) &&
              sf_node_get_parent (request->item) == NULL)
            insert (self, request->node, request->pspec, request->position, request->item);
          break;

        case REQUEST_REMOVE:
          if (find_item (request->node, request->pspec, request->item, &position))
            remove_item (self, request->node, request->pspec, position);
          break;

        case REQUEST_MOVE:
          if (find_item (request->node, request->pspec, request->item, &position))
            {
              guint n = g_list_model_get_n_items (g_value_get_object (
                _sf_node_peek_value (request->node, request->pspec)));

              move_item (self, request->node, request->pspec, position,
                         MIN (request->position, n - 1));
            }
          break;

        case REQUEST_REPLACE:
          replace (self, request->target, request->label);
          break;

        case REQUEST_BEGIN:
          begin_action (self, request->label);
          break;

        case REQUEST_END:
          if (self->open_depth > 0)
            end_action (self);
          break;

        case REQUEST_UNDO:
        case REQUEST_REDO:
          if (self->open == NULL)
            replay (self, request->kind == REQUEST_UNDO);
          break;

        default:
          g_assert_not_reached ();
        }
      self->busy--;
      request_free (request);
    }
  g_object_unref (self);
}

/**
 * sf_document_break_coalescing:
 * @self: a #SfDocument
 *
 * Makes the next text edit start a new undo step, as when the author moves
 * to another field or saves.
 */
void
sf_document_break_coalescing (SfDocument *self)
{
  g_return_if_fail (SF_IS_DOCUMENT (self));

  self->last_typing = 0;
}

/**
 * sf_document_set_coalesce_timeout:
 * @self: a #SfDocument
 * @msec: the pause, in milliseconds, after which typing starts a new undo step
 */
void
sf_document_set_coalesce_timeout (SfDocument *self,
                                  guint       msec)
{
  g_return_if_fail (SF_IS_DOCUMENT (self));

  self->coalesce_msec = msec;
}
