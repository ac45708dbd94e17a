/* sf-edits.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an author does in one gesture often touches several members:
 * renaming a source changes every citation of it, removing an anchor
 * unlinks the statements that link it. Each function here is one such
 * gesture as one undoable action, named for the Undo menu ("Undo Delete
 * Statement"), so that the editor, the tool and the tests share them.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-edits.h"
#include "sf-node-private.h"
#include "sf-onet-reference.h"
#include "sf-rule.h"

static GPtrArray *
items_of (GListModel *list)
{
  return _sf_node_list_get_items (list);
}

static SfSection *
section_of (SfStatement *statement)
{
  SfNode *parent = sf_node_get_parent (SF_NODE (statement));

  return SF_IS_SECTION (parent) ? SF_SECTION (parent) : NULL;
}

/* Where a statement of @level goes by default: after the last one of that
 * level, or at the end. @skip is left out of the count. */
static guint
end_of_level (SfSection   *section,
              const char  *level,
              SfStatement *skip)
{
  GPtrArray *items = items_of (sf_section_get_statements (section));
  guint position = items->len;
  gboolean found = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (items, i);

      if (statement == skip)
        continue;
      if (g_strcmp0 (sf_statement_get_level (statement), level) == 0)
        {
          position = i + 1;
          found = TRUE;
        }
    }
  return found ? position : items->len;
}

/**
 * sf_edits_add_statement:
 * @document: a #SfDocument
 * @section: a section of its framework
 * @level: (nullable): the level of the new statement, or %NULL for the
 *   first level of the section's scale
 *
 * Adds an empty statement after the last one of its level, with a new id.
 *
 * Returns: (transfer none): the new statement
 */
SfStatement *
sf_edits_add_statement (SfDocument *document,
                        SfSection  *section,
                        const char *level)
{
  g_autoptr(SfStatement) statement = sf_statement_new ();

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SF_IS_SECTION (section), NULL);

  if (level != NULL)
    _sf_node_set_string (SF_NODE (statement), "level", level);
  sf_document_begin_action (document, _("Add Statement"));
  sf_document_insert (document, SF_NODE (section), "statements",
                      level ? end_of_level (section, level, NULL)
                            : g_list_model_get_n_items (sf_section_get_statements (section)),
                      SF_NODE (statement));
  sf_document_end_action (document);
  return statement;
}

/**
 * sf_edits_duplicate_statement:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 *
 * Inserts a copy of @statement after it, with its own new id.
 *
 * Returns: (transfer none): the copy
 */
SfStatement *
sf_edits_duplicate_statement (SfDocument  *document,
                              SfStatement *statement)
{
  g_autoptr(SfStatement) copy = NULL;
  SfSection *section;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), NULL);
  g_return_val_if_fail ((section = section_of (statement)) != NULL, NULL);

  copy = sf_node_copy (SF_NODE (statement));
  /* Unset, so that the document gives it a new one. */
  _sf_node_set_string (SF_NODE (copy), "id", NULL);
  sf_document_begin_action (document, _("Duplicate Statement"));
  sf_document_insert (document, SF_NODE (section), "statements",
                      _sf_node_get_index (SF_NODE (statement)) + 1, SF_NODE (copy));
  sf_document_end_action (document);
  return copy;
}

/**
 * sf_edits_delete_statement:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 *
 * Deletes @statement.
 */
void
sf_edits_delete_statement (SfDocument  *document,
                           SfStatement *statement)
{
  g_return_if_fail (SF_IS_STATEMENT (statement));

  sf_edits_remove (document, SF_NODE (statement), _("Delete Statement"));
}

/**
 * sf_edits_move_statement_to_level:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 * @level: the level to move it to
 *
 * Gives @statement another level and moves it after the last statement of
 * that level.
 */
