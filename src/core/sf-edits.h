/* sf-edits.h: the editing operations an author performs, each one undoable step
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"
#include "sf-model.h"

G_BEGIN_DECLS

SfStatement *sf_edits_add_statement          (SfDocument   *document,
                                              SfSection    *section,
                                              const char   *level);
SfStatement *sf_edits_duplicate_statement    (SfDocument   *document,
                                              SfStatement  *statement);
void         sf_edits_delete_statement       (SfDocument   *document,
                                              SfStatement  *statement);
void         sf_edits_move_statement_to_level (SfDocument  *document,
                                              SfStatement  *statement,
                                              const char   *level);
gboolean     sf_edits_move_statement_by      (SfDocument   *document,
                                              SfStatement  *statement,
                                              int           steps);
gboolean     sf_edits_move_statement_to      (SfDocument   *document,
                                              SfStatement  *statement,
                                              SfStatement  *target,
                                              gboolean      after);

void         sf_edits_add_citation           (SfDocument   *document,
                                              SfStatement  *statement,
                                              const char   *source,
                                              const char   *locator);
void         sf_edits_remove_citation        (SfDocument   *document,
                                              SfStatement  *statement,
                                              guint         position);
void         sf_edits_move_citation          (SfDocument   *document,
                                              SfStatement  *statement,
                                              guint         from,
                                              guint         to);
void         sf_edits_link_anchor            (SfDocument   *document,
                                              SfStatement  *statement,
                                              const char   *anchor);
void         sf_edits_unlink_anchor          (SfDocument   *document,
                                              SfStatement  *statement,
                                              const char   *anchor);
void         sf_edits_clear_review           (SfDocument   *document,
                                              SfStatement  *statement);

void         sf_edits_set_job_zone           (SfDocument   *document,
                                              int           job_zone);

SfAnchor    *sf_edits_add_anchor             (SfDocument   *document,
                                              SfAnchorKind  kind);
guint        sf_edits_count_anchor_links     (SfFramework  *framework,
                                              const char   *anchor);
void         sf_edits_remove_anchor          (SfDocument   *document,
                                              SfAnchor     *anchor);

SfSource    *sf_edits_add_source             (SfDocument   *document);
guint        sf_edits_count_source_uses      (SfFramework  *framework,
                                              const char   *source);
gboolean     sf_edits_rename_source          (SfDocument   *document,
                                              SfSource     *source,
                                              const char   *id,
                                              GError      **error);
void         sf_edits_remove_source          (SfDocument   *document,
                                              SfSource     *source);

SfEvidenceGroup *sf_edits_add_evidence_group (SfDocument   *document);
SfFigure    *sf_edits_add_figure             (SfDocument   *document,
                                              SfEvidenceGroup *group);
void         sf_edits_remove                 (SfDocument   *document,
                                              SfNode       *node,
                                              const char   *label);

void         sf_edits_set_rule_severity      (SfDocument   *document,
                                              const char   *rule,
                                              SfSeverity    severity);
gboolean     sf_edits_set_count              (SfDocument   *document,
                                              const char   *section,
                                              const char   *level,
                                              int           min,
                                              int           max,
                                              GError      **error);
void         sf_edits_remove_count           (SfDocument   *document,
                                              const char   *section,
                                              const char   *level);
void         sf_edits_set_cited              (SfDocument   *document,
                                              const char * const *cited);
gboolean     sf_edits_set_length_bounds      (SfDocument   *document,
                                              int           text_min,
                                              int           text_max,
                                              int           title_max,
                                              GError      **error);

G_END_DECLS
