/* sf-json.c: a small, strict, fast JSON reader and the canonical writer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader builds a read-only tree in an arena: one malloc per 64 KiB of
 * values, no per-value frees. It accepts RFC 8259 JSON only (no comments, no
 * trailing commas), checks UTF-8 once up front, bounds nesting depth and string
 * length, refuses duplicate member names and NUL characters, and reports the
 * byte offset of the first problem, which the caller turns into a line and
 * column. json-glib's JsonParser was the first choice; it is slower on our
 * files, recursive without a depth bound, and its errors do not carry the
 * position we need.
 *
 * Measured with tests/bench/bench-json.c (run-benchmarks.sh runs it), in
 * memory, parse and free, against json-glib 1.6.6's
 * json_parser_load_from_data(); gcc 12 -O2, a shared 2-CPU AMD EPYC
 * machine; the middle of nine runs of 31 samples each:
 *
 *   the seed, 0.08 MB          0.20 ms (420 MB/s) against 0.97 ms (86 MB/s):
 *                              json-glib takes 5.2 times as long (4.7–5.6);
 *   10,000 statements, 4.5 MB  28 ms (160 MB/s) against 82 ms (55 MB/s):
 *   (gen-corpus.py big)        2.9 times as long (2.7–3.2).
 *
 * The times moved by up to half with the machine's load; the ratios held.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sf-json.h"

#define BLOCK_SIZE (64 * 1024)

typedef struct _Block Block;
struct _Block
{
  Block *next;
  gsize  used;
  gsize  size;
  char   data[];
};

struct _SfJsonDoc
{
  Block       *blocks;
  SfJsonValue *root;
};

typedef struct
{
  const char         *start;
  const char         *p;
  const char         *end;
  SfJsonDoc          *doc;
  const SfJsonLimits *limits;
  guint               depth;
  GPtrArray          *items;    /* scratch stack of array items */
  GArray             *members;  /* scratch stack of object members */
  gsize               error_offset;
  SfJsonError         error_code;
  char               *error_message;
} Parser;

void *
sf_json_doc_alloc (SfJsonDoc *doc,
                   gsize      size)
{
  Block *block = doc->blocks;

  size = (size + 7) & ~(gsize) 7;
  if (block == NULL || block->size - block->used < size)
    {
      gsize block_size = MAX (BLOCK_SIZE, size);

      block = g_malloc (sizeof (Block) + block_size);
      block->size = block_size;
      block->used = 0;
      block->next = doc->blocks;
      doc->blocks = block;
    }
  block->used += size;
  return block->data + block->used - size;
}

void
sf_json_doc_free (SfJsonDoc *doc)
{
  Block *block;

  if (doc == NULL)
    return;

  block = doc->blocks;
  while (block != NULL)
    {
      Block *next = block->next;

      g_free (block);
      block = next;
    }
  g_free (doc);
}

SfJsonValue *
sf_json_doc_get_root (SfJsonDoc *doc)
{
  return doc->root;
}

const char *
sf_json_type_name (SfJsonType type)
{
  switch (type)
    {
    case SF_JSON_NULL:
      return "null";
    case SF_JSON_FALSE:
    case SF_JSON_TRUE:
      return "a boolean";
    case SF_JSON_INT:
    case SF_JSON_DOUBLE:
      return "a number";
    case SF_JSON_STRING:
      return "a string";
    case SF_JSON_ARRAY:
      return "an array";
    case SF_JSON_OBJECT:
      return "an object";
    default:
      g_assert_not_reached ();
    }
}

