/* sf-onet-table.c: one tab-separated file of the O*NET text database
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-onet-table.h"

/*
 * O*NET's text files are tab-separated, one header line naming the columns,
 * no quoting, `n/a` for a missing value. Files saved again by spreadsheets
 * and scripts add or reorder columns, pad values with spaces, end lines
 * with CR LF, quote fields as CSV does (though not across lines) and write
 * `28.0` for `28`: columns are found by their header
 * name and values are read leniently, but a line that does not have the
 * header's number of fields is an error naming the file, line and column.
 */
struct _SfOnetTable
{
  char      *file_name;
  const char *pos;
  const char *end;
  guint      line;
  GPtrArray *columns;  /* char *, the header's names */
  GPtrArray *fields;   /* char *, into scratch */
  GString   *scratch;
};

G_DEFINE_QUARK (sf-onet-error-quark, sf_onet_error)

static char *
trim (char *start,
      char *stop)
{
  while (start < stop && (*start == ' ' || *start == '\r'))
    start++;
  while (stop > start && (stop[-1] == ' ' || stop[-1] == '\r'))
    stop--;
  *stop = '\0';
  return start;
}

/* Programs that save the files again (spreadsheets, pandas) quote a field
 * as CSV does, doubling the quotes inside it: `"Conduct ""head counts"""`.
 * O*NET never quotes, and its own text has quotes (`Conduct "head counts"
 * to help…`), so only a field quoted that way from end to end, every
 * quote inside it doubled, loses its quoting. */
static char *
unquote (char *field)
{
  gsize length = strlen (field);
  char *last = field + length - 1;
  char *in;
  char *out;

  if (length < 2 || field[0] != '"' || *last != '"')
    return field;
  for (in = field + 1; in < last; in++)
    if (*in == '"')
      {
        if (in + 1 < last && in[1] == '"')
          in++;
        else
          return field;
      }
  *last = '\0';
  for (in = out = field + 1; *in != '\0'; in++, out++)
    {
      *out = *in;
      if (*in == '"')
        in++;
    }
  *out = '\0';
  return field + 1;
}

static gboolean
is_blank (const char *start,
          const char *stop)
{
  for (; start < stop; start++)
    if (*start != ' ' && *start != '\r')
      return FALSE;
  return TRUE;
}

/* Reads the next line that is not blank into fields; FALSE at the end. */
static gboolean
read_line (SfOnetTable  *self,
           GError      **error)
{
  const char *start;
  const char *stop;
  const char *bad;
  char *p;
  char *field;

  for (;;)
    {
      if (self->pos >= self->end)
        return FALSE;
      start = self->pos;
      stop = memchr (start, '\n', self->end - start);
      if (stop == NULL)
        stop = self->end;
      self->pos = stop + 1;
      self->line++;
      if (!is_blank (start, stop))
        break;
    }

  if (!g_utf8_validate (start, stop - start, &bad))
    {
      guint column = 1;

      for (const char *q = start; q < bad; q++)
        column += *q == '\t';
      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MALFORMED,
                   _("%s, line %u, column %u: the text is not UTF-8"),
                   self->file_name, self->line, column);
      return FALSE;
    }

  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, start, stop - start);
  g_ptr_array_set_size (self->fields, 0);
  field = self->scratch->str;
  for (p = field;; p++)
    if (*p == '\t' || *p == '\0')
      {
        gboolean last = *p == '\0';

        g_ptr_array_add (self->fields, unquote (trim (field, p)));
        if (last)
          break;
        field = p + 1;
      }
  return TRUE;
}

/**
 * sf_onet_table_new:
 * @file_name: the file's name, for messages, such as `Skills.txt`
 * @data: the file's content, which must outlive the table
 * @length: the length of @data in bytes
 * @error: return location for a #GError
 *
 * Reads the header line of one O*NET text file.
 *
 * Returns: (transfer full) (nullable): the table, positioned before its
 *   first row, or %NULL if the file has no header line
 */
SfOnetTable *
sf_onet_table_new (const char  *file_name,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(SfOnetTable) self = g_new0 (SfOnetTable, 1);

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self->file_name = g_strdup (file_name);
  self->pos = data;
  self->end = data + length;
  self->fields = g_ptr_array_new ();
  self->scratch = g_string_new (NULL);
  self->columns = g_ptr_array_new_with_free_func (g_free);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    self->pos += 3;

  if (!read_line (self, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MALFORMED,
                     _("%s, line 1: the file is empty; its first line should name its columns"),
                     file_name);
      return NULL;
    }
  for (guint i = 0; i < self->fields->len; i++)
    g_ptr_array_add (self->columns, g_strdup (g_ptr_array_index (self->fields, i)));

  return g_steal_pointer (&self);
}

void
sf_onet_table_free (SfOnetTable *self)
{
  if (self == NULL)
    return;
  g_free (self->file_name);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->fields);
  g_string_free (self->scratch, TRUE);
  g_free (self);
}

/**
 * sf_onet_table_find_column:
 * @self: a #SfOnetTable
 * @name: a column's name as the header gives it, such as `Data Value`
 *
 * Case and surrounding spaces do not matter.
 *
 * Returns: the column's index, or -1 if the header has no such column
 */
int
sf_onet_table_find_column (SfOnetTable *self,
                           const char  *name)
{
  for (guint i = 0; i < self->columns->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->columns, i), name) == 0)
      return i;
  return -1;
}

