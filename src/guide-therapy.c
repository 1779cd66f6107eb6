/* guide-therapy.c - one ROS1 therapy: approvals, dose, trials, sourced figures
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * therapies.json holds every therapy the guide compares:
 *
 *   { "as-of": "2026-11-26",
 *     "therapies": [ { "id": "crizotinib", "name": "Crizotinib", ... } ] }
 *
 * A therapy has an id, a name, a use ("approved", "investigational",
 * "off-label"), its status with the US and EU regulators ("regulatory",
 * one entry per region: "fda", "ema", optionally "china"), who it was
 * studied in ("settings": "no-prior-ros1" and "after-ros1"), what is known
 * of its activity in the brain and against G2032R ("brain", "g2032r"),
 * and optionally brand names and maker ("brands", "maker", backed by
 * "names-sources"), a topic to read more ("article"), a "dose", its
 * "trials", its "figures" and lists of "side-effects", "warnings",
 * "interactions" and other "notes". Every statement carries the ids of
 * its sources; a figure without a source is refused.
 *
 * What the sources do not say is left out (or given the status
 * "not-known" / "not-confirmed"), and the reader is told so: nothing is
 * filled in by guessing.
 *
 * Text a reader sees goes through guide_i18n_translate() as it is read;
 * names, amounts and figures are data and are not translated. A figure's
 * value is written as text ("19.0") so that it is shown exactly as its
 * source gives it.
 */
#define G_LOG_DOMAIN "guide-therapy"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-i18n.h"
#include "guide-therapy.h"

struct _GuideTherapy
{
  GObject               parent_instance;

  char                 *id;
  char                 *name;
  GStrv                 brands;
  char                 *maker;
  GStrv                 names_sources;
  GuideTherapyUse       use;
  char                 *article;
  GuideTherapyApproval *approvals[GUIDE_N_REGIONS];
  GuideTherapyStudy     studies[GUIDE_N_SETTINGS];
  GuideTherapyDose     *dose;
  GPtrArray            *trials;   /* of GuideTherapyTrial */
  GPtrArray            *figures;  /* of GuideTherapyFigure */
  GuideTherapyActivityInfo brain;
  GuideTherapyActivityInfo g2032r;
  GuideTherapyFacts    *side_effects;
  GuideTherapyFacts    *warnings;
  GuideTherapyFacts    *interactions;
  GuideTherapyFacts    *notes;
};

G_DEFINE_FINAL_TYPE (GuideTherapy, guide_therapy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *name;
  int         value;
} EnumName;

static const EnumName use_names[] = {
  { "approved", GUIDE_THERAPY_USE_APPROVED },
  { "investigational", GUIDE_THERAPY_USE_INVESTIGATIONAL },
  { "off-label", GUIDE_THERAPY_USE_OFF_LABEL },
  { NULL, 0 }
};

static const EnumName region_names[] = {
  { "fda", GUIDE_REGION_FDA },
  { "ema", GUIDE_REGION_EMA },
  { "china", GUIDE_REGION_CHINA },
  { NULL, 0 }
};

static const EnumName approval_names[] = {
  { "approved", GUIDE_APPROVAL_APPROVED },
  { "under-review", GUIDE_APPROVAL_UNDER_REVIEW },
  { "investigational", GUIDE_APPROVAL_INVESTIGATIONAL },
  { "not-confirmed", GUIDE_APPROVAL_NOT_CONFIRMED },
  { "not-approved", GUIDE_APPROVAL_NOT_APPROVED },
  { NULL, 0 }
};

static const EnumName setting_names[] = {
  { "no-prior-ros1", GUIDE_SETTING_NO_PRIOR_ROS1 },
  { "after-ros1", GUIDE_SETTING_AFTER_ROS1 },
  { NULL, 0 }
};

static const EnumName study_names[] = {
  { "studied", GUIDE_STUDY_STUDIED },
  { "not-studied", GUIDE_STUDY_NOT_STUDIED },
  { "not-known", GUIDE_STUDY_NOT_KNOWN },
  { NULL, 0 }
};

static const EnumName activity_names[] = {
  { "active", GUIDE_ACTIVITY_ACTIVE },
  { "not-active", GUIDE_ACTIVITY_NOT_ACTIVE },
  { "not-known", GUIDE_ACTIVITY_NOT_KNOWN },
  { NULL, 0 }
};

static const EnumName food_names[] = {
  { "any", GUIDE_FOOD_ANY },
  { "empty-stomach", GUIDE_FOOD_EMPTY_STOMACH },
  { "not-known", GUIDE_FOOD_NOT_KNOWN },
  { NULL, 0 }
};

static const EnumName measure_names[] = {
  { "response", GUIDE_MEASURE_RESPONSE },
  { "response-duration", GUIDE_MEASURE_RESPONSE_DURATION },
  { "pfs", GUIDE_MEASURE_PFS },
  { "brain-response", GUIDE_MEASURE_BRAIN_RESPONSE },
  { "g2032r-response", GUIDE_MEASURE_G2032R_RESPONSE },
  { NULL, 0 }
};

static const EnumName unit_names[] = {
  { "percent", GUIDE_UNIT_PERCENT },
  { "months", GUIDE_UNIT_MONTHS },
  { NULL, 0 }
};

static void
approval_free (GuideTherapyApproval *approval)
{
  if (approval == NULL)
    return;
  g_free (approval->date);
  g_free (approval->note);
  g_strfreev (approval->sources);
  g_free (approval);
}

static void
dose_step_clear (gpointer data)
{
  GuideDoseStep *step = data;

  g_free (step->amount);
}

static void
dose_free (GuideTherapyDose *dose)
{
  if (dose == NULL)
    return;
  g_array_unref (dose->steps);
  g_strfreev (dose->notes);
  g_strfreev (dose->sources);
  g_free (dose);
}

static void
trial_free (gpointer data)
{
  GuideTherapyTrial *trial = data;

  g_free (trial->id);
  g_free (trial->name);
  g_free (trial->description);
  g_strfreev (trial->sources);
  g_free (trial);
}

static void
figure_free (gpointer data)
{
  GuideTherapyFigure *figure = data;

  g_free (figure->id);
  g_free (figure->value);
  g_strfreev (figure->trials);
  g_free (figure->note);
  g_strfreev (figure->sources);
  g_free (figure);
}

static void
facts_free (GuideTherapyFacts *facts)
{
  if (facts == NULL)
    return;
  g_strfreev (facts->items);
  g_free (facts->note);
  g_strfreev (facts->sources);
  g_free (facts);
}

