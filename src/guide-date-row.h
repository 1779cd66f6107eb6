/* guide-date-row.h - a row that shows a date and lets the user pick one
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GUIDE_TYPE_DATE_ROW (guide_date_row_get_type ())

G_DECLARE_FINAL_TYPE (GuideDateRow, guide_date_row, GUIDE, DATE_ROW, AdwActionRow)

GtkWidget  *guide_date_row_new      (void);
const char *guide_date_row_get_date (GuideDateRow *self);
void        guide_date_row_set_date (GuideDateRow *self,
                                     const char   *date);

G_END_DECLS
