/* test-visit-print.c - the printed visit summary, article and medicine sheet
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With the content that ships with the guide, the documents are drawn on
 * a PDF surface (no display) and read back with pdftotext.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "guide-print-content.h"
#include "guide-question.h"
#include "guide-source.h"
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

static GuideContent *content;

/* @text with every run of white space made one space. */
static char *
flatten (const char *text)
{
  static GRegex *space;

  if (space == NULL)
    space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* The PDF's text, every run of white space made one space, so that text
 * wrapped over lines reads as written. */
static char *
pdf_text (GuidePrintDocument *doc,
          const Paper        *paper,
          guint               page,
          guint              *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-visit-print-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *out = NULL;
  const char *all[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL };
  int status;

  g_assert_no_error (error);
  g_assert_true (guide_print_document_write_pdf (doc, pdf, paper->width, paper->height, &error));
  g_assert_no_error (error);
  if (n_pages != NULL)
    *n_pages = guide_print_document_paginate (doc, paper->width, paper->height);

  g_spawn_sync (NULL, (char **) (page == 0 ? all : one), NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  g_unlink (pdf);
  g_rmdir (dir);

  return flatten (out);
}

static void
assert_has (const char *text,
            const char *expected)
{
  g_autofree char *flat = flatten (expected);

  if (strstr (text, flat) == NULL)
    g_error ("“%s” is not in the printed text:\n%s", flat, text);
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

static GuideTherapy *
therapy (const char *id)
{
  GuideTherapy *t = guide_id_list_lookup (guide_content_get_therapies (content), id);

  g_assert_nonnull (t);
  return t;
}

static GuideQuestion *
question (guint index)
{
  GListModel *questions = G_LIST_MODEL (guide_content_get_questions (content));
  g_autoptr(GuideQuestion) q = g_list_model_get_item (questions, index);

  g_assert_nonnull (q);
  return q;
}

static GuideVisitSummary *
filled_summary (void)
{
  GuideVisitSummary *summary = guide_visit_summary_new ();
  const char *discuss[] = { "repotrectinib", "taletrectinib", NULL };
  g_autoptr(GuideSideEffect) e1 = guide_side_effect_new ("2026-11-20", "Feeling sick (nausea)",
                                                         GUIDE_SEVERITY_MODERATE, "Worse after breakfast");
  g_autoptr(GuideSideEffect) e2 = guide_side_effect_new ("2026-10-02", "Tingling in my toes",
                                                         GUIDE_SEVERITY_MILD, "");
  g_autoptr(GuideSideEffect) e3 = guide_side_effect_new ("", "Blurry eyes at dusk",
                                                         GUIDE_SEVERITY_NONE, "Since the autumn");

  guide_visit_summary_set_name (summary, "Dana Example");
  guide_visit_summary_set_visit_date (summary, "2026-12-03");
  guide_visit_summary_set_therapy (summary, "crizotinib");
  guide_visit_summary_set_therapy_since (summary, "2025-03-14");
  guide_visit_summary_set_dose (summary, "250 mg morning and evening");
  guide_visit_summary_set_discuss (summary, discuss);
  guide_visit_summary_add_side_effect (summary, e1);
  guide_visit_summary_add_side_effect (summary, e2);
  guide_visit_summary_add_side_effect (summary, e3);
  guide_visit_summary_set_question_ticked (summary, guide_question_get_id (question (0)), TRUE);
  guide_visit_summary_set_question_ticked (summary, guide_question_get_id (question (2)), TRUE);
  guide_visit_summary_add_own_question (summary, "Can I travel to see my sister in May?");
  guide_visit_summary_set_notes (summary, "Sleeping badly since October.\n\nMy GP started a "
                                          "new blood pressure pill.");

  return summary;
}

/* Everything the patient entered is printed, with the facts about the
 * current medicine from the guide's data, their sources, and the page
 * numbers, on both papers. */
static void
test_filled (gconstpointer data)
{
  const Paper *paper = data;
  g_autoptr(GuideVisitSummary) summary = filled_summary ();
  g_autoptr(GuidePrintDocument) doc = guide_print_content_visit (content, summary);
  GuideTherapy *crizotinib = therapy ("crizotinib");
  const GuideTherapyFacts *side_effects = guide_therapy_get_side_effects (crizotinib);
  const GuideTherapyFacts *interactions = guide_therapy_get_interactions (crizotinib);
  g_autofree char *dose = guide_therapy_format_dose (crizotinib);
  g_autofree char *food = guide_therapy_format_food (crizotinib);
  g_autofree char *reviewed = guide_date_format (guide_handbook_get_reviewed (guide_content_get_handbook (content)));
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages;

  text = pdf_text (doc, paper, 0, &n_pages);
  g_test_message ("%s: %u pages", paper->name, n_pages);

  /* What the patient entered */
  for (const char * const *s = (const char *[]) {
         "Visit summary", "Dana Example", "3 December 2026",
         "ROS1-positive non-small cell lung cancer", "Crizotinib (Xalkori)", "14 March 2025",
         "250 mg morning and evening", "Feeling sick (nausea)", "Worse after breakfast",
         "Moderate (grade 2)", "20 Nov 2026", "Tingling in my toes", "Mild (grade 1)",
         "2 Oct 2026", "Blurry eyes at dusk", "Since the autumn", "Not rated",
         "Can I travel to see my sister in May?", "Sleeping badly since October.",
         "My GP started a new blood pressure pill.", NULL };
       *s != NULL; s++)
    assert_has (text, *s);
  for (const char * const *id = (const char *[]) { "repotrectinib", "taletrectinib", NULL };
       *id != NULL; id++)
    {
      g_autofree char *label = guide_print_content_therapy_label (therapy (*id));

      assert_has (text, label);
    }
  assert_has (text, guide_question_get_text (question (0)));
  assert_has (text, guide_question_get_text (question (2)));
  /* A question that was not ticked is not printed. */
  g_assert_null (strstr (text, guide_question_get_text (question (1))));

  /* The facts from the guide, with their sources */
  assert_has (text, dose);
  assert_has (text, food);
  for (guint i = 0; side_effects->items[i] != NULL; i++)
    assert_has (text, side_effects->items[i]);
  for (guint i = 0; interactions->items[i] != NULL; i++)
    assert_has (text, interactions->items[i]);
  assert_has (text, guide_source_get_title (guide_id_list_lookup (guide_content_get_sources (content),
                                                                  side_effects->sources[0])));
  assert_has (text, "cannot be compared directly");

  /* The frame: page numbers, review date, not medical advice */
  assert_has (text, "Page 1 of");
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  assert_has (text, last_page);
  assert_has (text, reviewed);
  assert_has (text, "not medical advice");
}

/* What the patient chose to leave out is not printed. */
static void
test_print_parts (void)
{
  g_autoptr(GuideVisitSummary) summary = filled_summary ();
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dose = guide_therapy_format_dose (therapy ("crizotinib"));

  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_NOTES, FALSE);
  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_SIDE_EFFECTS, FALSE);
  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_THERAPY_FACTS, FALSE);
  guide_visit_summary_set_print_part (summary, GUIDE_VISIT_PART_DISCUSS, FALSE);
  doc = guide_print_content_visit (content, summary);
  text = pdf_text (doc, &papers[0], 0, NULL);

  assert_has (text, "Dana Example");
  assert_has (text, "Can I travel to see my sister in May?");
  g_assert_null (strstr (text, "Sleeping badly"));
  g_assert_null (strstr (text, "Tingling in my toes"));
  g_assert_null (strstr (text, "Repotrectinib"));
  g_assert_null (strstr (text, dose));
}