void
sf_json_offset_to_position (const char *data,
                            gsize       length,
                            gsize       offset,
                            guint      *line,
                            guint      *column)
{
  const char *line_start = data;
  guint n_lines = 1;
  guint col = 1;

  offset = MIN (offset, length);
  for (const char *p = data; p < data + offset; p++)
    if (*p == '\n')
      {
        n_lines++;
        line_start = p + 1;
      }

  /* A byte order mark is not a column. */
  if (line_start == data && length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 && offset >= 3)
    line_start += 3;

  /* Columns count characters, not bytes: skip UTF-8 continuation bytes. */
  for (const char *p = line_start; p < data + offset; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      col++;

  *line = n_lines;
  *column = col;
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Parser      *parser,
      const char  *at,
      SfJsonError  code,
      const char  *format,
      ...)
{
  va_list args;

  if (parser->error_message != NULL)
    return FALSE;

  va_start (args, format);
  parser->error_message = g_strdup_vprintf (format, args);
  va_end (args);
  parser->error_offset = at - parser->start;
  parser->error_code = code;
  return FALSE;
}

static char *
describe_char (Parser     *parser,
               const char *at)
{
  if (at >= parser->end)
    return g_strdup ("the end of the file");
  if (*at >= 0x20 && *at < 0x7f)
    return g_strdup_printf ("'%c'", *at);
  return g_strdup_printf ("U+%04X", g_utf8_get_char_validated (at, parser->end - at));
}

static gboolean
unexpected (Parser     *parser,
            const char *expected)
{
  g_autofree char *found = describe_char (parser, parser->p);

  if (parser->p >= parser->end)
    return fail (parser, parser->p, SF_JSON_ERROR_SYNTAX,
                 "unexpected end of file, expected %s (the file is truncated?)", expected);
  return fail (parser, parser->p, SF_JSON_ERROR_SYNTAX,
               "unexpected %s, expected %s", found, expected);
}

static inline void
skip_ws (Parser *parser)
{
  const char *p = parser->p;

  while (p < parser->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  parser->p = p;
}

static SfJsonValue *
new_value (Parser     *parser,
           SfJsonType  type,
           const char *at)
{
  SfJsonValue *value = sf_json_doc_alloc (parser->doc, sizeof *value);

  value->type = type;
  value->n = 0;
  value->offset = at - parser->start;
  return value;
}

static int
hex4 (const char *p)
{
  int v = 0;

  for (guint i = 0; i < 4; i++)
    {
      char c = p[i];

      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        return -1;
    }
  return v;
}

/* Parses a string at parser->p (on the opening quote). */
static gboolean
parse_string (Parser      *parser,
              const char **out,
              gsize       *out_len)
{
  const char *begin = parser->p + 1;
  const char *p = begin;
  const char *end = parser->end;
  gboolean escaped = FALSE;
  char *buf, *w;

  /* Find the closing quote; plain strings are copied in one go. */
  for (;;)
    {
      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      if (p >= end)
        {
          parser->p = p;
          return fail (parser, p, SF_JSON_ERROR_SYNTAX,
                       "unexpected end of file in a string (the file is truncated?)");
        }
      if (*p == '"')
        break;
      if (*p == '\\')
        {
          escaped = TRUE;
          p += 2;
          continue;
        }
      return fail (parser, p, SF_JSON_ERROR_SYNTAX,
                   "control character U+%04X in a string: write it as an escape", *p);
    }

  if ((gsize) (p - begin) > parser->limits->max_string_length)
    return fail (parser, parser->p, SF_JSON_ERROR_LIMIT,
                 "string of %" G_GSIZE_FORMAT " bytes, longer than the limit of %"
                 G_GSIZE_FORMAT, (gsize) (p - begin), parser->limits->max_string_length);

  buf = sf_json_doc_alloc (parser->doc, (p - begin) + 1);
  if (!escaped)
    {
      memcpy (buf, begin, p - begin);
      buf[p - begin] = '\0';
      *out = buf;
      *out_len = p - begin;
      parser->p = p + 1;
      return TRUE;
    }

  w = buf;
  for (const char *r = begin; r < p;)
    {
      if (*r != '\\')
        {
          *w++ = *r++;
          continue;
        }
      r++;
      switch (*r)
        {
        case '"': *w++ = '"'; r++; break;
        case '\\': *w++ = '\\'; r++; break;
        case '/': *w++ = '/'; r++; break;
        case 'b': *w++ = '\b'; r++; break;
        case 'f': *w++ = '\f'; r++; break;
        case 'n': *w++ = '\n'; r++; break;
        case 'r': *w++ = '\r'; r++; break;
        case 't': *w++ = '\t'; r++; break;
        case 'u':
          {
            int cp = p - r >= 5 ? hex4 (r + 1) : -1;

            if (cp < 0)
              return fail (parser, r - 1, SF_JSON_ERROR_SYNTAX,
                           "invalid \\u escape: it takes four hexadecimal digits");
            r += 5;
            if (cp >= 0xD800 && cp <= 0xDBFF)
              {
                int lo = (p - r >= 6 && r[0] == '\\' && r[1] == 'u') ? hex4 (r + 2) : -1;

                if (lo < 0xDC00 || lo > 0xDFFF)
                  return fail (parser, r - 6, SF_JSON_ERROR_SYNTAX,
                               "invalid \\u escape: a high surrogate without its low surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                r += 6;
              }
            else if (cp >= 0xDC00 && cp <= 0xDFFF)
              return fail (parser, r - 6, SF_JSON_ERROR_SYNTAX,
                           "invalid \\u escape: a low surrogate without its high surrogate");
            else if (cp == 0)
              return fail (parser, r - 6, SF_JSON_ERROR_SYNTAX,
                           "\\u0000 (NUL) is not allowed in a string");
            w += g_unichar_to_utf8 (cp, w);
          }
          break;
        default:
          return fail (parser, r - 1, SF_JSON_ERROR_SYNTAX,
                       "invalid escape in a string");
        }
    }
  *w = '\0';
  *out = buf;
  *out_len = w - buf;
  parser->p = p + 1;
  return TRUE;
}

static SfJsonValue *
parse_number (Parser *parser)
{
  const char *start = parser->p;
  const char *p = start;
  const char *end = parser->end;
  gboolean is_int = TRUE;
  SfJsonValue *value;
  char buf[64];
  char *num;
  double d;

  if (p < end && *p == '-')
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    return (unexpected (parser, "a value"), NULL);
  if (*p == '0')
    p++;
  else
    while (p < end && g_ascii_isdigit (*p))
      p++;
  if (p < end && *p == '.')
    {
      is_int = FALSE;
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return (parser->p = p, unexpected (parser, "a digit after the decimal point"), NULL);
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      is_int = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return (parser->p = p, unexpected (parser, "a digit in the exponent"), NULL);
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  parser->p = p;

  if (is_int && p - start <= 18)
    {
      gint64 v = 0;
      const char *q = start + (*start == '-');

      for (; q < p; q++)
        v = v * 10 + (*q - '0');
      value = new_value (parser, SF_JSON_INT, start);
      value->i = *start == '-' ? -v : v;
      return value;
    }

  num = (gsize) (p - start) < sizeof buf ? buf : g_malloc (p - start + 1);
  memcpy (num, start, p - start);
  num[p - start] = '\0';

  if (is_int)
    {
      char *endptr;
      gint64 v;

      errno = 0;
      v = g_ascii_strtoll (num, &endptr, 10);
      if (errno == 0)
        {
          if (num != buf)
            g_free (num);
          value = new_value (parser, SF_JSON_INT, start);
          value->i = v;
          return value;
        }
    }

  d = g_ascii_strtod (num, NULL);
  if (num != buf)
    g_free (num);
  if (!isfinite (d))
    return (fail (parser, start, SF_JSON_ERROR_LIMIT, "number out of range"), NULL);

  value = new_value (parser, SF_JSON_DOUBLE, start);
  value->d = d;
  return value;
}

static gboolean
literal (Parser     *parser,
         const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (parser->end - parser->p) < len || memcmp (parser->p, word, len) != 0)
    return unexpected (parser, "a value");
  parser->p += len;
  return TRUE;
}

static SfJsonValue *parse_value (Parser *parser);

static gboolean
check_duplicates (Parser       *parser,
                  SfJsonMember *members,
                  guint         n)
{
  if (n <= 16)
    {
      for (guint i = 1; i < n; i++)
        for (guint j = 0; j < i; j++)
          if (members[i].name_len == members[j].name_len &&
              memcmp (members[i].name, members[j].name, members[i].name_len) == 0)
            return fail (parser, parser->start + members[i].value->offset, SF_JSON_ERROR_SYNTAX,
                         "duplicate member \"%s\" in an object", members[i].name);
    }
  else
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < n; i++)
        if (!g_hash_table_add (seen, (gpointer) members[i].name))
          return fail (parser, parser->start + members[i].value->offset, SF_JSON_ERROR_SYNTAX,
                       "duplicate member \"%s\" in an object", members[i].name);
    }
  return TRUE;
}

static SfJsonValue *
parse_container (Parser *parser,
                 gboolean is_object)
{
  const char *start = parser->p;
  SfJsonValue *value;
  guint base = is_object ? parser->members->len : parser->items->len;
  guint n;

  if (++parser->depth > parser->limits->max_depth)
    return (fail (parser, start, SF_JSON_ERROR_LIMIT,
                  "nesting deeper than the limit of %u levels", parser->limits->max_depth),
            NULL);

  parser->p++;
  skip_ws (parser);
  if (parser->p < parser->end && *parser->p == (is_object ? '}' : ']'))
    parser->p++;
  else
    for (;;)
      {
        if (is_object)
          {
            SfJsonMember member;

            if (parser->p >= parser->end || *parser->p != '"')
              return (unexpected (parser, "a member name in double quotes"), NULL);
            if (!parse_string (parser, &member.name, &member.name_len))
              return NULL;
            skip_ws (parser);
            if (parser->p >= parser->end || *parser->p != ':')
              return (unexpected (parser, "':' after the member name"), NULL);
            parser->p++;
            skip_ws (parser);
            if (!(member.value = parse_value (parser)))
              return NULL;
            g_array_append_val (parser->members, member);
          }
        else
          {
            SfJsonValue *item = parse_value (parser);

            if (item == NULL)
              return NULL;
            g_ptr_array_add (parser->items, item);
          }

        skip_ws (parser);
        if (parser->p < parser->end && *parser->p == ',')
          {
            parser->p++;
            skip_ws (parser);
            continue;
          }
        if (parser->p < parser->end && *parser->p == (is_object ? '}' : ']'))
          {
            parser->p++;
            break;
          }
        return (unexpected (parser, is_object ? "',' or '}'" : "',' or ']'"), NULL);
      }

  parser->depth--;

  if (is_object)
    {
      n = parser->members->len - base;
      value = new_value (parser, SF_JSON_OBJECT, start);
      value->n = n;
      value->members = sf_json_doc_alloc (parser->doc, sizeof (SfJsonMember) * MAX (n, 1));
      if (n > 0)  /* the scratch array has no storage before its first member */
        memcpy (value->members, &g_array_index (parser->members, SfJsonMember, base),
                sizeof (SfJsonMember) * n);
      g_array_set_size (parser->members, base);
      if (!check_duplicates (parser, value->members, n))
        return NULL;
    }
  else
    {
      n = parser->items->len - base;
      value = new_value (parser, SF_JSON_ARRAY, start);
      value->n = n;
      value->items = sf_json_doc_alloc (parser->doc, sizeof (gpointer) * MAX (n, 1));
      if (n > 0)  /* pdata is NULL before the first item */
        memcpy (value->items, &parser->items->pdata[base], sizeof (gpointer) * n);
      g_ptr_array_set_size (parser->items, base);
    }

  return value;
}

static SfJsonValue *
parse_value (Parser *parser)
{
  const char *at = parser->p;
  SfJsonValue *value;

  if (at >= parser->end)
    return (unexpected (parser, "a value"), NULL);

  switch (*at)
    {
    case '{':
      return parse_container (parser, TRUE);

    case '[':
      return parse_container (parser, FALSE);

    case '"':
      {
        const char *s;
        gsize len;

        if (!parse_string (parser, &s, &len))
          return NULL;
        value = new_value (parser, SF_JSON_STRING, at);
        value->s = s;
        value->n = len;
        return value;
      }

    case 't':
      return literal (parser, "true") ? new_value (parser, SF_JSON_TRUE, at) : NULL;

    case 'f':
      return literal (parser, "false") ? new_value (parser, SF_JSON_FALSE, at) : NULL;

    case 'n':
      return literal (parser, "null") ? new_value (parser, SF_JSON_NULL, at) : NULL;

    default:
      return parse_number (parser);
    }
}

/**
 * sf_json_doc_parse:
 * @data: the text
 * @length: its length in bytes
 * @limits: the limits to enforce
 * @error_offset: (out): where the first problem is, on failure
 * @error_code: (out): what kind of problem it is, on failure
 * @error_message: (out): what the problem is, on failure
 *
 * Returns: (nullable): the parsed document, or %NULL on failure
 */
SfJsonDoc *
sf_json_doc_parse (const char          *data,
                   gsize                length,
                   const SfJsonLimits  *limits,
                   gsize               *error_offset,
                   SfJsonError         *error_code,
                   char               **error_message)
{
  Parser parser = { 0 };
  const char *invalid;
  SfJsonDoc *doc;

  g_assert (error_offset && error_code && error_message);

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      *error_offset = invalid - data;
      *error_code = SF_JSON_ERROR_ENCODING;
      *error_message = g_strdup (*invalid == '\0'
                                 ? "NUL byte in the file: it is not a text file"
                                 : "invalid UTF-8: the file must be encoded in UTF-8");
      return NULL;
    }

  doc = g_new0 (SfJsonDoc, 1);
  parser.start = data;
  parser.p = data;
  parser.end = data + length;
  parser.doc = doc;
  parser.limits = limits;
  parser.items = g_ptr_array_new ();
  parser.members = g_array_new (FALSE, FALSE, sizeof (SfJsonMember));

  /* A UTF-8 byte order mark is tolerated, as RFC 8259 allows. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    parser.p += 3;

  skip_ws (&parser);
  if (parser.p >= parser.end)
    fail (&parser, parser.p, SF_JSON_ERROR_SYNTAX, "the file is empty: expected a JSON object");
  else if ((doc->root = parse_value (&parser)) != NULL)
    {
      skip_ws (&parser);
      if (parser.p < parser.end)
        fail (&parser, parser.p, SF_JSON_ERROR_SYNTAX,
              "unexpected content after the end of the document");
    }

  g_ptr_array_unref (parser.items);
  g_array_unref (parser.members);

  if (parser.error_message != NULL)
    {
      *error_offset = parser.error_offset;
      *error_code = parser.error_code;
      *error_message = parser.error_message;
      sf_json_doc_free (doc);
      return NULL;
    }

  return doc;
}

/**
 * sf_json_value_get_member:
 * @object: (nullable): a parsed value
 * @name: a member name
 *
 * Returns: (nullable): the member @name of @object, or %NULL when @object
 *   is no object or has none of that name
 */
const SfJsonValue *
sf_json_value_get_member (const SfJsonValue *object,
                          const char        *name)
{
  if (object == NULL || object->type != SF_JSON_OBJECT)
    return NULL;
  for (guint i = 0; i < object->n; i++)
    if (strcmp (object->members[i].name, name) == 0)
      return object->members[i].value;
  return NULL;
}

/**
 * sf_json_value_to_node:
 * @value: a parsed value
 *
 * Returns: (transfer full): @value as a json-glib node
 */
JsonNode *
sf_json_value_to_node (const SfJsonValue *value)
{
  switch (value->type)
    {
    case SF_JSON_NULL:
      return json_node_init_null (json_node_alloc ());
    case SF_JSON_FALSE:
      return json_node_init_boolean (json_node_alloc (), FALSE);
    case SF_JSON_TRUE:
      return json_node_init_boolean (json_node_alloc (), TRUE);
    case SF_JSON_INT:
      return json_node_init_int (json_node_alloc (), value->i);
    case SF_JSON_DOUBLE:
      return json_node_init_double (json_node_alloc (), value->d);
    case SF_JSON_STRING:
      return json_node_init_string (json_node_alloc (), value->s);
    case SF_JSON_ARRAY:
      {
        JsonArray *array = json_array_sized_new (value->n);
        JsonNode *node;

        for (guint i = 0; i < value->n; i++)
          json_array_add_element (array, sf_json_value_to_node (value->items[i]));
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return node;
      }
    case SF_JSON_OBJECT:
      {
        JsonObject *object = json_object_new ();
        JsonNode *node;

        for (guint i = 0; i < value->n; i++)
          json_object_set_member (object, value->members[i].name,
                                  sf_json_value_to_node (value->members[i].value));
        node = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return node;
      }
    default:
      g_assert_not_reached ();
    }
}

static SfJsonValue *
value_from_node (SfJsonDoc *doc,
                 JsonNode  *node)
{
  SfJsonValue *value = sf_json_doc_alloc (doc, sizeof *value);

  value->n = 0;
  value->offset = 0;
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        guint i = 0;

        value->type = SF_JSON_OBJECT;
        value->n = json_object_get_size (object);
        value->members = sf_json_doc_alloc (doc, sizeof (SfJsonMember) * MAX (value->n, 1));
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            gsize len = strlen (name);
            char *copy = sf_json_doc_alloc (doc, len + 1);

            memcpy (copy, name, len + 1);
            value->members[i].name = copy;
            value->members[i].name_len = len;
            value->members[i].value = value_from_node (doc, member);
            i++;
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        value->type = SF_JSON_ARRAY;
        value->n = json_array_get_length (array);
        value->items = sf_json_doc_alloc (doc, sizeof (gpointer) * MAX (value->n, 1));
        for (guint i = 0; i < value->n; i++)
          value->items[i] = value_from_node (doc, json_array_get_element (array, i));
      }
      break;

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_BOOLEAN)
          value->type = json_node_get_boolean (node) ? SF_JSON_TRUE : SF_JSON_FALSE;
        else if (type == G_TYPE_INT64)
          {
            value->type = SF_JSON_INT;
            value->i = json_node_get_int (node);
          }
        else if (type == G_TYPE_DOUBLE)
          {
            value->type = SF_JSON_DOUBLE;
            value->d = json_node_get_double (node);
          }
        else if (json_node_get_string (node) != NULL)
          {
            const char *str = json_node_get_string (node);
            gsize len = strlen (str);
            char *copy = sf_json_doc_alloc (doc, len + 1);

            memcpy (copy, str, len + 1);
            value->type = SF_JSON_STRING;
            value->s = copy;
            value->n = len;
          }
        else
          value->type = SF_JSON_NULL;
      }
      break;

    case JSON_NODE_NULL:
    default:
      value->type = SF_JSON_NULL;
      break;
    }
  return value;
}

