/* guide-topic-row.c - a row of the sidebar that stands for one topic
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "guide-topic-row"

#include "guide-topic-row.h"

struct _GuideTopicRow
{
  GtkListBoxRow  parent_instance;

  GuideTopic    *topic;

  GtkImage      *icon;
  GtkLabel      *title;
};

G_DEFINE_FINAL_TYPE (GuideTopicRow, guide_topic_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_topic_row_constructed (GObject *object)
{
  GuideTopicRow *self = GUIDE_TOPIC_ROW (object);
  const char *icon_name = guide_topic_get_icon_name (self->topic);

  G_OBJECT_CLASS (guide_topic_row_parent_class)->constructed (object);

  gtk_image_set_from_icon_name (self->icon, icon_name ? icon_name : "text-x-generic-symbolic");
  gtk_label_set_label (self->title, guide_topic_get_title (self->topic));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  guide_topic_get_title (self->topic),
                                  -1);
  /* The summary is the row's tooltip, given when it is asked for (see
   * query_tooltip): setting a tooltip's text on a visible widget makes
   * GTK ask the display where the pointer is, a round trip per row at
   * start-up. */
  if (guide_topic_get_summary (self->topic) != NULL)
    {
      gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      guide_topic_get_summary (self->topic),
                                      -1);
    }
}

static gboolean
guide_topic_row_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_tooltip,
                               GtkTooltip *tooltip)
{
  const char *summary = guide_topic_get_summary (GUIDE_TOPIC_ROW (widget)->topic);

  if (summary == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, summary);
  return TRUE;
}

static void
guide_topic_row_dispose (GObject *object)
{
  GuideTopicRow *self = GUIDE_TOPIC_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_TOPIC_ROW);
  g_clear_object (&self->topic);

  G_OBJECT_CLASS (guide_topic_row_parent_class)->dispose (object);
}

static void
guide_topic_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GuideTopicRow *self = GUIDE_TOPIC_ROW (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_topic_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GuideTopicRow *self = GUIDE_TOPIC_ROW (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      self->topic = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_topic_row_class_init (GuideTopicRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = guide_topic_row_constructed;
  object_class->dispose = guide_topic_row_dispose;
  object_class->get_property = guide_topic_row_get_property;
  object_class->set_property = guide_topic_row_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, GUIDE_TYPE_TOPIC,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->query_tooltip = guide_topic_row_query_tooltip;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/guide-topic-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideTopicRow, icon);
  gtk_widget_class_bind_template_child (widget_class, GuideTopicRow, title);
}

static void
guide_topic_row_init (GuideTopicRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
guide_topic_row_new (GuideTopic *topic)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC (topic), NULL);

  return g_object_new (GUIDE_TYPE_TOPIC_ROW, "topic", topic, NULL);
}

GuideTopic *
guide_topic_row_get_topic (GuideTopicRow *self)
{
  g_return_val_if_fail (GUIDE_IS_TOPIC_ROW (self), NULL);
  return self->topic;
}
