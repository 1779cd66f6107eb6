/* guide-json.c - validated reading of the guide's JSON data files
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "guide-json"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-json.h"

G_DEFINE_QUARK (guide-data-error-quark, guide_data_error)

char *
guide_file_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_file_get_basename (file);
}

GBytes *
guide_file_load_bytes (GFile   *file,
                       gsize    max_size,
                       GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = guide_file_display_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
          g_error_matches (local_error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND))
        g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_NOT_FOUND,
                     /* Translators: %s is a file name */
                     _("%s: the file is missing"), name);
      else
        g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_NOT_FOUND,
                     /* Translators: the first %s is a file name, the second the system's reason */
                     _("%s: the file could not be read (%s)"), name, local_error->message);
      return NULL;
    }

  if ((guint64) g_file_info_get_size (info) > max_size)
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name */
                   _("%s: the file is too large to be a guide file"), name);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_NOT_FOUND,
                   _("%s: the file could not be read (%s)"), name, local_error->message);
      return NULL;
    }

  /* The size may have changed between the query and the read. */
  if (length > max_size)
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_TOO_LARGE,
                   _("%s: the file is too large to be a guide file"), name);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

JsonNode *
guide_json_parse_bytes (GBytes     *bytes,
                        const char *display_name,
                        GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length == 0)
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_PARSE,
                   /* Translators: %s is a file name */
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_PARSE,
                   /* Translators: %s is a file name */
                   _("%s: the file is not valid UTF-8 text"), display_name);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_PARSE,
                   /* Translators: the first %s is a file name, the second the parser's message */
                   _("%s: the file is not valid JSON (%s)"), display_name, local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, GUIDE_DATA_ERROR, GUIDE_DATA_ERROR_PARSE,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  return json_parser_steal_root (parser);
}

JsonNode *
guide_json_load (GFile   *file,
                 char   **display_name,
                 GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  JsonNode *root;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = guide_file_display_name (file);
  bytes = guide_file_load_bytes (file, GUIDE_DATA_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return NULL;

  root = guide_json_parse_bytes (bytes, name, error);
  if (root != NULL && display_name != NULL)
    *display_name = g_steal_pointer (&name);

  return root;
}

void
guide_json_set_error (GError                **error,
                      const GuideJsonContext *ctx,
                      const char             *field,
                      GuideDataError          code,
                      const char             *format,
                      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (ctx->entry != NULL && field != NULL)
    g_set_error (error, GUIDE_DATA_ERROR, code,
                 /* Translators: "%1$s: entry “%2$s”, field “%3$s”: %4$s" -- file name,
                  * entry id, field name, then the problem */
                 _("%s: entry “%s”, field “%s”: %s"), ctx->file, ctx->entry, field, problem);
  else if (ctx->entry != NULL)
    g_set_error (error, GUIDE_DATA_ERROR, code,
                 /* Translators: file name, entry id, then the problem */
                 _("%s: entry “%s”: %s"), ctx->file, ctx->entry, problem);
  else if (field != NULL)
    g_set_error (error, GUIDE_DATA_ERROR, code,
                 /* Translators: file name, field name, then the problem */
                 _("%s: field “%s”: %s"), ctx->file, field, problem);
  else
    g_set_error (error, GUIDE_DATA_ERROR, code,
                 /* Translators: file name, then the problem */
                 _("%s: %s"), ctx->file, problem);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    /* Translators: the kinds of value a data file can hold, used in "expected %s, found %s";
     * "null" is the JSON word for no value */
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    /* Translators: a kind of value, used in "expected %s, found %s" */
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    /* Translators: a kind of value, used in "expected %s, found %s" */
    return _("a list");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      /* Translators: a kind of value, used in "expected %s, found %s" */
      return _("text");
    case G_TYPE_BOOLEAN:
      /* Translators: a kind of value, used in "expected %s, found %s" */
      return _("true or false");
    default:
      /* Translators: a kind of value, used in "expected %s, found %s" */
      return _("a number");
    }
}

