/* guide-therapy-page.c - the therapy grid: compare the ROS1 medicines
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The therapies pass through a filter (the filter buttons and the text)
 * and a sort (the column view's sorter) into one model, which a table
 * shows in a wide window and a list of cards in a narrow one; an
 * AdwSqueezer picks whichever fits. The table's column headers sort by a
 * click; the Sort menu does the same from the keyboard and shows the
 * current order.
 *
 * Activating a therapy shows its detail: every field of the data, its
 * figures with their sources, the sources as links and a link to its
 * article. Ticking two to four therapies lets the reader see them side
 * by side; the choice is a GuideCompareList, kept in the settings.
 */
#define G_LOG_DOMAIN "guide-therapy-page"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <string.h>

#include "guide-button-content.h"
#include "guide-document-view.h"
#include "guide-source.h"
#include "guide-therapy-page.h"
#include "guide-window.h"
#include "guide-wrap-box.h"

/* The arrow a column header shows while the table is sorted by it */
#define SORT_ARROW_WIDTH 16

/* The columns, most asked-about first: a table wider than the window
 * scrolls sideways. */
typedef enum
{
  COLUMN_NAME,
  COLUMN_FDA,
  COLUMN_EMA,
  COLUMN_ORR_NAIVE,
  COLUMN_ORR_PRETREATED,
  COLUMN_PFS_NAIVE,
  COLUMN_PFS_PRETREATED,
  COLUMN_BRAIN,
  COLUMN_G2032R,
  COLUMN_DOSE,
  N_COLUMNS
} ColumnId;

static const struct
{
  const char *id;          /* the sort-by value */
  const char *title;       /* the header, context "column" */
  const char *long_title;  /* what a screen reader says */
  int         width;
} columns[N_COLUMNS] = {
  /* Translators: the column headings of the table of medicines are short (the table
   * is narrow); the second text of each line is what a screen reader says for it */
  { "name", NC_("column", "Medicine"), N_("Medicine"), 175 },
  /* Translators: a column heading: the status in the United States (FDA) */
  { "fda", NC_("column", "US"), N_("Status in the United States (FDA)"), 125 },
  /* Translators: a column heading: the status in the European Union */
  { "ema", NC_("column", "EU"), N_("Status in the European Union"), 125 },
  /* Translators: a column heading: the response rate as the first ROS1 medicine */
  { "orr-naive", NC_("column", "Response, first"), N_("Response rate as the first ROS1 medicine"), 120 },
  /* Translators: a column heading: the response rate after another ROS1 medicine */
  { "orr-pretreated", NC_("column", "Response, later"), N_("Response rate after another ROS1 medicine"), 120 },
  /* Translators: a column heading: progression-free survival as the first ROS1
   * medicine; use your language's usual abbreviation for PFS */
  { "pfs-naive", NC_("column", "PFS, first"), N_("Median progression-free survival as the first ROS1 medicine"), 105 },
  /* Translators: a column heading: progression-free survival after another ROS1
   * medicine; use your language's usual abbreviation for PFS */
  { "pfs-pretreated", NC_("column", "PFS, later"), N_("Median progression-free survival after another ROS1 medicine"), 105 },
  /* Translators: a column heading: the response rate in the brain */
  { "brain", NC_("column", "Brain"), N_("Response rate in the brain"), 110 },
  /* Translators: a column heading: the response rate with the G2032R mutation;
   * keep "G2032R" */
  { "g2032r", NC_("column", "G2032R"), N_("Response rate with the G2032R resistance change"), 100 },
  /* Translators: a column heading: how often the medicine is taken, and with food
   * or not */
  { "dose", NC_("column", "Taken"), N_("How often it is taken, and with food or not"), 160 },
};

typedef struct
{
  GuideTherapyPage *page;
  ColumnId          column;
} ColumnData;

struct _GuideTherapyPage
{
  GtkWidget            parent_instance;

  GuideContent        *content;
  GuideIdList         *therapies;
  GuideCompareList    *compare;
  GuideTherapy        *therapy;        /* the one in the detail view */

  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkFilter           *filter;
  char                *filter_text;
  gboolean             approved_only;
  gboolean             brain_only;
  gboolean             after_ros1_only;
  gboolean             g2032r_only;
  char                *sort_by;
  gboolean             sort_descending;

  ColumnData           column_data[N_COLUMNS];
  GtkColumnViewColumn *view_columns[N_COLUMNS];
  int                  probe_hit;
  gboolean             probing;
  gboolean             syncing;
  GHashTable          *bound_checks;   /* the table's compare check buttons */

  GtkStack            *view_stack;
  GtkSearchEntry      *filter_entry;
  GtkWidget           *sort_button;
  GtkButton           *compare_button;
  GtkWidget           *approved_toggle;
  GtkWidget           *brain_toggle;
  GtkWidget           *after_toggle;
  GtkWidget           *g2032r_toggle;
  GtkStack            *results_stack;
  AdwSqueezer         *squeezer;
  GtkWidget           *table_scroller;
  GtkWidget           *cards_scroller;
  GtkColumnView       *column_view;
  GtkListBox          *card_list;
  GtkLabel            *legend_label;
  GtkLabel            *as_of_label;
  GtkWidget           *table_footer;
  GtkLabel            *cards_legend_label;
  GtkLabel            *cards_as_of_label;
  GtkWidget           *detail_actions;
  GtkButton           *detail_compare_button;
  GuideDocumentView   *detail_view;
  GtkLabel            *compare_title;
  GtkGrid             *compare_grid;
};

G_DEFINE_FINAL_TYPE (GuideTherapyPage, guide_therapy_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_APPROVED_ONLY,
  PROP_BRAIN_ONLY,
  PROP_AFTER_ROS1_ONLY,
  PROP_G2032R_ONLY,
  PROP_SORT_BY,
  PROP_SORT_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the data says, in words */

static const char *
column_title (ColumnId column)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "column", columns[column].title);
}

static const char *
setting_label (GuideSetting setting)
{
  switch (setting)
    {
    case GUIDE_SETTING_NO_PRIOR_ROS1:
      /* Translators: the group of people a medicine was studied in: people taking their first
       * ROS1 medicine */
      return _("As the first ROS1 medicine");
    case GUIDE_SETTING_AFTER_ROS1:
      return _("After another ROS1 medicine");
    case GUIDE_SETTING_ANY:
    case GUIDE_N_SETTINGS:
    default:
      return _("In people with the G2032R change");
    }
}

static const char *
measure_label (GuideMeasure measure)
{
  switch (measure)
    {
    case GUIDE_MEASURE_RESPONSE:
      return _("Response rate");
    case GUIDE_MEASURE_RESPONSE_DURATION:
      return _("Median length of response");
    case GUIDE_MEASURE_PFS:
      return _("Median progression-free survival");
    case GUIDE_MEASURE_BRAIN_RESPONSE:
      return _("Response rate in the brain");
    case GUIDE_MEASURE_G2032R_RESPONSE:
    default:
      return _("Response rate with G2032R");
    }
}

static const char *
use_label (GuideTherapyUse use)
{
  switch (use)
    {
    case GUIDE_THERAPY_USE_APPROVED:
      return _("Approved for ROS1-positive lung cancer");
    case GUIDE_THERAPY_USE_INVESTIGATIONAL:
      return _("Investigational: not approved, used in clinical trials");
    case GUIDE_THERAPY_USE_OFF_LABEL:
    default:
      return _("Off-label: not approved for ROS1, but a doctor may prescribe it");
    }
}

static const char *
use_short_label (GuideTherapyUse use)
{
  switch (use)
    {
    case GUIDE_THERAPY_USE_APPROVED:
      return NULL;
    case GUIDE_THERAPY_USE_INVESTIGATIONAL:
      /* Translators: shown after the brand names of a medicine in the table: it is not approved
       * and is used in clinical trials */
      return _("investigational");
    case GUIDE_THERAPY_USE_OFF_LABEL:
    default:
      /* Translators: shown after the brand names of a medicine in the table: it is approved for
       * other cancers, not for ROS1 */
      return _("off-label");
    }
}

static const char *
region_label (GuideRegion region)
{
  switch (region)
    {
    case GUIDE_REGION_FDA:
      return _("United States (FDA)");
    case GUIDE_REGION_EMA:
      return _("European Union");
    case GUIDE_REGION_CHINA:
    case GUIDE_N_REGIONS:
    default:
      return _("China");
    }
}

static const char *
approval_short (GuideApprovalStatus status)
{
  switch (status)
    {
    case GUIDE_APPROVAL_APPROVED:
      /* Translators: a medicine's status with a regulator (in a column "US" or "EU") */
      return _("Approved");
    case GUIDE_APPROVAL_UNDER_REVIEW:
      return _("Under review");
    case GUIDE_APPROVAL_INVESTIGATIONAL:
      return _("Investigational");
    case GUIDE_APPROVAL_NOT_CONFIRMED:
      return _("Not confirmed");
    case GUIDE_APPROVAL_NOT_APPROVED:
    default:
      return _("Not approved");
    }
}

static const char *
study_text (GuideStudyStatus status)
{
  switch (status)
    {
    case GUIDE_STUDY_STUDIED:
      /* Translators: whether a medicine was studied in this group of people */
      return _("Studied.");
    case GUIDE_STUDY_NOT_STUDIED:
      return _("Not studied.");
    case GUIDE_STUDY_NOT_KNOWN:
    default:
      return _("Not known.");
    }
}

