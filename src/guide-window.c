/* guide-window.c - the main window: topics in a sidebar, a page beside
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything a reader can do here is an action: "win.show-topic" opens a
 * topic (rows, related-topic buttons and internal links all use it),
 * "win.open-link" decides what a link may do, "win.show-topics" goes back
 * to the sidebar of a folded window, "win.zoom-*" change the text size.
 */
#define G_LOG_DOMAIN "guide-window"

#include <glib/gi18n.h>
#include <math.h>

#include "guide-article-page.h"
#include "guide-link.h"
#include "guide-therapy-page.h"
#include "guide-topic-row.h"
#include "guide-window.h"

#define TEXT_SCALE_STEP 0.1

struct _GuideWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GuideContent         *guide;
  GuideTopic           *topic;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkWidget            *back_button;
  GtkListBox           *topic_list;
  AdwWindowTitle       *content_title;
  GtkStack             *content_stack;
  GuideArticlePage     *article_page;
  GuideTherapyPage     *therapy_page;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (GuideWindow, guide_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_error (GuideWindow *self,
            const char  *title,
            const char  *message)
{
  /* The description is markup: a file's message may hold any text. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  adw_window_title_set_title (self->content_title, title);
}

void
guide_window_show_message (GuideWindow *self,
                           const char  *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (GUIDE_IS_WINDOW (self));

  /* A toast's title is markup; the message is plain text. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
select_row_for_topic (GuideWindow *self,
                      GuideTopic  *topic)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GUIDE_IS_TOPIC_ROW (child) && guide_topic_row_get_topic (GUIDE_TOPIC_ROW (child)) == topic)
        {
          gtk_list_box_select_row (self->topic_list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
}

static void
scroll_to_anchor (GuideWindow *self,
                  const char  *anchor)
{
  GuideDocumentView *view = guide_article_page_get_document_view (self->article_page);
  int index = guide_document_view_find_anchor (view, anchor);

  if (index >= 0)
    guide_document_view_scroll_to_block (view, index);
}

static gboolean
show_topic (GuideWindow *self,
            const char  *id,
            const char  *anchor)
{
  g_autoptr(GError) error = NULL;
  GuideTopic *topic;

  if (self->guide == NULL)
    return FALSE;

  topic = guide_handbook_lookup (guide_content_get_handbook (self->guide), id);
  if (topic == NULL)
    {
      guide_window_show_message (self, _("That topic is not in this guide."));
      return FALSE;
    }

  switch (guide_topic_get_kind (topic))
    {
    case GUIDE_TOPIC_ARTICLE:
      if (!guide_article_page_show_topic (self->article_page, self->guide, topic, &error))
        {
          show_error (self, _("This article could not be shown"), error->message);
          return FALSE;
        }
      gtk_stack_set_visible_child_name (self->content_stack, "article");
      break;

    case GUIDE_TOPIC_THERAPIES:
      /* topic:therapies#ID opens the detail of one therapy. */
      if (anchor == NULL || !guide_therapy_page_show_therapy (self->therapy_page, anchor))
        guide_therapy_page_show_grid (self->therapy_page);
      anchor = NULL;
      gtk_stack_set_visible_child_name (self->content_stack, "therapies");
      break;

    case GUIDE_TOPIC_VISIT:
    case GUIDE_TOPIC_SUPPORT:
    default:
      show_error (self, guide_topic_get_title (topic),
                  _("This part of the guide is not available in this version."));
      return FALSE;
    }

  g_set_object (&self->topic, topic);
  adw_window_title_set_title (self->content_title, guide_topic_get_title (topic));
  select_row_for_topic (self, topic);
  g_settings_set_string (self->settings, "last-topic", id);
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  if (anchor != NULL)
    scroll_to_anchor (self, anchor);

  return TRUE;
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  show_topic (GUIDE_WINDOW (widget), g_variant_get_string (param, NULL), NULL);
}

static void
show_topics_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

