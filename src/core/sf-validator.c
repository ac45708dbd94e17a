/* sf-validator.c: the validation engine
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The validator keeps the problems of a framework up to date as a document
 * edits it: sf-validator-index.c finds what an edit made stale; this file
 * checks it again with the rules of sf-validator-rules.c, keeps the
 * objects of problems that did not change, the counts and the problem
 * list, and tells what changed. An edit to the validation settings checks
 * everything again, still changing the list only where problems differ.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-node-private.h"
#include "sf-problem-list-private.h"
#include "sf-validator-private.h"

/* The section a node's problems count in. */
typedef struct
{
  SfSection *section;
  guint      n_problems;
} Record;

G_DEFINE_FINAL_TYPE (SfValidator, sf_validator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_PROBLEMS,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_INFOS,
  N_PROPS
};

enum {
  PROBLEMS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Updating problems */

/* An order of problems by content, to match the old and new problems of a
 * bucket in one pass. */
static int
compare_content (gconstpointer a,
                 gconstpointer b)
{
  SfProblem *pa = *(SfProblem **) a;
  SfProblem *pb = *(SfProblem **) b;
  gconstpointer xa, xb;

  if ((xa = sf_problem_get_node (pa)) != (xb = sf_problem_get_node (pb)) ||
      (xa = sf_problem_get_rule (pa)) != (xb = sf_problem_get_rule (pb)) ||
      (xa = sf_problem_get_member (pa)) != (xb = sf_problem_get_member (pb)))
    return xa < xb ? -1 : 1;
  if (sf_problem_get_severity (pa) != sf_problem_get_severity (pb))
    return sf_problem_get_severity (pa) < sf_problem_get_severity (pb) ? -1 : 1;
  return g_strcmp0 (sf_problem_get_message (pa), sf_problem_get_message (pb));
}

/* A new problem: the equal one found before a full run when there is one,
 * else recorded as appeared. Returns it. */
static SfProblem *
appear (SfValidator *self,
        SfProblem   *problem)
{
  GPtrArray *same;

  if (self->pool != NULL && (same = g_hash_table_lookup (self->pool, problem)) != NULL &&
      same->len > 0)
    {
      g_object_unref (problem);
      return g_ptr_array_steal_index_fast (same, same->len - 1);
    }
  g_ptr_array_add (self->added, g_object_ref (problem));
  return problem;
}

/* Makes *@bucket hold @fresh (taken), keeping the objects of problems that
 * did not change, and records what appeared and went away. */
static void
update_bucket (SfValidator *self,
               GPtrArray  **bucket,
               GPtrArray   *fresh)
{
  GPtrArray *old = *bucket;
  guint i = 0, j = 0;

  if (old != NULL && old->len > 0 && fresh->len > 0)
    {
      g_ptr_array_sort (old, compare_content);
      g_ptr_array_sort (fresh, compare_content);
    }
  while (j < fresh->len)
    {
      int cmp = old != NULL && i < old->len ? compare_content (&old->pdata[i], &fresh->pdata[j]) : 1;

      if (cmp == 0)
        {
          g_object_unref (fresh->pdata[j]);
          fresh->pdata[j++] = g_object_ref (old->pdata[i++]);
        }
      else if (cmp < 0)
        g_ptr_array_add (self->removed, g_object_ref (old->pdata[i++]));
      else
        {
          fresh->pdata[j] = appear (self, fresh->pdata[j]);
          j++;
        }
    }
  for (; old != NULL && i < old->len; i++)
    g_ptr_array_add (self->removed, g_object_ref (old->pdata[i]));

  g_clear_pointer (bucket, g_ptr_array_unref);
  if (fresh->len > 0)
    *bucket = fresh;
  else
    g_ptr_array_unref (fresh);
}

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* Checking again */

/* update_bucket() for a bucket of at most one problem. */
static void
update_slot (SfValidator  *self,
             SfProblem   **slot,
             GPtrArray    *fresh)
{
  GPtrArray *bucket = NULL;

  if (*slot != NULL)
    {
      bucket = new_problems ();
      g_ptr_array_add (bucket, g_steal_pointer (slot));
    }
  update_bucket (self, &bucket, fresh);
  if (bucket != NULL)
    {
      g_assert (bucket->len == 1);
      *slot = g_object_ref (g_ptr_array_index (bucket, 0));
      g_ptr_array_unref (bucket);
    }
}

static void
check_entry (SfValidator *self,
             Entry       *entry)
{
  GPtrArray *fresh = new_problems ();
  SfNode *node = entry->node;
  const char *id;
  Ref *ref;

  switch (entry->kind)
    {
    case ENTRY_SECTION:
      _sf_validator_check_section (self, SF_SECTION (node), fresh);
      break;
    case ENTRY_STATEMENT:
      _sf_validator_check_statement (self, SF_SECTION (((StatementEntry *) entry)->section->base.node),
                                     SF_STATEMENT (node), fresh);
      break;
    case ENTRY_SCALE:
      _sf_validator_check_scale (self, SF_SCALE (node), fresh);
      break;
    case ENTRY_SOURCE:
      /* O*NET counts as cited: the anchors rest on it. */
      id = ((IdEntry *) entry)->id ?: "";
      ref = g_hash_table_lookup (self->source_refs, id);
      _sf_validator_check_source (self, SF_SOURCE (node),
                                  g_str_equal (id, self->onet_source) || (ref && ref->n_uses > 0),
                                  fresh);
      break;
    case ENTRY_ANCHOR:
      ref = g_hash_table_lookup (self->anchor_refs, ((IdEntry *) entry)->id ?: "");
      _sf_validator_check_anchor (self, SF_ANCHOR (node), ref && ref->n_uses > 0, fresh);
      break;
    case ENTRY_GROUP:
    default:
      _sf_validator_check_group (self, SF_EVIDENCE_GROUP (node), fresh);
      break;
    }
  update_bucket (self, &entry->problems, fresh);
}

static int
compare_statement_order (gconstpointer a,
                         gconstpointer b)
{
  StatementEntry *sa = *(StatementEntry **) a;
  StatementEntry *sb = *(StatementEntry **) b;
  int x = _sf_node_get_index (sa->section->base.node), y = _sf_node_get_index (sb->section->base.node);

  if (x == y)
    {
      x = _sf_node_get_index (sa->base.node);
      y = _sf_node_get_index (sb->base.node);
    }
  return (x > y) - (x < y);
}

/* SF107 for the statements with @id: all but the first in document order. */
static void
check_duplicates (SfValidator *self,
                  const char  *id)
{
  g_autoptr(GPtrArray) same = g_ptr_array_new ();

  for (StatementEntry *entry = g_hash_table_lookup (self->statement_ids, id); entry != NULL;
       entry = entry->next_same_id)
    g_ptr_array_add (same, entry);
  if (same->len > 1)
    g_ptr_array_sort (same, compare_statement_order);

  for (guint i = 0; i < same->len; i++)
    {
      StatementEntry *entry = g_ptr_array_index (same, i);
      GPtrArray *fresh = new_problems ();

      if (i > 0)
        _sf_validator_report_duplicate (self, entry->base.node, _("statement"), fresh);
      update_slot (self, &entry->duplicate, fresh);
    }
}

static int
compare_in_section (gconstpointer a,
                    gconstpointer b)
{
  int x = _sf_node_get_index ((*(StatementEntry **) a)->base.node);
  int y = _sf_node_get_index ((*(StatementEntry **) b)->base.node);

  return (x > y) - (x < y);
}

/* SF202 for the statements of a title: all but the first. */
static void
check_same_title (SfValidator    *self,
                  SectionEntry   *section,
                  StatementEntry *chain)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  StatementEntry *first;

