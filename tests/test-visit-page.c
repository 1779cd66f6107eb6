/* test-visit-page.c - the "My visit" page, driven as a patient would
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application, under its own X display: the page is filled in
 * through its widgets, the application quits and starts again, and
 * everything is still there; then the summary is saved as PDF with the
 * function "Save as PDF" calls once a file is chosen. The summary is
 * saved under a temporary XDG_DATA_HOME, never in the user's folder.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "guide-date-row.h"
#include "guide-side-effect-row.h"
#include "guide-test-util.h"
#include "guide-therapy-page.h"
#include "guide-visit-page.h"

static char *data_home;

static GtkWidget *
page_child (GuideVisitPage *page,
            const char     *name)
{
  return guide_test_child (GTK_WIDGET (page), GUIDE_TYPE_VISIT_PAGE, name);
}

static GuideVisitPage *
show_visit_page (GuideWindow *window)
{
  GtkWidget *stack = guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW, "content_stack");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "visit");
  guide_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "visit");

  return GUIDE_VISIT_PAGE (guide_window_get_page (window, "visit"));
}

static char *
visit_file (void)
{
  return g_build_filename (data_home, "ros1-guide", "visit.json", NULL);
}

/* Picks a day in a date row's calendar, as a user would: open it, choose
 * the day, press "Done". */
static void
pick_date (GtkWidget  *row,
           int         year,
           int         month,
           int         day)
{
  GtkWidget *button = guide_test_child (row, GUIDE_TYPE_DATE_ROW, "button");
  GtkWidget *popover = guide_test_child (row, GUIDE_TYPE_DATE_ROW, "popover");
  GtkCalendar *calendar = GTK_CALENDAR (guide_test_child (row, GUIDE_TYPE_DATE_ROW, "calendar"));
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  guide_test_wait_for (gtk_widget_get_mapped (popover), 30000);
  gtk_calendar_select_day (calendar, date);
  gtk_widget_activate_action (GTK_WIDGET (calendar), "date.done", NULL);
  guide_test_wait_for (!gtk_widget_get_visible (popover), 30000);
}

/* The first row of @list whose title contains @text. */
static GtkWidget *
row_titled (GtkWidget  *list,
            const char *text)
{
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        g_error ("No row titled “%s”", text);
      if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) != NULL)
        return GTK_WIDGET (row);
    }
}

/* The action row titled @title somewhere under @root, or NULL. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
row_checked (GtkWidget *row)
{
  GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  return GTK_IS_CHECK_BUTTON (check) ? gtk_check_button_get_active (GTK_CHECK_BUTTON (check))
                                     : gtk_switch_get_active (GTK_SWITCH (check));
}

static GuideSideEffectRow *
log_row (GuideVisitPage *page,
         int             index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (page_child (page, "side_effect_list")),
                                                      index);

  g_assert_true (GUIDE_IS_SIDE_EFFECT_ROW (row));
  return GUIDE_SIDE_EFFECT_ROW (row);
}

static GtkWidget *
log_field (GuideSideEffectRow *row,
           const char         *name)
{
  return guide_test_child (GTK_WIDGET (row), GUIDE_TYPE_SIDE_EFFECT_ROW, name);
}

/* Presses the remove button of @row as a user would: the entry opened,
 * its button on screen. */
static void
press_remove (GuideSideEffectRow *row)
{
  GtkWidget *button = log_field (row, "remove_button");

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  guide_test_wait_for (gtk_widget_get_mapped (button), 30000);
  gtk_widget_activate (button);
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;

  return n;
}

static void
select_in_combo (GtkWidget  *combo,
                 const char *label)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
        return;
      }

  g_error ("“%s” is not offered", label);
}

static const char *
combo_label (GtkWidget *combo)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  return gtk_string_list_get_string (GTK_STRING_LIST (model),
                                     adw_combo_row_get_selected (ADW_COMBO_ROW (combo)));
}

