/* sf-validator-index.c: what the validator checks again after an edit
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Problems are kept in buckets by the object whose check found them: one
 * per statement, section, scale, source, anchor and evidence group, one for
 * the framework and occupation, one per list whose ids must be unique, and
 * one slot per statement for a duplicate id. An edit marks stale the
 * buckets whose checks read what it changed, found through reverse indices
 * kept up to date:
 *
 *   source id → statements citing it, and how often it is cited (SF402,
 *               SF403, SF505)
 *   anchor id → statements linking it, and how often from competency
 *               statements (SF507, SF506)
 *   statement id → statements with that id (SF107)
 *   folded title → statements of a section with that title (SF202)
 *   id → how many sources, anchors have it; scale id → its scale
 *
 * The engine follows the lists it needs (sections, their statements,
 * scales, sources, anchors, evidence groups) with its own copies, as an
 * #SfChange tells where items went but not which. sf-validator.c checks
 * the stale buckets again; the tests check that the result equals a full
 * run after random edits of every kind.
 */

#include "config.h"

#include "sf-node-private.h"
#include "sf-validator-private.h"

typedef Entry *(*AddFunc) (SfValidator *self,
                           SfNode      *node);

static gboolean
is_blank (const char *str)
{
  if (str == NULL)
    return TRUE;
  for (; *str; str = g_utf8_next_char (str))
    if (!g_unichar_isspace (g_utf8_get_char (str)))
      return FALSE;
  return TRUE;
}

/* sf_node_get_id() without looking the member up by name. */
static const char *
id_of (SfNode *node)
{
  if (SF_IS_STATEMENT (node))
    return sf_statement_get_id (SF_STATEMENT (node));
  if (SF_IS_SECTION (node))
    return sf_section_get_id (SF_SECTION (node));
  if (SF_IS_ANCHOR (node))
    return sf_anchor_get_id (SF_ANCHOR (node));
  if (SF_IS_SOURCE (node))
    return sf_source_get_id (SF_SOURCE (node));
  return sf_node_get_id (node);
}

static gboolean
in_framework (SfValidator *self,
              SfNode      *node)
{
  while (sf_node_get_parent (node) != NULL)
    node = sf_node_get_parent (node);
  return node == SF_NODE (self->framework);
}

static void
mark (SfValidator *self,
      Entry       *entry)
{
  if (entry != NULL && !entry->dirty && !entry->dropped)
    {
      entry->dirty = TRUE;
      g_ptr_array_add (self->dirty, entry);
    }
}

static gpointer
lookup_entry (SfValidator *self,
              gpointer     node)
{
  Entry *entry = g_hash_table_lookup (self->entries, node);

  g_assert (entry != NULL);
  return entry;
}

/* Marks the statements of a section: all, or those whose messages name
 * the section (SF401, and statements named by position). */
static void
mark_statements (SfValidator  *self,
                 SectionEntry *section,
                 gboolean      all)
{
  for (guint i = 0; i < section->statements->len; i++)
    {
      StatementEntry *entry = g_ptr_array_index (section->statements, i);

      if (all || entry->n_cited == 0 || is_blank (entry->id))
        mark (self, &entry->base);
    }
}

static void
mark_sections_using (SfValidator *self,
                     const char  *scale,
                     gboolean     statements)
{
  for (guint i = 0; scale != NULL && i < self->sections->len; i++)
    {
      SectionEntry *entry = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (sf_section_get_scale (SF_SECTION (entry->base.node)) ?: "", scale) == 0)
        {
          mark (self, &entry->base);
          mark_statements (self, entry, statements);
        }
    }
}

/* Marks for SF202 the statements of @section with the folded title @key,
 * or, for %NULL, all of them. */
static void
mark_title (SfValidator  *self,
            SectionEntry *section,
            const char   *key)
{
  if (key == NULL)
    section->all_titles_dirty = TRUE;
  else
    {
      if (section->dirty_titles == NULL)
        section->dirty_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (!g_hash_table_contains (section->dirty_titles, key))
        g_hash_table_add (section->dirty_titles, g_strdup (key));
    }
  if (!section->in_dirty_titles)
    {
      section->in_dirty_titles = TRUE;
      g_ptr_array_add (self->dirty_titles, section);
    }
}

/* Objects named by position are named anew when objects before them come
 * or go. */
static void
mark_named_by_position (SfValidator *self,
                        GPtrArray   *mirror,
                        guint        from)
{
  for (guint i = from; i < mirror->len; i++)
    {
      Entry *entry = g_ptr_array_index (mirror, i);
      SfNode *node = entry->node;

      if (!is_blank (id_of (node)))
        continue;
      mark (self, entry);
      if (entry->kind == ENTRY_SECTION)
        {
          mark_statements (self, (SectionEntry *) entry, FALSE);
          mark_title (self, (SectionEntry *) entry, NULL);
        }
      else if (entry->kind == ENTRY_STATEMENT && ((StatementEntry *) entry)->title != NULL)
        mark_title (self, ((StatementEntry *) entry)->section, ((StatementEntry *) entry)->title);
    }
}

