/* sf-csv.c: the spreadsheet round trip, one row per statement
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import builds a new framework from a copy of the old one, so that it
 * enters a document through sf_document_replace() as one undoable step, and
 * so that what the sheet leaves alone (statement members it has no column
 * for, citations' unknown members, everything outside statements) stays as
 * it was.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-csv.h"
#include "sf-model.h"
#include "sf-node-private.h"

G_DEFINE_QUARK (sf-csv-error-quark, sf_csv_error)

#define BOM "\xEF\xBB\xBF"

enum { COL_ID, COL_SECTION, COL_LEVEL, COL_TITLE, COL_TEXT, COL_CITATIONS, COL_ANCHORS, N_COLUMNS };

static const char * const column_names[N_COLUMNS] = {
  "id", "section", "level", "title", "text", "citations", "anchor_links",
};

/* ^'*[=+-@]: what a spreadsheet would run, with the quotes we added. */
static gboolean
needs_neutralising (const char *cell)
{
  while (*cell == '\'')
    cell++;
  return *cell == '=' || *cell == '+' || *cell == '-' || *cell == '@';
}

static void
write_cell (GString    *out,
            const char *cell)
{
  gboolean quote;

  if (cell == NULL)
    cell = "";
  quote = strpbrk (cell, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (out, '"');
  if (needs_neutralising (cell))
    g_string_append_c (out, '\'');
  for (const char *p = cell; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static char *
join_citations (SfStatement *statement)
{
  GPtrArray *citations = _sf_node_list_get_items (sf_statement_get_citations (statement));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < citations->len; i++)
    {
      SfCitation *citation = g_ptr_array_index (citations, i);
      const char *locator = sf_citation_get_locator (citation);

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, sf_citation_get_source (citation) ? sf_citation_get_source (citation) : "");
      if (locator != NULL)
        g_string_append_printf (out, ": %s", locator);
    }
  return g_string_free (out, FALSE);
}

/**
 * sf_csv_export:
 * @framework: a #SfFramework
 * @flags: %SF_CSV_BOM for a byte-order mark
 *
 * Writes one row per statement, in document order, after a header row; see
 * sf-csv.h for the columns.
 *
 * Returns: (transfer full): the CSV text
 */
GBytes *
sf_csv_export (SfFramework *framework,
               SfCsvFlags   flags)
{
  GListModel *sections;
  GString *out;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);

  out = g_string_sized_new (64 * 1024);
  if (flags & SF_CSV_BOM)
    g_string_append (out, BOM);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      g_string_append (out, column_names[c]);
    }
  g_string_append (out, "\r\n");

  sections = sf_framework_get_sections (framework);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      SfSection *section = g_ptr_array_index (_sf_node_list_get_items (sections), i);
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));

      for (guint j = 0; j < statements->len; j++)
        {
          SfStatement *statement = g_ptr_array_index (statements, j);
          g_autofree char *citations = join_citations (statement);
          const char * const *anchors = sf_statement_get_anchors (statement);
          g_autofree char *links = anchors ? g_strjoinv ("\n", (char **) anchors) : NULL;

          write_cell (out, sf_statement_get_id (statement));
          g_string_append_c (out, ',');
          write_cell (out, sf_section_get_id (section));
          g_string_append_c (out, ',');
          write_cell (out, sf_statement_get_level (statement));
          g_string_append_c (out, ',');
          write_cell (out, sf_statement_get_title (statement));
          g_string_append_c (out, ',');
          write_cell (out, sf_statement_get_text (statement));
          g_string_append_c (out, ',');
          write_cell (out, citations);
          g_string_append_c (out, ',');
          write_cell (out, links);
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free_to_bytes (out);
}

static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/**
 * sf_csv_parse:
 * @data: the CSV text, UTF-8, with or without a byte-order mark
 * @length: its length in bytes
 * @filename: the file's name, for messages
 * @lines: (out) (optional) (transfer full) (element-type guint): the line
 *   on which each record begins
 * @error: return location for a #GError
 *
 * Reads RFC 4180 CSV: records end with CRLF or LF, fields may be quoted with
 * `"` (and then hold commas, line ends and `""` for a quote). Errors name the
 * file and the line.
 *
 * Returns: (transfer full) (nullable) (element-type GStrv): the records
 */
