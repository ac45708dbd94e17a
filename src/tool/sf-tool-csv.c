/* sf-tool-csv.c: skillframe-tool import-csv (export --format=csv is in sf-tool-export.c)
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-csv.h"
#include "sf-format.h"
#include "sf-model.h"
#include "sf-semantic-diff.h"
#include "sf-tool.h"

int
sf_tool_import_csv (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(SfFramework) result = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *into = NULL;
  g_autofree char *data = NULL;
  gboolean delete_missing = FALSE;
  gboolean as_json = FALSE;
  gsize length;
  int status = SF_EXIT_OK;
  const GOptionEntry entries[] = {
    { "into", 'i', 0, G_OPTION_ARG_FILENAME, &into, N_("The framework to update"), N_("FRAMEWORK.json") },
    { "delete", 0, 0, G_OPTION_ARG_NONE, &delete_missing, N_("Delete the statements that have no row in the sheet"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the changes as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE.csv --into FRAMEWORK.json — apply a spreadsheet to a framework"));
  g_option_context_set_description (context,
    _("Rows are matched to statements by id: changed cells update the statement,\n"
      "new rows add statements, and statements with no row are deleted only with\n"
      "--delete. Prints the changes and their count by kind, then saves the\n"
      "framework (keeping a backup). A bad row (unknown section or level, an id\n"
      "used twice, a citation of an unknown source, malformed quoting) is reported\n"
      "with its line, and nothing is applied (exit status 65)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2 || into == NULL)
    {
      g_printerr (_("import-csv takes one CSV file and --into FRAMEWORK.json\n"));
      return SF_EXIT_USAGE;
    }

  csv_file = g_file_new_for_commandline_arg (argv[1]);
  if (!g_file_load_contents (csv_file, NULL, &data, &length, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return sf_tool_exit_status (error);
    }
  file = g_file_new_for_commandline_arg (into);
  framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      return sf_tool_exit_status (error);
    }

  result = sf_csv_import (framework, data, length, argv[1],
                          delete_missing ? SF_CSV_DELETE_MISSING : SF_CSV_NONE, &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("%s: nothing was applied\n"), into);
      return SF_EXIT_DATAERR;
    }

  changes = sf_semantic_diff (framework, result);
  if (as_json)
    {
      g_autoptr(JsonNode) root = sf_semantic_diff_to_json (changes);

      sf_tool_print_json (root);
    }
  else
    sf_tool_print_changes (changes);

  if (changes->len > 0 && !sf_format_save_file (result, file, TRUE, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return sf_tool_exit_status (error);
    }
  return SF_EXIT_OK;
}
