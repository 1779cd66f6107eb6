/* guide-search-result.c - one hit of a search: where it is, and a snippet
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hit is a block of text: block N of a topic's article (-1 for the
 * topic's title), or field N of an item shown on a topic's page (an
 * organisation of the support page, say), named by its id. The match is
 * where the first matched word is in that block, so the page can show it;
 * the snippet is a short piece of the block, with the matched words as
 * ranges of the snippet.
 */
#define G_LOG_DOMAIN "guide-search-result"

#include "guide-search-result.h"

struct _GuideSearchResult
{
  GObject           parent_instance;

  char             *topic_id;
  char             *topic_title;
  char             *item_id;
  char             *item_title;
  int               block;
  GuideSearchRange  match;
  char             *snippet;
  GArray           *highlights;
  double            score;
};

G_DEFINE_FINAL_TYPE (GuideSearchResult, guide_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TOPIC_ID,
  PROP_TOPIC_TITLE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_search_result_finalize (GObject *object)
{
  GuideSearchResult *self = (GuideSearchResult *) object;

  g_free (self->topic_id);
  g_free (self->topic_title);
  g_free (self->item_id);
  g_free (self->item_title);
  g_free (self->snippet);
  g_clear_pointer (&self->highlights, g_array_unref);

  G_OBJECT_CLASS (guide_search_result_parent_class)->finalize (object);
}

static void
guide_search_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GuideSearchResult *self = GUIDE_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_TOPIC_ID:
      g_value_set_string (value, self->topic_id);
      break;
    case PROP_TOPIC_TITLE:
      g_value_set_string (value, self->topic_title);
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_search_result_class_init (GuideSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_search_result_finalize;
  object_class->get_property = guide_search_result_get_property;

  properties[PROP_TOPIC_ID] =
    g_param_spec_string ("topic-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC_TITLE] =
    g_param_spec_string ("topic-title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_search_result_init (GuideSearchResult *self)
{
}

/* @highlights (of GuideSearchRange, in the snippet) is taken. */
GuideSearchResult *
guide_search_result_new (const char             *topic_id,
                         const char             *topic_title,
                         const char             *item_id,
                         const char             *item_title,
                         int                     block,
                         const GuideSearchRange *match,
                         const char             *snippet,
                         GArray                 *highlights,
                         double                  score)
{
  GuideSearchResult *self;

  g_return_val_if_fail (topic_id != NULL, NULL);
  g_return_val_if_fail (match != NULL, NULL);
  g_return_val_if_fail (snippet != NULL, NULL);
  g_return_val_if_fail (highlights != NULL, NULL);

  self = g_object_new (GUIDE_TYPE_SEARCH_RESULT, NULL);
  self->topic_id = g_strdup (topic_id);
  self->topic_title = g_strdup (topic_title);
  self->item_id = g_strdup (item_id);
  self->item_title = g_strdup (item_title);
  self->block = block;
  self->match = *match;
  self->snippet = g_strdup (snippet);
  self->highlights = highlights;
  self->score = score;

  return self;
}

const char *
guide_search_result_get_topic_id (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);
  return self->topic_id;
}

const char *
guide_search_result_get_topic_title (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);
  return self->topic_title;
}

/* The item of the topic's page the hit is in, or NULL for an article. */
const char *
guide_search_result_get_item_id (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);
  return self->item_id;
}

/* The name of the item the hit is in ("GO2 for Lung Cancer"), or NULL. */
const char *
guide_search_result_get_item_title (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);
  return self->item_title;
}

/* The article block (-1: the topic's title) or the item's field. */
int
guide_search_result_get_block (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), -1);
  return self->block;
}

/* Where the first matched word is, in characters of the block's text. */
const GuideSearchRange *
guide_search_result_get_match (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);
  return &self->match;
}

const char *
guide_search_result_get_snippet (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);
  return self->snippet;
}

/* The matched words, in characters of the snippet, in order. */
const GuideSearchRange *
guide_search_result_get_highlights (GuideSearchResult *self,
                                    guint             *n_highlights)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), NULL);

  if (n_highlights != NULL)
    *n_highlights = self->highlights->len;

  return (const GuideSearchRange *) (gpointer) self->highlights->data;
}

double
guide_search_result_get_score (GuideSearchResult *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (self), 0.0);
  return self->score;
}
