/* sf-document.c: the edit layer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change to a framework goes through an SfDocument: it applies the
 * change, records it for undo and redo as part of one user action, keeps the
 * modified flag, and emits ::changed saying exactly what changed.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-document.h"
#include "sf-model.h"
#include "sf-node-private.h"

#define DEFAULT_COALESCE_MSEC 1500

typedef enum
{
  OP_SET,
  OP_SPLICE,
} OpKind;

typedef struct
{
  OpKind      kind;
  SfNode     *node;
  GParamSpec *pspec;
  GValue      old_value;   /* OP_SET */
  GValue      new_value;
  guint       position;    /* OP_SPLICE */
  GPtrArray  *removed;
  GPtrArray  *added;
} Op;

typedef struct
{
  char      *label;
  GPtrArray *ops;
  guint64    serial;   /* tells an action from one that replaced it */
  gboolean   typing;   /* one text edit that later typing may join */
} Action;

struct _SfDocument
{
  GObject      parent_instance;

  SfFramework *framework;
  GFile       *file;

  GPtrArray   *actions;
  guint        position;        /* how many actions are applied */
  int          saved_position;  /* -1: the saved state is out of reach */
  Action      *open;
  guint        open_depth;
  guint64      next_serial;
  gboolean     replaying;       /* inside undo or redo */
  gint64       last_typing;
  guint        coalesce_msec;
};

