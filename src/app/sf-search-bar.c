/* sf-search-bar.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sf-chip.h"
#include "sf-page.h"
#include "sf-search-bar.h"
#include "sf-section-view.h"
#include "sf-window.h"

/* How long stepping waits for the list to bind the row of a match it
 * scrolled to: tries of one frame each. */
#define SELECT_TRIES 30

/**
 * SfSearchBar:
 *
 * A page's find and replace, above its views. The query is searched as it
 * is typed, in every statement of the framework (#SfSearch), with the
 * options to match case and whole words and to search only statements
 * with problems; the bar says how many matches there are and which one is
 * current ("3 of 17"), and the rows shown highlight them
 * (#SfSearchHighlight). Stepping to a match opens its section at its
 * level, scrolls to its statement and selects the match in its field;
 * while the focus is in the bar it stays there, so that Enter steps on,
 * and closing the bar puts it in the field of the current match. The
 * replace row replaces the current match or all of them in titles and
 * texts, each as one undoable step. The matches follow the document as it
 * changes.
 */
struct _SfSearchBar
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkSearchBar      *search_bar;
  GtkEditable       *query_entry;
  GtkLabel          *count_label;
  GtkWidget         *previous_button;
  GtkWidget         *next_button;
  GtkToggleButton   *case_button;
  GtkToggleButton   *word_button;
  GtkToggleButton   *problems_button;
  GtkToggleButton   *replace_toggle;
  GtkWidget         *close_button;
  GtkWidget         *replace_row;
  GtkEditable       *replace_entry;
  GtkWidget         *replace_button;
  GtkWidget         *replace_all_button;
  GtkLabel          *replaced_label;

  SfDocument        *document;
  SfValidator       *validator;
  SfSearchHighlight *highlight;
  SfSearch          *search;
  GArray            *matches;
  int                current;
  guint              n_replaceable;
  guint              refresh_source;
  guint              select_source;
  guint              select_tries;
  gboolean           select_focus;
};

G_DEFINE_FINAL_TYPE (SfSearchBar, sf_search_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_MATCHES,
  PROP_CURRENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
in_set (SfStatement *statement,
        gpointer     set)
{
  return g_hash_table_contains (set, statement);
}

/* "Only statements with problems": the statements of the validator's
 * problems, gathered once a search rather than asked about statement by
 * statement, which took 60 ms a keystroke on 10,000 statements. */
static GHashTable *
dup_problem_statements (SfSearchBar *self)
{
  GListModel *problems;
  GHashTable *set;
  guint n;

  if (self->validator == NULL || !gtk_toggle_button_get_active (self->problems_button))
    return NULL;
  problems = sf_validator_get_problems (self->validator);
  set = g_hash_table_new (NULL, NULL);
  n = g_list_model_get_n_items (problems);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfProblem) problem = g_list_model_get_item (problems, i);

      for (SfNode *node = sf_problem_get_node (problem); node != NULL; node = sf_node_get_parent (node))
        if (SF_IS_STATEMENT (node))
          {
            g_hash_table_add (set, node);
            break;
          }
    }
  return set;
}

static guint
n_matches (SfSearchBar *self)
{
  return self->matches ? self->matches->len : 0;
}

static const SfSearchMatch *
current_match (SfSearchBar *self)
{
  if (self->current < 0 || (guint) self->current >= n_matches (self))
    return NULL;
  return &g_array_index (self->matches, SfSearchMatch, self->current);
}