void
sf_edits_move_statement_to_level (SfDocument  *document,
                                  SfStatement *statement,
                                  const char  *level)
{
  SfSection *section;
  guint from, to;

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));
  g_return_if_fail (level != NULL);
  g_return_if_fail ((section = section_of (statement)) != NULL);

  if (g_strcmp0 (sf_statement_get_level (statement), level) == 0)
    return;

  sf_document_begin_action (document, _("Move Statement"));
  from = _sf_node_get_index (SF_NODE (statement));
  to = end_of_level (section, level, statement);
  if (to > from)
    to--;
  sf_document_move (document, SF_NODE (section), "statements", from, to);
  sf_document_set_string (document, SF_NODE (statement), "level", level, NULL);
  sf_document_end_action (document);
}

/**
 * sf_edits_move_statement_by:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 * @steps: -1 to move it before the previous statement of its level, 1
 *   after the next one
 *
 * Moves @statement among the statements of its level, as Alt+Up and
 * Alt+Down do.
 *
 * Returns: %TRUE if it moved; %FALSE if it is already first or last
 */
gboolean
sf_edits_move_statement_by (SfDocument  *document,
                            SfStatement *statement,
                            int          steps)
{
  SfSection *section;
  GPtrArray *items;
  const char *level;
  int from, to = -1;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), FALSE);
  g_return_val_if_fail (steps == -1 || steps == 1, FALSE);
  g_return_val_if_fail ((section = section_of (statement)) != NULL, FALSE);

  items = items_of (sf_section_get_statements (section));
  level = sf_statement_get_level (statement);
  from = _sf_node_get_index (SF_NODE (statement));
  for (int i = from + steps; i >= 0 && i < (int) items->len; i += steps)
    if (g_strcmp0 (sf_statement_get_level (g_ptr_array_index (items, i)), level) == 0)
      {
        to = i;
        break;
      }
  if (to < 0)
    return FALSE;

  sf_document_begin_action (document, _("Move Statement"));
  sf_document_move (document, SF_NODE (section), "statements", from, to);
  sf_document_end_action (document);
  return TRUE;
}

/**
 * sf_edits_move_statement_to:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 * @target: another statement of the same section
 * @after: whether to put @statement after @target rather than before
 *
 * Moves @statement next to @target, as a drag and drop does, giving it
 * @target's level.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
sf_edits_move_statement_to (SfDocument  *document,
                            SfStatement *statement,
                            SfStatement *target,
                            gboolean     after)
{
  SfSection *section;
  guint from, to;
  gboolean changed;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (SF_IS_STATEMENT (statement) && SF_IS_STATEMENT (target), FALSE);
  g_return_val_if_fail ((section = section_of (statement)) != NULL, FALSE);
  g_return_val_if_fail (section_of (target) == section, FALSE);

  if (statement == target)
    return FALSE;

  from = _sf_node_get_index (SF_NODE (statement));
  to = _sf_node_get_index (SF_NODE (target)) + (after ? 1 : 0);
  if (to > from)
    to--;
  changed = from != to || g_strcmp0 (sf_statement_get_level (statement), sf_statement_get_level (target)) != 0;

  sf_document_begin_action (document, _("Move Statement"));
  if (from != to)
    sf_document_move (document, SF_NODE (section), "statements", from, to);
  sf_document_set_string (document, SF_NODE (statement), "level", sf_statement_get_level (target), NULL);
  sf_document_end_action (document);
  return changed;
}

/**
 * sf_edits_add_citation:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 * @source: the id of the source cited
 * @locator: (nullable): where in the source: a page, a table, a section
 *
 * Adds a citation at the end of @statement's citations.
 */
void
sf_edits_add_citation (SfDocument  *document,
                       SfStatement *statement,
                       const char  *source,
                       const char  *locator)
{
  g_autoptr(SfCitation) citation = sf_citation_new ();

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));
  g_return_if_fail (source != NULL);

  _sf_node_set_string (SF_NODE (citation), "source", source);
  if (locator != NULL && *locator != '\0')
    _sf_node_set_string (SF_NODE (citation), "locator", locator);
  sf_document_begin_action (document, _("Add Citation"));
  sf_document_insert (document, SF_NODE (statement), "citations",
                      g_list_model_get_n_items (sf_statement_get_citations (statement)),
                      SF_NODE (citation));
  sf_document_end_action (document);
}

