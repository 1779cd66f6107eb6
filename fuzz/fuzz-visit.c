/* fuzz-visit.c - the saved visit summary (visit.json)
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a patient wrote must survive: a summary that loads is saved and
 * loaded again, and must come back equal.
 */
#include <string.h>

#include "fuzz-common.h"
#include "guide-visit-summary.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GuideVisitSummary) summary = NULL;
  g_autoptr(GuideVisitSummary) again = NULL;
  g_autoptr(GBytes) saved_bytes = NULL;
  g_autofree char *saved = NULL;

  fuzz_init ();

  summary = guide_visit_summary_new_from_bytes (bytes, "visit.json", &error);
  if (summary == NULL)
    {
      fuzz_check_error (error, "visit.json");
      return 0;
    }

  saved = guide_visit_summary_to_json (summary);
  saved_bytes = g_bytes_new_static (saved, strlen (saved));
  again = guide_visit_summary_new_from_bytes (saved_bytes, "visit.json", &error);
  if (again == NULL)
    g_error ("fuzz: a saved summary cannot be read back: %s", error->message);
  if (!guide_visit_summary_equal (summary, again))
    g_error ("fuzz: a summary saved and read back is not the same:\n%s", saved);

  return 0;
}
