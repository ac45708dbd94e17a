/* sf-json.h: a small, strict, fast JSON reader and the canonical writer
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  SF_JSON_NULL,
  SF_JSON_FALSE,
  SF_JSON_TRUE,
  SF_JSON_INT,
  SF_JSON_DOUBLE,
  SF_JSON_STRING,
  SF_JSON_ARRAY,
  SF_JSON_OBJECT,
} SfJsonType;

typedef struct _SfJsonValue  SfJsonValue;
typedef struct _SfJsonMember SfJsonMember;
typedef struct _SfJsonDoc    SfJsonDoc;

struct _SfJsonMember
{
  const char  *name;
  gsize        name_len;
  SfJsonValue *value;
};

struct _SfJsonValue
{
  SfJsonType type;
  guint      n;        /* string length, array or object size */
  gsize      offset;   /* byte offset of the value in the input */
  union {
    gint64         i;
    double         d;
    const char    *s;  /* NUL-terminated, n bytes, may hold no NUL */
    SfJsonValue  **items;
    SfJsonMember  *members;
  };
};

typedef struct
{
  guint max_depth;
  gsize max_string_length;
} SfJsonLimits;

typedef enum
{
  SF_JSON_ERROR_SYNTAX,
  SF_JSON_ERROR_ENCODING,
  SF_JSON_ERROR_LIMIT,
} SfJsonError;

SfJsonDoc   *sf_json_doc_parse       (const char          *data,
                                      gsize                length,
                                      const SfJsonLimits  *limits,
                                      gsize               *error_offset,
                                      SfJsonError         *error_code,
                                      char               **error_message);
SfJsonValue *sf_json_doc_get_root    (SfJsonDoc           *doc);
SfJsonDoc   *sf_json_doc_new_from_node (JsonNode          *node);
void         sf_json_doc_free        (SfJsonDoc           *doc);
void        *sf_json_doc_alloc       (SfJsonDoc           *doc,
                                      gsize                size);

void         sf_json_offset_to_position (const char *data,
                                         gsize       length,
                                         gsize       offset,
                                         guint      *line,
                                         guint      *column);
const char  *sf_json_type_name       (SfJsonType           type);
const SfJsonValue *sf_json_value_get_member (const SfJsonValue *object,
                                             const char        *name);
JsonNode    *sf_json_value_to_node   (const SfJsonValue   *value);

/* The canonical writer. */
void         sf_json_write_string    (GString             *out,
                                      const char          *str);
void         sf_json_write_double    (GString             *out,
                                      double               value);
void         sf_json_write_indent    (GString             *out,
                                      guint                depth);
void         sf_json_write_node      (GString             *out,
                                      JsonNode            *node,
                                      guint                depth);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfJsonDoc, sf_json_doc_free)

G_END_DECLS
