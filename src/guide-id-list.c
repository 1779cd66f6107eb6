/* guide-id-list.c - a list model of items that each have a unique "id"
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources, therapies, organisations, glossary terms and questions are all
 * lists of items with ids, read from a JSON array of objects. This class
 * holds such a list, refuses duplicate ids, and finds items by id.
 */
#define G_LOG_DOMAIN "guide-id-list"

#include <glib/gi18n.h>

#include "guide-id-list.h"

struct _GuideIdList
{
  GObject     parent_instance;

  GType       item_type;
  GPtrArray  *items;
  GHashTable *by_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GuideIdList, guide_id_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
guide_id_list_get_item_type (GListModel *model)
{
  return GUIDE_ID_LIST (model)->item_type;
}

static guint
guide_id_list_get_n_items (GListModel *model)
{
  return GUIDE_ID_LIST (model)->items->len;
}

static gpointer
guide_id_list_get_item (GListModel *model,
                        guint       position)
{
  GuideIdList *self = GUIDE_ID_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = guide_id_list_get_item_type;
  iface->get_n_items = guide_id_list_get_n_items;
  iface->get_item = guide_id_list_get_item;
}

static void
guide_id_list_finalize (GObject *object)
{
  GuideIdList *self = (GuideIdList *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (guide_id_list_parent_class)->finalize (object);
}

static void
guide_id_list_class_init (GuideIdListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = guide_id_list_finalize;
}

static void
guide_id_list_init (GuideIdList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GuideIdList *
guide_id_list_new (GType item_type)
{
  GuideIdList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (GUIDE_TYPE_ID_LIST, NULL);
  self->item_type = item_type;

  return self;
}

/* Takes @item. Fails, dropping it, when its id is already in the list. */
gboolean
guide_id_list_append (GuideIdList            *self,
                      gpointer                item,
                      const GuideJsonContext *ctx,
                      GError                **error)
{
  g_autoptr(GObject) owned = item;
  g_autofree char *id = NULL;

  g_return_val_if_fail (GUIDE_IS_ID_LIST (self), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type), FALSE);

  g_object_get (owned, "id", &id, NULL);
  g_return_val_if_fail (id != NULL, FALSE);

  if (g_hash_table_contains (self->by_id, id))
    {
      GuideJsonContext entry_ctx = { ctx->file, id };

      guide_json_set_error (error, &entry_ctx, NULL, GUIDE_DATA_ERROR_DUPLICATE_ID,
                            _("this id is used twice"));
      return FALSE;
    }

  g_hash_table_insert (self->by_id, g_steal_pointer (&id), owned);
  g_ptr_array_add (self->items, g_steal_pointer (&owned));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);

  return TRUE;
}

GuideIdList *
guide_id_list_new_from_array (GType                   item_type,
                              JsonArray              *array,
                              const char             *field,
                              GuideIdListItemFunc     func,
                              gpointer                user_data,
                              const GuideJsonContext *ctx,
                              GError                **error)
{
  g_autoptr(GuideIdList) self = guide_id_list_new (item_type);
  guint n;

  g_return_val_if_fail (array != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = guide_json_array_get_object (array, i, field, ctx, error);
      gpointer item;

      if (object == NULL)
        return NULL;

      item = func (object, ctx, user_data, error);
      if (item == NULL || !guide_id_list_append (self, item, ctx, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/* Reads a file whose root object has one member, @field, holding the list. */
GuideIdList *
guide_id_list_new_from_file (GType                item_type,
                             GFile               *file,
                             const char          *field,
                             GuideIdListItemFunc  func,
                             gpointer             user_data,
                             GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = NULL;
  const char * const members[] = { field, NULL };
  GuideJsonContext ctx = { NULL, NULL };
  JsonObject *object;
  JsonArray *array;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  root = guide_json_load (file, &name, error);
  if (root == NULL)
    return NULL;

  ctx.file = name;
  if (!(object = guide_json_root_object (root, &ctx, error)) ||
      !guide_json_check_members (object, members, &ctx, error) ||
      !guide_json_get_array (object, field, GUIDE_JSON_REQUIRED, &array, &ctx, error))
    return NULL;

  return guide_id_list_new_from_array (item_type, array, field, func, user_data, &ctx, error);
}

gpointer
guide_id_list_lookup (GuideIdList *self,
                      const char  *id)
{
  g_return_val_if_fail (GUIDE_IS_ID_LIST (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

/* Checks that every id in @ids names an item of this list. */
gboolean
guide_id_list_check_refs (GuideIdList            *self,
                          const char * const     *ids,
                          const GuideJsonContext *ctx,
                          const char             *field,
                          GError                **error)
{
  g_return_val_if_fail (GUIDE_IS_ID_LIST (self), FALSE);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->by_id, ids[i]))
        {
          guide_json_set_error (error, ctx, field, GUIDE_DATA_ERROR_BAD_REFERENCE,
                                /* Translators: %s is an identifier that was not found */
                                _("“%s” does not exist"), ids[i]);
          return FALSE;
        }
    }

  return TRUE;
}