static char *
brands_and_use (GuideTherapy *therapy)
{
  g_autofree char *brands = guide_therapy_format_brands (therapy);
  const char *use = use_short_label (guide_therapy_get_use (therapy));

  if (brands != NULL && use != NULL)
    /* Translators: brand names, then "off-label" or "investigational" */
    return g_strdup_printf (C_("brands and use", "%s · %s"), brands, use);
  if (brands != NULL)
    return g_steal_pointer (&brands);

  return g_strdup (use);
}

static char *
people_text (const GuideTherapyFigure *figure)
{
  char *count = guide_therapy_format_count (figure);

  if (count != NULL)
    return count;
  if (figure->n > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people", figure->n),
                            figure->n);
  return NULL;
}

static char *
trial_names (GuideTherapy             *therapy,
             const GuideTherapyFigure *figure)
{
  char *names = NULL;

  for (guint i = 0; figure->trials[i] != NULL; i++)
    {
      const GuideTherapyTrial *trial = guide_therapy_lookup_trial (therapy, figure->trials[i]);
      char *both;

      if (trial == NULL || trial->name == NULL)
        continue;
      if (names == NULL)
        {
          names = g_strdup (trial->name);
          continue;
        }

      /* Translators: trials whose results were pooled into one figure:
       * a trial's name (or several joined this way already), then another
       * one, as in "STARTRK-2 + ALKA-372-001" */
      both = g_strdup_printf (C_("trials", "%s + %s"), names, trial->name);
      g_free (names);
      names = both;
    }

  return names;
}

/* "(50 people, PROFILE 1001)", or NULL. */
static char *
figure_basis (GuideTherapy             *therapy,
              const GuideTherapyFigure *figure)
{
  g_autofree char *people = people_text (figure);
  g_autofree char *trials = trial_names (therapy, figure);

  if (people != NULL && trials != NULL)
    /* Translators: how many people a figure is based on, and the trial */
    return g_strdup_printf (C_("figure", "(%s, %s)"), people, trials);
  if (people != NULL || trials != NULL)
    return g_strdup_printf (C_("figure", "(%s)"), people ? people : trials);

  return NULL;
}

/* The figure a column shows for @therapy, or NULL. */
static const GuideTherapyFigure *
column_figure (GuideTherapy *therapy,
               ColumnId      column)
{
  const GuideTherapyFigure *figure;

  switch (column)
    {
    case COLUMN_ORR_NAIVE:
    case COLUMN_ORR_PRETREATED:
    case COLUMN_PFS_NAIVE:
    case COLUMN_PFS_PRETREATED:
    case COLUMN_G2032R:
      return guide_therapy_lookup_figure (therapy, columns[column].id);

    case COLUMN_BRAIN:
      figure = guide_therapy_lookup_figure (therapy, "brain-orr-naive");
      return figure ? figure : guide_therapy_lookup_figure (therapy, "brain-orr-pretreated");

    case COLUMN_NAME:
    case COLUMN_FDA:
    case COLUMN_EMA:
    case COLUMN_DOSE:
    case N_COLUMNS:
    default:
      return NULL;
    }
}

static GuideSetting
column_setting (ColumnId column)
{
  switch (column)
    {
    case COLUMN_ORR_NAIVE:
    case COLUMN_PFS_NAIVE:
      return GUIDE_SETTING_NO_PRIOR_ROS1;
    case COLUMN_ORR_PRETREATED:
    case COLUMN_PFS_PRETREATED:
      return GUIDE_SETTING_AFTER_ROS1;
    case COLUMN_NAME:
    case COLUMN_FDA:
    case COLUMN_EMA:
    case COLUMN_DOSE:
    case COLUMN_BRAIN:
    case COLUMN_G2032R:
    case N_COLUMNS:
    default:
      return GUIDE_SETTING_ANY;
    }
}

static char *
frequency_text (const GuideTherapyDose *dose)
{
  const GuideDoseStep *first = &g_array_index (dose->steps, GuideDoseStep, 0);
  const GuideDoseStep *last = &g_array_index (dose->steps, GuideDoseStep, dose->steps->len - 1);

  if (dose->steps->len > 1 && first->times_a_day == 1 && last->times_a_day == 2)
    return g_strdup (C_("frequency", "Once, then twice a day"));
  if (last->times_a_day == 1)
    return g_strdup (C_("frequency", "Once a day"));
  if (last->times_a_day == 2)
    return g_strdup (C_("frequency", "Twice a day"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time a day", "%u times a day",
                                       last->times_a_day),
                          last->times_a_day);
}

static const char *
food_short (const GuideTherapyDose *dose)
{
  switch (dose->food)
    {
    case GUIDE_FOOD_ANY:
      /* Translators: how a medicine is taken, in the table of medicines; keep it short */
      return _("With or without food");
    case GUIDE_FOOD_EMPTY_STOMACH:
      return _("Empty stomach");
    case GUIDE_FOOD_NOT_KNOWN:
    default:
      return _("Food: not known");
    }
}

/* The two lines of a cell: the value and what it rests on. Returns
 * whether the value is known. */
