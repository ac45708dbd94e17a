/* sf-statement-row.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-document.h"
#include "sf-suggester.h"
#include "sf-validator.h"

G_BEGIN_DECLS

#define SF_TYPE_STATEMENT_ROW (sf_statement_row_get_type ())

G_DECLARE_FINAL_TYPE (SfStatementRow, sf_statement_row, SF, STATEMENT_ROW, GtkWidget)

GtkWidget   *sf_statement_row_new            (void);
void         sf_statement_row_bind           (SfStatementRow *self,
                                              SfDocument     *document,
                                              SfValidator    *validator,
                                              SfSuggester    *suggester,
                                              SfStatement    *statement);
void         sf_statement_row_unbind         (SfStatementRow *self);
SfStatement *sf_statement_row_get_statement  (SfStatementRow *self);
void         sf_statement_row_focus          (SfStatementRow *self,
                                              const char     *field);
gboolean     sf_statement_row_focus_node     (SfStatementRow *self,
                                              SfNode         *node);
GtkEditable *sf_statement_row_get_title_field (SfStatementRow *self);
GtkTextView *sf_statement_row_get_text_view  (SfStatementRow *self);
GtkMenuButton *sf_statement_row_get_anchor_button (SfStatementRow *self);

G_END_DECLS
