/* sf-test-onet.h: O*NET fixture databases for the tests
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-onet-import.h"
#include "sf-test-util.h"

G_BEGIN_DECLS

char        *sf_test_onet_fixture (const char *release);
char        *sf_test_onet_copy    (const char *release,
                                   const char *dir);
char        *sf_test_onet_zip     (const char *folder,
                                   const char *zip_path);
SfFramework *sf_test_onet_import  (const char *source,
                                   const char *code,
                                   double      threshold,
                                   GPtrArray **notes,
                                   GError    **error);

G_END_DECLS