void
sf_edits_remove_citation (SfDocument  *document,
                          SfStatement *statement,
                          guint        position)
{
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));

  sf_document_begin_action (document, _("Remove Citation"));
  sf_document_remove (document, SF_NODE (statement), "citations", position);
  sf_document_end_action (document);
}

void
sf_edits_move_citation (SfDocument  *document,
                        SfStatement *statement,
                        guint        from,
                        guint        to)
{
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));

  sf_document_begin_action (document, _("Move Citation"));
  sf_document_move (document, SF_NODE (statement), "citations", from, to);
  sf_document_end_action (document);
}

static void
set_links (SfDocument          *document,
           SfStatement         *statement,
           const char * const  *links)
{
  sf_document_set_strv (document, SF_NODE (statement), "anchors", links, NULL);
}

/**
 * sf_edits_clear_review:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 *
 * Removes the statement's review mark, once the author has checked it, as
 * one undoable action.
 */
void
sf_edits_clear_review (SfDocument  *document,
                       SfStatement *statement)
{
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));

  if (sf_statement_get_review (statement) == NULL)
    return;
  sf_document_begin_action (document, _("Clear Review Mark"));
  sf_document_set_string (document, SF_NODE (statement), "review", NULL, NULL);
  sf_document_end_action (document);
}

/**
 * sf_edits_link_anchor:
 * @document: a #SfDocument
 * @statement: a statement of its framework
 * @anchor: the id of an O*NET anchor
 *
 * Links @statement to an anchor it does not link yet.
 */
void
sf_edits_link_anchor (SfDocument  *document,
                      SfStatement *statement,
                      const char  *anchor)
{
  const char * const *links;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));
  g_return_if_fail (anchor != NULL);

  links = sf_statement_get_anchors (statement);
  if (links != NULL && g_strv_contains (links, anchor))
    return;
  builder = g_strv_builder_new ();
  if (links != NULL)
    g_strv_builder_addv (builder, (const char **) links);
  g_strv_builder_add (builder, anchor);
  updated = g_strv_builder_end (builder);

  sf_document_begin_action (document, _("Link Anchor"));
  set_links (document, statement, (const char * const *) updated);
  sf_document_end_action (document);
}

static GStrv
without (const char * const *links,
         const char         *anchor)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    if (g_strcmp0 (links[i], anchor) != 0)
      g_strv_builder_add (builder, links[i]);
  return g_strv_builder_end (builder);
}

void
sf_edits_unlink_anchor (SfDocument  *document,
                        SfStatement *statement,
                        const char  *anchor)
{
  g_auto(GStrv) updated = NULL;

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_STATEMENT (statement));

  updated = without (sf_statement_get_anchors (statement), anchor);
  sf_document_begin_action (document, _("Unlink Anchor"));
  set_links (document, statement, (const char * const *) updated);
  sf_document_end_action (document);
}

/**
 * sf_edits_set_job_zone:
 * @document: a #SfDocument
 * @job_zone: an O*NET job zone, 1 to 5
 *
 * Sets the occupation's job zone and, with it, the zone's O*NET name.
 */
void
sf_edits_set_job_zone (SfDocument *document,
                       int         job_zone)
{
  SfOccupation *occupation;

  g_return_if_fail (SF_IS_DOCUMENT (document));

  occupation = sf_framework_get_occupation (sf_document_get_framework (document));
  sf_document_begin_action (document, _("Set Job Zone"));
  sf_document_set_int (document, SF_NODE (occupation), "job_zone", job_zone, NULL);
  sf_document_set_string (document, SF_NODE (occupation), "job_zone_name",
                          job_zone >= 1 && job_zone <= 5 ? sf_onet_reference_job_zone_name (job_zone) : NULL,
                          NULL);
  sf_document_end_action (document);
}

static void
for_each_statement (SfFramework *framework,
                    void       (*func) (SfStatement *statement, gpointer data),
                    gpointer     data)
{
  GPtrArray *sections = items_of (sf_framework_get_sections (framework));

  for (guint i = 0; i < sections->len; i++)
    {
      GPtrArray *statements = items_of (sf_section_get_statements (g_ptr_array_index (sections, i)));

      for (guint j = 0; j < statements->len; j++)
        func (g_ptr_array_index (statements, j), data);
    }
}

