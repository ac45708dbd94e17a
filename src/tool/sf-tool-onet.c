/* sf-tool-onet.c: skillframe-tool import-onet and update-onet
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-onet-import.h"
#include "sf-onet-update.h"
#include "sf-tool.h"

/* Errors of the O*NET database: what pipelines tell apart. */
static int
onet_exit_status (const GError *error)
{
  if (error->domain != SF_ONET_ERROR)
    return sf_tool_exit_status (error);
  switch (error->code)
    {
    case SF_ONET_ERROR_MISSING_FILE:
      return SF_EXIT_NOINPUT;
    case SF_ONET_ERROR_UNKNOWN_CODE:
      return SF_EXIT_USAGE;
    default:
      return SF_EXIT_DATAERR;
    }
}

/* "Reading the O*NET database… 42 %" on a terminal, nothing in a log. */
static void
show_progress (double   fraction,
               gpointer user_data)
{
  int *last = user_data;
  int percent = (int) (fraction * 100);

  if (percent == *last)
    return;
  *last = percent;
  fprintf (stderr, _("\rReading the O*NET database… %3d %%"), percent);
  fflush (stderr);
}

static void
end_progress (int last)
{
  if (last >= 0)
    fprintf (stderr, "\r\033[K");
}

static void
print_notes (GPtrArray *notes)
{
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    g_printerr (_("Note: %s\n"), (char *) g_ptr_array_index (notes, i));
}

static gboolean
write_framework (SfFramework  *framework,
                 const char   *output,
                 GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (output != NULL && g_strcmp0 (output, "-") != 0)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      return sf_format_save_file (framework, file, FALSE, NULL, error);
    }
  bytes = sf_format_write (framework);
  fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
  return TRUE;
}