/**
 * sf_onet_table_require_column:
 * @self: a #SfOnetTable
 * @name: the column's name
 * @column: (out): its index
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the header has the column, else %FALSE with an error
 *   that names the file and the column
 */
gboolean
sf_onet_table_require_column (SfOnetTable  *self,
                              const char   *name,
                              int          *column,
                              GError      **error)
{
  *column = sf_onet_table_find_column (self, name);
  if (*column >= 0)
    return TRUE;
  g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MISSING_COLUMN,
               _("%s, line 1: no column “%s” in the header"), self->file_name, name);
  return FALSE;
}

/**
 * sf_onet_table_next:
 * @self: a #SfOnetTable
 * @error: return location for a #GError
 *
 * Moves to the next row; blank lines are skipped.
 *
 * Returns: %TRUE on a row; %FALSE at the end, or with @error set when the
 *   line is not UTF-8 or does not have as many fields as the header
 */
gboolean
sf_onet_table_next (SfOnetTable  *self,
                    GError      **error)
{
  if (!read_line (self, error))
    return FALSE;

  if (self->fields->len < self->columns->len)
    {
      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MALFORMED,
                   _("%s, line %u, column %u (“%s”): the line ends here, but the header names %u columns"),
                   self->file_name, self->line, self->fields->len + 1,
                   (char *) g_ptr_array_index (self->columns, self->fields->len), self->columns->len);
      return FALSE;
    }
  if (self->fields->len > self->columns->len)
    {
      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MALFORMED,
                   _("%s, line %u, column %u: the line has %u columns, but the header names %u"),
                   self->file_name, self->line, self->columns->len + 1, self->fields->len,
                   self->columns->len);
      return FALSE;
    }
  return TRUE;
}

/**
 * sf_onet_table_get:
 * @self: a #SfOnetTable on a row
 * @column: a column index from sf_onet_table_find_column()
 *
 * Returns: (nullable): the row's value in the column, without surrounding
 *   spaces, or %NULL if it is missing (`n/a` or empty)
 */
const char *
sf_onet_table_get (SfOnetTable *self,
                   int          column)
{
  const char *value;

  if (column < 0 || (guint) column >= self->fields->len)
    return NULL;
  value = g_ptr_array_index (self->fields, column);
  if (*value == '\0' || g_ascii_strcasecmp (value, "n/a") == 0)
    return NULL;
  return value;
}

/**
 * sf_onet_table_get_line:
 * @self: a #SfOnetTable
 *
 * Returns: the line number of the current row, from 1
 */
guint
sf_onet_table_get_line (SfOnetTable *self)
{
  return self->line;
}

static void
set_value_error (SfOnetTable  *self,
                 int           column,
                 const char   *value,
                 const char   *what,
                 GError      **error)
{
  g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MALFORMED,
               /* Translators: the last %s is "a number" or "a whole number" */
               _("%s, line %u, column %d (“%s”): “%s” is not %s"),
               self->file_name, self->line, column + 1,
               (char *) g_ptr_array_index (self->columns, column), value, what);
}

/**
 * sf_onet_table_get_number:
 * @self: a #SfOnetTable on a row
 * @column: a column index
 * @value: (out): the number, or NAN if the value is missing
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the value is a number or missing
 */
gboolean
sf_onet_table_get_number (SfOnetTable  *self,
                          int           column,
                          double       *value,
                          GError      **error)
{
  const char *text = sf_onet_table_get (self, column);
  char *end = NULL;

  *value = NAN;
  if (text == NULL)
    return TRUE;
  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    {
      *value = NAN;
      set_value_error (self, column, text, _("a number"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * sf_onet_table_get_integer:
 * @self: a #SfOnetTable on a row
 * @column: a column index
 * @value: (out) (transfer full) (nullable): the integer as O*NET writes
 *   it (`28` for `28.0`), or %NULL if the value is missing
 * @error: return location for a #GError
 *
 * Ids and codes stay strings: read as numbers they would lose leading
 * zeros; but `28.0`, as spreadsheets write 28, is read as `28`.
 *
 * Returns: %TRUE if the value is a whole number or missing
 */
gboolean
sf_onet_table_get_integer (SfOnetTable  *self,
                           int           column,
                           char        **value,
                           GError      **error)
{
  const char *text = sf_onet_table_get (self, column);
  const char *p;

  *value = NULL;
  if (text == NULL)
    return TRUE;
  for (p = text; g_ascii_isdigit (*p); p++)
    ;
  if (p > text && *p == '.')
    {
      const char *q;

      for (q = p + 1; *q == '0'; q++)
        ;
      if (*q == '\0')
        {
          *value = g_strndup (text, p - text);
          return TRUE;
        }
    }
  else if (p > text && *p == '\0')
    {
      *value = g_strdup (text);
      return TRUE;
    }
  set_value_error (self, column, text, _("a whole number"), error);
  return FALSE;
}

/**
 * sf_onet_table_get_flag:
 * @self: a #SfOnetTable on a row
 * @column: a column index, or -1
 *
 * Returns: whether the value says yes (`Y`, as O*NET writes it)
 */
gboolean
sf_onet_table_get_flag (SfOnetTable *self,
                        int          column)
{
  const char *text = sf_onet_table_get (self, column);

  return text != NULL && (g_ascii_strcasecmp (text, "Y") == 0 || g_ascii_strcasecmp (text, "yes") == 0 ||
                          g_ascii_strcasecmp (text, "true") == 0 || strcmp (text, "1") == 0);
}
