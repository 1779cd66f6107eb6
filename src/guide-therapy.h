/* guide-therapy.h - one ROS1 therapy: approvals, dose, trials, sourced figures
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "guide-id-list.h"
#include "guide-json.h"

G_BEGIN_DECLS

/* What a medicine is for ROS1-positive lung cancer. */
typedef enum
{
  GUIDE_THERAPY_USE_APPROVED,         /* approved for ROS1 somewhere */
  GUIDE_THERAPY_USE_INVESTIGATIONAL,  /* only in trials, or under review */
  GUIDE_THERAPY_USE_OFF_LABEL,        /* approved for other cancers only */
} GuideTherapyUse;

typedef enum
{
  GUIDE_REGION_FDA,    /* United States */
  GUIDE_REGION_EMA,    /* European Union */
  GUIDE_REGION_CHINA,
  GUIDE_N_REGIONS
} GuideRegion;

typedef enum
{
  GUIDE_APPROVAL_APPROVED,        /* has a date */
  GUIDE_APPROVAL_UNDER_REVIEW,
  GUIDE_APPROVAL_INVESTIGATIONAL,
  GUIDE_APPROVAL_NOT_CONFIRMED,   /* the guide's sources do not say */
  GUIDE_APPROVAL_NOT_APPROVED,    /* not approved for ROS1 */
} GuideApprovalStatus;

/* Who a medicine was studied in. */
typedef enum
{
  GUIDE_SETTING_ANY,              /* not tied to one setting (G2032R) */
  GUIDE_SETTING_NO_PRIOR_ROS1,    /* no ROS1 medicine before */
  GUIDE_SETTING_AFTER_ROS1,       /* after at least one ROS1 medicine */
  GUIDE_N_SETTINGS
} GuideSetting;

typedef enum
{
  GUIDE_STUDY_STUDIED,
  GUIDE_STUDY_NOT_STUDIED,
  GUIDE_STUDY_NOT_KNOWN,
} GuideStudyStatus;

/* Activity in the brain, or against the G2032R resistance change. */
typedef enum
{
  GUIDE_ACTIVITY_ACTIVE,
  GUIDE_ACTIVITY_NOT_ACTIVE,
  GUIDE_ACTIVITY_NOT_KNOWN,
} GuideActivity;

typedef enum
{
  GUIDE_FOOD_NOT_KNOWN,
  GUIDE_FOOD_ANY,             /* with or without food */
  GUIDE_FOOD_EMPTY_STOMACH,   /* hours_before and hours_after say how long */
} GuideFood;

typedef enum
{
  GUIDE_MEASURE_RESPONSE,           /* objective response rate */
  GUIDE_MEASURE_RESPONSE_DURATION,  /* median duration of response */
  GUIDE_MEASURE_PFS,                /* median progression-free survival */
  GUIDE_MEASURE_BRAIN_RESPONSE,     /* intracranial response rate */
  GUIDE_MEASURE_G2032R_RESPONSE,    /* response rate with G2032R */
} GuideMeasure;

typedef enum
{
  GUIDE_UNIT_PERCENT,
  GUIDE_UNIT_MONTHS,
} GuideUnit;

/* The structures below belong to their therapy and live as long as it.
 * Text meant for a reader (notes, descriptions, list items) is already
 * translated; names, amounts and figures are data and never are. Every
 * "sources" member is a NULL-terminated list of ids of the content's
 * source list, possibly empty. */

typedef struct
{
  GuideRegion          region;
  GuideApprovalStatus  status;
  char                *date;      /* YYYY-MM-DD when approved, else NULL */
  char                *note;
  GStrv                sources;
} GuideTherapyApproval;

typedef struct
{
  GuideStudyStatus  status;
  char             *note;
  GStrv             sources;
} GuideTherapyStudy;

typedef struct
{
  GuideActivity  status;
  char          *note;
  GStrv          sources;
} GuideTherapyActivityInfo;

typedef struct
{
  char  *amount;       /* "250 mg" */
  guint  times_a_day;
  guint  days;         /* 0: from then on */
} GuideDoseStep;

typedef struct
{
  GArray    *steps;          /* of GuideDoseStep, at least one */
  gboolean   trial_dose;     /* the dose used in a trial, not a label */
  GuideFood  food;
  guint      hours_before;
  guint      hours_after;
  GStrv      notes;
  GStrv      sources;
} GuideTherapyDose;