/**
 * sf_edits_add_anchor:
 * @document: a #SfDocument
 * @kind: what the anchor is: a task, a skill, …
 *
 * Adds an empty anchor of @kind after the last one of that kind.
 *
 * Returns: (transfer none): the new anchor
 */
SfAnchor *
sf_edits_add_anchor (SfDocument   *document,
                     SfAnchorKind  kind)
{
  SfOnet *onet;
  GPtrArray *anchors;
  g_autoptr(SfAnchor) anchor = sf_anchor_new ();
  guint position;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);

  onet = sf_framework_get_onet (sf_document_get_framework (document));
  anchors = items_of (sf_onet_get_anchors (onet));
  position = anchors->len;
  for (guint i = 0; i < anchors->len; i++)
    if (sf_anchor_get_kind (g_ptr_array_index (anchors, i)) <= kind)
      position = i + 1;

  _sf_node_set_enum (SF_NODE (anchor), "kind", kind);
  sf_document_begin_action (document, _("Add Anchor"));
  sf_document_insert (document, SF_NODE (onet), "anchors", position, SF_NODE (anchor));
  sf_document_end_action (document);
  return anchor;
}

typedef struct
{
  const char *id;
  guint       count;
  SfDocument *document;
} LinkData;

static void
count_link (SfStatement *statement,
            gpointer     data)
{
  LinkData *link = data;
  const char * const *links = sf_statement_get_anchors (statement);

  if (links != NULL && g_strv_contains (links, link->id))
    link->count++;
}

/**
 * sf_edits_count_anchor_links:
 * @framework: a framework
 * @anchor: an anchor id
 *
 * Returns: how many statements link @anchor
 */
guint
sf_edits_count_anchor_links (SfFramework *framework,
                             const char  *anchor)
{
  LinkData data = { anchor, 0, NULL };

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), 0);

  if (anchor != NULL)
    for_each_statement (framework, count_link, &data);
  return data.count;
}

static void
unlink_one (SfStatement *statement,
            gpointer     data)
{
  LinkData *link = data;
  const char * const *links = sf_statement_get_anchors (statement);

  if (links != NULL && g_strv_contains (links, link->id))
    {
      g_auto(GStrv) updated = without (links, link->id);

      set_links (link->document, statement, (const char * const *) updated);
    }
}

/**
 * sf_edits_remove_anchor:
 * @document: a #SfDocument
 * @anchor: an anchor of its framework
 *
 * Removes @anchor and unlinks the statements that link it, in one step.
 */
void
sf_edits_remove_anchor (SfDocument *document,
                        SfAnchor   *anchor)
{
  g_autofree char *id = NULL;
  LinkData data = { NULL, 0, document };

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_ANCHOR (anchor));

  id = g_strdup (sf_anchor_get_id (anchor));
  data.id = id;
  sf_document_begin_action (document, _("Remove Anchor"));
  if (id != NULL)
    for_each_statement (sf_document_get_framework (document), unlink_one, &data);
  sf_edits_remove (document, SF_NODE (anchor), NULL);
  sf_document_end_action (document);
}

/**
 * sf_edits_add_source:
 * @document: a #SfDocument
 *
 * Adds a source, with a new id, at the end of the registry.
 *
 * Returns: (transfer none): the new source
 */
SfSource *
sf_edits_add_source (SfDocument *document)
{
  SfFramework *framework;
  g_autoptr(SfSource) source = sf_source_new ();

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);

  framework = sf_document_get_framework (document);
  sf_document_begin_action (document, _("Add Source"));
  sf_document_insert (document, SF_NODE (framework), "sources",
                      g_list_model_get_n_items (sf_framework_get_sources (framework)), SF_NODE (source));
  sf_document_end_action (document);
  return source;
}

typedef struct
{
  SfDocument *document;
  const char *from;
  const char *to;     /* NULL: remove the citations */
  guint       count;
} SourceData;

