/* guide-link.c - what a link in the guide may do
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal links navigate inside the guide; only https: and mailto: leave
 * it. Everything else (javascript:, file:, data:, http: and the rest) is
 * refused, whatever an article or a data file says.
 */
#define G_LOG_DOMAIN "guide-link"

#include <string.h>

#include "guide-json.h"
#include "guide-link.h"

static gboolean
has_scheme (const char *uri,
            const char *scheme)
{
  gsize len = strlen (scheme);

  return g_ascii_strncasecmp (uri, scheme, len) == 0 && uri[len] == ':';
}

/* Splits "ID#anchor" and checks the id; sets the outputs on success. */
static gboolean
split_target (const char  *target,
              char       **topic_id,
              char       **anchor)
{
  const char *hash = strchr (target, '#');
  g_autofree char *id = hash ? g_strndup (target, hash - target) : g_strdup (target);

  if (!guide_id_is_valid (id))
    return FALSE;

  if (topic_id != NULL)
    *topic_id = g_steal_pointer (&id);
  if (anchor != NULL)
    *anchor = hash && hash[1] ? g_strdup (hash + 1) : NULL;

  return TRUE;
}

/* Classifies @uri. For an internal link, @topic_id and @anchor (both
 * optional) receive the topic and the heading anchor (or NULL). */
GuideLinkKind
guide_link_classify (const char  *uri,
                     char       **topic_id,
                     char       **anchor)
{
  if (topic_id != NULL)
    *topic_id = NULL;
  if (anchor != NULL)
    *anchor = NULL;

  if (uri == NULL)
    return GUIDE_LINK_REFUSED;

  if (has_scheme (uri, "topic"))
    return split_target (uri + strlen ("topic:"), topic_id, anchor)
           ? GUIDE_LINK_TOPIC : GUIDE_LINK_REFUSED;

  if (has_scheme (uri, "glossary"))
    {
      const char *term = uri + strlen ("glossary:");

      if (!guide_id_is_valid (term))
        return GUIDE_LINK_REFUSED;
      if (topic_id != NULL)
        *topic_id = g_strdup (GUIDE_GLOSSARY_TOPIC);
      if (anchor != NULL)
        *anchor = g_strdup (term);
      return GUIDE_LINK_TOPIC;
    }

  if (guide_uri_is_https (uri))
    return GUIDE_LINK_EXTERNAL;

  if (has_scheme (uri, "mailto") && uri[strlen ("mailto:")] != '\0')
    return GUIDE_LINK_EXTERNAL;

  return GUIDE_LINK_REFUSED;
}
