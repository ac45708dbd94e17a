/* sf-validation-view.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sf-edits.h"
#include "sf-rule.h"
#include "sf-ui-util.h"
#include "sf-validation-view.h"
#include "sf-window.h"

/**
 * SfValidationView:
 *
 * The framework's validation settings: the bounds of a statement's length,
 * the sections whose statements must cite a source, how many statements
 * each section and level should hold, and the severity of every rule of
 * the catalogue. Every change goes through the edit layer as one undoable
 * step, and the page's validator follows it, so the problem counts change
 * as the author chooses.
 *
 * Each control carries a name (see sf_validation_view_find_control()) by
 * which tests find it.
 */
struct _SfValidationView
{
  AdwBin               parent_instance;

  /* Template children */
  AdwPreferencesPage  *page;
  GtkSpinButton       *text_min_spin;
  GtkSpinButton       *text_max_spin;
  GtkSpinButton       *title_max_spin;
  AdwPreferencesGroup *cited_group;
  AdwPreferencesGroup *counts_group;
  AdwComboRow         *add_section_row;
  AdwComboRow         *add_level_row;
  AdwActionRow        *add_row;

  SfDocument          *document;
  GPtrArray           *rule_rows;     /* AdwComboRow, in catalogue order */
  GPtrArray           *kind_checks;   /* GtkCheckButton, one per section kind */
  AdwExpanderRow      *sections_row;
  GPtrArray           *section_rows;  /* AdwActionRow in sections_row */
  GPtrArray           *count_rows;    /* AdwActionRow, one per expectation */
  GPtrArray           *targets;       /* char *: the keys of add_section_row's items */
  GPtrArray           *levels;        /* char *, NULL for the whole section */
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (SfValidationView, sf_validation_view, ADW_TYPE_BIN)

static void update_counts (SfValidationView *self);

/* The severity choices, in the order of the rows' items; the first is the
 * rule's default. */
static const SfSeverity choices[] = {
  SF_SEVERITY_OFF /* unused: the default */, SF_SEVERITY_ERROR, SF_SEVERITY_WARNING,
  SF_SEVERITY_INFO, SF_SEVERITY_OFF,
};

static SfFramework *
framework_of (SfValidationView *self)
{
  return sf_document_get_framework (self->document);
}

static SfValidation *
validation_of (SfValidationView *self)
{
  return sf_framework_get_validation (framework_of (self));
}

static void
toast (SfValidationView *self,
       const char       *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SF_IS_WINDOW (root))
    sf_window_show_toast (SF_WINDOW (root), adw_toast_new (text));
}

static const char *
severity_name (SfSeverity severity)
{
  switch (severity)
    {
    case SF_SEVERITY_ERROR:
      return _("Error");
    case SF_SEVERITY_WARNING:
      return _("Warning");
    case SF_SEVERITY_INFO:
      return _("Info");
    case SF_SEVERITY_OFF:
    default:
      return _("Off");
    }
}

static const char *
kind_nick (SfSectionKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SF_TYPE_SECTION_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  return value ? value->value_nick : "";
}

static gboolean
is_kind_nick (const char *key)
{
  for (SfSectionKind kind = SF_SECTION_KIND_COMPETENCIES; kind <= SF_SECTION_KIND_DURABLE; kind++)
    if (g_strcmp0 (key, kind_nick (kind)) == 0)
      return TRUE;
  return FALSE;
}

static const char *
kind_label (SfSectionKind kind)
{
  switch (kind)
    {
    case SF_SECTION_KIND_COMPETENCIES:
      return _("All Competency Sections");
    case SF_SECTION_KIND_AI_USAGE:
      return _("All AI-Usage Sections");
    case SF_SECTION_KIND_DURABLE:
    default:
      return _("All Durable-Skill Domains");
    }
}

static const char *
section_label (SfSection *section)
{
  const char *title = sf_section_get_title (section);

  return title && *title ? title : sf_section_get_id (section);
}

/* What a count expectation's or a cited entry's key names: a section kind,
 * else a section by id. */
