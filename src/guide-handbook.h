/* guide-handbook.h - the handbook index: sections of topics
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "guide-id-list.h"
#include "guide-topic.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_HANDBOOK (guide_handbook_get_type ())

G_DECLARE_FINAL_TYPE (GuideHandbook, guide_handbook, GUIDE, HANDBOOK, GObject)

GuideHandbook *guide_handbook_new_from_file (GFile         *file,
                                             GuideIdList   *sources,
                                             GError       **error);
GListModel    *guide_handbook_get_topics    (GuideHandbook *self);
GuideTopic    *guide_handbook_lookup        (GuideHandbook *self,
                                             const char    *id);
GuideTopic    *guide_handbook_find_kind     (GuideHandbook *self,
                                             GuideTopicKind kind);
const char    *guide_handbook_get_reviewed  (GuideHandbook *self);

G_END_DECLS
