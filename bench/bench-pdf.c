/* bench-pdf.c - how long saving the visit summary as PDF takes
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: prints a table of median times (of several runs, after one
 * warm-up run) for a typical summary and for one with a 200-entry
 * side-effect log, on A4 and US Letter:
 *
 *   build   the printable document made from the summary
 *   layout  Pango layout and pagination
 *   draw    every page drawn into a PDF file
 *   export  the whole of "Save as PDF" after the file chooser: the
 *           application's own GtkPrintOperation export (only when a
 *           display is available; "-" otherwise)
 *
 * Usage: bench-pdf [RUNS]   (default: BENCH_RUNS, or 7)
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <stdlib.h>

#include "bench-util.h"
#include "guide-print-content.h"
#include "guide-print-operation.h"
#include "guide-question.h"

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

/* A summary as a patient would fill it in for a visit. */
static GuideVisitSummary *
typical_summary (GuideContent *content,
                 guint         log_entries)
{
  static const char * const symptoms[] = {
    "Feeling sick (nausea)", "Tiredness", "Dizziness", "Swollen ankles", "Tingling in my toes",
  };
  GuideVisitSummary *summary = guide_visit_summary_new ();
  GListModel *questions = G_LIST_MODEL (guide_content_get_questions (content));
  const char *discuss[] = { "repotrectinib", "taletrectinib", NULL };

  guide_visit_summary_set_name (summary, "Dana Example");
  guide_visit_summary_set_visit_date (summary, "2026-12-03");
  guide_visit_summary_set_therapy (summary, "crizotinib");
  guide_visit_summary_set_therapy_since (summary, "2025-03-14");
  guide_visit_summary_set_dose (summary, "250 mg morning and evening");
  guide_visit_summary_set_discuss (summary, discuss);

  for (guint i = 0; i < log_entries; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i / 28 % 12, 1 + i % 28);
      g_autoptr(GuideSideEffect) entry =
        guide_side_effect_new (date, symptoms[i % G_N_ELEMENTS (symptoms)], 1 + i % 4,
                               i % 3 == 0 ? "Worse in the morning, better after a walk; "
                                            "lasted most of the day" : "");

      guide_visit_summary_add_side_effect (summary, entry);
    }

  for (guint i = 0; i < g_list_model_get_n_items (questions) && i < 3; i++)
    {
      g_autoptr(GuideQuestion) question = g_list_model_get_item (questions, i * 2);

      if (question != NULL)
        guide_visit_summary_set_question_ticked (summary, guide_question_get_id (question), TRUE);
    }
  guide_visit_summary_add_own_question (summary, "Can I travel to see my sister in May?");
  guide_visit_summary_set_notes (summary, "Sleeping badly since October.\n\n"
                                          "My GP started a new blood pressure pill.");

  return summary;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
run_case (GuideContent      *content,
          const char        *name,
          GuideVisitSummary *summary,
          const Paper       *paper,
          guint              runs,
          gboolean           have_display,
          const char        *pdf)
{
  g_autoptr(GArray) build = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) export = g_array_new (FALSE, FALSE, sizeof (double));
  guint pages = 0;
  g_autofree char *export_text = NULL;

  for (guint run = 0; run <= runs; run++)
    {
      g_autoptr(GuidePrintDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      double t0, t1, t2, t3;

      t0 = now_ms ();
      doc = guide_print_content_visit (content, summary);
      t1 = now_ms ();
      pages = guide_print_document_paginate (doc, paper->width, paper->height);
      t2 = now_ms ();
      if (!guide_print_document_write_pdf (doc, pdf, paper->width, paper->height, &error))
        g_error ("%s", error->message);
      t3 = now_ms ();

      /* The first run warms caches (fonts, the content) and is not counted. */
      if (run == 0)
        continue;

      g_array_append_vals (build, &(double) { t1 - t0 }, 1);
      g_array_append_vals (layout, &(double) { t2 - t1 }, 1);
      g_array_append_vals (draw, &(double) { t3 - t2 }, 1);
    }

  if (have_display)
    {
      g_autoptr(GFile) file = g_file_new_for_path (pdf);

      for (guint run = 0; run <= runs; run++)
        {
          g_autoptr(GuidePrintDocument) doc = NULL;
          g_autoptr(GError) error = NULL;
          double t0 = now_ms ();

          /* As "Save as PDF" does, on the locale's paper. */
          doc = guide_print_content_visit (content, summary);
          if (!guide_print_operation_export_pdf (doc, NULL, file, &error))
            g_error ("%s", error->message);
          if (run > 0)
            g_array_append_vals (export, &(double) { now_ms () - t0 }, 1);
        }
      export_text = g_strdup_printf ("%8.1f", bench_median (export));
    }
  else
    export_text = g_strdup ("       -");

  g_print ("%-22s %-6s %5u %8.1f %8.1f %8.1f %s\n", name, paper->name, pages,
           bench_median (build), bench_median (layout), bench_median (draw), export_text);

  /* The whole export if it ran, or what it is made of. */
  return have_display ? bench_median (export) : bench_median (build) + bench_median (layout) + bench_median (draw);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;
  g_autoptr(GuideVisitSummary) typical = NULL;
  g_autoptr(GuideVisitSummary) long_log = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *paper = NULL;
  guint runs = argc > 1 ? (guint) MAX (1, atoi (argv[1])) : bench_runs ();
  gboolean have_display;
  double typical_ms[G_N_ELEMENTS (papers)] = { 0 };
  g_autofree char *measure = NULL;
  g_autofree char *result = NULL;
  double worst;

  setlocale (LC_ALL, "");
  have_display = gtk_init_check ();

  content = guide_content_new_from_resource (&error);
  if (content == NULL)
    g_error ("%s", error->message);

  dir = g_dir_make_tmp ("ros1-guide-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  pdf = g_build_filename (dir, "summary.pdf", NULL);

  typical = typical_summary (content, 5);
  long_log = typical_summary (content, 200);

  g_print ("Visit summary PDF export: median of %u runs, milliseconds\n", runs);
  if (have_display)
    g_print ("(export uses GtkPrintOperation on this locale's paper, %s)\n",
             (paper = g_strdup (gtk_paper_size_get_default ())));
  else
    g_print ("(no display: the GtkPrintOperation export column is skipped)\n");
  g_print ("%-22s %-6s %5s %8s %8s %8s %8s\n", "summary", "paper", "pages",
           "build", "layout", "draw", "export");

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    typical_ms[i] = run_case (content, "typical (5 entries)", typical, &papers[i], runs,
                              have_display, pdf);
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    run_case (content, "long log (200 entries)", long_log, &papers[i], runs, have_display, pdf);

  g_unlink (pdf);
  g_rmdir (dir);

  /* The row for bench/run's table: the slower paper. */
  worst = MAX (typical_ms[0], typical_ms[1]);
  measure = g_strdup_printf ("Visit summary PDF export: a typical summary (%s)",
                             have_display ? "the whole export" : "build, layout and draw");
  result = g_strdup_printf ("%.1f ms", worst);
  bench_row (measure, result, "< 150 ms", worst < 150);

  return 0;
}
