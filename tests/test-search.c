/* test-search.c - the search index: matching, ranking, snippets
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-content.h"
#include "guide-organisation.h"
#include "guide-search-index.h"
#include "guide-test-util.h"

#define TOPIC(id, title) \
  "{ \"id\": \"" id "\", \"title\": \"" title "\", \"article\": \"articles/" id ".md\", " \
  "\"reviewed\": \"2026-11-26\", \"sources\": [\"src\"] }"

/* A small guide whose every word is known to the tests. */
static const char *corpus[] = {
  "sources.json",
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"S\", \"date\": \"undated\" } ] }",

  "handbook.json",
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"topics\": [ "
  TOPIC ("entrectinib", "Entrectinib") ","
  TOPIC ("crizotinib", "Crizotinib") ","
  TOPIC ("effets", "Effets secondaires") ","
  TOPIC ("long", "A long article") ","
  "{ \"id\": \"support\", \"title\": \"Community\", \"kind\": \"support\" } ] } ] }",

  /* Blocks: 0 heading, 1 paragraph, 2 heading, 3 paragraph, 4 paragraph */
  "articles/entrectinib.md",
  "# About this medicine\n\n"
  "Entrectinib’s side effects are often mild.\n\n"
  "## Side effects\n\n"
  "Tiredness and dizziness are common effects.\n\n"
  "The medicine reaches the brain.\n",

  /* Blocks: 0, 1, 2 paragraphs */
  "articles/crizotinib.md",
  "Crizotinib was the first medicine for ROS1. It is taken twice a day.\n\n"
  "Effects on the eyes: some people see flashes. The side of the body does not matter.\n\n"
  "Some therapies cause a visionary dream; vision changes are common.\n",

  /* Blocks: 0, 1, 2 paragraphs */
  "articles/effets.md",
  "Les effets indésirables sont fréquents au début.\n\n"
  "Müdigkeit und Übelkeit kommen vor; die Straße ist weit.\n\n"
  "La fatiga es común en pacientes jóvenes.\n",

  /* Seven paragraphs that mention nausea, and a long one. */
  "articles/long.md",
  "Nausea one.\n\nNausea two.\n\nNausea three.\n\nNausea four.\n\n"
  "Nausea five.\n\nNausea six.\n\nNausea seven.\n\n"
  "Ça commence très, très lentement, avec des mots qui ne servent à rien, puis encore "
  "d’autres mots qui remplissent la ligne sans rien dire de plus, jusqu’au mot clé "
  "zéphyr qui arrive enfin, suivi d’une longue traîne de mots inutiles qui ne finit "
  "pas avant d’avoir dépassé largement la taille d’un extrait ordinaire de recherche.\n",

  "support.json",
  "{ \"organisations\": [ { \"id\": \"helpers\", \"name\": \"Helpline Friends\", "
  "\"description\": \"A free helpline answered by nurses.\", \"region\": \"Europe\", "
  "\"website\": \"https://helpers.example.org\", \"helpline\": \"1-800-555-0100\", "
  "\"sources\": [\"src\"] } ] }",

  NULL,
};

/* The index of content made of @files (names and contents). */
static GuideSearchIndex *
index_of_files (const char **files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = guide_test_write_files (files);
  g_autoptr(GuideContent) content = guide_content_new_from_directory (dir, &error);
  GuideSearchIndex *index;

  g_assert_no_error (error);
  index = guide_search_index_new_for_content (content);
  guide_test_remove_tree (dir);

  return index;
}

static GuideSearchResult *
nth (GListModel *results,
     guint       n)
{
  g_autoptr(GuideSearchResult) result = g_list_model_get_item (results, n);

  g_assert_nonnull (result);

  /* The list holds a reference for as long as the test looks. */
  return result;
}

