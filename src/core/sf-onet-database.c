/* sf-onet-database.c: the O*NET text database as downloaded, a folder or a zip
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sf-onet-database.h"

/*
 * O*NET publishes its text database as a zip (`db_30_0_text.zip`) of one
 * folder of `.txt` files and a `Read Me.txt`. Users give either the zip, as
 * downloaded, or the folder they unpacked. The zip is read with libarchive
 * entry by entry, never unpacked to disk: only the files the import needs
 * are decompressed, one at a time, so that memory stays near the size of
 * the largest of them (Abilities.txt, about 10 MB in 30.1).
 */

#define OCCUPATION_DATA "Occupation Data.txt"
#define READ_ME "Read Me.txt"
#define CHUNK_SIZE (256 * 1024)
/* The largest file of O*NET 30.x, Work Context.txt, is about 40 MB: a file
 * far larger is not O*NET's (or is a zip bomb), and is not read whole. */
#define MAX_FILE_SIZE ((gsize) 1024 * 1024 * 1024)

typedef struct
{
  char   *name;  /* the base name, such as "Skills.txt" */
  char   *path;  /* in the folder, or the zip entry's path name */
  gint64  size;
} Entry;

struct _SfOnetDatabase
{
  char       *path;
  char       *display_name;
  gboolean    is_zip;
  GPtrArray  *entries;      /* Entry */
  char       *release;
  GBytes     *occupation_data;
  GPtrArray  *occupations;  /* SfOnetOccupationInfo, parsed when first asked */
  GHashTable *by_code;
};

static void
entry_free (Entry *entry)
{
  g_free (entry->name);
  g_free (entry->path);
  g_free (entry);
}

void
sf_onet_occupation_info_free (SfOnetOccupationInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->code);
  g_free (info->title);
  g_free (info->description);
  g_free (info);
}

void
sf_onet_database_free (SfOnetDatabase *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->display_name);
  g_ptr_array_unref (self->entries);
  g_free (self->release);
  g_clear_pointer (&self->occupation_data, g_bytes_unref);
  g_clear_pointer (&self->occupations, g_ptr_array_unref);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_free (self);
}

static Entry *
find_entry (SfOnetDatabase *self,
            const char     *name)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (g_ascii_strcasecmp (entry->name, name) == 0)
        return entry;
    }
  return NULL;
}

static void
add_entry (SfOnetDatabase *self,
           const char     *name,
           const char     *path,
           gint64          size)
{
  Entry *entry;

  /* Only the first of two files of one name counts (a zip with a stray
   * copy in another folder). */
  if (find_entry (self, name) != NULL)
    return;
  entry = g_new0 (Entry, 1);
  entry->name = g_strdup (name);
  entry->path = g_strdup (path);
  entry->size = size;
  g_ptr_array_add (self->entries, entry);
}

/* "O*NET 30.0 Database" in the Read Me, else the name of the download,
 * "db_30_0_text". The Read Me is matched as bytes: one saved again as
 * Latin-1 or Windows-1252 ("O*NET\xae 30.0 Database"), or cut at 8 KB
 * inside a character, still names its release. */
static char *
find_release (const char *read_me,
              gsize       length,
              const char *name)
{
  g_autoptr(GRegex) in_text = g_regex_new ("O\\*NET[^0-9\\n]{0,4}([0-9]{1,2}\\.[0-9])\\s+Database", G_REGEX_RAW,
                                           0, NULL);
  g_autoptr(GRegex) in_name = g_regex_new ("db_([0-9]{1,2})_([0-9])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (read_me != NULL && g_regex_match_full (in_text, read_me, MIN (length, 8192), 0, 0, &match, NULL))
    return g_match_info_fetch (match, 1);
  g_clear_pointer (&match, g_match_info_free);
  if (name != NULL && g_regex_match (in_name, name, 0, &match))
    {
      g_autofree char *major = g_match_info_fetch (match, 1);
      g_autofree char *minor = g_match_info_fetch (match, 2);

      return g_strdup_printf ("%s.%s", major, minor);
    }
  return NULL;
}

static gboolean
archive_failed (struct archive  *archive,
                const char      *what,
                GError         **error)
{
  g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_NOT_A_DATABASE,
               _("%s: cannot be read as a zip: %s"), what,
               archive_error_string (archive) ? archive_error_string (archive) : _("unknown error"));
  return FALSE;
}

