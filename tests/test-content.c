/* test-content.c - the shipped content: index, articles, links, sources, questions
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is loaded as the app loads it, from the GResource, so these
 * tests also prove that the resource manifest lists every file. No display
 * is needed.
 */
#include <string.h>

#include "guide-content.h"
#include "guide-link.h"
#include "guide-source.h"
#include "guide-test-util.h"

#define CONTENT_URI "resource://" RESOURCE_BASE "/content"

/* The terms the articles rely on; each must be a heading of the glossary. */
static const char * const glossary_terms[] = {
  "tki", "ngs", "fusion", "biomarker", "biopsy", "liquid-biopsy", "fish", "ihc",
  "dna-and-rna-sequencing", "metastasis", "cns", "progression-free-survival-pfs",
  "response-rate", "intracranial-response", "resistance-mutation", "g2032r", "off-label",
  "clinical-trial", "median", "adenocarcinoma", "nsclc", "oncologist",
  NULL
};

static GuideContent *shipped;

static GuideContent *
shipped_content (void)
{
  if (shipped == NULL)
    {
      g_autoptr(GError) error = NULL;

      shipped = guide_content_new_from_resource (&error);
      g_assert_no_error (error);
      g_assert_nonnull (shipped);
    }

  return shipped;
}

static GListModel *
topics (void)
{
  return guide_handbook_get_topics (guide_content_get_handbook (shipped_content ()));
}

static GuideTopic *
lookup (const char *id)
{
  return guide_handbook_lookup (guide_content_get_handbook (shipped_content ()), id);
}

/* The article of @topic as the reader gets it, placeholders filled. */
static char *
article_markdown (GuideTopic *topic,
                  GPtrArray  *unresolved)
{
  g_autoptr(GError) error = NULL;
  char *markdown = guide_content_load_markdown (shipped_content (), topic, unresolved, &error);

  g_assert_no_error (error);
  g_assert_nonnull (markdown);

  return markdown;
}

static GuideDocument *
article_document (GuideTopic *topic)
{
  g_autofree char *markdown = article_markdown (topic, NULL);

  return guide_markdown_render (markdown, strlen (markdown));
}

/* The untranslated, unexpanded article file. */
static char *
article_source (GuideTopic *topic)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = guide_file_load_bytes (guide_topic_get_article (topic),
                                                   GUIDE_ARTICLE_MAX_SIZE, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
has_heading (GuideDocument *doc,
             const char    *anchor)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      GuideBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == GUIDE_BLOCK_HEADING && g_strcmp0 (block->anchor, anchor) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *str)
{
  return strv != NULL && g_strv_contains (strv, str);
}

/* Every article topic's file is in the resource and reads as an article
 * with some text. */
static void
test_every_topic_has_article (void)
{
  guint n = g_list_model_get_n_items (topics ());
  guint articles = 0;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics (), i);
      g_autoptr(GuideDocument) doc = NULL;

      if (guide_topic_get_kind (topic) != GUIDE_TOPIC_ARTICLE)
        continue;

      g_test_message ("topic %s", guide_topic_get_id (topic));
      g_assert_nonnull (guide_topic_get_article (topic));
      g_assert_true (g_str_has_prefix (guide_topic_get_article_path (topic), "articles/"));
      doc = article_document (topic);
      g_assert_cmpuint (doc->blocks->len, >, 2);
      g_assert_nonnull (guide_topic_get_summary (topic));
      g_assert_nonnull (guide_topic_get_icon_name (topic));
      g_assert_true (g_str_has_suffix (guide_topic_get_icon_name (topic), "-symbolic"));
      articles++;
    }

  g_assert_cmpuint (articles, >, 0);
}

static GuideTopic *
topic_for_article_path (const char *path)
{
  guint n = g_list_model_get_n_items (topics ());

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics (), i);

      if (g_strcmp0 (guide_topic_get_article_path (topic), path) == 0)
        return topic;
    }

  return NULL;
}