static void
guide_therapy_finalize (GObject *object)
{
  GuideTherapy *self = (GuideTherapy *) object;

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->brands);
  g_free (self->maker);
  g_strfreev (self->names_sources);
  g_free (self->article);
  for (guint i = 0; i < GUIDE_N_REGIONS; i++)
    approval_free (self->approvals[i]);
  for (guint i = 0; i < GUIDE_N_SETTINGS; i++)
    {
      g_free (self->studies[i].note);
      g_strfreev (self->studies[i].sources);
    }
  dose_free (self->dose);
  g_ptr_array_unref (self->trials);
  g_ptr_array_unref (self->figures);
  g_free (self->brain.note);
  g_strfreev (self->brain.sources);
  g_free (self->g2032r.note);
  g_strfreev (self->g2032r.sources);
  facts_free (self->side_effects);
  facts_free (self->warnings);
  facts_free (self->interactions);
  facts_free (self->notes);

  G_OBJECT_CLASS (guide_therapy_parent_class)->finalize (object);
}

static void
guide_therapy_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GuideTherapy *self = GUIDE_THERAPY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_therapy_class_init (GuideTherapyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_therapy_finalize;
  object_class->get_property = guide_therapy_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_therapy_init (GuideTherapy *self)
{
  self->trials = g_ptr_array_new_with_free_func (trial_free);
  self->figures = g_ptr_array_new_with_free_func (figure_free);
  self->brain.status = GUIDE_ACTIVITY_NOT_KNOWN;
  self->g2032r.status = GUIDE_ACTIVITY_NOT_KNOWN;
  for (guint i = 0; i < GUIDE_N_SETTINGS; i++)
    self->studies[i].status = GUIDE_STUDY_NOT_KNOWN;
}

/* Reading */

static gboolean
get_enum (JsonObject             *object,
          const char             *member,
          GuideJsonFlags          flags,
          const EnumName         *names,
          int                    *value,
          const GuideJsonContext *ctx,
          GError                **error)
{
  g_autoptr(GString) allowed = NULL;
  const char *str;

  if (!guide_json_get_string (object, member, flags, &str, ctx, error))
    return FALSE;
  if (str == NULL)
    return TRUE;

  for (guint i = 0; names[i].name != NULL; i++)
    {
      if (g_str_equal (str, names[i].name))
        {
          *value = names[i].value;
          return TRUE;
        }
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; names[i].name != NULL; i++)
    g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", names[i].name);

  guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                        /* Translators: the first %s is a value found in a data file,
                         * the second a list of the values allowed there */
                        _("“%s” is not one of: %s"), str, allowed->str);
  return FALSE;
}

/* The ids in @member, each checked against the source list. A required
 * list must name at least one source. */
static GStrv
get_sources (JsonObject             *object,
             const char             *member,
             gboolean                required,
             GuideIdList            *sources,
             const GuideJsonContext *ctx,
             GError                **error)
{
  g_auto(GStrv) ids = NULL;

  ids = guide_json_get_string_list (object, member,
                                    required ? GUIDE_JSON_REQUIRED : GUIDE_JSON_OPTIONAL,
                                    ctx, error);
  if (ids == NULL)
    return NULL;

  if (required && ids[0] == NULL)
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("at least one source is needed"));
      return NULL;
    }

  if (!guide_id_list_check_refs (sources, (const char * const *) ids, ctx, member, error))
    return NULL;

  return g_steal_pointer (&ids);
}

static char *
translate (const char             *text,
           const GuideJsonContext *ctx,
           const char             *comment)
{
  if (text == NULL)
    return NULL;

  return g_strdup (guide_i18n_translate (text, ctx->file, comment));
}

static GStrv
translate_list (const char * const     *texts,
                const GuideJsonContext *ctx,
                const char             *comment)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    g_strv_builder_add (builder, guide_i18n_translate (texts[i], ctx->file, comment));

  return g_strv_builder_end (builder);
}

/* A context for an object inside entry @ctx: "crizotinib/figures/orr-naive". */
static char *
sub_entry (const GuideJsonContext *ctx,
           const char             *member,
           const char             *key)
{
  if (key != NULL)
    return g_strdup_printf ("%s/%s/%s", ctx->entry, member, key);
  return g_strdup_printf ("%s/%s", ctx->entry, member);
}