/* "topic:block" (or "topic/item:field") of each result, joined by spaces. */
static char *
describe (GListModel *results)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      GuideSearchResult *result = nth (results, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, guide_search_result_get_topic_id (result));
      if (guide_search_result_get_item_id (result) != NULL)
        g_string_append_printf (out, "/%s", guide_search_result_get_item_id (result));
      g_string_append_printf (out, ":%d", guide_search_result_get_block (result));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_hits (GuideSearchIndex *index,
             const char       *query,
             const char       *expected)
{
  g_autoptr(GListModel) results = guide_search_index_query (index, query, 50);
  g_autofree char *got = describe (results);

  g_test_message ("“%s” -> %s", query, got);
  g_assert_cmpstr (got, ==, expected);
}

/* The text of the first highlight of @result's snippet. */
static char *
first_highlight (GuideSearchResult *result)
{
  guint n = 0;
  const GuideSearchRange *ranges = guide_search_result_get_highlights (result, &n);

  g_assert_cmpuint (n, >, 0);
  return g_utf8_substring (guide_search_result_get_snippet (result), ranges[0].start, ranges[0].end);
}

static void
test_normalize (void)
{
  static const char *cases[][2] = {
    { "Entrectinib", "entrectinib" },
    { "ENTRECTINIB's", "entrectinib" },
    { "entrectinib’s", "entrectinib" },
    { "effects", "effect" },
    { "therapies", "therapy" },
    { "Indésirables", "indesirable" },
    { "Übelkeit", "ubelkeit" },
    { "Straße", "strasse" },
    { "común", "comun" },
    { "pacientes", "paciente" },
    { "ÇA", "ca" },
    { "œdème", "oedeme" },
    { "metastasis", "metastasis" },
    { "less", "less" },
    { "virus", "virus" },
    { "ROS1", "ros1" },
    { "  --nausea!", "nausea" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *word = guide_search_normalize_word (cases[i][0]);
      g_assert_cmpstr (word, ==, cases[i][1]);
    }

  g_assert_null (guide_search_normalize_word ("  ... "));
  g_assert_null (guide_search_normalize_word (""));
}

/* Ranking: a topic's title first, then headings, then paragraphs; words
 * side by side before scattered ones; whole words before longer words
 * that start with them; ties in reading order. */
static void
test_ranking (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);

  /* The title, then the paragraph that names it. */
  assert_hits (index, "crizotinib", "crizotinib:-1 crizotinib:0");
  assert_hits (index, "entrectinib", "entrectinib:-1 entrectinib:1");

  /* The heading "Side effects", then the paragraph with the phrase, then
   * the one where the words are apart, then the one under the heading. */
  assert_hits (index, "side effects", "entrectinib:2 entrectinib:1 crizotinib:1 entrectinib:3");

  /* "vision" itself before "visionary". */
  assert_hits (index, "vision", "crizotinib:2");
  {
    g_autoptr(GListModel) results = guide_search_index_query (index, "vision", 10);
    GuideSearchResult *result = nth (results, 0);
    guint n = 0;
    const GuideSearchRange *ranges = guide_search_result_get_highlights (result, &n);
    g_autofree char *a = NULL, *b = NULL;

    /* Both words are shown; the match to scroll to is the first. */
    g_assert_cmpuint (n, ==, 2);
    a = g_utf8_substring (guide_search_result_get_snippet (result), ranges[0].start, ranges[0].end);
    b = g_utf8_substring (guide_search_result_get_snippet (result), ranges[1].start, ranges[1].end);
    g_assert_cmpstr (a, ==, "visionary");
    g_assert_cmpstr (b, ==, "vision");
  }
  assert_hits (index, "visionary", "crizotinib:2");

  /* A word in a topic's title counts for its paragraphs: the paragraph
   * about the brain in the entrectinib article. */
  assert_hits (index, "entrectinib brain", "entrectinib:4");
  /* ... and a heading for the paragraph under it. */
  assert_hits (index, "tiredness side", "entrectinib:3");

  /* A heading before paragraphs, a short paragraph before a long one. */
  assert_hits (index, "medicine", "entrectinib:0 entrectinib:4 crizotinib:0");
}

