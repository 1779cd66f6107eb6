/* guide-organisation.h - one place to turn to: a patient group, helpline or trial finder
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "guide-json.h"

G_BEGIN_DECLS

typedef enum
{
  GUIDE_ORGANISATION_GROUP,         /* patient groups, foundations, helplines */
  GUIDE_ORGANISATION_TRIAL_FINDER,  /* a search for clinical trials */
} GuideOrganisationKind;

/* The texts of an organisation that a search can point at. */
typedef enum
{
  GUIDE_ORGANISATION_FIELD_NAME,
  GUIDE_ORGANISATION_FIELD_DESCRIPTION,
  GUIDE_ORGANISATION_FIELD_HELPLINE,
  GUIDE_ORGANISATION_FIELD_REGION,
} GuideOrganisationField;

#define GUIDE_TYPE_ORGANISATION (guide_organisation_get_type ())

G_DECLARE_FINAL_TYPE (GuideOrganisation, guide_organisation, GUIDE, ORGANISATION, GObject)

GuideOrganisation     *guide_organisation_new_from_json   (JsonObject             *object,
                                                           const GuideJsonContext *ctx,
                                                           GError                **error);
const char            *guide_organisation_get_id          (GuideOrganisation *self);
GuideOrganisationKind  guide_organisation_get_kind        (GuideOrganisation *self);
const char            *guide_organisation_get_name        (GuideOrganisation *self);
const char            *guide_organisation_get_description (GuideOrganisation *self);
const char            *guide_organisation_get_region      (GuideOrganisation *self);
const char            *guide_organisation_get_website     (GuideOrganisation *self);
const char            *guide_organisation_get_helpline    (GuideOrganisation *self);
const char * const    *guide_organisation_get_sources     (GuideOrganisation *self);

gboolean               guide_helpline_is_valid            (const char        *helpline);

G_END_DECLS
