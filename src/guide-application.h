/* guide-application.h - the application: content, settings, windows
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "guide-content.h"
#include "guide-visit-store.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_APPLICATION (guide_application_get_type ())

G_DECLARE_FINAL_TYPE (GuideApplication, guide_application, GUIDE, APPLICATION, AdwApplication)

GuideApplication *guide_application_new          (void);
GuideContent     *guide_application_get_content  (GuideApplication *self,
                                                  const GError    **error);
GSettings        *guide_application_get_settings (GuideApplication *self);
GuideVisitStore  *guide_application_get_visit_store (GuideApplication *self);

G_END_DECLS