static gboolean
check_not_blank_list (const char * const     *items,
                      const char             *member,
                      const GuideJsonContext *ctx,
                      GError                **error)
{
  if (items == NULL || items[0] == NULL)
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("the list is empty"));
      return FALSE;
    }

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *copy = g_strdup (items[i]);

      if (*g_strstrip (copy) == '\0')
        {
          guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_MISSING_FIELD,
                                /* Translators: %u is a position in a list (1 is the first) */
                                _("item %u is empty"), i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_approval (GuideTherapy           *self,
               JsonObject             *object,
               GuideIdList            *sources,
               const GuideJsonContext *therapy_ctx,
               guint                   index,
               GError                **error)
{
  static const char * const members[] = { "region", "status", "date", "note", "sources", NULL };
  g_autofree char *entry = NULL;
  g_autofree char *position = g_strdup_printf ("%u", index + 1);
  GuideJsonContext ctx = *therapy_ctx;
  GuideTherapyApproval *approval;
  int region = -1, status = -1;
  const char *date, *note;
  g_auto(GStrv) ids = NULL;

  entry = sub_entry (therapy_ctx, "regulatory", position);
  ctx.entry = entry;
  if (!get_enum (object, "region", GUIDE_JSON_REQUIRED, region_names, &region, &ctx, error))
    return FALSE;

  g_free (entry);
  entry = sub_entry (therapy_ctx, "regulatory", region_names[region].name);
  ctx.entry = entry;

  if (!guide_json_check_members (object, members, &ctx, error) ||
      !get_enum (object, "status", GUIDE_JSON_REQUIRED, approval_names, &status, &ctx, error) ||
      !guide_json_get_date (object, "date", GUIDE_JSON_OPTIONAL, &date, &ctx, error) ||
      !guide_json_get_string (object, "note", GUIDE_JSON_OPTIONAL, &note, &ctx, error))
    return FALSE;

  ids = get_sources (object, "sources", status == GUIDE_APPROVAL_APPROVED, sources, &ctx, error);
  if (ids == NULL)
    return FALSE;

  if (self->approvals[region] != NULL)
    {
      guide_json_set_error (error, &ctx, "region", GUIDE_DATA_ERROR_DUPLICATE_ID,
                            _("this region is given twice"));
      return FALSE;
    }

  if (status == GUIDE_APPROVAL_APPROVED && date == NULL)
    {
      guide_json_set_error (error, &ctx, "date", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("an approval needs its date"));
      return FALSE;
    }
  if (status != GUIDE_APPROVAL_APPROVED && date != NULL)
    {
      guide_json_set_error (error, &ctx, "date", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("only an approval has a date"));
      return FALSE;
    }

  approval = g_new0 (GuideTherapyApproval, 1);
  approval->region = region;
  approval->status = status;
  approval->date = g_strdup (date);
  approval->note = translate (note, &ctx, "A note on a medicine's approval in one region (the "
                             "United States, the European Union or China): keep dates, numbers "
                             "and brand names as they are.");
  approval->sources = g_steal_pointer (&ids);
  self->approvals[region] = approval;

  return TRUE;
}

static gboolean
read_study (GuideTherapy           *self,
            JsonObject             *object,
            GuideIdList            *sources,
            const GuideJsonContext *therapy_ctx,
            gboolean               *seen,
            guint                   index,
            GError                **error)
{
  static const char * const members[] = { "setting", "status", "note", "sources", NULL };
  g_autofree char *entry = NULL;
  g_autofree char *position = g_strdup_printf ("%u", index + 1);
  GuideJsonContext ctx = *therapy_ctx;
  GuideTherapyStudy *study;
  int setting = -1, status = -1;
  const char *note;
  g_auto(GStrv) ids = NULL;

  entry = sub_entry (therapy_ctx, "settings", position);
  ctx.entry = entry;
  if (!get_enum (object, "setting", GUIDE_JSON_REQUIRED, setting_names, &setting, &ctx, error))
    return FALSE;

  g_free (entry);
  entry = sub_entry (therapy_ctx, "settings", setting == GUIDE_SETTING_NO_PRIOR_ROS1
                                              ? "no-prior-ros1" : "after-ros1");
  ctx.entry = entry;

  if (!guide_json_check_members (object, members, &ctx, error) ||
      !get_enum (object, "status", GUIDE_JSON_REQUIRED, study_names, &status, &ctx, error) ||
      !guide_json_get_string (object, "note", GUIDE_JSON_OPTIONAL, &note, &ctx, error))
    return FALSE;

  ids = get_sources (object, "sources", status != GUIDE_STUDY_NOT_KNOWN, sources, &ctx, error);
  if (ids == NULL)
    return FALSE;

  if (seen[setting])
    {
      guide_json_set_error (error, &ctx, "setting", GUIDE_DATA_ERROR_DUPLICATE_ID,
                            _("this setting is given twice"));
      return FALSE;
    }
  seen[setting] = TRUE;

  study = &self->studies[setting];
  study->status = status;
  study->note = translate (note, &ctx, "A note on who a medicine was studied in");
  study->sources = g_steal_pointer (&ids);

  return TRUE;
}

static gboolean
read_activity (JsonObject               *parent,
               const char               *member,
               GuideIdList              *sources,
               GuideTherapyActivityInfo *info,
               const GuideJsonContext   *therapy_ctx,
               GError                  **error)
{
  static const char * const members[] = { "status", "note", "sources", NULL };
  g_autofree char *entry = sub_entry (therapy_ctx, member, NULL);
  GuideJsonContext ctx = *therapy_ctx;
  JsonObject *object;
  int status = -1;
  const char *note;
  g_auto(GStrv) ids = NULL;

  if (!guide_json_get_object (parent, member, GUIDE_JSON_REQUIRED, &object, therapy_ctx, error))
    return FALSE;

  ctx.entry = entry;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !get_enum (object, "status", GUIDE_JSON_REQUIRED, activity_names, &status, &ctx, error) ||
      !guide_json_get_string (object, "note", GUIDE_JSON_OPTIONAL, &note, &ctx, error))
    return FALSE;

  ids = get_sources (object, "sources", status != GUIDE_ACTIVITY_NOT_KNOWN, sources, &ctx, error);
  if (ids == NULL)
    return FALSE;

  info->status = status;
  info->note = translate (note, &ctx, g_str_equal (member, "brain")
                                      ? "A note on a medicine's activity in the brain"
                                      : "A note on a medicine's activity against the G2032R change");
  info->sources = g_steal_pointer (&ids);

  return TRUE;
}

static gboolean
read_dose (GuideTherapy           *self,
           JsonObject             *parent,
           GuideIdList            *sources,
           const GuideJsonContext *therapy_ctx,
           GError                **error)
{
  static const char * const members[] = {
    "steps", "trial-dose", "food", "hours-before", "hours-after", "notes", "sources", NULL
  };
  static const char * const step_members[] = { "amount", "times-a-day", "days", NULL };
  g_autofree char *entry = sub_entry (therapy_ctx, "dose", NULL);
  GuideJsonContext ctx = *therapy_ctx;
  g_autoptr(GArray) steps = NULL;
  g_auto(GStrv) notes = NULL;
  g_auto(GStrv) ids = NULL;
  JsonObject *object;
  JsonArray *array;
  gboolean trial_dose = FALSE;
  gint64 before = 0, after = 0;
  int food = -1;
  guint n;

  if (!guide_json_get_object (parent, "dose", GUIDE_JSON_OPTIONAL, &object, therapy_ctx, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  ctx.entry = entry;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_array (object, "steps", GUIDE_JSON_REQUIRED, &array, &ctx, error) ||
      !guide_json_get_boolean (object, "trial-dose", GUIDE_JSON_OPTIONAL, &trial_dose, &ctx, error) ||
      !get_enum (object, "food", GUIDE_JSON_REQUIRED, food_names, &food, &ctx, error) ||
      !(notes = guide_json_get_string_list (object, "notes", GUIDE_JSON_OPTIONAL, &ctx, error)) ||
      !(ids = get_sources (object, "sources", TRUE, sources, &ctx, error)))
    return FALSE;

  if (food == GUIDE_FOOD_EMPTY_STOMACH)
    {
      if (!guide_json_get_int (object, "hours-before", GUIDE_JSON_REQUIRED, 0, 24, &before, &ctx, error) ||
          !guide_json_get_int (object, "hours-after", GUIDE_JSON_REQUIRED, 0, 24, &after, &ctx, error))
        return FALSE;
    }
  else if (json_object_has_member (object, "hours-before") ||
           json_object_has_member (object, "hours-after"))
    {
      guide_json_set_error (error, &ctx, json_object_has_member (object, "hours-before")
                                         ? "hours-before" : "hours-after",
                            GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("hours without food are given only for “empty-stomach”"));
      return FALSE;
    }

  n = json_array_get_length (array);
  if (n == 0)
    {
      guide_json_set_error (error, &ctx, "steps", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("the list is empty"));
      return FALSE;
    }

  steps = g_array_new (FALSE, TRUE, sizeof (GuideDoseStep));
  g_array_set_clear_func (steps, dose_step_clear);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      g_autofree char *step_entry = g_strdup_printf ("%s/steps/%s", entry, position);
      GuideJsonContext step_ctx = { ctx.file, step_entry };
      JsonObject *step_object = guide_json_array_get_object (array, i, "steps", &ctx, error);
      GuideDoseStep step = { NULL, 0, 0 };
      const char *amount;
      gint64 times = 0, days = 0;

      if (step_object == NULL ||
          !guide_json_check_members (step_object, step_members, &step_ctx, error) ||
          !guide_json_get_string (step_object, "amount", GUIDE_JSON_REQUIRED, &amount, &step_ctx, error) ||
          !guide_json_get_int (step_object, "times-a-day", GUIDE_JSON_REQUIRED, 1, 6, &times, &step_ctx, error) ||
          !guide_json_get_int (step_object, "days", GUIDE_JSON_OPTIONAL, 1, 366, &days, &step_ctx, error))
        return FALSE;

      /* Every step but the last lasts a number of days; the last goes on. */
      if ((days == 0) != (i == n - 1))
        {
          guide_json_set_error (error, &step_ctx, "days",
                                days == 0 ? GUIDE_DATA_ERROR_MISSING_FIELD
                                          : GUIDE_DATA_ERROR_INVALID_VALUE,
                                days == 0 ? _("every step but the last needs its number of days")
                                          : _("the last step goes on and has no number of days"));
          return FALSE;
        }

      step.amount = g_strdup (amount);
      step.times_a_day = times;
      step.days = days;
      g_array_append_val (steps, step);
    }

  self->dose = g_new0 (GuideTherapyDose, 1);
  self->dose->steps = g_steal_pointer (&steps);
  self->dose->trial_dose = trial_dose;
  self->dose->food = food;
  self->dose->hours_before = before;
  self->dose->hours_after = after;
  self->dose->notes = translate_list ((const char * const *) notes, &ctx,
                                      "Advice on how to take a medicine");
  self->dose->sources = g_steal_pointer (&ids);

  return TRUE;
}