static void
rewrite_citations (SfStatement *statement,
                   gpointer     data)
{
  SourceData *use = data;
  GPtrArray *citations = items_of (sf_statement_get_citations (statement));

  for (guint i = citations->len; i > 0; i--)
    {
      SfCitation *citation = g_ptr_array_index (citations, i - 1);

      if (g_strcmp0 (sf_citation_get_source (citation), use->from) != 0)
        continue;
      use->count++;
      if (use->document == NULL)
        continue;
      if (use->to != NULL)
        sf_document_set_string (use->document, SF_NODE (citation), "source", use->to, NULL);
      else
        sf_document_remove (use->document, SF_NODE (statement), "citations", i - 1);
    }
}

/* Citations, evidence groups and the O*NET source member that name @data's
 * source; with a document, changes them. */
static void
visit_source_uses (SfFramework *framework,
                   SourceData  *data)
{
  GPtrArray *groups = items_of (sf_framework_get_evidence (framework));
  SfOnet *onet = sf_framework_get_onet (framework);

  for_each_statement (framework, rewrite_citations, data);
  for (guint i = 0; i < groups->len; i++)
    {
      SfEvidenceGroup *group = g_ptr_array_index (groups, i);

      if (g_strcmp0 (sf_evidence_group_get_source (group), data->from) != 0)
        continue;
      data->count++;
      if (data->document != NULL)
        sf_document_set_string (data->document, SF_NODE (group), "source", data->to, NULL);
    }
  if (g_strcmp0 (sf_onet_get_source (onet), data->from) == 0)
    {
      data->count++;
      if (data->document != NULL)
        sf_document_set_string (data->document, SF_NODE (onet), "source", data->to, NULL);
    }
}

/**
 * sf_edits_count_source_uses:
 * @framework: a framework
 * @source: a source id
 *
 * Returns: how many citations, evidence groups and O*NET settings name
 *   @source
 */
guint
sf_edits_count_source_uses (SfFramework *framework,
                            const char  *source)
{
  SourceData data = { NULL, source, NULL, 0 };

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), 0);

  if (source != NULL)
    visit_source_uses (framework, &data);
  return data.count;
}

/**
 * sf_edits_rename_source:
 * @document: a #SfDocument
 * @source: a source of its framework
 * @id: its new id
 * @error: return location for a #GError
 *
 * Gives @source a new id, and every citation, evidence group and O*NET
 * setting that named the old one the new one, in one step.
 *
 * Returns: %TRUE on success; %FALSE if @id is empty or another source has it
 */
gboolean
sf_edits_rename_source (SfDocument  *document,
                        SfSource    *source,
                        const char  *id,
                        GError     **error)
{
  SfFramework *framework;
  SfSource *other;
  g_autofree char *old = NULL;
  SourceData data = { document, NULL, id, 0 };

  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (SF_IS_SOURCE (source), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  framework = sf_document_get_framework (document);
  if (*id == '\0' || strchr (id, ' ') != NULL)
    {
      g_set_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE,
                   _("A source id must be one word, such as “onet”"));
      return FALSE;
    }
  other = sf_framework_find_source (framework, id);
  if (other != NULL && other != source)
    {
      g_set_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE,
                   _("Another source has the id “%s”"), id);
      return FALSE;
    }
  if (g_strcmp0 (sf_source_get_id (source), id) == 0)
    return TRUE;

  old = g_strdup (sf_source_get_id (source));
  data.from = old;
  sf_document_begin_action (document, _("Rename Source"));
  if (!sf_document_set_string (document, SF_NODE (source), "id", id, error))
    {
      sf_document_end_action (document);
      return FALSE;
    }
  if (old != NULL && *old != '\0')
    visit_source_uses (framework, &data);
  sf_document_end_action (document);
  return TRUE;
}

/**
 * sf_edits_remove_source:
 * @document: a #SfDocument
 * @source: a source of its framework
 *
 * Removes @source with the citations of it, and unsets it where evidence
 * groups and the O*NET settings name it, in one step.
 */