  if (chain->next_same_title == NULL && chain->same_title == NULL)
    return;
  for (StatementEntry *entry = chain; entry != NULL; entry = entry->next_same_title)
    g_ptr_array_add (members, entry);
  g_ptr_array_sort (members, compare_in_section);

  first = g_ptr_array_index (members, 0);
  for (guint i = 0; i < members->len; i++)
    {
      StatementEntry *entry = g_ptr_array_index (members, i);
      GPtrArray *fresh = new_problems ();

      if (i > 0)
        _sf_validator_report_same_title (self, SF_SECTION (section->base.node),
                                         SF_STATEMENT (entry->base.node),
                                         SF_STATEMENT (first->base.node), fresh);
      update_slot (self, &entry->same_title, fresh);
    }
}

static void
check_titles (SfValidator  *self,
              SectionEntry *section)
{
  GHashTableIter iter;
  gpointer key, first;

  if (section->all_titles_dirty)
    {
      g_hash_table_iter_init (&iter, section->titles);
      while (g_hash_table_iter_next (&iter, NULL, &first))
        check_same_title (self, section, first);
    }
  else if (section->dirty_titles != NULL)
    {
      g_hash_table_iter_init (&iter, section->dirty_titles);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if ((first = g_hash_table_lookup (section->titles, key)) != NULL)
          check_same_title (self, section, first);
    }
  section->all_titles_dirty = FALSE;
  g_clear_pointer (&section->dirty_titles, g_hash_table_unref);
}