G_DEFINE_FINAL_TYPE (SfDocument, sf_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_FILE,
  PROP_MODIFIED,
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

static void
op_free (gpointer data)
{
  Op *op = data;

  g_object_unref (op->node);
  if (op->kind == OP_SET)
    {
      g_value_unset (&op->old_value);
      g_value_unset (&op->new_value);
    }
  else
    {
      g_ptr_array_unref (op->removed);
      g_ptr_array_unref (op->added);
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
emit_change (SfDocument *self,
             Op         *op,
             gboolean    reverse)
{
  SfChange change = { 0 };

  change.node = op->node;
  change.member = op->pspec->name;
  if (op->kind == OP_SET)
    change.kind = SF_CHANGE_MEMBER;
  else
    {
      change.kind = SF_CHANGE_LIST;
      change.position = op->position;
      change.removed = reverse ? op->added->len : op->removed->len;
      change.added = reverse ? op->removed->len : op->added->len;
    }
  g_signal_emit (self, signals[CHANGED], 0, &change);
}

static void
op_apply (SfDocument *self,
          Op         *op,
          gboolean    reverse)
{
  if (op->kind == OP_SET)
    _sf_node_set_value (op->node, op->pspec, reverse ? &op->old_value : &op->new_value);
  else
    {
      GPtrArray *remove = reverse ? op->added : op->removed;
      GPtrArray *add = reverse ? op->removed : op->added;

      _sf_node_list_splice (op->node, op->pspec, op->position, remove->len,
                            add->pdata, add->len);
    }
  emit_change (self, op, reverse);
}

static void
update_state (SfDocument *self,
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

  update_state (self, was_modified, could_undo, could_redo);
}

/* Records and applies one operation, as its own action unless one is open. */
static void
record (SfDocument *self,
        Op         *op,
        const char *label,
        gboolean    typing)
{
  Action *action;

  if (self->open != NULL)
    {
      g_ptr_array_add (self->open->ops, op);
      op_apply (self, op, FALSE);
      return;
    }

  action = action_new (self, label);
  action->typing = typing;
  g_ptr_array_add (action->ops, op);
  op_apply (self, op, FALSE);
  push_action (self, action);
}

static void
sf_document_finalize (GObject *object)
{
  SfDocument *self = (SfDocument *) object;

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

    case PROP_MODIFIED:
      g_value_set_boolean (value, sf_document_get_modified (self));
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
      if (g_set_object (&self->file, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_document_class_init (SfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_document_finalize;
  object_class->get_property = sf_document_get_property;
  object_class->set_property = sf_document_set_property;

  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, SF_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfDocument::changed:
   * @self: the document
   * @change: what changed
   *
   * Emitted after every change to the framework: an edit, an undo or a redo.
   * Handlers must not edit the document: an undo or a redo is under way.
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

  return g_object_new (SF_TYPE_DOCUMENT, "framework", framework, NULL);
}

/**
 * sf_document_new_for_file:
 * @file: the file to load
 * @limits: (nullable): the limits, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads a document synchronously; see sf_document_load_async().
 *
 * Returns: (transfer full) (nullable): the document
 */
SfDocument *
sf_document_new_for_file (GFile                *file,
                          const SfFormatLimits *limits,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autoptr(SfFramework) framework = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  framework = sf_format_load_file (file, limits, NULL, cancellable, error);
  if (framework == NULL)
    return NULL;

  return g_object_new (SF_TYPE_DOCUMENT, "framework", framework, "file", file, NULL);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  const SfFormatLimits *limits = g_object_get_data (G_OBJECT (task), "limits");
  GError *error = NULL;
  SfFramework *framework = sf_format_load_file (file, limits, NULL, cancellable, &error);

  if (framework == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, framework, g_object_unref);
}

/**
 * sf_document_load_async:
 * @file: the file to load
 * @limits: (nullable): the limits, or %NULL for the defaults; they must stay
 *   valid until the load ends
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the document is loaded
 * @user_data: data for @callback
 *
 * Loads a framework file into a new document in a worker thread. A document
 * is created only when the whole file loaded without error: nothing is ever
 * half-loaded.
 */
void
sf_document_load_async (GFile                *file,
                        const SfFormatLimits *limits,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "limits", (gpointer) limits);
  g_task_run_in_thread (task, load_thread);
}

/**
 * sf_document_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the document
 */
SfDocument *
sf_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_autoptr(SfFramework) framework = NULL;
  GTask *task = G_TASK (result);

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (task) == sf_document_load_async, NULL);

  framework = g_task_propagate_pointer (task, error);
  if (framework == NULL)
    return NULL;

  return g_object_new (SF_TYPE_DOCUMENT, "framework", framework,
                       "file", g_task_get_task_data (task), NULL);
}

/* The state after the first @position actions, as the serial of the last
 * of them: actions only ever get dropped from the end and replaced, so an
 * equal serial at the same position means the same state. */
static guint64
state_at (SfDocument *self,
          guint       position)
{
  if (position == 0)
    return 0;
  if (position > self->actions->len)
    return G_MAXUINT64;
  return ((Action *) g_ptr_array_index (self->actions, position - 1))->serial;
}

static void
mark_saved (SfDocument *self,
            GFile      *file,
            guint       position,
            guint64     state)
{
  gboolean was_modified = sf_document_get_modified (self);

  g_object_set (self, "file", file, NULL);
  /* Edits made while an asynchronous save ran may have undone and replaced
   * what it wrote: then no state of the stack is the file's any more. */
  self->saved_position = state_at (self, position) == state ? (int) position : -1;
  update_state (self, was_modified, sf_document_can_undo (self), sf_document_can_redo (self));
}

/**
 * sf_document_save:
 * @self: a #SfDocument
 * @file: (nullable): where to save, or %NULL for the document's file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves atomically, keeping the previous file as a backup (`FILE~`). On
 * failure the previous file is left as it was and the document stays
 * modified.
 *
 * Returns: %TRUE on success
 */
gboolean
sf_document_save (SfDocument    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);
  /* Half an action is not a state the author can undo back to. */
  g_return_val_if_fail (self->open == NULL, FALSE);

  if (file == NULL)
    file = self->file;

  sf_document_break_coalescing (self);
  if (!sf_format_save_file (self->framework, file, TRUE, cancellable, error))
    return FALSE;

  mark_saved (self, file, self->position, state_at (self, self->position));
  return TRUE;
}

typedef struct
{
  GFile   *file;
  GBytes  *bytes;
  guint    position;
  guint64  state;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_object_unref (save->file);
  g_bytes_unref (save->bytes);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (sf_format_save_bytes (save->file, save->bytes, TRUE, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SfDocument *self = SF_DOCUMENT (object);
  SaveData *save = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  mark_saved (self, save->file, save->position, save->state);
  g_task_return_boolean (task, TRUE);
}

/**
 * sf_document_save_async:
 * @self: a #SfDocument
 * @file: (nullable): where to save, or %NULL for the document's file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the save ends
 * @user_data: data for @callback
 *
 * Saves like sf_document_save() without blocking: the document is written
 * to memory at once, and the file is written in the background. Edits made
 * meanwhile keep the document modified.
 */
void
sf_document_save_async (SfDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  SaveData *save;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);
  g_return_if_fail (self->open == NULL);

  sf_document_break_coalescing (self);

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file ? file : self->file);
  save->bytes = sf_format_write (self->framework);
  save->position = self->position;
  save->state = state_at (self, self->position);

  /* The outer task reports to the caller on the main context; the inner one
   * writes the file in a worker thread. */
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_document_save_async);
  worker = g_task_new (self, cancellable, save_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, save, save_data_free);
  g_task_run_in_thread (worker, save_thread);
}

/**
 * sf_document_save_finish:
 * @self: a #SfDocument
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
sf_document_save_finish (SfDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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
  g_return_if_fail (!self->replaying);

  if (self->open_depth++ == 0)
    self->open = action_new (self, label);
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
  Action *action;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (self->open_depth > 0);

  if (--self->open_depth > 0)
    return;

  action = g_steal_pointer (&self->open);
  if (action->ops->len == 0)
    action_free (action);
  else
    push_action (self, action);
}

static GParamSpec *
lookup_member (SfNode     *node,
               const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), property);

  if (pspec == NULL)
    pspec = _sf_node_class_lookup_json (SF_NODE_GET_CLASS (node), property, strlen (property));
  if (pspec == NULL)
    g_critical ("%s has no member \"%s\"", G_OBJECT_TYPE_NAME (node), property);
  return pspec;
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

/**
 * sf_document_set_value:
 * @self: a #SfDocument
 * @node: a node of the document's framework
 * @property: the member to set, by property or JSON name
 * @value: the new value
 *
 * Sets a member as one undoable edit. Text typed into one member in quick
 * succession joins the previous edit, so that undo takes back a burst of
 * typing at once, not a character.
 */
void
sf_document_set_value (SfDocument   *self,
                       SfNode       *node,
                       const char   *property,
                       const GValue *value)
{
  GParamSpec *pspec;
  const GValue *current;
  gboolean typing;
  gint64 now;
  Op *op;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (node));
  g_return_if_fail (!self->replaying);

  if (!(pspec = lookup_member (node, property)))
    return;
  g_return_if_fail (_sf_member_kind (pspec) < SF_MEMBER_CHILD);
  g_return_if_fail (G_VALUE_HOLDS (value, pspec->value_type));

  current = _sf_node_peek_value (node, pspec);
  if (_sf_values_equal (pspec, current, value))
    return;

  now = g_get_monotonic_time ();
  typing = pspec->value_type == G_TYPE_STRING;
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

  self->last_typing = now;
  record (self, op, _("Edit"), typing);
}

