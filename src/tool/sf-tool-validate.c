/* sf-tool-validate.c: skillframe-tool validate
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files are validated in a pool of worker threads, one per processor; each
 * file's report is rendered by its worker and printed in argument order.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sf-format.h"
#include "sf-model.h"
#include "sf-suggester.h"
#include "sf-tool.h"
#include "sf-validator.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define INFORMATION_URI "https://github.com/skillframe/skillframe"

typedef enum
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_SARIF,
} OutputFormat;

typedef struct
{
  OutputFormat  format;
  gboolean      suggest;
  SfSeverity    min_severity;
  GHashTable   *rules;        /* only these rule ids, or NULL for all */
} Options;

typedef struct
{
  const Options *options;
  const char    *path;
  guint          index;
  /* Results */
  int            status;      /* of this file: 0, 1 (errors), or 65… */
  char          *error;       /* why the file could not be read */
  char          *text;        /* FORMAT_TEXT */
  JsonNode      *node;        /* FORMAT_JSON: the file's object; FORMAT_SARIF: its results */
  guint          counts[SF_SEVERITY_ERROR + 1];
} Job;

typedef struct
{
  GMutex   lock;
  guint    done;
  guint    total;
  gboolean progress;
} Progress;

static Progress progress;

/* JsonBuilder one member at a time. */
static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
member_int (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* SARIF's message and description objects: {"text": …}. */
static void
member_text (JsonBuilder *builder,
             const char  *name,
             const char  *text)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  member_string (builder, "text", text);
  json_builder_end_object (builder);
}

static gboolean
keep (const Options *options,
      SfProblem     *problem)
{
  if (sf_problem_get_severity (problem) < options->min_severity)
    return FALSE;
  if (options->rules != NULL && !g_hash_table_contains (options->rules, sf_problem_get_rule_id (problem)))
    return FALSE;
  return TRUE;
}

static const char *
sarif_level (SfSeverity severity)
{
  return severity == SF_SEVERITY_ERROR ? "error" : severity == SF_SEVERITY_WARNING ? "warning" : "note";
}

static int
rule_index (const SfRule *rule)
{
  return (int) rule->key;
}

static void
add_suggestions_json (JsonBuilder *builder,
                      GPtrArray   *suggestions)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < suggestions->len; i++)
    {
      SfSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      json_builder_begin_object (builder);
      member_string (builder, "anchor", sf_anchor_get_id (suggestion->anchor));
      member_string (builder, "name", sf_anchor_get_name (suggestion->anchor));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, suggestion->score);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Statements that link no anchor, for which anchors are proposed. */
static GPtrArray *
unanchored_statements (SfFramework *framework)
{
  GPtrArray *statements = sf_framework_dup_statements (framework);

  for (guint i = statements->len; i > 0; i--)
    {
      const char * const *links = sf_statement_get_anchors (g_ptr_array_index (statements, i - 1));

      if (links != NULL && links[0] != NULL)
        g_ptr_array_remove_index (statements, i - 1);
    }
  return statements;
}

static void
render_text (Job         *job,
             GPtrArray   *problems,
             SfFramework *framework)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *pointer = sf_problem_dup_pointer (problem);

      g_string_append_printf (out, "%s:%s: %s: %s [%s]\n", job->path, pointer,
                              sf_severity_to_string (sf_problem_get_severity (problem)),
                              sf_problem_get_message (problem), sf_problem_get_rule_id (problem));
    }

  if (job->options->suggest)
    {
      g_autoptr(SfSuggester) suggester = sf_suggester_new (framework);
      g_autoptr(GPtrArray) statements = unanchored_statements (framework);

      for (guint i = 0; i < statements->len; i++)
        {
          SfStatement *statement = g_ptr_array_index (statements, i);
          g_autoptr(GPtrArray) suggestions = sf_suggester_suggest_for_statement (suggester, statement, 3);
          g_autofree char *pointer = sf_node_dup_pointer (SF_NODE (statement));

          if (suggestions->len == 0)
            continue;
          g_string_append_printf (out, _("%s:%s: suggestion: link “%s” to"), job->path, pointer,
                                  sf_statement_get_title (statement));
          for (guint j = 0; j < suggestions->len; j++)
            {
              SfSuggestion *suggestion = g_ptr_array_index (suggestions, j);

              g_string_append_printf (out, "%s %s “%s” (%.2f)", j ? "," : "",
                                      sf_anchor_get_id (suggestion->anchor),
                                      sf_anchor_get_name (suggestion->anchor), suggestion->score);
            }
          g_string_append_c (out, '\n');
        }
    }

  job->text = g_string_free (out, FALSE);
}

