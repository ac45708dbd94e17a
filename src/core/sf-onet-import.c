/* sf-onet-import.c: a new framework from one occupation of the O*NET database
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-onet-import.h"
#include "sf-onet-private.h"
#include "sf-onet-reference.h"
#include "sf-template.h"

/*
 * What the framework takes from O*NET, file by file. O*NET 30.3 split
 * Skills.txt into Essential Skills.txt (2.A) and Transferable Skills.txt
 * (2.B), renamed Technology Skills.txt to Software Skills.txt (with a
 * "Workplace Example" column) and Alternate Titles.txt to Job Titles.txt:
 * the layout is told by the files present. O*NET 30.1 replaced the 16
 * work styles rated on importance (1.C, scale IM) with 21 rated on impact
 * and ranked by distinctiveness (1.D, scales WI and DR): the model is told
 * by the element ids.
 */

typedef enum
{
  FILE_TASKS,
  FILE_SKILLS,
  FILE_KNOWLEDGE,
  FILE_ABILITIES,
  FILE_WORK_STYLES,
  FILE_TECHNOLOGY,
  FILE_TITLES,
  FILE_JOB_ZONES,
} FileKind;

typedef struct
{
  const char *name;
  FileKind    kind;
  gboolean    required;
  gboolean    new_layout;  /* 30.3 and later */
  gboolean    old_layout;  /* up to 30.2 */
} FileSpec;

static const FileSpec files[] = {
  { "Task Statements.txt", FILE_TASKS, TRUE, TRUE, TRUE },
  { "Skills.txt", FILE_SKILLS, TRUE, FALSE, TRUE },
  { "Essential Skills.txt", FILE_SKILLS, TRUE, TRUE, FALSE },
  { "Transferable Skills.txt", FILE_SKILLS, TRUE, TRUE, FALSE },
  { "Knowledge.txt", FILE_KNOWLEDGE, TRUE, TRUE, TRUE },
  { "Abilities.txt", FILE_ABILITIES, TRUE, TRUE, TRUE },
  { "Work Styles.txt", FILE_WORK_STYLES, FALSE, TRUE, TRUE },
  { "Technology Skills.txt", FILE_TECHNOLOGY, FALSE, FALSE, TRUE },
  { "Software Skills.txt", FILE_TECHNOLOGY, FALSE, TRUE, FALSE },
  { "Alternate Titles.txt", FILE_TITLES, FALSE, FALSE, TRUE },
  { "Job Titles.txt", FILE_TITLES, FALSE, TRUE, FALSE },
  { "Job Zones.txt", FILE_JOB_ZONES, FALSE, TRUE, TRUE },
};

typedef struct
{
  char   *code;   /* element id or task id */
  char   *name;
  double  value;  /* importance, impact, or the task's type */
  double  rank;   /* a 1.D work style's distinctiveness rank; 0 unranked */
  guint   order;
  char  **flags;
} Row;

typedef struct
{
  const char  *code;
  double       threshold;
  GPtrArray   *rows[FILE_JOB_ZONES];  /* Row, per kind */
  GHashTable  *work_styles;           /* element id → Row */
  char        *job_zone;
  guint        order;
  GPtrArray   *notes;                 /* char *, borrowed */
} Import;

static void
row_free (Row *row)
{
  g_free (row->code);
  g_free (row->name);
  g_strfreev (row->flags);
  g_free (row);
}

static Row *
add_row (Import     *import,
         FileKind    kind,
         const char *code,
         const char *name,
         double      value)
{
  Row *row = g_new0 (Row, 1);

  row->code = g_strdup (code);
  row->name = g_strdup (name);
  row->value = value;
  row->order = import->order++;
  g_ptr_array_add (import->rows[kind], row);
  return row;
}

static const FileSpec *
find_spec (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    if (g_ascii_strcasecmp (files[i].name, name) == 0)
      return &files[i];
  return NULL;
}

/* Task types, in the order the framework lists them. */
static double
task_type (const char *type)
{
  if (type == NULL)
    return 2;
  if (g_ascii_strcasecmp (type, "Core") == 0)
    return 0;
  if (g_ascii_strcasecmp (type, "Supplemental") == 0)
    return 1;
  return 2;
}

