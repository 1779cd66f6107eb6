/* guide-handbook.c - the handbook index: sections of topics
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is a JSON file:
 *
 *   { "reviewed": "2026-11-26",
 *     "sections": [ { "id": "start", "title": "Start here",
 *                     "topics": [ { "id": "welcome", "title": "Welcome", ... } ] } ] }
 *
 * Topics are kept as one flat list in reading order; each knows the title
 * of its section. Article files are found relative to the index file.
 */
#define G_LOG_DOMAIN "guide-handbook"

#include <glib/gi18n.h>

#include "guide-handbook.h"
#include "guide-i18n.h"

struct _GuideHandbook
{
  GObject      parent_instance;

  GuideIdList *topics;
  char        *reviewed;
};

G_DEFINE_FINAL_TYPE (GuideHandbook, guide_handbook, G_TYPE_OBJECT)

static void
guide_handbook_finalize (GObject *object)
{
  GuideHandbook *self = (GuideHandbook *) object;

  g_clear_object (&self->topics);
  g_free (self->reviewed);

  G_OBJECT_CLASS (guide_handbook_parent_class)->finalize (object);
}

static void
guide_handbook_class_init (GuideHandbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = guide_handbook_finalize;
}

static void
guide_handbook_init (GuideHandbook *self)
{
  self->topics = guide_id_list_new (GUIDE_TYPE_TOPIC);
}

static gboolean
read_section (GuideHandbook          *self,
              JsonObject             *object,
              GFile                  *base,
              GHashTable             *section_ids,
              const GuideJsonContext *file_ctx,
              GError                **error)
{
  static const char * const members[] = { "id", "title", "topics", NULL };
  GuideJsonContext ctx = *file_ctx;
  const char *id, *title;
  JsonArray *topics;
  guint n;

  if (!guide_json_get_id (object, "id", &id, &ctx, error))
    return FALSE;

  ctx.entry = id;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_string (object, "title", GUIDE_JSON_REQUIRED, &title, &ctx, error) ||
      !guide_json_get_array (object, "topics", GUIDE_JSON_REQUIRED, &topics, &ctx, error))
    return FALSE;

  if (!g_hash_table_add (section_ids, (gpointer) id))
    {
      guide_json_set_error (error, &ctx, NULL, GUIDE_DATA_ERROR_DUPLICATE_ID,
                            _("this id is used twice"));
      return FALSE;
    }

  title = guide_i18n_translate (title, ctx.file,
                                "Title of a section of the handbook: a heading in the "
                                "list of topics");

  n = json_array_get_length (topics);
  if (n == 0)
    {
      guide_json_set_error (error, &ctx, "topics", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("a section needs at least one topic"));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      JsonObject *topic_object = guide_json_array_get_object (topics, i, "topics", &ctx, error);
      GuideTopic *topic;

      if (topic_object == NULL)
        return FALSE;

      topic = guide_topic_new_from_json (topic_object, base, title, file_ctx, error);
      if (topic == NULL || !guide_id_list_append (self->topics, topic, file_ctx, error))
        return FALSE;
    }

  return TRUE;
}

/* Cross-checks what single topics cannot: sources and related topics
 * exist, and each article file is there. */
static gboolean
check_topics (GuideHandbook          *self,
              GuideIdList            *sources,
              const GuideJsonContext *file_ctx,
              GError                **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);
      GuideJsonContext ctx = { file_ctx->file, guide_topic_get_id (topic) };
      GFile *article = guide_topic_get_article (topic);

      if (!guide_id_list_check_refs (sources, guide_topic_get_sources (topic), &ctx,
                                     "sources", error) ||
          !guide_id_list_check_refs (self->topics, guide_topic_get_related (topic), &ctx,
                                     "related", error))
        return FALSE;

      if (article != NULL && !g_file_query_exists (article, NULL))
        {
          guide_json_set_error (error, &ctx, "article", GUIDE_DATA_ERROR_BAD_REFERENCE,
                                /* Translators: %s is the path of an article file */
                                _("the article file “%s” does not exist"),
                                guide_topic_get_article_path (topic));
          return FALSE;
        }
    }

  return TRUE;
}

GuideHandbook *
guide_handbook_new_from_file (GFile        *file,
                              GuideIdList  *sources,
                              GError      **error)
{
  static const char * const members[] = { "reviewed", "sections", NULL };
  g_autoptr(GuideHandbook) self = NULL;
  g_autoptr(GHashTable) section_ids = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GFile) base = NULL;
  g_autofree char *name = NULL;
  GuideJsonContext ctx = { NULL, NULL };
  const char *reviewed;
  JsonObject *object;
  JsonArray *sections;
  guint n;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (GUIDE_IS_ID_LIST (sources), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = guide_json_load (file, &name, error);
  if (root == NULL)
    return NULL;

  ctx.file = name;
  if (!(object = guide_json_root_object (root, &ctx, error)) ||
      !guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_date (object, "reviewed", GUIDE_JSON_REQUIRED, &reviewed, &ctx, error) ||
      !guide_json_get_array (object, "sections", GUIDE_JSON_REQUIRED, &sections, &ctx, error))
    return NULL;

  self = g_object_new (GUIDE_TYPE_HANDBOOK, NULL);
  self->reviewed = g_strdup (reviewed);
  base = g_file_get_parent (file);
  section_ids = g_hash_table_new (g_str_hash, g_str_equal);

  n = json_array_get_length (sections);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *section = guide_json_array_get_object (sections, i, "sections", &ctx, error);

      if (section == NULL || !read_section (self, section, base, section_ids, &ctx, error))
        return NULL;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->topics)) == 0)
    {
      guide_json_set_error (error, &ctx, "sections", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("the handbook has no topics"));
      return NULL;
    }

  if (!check_topics (self, sources, &ctx, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* All topics, in reading order, section by section. */
GListModel *
guide_handbook_get_topics (GuideHandbook *self)
{
  g_return_val_if_fail (GUIDE_IS_HANDBOOK (self), NULL);
  return G_LIST_MODEL (self->topics);
}

GuideTopic *
guide_handbook_lookup (GuideHandbook *self,
                       const char    *id)
{
  g_return_val_if_fail (GUIDE_IS_HANDBOOK (self), NULL);
  return guide_id_list_lookup (self->topics, id);
}

/* The first topic of @kind, or NULL. */
GuideTopic *
guide_handbook_find_kind (GuideHandbook *self,
                          GuideTopicKind kind)
{
  guint n;

  g_return_val_if_fail (GUIDE_IS_HANDBOOK (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);

      if (guide_topic_get_kind (topic) == kind)
        return topic;
    }

  return NULL;
}

/* The date the whole content was last reviewed. */
const char *
guide_handbook_get_reviewed (GuideHandbook *self)
{
  g_return_val_if_fail (GUIDE_IS_HANDBOOK (self), NULL);
  return self->reviewed;
}
