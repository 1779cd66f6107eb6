/* test-therapies.c - the therapy data, its loader, its checks and its placeholders
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "guide-compare-list.h"
#include "guide-content.h"
#include "guide-source.h"
#include "guide-test-util.h"
#include "guide-therapy.h"

/* The therapies of the shared specification, in the order of the data. */
static const char * const therapy_ids[] = {
  "crizotinib", "entrectinib", "repotrectinib", "taletrectinib",
  "zidesamtinib", "lorlatinib", "ceritinib", "cabozantinib", NULL
};

/* Every figure of the data, copied by hand from the medical facts the
 * guide is written from, with its source. An edit of therapies.json that
 * changes, adds or drops a figure fails here until this table is checked
 * against the facts again. n and responders are -1 where none is given. */
static const struct
{
  const char *therapy;
  const char *id;
  const char *value;
  GuideUnit   unit;
  int         n;
  int         responders;
  const char *source;
} golden[] = {
  { "crizotinib", "orr-naive", "72", GUIDE_UNIT_PERCENT, 50, -1, "profile1001-nejm-2014" },
  { "crizotinib", "orr-naive-review", "66", GUIDE_UNIT_PERCENT, 50, -1, "fda-crizotinib-2016" },
  { "crizotinib", "dor-naive", "17.6", GUIDE_UNIT_MONTHS, 50, -1, "profile1001-nejm-2014" },
  { "crizotinib", "pfs-naive", "19.2", GUIDE_UNIT_MONTHS, 50, -1, "profile1001-nejm-2014" },

  { "entrectinib", "orr-naive", "77", GUIDE_UNIT_PERCENT, 53, -1, "entrectinib-lanconc-2020" },
  { "entrectinib", "orr-naive-eu", "67.1", GUIDE_UNIT_PERCENT, -1, -1, "ema-entrectinib-review-esmoopen-2021" },
  { "entrectinib", "dor-naive", "24.6", GUIDE_UNIT_MONTHS, 53, -1, "entrectinib-lanconc-2020" },
  { "entrectinib", "pfs-naive", "19.0", GUIDE_UNIT_MONTHS, 53, -1, "entrectinib-lanconc-2020" },
  { "entrectinib", "brain-orr-naive", "55", GUIDE_UNIT_PERCENT, 20, 11, "entrectinib-lanconc-2020" },

  { "repotrectinib", "orr-naive", "79", GUIDE_UNIT_PERCENT, 71, -1, "trident1-nejm-2024" },
  { "repotrectinib", "orr-pretreated", "38", GUIDE_UNIT_PERCENT, 56, -1, "trident1-nejm-2024" },
  { "repotrectinib", "dor-naive", "34.1", GUIDE_UNIT_MONTHS, 71, -1, "trident1-nejm-2024" },
  { "repotrectinib", "dor-pretreated", "14.8", GUIDE_UNIT_MONTHS, 56, -1, "trident1-nejm-2024" },
  { "repotrectinib", "pfs-naive", "35.7", GUIDE_UNIT_MONTHS, 71, -1, "trident1-nejm-2024" },
  { "repotrectinib", "pfs-pretreated", "9.0", GUIDE_UNIT_MONTHS, 56, -1, "trident1-nejm-2024" },
  { "repotrectinib", "g2032r", "59", GUIDE_UNIT_PERCENT, 17, 10, "trident1-nejm-2024" },

  { "taletrectinib", "orr-naive", "90", GUIDE_UNIT_PERCENT, 103, -1, "fda-taletrectinib-2025" },
  { "taletrectinib", "orr-naive-trust2", "85", GUIDE_UNIT_PERCENT, 54, -1, "fda-taletrectinib-2025" },
  { "taletrectinib", "orr-pretreated", "52", GUIDE_UNIT_PERCENT, 66, -1, "fda-taletrectinib-2025" },
  { "taletrectinib", "orr-pretreated-trust2", "62", GUIDE_UNIT_PERCENT, 47, -1, "fda-taletrectinib-2025" },
  { "taletrectinib", "orr-naive-pooled", "88.8", GUIDE_UNIT_PERCENT, -1, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "orr-pretreated-pooled", "55.8", GUIDE_UNIT_PERCENT, -1, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "dor-naive", "44.2", GUIDE_UNIT_MONTHS, -1, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "dor-pretreated", "16.6", GUIDE_UNIT_MONTHS, -1, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "pfs-naive", "45.6", GUIDE_UNIT_MONTHS, -1, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "pfs-pretreated", "9.7", GUIDE_UNIT_MONTHS, -1, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "brain-orr-naive", "76.5", GUIDE_UNIT_PERCENT, 17, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "brain-orr-pretreated", "65.6", GUIDE_UNIT_PERCENT, 32, -1, "trust-pooled-jco-2025" },
  { "taletrectinib", "g2032r", "61.5", GUIDE_UNIT_PERCENT, 13, 8, "trust-pooled-jco-2025" },

  { "zidesamtinib", "orr-pretreated", "44", GUIDE_UNIT_PERCENT, 117, -1, "nuvalent-nda-acceptance-2025" },

  { "lorlatinib", "orr-naive", "62", GUIDE_UNIT_PERCENT, 21, 13, "lorlatinib-lancetonc-2019" },
  { "lorlatinib", "orr-pretreated", "35", GUIDE_UNIT_PERCENT, 40, 14, "lorlatinib-lancetonc-2019" },
  { "lorlatinib", "dor-naive", "25.3", GUIDE_UNIT_MONTHS, -1, -1, "lorlatinib-lancetonc-2019" },
  { "lorlatinib", "dor-pretreated", "13.8", GUIDE_UNIT_MONTHS, -1, -1, "lorlatinib-lancetonc-2019" },
  { "lorlatinib", "pfs-pretreated", "8.5", GUIDE_UNIT_MONTHS, -1, -1, "lorlatinib-lancetonc-2019" },
  { "lorlatinib", "brain-orr-naive", "64", GUIDE_UNIT_PERCENT, 11, 7, "lorlatinib-lancetonc-2019" },
  { "lorlatinib", "brain-orr-pretreated", "50", GUIDE_UNIT_PERCENT, 24, 12, "lorlatinib-lancetonc-2019" },
};

