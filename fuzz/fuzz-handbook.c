/* fuzz-handbook.c - the handbook index (handbook.json)
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read against the sources that ship with the guide, beside an articles
 * folder that holds the shipped article names, so that a good index gets
 * through every check.
 */
#include "fuzz-common.h"
#include "guide-handbook.h"

static GuideIdList *sources;

static void
setup (void)
{
  static const char * const articles[] = { "articles/welcome.md", "articles/what-is-ros1.md",
                                           "articles/a.md", "a.md" };

  sources = fuzz_shipped_sources ();

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    g_object_unref (fuzz_write_file (articles[i], (const uint8_t *) "# A\n", 4));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GuideHandbook) handbook = NULL;
  GListModel *topics;

  fuzz_init ();
  if (sources == NULL)
    setup ();

  file = fuzz_write_file ("handbook.json", data, size);
  handbook = guide_handbook_new_from_file (file, sources, &error);
  if (handbook == NULL)
    {
      fuzz_check_error (error, "handbook.json");
      return 0;
    }

  g_assert_no_error (error);
  topics = guide_handbook_get_topics (handbook);
  if (g_list_model_get_n_items (topics) == 0)
    g_error ("fuzz: a handbook without topics was accepted");

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, i);

      if (guide_handbook_lookup (handbook, guide_topic_get_id (topic)) != topic)
        g_error ("fuzz: topic “%s” cannot be found by its id", guide_topic_get_id (topic));
      if (guide_topic_get_kind (topic) == GUIDE_TOPIC_ARTICLE && guide_topic_get_article (topic) == NULL)
        g_error ("fuzz: article topic “%s” has no article", guide_topic_get_id (topic));
      if (guide_topic_get_section_title (topic) == NULL)
        g_error ("fuzz: topic “%s” has no section", guide_topic_get_id (topic));
    }

  return 0;
}
