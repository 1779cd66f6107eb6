/* test-therapy-page.c - the therapy grid in the real window, driven as a user would
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-compare-list.h"
#include "guide-document-view.h"
#include "guide-test-util.h"
#include "guide-therapy-page.h"

static GtkWidget *
page_child (GuideTherapyPage *page,
            const char       *name)
{
  return guide_test_child (GTK_WIDGET (page), GUIDE_TYPE_THERAPY_PAGE, name);
}

/* Opens the grid as a reader does, from the sidebar's topic. */
static GuideTherapyPage *
open_grid (GuideApplication *app,
           GuideWindow      *window)
{
  GtkStack *stack = GTK_STACK (guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW, "content_stack"));
  GuideTherapyPage *page;

  /* The page is made when it is first shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "therapies");
  guide_test_settle ();
  page = GUIDE_THERAPY_PAGE (guide_window_get_page (window, "therapies"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "therapies");
  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "therapies");

  /* A reader who chose the topic from the keyboard goes on into the
   * table. (A blinking cursor in the filter entry would also keep the
   * main loop busy.) */
  gtk_widget_grab_focus (page_child (page, "column_view"));
  guide_test_settle ();

  return page;
}

static GStrv
visible_ids (GuideTherapyPage *page)
{
  GListModel *visible = guide_therapy_page_get_visible (page);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (visible, i);

      g_strv_builder_add (builder, guide_therapy_get_id (therapy));
    }

  return g_strv_builder_end (builder);
}

#define assert_visible(page, ...) \
  G_STMT_START { \
    g_auto(GStrv) _ids = visible_ids (page); \
    const char * const _expected[] = { __VA_ARGS__, NULL }; \
    g_assert_cmpstrv (_ids, _expected); \
  } G_STMT_END

static void
reset_state (GuideApplication *app)
{
  g_settings_reset (guide_application_get_settings (app), GUIDE_COMPARE_LIST_KEY);
  guide_test_settle ();
}

/* Sorting: every column, both ways, from the Sort menu's actions and
 * from a click on a header. */

static const struct
{
  const char *column;
  const char *order[9];
} sort_orders[] = {
  { "", { "crizotinib", "entrectinib", "repotrectinib", "taletrectinib", "zidesamtinib",
          "lorlatinib", "ceritinib", "cabozantinib" } },
  { "name", { "cabozantinib", "ceritinib", "crizotinib", "entrectinib", "lorlatinib",
              "repotrectinib", "taletrectinib", "zidesamtinib" } },
  /* Approved, earliest first; under review; investigational; not
   * confirmed; not approved. */
  { "fda", { "crizotinib", "entrectinib", "repotrectinib", "taletrectinib", "zidesamtinib",
             "cabozantinib", "ceritinib", "lorlatinib" } },
  { "ema", { "crizotinib", "entrectinib", "zidesamtinib", "repotrectinib", "taletrectinib",
             "cabozantinib", "ceritinib", "lorlatinib" } },
  /* Figures: not known lowest, then by value. */
  { "orr-naive", { "cabozantinib", "ceritinib", "zidesamtinib", "lorlatinib", "crizotinib",
                   "entrectinib", "repotrectinib", "taletrectinib" } },
  { "orr-pretreated", { "cabozantinib", "ceritinib", "crizotinib", "entrectinib", "lorlatinib",
                        "repotrectinib", "zidesamtinib", "taletrectinib" } },
  { "pfs-naive", { "cabozantinib", "ceritinib", "lorlatinib", "zidesamtinib", "entrectinib",
                   "crizotinib", "repotrectinib", "taletrectinib" } },
  { "pfs-pretreated", { "cabozantinib", "ceritinib", "crizotinib", "entrectinib", "zidesamtinib",
                        "lorlatinib", "repotrectinib", "taletrectinib" } },
  { "brain", { "cabozantinib", "ceritinib", "crizotinib", "repotrectinib", "zidesamtinib",
               "entrectinib", "lorlatinib", "taletrectinib" } },
  /* No response (lorlatinib) ranks above not known. */
  { "g2032r", { "cabozantinib", "ceritinib", "crizotinib", "entrectinib", "zidesamtinib",
                "lorlatinib", "repotrectinib", "taletrectinib" } },
  /* Fewest doses a day first, not known last. */
  { "dose", { "entrectinib", "lorlatinib", "taletrectinib", "zidesamtinib", "crizotinib",
              "repotrectinib", "cabozantinib", "ceritinib" } },
};