void
sf_edits_remove_source (SfDocument *document,
                        SfSource   *source)
{
  g_autofree char *id = NULL;
  SourceData data = { document, NULL, NULL, 0 };

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_SOURCE (source));

  id = g_strdup (sf_source_get_id (source));
  data.from = id;
  sf_document_begin_action (document, _("Remove Source"));
  if (id != NULL && *id != '\0')
    visit_source_uses (sf_document_get_framework (document), &data);
  sf_edits_remove (document, SF_NODE (source), NULL);
  sf_document_end_action (document);
}

SfEvidenceGroup *
sf_edits_add_evidence_group (SfDocument *document)
{
  SfFramework *framework;
  g_autoptr(SfEvidenceGroup) group = sf_evidence_group_new ();

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);

  framework = sf_document_get_framework (document);
  sf_document_begin_action (document, _("Add Evidence Group"));
  sf_document_insert (document, SF_NODE (framework), "evidence",
                      g_list_model_get_n_items (sf_framework_get_evidence (framework)), SF_NODE (group));
  sf_document_end_action (document);
  return group;
}

SfFigure *
sf_edits_add_figure (SfDocument      *document,
                     SfEvidenceGroup *group)
{
  g_autoptr(SfFigure) figure = sf_figure_new ();

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SF_IS_EVIDENCE_GROUP (group), NULL);

  sf_document_begin_action (document, _("Add Figure"));
  sf_document_insert (document, SF_NODE (group), "figures",
                      g_list_model_get_n_items (sf_evidence_group_get_figures (group)), SF_NODE (figure));
  sf_document_end_action (document);
  return figure;
}

/**
 * sf_edits_remove:
 * @document: a #SfDocument
 * @node: a node in a list of its framework
 * @label: (nullable): the name of the action, such as “Remove Figure”
 *
 * Removes @node from the list that holds it.
 */
void
sf_edits_remove (SfDocument *document,
                 SfNode     *node,
                 const char *label)
{
  SfNode *parent;
  int index;

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_NODE (node));
  g_return_if_fail ((parent = sf_node_get_parent (node)) != NULL);

  index = _sf_node_get_index (node);
  g_return_if_fail (index >= 0);

  sf_document_begin_action (document, label ? label : _("Delete"));
  sf_document_remove (document, parent, sf_node_get_parent_member (node), index);
  sf_document_end_action (document);
}

/* Validation settings */

static SfValidation *
validation_of (SfDocument *document)
{
  return sf_framework_get_validation (sf_document_get_framework (document));
}

/**
 * sf_edits_set_rule_severity:
 * @document: a #SfDocument
 * @rule: a rule id such as `SF505`, or its name
 * @severity: the severity @rule's problems get, or %SF_SEVERITY_OFF to
 *   switch it off
 *
 * Sets the severity of a validation rule in the framework. The setting
 * that names the rule is updated, or one is added; setting the rule's
 * default severity removes its settings, so that the file leaves them out.
 */
void
sf_edits_set_rule_severity (SfDocument *document,
                            const char *rule,
                            SfSeverity  severity)
{
  const SfRule *found;
  SfValidation *validation;
  GPtrArray *items;
  SfRuleSetting *keep = NULL;

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (rule != NULL);
  g_return_if_fail (severity <= SF_SEVERITY_ERROR);
  g_return_if_fail ((found = sf_rule_lookup (rule)) != NULL);

  validation = validation_of (document);
  /* The last setting naming the rule is the one the validator reads: it
   * stays, unless the rule goes back to its default; earlier ones go. */
  keep = sf_validation_find_rule_setting (validation, rule);
  if (severity == found->severity ? keep == NULL
                                  : keep != NULL && sf_rule_setting_get_severity (keep) == severity)
    return;
  if (severity == found->severity)
    keep = NULL;

  sf_document_begin_action (document, _("Set Rule Severity"));
  items = items_of (sf_validation_get_rules (validation));
  for (guint i = items->len; i > 0; i--)
    {
      SfRuleSetting *setting = g_ptr_array_index (items, i - 1);
      const char *named = sf_rule_setting_get_rule (setting);

      if (setting != keep && named != NULL && sf_rule_lookup (named) == found)
        sf_document_remove (document, SF_NODE (validation), "rules", i - 1);
    }
  if (keep != NULL)
    sf_document_set_enum (document, SF_NODE (keep), "severity", severity, NULL);
  else if (severity != found->severity)
    {
      g_autoptr(SfRuleSetting) setting = sf_rule_setting_new ();

      _sf_node_set_string (SF_NODE (setting), "rule", found->id);
      _sf_node_set_enum (SF_NODE (setting), "severity", severity);
      sf_document_insert (document, SF_NODE (validation), "rules",
                          g_list_model_get_n_items (sf_validation_get_rules (validation)),
                          SF_NODE (setting));
    }
  sf_document_end_action (document);
}