/**
 * sf_json_doc_new_from_node:
 * @node: a json-glib tree
 *
 * The reader's tree of @node, as if its canonical text had been parsed
 * (offsets are 0), without writing and parsing that text.
 *
 * Returns: (transfer full): the document
 */
SfJsonDoc *
sf_json_doc_new_from_node (JsonNode *node)
{
  SfJsonDoc *doc = g_new0 (SfJsonDoc, 1);

  doc->root = value_from_node (doc, node);
  return doc;
}

void
sf_json_write_indent (GString *out,
                      guint    depth)
{
  static const char spaces[] = "                                ";

  depth *= 2;
  while (depth > 0)
    {
      guint n = MIN (depth, sizeof spaces - 1);

      g_string_append_len (out, spaces, n);
      depth -= n;
    }
}

void
sf_json_write_string (GString    *out,
                      const char *str)
{
  const char *run = str;

  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      guchar c = *p;
      const char *esc;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\t': esc = "\\t"; break;
        case '\r': esc = "\\r"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          continue;
        }
      g_string_append (out, esc);
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* The shortest decimal form that reads back as the same double, laid out as
 * Python's repr() and JavaScript do it: fixed notation for exponents from -4
 * to 15, scientific beyond; integral values keep ".0" so that a double stays
 * a double when read back. */
