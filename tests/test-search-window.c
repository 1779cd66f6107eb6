/* test-search-window.c - search, the support page and history in the real window
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-article-page.h"
#include "guide-organisation.h"
#include "guide-search-row.h"
#include "guide-support-page.h"
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

static const char *
topic_id (GuideWindow *window)
{
  return guide_topic_get_id (guide_window_get_topic (window));
}

static const char *
sidebar_page (GuideWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (window, "sidebar_stack")));
}

static guint
n_results (GuideWindow *window)
{
  GtkListBox *list = GTK_LIST_BOX (child (window, "result_list"));
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

/* Types @text into the search entry and waits for the search to answer
 * (the entry waits a moment after the last key before it searches). */
static void
search (GuideWindow *window,
        const char  *text,
        const char  *expected_page)
{
  gtk_editable_set_text (GTK_EDITABLE (child (window, "search_entry")), text);
  guide_test_wait_for (g_strcmp0 (sidebar_page (window), expected_page) == 0 &&
                       (g_strcmp0 (expected_page, "results") != 0 || n_results (window) > 0), 30000);
}

static GuideSearchRow *
result_row (GuideWindow *window,
            guint        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (window, "result_list")), index);

  g_assert_nonnull (row);
  return GUIDE_SEARCH_ROW (row);
}

/* Whether the text between the selection bounds is on screen. */
static gboolean
selection_visible (GuideDocumentView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GdkRectangle visible, location;
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return FALSE;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &visible);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &start, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static char *
selected_text (GuideDocumentView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
has_match_tag (GuideDocumentView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "search-match");
  GtkTextIter start, end;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  return gtk_text_iter_has_tag (&start, tag);
}

/* A guide with a long article whose rare word is far down the page, a
 * short one, the support page and a glossary. */
static GFile *
write_content (void)
{
  g_autoptr(GString) long_article = g_string_new ("# Long\n\n");
  const char *files[] = {
    "sources.json",
    "{ \"sources\": [ { \"id\": \"src\", \"title\": \"S\", \"date\": \"undated\", "
    "\"url\": \"https://example.org\" } ] }",
    "handbook.json",
    "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"Section\", \"topics\": [ "
    "{ \"id\": \"short\", \"title\": \"Short\", \"article\": \"short.md\", \"reviewed\": \"2026-11-26\", "
    "\"sources\": [\"src\"] }, "
    "{ \"id\": \"long\", \"title\": \"Long article\", \"article\": \"long.md\", \"reviewed\": \"2026-11-26\", "
    "\"sources\": [\"src\"] }, "
    "{ \"id\": \"support\", \"title\": \"Support\", \"kind\": \"support\" }, "
    "{ \"id\": \"glossary\", \"title\": \"Glossary\", \"article\": \"glossary.md\", "
    "\"reviewed\": \"2026-11-26\", \"sources\": [\"src\"] } ] } ] }",
    "short.md", "A short article about nausea.",
    "long.md", NULL,
    "glossary.md", "## TKI\n\nA kind of medicine.",
    "support.json",
    "{ \"organisations\": [ { \"id\": \"helpers\", \"name\": \"Helpline Friends\", "
    "\"description\": \"A free helpline answered by nurses.\", \"helpline\": \"1-800-555-0100\", "
    "\"website\": \"https://helpers.example.org\", \"sources\": [\"src\"] } ] }",
    NULL,
  };

  for (guint i = 0; i < 80; i++)
    g_string_append_printf (long_article, "Paragraph %u says nothing of note, and goes on "
                            "for a while so that the article fills many screens.\n\n", i);
  g_string_append (long_article, "At last the word Zéphyrs appears, far down the page.\n\n");
  for (guint i = 0; i < 20; i++)
    g_string_append (long_article, "More text after it.\n\n");

  files[7] = long_article->str;

  return guide_test_write_files (files);
}

/* Typing a query shows hits in place of the topics; activating one opens
 * its topic, scrolled to the match, which is selected and highlighted. */
static void
type_and_open (GuideApplication *app,
               GuideWindow      *window,
               gpointer          data)
{
  GuideDocumentView *view = document_view (window);
  GuideSearchRow *row;
  g_autofree char *selected = NULL;

  g_assert_cmpstr (sidebar_page (window), ==, "topics");
  g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (child (window, "search_entry"))) ==
                 GTK_WIDGET (window));

  search (window, "zephyr", "results");
  g_assert_cmpuint (n_results (window), ==, 1);
  row = result_row (window, 0);
  g_assert_cmpstr (guide_search_result_get_topic_id (guide_search_row_get_result (row)), ==, "long");
  g_assert_nonnull (strstr (gtk_label_get_text (guide_search_row_get_snippet_label (row)), "Zéphyrs"));
  g_assert_nonnull (gtk_label_get_attributes (guide_search_row_get_snippet_label (row)));

  gtk_widget_activate (GTK_WIDGET (row));
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "long");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "content_stack"))), ==, "article");

  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, "Zéphyrs");
  g_assert_true (has_match_tag (view));
  guide_test_wait_for (selection_visible (view), 30000);

  /* The hits stay, for the next one. */
  g_assert_cmpstr (sidebar_page (window), ==, "results");

  /* Enter in the entry opens the first hit, even before the entry's
   * delay has run the search. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "long");
  gtk_editable_set_text (GTK_EDITABLE (child (window, "search_entry")), "nausea");
  g_signal_emit_by_name (child (window, "search_entry"), "activate");
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "short");
  g_clear_pointer (&selected, g_free);
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, "nausea");

  /* A hit on a topic's title selects the page's title. */
  search (window, "long article", "results");
  gtk_widget_activate (GTK_WIDGET (result_row (window, 0)));
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "long");
  g_clear_pointer (&selected, g_free);
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, "Long");
}

