/* guide-content.c - everything the guide shows, loaded from its data files
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content directory (in the app, the "content" folder of the
 * GResource) holds sources.json, handbook.json, therapies.json,
 * support.json (the support page's organisations), questions.json (the
 * suggested questions for the oncologist) and the articles. All is read
 * and cross-checked once; a problem gives one GError that names the file,
 * the entry and the field. therapies.json must be there when the handbook
 * has a therapies page; without one, it is read if it exists.
 * support.json and questions.json are read if they exist.
 *
 * Articles may hold placeholders, {{namespace:key}}, filled from the data
 * when the article is shown, so that a figure has one source of truth.
 * The content itself fills {{guide:reviewed}}, {{therapy:ID:KEY}} and
 * {{questions:list}}.
 */
#define G_LOG_DOMAIN "guide-content"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-content.h"
#include "guide-i18n.h"
#include "guide-organisation.h"
#include "guide-question.h"
#include "guide-source.h"
#include "guide-therapy.h"

typedef struct
{
  GuideResolveKind kind;
  GuideResolveFunc func;
  gpointer         data;
  GDestroyNotify   destroy;
} Resolver;

struct _GuideContent
{
  GObject        parent_instance;

  GFile         *directory;
  GuideIdList   *sources;
  GuideHandbook *handbook;
  GuideIdList   *organisations;
  GuideIdList   *therapies;
  char          *therapies_as_of;
  GuideIdList   *questions;
  GHashTable    *resolvers;  /* namespace -> Resolver */
};

G_DEFINE_FINAL_TYPE (GuideContent, guide_content, G_TYPE_OBJECT)

static void
resolver_free (gpointer data)
{
  Resolver *resolver = data;

  if (resolver->destroy != NULL)
    resolver->destroy (resolver->data);
  g_free (resolver);
}

static void
guide_content_finalize (GObject *object)
{
  GuideContent *self = (GuideContent *) object;

  g_clear_pointer (&self->resolvers, g_hash_table_unref);
  g_clear_object (&self->organisations);
  g_clear_object (&self->therapies);
  g_free (self->therapies_as_of);
  g_clear_object (&self->questions);
  g_clear_object (&self->handbook);
  g_clear_object (&self->sources);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (guide_content_parent_class)->finalize (object);
}

static void
guide_content_class_init (GuideContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = guide_content_finalize;
}

static void
guide_content_init (GuideContent *self)
{
  self->resolvers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, resolver_free);
}

static gpointer
organisation_from_json (JsonObject             *object,
                        const GuideJsonContext *ctx,
                        gpointer                user_data,
                        GError                **error)
{
  GuideIdList *sources = user_data;
  g_autoptr(GuideOrganisation) organisation = guide_organisation_new_from_json (object, ctx, error);
  GuideJsonContext entry_ctx = { ctx->file, NULL };

  if (organisation == NULL)
    return NULL;

  entry_ctx.entry = guide_organisation_get_id (organisation);
  if (!guide_id_list_check_refs (sources, guide_organisation_get_sources (organisation),
                                 &entry_ctx, "sources", error))
    return NULL;

  return g_steal_pointer (&organisation);
}

/* A list file that a page of the kind @needed_by shows: required if the
 * handbook has such a page; without the page and the file, the list is
 * empty. A file that is there must be right either way. */
static GuideIdList *
load_page_list (GuideContent         *self,
                const char           *name,
                GuideTopicKind        needed_by,
                GType                 item_type,
                const char           *member,
                GuideIdListItemFunc   from_json,
                gpointer              user_data,
                GError              **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->directory, name);

  if (guide_handbook_find_kind (self->handbook, needed_by) == NULL &&
      !g_file_query_exists (file, NULL))
    return guide_id_list_new (item_type);

  return guide_id_list_new_from_file (item_type, file, member, from_json, user_data, error);
}

/* A question whose sources and topic exist. */
static gpointer
question_from_json (JsonObject             *object,
                    const GuideJsonContext *file_ctx,
                    gpointer                user_data,
                    GError                **error)
{
  GuideContent *self = user_data;
  g_autoptr(GuideQuestion) question = guide_question_new_from_json (object, file_ctx, error);
  GuideJsonContext ctx = *file_ctx;
  const char *topic;

  if (question == NULL)
    return NULL;

  ctx.entry = guide_question_get_id (question);
  if (!guide_id_list_check_refs (self->sources, guide_question_get_sources (question),
                                 &ctx, "sources", error))
    return NULL;

  topic = guide_question_get_topic (question);
  if (topic != NULL && guide_handbook_lookup (self->handbook, topic) == NULL)
    {
      guide_json_set_error (error, &ctx, "topic", GUIDE_DATA_ERROR_BAD_REFERENCE,
                            /* Translators: %s is an identifier that was not found */
                            _("“%s” does not exist"), topic);
      return NULL;
    }

  return g_steal_pointer (&question);
}

/* {{questions:list}}: every suggested question as one item of a Markdown
 * list, with a link to the topic that explains it. */
