/* sf-types.h
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SfAnchor        SfAnchor;
typedef struct _SfChange        SfChange;
typedef struct _SfCitation      SfCitation;
typedef struct _SfCountExpectation SfCountExpectation;
typedef struct _SfDocument      SfDocument;
typedef struct _SfDocumentMonitor SfDocumentMonitor;
typedef struct _SfEvidenceGroup SfEvidenceGroup;
typedef struct _SfFigure        SfFigure;
typedef struct _SfFramework     SfFramework;
typedef struct _SfLevel         SfLevel;
typedef struct _SfNode          SfNode;
typedef struct _SfProblem       SfProblem;
typedef struct _SfProblemList   SfProblemList;
typedef struct _SfRuleSetting   SfRuleSetting;
typedef struct _SfOccupation    SfOccupation;
typedef struct _SfOnet          SfOnet;
typedef struct _SfScale         SfScale;
typedef struct _SfSection       SfSection;
typedef struct _SfSource        SfSource;
typedef struct _SfStatement     SfStatement;
typedef struct _SfValidation    SfValidation;
typedef struct _SfValidator     SfValidator;

/**
 * SfStatus:
 * @SF_STATUS_DRAFT: being written
 * @SF_STATUS_IN_REVIEW: waiting for a reviewer
 * @SF_STATUS_PUBLISHED: published
 *
 * The publication status of a framework.
 */
typedef enum
{
  SF_STATUS_DRAFT,
  SF_STATUS_IN_REVIEW,
  SF_STATUS_PUBLISHED,
} SfStatus;

/**
 * SfSectionKind:
 *
 * What a section of statements describes.
 */
typedef enum
{
  SF_SECTION_KIND_COMPETENCIES,
  SF_SECTION_KIND_AI_USAGE,
  SF_SECTION_KIND_DURABLE,
} SfSectionKind;

/**
 * SfAnchorKind:
 *
 * The kind of an O*NET anchor. The kinds up to and including
 * %SF_ANCHOR_KIND_TECHNOLOGY are the anchors that statements are grounded in.
 */
typedef enum
{
  SF_ANCHOR_KIND_TASK,
  SF_ANCHOR_KIND_SKILL,
  SF_ANCHOR_KIND_KNOWLEDGE,
  SF_ANCHOR_KIND_ABILITY,
  SF_ANCHOR_KIND_WORK_STYLE,
  SF_ANCHOR_KIND_TECHNOLOGY,
  SF_ANCHOR_KIND_RELATED_TITLE,
  SF_ANCHOR_KIND_APPRENTICESHIP,
  SF_ANCHOR_KIND_CIP,
} SfAnchorKind;

/**
 * SfSeverity:
 * @SF_SEVERITY_OFF: the rule is switched off
 * @SF_SEVERITY_INFO: worth knowing
 * @SF_SEVERITY_WARNING: probably wrong
 * @SF_SEVERITY_ERROR: wrong: blocks publication
 *
 * How serious a validation problem is, in increasing order.
 */
typedef enum
{
  SF_SEVERITY_OFF,
  SF_SEVERITY_INFO,
  SF_SEVERITY_WARNING,
  SF_SEVERITY_ERROR,
} SfSeverity;

/**
 * SfDiskState:
 * @SF_DISK_STATE_CURRENT: the file is as the document last loaded or saved it
 * @SF_DISK_STATE_CHANGED: another program changed the file since
 * @SF_DISK_STATE_DELETED: the file is gone
 *
 * How a document's file on disk relates to the document.
 */
typedef enum
{
  SF_DISK_STATE_CURRENT,
  SF_DISK_STATE_CHANGED,
  SF_DISK_STATE_DELETED,
} SfDiskState;

#define SF_ANCHOR_KIND_IS_GROUNDING(k) ((k) <= SF_ANCHOR_KIND_TECHNOLOGY)

G_END_DECLS
