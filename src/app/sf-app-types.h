/* sf-app-types.h: the editor's types
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SfApplication     SfApplication;
typedef struct _SfDraftStore      SfDraftStore;
typedef struct _SfPage            SfPage;
typedef struct _SfSearchBar       SfSearchBar;
typedef struct _SfPreferences     SfPreferences;
typedef struct _SfWindow          SfWindow;

G_END_DECLS
