/* sf-case-private.h: what CASE export and import share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sf-case.h"

G_BEGIN_DECLS

/* The member of a framework, section or statement (unknown members to the
 * framework format) that keeps what a CASE import could not place; see
 * data/schema/CASE.md. */
#define SF_CASE_MEMBER "case"
/* The member of CASE extensions where the export puts what CASE has no
 * field for. */
#define SF_CASE_EXTENSION "skillframe"
/* The member of the document's extension that says its date is one an
 * import kept, not the date of the export. */
#define SF_CASE_KEPT_DATE "keptLastChangeDateTime"

/* Where the objects of a package go one by one, for the import, which
 * compares each with the package it reads and needs no package of its own
 * in memory: each item is given once its overlays are laid, and before an
 * association links to it, and may be changed by the callee; each
 * association is dropped after. */
typedef struct
{
  void     (*item)        (JsonObject *item,
                           gpointer    data);
  void     (*association) (JsonObject *association,
                           gpointer    data);
  gpointer   data;
} SfCaseSink;

/* The package of the framework @framework (a framework in the JSON of the
 * framework format); @last_change dates what carries no date of its own.
 * With a @sink, the items and associations go there, not in the package. */
JsonNode   *_sf_case_build        (JsonObject       *framework,
                                   const char       *last_change,
                                   const SfCaseSink *sink);
void        _sf_case_apply_overlay (JsonObject *object,
                                    JsonObject *overlay);
char       *_sf_case_date_string  (GDateTime  *date);
JsonNode   *_sf_case_copy         (JsonNode   *node);
gboolean    _sf_case_is_uuid      (const char *str);
/* The identifier the export gives the object of id @id (%NULL: none),
 * named @key ("document", "section/ID", "section/ID/level/ID",
 * "statement/ID"). */
char       *_sf_case_identifier   (const char *framework_id,
                                   const char *id,
                                   const char *key);

G_END_DECLS