/* An empty summary still prints, with the diagnosis and the frame. */
static void
test_empty (void)
{
  g_autoptr(GuideVisitSummary) summary = guide_visit_summary_new ();
  g_autoptr(GuidePrintDocument) doc = guide_print_content_visit (content, summary);
  g_autofree char *text = pdf_text (doc, &papers[1], 0, NULL);

  assert_has (text, "Visit summary");
  assert_has (text, "ROS1-positive non-small cell lung cancer");
  assert_has (text, "Page 1 of 1");
}

/* "Other" with free text, and a medicine no longer in the data. */
static void
test_other_therapy (void)
{
  g_autoptr(GuideVisitSummary) summary = guide_visit_summary_new ();
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *discuss[] = { "a-retired-medicine", NULL };

  guide_visit_summary_set_therapy (summary, GUIDE_VISIT_THERAPY_OTHER);
  guide_visit_summary_set_therapy_other (summary, "Trial drug XY-123");
  guide_visit_summary_set_discuss (summary, discuss);
  doc = guide_print_content_visit (content, summary);
  text = pdf_text (doc, &papers[0], 0, NULL);
  assert_has (text, "Trial drug XY-123");
  assert_has (text, "a-retired-medicine");

  g_clear_object (&doc);
  g_free (text);
  guide_visit_summary_set_therapy (summary, GUIDE_VISIT_THERAPY_NONE);
  doc = guide_print_content_visit (content, summary);
  text = pdf_text (doc, &papers[0], 0, NULL);
  assert_has (text, "No cancer medicine at the moment");
}