static GPtrArray *
list_markdown_files (GFile *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);

  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      if (g_str_has_suffix (g_file_info_get_name (info), ".md"))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
      g_object_unref (info);
    }
  g_assert_no_error (error);

  return names;
}

/* Every Markdown file in data/articles is in the resource manifest and in
 * the index, and the resource holds no article the index forgot. */
static void
test_every_article_is_indexed (void)
{
  g_autofree char *source_path = g_test_build_filename (G_TEST_DIST, "..", "data", "articles", NULL);
  g_autoptr(GFile) source_dir = g_file_new_for_path (source_path);
  g_autoptr(GFile) resource_dir = g_file_new_for_uri (CONTENT_URI "/articles");
  g_autoptr(GPtrArray) source_files = list_markdown_files (source_dir);
  g_autoptr(GPtrArray) resource_files = list_markdown_files (resource_dir);

  g_assert_cmpuint (source_files->len, >, 0);

  for (guint i = 0; i < source_files->len; i++)
    {
      const char *name = g_ptr_array_index (source_files, i);
      g_autofree char *path = g_strconcat ("articles/", name, NULL);

      g_test_message ("file %s", path);
      g_assert_true (g_ptr_array_find_with_equal_func (resource_files, name, g_str_equal, NULL));
      g_assert_nonnull (topic_for_article_path (path));
    }

  for (guint i = 0; i < resource_files->len; i++)
    {
      const char *name = g_ptr_array_index (resource_files, i);
      g_autofree char *path = g_strconcat ("articles/", name, NULL);

      g_test_message ("resource %s", path);
      g_assert_true (g_ptr_array_find_with_equal_func (source_files, name, g_str_equal, NULL));
      g_assert_nonnull (topic_for_article_path (path));
    }
}

/* Every link in every article goes somewhere: an internal link to a topic
 * that exists (and, with an anchor, to one of its headings; a glossary link
 * to a term of the glossary), an external one to https: or mailto:. */
static void
test_links_resolve (void)
{
  guint n = g_list_model_get_n_items (topics ());
  guint internal = 0, glossary = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics (), i);
      g_autoptr(GuideDocument) doc = NULL;

      if (guide_topic_get_kind (topic) != GUIDE_TOPIC_ARTICLE)
        continue;

      doc = article_document (topic);
      for (guint j = 0; j < doc->links->len; j++)
        {
          const char *uri = g_ptr_array_index (doc->links, j);
          g_autofree char *target_id = NULL;
          g_autofree char *anchor = NULL;
          GuideTopic *target;

          g_test_message ("%s: link %s", guide_topic_get_id (topic), uri);
          switch (guide_link_classify (uri, &target_id, &anchor))
            {
            case GUIDE_LINK_REFUSED:
              g_error ("%s: the link “%s” would be refused", guide_topic_get_id (topic), uri);
              break;

            case GUIDE_LINK_EXTERNAL:
              break;

            case GUIDE_LINK_TOPIC:
              target = lookup (target_id);
              if (target == NULL)
                g_error ("%s: the link “%s” names no topic", guide_topic_get_id (topic), uri);
              internal++;
              if (g_str_has_prefix (uri, "glossary:"))
                glossary++;
              if (anchor != NULL)
                {
                  g_autoptr(GuideDocument) target_doc = NULL;

                  g_assert_cmpint (guide_topic_get_kind (target), ==, GUIDE_TOPIC_ARTICLE);
                  target_doc = article_document (target);
                  if (!has_heading (target_doc, anchor))
                    g_error ("%s: the link “%s” names no heading of “%s”",
                             guide_topic_get_id (topic), uri, target_id);
                }
              break;

            default:
              g_assert_not_reached ();
            }
        }
    }

  /* The articles do link to each other and to the glossary. */
  g_assert_cmpuint (internal, >, 0);
  g_assert_cmpuint (glossary, >, 0);
}

/* Every article shows a real review date, no later than the review of the
 * whole content, and cites at least one source that has an https address. */