static char *
target_label (SfValidationView *self,
              const char       *key)
{
  SfSection *section;

  for (SfSectionKind kind = SF_SECTION_KIND_COMPETENCIES; kind <= SF_SECTION_KIND_DURABLE; kind++)
    if (g_strcmp0 (key, kind_nick (kind)) == 0)
      return g_strdup (kind_label (kind));
  if ((section = sf_framework_find_section (framework_of (self), key)) != NULL)
    return g_strdup (section_label (section));
  /* Translators: a count expectation names a section the framework does not have */
  return g_strdup_printf (_("%s (no such section)"), key);
}

/* The scale of the sections @key names: the section with that id, else the
 * first section of that kind. */
static SfScale *
scale_for_key (SfValidationView *self,
               const char       *key)
{
  SfFramework *framework = framework_of (self);
  SfSection *section = sf_framework_find_section (framework, key);
  GListModel *sections = sf_framework_get_sections (framework);

  for (guint i = 0; section == NULL && i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) item = g_list_model_get_item (sections, i);

      if (g_strcmp0 (kind_nick (sf_section_get_kind (item)), key) == 0)
        section = item;
    }
  return section ? sf_framework_find_scale (framework, sf_section_get_scale (section)) : NULL;
}

static char *
level_label (SfValidationView *self,
             const char       *key,
             const char       *level)
{
  SfScale *scale;
  GListModel *levels;

  if (level == NULL)
    return g_strdup (_("Whole section"));
  if ((scale = scale_for_key (self, key)) != NULL)
    {
      levels = sf_scale_get_levels (scale);
      for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
        {
          g_autoptr(SfLevel) item = g_list_model_get_item (levels, i);
          const char *name = sf_level_get_name (item);

          if (g_strcmp0 (sf_level_get_id (item), level) == 0 && name != NULL && *name != '\0')
            return g_strdup (name);
        }
    }
  return g_strdup (level);
}

/* Length bounds */

static void
update_bounds (SfValidationView *self)
{
  SfValidation *validation = validation_of (self);

  self->updating = TRUE;
  gtk_spin_button_set_value (self->text_min_spin,
                             sf_validation_get_text_min (validation) ?: SF_VALIDATION_DEFAULT_TEXT_MIN);
  gtk_spin_button_set_value (self->text_max_spin,
                             sf_validation_get_text_max (validation) ?: SF_VALIDATION_DEFAULT_TEXT_MAX);
  gtk_spin_button_set_value (self->title_max_spin,
                             sf_validation_get_title_max (validation) ?: SF_VALIDATION_DEFAULT_TITLE_MAX);
  self->updating = FALSE;
}

static void
bounds_changed_cb (SfValidationView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->document == NULL)
    return;
  if (!sf_edits_set_length_bounds (self->document,
                                   gtk_spin_button_get_value_as_int (self->text_min_spin),
                                   gtk_spin_button_get_value_as_int (self->text_max_spin),
                                   gtk_spin_button_get_value_as_int (self->title_max_spin), &error))
    {
      toast (self, error->message);
      update_bounds (self);
    }
}

/* Sections that need citations */

static void
update_cited (SfValidationView *self)
{
  SfValidation *validation = validation_of (self);

  self->updating = TRUE;
  for (guint i = 0; i < self->kind_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->kind_checks, i);

      gtk_check_button_set_active (check, sf_validation_needs_citations (validation,
                                                                          g_object_get_data (G_OBJECT (check), "key")));
    }
  for (guint i = 0; i < self->section_rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->section_rows, i);
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
      SfSection *section = g_object_get_data (G_OBJECT (row), "section");
      gboolean by_kind = sf_validation_needs_citations (validation, kind_nick (sf_section_get_kind (section)));

      gtk_check_button_set_active (check, by_kind || sf_validation_needs_citations (validation,
                                                                                    sf_section_get_id (section)));
      gtk_widget_set_sensitive (GTK_WIDGET (check), !by_kind);
      adw_action_row_set_subtitle (row, by_kind ? _("Needs citations through its kind") : "");
    }
  self->updating = FALSE;
}

