/* main.c: the Skillframe editor
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sf-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SfApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, sf_application_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("skillframe");
  g_set_application_name (_("Skillframe"));

  /* Without a display, say so rather than let GTK abort. */
  if (!gtk_init_check ())
    {
      g_printerr (_("skillframe: cannot open a display: set DISPLAY or WAYLAND_DISPLAY, or run it "
                    "in a graphical session (skillframe-tool works without one)\n"));
      return 1;
    }

  sf_application_ensure_schemas ();
  app = sf_application_new ();
  /* Translators: the arguments in "skillframe --help": Usage: skillframe [OPTION…] [FILE…] */
  g_application_set_option_context_parameter_string (G_APPLICATION (app), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (app),
                                            _("Edit occupational skills frameworks. The files open in "
                                              "the editor already running, if there is one."));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