/* Reverse indices */

static Ref *
ref_get (GHashTable *refs,
         const char *id)
{
  Ref *ref = g_hash_table_lookup (refs, id);

  if (ref == NULL)
    {
      ref = g_new0 (Ref, 1);
      ref->id = g_strdup (id);
      g_hash_table_insert (refs, ref->id, ref);
    }
  return ref;
}

static void
ref_free (gpointer data)
{
  Ref *ref = data;

  g_clear_pointer (&ref->statements, g_hash_table_unref);
  g_free (ref->id);
  g_free (ref);
}

static void
ref_add_statement (Ref            *ref,
                   StatementEntry *entry)
{
  if (ref->statements == NULL)
    ref->statements = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (ref->statements, entry,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (ref->statements, entry)) + 1));
}

static void
ref_remove_statement (Ref            *ref,
                      StatementEntry *entry)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (ref->statements, entry));

  g_assert (n > 0);
  if (n == 1)
    g_hash_table_remove (ref->statements, entry);
  else
    g_hash_table_insert (ref->statements, entry, GUINT_TO_POINTER (n - 1));
}

static void
ref_drop_if_unused (GHashTable *refs,
                    Ref        *ref)
{
  if (ref->n_uses == 0 && (ref->statements == NULL || g_hash_table_size (ref->statements) == 0))
    g_hash_table_remove (refs, ref->id);
}

static void
mark_referrers (SfValidator *self,
                GHashTable  *refs,
                const char  *id)
{
  Ref *ref = g_hash_table_lookup (refs, id);
  GHashTableIter iter;
  gpointer entry;

  if (ref == NULL || ref->statements == NULL)
    return;
  g_hash_table_iter_init (&iter, ref->statements);
  while (g_hash_table_iter_next (&iter, &entry, NULL))
    mark (self, entry);
}

/* Sources named @id: they become cited or uncited (SF403). */
static void
mark_sources_with_id (SfValidator *self,
                      const char  *id)
{
  for (guint i = 0; i < self->sources->len; i++)
    {
      IdEntry *entry = g_ptr_array_index (self->sources, i);

      if (g_strcmp0 (entry->id ?: "", id) == 0)
        mark (self, &entry->base);
    }
}

/* Anchors named @id: they become covered or uncovered (SF506). */
static void
mark_anchors_with_id (SfValidator *self,
                      const char  *id)
{
  for (guint i = 0; i < self->anchors->len; i++)
    {
      IdEntry *entry = g_ptr_array_index (self->anchors, i);

      if (g_strcmp0 (entry->id ?: "", id) == 0)
        mark (self, &entry->base);
    }
}

static void
use_ref (SfValidator *self,
         Ref         *ref,
         int          delta,
         void       (*mark_with_id) (SfValidator *self, const char *id))
{
  if ((delta > 0 && ref->n_uses++ == 0) || (delta < 0 && --ref->n_uses == 0))
    mark_with_id (self, ref->id);
}

static void
use_source (SfValidator *self,
            const char  *id,
            int          delta)
{
  Ref *ref = ref_get (self->source_refs, id);

  use_ref (self, ref, delta, mark_sources_with_id);
  ref_drop_if_unused (self->source_refs, ref);
}

/* How many objects have an id; TRUE when the first came or the last went. */
static gboolean
count_id (GHashTable *ids,
          const char *id,
          int         delta)
{
  gpointer key = NULL, value = NULL;
  guint n = g_hash_table_lookup_extended (ids, id, &key, &value) ? GPOINTER_TO_UINT (value) : 0;

  if (delta > 0 && n == 0)
    g_hash_table_insert (ids, g_strdup (id), GUINT_TO_POINTER (1));
  else if (delta > 0)
    g_hash_table_insert (ids, g_strdup (id), GUINT_TO_POINTER (n + 1));
  else if (n == 1)
    g_hash_table_remove (ids, id);
  else
    {
      g_assert (n > 1);
      g_hash_table_insert (ids, g_strdup (id), GUINT_TO_POINTER (n - 1));
    }
  return delta > 0 ? n == 0 : n == 1;
}

/* A source id came or went: what cites it may cite nothing now (SF402). */
static void
source_id_counted (SfValidator *self,
                   const char  *id,
                   int          delta)
{
  if (id == NULL || !count_id (self->source_ids, id, delta))
    return;
  mark_referrers (self, self->source_refs, id);
  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupEntry *entry = g_ptr_array_index (self->groups, i);

      if (g_strcmp0 (entry->source, id) == 0)
        mark (self, &entry->base);
    }
}

static void
anchor_id_counted (SfValidator *self,
                   const char  *id,
                   int          delta)
{
  if (id != NULL && count_id (self->anchor_ids, id, delta))
    mark_referrers (self, self->anchor_refs, id);
}

/* Statements */