static gboolean
read_trials (GuideTherapy           *self,
             JsonObject             *parent,
             GuideIdList            *sources,
             const GuideJsonContext *therapy_ctx,
             GError                **error)
{
  static const char * const members[] = { "id", "name", "description", "sources", NULL };
  JsonArray *array;
  guint n;

  if (!guide_json_get_array (parent, "trials", GUIDE_JSON_OPTIONAL, &array, therapy_ctx, error))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = guide_json_array_get_object (array, i, "trials", therapy_ctx, error);
      g_autofree char *entry = NULL;
      GuideJsonContext ctx = *therapy_ctx;
      GuideTherapyTrial *trial;
      const char *id, *name, *description;
      g_auto(GStrv) ids = NULL;

      if (object == NULL)
        return FALSE;

      entry = sub_entry (therapy_ctx, "trials", NULL);
      ctx.entry = entry;
      if (!guide_json_get_id (object, "id", &id, &ctx, error))
        return FALSE;

      g_free (entry);
      entry = sub_entry (therapy_ctx, "trials", id);
      ctx.entry = entry;
      if (!guide_json_check_members (object, members, &ctx, error) ||
          !guide_json_get_string (object, "name", GUIDE_JSON_OPTIONAL, &name, &ctx, error) ||
          !guide_json_get_string (object, "description", GUIDE_JSON_REQUIRED, &description, &ctx, error) ||
          !(ids = get_sources (object, "sources", TRUE, sources, &ctx, error)))
        return FALSE;

      if (guide_therapy_lookup_trial (self, id) != NULL)
        {
          guide_json_set_error (error, &ctx, "id", GUIDE_DATA_ERROR_DUPLICATE_ID,
                                _("this id is used twice"));
          return FALSE;
        }

      trial = g_new0 (GuideTherapyTrial, 1);
      trial->id = g_strdup (id);
      trial->name = g_strdup (name);
      trial->description = translate (description, &ctx,
                                      "A short description of a clinical trial: keep its "
                                      "phase, numbers and the names of places and authors "
                                      "as they are.");
      trial->sources = g_steal_pointer (&ids);
      g_ptr_array_add (self->trials, trial);
    }

  return TRUE;
}

