/* test-visit-summary.c - the visit summary model and its file format
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-test-util.h"
#include "guide-visit-summary.h"

/* Text that JSON and markup both treat specially, and text in other
 * scripts. */
#define TRICKY "Zoë \"quoted\" <b>not bold</b> & back\\slash\nsecond line \u2014 日本語 عربى"

static GuideVisitSummary *
filled_summary (void)
{
  GuideVisitSummary *summary = guide_visit_summary_new ();
  const char *discuss[] = { "repotrectinib", "taletrectinib", NULL };
  g_autoptr(GuideSideEffect) e1 = guide_side_effect_new ("2026-11-20", "Nausea", GUIDE_SEVERITY_MODERATE,
                                                         "After breakfast " TRICKY);
  g_autoptr(GuideSideEffect) e2 = guide_side_effect_new ("", TRICKY, GUIDE_SEVERITY_NONE, "");
  g_autoptr(GuideSideEffect) e3 = guide_side_effect_new ("2026-10-01", "Dizziness",
                                                         GUIDE_SEVERITY_VERY_SEVERE, "Fell once");

  guide_visit_summary_set_name (summary, "Dana " TRICKY);
  guide_visit_summary_set_visit_date (summary, "2026-12-03");
  guide_visit_summary_set_therapy (summary, GUIDE_VISIT_THERAPY_OTHER);
  guide_visit_summary_set_therapy_other (summary, "A trial drug " TRICKY);
  guide_visit_summary_set_therapy_since (summary, "2025-03");
  guide_visit_summary_set_dose (summary, "100 mg once a day");
  guide_visit_summary_set_discuss (summary, discuss);
  guide_visit_summary_add_side_effect (summary, e1);
  guide_visit_summary_add_side_effect (summary, e2);
  guide_visit_summary_add_side_effect (summary, e3);
  guide_visit_summary_set_question_ticked (summary, "which-first", TRUE);
  guide_visit_summary_set_question_ticked (summary, "urgent-side-effects", TRUE);
  guide_visit_summary_add_own_question (summary, "Can I travel in May?");
  guide_visit_summary_add_own_question (summary, TRICKY);
  guide_visit_summary_set_notes (summary, "Line one\n\nLine three " TRICKY);
  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_NOTES, FALSE);
  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_SOURCES, FALSE);

  return summary;
}

static GuideVisitSummary *
reload (GuideVisitSummary *summary,
        GError           **error)
{
  g_autofree char *json = guide_visit_summary_to_json (summary);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return guide_visit_summary_new_from_bytes (bytes, "visit.json", error);
}

static GuideVisitSummary *
parse (const char *json,
       GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return guide_visit_summary_new_from_bytes (bytes, "visit.json", error);
}

/* Every field, saved and read back, is what was written. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideVisitSummary) summary = filled_summary ();
  g_autoptr(GuideVisitSummary) back = reload (summary, &error);
  g_autoptr(GuideSideEffect) entry = NULL;
  GListModel *log;

  g_assert_no_error (error);
  g_assert_true (guide_visit_summary_equal (summary, back));

  /* Field by field, so that a broken equal() cannot hide a loss. */
  g_assert_cmpstr (guide_visit_summary_get_name (back), ==, "Dana " TRICKY);
  g_assert_cmpstr (guide_visit_summary_get_visit_date (back), ==, "2026-12-03");
  g_assert_cmpstr (guide_visit_summary_get_therapy (back), ==, "other");
  g_assert_cmpstr (guide_visit_summary_get_therapy_other (back), ==, "A trial drug " TRICKY);
  g_assert_cmpstr (guide_visit_summary_get_therapy_since (back), ==, "2025-03");
  g_assert_cmpstr (guide_visit_summary_get_dose (back), ==, "100 mg once a day");
  g_assert_cmpstrv (guide_visit_summary_get_discuss (back),
                    ((const char *[]) { "repotrectinib", "taletrectinib", NULL }));
  g_assert_cmpstrv (guide_visit_summary_get_questions (back),
                    ((const char *[]) { "which-first", "urgent-side-effects", NULL }));
  g_assert_cmpstrv (guide_visit_summary_get_own_questions (back),
                    ((const char *[]) { "Can I travel in May?", TRICKY, NULL }));
  g_assert_cmpstr (guide_visit_summary_get_notes (back), ==, "Line one\n\nLine three " TRICKY);
  g_assert_cmpuint (guide_visit_summary_get_print_parts (back), ==,
                    GUIDE_VISIT_PARTS_ALL & ~(GUIDE_VISIT_PART_NOTES | GUIDE_VISIT_PART_SOURCES));

  log = guide_visit_summary_get_side_effects (back);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 3);
  entry = g_list_model_get_item (log, 0);
  g_assert_cmpstr (guide_side_effect_get_date (entry), ==, "2026-11-20");
  g_assert_cmpstr (guide_side_effect_get_symptom (entry), ==, "Nausea");
  g_assert_cmpuint (guide_side_effect_get_severity (entry), ==, GUIDE_SEVERITY_MODERATE);
  g_assert_cmpstr (guide_side_effect_get_notes (entry), ==, "After breakfast " TRICKY);
  g_clear_object (&entry);
  entry = g_list_model_get_item (log, 1);
  g_assert_cmpstr (guide_side_effect_get_symptom (entry), ==, TRICKY);
  g_assert_cmpuint (guide_side_effect_get_severity (entry), ==, GUIDE_SEVERITY_NONE);
  g_clear_object (&entry);
  entry = g_list_model_get_item (log, 2);
  g_assert_cmpuint (guide_side_effect_get_severity (entry), ==, GUIDE_SEVERITY_VERY_SEVERE);
}