static gboolean
column_texts (GuideTherapy  *therapy,
              ColumnId       column,
              char         **primary,
              char         **secondary)
{
  const GuideTherapyApproval *approval;
  const GuideTherapyDose *dose;
  const GuideTherapyFigure *figure;
  const GuideTherapyActivityInfo *activity;
  GuideSetting setting;

  *primary = NULL;
  *secondary = NULL;

  switch (column)
    {
    case COLUMN_NAME:
      *primary = g_strdup (guide_therapy_get_name (therapy));
      *secondary = brands_and_use (therapy);
      return TRUE;

    case COLUMN_FDA:
    case COLUMN_EMA:
      approval = guide_therapy_get_approval (therapy, column == COLUMN_FDA ? GUIDE_REGION_FDA
                                                                           : GUIDE_REGION_EMA);
      *primary = g_strdup (approval_short (approval->status));
      if (approval->date != NULL)
        *secondary = g_strndup (approval->date, 4);  /* the year; the detail has the day */
      return approval->status != GUIDE_APPROVAL_NOT_CONFIRMED;

    case COLUMN_DOSE:
      dose = guide_therapy_get_dose (therapy);
      if (dose == NULL)
        {
          *primary = g_strdup (_("Not known"));
          return FALSE;
        }
      *primary = frequency_text (dose);
      if (dose->trial_dose)
        {
          /* Translators: after how a medicine is taken: the dose is the one used in a clinical
           * trial, as there is no approved one */
          const char *trial = _("trial dose");

          /* Translators: under a dose in the grid: how to take it with food
           * ("With or without food"), then "trial dose" */
          *secondary = g_strdup_printf (C_("food and trial dose", "%s · %s"), food_short (dose), trial);
        }
      else
        *secondary = g_strdup (food_short (dose));
      return TRUE;

    case COLUMN_ORR_NAIVE:
    case COLUMN_ORR_PRETREATED:
    case COLUMN_PFS_NAIVE:
    case COLUMN_PFS_PRETREATED:
    case COLUMN_BRAIN:
    case COLUMN_G2032R:
      figure = column_figure (therapy, column);
      if (figure != NULL)
        {
          *primary = guide_therapy_format_figure (figure);
          if (column == COLUMN_BRAIN)
            *secondary = g_strdup (figure->setting == GUIDE_SETTING_NO_PRIOR_ROS1
                                   ? C_("brain", "as first medicine")
                                   : C_("brain", "after another"));
          else
            {
              *secondary = people_text (figure);
              if (*secondary == NULL)
                *secondary = trial_names (therapy, figure);
            }
          return TRUE;
        }

      setting = column_setting (column);
      if (setting != GUIDE_SETTING_ANY &&
          guide_therapy_get_study (therapy, setting)->status == GUIDE_STUDY_NOT_STUDIED)
        {
          *primary = g_strdup (_("Not studied"));
          return FALSE;
        }

      activity = column == COLUMN_G2032R ? guide_therapy_get_g2032r (therapy)
                                         : column == COLUMN_BRAIN ? guide_therapy_get_brain (therapy)
                                                                  : NULL;
      if (activity != NULL && activity->status == GUIDE_ACTIVITY_NOT_ACTIVE)
        {
          *primary = g_strdup (_("No response"));
          return TRUE;
        }

      *primary = g_strdup (_("Not known"));
      return FALSE;

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Sorting */

static int
approval_rank (const GuideTherapyApproval *approval)
{
  switch (approval->status)
    {
    case GUIDE_APPROVAL_APPROVED:
      return 0;
    case GUIDE_APPROVAL_UNDER_REVIEW:
      return 1;
    case GUIDE_APPROVAL_INVESTIGATIONAL:
      return 2;
    case GUIDE_APPROVAL_NOT_CONFIRMED:
      return 3;
    case GUIDE_APPROVAL_NOT_APPROVED:
    default:
      return 4;
    }
}

/* A number to sort a figure column by; what is not known sorts lowest. */
static double
column_number (GuideTherapy *therapy,
               ColumnId      column)
{
  const GuideTherapyFigure *figure = column_figure (therapy, column);

  if (figure != NULL)
    return figure->number;
  if (column == COLUMN_G2032R &&
      guide_therapy_get_g2032r (therapy)->status == GUIDE_ACTIVITY_NOT_ACTIVE)
    return -0.5;

  return -1;
}

static int
compare_numbers (double a,
                 double b)
{
  return (a > b) - (a < b);
}

static guint
doses_a_day (GuideTherapy *therapy)
{
  const GuideTherapyDose *dose = guide_therapy_get_dose (therapy);

  /* Not known sorts last. */
  if (dose == NULL)
    return G_MAXUINT;

  return g_array_index (dose->steps, GuideDoseStep, dose->steps->len - 1).times_a_day;
}

static int
compare_column (GuideTherapy *a,
                GuideTherapy *b,
                ColumnId      column)
{
  const GuideTherapyApproval *approval_a, *approval_b;
  GuideRegion region;
  int result = 0;

  switch (column)
    {
    case COLUMN_NAME:
      break;

    case COLUMN_FDA:
    case COLUMN_EMA:
      /* Approved first, earliest first; then the other states. */
      region = column == COLUMN_FDA ? GUIDE_REGION_FDA : GUIDE_REGION_EMA;
      approval_a = guide_therapy_get_approval (a, region);
      approval_b = guide_therapy_get_approval (b, region);
      result = approval_rank (approval_a) - approval_rank (approval_b);
      if (result == 0)
        result = g_strcmp0 (approval_a->date, approval_b->date);
      break;

    case COLUMN_DOSE:
      /* Fewest doses a day first. */
      result = compare_numbers (doses_a_day (a), doses_a_day (b));
      break;

    case COLUMN_ORR_NAIVE:
    case COLUMN_ORR_PRETREATED:
    case COLUMN_PFS_NAIVE:
    case COLUMN_PFS_PRETREATED:
    case COLUMN_BRAIN:
    case COLUMN_G2032R:
      result = compare_numbers (column_number (a, column), column_number (b, column));
      break;

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  if (result == 0)
    result = g_utf8_collate (guide_therapy_get_name (a), guide_therapy_get_name (b));

  return result;
}

static int
column_sort_func (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  ColumnData *data = user_data;

  /* See sorter_changed_cb(). */
  if (data->page->probing)
    {
      data->page->probe_hit = data->column;
      return GTK_ORDERING_SMALLER;
    }

  return gtk_ordering_from_cmpfunc (compare_column (GUIDE_THERAPY ((gpointer) a),
                                                    GUIDE_THERAPY ((gpointer) b),
                                                    data->column));
}

static int
find_column (const char *id)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_strcmp0 (columns[i].id, id) == 0)
      return i;

  return -1;
}

static void
apply_sort (GuideTherapyPage *self)
{
  int column = find_column (self->sort_by);

  gtk_column_view_sort_by_column (self->column_view,
                                  column >= 0 ? self->view_columns[column] : NULL,
                                  self->sort_descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/* A click on a column header changes the view's sorter. GTK 4.8 cannot
 * tell which column it now sorts by (that came in 4.10), so ask the
 * sorter: while probing, a column's sort function notes that it was
 * asked and answers "smaller"; the view's sorter asks its first column
 * first and turns the answer round when that column sorts descending. */
static void
sorter_changed_cb (GuideTherapyPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GuideTherapy) first = NULL;
  g_autoptr(GuideTherapy) second = NULL;
  const char *sort_by = "";
  gboolean descending;
  GtkOrdering order;

  /* Two items: a sorter does not ask its columns about one item twice. */
  if (self->therapies == NULL ||
      (first = g_list_model_get_item (G_LIST_MODEL (self->therapies), 0)) == NULL ||
      (second = g_list_model_get_item (G_LIST_MODEL (self->therapies), 1)) == NULL)
    return;

  self->probing = TRUE;
  self->probe_hit = -1;
  order = gtk_sorter_compare (sorter, first, second);
  self->probing = FALSE;

  if (self->probe_hit >= 0)
    {
      sort_by = columns[self->probe_hit].id;
      descending = order == GTK_ORDERING_LARGER;
    }
  else
    descending = self->sort_descending;

  if (g_strcmp0 (sort_by, self->sort_by) != 0)
    {
      g_free (self->sort_by);
      self->sort_by = g_strdup (sort_by);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
    }
  if (descending != self->sort_descending)
    {
      self->sort_descending = descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
    }
}

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GuideTherapyPage *self = user_data;
  GuideTherapy *therapy = item;

  if (self->approved_only && !guide_therapy_is_approved (therapy))
    return FALSE;
  if (self->brain_only && guide_therapy_get_brain (therapy)->status != GUIDE_ACTIVITY_ACTIVE)
    return FALSE;
  if (self->after_ros1_only &&
      guide_therapy_get_study (therapy, GUIDE_SETTING_AFTER_ROS1)->status != GUIDE_STUDY_STUDIED)
    return FALSE;
  if (self->g2032r_only && guide_therapy_get_g2032r (therapy)->status != GUIDE_ACTIVITY_ACTIVE)
    return FALSE;

  return guide_therapy_matches (therapy, self->filter_text);
}

static void
filter_entry_changed_cb (GuideTherapyPage *self)
{
  g_free (self->filter_text);
  self->filter_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
visible_changed_cb (GuideTherapyPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "results" : "empty");
}

/* The compare check buttons */

static void
sync_check (GuideTherapyPage *self,
            GtkCheckButton   *check)
{
  const char *id = g_object_get_data (G_OBJECT (check), "therapy-id");

  self->syncing = TRUE;
  gtk_check_button_set_active (check, id != NULL && guide_compare_list_contains (self->compare, id));
  self->syncing = FALSE;
}

static void
compare_check_toggled_cb (GtkCheckButton   *check,
                          GuideTherapyPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "therapy-id");

  if (self->syncing || id == NULL)
    return;

  /* The action decides (the list may be full); the box then shows what
   * it decided. */
  gtk_widget_activate_action (GTK_WIDGET (self), "therapies.toggle-compare", "s", id);
  sync_check (self, check);
}

static GtkWidget *
compare_check_new (GuideTherapyPage *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  /* Translators: the tooltip of the check box that adds a medicine to the comparison */
  gtk_widget_set_tooltip_text (check, _("Choose for comparison"));
  g_signal_connect (check, "toggled", G_CALLBACK (compare_check_toggled_cb), self);

  return check;
}

static void
set_check_therapy (GuideTherapyPage *self,
                   GtkWidget        *check,
                   GuideTherapy     *therapy)
{
  /* Translators: the name a screen reader gives a check button; %s is the
   * name of a medicine */
  g_autofree char *label = g_strdup_printf (_("Compare %s"), guide_therapy_get_name (therapy));

  g_object_set_data_full (G_OBJECT (check), "therapy-id",
                          g_strdup (guide_therapy_get_id (therapy)), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  sync_check (self, GTK_CHECK_BUTTON (check));
}

/* The table */

static GtkWidget *
cell_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *primary = cell_label_new (data->column == COLUMN_NAME ? "heading" : NULL);
  GtkWidget *secondary = cell_label_new ("dim-label");

  gtk_widget_add_css_class (secondary, "caption");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), primary);
  gtk_box_append (GTK_BOX (box), secondary);
  g_object_set_data (G_OBJECT (item), "primary", primary);
  g_object_set_data (G_OBJECT (item), "secondary", secondary);

  if (data->column == COLUMN_NAME)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *check = compare_check_new (data->page);

      gtk_widget_set_hexpand (box, TRUE);
      gtk_box_append (GTK_BOX (row), check);
      gtk_box_append (GTK_BOX (row), box);
      g_object_set_data (G_OBJECT (item), "check", check);
      gtk_list_item_set_child (item, row);
    }
  else
    gtk_list_item_set_child (item, box);
}

/* GTK 4.8 has no API for the row and header widgets of a column view, so
 * their names are set on the widgets themselves: the row is the parent of
 * the cell that holds the child. */
static GtkWidget *
row_widget_for (GtkWidget *child)
{
  GtkWidget *cell = gtk_widget_get_parent (child);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

  if (row == NULL || gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)) != GTK_ACCESSIBLE_ROLE_ROW)
    return NULL;

  return row;
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  GuideTherapy *therapy = gtk_list_item_get_item (item);
  GtkWidget *primary = g_object_get_data (G_OBJECT (item), "primary");
  GtkWidget *secondary = g_object_get_data (G_OBJECT (item), "secondary");
  GtkWidget *check = g_object_get_data (G_OBJECT (item), "check");
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *spoken = NULL;
  gboolean known;

  known = column_texts (therapy, data->column, &text, &detail);
  gtk_label_set_text (GTK_LABEL (primary), text);
  gtk_label_set_text (GTK_LABEL (secondary), detail ? detail : "");
  gtk_widget_set_visible (secondary, detail != NULL && *detail != '\0');
  if (known)
    gtk_widget_remove_css_class (primary, "dim-label");
  else
    gtk_widget_add_css_class (primary, "dim-label");

  /* A screen reader says the column's name, then the value. */
  spoken = detail
           /* Translators: what a screen reader says for a cell of the grid: the
            * column's name, the value, then what it rests on (a year, how many
            * people, a trial) */
           ? g_strdup_printf (C_("accessible cell", "%s: %s, %s"), _(columns[data->column].long_title),
                              text, detail)
           /* Translators: what a screen reader says for a cell of the grid: the
            * column's name, then the value */
           : g_strdup_printf (C_("accessible cell", "%s: %s"), _(columns[data->column].long_title),
                              text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  if (check != NULL)
    {
      GtkWidget *row = row_widget_for (gtk_list_item_get_child (item));
      g_autofree char *name = NULL;

      set_check_therapy (data->page, check, therapy);
      g_hash_table_add (data->page->bound_checks, check);

      /* Translators: a medicine's generic name, then its brand names */
      name = detail ? g_strdup_printf (C_("medicine", "%s (%s)"), text, detail) : g_strdup (text);
      if (row != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *data)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (item), "check");

  if (check != NULL)
    {
      g_hash_table_remove (data->page->bound_checks, check);
      g_object_set_data (G_OBJECT (check), "therapy-id", NULL);
    }
}

