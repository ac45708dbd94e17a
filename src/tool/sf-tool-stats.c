/* sf-tool-stats.c: skillframe-tool stats
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-stats.h"
#include "sf-tool.h"

/* A member that an edited framework left unset is null in the figures. */
static const char *
string_member (JsonObject *object,
               const char *name)
{
  const char *value = json_object_get_string_member_with_default (object, name, NULL);

  return value ? value : "—";
}

static void
print_text (const char *path,
            JsonObject *stats)
{
  JsonArray *sections = json_object_get_array_member (stats, "sections");
  JsonObject *anchors = json_object_get_object_member (stats, "anchors");
  JsonArray *sources = json_object_get_array_member (stats, "sources");
  guint n_uncited = 0;

  g_print ("%s: %s (%s, %s)\n", path,
           string_member (stats, "title"),
           string_member (stats, "soc_code"),
           string_member (stats, "version"));

  g_print (_("  Statements: %u\n"), (guint) json_object_get_int_member (stats, "statements"));
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);
      JsonArray *levels = json_object_get_array_member (section, "levels");
      guint no_level = json_object_get_int_member (section, "no_level");

      g_print ("    %-22s %-13s %5" G_GINT64_FORMAT "  ",
               string_member (section, "title"),
               string_member (section, "kind"),
               json_object_get_int_member (section, "statements"));
      for (guint j = 0; j < json_array_get_length (levels); j++)
        {
          JsonObject *level = json_array_get_object_element (levels, j);

          g_print ("%s%s %" G_GINT64_FORMAT, j ? ", " : "",
                   string_member (level, "name"),
                   json_object_get_int_member (level, "statements"));
        }
      /* Statements with no level, or one not on the scale. */
      if (no_level > 0)
        g_print (_("%sno level %u"), json_array_get_length (levels) ? ", " : "", no_level);
      g_print ("\n");
      n_uncited += json_array_get_length (json_object_get_array_member (section, "uncited"));
    }

  g_print (_("  Anchors: %u (task %u, skill %u, knowledge %u, ability %u, work style %u, "
             "technology %u)\n"),
           (guint) json_object_get_int_member (anchors, "grounding"),
           (guint) json_object_get_int_member (anchors, "task"),
           (guint) json_object_get_int_member (anchors, "skill"),
           (guint) json_object_get_int_member (anchors, "knowledge"),
           (guint) json_object_get_int_member (anchors, "ability"),
           (guint) json_object_get_int_member (anchors, "work-style"),
           (guint) json_object_get_int_member (anchors, "technology"));
  g_print (_("  Related titles: %u, apprenticeships: %u, CIP codes: %u\n"),
           (guint) json_object_get_int_member (anchors, "related-title"),
           (guint) json_object_get_int_member (anchors, "apprenticeship"),
           (guint) json_object_get_int_member (anchors, "cip"));

  g_print (_("  Sources: %u\n"), json_array_get_length (sources));
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      g_print (_("    %-16s %5u citations  %s\n"),
               string_member (source, "id"),
               (guint) json_object_get_int_member (source, "citations"),
               string_member (source, "title"));
    }
  if (json_object_get_int_member (stats, "citations_without_source") > 0)
    g_print (_("    %-16s %5u citations\n"), _("(no source)"),
             (guint) json_object_get_int_member (stats, "citations_without_source"));

  g_print (_("  Statements without citations: %u\n"), n_uncited);
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);
      JsonArray *uncited = json_object_get_array_member (section, "uncited");
      guint n = json_array_get_length (uncited);

      if (n == 0)
        continue;
      g_print ("    %-22s %5u", string_member (section, "title"), n);
      /* Name them where they are few enough to read. */
      for (guint j = 0; n <= 10 && j < n; j++)
        {
          JsonObject *statement = json_array_get_object_element (uncited, j);

          g_print ("%s%s “%s”", j ? ", " : "  ",
                   string_member (statement, "id"),
                   string_member (statement, "title"));
        }
      g_print ("\n");
    }
}

int
sf_tool_stats (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(JsonArray) results = json_array_new ();
  gboolean as_json = FALSE;
  int status = SF_EXIT_OK;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the figures as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE|FOLDER… — count what frameworks hold"));
  g_option_context_set_description (context,
    _("For each framework: statements per section and level, the statements without\n"
      "citations, O*NET anchors by kind, sources, and citations per source.\n"
      "Statements on no level of their section's scale are counted as \"no level\",\n"
      "citations of no source of the framework as \"(no source)\".\n"
      "A folder stands for every *.json file in it."));
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
      g_autoptr(JsonNode) stats = NULL;

      framework = sf_format_load_file (file, NULL, NULL, NULL, &error);
      if (framework == NULL)
        {
          g_printerr ("%s\n", error->message);
          sf_tool_merge_status (&status, sf_tool_exit_status (error));
          continue;
        }

      stats = sf_stats_compute (framework);
      if (as_json)
        {
          json_object_set_string_member (json_node_get_object (stats), "file", path);
          json_array_add_element (results, g_steal_pointer (&stats));
        }
      else
        print_text (path, json_node_get_object (stats));
    }

  if (as_json)
    {
      g_autoptr(JsonNode) root = json_node_init_array (json_node_alloc (), results);

      sf_tool_print_json (root);
    }

  return status;
}