int
sf_tool_import_onet (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SfOnetDatabase) database = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = NULL;
  g_autofree char *code = NULL;
  g_autofree char *output = NULL;
  gboolean list = FALSE;
  double threshold = SF_ONET_DEFAULT_THRESHOLD;
  int status = SF_EXIT_OK;
  int last = -1;
  const GOptionEntry entries[] = {
    { "code", 'c', 0, G_OPTION_ARG_STRING, &code,
      N_("The occupation's O*NET-SOC code, such as 29-2011.00"), N_("CODE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the framework to FILE instead of the standard output"), N_("FILE") },
    { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
      N_("Take the skills, knowledge and abilities whose importance is at least this (1 to 5; default 3.0)"),
      N_("IMPORTANCE") },
    { "list", 'l', 0, G_OPTION_ARG_NONE, &list,
      N_("List the database's occupations, code and title, instead of importing"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("SOURCE — a new framework from an occupation of the O*NET database"));
  g_option_context_set_description (context,
    _("SOURCE is the O*NET text database as downloaded: the zip (db_30_0_text.zip) or\n"
      "the folder of .txt files unpacked from it, in the layout up to O*NET 30.2 or the\n"
      "one from 30.3. The framework holds the occupation, its tasks, the skills,\n"
      "knowledge and abilities at or above the threshold, work styles, technology,\n"
      "alternate titles and job zone, and the template's empty sections."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 2 || (code == NULL && !list))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr (argc > 2 ? _("One SOURCE only.\n\n%s") : _("No --code given.\n\n%s"), help);
      return SF_EXIT_USAGE;
    }
  if (threshold < 0 || threshold > 5)
    {
      g_printerr (_("The threshold is an importance from 1 to 5, not %g\n"), threshold);
      return SF_EXIT_USAGE;
    }

  source = g_file_new_for_commandline_arg (argv[1]);
  database = sf_onet_database_open (source, NULL, &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return onet_exit_status (error);
    }
  if (list)
    {
      GPtrArray *occupations = sf_onet_database_get_occupations (database, &error);

      if (occupations == NULL)
        {
          g_printerr ("%s\n", error->message);
          return onet_exit_status (error);
        }
      for (guint i = 0; i < occupations->len; i++)
        {
          SfOnetOccupationInfo *info = g_ptr_array_index (occupations, i);

          g_print ("%s\t%s\n", info->code, info->title);
        }
      return SF_EXIT_OK;
    }

  framework = sf_onet_import (database, code, threshold,
                              isatty (STDERR_FILENO) ? show_progress : NULL, &last,
                              &notes, NULL, &error);
  end_progress (last);
  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      return onet_exit_status (error);
    }
  print_notes (notes);
  if (!write_framework (framework, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return sf_tool_exit_status (error);
    }
  return SF_EXIT_OK;
}

int
sf_tool_update_onet (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SfOnetDatabase) database = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(SfOnetUpdate) update = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) source = NULL;
  g_autofree char *output = NULL;
  gboolean dry_run = FALSE;
  double threshold = 0;
  int status = SF_EXIT_OK;
  int last = -1;
  GPtrArray *changes;
  GPtrArray *marked;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Only show what would change; write nothing"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the updated framework to FILE instead of over FRAMEWORK (- for the standard output)"),
      N_("FILE") },
    { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
      N_("The importance threshold of skills, knowledge and abilities (default: the one the framework was "
         "imported with, else 3.0)"), N_("IMPORTANCE") },
    { NULL }
  };

  context = g_option_context_new (_("FRAMEWORK SOURCE — bring a framework's O*NET anchors up to a new release"));
  g_option_context_set_description (context,
    _("Imports the framework's occupation again from SOURCE (the O*NET text database,\n"
      "zip or folder) and shows what changed since its anchors were taken: tasks added,\n"
      "removed and reworded (matched by task id), skills, knowledge and abilities that\n"
      "crossed the threshold, work styles of a new model. The framework is then updated\n"
      "(in place, atomically, keeping a backup), and its statements linked to a removed\n"
      "or reworded anchor are marked for review (rule SF508 lists them)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sf_tool_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr (_("Give a FRAMEWORK and a SOURCE.\n\n%s"), help);
      return SF_EXIT_USAGE;
    }
  if (threshold < 0 || threshold > 5)
    {
      g_printerr (_("The threshold is an importance from 1 to 5, not %g\n"), threshold);
      return SF_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      return sf_tool_exit_status (error);
    }
  source = g_file_new_for_commandline_arg (argv[2]);
  database = sf_onet_database_open (source, NULL, &error);
  if (database != NULL)
    update = sf_onet_update_compute (framework, database, threshold,
                                     isatty (STDERR_FILENO) ? show_progress : NULL, &last, NULL, &error);
  end_progress (last);
  if (update == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return onet_exit_status (error);
    }

  changes = sf_onet_update_get_changes (update);
  marked = sf_onet_update_get_marked (update);
  g_print (_("%s: O*NET %s → %s, %u changes\n"), argv[1],
           sf_onet_update_get_old_release (update) ?: "?", sf_onet_update_get_new_release (update) ?: "?",
           changes->len);
  for (guint i = 0; i < changes->len; i++)
    {
      SfOnetChange *change = g_ptr_array_index (changes, i);
      g_autofree char *text = sf_onet_change_describe (change);

      if (change->n_statements > 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, "  %s (%u statement marked for review)\n",
                              "  %s (%u statements marked for review)\n", change->n_statements),
                 text, change->n_statements);
      else
        g_print ("  %s\n", text);
    }
  if (marked->len > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u statement marked for review:", "%u statements marked for review:",
                            marked->len), marked->len);
      for (guint i = 0; i < marked->len; i++)
        g_print (" %s", (char *) g_ptr_array_index (marked, i));
      g_print ("\n");
    }

  if (dry_run)
    return SF_EXIT_OK;
  if (output != NULL)
    {
      if (!write_framework (sf_onet_update_get_target (update), output, &error))
        {
          g_printerr ("%s\n", error->message);
          return sf_tool_exit_status (error);
        }
    }
  else if (!sf_format_save_file (sf_onet_update_get_target (update), file, TRUE, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return sf_tool_exit_status (error);
    }
  return SF_EXIT_OK;
}
