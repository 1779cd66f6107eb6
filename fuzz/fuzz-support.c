/* fuzz-support.c - the organisations of the support page (support.json)
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-common.h"
#include "guide-link.h"
#include "guide-organisation.h"

static gpointer
organisation_from_json (JsonObject             *object,
                        const GuideJsonContext *ctx,
                        gpointer                user_data,
                        GError                **error)
{
  return guide_organisation_new_from_json (object, ctx, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GuideIdList) organisations = NULL;

  fuzz_init ();

  file = fuzz_write_file ("support.json", data, size);
  organisations = guide_id_list_new_from_file (GUIDE_TYPE_ORGANISATION, file, "organisations",
                                               organisation_from_json, NULL, &error);
  if (organisations == NULL)
    {
      fuzz_check_error (error, "support.json");
      return 0;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (organisations)); i++)
    {
      g_autoptr(GuideOrganisation) organisation = g_list_model_get_item (G_LIST_MODEL (organisations), i);
      const char *website = guide_organisation_get_website (organisation);

      /* Whatever the file says, the address the page offers is one the
       * guide opens. */
      if (website != NULL && guide_link_classify (website, NULL, NULL) != GUIDE_LINK_EXTERNAL)
        g_error ("fuzz: an organisation's website “%s” would be refused", website);
    }

  return 0;
}
