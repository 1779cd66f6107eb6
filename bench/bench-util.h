/* bench-util.h - what the benchmark programs share
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every benchmark program prints its results as rows of one Markdown
 * table, which bench/run gathers under a common header:
 *
 *   | Measure | Median | Target | Met |
 *
 * Anything else a program prints is shown below the table as a note.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint   bench_runs      (void);
double  bench_median    (GArray     *values);
void    bench_row       (const char *measure,
                         const char *median,
                         const char *target,
                         int         met);

G_END_DECLS