void
sf_json_write_double (GString *out,
                      double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[16];
  int precision, exponent;
  const char *e;

  g_assert (isfinite (value));

  for (precision = 1; precision < 17; precision++)
    {
      g_snprintf (fmt, sizeof fmt, "%%.%de", precision - 1);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_snprintf (fmt, sizeof fmt, "%%.%de", precision - 1);
  g_ascii_formatd (buf, sizeof buf, fmt, value);

  e = strchr (buf, 'e');
  g_assert (e != NULL);
  exponent = atoi (e + 1);
  if (exponent < -4 || exponent >= 16)
    {
      g_string_append (out, buf);
      return;
    }

  g_snprintf (fmt, sizeof fmt, "%%.%df", MAX (0, precision - 1 - exponent));
  g_ascii_formatd (buf, sizeof buf, fmt, value);
  g_string_append (out, buf);
  if (strchr (buf, '.') == NULL)
    g_string_append (out, ".0");
}

void
sf_json_write_node (GString  *out,
                    JsonNode *node,
                    guint     depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (type == G_TYPE_INT64)
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
        else if (type == G_TYPE_DOUBLE)
          sf_json_write_double (out, json_node_get_double (node));
        else if (json_node_get_string (node) != NULL)
          sf_json_write_string (out, json_node_get_string (node));
        else
          /* What json_builder_add_string_value (builder, NULL) leaves. */
          g_string_append (out, "null");
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append (out, "[\n");
        for (guint i = 0; i < n; i++)
          {
            sf_json_write_indent (out, depth + 1);
            sf_json_write_node (out, json_array_get_element (array, i), depth + 1);
            g_string_append (out, i + 1 < n ? ",\n" : "\n");
          }
        sf_json_write_indent (out, depth);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        gboolean first = TRUE;

        if (json_object_get_size (object) == 0)
          {
            g_string_append (out, "{}");
            break;
          }
        /* In insertion order, without json_object_get_members()'s copy of
         * every name: a CASE package has a few hundred thousand. */
        g_string_append (out, "{\n");
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            if (!first)
              g_string_append (out, ",\n");
            first = FALSE;
            sf_json_write_indent (out, depth + 1);
            sf_json_write_string (out, name);
            g_string_append (out, ": ");
            sf_json_write_node (out, member, depth + 1);
          }
        g_string_append_c (out, '\n');
        sf_json_write_indent (out, depth);
        g_string_append_c (out, '}');
      }
      break;

    default:
      g_assert_not_reached ();
    }
}
