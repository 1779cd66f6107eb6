/* test-bad-input-window.c - bad links and bad articles, in the real window
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of docs/bad-input.md that need the window: what following each
 * kind of link does, and what a broken article looks like. The web and
 * e-mail links go to a stand-in for the desktop's default browser and
 * mail program, which writes down what it was given: no real program is
 * ever started.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "guide-article-page.h"
#include "guide-test-util.h"

static char *handled_file;  /* where the stand-in handler writes */

static GuideDocumentView *
document_view (GuideWindow *window)
{
  GtkWidget *page = guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW, "article_page");

  return guide_article_page_get_document_view (GUIDE_ARTICLE_PAGE (page));
}

static const char *
topic_id (GuideWindow *window)
{
  return guide_topic_get_id (guide_window_get_topic (window));
}

static char *
handled (void)
{
  char *contents = NULL;

  g_file_get_contents (handled_file, &contents, NULL, NULL);
  return contents;
}

static gboolean
handled_contains (const char *uri)
{
  g_autofree char *contents = handled ();

  return contents != NULL && strstr (contents, uri) != NULL;
}

/* A link the guide refuses: a message says so, and the page stays. */
static void
refused_link (GuideApplication *app,
              GuideWindow      *window,
              gpointer          data)
{
  const char *uri = data;
  g_autofree char *before = g_strdup (topic_id (window));
  g_autofree char *contents = NULL;

  g_test_message ("“%s”", uri);
  gtk_widget_activate_action (GTK_WIDGET (document_view (window)), "win.open-link", "s", uri);
  guide_test_wait_for (guide_test_find_label (GTK_WIDGET (window), "This link was not opened") != NULL,
                       5000);
  g_assert_cmpstr (topic_id (window), ==, before);
  contents = handled ();
  g_assert_true (contents == NULL || *contents == '\0');
}

static void
test_refused_links (void)
{
  static const char * const uris[] = {
    "http://example.org",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "tel:+15555550100",
    "",
    "welcome",
    "../articles/welcome.md",
    "#why",
    "mailto:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    guide_test_run_app (NULL, refused_link, (gpointer) uris[i]);
}

/* An internal link to a topic that is not there: a message, and the page
 * stays. */
static void
missing_topic (GuideApplication *app,
               GuideWindow      *window,
               gpointer          data)
{
  const char *uri = data;

  g_test_message ("“%s”", uri);
  gtk_widget_activate_action (GTK_WIDGET (document_view (window)), "win.open-link", "s",
                              "topic:what-is-ros1");
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "what-is-ros1");

  gtk_widget_activate_action (GTK_WIDGET (document_view (window)), "win.open-link", "s", uri);
  guide_test_wait_for (guide_test_find_label (GTK_WIDGET (window), "not in this guide") != NULL, 5000);
  g_assert_cmpstr (topic_id (window), ==, "what-is-ros1");
}

static void
test_missing_topics (void)
{
  guide_test_run_app (NULL, missing_topic, "topic:no-such-topic");
}

/* An internal link to a heading that is not there opens the topic; a
 * glossary link to a term that is not there opens the glossary. */
static void
missing_anchor (GuideApplication *app,
                GuideWindow      *window,
                gpointer          data)
{
  gtk_widget_activate_action (GTK_WIDGET (document_view (window)), "win.open-link", "s",
                              "topic:what-is-ros1#no-such-heading");
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "what-is-ros1");

  gtk_widget_activate_action (GTK_WIDGET (document_view (window)), "win.open-link", "s",
                              "glossary:no-such-term");
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "glossary");
}

static void
test_missing_anchor (void)
{
  guide_test_run_app (NULL, missing_anchor, NULL);
}

/* Web and e-mail links leave the guide for the desktop's own programs,
 * exactly as written; the page stays. */
static void
outside_links (GuideApplication *app,
               GuideWindow      *window,
               gpointer          data)
{
  static const char * const uris[] = {
    "https://example.org/ros1?a=1&b=2",
    "mailto:help@example.org",
  };
  g_autofree char *before = g_strdup (topic_id (window));

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (document_view (window)), "win.open-link", "s", uris[i]);
      guide_test_wait_for (handled_contains (uris[i]), 10000);
    }

  g_assert_cmpstr (topic_id (window), ==, before);
}

static void
test_outside_links (void)
{
  guide_test_run_app (NULL, outside_links, NULL);
}

static char *
document_text (GuideDocumentView *view)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < guide_document_view_get_n_blocks (view); i++)
    {
      g_autofree char *block = guide_document_view_get_block_text (view, i);

      g_string_append_printf (text, "%s\n", block);
    }

  return g_string_free (text, FALSE);
}