static GuideContent *
shipped_content (void)
{
  g_autoptr(GError) error = NULL;
  GuideContent *content = guide_content_new_from_resource (&error);

  g_assert_no_error (error);
  g_assert_nonnull (content);

  return content;
}

static GuideTherapy *
lookup (GuideContent *content,
        const char   *id)
{
  GuideTherapy *therapy = guide_id_list_lookup (guide_content_get_therapies (content), id);

  g_assert_nonnull (therapy);
  return therapy;
}

/* Loader */

static void
test_shipped_loads (void)
{
  g_autoptr(GuideContent) content = shipped_content ();
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (content));

  g_assert_true (g_list_model_get_item_type (therapies) == GUIDE_TYPE_THERAPY);
  g_assert_cmpuint (g_list_model_get_n_items (therapies), ==, g_strv_length ((GStrv) therapy_ids));
  for (guint i = 0; therapy_ids[i] != NULL; i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, i);

      g_assert_cmpstr (guide_therapy_get_id (therapy), ==, therapy_ids[i]);
    }
  g_assert_true (guide_date_is_valid (guide_content_get_therapies_as_of (content)));
}

#define SOURCES \
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"A source\", \"date\": \"2020\" }, " \
  "{ \"id\": \"other\", \"title\": \"Another\", \"date\": \"undated\" } ] }"

#define HANDBOOK_WITH_GRID \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"topics\": [ " \
  "{ \"id\": \"a\", \"title\": \"A\", \"article\": \"a.md\", \"reviewed\": \"2026-11-26\", " \
  "\"sources\": [\"src\"] }, { \"id\": \"therapies\", \"title\": \"Grid\", \"kind\": \"therapies\" } ] } ] }"

#define HANDBOOK_WITHOUT_GRID \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"topics\": [ " \
  "{ \"id\": \"a\", \"title\": \"A\", \"article\": \"a.md\", \"reviewed\": \"2026-11-26\", " \
  "\"sources\": [\"src\"] } ] } ] }"

