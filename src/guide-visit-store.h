/* guide-visit-store.h - keeps the visit summary safe on disk
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "guide-visit-summary.h"

G_BEGIN_DECLS

/* A saved summary larger than this is not read (and so is kept aside). */
#define GUIDE_VISIT_STORE_MAX_FILE_SIZE (64 * 1024 * 1024)

#define GUIDE_TYPE_VISIT_STORE (guide_visit_store_get_type ())

G_DECLARE_FINAL_TYPE (GuideVisitStore, guide_visit_store, GUIDE, VISIT_STORE, GObject)

GuideVisitStore   *guide_visit_store_new                 (GFile           *directory);
GuideVisitSummary *guide_visit_store_get_summary         (GuideVisitStore *self);
GFile             *guide_visit_store_get_directory       (GuideVisitStore *self);
GFile             *guide_visit_store_get_file            (GuideVisitStore *self);
const char        *guide_visit_store_get_load_error      (GuideVisitStore *self);
GFile             *guide_visit_store_get_kept_file       (GuideVisitStore *self);
gboolean           guide_visit_store_get_blocked         (GuideVisitStore *self);
const char        *guide_visit_store_get_save_error      (GuideVisitStore *self);
gboolean           guide_visit_store_get_unsaved         (GuideVisitStore *self);
gboolean           guide_visit_store_save                (GuideVisitStore *self,
                                                          GError         **error);
gboolean           guide_visit_store_flush               (GuideVisitStore *self);

G_END_DECLS
