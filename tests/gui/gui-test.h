/* gui-test.h: what the in-process GUI tests share
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each GUI test program drives one real editor window under Xvfb: it opens
 * copies of the seed, selects parts in the sidebar and edits through the
 * widgets and actions an author uses.
 */

#pragma once

#include <adwaita.h>

#include "sf-application.h"
#include "sf-page.h"
#include "sf-section-view.h"
#include "sf-statement-row.h"
#include "sf-window.h"

G_BEGIN_DECLS

extern SfApplication *gui_app;
extern SfWindow      *gui_window;
extern char          *gui_tmpdir;

/* Waits up to ten seconds for @cond (times SKILLFRAME_TIMEOUT_SCALE, which
 * the sanitizer build sets), running the main loop. */
#define WAIT_UNTIL(cond) \
  G_STMT_START { \
    gint64 deadline_ = g_get_monotonic_time () + gui_timeout_scale () * 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < deadline_) \
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE); \
    if (!(cond)) \
      g_error ("timed out waiting for %s", #cond); \
  } G_STMT_END

double            gui_timeout_scale   (void);
void              gui_test_init       (int            *argc,
                                       char         ***argv,
                                       void          (*setup) (void));
int               gui_test_run        (void);
void              gui_spin            (guint           msec);
char             *gui_copy_seed       (const char     *name);
SfPage           *gui_open_path       (const char     *path);
SfDocument       *gui_document_of     (SfPage         *page);
SfFramework      *gui_framework_of    (SfPage         *page);
void              gui_activate        (const char     *action);
AdwMessageDialog *gui_find_dialog     (void);
void              gui_mark_answered   (AdwMessageDialog *dialog);
void              gui_respond         (AdwMessageDialog *dialog,
                                       const char     *response);
void              gui_close_all       (void);
SfSectionView    *gui_show_section    (SfPage         *page,
                                       const char     *id);
SfStatementRow   *gui_row_for         (SfSectionView  *view,
                                       SfStatement    *statement);
gboolean          gui_focus_within    (GtkWidget      *widget);

G_END_DECLS
