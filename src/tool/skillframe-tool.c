/* skillframe-tool.c: the command-line tool for pipelines
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sf-format.h"
#include "sf-json.h"
#include "sf-tool.h"

static const SfToolCommand commands[] = {
  { "validate", N_("Check frameworks against the rule catalogue: citations, O*NET alignment, counts…"), sf_tool_validate },
  { "stats", N_("Count the statements, anchors, sources and citations of frameworks"), sf_tool_stats },
  { "fmt", N_("Rewrite framework files in the canonical form, or check that they are"), sf_tool_fmt },
  { "import-onet", N_("Make a new framework from an occupation of the O*NET database"), sf_tool_import_onet },
  { "update-onet", N_("Bring a framework's O*NET anchors up to a new O*NET release"), sf_tool_update_onet },
  { "export", N_("Export frameworks as publication JSON, CASE 1.1 packages or CSV"), sf_tool_export },
  { "import-case", N_("Make a framework of a CASE 1.0 or 1.1 package"), sf_tool_import_case },
  { "import-csv", N_("Apply a spreadsheet (CSV) to a framework, matching rows by statement id"), sf_tool_import_csv },
  { "sync", N_("Share frameworks through a WebDAV server: list, pull, push, sync, status"), sf_tool_sync },
  { "diff", N_("List what changed between two versions of a framework"), sf_tool_diff },
};

/**
 * sf_tool_exit_status:
 * @error: why a file could not be handled
 *
 * Returns: the exit status that tells @error's kind to a pipeline
 */
int
sf_tool_exit_status (const GError *error)
{
  if (error->domain == SF_FORMAT_ERROR)
    return SF_EXIT_DATAERR;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return SF_EXIT_NOINPUT;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return SF_EXIT_NOPERM;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP))
    return SF_EXIT_CANTCREAT;
  return SF_EXIT_IOERR;
}

/* The first failure decides the exit status; problems found (1) give way
 * to a failure to read or write. */
void
sf_tool_merge_status (int *status,
                      int  file_status)
{
  if (*status == SF_EXIT_OK || (*status == SF_EXIT_PROBLEMS && file_status > SF_EXIT_PROBLEMS))
    *status = file_status;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sf_tool_expand_files:
 * @args: the file and folder arguments
 * @status: (inout): the exit status so far
 *
 * A folder stands for every `*.json` file in it, in name order.
 *
 * Returns: (transfer full): the paths of the files to handle
 */
GPtrArray *
sf_tool_expand_files (char **args,
                      int   *status)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;
      const char *name;

      if (!g_file_test (args[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (files, g_strdup (args[i]));
          continue;
        }

      dir = g_dir_open (args[i], 0, &error);
      if (dir == NULL)
        {
          g_printerr ("%s: %s\n", args[i], error->message);
          sf_tool_merge_status (status, g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
                                          ? SF_EXIT_NOPERM : SF_EXIT_NOINPUT);
          continue;
        }

      found = g_ptr_array_new_with_free_func (g_free);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (found, g_build_filename (args[i], name, NULL));
      if (found->len == 0)
        {
          g_printerr (_("%s: no framework files (*.json) in this folder\n"), args[i]);
          sf_tool_merge_status (status, SF_EXIT_NOINPUT);
          continue;
        }
      g_ptr_array_sort (found, compare_paths);
      for (guint j = 0; j < found->len; j++)
        g_ptr_array_add (files, g_steal_pointer (&found->pdata[j]));
    }

  return files;
}

/**
 * sf_tool_parse:
 * @context: the command's options
 * @argc: (inout): the argument count
 * @argv: (inout): the arguments
 * @status: (out): the exit status when parsing fails or help was shown
 *
 * Returns: %TRUE if the command should run
 */
gboolean
sf_tool_parse (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               int             *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s\n", error->message);
      *status = SF_EXIT_USAGE;
      return FALSE;
    }
  if (*argc < 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr (_("No file given.\n\n%s"), help);
      *status = SF_EXIT_USAGE;
      return FALSE;
    }
  return TRUE;
}

/* Reports and JSON are UTF-8 whatever the locale: g_print() would turn
 * every character the locale's charset lacks into "?", in the C locale of a
 * pipeline even the quotes of a message or the text of a statement. */
static void
print_utf8 (const char *text)
{
  fputs (text, stdout);
}

static void
printerr_utf8 (const char *text)
{
  fputs (text, stderr);
}

/* Every JSON report goes through the core's canonical writer, the one that
 * writes framework files: json-glib's generator prints a double with 17
 * significant digits (a score of 4.438494005972043 as 4.4384940059720428),
 * ours in the shortest form that reads back the same, as Python and
 * JavaScript do. */
void
sf_tool_print_json (JsonNode *root)
{
  g_autoptr(GString) out = g_string_new (NULL);

  sf_json_write_node (out, root, 0);
  g_string_append_c (out, '\n');
  g_print ("%s", out->str);
}

static void
print_usage (FILE *out)
{
  int width = 0;

  fprintf (out, _("Usage:\n  skillframe-tool COMMAND [OPTION…] FILE|FOLDER…\n\n"));
  fprintf (out, _("Work with Skillframe framework files in pipelines.\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-*s  %s\n", width, commands[i].name, _(commands[i].summary));
  fprintf (out, _("\nRun “skillframe-tool COMMAND --help” for the options of a command.\n\n"
                  "Exit status: 0 success, 1 problems found, 64 wrong usage, 65 malformed input,\n"
                  "66 missing input, 69 server unavailable, 73 a file could not be written,\n"
                  "74 input/output error, 77 permission denied.\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_print_handler (print_utf8);
  g_set_printerr_handler (printerr_utf8);

  if (argc < 2)
    {
      print_usage (stderr);
      return SF_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return SF_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("skillframe-tool %s\n", PACKAGE_VERSION);
      return SF_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("skillframe-tool: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return SF_EXIT_USAGE;
}
