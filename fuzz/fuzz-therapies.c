/* fuzz-therapies.c - the therapies of the comparison grid (therapies.json)
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-common.h"
#include "guide-therapy.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GuideIdList) therapies = NULL;
  g_autofree char *as_of = NULL;

  fuzz_init ();

  file = fuzz_write_file ("therapies.json", data, size);
  therapies = guide_therapy_load_list (file, fuzz_shipped_sources (), &as_of, &error);
  if (therapies == NULL)
    {
      fuzz_check_error (error, "therapies.json");
      return 0;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (therapies)); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (G_LIST_MODEL (therapies), i);

      if (guide_id_list_lookup (therapies, guide_therapy_get_id (therapy)) != therapy)
        g_error ("fuzz: therapy “%s” cannot be found by its id", guide_therapy_get_id (therapy));
      if (!g_utf8_validate (guide_therapy_get_name (therapy), -1, NULL))
        g_error ("fuzz: a therapy's name is not valid UTF-8");
    }

  return 0;
}
