/* guide-wrap-box.c - children side by side, wrapping onto more lines like words
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each child takes its natural width and goes on the line while it fits,
 * else starts the next line, as words do in a paragraph; a child wider
 * than the box gets the box's width. So a row of filter buttons whose
 * labels are long in some language takes two lines instead of scrolling
 * sideways or widening the window. (GTK 4.8 has no such box; GtkFlowBox
 * aligns its children in columns and spreads them over the width.)
 *
 * Children keep their own focus, in their order, and are read by a
 * screen reader as one group; give the box an accessible label. Usable
 * from .ui files:
 *
 *   <object class="GuideWrapBox">
 *     <property name="column-spacing">6</property>
 *     <property name="row-spacing">6</property>
 *     <child>
 *       <object class="GtkToggleButton">...</object>
 *     </child>
 *   </object>
 */
#define G_LOG_DOMAIN "guide-wrap-box"

#include "guide-wrap-box.h"

struct _GuideWrapBox
{
  GtkWidget parent_instance;

  int       column_spacing;
  int       row_spacing;
};

G_DEFINE_FINAL_TYPE (GuideWrapBox, guide_wrap_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLUMN_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef void (*LineFunc) (GuideWrapBox *self,
                          GtkWidget    *first,
                          GtkWidget    *end,
                          int           y,
                          int           height,
                          int           width);

/* Lays the children out in lines of @width (-1: all on one line) and,
 * unless @func is NULL, calls it for each line with its first child, the
 * child after its last (NULL at the end), its top and its height.
 * Returns the height of all lines. */
static int
lay_out (GuideWrapBox *self,
         int           width,
         LineFunc      func)
{
  GtkWidget *first = NULL;
  int x = 0, y = 0, line_height = 0;
  gboolean any_line = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      if (width >= 0)
        child_width = MIN (child_width, width);

      if (first != NULL && width >= 0 && x + self->column_spacing + child_width > width)
        {
          if (func != NULL)
            func (self, first, child, y, line_height, width);
          y += line_height + self->row_spacing;
          x = 0;
          line_height = 0;
          first = NULL;
        }

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
      x += (first != NULL ? self->column_spacing : 0) + child_width;
      line_height = MAX (line_height, child_height);
      if (first == NULL)
        first = child;
      any_line = TRUE;
    }

  if (first != NULL && func != NULL)
    func (self, first, NULL, y, line_height, width);

  return any_line ? y + line_height : 0;
}

static void
allocate_line (GuideWrapBox *self,
               GtkWidget    *first,
               GtkWidget    *end,
               int           y,
               int           height,
               int           width)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int x = 0;

  for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
    {
      int child_width;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      child_width = MIN (child_width, width);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - x - child_width : x, y,
                                                   child_width, height },
                                -1);
      x += child_width + self->column_spacing;
    }
}

static GtkSizeRequestMode
guide_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
guide_wrap_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GuideWrapBox *self = GUIDE_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least the widest child; at best all on one line. */
      int n = 0;

      *minimum = *natural = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat + (n++ > 0 ? self->column_spacing : 0);
        }
    }
  else
    *minimum = *natural = lay_out (self, for_size, NULL);
}

static void
guide_wrap_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  lay_out (GUIDE_WRAP_BOX (widget), width, allocate_line);
}

static void
guide_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (guide_wrap_box_parent_class)->dispose (object);
}

static void
guide_wrap_box_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GuideWrapBox *self = GUIDE_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_COLUMN_SPACING:
      g_value_set_int (value, self->column_spacing);
      break;
    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_wrap_box_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GuideWrapBox *self = GUIDE_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_COLUMN_SPACING:
      guide_wrap_box_set_column_spacing (self, g_value_get_int (value));
      break;
    case PROP_ROW_SPACING:
      guide_wrap_box_set_row_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_wrap_box_class_init (GuideWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_wrap_box_dispose;
  object_class->get_property = guide_wrap_box_get_property;
  object_class->set_property = guide_wrap_box_set_property;

  widget_class->get_request_mode = guide_wrap_box_get_request_mode;
  widget_class->measure = guide_wrap_box_measure;
  widget_class->size_allocate = guide_wrap_box_size_allocate;

  properties[PROP_COLUMN_SPACING] =
    g_param_spec_int ("column-spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
guide_wrap_box_init (GuideWrapBox *self)
{
}

GtkWidget *
guide_wrap_box_new (void)
{
  return g_object_new (GUIDE_TYPE_WRAP_BOX, NULL);
}

/* Adds @child after the others. */
void
guide_wrap_box_append (GuideWrapBox *self,
                       GtkWidget    *child)
{
  g_return_if_fail (GUIDE_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

int
guide_wrap_box_get_column_spacing (GuideWrapBox *self)
{
  g_return_val_if_fail (GUIDE_IS_WRAP_BOX (self), 0);
  return self->column_spacing;
}

/* The space between children on a line, in pixels. */
void
guide_wrap_box_set_column_spacing (GuideWrapBox *self,
                                   int           spacing)
{
  g_return_if_fail (GUIDE_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->column_spacing == spacing)
    return;

  self->column_spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN_SPACING]);
}

int
guide_wrap_box_get_row_spacing (GuideWrapBox *self)
{
  g_return_val_if_fail (GUIDE_IS_WRAP_BOX (self), 0);
  return self->row_spacing;
}

/* The space between lines, in pixels. */
void
guide_wrap_box_set_row_spacing (GuideWrapBox *self,
                                int           spacing)
{
  g_return_if_fail (GUIDE_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->row_spacing == spacing)
    return;

  self->row_spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_SPACING]);
}
