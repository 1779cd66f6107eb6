/* guide-source.h - one cited source: title, publisher, address, date
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "guide-id-list.h"
#include "guide-json.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_SOURCE (guide_source_get_type ())

G_DECLARE_FINAL_TYPE (GuideSource, guide_source, GUIDE, SOURCE, GObject)

GuideSource *guide_source_new_from_json (JsonObject             *object,
                                         const GuideJsonContext *ctx,
                                         GError                **error);
GuideIdList *guide_source_load_list     (GFile                  *file,
                                         GError                **error);
const char  *guide_source_get_id        (GuideSource *self);
const char  *guide_source_get_title     (GuideSource *self);
const char  *guide_source_get_publisher (GuideSource *self);
const char  *guide_source_get_url       (GuideSource *self);
const char  *guide_source_get_date      (GuideSource *self);
char        *guide_source_format        (GuideSource *self);

G_END_DECLS
