/* guide-visit-summary.c - what the patient prepares for a doctor visit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model behind the "My visit" page, with no widgets: the current
 * therapy, the therapies to discuss, the side-effect log, the questions,
 * notes, an optional name and visit date, and what to print. "changed" is
 * emitted after anything changes, the log's entries included, so that
 * the store can save.
 *
 * Saved as JSON, read back with the same checks as the guide's own data
 * files (guide-json.*):
 *
 *   { "version": 1,
 *     "name": "", "visit-date": "2026-12-03",
 *     "therapy": "crizotinib", "therapy-other": "", "therapy-since": "2025-03",
 *     "dose": "250 mg twice a day",
 *     "discuss": ["repotrectinib"],
 *     "side-effects": [ { "date": "2026-11-20", "symptom": "Nausea",
 *                         "severity": 2, "notes": "" } ],
 *     "questions": ["question-id"], "own-questions": ["My own question"],
 *     "notes": "",
 *     "print": { "therapy-facts": true, "discuss": true, "side-effects": true,
 *                "questions": true, "notes": true, "sources": true } }
 *
 * "discuss" is missing until the patient (or the grid's comparison) has
 * chosen; an empty list is a choice. Unknown fields, wrong types and any
 * version but this one are errors: a file the guide does not understand
 * is never half read and then saved over.
 */
#define G_LOG_DOMAIN "guide-visit-summary"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-json.h"
#include "guide-visit-summary.h"

struct _GuideVisitSummary
{
  GObject         parent_instance;

  char           *name;
  char           *visit_date;
  char           *therapy;
  char           *therapy_other;
  char           *therapy_since;
  char           *dose;
  GStrv           discuss;        /* NULL until chosen */
  GListStore     *side_effects;
  GStrv           questions;
  GStrv           own_questions;
  char           *notes;
  GuideVisitPart  print_parts;
};

