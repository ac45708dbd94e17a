/* sf-preferences.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sf-model.h"

G_BEGIN_DECLS

#define SF_TYPE_PREFERENCES (sf_preferences_get_type ())

G_DECLARE_FINAL_TYPE (SfPreferences, sf_preferences, SF, PREFERENCES, GObject)

SfPreferences *sf_preferences_new                    (GSettings     *settings);
GSettings     *sf_preferences_get_settings           (SfPreferences *self);
void           sf_preferences_apply_to_new_framework (SfPreferences *self,
                                                      SfFramework   *framework);

G_END_DECLS
