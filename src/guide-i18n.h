/* guide-i18n.h - translation of content: data strings and Markdown by blocks
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called for every translatable content string instead of translating it,
 * while a recorder is set (the catalog extractor sets one). */
typedef void (*GuideI18nRecorder) (const char *msgid,
                                   const char *origin,
                                   const char *comment,
                                   gpointer    user_data);

void        guide_i18n_set_recorder        (GuideI18nRecorder  recorder,
                                            gpointer           user_data);

const char *guide_i18n_get_language        (void);
const char *guide_i18n_translate           (const char        *msgid,
                                            const char        *origin,
                                            const char        *comment);
char       *guide_i18n_translate_markdown  (const char        *source,
                                            gsize              length,
                                            const char        *origin);
gboolean    guide_i18n_ends_sentence       (const char        *text);

G_END_DECLS