static void
collect_headers (GtkWidget *widget,
                 GPtrArray *headers)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_COLUMN_HEADER)
    {
      g_ptr_array_add (headers, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_headers (child, headers);
}

static GtkWidget *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

/* Names the column headers for screen readers, and fits them to their
 * titles: a title wraps between its words (two lines where it must), and
 * the column is at least as wide as its longest word and the sort arrow,
 * so that no title is cut, in any language. */
static void
fit_column_headers (GuideTherapyPage *self)
{
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();

  collect_headers (GTK_WIDGET (self->column_view), headers);
  if (headers->len != N_COLUMNS)
    {
      g_debug ("Found %u column headers for %u columns", headers->len, N_COLUMNS);
      return;
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkWidget *header = g_ptr_array_index (headers, i);
      GtkWidget *label = find_label (header);
      int min = 0;

      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(columns[i].long_title), -1);

      if (label == NULL)
        continue;

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_xalign (GTK_LABEL (label), 0);

      /* The header's own minimum is its longest word, its padding and the
       * sort arrow, which is there only while the column sorts. */
      gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      gtk_column_view_column_set_fixed_width (self->view_columns[i],
                                              MAX (columns[i].width, min + SORT_ARROW_WIDTH));
    }
}

static void
setup_columns (GuideTherapyPage *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      self->column_data[i].page = self;
      self->column_data[i].column = i;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), &self->column_data[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), &self->column_data[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), &self->column_data[i]);

      column = gtk_column_view_column_new (column_title (i), factory);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, i == COLUMN_NAME);
      sorter = GTK_SORTER (gtk_custom_sorter_new (column_sort_func, &self->column_data[i], NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);

      gtk_column_view_append_column (self->column_view, column);
      self->view_columns[i] = column;
      g_object_unref (column);
    }

  fit_column_headers (self);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sorter_changed_cb), self);
}

static void
column_view_activate_cb (GuideTherapyPage *self,
                         guint             position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr(GuideTherapy) therapy = g_list_model_get_item (model, position);

  if (therapy != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "therapies.show", "s", guide_therapy_get_id (therapy));
}

/* The cards, for a narrow window */

static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  GuideTherapyPage *self = user_data;
  GuideTherapy *therapy = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *facts = gtk_grid_new ();
  GtkWidget *check = compare_check_new (self);
  GtkWidget *label;
  g_autofree char *name = NULL;
  g_autofree char *brands = NULL;
  g_autofree char *spoken = NULL;

  column_texts (therapy, COLUMN_NAME, &name, &brands);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = cell_label_new ("heading");
  gtk_label_set_text (GTK_LABEL (label), name);
  gtk_box_append (GTK_BOX (names), label);
  if (brands != NULL)
    {
      label = cell_label_new ("dim-label");
      gtk_label_set_text (GTK_LABEL (label), brands);
      gtk_box_append (GTK_BOX (names), label);
    }
  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (head), names);
  /* Translators: a check box on a medicine's card: adds it to the comparison */
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), _("Compare"));
  gtk_box_append (GTK_BOX (head), check);
  set_check_therapy (self, check, therapy);
  gtk_box_append (GTK_BOX (box), head);

  gtk_grid_set_column_spacing (GTK_GRID (facts), 12);
  gtk_grid_set_row_spacing (GTK_GRID (facts), 4);
  for (ColumnId column = COLUMN_FDA; column < N_COLUMNS; column++)
    {
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;
      g_autofree char *value = NULL;
      gboolean known;

      known = column_texts (therapy, column, &text, &detail);
      value = detail
              /* Translators: a fact on a medicine's card in a narrow window: the
               * value, then what it rests on ("Approved · 2016", "Twice a day ·
               * With or without food") */
              ? g_strdup_printf (C_("value and detail", "%s · %s"), text, detail)
              : g_strdup (text);

      label = cell_label_new ("dim-label");
      gtk_label_set_text (GTK_LABEL (label), column_title (column));
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_widget_set_valign (label, GTK_ALIGN_START);
      gtk_grid_attach (GTK_GRID (facts), label, 0, column, 1, 1);

      label = cell_label_new (known ? NULL : "dim-label");
      gtk_label_set_text (GTK_LABEL (label), value);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (GTK_GRID (facts), label, 1, column, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), facts);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "therapy-id", g_strdup (guide_therapy_get_id (therapy)), g_free);
  g_object_set_data (G_OBJECT (row), "check", check);

  /* Translators: a medicine's generic name, then its brand names */
  spoken = brands ? g_strdup_printf (C_("medicine", "%s (%s)"), name, brands) : g_strdup (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  return row;
}

static void
card_list_row_activated_cb (GuideTherapyPage *self,
                            GtkListBoxRow    *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "therapy-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "therapies.show", "s", id);
}

/* The detail of one therapy, as a document */

typedef struct
{
  GString *md;
  GStrv    cited;   /* every source of the therapy, numbered from 1 */
} Detail;

static void
append_escaped (GString    *md,
                const char *text)
{
  g_autofree char *escaped = guide_markdown_escape (text);

  g_string_append (md, escaped);
}

/* Frees *@text and puts @replacement in its place. */
static void
replace_text (char **text,
              char  *replacement)
{
  g_free (*text);
  *text = replacement;
}

/* A list of source numbers, such as "1, 2". */
static void
append_number (GString *numbers,
               guint    number)
{
  if (numbers->len > 0)
    /* Translators: between the items of a short list: the numbers of
     * sources ("1, 2"), trial names, brand names */
    g_string_append (numbers, C_("list", ", "));
  g_string_append_printf (numbers, "%u", number);
}

/* "(source 2)" for @ids, numbered as in the list of sources, escaped
 * for Markdown; NULL if none is cited. */
static char *
format_cite (Detail             *d,
             const char * const *ids)
{
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n = 0;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    for (guint j = 0; d->cited[j] != NULL; j++)
      if (g_str_equal (ids[i], d->cited[j]))
        {
          append_number (numbers, j + 1);
          n++;
          break;
        }

  if (n == 0)
    return NULL;

  /* Translators: which of the numbered sources below back a statement;
   * %s is one number, or several separated by commas */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "(source %s)", "(sources %s)", n), numbers->str);
  return guide_markdown_escape (text);
}

/* Whether Markdown emphasis may open after @c or close before it (0 for
 * the start or end of the line) around text that starts and ends with
 * punctuation: only next to a space or punctuation. */