/* The view's column @index; the view keeps it alive. */
static GtkColumnViewColumn *
view_column (GtkColumnView *view,
             guint          index)
{
  GtkColumnViewColumn *column = g_list_model_get_item (gtk_column_view_get_columns (view), index);

  g_object_unref (column);
  return column;
}

static char *
sort_state (GuideTherapyPage *page,
            gboolean         *descending)
{
  char *sort_by = NULL;

  g_object_get (page, "sort-by", &sort_by, "sort-descending", descending, NULL);
  return sort_by;
}

static void
sort_columns (GuideApplication *app,
              GuideWindow      *window,
              gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GtkColumnView *view = GTK_COLUMN_VIEW (page_child (page, "column_view"));
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (page_child (page, "sort_button")));
  guint n_menu_targets = 0;

  /* The Sort menu, reached from the keyboard, offers every order. */
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = NULL;

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          target = g_menu_model_get_item_attribute_value (section, j, G_MENU_ATTRIBUTE_TARGET,
                                                          G_VARIANT_TYPE_STRING);
          if (g_strcmp0 (action, "therapies.sort-by") != 0 || target == NULL)
            continue;

          for (guint k = 0; k < G_N_ELEMENTS (sort_orders); k++)
            if (g_str_equal (g_variant_get_string (target, NULL), sort_orders[k].column))
              n_menu_targets++;
        }
    }
  g_assert_cmpuint (n_menu_targets, ==, G_N_ELEMENTS (sort_orders));

  for (guint i = 0; i < G_N_ELEMENTS (sort_orders); i++)
    {
      g_auto(GStrv) ids = NULL;
      g_autofree char *state = NULL;
      gboolean descending = TRUE;
      guint n = g_strv_length ((GStrv) sort_orders[i].order);

      g_test_message ("sort by “%s”", sort_orders[i].column);
      gtk_widget_activate_action (GTK_WIDGET (page), "therapies.sort-by", "s", sort_orders[i].column);
      g_free (sort_state (page, &descending));
      if (descending)
        gtk_widget_activate_action (GTK_WIDGET (page), "therapies.sort-descending", NULL);
      guide_test_settle ();

      ids = visible_ids (page);
      g_assert_cmpstrv (ids, sort_orders[i].order);
      state = sort_state (page, &descending);
      g_assert_cmpstr (state, ==, sort_orders[i].column);
      g_assert_false (descending);

      /* Reversed, for a column. */
      if (*sort_orders[i].column == '\0')
        continue;
      gtk_widget_activate_action (GTK_WIDGET (page), "therapies.sort-descending", NULL);
      guide_test_settle ();
      g_clear_pointer (&ids, g_strfreev);
      ids = visible_ids (page);
      for (guint k = 0; k < n; k++)
        g_assert_cmpstr (ids[k], ==, sort_orders[i].order[n - 1 - k]);
    }

  /* A click on a column header sorts too, and the Sort menu follows. */
  for (guint c = 0; c < g_list_model_get_n_items (gtk_column_view_get_columns (view)); c++)
    {
      g_autofree char *state = NULL;
      gboolean descending = FALSE;
      g_auto(GStrv) ids = NULL;
      guint k;

      gtk_column_view_sort_by_column (view, view_column (view, c), GTK_SORT_ASCENDING);
      guide_test_settle ();
      state = sort_state (page, &descending);
      g_test_message ("header %u sorts by “%s”", c, state);
      g_assert_false (descending);

      for (k = 0; k < G_N_ELEMENTS (sort_orders); k++)
        if (g_str_equal (sort_orders[k].column, state))
          break;
      g_assert_cmpuint (k, <, G_N_ELEMENTS (sort_orders));
      ids = visible_ids (page);
      g_assert_cmpstrv (ids, sort_orders[k].order);

      gtk_column_view_sort_by_column (view, view_column (view, c), GTK_SORT_DESCENDING);
      guide_test_settle ();
      g_free (state);
      state = sort_state (page, &descending);
      g_assert_true (descending);
      g_assert_cmpstr (state, ==, sort_orders[k].column);
    }

  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.sort-by", "s", "");
  guide_test_settle ();
}