/* Chains @entry after @first: the table's key stays @first's. */
static void
chain_after (StatementEntry  *first,
             StatementEntry  *entry,
             StatementEntry **(*next) (StatementEntry *entry))
{
  *next (entry) = *next (first);
  *next (first) = entry;
}

static StatementEntry **
next_same_title (StatementEntry *entry)
{
  return &entry->next_same_title;
}

static StatementEntry **
next_same_id (StatementEntry *entry)
{
  return &entry->next_same_id;
}

/* Takes @entry out of the chain that @table has under @key, where the
 * first entry's own string is the key. Returns whether others remain. */
static gboolean
unchain (GHashTable      *table,
         const char      *key,
         StatementEntry  *entry,
         const char    *(*key_of) (StatementEntry *entry),
         StatementEntry **(*next) (StatementEntry *entry))
{
  StatementEntry *first = g_hash_table_lookup (table, key);
  StatementEntry **link;

  if (first == entry)
    {
      g_hash_table_steal (table, key);
      if (*next (entry) != NULL)
        g_hash_table_insert (table, (gpointer) key_of (*next (entry)), *next (entry));
    }
  else
    {
      for (link = next (first); *link != entry; link = next (*link))
        g_assert (*link != NULL);
      *link = *next (entry);
    }
  *next (entry) = NULL;
  return g_hash_table_contains (table, key);
}

static const char *
title_of (StatementEntry *entry)
{
  return entry->title;
}

static const char *
id_of_entry (StatementEntry *entry)
{
  return entry->id;
}

static void
index_title (SfValidator    *self,
             StatementEntry *entry)
{
  SectionEntry *section = entry->section;
  StatementEntry *first;

  entry->title = _sf_validator_fold_title (sf_statement_get_title (SF_STATEMENT (entry->base.node)));
  if (entry->title == NULL)
    return;
  if ((first = g_hash_table_lookup (section->titles, entry->title)) == NULL)
    g_hash_table_insert (section->titles, entry->title, entry);
  else
    {
      chain_after (first, entry, next_same_title);
      mark_title (self, section, entry->title);
    }
}

static void
unindex_title (SfValidator    *self,
               StatementEntry *entry)
{
  if (entry->same_title != NULL)
    g_ptr_array_add (self->removed, g_steal_pointer (&entry->same_title));
  if (entry->title == NULL)
    return;
  if (unchain (entry->section->titles, entry->title, entry, title_of, next_same_title))
    mark_title (self, entry->section, entry->title);
  g_clear_pointer (&entry->title, g_free);
}

static void
mark_id (SfValidator *self,
         const char  *id)
{
  if (!g_hash_table_contains (self->dirty_ids, id))
    g_hash_table_add (self->dirty_ids, g_strdup (id));
}

static void
index_statement_id (SfValidator    *self,
                    StatementEntry *entry)
{
  StatementEntry *first;

  entry->id = g_strdup (sf_statement_get_id (SF_STATEMENT (entry->base.node)));
  if (entry->id == NULL)
    return;
  if ((first = g_hash_table_lookup (self->statement_ids, entry->id)) == NULL)
    g_hash_table_insert (self->statement_ids, entry->id, entry);
  else
    {
      chain_after (first, entry, next_same_id);
      mark_id (self, entry->id);
    }
}

static void
unindex_statement_id (SfValidator    *self,
                      StatementEntry *entry)
{
  if (entry->duplicate != NULL)
    g_ptr_array_add (self->removed, g_steal_pointer (&entry->duplicate));
  if (entry->id == NULL)
    return;
  if (unchain (self->statement_ids, entry->id, entry, id_of_entry, next_same_id))
    mark_id (self, entry->id);
  g_clear_pointer (&entry->id, g_free);
}

static void
index_citations (SfValidator    *self,
                 StatementEntry *entry)
{
  GPtrArray *citations = _sf_node_list_get_items (sf_statement_get_citations (SF_STATEMENT (entry->base.node)));

  entry->n_cited = citations->len;
  entry->cited = citations->len > 0 ? g_new (Ref *, citations->len) : NULL;
  for (guint i = 0; i < citations->len; i++)
    {
      const char *source = sf_citation_get_source (g_ptr_array_index (citations, i));

      /* A citation without a source is checked against the id "", but
       * does not cite it. */
      entry->cited[i] = ref_get (self->source_refs, source ?: "");
      ref_add_statement (entry->cited[i], entry);
      if (source != NULL)
        use_ref (self, entry->cited[i], +1, mark_sources_with_id);
      else
        entry->n_sourceless++;
    }
}

static void
unindex_citations (SfValidator    *self,
                   StatementEntry *entry)
{
  guint sourceless = entry->n_sourceless;

  for (guint i = 0; i < entry->n_cited; i++)
    {
      Ref *ref = entry->cited[i];

      ref_remove_statement (ref, entry);
      if (sourceless > 0 && *ref->id == '\0')
        sourceless--;
      else
        use_ref (self, ref, -1, mark_sources_with_id);
      ref_drop_if_unused (self->source_refs, ref);
    }
  g_clear_pointer (&entry->cited, g_free);
  entry->n_cited = entry->n_sourceless = 0;
}

