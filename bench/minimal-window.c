/* minimal-window.c - the smallest libadwaita application, to compare with
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What any libadwaita program pays before its first frame: an application
 * (registered on the session bus, as ros1-guide is) and a window of the
 * guide's default size, with a header bar and one line of text.
 * bench-startup measures ros1-guide against it.
 */
#include <adwaita.h>

static void
activate_cb (GtkApplication *app,
             gpointer        data)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("A minimal libadwaita window");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("com.example.Ros1Guide.BenchMinimal",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