static void
cited_toggled_cb (GtkCheckButton   *check,
                  SfValidationView *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "key");
  const char * const *cited = sf_validation_get_cited (validation_of (self));
  gboolean active = gtk_check_button_get_active (check);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  if (self->updating)
    return;
  if (cited == NULL)
    cited = sf_validation_get_default_cited ();
  if (active == g_strv_contains (cited, key))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; cited[i] != NULL; i++)
    if (!g_str_equal (cited[i], key))
      g_strv_builder_add (builder, cited[i]);
  if (active)
    g_strv_builder_add (builder, key);
  updated = g_strv_builder_end (builder);
  sf_edits_set_cited (self->document, (const char * const *) updated);
}

static GtkWidget *
cited_row_new (SfValidationView *self,
               const char       *title,
               const char       *key)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *name = g_strconcat ("cited:", key, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  sf_ui_set_accessible_label (check, title);
  g_object_set_data_full (G_OBJECT (check), "key", g_strdup (key), g_free);
  sf_ui_set_control_name (check, name);
  g_signal_connect (check, "toggled", G_CALLBACK (cited_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  return row;
}

static void
rebuild_cited_sections (SfValidationView *self)
{
  GListModel *sections = sf_framework_get_sections (framework_of (self));

  for (guint i = 0; i < self->section_rows->len; i++)
    adw_expander_row_remove (self->sections_row, g_ptr_array_index (self->section_rows, i));
  g_ptr_array_set_size (self->section_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      const char *id = sf_section_get_id (section);
      GtkWidget *row;

      /* A section whose id is a kind's name is chosen through the kind. */
      if (id == NULL || *id == '\0' || is_kind_nick (id))
        continue;
      row = cited_row_new (self, section_label (section), id);
      g_object_set_data_full (G_OBJECT (row), "section", g_object_ref (section), g_object_unref);
      adw_expander_row_add_row (self->sections_row, row);
      g_ptr_array_add (self->section_rows, row);
    }
  update_cited (self);
}

/* Count expectations */

static GtkWidget *
count_spin_new (SfValidationView *self,
                const char       *name,
                const char       *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 9999, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  sf_ui_set_accessible_label (spin, label);
  sf_ui_set_control_name (spin, name);
  return spin;
}

static void
count_changed_cb (GtkSpinButton    *spin,
                  SfValidationView *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (spin), "row");
  SfCountExpectation *expectation = g_object_get_data (G_OBJECT (row), "expectation");
  GtkSpinButton *min = g_object_get_data (G_OBJECT (row), "min");
  GtkSpinButton *max = g_object_get_data (G_OBJECT (row), "max");
  g_autofree char *section = NULL;
  g_autofree char *level = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  section = g_strdup (sf_count_expectation_get_section (expectation));
  level = g_strdup (sf_count_expectation_get_level (expectation));
  if (section == NULL || *section == '\0')
    return;
  if (!sf_edits_set_count (self->document, section, level, gtk_spin_button_get_value_as_int (min),
                           gtk_spin_button_get_value_as_int (max), &error))
    {
      toast (self, error->message);
      update_counts (self);
    }
}

static void
count_remove_cb (GtkButton        *button,
                 SfValidationView *self)
{
  SfCountExpectation *expectation = g_object_get_data (G_OBJECT (button), "expectation");
  g_autofree char *section = g_strdup (sf_count_expectation_get_section (expectation));
  g_autofree char *level = g_strdup (sf_count_expectation_get_level (expectation));

  if (section != NULL)
    sf_edits_remove_count (self->document, section, level);
}

static char *
count_control_name (const char *what,
                    const char *section,
                    const char *level)
{
  return g_strdup_printf ("%s:%s:%s", what, section ? section : "", level ? level : "");
}

static GtkWidget *
count_row_new (SfValidationView   *self,
               SfCountExpectation *expectation)
{
  const char *section = sf_count_expectation_get_section (expectation);
  const char *level = sf_count_expectation_get_level (expectation);
  g_autofree char *title = target_label (self, section ? section : "");
  g_autofree char *subtitle = level_label (self, section ? section : "", level);
  /* Translators: a count expectation's accessible name: “Competencies, Emerging” */
  g_autofree char *what = g_strdup_printf (_("%s, %s"), title, subtitle);
  g_autofree char *min_label = g_strdup_printf (_("Fewest statements: %s"), what);
  g_autofree char *max_label = g_strdup_printf (_("Most statements: %s"), what);
  g_autofree char *remove_label = g_strdup_printf (_("Remove the expectation: %s"), what);
  g_autofree char *min_name = count_control_name ("count-min", section, level);
  g_autofree char *max_name = count_control_name ("count-max", section, level);
  g_autofree char *remove_name = count_control_name ("count-remove", section, level);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *min = count_spin_new (self, min_name, min_label);
  GtkWidget *to = gtk_label_new (_("to"));
  GtkWidget *max = count_spin_new (self, max_name, max_label);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "expectation", g_object_ref (expectation), g_object_unref);
  /* Where a problem of the expectation takes the author (sf_ui_focus_node()). */
  g_object_set_data (G_OBJECT (min), "sf-node", expectation);
  g_object_set_data (G_OBJECT (row), "min", min);
  g_object_set_data (G_OBJECT (row), "max", max);
  g_object_set_data (G_OBJECT (min), "row", row);
  g_object_set_data (G_OBJECT (max), "row", row);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (min), MAX (sf_count_expectation_get_min (expectation), 0));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (max), MAX (sf_count_expectation_get_max (expectation), 0));
  g_signal_connect (min, "value-changed", G_CALLBACK (count_changed_cb), self);
  g_signal_connect (max, "value-changed", G_CALLBACK (count_changed_cb), self);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Expectation"));
  sf_ui_set_accessible_label (remove, remove_label);
  sf_ui_set_control_name (remove, remove_name);
  g_object_set_data_full (G_OBJECT (remove), "expectation", g_object_ref (expectation), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (count_remove_cb), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), min);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), to);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), max);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild_counts (SfValidationView *self)
{
  GListModel *counts = sf_validation_get_counts (validation_of (self));

  for (guint i = 0; i < self->count_rows->len; i++)
    adw_preferences_group_remove (self->counts_group, g_ptr_array_index (self->count_rows, i));
  g_ptr_array_set_size (self->count_rows, 0);

  self->updating = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(SfCountExpectation) expectation = g_list_model_get_item (counts, i);
      GtkWidget *row = count_row_new (self, expectation);

      adw_preferences_group_add (self->counts_group, row);
      g_ptr_array_add (self->count_rows, row);
    }
  self->updating = FALSE;
}