static gboolean
is_space_or_punctuation (gunichar c)
{
  if (c == 0 || g_unichar_isspace (c))
    return TRUE;
  if (c < 0x80)
    return g_ascii_ispunct (c);

  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

/* @markdown (taken), then @cite in italics, joined as the language puts
 * a text and its sources. Where that puts the sources right after a
 * letter ("Xalkori（来源1）"), Markdown would not read the asterisks as
 * emphasis but show them, so the sources stay upright there. */
static char *
append_cite (char       *markdown,
             const char *cite)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *joined = NULL;
  const char *slot;
  gunichar before = 0, after;

  /* Translators: a text, then the marks of the sources or notes that
   * back it, such as "(sources 1, 2)", "[1]" or "(a)" */
  joined = g_strdup_printf (C_("text and reference", "%s %s"), markdown, "\x01");
  g_free (markdown);

  slot = strchr (joined, '\x01');
  g_assert (slot != NULL);
  if (slot > joined)
    before = g_utf8_get_char (g_utf8_prev_char (slot));
  after = g_utf8_get_char (slot + 1);

  out = g_string_new_len (joined, slot - joined);
  if (is_space_or_punctuation (before) && is_space_or_punctuation (after))
    g_string_append_printf (out, "*%s*", cite);
  else
    g_string_append (out, cite);
  g_string_append (out, slot + 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @markdown, then the note and the sources that go with it. Takes
 * @markdown. */
static char *
with_note_and_cite (Detail             *d,
                    char               *markdown,
                    const char         *note,
                    const char * const *sources)
{
  g_autofree char *cite = format_cite (d, sources);

  if (note != NULL)
    {
      g_autofree char *escaped = guide_markdown_escape (note);

      /* Translators: a sentence, then another that adds to it (a note); in
       * languages written without spaces the space may go */
      replace_text (&markdown, g_strdup_printf (C_("two sentences", "%s %s"), markdown, escaped));
    }

  if (cite != NULL)
    markdown = append_cite (markdown, cite);

  return markdown;
}

static void
append_item (Detail             *d,
             const char         *label,
             const char         *text,
             const char         *note,
             const char * const *sources)
{
  g_autofree char *line = with_note_and_cite (d, guide_markdown_escape (text), note, sources);

  if (label != NULL)
    {
      g_autofree char *escaped = guide_markdown_escape (label);
      g_autofree char *strong = g_strdup_printf ("**%s**", escaped);

      /* Translators: a label, then its value ("Dose: 600 mg once a day") */
      replace_text (&line, g_strdup_printf (C_("label and value", "%s: %s"), strong, line));
    }

  g_string_append_printf (d->md, "- %s\n", line);
}

static void
append_heading (Detail     *d,
                guint       level,
                const char *text)
{
  g_string_append_printf (d->md, "\n%.*s ", (int) level, "######");
  append_escaped (d->md, text);
  g_string_append (d->md, "\n\n");
}

static void
append_paragraph (Detail     *d,
                  const char *text)
{
  append_escaped (d->md, text);
  g_string_append (d->md, "\n\n");
}

static char *
capitalize (const char *text)
{
  char first[8];
  int len = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);

  return g_strdup_printf ("%.*s%s", len, first, g_utf8_next_char (text));
}

static void
append_facts (Detail                  *d,
              const char              *heading,
              const GuideTherapyFacts *facts,
              const char              *when_missing,
              const char              *caveat)
{
  g_autofree char *text = NULL;

  append_heading (d, 2, heading);

  if (facts == NULL)
    {
      append_paragraph (d, when_missing);
      return;
    }

  for (guint i = 0; facts->items[i] != NULL; i++)
    append_item (d, NULL, facts->items[i], NULL, NULL);
  g_string_append_c (d->md, '\n');

  /* Translators: comes before the numbers of the sources of a list */
  text = with_note_and_cite (d, guide_markdown_escape (facts->note != NULL ? facts->note : _("From:")),
                             NULL, (const char * const *) facts->sources);
  g_string_append_printf (d->md, "%s\n\n", text);

  if (caveat != NULL)
    append_paragraph (d, caveat);
}

static void
append_figure (Detail                   *d,
               GuideTherapy             *therapy,
               const GuideTherapyFigure *figure)
{
  g_autofree char *value = guide_therapy_format_figure (figure);
  g_autofree char *basis = figure_basis (therapy, figure);
  g_autofree char *text = NULL;

  text = basis
         /* Translators: a figure, then what it rests on, as a sentence: "72% (50
          * people, PROFILE 1001)." */
         ? g_strdup_printf (C_("figure and basis", "%s %s."), value, basis)
         /* Translators: a phrase made a sentence */
         : g_strdup_printf (C_("sentence", "%s."), value);
  append_item (d, measure_label (figure->measure), text, figure->note,
               (const char * const *) figure->sources);
}

static void
append_activity (Detail                         *d,
                 const char                     *heading,
                 const GuideTherapyActivityInfo *info,
                 const char                     *active_text,
                 const char                     *not_active_text)
{
  const char *text;
  g_autofree char *markdown = NULL;

  append_heading (d, 2, heading);
  switch (info->status)
    {
    case GUIDE_ACTIVITY_ACTIVE:
      text = active_text;
      break;
    case GUIDE_ACTIVITY_NOT_ACTIVE:
      text = not_active_text;
      break;
    case GUIDE_ACTIVITY_NOT_KNOWN:
    default:
      text = _("Not known.");
    }

  markdown = with_note_and_cite (d, guide_markdown_escape (text), info->note,
                                 (const char * const *) info->sources);
  g_string_append_printf (d->md, "%s\n\n", markdown);
}

static void
append_figures (Detail       *d,
                GuideTherapy *therapy)
{
  static const GuideSetting order[] = {
    GUIDE_SETTING_NO_PRIOR_ROS1, GUIDE_SETTING_AFTER_ROS1, GUIDE_SETTING_ANY
  };
  gboolean any = FALSE;

  append_heading (d, 2, _("Results in trials"));
  append_paragraph (d, _("These figures come from trials. They are not a prediction for you, and "
                         "figures from different trials cannot be compared head-to-head."));

  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      gboolean heading = FALSE;

      for (guint i = 0; i < guide_therapy_get_n_figures (therapy); i++)
        {
          const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, i);

          if (figure->setting != order[s])
            continue;
          if (!heading)
            {
              append_heading (d, 3, setting_label (order[s]));
              heading = TRUE;
            }
          append_figure (d, therapy, figure);
          any = TRUE;
        }
    }

  if (!any)
    append_paragraph (d, _("The guide has no confirmed trial figures for this medicine."));
}

static void
append_sources (Detail       *d,
                GuideContent *content)
{
  append_heading (d, 2, _("Sources"));

  for (guint i = 0; d->cited[i] != NULL; i++)
    {
      GuideSource *source = guide_id_list_lookup (guide_content_get_sources (content), d->cited[i]);
      g_autofree char *citation = NULL;

      if (source == NULL)
        continue;

      citation = guide_source_format (source);
      g_string_append_printf (d->md, "%u. ", i + 1);
      append_escaped (d->md, citation);
      if (guide_source_get_url (source) != NULL)
        {
          g_autofree char *link = guide_markdown_link (guide_source_get_url (source),
                                                       guide_source_get_url (source));
          g_string_append_printf (d->md, " %s", link);
        }
      g_string_append_c (d->md, '\n');
    }
}

static char *
build_detail (GuideTherapyPage *self,
              GuideTherapy     *therapy)
{
  g_autoptr(GString) md = g_string_new (NULL);
  Detail d = { md, guide_therapy_dup_cited_sources (therapy) };
  const GuideTherapyDose *dose = guide_therapy_get_dose (therapy);
  const char *article = guide_therapy_get_article (therapy);
  const char *as_of = guide_content_get_therapies_as_of (self->content);
  const char *maker = guide_therapy_get_maker (therapy);
  g_autofree char *brands = guide_therapy_format_brands (therapy);
  GuideTopic *topic = NULL;

  /* Title, names and what it is */
  g_string_append (md, "# ");
  append_escaped (md, guide_therapy_get_name (therapy));
  g_string_append (md, "\n\n");
  append_item (&d, _("Brand names"), brands ? brands : _("Not known."), NULL,
               brands ? guide_therapy_get_names_sources (therapy) : NULL);
  append_item (&d, _("Maker"), maker ? maker : _("Not known."), NULL,
               maker ? guide_therapy_get_names_sources (therapy) : NULL);
  g_string_append (md, "\n*");
  append_escaped (md, use_label (guide_therapy_get_use (therapy)));
  g_string_append (md, "*\n\n");

  /* Approvals */
  append_heading (&d, 2, _("Approval for ROS1-positive lung cancer"));
  for (GuideRegion region = 0; region < GUIDE_N_REGIONS; region++)
    {
      const GuideTherapyApproval *approval = guide_therapy_get_approval (therapy, region);
      g_autofree char *text = NULL;

      if (approval == NULL)
        continue;

      if (approval->status == GUIDE_APPROVAL_APPROVED)
        {
          g_autofree char *date = guide_date_format (approval->date);

          /* Translators: %s is a date */
          text = g_strdup_printf (_("Approved on %s."), date);
        }
      else
        {
          g_autofree char *phrase = guide_therapy_format_approval (therapy, region);
          g_autofree char *capital = capitalize (phrase);

          /* Translators: a phrase made a sentence */
          text = g_strdup_printf (C_("sentence", "%s."), capital);
        }

      append_item (&d, region_label (region), text, approval->note,
                   (const char * const *) approval->sources);
    }
  g_string_append_c (md, '\n');
  append_paragraph (&d, _("Approvals change. Ask your oncologist what is approved where you live."));

  /* Who it was studied in */
  append_heading (&d, 2, _("Who it was studied in"));
  for (GuideSetting setting = GUIDE_SETTING_NO_PRIOR_ROS1; setting < GUIDE_N_SETTINGS; setting++)
    {
      const GuideTherapyStudy *study = guide_therapy_get_study (therapy, setting);

      append_item (&d, setting_label (setting), study_text (study->status), study->note,
                   (const char * const *) study->sources);
    }

  /* How it is taken */
  append_heading (&d, 2, _("How it is taken"));
  if (dose != NULL)
    {
      g_autofree char *amount = guide_therapy_format_dose (therapy);
      g_autofree char *food = guide_therapy_format_food (therapy);
      g_autofree char *from = NULL;

      /* Translators: labels in a medicine's details: its dose, and whether it is taken with
       * food */
      append_item (&d, _("Dose"), amount, NULL, NULL);
      /* Translators: whether a medicine is taken with food is not known */
      append_item (&d, _("Food"), food ? food : _("not known"), NULL, NULL);
      for (guint i = 0; dose->notes[i] != NULL; i++)
        append_item (&d, NULL, dose->notes[i], NULL, NULL);
      g_string_append_c (md, '\n');
      from = with_note_and_cite (&d, guide_markdown_escape (_("From:")), NULL,
                                 (const char * const *) dose->sources);
      g_string_append_printf (md, "%s\n\n", from);
      append_paragraph (&d, _("Always take it the way your care team tells you."));
    }
  else
    append_paragraph (&d, _("Not known: the guide’s sources give no dose for ROS1-positive lung cancer."));

  /* Trials and their figures */
  append_heading (&d, 2, _("Key trials"));
  for (guint i = 0; i < guide_therapy_get_n_trials (therapy); i++)
    {
      const GuideTherapyTrial *trial = guide_therapy_get_trial (therapy, i);

      append_item (&d, trial->name, trial->description, NULL, (const char * const *) trial->sources);
    }
  if (guide_therapy_get_n_trials (therapy) == 0)
    append_paragraph (&d, _("Not known."));

  append_figures (&d, therapy);

  append_activity (&d, _("In the brain"), guide_therapy_get_brain (therapy),
                   _("Tumours in the brain shrank in trials: see “Response rate in the brain” above."),
                   _("No response in the brain was seen."));
  append_activity (&d, _("Against the G2032R change"), guide_therapy_get_g2032r (therapy),
                   _("Tumours with the G2032R resistance change responded in trials: see the figures above."),
                   _("No responses were seen."));

  append_facts (&d, _("Common side effects"), guide_therapy_get_side_effects (therapy),
                _("Not known: the guide’s sources do not list them."),
                _("This list may not be complete. Tell your care team about any side effect."));
  append_facts (&d, _("Serious warnings"), guide_therapy_get_warnings (therapy),
                _("Not known: the guide’s sources do not list them."),
                _("This list may not be complete."));
  append_facts (&d, _("Medicines, food and remedies to watch"), guide_therapy_get_interactions (therapy),
                _("Not known: the guide’s sources do not list them."),
                _("Give your care team a full list of the medicines and supplements you take."));
  if (guide_therapy_get_notes (therapy) != NULL)
    append_facts (&d, _("Other notes"), guide_therapy_get_notes (therapy), NULL, NULL);

  /* The article, once the handbook has it */
  if (article != NULL)
    topic = guide_handbook_lookup (guide_content_get_handbook (self->content), article);
  if (topic != NULL)
    {
      g_autofree char *target = g_strconcat ("topic:", article, NULL);
      g_autofree char *link = guide_markdown_link (guide_topic_get_title (topic), target);

      /* Translators: a heading, followed by a link to the guide's article on the medicine */
      append_heading (&d, 2, _("Read more"));
      g_string_append_printf (md, "%s\n\n", link);
    }

  append_sources (&d, self->content);

  g_string_append (md, "\n---\n\n> ");
  append_escaped (md, _("This guide explains; it does not decide. Ask your oncologist which "
                        "medicine suits you."));
  g_string_append_c (md, '\n');
  if (as_of != NULL)
    {
      g_autofree char *date = guide_date_format (as_of);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_("Information as of %s."), date);

      g_string_append (md, "\n*");
      append_escaped (md, text);
      g_string_append (md, "*\n");
    }

  g_strfreev (d.cited);

  return g_string_free (g_steal_pointer (&md), FALSE);
}

