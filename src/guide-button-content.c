/* guide-button-content.c - an icon and a label for a button, that gives way
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like AdwButtonContent, but the label shortens with "…" when there is no
 * room, so that a long translation narrows the button instead of widening
 * the window past 360 pixels. The button keeps its full name in its
 * tooltip and accessible label. Usable from .ui files:
 *
 *   <object class="GuideButtonContent">
 *     <property name="icon-name">go-previous-symbolic</property>
 *     <property name="label" translatable="yes">_All Medicines</property>
 *   </object>
 */
#define G_LOG_DOMAIN "guide-button-content"

#include "guide-button-content.h"

struct _GuideButtonContent
{
  GtkWidget  parent_instance;

  GtkImage  *image;
  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (GuideButtonContent, guide_button_content, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ICON_NAME,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The label's mnemonic activates the button it sits in. */
static void
guide_button_content_root (GtkWidget *widget)
{
  GuideButtonContent *self = GUIDE_BUTTON_CONTENT (widget);

  GTK_WIDGET_CLASS (guide_button_content_parent_class)->root (widget);

  gtk_label_set_mnemonic_widget (self->label, gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON));
}

static void
guide_button_content_unroot (GtkWidget *widget)
{
  GuideButtonContent *self = GUIDE_BUTTON_CONTENT (widget);

  gtk_label_set_mnemonic_widget (self->label, NULL);

  GTK_WIDGET_CLASS (guide_button_content_parent_class)->unroot (widget);
}

static void
guide_button_content_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GUIDE_TYPE_BUTTON_CONTENT);

  G_OBJECT_CLASS (guide_button_content_parent_class)->dispose (object);
}

static void
guide_button_content_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GuideButtonContent *self = GUIDE_BUTTON_CONTENT (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (self->image));
      break;
    case PROP_LABEL:
      g_value_set_string (value, gtk_label_get_label (self->label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_button_content_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  GuideButtonContent *self = GUIDE_BUTTON_CONTENT (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      gtk_image_set_from_icon_name (self->image, g_value_get_string (value));
      break;
    case PROP_LABEL:
      gtk_label_set_label (self->label, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_button_content_class_init (GuideButtonContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_button_content_dispose;
  object_class->get_property = guide_button_content_get_property;
  object_class->set_property = guide_button_content_set_property;
  widget_class->root = guide_button_content_root;
  widget_class->unroot = guide_button_content_unroot;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "buttoncontent");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/guide-button-content.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideButtonContent, image);
  gtk_widget_class_bind_template_child (widget_class, GuideButtonContent, label);
}

static void
guide_button_content_init (GuideButtonContent *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
}

/* @label may hold a mnemonic ("_Print…"). */
GtkWidget *
guide_button_content_new (const char *icon_name,
                          const char *label)
{
  return g_object_new (GUIDE_TYPE_BUTTON_CONTENT, "icon-name", icon_name, "label", label, NULL);
}

const char *
guide_button_content_get_label (GuideButtonContent *self)
{
  g_return_val_if_fail (GUIDE_IS_BUTTON_CONTENT (self), NULL);
  return gtk_label_get_label (self->label);
}
