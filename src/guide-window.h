/* guide-window.h - the main window: topics in a sidebar, a page beside
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "guide-application.h"
#include "guide-topic.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_WINDOW (guide_window_get_type ())

G_DECLARE_FINAL_TYPE (GuideWindow, guide_window, GUIDE, WINDOW, AdwApplicationWindow)

GuideWindow *guide_window_new            (GuideApplication *application);
GuideTopic  *guide_window_get_topic      (GuideWindow      *self);
void         guide_window_show_message   (GuideWindow      *self,
                                          const char       *message);
gboolean     guide_window_export_pdf     (GuideWindow      *self,
                                          GFile            *file,
                                          GError          **error);
GtkWidget   *guide_window_get_page       (GuideWindow      *self,
                                          const char       *name);

G_END_DECLS