GPtrArray *
sf_csv_parse (const char  *data,
              gsize        length,
              const char  *filename,
              GArray     **lines,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) field = g_string_new (NULL);
  const char *end_valid;
  gsize i = 0;
  guint line = 1;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (data == NULL)
    data = "";
  if (!g_utf8_validate_len (data, length, &end_valid))
    {
      g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_SYNTAX, _("%s:%u: not UTF-8 text"),
                   filename, line_at (data, end_valid - data));
      return NULL;
    }
  if (length >= 3 && memcmp (data, BOM, 3) == 0)
    i = 3;

  while (i < length)
    {
      g_autoptr(GPtrArray) record = g_ptr_array_new_with_free_func (g_free);
      guint record_line = line;

      for (;;)
        {
          g_string_truncate (field, 0);
          if (i < length && data[i] == '"')
            {
              guint quote_line = line;

              for (i++; ; i++)
                {
                  if (i >= length)
                    {
                      g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_SYNTAX,
                                   _("%s:%u: a quoted cell is not closed"), filename, quote_line);
                      return NULL;
                    }
                  if (data[i] == '"')
                    {
                      if (i + 1 < length && data[i + 1] == '"')
                        i++;
                      else
                        break;
                    }
                  else if (data[i] == '\n')
                    line++;
                  g_string_append_c (field, data[i]);
                }
              i++;
              if (i < length && data[i] != ',' && data[i] != '\n' &&
                  !(data[i] == '\r' && i + 1 < length && data[i + 1] == '\n'))
                {
                  g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_SYNTAX,
                               _("%s:%u: text after the closing quote of a cell"), filename, line);
                  return NULL;
                }
            }
          else
            {
              for (; i < length && data[i] != ',' && data[i] != '\n' &&
                     !(data[i] == '\r' && i + 1 < length && data[i + 1] == '\n'); i++)
                {
                  if (data[i] == '"')
                    {
                      g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_SYNTAX,
                                   _("%s:%u: a quote inside a cell that does not begin with one"),
                                   filename, line);
                      return NULL;
                    }
                  g_string_append_c (field, data[i]);
                }
            }
          g_ptr_array_add (record, g_strndup (field->str, field->len));

          if (i < length && data[i] == ',')
            {
              i++;
              continue;
            }
          if (i < length && data[i] == '\r')
            i++;
          if (i < length && data[i] == '\n')
            {
              i++;
              line++;
            }
          break;
        }

      g_ptr_array_add (record, NULL);
      g_ptr_array_add (records, g_ptr_array_free (g_steal_pointer (&record), FALSE));
      g_array_append_val (starts, record_line);
    }

  if (lines != NULL)
    *lines = g_steal_pointer (&starts);
  return g_steal_pointer (&records);
}

/* A cell as the author meant it: without the quote that neutralised it. */
static const char *
cell_value (char **record,
            int    column)
{
  const char *cell = record[column];
  const char *p = cell;

  while (*p == '\'')
    p++;
  if (p != cell && (*p == '=' || *p == '+' || *p == '-' || *p == '@'))
    return cell + 1;
  return cell;
}

static char **
split_lines (const char *cell)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\r?\n", cell, 0, 0);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (parts[i]));

      if (*stripped != '\0')
        g_strv_builder_add (builder, stripped);
    }
  return g_strv_builder_end (builder);
}

typedef struct
{
  guint        line;
  char        *id;
  SfSection   *section;   /* in the new framework */
  const char  *level;
  const char  *title;
  const char  *text;
  char       **citations; /* "SOURCE" or "SOURCE: LOCATOR" */
  char       **anchors;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->id);
  g_strfreev (row->citations);
  g_strfreev (row->anchors);
  g_free (row);
}

static void
citation_parts (const char  *text,
                char       **source,
                char       **locator)
{
  const char *colon = strchr (text, ':');

  if (colon == NULL)
    {
      *source = g_strstrip (g_strdup (text));
      *locator = NULL;
      return;
    }
  *source = g_strstrip (g_strndup (text, colon - text));
  *locator = g_strstrip (g_strdup (colon + 1));
}