void
sf_document_set_string (SfDocument *self,
                        SfNode     *node,
                        const char *property,
                        const char *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  sf_document_set_value (self, node, property, &gvalue);
}

void
sf_document_set_int (SfDocument *self,
                     SfNode     *node,
                     const char *property,
                     int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  sf_document_set_value (self, node, property, &gvalue);
}

void
sf_document_set_double (SfDocument *self,
                        SfNode     *node,
                        const char *property,
                        double      value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  sf_document_set_value (self, node, property, &gvalue);
}

void
sf_document_set_enum (SfDocument *self,
                      SfNode     *node,
                      const char *property,
                      int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GParamSpec *pspec = lookup_member (node, property);

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, pspec->value_type);
  g_value_set_enum (&gvalue, value);
  sf_document_set_value (self, node, property, &gvalue);
}

void
sf_document_set_strv (SfDocument         *self,
                      SfNode             *node,
                      const char         *property,
                      const char * const *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRV);
  g_value_set_boxed (&gvalue, value);
  sf_document_set_value (self, node, property, &gvalue);
}

static void
splice (SfDocument *self,
        SfNode     *parent,
        const char *list,
        guint       position,
        guint       n_removals,
        SfNode     *item,
        const char *label)
{
  GParamSpec *pspec;
  GListModel *model;
  Op *op;

  g_return_if_fail (!self->replaying);

  if (!(pspec = lookup_member (parent, list)))
    return;
  g_return_if_fail (_sf_member_kind (pspec) == SF_MEMBER_LIST);

  model = g_value_get_object (_sf_node_peek_value (parent, pspec));
  g_return_if_fail (position + n_removals <= g_list_model_get_n_items (model));

  op = g_new0 (Op, 1);
  op->kind = OP_SPLICE;
  op->node = g_object_ref (parent);
  op->pspec = pspec;
  op->position = position;
  op->removed = g_ptr_array_new_with_free_func (g_object_unref);
  op->added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_removals; i++)
    g_ptr_array_add (op->removed, g_list_model_get_item (model, position + i));
  if (item != NULL)
    g_ptr_array_add (op->added, g_object_ref (item));

  record (self, op, label, FALSE);
}