G_DEFINE_FINAL_TYPE (GuideVisitSummary, guide_visit_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VISIT_DATE,
  PROP_THERAPY,
  PROP_THERAPY_OTHER,
  PROP_THERAPY_SINCE,
  PROP_DOSE,
  PROP_DISCUSS,
  PROP_QUESTIONS,
  PROP_OWN_QUESTIONS,
  PROP_NOTES,
  PROP_PRINT_PARTS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct
{
  GuideVisitPart  part;
  const char     *key;
} print_keys[] = {
  { GUIDE_VISIT_PART_THERAPY_FACTS, "therapy-facts" },
  { GUIDE_VISIT_PART_DISCUSS, "discuss" },
  { GUIDE_VISIT_PART_SIDE_EFFECTS, "side-effects" },
  { GUIDE_VISIT_PART_QUESTIONS, "questions" },
  { GUIDE_VISIT_PART_NOTES, "notes" },
  { GUIDE_VISIT_PART_SOURCES, "sources" },
};

static void
emit_changed (GuideVisitSummary *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
notify_changed (GuideVisitSummary *self,
                int                prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  emit_changed (self);
}

static void
guide_visit_summary_finalize (GObject *object)
{
  GuideVisitSummary *self = (GuideVisitSummary *) object;

  g_free (self->name);
  g_free (self->visit_date);
  g_free (self->therapy);
  g_free (self->therapy_other);
  g_free (self->therapy_since);
  g_free (self->dose);
  g_strfreev (self->discuss);
  g_clear_object (&self->side_effects);
  g_strfreev (self->questions);
  g_strfreev (self->own_questions);
  g_free (self->notes);

  G_OBJECT_CLASS (guide_visit_summary_parent_class)->finalize (object);
}

static void
guide_visit_summary_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GuideVisitSummary *self = GUIDE_VISIT_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_VISIT_DATE:
      g_value_set_string (value, self->visit_date);
      break;
    case PROP_THERAPY:
      g_value_set_string (value, self->therapy);
      break;
    case PROP_THERAPY_OTHER:
      g_value_set_string (value, self->therapy_other);
      break;
    case PROP_THERAPY_SINCE:
      g_value_set_string (value, self->therapy_since);
      break;
    case PROP_DOSE:
      g_value_set_string (value, self->dose);
      break;
    case PROP_DISCUSS:
      g_value_set_boxed (value, self->discuss);
      break;
    case PROP_QUESTIONS:
      g_value_set_boxed (value, self->questions);
      break;
    case PROP_OWN_QUESTIONS:
      g_value_set_boxed (value, self->own_questions);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_PRINT_PARTS:
      g_value_set_uint (value, self->print_parts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_visit_summary_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GuideVisitSummary *self = GUIDE_VISIT_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      guide_visit_summary_set_name (self, g_value_get_string (value));
      break;
    case PROP_VISIT_DATE:
      guide_visit_summary_set_visit_date (self, g_value_get_string (value));
      break;
    case PROP_THERAPY:
      guide_visit_summary_set_therapy (self, g_value_get_string (value));
      break;
    case PROP_THERAPY_OTHER:
      guide_visit_summary_set_therapy_other (self, g_value_get_string (value));
      break;
    case PROP_THERAPY_SINCE:
      guide_visit_summary_set_therapy_since (self, g_value_get_string (value));
      break;
    case PROP_DOSE:
      guide_visit_summary_set_dose (self, g_value_get_string (value));
      break;
    case PROP_DISCUSS:
      guide_visit_summary_set_discuss (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      guide_visit_summary_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
text_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
guide_visit_summary_class_init (GuideVisitSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_visit_summary_finalize;
  object_class->get_property = guide_visit_summary_get_property;
  object_class->set_property = guide_visit_summary_set_property;

  properties[PROP_NAME] = text_property ("name");
  /* Dates are YYYY-MM-DD (YYYY-MM and YYYY are read too), or "". */
  properties[PROP_VISIT_DATE] = text_property ("visit-date");
  /* A therapy id, "none", "other", or "" when not chosen. */
  properties[PROP_THERAPY] = text_property ("therapy");
  properties[PROP_THERAPY_OTHER] = text_property ("therapy-other");
  properties[PROP_THERAPY_SINCE] = text_property ("therapy-since");
  properties[PROP_DOSE] = text_property ("dose");
  properties[PROP_DISCUSS] =
    g_param_spec_boxed ("discuss", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTIONS] =
    g_param_spec_boxed ("questions", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWN_QUESTIONS] =
    g_param_spec_boxed ("own-questions", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] = text_property ("notes");
  properties[PROP_PRINT_PARTS] =
    g_param_spec_uint ("print-parts", NULL, NULL, 0, GUIDE_VISIT_PARTS_ALL, GUIDE_VISIT_PARTS_ALL,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After any change, the side-effect log's entries included. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
side_effects_changed_cb (GuideVisitSummary *self)
{
  emit_changed (self);
}

static void
guide_visit_summary_init (GuideVisitSummary *self)
{
  self->name = g_strdup ("");
  self->visit_date = g_strdup ("");
  self->therapy = g_strdup ("");
  self->therapy_other = g_strdup ("");
  self->therapy_since = g_strdup ("");
  self->dose = g_strdup ("");
  self->questions = g_new0 (char *, 1);
  self->own_questions = g_new0 (char *, 1);
  self->notes = g_strdup ("");
  self->print_parts = GUIDE_VISIT_PARTS_ALL;

  self->side_effects = g_list_store_new (GUIDE_TYPE_SIDE_EFFECT);
  g_signal_connect_object (self->side_effects, "items-changed",
                           G_CALLBACK (side_effects_changed_cb), self, G_CONNECT_SWAPPED);
}

GuideVisitSummary *
guide_visit_summary_new (void)
{
  return g_object_new (GUIDE_TYPE_VISIT_SUMMARY, NULL);
}

/* Setters */

static void
set_text (GuideVisitSummary *self,
          char             **field,
          const char        *value,
          int                prop)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  notify_changed (self, prop);
}

#define TEXT_ACCESSORS(field, PROP) \
  const char * \
  guide_visit_summary_get_##field (GuideVisitSummary *self) \
  { \
    g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), NULL); \
    return self->field; \
  } \
  void \
  guide_visit_summary_set_##field (GuideVisitSummary *self, \
                                   const char        *value) \
  { \
    g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self)); \
    set_text (self, &self->field, value, PROP); \
  }