static void
index_links (SfValidator    *self,
             StatementEntry *entry)
{
  SfStatement *statement = SF_STATEMENT (entry->base.node);
  const char * const *links = sf_statement_get_anchors (statement);
  SfSection *section = SF_SECTION (entry->section->base.node);

  entry->competency = sf_section_get_kind (section) == SF_SECTION_KIND_COMPETENCIES;
  entry->n_links = links != NULL ? g_strv_length ((char **) links) : 0;
  entry->links = entry->n_links > 0 ? g_new (Ref *, entry->n_links) : NULL;
  for (guint i = 0; i < entry->n_links; i++)
    {
      entry->links[i] = ref_get (self->anchor_refs, links[i]);
      ref_add_statement (entry->links[i], entry);
      if (entry->competency)
        use_ref (self, entry->links[i], +1, mark_anchors_with_id);
    }
}

static void
unindex_links (SfValidator    *self,
               StatementEntry *entry)
{
  for (guint i = 0; i < entry->n_links; i++)
    {
      Ref *ref = entry->links[i];

      ref_remove_statement (ref, entry);
      if (entry->competency)
        use_ref (self, ref, -1, mark_anchors_with_id);
      ref_drop_if_unused (self->anchor_refs, ref);
    }
  g_clear_pointer (&entry->links, g_free);
  entry->n_links = 0;
}

static StatementEntry *
add_statement (SfValidator  *self,
               SectionEntry *section,
               SfStatement  *statement)
{
  StatementEntry *entry = g_new0 (StatementEntry, 1);

  entry->base.kind = ENTRY_STATEMENT;
  entry->base.node = g_object_ref (SF_NODE (statement));
  entry->section = section;
  g_hash_table_insert (self->entries, statement, entry);
  index_statement_id (self, entry);
  index_title (self, entry);
  index_citations (self, entry);
  index_links (self, entry);
  mark (self, &entry->base);
  return entry;
}

/* Takes an entry's problems out: they go away with it. */
static void
drop (SfValidator *self,
      Entry       *entry)
{
  if (entry->problems != NULL)
    {
      for (guint i = 0; i < entry->problems->len; i++)
        g_ptr_array_add (self->removed, g_object_ref (g_ptr_array_index (entry->problems, i)));
      g_clear_pointer (&entry->problems, g_ptr_array_unref);
    }
  g_hash_table_steal (self->entries, entry->node);
  entry->dropped = TRUE;
  g_ptr_array_add (self->dropped, entry);
}

static void
remove_statement (SfValidator    *self,
                  StatementEntry *entry)
{
  unindex_statement_id (self, entry);
  unindex_title (self, entry);
  unindex_citations (self, entry);
  unindex_links (self, entry);
  drop (self, &entry->base);
}

/* Sections */

static Entry *
add_section (SfValidator *self,
             SfNode      *node)
{
  SectionEntry *entry = g_new0 (SectionEntry, 1);
  GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (SF_SECTION (node)));

  entry->base.kind = ENTRY_SECTION;
  entry->base.node = g_object_ref (node);
  entry->statements = g_ptr_array_sized_new (statements->len);
  entry->titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (self->entries, node, entry);
  for (guint i = 0; i < statements->len; i++)
    g_ptr_array_add (entry->statements, add_statement (self, entry, g_ptr_array_index (statements, i)));
  mark (self, &entry->base);
  return &entry->base;
}

static void
remove_section (SfValidator *self,
                Entry       *base)
{
  SectionEntry *entry = (SectionEntry *) base;

  for (guint i = 0; i < entry->statements->len; i++)
    remove_statement (self, g_ptr_array_index (entry->statements, i));
  g_ptr_array_set_size (entry->statements, 0);
  drop (self, base);
}

/* Scales, sources, anchors, evidence groups */

static IdEntry *
id_entry_new (SfValidator *self,
              EntryKind    kind,
              SfNode      *node)
{
  IdEntry *entry = g_new0 (IdEntry, 1);

  entry->base.kind = kind;
  entry->base.node = g_object_ref (node);
  entry->id = g_strdup (id_of (node));
  g_hash_table_insert (self->entries, node, entry);
  mark (self, &entry->base);
  return entry;
}

static Entry *
add_scale (SfValidator *self,
           SfNode      *node)
{
  return &id_entry_new (self, ENTRY_SCALE, node)->base;
}

static Entry *
add_source (SfValidator *self,
            SfNode      *node)
{
  IdEntry *entry = id_entry_new (self, ENTRY_SOURCE, node);

  source_id_counted (self, entry->id, +1);
  return &entry->base;
}

static Entry *
add_anchor (SfValidator *self,
            SfNode      *node)
{
  IdEntry *entry = id_entry_new (self, ENTRY_ANCHOR, node);

  anchor_id_counted (self, entry->id, +1);
  return &entry->base;
}

