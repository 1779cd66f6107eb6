/* guide-topic.h - one topic of the handbook
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "guide-json.h"

G_BEGIN_DECLS

typedef enum
{
  GUIDE_TOPIC_ARTICLE,
  GUIDE_TOPIC_THERAPIES,
  GUIDE_TOPIC_VISIT,
  GUIDE_TOPIC_SUPPORT,
} GuideTopicKind;

#define GUIDE_TYPE_TOPIC (guide_topic_get_type ())

G_DECLARE_FINAL_TYPE (GuideTopic, guide_topic, GUIDE, TOPIC, GObject)

GuideTopic         *guide_topic_new_from_json    (JsonObject             *object,
                                                  GFile                  *base,
                                                  const char             *section_title,
                                                  const GuideJsonContext *ctx,
                                                  GError                **error);
const char         *guide_topic_get_id           (GuideTopic *self);
const char         *guide_topic_get_title        (GuideTopic *self);
const char         *guide_topic_get_summary      (GuideTopic *self);
const char         *guide_topic_get_icon_name    (GuideTopic *self);
GuideTopicKind      guide_topic_get_kind         (GuideTopic *self);
GFile              *guide_topic_get_article      (GuideTopic *self);
const char         *guide_topic_get_article_path (GuideTopic *self);
const char         *guide_topic_get_reviewed     (GuideTopic *self);
const char * const *guide_topic_get_sources      (GuideTopic *self);
const char * const *guide_topic_get_related      (GuideTopic *self);
const char         *guide_topic_get_section_title (GuideTopic *self);

G_END_DECLS
