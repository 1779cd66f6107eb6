/* test-language.c - the guide in one language, as its readers get it
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run once for each language in po/LINGUAS, with GUIDE_TEST_LANGUAGE
 * naming it. The test runs in that language as a user's system would
 * (LANGUAGE and a matching LC_ALL) and drives the real window: the
 * sidebar, an article, the therapy grid's headings, the visit summary
 * saved as PDF, the About window and the print dialog show the catalog's
 * text. What is expected is taken from the compiled catalog for English
 * text the test knows (or reads from the content as written), and must
 * differ from the English where every language changes it.
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "guide-article-page.h"
#include "guide-date-row.h"
#include "guide-print-content.h"
#include "guide-test-util.h"
#include "guide-therapy-page.h"
#include "guide-topic-row.h"
#include "guide-visit-page.h"

static const char *language;
static gboolean have_locale;
static GuideContent *english;

/* What the catalog says for @msgid. */
static const char *tr (const char *msgid) G_GNUC_FORMAT (1);
static const char *
tr (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* Whether every language but English words @msgid differently: false for
 * the English variants (en_GB), where much stays as it is. */
static gboolean
must_differ (void)
{
  return !g_str_has_prefix (language, "en");
}

/* The catalog's text for @msgid, which must not be the English. */
static const char *translated (const char *msgid) G_GNUC_FORMAT (1);
static const char *
translated (const char *msgid)
{
  const char *text = tr (msgid);

  if (must_differ () && g_str_equal (text, msgid))
    g_error ("“%s” is not translated into %s", msgid, language);

  return text;
}

static GtkWidget *
window_child (GuideWindow *window,
              const char  *name)
{
  return guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW, name);
}

static void
show_topic (GuideWindow *window,
            const char  *id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", id);
  guide_test_settle ();
  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, id);
}

/* @text with every run of spaces, tabs and line breaks made one space,
 * and trimmed: a paragraph's lines as the page joins them. (No-break
 * spaces stay: they are the translation's.) */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, g_utf8_get_char (p));
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @text without any white space: how a PDF's text is compared, as
 * pdftotext breaks lines where the page did (and may space CJK text). */
static char *
no_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A date in words follows the locale: December has the language's name
 * (or the language writes the month as a number). */
static void
assert_date_in_language (void)
{
  g_autofree char *date = guide_date_format ("2026-12-03");

  if (!must_differ ())
    return;
  if (!have_locale)
    {
      g_test_message ("No %s locale on this system: dates stay in English (“%s”)", language, date);
      return;
    }

  if (strstr (date, "December") != NULL)
    g_error ("The date “%s” is not in %s", date, language);
}

/* The catalog in use is the language's own. */
static void
test_catalog (void)
{
  const char *header = tr ("");
  g_autofree char *expected = g_strdup_printf ("Language: %s\n", language);

  g_assert_nonnull (strstr (header, expected));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language);
}

/* The sidebar: section headings and topic titles. */
static void
sidebar (GuideApplication *app,
         GuideWindow      *window,
         gpointer          data)
{
  GtkListBox *list = GTK_LIST_BOX (window_child (window, "topic_list"));
  GuideHandbook *handbook = guide_content_get_handbook (english);
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (english));
  GtkListBoxRow *row;
  guint n_sections = 0;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GuideTopic *topic = guide_topic_row_get_topic (GUIDE_TOPIC_ROW (row));
      GuideTopic *original = guide_handbook_lookup (handbook, guide_topic_get_id (topic));
      GtkWidget *title = guide_test_child (GTK_WIDGET (row), GUIDE_TYPE_TOPIC_ROW, "title");
      GtkWidget *header = gtk_list_box_row_get_header (row);
      const char *english_title = guide_topic_get_title (original);
      gboolean named_for_a_medicine = FALSE;

      g_assert_nonnull (original);
      /* A medicine keeps its name in every language. */
      for (guint j = 0; j < g_list_model_get_n_items (therapies); j++)
        {
          g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, j);

          if (strstr (english_title, guide_therapy_get_name (therapy)) != NULL)
            named_for_a_medicine = TRUE;
        }

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==,
                       named_for_a_medicine ? tr (english_title) : translated (english_title));

      if (header != NULL)
        {
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==,
                           translated (guide_topic_get_section_title (original)));
          n_sections++;
        }
    }

  g_assert_cmpuint (n_sections, >, 1);
}

