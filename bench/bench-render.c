/* bench-render.c - how long an article takes from Markdown to a laid-out view
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the largest article the guide ships, and for synthetic articles of
 * 100 KiB and 1 MiB, it times what the application does to show one:
 *
 *   blocks  the Markdown is cut into messages and translated, its
 *           placeholders filled, and rendered to blocks
 *           (guide_content_load_article() for the shipped article);
 *   view    the blocks go into a GuideDocumentView in a window;
 *   shown   the main loop runs until the window has drawn the article
 *           (GtkTextView lays out what is on screen first);
 *   layout  the main loop runs until every line is laid out: the time of
 *           the last frame or idle callback that still had work, once
 *           nothing more has happened for 250 ms. GtkTextView does this
 *           in the background, a little at a time, while the reader can
 *           already read and scroll.
 *
 * Times are the process's CPU time (user + system), which other programs
 * on a busy machine do not inflate; on an idle machine the wall-clock time
 * of the first three phases is the same, and the layout phase's wall time
 * adds the waits between frames.
 *
 * A new window and view for each run. Needs a display; bench/run gives
 * it one.
 */
#include <string.h>
#include <time.h>

#include "bench-util.h"
#include "guide-content.h"
#include "guide-document-view.h"
#include "guide-i18n.h"

#define QUIET_MS 250

typedef struct
{
  double blocks;
  double view;
  double shown;
  double layout;
} Times;

/* CPU time used by the process, in microseconds. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
after_paint_cb (GdkFrameClock *clock,
                guint         *paints)
{
  (*paints)++;
}

static gboolean
quiet_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until nothing has happened for QUIET_MS; returns
 * the CPU time when the last thing happened. */
static gint64
run_until_quiet (void)
{
  gint64 last = cpu_now ();

  for (;;)
    {
      gboolean quiet = FALSE;
      guint timeout;

      while (g_main_context_iteration (NULL, FALSE))
        last = cpu_now ();

      timeout = g_timeout_add (QUIET_MS, quiet_timeout_cb, &quiet);
      g_main_context_iteration (NULL, TRUE);
      if (quiet)
        return last;

      g_source_remove (timeout);
      last = cpu_now ();
    }
}

static GuideDocument *
markdown_to_blocks (GuideContent *content,
                    const char   *markdown,
                    gsize         length)
{
  g_autofree char *translated = guide_i18n_translate_markdown (markdown, length, "bench.md");
  g_autofree char *expanded = guide_content_expand (content, translated, NULL);

  return guide_markdown_render (expanded, strlen (expanded));
}

static Times
measure_once (GuideContent *content,
              GuideTopic   *topic,
              const char   *markdown,
              gsize         length,
              guint        *n_blocks)
{
  g_autoptr(GuideDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = guide_document_view_new ();
  gint64 t0, t1, t2, t3, t4;
  guint paints = 0;
  GdkFrameClock *clock;
  Times times;

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  run_until_quiet ();
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &paints);

  t0 = cpu_now ();
  if (topic != NULL)
    doc = guide_content_load_article (content, topic, &error);
  else
    doc = markdown_to_blocks (content, markdown, length);
  g_assert_no_error (error);
  t1 = cpu_now ();
  guide_document_view_set_document (GUIDE_DOCUMENT_VIEW (view), doc, NULL);
  t2 = cpu_now ();
  paints = 0;
  while (paints == 0)
    g_main_context_iteration (NULL, TRUE);
  t3 = cpu_now ();
  t4 = run_until_quiet ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, &paints);
  *n_blocks = doc->blocks->len;
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_quiet ();

  times.blocks = (t1 - t0) / 1000.0;
  times.view = (t2 - t1) / 1000.0;
  times.shown = (t3 - t2) / 1000.0;
  times.layout = (MAX (t4, t3) - t3) / 1000.0;
  return times;
}

/* A made-up article of about @size bytes, written like the real ones:
 * headings, paragraphs with emphasis and links, lists, a quote. */
static GString *
synthetic_article (gsize size)
{
  GString *md = g_string_new (NULL);

  for (guint n = 1; md->len < size; n++)
    g_string_append_printf (md,
      "## Part %u: what the numbers mean\n\n"
      "In the study, *most people* whose cancer had not been treated with a "
      "targeted medicine saw it **shrink or stay stable**. Ask your oncologist "
      "what this means for you, and see [how the medicines compare](topic:therapies).\n\n"
      "- Take the capsules at the same time each day, with or without food.\n"
      "- Tell your care team about any new medicine, including herbal ones.\n"
      "- Keep a note of side effects and when they started.\n\n"
      "> Figures from different studies cannot be compared head to head.\n\n"
      "A longer paragraph follows, so that the text wraps over several lines in "
      "the view, as an article's text does: the guide explains the words your "
      "care team uses, the tests you may have, and the questions worth asking "
      "at your next visit, with a source for every fact.\n\n",
      n);

  return md;
}