static void
test_sort (void)
{
  guide_test_run_app (NULL, sort_columns, NULL);
}

/* Filtering: each filter button narrows the rows, as do two together and
 * the text; nothing left shows a message. */

/* What Space or Enter does on a focused toggle button; a button pressed
 * from the keyboard takes a moment to act. */
static void
press (GtkWidget *button)
{
  gboolean was_active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));

  g_assert_true (gtk_widget_get_focusable (button));
  gtk_widget_activate (button);
  guide_test_wait_for (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) != was_active, 30000);
  guide_test_settle ();
}

static void
filter_rows (GuideApplication *app,
             GuideWindow      *window,
             gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GtkWidget *approved = page_child (page, "approved_toggle");
  GtkWidget *brain = page_child (page, "brain_toggle");
  GtkWidget *after = page_child (page, "after_toggle");
  GtkWidget *g2032r = page_child (page, "g2032r_toggle");
  GtkEditable *entry = GTK_EDITABLE (page_child (page, "filter_entry"));
  GtkStack *results = GTK_STACK (page_child (page, "results_stack"));

  assert_visible (page, "crizotinib", "entrectinib", "repotrectinib", "taletrectinib",
                  "zidesamtinib", "lorlatinib", "ceritinib", "cabozantinib");

  press (approved);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (approved)));
  assert_visible (page, "crizotinib", "entrectinib", "repotrectinib", "taletrectinib");
  press (brain);
  assert_visible (page, "entrectinib", "taletrectinib");
  press (approved);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (approved)));
  assert_visible (page, "entrectinib", "taletrectinib", "lorlatinib");
  press (brain);

  press (after);
  assert_visible (page, "repotrectinib", "taletrectinib", "zidesamtinib", "lorlatinib");
  press (after);

  press (g2032r);
  assert_visible (page, "repotrectinib", "taletrectinib");
  press (g2032r);

  /* The text matches names, brands, makers and trials, in any case. */
  gtk_editable_set_text (entry, "XALKORI");
  guide_test_wait_for (g_list_model_get_n_items (guide_therapy_page_get_visible (page)) == 1, 30000);
  assert_visible (page, "crizotinib");
  gtk_editable_set_text (entry, "trust");
  guide_test_wait_for (g_list_model_get_n_items (guide_therapy_page_get_visible (page)) == 1, 30000);
  assert_visible (page, "taletrectinib");

  gtk_editable_set_text (entry, "no such medicine");
  guide_test_wait_for (g_list_model_get_n_items (guide_therapy_page_get_visible (page)) == 0, 30000);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "empty");

  gtk_editable_set_text (entry, "");
  guide_test_wait_for (g_list_model_get_n_items (guide_therapy_page_get_visible (page)) == 8, 30000);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "results");
}

static void
test_filter (void)
{
  guide_test_run_app (NULL, filter_rows, NULL);
}

/* Accessibility: every column header and row has a name. */

static void
collect_by_role (GtkWidget         *widget,
                 GtkAccessibleRole  role,
                 GPtrArray         *found)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == role)
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_by_role (child, role, found);
}

