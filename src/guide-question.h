/* guide-question.h - one suggested question for the oncologist
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "guide-json.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_QUESTION (guide_question_get_type ())

G_DECLARE_FINAL_TYPE (GuideQuestion, guide_question, GUIDE, QUESTION, GObject)

GuideQuestion      *guide_question_new_from_json (JsonObject             *object,
                                                  const GuideJsonContext *ctx,
                                                  GError                **error);
const char         *guide_question_get_id        (GuideQuestion *self);
const char         *guide_question_get_text      (GuideQuestion *self);
const char * const *guide_question_get_sources   (GuideQuestion *self);
const char         *guide_question_get_topic     (GuideQuestion *self);

G_END_DECLS