/* One complete therapy; @extra ends its members. */
#define THERAPY(id, extra) \
  "{ \"id\": \"" id "\", \"name\": \"Drug " id "\", \"use\": \"approved\", " \
  "\"regulatory\": [ { \"region\": \"fda\", \"status\": \"approved\", \"date\": \"2020-01-31\", " \
  "\"sources\": [\"src\"] }, { \"region\": \"ema\", \"status\": \"not-confirmed\" } ], " \
  "\"settings\": [ { \"setting\": \"no-prior-ros1\", \"status\": \"studied\", \"sources\": [\"src\"] }, " \
  "{ \"setting\": \"after-ros1\", \"status\": \"not-known\" } ], " \
  "\"trials\": [ { \"id\": \"t1\", \"name\": \"T-1\", \"description\": \"A trial.\", \"sources\": [\"src\"] } ], " \
  "\"brain\": { \"status\": \"not-known\" }, \"g2032r\": { \"status\": \"not-known\" }" extra " }"

#define FIGURE(fields) \
  ", \"figures\": [ { \"id\": \"orr-naive\", \"measure\": \"response\", \"unit\": \"percent\"" fields " } ]"

#define THERAPIES(list) \
  "{ \"as-of\": \"2026-11-26\", \"therapies\": [ " list " ] }"

static GuideContent *
load (const char  *handbook,
      const char  *therapies,
      GError     **error)
{
  const char *files[] = {
    "sources.json", SOURCES,
    "handbook.json", handbook,
    "a.md", "Text.",
    therapies ? "therapies.json" : NULL, therapies,
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);
  GuideContent *content = guide_content_new_from_directory (dir, error);

  guide_test_remove_tree (dir);

  return content;
}

/* Loading @therapies fails with @code, and the message names the file
 * and each of the given strings (the entry, the field, the value). */
static void
assert_error (const char    *therapies,
              GuideDataError code,
              const char    *must_contain_1,
              const char    *must_contain_2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load (HANDBOOK_WITH_GRID, therapies, &error);

  g_assert_null (content);
  g_assert_error (error, GUIDE_DATA_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "therapies.json"));
  if (must_contain_1 != NULL)
    g_assert_nonnull (strstr (error->message, must_contain_1));
  if (must_contain_2 != NULL)
    g_assert_nonnull (strstr (error->message, must_contain_2));
}

static void
test_good_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content =
    load (HANDBOOK_WITH_GRID,
          THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"n\": 4, \"responders\": 2, "
                                           "\"trials\": [\"t1\"], \"sources\": [\"src\"]"))),
          &error);
  GuideTherapy *x;
  const GuideTherapyFigure *figure;

  g_assert_no_error (error);
  x = lookup (content, "x");
  g_assert_cmpstr (guide_therapy_get_name (x), ==, "Drug x");
  g_assert_null (guide_therapy_get_maker (x));
  g_assert_null (guide_therapy_get_brands (x)[0]);
  g_assert_null (guide_therapy_get_dose (x));
  g_assert_true (guide_therapy_is_approved (x));
  figure = guide_therapy_lookup_figure (x, "orr-naive");
  g_assert_nonnull (figure);
  g_assert_cmpint (figure->n, ==, 4);
  g_assert_cmpint (figure->responders, ==, 2);
  g_assert_cmpstr (figure->trials[0], ==, "t1");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;

  /* A handbook with a therapies page needs the file... */
  assert_error (NULL, GUIDE_DATA_ERROR_NOT_FOUND, "missing", NULL);

  /* ...one without does not. */
  content = load (HANDBOOK_WITHOUT_GRID, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (guide_content_get_therapies (content))), ==, 0);
  g_assert_null (guide_content_get_therapies_as_of (content));
}

