/* sf-tool-fmt.c: skillframe-tool fmt
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-tool.h"

int
sf_tool_fmt (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) files = NULL;
  gboolean check = FALSE;
  int status = SF_EXIT_OK;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Change nothing; list the files that are not canonical and exit with 1 if any"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE|FOLDER… — rewrite frameworks in the canonical form"));
  g_option_context_set_description (context,
    _("The canonical form is the one Skillframe saves: fixed member order, two-space\n"
      "indent, a final newline. Files are replaced atomically; a file that cannot be\n"
      "read as a framework is left alone. A folder stands for every *.json file in it."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;

  files = sf_tool_expand_files (argv + 1, &status);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SfFramework) framework = NULL;
      g_autoptr(GBytes) contents = NULL;
      g_autoptr(GBytes) canonical = NULL;

      framework = sf_format_load_file (file, NULL, &contents, NULL, &error);
      if (framework == NULL)
        {
          g_printerr ("%s\n", error->message);
          sf_tool_merge_status (&status, sf_tool_exit_status (error));
          continue;
        }

      canonical = sf_format_write (framework);
      if (g_bytes_equal (contents, canonical))
        continue;

      if (check)
        {
          g_print (_("%s: not in canonical form\n"), path);
          sf_tool_merge_status (&status, SF_EXIT_PROBLEMS);
          continue;
        }

      if (!sf_format_save_file (framework, file, FALSE, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          sf_tool_merge_status (&status, sf_tool_exit_status (error));
          continue;
        }
      g_print (_("%s: reformatted\n"), path);
    }

  return status;
}