/* Removes the expectations for exactly @section and @level except @keep. */
static void
remove_counts (SfDocument         *document,
               SfValidation       *validation,
               const char         *section,
               const char         *level,
               SfCountExpectation *keep)
{
  GPtrArray *items = items_of (sf_validation_get_counts (validation));

  for (guint i = items->len; i > 0; i--)
    {
      SfCountExpectation *expectation = g_ptr_array_index (items, i - 1);

      if (expectation != keep &&
          g_strcmp0 (sf_count_expectation_get_section (expectation), section) == 0 &&
          g_strcmp0 (sf_count_expectation_get_level (expectation), level) == 0)
        sf_document_remove (document, SF_NODE (validation), "counts", i - 1);
    }
}

/**
 * sf_edits_set_count:
 * @document: a #SfDocument
 * @section: a section id, or a section kind such as `durable` for every
 *   section of that kind
 * @level: (nullable): a level id, or %NULL to count the whole section
 * @min: the fewest statements expected, 0 for no minimum
 * @max: the most statements expected, 0 for no maximum
 *
 * @error: return location for a #GError
 *
 * Sets how many statements @section, or its level @level, should hold:
 * the expectation for exactly that section and level is updated, or one is
 * added at the end.
 *
 * Returns: %TRUE on success; %FALSE, changing nothing, if a bound is
 *   negative or the minimum is above the maximum
 */
gboolean
sf_edits_set_count (SfDocument  *document,
                    const char  *section,
                    const char  *level,
                    int          min,
                    int          max,
                    GError     **error)
{
  SfValidation *validation;
  SfCountExpectation *expectation;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (section != NULL && *section != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (min < 0 || max < 0 || (max > 0 && min > max))
    {
      g_set_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE,
                   _("At least %d and at most %d statements cannot both hold"), min, max);
      return FALSE;
    }
  if (level != NULL && *level == '\0')
    level = NULL;
  validation = validation_of (document);
  expectation = sf_validation_find_count (validation, section, level);
  if (expectation != NULL && sf_count_expectation_get_min (expectation) == min &&
      sf_count_expectation_get_max (expectation) == max)
    return TRUE;

  sf_document_begin_action (document, _("Set Expected Count"));
  remove_counts (document, validation, section, level, expectation);
  if (expectation != NULL)
    {
      sf_document_set_int (document, SF_NODE (expectation), "min", min, NULL);
      sf_document_set_int (document, SF_NODE (expectation), "max", max, NULL);
    }
  else
    {
      g_autoptr(SfCountExpectation) added = sf_count_expectation_new ();

      _sf_node_set_string (SF_NODE (added), "section", section);
      if (level != NULL)
        _sf_node_set_string (SF_NODE (added), "level", level);
      _sf_node_set_int (SF_NODE (added), "min", min);
      _sf_node_set_int (SF_NODE (added), "max", max);
      sf_document_insert (document, SF_NODE (validation), "counts",
                          g_list_model_get_n_items (sf_validation_get_counts (validation)),
                          SF_NODE (added));
    }
  sf_document_end_action (document);
  return TRUE;
}

/**
 * sf_edits_remove_count:
 * @document: a #SfDocument
 * @section: a section id or kind
 * @level: (nullable): a level id, or %NULL for the whole section
 *
 * Removes the expectation for exactly @section and @level; what applies
 * then is an expectation for the section's kind, else the default (a level
 * should hold at least one statement, a section any number).
 */