static struct archive *
open_zip (const char  *path,
          GError     **error)
{
  struct archive *archive = archive_read_new ();

  archive_read_support_format_zip_seekable (archive);
  archive_read_support_filter_none (archive);
  if (archive_read_open_filename (archive, path, CHUNK_SIZE) != ARCHIVE_OK)
    {
      archive_failed (archive, path, error);
      archive_read_free (archive);
      return NULL;
    }
  return archive;
}

/* Reads the current entry's data; reports progress as bytes arrive. */
static GBytes *
read_entry_data (struct archive      *archive,
                 const char          *path,
                 gint64               size,
                 gint64              *done,
                 gint64               total,
                 SfOnetProgressFunc   progress,
                 gpointer             progress_data,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(GByteArray) data = g_byte_array_sized_new (size > 0 ? (guint) MIN (size, 64 * 1024 * 1024) : CHUNK_SIZE);

  for (;;)
    {
      gsize old = data->len;
      la_ssize_t n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (old > MAX_FILE_SIZE)
        {
          g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_NOT_A_DATABASE,
                       _("%s: more than 1 GB once unpacked, far larger than any file of O*NET"), path);
          return NULL;
        }
      g_byte_array_set_size (data, old + CHUNK_SIZE);
      n = archive_read_data (archive, data->data + old, CHUNK_SIZE);
      if (n < 0)
        {
          archive_failed (archive, path, error);
          return NULL;
        }
      g_byte_array_set_size (data, old + n);
      if (n == 0)
        break;
      *done += n;
      if (progress != NULL && total > 0)
        progress (MIN (1.0, (double) *done / total), progress_data);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static gboolean
list_zip (SfOnetDatabase  *self,
          GCancellable    *cancellable,
          GError         **error)
{
  struct archive *archive = open_zip (self->path, error);
  struct archive_entry *entry;
  gboolean ok = TRUE;
  int r;

  if (archive == NULL)
    return FALSE;
  while ((r = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *path = archive_entry_pathname (entry);
      g_autofree char *name = NULL;
      gint64 done = 0;

      if (path == NULL || archive_entry_filetype (entry) != AE_IFREG)
        continue;
      name = g_path_get_basename (path);
      /* macOS's resource forks ("__MACOSX/._Skills.txt") are not files. */
      if (!g_str_has_suffix (name, ".txt") || g_str_has_prefix (name, "._"))
        continue;
      add_entry (self, name, path, archive_entry_size (entry));
      if (g_ascii_strcasecmp (name, READ_ME) == 0 && self->release == NULL)
        {
          g_autoptr(GBytes) read_me = read_entry_data (archive, path, archive_entry_size (entry), &done, 0,
                                                       NULL, NULL, cancellable, error);

          if (read_me == NULL)
            {
              ok = FALSE;
              break;
            }
          self->release = find_release (g_bytes_get_data (read_me, NULL), g_bytes_get_size (read_me), NULL);
        }
      else if (g_ascii_strcasecmp (name, OCCUPATION_DATA) == 0 && self->occupation_data == NULL)
        {
          self->occupation_data = read_entry_data (archive, path, archive_entry_size (entry), &done, 0,
                                                   NULL, NULL, cancellable, error);
          if (self->occupation_data == NULL)
            {
              ok = FALSE;
              break;
            }
        }
    }
  if (ok && r != ARCHIVE_EOF)
    ok = archive_failed (archive, self->display_name, error);
  archive_read_free (archive);
  return ok;
}

static gboolean
list_folder (SfOnetDatabase  *self,
             const char      *folder,
             GError         **error)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, error);
  g_autofree char *only_subfolder = NULL;
  guint n_subfolders = 0;
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      if (g_stat (path, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        {
          n_subfolders++;
          g_free (only_subfolder);
          only_subfolder = g_steal_pointer (&path);
        }
      else if (S_ISREG (st.st_mode) && g_str_has_suffix (name, ".txt"))
        add_entry (self, name, path, st.st_size);
    }
  /* The folder the zip was unpacked into, holding "db_30_0_text/". */
  if (self->entries->len == 0 && n_subfolders == 1)
    return list_folder (self, only_subfolder, error);
  return TRUE;
}

/**
 * sf_onet_database_open:
 * @source: the folder of the O*NET text database, or its zip
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Lists the database's files, reads its release from `Read Me.txt` (or
 * from the download's name) and its list of occupations.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL if @source
 *   is neither, or has no `Occupation Data.txt`
 */
SfOnetDatabase *
sf_onet_database_open (GFile         *source,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(SfOnetDatabase) self = g_new0 (SfOnetDatabase, 1);
  GStatBuf st;

  g_return_val_if_fail (G_IS_FILE (source), NULL);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->path = g_file_get_path (source);
  self->display_name = g_file_get_parse_name (source);
  if (self->path == NULL)
    {
      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_NOT_A_DATABASE,
                   _("%s: the O*NET database must be a local folder or zip"), self->display_name);
      return NULL;
    }
  if (g_stat (self->path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "%s: %s", self->display_name, g_strerror (saved));
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      Entry *read_me;
      Entry *occupations;
      g_autofree char *base = g_path_get_basename (self->path);

      if (!list_folder (self, self->path, error))
        return NULL;
      if ((read_me = find_entry (self, READ_ME)) != NULL)
        {
          g_autofree char *text = NULL;
          gsize length = 0;

          if (g_file_get_contents (read_me->path, &text, &length, NULL))
            self->release = find_release (text, length, NULL);
        }
      if (self->release == NULL)
        self->release = find_release (NULL, 0, base);
      if ((occupations = find_entry (self, OCCUPATION_DATA)) != NULL)
        {
          g_autofree char *text = NULL;
          gsize length = 0;

          if (!g_file_get_contents (occupations->path, &text, &length, error))
            return NULL;
          self->occupation_data = g_bytes_new_take (g_steal_pointer (&text), length);
        }
    }
  else
    {
      g_autofree char *base = g_path_get_basename (self->path);

      self->is_zip = TRUE;
      if (!list_zip (self, cancellable, error))
        return NULL;
      if (self->release == NULL)
        self->release = find_release (NULL, 0, base);
    }

  if (self->occupation_data == NULL)
    {
      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_MISSING_FILE,
                   _("%s: no “%s”; is this the O*NET text database?"),
                   self->display_name, OCCUPATION_DATA);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * sf_onet_database_get_name:
 * @self: a #SfOnetDatabase
 *
 * Returns: the folder's or zip's name, for messages
 */
const char *
sf_onet_database_get_name (SfOnetDatabase *self)
{
  return self->display_name;
}

/**
 * sf_onet_database_get_release:
 * @self: a #SfOnetDatabase
 *
 * Returns: (nullable): the O*NET release, such as `30.0`, or %NULL if
 *   neither the Read Me nor the download's name tells it
 */
const char *
sf_onet_database_get_release (SfOnetDatabase *self)
{
  return self->release;
}

/**
 * sf_onet_database_has_file:
 * @self: a #SfOnetDatabase
 * @name: a file name such as `Skills.txt`
 *
 * Returns: whether the database has the file
 */
gboolean
sf_onet_database_has_file (SfOnetDatabase *self,
                           const char     *name)
{
  return find_entry (self, name) != NULL;
}

/**
 * sf_onet_normalize_code:
 * @code: an O*NET-SOC code as a user types it
 *
 * Returns: (transfer full): @code without surrounding spaces, with `.00`
 *   added to a bare SOC code (`29-2011`)
 */
char *
sf_onet_normalize_code (const char *code)
{
  g_autofree char *stripped = g_strstrip (g_strdup (code));

  if (g_regex_match_simple ("^[0-9]{2}-[0-9]{4}$", stripped, 0, 0))
    return g_strconcat (stripped, ".00", NULL);
  return g_steal_pointer (&stripped);
}

/**
 * sf_onet_database_get_occupations:
 * @self: a #SfOnetDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (element-type SfOnetOccupationInfo) (nullable):
 *   the occupations in the file's order, or %NULL if `Occupation Data.txt`
 *   is malformed
 */
GPtrArray *
sf_onet_database_get_occupations (SfOnetDatabase  *self,
                                  GError         **error)
{
  g_autoptr(SfOnetTable) table = NULL;
  g_autoptr(GPtrArray) occupations = NULL;
  g_autoptr(GHashTable) by_code = NULL;
  GError *local_error = NULL;
  int code, title, description;
  gsize length;
  const char *data;

  if (self->occupations != NULL)
    return self->occupations;

  data = g_bytes_get_data (self->occupation_data, &length);
  table = sf_onet_table_new (OCCUPATION_DATA, data, length, error);
  if (table == NULL ||
      !sf_onet_table_require_column (table, "O*NET-SOC Code", &code, error) ||
      !sf_onet_table_require_column (table, "Title", &title, error))
    return NULL;
  description = sf_onet_table_find_column (table, "Description");

  occupations = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_onet_occupation_info_free);
  by_code = g_hash_table_new (g_str_hash, g_str_equal);
  while (sf_onet_table_next (table, &local_error))
    {
      SfOnetOccupationInfo *info;

      if (sf_onet_table_get (table, code) == NULL || sf_onet_table_get (table, title) == NULL)
        continue;
      info = g_new0 (SfOnetOccupationInfo, 1);
      info->code = g_strdup (sf_onet_table_get (table, code));
      info->title = g_strdup (sf_onet_table_get (table, title));
      info->description = g_strdup (sf_onet_table_get (table, description));
      g_ptr_array_add (occupations, info);
      if (!g_hash_table_contains (by_code, info->code))
        g_hash_table_insert (by_code, info->code, info);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  self->occupations = g_steal_pointer (&occupations);
  self->by_code = g_steal_pointer (&by_code);
  return self->occupations;
}

/**
 * sf_onet_database_lookup:
 * @self: a #SfOnetDatabase whose occupations were read
 * @code: an O*NET-SOC code
 *
 * Returns: (nullable) (transfer none): the occupation of the code
 */
const SfOnetOccupationInfo *
sf_onet_database_lookup (SfOnetDatabase *self,
                         const char     *code)
{
  if (self->by_code == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_code, code);
}

typedef struct
{
  const SfOnetOccupationInfo *info;
  int                         score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->score != y->score)
    return y->score - x->score;
  return strcmp (x->info->code, y->info->code);
}