static void
test_review_dates_and_sources (void)
{
  const char *reviewed_all = guide_handbook_get_reviewed (guide_content_get_handbook (shipped_content ()));
  GuideIdList *sources = guide_content_get_sources (shipped_content ());
  guint n = g_list_model_get_n_items (topics ());

  g_assert_true (guide_date_is_valid (reviewed_all));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics (), i);
      const char * const *ids = guide_topic_get_sources (topic);
      const char *reviewed = guide_topic_get_reviewed (topic);
      guint with_url = 0;

      if (guide_topic_get_kind (topic) != GUIDE_TOPIC_ARTICLE)
        continue;

      g_test_message ("topic %s", guide_topic_get_id (topic));
      g_assert_nonnull (reviewed);
      g_assert_true (guide_date_is_valid (reviewed));
      g_assert_cmpint (strlen (reviewed), ==, strlen ("YYYY-MM-DD"));
      g_assert_cmpstr (reviewed, <=, reviewed_all);

      g_assert_nonnull (ids);
      for (guint j = 0; ids[j] != NULL; j++)
        {
          GuideSource *source = guide_id_list_lookup (sources, ids[j]);

          g_assert_nonnull (source);
          if (guide_source_get_url (source) != NULL)
            {
              g_assert_true (guide_uri_is_https (guide_source_get_url (source)));
              with_url++;
            }
        }
      g_assert_cmpuint (with_url, >, 0);
    }
}

/* No article shows a placeholder that nothing filled. */
static void
test_placeholders_resolve (void)
{
  guint n = g_list_model_get_n_items (topics ());

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics (), i);
      g_autoptr(GPtrArray) unresolved = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *markdown = NULL;

      if (guide_topic_get_kind (topic) != GUIDE_TOPIC_ARTICLE)
        continue;

      markdown = article_markdown (topic, unresolved);
      for (guint j = 0; j < unresolved->len; j++)
        g_test_message ("%s: {{%s}} is not filled", guide_topic_get_id (topic),
                        (char *) g_ptr_array_index (unresolved, j));
      g_assert_cmpuint (unresolved->len, ==, 0);
      g_assert_null (strstr (markdown, "{{"));
    }
}

/* The suggested questions: each cites sources that the article listing
 * them cites too, and that article shows every one of them. */
static void
test_questions (void)
{
  GListModel *questions = G_LIST_MODEL (guide_content_get_questions (shipped_content ()));
  guint n_topics = g_list_model_get_n_items (topics ());
  guint n = g_list_model_get_n_items (questions);
  guint listing = 0;

  g_assert_cmpuint (n, >, 0);
  g_assert_true (g_list_model_get_item_type (questions) == GUIDE_TYPE_QUESTION);

  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics (), i);
      g_autofree char *source = NULL;
      g_autofree char *markdown = NULL;

      if (guide_topic_get_kind (topic) != GUIDE_TOPIC_ARTICLE)
        continue;

      source = article_source (topic);
      if (strstr (source, "{{questions:list}}") == NULL)
        continue;

      listing++;
      markdown = article_markdown (topic, NULL);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(GuideQuestion) question = g_list_model_get_item (questions, j);
          const char * const *ids = guide_question_get_sources (question);
          g_autofree char *text = guide_markdown_escape (guide_question_get_text (question));

          g_test_message ("question %s", guide_question_get_id (question));
          g_assert_nonnull (strstr (markdown, text));
          for (guint k = 0; ids[k] != NULL; k++)
            if (!strv_contains (guide_topic_get_sources (topic), ids[k]))
              g_error ("%s cites “%s”, which the article “%s” does not list",
                       guide_question_get_id (question), ids[k], guide_topic_get_id (topic));
        }
    }

  g_assert_cmpuint (listing, ==, 1);
  g_assert_nonnull (lookup ("questions"));
}