static void
test_case_and_accents (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);

  assert_hits (index, "INDESIRABLES", "effets:0");
  assert_hits (index, "indésirables", "effets:0");
  assert_hits (index, "ubelkeit", "effets:1");
  assert_hits (index, "ÜBELKEIT", "effets:1");
  assert_hits (index, "müdigkeit", "effets:1");
  assert_hits (index, "strasse", "effets:1");
  assert_hits (index, "comun JOVENES", "effets:2");
  assert_hits (index, "Ca commence", "long:7");
  assert_hits (index, "effets", "effets:-1 effets:0");

  {
    g_autoptr(GListModel) results = guide_search_index_query (index, "ubelkeit", 10);
    g_autofree char *word = first_highlight (nth (results, 0));

    g_assert_cmpstr (word, ==, "Übelkeit");
  }
}

static void
test_word_endings (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);
  g_autoptr(GListModel) results = NULL;
  g_autofree char *word = NULL;

  /* A possessive: the highlight is the name alone. */
  assert_hits (index, "entrectinib's", "entrectinib:-1 entrectinib:1");
  results = guide_search_index_query (index, "entrectinib", 10);
  word = first_highlight (nth (results, 1));
  g_assert_cmpstr (word, ==, "Entrectinib");
  g_assert_cmpuint (guide_search_result_get_match (nth (results, 1))->start, ==, 0);
  g_assert_cmpuint (guide_search_result_get_match (nth (results, 1))->end, ==, 11);

  /* Singular and plural find each other. */
  assert_hits (index, "effect", "entrectinib:2 entrectinib:1 entrectinib:3 crizotinib:1");
  assert_hits (index, "therapy", "crizotinib:2");
  assert_hits (index, "paciente", "effets:2");

  /* As you type: the start of a word finds it. */
  assert_hits (index, "dizz", "entrectinib:3");
  assert_hits (index, "zéph", "long:7");
  /* Too short to stand for longer words. */
  assert_hits (index, "di", "");
}

static void
test_snippets (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);
  g_autoptr(GListModel) results = guide_search_index_query (index, "zephyr", 10);
  GuideSearchResult *result;
  const char *snippet;
  g_autofree char *word = NULL;
  const GuideSearchRange *match;
  g_autoptr(GFile) dir = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  result = nth (results, 0);
  snippet = guide_search_result_get_snippet (result);
  g_test_message ("%s", snippet);

  /* Cut from a long paragraph, on word boundaries, marked as cut. */
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_true (g_str_has_suffix (snippet, "…"));
  g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, 122);
  g_assert_false (g_str_has_prefix (snippet, "… "));
  g_assert_false (g_str_has_suffix (snippet, " …"));

  /* The highlight is the word, counted in characters, not bytes. */
  word = first_highlight (result);
  g_assert_cmpstr (word, ==, "zéphyr");
  g_assert_cmpstr (guide_search_result_get_topic_title (result), ==, "A long article");

  /* The match is in characters of the whole paragraph. */
  match = guide_search_result_get_match (result);
  dir = guide_test_write_files (corpus);
  {
    g_autoptr(GuideContent) content = guide_content_new_from_directory (dir, NULL);
    GuideTopic *topic = guide_handbook_lookup (guide_content_get_handbook (content), "long");
    g_autoptr(GuideDocument) doc = guide_content_load_article (content, topic, NULL);
    const GuideBlock *block = g_ptr_array_index (doc->blocks, guide_search_result_get_block (result));
    g_autofree char *matched = g_utf8_substring (block->text, match->start, match->end);

    g_assert_cmpstr (matched, ==, "zéphyr");
  }
  guide_test_remove_tree (dir);

  /* A short block is shown whole. */
  g_clear_object (&results);
  results = guide_search_index_query (index, "flashes", 10);
  g_assert_cmpstr (guide_search_result_get_snippet (nth (results, 0)), ==,
                   "Effects on the eyes: some people see flashes. The side of the body does not matter.");

  /* A match near the end of a long block: the snippet starts shortly
   * before it, and is not cut at the end. */
  g_clear_object (&results);
  results = guide_search_index_query (index, "recherche", 10);
  snippet = guide_search_result_get_snippet (nth (results, 0));
  g_test_message ("%s", snippet);
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_true (g_str_has_suffix (snippet, "recherche."));
  g_clear_pointer (&word, g_free);
  word = first_highlight (nth (results, 0));
  g_assert_cmpstr (word, ==, "recherche");
  g_assert_cmpuint (guide_search_result_get_highlights (nth (results, 0), NULL)[0].start, <=, 31);
}