void
sf_edits_remove_count (SfDocument *document,
                       const char *section,
                       const char *level)
{
  SfValidation *validation;

  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (section != NULL);

  if (level != NULL && *level == '\0')
    level = NULL;
  validation = validation_of (document);
  if (sf_validation_find_count (validation, section, level) == NULL)
    return;

  sf_document_begin_action (document, _("Remove Expected Count"));
  remove_counts (document, validation, section, level, NULL);
  sf_document_end_action (document);
}

/**
 * sf_edits_set_cited:
 * @document: a #SfDocument
 * @cited: (nullable) (array zero-terminated=1): the ids or kinds of the
 *   sections whose statements must cite a source, or %NULL for the default
 *
 * Sets which sections need citations. A list that names the default
 * sections unsets the member; an empty one says that no section needs
 * citations.
 */
void
sf_edits_set_cited (SfDocument         *document,
                    const char * const *cited)
{
  SfValidation *validation;
  const char * const *old;

  g_return_if_fail (SF_IS_DOCUMENT (document));

  if (sf_validation_cited_is_default (cited))
    cited = NULL;
  validation = validation_of (document);
  old = sf_validation_get_cited (validation);
  if ((old == NULL && cited == NULL) ||
      (old != NULL && cited != NULL && g_strv_equal ((const char **) old, (const char **) cited)))
    return;

  sf_document_begin_action (document, _("Set Cited Sections"));
  sf_document_set_strv (document, SF_NODE (validation), "cited", cited, NULL);
  sf_document_end_action (document);
}

/**
 * sf_edits_set_length_bounds:
 * @document: a #SfDocument
 * @text_min: the fewest characters of a statement's text, 0 for the default
 * @text_max: the most characters of a statement's text, 0 for the default
 * @title_max: the most characters of a statement's title, 0 for the default
 * @error: return location for a #GError
 *
 * Sets the bounds that SF203 checks statements against. A bound equal to
 * its default is unset, so that the file leaves it out.
 *
 * Returns: %TRUE on success; %FALSE, changing nothing, if a bound is
 *   negative or the text's minimum is above its maximum
 */
gboolean
sf_edits_set_length_bounds (SfDocument  *document,
                            int          text_min,
                            int          text_max,
                            int          title_max,
                            GError     **error)
{
  SfValidation *validation;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text_min < 0 || text_max < 0 || title_max < 0)
    {
      g_set_error_literal (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE,
                           _("A length cannot be negative"));
      return FALSE;
    }
  if ((text_min ?: SF_VALIDATION_DEFAULT_TEXT_MIN) > (text_max ?: SF_VALIDATION_DEFAULT_TEXT_MAX))
    {
      g_set_error (error, SF_DOCUMENT_ERROR, SF_DOCUMENT_ERROR_INVALID_VALUE,
                   _("The shortest text (%d characters) cannot be longer than the longest (%d)"),
                   text_min ?: SF_VALIDATION_DEFAULT_TEXT_MIN, text_max ?: SF_VALIDATION_DEFAULT_TEXT_MAX);
      return FALSE;
    }
  if (text_min == SF_VALIDATION_DEFAULT_TEXT_MIN)
    text_min = 0;
  if (text_max == SF_VALIDATION_DEFAULT_TEXT_MAX)
    text_max = 0;
  if (title_max == SF_VALIDATION_DEFAULT_TITLE_MAX)
    title_max = 0;

  validation = validation_of (document);
  if (sf_validation_get_text_min (validation) == text_min &&
      sf_validation_get_text_max (validation) == text_max &&
      sf_validation_get_title_max (validation) == title_max)
    return TRUE;

  sf_document_begin_action (document, _("Set Length Bounds"));
  sf_document_set_int (document, SF_NODE (validation), "text_min", text_min, NULL);
  sf_document_set_int (document, SF_NODE (validation), "text_max", text_max, NULL);
  sf_document_set_int (document, SF_NODE (validation), "title_max", title_max, NULL);
  sf_document_end_action (document);
  return TRUE;
}
