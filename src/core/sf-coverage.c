/* sf-coverage.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-coverage.h"
#include "sf-node-private.h"

/**
 * SfCoverage:
 *
 * How well a framework's statements are cited and grounded, as figures
 * taken at one moment: for each section and each level of its scale, the
 * statements, those with a citation and those that link an O*NET anchor
 * (a last cell per section holds the statements whose level is not on the
 * scale, when there are any); and for each O*NET task anchor, the
 * statements of competency sections that link it, the tasks that none
 * covers first.
 *
 * A coverage does not follow edits: it holds references to the nodes it
 * counted, and a view makes a new one when sf_coverage_change_impact() says
 * an edit changed the figures, counting again only the sections and tasks
 * it changed (sf_coverage_update()). On the generated 10,000-statement
 * framework a full count takes 1.3 ms, the largest section's 0.7 ms
 * (tests/bench/bench-editor.c).
 */
struct _SfCoverage
{
  GObject         parent_instance;

  GPtrArray      *rows;     /* Row */
  GPtrArray      *tasks;    /* SfTaskCoverage */
  SfCellCoverage  total;
  guint           n_uncovered;
};

typedef struct
{
  SfSection *section;
  SfScale   *scale;
  GArray    *cells;         /* SfCellCoverage */
} Row;

G_DEFINE_FINAL_TYPE (SfCoverage, sf_coverage, G_TYPE_OBJECT)

static void
cell_clear (gpointer data)
{
  SfCellCoverage *cell = data;

  g_clear_object (&cell->section);
  g_clear_object (&cell->level);
}

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_object_unref (row->section);
  g_clear_object (&row->scale);
  g_array_unref (row->cells);
}

/* Rows are shared by the coverages that sf_coverage_update() makes. */
static void
row_release (gpointer data)
{
  g_rc_box_release_full (data, row_clear);
}

static void
task_free (gpointer data)
{
  SfTaskCoverage *task = data;

  g_object_unref (task->anchor);
  g_ptr_array_unref (task->statements);
  g_free (task);
}

static gboolean
links_anchor (const char * const *links,
              GHashTable         *anchor_ids)
{
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    if (g_hash_table_contains (anchor_ids, links[i]))
      return TRUE;
  return FALSE;
}

/* Adds @statement to the tasks it links, once each even if it links one
 * twice. */
static void
count_tasks (SfStatement *statement,
             GHashTable  *tasks_by_id)
{
  const char * const *links = sf_statement_get_anchors (statement);

  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      GPtrArray *tasks = g_hash_table_lookup (tasks_by_id, links[i]);

      for (guint j = 0; tasks != NULL && j < tasks->len; j++)
        {
          SfTaskCoverage *task = g_ptr_array_index (tasks, j);
          GPtrArray *statements = task->statements;

          if (statements->len == 0 || g_ptr_array_index (statements, statements->len - 1) != statement)
            g_ptr_array_add (statements, g_object_ref (statement));
        }
    }
}

typedef struct
{
  const char *id;
  guint       index;
} Column;

static Row *
count_section (SfFramework *framework,
               SfSection   *section,
               GHashTable  *anchor_ids)
{
  SfScale *scale = sf_framework_find_scale (framework, sf_section_get_scale (section));
  GPtrArray *levels = scale ? _sf_node_list_get_items (sf_scale_get_levels (scale)) : NULL;
  GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  SfCellCoverage other = { 0 };
  guint last = 0;
  Row *row = g_rc_box_new0 (Row);

  row->section = g_object_ref (section);
  row->scale = scale ? g_object_ref (scale) : NULL;
  row->cells = g_array_new (FALSE, TRUE, sizeof (SfCellCoverage));
  g_array_set_clear_func (row->cells, cell_clear);

  /* A scale with two levels of one id: the statements go to the first. */
  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      SfLevel *level = g_ptr_array_index (levels, i);
      SfCellCoverage cell = { g_object_ref (section), g_object_ref (level), 0, 0, 0 };
      Column column = { sf_level_get_id (level), i };

      g_array_append_val (row->cells, cell);
      if (column.id != NULL)
        g_array_append_val (columns, column);
    }

  for (guint i = 0; i < statements->len; i++)
    {
      SfStatement *statement = g_ptr_array_index (statements, i);
      const char *level = sf_statement_get_level (statement);
      SfCellCoverage *cell = &other;
      const char * const *links;

      /* A handful of levels, and statements mostly grouped by level: the
       * last level found first, then the others in order, is cheaper than
       * hashing every statement's level (measured: a third of the pass). */
      if (level != NULL && columns->len > 0)
        {
          if (g_str_equal (level, g_array_index (columns, Column, last).id))
            cell = &g_array_index (row->cells, SfCellCoverage, g_array_index (columns, Column, last).index);
          else
            for (guint j = 0; j < columns->len; j++)
              if (g_str_equal (level, g_array_index (columns, Column, j).id))
                {
                  last = j;
                  cell = &g_array_index (row->cells, SfCellCoverage, g_array_index (columns, Column, j).index);
                  break;
                }
        }

      cell->n_statements++;
      if (g_list_model_get_n_items (sf_statement_get_citations (statement)) > 0)
        cell->n_cited++;
      links = sf_statement_get_anchors (statement);
      if (links != NULL && links[0] != NULL && links_anchor (links, anchor_ids))
        cell->n_anchored++;
    }

  if (other.n_statements > 0)
    {
      other.section = g_object_ref (section);
      g_array_append_val (row->cells, other);
    }
  return row;
}

