/* sf-onet-reference.c: the O*NET content model that ships with Skillframe
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sf-core-resources.h"
#include "sf-onet-reference.h"

/**
 * SECTION:sf-onet-reference
 * @title: O*NET reference
 * @short_description: the element ids and names of the O*NET content model
 *
 * Skillframe ships its own table of the O*NET content model
 * (`data/onet/onet-reference.tsv`, compiled into the library as the
 * resource `/io/github/skillframe/core/onet/onet-reference.tsv`): the ids
 * and names of the 35 skills, 33 knowledge areas, 52 abilities, 41
 * generalized work activities, the 21 work styles of the list used since
 * O*NET 30.1 (`1.D`) and the 16 of the retired list (`1.C`), and the names
 * of the five job zones.
 *
 * The reference is parsed once, the first time it is needed, by whichever
 * thread needs it first; after that it never changes, and every function
 * here may be called from any thread. The strings and elements it returns
 * live as long as the program.
 *
 * The generalized work activities are in the table but are not returned as
 * #SfOnetElement: no #SfAnchorKind describes them.
 */

#define REFERENCE_PATH "/io/github/skillframe/core/onet/onet-reference.tsv"
#define N_KINDS (SF_ANCHOR_KIND_WORK_STYLE + 1)
#define N_JOB_ZONES 5

typedef struct
{
  char     *text;      /* the folded name */
  gunichar *chars;     /* the same, as characters, for the edit distance */
  glong     n_chars;
} Folded;

typedef struct
{
  char          *table;                 /* the table, split in place */
  SfOnetElement *elements;              /* grouped by kind, in table order */
  Folded        *folded;                /* parallel to elements */
  gsize          n_elements;
  gsize          first[N_KINDS];
  gsize          count[N_KINDS];
  GHashTable    *by_id;                 /* element id → SfOnetElement */
  const char    *job_zones[N_JOB_ZONES + 1];
  const char    *releases;
  const char    *attribution;
} Reference;

static gboolean
is_element_kind (SfAnchorKind kind)
{
  return kind == SF_ANCHOR_KIND_SKILL
         || kind == SF_ANCHOR_KIND_KNOWLEDGE
         || kind == SF_ANCHOR_KIND_ABILITY
         || kind == SF_ANCHOR_KIND_WORK_STYLE;
}

/* Folds a name for tolerant comparison: compatibility-normalised and
 * case-folded; runs of white space, hyphens, dashes and underscores become
 * one space; no space is kept next to other punctuation ("Achievement /
 * Effort" → "achievement/effort"); no space at either end. Returns NULL for
 * text that is not UTF-8. */
static char *
fold (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *lower = NULL;
  GString *out;
  gboolean pending_space = FALSE;
  gboolean after_punct = FALSE;

  if (!g_utf8_validate (name, -1, NULL))
    return NULL;

  normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  lower = g_utf8_casefold (normal, -1);
  out = g_string_sized_new (strlen (lower));

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (c == 0x2018 || c == 0x2019)
        c = '\'';

      if (type == G_UNICODE_FORMAT)
        continue;
      if (g_unichar_isspace (c) || type == G_UNICODE_CONTROL
          || type == G_UNICODE_DASH_PUNCTUATION || c == '_')
        {
          pending_space = TRUE;
        }
      else if (g_unichar_ispunct (c))
        {
          g_string_append_unichar (out, c);
          pending_space = FALSE;
          after_punct = TRUE;
        }
      else
        {
          if (pending_space && out->len > 0 && !after_punct)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          pending_space = FALSE;
          after_punct = FALSE;
        }
    }

  return g_string_free (out, FALSE);
}

/* The optimal-string-alignment form of the Damerau–Levenshtein distance:
 * insertions, deletions, substitutions and transpositions of two adjacent
 * characters each cost one. */
