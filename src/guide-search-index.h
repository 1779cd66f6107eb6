/* guide-search-index.h - full-text search over everything the guide shows
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "guide-content.h"
#include "guide-search-result.h"

G_BEGIN_DECLS

/* How much a match in a kind of text counts. */
#define GUIDE_SEARCH_WEIGHT_TITLE   3.0  /* a topic's title */
#define GUIDE_SEARCH_WEIGHT_NAME    2.0  /* the name of an item: an organisation, a medicine */
#define GUIDE_SEARCH_WEIGHT_HEADING 1.5
#define GUIDE_SEARCH_WEIGHT_TEXT    1.0

/* At most this many words of a query count (in Chinese and other text
 * written without spaces, pairs of characters). */
#define GUIDE_SEARCH_MAX_TERMS      16
/* At most this many hits from one topic. */
#define GUIDE_SEARCH_MAX_PER_TOPIC  5

/* The texts of a therapy that a search can point at (its hits have the
 * therapy's id as item id). */
typedef enum
{
  GUIDE_SEARCH_THERAPY_NAME,          /* name and brand names */
  GUIDE_SEARCH_THERAPY_SIDE_EFFECTS,
  GUIDE_SEARCH_THERAPY_WARNINGS,
  GUIDE_SEARCH_THERAPY_INTERACTIONS,
  GUIDE_SEARCH_THERAPY_NOTES,
} GuideSearchTherapyField;

#define GUIDE_TYPE_SEARCH_INDEX (guide_search_index_get_type ())

G_DECLARE_FINAL_TYPE (GuideSearchIndex, guide_search_index, GUIDE, SEARCH_INDEX, GObject)

GuideSearchIndex *guide_search_index_new              (void);
GuideSearchIndex *guide_search_index_new_for_content  (GuideContent     *content);
void              guide_search_index_add_topic        (GuideSearchIndex *self,
                                                       const char       *topic_id,
                                                       const char       *title,
                                                       const char       *summary);
void              guide_search_index_add_text         (GuideSearchIndex *self,
                                                       const char       *topic_id,
                                                       const char       *item_id,
                                                       int               block,
                                                       const char       *text,
                                                       const char       *context,
                                                       double            weight);
void              guide_search_index_set_item_title   (GuideSearchIndex *self,
                                                       const char       *topic_id,
                                                       const char       *item_id,
                                                       const char       *title);
guint             guide_search_index_get_n_documents  (GuideSearchIndex *self);
guint             guide_search_index_get_n_words      (GuideSearchIndex *self);
GListModel       *guide_search_index_query            (GuideSearchIndex *self,
                                                       const char       *query,
                                                       guint             max_results);

char             *guide_search_normalize_word         (const char       *word);

G_END_DECLS