/* Checks what the edits since the last call made stale. The problems that
 * appeared and went away are added to self->added and self->removed. */
static void
check_stale (SfValidator *self)
{
  GHashTableIter iter;
  gpointer id;

  for (guint i = 0; i < self->dirty->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->dirty, i);

      entry->dirty = FALSE;
      if (!entry->dropped)
        check_entry (self, entry);
    }
  g_ptr_array_set_size (self->dirty, 0);

  g_hash_table_iter_init (&iter, self->dirty_ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    check_duplicates (self, id);
  g_hash_table_remove_all (self->dirty_ids);

  for (guint i = 0; i < self->dirty_titles->len; i++)
    {
      SectionEntry *section = g_ptr_array_index (self->dirty_titles, i);

      section->in_dirty_titles = FALSE;
      if (!section->base.dropped)
        check_titles (self, section);
    }
  g_ptr_array_set_size (self->dirty_titles, 0);

  if (self->framework_dirty)
    {
      GPtrArray *fresh = new_problems ();

      _sf_validator_check_framework (self, fresh);
      update_bucket (self, &self->framework_problems, fresh);
      self->framework_dirty = FALSE;
    }
  for (IdList list = 0; list < N_ID_LISTS; list++)
    if (self->id_lists_dirty[list])
      {
        GPtrArray *fresh = new_problems ();

        _sf_validator_check_id_list (self, list, fresh);
        update_bucket (self, &self->id_problems[list], fresh);
        self->id_lists_dirty[list] = FALSE;
      }
  g_ptr_array_set_size (self->dropped, 0);
}

/* Counts */

static SfSection *
section_of (SfNode *node)
{
  for (; node != NULL; node = sf_node_get_parent (node))
    if (SF_IS_SECTION (node))
      return SF_SECTION (node);
  return NULL;
}

/* Counts a problem in or out. A node's section is looked up when its first
 * problem comes, while it is in the framework, and kept until its last
 * goes, which may be after the node left. */
static void
count_problem (SfValidator *self,
               SfProblem   *problem,
               int          delta)
{
  SfNode *node = sf_problem_get_node (problem);
  SfSeverity severity = sf_problem_get_severity (problem);
  Record *record = g_hash_table_lookup (self->records, node);
  SfSection *section;

  if (record == NULL)
    {
      g_assert (delta > 0);
      record = g_new0 (Record, 1);
      record->section = section_of (node);
      g_hash_table_insert (self->records, node, record);
    }
  record->n_problems += delta;
  self->counts[severity] += delta;

  if ((section = record->section) != NULL)
    {
      guint *counts = g_hash_table_lookup (self->section_counts, section);

      if (counts == NULL)
        {
          counts = g_new0 (guint, SF_SEVERITY_ERROR + 1);
          g_hash_table_insert (self->section_counts, g_object_ref (section), counts);
        }
      counts[severity] += delta;
      if (counts[SF_SEVERITY_INFO] + counts[SF_SEVERITY_WARNING] + counts[SF_SEVERITY_ERROR] == 0)
        g_hash_table_remove (self->section_counts, section);
    }
  if (record->n_problems == 0)
    g_hash_table_remove (self->records, node);
}