/* How much of an occupation's code and title a mistyped code or a title's
 * words match: the digits in place count, then words of the title. */
static int
score (const SfOnetOccupationInfo *info,
       const char                 *query,
       char                      **words)
{
  int s = 0;
  guint i;

  for (i = 0; query[i] && info->code[i]; i++)
    if (query[i] == info->code[i])
      s += i < 7 ? 20 - (int) i : 2;
  for (i = 0; words[i] != NULL; i++)
    {
      g_autofree char *title = g_utf8_casefold (info->title, -1);

      if (strlen (words[i]) > 2 && strstr (title, words[i]) != NULL)
        s += 50;
    }
  return s;
}

/**
 * sf_onet_database_describe_nearest:
 * @self: a #SfOnetDatabase whose occupations were read
 * @code: a code (or title) the database does not have
 * @n_nearest: how many to list
 *
 * Returns: (transfer full): the nearest occupations, one per line, code
 *   and title, without a final newline
 */
char *
sf_onet_database_describe_nearest (SfOnetDatabase *self,
                                   const char     *code,
                                   guint           n_nearest)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree char *folded = g_utf8_casefold (code, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " ,-/", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; self->occupations != NULL && i < self->occupations->len; i++)
    {
      Candidate c = { g_ptr_array_index (self->occupations, i), 0 };

      c.score = score (c.info, code, words);
      g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < MIN (n_nearest, candidates->len); i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      g_string_append_printf (out, "%s  %s  %s", i > 0 ? "\n" : "", c->info->code, c->info->title);
    }
  return g_string_free (out, FALSE);
}

