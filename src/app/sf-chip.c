/* sf-chip.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-chip.h"

/**
 * SfChip:
 *
 * A citation or an anchor link of a statement, as a small labelled chip:
 * its menu moves it earlier or later (citations keep an order) or removes
 * it, as does its close button. It emits ::remove and ::move; the statement
 * row does the edit.
 */
struct _SfChip
{
  GtkWidget   parent_instance;

  GtkWidget  *label_button;
  GtkLabel   *label;
  GtkWidget  *remove_button;
};

G_DEFINE_FINAL_TYPE (SfChip, sf_chip, GTK_TYPE_WIDGET)

enum {
  REMOVE,
  MOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  g_signal_emit (widget, signals[MOVE], 0, g_str_equal (name, "chip.move-earlier") ? -1 : 1);
}

static void
sf_chip_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_CHIP);
  /* Children of the template that are not bound go too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sf_chip_parent_class)->dispose (object);
}

/* Focusing the chip focuses its label's button. */
static gboolean
sf_chip_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (SF_CHIP (widget)->label_button);
}

static void
sf_chip_class_init (SfChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_chip_dispose;
  widget_class->grab_focus = sf_chip_grab_focus;

  /**
   * SfChip::remove:
   *
   * The author asked to remove what the chip stands for.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SfChip::move:
   * @steps: -1 to move it earlier, 1 later
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-chip.ui");
  gtk_widget_class_bind_template_child (widget_class, SfChip, label_button);
  gtk_widget_class_bind_template_child (widget_class, SfChip, label);
  gtk_widget_class_bind_template_child (widget_class, SfChip, remove_button);
  gtk_widget_class_install_action (widget_class, "chip.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "chip.move-earlier", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chip.move-later", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "chip.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "chip.move-earlier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "chip.move-later", NULL);
  gtk_widget_class_set_css_name (widget_class, "chip");
}

static void
sf_chip_init (SfChip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_chip_set_movable (self, FALSE, FALSE);
}

/**
 * sf_chip_new:
 * @label: what the chip shows: a source's short title, an anchor's name
 * @description: what a screen reader says of it: "Citation of O*NET v30.2, Tasks"
 *
 * Returns: (transfer floating): a new chip
 */
GtkWidget *
sf_chip_new (const char *label,
             const char *description)
{
  SfChip *self = g_object_new (SF_TYPE_CHIP, NULL);
  g_autofree char *remove = g_strdup_printf (_("Remove %s"), description);

  gtk_label_set_label (self->label, label);
  gtk_widget_set_tooltip_text (self->label_button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->label_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_set_tooltip_text (self->remove_button, remove);
  return GTK_WIDGET (self);
}

void
sf_chip_set_movable (SfChip   *self,
                     gboolean  earlier,
                     gboolean  later)
{
  g_return_if_fail (SF_IS_CHIP (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chip.move-earlier", earlier);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chip.move-later", later);
}
