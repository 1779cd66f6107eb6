/* guide-document-view.h - shows a rendered Markdown document
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-markdown.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_DOCUMENT_VIEW (guide_document_view_get_type ())

G_DECLARE_FINAL_TYPE (GuideDocumentView, guide_document_view, GUIDE, DOCUMENT_VIEW, GtkTextView)

GtkWidget  *guide_document_view_new              (void);
void        guide_document_view_set_document     (GuideDocumentView   *self,
                                                  const GuideDocument *document,
                                                  GFile               *base);
guint       guide_document_view_get_n_blocks     (GuideDocumentView   *self);
char       *guide_document_view_get_block_text   (GuideDocumentView   *self,
                                                  guint                index);
int         guide_document_view_find_anchor      (GuideDocumentView   *self,
                                                  const char          *anchor);
void        guide_document_view_scroll_to_block  (GuideDocumentView   *self,
                                                  guint                index);
void        guide_document_view_highlight        (GuideDocumentView   *self,
                                                  guint                index,
                                                  guint                start,
                                                  guint                end);
guint       guide_document_view_get_n_links      (GuideDocumentView   *self);
const char *guide_document_view_get_focused_link (GuideDocumentView   *self);
const char *guide_document_view_get_link_at      (GuideDocumentView   *self,
                                                  int                  offset);
gboolean    guide_document_view_activate_link_at (GuideDocumentView   *self,
                                                  int                  offset);

G_END_DECLS
