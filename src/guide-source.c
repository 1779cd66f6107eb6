/* guide-source.c - one cited source: title, publisher, address, date
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "guide-source"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-source.h"

struct _GuideSource
{
  GObject parent_instance;

  char *id;
  char *title;
  char *publisher;
  char *url;
  char *date;
};

G_DEFINE_FINAL_TYPE (GuideSource, guide_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_URL,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_source_finalize (GObject *object)
{
  GuideSource *self = (GuideSource *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->publisher);
  g_free (self->url);
  g_free (self->date);

  G_OBJECT_CLASS (guide_source_parent_class)->finalize (object);
}

static void
guide_source_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GuideSource *self = GUIDE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_source_class_init (GuideSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_source_finalize;
  object_class->get_property = guide_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_source_init (GuideSource *self)
{
}

/* Sources are cited as published, so their titles are not translated. A
 * source without a confirmed address is still cited, without a link. */
GuideSource *
guide_source_new_from_json (JsonObject             *object,
                            const GuideJsonContext *parent_ctx,
                            GError                **error)
{
  static const char * const members[] = { "id", "title", "publisher", "url", "date", NULL };
  g_autoptr(GuideSource) self = NULL;
  GuideJsonContext ctx = *parent_ctx;
  const char *id, *title, *publisher, *url, *date;

  g_return_val_if_fail (object != NULL, NULL);

  if (!guide_json_get_id (object, "id", &id, &ctx, error))
    return NULL;

  ctx.entry = id;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_string (object, "title", GUIDE_JSON_REQUIRED, &title, &ctx, error) ||
      !guide_json_get_string (object, "publisher", GUIDE_JSON_OPTIONAL, &publisher, &ctx, error) ||
      !guide_json_get_https_url (object, "url", GUIDE_JSON_OPTIONAL, &url, &ctx, error) ||
      !guide_json_get_string (object, "date", GUIDE_JSON_REQUIRED, &date, &ctx, error))
    return NULL;

  if (g_strcmp0 (date, "undated") != 0 && !guide_date_is_valid (date))
    {
      guide_json_set_error (error, &ctx, "date", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("“%s” is not a real date (use YYYY-MM-DD, YYYY-MM, YYYY or “undated”)"),
                            date);
      return NULL;
    }

  self = g_object_new (GUIDE_TYPE_SOURCE, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->publisher = g_strdup (publisher);
  self->url = g_strdup (url);
  self->date = g_strdup (date);

  return g_steal_pointer (&self);
}

const char *
guide_source_get_id (GuideSource *self)
{
  g_return_val_if_fail (GUIDE_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
guide_source_get_title (GuideSource *self)
{
  g_return_val_if_fail (GUIDE_IS_SOURCE (self), NULL);
  return self->title;
}

const char *
guide_source_get_publisher (GuideSource *self)
{
  g_return_val_if_fail (GUIDE_IS_SOURCE (self), NULL);
  return self->publisher;
}

const char *
guide_source_get_url (GuideSource *self)
{
  g_return_val_if_fail (GUIDE_IS_SOURCE (self), NULL);
  return self->url;
}

/* A date as YYYY[-MM[-DD]], or "undated". */
const char *
guide_source_get_date (GuideSource *self)
{
  g_return_val_if_fail (GUIDE_IS_SOURCE (self), NULL);
  return self->date;
}

/* "Title. Publisher, 20 November 2014." as plain text. */
char *
guide_source_format (GuideSource *self)
{
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (GUIDE_IS_SOURCE (self), NULL);

  if (g_strcmp0 (self->date, "undated") == 0)
    date = g_strdup (C_("source date", "undated"));
  else
    date = guide_date_format (self->date);

  /* A title that ends a sentence itself takes no full stop. */
  if (strchr (".?!", self->title[strlen (self->title) - 1]) != NULL)
    title = g_strdup (self->title);
  else
    /* Translators: a title ending a sentence in a citation */
    title = g_strdup_printf (_("%s."), self->title);

  /* An organisation's own site is cited by its name alone. */
  if (self->publisher != NULL && g_strcmp0 (self->publisher, self->title) != 0)
    /* Translators: a citation: title (with its full stop), publisher, date */
    return g_strdup_printf (_("%s %s, %s."), title, self->publisher, date);

  /* Translators: a citation: title (with its full stop), date */
  return g_strdup_printf (_("%s %s."), title, date);
}

static gpointer
source_from_json (JsonObject             *object,
                  const GuideJsonContext *ctx,
                  gpointer                user_data,
                  GError                **error)
{
  return guide_source_new_from_json (object, ctx, error);
}

/* Loads sources.json: the list of every cited source (GuideSource items). */
GuideIdList *
guide_source_load_list (GFile   *file,
                        GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return guide_id_list_new_from_file (GUIDE_TYPE_SOURCE, file, "sources",
                                      source_from_json, NULL, error);
}