TEXT_ACCESSORS (name, PROP_NAME)
TEXT_ACCESSORS (visit_date, PROP_VISIT_DATE)
TEXT_ACCESSORS (therapy, PROP_THERAPY)
TEXT_ACCESSORS (therapy_other, PROP_THERAPY_OTHER)
TEXT_ACCESSORS (therapy_since, PROP_THERAPY_SINCE)
TEXT_ACCESSORS (dose, PROP_DOSE)
TEXT_ACCESSORS (notes, PROP_NOTES)

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal (a, b);
}

/* The ids of the therapies to discuss, in order; NULL if none has been
 * chosen yet (an empty list is a choice). */
const char * const *
guide_visit_summary_get_discuss (GuideVisitSummary *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), NULL);
  return (const char * const *) self->discuss;
}

void
guide_visit_summary_set_discuss (GuideVisitSummary  *self,
                                 const char * const *ids)
{
  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));

  if (strv_equal0 ((const char * const *) self->discuss, ids))
    return;

  g_strfreev (self->discuss);
  self->discuss = g_strdupv ((char **) ids);
  notify_changed (self, PROP_DISCUSS);
}

gboolean
guide_visit_summary_get_discusses (GuideVisitSummary *self,
                                   const char        *id)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return self->discuss != NULL && g_strv_contains ((const char * const *) self->discuss, id);
}

/* Returns a copy of @strv with @id added at the end or taken out. */
static GStrv
strv_with (const char * const *strv,
           const char         *id,
           gboolean            present)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!g_str_equal (strv[i], id))
      g_strv_builder_add (builder, strv[i]);

  if (present)
    g_strv_builder_add (builder, id);

  return g_strv_builder_end (builder);
}

void
guide_visit_summary_set_discusses (GuideVisitSummary *self,
                                   const char        *id,
                                   gboolean           discuss)
{
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));
  g_return_if_fail (id != NULL);

  if (self->discuss != NULL && guide_visit_summary_get_discusses (self, id) == !!discuss)
    return;

  ids = strv_with ((const char * const *) self->discuss, id, discuss);
  guide_visit_summary_set_discuss (self, (const char * const *) ids);
}

/* The side-effect log: a list of GuideSideEffect. Change entries through
 * their properties; the summary notices. */
GListModel *
guide_visit_summary_get_side_effects (GuideVisitSummary *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), NULL);
  return G_LIST_MODEL (self->side_effects);
}

void
guide_visit_summary_add_side_effect (GuideVisitSummary *self,
                                     GuideSideEffect   *entry)
{
  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));

  guide_visit_summary_insert_side_effect (self, G_MAXUINT, entry);
}

/* Puts @entry at @position in the log (at the end if past it). */
void
guide_visit_summary_insert_side_effect (GuideVisitSummary *self,
                                        guint              position,
                                        GuideSideEffect   *entry)
{
  guint n;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));
  g_return_if_fail (GUIDE_IS_SIDE_EFFECT (entry));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->side_effects));
  g_signal_connect_object (entry, "notify", G_CALLBACK (side_effects_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_list_store_insert (self->side_effects, MIN (position, n), entry);
}

void
guide_visit_summary_remove_side_effect (GuideVisitSummary *self,
                                        guint              position)
{
  g_autoptr(GuideSideEffect) entry = NULL;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));

  entry = g_list_model_get_item (G_LIST_MODEL (self->side_effects), position);
  g_return_if_fail (entry != NULL);

  g_signal_handlers_disconnect_by_func (entry, side_effects_changed_cb, self);
  g_list_store_remove (self->side_effects, position);
}