/* The glossary has a heading for each term the articles rely on, and no
 * two headings with the same anchor. Every heading names its anchor
 * ("## Term {#term}"), so that links to it survive its translation. */
static void
test_glossary (void)
{
  GuideTopic *glossary = lookup ("glossary");
  g_autoptr(GuideDocument) doc = NULL;
  g_autoptr(GHashTable) anchors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) source = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (glossary);
  doc = article_document (glossary);

  source = g_file_load_bytes (guide_topic_get_article (glossary), NULL, NULL, NULL);
  g_assert_nonnull (source);
  lines = g_strsplit (g_bytes_get_data (source, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "#") && strstr (lines[i], "{#") == NULL)
      g_error ("glossary heading without an explicit anchor: “%s”", lines[i]);

  for (guint i = 0; glossary_terms[i] != NULL; i++)
    {
      g_test_message ("term %s", glossary_terms[i]);
      g_assert_true (has_heading (doc, glossary_terms[i]));
    }

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      GuideBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind != GUIDE_BLOCK_HEADING)
        continue;
      g_assert_cmpuint (block->level, ==, 2);
      if (!g_hash_table_add (anchors, block->anchor))
        g_error ("the glossary has two headings “%s”", block->anchor);
    }
}

/* questions.json, checked like every data file: a problem names the file,
 * the entry and the field. */
#define QUESTION_SOURCES \
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"A source\", " \
  "\"url\": \"https://example.org\", \"date\": \"2020-01-02\" } ] }"
#define QUESTION_HANDBOOK \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"Section\", " \
  "\"topics\": [ { \"id\": \"a\", \"title\": \"Topic [A]\", \"article\": \"a.md\", " \
  "\"reviewed\": \"2026-11-26\", \"sources\": [\"src\"] } ] } ] }"

/* Loads content with the given questions.json (NULL: none). The files
 * stay until @dir is removed; pass NULL to remove them at once. */
static GuideContent *
load_questions (const char *questions,
                GFile     **dir_out,
                GError    **error)
{
  const char *files[] = {
    "sources.json", QUESTION_SOURCES,
    "handbook.json", QUESTION_HANDBOOK,
    "a.md", "Ask:\n\n{{questions:list}}\n\nInline {{questions:list}} stays.\n",
    questions ? "questions.json" : NULL, questions,
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);
  GuideContent *content = guide_content_new_from_directory (dir, error);

  if (dir_out != NULL)
    *dir_out = g_steal_pointer (&dir);
  else
    guide_test_remove_tree (dir);

  return content;
}

static void
assert_questions_error (const char    *questions,
                        GuideDataError code,
                        const char    *must_contain)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load_questions (questions, NULL, &error);

  g_assert_null (content);
  g_assert_error (error, GUIDE_DATA_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "questions.json"));
  if (must_contain != NULL)
    g_assert_nonnull (strstr (error->message, must_contain));
}

static void
test_questions_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GPtrArray) unresolved = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GuideQuestion) first = NULL;
  g_autofree char *markdown = NULL;
  GuideIdList *questions;

  content = load_questions ("{ \"questions\": [ "
                            "{ \"id\": \"one\", \"text\": \"Is *this* [right]?\", "
                            "\"sources\": [\"src\"], \"topic\": \"a\" }, "
                            "{ \"id\": \"two\", \"text\": \"And this?\", \"sources\": [\"src\"] } ] }",
                            &dir, &error);
  g_assert_no_error (error);
  questions = guide_content_get_questions (content);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (questions)), ==, 2);

  first = g_list_model_get_item (G_LIST_MODEL (questions), 0);
  g_assert_cmpstr (guide_question_get_id (first), ==, "one");
  g_assert_cmpstr (guide_question_get_text (first), ==, "Is *this* [right]?");
  g_assert_cmpstr (guide_question_get_sources (first)[0], ==, "src");
  g_assert_cmpstr (guide_question_get_topic (first), ==, "a");
  g_assert_null (guide_question_get_topic (guide_id_list_lookup (questions, "two")));

  /* The list replaces a placeholder alone on its line, with the text
   * escaped and a link to the topic; inline, it stays. */
  markdown = guide_content_load_markdown (content, guide_handbook_lookup (guide_content_get_handbook (content), "a"),
                                          unresolved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (markdown, ==,
                   "Ask:\n\n"
                   "- Is \\*this\\* \\[right\\]? ([Topic \\[A\\]](<topic:a>))\n"
                   "- And this?\n\n"
                   "Inline {{questions:list}} stays.\n");
  g_assert_cmpuint (unresolved->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unresolved, 0), ==, "questions:list");

  /* Only "list" is known. */
  g_ptr_array_set_size (unresolved, 0);
  g_clear_pointer (&markdown, g_free);
  markdown = guide_content_expand (content, "{{questions:other}}", unresolved);
  g_assert_cmpuint (unresolved->len, ==, 1);

  guide_test_remove_tree (dir);
}