/* The rows stay while the same expectations are there, so that a spin
 * button being used keeps the focus; only their values follow. */
static void
update_counts (SfValidationView *self)
{
  GListModel *counts = sf_validation_get_counts (validation_of (self));
  guint n = g_list_model_get_n_items (counts);

  for (guint i = 0; i < MAX (n, self->count_rows->len); i++)
    {
      g_autoptr(SfCountExpectation) expectation = i < n ? g_list_model_get_item (counts, i) : NULL;

      if (i >= self->count_rows->len || i >= n ||
          g_object_get_data (g_ptr_array_index (self->count_rows, i), "expectation") != (gpointer) expectation)
        {
          rebuild_counts (self);
          return;
        }
    }

  self->updating = TRUE;
  for (guint i = 0; i < self->count_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->count_rows, i);
      SfCountExpectation *expectation = g_object_get_data (row, "expectation");

      gtk_spin_button_set_value (g_object_get_data (row, "min"), MAX (sf_count_expectation_get_min (expectation), 0));
      gtk_spin_button_set_value (g_object_get_data (row, "max"), MAX (sf_count_expectation_get_max (expectation), 0));
    }
  self->updating = FALSE;
}

static const char *
selected_key (GPtrArray   *keys,
              AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < keys->len ? g_ptr_array_index (keys, selected) : NULL;
}

