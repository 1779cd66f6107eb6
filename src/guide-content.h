/* guide-content.h - everything the guide shows, loaded from its data files
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "guide-handbook.h"
#include "guide-id-list.h"
#include "guide-markdown.h"
#include "guide-question.h"

G_BEGIN_DECLS

/* Largest article file the guide will read. */
#define GUIDE_ARTICLE_MAX_SIZE (4 * 1024 * 1024)

#define GUIDE_TYPE_CONTENT (guide_content_get_type ())

G_DECLARE_FINAL_TYPE (GuideContent, guide_content, GUIDE, CONTENT, GObject)

/* Returns the text for @key within its namespace, or NULL if unknown. */
typedef char *(*GuideResolveFunc) (const char *key,
                                   gpointer    user_data);

typedef enum
{
  GUIDE_RESOLVE_TEXT,      /* plain text, escaped into the article */
  GUIDE_RESOLVE_MARKDOWN,  /* Markdown blocks, for a placeholder alone on its line */
} GuideResolveKind;

GuideContent  *guide_content_new_from_directory (GFile         *directory,
                                                 GError       **error);
GuideContent  *guide_content_new_from_resource  (GError       **error);
GFile         *guide_content_get_directory      (GuideContent  *self);
GuideHandbook *guide_content_get_handbook       (GuideContent  *self);
GuideIdList   *guide_content_get_sources        (GuideContent  *self);
GuideIdList   *guide_content_get_organisations  (GuideContent  *self);
GuideIdList   *guide_content_get_therapies      (GuideContent  *self);
const char    *guide_content_get_therapies_as_of (GuideContent *self);
/* The suggested questions for the oncologist, as GuideQuestion items:
 * listed in the "questions" article by {{questions:list}} and offered by
 * the visit summary as tick boxes. */
GuideIdList   *guide_content_get_questions      (GuideContent  *self);
void           guide_content_add_resolver       (GuideContent  *self,
                                                 const char    *name_space,
                                                 GuideResolveKind kind,
                                                 GuideResolveFunc func,
                                                 gpointer       user_data,
                                                 GDestroyNotify destroy);
char          *guide_content_expand             (GuideContent  *self,
                                                 const char    *markdown,
                                                 GPtrArray     *unresolved);
char          *guide_content_load_markdown      (GuideContent  *self,
                                                 GuideTopic    *topic,
                                                 GPtrArray     *unresolved,
                                                 GError       **error);
GuideDocument *guide_content_load_article       (GuideContent  *self,
                                                 GuideTopic    *topic,
                                                 GError       **error);

G_END_DECLS
