/* sf-onet-update.c: a framework's O*NET anchors brought up to a new release
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-document.h"
#include "sf-model.h"
#include "sf-node-private.h"
#include "sf-onet-import.h"
#include "sf-onet-private.h"
#include "sf-onet-update.h"

/*
 * An update imports the framework's occupation again from the new release
 * and compares the anchors: tasks by task id, skills, knowledge, abilities
 * and work styles by element id, technology and titles by name (they have
 * no id); an anchor without an id (written by hand) by its name. Matched
 * anchors keep their id, so that statements stay linked, and take O*NET's
 * new wording and ratings. The result is a whole new framework state that
 * enters the document through sf_document_replace(), as one undoable step;
 * statements linked to an anchor that was removed or reworded are marked
 * for review, saying why, and lose the links to removed anchors.
 */

struct _SfOnetUpdate
{
  SfFramework *target;
  GPtrArray   *changes;  /* SfOnetChange */
  GPtrArray   *marked;   /* char *, statement ids */
  char        *old_release;
  char        *new_release;
};

static void
change_free (SfOnetChange *change)
{
  g_free (change->code);
  g_free (change->old_name);
  g_free (change->new_name);
  g_free (change);
}

void
sf_onet_update_free (SfOnetUpdate *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->target);
  g_ptr_array_unref (self->changes);
  g_ptr_array_unref (self->marked);
  g_free (self->old_release);
  g_free (self->new_release);
  g_free (self);
}

/* The kinds an import makes; others (apprenticeships, CIP codes) stay. */
static gboolean
imported_kind (SfAnchorKind kind)
{
  return kind <= SF_ANCHOR_KIND_RELATED_TITLE;
}

static gboolean
matched_by_code (SfAnchorKind kind)
{
  return kind <= SF_ANCHOR_KIND_WORK_STYLE;
}

/* "task:1890", or "technology:#meditech software" for what has no id. */
static char *
anchor_key (SfAnchor *anchor,
            gboolean  by_name)
{
  SfAnchorKind kind = sf_anchor_get_kind (anchor);
  const char *code = sf_anchor_get_code (anchor);

  if (!by_name && matched_by_code (kind) && code != NULL && *code != '\0')
    return g_strdup_printf ("%d:%s", kind, code);
  {
    g_autofree char *folded = g_utf8_casefold (sf_anchor_get_name (anchor) ?: "", -1);

    return g_strdup_printf ("%d:#%s", kind, g_strstrip (folded));
  }
}

static SfOnetChange *
add_change (SfOnetUpdate     *self,
            SfOnetChangeKind  kind,
            SfAnchor         *old_anchor,
            SfAnchor         *new_anchor)
{
  SfOnetChange *change = g_new0 (SfOnetChange, 1);
  SfAnchor *anchor = new_anchor ? new_anchor : old_anchor;

  change->kind = kind;
  change->anchor_kind = anchor ? sf_anchor_get_kind (anchor) : SF_ANCHOR_KIND_WORK_STYLE;
  change->code = anchor ? g_strdup (sf_anchor_get_code (anchor)) : NULL;
  change->old_name = old_anchor ? g_strdup (sf_anchor_get_name (old_anchor)) : NULL;
  change->new_name = new_anchor ? g_strdup (sf_anchor_get_name (new_anchor)) : NULL;
  g_ptr_array_add (self->changes, change);
  return change;
}

static const char *
kind_label (SfAnchorKind kind)
{
  switch (kind)
    {
    case SF_ANCHOR_KIND_TASK: return _("task");
    case SF_ANCHOR_KIND_SKILL: return _("skill");
    case SF_ANCHOR_KIND_KNOWLEDGE: return _("knowledge");
    case SF_ANCHOR_KIND_ABILITY: return _("ability");
    case SF_ANCHOR_KIND_WORK_STYLE: return _("work style");
    case SF_ANCHOR_KIND_TECHNOLOGY: return _("technology");
    case SF_ANCHOR_KIND_RELATED_TITLE: return _("alternate title");
    case SF_ANCHOR_KIND_APPRENTICESHIP: return _("apprenticeship");
    case SF_ANCHOR_KIND_CIP: return _("CIP code");
    default: return "";
    }
}