/* A figure's value: digits, optionally a point and up to three more. */
static gboolean
parse_value (const char *value,
             double     *number,
             guint      *decimals)
{
  const char *point = strchr (value, '.');
  gsize len = strlen (value);
  gsize int_len = point ? (gsize) (point - value) : len;

  if (int_len == 0 || int_len > 6)
    return FALSE;
  for (gsize i = 0; i < int_len; i++)
    if (!g_ascii_isdigit (value[i]))
      return FALSE;

  *decimals = 0;
  if (point != NULL)
    {
      *decimals = len - int_len - 1;
      if (*decimals == 0 || *decimals > 3)
        return FALSE;
      for (const char *p = point + 1; *p; p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }

  *number = g_ascii_strtod (value, NULL);
  return TRUE;
}

static gboolean
read_figures (GuideTherapy           *self,
              JsonObject             *parent,
              GuideIdList            *sources,
              const GuideJsonContext *therapy_ctx,
              GError                **error)
{
  static const char * const members[] = {
    "id", "measure", "setting", "value", "unit", "n", "responders", "trials", "note", "sources", NULL
  };
  JsonArray *array;
  guint n;

  if (!guide_json_get_array (parent, "figures", GUIDE_JSON_OPTIONAL, &array, therapy_ctx, error))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = guide_json_array_get_object (array, i, "figures", therapy_ctx, error);
      g_autofree char *entry = NULL;
      GuideJsonContext ctx = *therapy_ctx;
      GuideTherapyFigure *figure;
      const char *id, *value, *note;
      int measure = -1, setting = GUIDE_SETTING_ANY, unit = -1;
      gint64 patients = -1, responders = -1;
      double number = 0;
      guint decimals = 0;
      g_auto(GStrv) trials = NULL;
      g_auto(GStrv) ids = NULL;

      if (object == NULL)
        return FALSE;

      entry = sub_entry (therapy_ctx, "figures", NULL);
      ctx.entry = entry;
      if (!guide_json_get_id (object, "id", &id, &ctx, error))
        return FALSE;

      g_free (entry);
      entry = sub_entry (therapy_ctx, "figures", id);
      ctx.entry = entry;
      if (!guide_json_check_members (object, members, &ctx, error) ||
          !get_enum (object, "measure", GUIDE_JSON_REQUIRED, measure_names, &measure, &ctx, error) ||
          !get_enum (object, "setting", GUIDE_JSON_OPTIONAL, setting_names, &setting, &ctx, error) ||
          !guide_json_get_string (object, "value", GUIDE_JSON_REQUIRED, &value, &ctx, error) ||
          !get_enum (object, "unit", GUIDE_JSON_REQUIRED, unit_names, &unit, &ctx, error) ||
          !guide_json_get_int (object, "n", GUIDE_JSON_OPTIONAL, 1, 1000000, &patients, &ctx, error) ||
          !guide_json_get_int (object, "responders", GUIDE_JSON_OPTIONAL, 0, 1000000, &responders, &ctx, error) ||
          !(trials = guide_json_get_string_list (object, "trials", GUIDE_JSON_OPTIONAL, &ctx, error)) ||
          !guide_json_get_string (object, "note", GUIDE_JSON_OPTIONAL, &note, &ctx, error) ||
          !(ids = get_sources (object, "sources", TRUE, sources, &ctx, error)))
        return FALSE;

      if (guide_therapy_lookup_figure (self, id) != NULL)
        {
          guide_json_set_error (error, &ctx, "id", GUIDE_DATA_ERROR_DUPLICATE_ID,
                                _("this id is used twice"));
          return FALSE;
        }

      if (!parse_value (value, &number, &decimals))
        {
          guide_json_set_error (error, &ctx, "value", GUIDE_DATA_ERROR_INVALID_VALUE,
                                /* Translators: %s is the value found in the file */
                                _("“%s” is not a number written like 72 or 19.0"), value);
          return FALSE;
        }
      if (unit == GUIDE_UNIT_PERCENT && number > 100)
        {
          guide_json_set_error (error, &ctx, "value", GUIDE_DATA_ERROR_INVALID_VALUE,
                                _("a percentage cannot be more than 100"));
          return FALSE;
        }
      if (responders >= 0 && (patients < 0 || responders > patients))
        {
          guide_json_set_error (error, &ctx, "responders", GUIDE_DATA_ERROR_INVALID_VALUE,
                                patients < 0 ? _("responders are given only with “n”")
                                             : _("more responders than patients"));
          return FALSE;
        }
      for (guint j = 0; trials[j] != NULL; j++)
        {
          if (guide_therapy_lookup_trial (self, trials[j]) == NULL)
            {
              guide_json_set_error (error, &ctx, "trials", GUIDE_DATA_ERROR_BAD_REFERENCE,
                                    /* Translators: %s is the id of a trial */
                                    _("the trial “%s” is not among this medicine’s trials"),
                                    trials[j]);
              return FALSE;
            }
        }

      figure = g_new0 (GuideTherapyFigure, 1);
      figure->id = g_strdup (id);
      figure->measure = measure;
      figure->setting = setting;
      figure->value = g_strdup (value);
      figure->number = number;
      figure->decimals = decimals;
      figure->unit = unit;
      figure->n = patients;
      figure->responders = responders;
      figure->trials = g_steal_pointer (&trials);
      figure->note = translate (note, &ctx,
                                "A note on a trial figure (a response rate or a time), shown "
                                "beside it: keep medicine and trial names as they are.");
      figure->sources = g_steal_pointer (&ids);
      g_ptr_array_add (self->figures, figure);
    }

  return TRUE;
}