/* Uncovered first, then the fewest statements, then in document order. */
static int
compare_tasks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SfTaskCoverage *x = *(SfTaskCoverage * const *) a;
  const SfTaskCoverage *y = *(SfTaskCoverage * const *) b;
  GHashTable *order = user_data;

  if (x->statements->len != y->statements->len)
    return x->statements->len < y->statements->len ? -1 : 1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (order, x)) -
         (int) GPOINTER_TO_UINT (g_hash_table_lookup (order, y));
}

static GHashTable *
anchor_ids_of (SfFramework *framework)
{
  GPtrArray *anchors = _sf_node_list_get_items (sf_onet_get_anchors (sf_framework_get_onet (framework)));
  GHashTable *anchor_ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < anchors->len; i++)
    {
      const char *id = sf_anchor_get_id (g_ptr_array_index (anchors, i));

      if (id != NULL)
        g_hash_table_add (anchor_ids, (gpointer) id);
    }
  return anchor_ids;
}

static void
count_all_tasks (SfCoverage  *self,
                 SfFramework *framework)
{
  GPtrArray *sections = _sf_node_list_get_items (sf_framework_get_sections (framework));
  GPtrArray *anchors = _sf_node_list_get_items (sf_onet_get_anchors (sf_framework_get_onet (framework)));
  g_autoptr(GHashTable) tasks_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) order = g_hash_table_new (NULL, NULL);

  self->tasks = g_ptr_array_new_with_free_func (task_free);
  for (guint i = 0; i < anchors->len; i++)
    {
      SfAnchor *anchor = g_ptr_array_index (anchors, i);
      const char *id = sf_anchor_get_id (anchor);
      SfTaskCoverage *task;
      GPtrArray *same_id;

      if (sf_anchor_get_kind (anchor) != SF_ANCHOR_KIND_TASK)
        continue;
      task = g_new0 (SfTaskCoverage, 1);
      task->anchor = g_object_ref (anchor);
      task->statements = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (order, task, GUINT_TO_POINTER (self->tasks->len));
      g_ptr_array_add (self->tasks, task);
      if (id == NULL)
        continue;
      if ((same_id = g_hash_table_lookup (tasks_by_id, id)) == NULL)
        {
          same_id = g_ptr_array_new ();
          g_hash_table_insert (tasks_by_id, (gpointer) id, same_id);
        }
      g_ptr_array_add (same_id, task);
    }

  for (guint i = 0; self->tasks->len > 0 && i < sections->len; i++)
    {
      SfSection *section = g_ptr_array_index (sections, i);
      GPtrArray *statements;

      if (sf_section_get_kind (section) != SF_SECTION_KIND_COMPETENCIES)
        continue;
      statements = _sf_node_list_get_items (sf_section_get_statements (section));
      for (guint j = 0; j < statements->len; j++)
        count_tasks (g_ptr_array_index (statements, j), tasks_by_id);
    }

  g_ptr_array_sort_with_data (self->tasks, compare_tasks, order);
  for (guint i = 0; i < self->tasks->len; i++)
    if (((SfTaskCoverage *) g_ptr_array_index (self->tasks, i))->statements->len == 0)
      self->n_uncovered++;
}

