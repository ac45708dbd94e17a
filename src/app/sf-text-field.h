/* sf-text-field.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_TEXT_FIELD (sf_text_field_get_type ())

G_DECLARE_FINAL_TYPE (SfTextField, sf_text_field, SF, TEXT_FIELD, GtkTextView)

GtkWidget *sf_text_field_new (void);

G_END_DECLS
