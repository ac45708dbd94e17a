/* sf-window-search.c: the window's find and replace actions
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-search-bar.h"
#include "sf-window-private.h"

/* The search bar of the current framework, once it is loaded. */
static SfSearchBar *
current_search_bar (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);

  if (page == NULL || sf_page_get_document (page) == NULL)
    return NULL;
  return sf_page_get_search_bar (page);
}

static void
find_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SfSearchBar *bar = current_search_bar (user_data);

  if (bar != NULL)
    sf_search_bar_begin (bar, FALSE);
}

static void
replace_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  SfSearchBar *bar = current_search_bar (user_data);

  if (bar != NULL)
    sf_search_bar_begin (bar, TRUE);
}

static void
find_next_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  SfSearchBar *bar = current_search_bar (user_data);

  if (bar != NULL)
    sf_search_bar_next (bar);
}

static void
find_previous_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  SfSearchBar *bar = current_search_bar (user_data);

  if (bar != NULL)
    sf_search_bar_previous (bar);
}

static const GActionEntry search_actions[] = {
  { "find", find_action },
  { "replace", replace_action },
  { "find-next", find_next_action },
  { "find-previous", find_previous_action },
};

void
_sf_window_search_init (SfWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), search_actions, G_N_ELEMENTS (search_actions), self);
}

/* Enabled while the current tab has a framework loaded; its bar is made
 * when first used. */
void
_sf_window_search_update (SfWindow *self)
{
  SfPage *page = sf_window_get_current_page (self);
  gboolean enabled = page != NULL && sf_page_get_document (page) != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (search_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), search_actions[i].name);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}
