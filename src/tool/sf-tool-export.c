/* sf-tool-export.c: skillframe-tool export and import-case
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sf-case.h"
#include "sf-export.h"
#include "sf-format.h"
#include "sf-model.h"
#include "sf-problem.h"
#include "sf-rule.h"
#include "sf-tool.h"

/* The date of a framework's last change, for the formats that date their
 * records: $SOURCE_DATE_EPOCH when set (reproducible builds' convention),
 * else the file's modification time, so that exporting the same file
 * twice gives the same bytes. */
static GDateTime *
last_change (GFile *file)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GFileInfo) info = NULL;

  if (epoch != NULL && *epoch)
    {
      char *end;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (*end == '\0')
        return g_date_time_new_from_unix_utc (seconds);
    }
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    return g_date_time_new_from_unix_utc (g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
  return NULL;
}

static void
print_problems (const char *path,
                GPtrArray  *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *pointer = sf_problem_dup_pointer (problem);

      g_printerr ("%s:%s: %s: %s [%s]\n", path, pointer,
                  sf_severity_to_string (sf_problem_get_severity (problem)),
                  sf_problem_get_message (problem), sf_problem_get_rule_id (problem));
    }
}

/* The name of a framework's export in an output folder. */
static char *
output_name (const char           *path,
             const SfExportFormat *format)
{
  g_autofree char *base = g_path_get_basename (path);

  if (g_str_has_suffix (base, ".skillframe.json"))
    base[strlen (base) - strlen (".skillframe.json")] = '\0';
  else if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  return g_strconcat (base, format->suffix, NULL);
}

static gboolean
write_output (const char  *output,
              GBytes      *bytes,
              GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (output == NULL || strcmp (output, "-") == 0)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("-: could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }
  file = g_file_new_for_commandline_arg (output);
  return sf_format_save_bytes (file, bytes, FALSE, NULL, NULL, NULL, error);
}

int
sf_tool_export (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *summary = NULL;
  const SfExportFormat *formats, *format;
  gboolean force = FALSE;
  gboolean bom = FALSE;
  gboolean to_folder;
  int status = SF_EXIT_OK;
  guint n_formats;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("The format to write (required)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to this file (one framework) or folder (several); default: standard output"), N_("PATH") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Export even a framework with validation errors"), NULL },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("CSV: begin with a UTF-8 byte-order mark, for spreadsheet programs"), NULL },
    { NULL }
  };

  formats = sf_export_get_formats (&n_formats);
  for (guint i = 0; i < n_formats; i++)
    g_string_append_printf (names, "\n  %-12s %s", formats[i].name, _(formats[i].title));

  context = g_option_context_new (_("FILE|FOLDER… — export frameworks for publication or exchange"));
  summary = g_strdup_printf (_("Formats:%s"), names->str);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context,
    _("A framework with validation errors is not exported for publication unless\n"
      "--force is given: its errors are listed and the exit status is 1. Warnings\n"
      "are listed and do not block. With several frameworks (or a folder), -o names\n"
      "a folder that receives one file per framework. Dates in CASE packages come\n"
      "from $SOURCE_DATE_EPOCH, else from the framework file's modification time."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;

  if (format_name == NULL)
    {
      g_printerr (_("No format given: use --format=FORMAT, one of:%s\n"), names->str);
      return SF_EXIT_USAGE;
    }
  format = sf_export_find_format (format_name);
  if (format == NULL)
    {
      g_printerr (_("Unknown format “%s”: use one of:%s\n"), format_name, names->str);
      return SF_EXIT_USAGE;
    }

  files = sf_tool_expand_files (argv + 1, &status);
  to_folder = files->len > 1 || (argc == 2 && g_file_test (argv[1], G_FILE_TEST_IS_DIR)) ||
              (output != NULL && g_file_test (output, G_FILE_TEST_IS_DIR));
  if (to_folder && (output == NULL || strcmp (output, "-") == 0))
    {
      g_printerr (_("Several frameworks: give an output folder with -o FOLDER\n"));
      return SF_EXIT_USAGE;
    }
  if (to_folder && g_mkdir_with_parents (output, 0777) != 0)
    {
      g_printerr (_("%s: cannot create the folder: %s\n"), output, g_strerror (errno));
      return SF_EXIT_CANTCREAT;
    }

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *target = NULL;
      SfExportOptions options = { NULL };

      framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
      if (framework == NULL)
        {
          g_printerr ("%s\n", error->message);
          sf_tool_merge_status (&status, sf_tool_exit_status (error));
          continue;
        }

      if (format->refuse_errors)
        {
          g_autoptr(GPtrArray) problems = sf_export_dup_problems (framework, SF_SEVERITY_WARNING);
          g_autoptr(GPtrArray) errors = g_ptr_array_new ();

          for (guint j = 0; j < problems->len; j++)
            if (sf_problem_get_severity (g_ptr_array_index (problems, j)) == SF_SEVERITY_ERROR)
              g_ptr_array_add (errors, g_ptr_array_index (problems, j));
          print_problems (path, problems);
          if (errors->len > 0 && !force)
            {
              g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                       "%s: not exported: %u validation error (use --force to export anyway)\n",
                                       "%s: not exported: %u validation errors (use --force to export anyway)\n",
                                       errors->len),
                          path, errors->len);
              sf_tool_merge_status (&status, SF_EXIT_PROBLEMS);
              continue;
            }
        }

      date = last_change (file);
      options.last_change = date;
      options.bom = bom;
      bytes = format->export (framework, &options, &error);
      if (bytes == NULL)
        {
          g_printerr ("%s: %s\n", path, error->message);
          sf_tool_merge_status (&status, SF_EXIT_DATAERR);
          continue;
        }

      if (to_folder)
        {
          g_autofree char *name = output_name (path, format);

          target = g_build_filename (output, name, NULL);
        }
      else
        target = g_strdup (output);
      if (!write_output (target, bytes, &error))
        {
          g_printerr ("%s\n", error->message);
          sf_tool_merge_status (&status, SF_EXIT_CANTCREAT);
        }
    }

  return status;
}

int
sf_tool_import_case (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *output = NULL;
  int status = SF_EXIT_OK;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the framework to this file; default: standard output"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("PACKAGE.json — make a framework of a CASE 1.0 or 1.1 package"));
  g_option_context_set_description (context,
    _("Sections, levels and statements are made of the package's item tree (see\n"
      "data/schema/CASE.md). What the framework format has no place for is kept in\n"
      "the framework and comes back on “export --format=case”. A package with\n"
      "problems is refused with a message per problem, naming the item (exit 65)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 2)
    {
      g_printerr (_("One package at a time\n"));
      return SF_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  framework = sf_case_import_file (file, NULL, &error);
  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      return error->domain == SF_CASE_ERROR ? SF_EXIT_DATAERR : sf_tool_exit_status (error);
    }

  bytes = sf_format_write (framework);
  if (!write_output (output, bytes, &error))
    {
      g_printerr ("%s\n", error->message);
      return SF_EXIT_CANTCREAT;
    }
  return SF_EXIT_OK;
}
