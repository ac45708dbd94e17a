/* sf-change.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-change.h"

G_DEFINE_BOXED_TYPE (SfChange, sf_change, sf_change_copy, sf_change_free)

/**
 * sf_change_copy:
 * @change: a #SfChange
 *
 * Returns: (transfer full): a copy of @change, holding a reference on its node
 */
SfChange *
sf_change_copy (const SfChange *change)
{
  SfChange *copy = g_memdup2 (change, sizeof *change);

  g_object_ref (copy->node);
  return copy;
}

void
sf_change_free (SfChange *change)
{
  g_clear_object (&change->node);
  g_free (change);
}
