/* guide-side-effect.h - one entry of the patient's side-effect log
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How bad a side effect was, in the patient's words, as grades 1 to 4. */
typedef enum
{
  GUIDE_SEVERITY_NONE = 0,   /* not rated */
  GUIDE_SEVERITY_MILD = 1,
  GUIDE_SEVERITY_MODERATE = 2,
  GUIDE_SEVERITY_SEVERE = 3,
  GUIDE_SEVERITY_VERY_SEVERE = 4,
} GuideSeverity;

#define GUIDE_SEVERITY_MAX GUIDE_SEVERITY_VERY_SEVERE

#define GUIDE_TYPE_SIDE_EFFECT (guide_side_effect_get_type ())

G_DECLARE_FINAL_TYPE (GuideSideEffect, guide_side_effect, GUIDE, SIDE_EFFECT, GObject)

GuideSideEffect *guide_side_effect_new          (const char      *date,
                                                 const char      *symptom,
                                                 GuideSeverity    severity,
                                                 const char      *notes);
const char      *guide_side_effect_get_date     (GuideSideEffect *self);
void             guide_side_effect_set_date     (GuideSideEffect *self,
                                                 const char      *date);
const char      *guide_side_effect_get_symptom  (GuideSideEffect *self);
void             guide_side_effect_set_symptom  (GuideSideEffect *self,
                                                 const char      *symptom);
GuideSeverity    guide_side_effect_get_severity (GuideSideEffect *self);
void             guide_side_effect_set_severity (GuideSideEffect *self,
                                                 GuideSeverity    severity);
const char      *guide_side_effect_get_notes    (GuideSideEffect *self);
void             guide_side_effect_set_notes    (GuideSideEffect *self,
                                                 const char      *notes);
gboolean         guide_side_effect_equal        (GuideSideEffect *a,
                                                 GuideSideEffect *b);

const char      *guide_severity_get_label       (GuideSeverity    severity);
const char      *guide_severity_get_description (GuideSeverity    severity);

G_END_DECLS