static void
accessible_names (GuideApplication *app,
                  GuideWindow      *window,
                  gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GtkWidget *view = page_child (page, "column_view");
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  guint named_rows = 0;

  guide_test_wait_for (gtk_widget_get_mapped (view), 30000);
  guide_test_settle ();

  collect_by_role (view, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, headers);
  g_assert_cmpuint (headers->len, ==, g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view))));
  for (guint i = 0; i < headers->len; i++)
    g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (g_ptr_array_index (headers, i)),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* Every row of therapies (the header row aside) is named after its
   * therapy, and each compare box after the therapy it chooses. */
  collect_by_role (view, GTK_ACCESSIBLE_ROLE_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) row_headers = g_ptr_array_new ();

      collect_by_role (row, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, row_headers);
      if (row_headers->len > 0 || !gtk_widget_get_visible (row) || gtk_widget_get_first_child (row) == NULL)
        continue;

      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL));
      named_rows++;
    }
  g_assert_cmpuint (named_rows, ==, 8);

  collect_by_role (view, GTK_ACCESSIBLE_ROLE_CHECKBOX, checks);
  g_assert_cmpuint (checks->len, ==, 8);
  for (guint i = 0; i < checks->len; i++)
    {
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (g_ptr_array_index (checks, i)),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_widget_get_focusable (g_ptr_array_index (checks, i)));
    }

  /* Tab from the filter text reaches the filter buttons, the Sort menu
   * and a row's compare box. */
  {
    GtkWidget *focus;
    gboolean reached_sort = FALSE, reached_filter = FALSE, reached_check = FALSE;

    gtk_widget_grab_focus (page_child (page, "filter_entry"));
    for (guint steps = 0; steps < 40 && !reached_check; steps++)
      {
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
        guide_test_settle ();
        focus = gtk_root_get_focus (GTK_ROOT (window));
        g_test_message ("focus on %s", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
        if (focus == NULL)
          continue;
        reached_sort |= gtk_widget_is_ancestor (focus, page_child (page, "sort_button"));
        reached_filter |= focus == page_child (page, "brain_toggle");
        reached_check |= GTK_IS_CHECK_BUTTON (focus) && gtk_widget_is_ancestor (focus, view);
      }
    g_assert_true (reached_sort);
    g_assert_true (reached_filter);
    g_assert_true (reached_check);
  }
}

static void
test_accessible_names (void)
{
  guide_test_run_app (NULL, accessible_names, NULL);
}

/* Opening a therapy: Enter on a row shows its detail, with its figures,
 * its sources as links and a way back. */

static guint
position_of (GuideTherapyPage *page,
             const char       *id)
{
  GListModel *visible = guide_therapy_page_get_visible (page);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (visible, i);

      if (g_str_equal (guide_therapy_get_id (therapy), id))
        return i;
    }

  g_assert_not_reached ();
}

static GtkWidget *
find_check (GtkWidget  *root,
            const char *id)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (g_object_get_data (G_OBJECT (root), "therapy-id"), id) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What Enter on the row of @id does: the list's "activate-item" action,
 * reached from inside the row. */
static void
activate_row (GuideTherapyPage *page,
              const char       *id)
{
  GtkWidget *check = NULL;

  guide_test_wait_for ((check = find_check (page_child (page, "column_view"), id)) != NULL, 30000);
  gtk_widget_activate_action (check, "list.activate-item", "u", position_of (page, id));
  guide_test_settle ();
}

