/* test-support.c - the support page's data: support.json and its loader
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-content.h"
#include "guide-organisation.h"
#include "guide-test-util.h"

#define SOURCES \
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"A source\", " \
  "\"url\": \"https://example.org\", \"date\": \"2020-01-02\" }, " \
  "{ \"id\": \"other\", \"title\": \"Another\", \"date\": \"undated\" } ] }"

#define HANDBOOK \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"help\", \"title\": \"Help\", " \
  "\"topics\": [ { \"id\": \"support\", \"title\": \"Support\", \"kind\": \"support\" } ] } ] }"

#define ORG(id, extra) \
  "{ \"id\": \"" id "\", \"name\": \"Name " id "\", \"description\": \"What " id " does.\", " \
  "\"website\": \"https://" id ".example.org\", \"sources\": [\"src\"]" extra " }"

#define SUPPORT(orgs) "{ \"organisations\": [ " orgs " ] }"

#define HANDBOOK_WITHOUT_SUPPORT \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"help\", \"title\": \"Help\", " \
  "\"topics\": [ { \"id\": \"a\", \"title\": \"A\", \"article\": \"articles/a.md\", " \
  "\"reviewed\": \"2026-11-26\", \"sources\": [\"src\"] } ] } ] }"

/* Loads content with the given handbook and support.json (NULL: none). */
static GuideContent *
load_with (const char *handbook,
           const char *support,
           GError    **error)
{
  const char *files[] = {
    "sources.json", SOURCES,
    "handbook.json", handbook,
    "articles/a.md", "# A\n",
    support ? "support.json" : NULL, support,
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);
  GuideContent *content = guide_content_new_from_directory (dir, error);

  guide_test_remove_tree (dir);

  return content;
}

static GuideContent *
load (const char *support,
      GError    **error)
{
  return load_with (HANDBOOK, support, error);
}

static void
assert_error (const char    *support,
              GuideDataError code,
              const char    *must_contain_1,
              const char    *must_contain_2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load (support, &error);

  g_assert_null (content);
  g_assert_error (error, GUIDE_DATA_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "support.json"));
  if (must_contain_1 != NULL)
    g_assert_nonnull (strstr (error->message, must_contain_1));
  if (must_contain_2 != NULL)
    g_assert_nonnull (strstr (error->message, must_contain_2));
}

static void
test_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content =
    load (SUPPORT (ORG ("group", ", \"helpline\": \"1-800-LUNGUSA\", \"region\": \"Europe\"") ","
                   ORG ("finder", ", \"kind\": \"trial-finder\", \"sources\": [\"src\", \"other\"]")),
          &error);
  GuideIdList *list;
  GuideOrganisation *group, *finder;

  g_assert_no_error (error);
  list = guide_content_get_organisations (content);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == GUIDE_TYPE_ORGANISATION);

  group = guide_id_list_lookup (list, "group");
  g_assert_cmpstr (guide_organisation_get_name (group), ==, "Name group");
  g_assert_cmpstr (guide_organisation_get_description (group), ==, "What group does.");
  g_assert_cmpstr (guide_organisation_get_website (group), ==, "https://group.example.org");
  g_assert_cmpstr (guide_organisation_get_helpline (group), ==, "1-800-LUNGUSA");
  g_assert_cmpstr (guide_organisation_get_region (group), ==, "Europe");
  g_assert_cmpint (guide_organisation_get_kind (group), ==, GUIDE_ORGANISATION_GROUP);
  g_assert_cmpstr (guide_organisation_get_sources (group)[0], ==, "src");

  finder = guide_id_list_lookup (list, "finder");
  g_assert_cmpint (guide_organisation_get_kind (finder), ==, GUIDE_ORGANISATION_TRIAL_FINDER);
  g_assert_null (guide_organisation_get_helpline (finder));
  g_assert_null (guide_organisation_get_region (finder));
  g_assert_cmpuint (g_strv_length ((GStrv) guide_organisation_get_sources (finder)), ==, 2);
}

/* A handbook with a support page needs support.json; one without does
 * not, and has no organisations. */
static void
test_no_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;

  assert_error (NULL, GUIDE_DATA_ERROR_NOT_FOUND, "missing", NULL);

  content = load_with (HANDBOOK_WITHOUT_SUPPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (guide_content_get_organisations (content))), ==, 0);
}

static void
test_bad_file (void)
{
  assert_error ("", GUIDE_DATA_ERROR_PARSE, "empty", NULL);
  assert_error ("{ \"organisations\": [ ", GUIDE_DATA_ERROR_PARSE, "JSON", NULL);
  assert_error ("[]", GUIDE_DATA_ERROR_WRONG_TYPE, NULL, NULL);
  assert_error ("{ \"organisations\": [], \"extra\": 1 }", GUIDE_DATA_ERROR_UNKNOWN_FIELD, "“extra”", NULL);
  assert_error ("{ }", GUIDE_DATA_ERROR_MISSING_FIELD, "“organisations”", NULL);
  assert_error (SUPPORT ("5"), GUIDE_DATA_ERROR_WRONG_TYPE, "item 1", NULL);
}

