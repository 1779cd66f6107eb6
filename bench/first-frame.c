/* first-frame.c - reports when a program has drawn its first frame
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A probe for bench-startup, loaded with LD_PRELOAD into both programs it
 * compares (ros1-guide and the minimal window), so that both are measured
 * the same way and neither carries code for it. It wraps
 * gtk_window_present(): once the window's frame clock has finished
 * painting its first frame ("after-paint"), it writes the monotonic time
 * to the file descriptor named by GUIDE_BENCH_FD, lets the main loop run
 * until it is idle (so that work put off until after the first frame is
 * counted in the memory peak), then ends the process.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void gtk_window_present (GtkWindow *window);

static gboolean reported;

static gboolean
quit_when_idle (gpointer data)
{
  _exit (0);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  gint64 now = g_get_monotonic_time ();
  const char *fd_name = g_getenv ("GUIDE_BENCH_FD");
  char line[64];
  int length;

  if (reported)
    return;
  reported = TRUE;

  length = g_snprintf (line, sizeof line, "first-frame %" G_GINT64_FORMAT "\n", now);
  if (fd_name != NULL && write (atoi (fd_name), line, length) != length)
    _exit (3);

  g_idle_add_full (G_PRIORITY_LOW, quit_when_idle, NULL, NULL);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *);
  GdkFrameClock *clock;

  if (real_present == NULL)
    real_present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");

  real_present (window);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (!reported && clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}
