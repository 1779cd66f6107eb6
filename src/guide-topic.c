/* guide-topic.c - one topic of the handbook
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "guide-topic"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-i18n.h"
#include "guide-topic.h"

struct _GuideTopic
{
  GObject         parent_instance;

  char           *id;
  char           *title;
  char           *summary;
  char           *icon_name;
  char           *section_title;
  GuideTopicKind  kind;
  char           *article_path;
  GFile          *article;
  char           *reviewed;
  GStrv           sources;
  GStrv           related;
};

G_DEFINE_FINAL_TYPE (GuideTopic, guide_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_ICON_NAME,
  PROP_SECTION_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_topic_finalize (GObject *object)
{
  GuideTopic *self = (GuideTopic *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->icon_name);
  g_free (self->section_title);
  g_free (self->article_path);
  g_clear_object (&self->article);
  g_free (self->reviewed);
  g_strfreev (self->sources);
  g_strfreev (self->related);

  G_OBJECT_CLASS (guide_topic_parent_class)->finalize (object);
}

static void
guide_topic_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GuideTopic *self = GUIDE_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;
    case PROP_SECTION_TITLE:
      g_value_set_string (value, self->section_title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_topic_class_init (GuideTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_topic_finalize;
  object_class->get_property = guide_topic_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_TITLE] =
    g_param_spec_string ("section-title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_topic_init (GuideTopic *self)
{
}

static gboolean
parse_kind (const char     *str,
            GuideTopicKind *kind)
{
  static const struct { const char *name; GuideTopicKind kind; } kinds[] = {
    { "article", GUIDE_TOPIC_ARTICLE },
    { "therapies", GUIDE_TOPIC_THERAPIES },
    { "visit", GUIDE_TOPIC_VISIT },
    { "support", GUIDE_TOPIC_SUPPORT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (str, kinds[i].name) == 0)
        {
          *kind = kinds[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/* Reads one topic. An article topic must name its Markdown file (relative
 * to @base), its review date and at least one source; the file itself is
 * checked by the handbook, which knows where to look. */
GuideTopic *
guide_topic_new_from_json (JsonObject             *object,
                           GFile                  *base,
                           const char             *section_title,
                           const GuideJsonContext *parent_ctx,
                           GError                **error)
{
  static const char * const members[] = {
    "id", "title", "summary", "icon", "kind", "article", "reviewed", "sources", "related", NULL
  };
  g_autoptr(GuideTopic) self = NULL;
  GuideJsonContext ctx = *parent_ctx;
  const char *id, *title, *summary, *icon, *kind, *article, *reviewed;
  GuideJsonFlags article_flags;
  GuideTopicKind topic_kind = GUIDE_TOPIC_ARTICLE;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) related = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (base), NULL);

  if (!guide_json_get_id (object, "id", &id, &ctx, error))
    return NULL;

  ctx.entry = id;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_string (object, "title", GUIDE_JSON_REQUIRED, &title, &ctx, error) ||
      !guide_json_get_string (object, "summary", GUIDE_JSON_OPTIONAL, &summary, &ctx, error) ||
      !guide_json_get_string (object, "icon", GUIDE_JSON_OPTIONAL, &icon, &ctx, error) ||
      !guide_json_get_string (object, "kind", GUIDE_JSON_OPTIONAL, &kind, &ctx, error))
    return NULL;

  if (kind != NULL && !parse_kind (kind, &topic_kind))
    {
      guide_json_set_error (error, &ctx, "kind", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("“%s” is not a kind of topic (article, therapies, visit or support)"),
                            kind);
      return NULL;
    }

  article_flags = topic_kind == GUIDE_TOPIC_ARTICLE ? GUIDE_JSON_REQUIRED : GUIDE_JSON_OPTIONAL;
  if (!guide_json_get_string (object, "article", article_flags, &article, &ctx, error) ||
      !guide_json_get_date (object, "reviewed", article_flags, &reviewed, &ctx, error) ||
      !(sources = guide_json_get_string_list (object, "sources", article_flags, &ctx, error)) ||
      !(related = guide_json_get_string_list (object, "related", GUIDE_JSON_OPTIONAL, &ctx, error)))
    return NULL;

  if (topic_kind == GUIDE_TOPIC_ARTICLE && sources[0] == NULL)
    {
      guide_json_set_error (error, &ctx, "sources", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("an article needs at least one source"));
      return NULL;
    }

  if (article != NULL && (g_path_is_absolute (article) || strstr (article, "..") != NULL))
    {
      guide_json_set_error (error, &ctx, "article", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("“%s” must be a path inside the guide's content"), article);
      return NULL;
    }

  self = g_object_new (GUIDE_TYPE_TOPIC, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (guide_i18n_translate (title, ctx.file,
                                                "Title of a topic: shown in the list of topics, "
                                                "as the heading of its page and in links to it"));
  self->summary = g_strdup (guide_i18n_translate (summary, ctx.file,
                                                  "Summary of a topic in one line: the tooltip "
                                                  "of the topic in the list of topics"));
  self->icon_name = g_strdup (icon);
  self->section_title = g_strdup (section_title);
  self->kind = topic_kind;
  self->article_path = g_strdup (article);
  self->article = article ? g_file_resolve_relative_path (base, article) : NULL;
  self->reviewed = g_strdup (reviewed);
  self->sources = g_steal_pointer (&sources);
  self->related = g_steal_pointer (&related);

  return g_steal_pointer (&self);
}

const char *
guide_topic_get_id (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->id;
}

const char *
guide_topic_get_title (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->title;
}

const char *
guide_topic_get_summary (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->summary;
}

const char *
guide_topic_get_icon_name (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->icon_name;
}

GuideTopicKind
guide_topic_get_kind (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), GUIDE_TOPIC_ARTICLE);
  return self->kind;
}

/* The article's Markdown file, or NULL for a topic that is not an article. */
GFile *
guide_topic_get_article (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->article;
}

/* The article's path as written in the index, relative to the content. */
const char *
guide_topic_get_article_path (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->article_path;
}

const char *
guide_topic_get_reviewed (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->reviewed;
}

const char * const *
guide_topic_get_sources (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return (const char * const *) self->sources;
}

const char * const *
guide_topic_get_related (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return (const char * const *) self->related;
}

const char *
guide_topic_get_section_title (GuideTopic *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (self), NULL);
  return self->section_title;
}