static void
fill_page (GuideApplication *app,
           GuideWindow      *window,
           gpointer          data)
{
  GuideVisitPage *page = show_visit_page (window);
  GuideVisitSummary *summary = guide_visit_page_get_summary (page);
  GtkWidget *log = page_child (page, "side_effect_list");
  GtkWidget *own = page_child (page, "own_question_list");
  GtkTextBuffer *notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (page_child (page, "notes_view")));
  GuideSideEffectRow *row;
  GtkListBoxRow *question;
  GtkWidget *sources;

  g_assert_true (guide_visit_summary_is_empty (summary));
  g_assert_cmpuint (n_rows (log), ==, 0);

  /* The visit */
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "name_row")), "Dana Example");
  pick_date (page_child (page, "visit_date_row"), 2026, 12, 3);

  /* The treatment: another medicine, then the one from the list */
  select_in_combo (page_child (page, "therapy_row"), "Another medicine");
  guide_test_settle ();
  g_assert_true (gtk_widget_get_visible (page_child (page, "therapy_other_row")));
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "therapy_other_row")), "Trial drug XY-1");
  select_in_combo (page_child (page, "therapy_row"), "Crizotinib");
  guide_test_settle ();
  g_assert_false (gtk_widget_get_visible (page_child (page, "therapy_other_row")));
  pick_date (page_child (page, "since_row"), 2025, 3, 14);
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "dose_row")), "250 mg morning and evening");

  /* The log: three entries, one picked from the common side effects */
  /* (An activated button clicks once its press has been shown.) */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_activate (page_child (page, "add_side_effect_button"));
      guide_test_wait_for (n_rows (log) == i + 1, 30000);
    }
  /* A new entry is open, with the cursor in it. */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (log_row (page, 2))));
  g_assert_true (gtk_widget_has_focus (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (page))))
                 && gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (page))),
                                            log_field (log_row (page, 2), "symptom_row")));

  row = log_row (page, 0);
  gtk_widget_activate_action (GTK_WIDGET (row), "side-effect.set-symptom", "s", "Feeling sick (nausea)");
  adw_combo_row_set_selected (ADW_COMBO_ROW (log_field (row, "severity_row")), GUIDE_SEVERITY_MODERATE);
  gtk_editable_set_text (GTK_EDITABLE (log_field (row, "notes_row")), "Worse after breakfast");
  pick_date (log_field (row, "date_row"), 2026, 11, 20);

  row = log_row (page, 1);
  gtk_editable_set_text (GTK_EDITABLE (log_field (row, "symptom_row")), "Tingling in my toes");
  adw_combo_row_set_selected (ADW_COMBO_ROW (log_field (row, "severity_row")), GUIDE_SEVERITY_MILD);

  row = log_row (page, 2);
  gtk_editable_set_text (GTK_EDITABLE (log_field (row, "symptom_row")), "A mistake");

  /* Removing asks the page; the toast's "Undo" puts it back. */
  press_remove (log_row (page, 1));
  guide_test_wait_for (n_rows (log) == 2, 30000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.visit-undo", NULL);
  guide_test_settle ();
  g_assert_cmpuint (n_rows (log), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (log_field (log_row (page, 1), "symptom_row"))),
                   ==, "Tingling in my toes");
  press_remove (log_row (page, 2));
  guide_test_wait_for (n_rows (log) == 2, 30000);

  /* Questions: one suggested, one of the patient's own */
  question = gtk_list_box_get_row_at_index (GTK_LIST_BOX (page_child (page, "question_list")), 0);
  g_assert_nonnull (question);
  gtk_widget_activate (GTK_WIDGET (question));
  gtk_widget_activate (page_child (page, "add_question_button"));
  guide_test_wait_for (n_rows (own) == 1, 30000);
  gtk_editable_set_text (GTK_EDITABLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (own), 0)),
                         "Can I travel to see my sister in May?");

  /* A medicine to talk about, the notes, and what to print */
  gtk_widget_activate (row_titled (page_child (page, "discuss_list"), "Repotrectinib"));
  gtk_text_buffer_set_text (notes, "Sleeping badly since October.\n\nNew blood pressure pill.", -1);
  sources = find_row (page_child (page, "print_group"), "Sources");
  g_assert_nonnull (sources);
  g_assert_true (row_checked (sources));
  gtk_widget_activate (sources);
  /* (A switch moves to its new place before it changes.) */
  guide_test_wait_for (!row_checked (sources), 30000);

  /* Everything is in the summary at once. */
  g_assert_cmpstr (guide_visit_summary_get_name (summary), ==, "Dana Example");
  g_assert_cmpstr (guide_visit_summary_get_visit_date (summary), ==, "2026-12-03");
  g_assert_cmpstr (guide_visit_summary_get_therapy (summary), ==, "crizotinib");
  g_assert_cmpstr (guide_visit_summary_get_therapy_other (summary), ==, "Trial drug XY-1");
  g_assert_cmpstr (guide_visit_summary_get_therapy_since (summary), ==, "2025-03-14");
  g_assert_cmpstr (guide_visit_summary_get_dose (summary), ==, "250 mg morning and evening");
  g_assert_cmpuint (g_list_model_get_n_items (guide_visit_summary_get_side_effects (summary)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) guide_visit_summary_get_questions (summary)), ==, 1);
  g_assert_cmpstrv (guide_visit_summary_get_own_questions (summary),
                    ((const char *[]) { "Can I travel to see my sister in May?", NULL }));
  g_assert_cmpstrv (guide_visit_summary_get_discuss (summary),
                    ((const char *[]) { "repotrectinib", NULL }));
  g_assert_cmpstr (guide_visit_summary_get_notes (summary), ==,
                   "Sleeping badly since October.\n\nNew blood pressure pill.");
  g_assert_false (guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_SOURCES));

  /* Quitting saves what is not saved yet (guide_test_run_app quits). */
}

