/* test-handbook.c - the handbook index loader and its error messages
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-content.h"
#include "guide-test-util.h"

#define SOURCES \
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"A source\", " \
  "\"url\": \"https://example.org\", \"date\": \"2020-01-02\" } ] }"

#define TOPIC(id, extra) \
  "{ \"id\": \"" id "\", \"title\": \"Title " id "\", \"article\": \"articles/" id ".md\", " \
  "\"reviewed\": \"2026-11-26\", \"sources\": [\"src\"]" extra " }"

#define HANDBOOK(topics) \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"Section\", " \
  "\"topics\": [ " topics " ] } ] }"

/* Loads content made of the given handbook.json (NULL: none), a good
 * sources.json and articles a.md and b.md. */
static GuideContent *
load (const char *handbook,
      GError    **error)
{
  const char *files[] = {
    "sources.json", SOURCES,
    "articles/a.md", "# A\n\nText of A.",
    "articles/b.md", "Text of B with a [link](topic:a).",
    handbook ? "handbook.json" : NULL, handbook,
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);
  GuideContent *content = guide_content_new_from_directory (dir, error);

  guide_test_remove_tree (dir);

  return content;
}

static void
assert_error (const char    *handbook,
              GuideDataError code,
              const char    *must_contain_1,
              const char    *must_contain_2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load (handbook, &error);

  g_assert_null (content);
  g_assert_error (error, GUIDE_DATA_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "handbook.json"));
  if (must_contain_1 != NULL)
    g_assert_nonnull (strstr (error->message, must_contain_1));
  if (must_contain_2 != NULL)
    g_assert_nonnull (strstr (error->message, must_contain_2));
}

static void
test_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load (HANDBOOK (TOPIC ("a", ", \"related\": [\"b\"]") ","
                                                    TOPIC ("b", "")), &error);
  GuideHandbook *handbook;
  GuideTopic *a;

  g_assert_no_error (error);
  handbook = guide_content_get_handbook (content);
  g_assert_cmpuint (g_list_model_get_n_items (guide_handbook_get_topics (handbook)), ==, 2);
  g_assert_cmpstr (guide_handbook_get_reviewed (handbook), ==, "2026-11-26");

  a = guide_handbook_lookup (handbook, "a");
  g_assert_nonnull (a);
  g_assert_cmpstr (guide_topic_get_title (a), ==, "Title a");
  g_assert_cmpstr (guide_topic_get_section_title (a), ==, "Section");
  g_assert_cmpstr (guide_topic_get_related (a)[0], ==, "b");
  g_assert_cmpint (guide_topic_get_kind (a), ==, GUIDE_TOPIC_ARTICLE);
  g_assert_null (guide_handbook_lookup (handbook, "nope"));
}

static void
test_missing_file (void)
{
  assert_error (NULL, GUIDE_DATA_ERROR_NOT_FOUND, "missing", NULL);
}

static void
test_invalid_json (void)
{
  assert_error ("{ \"sections\": [ { \"id\": ", GUIDE_DATA_ERROR_PARSE, "JSON", NULL);
  assert_error ("", GUIDE_DATA_ERROR_PARSE, "empty", NULL);
  assert_error ("[1, 2]", GUIDE_DATA_ERROR_WRONG_TYPE, NULL, NULL);
  assert_error ("\xff\xfe{}", GUIDE_DATA_ERROR_PARSE, "UTF-8", NULL);
}

