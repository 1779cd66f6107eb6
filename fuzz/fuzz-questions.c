/* fuzz-questions.c - the suggested questions for a visit (questions.json)
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-common.h"
#include "guide-question.h"

static gpointer
question_from_json (JsonObject             *object,
                    const GuideJsonContext *ctx,
                    gpointer                user_data,
                    GError                **error)
{
  return guide_question_new_from_json (object, ctx, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GuideIdList) questions = NULL;

  fuzz_init ();

  file = fuzz_write_file ("questions.json", data, size);
  questions = guide_id_list_new_from_file (GUIDE_TYPE_QUESTION, file, "questions",
                                           question_from_json, NULL, &error);
  if (questions == NULL)
    fuzz_check_error (error, "questions.json");

  return 0;
}
