/* sf-search-highlight.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-search-highlight.h"

#define ROW_KEY   "sf-search-highlight"
#define ATTRS_KEY "sf-search-highlight-attrs"
#define MATCH_TAG "sf-search-match"
#define CURRENT_TAG "sf-search-current"

/* Translucent, so that they read on light and dark backgrounds alike. */
#define MATCH_RGBA   "rgba(246, 211, 45, 0.45)"
#define CURRENT_RGBA "rgba(255, 120, 0, 0.6)"

/**
 * SfSearchHighlight:
 *
 * What a page's search shows in its statement rows: every match of the
 * search in the titles (Pango attributes on the entry) and texts (a tag of
 * the text buffer) of the rows it is applied to, and the current match in
 * a stronger colour. Rows are recycled by the list view, so the section
 * view applies it to each row it binds and to its bound rows on
 * #SfSearchHighlight::changed; a row follows its own text as it changes.
 */
struct _SfSearchHighlight
{
  GObject         parent_instance;

  SfSearch       *search;
  SfStatement    *current_statement;
  SfSearchMember  current_member;
  gsize           current_start;
  gsize           current_end;
};

G_DEFINE_FINAL_TYPE (SfSearchHighlight, sf_search_highlight, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_current (SfSearchHighlight   *self,
            SfStatement         *statement,
            SfSearchMember       member,
            const SfSearchRange *range)
{
  return self->current_statement != NULL && self->current_statement == statement &&
         self->current_member == member && self->current_start == range->start && self->current_end == range->end;
}

static void
apply_entry (SfSearchHighlight *self,
             GtkEntry          *entry,
             SfStatement       *statement)
{
  gboolean had = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), ATTRS_KEY));
  g_autoptr(GArray) ranges = NULL;
  PangoAttrList *attrs;
  GdkRGBA match, current;

  if (self->search != NULL && statement != NULL)
    ranges = sf_search_find_in_string (self->search, gtk_editable_get_text (GTK_EDITABLE (entry)));
  /* The entry's attributes are left alone while there is nothing to show. */
  if ((ranges == NULL || ranges->len == 0) && !had)
    return;

  gdk_rgba_parse (&match, MATCH_RGBA);
  gdk_rgba_parse (&current, CURRENT_RGBA);
  attrs = pango_attr_list_new ();
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      SfSearchRange *range = &g_array_index (ranges, SfSearchRange, i);
      GdkRGBA *color = is_current (self, statement, SF_SEARCH_MEMBER_TITLE, range) ? &current : &match;
      PangoAttribute *background = pango_attr_background_new (color->red * 65535, color->green * 65535,
                                                               color->blue * 65535);
      PangoAttribute *alpha = pango_attr_background_alpha_new (color->alpha * 65535);

      background->start_index = alpha->start_index = range->start;
      background->end_index = alpha->end_index = range->end;
      pango_attr_list_insert (attrs, background);
      pango_attr_list_insert (attrs, alpha);
    }
  gtk_entry_set_attributes (entry, attrs);
  pango_attr_list_unref (attrs);
  g_object_set_data (G_OBJECT (entry), ATTRS_KEY, GINT_TO_POINTER (ranges != NULL && ranges->len > 0));
}

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer,
            const char    *name,
            const char    *rgba)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GdkRGBA color;

  if (tag == NULL)
    {
      gdk_rgba_parse (&color, rgba);
      tag = gtk_text_buffer_create_tag (buffer, name, "background-rgba", &color, NULL);
    }
  return tag;
}

static void
apply_buffer (SfSearchHighlight *self,
              GtkTextBuffer     *buffer,
              SfStatement       *statement)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *text = NULL;
  GtkTextTag *match_tag, *current_tag;
  GtkTextIter start, end;
  const char *p;
  glong offset = 0;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  if (self->search != NULL && statement != NULL)
    {
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      ranges = sf_search_find_in_string (self->search, text);
    }
  if ((ranges == NULL || ranges->len == 0) && gtk_text_tag_table_lookup (table, MATCH_TAG) == NULL)
    return;

  /* The current match's tag is made last, so that it is drawn over. */
  match_tag = ensure_tag (buffer, MATCH_TAG, MATCH_RGBA);
  current_tag = ensure_tag (buffer, CURRENT_TAG, CURRENT_RGBA);
  gtk_text_buffer_remove_tag (buffer, match_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, current_tag, &start, &end);

  p = text;
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      SfSearchRange *range = &g_array_index (ranges, SfSearchRange, i);
      GtkTextIter from, to;

      /* Iters count characters; the ranges are bytes. */
      offset += g_utf8_pointer_to_offset (p, text + range->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &from, offset);
      offset += g_utf8_pointer_to_offset (text + range->start, text + range->end);
      gtk_text_buffer_get_iter_at_offset (buffer, &to, offset);
      p = text + range->end;
      gtk_text_buffer_apply_tag (buffer,
                                 is_current (self, statement, SF_SEARCH_MEMBER_TEXT, range) ? current_tag : match_tag,
                                 &from, &to);
    }
}