/* Entry @i of the log; the summary keeps it alive. */
static GuideSideEffect *
entry_of (GuideVisitSummary *summary,
          guint              i)
{
  GListModel *log = guide_visit_summary_get_side_effects (summary);
  g_autoptr(GuideSideEffect) entry = g_list_model_get_item (log, i);

  return entry;
}

/* equal() notices a change in any one field. */
static void
test_equal (void)
{
  g_autoptr(GuideVisitSummary) a = filled_summary ();
  g_autoptr(GuideVisitSummary) b = NULL;

#define CHANGED(stmt) \
  G_STMT_START { \
    g_clear_object (&b); \
    b = filled_summary (); \
    g_assert_true (guide_visit_summary_equal (a, b)); \
    stmt; \
    g_assert_false (guide_visit_summary_equal (a, b)); \
  } G_STMT_END

  CHANGED (guide_visit_summary_set_name (b, "Dana"));
  CHANGED (guide_visit_summary_set_visit_date (b, "2026-12-04"));
  CHANGED (guide_visit_summary_set_therapy (b, "crizotinib"));
  CHANGED (guide_visit_summary_set_therapy_other (b, ""));
  CHANGED (guide_visit_summary_set_therapy_since (b, "2025"));
  CHANGED (guide_visit_summary_set_dose (b, "100 mg"));
  CHANGED (guide_visit_summary_set_discusses (b, "crizotinib", TRUE));
  CHANGED (guide_visit_summary_set_discuss (b, NULL));
  CHANGED (guide_visit_summary_remove_side_effect (b, 1));
  CHANGED (guide_visit_summary_set_question_ticked (b, "which-first", FALSE));
  CHANGED (guide_visit_summary_set_own_question (b, 0, "Changed?"));
  CHANGED (guide_visit_summary_remove_own_question (b, 1));
  CHANGED (guide_visit_summary_set_notes (b, ""));
  CHANGED (guide_visit_summary_set_print_part (b, GUIDE_VISIT_PART_NOTES, TRUE));
  CHANGED (guide_side_effect_set_notes (entry_of (b, 2), "Fell twice"));
  CHANGED (guide_side_effect_set_severity (entry_of (b, 0), GUIDE_SEVERITY_MILD));
  CHANGED (guide_side_effect_set_date (entry_of (b, 0), "2026-11-21"));
  CHANGED (guide_side_effect_set_symptom (entry_of (b, 1), "Rash"));
#undef CHANGED
}

