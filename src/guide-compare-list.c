/* guide-compare-list.c - the therapies a reader chose to compare and discuss
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is a view of one settings key. Every change is written to the
 * key, and the list rebuilds itself from the key whenever it changes, so
 * that several lists on the same settings never disagree.
 */
#define G_LOG_DOMAIN "guide-compare-list"

#include "guide-compare-list.h"

struct _GuideCompareList
{
  GObject      parent_instance;

  GSettings   *settings;
  GuideIdList *therapies;
  GPtrArray   *items;  /* of GuideTherapy */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GuideCompareList, guide_compare_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
guide_compare_list_get_item_type (GListModel *model)
{
  return GUIDE_TYPE_THERAPY;
}

static guint
guide_compare_list_get_n_items (GListModel *model)
{
  return GUIDE_COMPARE_LIST (model)->items->len;
}

static gpointer
guide_compare_list_get_item (GListModel *model,
                             guint       position)
{
  GuideCompareList *self = GUIDE_COMPARE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = guide_compare_list_get_item_type;
  iface->get_n_items = guide_compare_list_get_n_items;
  iface->get_item = guide_compare_list_get_item;
}

/* Rebuilds the list from the settings: known ids only, each once, at most
 * GUIDE_COMPARE_LIST_MAX. */
static void
reload (GuideCompareList *self)
{
  g_auto(GStrv) ids = g_settings_get_strv (self->settings, GUIDE_COMPARE_LIST_KEY);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean same;
  guint old_len;

  for (guint i = 0; ids[i] != NULL && items->len < GUIDE_COMPARE_LIST_MAX; i++)
    {
      GuideTherapy *therapy = guide_id_list_lookup (self->therapies, ids[i]);

      if (therapy != NULL && !g_ptr_array_find (items, therapy, NULL))
        g_ptr_array_add (items, g_object_ref (therapy));
    }

  same = items->len == self->items->len;
  for (guint i = 0; same && i < items->len; i++)
    same = g_ptr_array_index (items, i) == g_ptr_array_index (self->items, i);
  if (same)
    return;

  old_len = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->items->len);
}

static void
save (GuideCompareList *self,
      GPtrArray        *items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < items->len; i++)
    g_strv_builder_add (builder, guide_therapy_get_id (g_ptr_array_index (items, i)));
  ids = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, GUIDE_COMPARE_LIST_KEY, (const char * const *) ids);
  reload (self);
}

static void
guide_compare_list_dispose (GObject *object)
{
  GuideCompareList *self = GUIDE_COMPARE_LIST (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->therapies);

  G_OBJECT_CLASS (guide_compare_list_parent_class)->dispose (object);
}

static void
guide_compare_list_finalize (GObject *object)
{
  GuideCompareList *self = GUIDE_COMPARE_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (guide_compare_list_parent_class)->finalize (object);
}

static void
guide_compare_list_class_init (GuideCompareListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = guide_compare_list_dispose;
  object_class->finalize = guide_compare_list_finalize;
}

static void
guide_compare_list_init (GuideCompareList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* A view of the choice kept in @settings (the application's settings),
 * naming therapies of @therapies (guide_content_get_therapies()). */
GuideCompareList *
guide_compare_list_new (GSettings   *settings,
                        GuideIdList *therapies)
{
  GuideCompareList *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (GUIDE_IS_ID_LIST (therapies), NULL);

  self = g_object_new (GUIDE_TYPE_COMPARE_LIST, NULL);
  self->settings = g_object_ref (settings);
  self->therapies = g_object_ref (therapies);
  g_signal_connect_swapped (settings, "changed::" GUIDE_COMPARE_LIST_KEY,
                            G_CALLBACK (reload), self);
  reload (self);

  return self;
}

gboolean
guide_compare_list_contains (GuideCompareList *self,
                             const char       *id)
{
  g_return_val_if_fail (GUIDE_IS_COMPARE_LIST (self), FALSE);

  for (guint i = 0; id != NULL && i < self->items->len; i++)
    if (g_str_equal (guide_therapy_get_id (g_ptr_array_index (self->items, i)), id))
      return TRUE;

  return FALSE;
}

/* Adds the therapy with @id at the end. Returns FALSE, changing nothing,
 * when the list is full; TRUE when @id is in the list afterwards. */
gboolean
guide_compare_list_add (GuideCompareList *self,
                        const char       *id)
{
  g_autoptr(GPtrArray) items = NULL;
  GuideTherapy *therapy;

  g_return_val_if_fail (GUIDE_IS_COMPARE_LIST (self), FALSE);

  therapy = guide_id_list_lookup (self->therapies, id);
  g_return_val_if_fail (therapy != NULL, FALSE);

  if (guide_compare_list_contains (self, id))
    return TRUE;
  if (guide_compare_list_is_full (self))
    return FALSE;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (self->items, i)));
  g_ptr_array_add (items, g_object_ref (therapy));
  save (self, items);

  return TRUE;
}

/* Returns whether @id was in the list. */
gboolean
guide_compare_list_remove (GuideCompareList *self,
                           const char       *id)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (GUIDE_IS_COMPARE_LIST (self), FALSE);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->items->len; i++)
    {
      GuideTherapy *therapy = g_ptr_array_index (self->items, i);

      if (g_strcmp0 (guide_therapy_get_id (therapy), id) == 0)
        found = TRUE;
      else
        g_ptr_array_add (items, g_object_ref (therapy));
    }

  if (found)
    save (self, items);

  return found;
}

void
guide_compare_list_clear (GuideCompareList *self)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (GUIDE_IS_COMPARE_LIST (self));

  items = g_ptr_array_new ();
  save (self, items);
}

gboolean
guide_compare_list_is_full (GuideCompareList *self)
{
  g_return_val_if_fail (GUIDE_IS_COMPARE_LIST (self), FALSE);
  return self->items->len >= GUIDE_COMPARE_LIST_MAX;
}

/* The ids of the chosen therapies, in order. */
GStrv
guide_compare_list_dup_ids (GuideCompareList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (GUIDE_IS_COMPARE_LIST (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    g_strv_builder_add (builder, guide_therapy_get_id (g_ptr_array_index (self->items, i)));

  return g_strv_builder_end (builder);
}