static gboolean
document_contains (GuideDocumentView *view,
                   const char        *text)
{
  for (guint i = 0; i < guide_document_view_get_n_blocks (view); i++)
    {
      g_autofree char *block = guide_document_view_get_block_text (view, i);

      if (strstr (block, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
open_detail (GuideApplication *app,
             GuideWindow      *window,
             gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GtkStack *stack = GTK_STACK (page_child (page, "view_stack"));
  GuideDocumentView *detail = GUIDE_DOCUMENT_VIEW (page_child (page, "detail_view"));

  /* Enter on a row activates it. */
  activate_row (page, "crizotinib");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "detail");
  g_assert_cmpstr (guide_therapy_get_id (guide_therapy_page_get_therapy (page)), ==, "crizotinib");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (detail)));

  g_assert_true (document_contains (detail, "Crizotinib"));
  g_assert_true (document_contains (detail, "Xalkori"));
  g_assert_true (document_contains (detail, "Pfizer"));
  g_assert_true (document_contains (detail, "11 March 2016"));
  g_assert_true (document_contains (detail, "250 mg twice a day"));
  g_assert_true (document_contains (detail, "72% (50 people, PROFILE 1001)."));
  g_assert_true (document_contains (detail, "19.2 months"));
  g_assert_true (document_contains (detail, "Changes in eyesight"));
  g_assert_true (document_contains (detail, "cannot be compared head-to-head"));
  g_assert_true (document_contains (detail, "Information as of 26 November 2026."));
  /* The NEJM paper and the label have addresses; they are links. */
  g_assert_true (document_contains (detail, "Crizotinib in ROS1-rearranged non-small-cell lung cancer"));
  g_assert_cmpuint (guide_document_view_get_n_links (detail), >=, 2);

  /* Back, with the keyboard shortcut's action. */
  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.show-grid", NULL);
  guide_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "grid");
  g_assert_null (guide_therapy_page_get_therapy (page));

  /* A therapy without confirmed figures says so instead of showing any. */
  activate_row (page, "cabozantinib");
  g_assert_true (document_contains (detail, "no confirmed trial figures"));
  g_assert_true (document_contains (detail, "Not known: the guide’s sources give no dose"));

  /* Zidesamtinib: under review, and the reader is told to ask. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "topic:therapies#zidesamtinib");
  guide_test_settle ();
  g_assert_cmpstr (guide_therapy_get_id (guide_therapy_page_get_therapy (page)), ==, "zidesamtinib");
  g_assert_true (document_contains (detail, "Under FDA review."));
  g_assert_true (document_contains (detail, "ask your oncologist about its current status"));
}

static void
test_detail (void)
{
  guide_test_run_app (NULL, open_detail, NULL);
}

/* In Chinese, the detail's labels, sentences and marks of sources take
 * the full-width punctuation of the catalog, not English punctuation. */
static void
open_detail_zh_CN (GuideApplication *app,
                   GuideWindow      *window,
                   gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GuideDocumentView *detail = GUIDE_DOCUMENT_VIEW (page_child (page, "detail_view"));

  activate_row (page, "crizotinib");
  g_assert_cmpstr (guide_therapy_get_id (guide_therapy_page_get_therapy (page)), ==, "crizotinib");

  /* A label and its value; a figure and what it rests on, as a sentence;
   * then the sources, with no space before them. */
  g_assert_true (document_contains (detail, "剂量：250 mg，每天两次"));
  g_assert_true (document_contains (detail, "缓解率：72%（50人，PROFILE 1001）。（来源4）"));
  g_assert_true (document_contains (detail, "美国（FDA）：于2016年3月11日获批。（来源2）"));
  /* Sources right after a Latin name: no Markdown asterisks show. */
  g_assert_true (document_contains (detail, "商品名：Xalkori（来源1）"));

  /* Up to the list of sources, whose titles are in English. */
  for (guint i = 0; i < guide_document_view_get_n_blocks (detail); i++)
    {
      g_autofree char *block = guide_document_view_get_block_text (detail, i);

      if (g_str_equal (block, "来源"))
        break;
      g_assert_null (strstr (block, "*"));
      g_assert_null (strstr (block, ": "));
      g_assert_null (strstr (block, "(source"));
    }
}

static void
test_detail_zh_CN (void)
{
  if (!guide_test_in_language ("zh_CN"))
    return;

  guide_test_run_app (NULL, open_detail_zh_CN, NULL);
}

/* The link to a therapy's article works once the handbook has that
 * topic. */

static char *
read_data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
article_link (GuideApplication *app,
              GuideWindow      *window,
              gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GuideDocumentView *detail = GUIDE_DOCUMENT_VIEW (page_child (page, "detail_view"));
  GtkStack *content_stack = GTK_STACK (guide_test_child (GTK_WIDGET (window), GUIDE_TYPE_WINDOW,
                                                         "content_stack"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (detail));
  GtkTextIter iter;
  int offset = -1;

  g_assert_true (guide_therapy_page_show_therapy (page, "crizotinib"));
  guide_test_settle ();
  g_assert_true (document_contains (detail, "Read more"));

  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    if (g_strcmp0 (guide_document_view_get_link_at (detail, gtk_text_iter_get_offset (&iter)),
                   "topic:crizotinib") == 0)
      offset = gtk_text_iter_get_offset (&iter);
  while (offset < 0 && gtk_text_iter_forward_char (&iter));

  g_assert_cmpint (offset, >=, 0);
  g_assert_true (guide_document_view_activate_link_at (detail, offset));
  guide_test_settle ();
  g_assert_cmpstr (guide_topic_get_id (guide_window_get_topic (window)), ==, "crizotinib");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "article");

  /* Lorlatinib's topic is not in this handbook: no link to nowhere. */
  g_assert_true (guide_therapy_page_show_therapy (page, "lorlatinib"));
  g_assert_false (document_contains (detail, "Read more"));
}

static void
test_article_link (void)
{
  g_autofree char *sources = read_data_file ("sources.json");
  g_autofree char *therapies = read_data_file ("therapies.json");
  const char *files[] = {
    "sources.json", sources,
    "therapies.json", therapies,
    "handbook.json", "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"treatment\", "
                     "\"title\": \"Treatment\", \"topics\": [ "
                     "{ \"id\": \"therapies\", \"title\": \"Compare\", \"kind\": \"therapies\" }, "
                     "{ \"id\": \"crizotinib\", \"title\": \"Crizotinib (Xalkori)\", "
                     "\"article\": \"crizotinib.md\", \"reviewed\": \"2026-11-26\", "
                     "\"sources\": [\"profile1001-nejm-2014\"] } ] } ] }",
    "crizotinib.md", "Crizotinib was the first: {{therapy:crizotinib:orr-naive}} responded.",
    NULL,
  };
  g_autoptr(GFile) dir = guide_test_write_files (files);

  guide_test_run_app (dir, article_link, NULL);
  guide_test_remove_tree (dir);
}

/* Comparing: three therapies chosen three ways (a box in the table, the
 * detail's button, the action), a fifth refused, the comparison shown,
 * and the choice still there after a restart. */

static GStrv
chosen_ids (GuideTherapyPage *page)
{
  return guide_compare_list_dup_ids (guide_therapy_page_get_compare_list (page));
}

static void
choose_three (GuideApplication *app,
              GuideWindow      *window,
              gpointer          data)
{
  GuideTherapyPage *page;
  GtkWidget *view, *check, *compare_button, *detail_button;
  GtkStack *stack;
  g_auto(GStrv) ids = NULL;

  reset_state (app);
  page = open_grid (app, window);
  view = page_child (page, "column_view");
  compare_button = page_child (page, "compare_button");
  detail_button = page_child (page, "detail_compare_button");
  stack = GTK_STACK (page_child (page, "view_stack"));

  g_assert_false (gtk_widget_is_sensitive (compare_button));

  /* A box in the table, as Space on it would. */
  guide_test_wait_for ((check = find_check (view, "crizotinib")) != NULL, 30000);
  g_assert_true (gtk_widget_get_focusable (check));
  gtk_widget_activate (check);
  guide_test_settle ();
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* The detail's button. */
  activate_row (page, "taletrectinib");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (detail_button)), ==, "Add to Comparison");
  gtk_widget_activate (detail_button);
  guide_test_wait_for (g_str_equal (gtk_button_get_label (GTK_BUTTON (detail_button)),
                                    "Remove from Comparison"), 30000);
  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.show-grid", NULL);

  /* The action the cards' boxes use. */
  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.toggle-compare", "s", "lorlatinib");
  guide_test_settle ();

  ids = chosen_ids (page);
  g_assert_cmpstrv (ids, ((const char * const[]) { "crizotinib", "taletrectinib", "lorlatinib", NULL }));
  g_assert_true (gtk_widget_is_sensitive (compare_button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (compare_button)), ==, "Compare (3)");

  /* A fourth is fine; a fifth is refused and its box stays empty. */
  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.toggle-compare", "s", "entrectinib");
  guide_test_settle ();
  check = find_check (view, "ceritinib");
  g_assert_nonnull (check);
  gtk_widget_activate (check);
  guide_test_settle ();
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_clear_pointer (&ids, g_strfreev);
  ids = chosen_ids (page);
  g_assert_cmpuint (g_strv_length (ids), ==, 4);
  g_assert_false (g_strv_contains ((const char * const *) ids, "ceritinib"));

  /* Unticking a box removes it again. */
  check = find_check (view, "entrectinib");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_widget_activate (check);
  guide_test_settle ();
  g_clear_pointer (&ids, g_strfreev);
  ids = chosen_ids (page);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);

  /* Side by side: one column each, with a heading per therapy. */
  gtk_widget_activate (compare_button);
  guide_test_wait_for (g_str_equal (gtk_stack_get_visible_child_name (stack), "compare"), 30000);
  g_assert_nonnull (guide_test_find_label (page_child (page, "compare_grid"), "Taletrectinib"));
  g_assert_nonnull (guide_test_find_label (page_child (page, "compare_grid"), "PROFILE 1001"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (page, "compare_title"))), ==,
                   "Comparing 3 Medicines");
  g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (page_child (page, "compare_grid")), 3, 0));
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (page_child (page, "compare_grid")), 4, 0));
}