static char *
resolve_questions (const char *key,
                   gpointer    user_data)
{
  GuideContent *self = user_data;
  GListModel *questions = G_LIST_MODEL (self->questions);
  g_autoptr(GString) md = NULL;
  guint n = g_list_model_get_n_items (questions);

  if (g_strcmp0 (key, "list") != 0 || n == 0)
    return NULL;

  md = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *text = guide_markdown_escape (guide_question_get_text (question));
      GuideTopic *topic = guide_handbook_lookup (self->handbook,
                                                 guide_question_get_topic (question));

      if (topic != NULL)
        {
          g_autofree char *target = g_strconcat ("topic:", guide_topic_get_id (topic), NULL);
          g_autofree char *link = guide_markdown_link (guide_topic_get_title (topic), target);
          char *both;

          /* Translators: a question in the list of questions to ask, then a
           * link to the topic that it is about */
          both = g_strdup_printf (C_("question and topic", "%s (%s)"), text, link);
          g_free (text);
          text = both;
        }

      if (i > 0)
        g_string_append_c (md, '\n');
      g_string_append_printf (md, "- %s", text);
    }

  return g_string_free (g_steal_pointer (&md), FALSE);
}

static char *
resolve_guide (const char *key,
               gpointer    user_data)
{
  GuideContent *self = user_data;

  if (g_strcmp0 (key, "reviewed") == 0)
    return guide_date_format (guide_handbook_get_reviewed (self->handbook));

  return NULL;
}

/* {{therapy:ID:KEY}}: see guide_therapy_resolve() for the keys. */
static char *
resolve_therapy (const char *key,
                 gpointer    user_data)
{
  GuideContent *self = user_data;
  g_autofree char *id = NULL;
  const char *colon = strchr (key, ':');
  GuideTherapy *therapy;

  if (colon == NULL)
    return NULL;

  id = g_strndup (key, colon - key);
  therapy = guide_id_list_lookup (self->therapies, id);
  if (therapy == NULL)
    return NULL;

  return guide_therapy_resolve (therapy, colon + 1);
}

static gboolean
load_therapies (GuideContent  *self,
                GError       **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->directory, "therapies.json");

  if (guide_handbook_find_kind (self->handbook, GUIDE_TOPIC_THERAPIES) == NULL &&
      !g_file_query_exists (file, NULL))
    {
      self->therapies = guide_id_list_new (GUIDE_TYPE_THERAPY);
      return TRUE;
    }

  self->therapies = guide_therapy_load_list (file, self->sources, &self->therapies_as_of, error);

  return self->therapies != NULL;
}

GuideContent *
guide_content_new_from_directory (GFile   *directory,
                                  GError **error)
{
  g_autoptr(GuideContent) self = NULL;
  g_autoptr(GFile) sources = NULL;
  g_autoptr(GFile) handbook = NULL;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (GUIDE_TYPE_CONTENT, NULL);
  self->directory = g_object_ref (directory);

  sources = g_file_get_child (directory, "sources.json");
  self->sources = guide_source_load_list (sources, error);
  if (self->sources == NULL)
    return NULL;

  handbook = g_file_get_child (directory, "handbook.json");
  self->handbook = guide_handbook_new_from_file (handbook, self->sources, error);
  if (self->handbook == NULL)
    return NULL;

  if (!load_therapies (self, error))
    return NULL;

  /* The support page shows the organisations; the visit page offers the
   * suggested questions. */
  self->organisations = load_page_list (self, "support.json", GUIDE_TOPIC_SUPPORT,
                                        GUIDE_TYPE_ORGANISATION, "organisations",
                                        organisation_from_json, self->sources, error);
  if (self->organisations == NULL)
    return NULL;

  self->questions = load_page_list (self, "questions.json", GUIDE_TOPIC_VISIT,
                                    GUIDE_TYPE_QUESTION, "questions",
                                    question_from_json, self, error);
  if (self->questions == NULL)
    return NULL;

  guide_content_add_resolver (self, "guide", GUIDE_RESOLVE_TEXT, resolve_guide, self, NULL);
  guide_content_add_resolver (self, "therapy", GUIDE_RESOLVE_TEXT, resolve_therapy, self, NULL);
  guide_content_add_resolver (self, "questions", GUIDE_RESOLVE_MARKDOWN, resolve_questions, self, NULL);

  return g_steal_pointer (&self);
}

/* The content that ships inside the application. */
GuideContent *
guide_content_new_from_resource (GError **error)
{
  g_autoptr(GFile) directory = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content");

  return guide_content_new_from_directory (directory, error);
}

GFile *
guide_content_get_directory (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->directory;
}

GuideHandbook *
guide_content_get_handbook (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->handbook;
}

/* The list of every cited source (GuideSource items). */
GuideIdList *
guide_content_get_sources (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->sources;
}

/* The organisations of the support page (GuideOrganisation items), in
 * the order of support.json; empty when the content has none. */
GuideIdList *
guide_content_get_organisations (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->organisations;
}

