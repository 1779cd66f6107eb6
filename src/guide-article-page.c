/* guide-article-page.c - the page that shows one article of the handbook
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One document: the title and review date, the article, related topics,
 * its sources and the reminder that the guide does not replace the care
 * team. The frame is rendered apart from the article, so that nothing in
 * an article (an unclosed code fence, say) can swallow its sources.
 */
#define G_LOG_DOMAIN "guide-article-page"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "guide-article-page.h"
#include "guide-source.h"

struct _GuideArticlePage
{
  GtkWidget          parent_instance;

  GuideTopic        *topic;
  GuideDocument     *document;
  guint              first_article_block;

  GtkWidget         *scroller;
  GuideDocumentView *document_view;
};

G_DEFINE_FINAL_TYPE (GuideArticlePage, guide_article_page, GTK_TYPE_WIDGET)

static void
guide_article_page_dispose (GObject *object)
{
  GuideArticlePage *self = GUIDE_ARTICLE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_ARTICLE_PAGE);
  g_clear_object (&self->topic);
  g_clear_pointer (&self->document, guide_document_free);

  G_OBJECT_CLASS (guide_article_page_parent_class)->dispose (object);
}

static void
guide_article_page_class_init (GuideArticlePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_article_page_dispose;

  g_type_ensure (GUIDE_TYPE_DOCUMENT_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/guide-article-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideArticlePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, GuideArticlePage, document_view);
}

static void
guide_article_page_init (GuideArticlePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GuideDocument *
render_string (GString *markdown)
{
  return guide_markdown_render (markdown->str, markdown->len);
}

static GuideDocument *
render_head (GuideTopic *topic)
{
  g_autoptr(GString) md = g_string_new (NULL);
  g_autofree char *title = guide_markdown_escape (guide_topic_get_title (topic));
  g_autofree char *date = guide_date_format (guide_topic_get_reviewed (topic));
  g_autofree char *reviewed = NULL;
  g_autofree char *escaped = NULL;

  /* Translators: %s is a date */
  reviewed = g_strdup_printf (_("Last reviewed %s"), date);
  escaped = guide_markdown_escape (reviewed);
  g_string_append_printf (md, "# %s\n\n*%s*\n", title, escaped);

  return render_string (md);
}

static GuideDocument *
render_tail (GuideContent *content,
             GuideTopic   *topic)
{
  const char * const *related = guide_topic_get_related (topic);
  const char * const *sources = guide_topic_get_sources (topic);
  GuideHandbook *handbook = guide_content_get_handbook (content);
  GuideIdList *source_list = guide_content_get_sources (content);
  g_autoptr(GString) md = g_string_new (NULL);
  g_autofree char *disclaimer = NULL;

  if (related != NULL && related[0] != NULL)
    {
      g_string_append_printf (md, "## %s\n\n", _("Related topics"));
      for (guint i = 0; related[i] != NULL; i++)
        {
          GuideTopic *other = guide_handbook_lookup (handbook, related[i]);
          g_autofree char *target = g_strconcat ("topic:", related[i], NULL);
          g_autofree char *link = NULL;

          if (other == NULL)
            continue;

          link = guide_markdown_link (guide_topic_get_title (other), target);
          g_string_append_printf (md, "- %s\n", link);
        }
      g_string_append_c (md, '\n');
    }

  g_string_append_printf (md, "## %s\n\n", _("Sources"));
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      GuideSource *source = guide_id_list_lookup (source_list, sources[i]);
      g_autofree char *citation = NULL;
      g_autofree char *escaped = NULL;

      if (source == NULL)
        continue;

      citation = guide_source_format (source);
      escaped = guide_markdown_escape (citation);
      g_string_append_printf (md, "%u. %s", i + 1, escaped);
      if (guide_source_get_url (source) != NULL)
        {
          g_autofree char *link = guide_markdown_link (guide_source_get_url (source),
                                                       guide_source_get_url (source));
          g_string_append_printf (md, " %s", link);
        }
      g_string_append_c (md, '\n');
    }

  disclaimer = guide_markdown_escape (_("This guide explains; it does not decide. It does not "
                                        "replace your care team: ask your oncologist or nurse "
                                        "about anything that concerns your own treatment."));
  g_string_append_printf (md, "\n---\n\n> %s\n", disclaimer);

  return render_string (md);
}

/* Shows @topic's article. On failure (the file cannot be read) the page is
 * left as it was and @error says why. */
gboolean
guide_article_page_show_topic (GuideArticlePage *self,
                               GuideContent     *content,
                               GuideTopic       *topic,
                               GError          **error)
{
  g_autoptr(GuideDocument) document = NULL;
  g_autoptr(GFile) base = NULL;
  GuideDocument *article;

  g_return_val_if_fail (GUIDE_IS_ARTICLE_PAGE (self), FALSE);
  g_return_val_if_fail (GUIDE_IS_CONTENT (content), FALSE);
  g_return_val_if_fail (GUIDE_IS_TOPIC (topic), FALSE);

  article = guide_content_load_article (content, topic, error);
  if (article == NULL)
    return FALSE;

  g_set_object (&self->topic, topic);

  document = render_head (topic);
  self->first_article_block = document->blocks->len;
  guide_document_append (document, article);
  guide_document_append (document, render_tail (content, topic));

  base = g_file_get_parent (guide_topic_get_article (topic));
  guide_document_view_set_document (self->document_view, document, base);

  /* Kept for printing. */
  g_clear_pointer (&self->document, guide_document_free);
  self->document = g_steal_pointer (&document);

  return TRUE;
}

GuideTopic *
guide_article_page_get_topic (GuideArticlePage *self)
{
  g_return_val_if_fail (GUIDE_IS_ARTICLE_PAGE (self), NULL);
  return self->topic;
}

/* The blocks on show (head, article and sources), or NULL. */
const GuideDocument *
guide_article_page_get_document (GuideArticlePage *self)
{
  g_return_val_if_fail (GUIDE_IS_ARTICLE_PAGE (self), NULL);
  return self->document;
}

GuideDocumentView *
guide_article_page_get_document_view (GuideArticlePage *self)
{
  g_return_val_if_fail (GUIDE_IS_ARTICLE_PAGE (self), NULL);
  return self->document_view;
}

/* The view's index of block @index of the article itself. */
guint
guide_article_page_get_article_block (GuideArticlePage *self,
                                      guint             index)
{
  g_return_val_if_fail (GUIDE_IS_ARTICLE_PAGE (self), 0);
  return self->first_article_block + index;
}