static void
test_type_and_open (void)
{
  g_autoptr(GFile) dir = write_content ();

  guide_test_run_app (dir, type_and_open, NULL);
  guide_test_remove_tree (dir);
}

/* Escape (the entry's stop-search, or the window's key when the hits have
 * the focus) clears the search and shows the topics again; Ctrl+F goes
 * back to the entry. */
static void
escape (GuideApplication *app,
        GuideWindow      *window,
        gpointer          data)
{
  GtkWidget *entry = child (window, "search_entry");
  GtkWidget *focus;

  search (window, "nausea", "results");
  g_assert_true (gtk_widget_is_sensitive (entry));
  g_signal_emit_by_name (entry, "stop-search");
  guide_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpstr (sidebar_page (window), ==, "topics");
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, child (window, "topic_list")));

  search (window, "nausea", "results");
  gtk_widget_grab_focus (GTK_WIDGET (result_row (window, 0)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-search", NULL);
  guide_test_settle ();
  g_assert_cmpstr (sidebar_page (window), ==, "topics");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  guide_test_settle ();
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)));
}

static void
test_escape (void)
{
  g_autoptr(GFile) dir = write_content ();

  guide_test_run_app (dir, escape, NULL);
  guide_test_remove_tree (dir);
}

/* Nothing found: the sidebar says so and offers the glossary. */
static void
no_results (GuideApplication *app,
            GuideWindow      *window,
            gpointer          data)
{
  GtkWidget *button = child (window, "glossary_button");

  search (window, "xylophone", "no-results");
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_nonnull (guide_test_find_label (child (window, "no_results_page"), "No Results"));

  /* A button pressed from the keyboard takes a moment to act. */
  gtk_widget_activate (button);
  guide_test_wait_for (g_strcmp0 (topic_id (window), "glossary") == 0, 30000);

  /* A word that is found again brings the hits back. */
  search (window, "nausea", "results");
}

static void
test_no_results (void)
{
  g_autoptr(GFile) dir = write_content ();

  guide_test_run_app (dir, no_results, NULL);
  guide_test_remove_tree (dir);
}

/* Without a glossary, the button is not offered. */
static void
no_results_without_glossary (GuideApplication *app,
                             GuideWindow      *window,
                             gpointer          data)
{
  GuideContent *content = guide_application_get_content (app, NULL);

  search (window, "xylophone", "no-results");
  g_assert_cmpint (gtk_widget_get_visible (child (window, "glossary_button")), ==,
                   guide_handbook_lookup (guide_content_get_handbook (content), "glossary") != NULL);
}

static void
test_no_results_shipped (void)
{
  guide_test_run_app (NULL, no_results_without_glossary, NULL);
}

/* The support page: a card per organisation, a website button that goes
 * through win.open-link, the helpline as text; a search hit on it opens
 * the page with the match highlighted and its card's button focused. */
static void
support_page (GuideApplication *app,
              GuideWindow      *window,
              gpointer          data)
{
  GuideSupportPage *page;
  GtkWidget *card, *focus;
  GtkLabel *label;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "support");
  page = GUIDE_SUPPORT_PAGE (guide_window_get_page (window, "support"));
  guide_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "content_stack"))), ==, "support");

  card = guide_support_page_get_card (page, "helpers");
  g_assert_nonnull (card);
  g_assert_nonnull (guide_test_find_label (card, "Helpline Friends"));
  g_assert_nonnull (guide_test_find_label (card, "1-800-555-0100"));
  g_assert_nonnull (guide_test_find_label (GTK_WIDGET (page), "need the internet"));
  g_assert_null (guide_support_page_get_highlighted_label (page));

  /* The website button opens the link through the window's action. */
  for (GtkWidget *w = gtk_widget_get_first_child (card); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_BUTTON (w))
      {
        g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), ==, "win.open-link");
        g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w)), NULL),
                         ==, "https://helpers.example.org");
      }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "short");
  search (window, "nurses", "results");
  gtk_widget_activate (GTK_WIDGET (result_row (window, 0)));
  guide_test_settle ();
  g_assert_cmpstr (topic_id (window), ==, "support");
  label = guide_support_page_get_highlighted_label (page);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "A free helpline answered by nurses.");
  g_assert_nonnull (gtk_label_get_attributes (label));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, card));

  /* Opened again from the topics: no highlight. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "short");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "support");
  guide_test_settle ();
  g_assert_null (guide_support_page_get_highlighted_label (page));
  g_assert_null (gtk_label_get_attributes (label));

  /* A link to an organisation's card. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "topic:support#helpers");
  guide_test_settle ();
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, card));
}

static void
test_support_page (void)
{
  g_autoptr(GFile) dir = write_content ();

  guide_test_run_app (dir, support_page, NULL);
  guide_test_remove_tree (dir);
}

static gboolean
action_enabled (GuideWindow *window,
                const char  *name)
{
  return gtk_widget_get_sensitive (child (window, name));
}

/* Back and forward through the topics visited, by action and by the
 * header bar's buttons. */
