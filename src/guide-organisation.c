/* guide-organisation.c - one place to turn to: a patient group, helpline or trial finder
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read from support.json:
 *
 *   { "organisations": [ { "id": "go2", "name": "GO2 for Lung Cancer",
 *                          "description": "…", "website": "https://go2.org",
 *                          "helpline": "1-800-298-2436", "sources": ["go2-home"] } ] }
 *
 * "kind" is "group" (the default) or "trial-finder"; "region" says where
 * an organisation works, when its sources say so. Websites must be https.
 * A helpline is shown as text to read or copy, never as a link: the guide
 * opens no "tel:" addresses.
 */
#define G_LOG_DOMAIN "guide-organisation"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-i18n.h"
#include "guide-organisation.h"

struct _GuideOrganisation
{
  GObject                parent_instance;

  char                  *id;
  GuideOrganisationKind  kind;
  char                  *name;
  char                  *description;
  char                  *region;
  char                  *website;
  char                  *helpline;
  GStrv                  sources;
};

G_DEFINE_FINAL_TYPE (GuideOrganisation, guide_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_REGION,
  PROP_WEBSITE,
  PROP_HELPLINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
guide_organisation_finalize (GObject *object)
{
  GuideOrganisation *self = (GuideOrganisation *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->region);
  g_free (self->website);
  g_free (self->helpline);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (guide_organisation_parent_class)->finalize (object);
}

static void
guide_organisation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GuideOrganisation *self = GUIDE_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PROP_HELPLINE:
      g_value_set_string (value, self->helpline);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_organisation_class_init (GuideOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = guide_organisation_finalize;
  object_class->get_property = guide_organisation_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HELPLINE] =
    g_param_spec_string ("helpline", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_organisation_init (GuideOrganisation *self)
{
}

/* A phone number as people write it: digits, the letters of a vanity
 * number (1-800-LUNGUSA), spaces, "+", "-", "/", "." and brackets, with at
 * least three digits. Anything else (a "tel:" address, a sentence) is
 * refused. */
gboolean
guide_helpline_is_valid (const char *helpline)
{
  guint digits = 0;

  if (helpline == NULL || *helpline == '\0' || strlen (helpline) > 40)
    return FALSE;

  for (const char *p = helpline; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!g_ascii_isupper (*p) && strchr (" +-/.()", *p) == NULL)
        return FALSE;
    }

  return digits >= 3;
}

static const char *
translate (const char             *msgid,
           const GuideJsonContext *ctx,
           const char             *comment)
{
  return guide_i18n_translate (msgid, ctx->file, comment);
}

/* Reads one organisation. Its sources are checked against the list of
 * sources by the caller, which has it. */
GuideOrganisation *
guide_organisation_new_from_json (JsonObject             *object,
                                  const GuideJsonContext *parent_ctx,
                                  GError                **error)
{
  static const char * const members[] = {
    "id", "kind", "name", "description", "region", "website", "helpline", "sources", NULL
  };
  g_autoptr(GuideOrganisation) self = NULL;
  GuideJsonContext ctx = *parent_ctx;
  const char *id, *kind, *name, *description, *region, *website, *helpline;
  GuideOrganisationKind org_kind = GUIDE_ORGANISATION_GROUP;
  g_auto(GStrv) sources = NULL;

  g_return_val_if_fail (object != NULL, NULL);

  if (!guide_json_get_id (object, "id", &id, &ctx, error))
    return NULL;

  ctx.entry = id;
  if (!guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_string (object, "kind", GUIDE_JSON_OPTIONAL, &kind, &ctx, error) ||
      !guide_json_get_string (object, "name", GUIDE_JSON_REQUIRED, &name, &ctx, error) ||
      !guide_json_get_string (object, "description", GUIDE_JSON_REQUIRED, &description, &ctx, error) ||
      !guide_json_get_string (object, "region", GUIDE_JSON_OPTIONAL, &region, &ctx, error) ||
      !guide_json_get_https_url (object, "website", GUIDE_JSON_REQUIRED, &website, &ctx, error) ||
      !guide_json_get_string (object, "helpline", GUIDE_JSON_OPTIONAL, &helpline, &ctx, error) ||
      !(sources = guide_json_get_string_list (object, "sources", GUIDE_JSON_REQUIRED, &ctx, error)))
    return NULL;

  if (g_strcmp0 (kind, "trial-finder") == 0)
    org_kind = GUIDE_ORGANISATION_TRIAL_FINDER;
  else if (kind != NULL && g_strcmp0 (kind, "group") != 0)
    {
      guide_json_set_error (error, &ctx, "kind", GUIDE_DATA_ERROR_INVALID_VALUE,
                            _("“%s” is not a kind of organisation (group or trial-finder)"),
                            kind);
      return NULL;
    }

  if (helpline != NULL && !guide_helpline_is_valid (helpline))
    {
      guide_json_set_error (error, &ctx, "helpline", GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: %s is the rejected text */
                            _("“%s” is not a phone number (use digits, capital letters, "
                              "spaces, + - / . and brackets)"),
                            helpline);
      return NULL;
    }

  if (sources[0] == NULL)
    {
      guide_json_set_error (error, &ctx, "sources", GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("an organisation needs at least one source"));
      return NULL;
    }

  self = g_object_new (GUIDE_TYPE_ORGANISATION, NULL);
  self->id = g_strdup (id);
  self->kind = org_kind;
  self->name = g_strdup (translate (name, &ctx,
                                    "Name of an organisation: keep it as it is unless the "
                                    "organisation uses another name in your language"));
  self->description = g_strdup (translate (description, &ctx,
                                           "What an organisation offers, in plain words"));
  self->region = g_strdup (translate (region, &ctx,
                                      "Where an organisation works: a country, a region or "
                                      "\"Worldwide\""));
  self->website = g_strdup (website);
  self->helpline = g_strdup (helpline);
  self->sources = g_steal_pointer (&sources);

  return g_steal_pointer (&self);
}

const char *
guide_organisation_get_id (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return self->id;
}

GuideOrganisationKind
guide_organisation_get_kind (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), GUIDE_ORGANISATION_GROUP);
  return self->kind;
}

const char *
guide_organisation_get_name (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return self->name;
}

const char *
guide_organisation_get_description (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return self->description;
}

/* Where it works ("United States", "Europe"), or NULL. */
const char *
guide_organisation_get_region (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return self->region;
}

/* An https address. */
const char *
guide_organisation_get_website (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return self->website;
}

/* A phone number to show as text, or NULL. */
const char *
guide_organisation_get_helpline (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return self->helpline;
}

const char * const *
guide_organisation_get_sources (GuideOrganisation *self)
{
  g_return_val_if_fail (GUIDE_IS_ORGANISATION (self), NULL);
  return (const char * const *) self->sources;
}