static void
test_questions_absent (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = load_questions (NULL, NULL, &error);
  g_autoptr(GPtrArray) unresolved = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *markdown = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (guide_content_get_questions (content))), ==, 0);

  /* With no questions, the placeholder stays visible to the tests. */
  markdown = guide_content_expand (content, "{{questions:list}}", unresolved);
  g_assert_cmpuint (unresolved->len, ==, 1);
}

static void
test_questions_errors (void)
{
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"sources\": [\"src\"] } ] }",
                          GUIDE_DATA_ERROR_MISSING_FIELD, "“text”");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": \"Q?\", \"sources\": [] } ] }",
                          GUIDE_DATA_ERROR_MISSING_FIELD, "“sources”");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": \"Q?\" } ] }",
                          GUIDE_DATA_ERROR_MISSING_FIELD, "“sources”");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": \"Q?\", \"sources\": [\"nope\"] } ] }",
                          GUIDE_DATA_ERROR_BAD_REFERENCE, "nope");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": \"Q?\", \"sources\": [\"src\"], "
                          "\"topic\": \"zzz\" } ] }",
                          GUIDE_DATA_ERROR_BAD_REFERENCE, "zzz");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": \"Q?\", \"sources\": [\"src\"] }, "
                          "{ \"id\": \"q\", \"text\": \"Again?\", \"sources\": [\"src\"] } ] }",
                          GUIDE_DATA_ERROR_DUPLICATE_ID, "“q”");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": \"Q?\", \"sources\": [\"src\"], "
                          "\"colour\": \"red\" } ] }",
                          GUIDE_DATA_ERROR_UNKNOWN_FIELD, "“colour”");
  assert_questions_error ("{ \"questions\": [ { \"id\": \"q\", \"text\": 5, \"sources\": [\"src\"] } ] }",
                          GUIDE_DATA_ERROR_WRONG_TYPE, "“text”");
  assert_questions_error ("{ \"questions\": [ ", GUIDE_DATA_ERROR_PARSE, NULL);
  assert_questions_error ("{ \"question\": [] }", GUIDE_DATA_ERROR_UNKNOWN_FIELD, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  guide_test_init (&argc, &argv);

  g_test_add_func ("/content/every-topic-has-article", test_every_topic_has_article);
  g_test_add_func ("/content/every-article-is-indexed", test_every_article_is_indexed);
  g_test_add_func ("/content/links-resolve", test_links_resolve);
  g_test_add_func ("/content/review-dates-and-sources", test_review_dates_and_sources);
  g_test_add_func ("/content/placeholders-resolve", test_placeholders_resolve);
  g_test_add_func ("/content/questions", test_questions);
  g_test_add_func ("/content/glossary", test_glossary);
  g_test_add_func ("/content/questions-file", test_questions_file);
  g_test_add_func ("/content/questions-absent", test_questions_absent);
  g_test_add_func ("/content/questions-errors", test_questions_errors);

  status = g_test_run ();
  g_clear_object (&shipped);

  return status;
}
