/* guide-visit-summary.h - what the patient prepares for a doctor visit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "guide-side-effect.h"

G_BEGIN_DECLS

/* The version of the saved file's schema that this code writes. */
#define GUIDE_VISIT_SUMMARY_VERSION 1

/* The current therapy: a therapy id from the data, or one of these. */
#define GUIDE_VISIT_THERAPY_NONE  "none"
#define GUIDE_VISIT_THERAPY_OTHER "other"

/* The parts of the summary that can be left out of the printout. */
typedef enum
{
  GUIDE_VISIT_PART_THERAPY_FACTS = 1 << 0,
  GUIDE_VISIT_PART_DISCUSS       = 1 << 1,
  GUIDE_VISIT_PART_SIDE_EFFECTS  = 1 << 2,
  GUIDE_VISIT_PART_QUESTIONS     = 1 << 3,
  GUIDE_VISIT_PART_NOTES         = 1 << 4,
  GUIDE_VISIT_PART_SOURCES       = 1 << 5,
} GuideVisitPart;

#define GUIDE_VISIT_PARTS_ALL 0x3f

#define GUIDE_TYPE_VISIT_SUMMARY (guide_visit_summary_get_type ())

G_DECLARE_FINAL_TYPE (GuideVisitSummary, guide_visit_summary, GUIDE, VISIT_SUMMARY, GObject)

GuideVisitSummary  *guide_visit_summary_new                  (void);
GuideVisitSummary  *guide_visit_summary_new_from_bytes       (GBytes            *bytes,
                                                              const char        *display_name,
                                                              GError           **error);
char               *guide_visit_summary_to_json              (GuideVisitSummary *self);
gboolean            guide_visit_summary_equal                (GuideVisitSummary *a,
                                                              GuideVisitSummary *b);
gboolean            guide_visit_summary_is_empty             (GuideVisitSummary *self);

const char         *guide_visit_summary_get_name             (GuideVisitSummary *self);
void                guide_visit_summary_set_name             (GuideVisitSummary *self,
                                                              const char        *name);
const char         *guide_visit_summary_get_visit_date       (GuideVisitSummary *self);
void                guide_visit_summary_set_visit_date       (GuideVisitSummary *self,
                                                              const char        *date);

const char         *guide_visit_summary_get_therapy          (GuideVisitSummary *self);
void                guide_visit_summary_set_therapy          (GuideVisitSummary *self,
                                                              const char        *therapy);
const char         *guide_visit_summary_get_therapy_other    (GuideVisitSummary *self);
void                guide_visit_summary_set_therapy_other    (GuideVisitSummary *self,
                                                              const char        *text);
const char         *guide_visit_summary_get_therapy_since    (GuideVisitSummary *self);
void                guide_visit_summary_set_therapy_since    (GuideVisitSummary *self,
                                                              const char        *date);
const char         *guide_visit_summary_get_dose             (GuideVisitSummary *self);
void                guide_visit_summary_set_dose             (GuideVisitSummary *self,
                                                              const char        *dose);

const char * const *guide_visit_summary_get_discuss          (GuideVisitSummary *self);
void                guide_visit_summary_set_discuss          (GuideVisitSummary *self,
                                                              const char * const *ids);
gboolean            guide_visit_summary_get_discusses        (GuideVisitSummary *self,
                                                              const char        *id);
void                guide_visit_summary_set_discusses        (GuideVisitSummary *self,
                                                              const char        *id,
                                                              gboolean           discuss);

GListModel         *guide_visit_summary_get_side_effects     (GuideVisitSummary *self);
void                guide_visit_summary_add_side_effect      (GuideVisitSummary *self,
                                                              GuideSideEffect   *entry);
void                guide_visit_summary_insert_side_effect   (GuideVisitSummary *self,
                                                              guint              position,
                                                              GuideSideEffect   *entry);
void                guide_visit_summary_remove_side_effect   (GuideVisitSummary *self,
                                                              guint              position);

const char * const *guide_visit_summary_get_questions        (GuideVisitSummary *self);
gboolean            guide_visit_summary_get_question_ticked  (GuideVisitSummary *self,
                                                              const char        *id);
void                guide_visit_summary_set_question_ticked  (GuideVisitSummary *self,
                                                              const char        *id,
                                                              gboolean           ticked);
const char * const *guide_visit_summary_get_own_questions    (GuideVisitSummary *self);
guint               guide_visit_summary_add_own_question     (GuideVisitSummary *self,
                                                              const char        *text);
void                guide_visit_summary_set_own_question     (GuideVisitSummary *self,
                                                              guint              index,
                                                              const char        *text);
void                guide_visit_summary_insert_own_question  (GuideVisitSummary *self,
                                                              guint              index,
                                                              const char        *text);
void                guide_visit_summary_remove_own_question  (GuideVisitSummary *self,
                                                              guint              index);

const char         *guide_visit_summary_get_notes            (GuideVisitSummary *self);
void                guide_visit_summary_set_notes            (GuideVisitSummary *self,
                                                              const char        *notes);

GuideVisitPart      guide_visit_summary_get_print_parts      (GuideVisitSummary *self);
gboolean            guide_visit_summary_get_print_part       (GuideVisitSummary *self,
                                                              GuideVisitPart     part);
void                guide_visit_summary_set_print_part       (GuideVisitSummary *self,
                                                              GuideVisitPart     part,
                                                              gboolean           print);

G_END_DECLS