/* A 200-entry log runs over several pages; every entry is printed once,
 * whole on one page, on A4 and on Letter. */
static void
test_long_log (gconstpointer data)
{
  const Paper *paper = data;
  g_autoptr(GuideVisitSummary) summary = filled_summary ();
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *all = NULL;
  g_autofree int *page_of = g_new0 (int, 200);
  guint n_pages;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i / 28 % 12, 1 + i % 28);
      g_autofree char *symptom = g_strdup_printf ("Symptom s%03uq", i);
      g_autofree char *notes = NULL;
      g_autoptr(GuideSideEffect) entry = NULL;

      if (i % 5 == 0)
        notes = g_strdup_printf ("Notes n%03uq that go on for a while, so that this entry "
                                 "takes more than one line in its cell, and more n%03ur", i, i);
      else
        notes = g_strdup_printf ("Notes n%03uq", i);
      entry = guide_side_effect_new (date, symptom, 1 + i % 4, notes);
      guide_visit_summary_add_side_effect (summary, entry);
    }

  doc = guide_print_content_visit (content, summary);
  all = pdf_text (doc, paper, 0, &n_pages);
  g_test_message ("%s: %u pages", paper->name, n_pages);
  g_assert_cmpuint (n_pages, >=, 4);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_text (doc, paper, p, NULL);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", p, n_pages);

      g_assert_cmpuint (count (text, number), ==, 1);
      for (guint i = 0; i < 200; i++)
        {
          g_autofree char *symptom = g_strdup_printf ("s%03uq", i);
          g_autofree char *first = g_strdup_printf ("n%03uq", i);
          g_autofree char *last = g_strdup_printf ("n%03ur", i);
          guint found = count (text, symptom);

          g_assert_cmpuint (found, <=, 1);
          g_assert_cmpuint (count (text, first), ==, found);
          if (i % 5 == 0)
            g_assert_cmpuint (count (text, last), ==, found);
          if (found == 1)
            {
              g_assert_cmpint (page_of[i], ==, 0);
              page_of[i] = p;
            }
        }
    }

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *symptom = g_strdup_printf ("s%03uq", i);

      g_assert_cmpint (page_of[i], >, 0);
      g_assert_cmpuint (count (all, symptom), ==, 1);
    }
}

