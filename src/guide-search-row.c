/* guide-search-row.c - a row of the sidebar that stands for one search hit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The topic's title over a snippet of the text, its matched words
 * highlighted. Activating the row activates "win.show-search-result" with
 * where the hit is: (topic id, item id or "", block, start, end).
 */
#define G_LOG_DOMAIN "guide-search-row"

#include <glib/gi18n.h>

#include "guide-search-row.h"

struct _GuideSearchRow
{
  GtkListBoxRow      parent_instance;

  GuideSearchResult *result;

  GtkLabel          *title;
  GtkLabel          *snippet;
};

G_DEFINE_FINAL_TYPE (GuideSearchRow, guide_search_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Attributes that mark @ranges (in characters of @text) as matches: dark
 * text on yellow, which reads the same in light, dark and high contrast. */
PangoAttrList *
guide_highlight_attributes (const char             *text,
                            const GuideSearchRange *ranges,
                            guint                   n_ranges)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  glong length;

  g_return_val_if_fail (text != NULL, attrs);

  length = g_utf8_strlen (text, -1);

  for (guint i = 0; i < n_ranges; i++)
    {
      guint start = MIN (ranges[i].start, (guint) length);
      guint end = MIN (ranges[i].end, (guint) length);
      guint byte_start = g_utf8_offset_to_pointer (text, start) - text;
      guint byte_end = g_utf8_offset_to_pointer (text, end) - text;
      PangoAttribute *attr;

      if (start >= end)
        continue;

      attr = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
      attr->start_index = byte_start;
      attr->end_index = byte_end;
      pango_attr_list_insert (attrs, attr);

      attr = pango_attr_foreground_new (0, 0, 0);
      attr->start_index = byte_start;
      attr->end_index = byte_end;
      pango_attr_list_insert (attrs, attr);

      attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attr->start_index = byte_start;
      attr->end_index = byte_end;
      pango_attr_list_insert (attrs, attr);
    }

  return attrs;
}

static void
guide_search_row_constructed (GObject *object)
{
  GuideSearchRow *self = GUIDE_SEARCH_ROW (object);
  const GuideSearchRange *ranges, *match;
  const char *snippet, *item;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  PangoAttrList *attrs;
  guint n = 0;

  G_OBJECT_CLASS (guide_search_row_parent_class)->constructed (object);

  if (guide_search_result_get_item_title (self->result) != NULL)
    /* Translators: a search hit's place: a topic, then an item on its page
     * ("Community and support › GO2 for Lung Cancer") */
    title = g_strdup_printf (_("%s › %s"), guide_search_result_get_topic_title (self->result),
                             guide_search_result_get_item_title (self->result));
  else
    title = g_strdup (guide_search_result_get_topic_title (self->result));
  snippet = guide_search_result_get_snippet (self->result);
  ranges = guide_search_result_get_highlights (self->result, &n);
  match = guide_search_result_get_match (self->result);
  item = guide_search_result_get_item_id (self->result);

  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->snippet, snippet);
  attrs = guide_highlight_attributes (snippet, ranges, n);
  gtk_label_set_attributes (self->snippet, attrs);
  pango_attr_list_unref (attrs);

  /* Translators: how a screen reader reads a search result: the topic,
   * then the text found */
  name = g_strdup_printf (_("%s: %s"), title, snippet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-search-result");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "(ssiuu)",
                                    guide_search_result_get_topic_id (self->result),
                                    item ? item : "",
                                    guide_search_result_get_block (self->result),
                                    match->start, match->end);
}

static void
guide_search_row_dispose (GObject *object)
{
  GuideSearchRow *self = GUIDE_SEARCH_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_SEARCH_ROW);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (guide_search_row_parent_class)->dispose (object);
}

static void
guide_search_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GuideSearchRow *self = GUIDE_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_search_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GuideSearchRow *self = GUIDE_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_search_row_class_init (GuideSearchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = guide_search_row_constructed;
  object_class->dispose = guide_search_row_dispose;
  object_class->get_property = guide_search_row_get_property;
  object_class->set_property = guide_search_row_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, GUIDE_TYPE_SEARCH_RESULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/guide-search-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideSearchRow, title);
  gtk_widget_class_bind_template_child (widget_class, GuideSearchRow, snippet);
}

static void
guide_search_row_init (GuideSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
guide_search_row_new (GuideSearchResult *result)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_RESULT (result), NULL);

  return g_object_new (GUIDE_TYPE_SEARCH_ROW, "result", result, NULL);
}

GuideSearchResult *
guide_search_row_get_result (GuideSearchRow *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_ROW (self), NULL);
  return self->result;
}

GtkLabel *
guide_search_row_get_snippet_label (GuideSearchRow *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_ROW (self), NULL);
  return self->snippet;
}
