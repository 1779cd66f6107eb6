/* test-window.c - the real window, driven as a user would
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-article-page.h"
#include "guide-test-util.h"
#include "guide-topic-row.h"

static GtkWidget *
child (GuideWindow *window,
       const char  *name)
{
  return guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW, name);
}

static GuideDocumentView *
document_view (GuideWindow *window)
{
  return guide_article_page_get_document_view (GUIDE_ARTICLE_PAGE (child (window, "article_page")));
}

/* The page's title: the first block of its document. */
static char *
page_title (GuideWindow *window)
{
  return guide_document_view_get_block_text (document_view (window), 0);
}

/* Sends a key press to the document view's link keys, which see key
 * presses first (capture phase), as the keyboard would. */
static gboolean
press_key (GuideDocumentView *view,
           guint              keyval,
           GdkModifierType    state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "guide-link-keys") == 0)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }

  return handled;
}

static const char *
header_title (GuideWindow *window)
{
  return adw_window_title_get_title (ADW_WINDOW_TITLE (child (window, "content_title")));
}

/* Every topic in the sidebar, activated one after another, shows its
 * title in the header and, for an article, on the page. */
static void
every_topic (GuideApplication *app,
             GuideWindow      *window,
             gpointer          data)
{
  GtkListBox *list = GTK_LIST_BOX (child (window, "topic_list"));
  GtkStack *stack = GTK_STACK (child (window, "content_stack"));
  guint n = 0;

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (list, ++n))
    {
      GuideTopic *topic = guide_topic_row_get_topic (GUIDE_TOPIC_ROW (row));

      g_test_message ("topic %s", guide_topic_get_id (topic));
      gtk_widget_activate (GTK_WIDGET (row));
      guide_test_settle ();

      g_assert_true (guide_window_get_topic (window) == topic);
      g_assert_cmpstr (header_title (window), ==, guide_topic_get_title (topic));
      g_assert_true (gtk_list_box_get_selected_row (list) == row);
      if (guide_topic_get_kind (topic) == GUIDE_TOPIC_ARTICLE)
        {
          g_autofree char *title = page_title (window);

          g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");
          g_assert_cmpstr (title, ==, guide_topic_get_title (topic));
        }
      else
        g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "error");
    }

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (
    guide_handbook_get_topics (guide_content_get_handbook (guide_application_get_content (app, NULL)))));
}

static void
test_every_topic (void)
{
  guide_test_run_app (NULL, every_topic, NULL);
}

/* Following an internal link in an article opens its topic, by mouse
 * (a click on the link's text) and by keyboard (Tab to it, then Enter);
 * a link with a scheme the guide refuses changes nothing. */
static void
links (GuideApplication *app,
       GuideWindow      *window,
       gpointer          data)
{
  GuideDocumentView *view = document_view (window);
  g_autofree char *title = NULL;
  guint presses = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "welcome");
  guide_test_settle ();
  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "welcome");
  g_assert_cmpuint (guide_document_view_get_n_links (view), >, 0);

  /* Keyboard: Tab from link to link until the internal one, then Enter. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  while (g_strcmp0 (guide_document_view_get_focused_link (view), "topic:what-is-ros1") != 0)
    {
      g_assert_true (press_key (view, GDK_KEY_Tab, 0));
      g_assert_cmpuint (++presses, <, 50);
    }
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  guide_test_settle ();
  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "what-is-ros1");
  title = page_title (window);
  g_assert_cmpstr (title, ==, guide_topic_get_title (guide_window_get_topic (window)));

  /* Mouse: a click on a related-topic link goes back. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter iter;
    int offset = -1;

    gtk_text_buffer_get_start_iter (buffer, &iter);
    do
      if (g_strcmp0 (guide_document_view_get_link_at (view, gtk_text_iter_get_offset (&iter)), "topic:welcome") == 0)
        offset = gtk_text_iter_get_offset (&iter);
    while (offset < 0 && gtk_text_iter_forward_char (&iter));

    g_assert_cmpint (offset, >=, 0);
    g_assert_true (guide_document_view_activate_link_at (view, offset));
    guide_test_settle ();
    g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "welcome");
  }

  /* Refused schemes and unknown topics: nothing happens but a message. */
  gtk_widget_activate_action (GTK_WIDGET (view), "win.open-link", "s", "javascript:alert(1)");
  gtk_widget_activate_action (GTK_WIDGET (view), "win.open-link", "s", "file:///etc/passwd");
  gtk_widget_activate_action (GTK_WIDGET (view), "win.open-link", "s", "topic:no-such-topic");
  guide_test_settle ();
  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "welcome");

  /* Past the last link, Tab leaves the article. */
  while (press_key (view, GDK_KEY_Tab, 0))
    g_assert_cmpuint (++presses, <, 200);
  g_assert_null (guide_document_view_get_focused_link (view));
}

static void
test_links (void)
{
  guide_test_run_app (NULL, links, NULL);
}

static gboolean
is_folded (GuideWindow *window)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (child (window, "leaflet")));
}

static GtkWidget *
visible_pane (GuideWindow *window)
{
  return adw_leaflet_get_visible_child (ADW_LEAFLET (child (window, "leaflet")));
}

/* At 360 pixels the sidebar folds: choosing a topic shows it, the back
 * button returns to the topics; widening unfolds it again. */
