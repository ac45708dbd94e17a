/* sf-field-binding.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-field-binding.h"
#include "sf-model.h"

/**
 * SfFieldBinding:
 *
 * Keeps a text field (a #GtkEditable such as an entry or an entry row, or a
 * #GtkTextBuffer) and a string member of a model node together, the way the
 * core wants views to: the field shows the member and follows it when it
 * changes (an undo, a reload), and what the author types goes to the
 * document as an edit, so that it is undoable and validated. The field is
 * only written when the text differs, so the cursor stays where it is while
 * the author types. An optional member left empty is unset.
 */
struct _SfFieldBinding
{
  GObject     parent_instance;

  GObject    *field;      /* unowned: the field owns us through its data */
  char       *member;
  GParamSpec *pspec;
  SfDocument *document;
  SfNode     *node;
  gulong      notify_id;
  gulong      changed_id;
  gboolean    updating;
  gboolean    empty_unsets;
};

G_DEFINE_FINAL_TYPE (SfFieldBinding, sf_field_binding, G_TYPE_OBJECT)

static char *
field_get_text (SfFieldBinding *self)
{
  if (GTK_IS_TEXT_BUFFER (self->field))
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->field), &start, &end);
      return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->field), &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->field)));
}

static void
field_set_text (SfFieldBinding *self,
                const char     *text)
{
  g_autofree char *current = field_get_text (self);

  if (g_strcmp0 (current, text ? text : "") == 0)
    return;
  self->updating = TRUE;
  if (GTK_IS_TEXT_BUFFER (self->field))
    gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->field), text ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->field), text ? text : "");
  self->updating = FALSE;
}

static void
on_node_notify (SfFieldBinding *self)
{
  field_set_text (self, sf_node_get_string (self->node, self->member));
}

static void
on_field_changed (SfFieldBinding *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || self->node == NULL)
    return;

  text = field_get_text (self);
  if (!sf_document_set_string (self->document, self->node, self->member,
                               self->empty_unsets && *text == '\0' ? NULL : text, &error))
    {
      g_warning ("%s", error->message);
      on_node_notify (self);
    }
}

static void
sf_field_binding_dispose (GObject *object)
{
  SfFieldBinding *self = SF_FIELD_BINDING (object);

  sf_field_binding_unbind (self);

  G_OBJECT_CLASS (sf_field_binding_parent_class)->dispose (object);
}

static void
sf_field_binding_finalize (GObject *object)
{
  SfFieldBinding *self = SF_FIELD_BINDING (object);

  g_free (self->member);

  G_OBJECT_CLASS (sf_field_binding_parent_class)->finalize (object);
}

static void
sf_field_binding_class_init (SfFieldBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sf_field_binding_dispose;
  object_class->finalize = sf_field_binding_finalize;
}

static void
sf_field_binding_init (SfFieldBinding *self)
{
}

/**
 * sf_field_binding_new:
 * @field: a #GtkEditable or a #GtkTextBuffer
 * @member: the string member it edits, by JSON or property name
 *
 * Creates a binding owned by @field: it lives as long as the field.
 *
 * Returns: (transfer none): the binding
 */
SfFieldBinding *
sf_field_binding_new (gpointer    field,
                      const char *member)
{
  SfFieldBinding *self;

  g_return_val_if_fail (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_BUFFER (field), NULL);

  self = g_object_new (SF_TYPE_FIELD_BINDING, NULL);
  self->field = field;
  /* Undo is the document's: the field keeps no history of its own, so that
   * Ctrl+Z reaches the window. */
  if (GTK_IS_TEXT_BUFFER (field))
    gtk_text_buffer_set_enable_undo (field, FALSE);
  else
    gtk_editable_set_enable_undo (field, FALSE);
  self->member = g_strdup (member);
  self->changed_id = g_signal_connect_swapped (field, "changed", G_CALLBACK (on_field_changed), self);
  g_object_set_data_full (G_OBJECT (field), "sf-field-binding", self, g_object_unref);
  return self;
}

/**
 * sf_field_binding_set_empty_unsets:
 * @self: a #SfFieldBinding
 * @empty_unsets: whether an empty field unsets the member
 *
 * For optional members (a source's link, an occupation's context): an
 * empty field leaves them out of the file rather than writing "".
 */
void
sf_field_binding_set_empty_unsets (SfFieldBinding *self,
                                   gboolean        empty_unsets)
{
  g_return_if_fail (SF_IS_FIELD_BINDING (self));

  self->empty_unsets = empty_unsets;
}

/**
 * sf_field_binding_bind:
 * @self: a #SfFieldBinding
 * @document: the document that edits @node
 * @node: the node whose member the field shows
 *
 * Shows @node's member in the field, and edits it from now on.
 */
void
sf_field_binding_bind (SfFieldBinding *self,
                       SfDocument     *document,
                       SfNode         *node)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (SF_IS_FIELD_BINDING (self));
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_NODE (node));

  sf_field_binding_unbind (self);

  self->document = g_object_ref (document);
  self->node = g_object_ref (node);
  self->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), self->member);
  if (self->pspec == NULL)
    {
      g_autofree char *name = g_strdelimit (g_strdup (self->member), "_", '-');

      self->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), name);
    }
  g_return_if_fail (self->pspec != NULL);

  signal = g_strconcat ("notify::", self->pspec->name, NULL);
  self->notify_id = g_signal_connect_swapped (node, signal, G_CALLBACK (on_node_notify), self);
  on_node_notify (self);
}

/**
 * sf_field_binding_unbind:
 * @self: a #SfFieldBinding
 *
 * Stops showing and editing the node, as when a list row is recycled.
 */
void
sf_field_binding_unbind (SfFieldBinding *self)
{
  g_return_if_fail (SF_IS_FIELD_BINDING (self));

  if (self->node != NULL)
    g_clear_signal_handler (&self->notify_id, self->node);
  g_clear_object (&self->node);
  g_clear_object (&self->document);
}

/**
 * sf_field_binding_get_node:
 * @self: a #SfFieldBinding
 *
 * Returns: (transfer none) (nullable): the node shown
 */
SfNode *
sf_field_binding_get_node (SfFieldBinding *self)
{
  g_return_val_if_fail (SF_IS_FIELD_BINDING (self), NULL);

  return self->node;
}

/**
 * sf_field_binding_get_member:
 * @self: a #SfFieldBinding
 *
 * Returns: the member the field edits, as it was given
 */
const char *
sf_field_binding_get_member (SfFieldBinding *self)
{
  g_return_val_if_fail (SF_IS_FIELD_BINDING (self), NULL);

  return self->member;
}