static void
set_type_error (GError                **error,
                const GuideJsonContext *ctx,
                const char             *field,
                const char             *expected,
                JsonNode               *found)
{
  guide_json_set_error (error, ctx, field, GUIDE_DATA_ERROR_WRONG_TYPE,
                        /* Translators: "expected text, found a number" */
                        _("expected %s, found %s"), expected, node_type_name (found));
}

JsonObject *
guide_json_root_object (JsonNode               *root,
                        const GuideJsonContext *ctx,
                        GError                **error)
{
  g_return_val_if_fail (root != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      set_type_error (error, ctx, NULL, _("an object"), root);
      return NULL;
    }

  return json_node_get_object (root);
}

gboolean
guide_json_check_members (JsonObject             *object,
                          const char * const     *allowed,
                          const GuideJsonContext *ctx,
                          GError                **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (allowed != NULL, FALSE);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (!g_strv_contains (allowed, name))
        {
          guide_json_set_error (error, ctx, name, GUIDE_DATA_ERROR_UNKNOWN_FIELD,
                                /* Translators: errors in the guide's data files, shown after
                                 * the file, entry and field */
                                _("this field is not known"));
          return FALSE;
        }
    }

  return TRUE;
}

/* Looks up @member. Returns FALSE with @error set when a required member
 * is missing; otherwise TRUE, with *node NULL for a missing optional one.
 * An explicit null counts as missing. */
static gboolean
lookup (JsonObject             *object,
        const char             *member,
        GuideJsonFlags          flags,
        JsonNode              **node,
        const GuideJsonContext *ctx,
        GError                **error)
{
  JsonNode *found = json_object_get_member (object, member);

  if (found != NULL && JSON_NODE_HOLDS_NULL (found))
    found = NULL;

  *node = found;

  if (found == NULL && (flags & GUIDE_JSON_REQUIRED))
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("this field is required but missing"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_blank (const char *str)
{
  for (; *str; str++)
    if (!g_ascii_isspace (*str))
      return FALSE;

  return TRUE;
}

gboolean
guide_json_get_string (JsonObject             *object,
                       const char             *member,
                       GuideJsonFlags          flags,
                       const char            **value,
                       const GuideJsonContext *ctx,
                       GError                **error)
{
  JsonNode *node;
  const char *str;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  *value = NULL;

  if (!lookup (object, member, flags, &node, ctx, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_type_error (error, ctx, member, _("text"), node);
      return FALSE;
    }

  str = json_node_get_string (node);
  if ((flags & GUIDE_JSON_REQUIRED) && is_blank (str))
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_MISSING_FIELD,
                            _("this field is required but empty"));
      return FALSE;
    }

  *value = str;
  return TRUE;
}

gboolean
guide_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  if (!g_ascii_islower (*id) && !g_ascii_isdigit (*id))
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

gboolean
guide_json_get_id (JsonObject             *object,
                   const char             *member,
                   const char            **value,
                   const GuideJsonContext *ctx,
                   GError                **error)
{
  if (!guide_json_get_string (object, member, GUIDE_JSON_REQUIRED, value, ctx, error))
    return FALSE;

  if (!guide_id_is_valid (*value))
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: %s is the rejected identifier */
                            _("“%s” is not a valid identifier (use a-z, 0-9, - and _)"),
                            *value);
      *value = NULL;
      return FALSE;
    }

  return TRUE;
}

/* Accepts YYYY, YYYY-MM and YYYY-MM-DD, and checks that the date exists. */
gboolean
guide_date_is_valid (const char *date)
{
  guint year = 0, month = 1, day = 1;
  gsize len;

  if (date == NULL)
    return FALSE;

  len = strlen (date);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (date[i]))
        return FALSE;
    }

  year = g_ascii_strtoull (date, NULL, 10);
  if (len >= 7)
    month = g_ascii_strtoull (date + 5, NULL, 10);
  if (len == 10)
    day = g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1900 && year <= 2200 && g_date_valid_dmy (day, month, year);
}