/* The therapies the grid compares (GuideTherapy items), in the order of
 * therapies.json. Empty when the content has no therapies.json. */
GuideIdList *
guide_content_get_therapies (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->therapies;
}

/* The date the therapy data was last checked (YYYY-MM-DD), or NULL when
 * there is no therapy data. */
const char *
guide_content_get_therapies_as_of (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->therapies_as_of;
}

/* The suggested questions for the oncologist (GuideQuestion items), in
 * the order of questions.json. The "questions" article lists them all
 * through {{questions:list}}; the visit summary offers them as tick boxes
 * that the reader can add to the summary for the doctor. Empty when the
 * content has no questions.json. */
GuideIdList *
guide_content_get_questions (GuideContent *self)
{
  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  return self->questions;
}

/* Lets @func fill the placeholders {{name_space:key}}. Text is escaped
 * where it lands; Markdown (for generated lists and the like) replaces a
 * placeholder that stands alone on its line, and is refused elsewhere. */
void
guide_content_add_resolver (GuideContent     *self,
                            const char       *name_space,
                            GuideResolveKind  kind,
                            GuideResolveFunc  func,
                            gpointer          user_data,
                            GDestroyNotify    destroy)
{
  Resolver *resolver;

  g_return_if_fail (GUIDE_IS_CONTENT (self));
  g_return_if_fail (name_space != NULL);
  g_return_if_fail (func != NULL);

  resolver = g_new0 (Resolver, 1);
  resolver->kind = kind;
  resolver->func = func;
  resolver->data = user_data;
  resolver->destroy = destroy;
  g_hash_table_replace (self->resolvers, g_strdup (name_space), resolver);
}

/* The Markdown for placeholder @name, or NULL. @alone says whether the
 * placeholder is the only thing on its line. */
static char *
resolve (GuideContent *self,
         const char   *name,
         gboolean      alone)
{
  g_autofree char *name_space = NULL;
  g_autofree char *value = NULL;
  const char *colon = strchr (name, ':');
  Resolver *resolver;

  if (colon == NULL || strchr (name, '\n') != NULL)
    return NULL;

  name_space = g_strndup (name, colon - name);
  resolver = g_hash_table_lookup (self->resolvers, name_space);
  if (resolver == NULL || (resolver->kind == GUIDE_RESOLVE_MARKDOWN && !alone))
    return NULL;

  value = resolver->func (colon + 1, resolver->data);
  if (value == NULL || resolver->kind == GUIDE_RESOLVE_MARKDOWN)
    return g_steal_pointer (&value);

  return guide_markdown_escape (value);
}

static gboolean
alone_on_line (const char *start_of_text,
               const char *open,
               const char *after_close)
{
  const char *p;

  for (p = open; p > start_of_text && p[-1] != '\n'; p--)
    if (!g_ascii_isspace (p[-1]))
      return FALSE;

  for (p = after_close; *p != '\0' && *p != '\n'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* Replaces each {{name}} by its value. A placeholder that nothing
 * resolves is left as it is and, when @unresolved is given, added to it. */
char *
guide_content_expand (GuideContent *self,
                      const char   *markdown,
                      GPtrArray    *unresolved)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  g_return_val_if_fail (markdown != NULL, NULL);

  out = g_string_new (NULL);
  p = markdown;

  for (;;)
    {
      const char *open = strstr (p, "{{");
      const char *close;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (open == NULL || (close = strstr (open + 2, "}}")) == NULL)
        break;

      g_string_append_len (out, p, open - p);
      name = g_strstrip (g_strndup (open + 2, close - open - 2));

      value = resolve (self, name, alone_on_line (markdown, open, close + 2));
      if (value != NULL)
        g_string_append (out, value);
      else
        {
          g_string_append_len (out, open, close + 2 - open);
          if (unresolved != NULL)
            g_ptr_array_add (unresolved, g_strdup (name));
        }

      p = close + 2;
    }

  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

/* The topic's article as the reader sees it: translated, block by block,
 * with its placeholders filled. */
char *
guide_content_load_markdown (GuideContent *self,
                             GuideTopic   *topic,
                             GPtrArray    *unresolved,
                             GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *translated = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (GUIDE_IS_CONTENT (self), NULL);
  g_return_val_if_fail (GUIDE_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (guide_topic_get_article (topic) == NULL)
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_NOT_FOUND,
                   /* Translators: %s is the id of a topic */
                   _("The topic “%s” has no article"), guide_topic_get_id (topic));
      return NULL;
    }

  bytes = guide_file_load_bytes (guide_topic_get_article (topic), GUIDE_ARTICLE_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  translated = guide_i18n_translate_markdown (data, length,
                                              guide_topic_get_article_path (topic));

  return guide_content_expand (self, translated, unresolved);
}

GuideDocument *
guide_content_load_article (GuideContent *self,
                            GuideTopic   *topic,
                            GError      **error)
{
  g_autofree char *markdown = guide_content_load_markdown (self, topic, NULL, error);

  if (markdown == NULL)
    return NULL;

  return guide_markdown_render (markdown, strlen (markdown));
}
