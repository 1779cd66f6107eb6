/* guide-therapy-page.h - the therapy grid: compare the ROS1 medicines
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-compare-list.h"
#include "guide-content.h"

G_BEGIN_DECLS

/* The page has three views: the grid (a table, or a list of cards in a
 * narrow window), the detail of one therapy, and the chosen therapies
 * side by side. Everything is an action of the "therapies" group:
 *
 *   therapies.show ("ID")           the detail of one therapy
 *   therapies.show-grid             back to the grid (Alt+Left, Escape)
 *   therapies.compare               the chosen therapies side by side
 *   therapies.toggle-compare ("ID") add to or remove from the comparison
 *   therapies.clear-compare         empty the comparison
 *   therapies.sort-by ("COLUMN")    "" for the guide's order, or a column
 *                                   id: name, fda, ema, dose, orr-naive,
 *                                   orr-pretreated, pfs-naive,
 *                                   pfs-pretreated, brain, g2032r
 *   therapies.sort-descending       reverse the order (boolean state)
 *   therapies.approved-only, therapies.brain-only,
 *   therapies.after-ros1-only, therapies.g2032r-only   filters (boolean)
 *
 * The detail view keeps a place for actions on the therapy it shows,
 * guide_therapy_page_get_detail_actions(): printing a summary of one
 * therapy belongs there, as a button for GUIDE_THERAPY_PRINT_ACTION with
 * the therapy's id as target (the window implements that action). */
#define GUIDE_THERAPY_PRINT_ACTION "win.print-therapy"

#define GUIDE_TYPE_THERAPY_PAGE (guide_therapy_page_get_type ())

G_DECLARE_FINAL_TYPE (GuideTherapyPage, guide_therapy_page, GUIDE, THERAPY_PAGE, GtkWidget)

void              guide_therapy_page_set_content       (GuideTherapyPage *self,
                                                        GuideContent     *content,
                                                        GSettings        *settings);
void              guide_therapy_page_show_grid         (GuideTherapyPage *self);
gboolean          guide_therapy_page_show_therapy      (GuideTherapyPage *self,
                                                        const char       *id);
GuideTherapy     *guide_therapy_page_get_therapy       (GuideTherapyPage *self);
GuideCompareList *guide_therapy_page_get_compare_list  (GuideTherapyPage *self);
GListModel       *guide_therapy_page_get_visible       (GuideTherapyPage *self);
GtkWidget        *guide_therapy_page_get_detail_actions (GuideTherapyPage *self);

G_END_DECLS