static guint
edit_distance (const gunichar *a,
               glong           n,
               const gunichar *b,
               glong           m)
{
  g_autofree guint *rows = g_new (guint, 3 * (m + 1));
  guint *before = rows;
  guint *prev = rows + (m + 1);
  guint *cur = rows + 2 * (m + 1);

  for (glong j = 0; j <= m; j++)
    prev[j] = j;

  for (glong i = 1; i <= n; i++)
    {
      guint *tmp;

      cur[0] = i;
      for (glong j = 1; j <= m; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint d = MIN (prev[j] + 1, cur[j - 1] + 1);

          d = MIN (d, prev[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            d = MIN (d, before[j - 2] + 1);
          cur[j] = d;
        }

      tmp = before;
      before = prev;
      prev = cur;
      cur = tmp;
    }

  return prev[m];
}

static SfAnchorKind
parse_kind (const char *kind,
            gboolean   *is_element)
{
  static const struct {
    const char   *name;
    SfAnchorKind  kind;
  } kinds[] = {
    { "skill", SF_ANCHOR_KIND_SKILL },
    { "knowledge", SF_ANCHOR_KIND_KNOWLEDGE },
    { "ability", SF_ANCHOR_KIND_ABILITY },
    { "work-style", SF_ANCHOR_KIND_WORK_STYLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (kind, kinds[i].name) == 0)
      {
        *is_element = TRUE;
        return kinds[i].kind;
      }

  *is_element = FALSE;
  return SF_ANCHOR_KIND_TASK;
}

static void
parse_row (Reference *ref,
           GArray    *rows,
           char      *line,
           guint      line_number)
{
  char *fields[4];
  char *p = line;
  gboolean is_element;
  SfOnetElement element;

  /* Split in place, so the strings live in ref->table. */
  for (guint i = 0; i < 4; i++)
    {
      char *tab = strchr (p, '\t');

      fields[i] = p;
      if ((tab == NULL) != (i == 3))
        g_error ("%s:%u: expected 4 fields", REFERENCE_PATH, line_number);
      if (tab != NULL)
        {
          *tab = '\0';
          p = tab + 1;
        }
      if (*fields[i] == '\0')
        g_error ("%s:%u: empty field", REFERENCE_PATH, line_number);
    }

  if (strcmp (fields[0], "job-zone") == 0)
    {
      guint64 zone;

      if (!g_ascii_string_to_unsigned (fields[1], 10, 1, N_JOB_ZONES, &zone, NULL)
          || ref->job_zones[zone] != NULL)
        g_error ("%s:%u: bad job zone", REFERENCE_PATH, line_number);
      ref->job_zones[zone] = fields[2];
      return;
    }

  if (strcmp (fields[0], "activity") == 0)
    return;

  element.kind = parse_kind (fields[0], &is_element);
  if (!is_element)
    g_error ("%s:%u: unknown kind “%s”", REFERENCE_PATH, line_number, fields[0]);
  element.element_id = fields[1];
  element.name = fields[2];
  element.list = fields[3];

  if (element.kind == SF_ANCHOR_KIND_WORK_STYLE
      ? (strcmp (element.list, "1.C") != 0 && strcmp (element.list, "1.D") != 0)
      : strcmp (element.list, "current") != 0)
    g_error ("%s:%u: bad list “%s”", REFERENCE_PATH, line_number, element.list);

  g_array_append_val (rows, element);
}

static gpointer
load_reference (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (SfOnetElement));
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize next[N_KINDS] = { 0 };
  Reference *ref = g_new0 (Reference, 1);
  char *line;
  guint line_number = 0;

  /* Looking the resource up through its own getter, rather than in the
   * global set, makes every program that uses this file link the compiled
   * resource in, and with it the constructor that registers it. */
  bytes = g_resource_lookup_data (sf_core_get_resource (), REFERENCE_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The O*NET reference is missing: %s", error->message);

  ref->table = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  ref->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  line = ref->table;
  while (line != NULL && *line != '\0')
    {
      char *newline = strchr (line, '\n');

      if (newline != NULL)
        *newline = '\0';
      line_number++;

      if (g_str_has_prefix (line, "# releases: "))
        ref->releases = line + strlen ("# releases: ");
      else if (g_str_has_prefix (line, "# attribution: "))
        ref->attribution = line + strlen ("# attribution: ");
      else if (*line != '#' && *line != '\0')
        parse_row (ref, rows, line, line_number);

      line = newline != NULL ? newline + 1 : NULL;
    }

  if (ref->releases == NULL || ref->attribution == NULL)
    g_error ("%s: the releases or the attribution is missing", REFERENCE_PATH);
  for (guint zone = 1; zone <= N_JOB_ZONES; zone++)
    if (ref->job_zones[zone] == NULL)
      g_error ("%s: job zone %u is missing", REFERENCE_PATH, zone);

  /* Group the elements by kind, keeping the table order within a kind. */
  ref->n_elements = rows->len;
  ref->elements = g_new0 (SfOnetElement, rows->len);
  ref->folded = g_new0 (Folded, rows->len);
  for (guint i = 0; i < rows->len; i++)
    ref->count[g_array_index (rows, SfOnetElement, i).kind]++;
  for (guint k = 1; k < N_KINDS; k++)
    ref->first[k] = ref->first[k - 1] + ref->count[k - 1];
  for (guint i = 0; i < rows->len; i++)
    {
      const SfOnetElement *row = &g_array_index (rows, SfOnetElement, i);
      gsize at = ref->first[row->kind] + next[row->kind]++;
      Folded *folded = &ref->folded[at];
      char *key;

      ref->elements[at] = *row;
      folded->text = fold (row->name);
      folded->chars = g_utf8_to_ucs4_fast (folded->text, -1, &folded->n_chars);

      if (!g_hash_table_insert (ref->by_id, (gpointer) row->element_id, &ref->elements[at]))
        g_error ("%s: element id %s is used twice", REFERENCE_PATH, row->element_id);
      key = g_strdup_printf ("%d\t%s\t%s", row->kind, row->list, folded->text);
      if (!g_hash_table_add (names, key))
        g_error ("%s: name %s is used twice", REFERENCE_PATH, row->name);
    }

  return ref;
}

static Reference *
get_reference (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_reference, NULL);
}

/**
 * sf_onet_reference_get_attribution:
 *
 * Gets the credit line that the CC BY 4.0 license of the O*NET database
 * asks for, to show wherever the reference or O*NET content is shown.
 *
 * Returns: (transfer none): the attribution
 */
const char *
sf_onet_reference_get_attribution (void)
{
  return get_reference ()->attribution;
}

/**
 * sf_onet_reference_get_releases:
 *
 * Gets the O*NET releases the reference was taken from, e.g. "27.0–30.1".
 *
 * Returns: (transfer none): the releases
 */
const char *
sf_onet_reference_get_releases (void)
{
  return get_reference ()->releases;
}

/**
 * sf_onet_release_uses_new_work_styles:
 * @release: (nullable): an O*NET release, e.g. "30.2"
 *
 * Whether an O*NET release uses the work styles introduced in O*NET 30.1
 * (list `1.D`) rather than the retired ones (list `1.C`).
 *
 * Returns: %TRUE for 30.1 and later, and for a %NULL or unparsable release;
 *   %FALSE for 30.0 and earlier
 */
gboolean
sf_onet_release_uses_new_work_styles (const char *release)
{
  guint64 major;
  guint64 minor = 0;
  char *end;

  if (release == NULL)
    return TRUE;
  while (g_ascii_isspace (*release))
    release++;
  if (!g_ascii_isdigit (*release))
    return TRUE;

  major = g_ascii_strtoull (release, &end, 10);
  if (*end == '.')
    {
      if (!g_ascii_isdigit (end[1]))
        return TRUE;
      minor = g_ascii_strtoull (end + 1, &end, 10);
    }
  while (g_ascii_isspace (*end))
    end++;
  if (*end != '\0')
    return TRUE;

  return major > 30 || (major == 30 && minor >= 1);
}

static gboolean
in_list (const SfOnetElement *element,
         const char          *list)
{
  return list == NULL || strcmp (element->list, list) == 0;
}

static const SfOnetElement *
find_name (Reference    *ref,
           SfAnchorKind  kind,
           const char   *list,
           const char   *name,
           const char   *folded)
{
  gsize end = ref->first[kind] + ref->count[kind];

  for (gsize i = ref->first[kind]; i < end; i++)
    {
      const SfOnetElement *element = &ref->elements[i];

      if (!in_list (element, list))
        continue;
      if (name != NULL ? strcmp (element->name, name) == 0
                       : strcmp (ref->folded[i].text, folded) == 0)
        return element;
    }

  return NULL;
}

static const SfOnetElement *
suggest (Reference    *ref,
         SfAnchorKind  kind,
         const char   *list,
         const char   *folded)
{
  gsize end = ref->first[kind] + ref->count[kind];
  g_autofree gunichar *chars = NULL;
  glong n_chars;
  guint limit;
  const SfOnetElement *best = NULL;
  guint best_distance = G_MAXUINT;
  const SfOnetElement *prefix_of = NULL;
  const SfOnetElement *substring_of = NULL;
  guint n_prefix = 0;
  guint n_substring = 0;

  chars = g_utf8_to_ucs4_fast (folded, -1, &n_chars);
  if (n_chars == 0)
    return NULL;
  limit = MAX (2, n_chars / 3);

  for (gsize i = ref->first[kind]; i < end; i++)
    {
      const Folded *candidate = &ref->folded[i];
      guint distance;

      if (!in_list (&ref->elements[i], list))
        continue;

      if ((guint) ABS (candidate->n_chars - n_chars) <= limit)
        {
          distance = edit_distance (chars, n_chars, candidate->chars, candidate->n_chars);
          if (distance < best_distance)
            {
              best_distance = distance;
              best = &ref->elements[i];
            }
        }

      if (n_chars >= 3 && strstr (candidate->text, folded) != NULL)
        {
          n_substring++;
          substring_of = &ref->elements[i];
          if (g_str_has_prefix (candidate->text, folded))
            {
              n_prefix++;
              prefix_of = &ref->elements[i];
            }
        }
    }

  if (best != NULL && best_distance <= limit)
    return best;
  if (n_prefix == 1)
    return prefix_of;
  if (n_substring == 1)
    return substring_of;
  return NULL;
}

/**
 * sf_onet_reference_match:
 * @kind: %SF_ANCHOR_KIND_SKILL, %SF_ANCHOR_KIND_KNOWLEDGE,
 *   %SF_ANCHOR_KIND_ABILITY or %SF_ANCHOR_KIND_WORK_STYLE
 * @name: the name given for an anchor
 * @release: (nullable): the O*NET release the anchor is taken from; it
 *   chooses the work-style list (see sf_onet_release_uses_new_work_styles())
 *
 * Checks a name against the element names of one kind.
 *
 * The match is %SF_ONET_MATCH_EXACT when @name is an element's name, and
 * %SF_ONET_MATCH_TOLERANT when it is one once case, spacing, hyphens and the
 * spacing around punctuation are ignored ("quality-control  analysis"). For
 * work styles only the list the release uses counts; a name found only in
 * the other list gives %SF_ONET_MATCH_OTHER_LIST with the element of that
 * list. Otherwise the match is %SF_ONET_MATCH_NONE.
 *
 * With %SF_ONET_MATCH_NONE or %SF_ONET_MATCH_OTHER_LIST, the suggestion is
 * the element of that kind (and list) with the closest folded name, by
 * Damerau–Levenshtein distance, when that distance is at most
 * max (2, length / 3) of the folded name; failing that, the one element
 * whose folded name starts with, or else contains, the folded @name (of at
 * least three characters), if there is exactly one.
 *
 * Other kinds (tasks, technology, titles…) have no reference: callers must
 * not check them here. For them, and for a @name that is not UTF-8, the
 * match is %SF_ONET_MATCH_NONE with no suggestion.
 *
 * Returns: the match
 */
SfOnetMatch
sf_onet_reference_match (SfAnchorKind  kind,
                         const char   *name,
                         const char   *release)
{
  SfOnetMatch match = { SF_ONET_MATCH_NONE, NULL, NULL };
  g_autofree char *folded = NULL;
  const char *list = NULL;
  const char *other = NULL;
  Reference *ref;

  g_return_val_if_fail (name != NULL, match);

  if (!is_element_kind (kind))
    return match;

  ref = get_reference ();
  if (kind == SF_ANCHOR_KIND_WORK_STYLE)
    {
      gboolean new_styles = sf_onet_release_uses_new_work_styles (release);

      list = new_styles ? "1.D" : "1.C";
      other = new_styles ? "1.C" : "1.D";
    }

  if ((match.element = find_name (ref, kind, list, name, NULL)) != NULL)
    {
      match.kind = SF_ONET_MATCH_EXACT;
      return match;
    }

  folded = fold (name);
  if (folded == NULL)
    return match;

  if ((match.element = find_name (ref, kind, list, NULL, folded)) != NULL)
    {
      match.kind = SF_ONET_MATCH_TOLERANT;
      return match;
    }

  if (other != NULL)
    {
      match.element = find_name (ref, kind, other, name, NULL);
      if (match.element == NULL)
        match.element = find_name (ref, kind, other, NULL, folded);
      if (match.element != NULL)
        match.kind = SF_ONET_MATCH_OTHER_LIST;
    }

  match.suggestion = suggest (ref, kind, list, folded);
  return match;
}

/**
 * sf_onet_reference_lookup_id:
 * @element_id: an O*NET element id, e.g. "2.B.3.m"
 *
 * Finds the skill, knowledge area, ability or work style (of either list)
 * with an element id.
 *
 * Returns: (transfer none) (nullable): the element, or %NULL
 */
const SfOnetElement *
sf_onet_reference_lookup_id (const char *element_id)
{
  g_return_val_if_fail (element_id != NULL, NULL);

  return g_hash_table_lookup (get_reference ()->by_id, element_id);
}

/**
 * sf_onet_reference_get_elements:
 * @kind: %SF_ANCHOR_KIND_SKILL, %SF_ANCHOR_KIND_KNOWLEDGE,
 *   %SF_ANCHOR_KIND_ABILITY or %SF_ANCHOR_KIND_WORK_STYLE
 * @n_elements: (out): where to store the number of elements
 *
 * Gets all the elements of one kind, in the order of the O*NET content
 * model. The work styles are those of the current list (`1.D`) followed by
 * those of the retired list (`1.C`).
 *
 * Returns: (transfer none) (array length=n_elements) (nullable): the
 *   elements, or %NULL for another kind
 */
const SfOnetElement *
sf_onet_reference_get_elements (SfAnchorKind  kind,
                                gsize        *n_elements)
{
  Reference *ref;

  g_return_val_if_fail (n_elements != NULL, NULL);

  *n_elements = 0;
  if (!is_element_kind (kind))
    return NULL;

  ref = get_reference ();
  *n_elements = ref->count[kind];
  return &ref->elements[ref->first[kind]];
}

/**
 * sf_onet_reference_job_zone_name:
 * @job_zone: a job zone, 1 to 5
 *
 * Gets the name of a job zone, e.g. "Considerable Preparation Needed" for
 * job zone 4.
 *
 * Returns: (transfer none) (nullable): the name, or %NULL when @job_zone is
 *   not a job zone
 */
const char *
sf_onet_reference_job_zone_name (int job_zone)
{
  if (job_zone < 1 || job_zone > N_JOB_ZONES)
    return NULL;

  return get_reference ()->job_zones[job_zone];
}

static void
drop_needed (char *folded)
{
  gsize len = strlen (folded);

  if (g_str_has_suffix (folded, " needed"))
    folded[len - strlen (" needed")] = '\0';
}

/**
 * sf_onet_job_zone_name_matches:
 * @job_zone: a job zone, 1 to 5
 * @name: (nullable): a name given for it
 *
 * Whether @name names job zone @job_zone. Case and spacing do not matter, a
 * leading "Job Zone Four:" (or "Job Zone 4:") may be given and the trailing
 * "Needed" may be left out: "Considerable Preparation" and "Job Zone Four:
 * Considerable Preparation Needed" both name job zone 4.
 *
 * Returns: %TRUE when @name names @job_zone
 */
gboolean
sf_onet_job_zone_name_matches (int         job_zone,
                               const char *name)
{
  static const char *numbers[] = { NULL, "one", "two", "three", "four", "five" };
  const char *zone_name = sf_onet_reference_job_zone_name (job_zone);
  g_autofree char *folded = NULL;
  g_autofree char *want = NULL;
  char *rest;

  if (zone_name == NULL || name == NULL)
    return FALSE;

  folded = fold (name);
  if (folded == NULL)
    return FALSE;
  want = fold (zone_name);

  rest = folded;
  if (g_str_has_prefix (folded, "job zone "))
    {
      char *number = folded + strlen ("job zone ");
      char *colon = strchr (number, ':');
      g_autofree char *word = NULL;

      if (colon == NULL)
        return FALSE;
      word = g_strndup (number, colon - number);
      if (g_strcmp0 (word, numbers[job_zone]) != 0
          && !(word[0] == '0' + job_zone && word[1] == '\0'))
        return FALSE;
      rest = colon + 1;
    }

  drop_needed (rest);
  drop_needed (want);
  return strcmp (rest, want) == 0;
}