/* An article prints from the blocks its page shows. */
static void
test_article (void)
{
  GuideTopic *topic = guide_handbook_lookup (guide_content_get_handbook (content), "what-is-ros1");
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) document = guide_content_load_article (content, topic, &error);
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  doc = guide_print_content_article (content, topic, document);
  g_assert_cmpuint (guide_print_document_get_n_blocks (doc), ==, document->blocks->len);
  text = pdf_text (doc, &papers[0], 0, NULL);

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const GuideBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind != GUIDE_BLOCK_RULE && block->kind != GUIDE_BLOCK_IMAGE)
        assert_has (text, block->text);
    }
  assert_has (text, guide_topic_get_title (topic));
  assert_has (text, "Page 1 of");
}

/* Each medicine's sheet fits on one page and has its facts and sources. */
static void
test_therapy_sheets (void)
{
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (content));

  g_assert_cmpuint (g_list_model_get_n_items (therapies), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (therapies); i++)
    {
      g_autoptr(GuideTherapy) t = g_list_model_get_item (therapies, i);
      g_autoptr(GuidePrintDocument) doc = guide_print_content_therapy (content, t);
      g_autofree char *label = guide_print_content_therapy_label (t);
      g_autofree char *dose = guide_therapy_format_dose (t);
      const GuideTherapyFacts *side_effects = guide_therapy_get_side_effects (t);
      g_autofree char *text = NULL;
      guint n_pages;

      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        {
          n_pages = guide_print_document_paginate (doc, papers[p].width, papers[p].height);
          g_test_message ("%s on %s: %u page(s)", guide_therapy_get_id (t), papers[p].name, n_pages);
          g_assert_cmpuint (n_pages, ==, 1);
        }

      text = pdf_text (doc, &papers[0], 0, NULL);
      assert_has (text, label);
      if (dose != NULL)
        assert_has (text, dose);
      for (guint f = 0; f < guide_therapy_get_n_figures (t); f++)
        {
          g_autofree char *figure = guide_therapy_format_figure (guide_therapy_get_figure (t, f));

          assert_has (text, figure);
        }
      for (guint s = 0; side_effects != NULL && side_effects->items[s] != NULL; s++)
        assert_has (text, side_effects->items[s]);
      if (guide_therapy_get_n_figures (t) > 0)
        assert_has (text, "Sources");
    }
}

/* In Chinese, the sheet joins its pieces with the catalog's punctuation:
 * marks of sources right after the text, numbers and trials listed with
 * Chinese commas. */
static void
test_therapy_sheet_zh_CN (void)
{
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *text = NULL;

  if (!guide_test_in_language ("zh_CN"))
    return;

  doc = guide_print_content_therapy (content, therapy ("entrectinib"));
  text = pdf_text (doc, &papers[0], 0, NULL);
  g_test_message ("%s", text);

  assert_has (text, "美国：2019年8月15日[1]；欧盟：2020年7月31日[2、3]");
  assert_has (text, "600 mg，每天一次[4]");
  assert_has (text, "整粒吞服胶囊。[4]");
  assert_has (text, "53人，ALKA-372-001");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  guide_test_init (&argc, &argv);

  content = guide_content_new_from_resource (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *filled = g_strdup_printf ("/visit-print/filled/%s", papers[i].name);
      g_autofree char *log = g_strdup_printf ("/visit-print/long-log/%s", papers[i].name);

      g_test_add_data_func (filled, &papers[i], test_filled);
      g_test_add_data_func (log, &papers[i], test_long_log);
    }
  g_test_add_func ("/visit-print/print-parts", test_print_parts);
  g_test_add_func ("/visit-print/empty", test_empty);
  g_test_add_func ("/visit-print/other-therapy", test_other_therapy);
  g_test_add_func ("/visit-print/article", test_article);
  g_test_add_func ("/visit-print/therapy-sheets", test_therapy_sheets);
  g_test_add_func ("/visit-print/therapy-sheet-zh_CN", test_therapy_sheet_zh_CN);

  status = g_test_run ();
  g_clear_object (&content);

  return status;
}
