/* guide-id-list.h - a list model of items that each have a unique "id"
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "guide-json.h"

G_BEGIN_DECLS

#define GUIDE_TYPE_ID_LIST (guide_id_list_get_type ())

G_DECLARE_FINAL_TYPE (GuideIdList, guide_id_list, GUIDE, ID_LIST, GObject)

/* Makes one item from one JSON object; @ctx names the file. */
typedef gpointer (*GuideIdListItemFunc) (JsonObject             *object,
                                         const GuideJsonContext *ctx,
                                         gpointer                user_data,
                                         GError                **error);

GuideIdList *guide_id_list_new             (GType                   item_type);
GuideIdList *guide_id_list_new_from_array  (GType                   item_type,
                                            JsonArray              *array,
                                            const char             *field,
                                            GuideIdListItemFunc     func,
                                            gpointer                user_data,
                                            const GuideJsonContext *ctx,
                                            GError                **error);
GuideIdList *guide_id_list_new_from_file   (GType                   item_type,
                                            GFile                  *file,
                                            const char             *field,
                                            GuideIdListItemFunc     func,
                                            gpointer                user_data,
                                            GError                **error);
gboolean     guide_id_list_append          (GuideIdList            *self,
                                            gpointer                item,
                                            const GuideJsonContext *ctx,
                                            GError                **error);
gpointer     guide_id_list_lookup          (GuideIdList            *self,
                                            const char             *id);
gboolean     guide_id_list_check_refs      (GuideIdList            *self,
                                            const char * const     *ids,
                                            const GuideJsonContext *ctx,
                                            const char             *field,
                                            GError                **error);

G_END_DECLS