static void
add_up (SfCoverage *self)
{
  memset (&self->total, 0, sizeof self->total);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      for (guint j = 0; j < row->cells->len; j++)
        {
          const SfCellCoverage *cell = &g_array_index (row->cells, SfCellCoverage, j);

          self->total.n_statements += cell->n_statements;
          self->total.n_cited += cell->n_cited;
          self->total.n_anchored += cell->n_anchored;
        }
    }
}

static void
compute (SfCoverage  *self,
         SfFramework *framework)
{
  GPtrArray *sections = _sf_node_list_get_items (sf_framework_get_sections (framework));
  g_autoptr(GHashTable) anchor_ids = anchor_ids_of (framework);

  self->rows = g_ptr_array_new_with_free_func (row_release);
  for (guint i = 0; i < sections->len; i++)
    g_ptr_array_add (self->rows, count_section (framework, g_ptr_array_index (sections, i), anchor_ids));
  count_all_tasks (self, framework);
  add_up (self);
}

static void
sf_coverage_finalize (GObject *object)
{
  SfCoverage *self = SF_COVERAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->tasks, g_ptr_array_unref);

  G_OBJECT_CLASS (sf_coverage_parent_class)->finalize (object);
}

static void
sf_coverage_class_init (SfCoverageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_coverage_finalize;
}

static void
sf_coverage_init (SfCoverage *self)
{
}

/**
 * sf_coverage_new:
 * @framework: a framework
 *
 * Counts, in one pass over the statements, the coverage of @framework as
 * it is now.
 *
 * A statement is cited when it has at least one citation, whatever its
 * source, and anchored when it links at least one id of an anchor of the
 * framework, of any kind; a link to an id that names no anchor is no
 * grounding. Statements without a level, or with a level that is not on
 * their section's scale (or in a section whose scale does not exist), go
 * to the section's last cell, whose level is %NULL.
 *
 * Returns: (transfer full): the coverage
 */
SfCoverage *
sf_coverage_new (SfFramework *framework)
{
  SfCoverage *self;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SF_TYPE_COVERAGE, NULL);
  compute (self, framework);
  return self;
}

/**
 * sf_coverage_get_n_sections:
 * @self: a #SfCoverage
 *
 * Returns: the number of sections, the rows of the map
 */
guint
sf_coverage_get_n_sections (SfCoverage *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), 0);

  return self->rows->len;
}

/**
 * sf_coverage_get_section:
 * @self: a #SfCoverage
 * @index: a section's index, in document order
 *
 * Returns: (transfer none): the section
 */
SfSection *
sf_coverage_get_section (SfCoverage *self,
                         guint       index)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return ((Row *) g_ptr_array_index (self->rows, index))->section;
}

/**
 * sf_coverage_get_scale:
 * @self: a #SfCoverage
 * @index: a section's index
 *
 * Returns: (transfer none) (nullable): the scale of the section, whose
 *   levels are its cells, or %NULL if it names none of the framework
 */
SfScale *
sf_coverage_get_scale (SfCoverage *self,
                       guint       index)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return ((Row *) g_ptr_array_index (self->rows, index))->scale;
}

/**
 * sf_coverage_get_n_cells:
 * @self: a #SfCoverage
 * @section_index: a section's index
 *
 * Returns: the number of the section's cells: the levels of its scale, and
 *   one more if some of its statements are on none of them
 */
guint
sf_coverage_get_n_cells (SfCoverage *self,
                         guint       section_index)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), 0);
  g_return_val_if_fail (section_index < self->rows->len, 0);

  return ((Row *) g_ptr_array_index (self->rows, section_index))->cells->len;
}

/**
 * sf_coverage_get_cell:
 * @self: a #SfCoverage
 * @section_index: a section's index
 * @cell_index: a cell's index in the section, in the order of the scale's
 *   levels
 *
 * Returns: (transfer none): the cell's figures, valid as long as @self
 */