static void
test_sidebar (void)
{
  guide_test_run_app (NULL, sidebar, NULL);
}

/* An article: its title, review date, every plain paragraph, and the
 * headings the page adds. */
static void
article (GuideApplication *app,
         GuideWindow      *window,
         gpointer          data)
{
  GuideDocumentView *view = guide_article_page_get_document_view (
    GUIDE_ARTICLE_PAGE (window_child (window, "article_page")));
  GuideTopic *original = guide_handbook_lookup (guide_content_get_handbook (english), "what-is-ros1");
  g_autoptr(GPtrArray) messages = guide_test_article_messages (english, original);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *name = NULL;
  guint n_paragraphs = 0;

  show_topic (window, "what-is-ros1");
  for (guint i = 0; i < guide_document_view_get_n_blocks (view); i++)
    {
      g_autofree char *text = guide_document_view_get_block_text (view, i);

      g_ptr_array_add (blocks, squeeze (text));
    }

  g_assert_cmpstr (g_ptr_array_index (blocks, 0), ==, translated (guide_topic_get_title (original)));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (window_child (window, "content_title"))),
                   ==, translated (guide_topic_get_title (original)));

  assert_date_in_language ();
  date = guide_date_format (guide_topic_get_reviewed (original));
  reviewed = g_strdup_printf (translated ("Last reviewed %s"), date);
  g_assert_cmpstr (g_ptr_array_index (blocks, 1), ==, reviewed);

  /* Paragraphs with no Markdown in them show exactly as translated. */
  for (guint i = 0; i < messages->len; i++)
    {
      const char *msgid = g_ptr_array_index (messages, i);
      g_autofree char *expected = NULL;
      g_auto(GStrv) words = g_strsplit (msgid, " ", -1);

      if (strpbrk (msgid, "*_[]{}`<>\\#") != NULL)
        continue;

      expected = squeeze (g_strv_length (words) >= 5 ? translated (msgid) : tr (msgid));
      if (!g_ptr_array_find_with_equal_func (blocks, expected, g_str_equal, NULL))
        g_error ("The article does not show “%s”", expected);
      n_paragraphs++;
    }
  g_assert_cmpuint (n_paragraphs, >=, 3);

  /* The page's own headings. */
  g_assert_true (g_ptr_array_find_with_equal_func (blocks, translated ("Related topics"), g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (blocks, tr ("Sources"), g_str_equal, NULL));

  /* Printed or saved, it is named by its title in the language (without
   * the "?" that file systems refuse). */
  name = guide_print_content_article_name (guide_window_get_topic (window));
  g_assert_cmpstr (name, !=, "");
  g_assert_null (strpbrk (name, "/\\:*?\"<>|"));
  g_assert_true (g_str_has_prefix (translated (guide_topic_get_title (original)), name));
}

static void
test_article (void)
{
  guide_test_run_app (NULL, article, NULL);
}

/* The therapy grid: every column heading, as the table shows it. */
static void
grid (GuideApplication *app,
      GuideWindow      *window,
      gpointer          data)
{
  /* The headings, in the order of the columns; those every language
   * words differently are marked. */
  static const struct { const char *title; gboolean differs; } headings[] = {
    { "Medicine", TRUE }, { "US", FALSE }, { "EU", FALSE }, { "Response, first", TRUE },
    { "Response, later", TRUE }, { "PFS, first", FALSE }, { "PFS, later", FALSE },
    { "Brain", TRUE }, { "G2032R", FALSE }, { "Taken", TRUE },
  };
  GtkWidget *page;
  GtkColumnView *view;
  GListModel *columns;

  show_topic (window, "therapies");
  page = guide_window_get_page (window, "therapies");
  view = GTK_COLUMN_VIEW (guide_test_child (page, GUIDE_TYPE_THERAPY_PAGE, "column_view"));
  columns = gtk_column_view_get_columns (view);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  guide_test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (headings));
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *expected = g_dpgettext2 (GETTEXT_PACKAGE, "column", headings[i].title);

      if (headings[i].differs && must_differ () && g_str_equal (expected, headings[i].title))
        g_error ("The column heading “%s” is not translated into %s", headings[i].title, language);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, expected);
      /* ...and on screen, in the column's header. */
      g_assert_nonnull (guide_test_find_label (GTK_WIDGET (view), expected));
    }
}

