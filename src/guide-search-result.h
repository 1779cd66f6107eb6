/* guide-search-result.h - one hit of a search: where it is, and a snippet
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A stretch of text, in characters: [start, end). */
typedef struct
{
  guint start;
  guint end;
} GuideSearchRange;

#define GUIDE_TYPE_SEARCH_RESULT (guide_search_result_get_type ())

G_DECLARE_FINAL_TYPE (GuideSearchResult, guide_search_result, GUIDE, SEARCH_RESULT, GObject)

GuideSearchResult      *guide_search_result_new             (const char             *topic_id,
                                                             const char             *topic_title,
                                                             const char             *item_id,
                                                             const char             *item_title,
                                                             int                     block,
                                                             const GuideSearchRange *match,
                                                             const char             *snippet,
                                                             GArray                 *highlights,
                                                             double                  score);
const char             *guide_search_result_get_topic_id    (GuideSearchResult *self);
const char             *guide_search_result_get_topic_title (GuideSearchResult *self);
const char             *guide_search_result_get_item_id     (GuideSearchResult *self);
const char             *guide_search_result_get_item_title  (GuideSearchResult *self);
int                     guide_search_result_get_block       (GuideSearchResult *self);
const GuideSearchRange *guide_search_result_get_match       (GuideSearchResult *self);
const char             *guide_search_result_get_snippet     (GuideSearchResult *self);
const GuideSearchRange *guide_search_result_get_highlights  (GuideSearchResult *self,
                                                             guint             *n_highlights);
double                  guide_search_result_get_score       (GuideSearchResult *self);

G_END_DECLS