static void
test_required_fields (void)
{
  assert_error (SUPPORT ("{ \"name\": \"N\" }"), GUIDE_DATA_ERROR_MISSING_FIELD, "“id”", NULL);
  assert_error (SUPPORT ("{ \"id\": \"a\", \"description\": \"D\", \"website\": \"https://a.org\", "
                         "\"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“name”");
  assert_error (SUPPORT ("{ \"id\": \"a\", \"name\": \"N\", \"description\": \" \", "
                         "\"website\": \"https://a.org\", \"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“description”");
  assert_error (SUPPORT ("{ \"id\": \"a\", \"name\": \"N\", \"description\": \"D\", \"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“website”");
  assert_error (SUPPORT ("{ \"id\": \"a\", \"name\": \"N\", \"description\": \"D\", "
                         "\"website\": \"https://a.org\" }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“sources”");
  assert_error (SUPPORT (ORG ("a", ", \"sources\": []")),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“sources”");
}

static void
test_links (void)
{
  /* Only secure web addresses; never plain http, javascript: or tel:. */
  assert_error (SUPPORT (ORG ("a", ", \"website\": \"http://a.org\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“website”", "https");
  assert_error (SUPPORT (ORG ("a", ", \"website\": \"javascript:alert(1)\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“website”", NULL);
  assert_error (SUPPORT (ORG ("a", ", \"website\": \"https://\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“website”", NULL);
  assert_error (SUPPORT (ORG ("a", ", \"helpline\": \"tel:+18002982436\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“helpline”", "tel:");
  assert_error (SUPPORT (ORG ("a", ", \"helpline\": \"call us\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“helpline”", NULL);
  assert_error (SUPPORT (ORG ("a", ", \"helpline\": \"12\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“helpline”", NULL);
}

static void
test_other_problems (void)
{
  assert_error (SUPPORT (ORG ("a", "") "," ORG ("a", "")), GUIDE_DATA_ERROR_DUPLICATE_ID, "“a”", NULL);
  assert_error (SUPPORT (ORG ("a", ", \"colour\": \"red\"")),
                GUIDE_DATA_ERROR_UNKNOWN_FIELD, "“a”", "“colour”");
  assert_error (SUPPORT (ORG ("a", ", \"sources\": [\"nope\"]")),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "“sources”", "nope");
  assert_error (SUPPORT (ORG ("a", ", \"kind\": \"shop\"")),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“kind”", "shop");
  assert_error (SUPPORT (ORG ("a", ", \"name\": 7")), GUIDE_DATA_ERROR_WRONG_TYPE, "“name”", NULL);
  assert_error (SUPPORT (ORG ("Not An Id", "")), GUIDE_DATA_ERROR_INVALID_VALUE, "Not An Id", NULL);
}

static void
test_helpline_is_valid (void)
{
  g_assert_true (guide_helpline_is_valid ("1-800-298-2436"));
  g_assert_true (guide_helpline_is_valid ("1-800-4-CANCER (1-800-422-6237)"));
  g_assert_true (guide_helpline_is_valid ("+44 20 7946 0000"));
  g_assert_false (guide_helpline_is_valid (NULL));
  g_assert_false (guide_helpline_is_valid (""));
  g_assert_false (guide_helpline_is_valid ("tel:123456"));
  g_assert_false (guide_helpline_is_valid ("<b>123</b>"));
  g_assert_false (guide_helpline_is_valid ("1-800-LUNGUSA 1-800-LUNGUSA 1-800-LUNGUSA"));
}

/* The organisations the guide ships: every one cites a source, links to a
 * secure address, and the trial finder searches ClinicalTrials.gov for
 * ROS1. A helpline is shown only where the sources give one. */
static void
test_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = guide_content_new_from_resource (&error);
  GListModel *list;
  guint n, finders = 0;
  GuideTopic *topic;

  g_assert_no_error (error);
  list = G_LIST_MODEL (guide_content_get_organisations (content));
  n = g_list_model_get_n_items (list);
  g_assert_cmpuint (n, >=, 7);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideOrganisation) org = g_list_model_get_item (list, i);

      g_assert_true (g_str_has_prefix (guide_organisation_get_website (org), "https://"));
      g_assert_nonnull (guide_organisation_get_sources (org)[0]);
      if (guide_organisation_get_kind (org) == GUIDE_ORGANISATION_TRIAL_FINDER)
        {
          finders++;
          g_assert_true (g_str_has_prefix (guide_organisation_get_website (org),
                                           "https://clinicaltrials.gov/search?"));
          g_assert_nonnull (strstr (guide_organisation_get_website (org), "ROS1"));
        }
    }
  g_assert_cmpuint (finders, ==, 1);

  g_assert_nonnull (guide_id_list_lookup (guide_content_get_organisations (content), "ros1ders"));
  /* Its number could not be confirmed from a source. */
  g_assert_null (guide_organisation_get_helpline (
    guide_id_list_lookup (guide_content_get_organisations (content), "lungevity")));

  topic = guide_handbook_lookup (guide_content_get_handbook (content), "support");
  g_assert_nonnull (topic);
  g_assert_cmpint (guide_topic_get_kind (topic), ==, GUIDE_TOPIC_SUPPORT);
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/support/good", test_good);
  g_test_add_func ("/support/no-file", test_no_file);
  g_test_add_func ("/support/bad-file", test_bad_file);
  g_test_add_func ("/support/required-fields", test_required_fields);
  g_test_add_func ("/support/links", test_links);
  g_test_add_func ("/support/other-problems", test_other_problems);
  g_test_add_func ("/support/helpline-is-valid", test_helpline_is_valid);
  g_test_add_func ("/support/shipped", test_shipped);

  return g_test_run ();
}