/* @dt in the words of the user's language: @format (a message in context
 * "date", marked with NC_()) as translated, or as written when its
 * translation is not a format that g_date_time_format() understands. */
char *
guide_date_time_format (GDateTime  *dt,
                        const char *format)
{
  char *text;

  g_return_val_if_fail (dt != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  text = g_date_time_format (dt, g_dpgettext2 (GETTEXT_PACKAGE, "date", format));

  return text != NULL ? text : g_date_time_format (dt, format);
}

char *
guide_date_format (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  gsize len;
  int year, month = 1, day = 1;

  g_return_val_if_fail (date != NULL, NULL);

  if (!guide_date_is_valid (date))
    return g_strdup (date);

  len = strlen (date);
  year = g_ascii_strtoull (date, NULL, 10);
  if (len >= 7)
    month = g_ascii_strtoull (date + 5, NULL, 10);
  if (len == 10)
    day = g_ascii_strtoull (date + 8, NULL, 10);

  dt = g_date_time_new_utc (year, month, day, 0, 0, 0);

  if (len == 10)
    /* Translators: a full date ("3 December 2026"), in your language's
     * usual order; see g_date_time_format() for the codes (%-d the day
     * without a leading zero, %B the month's name, %Y the year) */
    return guide_date_time_format (dt, NC_("date", "%-d %B %Y"));
  if (len == 7)
    /* Translators: a month and year ("December 2026"); see
     * g_date_time_format() for the codes */
    return guide_date_time_format (dt, NC_("date", "%B %Y"));

  return g_strdup_printf ("%d", year);
}

gboolean
guide_json_get_date (JsonObject             *object,
                     const char             *member,
                     GuideJsonFlags          flags,
                     const char            **value,
                     const GuideJsonContext *ctx,
                     GError                **error)
{
  if (!guide_json_get_string (object, member, flags, value, ctx, error))
    return FALSE;

  if (*value != NULL && !guide_date_is_valid (*value))
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: %s is the rejected date */
                            _("“%s” is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
                            *value);
      *value = NULL;
      return FALSE;
    }

  return TRUE;
}

gboolean
guide_uri_is_https (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;

  if (uri == NULL)
    return FALSE;

  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);

  return parsed != NULL &&
         g_ascii_strcasecmp (g_uri_get_scheme (parsed), "https") == 0 &&
         g_uri_get_host (parsed) != NULL && *g_uri_get_host (parsed) != '\0';
}

gboolean
guide_json_get_https_url (JsonObject             *object,
                          const char             *member,
                          GuideJsonFlags          flags,
                          const char            **value,
                          const GuideJsonContext *ctx,
                          GError                **error)
{
  if (!guide_json_get_string (object, member, flags, value, ctx, error))
    return FALSE;

  if (*value != NULL && !guide_uri_is_https (*value))
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: %s is the rejected web address */
                            _("“%s” is not a secure web address (it must start with https://)"),
                            *value);
      *value = NULL;
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_number (JsonObject             *object,
            const char             *member,
            GuideJsonFlags          flags,
            gboolean                integer,
            JsonNode              **node,
            const GuideJsonContext *ctx,
            GError                **error)
{
  GType type;

  if (!lookup (object, member, flags, node, ctx, error))
    return FALSE;
  if (*node == NULL)
    return TRUE;

  type = JSON_NODE_HOLDS_VALUE (*node) ? json_node_get_value_type (*node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && (integer || type != G_TYPE_DOUBLE))
    {
      /* Translators: a kind of value a data file can hold, used in "expected %s, found %s" */
      set_type_error (error, ctx, member, integer ? _("a whole number") : _("a number"), *node);
      return FALSE;
    }

  return TRUE;
}

