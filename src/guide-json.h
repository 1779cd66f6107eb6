/* guide-json.h - validated reading of the guide's JSON data files
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define GUIDE_DATA_ERROR (guide_data_error_quark ())

typedef enum
{
  GUIDE_DATA_ERROR_NOT_FOUND,
  GUIDE_DATA_ERROR_TOO_LARGE,
  GUIDE_DATA_ERROR_PARSE,
  GUIDE_DATA_ERROR_MISSING_FIELD,
  GUIDE_DATA_ERROR_UNKNOWN_FIELD,
  GUIDE_DATA_ERROR_WRONG_TYPE,
  GUIDE_DATA_ERROR_DUPLICATE_ID,
  GUIDE_DATA_ERROR_BAD_REFERENCE,
  GUIDE_DATA_ERROR_INVALID_VALUE,
} GuideDataError;

/* Data files larger than this are refused rather than parsed. */
#define GUIDE_DATA_MAX_FILE_SIZE (4 * 1024 * 1024)

/* Where a reader is in a data file, so that every error can name the
 * file, the entry and the field. */
typedef struct
{
  const char *file;   /* the file's display name */
  const char *entry;  /* the id of the entry being read, or NULL */
} GuideJsonContext;

typedef enum
{
  GUIDE_JSON_OPTIONAL = 0,
  GUIDE_JSON_REQUIRED = 1 << 0,
} GuideJsonFlags;

GQuark     guide_data_error_quark        (void);

GBytes    *guide_file_load_bytes         (GFile             *file,
                                          gsize              max_size,
                                          GError           **error);
char      *guide_file_display_name       (GFile             *file);

JsonNode  *guide_json_load               (GFile             *file,
                                          char             **display_name,
                                          GError           **error);
JsonNode  *guide_json_parse_bytes        (GBytes            *bytes,
                                          const char        *display_name,
                                          GError           **error);

void       guide_json_set_error          (GError           **error,
                                          const GuideJsonContext *ctx,
                                          const char        *field,
                                          GuideDataError     code,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (5, 6);

JsonObject *guide_json_root_object       (JsonNode          *root,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_check_members      (JsonObject        *object,
                                          const char * const *allowed,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_string         (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          const char       **value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_id             (JsonObject        *object,
                                          const char        *member,
                                          const char       **value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_date           (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          const char       **value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_https_url      (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          const char       **value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_int            (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          gint64             min,
                                          gint64             max,
                                          gint64            *value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_double         (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          double             min,
                                          double             max,
                                          double            *value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_boolean        (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          gboolean          *value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_array          (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          JsonArray        **value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
gboolean   guide_json_get_object         (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          JsonObject       **value,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
GStrv      guide_json_get_string_list    (JsonObject        *object,
                                          const char        *member,
                                          GuideJsonFlags     flags,
                                          const GuideJsonContext *ctx,
                                          GError           **error);
JsonObject *guide_json_array_get_object  (JsonArray         *array,
                                          guint              index,
                                          const char        *field,
                                          const GuideJsonContext *ctx,
                                          GError           **error);

gboolean   guide_date_is_valid           (const char        *date);
char      *guide_date_format             (const char        *date);
char      *guide_date_time_format        (GDateTime         *dt,
                                          const char        *format);
gboolean   guide_id_is_valid             (const char        *id);
gboolean   guide_uri_is_https            (const char        *uri);

G_END_DECLS
