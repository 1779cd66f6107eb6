/* guide-side-effect.c - one entry of the patient's side-effect log
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the patient noted: when (a date, or nothing), what (one of the
 * common side effects of the medicines, or their own words), how bad (in
 * plain words, grades 1 to 4) and anything else. Text is never NULL: an
 * empty field is "".
 */
#define G_LOG_DOMAIN "guide-side-effect"

#include <glib/gi18n.h>

#include "guide-side-effect.h"

struct _GuideSideEffect
{
  GObject        parent_instance;

  char          *date;
  char          *symptom;
  GuideSeverity  severity;
  char          *notes;
};

G_DEFINE_FINAL_TYPE (GuideSideEffect, guide_side_effect, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_SYMPTOM,
  PROP_SEVERITY,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_side_effect_finalize (GObject *object)
{
  GuideSideEffect *self = (GuideSideEffect *) object;

  g_free (self->date);
  g_free (self->symptom);
  g_free (self->notes);

  G_OBJECT_CLASS (guide_side_effect_parent_class)->finalize (object);
}

static void
guide_side_effect_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GuideSideEffect *self = GUIDE_SIDE_EFFECT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_SYMPTOM:
      g_value_set_string (value, self->symptom);
      break;
    case PROP_SEVERITY:
      g_value_set_uint (value, self->severity);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_side_effect_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GuideSideEffect *self = GUIDE_SIDE_EFFECT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      guide_side_effect_set_date (self, g_value_get_string (value));
      break;
    case PROP_SYMPTOM:
      guide_side_effect_set_symptom (self, g_value_get_string (value));
      break;
    case PROP_SEVERITY:
      guide_side_effect_set_severity (self, g_value_get_uint (value));
      break;
    case PROP_NOTES:
      guide_side_effect_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_side_effect_class_init (GuideSideEffectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_side_effect_finalize;
  object_class->get_property = guide_side_effect_get_property;
  object_class->set_property = guide_side_effect_set_property;

  /* YYYY-MM-DD, or "" when not given. */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMPTOM] =
    g_param_spec_string ("symptom", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A GuideSeverity: 0 when not rated, else the grade 1 to 4. */
  properties[PROP_SEVERITY] =
    g_param_spec_uint ("severity", NULL, NULL, 0, GUIDE_SEVERITY_MAX, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_side_effect_init (GuideSideEffect *self)
{
  self->date = g_strdup ("");
  self->symptom = g_strdup ("");
  self->notes = g_strdup ("");
}

GuideSideEffect *
guide_side_effect_new (const char    *date,
                       const char    *symptom,
                       GuideSeverity  severity,
                       const char    *notes)
{
  GuideSideEffect *self = g_object_new (GUIDE_TYPE_SIDE_EFFECT, NULL);

  /* The setters ignore NULL, so that a missing value stays "". */
  guide_side_effect_set_date (self, date);
  guide_side_effect_set_symptom (self, symptom);
  guide_side_effect_set_severity (self, severity);
  guide_side_effect_set_notes (self, notes);

  return self;
}

static void
set_text (GuideSideEffect *self,
          char           **field,
          const char      *value,
          int              prop)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
guide_side_effect_get_date (GuideSideEffect *self)
{
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (self), NULL);
  return self->date;
}

void
guide_side_effect_set_date (GuideSideEffect *self,
                            const char      *date)
{
  g_return_if_fail (GUIDE_IS_SIDE_EFFECT (self));
  set_text (self, &self->date, date, PROP_DATE);
}

const char *
guide_side_effect_get_symptom (GuideSideEffect *self)
{
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (self), NULL);
  return self->symptom;
}

void
guide_side_effect_set_symptom (GuideSideEffect *self,
                               const char      *symptom)
{
  g_return_if_fail (GUIDE_IS_SIDE_EFFECT (self));
  set_text (self, &self->symptom, symptom, PROP_SYMPTOM);
}

GuideSeverity
guide_side_effect_get_severity (GuideSideEffect *self)
{
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (self), GUIDE_SEVERITY_NONE);
  return self->severity;
}

void
guide_side_effect_set_severity (GuideSideEffect *self,
                                GuideSeverity    severity)
{
  g_return_if_fail (GUIDE_IS_SIDE_EFFECT (self));
  g_return_if_fail (severity <= GUIDE_SEVERITY_MAX);

  if (self->severity == severity)
    return;

  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

const char *
guide_side_effect_get_notes (GuideSideEffect *self)
{
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (self), NULL);
  return self->notes;
}

void
guide_side_effect_set_notes (GuideSideEffect *self,
                             const char      *notes)
{
  g_return_if_fail (GUIDE_IS_SIDE_EFFECT (self));
  set_text (self, &self->notes, notes, PROP_NOTES);
}

gboolean
guide_side_effect_equal (GuideSideEffect *a,
                         GuideSideEffect *b)
{
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (a), FALSE);
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (b), FALSE);

  return g_str_equal (a->date, b->date) &&
         g_str_equal (a->symptom, b->symptom) &&
         a->severity == b->severity &&
         g_str_equal (a->notes, b->notes);
}

static const struct
{
  const char *label;
  const char *description;
} severities[] = {
  /* Translators: a side effect the patient has not rated */
  { N_("Not rated"),
    /* Translators: says that a side effect has no severity given */
    N_("How bad it was is not written down") },
  /* Translators: severity grade 1 of 4 of a side effect, in plain words */
  { N_("Mild"),
    /* Translators: what severity grade 1 means, in the patient's own words */
    N_("I notice it, but I can do my usual things") },
  /* Translators: severity grade 2 of 4 of a side effect, in plain words */
  { N_("Moderate"),
    /* Translators: what severity grade 2 means, in the patient's own words */
    N_("It gets in the way of some everyday things") },
  /* Translators: severity grade 3 of 4 of a side effect, in plain words */
  { N_("Severe"),
    /* Translators: what severity grade 3 means, in the patient's own words */
    N_("I cannot do my usual things, or I need help") },
  /* Translators: severity grade 4 of 4 of a side effect, in plain words */
  { N_("Very severe"),
    /* Translators: what severity grade 4 means, in the patient's own words */
    N_("I needed urgent medical help") },
};

/* The severity in plain words, translated. */
const char *
guide_severity_get_label (GuideSeverity severity)
{
  g_return_val_if_fail (severity <= GUIDE_SEVERITY_MAX, NULL);
  return _(severities[severity].label);
}

/* What the severity means, in the patient's words, translated. */
const char *
guide_severity_get_description (GuideSeverity severity)
{
  g_return_val_if_fail (severity <= GUIDE_SEVERITY_MAX, NULL);
  return _(severities[severity].description);
}