static void
test_missing_field (void)
{
  assert_error (THERAPIES ("{ \"id\": \"x\", \"use\": \"approved\" }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x”", "field “name”");
  assert_error (THERAPIES ("{ \"id\": \"x\", \"name\": \"X\", \"use\": \"approved\" }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x”", "field “regulatory”");
  assert_error ("{ \"therapies\": [] }", GUIDE_DATA_ERROR_MISSING_FIELD, "“as-of”", NULL);
  assert_error (THERAPIES (THERAPY ("x", ", \"dose\": { \"steps\": [ { \"amount\": \"1 mg\" } ], "
                                         "\"food\": \"any\", \"sources\": [\"src\"] }")),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x/dose/steps/1”", "field “times-a-day”");
  /* The EU status must be given, even if only as "not-confirmed". */
  assert_error (THERAPIES ("{ \"id\": \"x\", \"name\": \"X\", \"use\": \"approved\", \"regulatory\": [ "
                           "{ \"region\": \"fda\", \"status\": \"not-approved\" } ], \"settings\": [] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x”", "“ema”");
  /* An approval needs its date. */
  assert_error (THERAPIES ("{ \"id\": \"x\", \"name\": \"X\", \"use\": \"approved\", \"regulatory\": [ "
                           "{ \"region\": \"fda\", \"status\": \"approved\", \"sources\": [\"src\"] } ], "
                           "\"settings\": [] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x/regulatory/fda”", "field “date”");
}

static void
test_unknown_field (void)
{
  assert_error (THERAPIES (THERAPY ("x", ", \"colour\": \"red\"")),
                GUIDE_DATA_ERROR_UNKNOWN_FIELD, "entry “x”", "field “colour”");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"sources\": [\"src\"], "
                                                 "\"confidence\": 0.95"))),
                GUIDE_DATA_ERROR_UNKNOWN_FIELD, "entry “x/figures/orr-naive”", "field “confidence”");
  assert_error ("{ \"as-of\": \"2026-11-26\", \"therapies\": [], \"extra\": 1 }",
                GUIDE_DATA_ERROR_UNKNOWN_FIELD, "field “extra”", NULL);
}

static void
test_figure_without_source (void)
{
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\""))),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x/figures/orr-naive”", "field “sources”");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"sources\": []"))),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x/figures/orr-naive”", "field “sources”");
  /* Brand names are facts too. */
  assert_error (THERAPIES (THERAPY ("x", ", \"brands\": [\"Brand\"]")),
                GUIDE_DATA_ERROR_MISSING_FIELD, "entry “x”", "field “names-sources”");
}

static void
test_unknown_source (void)
{
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"sources\": [\"src\", \"nope\"]"))),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "entry “x/figures/orr-naive”", "“nope”");
  assert_error (THERAPIES (THERAPY ("x", ", \"warnings\": { \"items\": [\"W\"], \"sources\": [\"gone\"] }")),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "entry “x/warnings”", "“gone”");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"trials\": [\"t9\"], "
                                                 "\"sources\": [\"src\"]"))),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "field “trials”", "“t9”");
}

static void
test_duplicate_id (void)
{
  assert_error (THERAPIES (THERAPY ("x", "") "," THERAPY ("y", "") "," THERAPY ("x", "")),
                GUIDE_DATA_ERROR_DUPLICATE_ID, "entry “x”", "field “id”");
  assert_error (THERAPIES (THERAPY ("x", ", \"figures\": [ "
                                         "{ \"id\": \"f\", \"measure\": \"pfs\", \"unit\": \"months\", "
                                         "\"value\": \"1.0\", \"sources\": [\"src\"] }, "
                                         "{ \"id\": \"f\", \"measure\": \"pfs\", \"unit\": \"months\", "
                                         "\"value\": \"2.0\", \"sources\": [\"src\"] } ]")),
                GUIDE_DATA_ERROR_DUPLICATE_ID, "entry “x/figures/f”", "field “id”");
}

static void
test_wrong_type (void)
{
  assert_error (THERAPIES ("{ \"id\": \"x\", \"name\": 5 }"),
                GUIDE_DATA_ERROR_WRONG_TYPE, "entry “x”", "field “name”");
  assert_error (THERAPIES (THERAPY ("x", ", \"figures\": { }")),
                GUIDE_DATA_ERROR_WRONG_TYPE, "entry “x”", "field “figures”");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": 72, \"sources\": [\"src\"]"))),
                GUIDE_DATA_ERROR_WRONG_TYPE, "entry “x/figures/orr-naive”", "field “value”");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"n\": \"fifty\", "
                                                 "\"sources\": [\"src\"]"))),
                GUIDE_DATA_ERROR_WRONG_TYPE, "entry “x/figures/orr-naive”", "field “n”");
  assert_error ("{ \"as-of\": \"2026-11-26\", \"therapies\": [ 7 ] }",
                GUIDE_DATA_ERROR_WRONG_TYPE, "field “therapies”", NULL);
}