static void
render_json (Job         *job,
             GPtrArray   *problems,
             SfFramework *framework)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  member_string (builder, "file", job->path);
  member_string (builder, "framework", sf_framework_get_id (framework));
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      const SfRule *rule = sf_problem_get_rule (problem);
      g_autofree char *pointer = sf_problem_dup_pointer (problem);

      json_builder_begin_object (builder);
      member_string (builder, "rule", rule->id);
      member_string (builder, "name", rule->name);
      member_string (builder, "severity", sf_severity_to_string (sf_problem_get_severity (problem)));
      member_string (builder, "message", sf_problem_get_message (problem));
      member_string (builder, "pointer", pointer);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (job->options->suggest)
    {
      g_autoptr(SfSuggester) suggester = sf_suggester_new (framework);
      g_autoptr(GPtrArray) statements = unanchored_statements (framework);

      json_builder_set_member_name (builder, "suggestions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < statements->len; i++)
        {
          SfStatement *statement = g_ptr_array_index (statements, i);
          g_autoptr(GPtrArray) suggestions = sf_suggester_suggest_for_statement (suggester, statement, 3);
          g_autofree char *pointer = sf_node_dup_pointer (SF_NODE (statement));

          json_builder_begin_object (builder);
          member_string (builder, "statement", sf_statement_get_id (statement));
          member_string (builder, "pointer", pointer);
          json_builder_set_member_name (builder, "anchors");
          add_suggestions_json (builder, suggestions);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (SfSeverity s = SF_SEVERITY_ERROR; s >= SF_SEVERITY_INFO; s--)
    {
      json_builder_set_member_name (builder, sf_severity_to_string (s));
      json_builder_add_int_value (builder, job->counts[s]);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  job->node = json_builder_get_root (builder);
}

static void
add_artifact_location (JsonBuilder *builder,
                       const char  *uri,
                       int          index)
{
  json_builder_set_member_name (builder, "artifactLocation");
  json_builder_begin_object (builder);
  member_string (builder, "uri", uri);
  if (index >= 0)
    {
      member_int (builder, "index", index);
    }
  json_builder_end_object (builder);
}

static void
render_sarif (Job         *job,
              GPtrArray   *problems,
              SfFramework *framework,
              GBytes      *contents)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) pointers = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *lines = g_new0 (guint, problems->len + 1);
  g_autofree guint *columns = g_new0 (guint, problems->len + 1);
  gboolean located;

  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (pointers, sf_problem_dup_pointer (g_ptr_array_index (problems, i)));
  g_ptr_array_add (pointers, NULL);
  located = sf_format_locate (g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                              (const char * const *) pointers->pdata, lines, columns);

  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    {
      SfProblem *problem = g_ptr_array_index (problems, i);
      const SfRule *rule = sf_problem_get_rule (problem);

      json_builder_begin_object (builder);
      member_string (builder, "ruleId", rule->id);
      member_int (builder, "ruleIndex", rule_index (rule));
      member_string (builder, "level", sarif_level (sf_problem_get_severity (problem)));
      member_text (builder, "message", sf_problem_get_message (problem));
      json_builder_set_member_name (builder, "locations");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "physicalLocation");
      json_builder_begin_object (builder);
      add_artifact_location (builder, job->path, job->index);
      if (located)
        {
          json_builder_set_member_name (builder, "region");
          json_builder_begin_object (builder);
          member_int (builder, "startLine", lines[i]);
          member_int (builder, "startColumn", columns[i]);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "logicalLocations");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      member_string (builder, "fullyQualifiedName", g_ptr_array_index (pointers, i));
      member_string (builder, "kind", "member");
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  job->node = json_builder_get_root (builder);
}

static void
validate_file (gpointer data,
               gpointer user_data)
{
  Job *job = data;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (job->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(SfFramework) framework = NULL;
  g_autoptr(SfValidator) validator = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);

  framework = sf_format_load_file (file, NULL, &contents, NULL, &error);
  if (framework == NULL)
    {
      job->error = g_strdup (error->message);
      job->status = sf_tool_exit_status (error);
    }
  else
    {
      validator = sf_validator_new (framework);
      all = sf_validator_collect (validator);
      for (guint i = 0; i < all->len; i++)
        if (keep (job->options, g_ptr_array_index (all, i)))
          {
            SfProblem *problem = g_ptr_array_index (all, i);

            job->counts[sf_problem_get_severity (problem)]++;
            g_ptr_array_add (problems, g_object_ref (problem));
          }
      job->status = job->counts[SF_SEVERITY_ERROR] > 0 ? SF_EXIT_PROBLEMS : SF_EXIT_OK;

      switch (job->options->format)
        {
        case FORMAT_TEXT:
          render_text (job, problems, framework);
          break;
        case FORMAT_JSON:
          render_json (job, problems, framework);
          break;
        case FORMAT_SARIF:
        default:
          render_sarif (job, problems, framework, contents);
          break;
        }
    }

  if (progress.progress)
    {
      g_mutex_lock (&progress.lock);
      progress.done++;
      fprintf (stderr, "\r\033[K[%u/%u] %s", progress.done, progress.total, job->path);
      g_mutex_unlock (&progress.lock);
    }
}

static void
job_clear (Job *job)
{
  g_clear_pointer (&job->error, g_free);
  g_clear_pointer (&job->text, g_free);
  g_clear_pointer (&job->node, json_node_unref);
}

static void
print_sarif (Job   *jobs,
             guint  n_jobs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  member_string (builder, "$schema", SARIF_SCHEMA);
  member_string (builder, "version", "2.1.0");
  json_builder_set_member_name (builder, "runs");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "tool");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "driver");
  json_builder_begin_object (builder);
  member_string (builder, "name", "skillframe-tool");
  member_string (builder, "version", PACKAGE_VERSION);
  member_string (builder, "informationUri", INFORMATION_URI);
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_array (builder);
  for (guint i = 0; i < SF_N_RULES; i++)
    {
      const SfRule *rule = sf_rule_get (i);

      json_builder_begin_object (builder);
      member_string (builder, "id", rule->id);
      member_string (builder, "name", rule->name);
      member_text (builder, "shortDescription", sf_rule_get_title (rule));
      member_text (builder, "fullDescription", sf_rule_get_help (rule));
      member_text (builder, "help", sf_rule_get_help (rule));
      json_builder_set_member_name (builder, "defaultConfiguration");
      json_builder_begin_object (builder);
      member_string (builder, "level", sarif_level (rule->severity));
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "properties");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "tags");
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, sf_rule_family_name (rule->family));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "artifacts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_jobs; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "location");
      json_builder_begin_object (builder);
      member_string (builder, "uri", jobs[i].path);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "invocations");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "executionSuccessful");
  {
    gboolean all_read = TRUE;

    for (guint i = 0; i < n_jobs; i++)
      all_read &= jobs[i].error == NULL;
    json_builder_add_boolean_value (builder, all_read);
  }
  json_builder_set_member_name (builder, "toolExecutionNotifications");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_jobs; i++)
    {
      if (jobs[i].error == NULL)
        continue;
      json_builder_begin_object (builder);
      member_string (builder, "level", "error");
      member_text (builder, "message", jobs[i].error);
      json_builder_set_member_name (builder, "locations");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "physicalLocation");
      json_builder_begin_object (builder);
      add_artifact_location (builder, jobs[i].path, i);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_jobs; i++)
    {
      JsonArray *results = jobs[i].node ? json_node_get_array (jobs[i].node) : NULL;

      for (guint j = 0; results != NULL && j < json_array_get_length (results); j++)
        json_builder_add_value (builder, json_node_copy (json_array_get_element (results, j)));
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  sf_tool_print_json (root);
}