/**
 * sf_onet_change_describe:
 * @change: a change
 *
 * Returns: (transfer full): one line that says what changed, such as
 *   `task 1899 reworded: “…” → “…”`
 */
char *
sf_onet_change_describe (const SfOnetChange *change)
{
  g_autofree char *what = change->code && *change->code
                          ? g_strdup_printf ("%s %s", kind_label (change->anchor_kind), change->code)
                          : g_strdup (kind_label (change->anchor_kind));
  gboolean rated = change->anchor_kind == SF_ANCHOR_KIND_SKILL ||
                   change->anchor_kind == SF_ANCHOR_KIND_KNOWLEDGE ||
                   change->anchor_kind == SF_ANCHOR_KIND_ABILITY;

  switch (change->kind)
    {
    case SF_ONET_CHANGE_ADDED:
      return rated ? g_strdup_printf (_("%s “%s” now reaches the importance threshold"), what, change->new_name)
                   : g_strdup_printf (_("%s added: “%s”"), what, change->new_name);
    case SF_ONET_CHANGE_REMOVED:
      return rated ? g_strdup_printf (_("%s “%s” is now below the importance threshold"), what, change->old_name)
                   : g_strdup_printf (_("%s removed: “%s”"), what, change->old_name);
    case SF_ONET_CHANGE_REWORDED:
      return g_strdup_printf (_("%s reworded: “%s” → “%s”"), what, change->old_name, change->new_name);
    case SF_ONET_CHANGE_WORK_STYLE_MODEL:
      return g_strdup (_("Work styles follow O*NET's new model (1.D, rated on impact) instead of the "
                         "retired one (1.C, rated on importance)"));
    case SF_ONET_CHANGE_JOB_ZONE:
      return g_strdup_printf (_("Job zone %s → %s"), change->old_name, change->new_name);
    default:
      g_assert_not_reached ();
    }
}

/* Why a statement is marked: "O*NET 30.2: task 1899 reworded; …". */
static void
note_review (GHashTable *reasons,
             const char *statement_id,
             const char *reason)
{
  GString *text = g_hash_table_lookup (reasons, statement_id);

  if (text == NULL)
    g_hash_table_insert (reasons, g_strdup (statement_id), g_string_new (reason));
  else if (strstr (text->str, reason) == NULL)
    g_string_append_printf (text, "; %s", reason);
}