static double
median_of (GArray *runs,
           gsize   offset,
           gsize   n_parts)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs->len; i++)
    {
      const double *parts = (const double *) ((const char *) &g_array_index (runs, Times, i) + offset);
      double sum = 0;

      for (gsize k = 0; k < n_parts; k++)
        sum += parts[k];
      g_array_append_val (values, sum);
    }

  return bench_median (values);
}

#define PHASE(field) G_STRUCT_OFFSET (Times, field)

/* Two rows: until the article is on screen, and until all of it is laid
 * out. */
static void
report (const char *name,
        GArray     *runs,
        guint       n_blocks,
        gsize       size,
        double      target_ms,
        double     *shown_out,
        double     *total_out)
{
  double blocks = median_of (runs, PHASE (blocks), 1);
  double view = median_of (runs, PHASE (view), 1);
  double shown = median_of (runs, PHASE (shown), 1);
  double layout = median_of (runs, PHASE (layout), 1);
  double to_screen = median_of (runs, PHASE (blocks), 3);
  double total = median_of (runs, PHASE (blocks), 4);
  double kib = size / 1024.0;
  g_autofree char *measure = NULL;
  g_autofree char *value = NULL;
  g_autofree char *target = NULL;

  if (target_ms > 0)
    target = g_strdup_printf ("< %.0f ms", target_ms);

  measure = g_strdup_printf ("Render %s (%.0f KiB, %u blocks): on screen", name, kib, n_blocks);
  value = g_strdup_printf ("**%.1f ms** (blocks %.1f + view %.1f + first frame %.1f)",
                           to_screen, blocks, view, shown);
  bench_row (measure, value, target, target_ms > 0 ? to_screen < target_ms : -1);

  g_clear_pointer (&measure, g_free);
  g_clear_pointer (&value, g_free);
  measure = g_strdup_printf ("Render %s (%.0f KiB): every line laid out", name, kib);
  value = g_strdup_printf ("**%.1f ms** (+ %.1f ms in the background; %.2f ms/KiB)",
                           total, layout, total / kib);
  bench_row (measure, value, target, target_ms > 0 ? total < target_ms : -1);

  *shown_out = to_screen;
  *total_out = total;
}

static void
bench_article (GuideContent *content,
               GuideTopic   *topic,
               const char   *name,
               GString      *markdown,
               gsize         size,
               double        target_ms,
               double       *shown,
               double       *total)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Times));
  guint n_blocks = 0;

  measure_once (content, topic, markdown ? markdown->str : NULL,
                markdown ? markdown->len : 0, &n_blocks);  /* warm-up */

  for (guint i = 0; i < bench_runs (); i++)
    {
      Times t = measure_once (content, topic, markdown ? markdown->str : NULL,
                              markdown ? markdown->len : 0, &n_blocks);
      g_array_append_val (runs, t);
    }

  report (name, runs, n_blocks, size, target_ms, shown, total);
}

/* The shipped article with the largest file. */
static GuideTopic *
largest_article (GuideContent *content,
                 gsize        *size)
{
  GListModel *topics = guide_handbook_get_topics (guide_content_get_handbook (content));
  GuideTopic *largest = NULL;

  *size = 0;
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GBytes) bytes = NULL;

      if (guide_topic_get_article (topic) == NULL)
        continue;

      bytes = g_file_load_bytes (guide_topic_get_article (topic), NULL, NULL, NULL);
      if (bytes != NULL && g_bytes_get_size (bytes) > *size)
        {
          *size = g_bytes_get_size (bytes);
          largest = topic;
        }
    }

  return largest;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;
  g_autoptr(GString) small = synthetic_article (100 * 1024);
  g_autoptr(GString) large = synthetic_article (1024 * 1024);
  g_autofree char *name = NULL;
  g_autofree char *growth = NULL;
  GuideTopic *topic;
  double shown, total, small_shown, small_total, large_shown, large_total;
  double size_ratio;
  gsize size;

  gtk_init ();
  content = guide_content_new_from_resource (&error);
  g_assert_no_error (error);

  topic = largest_article (content, &size);
  g_assert_nonnull (topic);
  name = g_strdup_printf ("the largest shipped article, %s", guide_topic_get_article_path (topic));

  bench_article (content, topic, name, NULL, size, 0, &shown, &total);
  bench_article (content, NULL, "a synthetic article", small, small->len, 0, &small_shown, &small_total);
  bench_article (content, NULL, "a synthetic article", large, large->len, 250, &large_shown, &large_total);

  /* Linear growth: ten times the text should take about ten times as long. */
  size_ratio = (double) large->len / small->len;
  growth = g_strdup_printf ("%.1f× the time on screen, %.1f× laid out, for %.1f× the text",
                            large_shown / small_shown, large_total / small_total, size_ratio);
  bench_row ("Render: growth from 100 KiB to 1 MiB", growth, "about linear (≈ 10×)",
             large_total / small_total < 1.5 * size_ratio && large_shown / small_shown < 1.5 * size_ratio);

  return 0;
}