static gboolean
read_facts (JsonObject             *parent,
            const char             *member,
            GuideIdList            *sources,
            GuideTherapyFacts     **facts,
            const char             *comment,
            const char             *note_comment,
            const GuideJsonContext *therapy_ctx,
            GError                **error)
{
  static const char * const members[] = { "items", "note", "sources", NULL };
  g_autofree char *entry = sub_entry (therapy_ctx, member, NULL);
  GuideJsonContext ctx = *therapy_ctx;
  JsonObject *object;
  const char *note;
  g_auto(GStrv) items = NULL;
  g_auto(GStrv) ids = NULL;

  if (!guide_json_get_object (parent, member, GUIDE_JSON_OPTIONAL, &object, therapy_ctx, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  ctx.entry = entry;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !(items = guide_json_get_string_list (object, "items", GUIDE_JSON_REQUIRED, &ctx, error)) ||
      !check_not_blank_list ((const char * const *) items, "items", &ctx, error) ||
      !guide_json_get_string (object, "note", GUIDE_JSON_OPTIONAL, &note, &ctx, error) ||
      !(ids = get_sources (object, "sources", TRUE, sources, &ctx, error)))
    return FALSE;

  *facts = g_new0 (GuideTherapyFacts, 1);
  (*facts)->items = translate_list ((const char * const *) items, &ctx, comment);
  (*facts)->note = translate (note, &ctx, note_comment);
  (*facts)->sources = g_steal_pointer (&ids);

  return TRUE;
}

/* Makes a therapy from one entry of therapies.json. @sources is the list
 * of sources its ids must name. */
GuideTherapy *
guide_therapy_new_from_json (JsonObject             *object,
                             GuideIdList            *sources,
                             const GuideJsonContext *parent_ctx,
                             GError                **error)
{
  static const char * const members[] = {
    "id", "name", "brands", "maker", "names-sources", "use", "article", "regulatory",
    "settings", "dose", "trials", "figures", "brain", "g2032r", "side-effects",
    "warnings", "interactions", "notes", NULL
  };
  g_autoptr(GuideTherapy) self = NULL;
  GuideJsonContext ctx = *parent_ctx;
  const char *id, *name, *maker, *article;
  g_auto(GStrv) brands = NULL;
  g_auto(GStrv) names_sources = NULL;
  gboolean seen_settings[GUIDE_N_SETTINGS] = { FALSE, };
  JsonArray *regulatory, *settings;
  int use = -1;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (GUIDE_IS_ID_LIST (sources), NULL);

  if (!guide_json_get_id (object, "id", &id, &ctx, error))
    return NULL;

  self = g_object_new (GUIDE_TYPE_THERAPY, NULL);
  self->id = g_strdup (id);
  ctx.entry = self->id;

  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_string (object, "name", GUIDE_JSON_REQUIRED, &name, &ctx, error) ||
      !(brands = guide_json_get_string_list (object, "brands", GUIDE_JSON_OPTIONAL, &ctx, error)) ||
      !guide_json_get_string (object, "maker", GUIDE_JSON_OPTIONAL, &maker, &ctx, error) ||
      !get_enum (object, "use", GUIDE_JSON_REQUIRED, use_names, &use, &ctx, error) ||
      !guide_json_get_string (object, "article", GUIDE_JSON_OPTIONAL, &article, &ctx, error) ||
      !guide_json_get_array (object, "regulatory", GUIDE_JSON_REQUIRED, &regulatory, &ctx, error) ||
      !guide_json_get_array (object, "settings", GUIDE_JSON_REQUIRED, &settings, &ctx, error))
    return NULL;

  /* Brand names and the maker are facts too, and need their source. */
  names_sources = get_sources (object, "names-sources", brands[0] != NULL || maker != NULL,
                               sources, &ctx, error);
  if (names_sources == NULL)
    return NULL;

  if (article != NULL && !guide_id_is_valid (article))
    {
      guide_json_set_error (error, &ctx, "article", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("“%s” is not a valid identifier (use a-z, 0-9, - and _)"), article);
      return NULL;
    }

  self->name = g_strdup (name);
  self->brands = g_steal_pointer (&brands);
  self->maker = g_strdup (maker);
  self->names_sources = g_steal_pointer (&names_sources);
  self->use = use;
  self->article = g_strdup (article);

  for (guint i = 0; i < json_array_get_length (regulatory); i++)
    {
      JsonObject *entry = guide_json_array_get_object (regulatory, i, "regulatory", &ctx, error);

      if (entry == NULL || !read_approval (self, entry, sources, &ctx, i, error))
        return NULL;
    }
  for (GuideRegion region = GUIDE_REGION_FDA; region <= GUIDE_REGION_EMA; region++)
    {
      if (self->approvals[region] == NULL)
        {
          guide_json_set_error (error, &ctx, "regulatory", GUIDE_DATA_ERROR_MISSING_FIELD,
                                /* Translators: %s is "fda" or "ema" */
                                _("the status for “%s” is missing"), region_names[region].name);
          return NULL;
        }
    }

  for (guint i = 0; i < json_array_get_length (settings); i++)
    {
      JsonObject *entry = guide_json_array_get_object (settings, i, "settings", &ctx, error);

      if (entry == NULL || !read_study (self, entry, sources, &ctx, seen_settings, i, error))
        return NULL;
    }
  for (GuideSetting setting = GUIDE_SETTING_NO_PRIOR_ROS1; setting < GUIDE_N_SETTINGS; setting++)
    {
      if (!seen_settings[setting])
        {
          guide_json_set_error (error, &ctx, "settings", GUIDE_DATA_ERROR_MISSING_FIELD,
                                /* Translators: %s is "no-prior-ros1" or "after-ros1" */
                                _("the setting “%s” is missing"),
                                setting == GUIDE_SETTING_NO_PRIOR_ROS1 ? "no-prior-ros1"
                                                                       : "after-ros1");
          return NULL;
        }
    }

  if (!read_dose (self, object, sources, &ctx, error) ||
      !read_trials (self, object, sources, &ctx, error) ||
      !read_figures (self, object, sources, &ctx, error) ||
      !read_activity (object, "brain", sources, &self->brain, &ctx, error) ||
      !read_activity (object, "g2032r", sources, &self->g2032r, &ctx, error) ||
      !read_facts (object, "side-effects", sources, &self->side_effects,
                   "A common side effect of a medicine, in plain words. Short ones are also "
                   "offered as choices in the patient's side-effect log.",
                   "A note under a medicine's list of common side effects: keep every number "
                   "and figure as it is.", &ctx, error) ||
      !read_facts (object, "warnings", sources, &self->warnings,
                   "A serious warning about a medicine: keep every number, figure and "
                   "medical name as it is.",
                   "A note under a medicine's list of serious warnings.", &ctx, error) ||
      !read_facts (object, "interactions", sources, &self->interactions,
                   "A medicine, food or remedy that interacts with a medicine: keep the "
                   "names of medicines and enzymes (CYP3A) as they are.",
                   "A note under a medicine's list of interactions.", &ctx, error) ||
      !read_facts (object, "notes", sources, &self->notes,
                   "A note about a medicine, shown in its details: keep the names of "
                   "medicines and of guideline bodies (ASCO, Ontario Health) as they are.",
                   "A note under a medicine's other notes.", &ctx, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Reads therapies.json into a list of GuideTherapy. @as_of, if given, is
 * set to the date the data was last checked (YYYY-MM-DD). */
GuideIdList *
guide_therapy_load_list (GFile        *file,
                         GuideIdList  *sources,
                         char        **as_of,
                         GError      **error)
{
  static const char * const members[] = { "as-of", "therapies", NULL };
  g_autoptr(GuideIdList) list = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = NULL;
  GuideJsonContext ctx = { NULL, NULL };
  const char *date;
  JsonObject *object;
  JsonArray *array;
  guint n;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (GUIDE_IS_ID_LIST (sources), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = guide_json_load (file, &name, error);
  if (root == NULL)
    return NULL;

  ctx.file = name;
  if (!(object = guide_json_root_object (root, &ctx, error)) ||
      !guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_date (object, "as-of", GUIDE_JSON_REQUIRED, &date, &ctx, error) ||
      !guide_json_get_array (object, "therapies", GUIDE_JSON_REQUIRED, &array, &ctx, error))
    return NULL;

  list = guide_id_list_new (GUIDE_TYPE_THERAPY);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = guide_json_array_get_object (array, i, "therapies", &ctx, error);
      GuideTherapy *therapy;

      if (entry == NULL)
        return NULL;

      therapy = guide_therapy_new_from_json (entry, sources, &ctx, error);
      if (therapy == NULL)
        return NULL;

      if (guide_id_list_lookup (list, therapy->id) != NULL)
        {
          GuideJsonContext entry_ctx = { ctx.file, therapy->id };

          guide_json_set_error (error, &entry_ctx, "id", GUIDE_DATA_ERROR_DUPLICATE_ID,
                                _("this id is used twice"));
          g_object_unref (therapy);
          return NULL;
        }

      if (!guide_id_list_append (list, therapy, &ctx, error))
        return NULL;
    }

  if (as_of != NULL)
    *as_of = g_strdup (date);

  return g_steal_pointer (&list);
}

/* Getters */

const char *
guide_therapy_get_id (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->id;
}

const char *
guide_therapy_get_name (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->name;
}

/* Brand names; empty when the guide's sources do not give one. */
const char * const *
guide_therapy_get_brands (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return (const char * const *) self->brands;
}

/* The maker, or NULL when not known. */
const char *
guide_therapy_get_maker (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->maker;
}

/* The sources for the brand names and the maker. */
const char * const *
guide_therapy_get_names_sources (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return (const char * const *) self->names_sources;
}

GuideTherapyUse
guide_therapy_get_use (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), GUIDE_THERAPY_USE_OFF_LABEL);
  return self->use;
}

/* The id of the handbook topic that tells more, or NULL. The topic may
 * not be in the handbook (yet): look it up before linking to it. */
const char *
guide_therapy_get_article (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->article;
}

/* The status for @region; never NULL for the FDA and the EMA. */
const GuideTherapyApproval *
guide_therapy_get_approval (GuideTherapy *self,
                            GuideRegion   region)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  g_return_val_if_fail (region < GUIDE_N_REGIONS, NULL);
  return self->approvals[region];
}