static gboolean
focus_within_widget (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
focus_within (SfSearchBar *self)
{
  return focus_within_widget (GTK_WIDGET (self));
}

static void
update_count (SfSearchBar *self)
{
  g_autofree char *text = NULL;
  guint n = n_matches (self);

  if (self->search == NULL || sf_search_is_empty (self->search))
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else if (self->current < 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  else
    /* Translators: the current match and how many there are: "3 of 17" */
    text = g_strdup_printf (_("%u of %u"), self->current + 1, n);
  gtk_label_set_label (self->count_label, text);

  gtk_widget_set_sensitive (self->previous_button, n > 0);
  gtk_widget_set_sensitive (self->next_button, n > 0);
  gtk_widget_set_sensitive (self->replace_button, self->n_replaceable > 0);
  gtk_widget_set_sensitive (self->replace_all_button, self->n_replaceable > 0);
}

static void
set_current (SfSearchBar *self,
             int          current)
{
  if (self->current != current)
    {
      self->current = current;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
    }
  sf_search_highlight_set_current (self->highlight, current_match (self));
  update_count (self);
}

/* Searches the framework again: for a new query or options (the current
 * match is forgotten) or after the document changed (the current match
 * keeps its place in the list). */
static void
run_search (SfSearchBar *self,
            gboolean     keep_current)
{
  const char *query = gtk_editable_get_text (self->query_entry);
  SfSearchFlags flags = SF_SEARCH_DEFAULT;
  int current = self->current;
  guint n;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (gtk_toggle_button_get_active (self->case_button))
    flags |= SF_SEARCH_CASE_SENSITIVE;
  if (gtk_toggle_button_get_active (self->word_button))
    flags |= SF_SEARCH_WHOLE_WORD;
  if (self->search == NULL || sf_search_get_flags (self->search) != flags ||
      g_strcmp0 (sf_search_get_query (self->search), query) != 0)
    {
      g_clear_object (&self->search);
      self->search = sf_search_new (query, flags);
    }

  g_clear_pointer (&self->matches, g_array_unref);
  self->n_replaceable = 0;
  if (self->document != NULL && !sf_search_is_empty (self->search))
    {
      g_autoptr(GHashTable) problems = dup_problem_statements (self);

      self->matches = sf_search_find (self->search, sf_document_get_framework (self->document),
                                      problems ? in_set : NULL, problems);
      for (guint i = 0; i < self->matches->len; i++)
        self->n_replaceable += sf_search_match_is_replaceable (&g_array_index (self->matches, SfSearchMatch, i));
    }
  n = n_matches (self);

  sf_search_highlight_set_search (self->highlight, gtk_search_bar_get_search_mode (self->search_bar) ? self->search
                                                                                                      : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  set_current (self, keep_current && current >= 0 && n > 0 ? MIN (current, (int) n - 1) : -1);
}

static gboolean
refresh_cb (gpointer data)
{
  SfSearchBar *self = data;

  self->refresh_source = 0;
  run_search (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Edits come in bursts (a replace-all is thousands): one search after,
 * before the next frame is laid out (and not after animations, which
 * would delay an idle of default priority for as long as they run). */
static void
queue_refresh (SfSearchBar *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar) || self->search == NULL ||
      sf_search_is_empty (self->search) || self->refresh_source != 0)
    return;
  self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
problems_changed_cb (SfSearchBar *self)
{
  if (gtk_toggle_button_get_active (self->problems_button))
    queue_refresh (self);
}

/* Stepping */

/* The @n-th chip of a citation or anchor link in @row. */
static GtkWidget *
find_chip (GtkWidget *widget,
           gboolean   anchor,
           guint     *n)
{
  if (SF_IS_CHIP (widget) && (g_object_get_data (G_OBJECT (widget), "anchor") != NULL) == anchor)
    {
      if ((*n)-- == 0)
        return widget;
      return NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_chip (child, anchor, n);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Selects the match in its field, which is given the focus if @focus. A
 * match in a citation or an anchor name focuses its chip. */
static void
select_in_row (SfSearchBar         *self,
               SfStatementRow      *row,
               const SfSearchMatch *match,
               gboolean             focus)
{
  const char *text = sf_search_match_get_string (match);

  if (text == NULL || match->end > strlen (text))
    return;

  switch (match->member)
    {
    case SF_SEARCH_MEMBER_TITLE:
      {
        GtkEditable *title = sf_statement_row_get_title_field (row);
        const char *shown = gtk_editable_get_text (title);

        if (g_strcmp0 (shown, text) != 0)
          return;
        /* Select, then focus without selecting all: GTK 4.8 warns of a
         * "blinking selection" when a focused entry's cursor blinks and a
         * selection comes after. */
        gtk_editable_select_region (title, g_utf8_pointer_to_offset (text, text + match->start),
                                    g_utf8_pointer_to_offset (text, text + match->end));
        if (focus && GTK_IS_ENTRY (title))
          gtk_entry_grab_focus_without_selecting (GTK_ENTRY (title));
        else if (focus)
          gtk_widget_grab_focus (GTK_WIDGET (title));
      }
      break;

    case SF_SEARCH_MEMBER_TEXT:
      {
        GtkTextView *view = sf_statement_row_get_text_view (row);
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
        GtkTextIter from, to;

        gtk_text_buffer_get_iter_at_offset (buffer, &from, g_utf8_pointer_to_offset (text, text + match->start));
        gtk_text_buffer_get_iter_at_offset (buffer, &to, g_utf8_pointer_to_offset (text, text + match->end));
        gtk_text_buffer_select_range (buffer, &to, &from);
        if (focus)
          gtk_widget_grab_focus (GTK_WIDGET (view));
      }
      break;

    case SF_SEARCH_MEMBER_CITATION_SOURCE:
    case SF_SEARCH_MEMBER_CITATION_LOCATOR:
    case SF_SEARCH_MEMBER_ANCHOR_NAME:
    default:
      if (focus)
        {
          guint n = match->position;
          GtkWidget *chip = find_chip (GTK_WIDGET (row), match->member == SF_SEARCH_MEMBER_ANCHOR_NAME, &n);

          if (chip == NULL || !gtk_widget_child_focus (chip, GTK_DIR_TAB_FORWARD))
            gtk_widget_grab_focus (GTK_WIDGET (sf_statement_row_get_title_field (row)));
        }
      break;
    }
}

/* The section view showing the current match's statement, opened at its
 * level. */
static SfSectionView *
show_section (SfSearchBar *self,
              SfStatement *statement)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PAGE);
  SfNode *section = sf_node_get_parent (SF_NODE (statement));
  g_autofree char *name = NULL;
  GtkWidget *view;

  if (page == NULL || !SF_IS_SECTION (section) || sf_section_get_id (SF_SECTION (section)) == NULL)
    return NULL;
  name = g_strconcat ("section:", sf_section_get_id (SF_SECTION (section)), NULL);
  if (!sf_page_select_view (SF_PAGE (page), name))
    return NULL;
  view = sf_page_get_view (SF_PAGE (page));
  if (!SF_IS_SECTION_VIEW (view) || sf_section_view_get_section (SF_SECTION_VIEW (view)) != SF_SECTION (section))
    return NULL;
  return SF_SECTION_VIEW (view);
}

static gboolean
on_screen (GtkWidget *row)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (scroller == NULL || !gtk_widget_get_mapped (row) || !gtk_widget_compute_bounds (row, scroller, &bounds))
    return FALSE;
  return bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < gtk_widget_get_height (scroller);
}

static gboolean
select_cb (gpointer data)
{
  SfSearchBar *self = data;
  const SfSearchMatch *match = current_match (self);
  SfSectionView *view;
  SfStatementRow *row;

  if (match == NULL || (view = show_section (self, match->statement)) == NULL)
    {
      self->select_source = 0;
      return G_SOURCE_REMOVE;
    }
  /* A view shown just now scrolls once it is laid out: until the row is
   * bound and on screen, scroll again on the next frame. */
  row = sf_section_view_find_row (view, match->statement);
  if ((row == NULL || !on_screen (GTK_WIDGET (row))) && self->select_tries++ < SELECT_TRIES)
    {
      sf_section_view_reveal (view, match->statement, NULL);
      return G_SOURCE_CONTINUE;
    }
  if (row != NULL)
    select_in_row (self, row, match, self->select_focus);
  self->select_source = 0;
  return G_SOURCE_REMOVE;
}

/* Opens the current match's section at its level, scrolls to its
 * statement and selects the match, once its row is bound. */
static void
reveal_current (SfSearchBar *self,
                gboolean     focus)
{
  const SfSearchMatch *match = current_match (self);
  SfSectionView *view;

  g_clear_handle_id (&self->select_source, g_source_remove);
  if (match == NULL || (view = show_section (self, match->statement)) == NULL)
    return;
  sf_section_view_reveal (view, match->statement, NULL);
  self->select_focus = focus;
  self->select_tries = 0;
  /* Rows have their place once the list is laid out: after this frame. */
  self->select_source = g_timeout_add (16, select_cb, self);
}

static void
step (SfSearchBar *self,
      int          direction)
{
  guint n;

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    sf_search_bar_begin (self, FALSE);
  if ((n = n_matches (self)) == 0)
    return;
  if (self->current < 0)
    set_current (self, direction > 0 ? 0 : (int) n - 1);
  else
    set_current (self, (self->current + direction + (int) n) % (int) n);
  reveal_current (self, !focus_within (self));
}

/**
 * sf_search_bar_next:
 * @self: a #SfSearchBar
 *
 * Steps to the next match, after the last to the first, as Enter and
 * Ctrl+G do; opens the bar if it is closed.
 */
void
sf_search_bar_next (SfSearchBar *self)
{
  g_return_if_fail (SF_IS_SEARCH_BAR (self));

  step (self, 1);
}

/**
 * sf_search_bar_previous:
 * @self: a #SfSearchBar
 *
 * Steps to the previous match, before the first to the last, as
 * Shift+Enter and Shift+Ctrl+G do.
 */
void
sf_search_bar_previous (SfSearchBar *self)
{
  g_return_if_fail (SF_IS_SEARCH_BAR (self));

  step (self, -1);
}

/* Replacing */

static const char *
replacement (SfSearchBar *self)
{
  return gtk_editable_get_text (self->replace_entry);
}

static void
replace_cb (SfSearchBar *self)
{
  const SfSearchMatch *match = current_match (self);
  g_autoptr(SfStatement) statement = NULL;
  SfSearchMember member;
  gsize after;
  guint n;
  int next;

  if (self->document == NULL || self->search == NULL || self->n_replaceable == 0)
    return;

  /* The first press goes to a match that can be replaced; the next one
   * replaces it, as in text editors. */
  if (match == NULL || !sf_search_match_is_replaceable (match))
    {
      n = n_matches (self);
      next = self->current;
      do
        next = (next + 1) % (int) n;
      while (!sf_search_match_is_replaceable (&g_array_index (self->matches, SfSearchMatch, next)));
      set_current (self, next);
      reveal_current (self, !focus_within (self));
      return;
    }

  statement = g_object_ref (match->statement);
  member = match->member;
  after = match->start + strlen (replacement (self));
  next = self->current;
  sf_search_replace (self->search, self->document, match, replacement (self));
  gtk_label_set_label (self->replaced_label, "");

  /* The next match after the replacement, which is not searched. */
  run_search (self, FALSE);
  n = n_matches (self);
  while ((guint) next < n)
    {
      SfSearchMatch *m = &g_array_index (self->matches, SfSearchMatch, next);

      if (m->statement != statement || m->member != member || m->start >= after)
        break;
      next++;
    }
  if (n == 0)
    return;
  set_current (self, (guint) next < n ? next : 0);
  reveal_current (self, !focus_within (self));
}

static void
replace_all_cb (SfSearchBar *self)
{
  g_autoptr(GHashTable) problems = NULL;
  g_autofree char *text = NULL;
  GtkRoot *root;
  guint count;

  if (self->document == NULL || self->search == NULL || self->n_replaceable == 0)
    return;

  problems = dup_problem_statements (self);
  count = sf_search_replace_all (self->search, self->document, problems ? in_set : NULL, problems,
                                 replacement (self));
  run_search (self, FALSE);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replaced %u match", "Replaced %u matches", count), count);
  gtk_label_set_label (self->replaced_label, text);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (SF_IS_WINDOW (root) && count > 0)
    {
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      sf_window_show_toast (SF_WINDOW (root), toast);
    }
}

/* Template callbacks */

static void
query_changed_cb (SfSearchBar *self)
{
  gtk_label_set_label (self->replaced_label, "");
  run_search (self, FALSE);
}

static void
options_changed_cb (SfSearchBar *self)
{
  run_search (self, FALSE);
}

static void
replacement_changed_cb (SfSearchBar *self)
{
  gtk_label_set_label (self->replaced_label, "");
}

static void
next_cb (SfSearchBar *self)
{
  step (self, 1);
}

static void
previous_cb (SfSearchBar *self)
{
  step (self, -1);
}

static void
stop_search_cb (SfSearchBar *self)
{
  sf_search_bar_end (self);
}

static void
close_cb (SfSearchBar *self)
{
  sf_search_bar_end (self);
}

static void
replace_toggled_cb (SfSearchBar *self)
{
  /* The replace row follows the toggle (see the template). */
  if (!gtk_toggle_button_get_active (self->replace_toggle) && focus_within_widget (GTK_WIDGET (self->replace_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->query_entry));
}

static gboolean
previous_shortcut_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   data)
{
  step (SF_SEARCH_BAR (data), -1);
  return TRUE;
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  sf_search_bar_end (SF_SEARCH_BAR (widget));
  return TRUE;
}

/* GObject */

static void
sf_search_bar_dispose (GObject *object)
{
  SfSearchBar *self = SF_SEARCH_BAR (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->select_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SEARCH_BAR);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_object (&self->search);
  g_clear_object (&self->highlight);
  g_clear_object (&self->validator);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sf_search_bar_parent_class)->dispose (object);
}

static void
sf_search_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfSearchBar *self = SF_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_N_MATCHES:
      g_value_set_uint (value, n_matches (self));
      break;

    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_search_bar_class_init (SfSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_search_bar_dispose;
  object_class->get_property = sf_search_bar_get_property;

  /**
   * SfSearchBar:n-matches:
   *
   * How many matches the search found.
   */
  properties[PROP_N_MATCHES] =
    g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SfSearchBar:current:
   *
   * The index of the current match, or -1 before stepping to one.
   */
  properties[PROP_CURRENT] =
    g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/skillframe/Skillframe/sf-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, query_entry);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, next_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, case_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, word_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, problems_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, replace_toggle);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, close_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, replace_row);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, replace_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, replace_all_button);
  gtk_widget_class_bind_template_child (widget_class, SfSearchBar, replaced_label);
  gtk_widget_class_bind_template_callback (widget_class, query_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, replacement_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_all_cb);

  /* Escape anywhere in the bar; the query entry has its own. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEARCH);
}

static void
sf_search_bar_init (SfSearchBar *self)
{
  GtkEventController *controller;
  GtkShortcut *shortcut;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find and replace"), -1);

  self->current = -1;
  self->highlight = sf_search_highlight_new ();
  update_count (self);

  /* Shift+Enter steps back, before the entry takes Enter. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Shift>Return|<Shift>KP_Enter"),
                               gtk_callback_action_new (previous_shortcut_cb, self, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self->query_entry), controller);
}

/**
 * sf_search_bar_set_document:
 * @self: a #SfSearchBar
 * @document: the page's document
 * @validator: its validator, for "Only statements with problems"
 *
 * Searches @document from now on, following its changes.
 */