/* The ids of the suggested questions the patient ticked, in the order
 * they were ticked. */
const char * const *
guide_visit_summary_get_questions (GuideVisitSummary *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), NULL);
  return (const char * const *) self->questions;
}

gboolean
guide_visit_summary_get_question_ticked (GuideVisitSummary *self,
                                         const char        *id)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->questions, id);
}

void
guide_visit_summary_set_question_ticked (GuideVisitSummary *self,
                                         const char        *id,
                                         gboolean           ticked)
{
  GStrv questions;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));
  g_return_if_fail (id != NULL);

  if (guide_visit_summary_get_question_ticked (self, id) == !!ticked)
    return;

  questions = strv_with ((const char * const *) self->questions, id, ticked);
  g_strfreev (self->questions);
  self->questions = questions;
  notify_changed (self, PROP_QUESTIONS);
}

/* The patient's own questions, in order. */
const char * const *
guide_visit_summary_get_own_questions (GuideVisitSummary *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), NULL);
  return (const char * const *) self->own_questions;
}

/* Adds a question at the end and returns its index. */
guint
guide_visit_summary_add_own_question (GuideVisitSummary *self,
                                      const char        *text)
{
  guint n;

  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), 0);

  n = g_strv_length (self->own_questions);
  guide_visit_summary_insert_own_question (self, n, text);

  return n;
}

/* Puts a question at @index (at the end if past it). */
void
guide_visit_summary_insert_own_question (GuideVisitSummary *self,
                                         guint              index,
                                         const char        *text)
{
  guint n;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));

  n = g_strv_length (self->own_questions);
  index = MIN (index, n);
  self->own_questions = g_renew (char *, self->own_questions, n + 2);
  memmove (&self->own_questions[index + 1], &self->own_questions[index],
           (n - index + 1) * sizeof (char *));
  self->own_questions[index] = g_strdup (text != NULL ? text : "");
  notify_changed (self, PROP_OWN_QUESTIONS);
}

void
guide_visit_summary_set_own_question (GuideVisitSummary *self,
                                      guint              index,
                                      const char        *text)
{
  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));
  g_return_if_fail (index < g_strv_length (self->own_questions));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->own_questions[index], text))
    return;

  g_free (self->own_questions[index]);
  self->own_questions[index] = g_strdup (text);
  notify_changed (self, PROP_OWN_QUESTIONS);
}

void
guide_visit_summary_remove_own_question (GuideVisitSummary *self,
                                         guint              index)
{
  guint n;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));

  n = g_strv_length (self->own_questions);
  g_return_if_fail (index < n);

  g_free (self->own_questions[index]);
  memmove (&self->own_questions[index], &self->own_questions[index + 1],
           (n - index) * sizeof (char *));
  notify_changed (self, PROP_OWN_QUESTIONS);
}

GuideVisitPart
guide_visit_summary_get_print_parts (GuideVisitSummary *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), 0);
  return self->print_parts;
}

gboolean
guide_visit_summary_get_print_part (GuideVisitSummary *self,
                                    GuideVisitPart     part)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), FALSE);
  return (self->print_parts & part) != 0;
}

void
guide_visit_summary_set_print_part (GuideVisitSummary *self,
                                    GuideVisitPart     part,
                                    gboolean           print)
{
  GuideVisitPart parts;

  g_return_if_fail (GUIDE_IS_VISIT_SUMMARY (self));
  g_return_if_fail ((part & ~GUIDE_VISIT_PARTS_ALL) == 0);

  parts = print ? (self->print_parts | part) : (self->print_parts & ~part);
  if (parts == self->print_parts)
    return;

  self->print_parts = parts;
  notify_changed (self, PROP_PRINT_PARTS);
}

/* Whether the patient has written or chosen anything at all. What to
 * print is a setting, not something written. */