static Entry *
add_group (SfValidator *self,
           SfNode      *node)
{
  GroupEntry *entry = g_new0 (GroupEntry, 1);

  entry->base.kind = ENTRY_GROUP;
  entry->base.node = g_object_ref (node);
  entry->source = g_strdup (sf_evidence_group_get_source (SF_EVIDENCE_GROUP (node)));
  if (entry->source != NULL)
    use_source (self, entry->source, +1);
  g_hash_table_insert (self->entries, node, entry);
  mark (self, &entry->base);
  return &entry->base;
}

static void
remove_other (SfValidator *self,
              Entry       *entry)
{
  if (entry->kind == ENTRY_SOURCE)
    source_id_counted (self, ((IdEntry *) entry)->id, -1);
  else if (entry->kind == ENTRY_ANCHOR)
    anchor_id_counted (self, ((IdEntry *) entry)->id, -1);
  else if (entry->kind == ENTRY_GROUP && ((GroupEntry *) entry)->source != NULL)
    use_source (self, ((GroupEntry *) entry)->source, -1);
  drop (self, entry);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  switch (entry->kind)
    {
    case ENTRY_SECTION:
      g_ptr_array_unref (((SectionEntry *) entry)->statements);
      g_hash_table_unref (((SectionEntry *) entry)->titles);
      g_clear_pointer (&((SectionEntry *) entry)->dirty_titles, g_hash_table_unref);
      break;
    case ENTRY_STATEMENT:
      {
        StatementEntry *statement = (StatementEntry *) entry;

        /* The Refs belong to the tables. */
        g_free (statement->id);
        g_free (statement->title);
        g_free (statement->links);
        g_free (statement->cited);
        g_clear_object (&statement->duplicate);
        g_clear_object (&statement->same_title);
      }
      break;
    case ENTRY_SCALE:
    case ENTRY_SOURCE:
    case ENTRY_ANCHOR:
      g_free (((IdEntry *) entry)->id);
      break;
    case ENTRY_GROUP:
    default:
      g_free (((GroupEntry *) entry)->source);
      break;
    }
  g_clear_pointer (&entry->problems, g_ptr_array_unref);
  g_object_unref (entry->node);
  g_free (entry);
}

static void
rebuild_scale_lookup (SfValidator *self)
{
  g_hash_table_remove_all (self->scale_lookup);
  for (guint i = 0; i < self->scales->len; i++)
    {
      IdEntry *entry = g_ptr_array_index (self->scales, i);

      /* The first of duplicates wins, as sf_list_find_by_id() does. */
      if (entry->id != NULL && !g_hash_table_contains (self->scale_lookup, entry->id))
        g_hash_table_insert (self->scale_lookup, entry->id, entry->base.node);
    }
}

/* Follows a splice of a list whose items the engine follows. */
static void
splice_mirror (SfValidator    *self,
               GPtrArray      *mirror,
               GListModel     *list,
               const SfChange *change,
               AddFunc         add,
               void          (*remove) (SfValidator *self, Entry *entry))
{
  GPtrArray *items = _sf_node_list_get_items (list);

  for (guint i = 0; i < change->removed; i++)
    remove (self, g_ptr_array_index (mirror, change->position + i));
  if (change->removed > 0)
    g_ptr_array_remove_range (mirror, change->position, change->removed);
  for (guint i = 0; i < change->added; i++)
    g_ptr_array_insert (mirror, change->position + i,
                        add (self, g_ptr_array_index (items, change->position + i)));
  g_assert (mirror->len == items->len);
  mark_named_by_position (self, mirror, change->position);
}

/* Edits */

static void
statement_changed (SfValidator    *self,
                   StatementEntry *entry,
                   const SfChange *change)
{
  const char *member = change->member;

  mark (self, &entry->base);
  if (change->kind == SF_CHANGE_LIST)
    {
      unindex_citations (self, entry);
      index_citations (self, entry);
    }
  else if (g_str_equal (member, "id"))
    {
      unindex_statement_id (self, entry);
      index_statement_id (self, entry);
      /* Duplicate titles name statements by id. */
      if (entry->title != NULL)
        mark_title (self, entry->section, entry->title);
    }
  else if (g_str_equal (member, "title"))
    {
      g_autofree char *title = _sf_validator_fold_title (sf_statement_get_title (SF_STATEMENT (entry->base.node)));

      /* The same title but for case or spaces: still in its group, whose
       * problems, which quote titles, are checked again in place. */
      if (title != NULL && g_strcmp0 (title, entry->title) == 0)
        mark_title (self, entry->section, entry->title);
      else
        {
          unindex_title (self, entry);
          index_title (self, entry);
        }
    }
  else if (g_str_equal (member, "level"))
    mark (self, &entry->section->base);
  else if (g_str_equal (member, "anchors"))
    {
      unindex_links (self, entry);
      index_links (self, entry);
    }
}