typedef struct
{
  char  *id;
  char  *name;          /* a proper name ("TRIDENT-1"), or NULL */
  char  *description;
  GStrv  sources;
} GuideTherapyTrial;

typedef struct
{
  char         *id;          /* as in the shared spec: "orr-naive", "g2032r" */
  GuideMeasure  measure;
  GuideSetting  setting;
  char         *value;       /* as written in the source: "19.0" */
  double        number;      /* the same as a number */
  guint         decimals;    /* digits after the point in @value */
  GuideUnit     unit;
  int           n;           /* patients the figure is based on, or -1 */
  int           responders;  /* of @n, or -1 */
  GStrv         trials;      /* ids of the therapy's trials */
  char         *note;
  GStrv         sources;     /* never empty */
} GuideTherapyFigure;

/* A list a reader sees as bullets: side effects, warnings and so on. */
typedef struct
{
  GStrv  items;
  char  *note;
  GStrv  sources;
} GuideTherapyFacts;

#define GUIDE_TYPE_THERAPY (guide_therapy_get_type ())

G_DECLARE_FINAL_TYPE (GuideTherapy, guide_therapy, GUIDE, THERAPY, GObject)

GuideIdList  *guide_therapy_load_list        (GFile                  *file,
                                              GuideIdList            *sources,
                                              char                  **as_of,
                                              GError                **error);
GuideTherapy *guide_therapy_new_from_json    (JsonObject             *object,
                                              GuideIdList            *sources,
                                              const GuideJsonContext *ctx,
                                              GError                **error);

const char          *guide_therapy_get_id            (GuideTherapy *self);
const char          *guide_therapy_get_name          (GuideTherapy *self);
const char * const  *guide_therapy_get_brands        (GuideTherapy *self);
const char          *guide_therapy_get_maker         (GuideTherapy *self);
const char * const  *guide_therapy_get_names_sources (GuideTherapy *self);
GuideTherapyUse      guide_therapy_get_use           (GuideTherapy *self);
const char          *guide_therapy_get_article       (GuideTherapy *self);
const GuideTherapyApproval *guide_therapy_get_approval (GuideTherapy *self,
                                                        GuideRegion   region);
gboolean             guide_therapy_is_approved       (GuideTherapy *self);
const GuideTherapyStudy *guide_therapy_get_study     (GuideTherapy *self,
                                                      GuideSetting  setting);
const GuideTherapyDose *guide_therapy_get_dose       (GuideTherapy *self);
guint                guide_therapy_get_n_trials      (GuideTherapy *self);
const GuideTherapyTrial *guide_therapy_get_trial     (GuideTherapy *self,
                                                      guint         index);
const GuideTherapyTrial *guide_therapy_lookup_trial  (GuideTherapy *self,
                                                      const char   *id);
guint                guide_therapy_get_n_figures     (GuideTherapy *self);
const GuideTherapyFigure *guide_therapy_get_figure   (GuideTherapy *self,
                                                      guint         index);
const GuideTherapyFigure *guide_therapy_lookup_figure (GuideTherapy *self,
                                                       const char   *id);
const GuideTherapyActivityInfo *guide_therapy_get_brain  (GuideTherapy *self);
const GuideTherapyActivityInfo *guide_therapy_get_g2032r (GuideTherapy *self);
const GuideTherapyFacts *guide_therapy_get_side_effects  (GuideTherapy *self);
const GuideTherapyFacts *guide_therapy_get_warnings      (GuideTherapy *self);
const GuideTherapyFacts *guide_therapy_get_interactions  (GuideTherapy *self);
const GuideTherapyFacts *guide_therapy_get_notes         (GuideTherapy *self);
GStrv                guide_therapy_dup_cited_sources (GuideTherapy *self);
gboolean             guide_therapy_matches           (GuideTherapy *self,
                                                      const char   *text);

/* Text for readers, translated. Each returns NULL when the data does not
 * know the answer. */
char *guide_therapy_format_brands    (GuideTherapy             *self);
char *guide_therapy_format_approval  (GuideTherapy             *self,
                                      GuideRegion               region);
char *guide_therapy_format_dose      (GuideTherapy             *self);
char *guide_therapy_format_food      (GuideTherapy             *self);
char *guide_therapy_format_figure    (const GuideTherapyFigure *figure);
char *guide_therapy_format_count     (const GuideTherapyFigure *figure);
char *guide_therapy_resolve          (GuideTherapy             *self,
                                      const char               *key);

G_END_DECLS