/**
 * sf_onet_database_read:
 * @self: a #SfOnetDatabase
 * @names: the names of the files to read; those absent are skipped
 * @func: called with each file's content
 * @user_data: data for @func
 * @progress: (nullable): told how far reading has come
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads the files one at a time, in the zip's order or in the order of
 * @names for a folder, so that only one is in memory at once.
 *
 * Returns: %TRUE if every file present was read and @func accepted it
 */
gboolean
sf_onet_database_read (SfOnetDatabase      *self,
                       const char * const  *names,
                       SfOnetFileFunc       func,
                       gpointer             user_data,
                       SfOnetProgressFunc   progress,
                       gpointer             progress_data,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  struct archive *archive;
  struct archive_entry *archive_entry;
  gint64 total = 0;
  gint64 done = 0;
  gboolean ok = TRUE;
  int r;

  for (guint i = 0; names[i] != NULL; i++)
    {
      Entry *entry = find_entry (self, names[i]);

      if (entry != NULL && !g_hash_table_contains (wanted, entry))
        {
          g_hash_table_add (wanted, entry);
          total += MAX (entry->size, 1);
        }
    }

  if (!self->is_zip)
    {
      for (guint i = 0; names[i] != NULL; i++)
        {
          Entry *entry = find_entry (self, names[i]);
          g_autoptr(GMappedFile) mapped = NULL;

          if (entry == NULL || !g_hash_table_remove (wanted, entry))
            continue;
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          mapped = g_mapped_file_new (entry->path, FALSE, error);
          if (mapped == NULL)
            return FALSE;
          if (!func (entry->name, g_mapped_file_get_contents (mapped) ?: "",
                     g_mapped_file_get_length (mapped), user_data, error))
            return FALSE;
          done += MAX (entry->size, 1);
          if (progress != NULL)
            progress ((double) done / total, progress_data);
        }
      return TRUE;
    }

  archive = open_zip (self->path, error);
  if (archive == NULL)
    return FALSE;
  while (g_hash_table_size (wanted) > 0 &&
         (r = archive_read_next_header (archive, &archive_entry)) == ARCHIVE_OK)
    {
      const char *path = archive_entry_pathname (archive_entry);
      g_autoptr(GBytes) data = NULL;
      Entry *entry = NULL;

      for (guint i = 0; path != NULL && i < self->entries->len; i++)
        if (g_str_equal (((Entry *) g_ptr_array_index (self->entries, i))->path, path))
          entry = g_ptr_array_index (self->entries, i);
      if (entry == NULL || !g_hash_table_remove (wanted, entry))
        continue;
      data = read_entry_data (archive, path, entry->size, &done, total, progress, progress_data,
                              cancellable, error);
      if (data == NULL ||
          !func (entry->name, g_bytes_get_data (data, NULL) ?: "", g_bytes_get_size (data), user_data, error))
        {
          ok = FALSE;
          break;
        }
    }
  if (ok && g_hash_table_size (wanted) > 0)
    ok = archive_failed (archive, self->display_name, error);
  archive_read_free (archive);
  return ok;
}