/* The row's own text changed: typing, an undo, a rebind. */
static void
field_changed_cb (SfStatementRow *row)
{
  SfSearchHighlight *self = g_object_get_data (G_OBJECT (row), ROW_KEY);

  if (self != NULL)
    sf_search_highlight_apply (self, row);
}

/**
 * sf_search_highlight_apply:
 * @self: a #SfSearchHighlight
 * @row: a statement row
 *
 * Shows the matches in @row's title and text, and keeps showing them as
 * its text changes, until another highlight is applied to it.
 */
void
sf_search_highlight_apply (SfSearchHighlight *self,
                           SfStatementRow    *row)
{
  GtkEntry *entry;
  GtkTextBuffer *buffer;
  SfStatement *statement;

  g_return_if_fail (SF_IS_SEARCH_HIGHLIGHT (self));
  g_return_if_fail (SF_IS_STATEMENT_ROW (row));

  entry = GTK_ENTRY (sf_statement_row_get_title_field (row));
  buffer = gtk_text_view_get_buffer (sf_statement_row_get_text_view (row));
  if (g_object_get_data (G_OBJECT (row), ROW_KEY) != self)
    {
      if (g_object_get_data (G_OBJECT (row), ROW_KEY) == NULL)
        {
          g_signal_connect_object (entry, "changed", G_CALLBACK (field_changed_cb), row, G_CONNECT_SWAPPED);
          g_signal_connect_object (buffer, "changed", G_CALLBACK (field_changed_cb), row, G_CONNECT_SWAPPED);
        }
      g_object_set_data_full (G_OBJECT (row), ROW_KEY, g_object_ref (self), g_object_unref);
    }

  statement = sf_statement_row_get_statement (row);
  apply_entry (self, entry, statement);
  apply_buffer (self, buffer, statement);
}

static void
sf_search_highlight_dispose (GObject *object)
{
  SfSearchHighlight *self = SF_SEARCH_HIGHLIGHT (object);

  g_clear_object (&self->search);
  g_clear_object (&self->current_statement);

  G_OBJECT_CLASS (sf_search_highlight_parent_class)->dispose (object);
}

static void
sf_search_highlight_class_init (SfSearchHighlightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sf_search_highlight_dispose;

  /**
   * SfSearchHighlight::changed:
   *
   * The search or its current match changed: the rows shown apply the
   * highlight again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
sf_search_highlight_init (SfSearchHighlight *self)
{
}

/**
 * sf_search_highlight_new:
 *
 * Returns: (transfer full): a highlight that shows nothing yet
 */
SfSearchHighlight *
sf_search_highlight_new (void)
{
  return g_object_new (SF_TYPE_SEARCH_HIGHLIGHT, NULL);
}

/**
 * sf_search_highlight_get_search:
 * @self: a #SfSearchHighlight
 *
 * Returns: (transfer none) (nullable): the search shown
 */
SfSearch *
sf_search_highlight_get_search (SfSearchHighlight *self)
{
  g_return_val_if_fail (SF_IS_SEARCH_HIGHLIGHT (self), NULL);

  return self->search;
}

/**
 * sf_search_highlight_set_search:
 * @self: a #SfSearchHighlight
 * @search: (nullable): the search whose matches to show, or %NULL for none
 *
 * Shows the matches of @search; a new search has no current match.
 */
void
sf_search_highlight_set_search (SfSearchHighlight *self,
                                SfSearch          *search)
{
  g_return_if_fail (SF_IS_SEARCH_HIGHLIGHT (self));
  g_return_if_fail (search == NULL || SF_IS_SEARCH (search));

  if (search != NULL && sf_search_is_empty (search))
    search = NULL;
  /* The same search after an edit: the rows follow their own text. */
  if (!g_set_object (&self->search, search))
    return;
  g_clear_object (&self->current_statement);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * sf_search_highlight_set_current:
 * @self: a #SfSearchHighlight
 * @match: (nullable): the match to show as the current one
 *
 * Shows @match in the colour of the current match.
 */
void
sf_search_highlight_set_current (SfSearchHighlight   *self,
                                 const SfSearchMatch *match)
{
  g_return_if_fail (SF_IS_SEARCH_HIGHLIGHT (self));

  if (match == NULL && self->current_statement == NULL)
    return;
  if (match != NULL && match->statement == self->current_statement && match->member == self->current_member &&
      match->start == self->current_start && match->end == self->current_end)
    return;

  g_set_object (&self->current_statement, (match ? match->statement : NULL));
  if (match != NULL)
    {
      self->current_member = match->member;
      self->current_start = match->start;
      self->current_end = match->end;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}