const SfCellCoverage *
sf_coverage_get_cell (SfCoverage *self,
                      guint       section_index,
                      guint       cell_index)
{
  Row *row;

  g_return_val_if_fail (SF_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (section_index < self->rows->len, NULL);

  row = g_ptr_array_index (self->rows, section_index);
  g_return_val_if_fail (cell_index < row->cells->len, NULL);
  return &g_array_index (row->cells, SfCellCoverage, cell_index);
}

/**
 * sf_coverage_find_cell:
 * @self: a #SfCoverage
 * @section: a section
 * @level: (nullable): a level id of its scale, or %NULL for the statements
 *   whose level is not on it
 *
 * Returns: (transfer none) (nullable): the cell's figures, or %NULL if
 *   there is no such cell
 */
const SfCellCoverage *
sf_coverage_find_cell (SfCoverage *self,
                       SfSection  *section,
                       const char *level)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row->section != section)
        continue;
      for (guint j = 0; j < row->cells->len; j++)
        {
          const SfCellCoverage *cell = &g_array_index (row->cells, SfCellCoverage, j);

          if (level == NULL ? cell->level == NULL
                            : cell->level != NULL && g_strcmp0 (sf_level_get_id (cell->level), level) == 0)
            return cell;
        }
    }
  return NULL;
}

/**
 * sf_coverage_get_total:
 * @self: a #SfCoverage
 * @total: (out caller-allocates): the figures of every statement of the
 *   framework; its section and level are %NULL
 */
void
sf_coverage_get_total (SfCoverage     *self,
                       SfCellCoverage *total)
{
  g_return_if_fail (SF_IS_COVERAGE (self));
  g_return_if_fail (total != NULL);

  *total = self->total;
}

/**
 * sf_coverage_get_n_tasks:
 * @self: a #SfCoverage
 *
 * Returns: the number of O*NET task anchors
 */
guint
sf_coverage_get_n_tasks (SfCoverage *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), 0);

  return self->tasks->len;
}

/**
 * sf_coverage_get_task:
 * @self: a #SfCoverage
 * @index: an index: the tasks are sorted by the number of statements that
 *   link them, the uncovered ones first, and otherwise kept in document order
 *
 * Returns: (transfer none): the task's coverage, valid as long as @self
 */
const SfTaskCoverage *
sf_coverage_get_task (SfCoverage *self,
                      guint       index)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (index < self->tasks->len, NULL);

  return g_ptr_array_index (self->tasks, index);
}

/**
 * sf_coverage_get_n_uncovered_tasks:
 * @self: a #SfCoverage
 *
 * Returns: the number of O*NET tasks that no competency statement links
 */
guint
sf_coverage_get_n_uncovered_tasks (SfCoverage *self)
{
  g_return_val_if_fail (SF_IS_COVERAGE (self), 0);

  return self->n_uncovered;
}

/**
 * sf_coverage_same_shape:
 * @a: a #SfCoverage
 * @b: another
 *
 * Whether two coverages have the same sections, in the same order, with
 * the same cells, so that a map of @a shows @b by changing figures only.
 *
 * Returns: %TRUE if they do
 */
gboolean
sf_coverage_same_shape (SfCoverage *a,
                        SfCoverage *b)
{
  g_return_val_if_fail (SF_IS_COVERAGE (a), FALSE);
  g_return_val_if_fail (SF_IS_COVERAGE (b), FALSE);

  if (a->rows->len != b->rows->len)
    return FALSE;
  for (guint i = 0; i < a->rows->len; i++)
    {
      Row *x = g_ptr_array_index (a->rows, i);
      Row *y = g_ptr_array_index (b->rows, i);

      if (x->section != y->section || x->scale != y->scale || x->cells->len != y->cells->len)
        return FALSE;
      for (guint j = 0; j < x->cells->len; j++)
        if (g_array_index (x->cells, SfCellCoverage, j).level != g_array_index (y->cells, SfCellCoverage, j).level)
          return FALSE;
    }
  return TRUE;
}

/**
 * sf_coverage_same_tasks:
 * @a: a #SfCoverage
 * @b: another
 *
 * Returns: whether the two list the same tasks in the same order, each
 *   linked by the same statements
 */
