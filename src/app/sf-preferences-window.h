/* sf-preferences-window.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_PREFERENCES_WINDOW (sf_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SfPreferencesWindow, sf_preferences_window, SF, PREFERENCES_WINDOW, AdwPreferencesWindow)

SfPreferencesWindow *sf_preferences_window_new          (GSettings           *settings);
GSettings           *sf_preferences_window_get_settings (SfPreferencesWindow *self);
GtkWidget           *sf_preferences_window_find_control (SfPreferencesWindow *self,
                                                         const char          *name);

G_END_DECLS