static gboolean
read_tasks (Import       *import,
            SfOnetTable  *table,
            int           soc,
            GError      **error)
{
  int id, text, type;
  GError *local_error = NULL;

  if (!sf_onet_table_require_column (table, "Task ID", &id, error) ||
      !sf_onet_table_require_column (table, "Task", &text, error))
    return FALSE;
  type = sf_onet_table_find_column (table, "Task Type");

  while (sf_onet_table_next (table, &local_error))
    {
      g_autofree char *task_id = NULL;
      const char *code = sf_onet_table_get (table, soc);

      if (code == NULL || strcmp (code, import->code) != 0)
        continue;
      if (!sf_onet_table_get_integer (table, id, &task_id, error))
        return FALSE;
      if (task_id == NULL || sf_onet_table_get (table, text) == NULL)
        continue;
      add_row (import, FILE_TASKS, task_id, sf_onet_table_get (table, text),
               task_type (sf_onet_table_get (table, type)));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* Skills, knowledge, abilities and work styles: one row per element and
 * scale. */
static gboolean
read_ratings (Import       *import,
              FileKind      kind,
              SfOnetTable  *table,
              int           soc,
              GError      **error)
{
  int element, name, scale, value;
  GError *local_error = NULL;

  if (!sf_onet_table_require_column (table, "Element ID", &element, error) ||
      !sf_onet_table_require_column (table, "Element Name", &name, error) ||
      !sf_onet_table_require_column (table, "Scale ID", &scale, error) ||
      !sf_onet_table_require_column (table, "Data Value", &value, error))
    return FALSE;

  while (sf_onet_table_next (table, &local_error))
    {
      const char *code = sf_onet_table_get (table, soc);
      const char *scale_id;
      const char *element_id;
      double data_value;

      if (code == NULL || strcmp (code, import->code) != 0)
        continue;
      scale_id = sf_onet_table_get (table, scale);
      element_id = sf_onet_table_get (table, element);
      if (scale_id == NULL || element_id == NULL || sf_onet_table_get (table, name) == NULL)
        continue;
      if (!sf_onet_table_get_number (table, value, &data_value, error))
        return FALSE;
      if (isnan (data_value))
        continue;

      if (kind == FILE_WORK_STYLES)
        {
          Row *row = g_hash_table_lookup (import->work_styles, element_id);

          if (row == NULL)
            {
              row = add_row (import, kind, element_id, sf_onet_table_get (table, name), NAN);
              g_hash_table_insert (import->work_styles, row->code, row);
            }
          if (g_ascii_strcasecmp (scale_id, "IM") == 0 || g_ascii_strcasecmp (scale_id, "WI") == 0)
            row->value = data_value;
          else if (g_ascii_strcasecmp (scale_id, "DR") == 0)
            row->rank = data_value;
        }
      else if (g_ascii_strcasecmp (scale_id, "IM") == 0 && data_value >= import->threshold - 1e-9)
        add_row (import, kind, element_id, sf_onet_table_get (table, name), data_value);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_technology (Import       *import,
                 SfOnetTable  *table,
                 int           soc,
                 GError      **error)
{
  int example = sf_onet_table_find_column (table, "Workplace Example");
  int hot = sf_onet_table_find_column (table, "Hot Technology");
  int in_demand = sf_onet_table_find_column (table, "In Demand");
  GError *local_error = NULL;

  if (example < 0 && !sf_onet_table_require_column (table, "Example", &example, error))
    return FALSE;

  while (sf_onet_table_next (table, &local_error))
    {
      const char *code = sf_onet_table_get (table, soc);
      const char *flags[3] = { NULL };
      guint n_flags = 0;
      Row *row;

      if (code == NULL || strcmp (code, import->code) != 0 || sf_onet_table_get (table, example) == NULL)
        continue;
      if (sf_onet_table_get_flag (table, hot))
        flags[n_flags++] = "hot";
      if (sf_onet_table_get_flag (table, in_demand))
        flags[n_flags++] = "in-demand";
      row = add_row (import, FILE_TECHNOLOGY, NULL, sf_onet_table_get (table, example), 0);
      row->flags = n_flags > 0 ? g_strdupv ((char **) flags) : NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_titles (Import       *import,
             SfOnetTable  *table,
             int           soc,
             GError      **error)
{
  int title = sf_onet_table_find_column (table, "Job Title");
  GError *local_error = NULL;

  if (title < 0 && !sf_onet_table_require_column (table, "Alternate Title", &title, error))
    return FALSE;

  while (sf_onet_table_next (table, &local_error))
    {
      const char *code = sf_onet_table_get (table, soc);

      if (code != NULL && strcmp (code, import->code) == 0 && sf_onet_table_get (table, title) != NULL)
        add_row (import, FILE_TITLES, NULL, sf_onet_table_get (table, title), 0);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_job_zone (Import       *import,
               SfOnetTable  *table,
               int           soc,
               GError      **error)
{
  int zone;
  GError *local_error = NULL;

  if (!sf_onet_table_require_column (table, "Job Zone", &zone, error))
    return FALSE;

  while (sf_onet_table_next (table, &local_error))
    {
      const char *code = sf_onet_table_get (table, soc);

      if (code == NULL || strcmp (code, import->code) != 0)
        continue;
      g_clear_pointer (&import->job_zone, g_free);
      if (!sf_onet_table_get_integer (table, zone, &import->job_zone, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* What a framework lacks without an optional file. */
static const char *
optional_content (FileKind kind)
{
  switch (kind)
    {
    case FILE_WORK_STYLES:
      return _("work styles");
    case FILE_TECHNOLOGY:
      return _("technology");
    case FILE_TITLES:
      return _("alternate titles");
    case FILE_JOB_ZONES:
      return _("job zone");
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_blank_text (const char *data,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static gboolean
read_file (const char  *name,
           const char  *data,
           gsize        length,
           gpointer     user_data,
           GError     **error)
{
  Import *import = user_data;
  const FileSpec *spec = find_spec (name);
  g_autoptr(SfOnetTable) table = NULL;
  int soc;

  g_assert (spec != NULL);
  /* An optional file left empty (a download cut short, a copy made by
   * hand) is as good as absent: a note, not an error. */
  if (!spec->required && is_blank_text (data, length))
    {
      g_ptr_array_add (import->notes, g_strdup_printf (_("“%s” is empty: the framework has no %s from it"),
                                                       spec->name, optional_content (spec->kind)));
      return TRUE;
    }
  table = sf_onet_table_new (name, data, length, error);
  if (table == NULL || !sf_onet_table_require_column (table, "O*NET-SOC Code", &soc, error))
    return FALSE;

  switch (spec->kind)
    {
    case FILE_TASKS:
      return read_tasks (import, table, soc, error);
    case FILE_SKILLS:
    case FILE_KNOWLEDGE:
    case FILE_ABILITIES:
    case FILE_WORK_STYLES:
      return read_ratings (import, spec->kind, table, soc, error);
    case FILE_TECHNOLOGY:
      return read_technology (import, table, soc, error);
    case FILE_TITLES:
      return read_titles (import, table, soc, error);
    case FILE_JOB_ZONES:
      return read_job_zone (import, table, soc, error);
    default:
      g_assert_not_reached ();
    }
}

/* Highest first; O*NET's order among equals. */
static int
compare_by_value (gconstpointer a,
                  gconstpointer b)
{
  const Row *x = *(const Row * const *) a;
  const Row *y = *(const Row * const *) b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;
  return (int) x->order - (int) y->order;
}

/* Core tasks first, then supplemental ones, then those not rated. */
static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  const Row *x = *(const Row * const *) a;
  const Row *y = *(const Row * const *) b;

  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return (int) x->order - (int) y->order;
}

/* The most distinctive first: rank 1 is the most. */
static int
compare_by_rank (gconstpointer a,
                 gconstpointer b)
{
  const Row *x = *(const Row * const *) a;
  const Row *y = *(const Row * const *) b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return (int) x->order - (int) y->order;
}

static char *
slug (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* "skill-science"; a second anchor of the same name gets "-2". */
static char *
unique_id (GHashTable *ids,
           const char *prefix,
           const char *name)
{
  g_autofree char *base = NULL;
  g_autofree char *text = slug (name);
  char *id;

  if (*text == '\0')
    {
      g_free (text);
      text = g_strdup ("anchor");
    }
  base = g_strdup_printf ("%s-%.48s", prefix, text);
  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (ids, g_strdup (id));
  return id;
}

static void
append_anchor (SfOnet             *onet,
               GHashTable         *ids,
               SfAnchorKind        kind,
               const char         *prefix,
               const char         *id_part,
               const Row          *row,
               gboolean            with_importance,
               const char * const *flags)
{
  g_autofree char *id = unique_id (ids, prefix, id_part);
  g_autoptr(SfAnchor) anchor = _sf_node_new (SF_TYPE_ANCHOR,
                                             "id", id,
                                             "kind", kind,
                                             "code", row->code,
                                             "name", row->name,
                                             NULL);

  if (with_importance && !isnan (row->value))
    _sf_node_set_double (SF_NODE (anchor), "importance", row->value);
  if (flags != NULL && flags[0] != NULL)
    _sf_node_set_strv (SF_NODE (anchor), "flags", flags);
  _sf_node_list_append (SF_NODE (onet), "anchors", SF_NODE (anchor));
}

static void
build_anchors (Import    *import,
               SfOnet    *onet,
               GPtrArray *notes)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  static const char *task_flags[][2] = { { "core", NULL }, { "supplemental", NULL }, { NULL, NULL } };
  static const struct { FileKind kind; SfAnchorKind anchor; const char *prefix; } ratings[] = {
    { FILE_SKILLS, SF_ANCHOR_KIND_SKILL, "skill" },
    { FILE_KNOWLEDGE, SF_ANCHOR_KIND_KNOWLEDGE, "knowledge" },
    { FILE_ABILITIES, SF_ANCHOR_KIND_ABILITY, "ability" },
  };
  GPtrArray *rows;
  gboolean current_model = FALSE;

  rows = import->rows[FILE_TASKS];
  g_ptr_array_sort (rows, compare_tasks);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      append_anchor (onet, ids, SF_ANCHOR_KIND_TASK, "task", row->code, row, FALSE,
                     task_flags[(int) row->value]);
    }

  for (guint k = 0; k < G_N_ELEMENTS (ratings); k++)
    {
      rows = import->rows[ratings[k].kind];
      g_ptr_array_sort (rows, compare_by_value);
      for (guint i = 0; i < rows->len; i++)
        {
          Row *row = g_ptr_array_index (rows, i);

          append_anchor (onet, ids, ratings[k].anchor, ratings[k].prefix, row->name, row, TRUE, NULL);
        }
    }

  /* 1.D work styles: the ranked ones, the most distinctive first (the
   * ranks are O*NET's list of what sets the occupation apart); 1.C ones:
   * those above the threshold, the most important first. */
  rows = import->rows[FILE_WORK_STYLES];
  for (guint i = 0; i < rows->len; i++)
    current_model |= g_str_has_prefix (((Row *) g_ptr_array_index (rows, i))->code, "1.D");
  g_ptr_array_sort (rows, current_model ? compare_by_rank : compare_by_value);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      if (current_model ? row->rank >= 1 : row->value >= import->threshold - 1e-9)
        append_anchor (onet, ids, SF_ANCHOR_KIND_WORK_STYLE, "work-style", row->name, row, TRUE, NULL);
    }
  if (current_model)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < rows->len; i++)
        any |= ((Row *) g_ptr_array_index (rows, i))->rank >= 1;
      if (!any)
        g_ptr_array_add (notes, g_strdup (_("Work Styles.txt ranks none of the occupation's work styles "
                                            "(scale DR): the framework has no work styles")));
    }

  rows = import->rows[FILE_TECHNOLOGY];
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      append_anchor (onet, ids, SF_ANCHOR_KIND_TECHNOLOGY, "technology", row->name, row, FALSE,
                     (const char * const *) row->flags);
    }

  rows = import->rows[FILE_TITLES];
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%02u", i + 1);

      append_anchor (onet, ids, SF_ANCHOR_KIND_RELATED_TITLE, "title", number,
                     g_ptr_array_index (rows, i), FALSE, NULL);
    }
}

/* The template's O*NET source, made to name the release. */
static void
set_source (SfFramework *framework,
            const char  *release)
{
  GListModel *sources = sf_framework_get_sources (framework);
  g_autofree char *edition = g_strdup_printf ("v%s", release);
  g_autofree char *short_title = g_strdup_printf ("O*NET v%s", release);
  g_autofree char *rights = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(SfSource) source = g_list_model_get_item (sources, i);

      if (g_strcmp0 (sf_source_get_id (source), "onet") != 0)
        continue;
      _sf_node_set_string (SF_NODE (source), "title", "O*NET Database");
      _sf_node_set_string (SF_NODE (source), "edition", edition);
      _sf_node_set_string (SF_NODE (source), "short_title", short_title);
      _sf_node_set_string (SF_NODE (source), "authors",
                           "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)");
      _sf_node_set_string (SF_NODE (source), "url", "https://www.onetcenter.org/database.html");
      _sf_node_set_string (SF_NODE (source), "licence", "CC BY 4.0");
    }

  /* The credit line of O*NET's licence page, in its form for modified
   * use: an author adapts what the framework took. */
  rights = g_strdup_printf ("This framework includes information from the O*NET %s Database by the U.S. "
                            "Department of Labor, Employment and Training Administration (USDOL/ETA). "
                            "Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. "
                            "Its authors have modified all or some of this information. USDOL/ETA has "
                            "not approved, endorsed, or tested these modifications.",
                            release);
  _sf_node_set_string (SF_NODE (framework), "rights", rights);
}

/**
 * sf_onet_import:
 * @database: the O*NET text database
 * @code: the occupation's O*NET-SOC code, such as `29-2011.00`
 * @threshold: the lowest importance (scale IM) of the skills, knowledge,
 *   abilities and 1.C work styles taken, such as
 *   %SF_ONET_DEFAULT_THRESHOLD
 * @progress: (nullable): told how far the import has come
 * @progress_data: data for @progress
 * @notes: (out) (optional) (transfer full) (element-type utf8): what the
 *   author should know: optional files that are absent, an occupation
 *   without tasks
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Makes a new framework of one occupation: its title, the description as
 * the context, the job zone, the tasks (core first) with their task ids,
 * the skills, knowledge and abilities at or above @threshold (the most
 * important first), the work styles, technology examples (hot and in
 * demand ones flagged), alternate titles, the release, and the O*NET
 * source with its licence and attribution; and the template's scales and
 * empty sections.
 *
 * Returns: (transfer full) (nullable): the framework, in no document, or
 *   %NULL with @error set (%SF_ONET_ERROR_UNKNOWN_CODE with the nearest
 *   occupations, %SF_ONET_ERROR_MISSING_FILE, %SF_ONET_ERROR_MALFORMED…)
 */
SfFramework *
sf_onet_import (SfOnetDatabase      *database,
                const char          *code,
                double               threshold,
                SfOnetProgressFunc   progress,
                gpointer             progress_data,
                GPtrArray          **notes,
                GCancellable        *cancellable,
                GError             **error)
{
  g_autoptr(GPtrArray) found_notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GBytes) template_json = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autofree char *normalized = NULL;
  const SfOnetOccupationInfo *info;
  const char *release;
  gboolean new_layout;
  Import import = { 0 };
  SfOccupation *occupation;
  gboolean ok;
  int zone = 0;

  g_return_val_if_fail (database != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (sf_onet_database_get_occupations (database, error) == NULL)
    return NULL;
  normalized = sf_onet_normalize_code (code);
  info = sf_onet_database_lookup (database, normalized);
  if (info == NULL)
    {
      g_autofree char *nearest = sf_onet_database_describe_nearest (database, normalized, 5);

      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_UNKNOWN_CODE,
                   _("%s: no occupation has the code “%s”. The nearest are:\n%s"),
                   sf_onet_database_get_name (database), normalized, nearest);
      return NULL;
    }

  /* The layout, from the files present; then what the import needs. */
  new_layout = sf_onet_database_has_file (database, "Essential Skills.txt") ||
               sf_onet_database_has_file (database, "Transferable Skills.txt");
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      if (!(new_layout ? files[i].new_layout : files[i].old_layout))
        continue;
      if (sf_onet_database_has_file (database, files[i].name))
        g_ptr_array_add (names, (gpointer) files[i].name);
      else if (files[i].required)
        {
          g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MISSING_FILE,
                       _("%s: the file “%s” is missing; the import needs it"),
                       sf_onet_database_get_name (database), files[i].name);
          return NULL;
        }
      else
        g_ptr_array_add (found_notes, g_strdup_printf (_("“%s” is absent: the framework has no %s from it"),
                                                       files[i].name, optional_content (files[i].kind)));
    }
  g_ptr_array_add (names, NULL);

  import.code = info->code;
  import.notes = found_notes;
  import.threshold = threshold;
  for (guint i = 0; i < G_N_ELEMENTS (import.rows); i++)
    import.rows[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  import.work_styles = g_hash_table_new (g_str_hash, g_str_equal);

  ok = sf_onet_database_read (database, (const char * const *) names->pdata, read_file, &import,
                              progress, progress_data, cancellable, error);

  if (ok)
    {
      template_json = g_resources_lookup_data ("/io/github/skillframe/core/template.json", 0, error);
      ok = template_json != NULL &&
           (framework = sf_template_instantiate (template_json, info->title, info->code, error)) != NULL;
    }
  if (ok)
    {
      release = sf_onet_database_get_release (database);
      if (release == NULL)
        {
          g_ptr_array_add (found_notes,
                           g_strdup (_("Neither “Read Me.txt” nor the download's name tells the O*NET release: "
                                       "set it in the framework")));
          release = "";
        }
      occupation = sf_framework_get_occupation (framework);
      if (info->description != NULL)
        _sf_node_set_string (SF_NODE (occupation), "context", info->description);
      if (import.job_zone != NULL)
        zone = atoi (import.job_zone);
      _sf_node_set_int (SF_NODE (occupation), "job_zone", zone);
      if (sf_onet_reference_job_zone_name (zone) != NULL)
        _sf_node_set_string (SF_NODE (occupation), "job_zone_name", sf_onet_reference_job_zone_name (zone));
      else if (sf_onet_database_has_file (database, "Job Zones.txt"))
        g_ptr_array_add (found_notes, g_strdup (_("“Job Zones.txt” gives the occupation no job zone")));
      if (import.rows[FILE_TASKS]->len == 0)
        g_ptr_array_add (found_notes, g_strdup (_("O*NET lists no tasks for this occupation")));

      _sf_node_set_string (SF_NODE (sf_framework_get_onet (framework)), "release", release);
      _sf_node_set_string (SF_NODE (sf_framework_get_onet (framework)), "source", "onet");
      _sf_node_set_double (SF_NODE (sf_framework_get_onet (framework)), "threshold", threshold);
      build_anchors (&import, sf_framework_get_onet (framework), found_notes);
      set_source (framework, release);
    }

  for (guint i = 0; i < G_N_ELEMENTS (import.rows); i++)
    g_ptr_array_unref (import.rows[i]);
  g_hash_table_unref (import.work_styles);
  g_free (import.job_zone);

  if (!ok)
    return NULL;
  if (notes != NULL)
    *notes = g_steal_pointer (&found_notes);
  return g_steal_pointer (&framework);
}

/* Async, for the editor: the reading runs in a thread, progress is told
 * in the caller's main context. */

void
_sf_onet_progress_forward_init (SfOnetProgressForward *forward,
                                SfOnetProgressFunc     progress,
                                gpointer               progress_data)
{
  forward->progress = progress;
  forward->progress_data = progress_data;
  forward->context = g_main_context_ref_thread_default ();
}

void
_sf_onet_progress_forward_clear (SfOnetProgressForward *forward)
{
  g_clear_pointer (&forward->context, g_main_context_unref);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressCall;

static gboolean
progress_in_context (gpointer user_data)
{
  ProgressCall *call = user_data;
  SfOnetProgressForward *forward = g_task_get_task_data (call->task);

  /* Not after the result, nor once cancelled: the caller may have freed
   * what it updates (a dialog closed while reading cancels, and is
   * disposed before the thread stops). */
  if (!g_task_get_completed (call->task) && !g_cancellable_is_cancelled (g_task_get_cancellable (call->task)))
    forward->progress (call->fraction, forward->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (ProgressCall *call)
{
  g_object_unref (call->task);
  g_free (call);
}

void
_sf_onet_progress_from_thread (double   fraction,
                               gpointer task)
{
  SfOnetProgressForward *forward = g_task_get_task_data (task);
  ProgressCall *call;
  GSource *source;

  if (forward->progress == NULL)
    return;
  call = g_new0 (ProgressCall, 1);
  call->task = g_object_ref (task);
  call->fraction = fraction;
  /* Always a source, never g_main_context_invoke(): that calls at once, in
   * this thread, when the caller's context is free at the moment (between
   * two iterations of a loop that does not hold it). */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_in_context, call, (GDestroyNotify) progress_call_free);
  g_source_set_static_name (source, "[skillframe] O*NET progress");
  g_source_attach (source, forward->context);
  g_source_unref (source);
}

typedef struct
{
  SfOnetProgressForward  forward;
  GFile                 *source;
  char                  *code;
  double                 threshold;
  GPtrArray             *notes;
} ImportData;

static void
import_data_free (ImportData *data)
{
  _sf_onet_progress_forward_clear (&data->forward);
  g_object_unref (data->source);
  g_free (data->code);
  g_clear_pointer (&data->notes, g_ptr_array_unref);
  g_free (data);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(SfOnetDatabase) database = NULL;
  g_autoptr(SfFramework) framework = NULL;
  GError *error = NULL;

  database = sf_onet_database_open (data->source, cancellable, &error);
  if (database != NULL)
    framework = sf_onet_import (database, data->code, data->threshold,
                                _sf_onet_progress_from_thread, task,
                                &data->notes, cancellable, &error);
  if (framework == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&framework), g_object_unref);
}

/**
 * sf_onet_import_async:
 * @source: the folder or zip of the O*NET text database
 * @code: the occupation's O*NET-SOC code
 * @threshold: see sf_onet_import()
 * @progress: (nullable): told how far the import has come, in the main
 *   context of the caller
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the framework is made
 * @user_data: data for @callback
 *
 * sf_onet_import() in a thread.
 */
void
sf_onet_import_async (GFile               *source,
                      const char          *code,
                      double               threshold,
                      SfOnetProgressFunc   progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (G_IS_FILE (source));
  g_return_if_fail (code != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sf_onet_import_async);
  data = g_new0 (ImportData, 1);
  data->source = g_object_ref (source);
  data->code = g_strdup (code);
  data->threshold = threshold;
  _sf_onet_progress_forward_init (&data->forward, progress, progress_data);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sf_onet_import_finish:
 * @result: the result given to the callback
 * @notes: (out) (optional) (transfer full) (element-type utf8): see
 *   sf_onet_import()
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the new framework
 */
SfFramework *
sf_onet_import_finish (GAsyncResult  *result,
                       GPtrArray    **notes,
                       GError       **error)
{
  ImportData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (notes != NULL)
    *notes = data->notes ? g_ptr_array_ref (data->notes) : NULL;
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(SfOnetDatabase) database = NULL;
  GError *error = NULL;

  database = sf_onet_database_open (task_data, cancellable, &error);
  if (database != NULL && sf_onet_database_get_occupations (database, &error) == NULL)
    g_clear_pointer (&database, sf_onet_database_free);
  if (database == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&database), (GDestroyNotify) sf_onet_database_free);
}

/**
 * sf_onet_open_async:
 * @source: the folder or zip of the O*NET text database
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the database's occupations are read
 * @user_data: data for @callback
 *
 * sf_onet_database_open() and sf_onet_database_get_occupations() in a
 * thread.
 */
void
sf_onet_open_async (GFile               *source,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, sf_onet_open_async);
  g_task_set_task_data (task, g_object_ref (source), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

/**
 * sf_onet_open_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the database, its occupations read
 */
SfOnetDatabase *
sf_onet_open_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