static void
fold (GuideApplication *app,
      GuideWindow      *window,
      gpointer          data)
{
  GtkListBox *list = GTK_LIST_BOX (child (window, "topic_list"));
  GtkWidget *back = child (window, "back_button");

  g_assert_false (is_folded (window));
  g_assert_false (gtk_widget_get_visible (back));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  guide_test_wait_for (is_folded (window), 30000);

  /* A narrow window starts on the topics. */
  g_assert_true (visible_pane (window) == child (window, "sidebar"));

  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));
  guide_test_settle ();
  g_assert_true (visible_pane (window) == child (window, "content"));
  g_assert_true (gtk_widget_get_visible (back));

  /* A button pressed from the keyboard takes a moment to act. */
  gtk_widget_activate (back);
  guide_test_wait_for (visible_pane (window) == child (window, "sidebar"), 30000);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  guide_test_wait_for (!is_folded (window), 30000);
  g_assert_false (gtk_widget_get_visible (back));
}

/* Every page fits a 360-pixel-wide window: no page, in its widest state,
 * asks for more. */
static void
narrow_fit (GuideApplication *app,
            GuideWindow      *window,
            gpointer          data)
{
  int min = 0;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);
}

static void
test_narrow_fit (void)
{
  guide_test_run_app (NULL, narrow_fit, NULL);
}

/* The same in each language that has a catalog (longer words, CJK). */
static void
test_narrow_fit_in (gconstpointer data)
{
  if (!guide_test_in_language (data))
    return;

  guide_test_run_app (NULL, narrow_fit, NULL);
}

static void
test_fold (void)
{
  guide_test_run_app (NULL, fold, NULL);
}

/* The last topic and the text size come back at the next start. */
static void
choose_topic_and_zoom (GuideApplication *app,
                       GuideWindow      *window,
                       gpointer          data)
{
  GSettings *settings = guide_application_get_settings (app);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "what-is-ros1");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  guide_test_settle ();
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.2, 0.001);
}

static void
check_restored (GuideApplication *app,
                GuideWindow      *window,
                gpointer          data)
{
  GSettings *settings = guide_application_get_settings (app);

  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "what-is-ros1");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.2, 0.001);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.0, 0.001);
  for (guint i = 0; i < 40; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 0.7, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
}

static void
test_restores_state (void)
{
  guide_test_run_app (NULL, choose_topic_and_zoom, NULL);
  guide_test_run_app (NULL, check_restored, NULL);
}

/* Content that cannot be loaded gives an error page with the loader's
 * message, not a crash. */
static void
error_page (GuideApplication *app,
            GuideWindow      *window,
            gpointer          data)
{
  GtkStack *stack = GTK_STACK (child (window, "content_stack"));
  AdwStatusPage *page = ADW_STATUS_PAGE (child (window, "error_page"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "handbook.json"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "JSON"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "&lt;data&gt;"));
}

static void
test_error_page (void)
{
  const char *files[] = {
    "sources.json", "{ \"sources\": [] }",
    "handbook.json", "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", ",
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);

  guide_test_run_app (dir, error_page, NULL);
  guide_test_remove_tree (dir);
}

/* An article file that breaks after start-up shows an error page for that
 * topic; the rest of the guide keeps working. */
static void
broken_article (GuideApplication *app,
                GuideWindow      *window,
                gpointer          data)
{
  g_autoptr(GFile) b = g_file_get_child (G_FILE (data), "b.md");
  GtkStack *stack = GTK_STACK (child (window, "content_stack"));

  g_autofree char *text = guide_document_view_get_block_text (document_view (window), 2);

  g_assert_cmpstr (text, ==, "Article A with <b>markup</b> & a link.");

  g_file_delete (b, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "b");
  guide_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "a");
  guide_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");
}

static void
test_broken_article (void)
{
  const char *files[] = {
    "sources.json", "{ \"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"date\": \"undated\", "
                    "\"url\": \"https://example.org\" } ] }",
    "handbook.json", "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", "
                     "\"topics\": [ { \"id\": \"a\", \"title\": \"A\", \"article\": \"a.md\", "
                     "\"reviewed\": \"2026-11-26\", \"sources\": [\"s\"] }, "
                     "{ \"id\": \"b\", \"title\": \"B\", \"article\": \"b.md\", "
                     "\"reviewed\": \"2026-11-26\", \"sources\": [\"s\"] } ] } ] }",
    "a.md", "Article *A* with <b>markup</b> & [a link](topic:b).",
    "b.md", "Article B.",
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);

  guide_test_run_app (dir, broken_article, dir);
  guide_test_remove_tree (dir);
}

/* A glossary link opens the glossary at its term: the cursor is on the
 * term's heading and the view has scrolled down to it. */
static void
glossary_link (GuideApplication *app,
               GuideWindow      *window,
               gpointer          data)
{
  GuideDocumentView *view = document_view (window);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "welcome");
  guide_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (view), "win.open-link", "s", "glossary:progression-free-survival-pfs");
  guide_test_settle ();

  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "glossary");
  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (text, ==, "Progression-free survival (PFS)");
  guide_test_wait_for (gtk_adjustment_get_value (vadjustment) > 0, 30000);
}

static void
test_glossary_link (void)
{
  guide_test_run_app (NULL, glossary_link, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) languages = NULL;

  guide_test_init (&argc, &argv);
  languages = guide_test_get_languages ();

  g_test_add_func ("/window/every-topic", test_every_topic);
  g_test_add_func ("/window/links", test_links);
  g_test_add_func ("/window/glossary-link", test_glossary_link);
  g_test_add_func ("/window/fold", test_fold);
  g_test_add_func ("/window/narrow-fit", test_narrow_fit);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/narrow-fit/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_narrow_fit_in);
    }
  g_test_add_func ("/window/restores-state", test_restores_state);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/broken-article", test_broken_article);

  return g_test_run ();
}