gboolean
sf_coverage_same_tasks (SfCoverage *a,
                        SfCoverage *b)
{
  g_return_val_if_fail (SF_IS_COVERAGE (a), FALSE);
  g_return_val_if_fail (SF_IS_COVERAGE (b), FALSE);

  if (a->tasks->len != b->tasks->len)
    return FALSE;
  for (guint i = 0; i < a->tasks->len; i++)
    {
      SfTaskCoverage *x = g_ptr_array_index (a->tasks, i);
      SfTaskCoverage *y = g_ptr_array_index (b->tasks, i);

      if (x->anchor != y->anchor || x->statements->len != y->statements->len)
        return FALSE;
      for (guint j = 0; j < x->statements->len; j++)
        if (g_ptr_array_index (x->statements, j) != g_ptr_array_index (y->statements, j))
          return FALSE;
    }
  return TRUE;
}

/**
 * sf_cell_coverage_equal:
 * @a: a cell's figures
 * @b: another's
 *
 * Returns: whether they are of the same section and level, with the same
 *   figures
 */
gboolean
sf_cell_coverage_equal (const SfCellCoverage *a,
                        const SfCellCoverage *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->section == b->section && a->level == b->level && a->n_statements == b->n_statements &&
         a->n_cited == b->n_cited && a->n_anchored == b->n_anchored;
}

/**
 * sf_coverage_percent:
 * @part: a count
 * @whole: the count it is part of
 *
 * A share in whole percent, for people: rounded, except that only none is
 * 0 % and only all is 100 % (9,999 of 10,000 is 99 %, not 100 %).
 *
 * Returns: the share of @part in @whole, from 0 to 100; 0 if @whole is 0
 */
guint
sf_coverage_percent (guint part,
                     guint whole)
{
  guint percent;

  if (whole == 0 || part == 0)
    return 0;
  if (part >= whole)
    return 100;
  percent = (guint) (((guint64) part * 200 + whole) / ((guint64) whole * 2));
  return CLAMP (percent, 1, 99);
}

/**
 * sf_coverage_update:
 * @previous: the coverage of @framework before some edits
 * @framework: the framework, as it is now
 * @sections: (nullable) (element-type SfSection): the sections to count
 *   again, as sf_coverage_change_impact() named them
 * @tasks: whether to find again which statements cover each task
 *
 * Counts again only what edits changed, sharing the rest with @previous:
 * after a citation added to one statement, one section is counted, not
 * ten thousand statements. The edits must not have changed the list of
 * sections, the scales or the anchors (sf_coverage_change_impact() says
 * %SF_COVERAGE_IMPACT_ALL for those); if the sections are not those of
 * @previous, everything is counted again.
 *
 * Returns: (transfer full): the coverage of @framework
 */
SfCoverage *
sf_coverage_update (SfCoverage  *previous,
                    SfFramework *framework,
                    GPtrArray   *sections,
                    gboolean     tasks)
{
  GPtrArray *current;
  g_autoptr(GHashTable) anchor_ids = NULL;
  SfCoverage *self;

  g_return_val_if_fail (SF_IS_COVERAGE (previous), NULL);
  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  current = _sf_node_list_get_items (sf_framework_get_sections (framework));
  if (current->len != previous->rows->len)
    return sf_coverage_new (framework);
  for (guint i = 0; i < current->len; i++)
    if (((Row *) g_ptr_array_index (previous->rows, i))->section != g_ptr_array_index (current, i))
      return sf_coverage_new (framework);

  self = g_object_new (SF_TYPE_COVERAGE, NULL);
  self->rows = g_ptr_array_new_full (previous->rows->len, row_release);
  for (guint i = 0; i < previous->rows->len; i++)
    g_ptr_array_add (self->rows, g_rc_box_acquire (g_ptr_array_index (previous->rows, i)));

  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      SfSection *section = g_ptr_array_index (sections, i);

      if (anchor_ids == NULL)
        anchor_ids = anchor_ids_of (framework);
      for (guint j = 0; j < self->rows->len; j++)
        if (((Row *) g_ptr_array_index (self->rows, j))->section == section)
          {
            row_release (g_ptr_array_index (self->rows, j));
            self->rows->pdata[j] = count_section (framework, section, anchor_ids);
            break;
          }
    }

  if (tasks)
    count_all_tasks (self, framework);
  else
    {
      self->tasks = g_ptr_array_ref (previous->tasks);
      self->n_uncovered = previous->n_uncovered;
    }
  add_up (self);
  return self;
}