static void
section_changed (SfValidator    *self,
                 SectionEntry   *entry,
                 const SfChange *change)
{
  SfSection *section = SF_SECTION (entry->base.node);
  const char *member = change->member;

  if (change->kind == SF_CHANGE_LIST)
    {
      GPtrArray *items = _sf_node_list_get_items (sf_section_get_statements (section));

      for (guint i = 0; i < change->removed; i++)
        remove_statement (self, g_ptr_array_index (entry->statements, change->position + i));
      if (change->removed > 0)
        g_ptr_array_remove_range (entry->statements, change->position, change->removed);
      for (guint i = 0; i < change->added; i++)
        g_ptr_array_insert (entry->statements, change->position + i,
                            add_statement (self, entry, g_ptr_array_index (items, change->position + i)));
      g_assert (entry->statements->len == items->len);
      mark_named_by_position (self, entry->statements, change->position);
      mark (self, &entry->base);
    }
  else if (g_str_equal (member, "description"))
    return;
  else if (g_str_equal (member, "kind"))
    {
      /* Competency statements' links cover tasks (SF506). */
      for (guint i = 0; i < entry->statements->len; i++)
        {
          StatementEntry *statement = g_ptr_array_index (entry->statements, i);

          unindex_links (self, statement);
          index_links (self, statement);
        }
      mark (self, &entry->base);
      mark_statements (self, entry, FALSE);
    }
  else
    {
      if (g_str_equal (member, "id"))
        self->id_lists_dirty[ID_LIST_SECTIONS] = TRUE;
      if (g_str_equal (member, "id") || g_str_equal (member, "title"))
        mark_title (self, entry, NULL);
      mark (self, &entry->base);
      /* A scale's levels are every statement's business (SF105); the
       * title and id only that of statements that name the section. */
      mark_statements (self, entry, g_str_equal (member, "scale"));
    }
}

static void
scales_spliced (SfValidator    *self,
                const SfChange *change)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *items = _sf_node_list_get_items (sf_framework_get_scales (self->framework));

  /* The sections using the ids of scales that came or went. */
  for (guint i = 0; i < change->removed; i++)
    {
      IdEntry *entry = g_ptr_array_index (self->scales, change->position + i);

      if (entry->id != NULL)
        g_ptr_array_add (ids, g_strdup (entry->id));
    }
  for (guint i = 0; i < change->added; i++)
    {
      const char *id = sf_scale_get_id (g_ptr_array_index (items, change->position + i));

      if (id != NULL)
        g_ptr_array_add (ids, g_strdup (id));
    }
  splice_mirror (self, self->scales, sf_framework_get_scales (self->framework), change, add_scale,
                 remove_other);
  rebuild_scale_lookup (self);
  for (guint i = 0; i < ids->len; i++)
    mark_sections_using (self, g_ptr_array_index (ids, i), TRUE);
  self->id_lists_dirty[ID_LIST_SCALES] = TRUE;
}

static void
scale_changed (SfValidator    *self,
               IdEntry        *entry,
               const SfChange *change)
{
  if (change->kind == SF_CHANGE_MEMBER && g_str_equal (change->member, "id"))
    {
      g_autofree char *old = g_steal_pointer (&entry->id);

      entry->id = g_strdup (sf_scale_get_id (SF_SCALE (entry->base.node)));
      rebuild_scale_lookup (self);
      mark_sections_using (self, old, TRUE);
      mark_sections_using (self, entry->id, TRUE);
      self->id_lists_dirty[ID_LIST_SCALES] = TRUE;
    }
  else if (change->kind == SF_CHANGE_LIST)
    {
      mark (self, &entry->base);
      mark_sections_using (self, entry->id, TRUE);
    }
}

static void
level_changed (SfValidator    *self,
               IdEntry        *scale,
               const SfChange *change)
{
  if (g_str_equal (change->member, "id"))
    {
      mark (self, &scale->base);
      mark_sections_using (self, scale->id, TRUE);
    }
  else if (g_str_equal (change->member, "name"))
    mark_sections_using (self, scale->id, FALSE);
}

static void
source_changed (SfValidator    *self,
                IdEntry        *entry,
                const SfChange *change)
{
  mark (self, &entry->base);
  if (g_str_equal (change->member, "id"))
    {
      g_autofree char *old = g_steal_pointer (&entry->id);

      entry->id = g_strdup (sf_source_get_id (SF_SOURCE (entry->base.node)));
      source_id_counted (self, old, -1);
      source_id_counted (self, entry->id, +1);
      self->id_lists_dirty[ID_LIST_SOURCES] = TRUE;
    }
}

static void
anchor_changed (SfValidator    *self,
                IdEntry        *entry,
                const SfChange *change)
{
  mark (self, &entry->base);
  if (g_str_equal (change->member, "id"))
    {
      g_autofree char *old = g_steal_pointer (&entry->id);

      entry->id = g_strdup (sf_anchor_get_id (SF_ANCHOR (entry->base.node)));
      anchor_id_counted (self, old, -1);
      anchor_id_counted (self, entry->id, +1);
      self->id_lists_dirty[ID_LIST_ANCHORS] = TRUE;
    }
}

