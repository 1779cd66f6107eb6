/* test-fallback.c - a paragraph missing from a catalog falls back to English alone
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run once for each language in po/LINGUAS, with GUIDE_TEST_LANGUAGE
 * naming it and GUIDE_TEST_PO_DIR the folder of its catalog. One
 * paragraph of an article is taken out of a copy of the catalog, which is
 * compiled into a locale folder of its own; the article, loaded as the
 * app loads it, then shows that paragraph in English and the rest of it
 * translated.
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "guide-test-util.h"

static const char *language;
static GuideContent *english;

/* @text with every run of white space made one space, and trimmed. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);

  kept = g_strv_builder_end (builder);
  return g_strjoinv (" ", kept);
}

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
}

/* The msgid of one entry of a PO file as msgcat writes it, or NULL for
 * an entry with a context (or none at all). */
static char *
entry_msgid (const char *entry)
{
  g_auto(GStrv) lines = g_strsplit (entry, "\n", -1);
  g_autoptr(GString) msgid = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *open, *close;
      g_autofree char *quoted = NULL;

      if (g_str_has_prefix (line, "msgctxt "))
        return NULL;
      if (g_str_has_prefix (line, "msgid "))
        msgid = g_string_new (NULL);
      else if (msgid == NULL || line[0] != '"')
        {
          if (msgid != NULL)
            break;
          continue;
        }

      open = strchr (line, '"');
      close = strrchr (line, '"');
      g_assert_true (open != NULL && close > open);
      quoted = g_strndup (open + 1, close - open - 1);
      g_string_append (msgid, quoted);
    }

  if (msgid == NULL)
    return NULL;

  {
    g_autofree char *escaped = g_string_free (g_steal_pointer (&msgid), FALSE);

    return g_strcompress (escaped);
  }
}

/* Copies the language's catalog without the entry for @msgid and
 * compiles it into @locale_dir. */
static void
compile_catalog_without (const char *locale_dir,
                         const char *work_dir,
                         const char *msgid)
{
  g_autofree char *po = g_strconcat (g_getenv ("GUIDE_TEST_PO_DIR"), G_DIR_SEPARATOR_S, language, ".po", NULL);
  g_autofree char *all = g_build_filename (work_dir, "all.po", NULL);
  g_autofree char *dropped = g_build_filename (work_dir, "dropped.po", NULL);
  g_autofree char *mo_dir = g_build_filename (locale_dir, language, "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) entries = NULL;
  guint n_dropped = 0;

  /* msgcat writes every entry in one form, one blank line apart. */
  run ((const char *[]) { "msgcat", "--no-wrap", "-o", all, po, NULL });
  g_file_get_contents (all, &contents, NULL, &error);
  g_assert_no_error (error);

  entries = g_strsplit (contents, "\n\n", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_autofree char *id = entry_msgid (entries[i]);

      if (g_strcmp0 (id, msgid) == 0)
        {
          n_dropped++;
          continue;
        }
      g_string_append (out, entries[i]);
      g_string_append (out, "\n\n");
    }
  g_assert_cmpuint (n_dropped, ==, 1);

  g_file_set_contents (dropped, out->str, out->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  run ((const char *[]) { "msgfmt", "--check", "-o", mo, dropped, NULL });

  g_unlink (all);
  g_unlink (dropped);
}

/* A paragraph whose neighbours are paragraphs too, all three translated
 * and found nowhere else in the article. */
static gboolean
find_paragraph (GuideTopic **topic_out,
                GPtrArray  **messages_out,
                guint       *index_out)
{
  GListModel *topics = guide_handbook_get_topics (guide_content_get_handbook (english));

  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, t);
      g_autoptr(GPtrArray) messages = NULL;

      if (guide_topic_get_article (topic) == NULL)
        continue;

      messages = guide_test_article_messages (english, topic);
      for (guint i = 1; i + 1 < messages->len; i++)
        {
          gboolean fits = TRUE;

          for (guint j = i - 1; j <= i + 1 && fits; j++)
            {
              const char *msgid = g_ptr_array_index (messages, j);

              fits = strlen (msgid) >= 40 && strstr (msgid, "{{") == NULL &&
                     !g_str_equal (g_dgettext (GETTEXT_PACKAGE, msgid), msgid);
            }
          for (guint j = 0; j < messages->len && fits; j++)
            fits = j == i || strstr (g_ptr_array_index (messages, j), g_ptr_array_index (messages, i)) == NULL;

          if (fits)
            {
              *topic_out = g_steal_pointer (&topic);
              *messages_out = g_steal_pointer (&messages);
              *index_out = i;
              return TRUE;
            }
        }
    }

  return FALSE;
}