void
sf_search_bar_set_document (SfSearchBar *self,
                            SfDocument  *document,
                            SfValidator *validator)
{
  g_return_if_fail (SF_IS_SEARCH_BAR (self));
  g_return_if_fail (SF_IS_DOCUMENT (document));
  g_return_if_fail (SF_IS_VALIDATOR (validator));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  self->validator = g_object_ref (validator);
  g_signal_connect_object (document, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (validator, "problems-changed", G_CALLBACK (problems_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * sf_search_bar_get_highlight:
 * @self: a #SfSearchBar
 *
 * Returns: (transfer none): what the section views show of the search
 */
SfSearchHighlight *
sf_search_bar_get_highlight (SfSearchBar *self)
{
  g_return_val_if_fail (SF_IS_SEARCH_BAR (self), NULL);

  return self->highlight;
}

/**
 * sf_search_bar_begin:
 * @self: a #SfSearchBar
 * @replace: whether to show the replace row, as Ctrl+H does
 *
 * Opens the bar, as Ctrl+F does, with the focus in the query (or, to
 * replace a query already typed, in the replacement).
 */
void
sf_search_bar_begin (SfSearchBar *self,
                     gboolean     replace)
{
  gboolean was_active;

  g_return_if_fail (SF_IS_SEARCH_BAR (self));

  was_active = gtk_search_bar_get_search_mode (self->search_bar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_toggle_button_set_active (self->replace_toggle, replace);
  /* Open again, it goes on from the match it was at. */
  if (!was_active)
    run_search (self, TRUE);

  /* All of the text selected, to type over: an entry selects it as it
   * takes the focus; a search entry keeps the selection it has (selecting
   * after the focus makes GTK 4.8 warn of a "blinking selection"). */
  if (replace && *gtk_editable_get_text (self->query_entry) != '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->replace_entry));
  else
    {
      gtk_editable_select_region (self->query_entry, 0, -1);
      gtk_widget_grab_focus (GTK_WIDGET (self->query_entry));
    }
}

/**
 * sf_search_bar_end:
 * @self: a #SfSearchBar
 *
 * Closes the bar, as Escape does: the highlights go, and the focus goes to
 * the field of the current match, with the match selected. The query stays
 * for the next search.
 */
void
sf_search_bar_end (SfSearchBar *self)
{
  const SfSearchMatch *match;
  gboolean had_focus;

  g_return_if_fail (SF_IS_SEARCH_BAR (self));

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return;

  had_focus = focus_within (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  match = current_match (self);
  if (match != NULL && had_focus)
    reveal_current (self, TRUE);
  else if (had_focus)
    {
      GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PAGE);
      GtkWidget *view = page ? sf_page_get_view (SF_PAGE (page)) : NULL;

      if (view != NULL)
        gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD);
    }
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  sf_search_highlight_set_search (self->highlight, NULL);
}

/**
 * sf_search_bar_get_active:
 * @self: a #SfSearchBar
 *
 * Returns: whether the bar is open
 */
gboolean
sf_search_bar_get_active (SfSearchBar *self)
{
  g_return_val_if_fail (SF_IS_SEARCH_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * sf_search_bar_get_n_matches:
 * @self: a #SfSearchBar
 *
 * Returns: how many matches the search found, with its options
 */
guint
sf_search_bar_get_n_matches (SfSearchBar *self)
{
  g_return_val_if_fail (SF_IS_SEARCH_BAR (self), 0);

  return n_matches (self);
}

/**
 * sf_search_bar_get_current:
 * @self: a #SfSearchBar
 *
 * Returns: the index of the current match, or -1 before stepping to one
 */
int
sf_search_bar_get_current (SfSearchBar *self)
{
  g_return_val_if_fail (SF_IS_SEARCH_BAR (self), -1);

  return self->current;
}

/**
 * sf_search_bar_get_match:
 * @self: a #SfSearchBar
 * @index: a match's index
 *
 * Returns: (nullable): the match, or %NULL if there are not that many
 */
const SfSearchMatch *
sf_search_bar_get_match (SfSearchBar *self,
                         guint        index)
{
  g_return_val_if_fail (SF_IS_SEARCH_BAR (self), NULL);

  if (index >= n_matches (self))
    return NULL;
  return &g_array_index (self->matches, SfSearchMatch, index);
}

/**
 * sf_search_bar_get_control:
 * @self: a #SfSearchBar
 * @name: "query", "count", "previous", "next", "case", "whole-word",
 *   "problems", "replace-toggle", "close", "replace-entry", "replace",
 *   "replace-all" or "replaced"
 *
 * For tests and benchmarks, which use the bar as an author does.
 *
 * Returns: (transfer none) (nullable): the control of that name
 */
GtkWidget *
sf_search_bar_get_control (SfSearchBar *self,
                           const char  *name)
{
  const struct { const char *name; gpointer widget; } controls[] = {
    { "query", self->query_entry },
    { "count", self->count_label },
    { "previous", self->previous_button },
    { "next", self->next_button },
    { "case", self->case_button },
    { "whole-word", self->word_button },
    { "problems", self->problems_button },
    { "replace-toggle", self->replace_toggle },
    { "close", self->close_button },
    { "replace-entry", self->replace_entry },
    { "replace", self->replace_button },
    { "replace-all", self->replace_all_button },
    { "replaced", self->replaced_label },
  };

  g_return_val_if_fail (SF_IS_SEARCH_BAR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    if (g_str_equal (controls[i].name, name))
      return controls[i].widget;
  return NULL;
}