static void
test_invalid_value (void)
{
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"101\", \"sources\": [\"src\"]"))),
                GUIDE_DATA_ERROR_INVALID_VALUE, "entry “x/figures/orr-naive”", "field “value”");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"72%\", \"sources\": [\"src\"]"))),
                GUIDE_DATA_ERROR_INVALID_VALUE, "field “value”", "72%");
  assert_error (THERAPIES (THERAPY ("x", FIGURE (", \"value\": \"50\", \"n\": 4, \"responders\": 5, "
                                                 "\"sources\": [\"src\"]"))),
                GUIDE_DATA_ERROR_INVALID_VALUE, "entry “x/figures/orr-naive”", "field “responders”");
  assert_error (THERAPIES ("{ \"id\": \"x\", \"name\": \"X\", \"use\": \"maybe\" }"),
                GUIDE_DATA_ERROR_INVALID_VALUE, "field “use”", "maybe");
  assert_error (THERAPIES ("{ \"id\": \"x\", \"name\": \"X\", \"use\": \"approved\", \"regulatory\": [ "
                           "{ \"region\": \"fda\", \"status\": \"approved\", \"date\": \"2019-02-30\", "
                           "\"sources\": [\"src\"] } ], \"settings\": [] }"),
                GUIDE_DATA_ERROR_INVALID_VALUE, "field “date”", "2019-02-30");
  assert_error ("{ \"as-of\": \"26/11/2026\", \"therapies\": [] }",
                GUIDE_DATA_ERROR_INVALID_VALUE, "field “as-of”", NULL);
  assert_error (THERAPIES ("{ \"id\": \"Bad Id\", \"name\": \"X\" }"),
                GUIDE_DATA_ERROR_INVALID_VALUE, "Bad Id", NULL);
}

/* Data: the shipped file */

static void
test_data_sources (void)
{
  g_autoptr(GuideContent) content = shipped_content ();
  GuideIdList *sources = guide_content_get_sources (content);
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (content));

  for (guint i = 0; i < g_list_model_get_n_items (therapies); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, i);
      g_auto(GStrv) cited = guide_therapy_dup_cited_sources (therapy);

      /* Every figure has at least one source, and each exists. */
      for (guint j = 0; j < guide_therapy_get_n_figures (therapy); j++)
        {
          const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, j);

          g_assert_nonnull (figure->sources[0]);
          for (guint k = 0; figure->sources[k] != NULL; k++)
            g_assert_nonnull (guide_id_list_lookup (sources, figure->sources[k]));
        }

      /* Every source cited anywhere exists and says what it is and when. */
      for (guint k = 0; cited[k] != NULL; k++)
        {
          GuideSource *source = guide_id_list_lookup (sources, cited[k]);

          g_test_message ("%s cites %s", guide_therapy_get_id (therapy), cited[k]);
          g_assert_nonnull (source);
          g_assert_nonnull (guide_source_get_title (source));
          g_assert_nonnull (guide_source_get_date (source));
        }

      /* Brands and maker are given only with their source. */
      if (guide_therapy_get_brands (therapy)[0] != NULL || guide_therapy_get_maker (therapy) != NULL)
        g_assert_nonnull (guide_therapy_get_names_sources (therapy)[0]);
    }
}

static void
test_data_dates (void)
{
  g_autoptr(GuideContent) content = shipped_content ();
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (content));

  g_assert_true (guide_date_is_valid (guide_content_get_therapies_as_of (content)));
  g_assert_cmpuint (strlen (guide_content_get_therapies_as_of (content)), ==, 10);

  for (guint i = 0; i < g_list_model_get_n_items (therapies); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, i);

      for (GuideRegion region = 0; region < GUIDE_N_REGIONS; region++)
        {
          const GuideTherapyApproval *approval = guide_therapy_get_approval (therapy, region);

          if (approval == NULL || approval->status != GUIDE_APPROVAL_APPROVED)
            continue;

          g_assert_true (guide_date_is_valid (approval->date));
          g_assert_cmpuint (strlen (approval->date), ==, 10);
          /* Nothing can be approved after the data was checked. */
          g_assert_cmpstr (approval->date, <=, guide_content_get_therapies_as_of (content));
        }
    }

  /* The dates the facts give. */
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "crizotinib"), GUIDE_REGION_FDA)->date, ==, "2016-03-11");
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "crizotinib"), GUIDE_REGION_EMA)->date, ==, "2016-08-31");
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "entrectinib"), GUIDE_REGION_FDA)->date, ==, "2019-08-15");
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "entrectinib"), GUIDE_REGION_EMA)->date, ==, "2020-07-31");
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "repotrectinib"), GUIDE_REGION_FDA)->date, ==, "2023-11-15");
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "taletrectinib"), GUIDE_REGION_FDA)->date, ==, "2025-06-11");
  g_assert_cmpstr (guide_therapy_get_approval (lookup (content, "taletrectinib"), GUIDE_REGION_CHINA)->date, ==, "2024-12-20");
  /* Zidesamtinib was under review when the facts were checked; whether
   * it was approved is not confirmed. */
  g_assert_cmpint (guide_therapy_get_approval (lookup (content, "zidesamtinib"), GUIDE_REGION_FDA)->status,
                   ==, GUIDE_APPROVAL_UNDER_REVIEW);
  g_assert_false (guide_therapy_is_approved (lookup (content, "zidesamtinib")));
}