static char *
unique_anchor_id (GHashTable *taken,
                  const char *wanted)
{
  char *id = g_strdup (wanted);

  for (guint n = 2; g_hash_table_contains (taken, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", wanted, n);
    }
  g_hash_table_add (taken, g_strdup (id));
  return id;
}

static void
copy_member (SfNode     *to,
             SfNode     *from,
             const char *member)
{
  GParamSpec *pspec = _sf_node_lookup_member (to, member);

  _sf_node_set_value (to, pspec, _sf_node_peek_value (from, pspec));
}

/**
 * sf_onet_update_new:
 * @framework: the framework as it is
 * @imported: its occupation imported from the new release
 *   (sf_onet_import())
 * @error: return location for a #GError
 *
 * Compares @framework's O*NET anchors with @imported's and makes the
 * framework they should become.
 *
 * Returns: (transfer full): the update, or %NULL if the two are of
 *   different occupations
 */
SfOnetUpdate *
sf_onet_update_new (SfFramework  *framework,
                    SfFramework  *imported,
                    GError      **error)
{
  g_autoptr(SfOnetUpdate) self = g_new0 (SfOnetUpdate, 1);
  g_autoptr(GHashTable) old_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) old_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);          /* old SfAnchor */
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) reviewed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) removed_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) anchors = g_ptr_array_new_with_free_func (g_object_unref);
  SfOnet *onet;
  GListModel *old_anchors;
  GListModel *new_anchors;
  GListModel *sections;
  const char *old_code = sf_occupation_get_soc_code (sf_framework_get_occupation (framework));
  const char *new_code = sf_occupation_get_soc_code (sf_framework_get_occupation (imported));
  gboolean old_legacy_styles = FALSE, new_current_styles = FALSE;
  int old_zone, new_zone;
  guint n_old;

  g_return_val_if_fail (SF_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (SF_IS_FRAMEWORK (imported), NULL);

  if (g_strcmp0 (old_code, new_code) != 0)
    {
      g_set_error (error, SF_ONET_ERROR, SF_ONET_ERROR_UNKNOWN_CODE,
                   _("The framework is of %s, the import of %s"), old_code, new_code);
      return NULL;
    }

  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  self->marked = g_ptr_array_new_with_free_func (g_free);
  self->target = sf_framework_copy (framework);
  self->old_release = g_strdup (sf_onet_get_release (sf_framework_get_onet (framework)));
  self->new_release = g_strdup (sf_onet_get_release (sf_framework_get_onet (imported)));

  onet = sf_framework_get_onet (self->target);
  old_anchors = sf_onet_get_anchors (onet);
  new_anchors = sf_onet_get_anchors (sf_framework_get_onet (imported));
  n_old = g_list_model_get_n_items (old_anchors);

  /* Every id in the document is taken: a new anchor gets one of its own. */
  for (guint i = 0; i < n_old; i++)
    {
      SfAnchor *anchor = g_ptr_array_index (_sf_node_list_get_items (old_anchors), i);

      g_hash_table_add (taken, g_strdup (sf_anchor_get_id (anchor) ?: ""));
      if (!imported_kind (sf_anchor_get_kind (anchor)))
        continue;
      old_legacy_styles |= sf_anchor_get_kind (anchor) == SF_ANCHOR_KIND_WORK_STYLE &&
                           g_str_has_prefix (sf_anchor_get_code (anchor) ?: "", "1.C");
      g_hash_table_insert (old_by_key, anchor_key (anchor, FALSE), anchor);
      g_hash_table_insert (old_by_name, anchor_key (anchor, TRUE), anchor);
    }
  sections = sf_framework_get_sections (self->target);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      SfSection *section = g_ptr_array_index (_sf_node_list_get_items (sections), i);
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));

      for (guint j = 0; j < statements->len; j++)
        g_hash_table_add (taken, g_strdup (sf_statement_get_id (statements->pdata[j]) ?: ""));
    }

  /* The new anchors in O*NET's order, each the old one when matched. */
  for (guint i = 0; i < g_list_model_get_n_items (new_anchors); i++)
    {
      SfAnchor *fresh = g_ptr_array_index (_sf_node_list_get_items (new_anchors), i);
      g_autofree char *key = anchor_key (fresh, FALSE);
      g_autofree char *name_key = anchor_key (fresh, TRUE);
      SfAnchor *old = g_hash_table_lookup (old_by_key, key);
      SfAnchorKind kind = sf_anchor_get_kind (fresh);

      new_current_styles |= kind == SF_ANCHOR_KIND_WORK_STYLE &&
                            g_str_has_prefix (sf_anchor_get_code (fresh) ?: "", "1.D");
      /* An old anchor without an id, matched by its name. */
      if (old == NULL || g_hash_table_contains (matched, old))
        {
          old = g_hash_table_lookup (old_by_name, name_key);
          if (old != NULL && (g_hash_table_contains (matched, old) ||
                              (matched_by_code (kind) && sf_anchor_get_code (old) != NULL &&
                               *sf_anchor_get_code (old) != '\0')))
            old = NULL;
        }

      if (old != NULL)
        {
          g_hash_table_add (matched, old);
          if (g_strcmp0 (sf_anchor_get_name (old), sf_anchor_get_name (fresh)) != 0)
            {
              add_change (self, SF_ONET_CHANGE_REWORDED, old, fresh);
              g_hash_table_insert (reviewed, g_strdup (sf_anchor_get_id (old)),
                                   sf_onet_change_describe (self->changes->pdata[self->changes->len - 1]));
            }
          copy_member (SF_NODE (old), SF_NODE (fresh), "code");
          copy_member (SF_NODE (old), SF_NODE (fresh), "name");
          copy_member (SF_NODE (old), SF_NODE (fresh), "importance");
          copy_member (SF_NODE (old), SF_NODE (fresh), "flags");
          g_ptr_array_add (anchors, g_object_ref (old));
        }
      else
        {
          SfAnchor *added = sf_node_copy (SF_NODE (fresh));
          g_autofree char *id = unique_anchor_id (taken, sf_anchor_get_id (fresh));

          _sf_node_set_string (SF_NODE (added), "id", id);
          add_change (self, SF_ONET_CHANGE_ADDED, NULL, fresh);
          g_ptr_array_add (anchors, added);
        }
    }

  if (old_legacy_styles && new_current_styles)
    add_change (self, SF_ONET_CHANGE_WORK_STYLE_MODEL, NULL, NULL);

  /* What O*NET no longer lists goes; what the import does not make stays,
   * after the rest, in its order. */
  for (guint i = 0; i < n_old; i++)
    {
      SfAnchor *anchor = g_ptr_array_index (_sf_node_list_get_items (old_anchors), i);

      if (!imported_kind (sf_anchor_get_kind (anchor)))
        g_ptr_array_add (anchors, g_object_ref (anchor));
      else if (!g_hash_table_contains (matched, anchor))
        {
          add_change (self, SF_ONET_CHANGE_REMOVED, anchor, NULL);
          g_hash_table_insert (reviewed, g_strdup (sf_anchor_get_id (anchor)),
                               sf_onet_change_describe (self->changes->pdata[self->changes->len - 1]));
          g_hash_table_add (removed_ids, (gpointer) sf_anchor_get_id (anchor));
        }
    }

  /* Statements linked to what was removed or reworded: marked, saying
   * why; links to removed anchors dropped (they would point nowhere). */
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      SfSection *section = g_ptr_array_index (_sf_node_list_get_items (sections), i);
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));

      for (guint j = 0; j < statements->len; j++)
        {
          SfStatement *statement = statements->pdata[j];
          const char * const *links = sf_statement_get_anchors (statement);
          g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
          gboolean dropped = FALSE;
          g_auto(GStrv) new_links = NULL;

          for (guint k = 0; links != NULL && links[k] != NULL; k++)
            {
              const char *reason = g_hash_table_lookup (reviewed, links[k]);

              if (reason != NULL)
                {
                  note_review (reasons, sf_statement_get_id (statement) ?: "", reason);
                  for (guint c = 0; c < self->changes->len; c++)
                    {
                      SfOnetChange *change = self->changes->pdata[c];
                      g_autofree char *text = sf_onet_change_describe (change);

                      if (g_str_equal (text, reason))
                        change->n_statements++;
                    }
                }
              if (g_hash_table_contains (removed_ids, links[k]))
                dropped = TRUE;
              else
                g_strv_builder_add (kept, links[k]);
            }
          if (dropped)
            {
              new_links = g_strv_builder_end (kept);
              _sf_node_set_strv (SF_NODE (statement), "anchors", (const char * const *) new_links);
            }
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      SfSection *section = g_ptr_array_index (_sf_node_list_get_items (sections), i);
      GPtrArray *statements = _sf_node_list_get_items (sf_section_get_statements (section));

      for (guint j = 0; j < statements->len; j++)
        {
          SfStatement *statement = statements->pdata[j];
          GString *why = g_hash_table_lookup (reasons, sf_statement_get_id (statement) ?: "");
          g_autofree char *review = NULL;

          if (why == NULL)
            continue;
          review = sf_statement_get_review (statement)
                   ? g_strdup_printf ("%s; O*NET %s: %s", sf_statement_get_review (statement),
                                      self->new_release, why->str)
                   : g_strdup_printf ("O*NET %s: %s", self->new_release, why->str);
          _sf_node_set_string (SF_NODE (statement), "review", review);
          g_ptr_array_add (self->marked, g_strdup (sf_statement_get_id (statement)));
        }
    }
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, reasons);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_string_free (value, TRUE);
  }

  _sf_node_list_splice (SF_NODE (onet), _sf_node_lookup_member (SF_NODE (onet), "anchors"), 0, n_old,
                        anchors->pdata, anchors->len);

  old_zone = sf_occupation_get_job_zone (sf_framework_get_occupation (framework));
  new_zone = sf_occupation_get_job_zone (sf_framework_get_occupation (imported));
  if (new_zone != 0 && new_zone != old_zone)
    {
      SfOnetChange *change = add_change (self, SF_ONET_CHANGE_JOB_ZONE, NULL, NULL);

      change->anchor_kind = SF_ANCHOR_KIND_TASK;
      change->old_name = g_strdup_printf ("%d", old_zone);
      change->new_name = g_strdup_printf ("%d", new_zone);
      copy_member (SF_NODE (sf_framework_get_occupation (self->target)),
                   SF_NODE (sf_framework_get_occupation (imported)), "job_zone");
      copy_member (SF_NODE (sf_framework_get_occupation (self->target)),
                   SF_NODE (sf_framework_get_occupation (imported)), "job_zone_name");
    }

  /* The cut-off the anchors now follow, for the next update. */
  if (sf_onet_get_threshold (sf_framework_get_onet (imported)) > 0)
    copy_member (SF_NODE (onet), SF_NODE (sf_framework_get_onet (imported)), "threshold");

  /* The release, in the anchors, the O*NET source and the credit line. */
  if (self->new_release != NULL && *self->new_release != '\0' &&
      g_strcmp0 (self->old_release, self->new_release) != 0)
    {
      GListModel *sources = sf_framework_get_sources (self->target);
      SfSource *source = sf_list_find_by_id (sources, sf_onet_get_source (onet) ?: "onet", NULL);
      const char *rights = sf_framework_get_rights (self->target);
      g_autofree char *old_credit = g_strdup_printf ("O*NET %s Database", self->old_release ?: "");
      g_autofree char *new_credit = g_strdup_printf ("O*NET %s Database", self->new_release);

      _sf_node_set_string (SF_NODE (onet), "release", self->new_release);
      if (source != NULL)
        {
          g_autofree char *edition = g_strdup_printf ("v%s", self->new_release);
          g_autofree char *short_title = g_strdup_printf ("O*NET v%s", self->new_release);

          _sf_node_set_string (SF_NODE (source), "edition", edition);
          _sf_node_set_string (SF_NODE (source), "short_title", short_title);
        }
      if (rights != NULL && strstr (rights, old_credit) != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (rights, old_credit, -1);
          g_autofree char *new_rights = g_strjoinv (new_credit, parts);

          _sf_node_set_string (SF_NODE (self->target), "rights", new_rights);
        }
    }

  return g_steal_pointer (&self);
}