/* "Not chosen yet" and "chose none" are different, and both survive. */
static void
test_discuss_unset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideVisitSummary) summary = guide_visit_summary_new ();
  g_autoptr(GuideVisitSummary) back = NULL;
  const char *none[] = { NULL };

  g_assert_true (guide_visit_summary_is_empty (summary));
  back = reload (summary, &error);
  g_assert_no_error (error);
  g_assert_null (guide_visit_summary_get_discuss (back));
  g_assert_true (guide_visit_summary_is_empty (back));

  guide_visit_summary_set_discuss (summary, none);
  g_assert_false (guide_visit_summary_is_empty (summary));
  g_clear_object (&back);
  back = reload (summary, &error);
  g_assert_no_error (error);
  g_assert_nonnull (guide_visit_summary_get_discuss (back));
  g_assert_cmpuint (g_strv_length ((char **) guide_visit_summary_get_discuss (back)), ==, 0);

  guide_visit_summary_set_discusses (summary, "entrectinib", TRUE);
  guide_visit_summary_set_discusses (summary, "crizotinib", TRUE);
  guide_visit_summary_set_discusses (summary, "entrectinib", FALSE);
  g_assert_cmpstrv (guide_visit_summary_get_discuss (summary),
                    ((const char *[]) { "crizotinib", NULL }));
}

static void
count_cb (GObject *object,
          guint   *count)
{
  (*count)++;
}

/* "changed" follows every change, the log's entries included, and
 * nothing else. */
static void
test_changed (void)
{
  g_autoptr(GuideVisitSummary) summary = guide_visit_summary_new ();
  g_autoptr(GuideSideEffect) entry = guide_side_effect_new ("2026-01-02", "Rash", 1, "");
  guint count = 0;

  g_signal_connect (summary, "changed", G_CALLBACK (count_cb), &count);

  guide_visit_summary_set_notes (summary, "a");
  g_assert_cmpuint (count, ==, 1);
  guide_visit_summary_set_notes (summary, "a");
  g_assert_cmpuint (count, ==, 1);
  guide_visit_summary_add_side_effect (summary, entry);
  g_assert_cmpuint (count, ==, 2);
  guide_side_effect_set_symptom (entry, "Itchy rash");
  g_assert_cmpuint (count, ==, 3);
  guide_side_effect_set_severity (entry, 3);
  g_assert_cmpuint (count, ==, 4);
  guide_visit_summary_set_question_ticked (summary, "q", TRUE);
  guide_visit_summary_set_question_ticked (summary, "q", TRUE);
  g_assert_cmpuint (count, ==, 5);
  guide_visit_summary_add_own_question (summary, "");
  guide_visit_summary_set_own_question (summary, 0, "Why?");
  g_assert_cmpuint (count, ==, 7);
  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_QUESTIONS, FALSE);
  g_assert_cmpuint (count, ==, 8);
  guide_visit_summary_remove_side_effect (summary, 0);
  g_assert_cmpuint (count, ==, 9);

  /* A removed entry no longer belongs to the summary. */
  guide_side_effect_set_notes (entry, "gone");
  g_assert_cmpuint (count, ==, 9);
}

/* Undo puts things back where they were. */
static void
test_insert (void)
{
  g_autoptr(GuideVisitSummary) summary = guide_visit_summary_new ();
  GListModel *log = guide_visit_summary_get_side_effects (summary);
  g_autoptr(GuideSideEffect) a = guide_side_effect_new ("", "a", 0, "");
  g_autoptr(GuideSideEffect) b = guide_side_effect_new ("", "b", 0, "");
  g_autoptr(GuideSideEffect) c = guide_side_effect_new ("", "c", 0, "");
  g_autoptr(GuideSideEffect) second = NULL;

  guide_visit_summary_add_side_effect (summary, a);
  guide_visit_summary_add_side_effect (summary, c);
  guide_visit_summary_insert_side_effect (summary, 1, b);
  second = g_list_model_get_item (log, 1);
  g_assert_true (second == b);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 3);

  guide_visit_summary_add_own_question (summary, "one");
  guide_visit_summary_add_own_question (summary, "three");
  guide_visit_summary_insert_own_question (summary, 1, "two");
  guide_visit_summary_insert_own_question (summary, 99, "four");
  guide_visit_summary_insert_own_question (summary, 0, "zero");
  g_assert_cmpstrv (guide_visit_summary_get_own_questions (summary),
                    ((const char *[]) { "zero", "one", "two", "three", "four", NULL }));
  guide_visit_summary_remove_own_question (summary, 2);
  g_assert_cmpstrv (guide_visit_summary_get_own_questions (summary),
                    ((const char *[]) { "zero", "one", "three", "four", NULL }));
}