gboolean
guide_visit_summary_is_empty (GuideVisitSummary *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), TRUE);

  return *self->name == '\0' && *self->visit_date == '\0' &&
         *self->therapy == '\0' && *self->therapy_other == '\0' &&
         *self->therapy_since == '\0' && *self->dose == '\0' &&
         self->discuss == NULL &&
         g_list_model_get_n_items (G_LIST_MODEL (self->side_effects)) == 0 &&
         self->questions[0] == NULL && self->own_questions[0] == NULL &&
         *self->notes == '\0';
}

gboolean
guide_visit_summary_equal (GuideVisitSummary *a,
                           GuideVisitSummary *b)
{
  GListModel *la, *lb;
  guint n;

  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (a), FALSE);
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (b), FALSE);

  if (!g_str_equal (a->name, b->name) ||
      !g_str_equal (a->visit_date, b->visit_date) ||
      !g_str_equal (a->therapy, b->therapy) ||
      !g_str_equal (a->therapy_other, b->therapy_other) ||
      !g_str_equal (a->therapy_since, b->therapy_since) ||
      !g_str_equal (a->dose, b->dose) ||
      !strv_equal0 ((const char * const *) a->discuss, (const char * const *) b->discuss) ||
      !g_strv_equal ((const char * const *) a->questions, (const char * const *) b->questions) ||
      !g_strv_equal ((const char * const *) a->own_questions,
                     (const char * const *) b->own_questions) ||
      !g_str_equal (a->notes, b->notes) ||
      a->print_parts != b->print_parts)
    return FALSE;

  la = G_LIST_MODEL (a->side_effects);
  lb = G_LIST_MODEL (b->side_effects);
  n = g_list_model_get_n_items (la);
  if (n != g_list_model_get_n_items (lb))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideSideEffect) ea = g_list_model_get_item (la, i);
      g_autoptr(GuideSideEffect) eb = g_list_model_get_item (lb, i);

      if (!guide_side_effect_equal (ea, eb))
        return FALSE;
    }

  return TRUE;
}

/* Writing */

static void
add_string_array (JsonBuilder        *builder,
                  const char         *member,
                  const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

/* The summary as the text of its file. */
char *
guide_visit_summary_to_json (GuideVisitSummary *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n;

  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, GUIDE_VISIT_SUMMARY_VERSION);
  add_string (builder, "name", self->name);
  add_string (builder, "visit-date", self->visit_date);
  add_string (builder, "therapy", self->therapy);
  add_string (builder, "therapy-other", self->therapy_other);
  add_string (builder, "therapy-since", self->therapy_since);
  add_string (builder, "dose", self->dose);
  if (self->discuss != NULL)
    add_string_array (builder, "discuss", (const char * const *) self->discuss);

  json_builder_set_member_name (builder, "side-effects");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->side_effects));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideSideEffect) entry = g_list_model_get_item (G_LIST_MODEL (self->side_effects), i);

      json_builder_begin_object (builder);
      add_string (builder, "date", guide_side_effect_get_date (entry));
      add_string (builder, "symptom", guide_side_effect_get_symptom (entry));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_int_value (builder, guide_side_effect_get_severity (entry));
      add_string (builder, "notes", guide_side_effect_get_notes (entry));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_string_array (builder, "questions", (const char * const *) self->questions);
  add_string_array (builder, "own-questions", (const char * const *) self->own_questions);
  add_string (builder, "notes", self->notes);

  json_builder_set_member_name (builder, "print");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (print_keys); i++)
    {
      json_builder_set_member_name (builder, print_keys[i].key);
      json_builder_add_boolean_value (builder, (self->print_parts & print_keys[i].part) != 0);
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/* Reading */

static gboolean
get_date (JsonObject             *object,
          const char             *member,
          const char            **value,
          const GuideJsonContext *ctx,
          GError                **error)
{
  if (!guide_json_get_string (object, member, GUIDE_JSON_OPTIONAL, value, ctx, error))
    return FALSE;

  if (*value == NULL || **value == '\0')
    {
      *value = "";
      return TRUE;
    }

  return guide_json_get_date (object, member, GUIDE_JSON_OPTIONAL, value, ctx, error);
}

static gboolean
get_text (JsonObject             *object,
          const char             *member,
          const char            **value,
          const GuideJsonContext *ctx,
          GError                **error)
{
  if (!guide_json_get_string (object, member, GUIDE_JSON_OPTIONAL, value, ctx, error))
    return FALSE;

  if (*value == NULL)
    *value = "";

  return TRUE;
}

/* A list of distinct ids, or NULL with @error set. */
static GStrv
get_id_list (JsonObject             *object,
             const char             *member,
             const GuideJsonContext *ctx,
             GError                **error)
{
  g_auto(GStrv) ids = guide_json_get_string_list (object, member, GUIDE_JSON_OPTIONAL, ctx, error);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (!guide_id_is_valid (ids[i]))
        {
          guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                                _("“%s” is not a valid identifier (use a-z, 0-9, - and _)"),
                                ids[i]);
          return NULL;
        }

      for (guint j = 0; j < i; j++)
        if (g_str_equal (ids[i], ids[j]))
          {
            guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_DUPLICATE_ID,
                                  /* Translators: %s is an identifier */
                                  _("“%s” is listed twice"), ids[i]);
            return NULL;
          }
    }

  return g_steal_pointer (&ids);
}