/* In a narrow window a button's label gives way, not the window: the
 * label shortens with "…" and the tooltip and accessible name keep it. */
static void
set_button_label (GtkButton  *button,
                  const char *label)
{
  gtk_button_set_label (button, label);
  gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (button)), PANGO_ELLIPSIZE_END);
}

static void
update_detail_compare_button (GuideTherapyPage *self)
{
  gboolean chosen;

  if (self->therapy == NULL)
    return;

  chosen = guide_compare_list_contains (self->compare, guide_therapy_get_id (self->therapy));
  set_button_label (self->detail_compare_button,
                    chosen ? _("Remove from Comparison") : _("Add to Comparison"));
  /* The target first: the action takes one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->detail_compare_button), "s",
                                    guide_therapy_get_id (self->therapy));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->detail_compare_button),
                                  "therapies.toggle-compare");
}

/* The comparison, one column per therapy. Cells are Pango markup built
 * from escaped text. */

static GtkWidget *
compare_label (const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 21);
  gtk_label_set_width_chars (GTK_LABEL (label), 17);
  gtk_widget_set_valign (label, GTK_ALIGN_START);

  return label;
}

static GtkWidget *
compare_text_label (const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return compare_label (markup);
}

static gboolean
compare_link_cb (GtkLabel   *label,
                 const char *uri,
                 gpointer    user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (label), "win.open-link", "s", uri);
  return TRUE;
}

static void
append_markup (GString    *out,
               const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
append_note_markup (GString    *out,
                    const char *note)
{
  if (note == NULL)
    return;

  g_string_append (out, "\n<small>");
  append_markup (out, note);
  g_string_append (out, "</small>");
}

/* Puts @text (taken) in place of what @out holds. */
static void
replace_markup (GString *out,
                char    *text)
{
  g_string_assign (out, text);
  g_free (text);
}

/* "[2]" for each of @ids, numbered as in the column's sources, after
 * the text in @out. */
static void
append_source_marks (GString            *out,
                     const char * const *ids,
                     GStrv               cited)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    for (guint j = 0; cited[j] != NULL; j++)
      if (g_str_equal (ids[i], cited[j]))
        {
          g_autofree char *mark = g_strdup_printf ("[%u]", j + 1);

          if (out->len == 0)
            g_string_append (out, mark);
          else
            /* Translators: a text, then the marks of the sources or notes that
             * back it, such as "(sources 1, 2)", "[1]" or "(a)" */
            replace_markup (out, g_strdup_printf (C_("text and reference", "%s %s"), out->str, mark));
          break;
        }
}

static gboolean
compare_figures (GString      *out,
                 GuideTherapy *therapy,
                 GuideMeasure  measure,
                 GuideSetting  setting,
                 gboolean      any_setting,
                 GStrv         cited)
{
  gboolean found = FALSE;

  for (guint i = 0; i < guide_therapy_get_n_figures (therapy); i++)
    {
      const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, i);
      g_autoptr(GString) text = NULL;
      g_autofree char *value = NULL;
      g_autofree char *basis = NULL;

      if (figure->measure != measure || (!any_setting && figure->setting != setting))
        continue;

      value = guide_therapy_format_figure (figure);
      basis = figure_basis (therapy, figure);
      text = g_string_new ("<b>");
      append_markup (text, value);
      g_string_append (text, "</b>");
      if (any_setting && figure->setting != GUIDE_SETTING_ANY)
        {
          g_autofree char *group = g_markup_escape_text (figure->setting == GUIDE_SETTING_NO_PRIOR_ROS1
                                                         ? C_("brain", "as first medicine")
                                                         : C_("brain", "after another"), -1);

          /* Translators: a figure, then the group of people it was measured
           * in: "72% as first medicine" */
          replace_markup (text, g_strdup_printf (C_("figure and group", "%s %s"), text->str, group));
        }
      if (basis != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (basis, -1);

          /* Translators: a figure, then what it rests on: "72% (50 people,
           * PROFILE 1001)" */
          replace_markup (text, g_strdup_printf (C_("figure and basis", "%s %s"), text->str, escaped));
        }
      append_source_marks (text, (const char * const *) figure->sources, cited);
      append_note_markup (text, figure->note);

      if (found)
        g_string_append (out, "\n\n");
      g_string_append (out, text->str);
      found = TRUE;
    }

  return found;
}

static void
compare_facts (GString                 *out,
               const GuideTherapyFacts *facts,
               GStrv                    cited)
{
  if (facts == NULL)
    {
      append_markup (out, _("Not known"));
      return;
    }

  for (guint i = 0; facts->items[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? "\n• " : "• ");
      append_markup (out, facts->items[i]);
    }
  append_source_marks (out, (const char * const *) facts->sources, cited);
  append_note_markup (out, facts->note);
}

typedef enum
{
  ROW_USE,
  ROW_FDA,
  ROW_EMA,
  ROW_STUDIED_FIRST,
  ROW_STUDIED_LATER,
  ROW_TAKEN,
  ROW_ORR_FIRST,
  ROW_ORR_LATER,
  ROW_PFS_FIRST,
  ROW_PFS_LATER,
  ROW_BRAIN,
  ROW_G2032R,
  ROW_SIDE_EFFECTS,
  ROW_WARNINGS,
  ROW_INTERACTIONS,
  ROW_SOURCES,
  N_ROWS
} CompareRow;

static const char *
compare_row_label (CompareRow row)
{
  switch (row)
    {
    /* Translators: the rows of the comparison of medicines; Status: approved, investigational
     * or off-label */
    case ROW_USE: return _("Status");
    case ROW_FDA: return _("United States (FDA)");
    case ROW_EMA: return _("European Union");
    case ROW_STUDIED_FIRST: return _("Studied as the first ROS1 medicine");
    case ROW_STUDIED_LATER: return _("Studied after another ROS1 medicine");
    case ROW_TAKEN: return _("How it is taken");
    case ROW_ORR_FIRST: return _("Response rate, first ROS1 medicine");
    case ROW_ORR_LATER: return _("Response rate, after another ROS1 medicine");
    case ROW_PFS_FIRST: return _("Median progression-free survival, first ROS1 medicine");
    case ROW_PFS_LATER: return _("Median progression-free survival, after another ROS1 medicine");
    case ROW_BRAIN: return _("Response rate in the brain");
    case ROW_G2032R: return _("Against the G2032R change");
    case ROW_SIDE_EFFECTS: return _("Common side effects");
    case ROW_WARNINGS: return _("Serious warnings");
    case ROW_INTERACTIONS: return _("Medicines, food and remedies to watch");
    case ROW_SOURCES: return _("Sources");
    case N_ROWS:
    default:
      g_assert_not_reached ();
    }
}