static void
history (GuideApplication *app,
         GuideWindow      *window,
         gpointer          data)
{
  GtkWidget *back = child (window, "go_back_button");
  GtkWidget *forward = child (window, "go_forward_button");

  g_assert_false (action_enabled (window, "go_back_button"));
  g_assert_false (action_enabled (window, "go_forward_button"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "short");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "long");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "support");
  guide_test_settle ();
  g_assert_true (action_enabled (window, "go_back_button"));
  g_assert_false (action_enabled (window, "go_forward_button"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_cmpstr (topic_id (window), ==, "long");
  gtk_widget_activate (back);
  guide_test_wait_for (g_strcmp0 (topic_id (window), "short") == 0, 30000);
  g_assert_true (action_enabled (window, "go_forward_button"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-forward", NULL);
  g_assert_cmpstr (topic_id (window), ==, "long");
  gtk_widget_activate (forward);
  guide_test_wait_for (g_strcmp0 (topic_id (window), "support") == 0, 30000);
  g_assert_false (action_enabled (window, "go_forward_button"));

  /* Going somewhere new from the middle drops what was ahead. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "glossary");
  g_assert_false (action_enabled (window, "go_forward_button"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_cmpstr (topic_id (window), ==, "long");

  /* Opening the topic on show again is no step. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "long");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_cmpstr (topic_id (window), ==, "short");

  /* The mouse's back and forward buttons: a click gesture on the window. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (g_strcmp0 (gtk_event_controller_get_name (controller), "guide-history-buttons") == 0)
          {
            found = GTK_IS_GESTURE_CLICK (controller) &&
                    gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == 0 &&
                    gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE;
          }
      }
    g_assert_true (found);
  }
}

static void
test_history (void)
{
  g_autoptr(GFile) dir = write_content ();

  guide_test_run_app (dir, history, NULL);
  guide_test_remove_tree (dir);
}

/* Whether a screen reader has a name for @widget: a label of its own, or
 * text shown inside it. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  if (GTK_IS_LABEL (widget))
    return *gtk_label_get_text (GTK_LABEL (widget)) != '\0';

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && *gtk_label_get_text (GTK_LABEL (c)) != '\0')
      return TRUE;
    else if (!GTK_IS_LABEL (c) && has_accessible_name (c))
      return TRUE;

  return FALSE;
}

/* Every control the keyboard can reach on screen has a name. */
static void
check_names (GtkWidget *widget,
             guint     *checked)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (gtk_widget_get_focusable (widget) &&
      (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_LIST_BOX_ROW (widget) ||
       GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_LIST_BOX (widget) || GTK_IS_TEXT_VIEW (widget)))
    {
      if (!has_accessible_name (widget))
        g_error ("%s (%s) has no accessible name", G_OBJECT_TYPE_NAME (widget),
                 gtk_widget_get_name (widget));
      (*checked)++;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    check_names (c, checked);
}

static void
accessible_names (GuideApplication *app,
                  GuideWindow      *window,
                  gpointer          data)
{
  guint checked = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "long");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "support");
  guide_test_settle ();
  check_names (GTK_WIDGET (window), &checked);

  search (window, "helpline", "results");
  check_names (GTK_WIDGET (window), &checked);

  search (window, "xylophone", "no-results");
  check_names (GTK_WIDGET (window), &checked);

  g_test_message ("%u controls checked", checked);
  g_assert_cmpuint (checked, >, 10);
}

static void
test_accessible_names (void)
{
  g_autoptr(GFile) dir = write_content ();

  guide_test_run_app (dir, accessible_names, NULL);
  guide_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend records what screen readers get. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  guide_test_init (&argc, &argv);

  g_test_add_func ("/search-window/type-and-open", test_type_and_open);
  g_test_add_func ("/search-window/escape", test_escape);
  g_test_add_func ("/search-window/no-results", test_no_results);
  g_test_add_func ("/search-window/no-results-shipped", test_no_results_shipped);
  g_test_add_func ("/search-window/support-page", test_support_page);
  g_test_add_func ("/search-window/history", test_history);
  g_test_add_func ("/search-window/accessible-names", test_accessible_names);

  return g_test_run ();
}
