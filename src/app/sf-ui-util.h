/* sf-ui-util.h: small helpers the editor's views share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-model.h"

G_BEGIN_DECLS

const char *sf_ui_anchor_kind_name   (SfAnchorKind  kind,
                                      gboolean      plural);
const char *sf_ui_status_name        (SfStatus      status);
char       *sf_ui_citation_label     (SfFramework  *framework,
                                      SfCitation   *citation);
const char *sf_ui_anchor_label       (SfFramework  *framework,
                                      const char   *anchor_id);
void        sf_ui_set_accessible_label (gpointer    widget,
                                        const char *label);
GtkWidget  *sf_ui_button_new         (const char   *label);
GtkWidget  *sf_ui_add_bar_button     (GtkInfoBar   *bar,
                                      const char   *label,
                                      int           response);
void        sf_ui_set_control_name   (gpointer      widget,
                                      const char   *name);
GtkWidget  *sf_ui_find_control       (GtkWidget    *root,
                                      const char   *name);

gboolean    sf_ui_focus_node         (GtkWidget    *view,
                                      SfNode       *node,
                                      const char   *member);

void        sf_ui_present_dialog     (gpointer      dialog);
void        sf_ui_name_icon_buttons  (GtkWidget    *root);
void        sf_ui_name_icon_buttons_later (GtkWidget *root);

GtkWidget  *sf_ui_save_focus         (GtkWidget    *within);
void        sf_ui_restore_focus      (GtkWidget    *focus);
GtkWidget  *sf_ui_reuse_row          (GHashTable   *old_rows,
                                      GHashTable   *rows,
                                      gpointer      node);

G_END_DECLS