gboolean
guide_json_get_int (JsonObject             *object,
                    const char             *member,
                    GuideJsonFlags          flags,
                    gint64                  min,
                    gint64                  max,
                    gint64                 *value,
                    const GuideJsonContext *ctx,
                    GError                **error)
{
  JsonNode *node;
  gint64 v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (!get_number (object, member, flags, TRUE, &node, ctx, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, v);
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: a number outside its allowed range, e.g.
                             * "250 is outside 0–100" */
                            _("%s is outside %s–%s"), found, low, high);
      return FALSE;
    }

  *value = v;
  return TRUE;
}

gboolean
guide_json_get_double (JsonObject             *object,
                       const char             *member,
                       GuideJsonFlags          flags,
                       double                  min,
                       double                  max,
                       double                 *value,
                       const GuideJsonContext *ctx,
                       GError                **error)
{
  JsonNode *node;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (!get_number (object, member, flags, FALSE, &node, ctx, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  v = json_node_get_double (node);
  if (!(v >= min && v <= max))
    {
      guide_json_set_error (error, ctx, member, GUIDE_DATA_ERROR_INVALID_VALUE,
                            /* Translators: a number outside its allowed range */
                            _("%g is outside %g–%g"), v, min, max);
      return FALSE;
    }

  *value = v;
  return TRUE;
}

gboolean
guide_json_get_boolean (JsonObject             *object,
                        const char             *member,
                        GuideJsonFlags          flags,
                        gboolean               *value,
                        const GuideJsonContext *ctx,
                        GError                **error)
{
  JsonNode *node;

  g_return_val_if_fail (value != NULL, FALSE);

  if (!lookup (object, member, flags, &node, ctx, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      set_type_error (error, ctx, member, _("true or false"), node);
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
guide_json_get_array (JsonObject             *object,
                      const char             *member,
                      GuideJsonFlags          flags,
                      JsonArray             **value,
                      const GuideJsonContext *ctx,
                      GError                **error)
{
  JsonNode *node;

  g_return_val_if_fail (value != NULL, FALSE);

  *value = NULL;

  if (!lookup (object, member, flags, &node, ctx, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_type_error (error, ctx, member, _("a list"), node);
      return FALSE;
    }

  *value = json_node_get_array (node);
  return TRUE;
}

gboolean
guide_json_get_object (JsonObject             *object,
                       const char             *member,
                       GuideJsonFlags          flags,
                       JsonObject            **value,
                       const GuideJsonContext *ctx,
                       GError                **error)
{
  JsonNode *node;

  g_return_val_if_fail (value != NULL, FALSE);

  *value = NULL;

  if (!lookup (object, member, flags, &node, ctx, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (error, ctx, member, _("an object"), node);
      return FALSE;
    }

  *value = json_node_get_object (node);
  return TRUE;
}

/* Returns a NULL-terminated list (empty for a missing optional member),
 * or NULL with @error set. */
GStrv
guide_json_get_string_list (JsonObject             *object,
                            const char             *member,
                            GuideJsonFlags          flags,
                            const GuideJsonContext *ctx,
                            GError                **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  guint n;

  if (!guide_json_get_array (object, member, flags, &array, ctx, error))
    return NULL;

  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          /* Translators: a kind of value a data file can hold, used in "expected %s, found %s" */
          set_type_error (error, ctx, member, _("a list of text"), node);
          return NULL;
        }

      g_strv_builder_add (builder, json_node_get_string (node));
    }

  return g_strv_builder_end (builder);
}

JsonObject *
guide_json_array_get_object (JsonArray              *array,
                             guint                   index,
                             const char             *field,
                             const GuideJsonContext *ctx,
                             GError                **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      guide_json_set_error (error, ctx, field, GUIDE_DATA_ERROR_WRONG_TYPE,
                            /* Translators: %u is a position in a list (1 is the first) */
                            _("item %u should be an object"), index + 1);
      return NULL;
    }

  return json_node_get_object (node);
}
