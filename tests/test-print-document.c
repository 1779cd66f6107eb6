/* test-print-document.c - printed pages: everything once, nothing cut
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents are drawn on a PDF surface, with no display, and read back
 * with pdftotext, page by page.
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "guide-print-document.h"
#include "guide-test-util.h"

typedef struct
{
  const char *name;
  double      width;
  double      height;
} Paper;

static const Paper papers[] = {
  { "A4", GUIDE_PAPER_A4_WIDTH, GUIDE_PAPER_A4_HEIGHT },
  { "Letter", GUIDE_PAPER_LETTER_WIDTH, GUIDE_PAPER_LETTER_HEIGHT },
};

/* The text of page @page (from 1), or of all pages for 0. */
static char *
pdf_text (const char *pdf,
          guint       page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = g_strdup_printf ("%u", page);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *all[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, pdf, "-", NULL };
  int status;

  g_spawn_sync (NULL, (char **) (page == 0 ? all : one), NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&out);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static char *
write_pdf (GuidePrintDocument *doc,
           const Paper        *paper)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-print-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "out.pdf", NULL);
  g_assert_true (guide_print_document_write_pdf (doc, path, paper->width, paper->height, &error));
  g_assert_no_error (error);

  return path;
}

static void
remove_pdf (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static GuidePrintDocument *
framed_document (void)
{
  GuidePrintDocument *doc = guide_print_document_new ("Header of every page");

  guide_print_document_set_header_date (doc, "3 December 2026");
  guide_print_document_set_footer (doc, "Footnote of every page.", "Reviewed 26 November 2026");

  return doc;
}

/* Every kind of block is drawn, with its text, markup applied and
 * text escaped. */
static void
test_blocks (void)
{
  g_autoptr(GuidePrintDocument) doc = framed_document ();
  const char *headers[] = { "Column one", "Column two", NULL };
  const char *row[] = { "Cell <one> & more", "Cell two", NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  guide_print_document_add_title (doc, "The title");
  guide_print_document_add_heading (doc, 1, "First heading");
  guide_print_document_add_paragraph (doc, "A plain paragraph with <angle> & ampersand.");
  guide_print_document_add_markup (doc, "Some <b>bold</b> and <i>italic</i> words.",
                                   GUIDE_PRINT_STYLE_BODY, 0, NULL);
  guide_print_document_add_markup (doc, "A list item", GUIDE_PRINT_STYLE_BODY, 1, "•");
  guide_print_document_add_markup (doc, "A quotation", GUIDE_PRINT_STYLE_QUOTE, 0, NULL);
  guide_print_document_add_markup (doc, "code_sample()", GUIDE_PRINT_STYLE_CODE, 0, NULL);
  guide_print_document_add_markup (doc, "Small print", GUIDE_PRINT_STYLE_SMALL, 0, NULL);
  guide_print_document_add_rule (doc);
  guide_print_document_add_fact (doc, "Dose", "250 mg twice a day");
  guide_print_document_add_fact (doc, "Food", "with or without food");
  guide_print_document_begin_table (doc, 2, headers, NULL);
  guide_print_document_add_row (doc, row);
  guide_print_document_add_check (doc, "A question to ask?");
  guide_print_document_add_check (doc, "Another question?");
  g_assert_cmpuint (guide_print_document_get_n_blocks (doc), ==, 12);

  pdf = write_pdf (doc, &papers[0]);
  text = pdf_text (pdf, 0);
  g_test_message ("%s", text);

  for (const char * const *s = (const char *[]) {
         "Header of every page", "3 December 2026", "Footnote of every page.",
         "Reviewed 26 November 2026", "Page 1 of 1", "The title", "First heading",
         "A plain paragraph with <angle> & ampersand.", "Some bold and italic words.",
         "A list item", "•", "A quotation", "code_sample()", "Small print", "Dose",
         "250 mg twice a day", "with or without food", "Column one", "Column two",
         "Cell <one> & more", "Cell two", "A question to ask?", "Another question?", NULL };
       *s != NULL; s++)
    {
      if (strstr (text, *s) == NULL)
        g_error ("“%s” is not in the PDF", *s);
    }

  remove_pdf (pdf);
}

/* A 200-row table runs over several pages: every row is on one page
 * only, whole (all its lines there), its header on top of each page,
 * and the pages are numbered. */
static void
check_long_table (const Paper *paper)
{
  g_autoptr(GuidePrintDocument) doc = framed_document ();
  const char *headers[] = { "Date", "Symptom", "Severity", "Notes", NULL };
  const double widths[] = { 2, 3, 2, 5 };
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *total = NULL;
  guint n_pages;
  int *page_of_row = g_new0 (int, 200);

  guide_print_document_add_title (doc, "Side effects");
  guide_print_document_add_paragraph (doc, "An introduction before the table.");
  guide_print_document_begin_table (doc, 4, headers, widths);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *date = g_strdup_printf ("d%03ux", i);
      g_autofree char *symptom = g_strdup_printf ("s%03ux", i);
      /* Some rows have notes over several lines. */
      g_autofree char *notes = i % 7 == 0
        ? g_strdup_printf ("n%03ua one two three four five six seven eight nine ten eleven "
                           "twelve thirteen fourteen fifteen sixteen n%03ub", i, i)
        : g_strdup_printf ("n%03ua", i);
      const char *cells[] = { date, symptom, "Moderate", notes, NULL };

      guide_print_document_add_row (doc, cells);
    }
  guide_print_document_add_paragraph (doc, "After the table.");

  n_pages = guide_print_document_paginate (doc, paper->width, paper->height);
  g_test_message ("%s: %u pages", paper->name, n_pages);
  g_assert_cmpuint (n_pages, >=, 3);
  /* Laid out once per paper size: asking again gives the same. */
  g_assert_cmpuint (guide_print_document_paginate (doc, paper->width, paper->height), ==, n_pages);

  pdf = write_pdf (doc, paper);
  all = pdf_text (pdf, 0);

  total = g_strdup_printf (" of %u", n_pages);
  g_assert_cmpuint (count (all, total), ==, n_pages);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_text (pdf, p);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", p, n_pages);

      g_assert_cmpuint (count (text, number), ==, 1);
      g_assert_cmpuint (count (text, "Header of every page"), ==, 1);
      g_assert_cmpuint (count (text, "Footnote of every page."), ==, 1);
      /* The table's header row heads every page the table is on. */
      if (p > 1 && strstr (text, "d") != NULL && count (text, "s0") + count (text, "s1") > 0)
        g_assert_cmpuint (count (text, "Symptom"), ==, 1);

      for (guint i = 0; i < 200; i++)
        {
          g_autofree char *date = g_strdup_printf ("d%03ux", i);
          g_autofree char *symptom = g_strdup_printf ("s%03ux", i);
          g_autofree char *first = g_strdup_printf ("n%03ua", i);
          g_autofree char *last = g_strdup_printf ("n%03ub", i);
          guint found = count (text, date);

          if (found == 0)
            {
              g_assert_cmpuint (count (text, symptom), ==, 0);
              g_assert_cmpuint (count (text, first), ==, 0);
              g_assert_cmpuint (count (text, last), ==, 0);
              continue;
            }

          g_assert_cmpuint (found, ==, 1);
          g_assert_cmpint (page_of_row[i], ==, 0);
          page_of_row[i] = p;
          g_assert_cmpuint (count (text, symptom), ==, 1);
          g_assert_cmpuint (count (text, first), ==, 1);
          if (i % 7 == 0)
            g_assert_cmpuint (count (text, last), ==, 1);
        }
    }

  /* Every row on exactly one page, in order. */
  for (guint i = 0; i < 200; i++)
    {
      g_assert_cmpint (page_of_row[i], >, 0);
      if (i > 0)
        g_assert_cmpint (page_of_row[i], >=, page_of_row[i - 1]);
    }
  g_assert_cmpint (page_of_row[199], >, page_of_row[0]);

  g_free (page_of_row);
  remove_pdf (pdf);
}

