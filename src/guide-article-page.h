/* guide-article-page.h - the page that shows one article of the handbook
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-content.h"
#include "guide-document-view.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_ARTICLE_PAGE (guide_article_page_get_type ())

G_DECLARE_FINAL_TYPE (GuideArticlePage, guide_article_page, GUIDE, ARTICLE_PAGE, GtkWidget)

gboolean           guide_article_page_show_topic      (GuideArticlePage *self,
                                                       GuideContent     *content,
                                                       GuideTopic       *topic,
                                                       GError          **error);
GuideTopic        *guide_article_page_get_topic       (GuideArticlePage *self);
const GuideDocument *guide_article_page_get_document  (GuideArticlePage *self);
GuideDocumentView *guide_article_page_get_document_view (GuideArticlePage *self);
guint              guide_article_page_get_article_block (GuideArticlePage *self,
                                                         guint             index);

G_END_DECLS