static void
check_still_chosen (GuideApplication *app,
                    GuideWindow      *window,
                    gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GtkWidget *view = page_child (page, "column_view");
  g_auto(GStrv) ids = chosen_ids (page);
  GtkWidget *check;

  g_assert_cmpstrv (ids, ((const char * const[]) { "crizotinib", "taletrectinib", "lorlatinib", NULL }));
  guide_test_wait_for ((check = find_check (view, "taletrectinib")) != NULL, 30000);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_check (view, "entrectinib"))));

  /* Any code can read the choice, without the page. */
  {
    g_autoptr(GuideCompareList) to_discuss =
      guide_compare_list_new (guide_application_get_settings (app),
                              guide_content_get_therapies (guide_application_get_content (app, NULL)));

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (to_discuss)), ==, 3);
  }

  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.clear-compare", NULL);
  guide_test_settle ();
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

static void
test_compare (void)
{
  guide_test_run_app (NULL, choose_three, NULL);
  guide_test_run_app (NULL, check_still_chosen, NULL);
}

/* A narrow window shows cards instead of the table; they open and choose
 * as the rows do. */

static void
narrow (GuideApplication *app,
        GuideWindow      *window,
        gpointer          data)
{
  GuideTherapyPage *page;
  AdwSqueezer *squeezer;
  GtkListBox *cards;
  GtkListBoxRow *row;
  guint n = 0;

  reset_state (app);
  page = open_grid (app, window);
  squeezer = ADW_SQUEEZER (page_child (page, "squeezer"));
  cards = GTK_LIST_BOX (page_child (page, "card_list"));

  g_assert_true (adw_squeezer_get_visible_child (squeezer) == page_child (page, "table_scroller"));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  guide_test_wait_for (adw_squeezer_get_visible_child (squeezer) == page_child (page, "cards_scroller"), 30000);
  guide_test_wait_for (gtk_list_box_get_row_at_index (cards, 0) != NULL, 30000);

  while (gtk_list_box_get_row_at_index (cards, n) != NULL)
    {
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (gtk_list_box_get_row_at_index (cards, n)),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      n++;
    }
  g_assert_cmpuint (n, ==, 8);

  /* The filters narrow the cards too. */
  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.g2032r-only", NULL);
  guide_test_settle ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (cards, 1));
  g_assert_null (gtk_list_box_get_row_at_index (cards, 2));

  row = gtk_list_box_get_row_at_index (cards, 1);
  gtk_widget_activate (GTK_WIDGET (g_object_get_data (G_OBJECT (row), "check")));
  guide_test_settle ();
  g_assert_true (guide_compare_list_contains (guide_therapy_page_get_compare_list (page), "taletrectinib"));

  g_signal_emit_by_name (cards, "row-activated", row);
  guide_test_settle ();
  g_assert_cmpstr (guide_therapy_get_id (guide_therapy_page_get_therapy (page)), ==, "taletrectinib");

  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.g2032r-only", NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  reset_state (app);
}