/**
 * sf_onet_update_get_changes:
 * @self: a #SfOnetUpdate
 *
 * Returns: (transfer none) (element-type SfOnetChange): what changed, in
 *   the new anchors' order, then what was removed
 */
GPtrArray *
sf_onet_update_get_changes (SfOnetUpdate *self)
{
  return self->changes;
}

/**
 * sf_onet_update_get_marked:
 * @self: a #SfOnetUpdate
 *
 * Returns: (transfer none) (element-type utf8): the ids of the statements
 *   the update marks for review
 */
GPtrArray *
sf_onet_update_get_marked (SfOnetUpdate *self)
{
  return self->marked;
}

/**
 * sf_onet_update_get_target:
 * @self: a #SfOnetUpdate
 *
 * Returns: (transfer none): the framework as the update makes it
 */
SfFramework *
sf_onet_update_get_target (SfOnetUpdate *self)
{
  return self->target;
}

const char *
sf_onet_update_get_old_release (SfOnetUpdate *self)
{
  return self->old_release;
}

const char *
sf_onet_update_get_new_release (SfOnetUpdate *self)
{
  return self->new_release;
}

/**
 * sf_onet_update_is_empty:
 * @self: a #SfOnetUpdate
 *
 * Returns: whether nothing changed but, perhaps, the release
 */
