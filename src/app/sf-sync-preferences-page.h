/* sf-sync-preferences-page.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_SYNC_PREFERENCES_PAGE (sf_sync_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (SfSyncPreferencesPage, sf_sync_preferences_page, SF, SYNC_PREFERENCES_PAGE, AdwPreferencesPage)

SfSyncPreferencesPage *sf_sync_preferences_page_new        (GSettings             *settings);
const char            *sf_sync_preferences_page_get_result (SfSyncPreferencesPage *self);

G_END_DECLS