static void
test_data_figures (void)
{
  g_autoptr(GuideContent) content = shipped_content ();
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (content));
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (therapies); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, i);

      for (guint j = 0; j < guide_therapy_get_n_figures (therapy); j++)
        {
          const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, j);

          total++;
          g_assert_cmpfloat (figure->number, >=, 0);
          if (figure->unit == GUIDE_UNIT_PERCENT)
            g_assert_cmpfloat (figure->number, <=, 100);

          /* "10 of 17" must round to the percentage shown. */
          if (figure->responders >= 0)
            {
              double share = 100.0 * figure->responders / figure->n;

              g_test_message ("%s %s: %s%% vs %d of %d", guide_therapy_get_id (therapy),
                              figure->id, figure->value, figure->responders, figure->n);
              g_assert_cmpfloat (fabs (share - figure->number), <=, 0.5);
            }
        }
    }

  /* Each figure equals the table above, and nothing else is there. */
  g_assert_cmpuint (total, ==, G_N_ELEMENTS (golden));
  for (guint i = 0; i < G_N_ELEMENTS (golden); i++)
    {
      const GuideTherapyFigure *figure =
        guide_therapy_lookup_figure (lookup (content, golden[i].therapy), golden[i].id);

      g_test_message ("%s %s", golden[i].therapy, golden[i].id);
      g_assert_nonnull (figure);
      g_assert_cmpstr (figure->value, ==, golden[i].value);
      g_assert_cmpint (figure->unit, ==, golden[i].unit);
      g_assert_cmpint (figure->n, ==, golden[i].n);
      g_assert_cmpint (figure->responders, ==, golden[i].responders);
      g_assert_cmpstr (figure->sources[0], ==, golden[i].source);
      g_assert_null (figure->sources[1]);
    }

  /* Where the facts have no confirmed figure, there is none. */
  g_assert_cmpuint (guide_therapy_get_n_figures (lookup (content, "ceritinib")), ==, 0);
  g_assert_cmpuint (guide_therapy_get_n_figures (lookup (content, "cabozantinib")), ==, 0);
  g_assert_cmpint (guide_therapy_get_brain (lookup (content, "crizotinib"))->status, ==, GUIDE_ACTIVITY_NOT_KNOWN);
  g_assert_cmpint (guide_therapy_get_g2032r (lookup (content, "entrectinib"))->status, ==, GUIDE_ACTIVITY_NOT_KNOWN);
  g_assert_cmpint (guide_therapy_get_g2032r (lookup (content, "lorlatinib"))->status, ==, GUIDE_ACTIVITY_NOT_ACTIVE);
  g_assert_null (guide_therapy_get_dose (lookup (content, "ceritinib")));
  g_assert_null (guide_therapy_get_brands (lookup (content, "zidesamtinib"))[0]);
}

/* Placeholders */

static char *
expand_to_text (GuideContent *content,
                const char   *markdown)
{
  g_autofree char *expanded = guide_content_expand (content, markdown, NULL);
  g_autoptr(GuideDocument) doc = guide_markdown_render (expanded, strlen (expanded));
  GuideBlock *block;

  g_assert_cmpuint (doc->blocks->len, ==, 1);
  block = g_ptr_array_index (doc->blocks, 0);

  return g_strdup (block->text);
}

static void
assert_resolves (GuideContent *content,
                 const char   *placeholder,
                 const char   *expected)
{
  g_autofree char *markdown = g_strdup_printf ("Value: {{%s}}", placeholder);
  g_autofree char *text = expand_to_text (content, markdown);
  g_autofree char *wanted = g_strdup_printf ("Value: %s", expected);

  g_test_message ("%s", placeholder);
  g_assert_cmpstr (text, ==, wanted);
}