static char *
load_article (const char *topic_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = guide_content_new_from_resource (&error);
  GuideTopic *topic;
  g_autofree char *markdown = NULL;

  g_assert_no_error (error);
  topic = guide_handbook_lookup (guide_content_get_handbook (content), topic_id);
  g_assert_nonnull (topic);
  markdown = guide_content_load_markdown (content, topic, NULL, &error);
  g_assert_no_error (error);

  return squeeze (markdown);
}

static void
test_paragraph (void)
{
  g_autoptr(GuideTopic) topic = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GPtrArray) translations = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *work_dir = g_dir_make_tmp ("ros1-guide-catalog-XXXXXX", NULL);
  g_autofree char *locale_dir = g_build_filename (work_dir, "locale", NULL);
  g_autofree char *shipped_dir = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dropped_english = NULL;
  g_autofree char *dropped_translated = NULL;
  g_autoptr(GFile) work = NULL;
  const char *dropped;
  guint index;
  guint n_checked = 0;

  if (!find_paragraph (&topic, &messages, &index))
    g_error ("No article has three translated paragraphs in a row in %s", language);
  dropped = g_ptr_array_index (messages, index);
  g_test_message ("Taking out of the %s catalog: %s, paragraph %u", language,
                  guide_topic_get_article_path (topic), index + 1);

  for (guint i = 0; i < messages->len; i++)
    g_ptr_array_add (translations,
                     squeeze (g_dgettext (GETTEXT_PACKAGE, g_ptr_array_index (messages, i))));
  dropped_english = squeeze (dropped);
  dropped_translated = g_strdup (g_ptr_array_index (translations, index));

  /* With the shipped catalog, the paragraph is translated. */
  before = load_article (guide_topic_get_id (topic));
  g_assert_nonnull (strstr (before, dropped_translated));
  g_assert_null (strstr (before, dropped_english));

  /* Without it in the catalog... */
  compile_catalog_without (locale_dir, work_dir, dropped);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, dropped), ==, dropped);
  after = load_article (guide_topic_get_id (topic));

  /* ...it is in English, where it was... */
  g_assert_nonnull (strstr (after, dropped_english));
  g_assert_null (strstr (after, dropped_translated));

  /* ...between its translated neighbours, and everything else is as
   * translated as before. */
  for (guint i = 0; i < messages->len; i++)
    {
      const char *msgid = g_ptr_array_index (messages, i);
      const char *translation = g_ptr_array_index (translations, i);
      g_autofree char *squeezed = squeeze (msgid);

      if (i == index || strstr (msgid, "{{") != NULL || g_str_equal (translation, squeezed))
        continue;

      if (strstr (after, translation) == NULL)
        g_error ("Paragraph %u is no longer translated: “%s”", i + 1, translation);
      if (i + 1 == index || i == index + 1)
        g_assert_null (strstr (after, squeezed));
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >=, 2);

  {
    g_autofree char *with_english = g_strdup (before);
    g_autofree char *expected = NULL;
    char *at = strstr (with_english, dropped_translated);

    /* The only change: that one paragraph. */
    *at = '\0';
    expected = g_strconcat (with_english, dropped_english, at + strlen (dropped_translated), NULL);
    g_assert_cmpstr (after, ==, expected);
  }

  bindtextdomain (GETTEXT_PACKAGE, shipped_dir);
  work = g_file_new_for_path (work_dir);
  guide_test_remove_tree (work);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  language = g_getenv ("GUIDE_TEST_LANGUAGE");
  if (language == NULL || *language == '\0' || g_getenv ("GUIDE_TEST_PO_DIR") == NULL)
    g_error ("Set GUIDE_TEST_LANGUAGE to a language of po/LINGUAS, GUIDE_TEST_PO_DIR to po/");
  language = g_strdup (language);

  /* The language's locale if the system has it; messages follow
   * LANGUAGE in C.UTF-8 too. */
  guide_test_use_language (language, NULL);
  guide_test_init (&argc, &argv);
  english = guide_test_english_content ();

  g_test_add_func ("/fallback/paragraph", test_paragraph);

  status = g_test_run ();

  g_clear_object (&english);

  return status;
}
