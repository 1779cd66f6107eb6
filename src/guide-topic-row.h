/* guide-topic-row.h - a row of the sidebar that stands for one topic
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-topic.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_TOPIC_ROW (guide_topic_row_get_type ())

G_DECLARE_FINAL_TYPE (GuideTopicRow, guide_topic_row, GUIDE, TOPIC_ROW, GtkListBoxRow)

GtkWidget  *guide_topic_row_new       (GuideTopic    *topic);
GuideTopic *guide_topic_row_get_topic (GuideTopicRow *self);

G_END_DECLS
