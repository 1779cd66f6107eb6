/* guide-side-effect-row.h - one entry of the side-effect log, to edit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "guide-side-effect.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_SIDE_EFFECT_ROW (guide_side_effect_row_get_type ())

G_DECLARE_FINAL_TYPE (GuideSideEffectRow, guide_side_effect_row, GUIDE, SIDE_EFFECT_ROW, AdwExpanderRow)

GtkWidget       *guide_side_effect_row_new        (GuideSideEffect    *entry,
                                                   GMenuModel         *suggestions);
GuideSideEffect *guide_side_effect_row_get_entry  (GuideSideEffectRow *self);
void             guide_side_effect_row_focus      (GuideSideEffectRow *self);

G_END_DECLS
