/* guide-visit-page.h - the "My visit" page: prepare a doctor visit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-content.h"
#include "guide-visit-store.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_VISIT_PAGE (guide_visit_page_get_type ())

G_DECLARE_FINAL_TYPE (GuideVisitPage, guide_visit_page, GUIDE, VISIT_PAGE, GtkWidget)

void               guide_visit_page_bind        (GuideVisitPage  *self,
                                                 GuideContent    *content,
                                                 GuideVisitStore *store,
                                                 GSettings       *settings);
GuideVisitSummary *guide_visit_page_get_summary (GuideVisitPage  *self);
gboolean           guide_visit_page_undo        (GuideVisitPage  *self);

G_END_DECLS