/* Whether it is approved for ROS1 in the United States or the EU. */
gboolean
guide_therapy_is_approved (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), FALSE);

  return self->approvals[GUIDE_REGION_FDA]->status == GUIDE_APPROVAL_APPROVED ||
         self->approvals[GUIDE_REGION_EMA]->status == GUIDE_APPROVAL_APPROVED;
}

const GuideTherapyStudy *
guide_therapy_get_study (GuideTherapy *self,
                         GuideSetting  setting)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  g_return_val_if_fail (setting == GUIDE_SETTING_NO_PRIOR_ROS1 ||
                        setting == GUIDE_SETTING_AFTER_ROS1, NULL);
  return &self->studies[setting];
}

/* The dose, or NULL when not known. */
const GuideTherapyDose *
guide_therapy_get_dose (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->dose;
}

guint
guide_therapy_get_n_trials (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), 0);
  return self->trials->len;
}

const GuideTherapyTrial *
guide_therapy_get_trial (GuideTherapy *self,
                         guint         index)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  g_return_val_if_fail (index < self->trials->len, NULL);
  return g_ptr_array_index (self->trials, index);
}

const GuideTherapyTrial *
guide_therapy_lookup_trial (GuideTherapy *self,
                            const char   *id)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);

  for (guint i = 0; id != NULL && i < self->trials->len; i++)
    {
      GuideTherapyTrial *trial = g_ptr_array_index (self->trials, i);

      if (g_str_equal (trial->id, id))
        return trial;
    }

  return NULL;
}

guint
guide_therapy_get_n_figures (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), 0);
  return self->figures->len;
}

const GuideTherapyFigure *
guide_therapy_get_figure (GuideTherapy *self,
                          guint         index)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);
  return g_ptr_array_index (self->figures, index);
}

const GuideTherapyFigure *
guide_therapy_lookup_figure (GuideTherapy *self,
                             const char   *id)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);

  for (guint i = 0; id != NULL && i < self->figures->len; i++)
    {
      GuideTherapyFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_str_equal (figure->id, id))
        return figure;
    }

  return NULL;
}

const GuideTherapyActivityInfo *
guide_therapy_get_brain (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return &self->brain;
}

const GuideTherapyActivityInfo *
guide_therapy_get_g2032r (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return &self->g2032r;
}

/* The lists below are NULL when the guide's sources do not give them. */
const GuideTherapyFacts *
guide_therapy_get_side_effects (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->side_effects;
}

const GuideTherapyFacts *
guide_therapy_get_warnings (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->warnings;
}

const GuideTherapyFacts *
guide_therapy_get_interactions (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->interactions;
}

const GuideTherapyFacts *
guide_therapy_get_notes (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  return self->notes;
}

static void
add_ids (GPtrArray          *ids,
         const char * const *more)
{
  for (guint i = 0; more != NULL && more[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (ids, more[i], g_str_equal, NULL))
      g_ptr_array_add (ids, g_strdup (more[i]));
}

/* Every source the therapy cites, each once, in the order a reader meets
 * them: names, approvals, settings, dose, trials, figures, brain, G2032R,
 * side effects, warnings, interactions, notes. */
GStrv
guide_therapy_dup_cited_sources (GuideTherapy *self)
{
  GPtrArray *ids;
  GuideTherapyFacts *lists[4];

  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);

  ids = g_ptr_array_new ();
  add_ids (ids, (const char * const *) self->names_sources);
  for (guint i = 0; i < GUIDE_N_REGIONS; i++)
    if (self->approvals[i] != NULL)
      add_ids (ids, (const char * const *) self->approvals[i]->sources);
  for (guint i = GUIDE_SETTING_NO_PRIOR_ROS1; i < GUIDE_N_SETTINGS; i++)
    add_ids (ids, (const char * const *) self->studies[i].sources);
  if (self->dose != NULL)
    add_ids (ids, (const char * const *) self->dose->sources);
  for (guint i = 0; i < self->trials->len; i++)
    add_ids (ids, (const char * const *) ((GuideTherapyTrial *) g_ptr_array_index (self->trials, i))->sources);
  for (guint i = 0; i < self->figures->len; i++)
    add_ids (ids, (const char * const *) ((GuideTherapyFigure *) g_ptr_array_index (self->figures, i))->sources);
  add_ids (ids, (const char * const *) self->brain.sources);
  add_ids (ids, (const char * const *) self->g2032r.sources);

  lists[0] = self->side_effects;
  lists[1] = self->warnings;
  lists[2] = self->interactions;
  lists[3] = self->notes;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != NULL)
      add_ids (ids, (const char * const *) lists[i]->sources);

  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (ids, FALSE);
}

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

/* Whether @text (any case) is part of the name, a brand, the maker or a
 * trial's name. Empty text matches everything. */
gboolean
guide_therapy_matches (GuideTherapy *self,
                       const char   *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *needle = NULL;

  g_return_val_if_fail (GUIDE_IS_THERAPY (self), FALSE);

  if (text == NULL)
    return TRUE;

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return TRUE;

  needle = g_utf8_casefold (stripped, -1);
  if (contains_folded (self->name, needle) || contains_folded (self->maker, needle))
    return TRUE;
  for (guint i = 0; self->brands[i] != NULL; i++)
    if (contains_folded (self->brands[i], needle))
      return TRUE;
  for (guint i = 0; i < self->trials->len; i++)
    if (contains_folded (((GuideTherapyTrial *) g_ptr_array_index (self->trials, i))->name, needle))
      return TRUE;

  return FALSE;
}

/* Text for readers */

char *
guide_therapy_format_brands (GuideTherapy *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);

  if (self->brands[0] == NULL)
    return NULL;

  /* Translators: between the items of a short list: the numbers of
   * sources ("1, 2"), trial names, brand names */
  return g_strjoinv (C_("list", ", "), self->brands);
}

/* "11 March 2016" for an approval, else a short phrase: "not approved for
 * ROS1", "under FDA review". */