static void G_GNUC_PRINTF (4, 5)
bad_row (GString    *problems,
         const char *filename,
         guint       line,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (problems->len > 0)
    g_string_append_c (problems, '\n');
  g_string_append_printf (problems, "%s:%u: %s", filename, line, message);
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  guint na = a ? g_strv_length ((char **) a) : 0;
  guint nb = b ? g_strv_length ((char **) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (strcmp (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Sets a text member unless the cell says what the model already holds
 * (an empty cell for an absent member included). */
static void
update_string (SfNode     *statement,
               const char *member,
               const char *cell)
{
  const char *now = sf_node_get_string (statement, member);

  if (g_strcmp0 (now ? now : "", cell) != 0)
    _sf_node_set_string (statement, member, cell);
}

static void
update_citations (SfNode  *statement,
                  char   **cells)
{
  GParamSpec *pspec = _sf_node_lookup_member (statement, "citations");
  GPtrArray *old = _sf_node_list_get_items (sf_node_get_list (statement, "citations"));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree gboolean *used = g_new0 (gboolean, old->len + 1);
  gboolean same = old->len == g_strv_length (cells);

  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *source = NULL;
      g_autofree char *locator = NULL;
      SfNode *citation = NULL;

      citation_parts (cells[i], &source, &locator);
      /* The same citation stays the same object, with its unknown members. */
      for (guint j = 0; j < old->len && citation == NULL; j++)
        if (!used[j] &&
            g_strcmp0 (sf_citation_get_source (g_ptr_array_index (old, j)), source) == 0 &&
            g_strcmp0 (sf_citation_get_locator (g_ptr_array_index (old, j)), locator) == 0)
          {
            used[j] = TRUE;
            citation = g_object_ref (g_ptr_array_index (old, j));
            same = same && j == i;
          }
      if (citation == NULL)
        {
          citation = _sf_node_new (SF_TYPE_CITATION, "source", source, NULL);
          if (locator != NULL)
            _sf_node_set_string (citation, "locator", locator);
          same = FALSE;
        }
      g_ptr_array_add (items, citation);
    }

  if (same)
    return;
  _sf_node_list_splice (statement, pspec, 0, old->len, items->pdata, items->len);
}

static void
apply_row (Row    *row,
           SfNode *statement)
{
  const char * const *anchors = sf_statement_get_anchors (SF_STATEMENT (statement));

  update_string (statement, "level", row->level);
  update_string (statement, "title", row->title);
  update_string (statement, "text", row->text);
  update_citations (statement, row->citations);
  if (!strv_equal0 (anchors, (const char * const *) row->anchors))
    _sf_node_set_strv (statement, "anchors", (const char * const *) row->anchors);
}

static char *
new_id (SfSection  *section,
        const char *level,
        GHashTable *taken)
{
  for (guint n = 1; ; n++)
    {
      char *id = g_strdup_printf ("%s-%s-%02u", sf_section_get_id (section), level, n);

      if (!g_hash_table_contains (taken, id))
        return id;
      g_free (id);
    }
}

/**
 * sf_csv_import:
 * @framework: the framework the sheet was exported from (not changed)
 * @data: the CSV text
 * @length: its length in bytes
 * @filename: the sheet's name, for messages
 * @flags: %SF_CSV_DELETE_MISSING to delete the statements with no row
 * @error: return location for a #GError
 *
 * Applies a sheet to a copy of @framework: rows are matched to statements by
 * id; a row with a new id (or none: one is made from the section and level)
 * adds a statement, a row whose cells differ updates its statement (moving
 * it when its section changed), and the order of the rows is the order of
 * the statements in each section. Statements with no row stay, where they
 * were, unless @flags has %SF_CSV_DELETE_MISSING.
 *
 * Nothing is applied when a row is bad: the error lists every bad row with
 * its line (an unknown section or level, an id used twice, a citation of an
 * unknown source, a wrong number of cells).
 *
 * Returns: (transfer full) (nullable): the new framework
 */
SfFramework *
sf_csv_import (SfFramework  *framework,
               const char   *data,
               gsize         length,
               const char   *filename,
               SfCsvFlags    flags,
               GError      **error)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(SfFramework) result = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(GHashTable) row_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) existing = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GPtrArray) new_lists = NULL;
  int columns[N_COLUMNS];
  char **header;
  GListModel *sections;
  guint n_sections;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  records = sf_csv_parse (data, length, filename, &lines, error);
  if (records == NULL)
    return NULL;
  if (records->len == 0)
    {
      g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_HEADER,
                   _("%s:1: empty: no header row (%s)"), filename,
                   "id,section,level,title,text,citations,anchor_links");
      return NULL;
    }

  header = g_ptr_array_index (records, 0);
  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;
  for (guint k = 0; header[k] != NULL; k++)
    {
      guint c;

      for (c = 0; c < N_COLUMNS; c++)
        if (g_ascii_strcasecmp (g_strstrip (header[k]), column_names[c]) == 0)
          break;
      if (c == N_COLUMNS)
        {
          g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_HEADER,
                       _("%s:%u: unknown column “%s” (the columns are %s)"), filename,
                       g_array_index (lines, guint, 0), header[k],
                       "id,section,level,title,text,citations,anchor_links");
          return NULL;
        }
      if (columns[c] >= 0)
        {
          g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_HEADER,
                       _("%s:%u: the column “%s” appears twice"), filename,
                       g_array_index (lines, guint, 0), column_names[c]);
          return NULL;
        }
      columns[c] = k;
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    if (columns[c] < 0)
      {
        g_set_error (error, SF_CSV_ERROR, SF_CSV_ERROR_HEADER,
                     _("%s:%u: the column “%s” is missing"), filename,
                     g_array_index (lines, guint, 0), column_names[c]);
        return NULL;
      }

  result = sf_framework_copy (framework);
  sections = sf_framework_get_sections (result);
  statements = sf_framework_dup_statements (result);
  for (guint i = 0; i < statements->len; i++)
    {
      const char *id = sf_statement_get_id (g_ptr_array_index (statements, i));

      if (id != NULL && *id != '\0')
        {
          g_hash_table_add (taken, (gpointer) id);
          if (!g_hash_table_contains (existing, id))
            g_hash_table_insert (existing, (gpointer) id, g_ptr_array_index (statements, i));
        }
    }

  for (guint r = 1; r < records->len; r++)
    {
      char **record = g_ptr_array_index (records, r);
      guint line = g_array_index (lines, guint, r);
      guint n = g_strv_length (record);
      gboolean blank = TRUE;
      SfScale *scale;
      Row *row;

      for (guint k = 0; k < n; k++)
        blank = blank && *record[k] == '\0';
      if (blank)
        continue;
      if (n != g_strv_length (header))
        {
          bad_row (problems, filename, line, _("%u cells where the header has %u"), n,
                   g_strv_length (header));
          continue;
        }

      row = g_new0 (Row, 1);
      row->line = line;
      row->id = g_strdup (cell_value (record, columns[COL_ID]));
      g_strstrip (row->id);
      row->level = cell_value (record, columns[COL_LEVEL]);
      row->title = cell_value (record, columns[COL_TITLE]);
      row->text = cell_value (record, columns[COL_TEXT]);
      row->citations = split_lines (cell_value (record, columns[COL_CITATIONS]));
      row->anchors = split_lines (cell_value (record, columns[COL_ANCHORS]));
      row->section = sf_framework_find_section (result, cell_value (record, columns[COL_SECTION]));
      g_ptr_array_add (rows, row);

      if (row->section == NULL)
        bad_row (problems, filename, line, _("unknown section “%s”"),
                 cell_value (record, columns[COL_SECTION]));
      else if ((scale = sf_framework_find_scale (result, sf_section_get_scale (row->section))) == NULL ||
               sf_scale_find_level (scale, row->level) == NULL)
        bad_row (problems, filename, line, _("unknown level “%s” in section “%s”"), row->level,
                 sf_section_get_id (row->section));

      if (*row->id != '\0')
        {
          Row *first = g_hash_table_lookup (row_by_id, row->id);

          if (first != NULL)
            bad_row (problems, filename, line, _("the id “%s” is used twice (first on line %u)"),
                     row->id, first->line);
          else
            g_hash_table_insert (row_by_id, row->id, row);
        }

      for (guint k = 0; row->citations[k] != NULL; k++)
        {
          g_autofree char *source = NULL;
          g_autofree char *locator = NULL;

          citation_parts (row->citations[k], &source, &locator);
          if (sf_framework_find_source (result, source) == NULL)
            bad_row (problems, filename, line, _("a citation of the unknown source “%s”"), source);
        }
    }

  if (problems->len > 0)
    {
      g_set_error_literal (error, SF_CSV_ERROR, SF_CSV_ERROR_INVALID, problems->str);
      return NULL;
    }

  /* Rebuild each section's list: the rows in sheet order, and the
   * statements without a row (when kept) after the one they followed. All
   * lists are emptied before any is filled: a statement may change section. */
  n_sections = g_list_model_get_n_items (sections);
  new_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint s = 0; s < n_sections; s++)
    {
      SfSection *section = g_ptr_array_index (_sf_node_list_get_items (sections), s);
      GPtrArray *old = _sf_node_list_get_items (sf_section_get_statements (section));
      GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
      SfNode *previous = NULL;
      guint next_unnamed = 0;

      g_ptr_array_add (new_lists, items);

      for (guint r = 0; r < rows->len; r++)
        {
          Row *row = g_ptr_array_index (rows, r);
          SfNode *statement;

          if (row->section != section)
            continue;
          statement = *row->id ? g_hash_table_lookup (existing, row->id) : NULL;
          /* A row without an id is the next statement without one of its
           * section, if there is one left: their export reads back the same. */
          while (*row->id == '\0' && statement == NULL && next_unnamed < old->len)
            {
              SfNode *candidate = g_ptr_array_index (old, next_unnamed++);
              const char *id = sf_node_get_id (candidate);

              if (id == NULL || *id == '\0')
                statement = candidate;
            }
          if (statement != NULL && *row->id == '\0')
            {
              g_hash_table_add (matched, statement);
              g_object_ref (statement);
            }
          else if (statement == NULL)
            {
              if (*row->id == '\0')
                {
                  g_free (row->id);
                  row->id = new_id (section, row->level, taken);
                  g_hash_table_add (taken, row->id);
                }
              statement = _sf_node_new (SF_TYPE_STATEMENT, "id", row->id, "level", row->level,
                                        "title", row->title, "text", row->text, NULL);
            }
          else
            g_object_ref (statement);
          apply_row (row, statement);
          g_ptr_array_add (items, statement);
        }

      for (guint i = 0; i < old->len; i++)
        {
          SfNode *statement = g_ptr_array_index (old, i);
          const char *id = sf_node_get_id (statement);
          Row *row = id ? g_hash_table_lookup (row_by_id, id) : NULL;

          /* Only the first of duplicate ids in the model has a row. */
          if ((row != NULL && g_hash_table_lookup (existing, id) == statement) ||
              g_hash_table_contains (matched, statement))
            {
              previous = statement;
              continue;
            }
          if (flags & SF_CSV_DELETE_MISSING)
            continue;
          {
            guint at = 0;

            if (previous != NULL && g_ptr_array_find (items, previous, &at))
              at++;
            else if (previous != NULL)
              at = items->len;
            g_ptr_array_insert (items, at, g_object_ref (statement));
            previous = statement;
          }
        }
    }

  for (guint s = 0; s < n_sections; s++)
    {
      SfNode *section = g_ptr_array_index (_sf_node_list_get_items (sections), s);

      _sf_node_list_splice (section, _sf_node_lookup_member (section, "statements"), 0,
                            g_list_model_get_n_items (sf_node_get_list (section, "statements")),
                            NULL, 0);
    }
  for (guint s = 0; s < n_sections; s++)
    {
      SfNode *section = g_ptr_array_index (_sf_node_list_get_items (sections), s);
      GPtrArray *items = g_ptr_array_index (new_lists, s);

      _sf_node_list_splice (section, _sf_node_lookup_member (section, "statements"), 0, 0,
                            items->pdata, items->len);
    }

  return g_steal_pointer (&result);
}