/* The markup of one cell. */
static char *
compare_cell (GuideTherapyPage *self,
              GuideTherapy     *therapy,
              CompareRow        row,
              GStrv             cited)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const GuideTherapyApproval *approval;
  const GuideTherapyStudy *study;
  const GuideTherapyDose *dose;
  const GuideTherapyActivityInfo *activity;
  GuideMeasure measure;
  GuideSetting setting;

  switch (row)
    {
    case ROW_USE:
      append_markup (out, use_label (guide_therapy_get_use (therapy)));
      break;

    case ROW_FDA:
    case ROW_EMA:
      approval = guide_therapy_get_approval (therapy, row == ROW_FDA ? GUIDE_REGION_FDA : GUIDE_REGION_EMA);
      if (approval->date != NULL)
        {
          g_autofree char *date = guide_date_format (approval->date);
          /* Translators: %s is a date */
          g_autofree char *text = g_strdup_printf (_("Approved on %s"), date);

          append_markup (out, text);
        }
      else
        append_markup (out, approval_short (approval->status));
      append_source_marks (out, (const char * const *) approval->sources, cited);
      append_note_markup (out, approval->note);
      break;

    case ROW_STUDIED_FIRST:
    case ROW_STUDIED_LATER:
      study = guide_therapy_get_study (therapy, row == ROW_STUDIED_FIRST ? GUIDE_SETTING_NO_PRIOR_ROS1
                                                                         : GUIDE_SETTING_AFTER_ROS1);
      append_markup (out, study_text (study->status));
      append_source_marks (out, (const char * const *) study->sources, cited);
      append_note_markup (out, study->note);
      break;

    case ROW_TAKEN:
      dose = guide_therapy_get_dose (therapy);
      if (dose == NULL)
        append_markup (out, _("Not known"));
      else
        {
          g_autofree char *amount = guide_therapy_format_dose (therapy);
          g_autofree char *food = guide_therapy_format_food (therapy);

          append_markup (out, amount);
          g_string_append_c (out, '\n');
          append_markup (out, food ? food : food_short (dose));
          append_source_marks (out, (const char * const *) dose->sources, cited);
        }
      break;

    case ROW_ORR_FIRST:
    case ROW_ORR_LATER:
    case ROW_PFS_FIRST:
    case ROW_PFS_LATER:
      measure = row <= ROW_ORR_LATER ? GUIDE_MEASURE_RESPONSE : GUIDE_MEASURE_PFS;
      setting = (row == ROW_ORR_FIRST || row == ROW_PFS_FIRST) ? GUIDE_SETTING_NO_PRIOR_ROS1
                                                               : GUIDE_SETTING_AFTER_ROS1;
      if (!compare_figures (out, therapy, measure, setting, FALSE, cited))
        append_markup (out, guide_therapy_get_study (therapy, setting)->status == GUIDE_STUDY_NOT_STUDIED
                            ? _("Not studied") : _("Not known"));
      break;

    case ROW_BRAIN:
    case ROW_G2032R:
      if (compare_figures (out, therapy, row == ROW_BRAIN ? GUIDE_MEASURE_BRAIN_RESPONSE
                                                          : GUIDE_MEASURE_G2032R_RESPONSE,
                           GUIDE_SETTING_ANY, TRUE, cited))
        break;
      activity = row == ROW_BRAIN ? guide_therapy_get_brain (therapy) : guide_therapy_get_g2032r (therapy);
      append_markup (out, activity->status == GUIDE_ACTIVITY_NOT_ACTIVE ? _("No response") : _("Not known"));
      append_source_marks (out, (const char * const *) activity->sources, cited);
      append_note_markup (out, activity->note);
      break;

    case ROW_SIDE_EFFECTS:
      compare_facts (out, guide_therapy_get_side_effects (therapy), cited);
      break;
    case ROW_WARNINGS:
      compare_facts (out, guide_therapy_get_warnings (therapy), cited);
      break;
    case ROW_INTERACTIONS:
      compare_facts (out, guide_therapy_get_interactions (therapy), cited);
      break;

    case ROW_SOURCES:
      for (guint i = 0; cited[i] != NULL; i++)
        {
          GuideSource *source = guide_id_list_lookup (guide_content_get_sources (self->content), cited[i]);
          g_autofree char *citation = NULL;

          if (source == NULL)
            continue;
          citation = guide_source_format (source);
          if (out->len > 0)
            g_string_append (out, "\n");
          g_string_append_printf (out, "[%u] ", i + 1);
          if (guide_source_get_url (source) != NULL)
            {
              g_autofree char *href = g_markup_escape_text (guide_source_get_url (source), -1);

              g_string_append_printf (out, "<a href=\"%s\">", href);
              append_markup (out, citation);
              g_string_append (out, "</a>");
            }
          else
            append_markup (out, citation);
        }
      break;

    case N_ROWS:
    default:
      g_assert_not_reached ();
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
rebuild_compare (GuideTherapyPage *self)
{
  GListModel *chosen = G_LIST_MODEL (self->compare);
  guint n = g_list_model_get_n_items (chosen);
  g_autofree char *title = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->compare_grid))) != NULL)
    gtk_grid_remove (self->compare_grid, child);

  if (n < GUIDE_COMPARE_LIST_MIN)
    {
      GtkWidget *label = compare_text_label (_("Choose two to four medicines in the list to see "
                                               "them side by side."));

      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_grid_attach (self->compare_grid, label, 0, 0, 1, 1);
      gtk_label_set_text (self->compare_title, _("Compare Medicines"));
      return;
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparing %u Medicine",
                                        "Comparing %u Medicines", n), n);
  gtk_label_set_text (self->compare_title, title);

  for (CompareRow row = 0; row < N_ROWS; row++)
    {
      GtkWidget *label = compare_text_label (compare_row_label (row));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "compare-row-title");
      /* Between words only, so the column is as wide as the longest word
       * of any title ("Nebenwirkungen"), and never narrower than 11
       * characters. */
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_width_chars (GTK_LABEL (label), 11);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_grid_attach (self->compare_grid, label, 0, row + 1, 1, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (chosen, i);
      g_auto(GStrv) cited = guide_therapy_dup_cited_sources (therapy);
      g_autofree char *brands = guide_therapy_format_brands (therapy);
      /* Translators: %s is the name of a medicine */
      g_autofree char *remove = g_strdup_printf (_("Remove %s from the comparison"),
                                                 guide_therapy_get_name (therapy));
      GtkWidget *head = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *label, *button;

      label = compare_text_label (guide_therapy_get_name (therapy));
      gtk_widget_add_css_class (label, "title-4");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
      gtk_box_append (GTK_BOX (head), label);
      if (brands != NULL)
        {
          label = compare_text_label (brands);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (head), label);
        }
      /* Translators: a button in the comparison: removes that medicine from it */
      button = gtk_button_new_with_label (_("Remove"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", guide_therapy_get_id (therapy));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "therapies.toggle-compare");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
      gtk_box_append (GTK_BOX (head), button);
      gtk_grid_attach (self->compare_grid, head, i + 1, 0, 1, 1);

      for (CompareRow row = 0; row < N_ROWS; row++)
        {
          g_autofree char *markup = compare_cell (self, therapy, row, cited);

          label = compare_label (markup);
          if (row == ROW_SOURCES)
            g_signal_connect (label, "activate-link", G_CALLBACK (compare_link_cb), NULL);
          else
            {
              /* Translators: what a screen reader says for a cell of the
               * comparison: medicine, row, value */
              g_autofree char *spoken = g_strdup_printf (_("%s, %s: %s"), guide_therapy_get_name (therapy),
                                                         compare_row_label (row),
                                                         gtk_label_get_text (GTK_LABEL (label)));
              gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              spoken, -1);
            }
          gtk_grid_attach (self->compare_grid, label, i + 1, row + 1, 1, 1);
        }
    }
}

/* Keeping up with the compare list */

static void
sync_all_checks (GuideTherapyPage *self)
{
  GHashTableIter iter;
  gpointer check;

  g_hash_table_iter_init (&iter, self->bound_checks);
  while (g_hash_table_iter_next (&iter, &check, NULL))
    sync_check (self, check);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->card_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card_check = g_object_get_data (G_OBJECT (row), "check");

      if (card_check != NULL)
        sync_check (self, GTK_CHECK_BUTTON (card_check));
    }
}

static void
compare_changed_cb (GuideTherapyPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->compare));
  /* Translators: a button; %u is how many medicines are chosen */
  g_autofree char *label = g_strdup_printf (_("Compare (%u)"), n);

  set_button_label (self->compare_button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->compare_button),
                               n < GUIDE_COMPARE_LIST_MIN
                               ? _("Tick two to four medicines to see them side by side")
                               : _("See the chosen medicines side by side"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "therapies.compare", n >= GUIDE_COMPARE_LIST_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "therapies.clear-compare", n > 0);

  sync_all_checks (self);
  update_detail_compare_button (self);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "compare") == 0)
    rebuild_compare (self);
}

/* The cards are made only while they are shown: every sort and filter
 * would otherwise build them all again for nothing. */
static gboolean
showing_cards (GuideTherapyPage *self)
{
  return adw_squeezer_get_visible_child (self->squeezer) == self->cards_scroller;
}

static gboolean
bind_cards (gpointer data)
{
  GuideTherapyPage *self = data;
  gboolean bound = g_object_get_data (G_OBJECT (self->card_list), "bound") != NULL;

  if (self->sorted == NULL || bound == showing_cards (self))
    return G_SOURCE_REMOVE;

  if (showing_cards (self))
    gtk_list_box_bind_model (self->card_list, G_LIST_MODEL (self->sorted), create_card, self, NULL);
  else
    gtk_list_box_bind_model (self->card_list, NULL, NULL, NULL, NULL);
  g_object_set_data (G_OBJECT (self->card_list), "bound", GINT_TO_POINTER (showing_cards (self)));

  return G_SOURCE_REMOVE;
}

/* Actions */

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  guide_therapy_page_show_therapy (GUIDE_THERAPY_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
show_grid_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (widget);

  guide_therapy_page_show_grid (self);

  /* Back where the reader was: in the list. */
  gtk_widget_grab_focus (showing_cards (self) ? GTK_WIDGET (self->card_list)
                                              : GTK_WIDGET (self->column_view));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (widget);

  rebuild_compare (self);
  gtk_stack_set_visible_child_name (self->view_stack, "compare");
}

static void
show_message (GuideTherapyPage *self,
              const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GUIDE_IS_WINDOW (root))
    guide_window_show_message (GUIDE_WINDOW (root), message);
}

static void
toggle_compare_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (widget);
  const char *id = g_variant_get_string (param, NULL);

  if (self->compare == NULL || guide_id_list_lookup (self->therapies, id) == NULL)
    return;

  if (guide_compare_list_contains (self->compare, id))
    guide_compare_list_remove (self->compare, id);
  else if (!guide_compare_list_add (self->compare, id))
    show_message (self, _("You can compare up to four medicines. Remove one first."));
}

static void
clear_compare_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (widget);

  if (self->compare != NULL)
    guide_compare_list_clear (self->compare);
}