static void
rebuild_levels (SfValidationView *self)
{
  const char *key = selected_key (self->targets, self->add_section_row);
  SfScale *scale = key ? scale_for_key (self, key) : NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->levels, 0);
  gtk_string_list_append (labels, _("Whole section"));
  g_ptr_array_add (self->levels, NULL);
  if (scale != NULL)
    {
      GListModel *levels = sf_scale_get_levels (scale);

      for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
        {
          g_autoptr(SfLevel) level = g_list_model_get_item (levels, i);
          const char *name = sf_level_get_name (level);

          if (sf_level_get_id (level) == NULL || *sf_level_get_id (level) == '\0')
            continue;
          gtk_string_list_append (labels, name && *name ? name : sf_level_get_id (level));
          g_ptr_array_add (self->levels, g_strdup (sf_level_get_id (level)));
        }
    }
  adw_combo_row_set_model (self->add_level_row, G_LIST_MODEL (labels));
}

static void
add_section_changed_cb (SfValidationView *self)
{
  if (self->document != NULL)
    rebuild_levels (self);
}

static void
rebuild_targets (SfValidationView *self)
{
  GListModel *sections = sf_framework_get_sections (framework_of (self));
  g_autofree char *previous = g_strdup (selected_key (self->targets, self->add_section_row));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->targets, 0);
  for (SfSectionKind kind = SF_SECTION_KIND_COMPETENCIES; kind <= SF_SECTION_KIND_DURABLE; kind++)
    for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
      {
        g_autoptr(SfSection) section = g_list_model_get_item (sections, i);

        if (sf_section_get_kind (section) == kind)
          {
            gtk_string_list_append (labels, kind_label (kind));
            g_ptr_array_add (self->targets, g_strdup (kind_nick (kind)));
            break;
          }
      }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SfSection) section = g_list_model_get_item (sections, i);
      const char *id = sf_section_get_id (section);

      if (id == NULL || *id == '\0' || is_kind_nick (id))
        continue;
      gtk_string_list_append (labels, section_label (section));
      g_ptr_array_add (self->targets, g_strdup (id));
    }
  for (guint i = 0; previous != NULL && i < self->targets->len; i++)
    if (g_str_equal (previous, g_ptr_array_index (self->targets, i)))
      selected = i;

  self->updating = TRUE;
  adw_combo_row_set_model (self->add_section_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->add_section_row, selected);
  self->updating = FALSE;
  rebuild_levels (self);
}

static GtkWidget *
find_count_row (SfValidationView *self,
                const char       *section,
                const char       *level)
{
  for (guint i = 0; i < self->count_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->count_rows, i);
      SfCountExpectation *expectation = g_object_get_data (G_OBJECT (row), "expectation");

      if (g_strcmp0 (sf_count_expectation_get_section (expectation), section) == 0 &&
          g_strcmp0 (sf_count_expectation_get_level (expectation), level) == 0)
        return row;
    }
  return NULL;
}

static void
add_clicked_cb (SfValidationView *self)
{
  g_autofree char *section = g_strdup (selected_key (self->targets, self->add_section_row));
  g_autofree char *level = g_strdup (selected_key (self->levels, self->add_level_row));
  GtkWidget *row;

  if (section == NULL)
    return;
  if (sf_validation_find_count (validation_of (self), section, level) == NULL)
    sf_edits_set_count (self->document, section, level, 1, 0, NULL);
  if ((row = find_count_row (self, section, level)) != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "min"));
}

/* Rule severities */

