/* main.c - ROS1 Guide
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "guide-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GuideApplication) app = NULL;
  const char *localedir = g_getenv ("ROS1_GUIDE_LOCALEDIR");

  /* ROS1_GUIDE_LOCALEDIR lets an uninstalled build find its catalogs. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("ROS1 Guide"));
  app = guide_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
