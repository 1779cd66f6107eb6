/* fuzz-common.h - what every fuzz target shares
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <stddef.h>
#include <stdint.h>

#include "guide-id-list.h"

G_BEGIN_DECLS

/* The entry point libFuzzer calls for each input. */
int    LLVMFuzzerTestOneInput     (const uint8_t *data,
                                   size_t         size);

void   fuzz_init                  (void);
GFile *fuzz_write_file            (const char    *name,
                                   const uint8_t *data,
                                   size_t         size);
void   fuzz_check_error           (const GError  *error,
                                   const char    *file_name);
GuideIdList *fuzz_shipped_sources (void);

G_END_DECLS