static void
update_rules (SfValidationView *self)
{
  SfValidation *validation = validation_of (self);

  self->updating = TRUE;
  for (guint i = 0; i < self->rule_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->rule_rows, i);
      const SfRule *rule = sf_rule_get (i);
      SfRuleSetting *setting = sf_validation_find_rule_setting (validation, rule->id);
      guint shown = adw_combo_row_get_selected (row);
      guint wanted = 0;

      if (setting != NULL)
        {
          for (guint j = 1; j < G_N_ELEMENTS (choices); j++)
            if (choices[j] == sf_rule_setting_get_severity (setting))
              wanted = j;
        }
      /* Choosing the default severity by name removes the setting: the row
       * keeps showing what the author chose rather than jump to Default. */
      else if (shown > 0 && shown < G_N_ELEMENTS (choices) && choices[shown] == rule->severity)
        wanted = shown;
      adw_combo_row_set_selected (row, wanted);
    }
  self->updating = FALSE;
}

static void
rule_selected_cb (AdwComboRow      *row,
                  GParamSpec       *pspec,
                  SfValidationView *self)
{
  const SfRule *rule = g_object_get_data (G_OBJECT (row), "rule");
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->document == NULL || selected >= G_N_ELEMENTS (choices))
    return;
  sf_edits_set_rule_severity (self->document, rule->id, selected == 0 ? rule->severity : choices[selected]);
}

static void
build_rules (SfValidationView *self)
{
  AdwPreferencesGroup *group = NULL;
  SfRuleFamily family = 0;

  for (guint i = 0; i < SF_N_RULES; i++)
    {
      const SfRule *rule = sf_rule_get (i);
      g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
      g_autofree char *default_item = g_strdup_printf (_("Default (%s)"), severity_name (rule->severity));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", rule->id, rule->name);
      g_autofree char *name = g_strconcat ("rule:", rule->id, NULL);
      GtkWidget *row = adw_combo_row_new ();

      if (group == NULL || rule->family != family)
        {
          family = rule->family;
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          /* Translators: a family of validation rules, such as “Rules: Citations” */
          {
            g_autofree char *title = g_strdup_printf (_("Rules: %s"), sf_rule_family_name (family));

            adw_preferences_group_set_title (group, title);
          }
          if (i == 0)
            adw_preferences_group_set_description (group, _("How serious each rule's problems are in this "
                                                            "framework. Point at a rule to read how to fix "
                                                            "its problems."));
          adw_preferences_page_add (self->page, group);
        }

      gtk_string_list_append (items, default_item);
      for (guint j = 1; j < G_N_ELEMENTS (choices); j++)
        gtk_string_list_append (items, severity_name (choices[j]));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sf_rule_get_title (rule));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (row, sf_rule_get_help (rule));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (items));
      g_object_set_data (G_OBJECT (row), "rule", (gpointer) rule);
      sf_ui_set_control_name (row, name);
      g_signal_connect (row, "notify::selected", G_CALLBACK (rule_selected_cb), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rule_rows, row);
    }
}

/* Following the document */

static void
update_settings (SfValidationView *self)
{
  update_bounds (self);
  update_cited (self);
  update_counts (self);
  update_rules (self);
}

static void
document_changed_cb (SfValidationView *self,
                     SfChange         *change)
{
  static const char * const naming[] = { "id", "title", "kind", "scale", NULL };
  SfNode *node = change->node;

  if (SF_IS_VALIDATION (node) || SF_IS_RULE_SETTING (node) || SF_IS_COUNT_EXPECTATION (node) ||
      (SF_IS_FRAMEWORK (node) && g_strcmp0 (change->member, "validation") == 0))
    update_settings (self);
  /* What names the sections and levels, not what they hold. */
  if ((SF_IS_FRAMEWORK (node) && g_strcmp0 (change->member, "sections") == 0) ||
      (SF_IS_SECTION (node) && change->kind == SF_CHANGE_MEMBER && change->member != NULL &&
       g_strv_contains (naming, change->member)) ||
      SF_IS_SCALE (node) || SF_IS_LEVEL (node))
    {
      rebuild_cited_sections (self);
      rebuild_targets (self);
      rebuild_counts (self);
    }
}