static void
notify_counts (SfValidator *self,
               const guint *before)
{
  static const guint props[] = {
    [SF_SEVERITY_INFO] = PROP_N_INFOS,
    [SF_SEVERITY_WARNING] = PROP_N_WARNINGS,
    [SF_SEVERITY_ERROR] = PROP_N_ERRORS,
  };

  for (SfSeverity severity = SF_SEVERITY_INFO; severity <= SF_SEVERITY_ERROR; severity++)
    if (before[severity] != self->counts[severity])
      g_object_notify_by_pspec (G_OBJECT (self), properties[props[severity]]);
}

/* The nodes of the problems that went and came, each once. */
static GPtrArray *
changed_nodes (GPtrArray *removed,
               GPtrArray *added)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *nodes = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *arrays[] = { removed, added };

  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    for (guint i = 0; i < arrays[a]->len; i++)
      {
        SfNode *node = sf_problem_get_node (g_ptr_array_index (arrays[a], i));

        if (g_hash_table_add (seen, node))
          g_ptr_array_add (nodes, g_object_ref (node));
      }
  return nodes;
}

/* Brings the counts and the problem list up to date with what appeared and
 * went away, and tells. */
static void
apply (SfValidator *self)
{
  g_autoptr(GPtrArray) removed = g_steal_pointer (&self->removed);
  g_autoptr(GPtrArray) added = g_steal_pointer (&self->added);
  g_autoptr(GPtrArray) nodes = NULL;
  guint before[SF_SEVERITY_ERROR + 1];

  /* Fresh arrays: handlers may query the validator. */
  self->removed = new_problems ();
  self->added = new_problems ();
  if (removed->len == 0 && added->len == 0)
    return;

  memcpy (before, self->counts, sizeof before);
  if (g_signal_has_handler_pending (self, signals[PROBLEMS_CHANGED], 0, FALSE))
    nodes = changed_nodes (removed, added);
  for (guint i = 0; i < removed->len; i++)
    count_problem (self, g_ptr_array_index (removed, i), -1);
  for (guint i = 0; i < added->len; i++)
    count_problem (self, g_ptr_array_index (added, i), +1);

  _sf_problem_list_update (self->problems, removed, added);
  notify_counts (self, before);
  if (nodes != NULL)
    g_signal_emit (self, signals[PROBLEMS_CHANGED], 0, nodes);
}

/* Validating everything */

static guint
problem_hash (gconstpointer data)
{
  SfProblem *problem = (SfProblem *) data;

  return g_direct_hash (sf_problem_get_node (problem)) ^
         g_direct_hash (sf_problem_get_rule (problem)) ^
         g_str_hash (sf_problem_get_message (problem) ?: "");
}

static gboolean
problem_equal (gconstpointer a,
               gconstpointer b)
{
  return sf_problem_equal ((SfProblem *) a, (SfProblem *) b);
}

static void
append_all (GPtrArray *out,
            GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (out, g_object_ref (g_ptr_array_index (problems, i)));
}

/**
 * sf_validator_validate_all:
 * @self: a #SfValidator
 *
 * Validates the whole framework again, as after a change that did not go
 * through an attached #SfDocument. Problems found again keep their objects
 * and, where the order allows, their places in the problem list.
 */
