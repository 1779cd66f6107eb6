/* bench-startup.c - time to first frame and peak memory, against a minimal window
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts ros1-guide and the minimal libadwaita window (minimal-window.c)
 * in turn, the same number of times, each with the first-frame probe
 * (first-frame.c) preloaded. The time to first frame runs from just
 * before the process is created to the end of its first painted frame,
 * both read from the same monotonic clock; the peak memory is the
 * process's maximum resident set size, as the kernel counts it
 * (getrusage), as is the CPU time it used until then, which other
 * programs on a busy machine do not inflate. The first run of each is a
 * warm-up and is not counted.
 *
 * Needs a display; bench/run gives it one.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-util.h"

typedef struct
{
  const char *name;
  const char *path;
  GArray     *frame_ms;
  GArray     *cpu_ms;
  GArray     *rss_mib;
} Program;

/* Runs @program once; FALSE if it did not draw a frame. */
static gboolean
measure_once (Program *program,
              double  *frame_ms,
              double  *cpu_ms,
              double  *rss_mib)
{
  g_autofree char *probe = g_build_filename (BENCH_BUILD_ROOT, "bench", "libfirst-frame.so", NULL);
  struct pollfd pfd;
  struct rusage usage;
  char line[64] = { 0 };
  gint64 start, painted = 0;
  ssize_t got = 0;
  int fds[2];
  int status;
  pid_t pid;

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      char fd_name[16];
      int null = open ("/dev/null", O_WRONLY);

      g_snprintf (fd_name, sizeof fd_name, "%d", fds[1]);
      close (fds[0]);
      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      setenv ("GUIDE_BENCH_FD", fd_name, TRUE);
      setenv ("LD_PRELOAD", probe, TRUE);
      execl (program->path, program->path, (char *) NULL);
      _exit (127);
    }

  close (fds[1]);
  pfd.fd = fds[0];
  pfd.events = POLLIN;
  if (poll (&pfd, 1, 60 * 1000) > 0)
    got = read (fds[0], line, sizeof line - 1);
  close (fds[0]);

  if (got <= 0)
    kill (pid, SIGKILL);

  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("wait4: %s", g_strerror (errno));

  if (got <= 0 || sscanf (line, "first-frame %" G_GINT64_FORMAT, &painted) != 1 ||
      !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s: no first frame (exit status %d)\n", program->name, status);
      return FALSE;
    }

  *frame_ms = (painted - start) / 1000.0;
  *cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
            (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  *rss_mib = usage.ru_maxrss / 1024.0;  /* kibibytes on Linux */
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *app_path = g_build_filename (BENCH_BUILD_ROOT, "src", "ros1-guide", NULL);
  g_autofree char *minimal_path = g_build_filename (BENCH_BUILD_ROOT, "bench", "minimal-window", NULL);
  Program programs[] = {
    { "minimal-window", minimal_path, NULL, NULL, NULL },
    { "ros1-guide", app_path, NULL, NULL, NULL },
  };
  guint runs = bench_runs ();
  double frame[2], cpu[2], rss[2];
  char value[128];
  double ratio, extra;

  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      double f, c, r;

      programs[p].frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[p].cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[p].rss_mib = g_array_new (FALSE, FALSE, sizeof (double));
      if (!measure_once (&programs[p], &f, &c, &r))  /* warm-up */
        return 1;
    }

  /* Alternate, and alternate which goes first, so that neither gains from
   * the other's caches or from the machine's mood. */
  for (guint i = 0; i < runs; i++)
    for (guint k = 0; k < G_N_ELEMENTS (programs); k++)
      {
        Program *program = &programs[(i + k) % G_N_ELEMENTS (programs)];
        double f, c, r;

        if (!measure_once (program, &f, &c, &r))
          return 1;
        g_array_append_val (program->frame_ms, f);
        g_array_append_val (program->cpu_ms, c);
        g_array_append_val (program->rss_mib, r);
      }

  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      frame[p] = bench_median (programs[p].frame_ms);
      cpu[p] = bench_median (programs[p].cpu_ms);
      rss[p] = bench_median (programs[p].rss_mib);
    }

  ratio = frame[1] / frame[0];
  extra = rss[1] - rss[0];

  g_snprintf (value, sizeof value, "%.0f ms (CPU %.0f ms)", frame[0], cpu[0]);
  bench_row ("Time to first frame: minimal libadwaita window", value, NULL, -1);
  g_snprintf (value, sizeof value, "%.0f ms (CPU %.0f ms): **%.2f×** the minimal window (CPU %.2f×)",
              frame[1], cpu[1], ratio, cpu[1] / cpu[0]);
  bench_row ("Time to first frame: ros1-guide", value, "≤ 1.3× the minimal window", ratio <= 1.3);
  g_snprintf (value, sizeof value, "%.1f MiB", rss[0]);
  bench_row ("Peak memory (max RSS): minimal libadwaita window", value, NULL, -1);
  g_snprintf (value, sizeof value, "%.1f MiB (**%+.1f MiB**)", rss[1], extra);
  bench_row ("Peak memory (max RSS): ros1-guide", value, "≤ the minimal window + 30 MiB", extra <= 30);

  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      g_array_unref (programs[p].frame_ms);
      g_array_unref (programs[p].cpu_ms);
      g_array_unref (programs[p].rss_mib);
    }

  return 0;
}
