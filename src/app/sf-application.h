/* sf-application.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sf-types.h"
#include "sf-app-types.h"

G_BEGIN_DECLS

#define SF_TYPE_APPLICATION (sf_application_get_type ())

G_DECLARE_FINAL_TYPE (SfApplication, sf_application, SF, APPLICATION, AdwApplication)

SfApplication *sf_application_new             (void);
gboolean       sf_application_is_uninstalled  (void);
const char    *sf_application_get_localedir   (void);
void           sf_application_ensure_schemas  (void);
SfDraftStore  *sf_application_get_drafts      (SfApplication *self);
GSettings     *sf_application_get_settings    (SfApplication *self);
SfPreferences *sf_application_get_preferences (SfApplication *self);
SfPage        *sf_application_find_page       (SfApplication *self,
                                               GFile         *file);
SfWindow      *sf_application_new_window      (SfApplication *self);

G_END_DECLS
