/* guide-date-row.c - a row that shows a date and lets the user pick one
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The date ("YYYY-MM-DD", or "" for none) is shown in words as the row's
 * subtitle. The calendar button opens a calendar: the day picked (with
 * the mouse, or the arrow keys) is the date at once; "Today" and "Clear"
 * do what they say, "Done" (or Escape) closes it.
 */
#define G_LOG_DOMAIN "guide-date-row"

#include <glib/gi18n.h>

#include "guide-date-row.h"
#include "guide-json.h"

struct _GuideDateRow
{
  AdwActionRow  parent_instance;

  char         *date;
  gboolean      updating;

  GtkWidget    *button;
  GtkWidget    *popover;
  GtkCalendar  *calendar;
};

G_DEFINE_FINAL_TYPE (GuideDateRow, guide_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_subtitle (GuideDateRow *self)
{
  g_autofree char *shown = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *label = NULL;

  /* Translators: shown for a date that is not filled in */
  shown = *self->date != '\0' ? guide_date_format (self->date) : g_strdup (_("Not set"));
  escaped = g_markup_escape_text (shown, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), escaped);

  /* Translators: the accessible name of the button that opens a
   * calendar; the first %s is what the date is for, the second the date */
  label = g_strdup_printf (_("Choose the date: %s, %s"),
                           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GDateTime *
date_time_of (const char *date)
{
  int year, month = 1, day = 1;

  if (!guide_date_is_valid (date))
    return NULL;

  year = g_ascii_strtoull (date, NULL, 10);
  if (date[4] == '-')
    month = g_ascii_strtoull (date + 5, NULL, 10);
  if (date[4] == '-' && date[7] == '-')
    day = g_ascii_strtoull (date + 8, NULL, 10);

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static void
popover_show_cb (GuideDateRow *self)
{
  g_autoptr(GDateTime) shown = date_time_of (self->date);

  if (shown == NULL)
    shown = g_date_time_new_now_local ();

  /* Showing a day is not picking it. */
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->updating = FALSE;
}

static void
day_selected_cb (GuideDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;

  if (self->updating)
    return;

  day = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (day, "%Y-%m-%d");
  guide_date_row_set_date (self, date);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GuideDateRow *self = GUIDE_DATE_ROW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  guide_date_row_set_date (self, date);
  popover_show_cb (self);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GuideDateRow *self = GUIDE_DATE_ROW (widget);

  guide_date_row_set_date (self, "");
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  gtk_popover_popdown (GTK_POPOVER (GUIDE_DATE_ROW (widget)->popover));
}

static void
title_changed_cb (GuideDateRow *self)
{
  update_subtitle (self);
}

static void
guide_date_row_dispose (GObject *object)
{
  GuideDateRow *self = GUIDE_DATE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_DATE_ROW);

  G_OBJECT_CLASS (guide_date_row_parent_class)->dispose (object);
}

static void
guide_date_row_finalize (GObject *object)
{
  g_free (GUIDE_DATE_ROW (object)->date);

  G_OBJECT_CLASS (guide_date_row_parent_class)->finalize (object);
}

static void
guide_date_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, GUIDE_DATE_ROW (object)->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_date_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      guide_date_row_set_date (GUIDE_DATE_ROW (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_date_row_class_init (GuideDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_date_row_dispose;
  object_class->finalize = guide_date_row_finalize;
  object_class->get_property = guide_date_row_get_property;
  object_class->set_property = guide_date_row_set_property;

  /* "YYYY-MM-DD", or "" for no date. */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/guide-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, GuideDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, GuideDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);

  gtk_widget_class_install_action (widget_class, "date.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "date.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "date.done", NULL, done_action);
}

static void
guide_date_row_init (GuideDateRow *self)
{
  self->date = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  update_subtitle (self);
}

GtkWidget *
guide_date_row_new (void)
{
  return g_object_new (GUIDE_TYPE_DATE_ROW, NULL);
}

const char *
guide_date_row_get_date (GuideDateRow *self)
{
  g_return_val_if_fail (GUIDE_IS_DATE_ROW (self), NULL);
  return self->date;
}

/* Sets the date: "YYYY-MM-DD" (YYYY-MM and YYYY are shown too), or ""
 * or NULL for none. */
void
guide_date_row_set_date (GuideDateRow *self,
                         const char   *date)
{
  g_return_if_fail (GUIDE_IS_DATE_ROW (self));

  if (date == NULL)
    date = "";
  if (g_str_equal (self->date, date))
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
