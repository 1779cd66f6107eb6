/* bench-util.c - what the benchmark programs share
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "bench-util.h"

/* How many times to measure each thing: BENCH_RUNS, or 7. */
guint
bench_runs (void)
{
  const char *runs = g_getenv ("BENCH_RUNS");
  guint n = runs != NULL ? (guint) atoi (runs) : 7;

  return CLAMP (n, 1, 1000);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @values (sorted in place). */
double
bench_median (GArray *values)
{
  guint n = values->len;

  g_return_val_if_fail (n > 0, 0);

  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);

  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

/* One row of the results table; @met: 1 yes, 0 no, -1 no target. */
void
bench_row (const char *measure,
           const char *median,
           const char *target,
           int         met)
{
  printf ("| %s | %s | %s | %s |\n", measure, median, target ? target : "",
          met < 0 ? "" : met ? "yes" : "**no**");
  fflush (stdout);
}