static void
group_changed (SfValidator    *self,
               GroupEntry     *entry,
               const SfChange *change)
{
  mark (self, &entry->base);
  if (change->kind == SF_CHANGE_LIST)
    return;
  if (g_str_equal (change->member, "source"))
    {
      if (entry->source != NULL)
        use_source (self, entry->source, -1);
      g_clear_pointer (&entry->source, g_free);
      entry->source = g_strdup (sf_evidence_group_get_source (SF_EVIDENCE_GROUP (entry->base.node)));
      if (entry->source != NULL)
        use_source (self, entry->source, +1);
    }
  else if (g_str_equal (change->member, "id"))
    self->id_lists_dirty[ID_LIST_EVIDENCE] = TRUE;
}

static void
onet_changed (SfValidator    *self,
              const SfChange *change)
{
  SfOnet *onet = sf_framework_get_onet (self->framework);

  if (change->kind == SF_CHANGE_LIST)
    {
      splice_mirror (self, self->anchors, sf_onet_get_anchors (onet), change, add_anchor,
                     remove_other);
      self->id_lists_dirty[ID_LIST_ANCHORS] = TRUE;
    }
  else if (g_str_equal (change->member, "release"))
    {
      /* O*NET's element lists and names depend on the release (SF501–504),
       * and the O*NET source's edition is compared with it (SF405). */
      for (guint i = 0; i < self->anchors->len; i++)
        mark (self, g_ptr_array_index (self->anchors, i));
      mark_sources_with_id (self, self->onet_source);
    }
  else if (g_str_equal (change->member, "source"))
    {
      g_autofree char *old = g_steal_pointer (&self->onet_source);

      self->onet_source = g_strdup (sf_onet_get_source (onet) ?: "onet");
      /* SF505 looks for citations of O*NET; SF403 counts O*NET as cited,
       * SF405 checks its edition. */
      mark_referrers (self, self->source_refs, old);
      mark_referrers (self, self->source_refs, self->onet_source);
      mark_sources_with_id (self, old);
      mark_sources_with_id (self, self->onet_source);
    }
}

static void
framework_changed (SfValidator    *self,
                   const SfChange *change)
{
  SfFramework *framework = self->framework;
  const char *member = change->member;

  if (change->kind == SF_CHANGE_MEMBER)
    {
      if (g_str_equal (member, "id") || g_str_equal (member, "version"))
        self->framework_dirty = TRUE;
    }
  else if (g_str_equal (member, "sections"))
    {
      splice_mirror (self, self->sections, sf_framework_get_sections (framework), change,
                     add_section, remove_section);
      self->id_lists_dirty[ID_LIST_SECTIONS] = TRUE;
    }
  else if (g_str_equal (member, "scales"))
    scales_spliced (self, change);
  else if (g_str_equal (member, "evidence"))
    {
      splice_mirror (self, self->groups, sf_framework_get_evidence (framework), change, add_group,
                     remove_other);
      self->id_lists_dirty[ID_LIST_EVIDENCE] = TRUE;
    }
  else if (g_str_equal (member, "sources"))
    {
      splice_mirror (self, self->sources, sf_framework_get_sources (framework), change,
                     add_source, remove_other);
      self->id_lists_dirty[ID_LIST_SOURCES] = TRUE;
    }
}

/* Building and clearing */

static void
add_all (SfValidator *self,
         GPtrArray   *mirror,
         GListModel  *list,
         AddFunc      add)
{
  GPtrArray *items = _sf_node_list_get_items (list);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (mirror, add (self, g_ptr_array_index (items, i)));
}

/* Follows the whole framework, every bucket stale. */
void
_sf_validator_index_build (SfValidator *self)
{
  SfFramework *framework = self->framework;
  SfOnet *onet = sf_framework_get_onet (framework);

  self->onet_source = g_strdup (sf_onet_get_source (onet) ?: "onet");
  add_all (self, self->scales, sf_framework_get_scales (framework), add_scale);
  rebuild_scale_lookup (self);
  add_all (self, self->sources, sf_framework_get_sources (framework), add_source);
  add_all (self, self->anchors, sf_onet_get_anchors (onet), add_anchor);
  add_all (self, self->groups, sf_framework_get_evidence (framework), add_group);
  add_all (self, self->sections, sf_framework_get_sections (framework), add_section);
  self->framework_dirty = TRUE;
  for (guint i = 0; i < N_ID_LISTS; i++)
    self->id_lists_dirty[i] = TRUE;
}

/* Forgets everything, the buckets too (the problem list keeps its
 * problems). */
