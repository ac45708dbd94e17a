/* sf-search.h: finding and replacing text in a framework's statements
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-document.h"
#include "sf-model.h"

G_BEGIN_DECLS

/**
 * SfSearchFlags:
 * @SF_SEARCH_DEFAULT: case folded, anywhere in a word
 * @SF_SEARCH_CASE_SENSITIVE: the case of letters must be the query's
 * @SF_SEARCH_WHOLE_WORD: a match has no letter, digit or underscore right
 *   before or after it
 *
 * How a query matches text.
 */
typedef enum
{
  SF_SEARCH_DEFAULT        = 0,
  SF_SEARCH_CASE_SENSITIVE = 1 << 0,
  SF_SEARCH_WHOLE_WORD     = 1 << 1,
} SfSearchFlags;

/**
 * SfSearchMember:
 * @SF_SEARCH_MEMBER_TITLE: the statement's title
 * @SF_SEARCH_MEMBER_TEXT: the statement's text
 * @SF_SEARCH_MEMBER_CITATION_SOURCE: the title of a cited source
 * @SF_SEARCH_MEMBER_CITATION_LOCATOR: a citation's locator
 * @SF_SEARCH_MEMBER_ANCHOR_NAME: the name of a linked O*NET anchor
 *
 * Where in a statement a match is, in the order a statement's matches come.
 */
typedef enum
{
  SF_SEARCH_MEMBER_TITLE,
  SF_SEARCH_MEMBER_TEXT,
  SF_SEARCH_MEMBER_CITATION_SOURCE,
  SF_SEARCH_MEMBER_CITATION_LOCATOR,
  SF_SEARCH_MEMBER_ANCHOR_NAME,
} SfSearchMember;

/**
 * SfSearchRange:
 * @start: the byte offset where the match starts
 * @end: the byte offset just after it
 *
 * A match in one string.
 */
typedef struct
{
  gsize start;
  gsize end;
} SfSearchRange;

/**
 * SfSearchMatch:
 * @statement: the statement the match belongs to
 * @node: the node whose string holds the match: @statement for its title
 *   and text, the #SfCitation for a locator, the cited #SfSource for a
 *   source title, the linked #SfAnchor for an anchor name
 * @member: which string of the statement
 * @position: the citation's position among the statement's citations, or
 *   the anchor link's among its links; 0 for the title and the text
 * @start: the byte offset of the match in the string
 * @end: the byte offset just after it
 *
 * One match of a search. An array of matches holds a reference on
 * @statement and @node.
 */
typedef struct
{
  SfStatement    *statement;
  SfNode         *node;
  SfSearchMember  member;
  guint           position;
  gsize           start;
  gsize           end;
} SfSearchMatch;

/**
 * SfSearchFilter:
 * @statement: a statement
 * @user_data: the data given with the filter
 *
 * Returns: whether to search @statement
 */
typedef gboolean (*SfSearchFilter) (SfStatement *statement,
                                    gpointer     user_data);

#define SF_TYPE_SEARCH (sf_search_get_type ())

G_DECLARE_FINAL_TYPE (SfSearch, sf_search, SF, SEARCH, GObject)

SfSearch      *sf_search_new                  (const char          *query,
                                               SfSearchFlags        flags);
const char    *sf_search_get_query            (SfSearch            *self);
SfSearchFlags  sf_search_get_flags            (SfSearch            *self);
gboolean       sf_search_is_empty             (SfSearch            *self);
GArray        *sf_search_find_in_string       (SfSearch            *self,
                                               const char          *text);
GArray        *sf_search_find                 (SfSearch            *self,
                                               SfFramework         *framework,
                                               SfSearchFilter       filter,
                                               gpointer             user_data);
gboolean       sf_search_replace              (SfSearch            *self,
                                               SfDocument          *document,
                                               const SfSearchMatch *match,
                                               const char          *replacement);
guint          sf_search_replace_all          (SfSearch            *self,
                                               SfDocument          *document,
                                               SfSearchFilter       filter,
                                               gpointer             user_data,
                                               const char          *replacement);

const char    *sf_search_match_get_string     (const SfSearchMatch *match);
gboolean       sf_search_match_is_replaceable (const SfSearchMatch *match);

G_END_DECLS
