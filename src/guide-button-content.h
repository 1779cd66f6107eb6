/* guide-button-content.h - an icon and a label for a button, that gives way
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GUIDE_TYPE_BUTTON_CONTENT (guide_button_content_get_type ())

G_DECLARE_FINAL_TYPE (GuideButtonContent, guide_button_content, GUIDE, BUTTON_CONTENT, GtkWidget)

GtkWidget  *guide_button_content_new       (const char         *icon_name,
                                            const char         *label);
const char *guide_button_content_get_label (GuideButtonContent *self);

G_END_DECLS
