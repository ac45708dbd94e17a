/* sf-tool-diff.c: skillframe-tool diff
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-semantic-diff.h"
#include "sf-tool.h"

/**
 * sf_tool_print_changes:
 * @changes: (element-type SfSemanticChange): changes
 *
 * Prints one line per change and a last line counting them by kind: the
 * text form shared by `diff` and `import-csv`.
 */
void
sf_tool_print_changes (GPtrArray *changes)
{
  g_autofree char *summary = sf_semantic_diff_summary (changes);

  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = sf_semantic_change_describe (g_ptr_array_index (changes, i));

      g_print ("%s\n", line);
    }
  g_print ("%s\n", summary);
}

int
sf_tool_diff (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  SfFramework *frameworks[2] = { NULL, NULL };
  gboolean as_json = FALSE;
  int status = SF_EXIT_OK;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the changes as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("OLD NEW — what changed between two versions of a framework"));
  g_option_context_set_description (context,
    _("Lists the statements added, removed, moved between sections or levels,\n"
      "retitled or reworded (with the words changed, as [-removed-] {+added+}),\n"
      "the citations and anchor links added or removed, the header fields changed,\n"
      "and every other difference, by JSON Pointer.\n"
      "Exit status: 0 the same, 1 different, as diff(1); 65 or 66 when a file\n"
      "cannot be read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      g_printerr (_("diff needs two files, the old version and the new one\n"));
      return SF_EXIT_USAGE;
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i + 1]);
      g_autoptr(GError) error = NULL;

      frameworks[i] = sf_format_load_file (file, NULL, NULL, NULL, &error);
      if (frameworks[i] == NULL)
        {
          g_printerr ("%s\n", error->message);
          sf_tool_merge_status (&status, sf_tool_exit_status (error));
        }
    }

  if (status == SF_EXIT_OK)
    {
      changes = sf_semantic_diff (frameworks[0], frameworks[1]);
      if (as_json)
        {
          g_autoptr(JsonNode) root = sf_semantic_diff_to_json (changes);

          json_object_set_string_member (json_node_get_object (root), "old", argv[1]);
          json_object_set_string_member (json_node_get_object (root), "new", argv[2]);
          sf_tool_print_json (root);
        }
      else if (changes->len > 0)
        {
          g_print ("--- %s\n+++ %s\n", argv[1], argv[2]);
          sf_tool_print_changes (changes);
        }
      status = changes->len > 0 ? SF_EXIT_PROBLEMS : SF_EXIT_OK;
    }

  g_clear_object (&frameworks[0]);
  g_clear_object (&frameworks[1]);
  return status;
}