gboolean
sf_onet_update_is_empty (SfOnetUpdate *self)
{
  return self->changes->len == 0;
}

/**
 * sf_onet_update_apply:
 * @self: a #SfOnetUpdate
 * @document: the document of the framework the update was computed for
 *
 * Brings the update in as one undoable step, “Update from O*NET”.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
sf_onet_update_apply (SfOnetUpdate *self,
                      SfDocument   *document)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (document), FALSE);

  return sf_document_replace (document, self->target, _("Update from O*NET"));
}

/**
 * sf_onet_update_compute:
 * @framework: the framework to update
 * @database: the new release of the O*NET database
 * @threshold: the importance threshold (see sf_onet_import()), or 0 for
 *   the one the framework was imported with (%SF_ONET_DEFAULT_THRESHOLD if
 *   it does not say)
 * @progress: (nullable): told how far reading has come
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imports the framework's occupation from @database and compares.
 *
 * Returns: (transfer full) (nullable): the update
 */
SfOnetUpdate *
sf_onet_update_compute (SfFramework         *framework,
                        SfOnetDatabase      *database,
                        double               threshold,
                        SfOnetProgressFunc   progress,
                        gpointer             progress_data,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_autoptr(SfFramework) imported = NULL;
  const char *code = sf_occupation_get_soc_code (sf_framework_get_occupation (framework));

  if (code == NULL || *code == '\0')
    {
      g_set_error_literal (error, SF_ONET_ERROR, SF_ONET_ERROR_NO_ANCHORS,
                           _("The framework names no O*NET-SOC code to update from"));
      return NULL;
    }
  if (threshold <= 0)
    threshold = sf_onet_get_threshold (sf_framework_get_onet (framework));
  if (threshold <= 0)
    threshold = SF_ONET_DEFAULT_THRESHOLD;
  imported = sf_onet_import (database, code, threshold, progress, progress_data, NULL, cancellable, error);
  if (imported == NULL)
    return NULL;
  return sf_onet_update_new (framework, imported, error);
}