/**
 * sf_document_insert:
 * @self: a #SfDocument
 * @parent: the node holding the list
 * @list: the list member, by property or JSON name
 * @position: where to insert
 * @item: the node to insert; it must not be in a document yet
 *
 * Inserts a node into a list as one undoable edit.
 */
void
sf_document_insert (SfDocument *self,
                    SfNode     *parent,
                    const char *list,
                    guint       position,
                    SfNode     *item)
{
  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (parent));
  g_return_if_fail (SF_IS_NODE (item));
  g_return_if_fail (sf_node_get_parent (item) == NULL);

  splice (self, parent, list, position, 0, item, _("Insert"));
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
  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (parent));

  splice (self, parent, list, position, 1, NULL, _("Delete"));
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
  g_autoptr(SfNode) item = NULL;
  GListModel *model;

  g_return_if_fail (SF_IS_DOCUMENT (self));
  g_return_if_fail (SF_IS_NODE (parent));

  model = sf_node_get_list (parent, list);
  g_return_if_fail (model != NULL);
  g_return_if_fail (from < g_list_model_get_n_items (model));
  g_return_if_fail (to < g_list_model_get_n_items (model));

  if (from == to)
    return;

  item = g_list_model_get_item (model, from);
  sf_document_begin_action (self, _("Move"));
  splice (self, parent, list, from, 1, NULL, _("Move"));
  splice (self, parent, list, to, 0, item, _("Move"));
  sf_document_end_action (self);
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

/**
 * sf_document_undo:
 * @self: a #SfDocument
 *
 * Takes back the last user action.
 *
 * Returns: %TRUE if there was one
 */
gboolean
sf_document_undo (SfDocument *self)
{
  gboolean was_modified, could_undo, could_redo;
  Action *action;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->open == NULL, FALSE);

  if (self->position == 0)
    return FALSE;

  was_modified = sf_document_get_modified (self);
  could_undo = sf_document_can_undo (self);
  could_redo = sf_document_can_redo (self);

  action = g_ptr_array_index (self->actions, --self->position);
  self->replaying = TRUE;
  for (guint i = action->ops->len; i > 0; i--)
    op_apply (self, g_ptr_array_index (action->ops, i - 1), TRUE);
  self->replaying = FALSE;
  self->last_typing = 0;

  update_state (self, was_modified, could_undo, could_redo);
  return TRUE;
}

/**
 * sf_document_redo:
 * @self: a #SfDocument
 *
 * Does again the last action taken back.
 *
 * Returns: %TRUE if there was one
 */
gboolean
sf_document_redo (SfDocument *self)
{
  gboolean was_modified, could_undo, could_redo;
  Action *action;

  g_return_val_if_fail (SF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->open == NULL, FALSE);

  if (self->position >= self->actions->len)
    return FALSE;

  was_modified = sf_document_get_modified (self);
  could_undo = sf_document_can_undo (self);
  could_redo = sf_document_can_redo (self);

  action = g_ptr_array_index (self->actions, self->position++);
  self->replaying = TRUE;
  for (guint i = 0; i < action->ops->len; i++)
    op_apply (self, g_ptr_array_index (action->ops, i), FALSE);
  self->replaying = FALSE;
  self->last_typing = 0;

  update_state (self, was_modified, could_undo, could_redo);
  return TRUE;
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
