/* guide-application.c - the application: content, settings, windows
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is loaded once, at start-up, and shared by every window. If
 * it cannot be loaded the windows show why instead of the guide.
 */
#define G_LOG_DOMAIN "guide-application"

#include <glib/gi18n.h>

#include "guide-application.h"
#include "guide-visit-store.h"
#include "guide-window.h"

struct _GuideApplication
{
  AdwApplication  parent_instance;

  GFile          *content_directory;
  GuideContent   *content;
  GError         *content_error;
  GSettings      *settings;
  GtkCssProvider *text_scale_css;
  GuideVisitStore *visit_store;
};

G_DEFINE_FINAL_TYPE (GuideApplication, guide_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CONTENT_DIRECTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GuideApplication *
guide_application_new (void)
{
  return g_object_new (GUIDE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static void
update_text_scale (GuideApplication *self)
{
  double scale = g_settings_get_double (self->settings, "text-scale");
  g_autofree char *css = g_strdup_printf (".guide-document { font-size: %d%%; }",
                                          (int) (scale * 100 + 0.5));

  gtk_css_provider_load_from_data (self->text_scale_css, css, -1);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GuideApplication *self = user_data;
  const char *developers[] = { _("The ROS1 Guide developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("ROS1 Guide"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The ROS1 Guide developers"),
                        "developers", developers,
                        "comments", _("A plain-language handbook for people with ROS1-positive "
                                      "lung cancer and the people who care for them. It explains; "
                                      "it does not replace your care team."),
                        /* Translators: the About window's credits for your
                         * translation: the name of your language team (for
                         * example "Spanish translation"), one per line;
                         * no personal names or e-mail addresses */
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: the copyright line of the About window */
                        "copyright", _("© 2026 The ROS1 Guide developers"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Medical content"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Every fact and figure in this guide names its source. "
                                        "The guide is general information, not medical advice."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GuideApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing lets each window save its state. A window may stay open
   * (what the patient wrote could not be saved, and they chose to keep
   * it); then the application does not quit. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
guide_application_startup (GApplication *app)
{
  GuideApplication *self = GUIDE_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (guide_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  if (self->content_directory != NULL)
    self->content = guide_content_new_from_directory (self->content_directory,
                                                      &self->content_error);
  else
    self->content = guide_content_new_from_resource (&self->content_error);
  if (self->content == NULL)
    g_message ("The guide's content could not be loaded: %s", self->content_error->message);

  /* The patient's visit summary, restored (or set aside if unreadable). */
  self->visit_store = guide_visit_store_new (NULL);

  self->text_scale_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->text_scale_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_swapped (self->settings, "changed::text-scale",
                            G_CALLBACK (update_text_scale), self);
  update_text_scale (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

static void
guide_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (guide_window_new (GUIDE_APPLICATION (app)));

  gtk_window_present (window);
}

static void
guide_application_shutdown (GApplication *app)
{
  GuideApplication *self = GUIDE_APPLICATION (app);

  if (self->visit_store != NULL)
    guide_visit_store_flush (self->visit_store);

  if (self->text_scale_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->text_scale_css));

  G_APPLICATION_CLASS (guide_application_parent_class)->shutdown (app);
}

static void
guide_application_finalize (GObject *object)
{
  GuideApplication *self = (GuideApplication *) object;

  g_clear_object (&self->content_directory);
  g_clear_object (&self->content);
  g_clear_error (&self->content_error);
  g_clear_object (&self->settings);
  g_clear_object (&self->text_scale_css);
  g_clear_object (&self->visit_store);

  G_OBJECT_CLASS (guide_application_parent_class)->finalize (object);
}

static void
guide_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GuideApplication *self = GUIDE_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTENT_DIRECTORY:
      g_value_set_object (value, self->content_directory);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GuideApplication *self = GUIDE_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTENT_DIRECTORY:
      self->content_directory = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_application_class_init (GuideApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = guide_application_finalize;
  object_class->get_property = guide_application_get_property;
  object_class->set_property = guide_application_set_property;

  /* Where the content is read from; by default, the content built into
   * the application. */
  properties[PROP_CONTENT_DIRECTORY] =
    g_param_spec_object ("content-directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  app_class->startup = guide_application_startup;
  app_class->activate = guide_application_activate;
  app_class->shutdown = guide_application_shutdown;
}

static void
guide_application_init (GuideApplication *self)
{
}

/* The guide's content, or NULL with @error pointing at why it could not
 * be loaded. Valid after start-up. */
GuideContent *
guide_application_get_content (GuideApplication *self,
                               const GError    **error)
{
  g_return_val_if_fail (GUIDE_IS_APPLICATION (self), NULL);

  if (error != NULL)
    *error = self->content_error;

  return self->content;
}

GSettings *
guide_application_get_settings (GuideApplication *self)
{
  g_return_val_if_fail (GUIDE_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* The visit summary and where it is kept. Valid after start-up. */
GuideVisitStore *
guide_application_get_visit_store (GuideApplication *self)
{
  g_return_val_if_fail (GUIDE_IS_APPLICATION (self), NULL);
  return self->visit_store;
}