void
_sf_validator_index_clear (SfValidator *self)
{
  g_ptr_array_set_size (self->sections, 0);
  g_ptr_array_set_size (self->scales, 0);
  g_ptr_array_set_size (self->sources, 0);
  g_ptr_array_set_size (self->anchors, 0);
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->dirty, 0);
  g_ptr_array_set_size (self->dirty_titles, 0);
  g_ptr_array_set_size (self->dropped, 0);
  g_hash_table_remove_all (self->scale_lookup);
  g_hash_table_remove_all (self->entries);
  g_hash_table_remove_all (self->statement_ids);
  g_hash_table_remove_all (self->source_refs);
  g_hash_table_remove_all (self->anchor_refs);
  g_hash_table_remove_all (self->source_ids);
  g_hash_table_remove_all (self->anchor_ids);
  g_hash_table_remove_all (self->dirty_ids);
  g_clear_pointer (&self->framework_problems, g_ptr_array_unref);
  for (guint i = 0; i < N_ID_LISTS; i++)
    g_clear_pointer (&self->id_problems[i], g_ptr_array_unref);
  g_clear_pointer (&self->onet_source, g_free);
}

static void
append_all (GPtrArray *out,
            GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (out, g_object_ref (g_ptr_array_index (problems, i)));
}

/* Adds every problem in the buckets to @out, in no order. */
void
_sf_validator_index_collect (SfValidator *self,
                             GPtrArray   *out)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Entry *entry = value;

      append_all (out, entry->problems);
      if (entry->kind == ENTRY_STATEMENT)
        {
          StatementEntry *statement = (StatementEntry *) entry;

          if (statement->duplicate != NULL)
            g_ptr_array_add (out, g_object_ref (statement->duplicate));
          if (statement->same_title != NULL)
            g_ptr_array_add (out, g_object_ref (statement->same_title));
        }
    }
  append_all (out, self->framework_problems);
  for (guint i = 0; i < N_ID_LISTS; i++)
    append_all (out, self->id_problems[i]);
}

/*
 * _sf_validator_index_change:
 * @change: what an edit changed, after it was applied
 *
 * Follows @change and marks stale what it can affect.
 *
 * Returns: %FALSE if everything needs checking again
 */
gboolean
_sf_validator_index_change (SfValidator    *self,
                            const SfChange *change)
{
  SfNode *node = change->node;

  if (change->kind == SF_CHANGE_EXTRAS || !in_framework (self, node))
    return TRUE;

  if (SF_IS_STATEMENT (node))
    statement_changed (self, lookup_entry (self, node), change);
  else if (SF_IS_CITATION (node))
    {
      StatementEntry *entry = lookup_entry (self, sf_node_get_parent (node));

      mark (self, &entry->base);
      if (g_str_equal (change->member, "source"))
        {
          unindex_citations (self, entry);
          index_citations (self, entry);
        }
    }
  else if (SF_IS_SECTION (node))
    section_changed (self, lookup_entry (self, node), change);
  else if (SF_IS_SOURCE (node))
    source_changed (self, lookup_entry (self, node), change);
  else if (SF_IS_ANCHOR (node))
    anchor_changed (self, lookup_entry (self, node), change);
  else if (SF_IS_EVIDENCE_GROUP (node))
    group_changed (self, lookup_entry (self, node), change);
  else if (SF_IS_FIGURE (node))
    mark (self, lookup_entry (self, sf_node_get_parent (node)));
  else if (SF_IS_SCALE (node))
    scale_changed (self, lookup_entry (self, node), change);
  else if (SF_IS_LEVEL (node))
    level_changed (self, lookup_entry (self, sf_node_get_parent (node)), change);
  else if (SF_IS_ONET (node))
    onet_changed (self, change);
  else if (SF_IS_OCCUPATION (node))
    self->framework_dirty = !g_str_equal (change->member, "context");
  else if (SF_IS_FRAMEWORK (node))
    framework_changed (self, change);
  else
    return FALSE;   /* the validation settings: every rule reads them */
  return TRUE;
}

void
_sf_validator_index_init (SfValidator *self)
{
  self->scale_lookup = g_hash_table_new (g_str_hash, g_str_equal);
  self->source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->anchor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  self->sections = g_ptr_array_new ();
  self->scales = g_ptr_array_new ();
  self->sources = g_ptr_array_new ();
  self->anchors = g_ptr_array_new ();
  self->groups = g_ptr_array_new ();
  self->statement_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->source_refs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, ref_free);
  self->anchor_refs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, ref_free);
  self->dirty = g_ptr_array_new ();
  self->dirty_titles = g_ptr_array_new ();
  self->dropped = g_ptr_array_new_with_free_func (entry_free);
  self->dirty_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
_sf_validator_index_finalize (SfValidator *self)
{
  _sf_validator_index_clear (self);
  g_clear_pointer (&self->scale_lookup, g_hash_table_unref);
  g_clear_pointer (&self->source_ids, g_hash_table_unref);
  g_clear_pointer (&self->anchor_ids, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->scales, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->anchors, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->statement_ids, g_hash_table_unref);
  g_clear_pointer (&self->source_refs, g_hash_table_unref);
  g_clear_pointer (&self->anchor_refs, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_ptr_array_unref);
  g_clear_pointer (&self->dirty_titles, g_ptr_array_unref);
  g_clear_pointer (&self->dropped, g_ptr_array_unref);
  g_clear_pointer (&self->dirty_ids, g_hash_table_unref);
}