void
sf_validator_validate_all (SfValidator *self)
{
  GPtrArray *items;
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) all = new_problems ();
  g_autoptr(GPtrArray) gone = new_problems ();
  g_autoptr(GPtrArray) nodes = NULL;
  GPtrArray *fresh;
  GHashTableIter iter;
  gpointer value;
  guint before[SF_SEVERITY_ERROR + 1];

  g_return_if_fail (SF_IS_VALIDATOR (self));

  /* The problems found before, by content, to keep their objects; @old
   * keeps the pool's keys alive. */
  items = _sf_problem_list_get_items (self->problems);
  old = g_ptr_array_new_full (items->len, g_object_unref);
  if (items->len > 0)
    self->pool = g_hash_table_new_full (problem_hash, problem_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < items->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (items, i);
      GPtrArray *same = g_hash_table_lookup (self->pool, problem);

      g_ptr_array_add (old, g_object_ref (problem));
      if (same == NULL)
        g_hash_table_insert (self->pool, problem, same = new_problems ());
      g_ptr_array_add (same, g_object_ref (problem));
    }

  _sf_validator_index_clear (self);
  g_clear_pointer (&self->settings_problems, g_ptr_array_unref);
  _sf_validator_resolve_settings (self);
  _sf_validator_index_build (self);
  check_stale (self);
  fresh = new_problems ();
  _sf_validator_check_settings (self, fresh);
  update_bucket (self, &self->settings_problems, fresh);

  /* Everything now found, in document order. */
  _sf_validator_index_collect (self, all);
  append_all (all, self->settings_problems);
  _sf_problems_sort (all);

  /* What was found before and not now went away. */
  if (self->pool != NULL)
    {
      g_hash_table_iter_init (&iter, self->pool);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        append_all (gone, value);
      g_clear_pointer (&self->pool, g_hash_table_unref);
    }
  if (g_signal_has_handler_pending (self, signals[PROBLEMS_CHANGED], 0, FALSE))
    nodes = changed_nodes (gone, self->added);
  g_ptr_array_set_size (self->added, 0);
  g_ptr_array_set_size (self->removed, 0);

  memcpy (before, self->counts, sizeof before);
  memset (self->counts, 0, sizeof self->counts);
  g_hash_table_remove_all (self->records);
  g_hash_table_remove_all (self->section_counts);
  for (guint i = 0; i < all->len; i++)
    count_problem (self, g_ptr_array_index (all, i), +1);

  _sf_problem_list_replace (self->problems, all);
  notify_counts (self, before);
  if (nodes != NULL && nodes->len > 0)
    g_signal_emit (self, signals[PROBLEMS_CHANGED], 0, nodes);
}

/* Edits */

/**
 * sf_validator_apply_change:
 * @self: a #SfValidator
 * @change: what an edit of the validator's framework changed, after it
 *   was applied
 *
 * Validates again what @change can affect, and updates the problem list
 * and the counts. sf_validator_attach() calls it for every edit.
 */
void
sf_validator_apply_change (SfValidator    *self,
                           const SfChange *change)
{
  g_return_if_fail (SF_IS_VALIDATOR (self));
  g_return_if_fail (change != NULL);

  if (!_sf_validator_index_change (self, change))
    {
      sf_validator_validate_all (self);
      return;
    }
  check_stale (self);
  apply (self);
}

static void
on_document_changed (SfValidator *self,
                     SfChange    *change)
{
  sf_validator_apply_change (self, change);
}

/* The object */

static void
sf_validator_finalize (GObject *object)
{
  SfValidator *self = SF_VALIDATOR (object);

  _sf_validator_index_finalize (self);
  g_clear_pointer (&self->settings_problems, g_ptr_array_unref);
  g_clear_object (&self->framework);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->cited_keys, g_hash_table_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->added, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);
  g_clear_pointer (&self->section_counts, g_hash_table_unref);

  G_OBJECT_CLASS (sf_validator_parent_class)->finalize (object);
}