static GuideSideEffect *
side_effect_from_json (JsonObject             *object,
                       const GuideJsonContext *ctx,
                       GError                **error)
{
  static const char * const members[] = { "date", "symptom", "severity", "notes", NULL };
  const char *date, *symptom, *notes;
  gint64 severity = GUIDE_SEVERITY_NONE;

  if (!guide_json_check_members (object, members, ctx, error) ||
      !get_date (object, "date", &date, ctx, error) ||
      !get_text (object, "symptom", &symptom, ctx, error) ||
      !guide_json_get_int (object, "severity", GUIDE_JSON_OPTIONAL,
                           GUIDE_SEVERITY_NONE, GUIDE_SEVERITY_MAX, &severity, ctx, error) ||
      !get_text (object, "notes", &notes, ctx, error))
    return NULL;

  return guide_side_effect_new (date, symptom, severity, notes);
}

static gboolean
read_print_parts (GuideVisitSummary      *self,
                  JsonObject             *root,
                  const GuideJsonContext *ctx,
                  GError                **error)
{
  static const char * const members[] = {
    "therapy-facts", "discuss", "side-effects", "questions", "notes", "sources", NULL
  };
  GuideJsonContext print_ctx = *ctx;
  JsonObject *object;

  if (!guide_json_get_object (root, "print", GUIDE_JSON_OPTIONAL, &object, ctx, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  print_ctx.entry = "print";
  if (!guide_json_check_members (object, members, &print_ctx, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (print_keys); i++)
    {
      gboolean print = TRUE;

      if (!guide_json_get_boolean (object, print_keys[i].key, GUIDE_JSON_OPTIONAL,
                                   &print, &print_ctx, error))
        return FALSE;

      if (print)
        self->print_parts |= print_keys[i].part;
      else
        self->print_parts &= ~print_keys[i].part;
    }

  return TRUE;
}

/* Reads a summary saved by guide_visit_summary_to_json(). Anything this
 * version does not understand is an error naming the file and field. */
GuideVisitSummary *
guide_visit_summary_new_from_bytes (GBytes      *bytes,
                                    const char  *display_name,
                                    GError     **error)
{
  static const char * const members[] = {
    "version", "name", "visit-date", "therapy", "therapy-other", "therapy-since", "dose",
    "discuss", "side-effects", "questions", "own-questions", "notes", "print", NULL
  };
  g_autoptr(GuideVisitSummary) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  GuideJsonContext ctx = { display_name, NULL };
  JsonObject *object;
  JsonArray *entries;
  gint64 version = 0;
  const char *name, *visit_date, *therapy, *therapy_other, *therapy_since, *dose, *notes;
  g_auto(GStrv) discuss = NULL;
  g_auto(GStrv) questions = NULL;
  g_auto(GStrv) own_questions = NULL;
  guint n;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = guide_json_parse_bytes (bytes, display_name, error);
  if (root == NULL)
    return NULL;

  object = guide_json_root_object (root, &ctx, error);
  if (object == NULL)
    return NULL;

  /* The version first: a newer file may hold fields this one does not know. */
  if (!guide_json_get_int (object, "version", GUIDE_JSON_REQUIRED, G_MININT64, G_MAXINT64,
                           &version, &ctx, error))
    return NULL;
  if (version != GUIDE_VISIT_SUMMARY_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      guide_json_set_error (error, &ctx, "version", GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: %s is a version number of the file's format */
                            _("format version %s is not one this version of the guide can read"),
                            number);
      return NULL;
    }

  if (!guide_json_check_members (object, members, &ctx, error) ||
      !get_text (object, "name", &name, &ctx, error) ||
      !get_date (object, "visit-date", &visit_date, &ctx, error) ||
      !get_text (object, "therapy", &therapy, &ctx, error) ||
      !get_text (object, "therapy-other", &therapy_other, &ctx, error) ||
      !get_date (object, "therapy-since", &therapy_since, &ctx, error) ||
      !get_text (object, "dose", &dose, &ctx, error) ||
      !guide_json_get_array (object, "side-effects", GUIDE_JSON_OPTIONAL, &entries, &ctx, error) ||
      !(questions = get_id_list (object, "questions", &ctx, error)) ||
      !(own_questions = guide_json_get_string_list (object, "own-questions", GUIDE_JSON_OPTIONAL,
                                                    &ctx, error)) ||
      !get_text (object, "notes", &notes, &ctx, error))
    return NULL;

  if (*therapy != '\0' && !guide_id_is_valid (therapy))
    {
      guide_json_set_error (error, &ctx, "therapy", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("“%s” is not a valid identifier (use a-z, 0-9, - and _)"), therapy);
      return NULL;
    }

  if (json_object_get_member (object, "discuss") != NULL &&
      !(discuss = get_id_list (object, "discuss", &ctx, error)))
    return NULL;

  self = guide_visit_summary_new ();
  if (!read_print_parts (self, object, &ctx, error))
    return NULL;

  n = entries != NULL ? json_array_get_length (entries) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *entry_name = NULL;
      GuideJsonContext entry_ctx = ctx;
      g_autoptr(GuideSideEffect) entry = NULL;
      JsonObject *entry_object;

      entry_object = guide_json_array_get_object (entries, i, "side-effects", &ctx, error);
      if (entry_object == NULL)
        return NULL;

      /* Translators: names an entry of the side-effect log in an error
       * message; %u is its position (1 is the first) */
      entry_name = g_strdup_printf (_("side effect %u"), i + 1);
      entry_ctx.entry = entry_name;
      entry = side_effect_from_json (entry_object, &entry_ctx, error);
      if (entry == NULL)
        return NULL;

      guide_visit_summary_add_side_effect (self, entry);
    }

  g_free (self->name);
  self->name = g_strdup (name);
  g_free (self->visit_date);
  self->visit_date = g_strdup (visit_date);
  g_free (self->therapy);
  self->therapy = g_strdup (therapy);
  g_free (self->therapy_other);
  self->therapy_other = g_strdup (therapy_other);
  g_free (self->therapy_since);
  self->therapy_since = g_strdup (therapy_since);
  g_free (self->dose);
  self->dose = g_strdup (dose);
  self->discuss = g_steal_pointer (&discuss);
  g_strfreev (self->questions);
  self->questions = g_steal_pointer (&questions);
  g_strfreev (self->own_questions);
  self->own_questions = g_steal_pointer (&own_questions);
  g_free (self->notes);
  self->notes = g_strdup (notes);

  return g_steal_pointer (&self);
}