typedef struct
{
  SfOnetProgressForward  forward;
  SfFramework           *framework;
  GFile                 *source;
  double                 threshold;
} UpdateData;

static void
update_data_free (UpdateData *data)
{
  _sf_onet_progress_forward_clear (&data->forward);
  g_object_unref (data->framework);
  g_object_unref (data->source);
  g_free (data);
}

static void
update_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  UpdateData *data = task_data;
  g_autoptr(SfOnetDatabase) database = NULL;
  SfOnetUpdate *update = NULL;
  GError *error = NULL;

  database = sf_onet_database_open (data->source, cancellable, &error);
  if (database != NULL)
    update = sf_onet_update_compute (data->framework, database, data->threshold,
                                     _sf_onet_progress_from_thread, task, cancellable, &error);
  if (update == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, update, (GDestroyNotify) sf_onet_update_free);
}

/**
 * sf_onet_update_compute_async:
 * @framework: the framework to update; a copy is compared, in a thread
 * @source: the folder or zip of the new O*NET release
 * @threshold: the importance threshold, or 0 for the framework's (see
 *   sf_onet_update_compute())
 * @progress: (nullable): told how far reading has come, in the caller's
 *   main context
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the update is computed
 * @user_data: data for @callback
 */
void
sf_onet_update_compute_async (SfFramework         *framework,
                              GFile               *source,
                              double               threshold,
                              SfOnetProgressFunc   progress,
                              gpointer             progress_data,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  UpdateData *data = g_new0 (UpdateData, 1);

  g_task_set_source_tag (task, sf_onet_update_compute_async);
  _sf_onet_progress_forward_init (&data->forward, progress, progress_data);
  data->framework = sf_framework_copy (framework);
  data->source = g_object_ref (source);
  data->threshold = threshold;
  g_task_set_task_data (task, data, (GDestroyNotify) update_data_free);
  g_task_run_in_thread (task, update_thread);
}

/**
 * sf_onet_update_compute_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the update
 */
SfOnetUpdate *
sf_onet_update_compute_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