static void
test_grid (void)
{
  guide_test_run_app (NULL, grid, NULL);
}

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_spawn_sync (NULL, (char *[]) { "pdftotext", "-enc", "UTF-8", (char *) pdf, "-", NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return text;
}

static void
assert_in_pdf (const char *text,
               const char *expected)
{
  g_autofree char *haystack = no_space (text);
  g_autofree char *needle = no_space (expected);

  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the PDF:\n%s", expected, text);
}

/* The visit summary, filled in and saved as PDF as the oncologist will
 * read it; the visit's date in words of the language. */
static void
visit_pdf (GuideApplication *app,
           GuideWindow      *window,
           gpointer          data)
{
  GuideVisitPage *page;
  GuideVisitSummary *summary;
  g_autoptr(GuideQuestion) question = g_list_model_get_item (G_LIST_MODEL (guide_content_get_questions (english)), 0);
  g_autoptr(GuideSideEffect) effect = guide_side_effect_new ("2026-11-20", "Tingling in my toes",
                                                             GUIDE_SEVERITY_MODERATE, "");
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-export-XXXXXX", NULL);
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *header = NULL;
  g_autofree char *severity = NULL;
  g_autofree char *page_one = NULL;
  GtkWidget *date_row;
  guint n_pages = 0;

  show_topic (window, "visit");
  page = GUIDE_VISIT_PAGE (guide_window_get_page (window, "visit"));
  summary = guide_visit_page_get_summary (page);
  g_assert_nonnull (summary);
  guide_visit_summary_set_name (summary, "Dana Example");
  guide_visit_summary_set_visit_date (summary, "2026-12-03");
  guide_visit_summary_set_therapy (summary, "crizotinib");
  guide_visit_summary_add_side_effect (summary, effect);
  guide_visit_summary_set_question_ticked (summary, guide_question_get_id (question), TRUE);
  guide_test_settle ();

  /* The page shows the date in words of the language. */
  date = guide_date_format ("2026-12-03");
  assert_date_in_language ();
  date_row = guide_test_child (GTK_WIDGET (page), GUIDE_TYPE_VISIT_PAGE, "visit_date_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (date_row)), ==, date);

  /* The file's name is the language's too. */
  name = guide_print_content_visit_name (summary);
  file_name = g_strdup_printf (tr ("visit-summary-%s"), "2026-12-03");
  g_assert_cmpstr (name, ==, file_name);

  pdf = g_strconcat (dir, G_DIR_SEPARATOR_S, name, ".pdf", NULL);
  file = g_file_new_for_path (pdf);
  g_assert_true (guide_window_export_pdf (window, file, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);

  for (const char *p = text; (p = strchr (p, '\f')) != NULL; p++)
    n_pages++;
  g_assert_cmpuint (n_pages, >=, 1);

  header = g_strdup_printf (translated ("Visit summary · %s"), "Dana Example");
  /* ("grade" is French too) */
  severity = g_strdup_printf (tr ("%s (grade %u)"), translated ("Moderate"), 2);
  page_one = g_strdup_printf (translated ("Page %u of %u"), 1, n_pages);
  for (const char * const *s = (const char *[]) {
         header, translated ("Visit summary"), translated ("Date of the visit"), date,
         translated ("Diagnosis"), translated ("ROS1-positive non-small cell lung cancer (NSCLC)"),
         translated ("Current treatment"), translated ("Side effects"), severity,
         tr (guide_question_get_text (question)), page_one, NULL };
       *s != NULL; s++)
    assert_in_pdf (text, *s);
  /* A question of the content, translated where the catalog has it. */
  if (must_differ ())
    g_assert_cmpstr (tr (guide_question_get_text (question)), !=, guide_question_get_text (question));

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_visit_pdf (void)
{
  guide_test_run_app (NULL, visit_pdf, NULL);
}

static GtkWindow *
find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (window), type_name) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The About window and the print dialog speak the language too: the
 * guide's text from its catalog, GTK's from GTK's. */
static void
about_and_print (GuideApplication *app,
                 GuideWindow      *window,
                 gpointer          data)
{
  GtkWindow *about;
  GtkWindow *dialog;
  g_autofree char *comments = NULL;
  g_autofree char *developer = NULL;
  g_autofree char *copyright = NULL;
  g_autofree char *credits = NULL;
  g_auto(GStrv) developers = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  guide_test_wait_for ((about = find_toplevel ("AdwAboutWindow")) != NULL, 10000);
  g_object_get (about, "comments", &comments, "developer-name", &developer,
                "developers", &developers, "copyright", &copyright,
                "translator-credits", &credits, NULL);
  g_assert_cmpstr (comments, ==,
                   translated ("A plain-language handbook for people with ROS1-positive lung cancer and "
                               "the people who care for them. It explains; it does not replace your "
                               "care team."));
  g_assert_cmpstr (developer, ==, translated ("The ROS1 Guide developers"));
  g_assert_cmpstrv (developers, ((const char *[]) { translated ("The ROS1 Guide developers"), NULL }));
  g_assert_cmpstr (copyright, ==, tr ("© 2026 The ROS1 Guide developers"));
  g_assert_cmpstr (credits, ==, translated ("translator-credits"));
  gtk_window_close (about);
  guide_test_wait_for (find_toplevel ("AdwAboutWindow") == NULL, 10000);

  /* The print dialog of an article. */
  show_topic (window, "welcome");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  guide_test_wait_for ((dialog = find_toplevel ("GtkPrintUnixDialog")) != NULL, 10000);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, g_dgettext ("gtk40", "Print"));
  if (must_differ () && g_str_equal (g_dgettext ("gtk40", "Print"), "Print"))
    g_test_message ("GTK has no %s translation on this system", language);
  gtk_window_close (dialog);
  guide_test_wait_for (find_toplevel ("GtkPrintUnixDialog") == NULL, 10000);
  guide_test_settle ();
}

static void
test_about_and_print (void)
{
  guide_test_run_app (NULL, about_and_print, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) compiled_locale = NULL;
  g_autoptr(GFile) home = NULL;
  g_autofree char *data_home = NULL;
  int status;

  language = g_getenv ("GUIDE_TEST_LANGUAGE");
  if (language == NULL || *language == '\0')
    g_error ("Set GUIDE_TEST_LANGUAGE to a language of po/LINGUAS");
  language = g_strdup (language);

  /* Before anything asks for the locale or the user data folder. */
  have_locale = guide_test_use_language (language, &compiled_locale);
  data_home = g_dir_make_tmp ("ros1-guide-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  guide_test_init (&argc, &argv);
  g_test_message ("Language %s, locale %s", language, setlocale (LC_ALL, NULL));
  english = guide_test_english_content ();

  g_test_add_func ("/language/catalog", test_catalog);
  g_test_add_func ("/language/sidebar", test_sidebar);
  g_test_add_func ("/language/article", test_article);
  g_test_add_func ("/language/grid", test_grid);
  g_test_add_func ("/language/visit-pdf", test_visit_pdf);
  g_test_add_func ("/language/about-and-print", test_about_and_print);

  status = g_test_run ();

  g_clear_object (&english);
  home = g_file_new_for_path (data_home);
  guide_test_remove_tree (home);
  if (compiled_locale != NULL)
    guide_test_remove_tree (compiled_locale);

  return status;
}