static void
sf_validator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfValidator *self = SF_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    case PROP_PROBLEMS:
      g_value_set_object (value, self->problems);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->counts[SF_SEVERITY_ERROR]);
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->counts[SF_SEVERITY_WARNING]);
      break;

    case PROP_N_INFOS:
      g_value_set_uint (value, self->counts[SF_SEVERITY_INFO]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_validator_class_init (SfValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_validator_finalize;
  object_class->get_property = sf_validator_get_property;

  /**
   * SfValidator:framework:
   *
   * The framework validated.
   */
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, SF_TYPE_FRAMEWORK, flags);

  /**
   * SfValidator:problems:
   *
   * The problems, as sf_validator_get_problems() gives them.
   */
  properties[PROP_PROBLEMS] =
    g_param_spec_object ("problems", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * SfValidator:n-errors:
   *
   * How many problems of severity %SF_SEVERITY_ERROR there are.
   */
  properties[PROP_N_ERRORS] = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * SfValidator:n-warnings:
   *
   * How many problems of severity %SF_SEVERITY_WARNING there are.
   */
  properties[PROP_N_WARNINGS] = g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * SfValidator:n-infos:
   *
   * How many problems of severity %SF_SEVERITY_INFO there are.
   */
  properties[PROP_N_INFOS] = g_param_spec_uint ("n-infos", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfValidator::problems-changed:
   * @self: the validator
   * @nodes: (element-type SfNode): the objects whose problems changed
   *
   * Emitted once an edit has been handled, if problems appeared or went
   * away, with the objects they are about (sf_problem_get_node()), each
   * once: the objects whose marks a view shows again. Some of them may
   * have left the framework with the edit. The problem list and the
   * counts are up to date.
   */
  signals[PROBLEMS_CHANGED] =
    g_signal_new ("problems-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
sf_validator_init (SfValidator *self)
{
  self->problems = _sf_problem_list_new ();
  self->cited_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->removed = new_problems ();
  self->added = new_problems ();
  self->records = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->section_counts = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  _sf_validator_index_init (self);
}

/**
 * sf_validator_new:
 * @framework: the framework to validate
 *
 * Creates a validator and validates @framework.
 *
 * Returns: (transfer full): a new #SfValidator
 */
SfValidator *
sf_validator_new (SfFramework *framework)
{
  SfValidator *self;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SF_TYPE_VALIDATOR, NULL);
  self->framework = g_object_ref (framework);
  sf_validator_validate_all (self);
  return self;
}

/**
 * sf_validator_attach:
 * @self: a #SfValidator
 * @document: the document that edits the validator's framework
 *
 * Keeps the problems up to date as @document is edited, validating again
 * only what each edit can affect. The framework must not have changed
 * since the validator last validated it.
 */
void
sf_validator_attach (SfValidator *self,
                     SfDocument  *document)
{
  g_return_if_fail (SF_IS_VALIDATOR (self));
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (sf_document_get_framework (document) == self->framework);

  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
}

/**
 * sf_validator_get_framework:
 * @self: a #SfValidator
 *
 * Returns: (transfer none): the framework validated
 */
SfFramework *
sf_validator_get_framework (SfValidator *self)
{
  g_return_val_if_fail (SF_IS_VALIDATOR (self), NULL);

  return self->framework;
}

/**
 * sf_validator_get_problems:
 * @self: a #SfValidator
 *
 * The problems as a list that changes in place as the framework is
 * edited: #SfProblem items in document order (by the place of the
 * problem's object, then its member, rule id and message). A problem that
 * stays the same keeps its object and place; #GListModel::items-changed
 * tells only of problems that appeared or went away.
 *
 * Returns: (transfer none): a #GListModel of #SfProblem
 */
GListModel *
sf_validator_get_problems (SfValidator *self)
{
  g_return_val_if_fail (SF_IS_VALIDATOR (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * sf_validator_collect:
 * @self: a #SfValidator
 *
 * Returns: (transfer full) (element-type SfProblem): every problem, in
 *   document order: a copy of the problem list's items
 */
GPtrArray *
sf_validator_collect (SfValidator *self)
{
  GPtrArray *items;
  GPtrArray *out;

  g_return_val_if_fail (SF_IS_VALIDATOR (self), NULL);

  items = _sf_problem_list_get_items (self->problems);
  out = g_ptr_array_new_full (items->len, g_object_unref);
  append_all (out, items);
  return out;
}

/**
 * sf_validator_dup_problems_for:
 * @self: a #SfValidator
 * @node: an object of the framework
 * @with_descendants: whether to include the problems of the objects inside
 *   @node, such as a statement's citations
 *
 * Returns: (transfer full) (element-type SfProblem): the problems of
 *   @node, in document order; none when @node is not in the framework
 */
GPtrArray *
sf_validator_dup_problems_for (SfValidator *self,
                               SfNode      *node,
                               gboolean     with_descendants)
{
  GPtrArray *items;
  GPtrArray *out;
  guint start, end;

  g_return_val_if_fail (SF_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (SF_IS_NODE (node), NULL);

  out = g_ptr_array_new_with_free_func (g_object_unref);
  if (!with_descendants && !g_hash_table_contains (self->records, node))
    return out;

  items = _sf_problem_list_get_items (self->problems);
  _sf_problem_list_find_range (self->problems, node, with_descendants, &start, &end);
  for (guint i = start; i < end; i++)
    g_ptr_array_add (out, g_object_ref (g_ptr_array_index (items, i)));
  return out;
}

/**
 * sf_validator_count:
 * @self: a #SfValidator
 * @severity: a severity
 *
 * Returns: how many problems of @severity there are
 */
guint
sf_validator_count (SfValidator *self,
                    SfSeverity   severity)
{
  g_return_val_if_fail (SF_IS_VALIDATOR (self), 0);
  g_return_val_if_fail (severity <= SF_SEVERITY_ERROR, 0);

  return self->counts[severity];
}

/**
 * sf_validator_count_in_section:
 * @self: a #SfValidator
 * @section: a section of the framework
 * @severity: a severity
 *
 * Counts the problems of @severity in @section: those of the section, its
 * statements and their citations. Problems of the framework as a whole
 * count in no section.
 *
 * Returns: how many problems of @severity @section has
 */
guint
sf_validator_count_in_section (SfValidator *self,
                               SfSection   *section,
                               SfSeverity   severity)
{
  guint *counts;

  g_return_val_if_fail (SF_IS_VALIDATOR (self), 0);
  g_return_val_if_fail (SF_IS_SECTION (section), 0);
  g_return_val_if_fail (severity <= SF_SEVERITY_ERROR, 0);

  counts = g_hash_table_lookup (self->section_counts, section);
  return counts != NULL ? counts[severity] : 0;
}

/**
 * sf_validator_find_same_title:
 * @self: a #SfValidator
 * @statement: a statement of the framework
 *
 * Finds the statement that SF202 compares @statement with: the first
 * other statement of its section whose title is the same, compared as
 * SF202 compares them (case-folded, runs of white space as one).
 *
 * Returns: (transfer none) (nullable): that statement, or %NULL
 */
SfStatement *
sf_validator_find_same_title (SfValidator *self,
                              SfStatement *statement)
{
  SfNode *section = sf_node_get_parent (SF_NODE (statement));
  g_autofree char *key = NULL;
  GListModel *statements;

  g_return_val_if_fail (SF_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), NULL);

  if (!SF_IS_SECTION (section) ||
      (key = _sf_validator_fold_title (sf_statement_get_title (statement))) == NULL)
    return NULL;
  statements = sf_section_get_statements (SF_SECTION (section));
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) other = g_list_model_get_item (statements, i);
      g_autofree char *other_key = NULL;

      if (other == statement)
        continue;
      other_key = _sf_validator_fold_title (sf_statement_get_title (other));
      if (g_strcmp0 (key, other_key) == 0)
        return other;   /* the section holds it */
    }
  return NULL;
}