static int
explain (const char *id)
{
  const SfRule *rule = sf_rule_lookup (id);

  if (rule == NULL)
    {
      g_printerr (_("skillframe-tool: no rule “%s”; see --list-rules\n"), id);
      return SF_EXIT_USAGE;
    }
  g_print ("%s %s (%s, %s)\n%s\n\n%s\n", rule->id, rule->name, sf_rule_family_name (rule->family),
           sf_severity_to_string (rule->severity), sf_rule_get_title (rule), sf_rule_get_help (rule));
  return SF_EXIT_OK;
}

static int
list_rules (void)
{
  for (guint i = 0; i < SF_N_RULES; i++)
    {
      const SfRule *rule = sf_rule_get (i);

      g_print ("%s  %-8s %-26s %s\n", rule->id, sf_severity_to_string (rule->severity), rule->name,
               sf_rule_get_title (rule));
    }
  return SF_EXIT_OK;
}

int
sf_tool_validate (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GHashTable) rules = NULL;
  g_autofree char *format = NULL;
  g_autofree char *severity = NULL;
  g_autofree char *explain_id = NULL;
  g_auto(GStrv) rule_args = NULL;
  g_autoptr(GError) error = NULL;
  gboolean suggest = FALSE, rules_list = FALSE;
  Options options = { FORMAT_TEXT, FALSE, SF_SEVERITY_INFO, NULL };
  int status = SF_EXIT_OK;
  GThreadPool *pool;
  Job *jobs;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default), json or sarif (SARIF 2.1.0)"), N_("FORMAT") },
    { "suggest", 0, 0, G_OPTION_ARG_NONE, &suggest,
      N_("Propose O*NET anchors for the statements that link none"), NULL },
    { "rule", 'r', 0, G_OPTION_ARG_STRING_ARRAY, &rule_args,
      N_("Report only this rule (an id such as SF401, or a name); may be repeated"), N_("RULE") },
    { "severity", 's', 0, G_OPTION_ARG_STRING, &severity,
      N_("Report only problems of this severity or worse: info (default), warning or error"),
      N_("SEVERITY") },
    { "explain", 0, 0, G_OPTION_ARG_STRING, &explain_id,
      N_("Print what a rule checks and how to fix what it finds, then exit"), N_("RULE") },
    { "list-rules", 0, 0, G_OPTION_ARG_NONE, &rules_list, N_("Print the rule catalogue, then exit"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE|FOLDER… — check frameworks against the rule catalogue"));
  g_option_context_set_description (context,
    _("Prints each problem as FILE:POINTER: SEVERITY: MESSAGE [RULE], where POINTER is the\n"
      "JSON Pointer of the member concerned, then a summary on standard error.\n"
      "A folder stands for every *.json file in it. Exit status: 0 no errors, 1 errors\n"
      "found, 64 wrong usage, 65 malformed input, 66 missing input, 77 permission denied."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return SF_EXIT_USAGE;
    }
  if (explain_id != NULL)
    return explain (explain_id);
  if (rules_list)
    return list_rules ();
  if (argc < 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr (_("No file given.\n\n%s"), help);
      return SF_EXIT_USAGE;
    }

  if (format == NULL || g_str_equal (format, "text"))
    options.format = FORMAT_TEXT;
  else if (g_str_equal (format, "json"))
    options.format = FORMAT_JSON;
  else if (g_str_equal (format, "sarif"))
    options.format = FORMAT_SARIF;
  else
    {
      g_printerr (_("skillframe-tool: unknown format “%s”: use text, json or sarif\n"), format);
      return SF_EXIT_USAGE;
    }
  if (severity != NULL &&
      (!sf_severity_from_string (severity, &options.min_severity) ||
       options.min_severity == SF_SEVERITY_OFF))
    {
      g_printerr (_("skillframe-tool: unknown severity “%s”: use info, warning or error\n"), severity);
      return SF_EXIT_USAGE;
    }
  if (rule_args != NULL)
    {
      options.rules = rules = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; rule_args[i]; i++)
        {
          const SfRule *rule = sf_rule_lookup (rule_args[i]);

          if (rule == NULL)
            {
              g_printerr (_("skillframe-tool: no rule “%s”; see --list-rules\n"), rule_args[i]);
              return SF_EXIT_USAGE;
            }
          g_hash_table_add (rules, (gpointer) rule->id);
        }
    }
  options.suggest = suggest;

  files = sf_tool_expand_files (argv + 1, &status);
  jobs = g_new0 (Job, files->len);
  progress.total = files->len;
  progress.progress = isatty (STDERR_FILENO) && files->len > 1;

  pool = g_thread_pool_new (validate_file, NULL, MAX (1, (int) g_get_num_processors ()), TRUE, NULL);
  for (guint i = 0; i < files->len; i++)
    {
      jobs[i].options = &options;
      jobs[i].path = g_ptr_array_index (files, i);
      jobs[i].index = i;
      g_thread_pool_push (pool, &jobs[i], NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  if (progress.progress)
    fprintf (stderr, "\r\033[K");

  {
    guint totals[SF_SEVERITY_ERROR + 1] = { 0 };
    guint n_failed = 0;
    g_autoptr(JsonArray) json_files = json_array_new ();

    for (guint i = 0; i < files->len; i++)
      {
        if (jobs[i].error != NULL)
          {
            n_failed++;
            if (options.format == FORMAT_TEXT)
              g_printerr ("%s\n", jobs[i].error);
            else if (options.format == FORMAT_JSON)
              {
                JsonObject *object = json_object_new ();

                json_object_set_string_member (object, "file", jobs[i].path);
                json_object_set_string_member (object, "error", jobs[i].error);
                json_object_set_int_member (object, "exit_status", jobs[i].status);
                json_array_add_object_element (json_files, object);
              }
          }
        else if (options.format == FORMAT_TEXT)
          g_print ("%s", jobs[i].text);
        else if (options.format == FORMAT_JSON)
          json_array_add_element (json_files, g_steal_pointer (&jobs[i].node));

        for (SfSeverity s = SF_SEVERITY_INFO; s <= SF_SEVERITY_ERROR; s++)
          totals[s] += jobs[i].counts[s];
        sf_tool_merge_status (&status, jobs[i].status);
      }

    if (options.format == FORMAT_JSON)
      {
        g_autoptr(JsonBuilder) builder = json_builder_new ();
        g_autoptr(JsonNode) root = NULL;

        json_builder_begin_object (builder);
        member_int (builder, "version", 1);
        json_builder_set_member_name (builder, "files");
        json_builder_add_value (builder, json_node_init_array (json_node_alloc (), json_files));
        json_builder_set_member_name (builder, "summary");
        json_builder_begin_object (builder);
        member_int (builder, "files", files->len);
        member_int (builder, "unreadable", n_failed);
        for (SfSeverity s = SF_SEVERITY_ERROR; s >= SF_SEVERITY_INFO; s--)
          {
            json_builder_set_member_name (builder, sf_severity_to_string (s));
            json_builder_add_int_value (builder, totals[s]);
          }
        json_builder_end_object (builder);
        json_builder_end_object (builder);
        root = json_builder_get_root (builder);
        sf_tool_print_json (root);
      }
    else if (options.format == FORMAT_SARIF)
      print_sarif (jobs, files->len);

    /* The summary goes to standard error so that the report stays clean. */
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u file: ", "%u files: ", files->len), files->len);
    g_printerr (_("%u errors, %u warnings, %u infos"), totals[SF_SEVERITY_ERROR],
                totals[SF_SEVERITY_WARNING], totals[SF_SEVERITY_INFO]);
    if (n_failed > 0)
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "; %u file could not be read",
                               "; %u files could not be read", n_failed), n_failed);
    g_printerr ("\n");
  }

  for (guint i = 0; i < files->len; i++)
    job_clear (&jobs[i]);
  g_free (jobs);
  return status;
}