/* GObject */

static void
guide_therapy_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (object);

  switch (prop_id)
    {
    case PROP_APPROVED_ONLY:
      g_value_set_boolean (value, self->approved_only);
      break;
    case PROP_BRAIN_ONLY:
      g_value_set_boolean (value, self->brain_only);
      break;
    case PROP_AFTER_ROS1_ONLY:
      g_value_set_boolean (value, self->after_ros1_only);
      break;
    case PROP_G2032R_ONLY:
      g_value_set_boolean (value, self->g2032r_only);
      break;
    case PROP_SORT_BY:
      g_value_set_string (value, self->sort_by);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_filter_flag (GuideTherapyPage *self,
                 gboolean         *flag,
                 gboolean          value,
                 guint             prop_id)
{
  if (*flag == value)
    return;

  *flag = value;
  if (self->filter != NULL)
    gtk_filter_changed (self->filter, value ? GTK_FILTER_CHANGE_MORE_STRICT
                                            : GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
guide_therapy_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (object);
  const char *sort_by;

  switch (prop_id)
    {
    case PROP_APPROVED_ONLY:
      set_filter_flag (self, &self->approved_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_BRAIN_ONLY:
      set_filter_flag (self, &self->brain_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_AFTER_ROS1_ONLY:
      set_filter_flag (self, &self->after_ros1_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_G2032R_ONLY:
      set_filter_flag (self, &self->g2032r_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SORT_BY:
      sort_by = g_value_get_string (value);
      if (sort_by == NULL || (*sort_by != '\0' && find_column (sort_by) < 0))
        sort_by = "";
      if (g_strcmp0 (sort_by, self->sort_by) != 0)
        {
          g_free (self->sort_by);
          self->sort_by = g_strdup (sort_by);
          apply_sort (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SORT_DESCENDING:
      if (self->sort_descending != g_value_get_boolean (value))
        {
          self->sort_descending = g_value_get_boolean (value);
          apply_sort (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_therapy_page_dispose (GObject *object)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (object);

  if (self->compare != NULL)
    g_signal_handlers_disconnect_by_data (self->compare, self);
  if (self->column_view != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
      gtk_column_view_set_model (self->column_view, NULL);
    }
  if (self->card_list != NULL)
    gtk_list_box_bind_model (self->card_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_THERAPY_PAGE);

  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->compare);
  g_clear_object (&self->therapy);
  g_clear_object (&self->therapies);
  g_clear_object (&self->content);
  g_clear_pointer (&self->bound_checks, g_hash_table_unref);

  G_OBJECT_CLASS (guide_therapy_page_parent_class)->dispose (object);
}

static void
guide_therapy_page_finalize (GObject *object)
{
  GuideTherapyPage *self = GUIDE_THERAPY_PAGE (object);

  g_free (self->filter_text);
  g_free (self->sort_by);

  G_OBJECT_CLASS (guide_therapy_page_parent_class)->finalize (object);
}

static void
guide_therapy_page_class_init (GuideTherapyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_therapy_page_dispose;
  object_class->finalize = guide_therapy_page_finalize;
  object_class->get_property = guide_therapy_page_get_property;
  object_class->set_property = guide_therapy_page_set_property;

  properties[PROP_APPROVED_ONLY] =
    g_param_spec_boolean ("approved-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BRAIN_ONLY] =
    g_param_spec_boolean ("brain-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AFTER_ROS1_ONLY] =
    g_param_spec_boolean ("after-ros1-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_G2032R_ONLY] =
    g_param_spec_boolean ("g2032r-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GUIDE_TYPE_DOCUMENT_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (GUIDE_TYPE_BUTTON_CONTENT);
  g_type_ensure (GUIDE_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/guide-therapy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, sort_button);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, approved_toggle);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, brain_toggle);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, after_toggle);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, g2032r_toggle);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, squeezer);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, cards_scroller);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, card_list);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, legend_label);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, table_footer);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, cards_legend_label);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, cards_as_of_label);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, detail_actions);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, detail_compare_button);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, detail_view);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, compare_title);
  gtk_widget_class_bind_template_child (widget_class, GuideTherapyPage, compare_grid);
  gtk_widget_class_bind_template_callback (widget_class, filter_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "therapies.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "therapies.show-grid", NULL, show_grid_action);
  gtk_widget_class_install_action (widget_class, "therapies.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "therapies.toggle-compare", "s", toggle_compare_action);
  gtk_widget_class_install_action (widget_class, "therapies.clear-compare", NULL, clear_compare_action);
  gtk_widget_class_install_property_action (widget_class, "therapies.approved-only", "approved-only");
  gtk_widget_class_install_property_action (widget_class, "therapies.brain-only", "brain-only");
  gtk_widget_class_install_property_action (widget_class, "therapies.after-ros1-only", "after-ros1-only");
  gtk_widget_class_install_property_action (widget_class, "therapies.g2032r-only", "g2032r-only");
  gtk_widget_class_install_property_action (widget_class, "therapies.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "therapies.sort-descending", "sort-descending");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "therapies.show-grid", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "therapies.show-grid", NULL);
}

/* The cards carry their own legend and date, so that in a narrow window
 * they scroll with the cards instead of taking room from them. */
static void
squeezer_child_changed_cb (GuideTherapyPage *self)
{
  gtk_widget_set_visible (self->table_footer, !showing_cards (self));

  /* Not while the squeezer is being laid out. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, bind_cards, g_object_ref (self), g_object_unref);
}

/* The filters wrap onto more lines in a narrow window; a filter whose
 * label alone is too wide (German) wraps its label between words. */
static void
wrap_filter_label (GtkWidget *button)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
}

static void
guide_therapy_page_init (GuideTherapyPage *self)
{
  self->sort_by = g_strdup ("");
  self->bound_checks = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  setup_columns (self);
  wrap_filter_label (self->approved_toggle);
  wrap_filter_label (self->brain_toggle);
  wrap_filter_label (self->after_toggle);
  wrap_filter_label (self->g2032r_toggle);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "therapies.compare", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "therapies.clear-compare", FALSE);
  /* Translators: the button that opens the comparison, when no medicine is chosen yet: as
   * "Compare (%u)" with 0 */
  gtk_button_set_label (self->compare_button, _("Compare (0)"));
  gtk_label_set_text (self->cards_legend_label, gtk_label_get_text (self->legend_label));
  g_signal_connect_object (self->squeezer, "notify::visible-child",
                           G_CALLBACK (squeezer_child_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Shows the therapies of @content. @settings keeps the comparison. */
void
guide_therapy_page_set_content (GuideTherapyPage *self,
                                GuideContent     *content,
                                GSettings        *settings)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  const char *as_of;

  g_return_if_fail (GUIDE_IS_THERAPY_PAGE (self));
  g_return_if_fail (GUIDE_IS_CONTENT (content));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->content == NULL);

  self->content = g_object_ref (content);
  self->therapies = g_object_ref (guide_content_get_therapies (content));
  self->compare = guide_compare_list_new (settings, self->therapies);

  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->therapies)),
                                              g_object_ref (self->filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (visible_changed_cb), self,
                           G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  bind_cards (self);
  visible_changed_cb (self);

  g_signal_connect_swapped (self->compare, "items-changed", G_CALLBACK (compare_changed_cb), self);
  compare_changed_cb (self);

  as_of = guide_content_get_therapies_as_of (content);
  if (as_of != NULL)
    {
      g_autofree char *date = guide_date_format (as_of);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_("Information as of %s. Ask your oncologist "
                                                 "about what is new."), date);

      gtk_label_set_text (self->as_of_label, text);
      gtk_label_set_text (self->cards_as_of_label, text);
    }
}

void
guide_therapy_page_show_grid (GuideTherapyPage *self)
{
  g_return_if_fail (GUIDE_IS_THERAPY_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, "grid");
}

/* Shows the detail of the therapy with @id; FALSE if there is none. */
gboolean
guide_therapy_page_show_therapy (GuideTherapyPage *self,
                                 const char       *id)
{
  g_autofree char *markdown = NULL;
  g_autoptr(GuideDocument) document = NULL;
  GuideTherapy *therapy;

  g_return_val_if_fail (GUIDE_IS_THERAPY_PAGE (self), FALSE);

  if (self->therapies == NULL || (therapy = guide_id_list_lookup (self->therapies, id)) == NULL)
    return FALSE;

  g_set_object (&self->therapy, therapy);
  markdown = build_detail (self, therapy);
  document = guide_markdown_render (markdown, strlen (markdown));
  guide_document_view_set_document (self->detail_view, document, NULL);
  update_detail_compare_button (self);

  gtk_stack_set_visible_child_name (self->view_stack, "detail");
  gtk_widget_grab_focus (GTK_WIDGET (self->detail_view));

  return TRUE;
}

/* The therapy in the detail view, or NULL when the detail is not shown. */
GuideTherapy *
guide_therapy_page_get_therapy (GuideTherapyPage *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY_PAGE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "detail") != 0)
    return NULL;

  return self->therapy;
}

GuideCompareList *
guide_therapy_page_get_compare_list (GuideTherapyPage *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY_PAGE (self), NULL);
  return self->compare;
}

/* The therapies the grid shows, filtered and in order. */
GListModel *
guide_therapy_page_get_visible (GuideTherapyPage *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/* The box for actions on the therapy of the detail view (see the header). */
GtkWidget *
guide_therapy_page_get_detail_actions (GuideTherapyPage *self)
{
  g_return_val_if_fail (GUIDE_IS_THERAPY_PAGE (self), NULL);
  return self->detail_actions;
}