static void
assert_bad (const char    *json,
            GuideDataError code,
            const char    *must_contain)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideVisitSummary) summary = parse (json, &error);

  g_assert_null (summary);
  g_assert_error (error, GUIDE_DATA_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "visit.json"));
  if (must_contain != NULL)
    g_assert_nonnull (strstr (error->message, must_contain));
}

/* A file this version does not fully understand is refused as a whole,
 * with a message that names the file and the field. */
static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideVisitSummary) minimal = parse ("{ \"version\": 1 }", &error);

  g_assert_no_error (error);
  g_assert_true (guide_visit_summary_is_empty (minimal));
  g_assert_cmpuint (guide_visit_summary_get_print_parts (minimal), ==, GUIDE_VISIT_PARTS_ALL);

  assert_bad ("", GUIDE_DATA_ERROR_PARSE, NULL);
  assert_bad ("{ \"version\": 1, ", GUIDE_DATA_ERROR_PARSE, NULL);
  assert_bad ("\xff\xfe{}", GUIDE_DATA_ERROR_PARSE, NULL);
  assert_bad ("[1, 2]", GUIDE_DATA_ERROR_WRONG_TYPE, NULL);
  assert_bad ("{ \"name\": \"x\" }", GUIDE_DATA_ERROR_MISSING_FIELD, "version");
  assert_bad ("{ \"version\": 2, \"name\": \"x\" }", GUIDE_DATA_ERROR_INVALID_VALUE, "version");
  assert_bad ("{ \"version\": 0 }", GUIDE_DATA_ERROR_INVALID_VALUE, "version");
  assert_bad ("{ \"version\": \"1\" }", GUIDE_DATA_ERROR_WRONG_TYPE, "version");
  assert_bad ("{ \"version\": 1, \"colour\": \"red\" }", GUIDE_DATA_ERROR_UNKNOWN_FIELD, "colour");
  assert_bad ("{ \"version\": 1, \"name\": 42 }", GUIDE_DATA_ERROR_WRONG_TYPE, "name");
  assert_bad ("{ \"version\": 1, \"visit-date\": \"3 Dec\" }", GUIDE_DATA_ERROR_INVALID_VALUE,
              "visit-date");
  assert_bad ("{ \"version\": 1, \"therapy\": \"Not An Id\" }", GUIDE_DATA_ERROR_INVALID_VALUE,
              "therapy");
  assert_bad ("{ \"version\": 1, \"discuss\": [\"a\", \"a\"] }", GUIDE_DATA_ERROR_DUPLICATE_ID,
              "discuss");
  assert_bad ("{ \"version\": 1, \"discuss\": \"a\" }", GUIDE_DATA_ERROR_WRONG_TYPE, "discuss");
  assert_bad ("{ \"version\": 1, \"questions\": [1] }", GUIDE_DATA_ERROR_WRONG_TYPE, "questions");
  assert_bad ("{ \"version\": 1, \"own-questions\": [null] }", GUIDE_DATA_ERROR_WRONG_TYPE,
              "own-questions");
  assert_bad ("{ \"version\": 1, \"side-effects\": [3] }", GUIDE_DATA_ERROR_WRONG_TYPE,
              "side-effects");
  assert_bad ("{ \"version\": 1, \"side-effects\": [ { \"severity\": 7 } ] }",
              GUIDE_DATA_ERROR_INVALID_VALUE, "severity");
  assert_bad ("{ \"version\": 1, \"side-effects\": [ {}, { \"mood\": 1 } ] }",
              GUIDE_DATA_ERROR_UNKNOWN_FIELD, "side effect 2");
  assert_bad ("{ \"version\": 1, \"print\": { \"notes\": \"yes\" } }", GUIDE_DATA_ERROR_WRONG_TYPE,
              "notes");
  assert_bad ("{ \"version\": 1, \"print\": { \"everything\": true } }",
              GUIDE_DATA_ERROR_UNKNOWN_FIELD, "everything");
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/visit-summary/round-trip", test_round_trip);
  g_test_add_func ("/visit-summary/equal", test_equal);
  g_test_add_func ("/visit-summary/discuss-unset", test_discuss_unset);
  g_test_add_func ("/visit-summary/changed", test_changed);
  g_test_add_func ("/visit-summary/insert", test_insert);
  g_test_add_func ("/visit-summary/errors", test_errors);

  return g_test_run ();
}