static void
show_uri_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GuideWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message =
        /* Translators: %s is the system's reason */
        g_strdup_printf (_("The link could not be opened: %s"), error->message);

      guide_window_show_message (self, message);
    }
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  const char *uri = g_variant_get_string (param, NULL);
  g_autofree char *topic_id = NULL;
  g_autofree char *anchor = NULL;

  switch (guide_link_classify (uri, &topic_id, &anchor))
    {
    case GUIDE_LINK_TOPIC:
      show_topic (self, topic_id, anchor);
      break;

    case GUIDE_LINK_EXTERNAL:
      gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL,
                         show_uri_done, g_object_ref (self));
      break;

    case GUIDE_LINK_REFUSED:
    default:
      guide_window_show_message (self, _("This link was not opened: the guide only opens "
                                         "secure web (https) and e-mail links."));
      break;
    }
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  double scale = g_settings_get_double (self->settings, "text-scale");

  if (g_str_equal (action_name, "win.zoom-in"))
    scale += TEXT_SCALE_STEP;
  else if (g_str_equal (action_name, "win.zoom-out"))
    scale -= TEXT_SCALE_STEP;
  else
    scale = 1.0;

  /* The schema's range bounds the value; round away float drift. */
  scale = CLAMP (round (scale * 10) / 10, 0.7, 2.5);
  g_settings_set_double (self->settings, "text-scale", scale);
}

static void
topic_list_row_activated_cb (GuideWindow   *self,
                             GtkListBoxRow *row)
{
  GuideTopic *topic = guide_topic_row_get_topic (GUIDE_TOPIC_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-topic", "s", guide_topic_get_id (topic));
}

static GtkWidget *
create_topic_row (gpointer item,
                  gpointer user_data)
{
  return guide_topic_row_new (GUIDE_TOPIC (item));
}

static void
section_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  const char *section = guide_topic_get_section_title (guide_topic_row_get_topic (GUIDE_TOPIC_ROW (row)));
  GtkWidget *header;

  if (before != NULL &&
      g_strcmp0 (section, guide_topic_get_section_title (guide_topic_row_get_topic (GUIDE_TOPIC_ROW (before)))) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "sidebar-section");
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
guide_window_close_request (GtkWindow *window)
{
  GuideWindow *self = GUIDE_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (guide_window_parent_class)->close_request (window);
}

/* Restores the window's state and shows the content, or why it could not
 * be loaded. */
static void
load (GuideWindow      *self,
      GuideApplication *app)
{
  const GError *error = NULL;
  g_autofree char *last = NULL;
  GuideTopic *first = NULL;
  GListModel *topics;

  self->settings = g_object_ref (guide_application_get_settings (app));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->guide = guide_application_get_content (app, &error);
  if (self->guide == NULL)
    {
      show_error (self, _("The guide could not be loaded"), error->message);
      return;
    }
  g_object_ref (self->guide);
  guide_therapy_page_set_content (self->therapy_page, self->guide, self->settings);

  topics = guide_handbook_get_topics (guide_content_get_handbook (self->guide));
  gtk_list_box_bind_model (self->topic_list, topics, create_topic_row, NULL, NULL);
  gtk_list_box_set_header_func (self->topic_list, section_header_func, NULL, NULL);

  last = g_settings_get_string (self->settings, "last-topic");
  if (*last == '\0' || !show_topic (self, last, NULL))
    {
      first = g_list_model_get_item (topics, 0);
      show_topic (self, guide_topic_get_id (first), NULL);
      g_object_unref (first);
    }

  /* A narrow window starts on the sidebar. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
guide_window_dispose (GObject *object)
{
  GuideWindow *self = GUIDE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_WINDOW);
  g_clear_object (&self->topic);
  g_clear_object (&self->guide);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (guide_window_parent_class)->dispose (object);
}

static void
guide_window_class_init (GuideWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = guide_window_dispose;
  window_class->close_request = guide_window_close_request;

  g_type_ensure (GUIDE_TYPE_ARTICLE_PAGE);
  g_type_ensure (GUIDE_TYPE_THERAPY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/guide-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, content);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, article_page);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, therapy_page);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, topic_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "win.show-topics", NULL, show_topics_action);
  gtk_widget_class_install_action (widget_class, "win.open-link", "s", open_link_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
}

static void
guide_window_init (GuideWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GuideWindow *
guide_window_new (GuideApplication *application)
{
  GuideWindow *self;

  g_return_val_if_fail (GUIDE_IS_APPLICATION (application), NULL);

  self = g_object_new (GUIDE_TYPE_WINDOW, "application", application, NULL);
  load (self, application);

  return self;
}

/* The topic on show, or NULL. */
GuideTopic *
guide_window_get_topic (GuideWindow *self)
{
  g_return_val_if_fail (GUIDE_IS_WINDOW (self), NULL);
  return self->topic;
}