static void
assert_unresolved (GuideContent *content,
                   const char   *placeholder)
{
  g_autofree char *markdown = g_strdup_printf ("{{%s}}", placeholder);
  g_autoptr(GPtrArray) unresolved = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expanded = guide_content_expand (content, markdown, unresolved);

  g_assert_cmpstr (expanded, ==, markdown);
  g_assert_cmpuint (unresolved->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unresolved, 0), ==, placeholder);
}

static void
test_resolver (void)
{
  g_autoptr(GuideContent) content = shipped_content ();

  assert_resolves (content, "therapy:crizotinib:name", "Crizotinib");
  assert_resolves (content, "therapy:crizotinib:brands", "Xalkori");
  assert_resolves (content, "therapy:taletrectinib:brands", "Ibtrozi, Dovbleron");
  assert_resolves (content, "therapy:crizotinib:maker", "Pfizer");
  assert_resolves (content, "therapy:repotrectinib:maker", "Bristol Myers Squibb");

  assert_resolves (content, "therapy:crizotinib:fda", "11 March 2016");
  assert_resolves (content, "therapy:crizotinib:ema", "31 August 2016");
  assert_resolves (content, "therapy:entrectinib:ema", "31 July 2020");
  assert_resolves (content, "therapy:taletrectinib:fda", "11 June 2025");
  assert_resolves (content, "therapy:repotrectinib:ema", "not confirmed");
  assert_resolves (content, "therapy:zidesamtinib:fda", "under FDA review");
  assert_resolves (content, "therapy:zidesamtinib:ema", "investigational, not approved");
  assert_resolves (content, "therapy:lorlatinib:fda", "not approved for ROS1");
  assert_resolves (content, "therapy:cabozantinib:ema", "not approved for ROS1");

  assert_resolves (content, "therapy:crizotinib:dose", "250 mg twice a day");
  assert_resolves (content, "therapy:entrectinib:dose", "600 mg once a day");
  assert_resolves (content, "therapy:repotrectinib:dose",
                   "160 mg once a day for the first 14 days, then 160 mg twice a day");
  assert_resolves (content, "therapy:lorlatinib:dose", "100 mg once a day (the dose used in the trial)");
  assert_resolves (content, "therapy:crizotinib:food", "with or without food");
  assert_resolves (content, "therapy:taletrectinib:food",
                   "on an empty stomach (nothing to eat 2 hours before and 2 hours after)");

  assert_resolves (content, "therapy:crizotinib:orr-naive", "72%");
  assert_resolves (content, "therapy:crizotinib:orr-naive:n", "50");
  assert_resolves (content, "therapy:crizotinib:pfs-naive", "19.2 months");
  assert_resolves (content, "therapy:entrectinib:pfs-naive", "19.0 months");
  assert_resolves (content, "therapy:repotrectinib:pfs-pretreated", "9.0 months");
  assert_resolves (content, "therapy:taletrectinib:orr-naive-pooled", "88.8%");
  assert_resolves (content, "therapy:repotrectinib:g2032r", "59%");
  assert_resolves (content, "therapy:repotrectinib:g2032r:count", "10 of 17");
  assert_resolves (content, "therapy:lorlatinib:brain-orr-pretreated:count", "12 of 24");
  assert_resolves (content, "therapy:zidesamtinib:orr-pretreated:n", "117");

  /* What the data does not have is reported, never made up. */
  assert_unresolved (content, "therapy:crizotinib:orr-naive:count");
  assert_unresolved (content, "therapy:taletrectinib:pfs-naive:n");
  assert_unresolved (content, "therapy:crizotinib:brain-orr-naive");
  assert_unresolved (content, "therapy:ceritinib:dose");
  assert_unresolved (content, "therapy:zidesamtinib:food");
  assert_unresolved (content, "therapy:zidesamtinib:brands");
  assert_unresolved (content, "therapy:lorlatinib:maker");
  assert_unresolved (content, "therapy:crizotinib:colour");
  assert_unresolved (content, "therapy:crizotinib:orr-naive:colour");
  assert_unresolved (content, "therapy:nope:name");
  assert_unresolved (content, "therapy:crizotinib");
}