char *
guide_therapy_format_approval (GuideTherapy *self,
                               GuideRegion   region)
{
  const GuideTherapyApproval *approval;

  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  g_return_val_if_fail (region < GUIDE_N_REGIONS, NULL);

  approval = self->approvals[region];
  if (approval == NULL)
    return NULL;

  switch (approval->status)
    {
    case GUIDE_APPROVAL_APPROVED:
      return guide_date_format (approval->date);
    case GUIDE_APPROVAL_UNDER_REVIEW:
      if (region == GUIDE_REGION_FDA)
        return g_strdup (_("under FDA review"));
      if (region == GUIDE_REGION_EMA)
        return g_strdup (_("under EU review"));
      return g_strdup (_("under review in China"));
    case GUIDE_APPROVAL_INVESTIGATIONAL:
      return g_strdup (_("investigational, not approved"));
    case GUIDE_APPROVAL_NOT_CONFIRMED:
      return g_strdup (_("not confirmed"));
    case GUIDE_APPROVAL_NOT_APPROVED:
    default:
      return g_strdup (_("not approved for ROS1"));
    }
}

static char *
format_step (const GuideDoseStep *step)
{
  g_autofree char *per_day = NULL;

  if (step->times_a_day == 1)
    /* Translators: %s is an amount of medicine, such as "250 mg" */
    per_day = g_strdup_printf (C_("dose", "%s once a day"), step->amount);
  else if (step->times_a_day == 2)
    /* Translators: %s is an amount of medicine, such as "250 mg" */
    per_day = g_strdup_printf (C_("dose", "%s twice a day"), step->amount);
  else
    per_day = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is an amount of medicine,
                                             * %u how many times a day it is taken */
                                            "%s %u time a day", "%s %u times a day",
                                            step->times_a_day),
                               step->amount, step->times_a_day);

  if (step->days == 0)
    return g_steal_pointer (&per_day);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is a dose such as "160 mg once a
                                        * day", %u a number of days */
                                       "%s for the first %u day", "%s for the first %u days",
                                       step->days),
                          per_day, step->days);
}

/* "250 mg twice a day", "160 mg once a day for the first 14 days, then
 * 160 mg twice a day". */
char *
guide_therapy_format_dose (GuideTherapy *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);

  if (self->dose == NULL)
    return NULL;

  for (guint i = 0; i < self->dose->steps->len; i++)
    {
      g_autofree char *step = format_step (&g_array_index (self->dose->steps, GuideDoseStep, i));

      if (text == NULL)
        text = g_steal_pointer (&step);
      else
        {
          /* Translators: two steps of a dose, the first before the second */
          char *joined = g_strdup_printf (C_("dose", "%s, then %s"), text, step);

          g_free (text);
          text = joined;
        }
    }

  if (self->dose->trial_dose)
    {
      /* Translators: %s is a dose; it is the one a clinical trial used */
      char *marked = g_strdup_printf (_("%s (the dose used in the trial)"), text);

      g_free (text);
      text = marked;
    }

  return g_steal_pointer (&text);
}

/* "with or without food", "on an empty stomach (nothing to eat 2 hours
 * before and 2 hours after)", or NULL when not known. */
char *
guide_therapy_format_food (GuideTherapy *self)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);

  if (self->dose == NULL)
    return NULL;

  switch (self->dose->food)
    {
    case GUIDE_FOOD_ANY:
      return g_strdup (_("with or without food"));

    case GUIDE_FOOD_EMPTY_STOMACH:
      before = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours",
                                             self->dose->hours_before),
                                self->dose->hours_before);
      after = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours",
                                            self->dose->hours_after),
                               self->dose->hours_after);
      /* Translators: each %s is a time such as "2 hours" */
      return g_strdup_printf (_("on an empty stomach (nothing to eat %s before and %s after)"),
                              before, after);

    case GUIDE_FOOD_NOT_KNOWN:
    default:
      return NULL;
    }
}

/* The value exactly as written in the data ("19.2"), in every language:
 * figures read the same everywhere, as do the numbers of the articles,
 * which translators keep as written. */
static char *
format_number (const GuideTherapyFigure *figure)
{
  return g_strdup (figure->value);
}

/* "72%", "19.2 months". */
char *
guide_therapy_format_figure (const GuideTherapyFigure *figure)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  number = format_number (figure);
  if (figure->unit == GUIDE_UNIT_PERCENT)
    /* Translators: a percentage; %s is a number such as 72 or 88.8 */
    return g_strdup_printf (C_("percent", "%s%%"), number);

  /* Translators: a median time; %s is a number of months such as 19.2 */
  return g_strdup_printf (C_("months", "%s months"), number);
}

/* "10 of 17" (responders of patients), or NULL when not given. */
char *
guide_therapy_format_count (const GuideTherapyFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);

  if (figure->responders < 0 || figure->n < 0)
    return NULL;

  /* Translators: responders of patients, such as "10 of 17" */
  return g_strdup_printf (C_("responders", "%d of %d"), figure->responders, figure->n);
}

/* Expands the KEY of a {{therapy:ID:KEY}} placeholder: name, brands,
 * maker, fda, ema, dose, food, FIGURE-ID, FIGURE-ID:n and
 * FIGURE-ID:count. Returns NULL for an unknown key or a value the data
 * does not have, so that the placeholder is reported, not filled with a
 * guess. */
char *
guide_therapy_resolve (GuideTherapy *self,
                       const char   *key)
{
  const GuideTherapyFigure *figure;
  g_autofree char *figure_id = NULL;
  const char *colon;

  g_return_val_if_fail (GUIDE_IS_THERAPY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (g_str_equal (key, "name"))
    return g_strdup (self->name);
  if (g_str_equal (key, "brands"))
    return guide_therapy_format_brands (self);
  if (g_str_equal (key, "maker"))
    return g_strdup (self->maker);
  if (g_str_equal (key, "fda"))
    return guide_therapy_format_approval (self, GUIDE_REGION_FDA);
  if (g_str_equal (key, "ema"))
    return guide_therapy_format_approval (self, GUIDE_REGION_EMA);
  if (g_str_equal (key, "dose"))
    return guide_therapy_format_dose (self);
  if (g_str_equal (key, "food"))
    return guide_therapy_format_food (self);

  colon = strchr (key, ':');
  figure_id = colon ? g_strndup (key, colon - key) : g_strdup (key);
  figure = guide_therapy_lookup_figure (self, figure_id);
  if (figure == NULL)
    return NULL;

  if (colon == NULL)
    return guide_therapy_format_figure (figure);
  if (g_str_equal (colon + 1, "n"))
    return figure->n >= 0 ? g_strdup_printf ("%d", figure->n) : NULL;
  if (g_str_equal (colon + 1, "count"))
    return guide_therapy_format_count (figure);

  return NULL;
}