static void
test_missing_title (void)
{
  assert_error (HANDBOOK ("{ \"id\": \"a\", \"article\": \"articles/a.md\", \"reviewed\": \"2026-01-01\", "
                          "\"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“title”");
  assert_error (HANDBOOK ("{ \"id\": \"a\", \"title\": \"  \", \"article\": \"articles/a.md\", "
                          "\"reviewed\": \"2026-01-01\", \"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_MISSING_FIELD, "“a”", "“title”");
}

static void
test_duplicate_id (void)
{
  assert_error (HANDBOOK (TOPIC ("a", "") "," TOPIC ("a", "")),
                GUIDE_DATA_ERROR_DUPLICATE_ID, "“a”", NULL);
}

static void
test_missing_article (void)
{
  assert_error (HANDBOOK (TOPIC ("a", "") "," TOPIC ("c", "")),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "“c”", "articles/c.md");
}

static void
test_other_problems (void)
{
  /* A wrong type, an unknown field, a bad date, a missing source, a
   * related topic that does not exist, an unsafe path. */
  assert_error (HANDBOOK ("{ \"id\": \"a\", \"title\": 5 }"),
                GUIDE_DATA_ERROR_WRONG_TYPE, "“title”", NULL);
  assert_error (HANDBOOK (TOPIC ("a", ", \"colour\": \"red\"")),
                GUIDE_DATA_ERROR_UNKNOWN_FIELD, "“colour”", NULL);
  assert_error (HANDBOOK ("{ \"id\": \"a\", \"title\": \"A\", \"article\": \"articles/a.md\", "
                          "\"reviewed\": \"2026-02-30\", \"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“reviewed”", "2026-02-30");
  assert_error (HANDBOOK ("{ \"id\": \"a\", \"title\": \"A\", \"article\": \"articles/a.md\", "
                          "\"reviewed\": \"2026-01-01\", \"sources\": [\"nope\"] }"),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "“sources”", "nope");
  assert_error (HANDBOOK (TOPIC ("a", ", \"related\": [\"zzz\"]")),
                GUIDE_DATA_ERROR_BAD_REFERENCE, "“related”", "zzz");
  assert_error (HANDBOOK ("{ \"id\": \"a\", \"title\": \"A\", \"article\": \"../a.md\", "
                          "\"reviewed\": \"2026-01-01\", \"sources\": [\"src\"] }"),
                GUIDE_DATA_ERROR_INVALID_VALUE, "“article”", NULL);
  assert_error (HANDBOOK ("{ \"id\": \"Bad Id\", \"title\": \"A\" }"),
                GUIDE_DATA_ERROR_INVALID_VALUE, "Bad Id", NULL);
  assert_error ("{ \"reviewed\": \"2026-11-26\", \"sections\": [] }",
                GUIDE_DATA_ERROR_MISSING_FIELD, NULL, NULL);
}

static void
test_too_large (void)
{
  g_autoptr(GString) huge = g_string_new ("{ \"reviewed\": \"2026-11-26\", \"sections\": [], \"x\": \"");

  while (huge->len < 10 * 1024 * 1024)
    g_string_append (huge, "0123456789abcdef");
  g_string_append (huge, "\" }");

  assert_error (huge->str, GUIDE_DATA_ERROR_TOO_LARGE, "too large", NULL);
}

static char *
resolve_list (const char *key,
              gpointer    user_data)
{
  return g_strdup_printf ("- one %s\n- two", key);
}

static void
test_expand (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load (HANDBOOK (TOPIC ("a", "")), &error);
  g_autoptr(GPtrArray) unresolved = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  out = guide_content_expand (content, "Reviewed {{guide:reviewed}}; {{ guide:nope }} and {{x}}.", unresolved);
  g_assert_nonnull (strstr (out, "2026"));
  g_assert_nonnull (strstr (out, "{{ guide:nope }}"));
  g_assert_cmpuint (unresolved->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (unresolved, 0), ==, "guide:nope");
  g_assert_cmpstr (g_ptr_array_index (unresolved, 1), ==, "x");

  /* Markdown resolvers fill only a placeholder that stands alone. */
  guide_content_add_resolver (content, "list", GUIDE_RESOLVE_MARKDOWN, resolve_list, NULL, NULL);
  g_clear_pointer (&out, g_free);
  g_ptr_array_set_size (unresolved, 0);
  out = guide_content_expand (content, "Intro\n\n  {{list:a}}  \n\nText {{list:b}} here.", unresolved);
  g_assert_cmpstr (out, ==, "Intro\n\n  - one a\n- two  \n\nText {{list:b}} here.");
  g_assert_cmpuint (unresolved->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unresolved, 0), ==, "list:b");
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/handbook/good", test_good);
  g_test_add_func ("/handbook/missing-file", test_missing_file);
  g_test_add_func ("/handbook/invalid-json", test_invalid_json);
  g_test_add_func ("/handbook/missing-title", test_missing_title);
  g_test_add_func ("/handbook/duplicate-id", test_duplicate_id);
  g_test_add_func ("/handbook/missing-article", test_missing_article);
  g_test_add_func ("/handbook/other-problems", test_other_problems);
  g_test_add_func ("/handbook/too-large", test_too_large);
  g_test_add_func ("/handbook/expand", test_expand);

  return g_test_run ();
}