static void
test_limits (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);
  g_autoptr(GListModel) results = NULL;

  /* Seven paragraphs match; one topic gives at most five hits. */
  assert_hits (index, "nausea", "long:0 long:1 long:2 long:3 long:4");

  results = guide_search_index_query (index, "side", 2);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
}

static void
test_no_results (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);

  assert_hits (index, "xylophone", "");
  assert_hits (index, "", "");
  assert_hits (index, "  ?! ", "");
  /* Every word must be found. */
  assert_hits (index, "entrectinib xylophone", "");
  /* A word only in context (a title) is not a hit on its own. */
  assert_hits (index, "secondaires indesirables", "effets:0");
}

static void
test_support (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (corpus);
  g_autoptr(GListModel) results = NULL;

  assert_hits (index, "nurses", "support/helpers:1");
  assert_hits (index, "helpline", "support/helpers:0 support/helpers:1");
  assert_hits (index, "555", "support/helpers:2");
  assert_hits (index, "europe", "support/helpers:3");
  assert_hits (index, "community", "support:-1");

  results = guide_search_index_query (index, "nurses", 10);
  g_assert_cmpstr (guide_search_result_get_topic_title (nth (results, 0)), ==, "Community");
  g_assert_cmpstr (guide_search_result_get_item_title (nth (results, 0)), ==, "Helpline Friends");
}

/* Documents added by hand: the way a new kind of content is indexed. */
static void
test_add_text (void)
{
  g_autoptr(GuideSearchIndex) index = guide_search_index_new ();

  guide_search_index_add_topic (index, "drugs", "Medicines", NULL);
  guide_search_index_add_text (index, "drugs", "a", 0, "Alpha tablets", NULL, GUIDE_SEARCH_WEIGHT_NAME);
  guide_search_index_add_text (index, "drugs", "b", 0, "Beta tablets", NULL, GUIDE_SEARCH_WEIGHT_NAME);
  g_assert_cmpuint (guide_search_index_get_n_documents (index), ==, 3);
  g_assert_cmpuint (guide_search_index_get_n_words (index), ==, 5);

  /* Equal matches come in the order they were added. */
  assert_hits (index, "tablet", "drugs/a:0 drugs/b:0");
  assert_hits (index, "beta", "drugs/b:0");

  /* Added after a query: found by the next one. */
  guide_search_index_add_text (index, "drugs", "c", 0, "Gamma tablets", NULL, GUIDE_SEARCH_WEIGHT_NAME);
  assert_hits (index, "gamma", "drugs/c:0");
}