/**
 * sf_coverage_change_impact:
 * @change: an edit, as #SfDocument::changed tells it
 * @section: (out) (transfer none) (optional) (nullable): with
 *   %SF_COVERAGE_IMPACT_SECTION, the section to count again
 *
 * What an edit may change in a coverage, or in what a map of it names: a
 * statement's level or citations change its section's figures, its
 * anchors those and the tasks it covers, the title of a competency
 * statement that links anchors the list of tasks; the sections, scales,
 * levels and anchors change everything. Typing in a statement's text, a
 * citation's locator or a source changes nothing.
 *
 * Returns: the parts to compute again, for sf_coverage_update(), or
 *   %SF_COVERAGE_IMPACT_ALL for sf_coverage_new()
 */
SfCoverageImpact
sf_coverage_change_impact (const SfChange  *change,
                           SfSection      **section)
{
  SfNode *node, *parent;
  gboolean competencies;

  g_return_val_if_fail (change != NULL, SF_COVERAGE_IMPACT_NONE);

  if (section != NULL)
    *section = NULL;
  node = change->node;
  if (change->kind == SF_CHANGE_EXTRAS || change->member == NULL)
    return SF_COVERAGE_IMPACT_NONE;

  if (SF_IS_STATEMENT (node))
    {
      const char * const *links = sf_statement_get_anchors (SF_STATEMENT (node));

      parent = sf_node_get_parent (node);
      if (!SF_IS_SECTION (parent))
        return SF_COVERAGE_IMPACT_NONE;
      competencies = sf_section_get_kind (SF_SECTION (parent)) == SF_SECTION_KIND_COMPETENCIES;
      if (g_str_equal (change->member, "title"))
        return competencies && links != NULL && links[0] != NULL ? SF_COVERAGE_IMPACT_TASKS
                                                                 : SF_COVERAGE_IMPACT_NONE;
      if (!g_str_equal (change->member, "level") && !g_str_equal (change->member, "citations") &&
          !g_str_equal (change->member, "anchors"))
        return SF_COVERAGE_IMPACT_NONE;
      if (section != NULL)
        *section = SF_SECTION (parent);
      if (g_str_equal (change->member, "anchors") && competencies)
        return SF_COVERAGE_IMPACT_SECTION | SF_COVERAGE_IMPACT_TASKS;
      return SF_COVERAGE_IMPACT_SECTION;
    }

  if (SF_IS_SECTION (node))
    {
      if (g_str_equal (change->member, "description"))
        return SF_COVERAGE_IMPACT_NONE;
      if (section != NULL)
        *section = SF_SECTION (node);
      /* The kind decides whether its statements cover tasks; a statement
       * that goes may have covered some. */
      if (g_str_equal (change->member, "kind") ||
          (g_str_equal (change->member, "statements") &&
           sf_section_get_kind (SF_SECTION (node)) == SF_SECTION_KIND_COMPETENCIES))
        return SF_COVERAGE_IMPACT_SECTION | SF_COVERAGE_IMPACT_TASKS;
      return SF_COVERAGE_IMPACT_SECTION;
    }

  if (SF_IS_FRAMEWORK (node))
    return g_str_equal (change->member, "sections") || g_str_equal (change->member, "scales") ||
           g_str_equal (change->member, "onet") ? SF_COVERAGE_IMPACT_ALL : SF_COVERAGE_IMPACT_NONE;
  if (SF_IS_ONET (node))
    return g_str_equal (change->member, "anchors") ? SF_COVERAGE_IMPACT_ALL : SF_COVERAGE_IMPACT_NONE;
  if (SF_IS_ANCHOR (node))
    {
      if (g_str_equal (change->member, "code"))
        return SF_COVERAGE_IMPACT_NONE;
      return g_str_equal (change->member, "name") ? SF_COVERAGE_IMPACT_TASKS : SF_COVERAGE_IMPACT_ALL;
    }
  if (SF_IS_SCALE (node) || SF_IS_LEVEL (node))
    return SF_COVERAGE_IMPACT_ALL;
  return SF_COVERAGE_IMPACT_NONE;
}

/**
 * sf_coverage_change_matters:
 * @change: an edit, as #SfDocument::changed tells it
 *
 * Returns: %TRUE if a coverage computed before @change may differ from one
 *   computed after it, or name things differently (see
 *   sf_coverage_change_impact())
 */
gboolean
sf_coverage_change_matters (const SfChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  return sf_coverage_change_impact (change, NULL) != SF_COVERAGE_IMPACT_NONE;
}
