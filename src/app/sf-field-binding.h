/* sf-field-binding.h: a text field that shows a model member and edits it
 * through the document
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-document.h"

G_BEGIN_DECLS

#define SF_TYPE_FIELD_BINDING (sf_field_binding_get_type ())

G_DECLARE_FINAL_TYPE (SfFieldBinding, sf_field_binding, SF, FIELD_BINDING, GObject)

SfFieldBinding *sf_field_binding_new      (gpointer        field,
                                           const char     *member);
void            sf_field_binding_set_empty_unsets (SfFieldBinding *self,
                                                   gboolean        empty_unsets);
void            sf_field_binding_bind     (SfFieldBinding *self,
                                           SfDocument     *document,
                                           SfNode         *node);
void            sf_field_binding_unbind   (SfFieldBinding *self);
SfNode         *sf_field_binding_get_node (SfFieldBinding *self);
const char     *sf_field_binding_get_member (SfFieldBinding *self);

G_END_DECLS
