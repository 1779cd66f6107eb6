/* fuzz-sources.c - the list of cited sources (sources.json)
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-common.h"
#include "guide-source.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GuideIdList) sources = NULL;

  fuzz_init ();

  file = fuzz_write_file ("sources.json", data, size);
  sources = guide_source_load_list (file, &error);
  if (sources == NULL)
    {
      fuzz_check_error (error, "sources.json");
      return 0;
    }

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sources)); i++)
    {
      g_autoptr(GuideSource) source = g_list_model_get_item (G_LIST_MODEL (sources), i);
      g_autofree char *citation = guide_source_format (source);

      if (guide_id_list_lookup (sources, guide_source_get_id (source)) != source)
        g_error ("fuzz: source “%s” cannot be found by its id", guide_source_get_id (source));
      if (!g_utf8_validate (citation, -1, NULL))
        g_error ("fuzz: a citation is not valid UTF-8");
    }

  return 0;
}