static void
test_long_table (gconstpointer data)
{
  check_long_table (data);
}

/* Text longer than a page, in a paragraph and in one table cell, breaks
 * between lines: every word is printed once. */
static void
test_longer_than_a_page (void)
{
  g_autoptr(GuidePrintDocument) doc = framed_document ();
  g_autoptr(GString) words = g_string_new (NULL);
  const char *headers[] = { "Symptom", "Notes", NULL };
  const char *cells[] = { "Tall row", NULL, NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (words, "w%04uz ", i);

  guide_print_document_add_heading (doc, 1, "Notes");
  guide_print_document_add_paragraph (doc, words->str);
  guide_print_document_begin_table (doc, 2, headers, NULL);
  g_string_replace (words, "w", "c", 0);
  cells[1] = words->str;
  guide_print_document_add_row (doc, cells);

  n_pages = guide_print_document_paginate (doc, GUIDE_PAPER_A4_WIDTH, GUIDE_PAPER_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 4);

  pdf = write_pdf (doc, &papers[0]);
  text = pdf_text (pdf, 0);
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *w = g_strdup_printf ("w%04uz", i);
      g_autofree char *c = g_strdup_printf ("c%04uz", i);

      g_assert_cmpuint (count (text, w), ==, 1);
      g_assert_cmpuint (count (text, c), ==, 1);
    }

  remove_pdf (pdf);
}

