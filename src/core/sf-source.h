/* sf-source.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-node.h"

G_BEGIN_DECLS

#define SF_TYPE_SOURCE (sf_source_get_type ())

G_DECLARE_FINAL_TYPE (SfSource, sf_source, SF, SOURCE, SfNode)

SfSource   *sf_source_new             (void);
const char *sf_source_get_id          (SfSource *self);
const char *sf_source_get_title       (SfSource *self);
const char *sf_source_get_subtitle    (SfSource *self);
const char *sf_source_get_short_title (SfSource *self);
const char *sf_source_get_edition     (SfSource *self);
const char *sf_source_get_authors     (SfSource *self);
int         sf_source_get_year        (SfSource *self);
const char *sf_source_get_identifier  (SfSource *self);
const char *sf_source_get_url         (SfSource *self);
const char *sf_source_get_licence     (SfSource *self);

G_END_DECLS