static void
test_narrow (void)
{
  guide_test_run_app (NULL, narrow, NULL);
}

/* Long words, in each language: the grid's headers and the filters are
 * shown whole, and titles wrap only between words. */

/* Fails if @label breaks a line inside a word. */
static void
assert_breaks_between_words (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  int n_attrs;
  const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      g_assert_cmpint (offset, <, n_attrs);
      if (!attrs[offset].is_line_break)
        g_error ("“%s” is broken inside a word, before “%s”", text, text + line->start_index);
    }
}

/* Fails unless @widget is shown whole inside @page. */
static void
assert_inside (GtkWidget        *widget,
               GuideTherapyPage *page)
{
  graphene_rect_t bounds;
  int min = 0;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (page), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (page)));

  /* (Its measure counts its padding, its content width does not.) */
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpfloat (bounds.size.width, >=, min);
}

static void
wide_layout (GuideApplication *app,
             GuideWindow      *window,
             gpointer          data)
{
  GuideTherapyPage *page = open_grid (app, window);
  GtkStack *stack = GTK_STACK (page_child (page, "view_stack"));
  GtkWidget *grid;
  static const char * const filters[] = {
    "approved_toggle", "brain_toggle", "after_toggle", "g2032r_toggle"
  };
  static const char * const compared[] = {
    "crizotinib", "entrectinib", "repotrectinib", "taletrectinib"
  };
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  guint n_titles = 0;

  /* The window as it first opens, with the sidebar: 1100 pixels. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1000);
  guide_test_wait_for (gtk_widget_get_width (page_child (page, "g2032r_toggle")) > 0, 30000);
  g_assert_true (gtk_widget_get_mapped (page_child (page, "table_scroller")));

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    assert_inside (page_child (page, filters[i]), page);

  /* Every header shows its whole title, on two lines where it must. */
  collect_by_role (page_child (page, "column_view"), GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, headers);
  g_assert_cmpuint (headers->len, >, 0);
  for (guint i = 0; i < headers->len; i++)
    {
      GtkWidget *header = g_ptr_array_index (headers, i);
      GtkWidget *label = header;
      graphene_rect_t bounds;
      int min = 0;

      while (label != NULL && !GTK_IS_LABEL (label))
        label = gtk_widget_get_first_child (label);
      g_assert_nonnull (label);

      gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_true (gtk_widget_compute_bounds (header, header, &bounds));
      g_assert_cmpfloat (bounds.size.width, >=, min);
      assert_breaks_between_words (GTK_LABEL (label));
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label))), <=, 2);
    }

  /* The comparison's row titles wrap between words only. */
  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    gtk_widget_activate_action (GTK_WIDGET (page), "therapies.toggle-compare", "s", compared[i]);
  gtk_widget_activate_action (GTK_WIDGET (page), "therapies.compare", NULL);
  guide_test_wait_for (g_str_equal (gtk_stack_get_visible_child_name (stack), "compare"), 30000);
  grid = page_child (page, "compare_grid");
  guide_test_wait_for (gtk_widget_get_width (grid) > 0 &&
                       gtk_widget_get_width (gtk_widget_get_first_child (grid)) > 0, 30000);

  for (GtkWidget *child = gtk_widget_get_first_child (grid);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "compare-row-title"))
      {
        assert_breaks_between_words (GTK_LABEL (child));
        n_titles++;
      }
  g_assert_cmpuint (n_titles, >, 10);

  reset_state (app);
}

static void
test_wide_layout (gconstpointer data)
{
  if (data != NULL && !guide_test_in_language (data))
    return;

  guide_test_run_app (NULL, wide_layout, NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible names are only kept with an accessibility backend; the
   * test backend keeps them without a screen reader. */
  g_auto(GStrv) languages = NULL;

  g_setenv ("GTK_A11Y", "test", TRUE);
  guide_test_init (&argc, &argv);
  languages = guide_test_get_languages ();

  g_test_add_func ("/therapy-page/sort", test_sort);
  g_test_add_func ("/therapy-page/filter", test_filter);
  g_test_add_func ("/therapy-page/accessible-names", test_accessible_names);
  g_test_add_func ("/therapy-page/detail", test_detail);
  g_test_add_func ("/therapy-page/detail-zh_CN", test_detail_zh_CN);
  g_test_add_func ("/therapy-page/article-link", test_article_link);
  g_test_add_func ("/therapy-page/compare", test_compare);
  g_test_add_func ("/therapy-page/narrow", test_narrow);
  g_test_add_data_func ("/therapy-page/wide-layout", NULL, test_wide_layout);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/therapy-page/wide-layout/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_wide_layout);
    }

  return g_test_run ();
}
