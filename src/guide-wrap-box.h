/* guide-wrap-box.h - children side by side, wrapping onto more lines like words
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GUIDE_TYPE_WRAP_BOX (guide_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (GuideWrapBox, guide_wrap_box, GUIDE, WRAP_BOX, GtkWidget)

GtkWidget *guide_wrap_box_new                (void);
void       guide_wrap_box_append             (GuideWrapBox *self,
                                              GtkWidget    *child);
int        guide_wrap_box_get_column_spacing (GuideWrapBox *self);
void       guide_wrap_box_set_column_spacing (GuideWrapBox *self,
                                              int           spacing);
int        guide_wrap_box_get_row_spacing    (GuideWrapBox *self);
void       guide_wrap_box_set_row_spacing    (GuideWrapBox *self,
                                              int           spacing);

G_END_DECLS