static char *
shipped_file (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE "/content/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The shipped therapies, on a page that compares them: found by name,
 * brand name and side effect, the hit saying which medicine. */
static void
test_therapies (void)
{
  g_autofree char *sources = shipped_file ("sources.json");
  g_autofree char *therapies = shipped_file ("therapies.json");
  const char *files[] = {
    "sources.json", sources,
    "therapies.json", therapies,
    "handbook.json",
    "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"t\", \"title\": \"T\", "
    "\"topics\": [ { \"id\": \"therapies\", \"title\": \"Compare the medicines\", "
    "\"kind\": \"therapies\" } ] } ] }",
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = guide_content_new_from_directory (dir, &error);
  g_autoptr(GuideSearchIndex) index = NULL;
  g_autoptr(GListModel) results = NULL;
  GuideSearchResult *result;

  guide_test_remove_tree (dir);
  g_assert_no_error (error);
  index = guide_search_index_new_for_content (content);

  /* The medicine itself first; other medicines' notes may name it too. */
  results = guide_search_index_query (index, "crizotinib", 10);
  g_assert_cmpstr (guide_search_result_get_item_id (nth (results, 0)), ==, "crizotinib");
  g_assert_cmpint (guide_search_result_get_block (nth (results, 0)), ==, GUIDE_SEARCH_THERAPY_NAME);
  g_clear_object (&results);
  assert_hits (index, "xalkori", "therapies/crizotinib:0");
  assert_hits (index, "rozlytrek", "therapies/entrectinib:0");

  results = guide_search_index_query (index, "eyesight", 10);
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  result = nth (results, 0);
  g_assert_cmpstr (guide_search_result_get_item_id (result), ==, "crizotinib");
  g_assert_cmpint (guide_search_result_get_block (result), ==, GUIDE_SEARCH_THERAPY_SIDE_EFFECTS);
  g_assert_cmpstr (guide_search_result_get_item_title (result), ==, "Crizotinib");
  g_assert_true (g_str_has_prefix (guide_search_result_get_snippet (result), "Side effects: "));
  g_assert_cmpstr (guide_search_result_get_topic_title (result), ==, "Compare the medicines");
}

/* The shipped content: every hit points at the word it found. */
static void
test_shipped (void)
{
  static const char *queries[] = { "ROS1", "lung cancer", "fusion", "helpline", "trials" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = guide_content_new_from_resource (&error);
  g_autoptr(GuideSearchIndex) index = NULL;
  GuideHandbook *handbook;

  g_assert_no_error (error);
  handbook = guide_content_get_handbook (content);
  index = guide_search_index_new_for_content (content);
  g_assert_cmpuint (guide_search_index_get_n_documents (index), >, 10);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GListModel) results = guide_search_index_query (index, queries[q], 50);
      g_auto(GStrv) words = g_strsplit (queries[q], " ", -1);
      guint n = g_list_model_get_n_items (results);

      g_test_message ("“%s”: %u hits", queries[q], n);
      g_assert_cmpuint (n, >, 0);

      for (guint i = 0; i < n; i++)
        {
          GuideSearchResult *result = nth (results, i);
          GuideTopic *topic = guide_handbook_lookup (handbook, guide_search_result_get_topic_id (result));
          const GuideSearchRange *match = guide_search_result_get_match (result);
          g_autofree char *text = NULL;
          g_autofree char *matched = NULL;
          g_autofree char *normal = NULL;

          g_assert_nonnull (topic);
          g_assert_cmpstr (guide_search_result_get_topic_title (result), ==, guide_topic_get_title (topic));
          if (i > 0)
            g_assert_cmpfloat (guide_search_result_get_score (result), <=,
                               guide_search_result_get_score (nth (results, i - 1)));

          if (guide_search_result_get_item_id (result) != NULL)
            {
              /* An item is an organisation or a therapy, by its page. */
              GuideIdList *items = guide_topic_get_kind (topic) == GUIDE_TOPIC_SUPPORT
                                   ? guide_content_get_organisations (content)
                                   : guide_content_get_therapies (content);

              g_assert_nonnull (guide_id_list_lookup (items, guide_search_result_get_item_id (result)));
              continue;
            }

          if (guide_search_result_get_block (result) < 0)
            text = g_strdup (guide_topic_get_title (topic));
          else
            {
              g_autoptr(GuideDocument) doc = guide_content_load_article (content, topic, NULL);
              const GuideBlock *block = g_ptr_array_index (doc->blocks, guide_search_result_get_block (result));
              text = g_strdup (block->text);
            }

          matched = g_utf8_substring (text, match->start, match->end);
          normal = guide_search_normalize_word (matched);
          for (guint w = 0; words[w] != NULL; w++)
            {
              g_autofree char *word = guide_search_normalize_word (words[w]);

              if (g_str_has_prefix (normal, word) || g_str_has_prefix (word, normal))
                break;
              /* The word matched is one of the query's. */
              g_assert_nonnull (words[w + 1]);
            }
        }
    }
}

/* Text written without spaces ----------------------------------------------- */

/* A small guide in Chinese, with a little Japanese and Thai. */
static const char *cjk_corpus[] = {
  "sources.json",
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"S\", \"date\": \"undated\" } ] }",

  "handbook.json",
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"topics\": [ "
  TOPIC ("spread", "癌症的扩散") ","
  TOPIC ("other", "其他语言") " ] } ] }",

  /* Blocks: 0 to 5, paragraphs. Block 0 has 脑转移 ("brain
   * metastases") as written; block 2 has its characters, but apart: 脑转
   * in 电脑转发 ("forwarded by computer") and 转移 in 肿瘤转移. */
  "articles/spread.md",
  "肺癌可能扩散到身体的其他部位，例如骨骼和大脑。扩散到大脑的叫作脑转移，医生会定期检查。"
  "检查大脑时通常用磁共振，看看有没有新的病灶；有时也会同时查看骨骼和肝脏。\n\n"
  "转移性肺癌是指癌症已经扩散。\n\n"
  "他用电脑转发了肿瘤转移的文章。\n\n"
  "ROS1阳性肺癌并不常见。\n\n"
  "第一次看病时，请带上以前的检查结果和所有药物的清单，包括中药和保健品。"
  "医生会问您什么时候开始咳嗽，有没有胸痛或者呼吸困难，体重有没有变化。"
  "请如实回答，不必担心问题太多。如果听不懂，可以请医生再说一遍，或者写下来。"
  "家人可以陪您一起去，帮您记住医生说的话。回家以后，把骨骼扫描的时间写在日历上，"
  "按时服药，有任何新的症状都要告诉医生。如果出现发烧、剧烈头痛或者突然看不清东西，"
  "不要等到下次复诊，马上联系医疗团队。很多医院都有护士热线，可以在晚上和周末打电话咨询。"
  "也可以加入患者群，和经历相似的人交流。\n",

  /* Blocks: 0 Japanese, 1 Thai */
  "articles/other.md",
  "がんの脳転移について医師に相談してください。\n\n"
  "มะเร็งปอดชนิด ROS1 พบได้ไม่บ่อย\n",

  NULL,
};

/* The highlighted stretches of @result's snippet, joined by "|". */
static char *
highlights (GuideSearchResult *result)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *snippet = guide_search_result_get_snippet (result);
  guint n = 0;
  const GuideSearchRange *ranges = guide_search_result_get_highlights (result, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_utf8_substring (snippet, ranges[i].start, ranges[i].end);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, text);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_highlights (GuideSearchIndex *index,
                   const char       *query,
                   guint             n,
                   const char       *expected)
{
  g_autoptr(GListModel) results = guide_search_index_query (index, query, 50);
  g_autofree char *got = highlights (nth (results, n));

  g_test_message ("“%s”, hit %u: %s", query, n, got);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_cjk_normalize (void)
{
  static const char *cases[][2] = {
    /* Two characters, the first gram; one on its own. */
    { "转移", "转移" },
    { "脑转移", "脑转" },
    { "癌", "癌" },
    /* Latin letters before Chinese are a word of their own. */
    { "ROS1阳性", "ros1" },
    /* Full-width letters and digits, as Chinese input methods type them. */
    { "ＲＯＳ１", "ros1" },
    /* The same kana, composed or not; marks are kept (が is not か). */
    { "が", "か\xe3\x82\x99" },
    { "か\xe3\x82\x99", "か\xe3\x82\x99" },
    { "か", "か" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *word = guide_search_normalize_word (cases[i][0]);
      g_assert_cmpstr (word, ==, cases[i][1]);
    }

  /* Full-width punctuation is no word. */
  g_assert_null (guide_search_normalize_word ("，。：“”"));
}

/* Characters are found inside a run of them, not only where it starts. */
static void
test_cjk_inside (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (cjk_corpus);

  /* 转移 in 脑转移, at the start of 转移性, and in 肿瘤转移: the short
   * paragraphs first. */
  assert_hits (index, "转移", "spread:1 spread:2 spread:0");
  assert_highlights (index, "转移", 0, "转移");
  assert_highlights (index, "转移", 1, "转移");
  assert_highlights (index, "转移", 2, "转移");

  /* One character finds every run that holds it. */
  assert_hits (index, "骨", "spread:0 spread:4");
  assert_highlights (index, "骨", 0, "骨|骨");
  assert_hits (index, "癌", "spread:-1 spread:1 spread:3 spread:0");

  /* Latin and Chinese written together are found apart. */
  assert_hits (index, "阳性", "spread:3");
  assert_highlights (index, "阳性", 0, "阳性");
  assert_hits (index, "ROS1阳性", "spread:3");
  assert_hits (index, "ros1 阳性", "spread:3");
  assert_highlights (index, "ros1 阳性", 0, "ROS1|阳性");
  assert_hits (index, "ＲＯＳ１", "spread:3 other:1");
}

/* Every gram of a query must be found; where its characters stand as
 * typed, the hit comes first and only they are highlighted. */
static void
test_cjk_adjacent (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (cjk_corpus);
  g_autoptr(GListModel) results = NULL;

  assert_hits (index, "脑转移", "spread:0 spread:2");
  assert_highlights (index, "脑转移", 0, "脑转移");
  assert_highlights (index, "脑转移", 1, "脑转|转移");

  /* The paragraph that has the characters apart is short, so its score
   * alone would put it first. */
  results = guide_search_index_query (index, "脑转移", 10);
  g_assert_cmpfloat (guide_search_result_get_score (nth (results, 1)), >,
                     guide_search_result_get_score (nth (results, 0)));

  /* The match to scroll to is the whole run. */
  {
    const GuideSearchRange *match = guide_search_result_get_match (nth (results, 0));

    g_assert_cmpuint (match->end - match->start, ==, 3);
  }

  /* Where one gram is missing, nothing is found. */
  assert_hits (index, "脑转移瘤", "");
  assert_hits (index, "移转", "");
  /* Every word of the query, as in other languages. */
  assert_hits (index, "脑转移 骨骼", "spread:0");
  assert_hits (index, "脑转移 心脏", "");
  assert_hits (index, "，。", "");
}

static void
test_cjk_other_scripts (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (cjk_corpus);

  /* Japanese: kana and kanji run together. */
  assert_hits (index, "転移", "other:0");
  assert_highlights (index, "脳転移", 0, "脳転移");
  assert_hits (index, "相談", "other:0");
  assert_hits (index, "かん", "");

  /* Thai: the word for lung inside the word for lung cancer. */
  assert_hits (index, "ปอด", "other:1");
  assert_highlights (index, "ปอด", 0, "ปอด");
  assert_hits (index, "มะเร็ง", "other:1");
  assert_highlights (index, "มะเร็ง", 0, "มะเร็ง");
}

/* A long paragraph is cut after punctuation near the match, not in the
 * middle of a sentence. */
static void
test_cjk_snippet (void)
{
  g_autoptr(GuideSearchIndex) index = index_of_files (cjk_corpus);
  g_autoptr(GListModel) results = guide_search_index_query (index, "担心", 10);
  const char *snippet;
  g_autofree char *word = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  snippet = guide_search_result_get_snippet (nth (results, 0));
  g_test_message ("%s", snippet);

  /* It starts after the comma in "咳嗽，有没有胸痛" and ends after the
   * full stop of "告诉医生。" */
  g_assert_true (g_str_has_prefix (snippet, "…有没有胸痛或者呼吸困难，"));
  g_assert_true (g_str_has_suffix (snippet, "告诉医生。…"));
  g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, 122);
  word = first_highlight (nth (results, 0));
  g_assert_cmpstr (word, ==, "担心");
}

/* Documents added by hand: each character and each pair is a gram. */
static void
test_cjk_grams (void)
{
  g_autoptr(GuideSearchIndex) index = guide_search_index_new ();

  guide_search_index_add_topic (index, "t", "T", NULL);
  g_assert_cmpuint (guide_search_index_get_n_words (index), ==, 1);

  /* 脑转, 脑, 转移, 转, 移 */
  guide_search_index_add_text (index, "t", NULL, 0, "脑转移", NULL, GUIDE_SEARCH_WEIGHT_TEXT);
  g_assert_cmpuint (guide_search_index_get_n_words (index), ==, 6);

  /* "ROS1", then 阳性, 阳, 性 */
  guide_search_index_add_text (index, "t", NULL, 1, "ROS1阳性", NULL, GUIDE_SEARCH_WEIGHT_TEXT);
  g_assert_cmpuint (guide_search_index_get_n_words (index), ==, 10);

  assert_hits (index, "移", "t:0");
  assert_hits (index, "性", "t:1");
  assert_hits (index, "ros", "t:1");
}

/* The shipped content in Chinese (run in a process of its own, since the
 * language is chosen at start-up): characters are found inside longer
 * runs, and every highlight is the query's characters. */
static void
test_shipped_zh_CN (void)
{
  /* Each query, and whether the guide has it inside a longer run of
   * Chinese characters (阳性, "positive", comes after "ROS1"). */
  static const struct {
    const char *text;
    gboolean    inside;
  } queries[] = {
    { "转移", TRUE },
    { "脑转移", TRUE },
    { "副作用", TRUE },
    { "靶向治疗", TRUE },
    { "阳性", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;
  g_autoptr(GuideSearchIndex) index = NULL;
  GuideHandbook *handbook;

  if (!guide_test_in_language ("zh_CN"))
    return;

  content = guide_content_new_from_resource (&error);
  g_assert_no_error (error);
  handbook = guide_content_get_handbook (content);
  index = guide_search_index_new_for_content (content);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GListModel) results = guide_search_index_query (index, queries[q].text, 50);
      guint n = g_list_model_get_n_items (results);
      gboolean inside = FALSE;

      g_test_message ("“%s”: %u hits", queries[q].text, n);
      g_assert_cmpuint (n, >, 0);

      for (guint i = 0; i < n; i++)
        {
          GuideSearchResult *result = nth (results, i);
          GuideTopic *topic = guide_handbook_lookup (handbook, guide_search_result_get_topic_id (result));
          const GuideSearchRange *match = guide_search_result_get_match (result);
          g_autofree char *joined = highlights (result);
          g_auto(GStrv) shown = g_strsplit (joined, "|", -1);
          g_autofree char *text = NULL;
          g_autofree char *matched = NULL;

          /* Every highlight is part of the query (all of it, where its
           * characters stand together). */
          for (guint h = 0; shown[h] != NULL; h++)
            g_assert_nonnull (strstr (queries[q].text, shown[h]));

          if (guide_search_result_get_item_id (result) != NULL)
            continue;

          if (guide_search_result_get_block (result) < 0)
            text = g_strdup (guide_topic_get_title (topic));
          else
            {
              g_autoptr(GuideDocument) doc = guide_content_load_article (content, topic, NULL);
              const GuideBlock *block = g_ptr_array_index (doc->blocks, guide_search_result_get_block (result));
              text = g_strdup (block->text);
            }

          matched = g_utf8_substring (text, match->start, match->end);
          if (i == 0)
            g_assert_cmpstr (matched, ==, queries[q].text);
          g_assert_nonnull (strstr (queries[q].text, matched));

          /* Found after another Chinese character, inside a run. */
          if (match->start > 0)
            {
              g_autofree char *before = g_utf8_substring (text, match->start - 1, match->start);

              if (g_unichar_get_script (g_utf8_get_char (before)) == G_UNICODE_SCRIPT_HAN)
                inside = TRUE;
            }
        }

      g_assert_true (inside == queries[q].inside);
    }
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/search/normalize", test_normalize);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search/word-endings", test_word_endings);
  g_test_add_func ("/search/snippets", test_snippets);
  g_test_add_func ("/search/limits", test_limits);
  g_test_add_func ("/search/no-results", test_no_results);
  g_test_add_func ("/search/support", test_support);
  g_test_add_func ("/search/add-text", test_add_text);
  g_test_add_func ("/search/therapies", test_therapies);
  g_test_add_func ("/search/shipped", test_shipped);
  g_test_add_func ("/search/cjk/normalize", test_cjk_normalize);
  g_test_add_func ("/search/cjk/inside", test_cjk_inside);
  g_test_add_func ("/search/cjk/adjacent", test_cjk_adjacent);
  g_test_add_func ("/search/cjk/other-scripts", test_cjk_other_scripts);
  g_test_add_func ("/search/cjk/snippet", test_cjk_snippet);
  g_test_add_func ("/search/cjk/grams", test_cjk_grams);
  g_test_add_func ("/search/shipped-zh_CN", test_shipped_zh_CN);

  return g_test_run ();
}