static void
test_matches (void)
{
  g_autoptr(GuideContent) content = shipped_content ();
  GuideTherapy *taletrectinib = lookup (content, "taletrectinib");

  g_assert_true (guide_therapy_matches (taletrectinib, NULL));
  g_assert_true (guide_therapy_matches (taletrectinib, "  "));
  g_assert_true (guide_therapy_matches (taletrectinib, "TALE"));
  g_assert_true (guide_therapy_matches (taletrectinib, "dovbleron"));
  g_assert_true (guide_therapy_matches (taletrectinib, "nuvation"));
  g_assert_true (guide_therapy_matches (taletrectinib, "trust-ii"));
  g_assert_false (guide_therapy_matches (taletrectinib, "xalkori"));
}

/* The compare list: kept in the settings, shared, at most four. */
static void
test_compare_list (void)
{
  g_autoptr(GuideContent) content = shipped_content ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GuideIdList *therapies = guide_content_get_therapies (content);
  g_autoptr(GuideCompareList) a = NULL;
  g_autoptr(GuideCompareList) b = NULL;
  g_auto(GStrv) ids = NULL;
  const char * const stale[] = { "lorlatinib", "no-such-drug", "lorlatinib", "crizotinib", NULL };

  g_settings_reset (settings, GUIDE_COMPARE_LIST_KEY);
  a = guide_compare_list_new (settings, therapies);
  b = guide_compare_list_new (settings, therapies);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 0);

  g_assert_true (guide_compare_list_add (a, "taletrectinib"));
  g_assert_true (guide_compare_list_add (a, "crizotinib"));
  g_assert_true (guide_compare_list_add (a, "crizotinib"));
  g_assert_true (guide_compare_list_add (a, "lorlatinib"));
  g_assert_true (guide_compare_list_add (a, "entrectinib"));
  g_assert_true (guide_compare_list_is_full (a));
  g_assert_false (guide_compare_list_add (a, "ceritinib"));

  /* The other list follows, in the order of choosing. */
  ids = guide_compare_list_dup_ids (b);
  g_assert_cmpstrv (ids, ((const char * const[]) { "taletrectinib", "crizotinib", "lorlatinib",
                                                   "entrectinib", NULL }));
  g_clear_pointer (&ids, g_strfreev);
  ids = g_settings_get_strv (settings, GUIDE_COMPARE_LIST_KEY);
  g_assert_cmpuint (g_strv_length (ids), ==, 4);

  g_assert_true (guide_compare_list_remove (b, "crizotinib"));
  g_assert_false (guide_compare_list_remove (b, "crizotinib"));
  g_assert_false (guide_compare_list_contains (a, "crizotinib"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 3);
  {
    g_autoptr(GuideTherapy) first = g_list_model_get_item (G_LIST_MODEL (a), 0);

    g_assert_cmpstr (guide_therapy_get_id (first), ==, "taletrectinib");
  }

  /* Unknown or repeated ids in the settings are passed over. */
  g_settings_set_strv (settings, GUIDE_COMPARE_LIST_KEY, stale);
  g_clear_pointer (&ids, g_strfreev);
  ids = guide_compare_list_dup_ids (a);
  g_assert_cmpstrv (ids, ((const char * const[]) { "lorlatinib", "crizotinib", NULL }));

  guide_compare_list_clear (b);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/therapies/loader/shipped", test_shipped_loads);
  g_test_add_func ("/therapies/loader/good-fixture", test_good_fixture);
  g_test_add_func ("/therapies/loader/missing-file", test_missing_file);
  g_test_add_func ("/therapies/loader/missing-field", test_missing_field);
  g_test_add_func ("/therapies/loader/unknown-field", test_unknown_field);
  g_test_add_func ("/therapies/loader/figure-without-source", test_figure_without_source);
  g_test_add_func ("/therapies/loader/unknown-source", test_unknown_source);
  g_test_add_func ("/therapies/loader/duplicate-id", test_duplicate_id);
  g_test_add_func ("/therapies/loader/wrong-type", test_wrong_type);
  g_test_add_func ("/therapies/loader/invalid-value", test_invalid_value);
  g_test_add_func ("/therapies/data/sources", test_data_sources);
  g_test_add_func ("/therapies/data/dates", test_data_dates);
  g_test_add_func ("/therapies/data/figures", test_data_figures);
  g_test_add_func ("/therapies/resolver", test_resolver);
  g_test_add_func ("/therapies/matches", test_matches);
  g_test_add_func ("/therapies/compare-list", test_compare_list);

  return g_test_run ();
}