/* Broken articles still show their title, review date and sources: an
 * unclosed code fence cannot swallow them, an empty article is an empty
 * page, broken bytes show as U+FFFD with the text after them. */
static void
broken_articles (GuideApplication *app,
                 GuideWindow      *window,
                 gpointer          data)
{
  static const struct { const char *id; const char *must_show; } topics[] = {
    { "fence", "swallow the sources" },
    { "empty", "Empty" },
    { "bytes", "Text after \xef\xbf\xbd\xef\xbf\xbd broken bytes." },
  };
  GtkStack *stack = GTK_STACK (guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW,
                                                 "content_stack"));

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autofree char *text = NULL;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", topics[i].id);
      guide_test_settle ();
      g_test_message ("%s", topics[i].id);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");
      text = document_text (document_view (window));
      g_assert_nonnull (strstr (text, topics[i].must_show));
      g_assert_nonnull (strstr (text, "Sources"));
      g_assert_nonnull (strstr (text, "A source"));
      g_assert_nonnull (strstr (text, "does not replace your care team"));
    }
}

static void
test_broken_articles (void)
{
  const char *files[] = {
    "sources.json", "{ \"sources\": [ { \"id\": \"s\", \"title\": \"A source\", \"date\": \"2020\" } ] }",
    "handbook.json", "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", "
                     "\"topics\": ["
                     " { \"id\": \"fence\", \"title\": \"Fence\", \"article\": \"fence.md\", "
                     "   \"reviewed\": \"2026-11-26\", \"sources\": [\"s\"] },"
                     " { \"id\": \"empty\", \"title\": \"Empty\", \"article\": \"empty.md\", "
                     "   \"reviewed\": \"2026-11-26\", \"sources\": [\"s\"] },"
                     " { \"id\": \"bytes\", \"title\": \"Bytes\", \"article\": \"bytes.md\", "
                     "   \"reviewed\": \"2026-11-26\", \"sources\": [\"s\"] } ] } ] }",
    "fence.md", "Intro.\n\n```\nAn unclosed fence that would swallow the sources\n",
    "empty.md", "",
    "bytes.md", "Text after \xff\xfe broken bytes.\n",
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);

  guide_test_run_app (dir, broken_articles, NULL);
  guide_test_remove_tree (dir);
}

/* Makes a stand-in for the desktop's browser and mail program, the
 * default for https: and mailto: links, which appends what it is given to
 * a file. Must run before anything reads the desktop's settings. */
static char *
set_up_link_handler (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("ros1-guide-links-XXXXXX", &error);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *apps = g_build_filename (data, "applications", NULL);
  g_autofree char *gdk_debug = NULL;
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *desktop = g_build_filename (apps, "guide-test-handler.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_autofree char *entry = NULL;

  g_assert_no_error (error);
  handled_file = g_build_filename (home, "handled", NULL);
  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);

  entry = g_strdup_printf ("[Desktop Entry]\n"
                           "Type=Application\n"
                           "Name=Link handler for tests\n"
                           "Exec=sh -c 'echo \"$1\" >> \"%s\"' sh %%u\n"
                           "MimeType=x-scheme-handler/https;x-scheme-handler/mailto;\n"
                           "NoDisplay=true\n",
                           handled_file);
  g_file_set_contents (desktop, entry, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps,
                       "[Default Applications]\n"
                       "x-scheme-handler/https=guide-test-handler.desktop\n"
                       "x-scheme-handler/mailto=guide-test-handler.desktop\n",
                       -1, &error);
  g_assert_no_error (error);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  gdk_debug = g_getenv ("GDK_DEBUG") != NULL
              ? g_strconcat (g_getenv ("GDK_DEBUG"), ",no-portals", NULL)
              : g_strdup ("no-portals");
  g_setenv ("GDK_DEBUG", gdk_debug, TRUE);

  return g_steal_pointer (&home);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = set_up_link_handler ();
  g_autoptr(GFile) home_dir = g_file_new_for_path (home);
  int status;

  guide_test_init (&argc, &argv);

  g_test_add_func ("/bad-input-window/refused-links", test_refused_links);
  g_test_add_func ("/bad-input-window/missing-topics", test_missing_topics);
  g_test_add_func ("/bad-input-window/missing-anchor", test_missing_anchor);
  g_test_add_func ("/bad-input-window/outside-links", test_outside_links);
  g_test_add_func ("/bad-input-window/broken-articles", test_broken_articles);

  status = g_test_run ();
  guide_test_remove_tree (home_dir);
  g_free (handled_file);

  return status;
}