static void
sf_validation_view_dispose (GObject *object)
{
  SfValidationView *self = SF_VALIDATION_VIEW (object);

  /* The bin's child is the template's root: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_VALIDATION_VIEW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rule_rows, g_ptr_array_unref);
  g_clear_pointer (&self->kind_checks, g_ptr_array_unref);
  g_clear_pointer (&self->section_rows, g_ptr_array_unref);
  g_clear_pointer (&self->count_rows, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);

  G_OBJECT_CLASS (sf_validation_view_parent_class)->dispose (object);
}

static void
sf_validation_view_class_init (SfValidationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_validation_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/skillframe/Skillframe/sf-validation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, page);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, text_min_spin);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, text_max_spin);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, title_max_spin);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, cited_group);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, counts_group);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, add_section_row);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, add_level_row);
  gtk_widget_class_bind_template_child (widget_class, SfValidationView, add_row);
  gtk_widget_class_bind_template_callback (widget_class, bounds_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_section_changed_cb);
}

static void
sf_validation_view_init (SfValidationView *self)
{
  GtkWidget *add_button;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rule_rows = g_ptr_array_new ();
  self->kind_checks = g_ptr_array_new ();
  self->section_rows = g_ptr_array_new ();
  self->count_rows = g_ptr_array_new ();
  self->targets = g_ptr_array_new_with_free_func (g_free);
  self->levels = g_ptr_array_new_with_free_func (g_free);

  sf_ui_set_control_name (self->text_min_spin, "text_min");
  sf_ui_set_control_name (self->text_max_spin, "text_max");
  sf_ui_set_control_name (self->title_max_spin, "title_max");
  sf_ui_set_control_name (self->add_section_row, "add-section");
  sf_ui_set_control_name (self->add_level_row, "add-level");

  add_button = sf_ui_button_new (_("_Add"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  sf_ui_set_control_name (add_button, "add");
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_action_row_add_suffix (self->add_row, add_button);
  adw_action_row_set_activatable_widget (self->add_row, add_button);

  for (SfSectionKind kind = SF_SECTION_KIND_COMPETENCIES; kind <= SF_SECTION_KIND_DURABLE; kind++)
    {
      GtkWidget *row = cited_row_new (self, kind_label (kind), kind_nick (kind));

      adw_preferences_group_add (self->cited_group, row);
      g_ptr_array_add (self->kind_checks, g_object_get_data (G_OBJECT (row), "check"));
    }
  self->sections_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sections_row), _("Individual Sections"));
  adw_expander_row_set_subtitle (self->sections_row, _("For sections whose kind is not chosen above"));
  adw_preferences_group_add (self->cited_group, GTK_WIDGET (self->sections_row));

  build_rules (self);
}

/**
 * sf_validation_view_new:
 * @document: the document
 *
 * Returns: (transfer floating): the view of @document's validation settings
 */
GtkWidget *
sf_validation_view_new (SfDocument *document)
{
  SfValidationView *self;

  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);

  self = g_object_new (SF_TYPE_VALIDATION_VIEW, NULL);
  self->document = g_object_ref (document);
  rebuild_cited_sections (self);
  rebuild_targets (self);
  rebuild_counts (self);
  update_settings (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/**
 * sf_validation_view_find_control:
 * @self: a #SfValidationView
 * @name: `text_min`, `text_max` or `title_max` (a spin button);
 *   `cited:KEY` for a section kind's or a section's check button;
 *   `rule:SF505` for a rule's #AdwComboRow; `count-min:SECTION:LEVEL`,
 *   `count-max:SECTION:LEVEL` or `count-remove:SECTION:LEVEL` for an
 *   expectation's controls (LEVEL empty for the whole section);
 *   `add-section`, `add-level` and `add` for a new expectation's
 *
 * Finds one of the view's controls, as tests and the a11y checks do.
 *
 * Returns: (transfer none) (nullable): the control
 */
GtkWidget *
sf_validation_view_find_control (SfValidationView *self,
                                 const char       *name)
{
  g_return_val_if_fail (SF_IS_VALIDATION_VIEW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return sf_ui_find_control (GTK_WIDGET (self), name);
}