/* A heading is never left alone at the foot of a page. */
static void
test_heading_keeps_with_next (void)
{
  g_autoptr(GuidePrintDocument) doc = framed_document ();
  g_autofree char *pdf = NULL;
  guint n_pages;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading h%02uz", i);
      g_autofree char *body = g_strdup_printf ("Body b%02uz of the section, long enough to take "
                                               "up two lines on the paper, or nearly two lines.",
                                               i);

      guide_print_document_add_heading (doc, 2, heading);
      guide_print_document_add_paragraph (doc, body);
    }

  n_pages = guide_print_document_paginate (doc, GUIDE_PAPER_A4_WIDTH, GUIDE_PAPER_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 2);

  pdf = write_pdf (doc, &papers[0]);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_text (pdf, p);

      for (guint i = 0; i < 60; i++)
        {
          g_autofree char *heading = g_strdup_printf ("h%02uz", i);
          g_autofree char *body = g_strdup_printf ("b%02uz", i);

          g_assert_cmpuint (count (text, heading), ==, count (text, body));
        }
    }

  remove_pdf (pdf);
}

/* An empty document is one page with its frame. */
static void
test_empty (void)
{
  g_autoptr(GuidePrintDocument) doc = framed_document ();
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (guide_print_document_paginate (doc, 600, 800), ==, 1);
  pdf = write_pdf (doc, &papers[1]);
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  remove_pdf (pdf);
}

/* The font that Pango takes for Chinese characters in text of @language,
 * as its family without spaces, lower case: "notosanscjksc", as it
 * starts the font's name in a PDF. */
static char *
han_font (const char *language)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string ("Sans 10");
  PangoFontset *fontset = pango_font_map_load_fontset (map, context, description,
                                                       pango_language_from_string (language));
  PangoFont *font = pango_fontset_get_font (fontset, 0x4E2D);  /* 中 */
  g_autoptr(PangoFontDescription) found = pango_font_describe (font);
  g_autoptr(GString) name = g_string_new (NULL);

  for (const char *p = pango_font_description_get_family (found); *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (name, g_ascii_tolower (*p));

  g_object_unref (font);
  g_object_unref (fontset);
  g_object_unref (context);

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* With the interface in Chinese, a page is set in Chinese glyph forms,
 * not Japanese ones, even where the system's locale (here C.UTF-8)
 * says nothing of Chinese. */
static void
test_language_zh_CN (void)
{
  g_autofree char *chinese = NULL;
  g_autofree char *japanese = NULL;
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *lower = NULL;
  const char *argv[] = { "pdffonts", NULL, NULL };
  int status;

  if (!guide_test_in_language ("zh_CN"))
    return;

  chinese = han_font ("zh-cn");
  japanese = han_font ("ja");
  g_test_message ("Chinese: %s, Japanese: %s", chinese, japanese);
  if (g_str_equal (chinese, japanese))
    {
      g_test_skip ("No fonts with Chinese and Japanese glyph forms apart");
      return;
    }

  /* Translated text only: Chinese characters and punctuation. */
  doc = guide_print_document_new (_("Visit summary"));
  guide_print_document_set_footer (doc, _("Approvals change. Ask your oncologist what is approved "
                                          "where you live."), _("Results in trials"));
  guide_print_document_add_title (doc, _("Visit summary"));
  guide_print_document_add_paragraph (doc, _("Approvals change. Ask your oncologist what is "
                                             "approved where you live."));
  pdf = write_pdf (doc, &papers[0]);

  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "批准"));

  argv[1] = pdf;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &fonts, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", fonts);

  lower = g_ascii_strdown (fonts, -1);
  g_assert_nonnull (strstr (lower, chinese));
  g_assert_null (strstr (lower, japanese));

  remove_pdf (pdf);
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/print-document/blocks", test_blocks);
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/print-document/long-table/%s", papers[i].name);

      g_test_add_data_func (path, &papers[i], test_long_table);
    }
  g_test_add_func ("/print-document/longer-than-a-page", test_longer_than_a_page);
  g_test_add_func ("/print-document/heading-keeps-with-next", test_heading_keeps_with_next);
  g_test_add_func ("/print-document/empty", test_empty);
  g_test_add_func ("/print-document/language-zh_CN", test_language_zh_CN);

  return g_test_run ();
}
