/* guide-support-page.h - the page of patient groups, helplines and trial finders
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-content.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_SUPPORT_PAGE (guide_support_page_get_type ())

G_DECLARE_FINAL_TYPE (GuideSupportPage, guide_support_page, GUIDE, SUPPORT_PAGE, GtkWidget)

void        guide_support_page_show_topic   (GuideSupportPage *self,
                                             GuideContent     *content,
                                             GuideTopic       *topic);
gboolean    guide_support_page_show_item    (GuideSupportPage *self,
                                             const char       *organisation_id);
gboolean    guide_support_page_highlight    (GuideSupportPage *self,
                                             const char       *organisation_id,
                                             guint             field,
                                             guint             start,
                                             guint             end);
GtkWidget  *guide_support_page_get_card     (GuideSupportPage *self,
                                             const char       *organisation_id);
GtkLabel   *guide_support_page_get_highlighted_label (GuideSupportPage *self);

G_END_DECLS
