/* guide-search-row.h - a row of the sidebar that stands for one search hit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-search-result.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_SEARCH_ROW (guide_search_row_get_type ())

G_DECLARE_FINAL_TYPE (GuideSearchRow, guide_search_row, GUIDE, SEARCH_ROW, GtkListBoxRow)

GtkWidget         *guide_search_row_new         (GuideSearchResult      *result);
GuideSearchResult *guide_search_row_get_result  (GuideSearchRow         *self);
GtkLabel          *guide_search_row_get_snippet_label (GuideSearchRow   *self);

PangoAttrList     *guide_highlight_attributes   (const char             *text,
                                                 const GuideSearchRange *ranges,
                                                 guint                   n_ranges);

G_END_DECLS
