/* guide-compare-list.h - the therapies a reader chose to compare and discuss
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "guide-id-list.h"
#include "guide-therapy.h"

G_BEGIN_DECLS

/* The reader picks up to GUIDE_COMPARE_LIST_MAX therapies; the grid shows
 * them side by side once there are at least GUIDE_COMPARE_LIST_MIN. */
#define GUIDE_COMPARE_LIST_MIN 2
#define GUIDE_COMPARE_LIST_MAX 4

/* The settings key that holds the choice: a list of therapy ids. */
#define GUIDE_COMPARE_LIST_KEY "compare-therapies"

#define GUIDE_TYPE_COMPARE_LIST (guide_compare_list_get_type ())

/* GuideCompareList: the therapies the reader chose in the grid, as a
 * GListModel of GuideTherapy in the order they were picked. No widgets.
 *
 * The choice lives in GSettings (GUIDE_COMPARE_LIST_KEY), so it survives
 * a restart, and every GuideCompareList made on the same settings shows
 * the same therapies and follows every change. The visit summary reads
 * it as "therapies to discuss":
 *
 *   g_autoptr(GuideCompareList) chosen =
 *     guide_compare_list_new (settings, guide_content_get_therapies (content));
 *   // a GListModel of GuideTherapy; "items-changed" tells of changes
 *
 * Ids of therapies that are not in @therapies (say, after an update of
 * the content) are ignored and dropped at the next change. */
G_DECLARE_FINAL_TYPE (GuideCompareList, guide_compare_list, GUIDE, COMPARE_LIST, GObject)

GuideCompareList *guide_compare_list_new      (GSettings        *settings,
                                               GuideIdList      *therapies);
gboolean          guide_compare_list_contains (GuideCompareList *self,
                                               const char       *id);
gboolean          guide_compare_list_add      (GuideCompareList *self,
                                               const char       *id);
gboolean          guide_compare_list_remove   (GuideCompareList *self,
                                               const char       *id);
void              guide_compare_list_clear    (GuideCompareList *self);
gboolean          guide_compare_list_is_full  (GuideCompareList *self);
GStrv             guide_compare_list_dup_ids  (GuideCompareList *self);

G_END_DECLS
