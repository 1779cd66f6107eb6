/* guide-question.c - one suggested question for the oncologist
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question comes from questions.json:
 *
 *   { "id": "brain", "text": "Do I have …?", "sources": ["…"], "topic": "stages-and-brain" }
 *
 * Its text is shown to the reader (translated); its sources say where the
 * question comes from; the optional topic is the article that explains
 * the background.
 */
#define G_LOG_DOMAIN "guide-question"

#include <glib/gi18n.h>

#include "guide-i18n.h"
#include "guide-question.h"

struct _GuideQuestion
{
  GObject parent_instance;

  char   *id;
  char   *text;
  GStrv   sources;
  char   *topic;
};

G_DEFINE_FINAL_TYPE (GuideQuestion, guide_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_SOURCES,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_question_finalize (GObject *object)
{
  GuideQuestion *self = (GuideQuestion *) object;

  g_free (self->id);
  g_free (self->text);
  g_strfreev (self->sources);
  g_free (self->topic);

  G_OBJECT_CLASS (guide_question_parent_class)->finalize (object);
}

static void
guide_question_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GuideQuestion *self = GUIDE_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_question_class_init (GuideQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_question_finalize;
  object_class->get_property = guide_question_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_question_init (GuideQuestion *self)
{
}

/* Reads one question. Every question names at least one source; whether
 * the sources and the topic exist is checked by the content, which knows
 * them. */
GuideQuestion *
guide_question_new_from_json (JsonObject             *object,
                              const GuideJsonContext *parent_ctx,
                              GError                **error)
{
  static const char * const members[] = { "id", "text", "sources", "topic", NULL };
  g_autoptr(GuideQuestion) self = NULL;
  GuideJsonContext ctx = *parent_ctx;
  const char *id, *text, *topic;
  g_auto(GStrv) sources = NULL;

  g_return_val_if_fail (object != NULL, NULL);

  if (!guide_json_get_id (object, "id", &id, &ctx, error))
    return NULL;

  ctx.entry = id;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_string (object, "text", GUIDE_JSON_REQUIRED, &text, &ctx, error) ||
      !(sources = guide_json_get_string_list (object, "sources", GUIDE_JSON_REQUIRED, &ctx, error)) ||
      !guide_json_get_string (object, "topic", GUIDE_JSON_OPTIONAL, &topic, &ctx, error))
    return NULL;

  if (sources[0] == NULL)
    {
      guide_json_set_error (error, &ctx, "sources", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("a question needs at least one source"));
      return NULL;
    }

  self = g_object_new (GUIDE_TYPE_QUESTION, NULL);
  self->id = g_strdup (id);
  self->text = g_strdup (guide_i18n_translate (text, ctx.file,
                                               "A question that a patient may ask their oncologist"));
  self->sources = g_steal_pointer (&sources);
  self->topic = g_strdup (topic);

  return g_steal_pointer (&self);
}

const char *
guide_question_get_id (GuideQuestion *self)
{
  g_return_val_if_fail (GUIDE_IS_QUESTION (self), NULL);
  return self->id;
}

/* The question as the reader sees it, translated. */
const char *
guide_question_get_text (GuideQuestion *self)
{
  g_return_val_if_fail (GUIDE_IS_QUESTION (self), NULL);
  return self->text;
}

/* The ids of the sources the question comes from (at least one). */
const char * const *
guide_question_get_sources (GuideQuestion *self)
{
  g_return_val_if_fail (GUIDE_IS_QUESTION (self), NULL);
  return (const char * const *) self->sources;
}

/* The id of the topic that explains the question's background, or NULL. */
const char *
guide_question_get_topic (GuideQuestion *self)
{
  g_return_val_if_fail (GUIDE_IS_QUESTION (self), NULL);
  return self->topic;
}