static void
check_page (GuideApplication *app,
            GuideWindow      *window,
            gpointer          data)
{
  GuideVisitPage *page = show_visit_page (window);
  GtkWidget *own = page_child (page, "own_question_list");
  GtkTextBuffer *notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (page_child (page, "notes_view")));
  GtkListBoxRow *question = gtk_list_box_get_row_at_index (GTK_LIST_BOX (page_child (page, "question_list")), 0);
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "visit summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *notes_text = NULL;
  GtkTextIter start, end;
  GuideSideEffectRow *row;
  int status;

  /* Everything is still there, in the widgets. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (page, "name_row"))), ==, "Dana Example");
  g_assert_cmpstr (guide_date_row_get_date (GUIDE_DATE_ROW (page_child (page, "visit_date_row"))), ==,
                   "2026-12-03");
  g_assert_cmpstr (combo_label (page_child (page, "therapy_row")), ==, "Crizotinib (Xalkori)");
  g_assert_cmpstr (guide_date_row_get_date (GUIDE_DATE_ROW (page_child (page, "since_row"))), ==,
                   "2025-03-14");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (page, "dose_row"))), ==,
                   "250 mg morning and evening");

  g_assert_cmpuint (n_rows (page_child (page, "side_effect_list")), ==, 2);
  row = log_row (page, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (log_field (row, "symptom_row"))), ==,
                   "Feeling sick (nausea)");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (log_field (row, "severity_row"))), ==,
                    GUIDE_SEVERITY_MODERATE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (log_field (row, "notes_row"))), ==,
                   "Worse after breakfast");
  g_assert_cmpstr (guide_date_row_get_date (GUIDE_DATE_ROW (log_field (row, "date_row"))), ==, "2026-11-20");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Feeling sick (nausea)");
  row = log_row (page, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (log_field (row, "symptom_row"))), ==,
                   "Tingling in my toes");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (log_field (row, "severity_row"))), ==,
                    GUIDE_SEVERITY_MILD);

  g_assert_true (row_checked (GTK_WIDGET (question)));
  g_assert_false (row_checked (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (page_child (page, "question_list")), 1))));
  g_assert_cmpuint (n_rows (own), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (own), 0))),
                   ==, "Can I travel to see my sister in May?");
  g_assert_true (row_checked (row_titled (page_child (page, "discuss_list"), "Repotrectinib")));
  g_assert_false (row_checked (row_titled (page_child (page, "discuss_list"), "Taletrectinib")));
  gtk_text_buffer_get_bounds (notes, &start, &end);
  notes_text = gtk_text_buffer_get_text (notes, &start, &end, FALSE);
  g_assert_cmpstr (notes_text, ==, "Sleeping badly since October.\n\nNew blood pressure pill.");

  /* Print and Save as PDF are offered here... */
  g_assert_true (gtk_widget_is_sensitive (page_child (page, "print_button")));
  g_assert_true (gtk_widget_is_sensitive (page_child (page, "export_button")));

  /* ...and the PDF holds what was entered, and the page numbers. */
  g_assert_true (guide_window_export_pdf (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_spawn_sync (NULL, (char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  for (const char * const *s = (const char *[]) {
         "Dana Example", "3 December 2026", "Crizotinib (Xalkori)", "14 March 2025",
         "250 mg morning and evening", "Feeling sick (nausea)", "Worse after breakfast",
         "Moderate (grade 2)", "Tingling in my toes", "Can I travel to see my sister in May?",
         "Repotrectinib", "Sleeping badly since October.", "New blood pressure pill.",
         "Page 1 of", NULL };
       *s != NULL; s++)
    if (strstr (text, *s) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", *s, text);
  /* The mistake was removed, and "Sources" was switched off. */
  g_assert_null (strstr (text, "A mistake"));
  g_assert_null (strstr (text, "Sources"));

  g_unlink (pdf);
  g_rmdir (dir);
}

/* Fill in, quit, start again: all there; then save it as PDF. */
static void
test_fill_restart_export (void)
{
  g_autofree char *path = visit_file ();
  g_autofree char *json = NULL;

  guide_test_run_app (NULL, fill_page, NULL);

  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_assert_nonnull (strstr (json, "Dana Example"));

  guide_test_run_app (NULL, check_page, NULL);
}

/* An article prints too: "Save as PDF" on an article saves the article. */
static void
article (GuideApplication *app,
         GuideWindow      *window,
         gpointer          data)
{
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "article.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GuideTopic *topic;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "what-is-ros1");
  guide_test_settle ();
  topic = guide_window_get_topic (window);
  g_assert_cmpstr (guide_topic_get_id (topic), ==, "what-is-ros1");

  g_assert_true (guide_window_export_pdf (window, file, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, guide_topic_get_title (topic)));
  g_assert_nonnull (strstr (text, "Page 1 of"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_article (void)
{
  guide_test_run_app (NULL, article, NULL);
}

/* The grid's detail view has "Print Summary", which prints (or saves)
 * the one-page sheet on the medicine it shows; the grid itself has
 * nothing to print. */
static void
therapy_sheet (GuideApplication *app,
               GuideWindow      *window,
               gpointer          data)
{
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *page, *actions, *button;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "therapies");
  guide_test_settle ();
  page = guide_window_get_page (window, "therapies");
  actions = guide_therapy_page_get_detail_actions (GUIDE_THERAPY_PAGE (page));
  button = gtk_widget_get_first_child (actions);
  g_assert_false (guide_window_export_pdf (window, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "topic:therapies#entrectinib");
  guide_test_settle ();
  g_assert_nonnull (guide_therapy_page_get_therapy (GUIDE_THERAPY_PAGE (page)));
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.print");
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_true (guide_window_export_pdf (window, file, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Entrectinib (Rozlytrek)"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_therapy_sheet (void)
{
  guide_test_run_app (NULL, therapy_sheet, NULL);
}

/* Until the patient chooses, the medicines to talk about are those
 * chosen in the grid's comparison; "Tick Them" adds later choices. */
static void
comparison (GuideApplication *app,
            GuideWindow      *window,
            gpointer          data)
{
  GSettings *settings = guide_application_get_settings (app);
  const char *chosen[] = { "taletrectinib", "lorlatinib", NULL };
  const char *more[] = { "taletrectinib", "lorlatinib", "crizotinib", NULL };
  GuideVisitPage *page;
  GuideVisitSummary *summary;

  g_settings_set_strv (settings, "compare-therapies", chosen);
  page = show_visit_page (window);
  summary = guide_visit_page_get_summary (page);

  g_assert_cmpstrv (guide_visit_summary_get_discuss (summary), chosen);
  g_assert_true (row_checked (row_titled (page_child (page, "discuss_list"), "Taletrectinib")));
  g_assert_true (row_checked (row_titled (page_child (page, "discuss_list"), "Lorlatinib")));

  /* The patient unticks one: their choice now. */
  gtk_widget_activate (row_titled (page_child (page, "discuss_list"), "Lorlatinib"));
  guide_test_wait_for (!guide_visit_summary_get_discusses (summary, "lorlatinib"), 30000);

  /* A later comparison changes nothing by itself... */
  g_settings_set_strv (settings, "compare-therapies", more);
  guide_test_settle ();
  g_assert_cmpstrv (guide_visit_summary_get_discuss (summary),
                    ((const char *[]) { "taletrectinib", NULL }));

  /* ...until the patient asks for it. */
  gtk_widget_activate (page_child (page, "use_comparison_button"));
  guide_test_wait_for (g_strv_length ((char **) guide_visit_summary_get_discuss (summary)) == 3, 30000);
  g_assert_true (row_checked (row_titled (page_child (page, "discuss_list"), "Crizotinib")));

  g_settings_reset (settings, "compare-therapies");
}

static void
test_comparison (void)
{
  g_autofree char *path = visit_file ();

  g_unlink (path);
  guide_test_run_app (NULL, comparison, NULL);
  g_unlink (path);
}

/* Runs the window's keyboard shortcut @accel ("<Control>p"), as the
 * window's shortcut controller would on that key press. */
static void
press_shortcut (GuideWindow *window,
                const char  *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accel))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                           GTK_WIDGET (window),
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_error ("No shortcut %s", accel);
}

static GtkWindow *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog"))
        return window;
    }

  return NULL;
}

/* Ctrl+P opens the print dialog, on the visit page and on an article;
 * closing it prints nothing and leaves the summary as it was. */
static void
print_dialog (GuideApplication *app,
              GuideWindow      *window,
              gpointer          data)
{
  show_visit_page (window);

  for (guint i = 0; i < 2; i++)
    {
      GtkWindow *dialog;

      press_shortcut (window, "<Control>p");
      guide_test_wait_for ((dialog = find_print_dialog ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)),
                           10000);
      gtk_window_close (dialog);
      guide_test_wait_for (find_print_dialog () == NULL, 30000);
      guide_test_settle ();

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "welcome");
      guide_test_settle ();
    }
}

static void
test_print_dialog (void)
{
  guide_test_run_app (NULL, print_dialog, NULL);
}

/* A saved file that cannot be read: the window says so and names the
 * kept file, which holds the original bytes; the page starts empty. */
static void
unreadable (GuideApplication *app,
            GuideWindow      *window,
            gpointer          data)
{
  GuideVisitPage *page = show_visit_page (window);
  GtkWidget *banner = page_child (page, "banner");
  const char *message = gtk_label_get_text (GTK_LABEL (page_child (page, "banner_label")));
  GuideVisitStore *store = guide_application_get_visit_store (app);
  g_autofree char *kept = g_file_get_basename (guide_visit_store_get_kept_file (store));
  g_autofree char *kept_path = g_file_get_path (guide_visit_store_get_kept_file (store));
  g_autofree char *contents = NULL;

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_nonnull (strstr (message, kept));
  g_assert_true (guide_visit_summary_is_empty (guide_visit_page_get_summary (page)));
  g_assert_true (g_file_get_contents (kept_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, data);

  /* Once dismissed, it is gone. */
  gtk_widget_activate_action (GTK_WIDGET (page), "visit.dismiss-banner", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
}

static void
test_unreadable (void)
{
  g_autofree char *path = visit_file ();
  const char *broken = "{ \"version\": 1, \"notes\": \"cut off in the midd";

  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  guide_test_run_app (NULL, unreadable, (gpointer) broken);
  /* Nothing was written over it: the page was not changed. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) home = NULL;
  g_autofree char *folder = NULL;
  int status;

  /* Before anything asks GLib for the user data folder. */
  data_home = g_dir_make_tmp ("ros1-guide-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  folder = g_build_filename (data_home, "ros1-guide", NULL);
  g_mkdir_with_parents (folder, 0700);

  guide_test_init (&argc, &argv);

  g_test_add_func ("/visit-page/fill-restart-export", test_fill_restart_export);
  g_test_add_func ("/visit-page/article", test_article);
  g_test_add_func ("/visit-page/print-dialog", test_print_dialog);
  g_test_add_func ("/visit-page/therapy-sheet", test_therapy_sheet);
  g_test_add_func ("/visit-page/comparison", test_comparison);
  g_test_add_func ("/visit-page/unreadable", test_unreadable);

  status = g_test_run ();

  home = g_file_new_for_path (data_home);
  guide_test_remove_tree (home);

  return status;
}
