/* guide-visit-store.c - keeps the visit summary safe on disk
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary lives in DIR/visit.json, DIR being the user data folder's
 * "ros1-guide" (inside Flatpak, the app's own data folder). The store
 *
 * - restores it when created;
 * - saves after every change, once the patient pauses ("save-delay"),
 *   and on flush (at quit), atomically: the new text goes to a temporary
 *   file that then replaces the old one, so a crash leaves the old or the
 *   new file, never half of one;
 * - when a save fails (a read-only folder, a full disk), says so in
 *   "save-error" and tries again, after the next change and on a timer
 *   that waits longer each time; the summary in memory, and so in the
 *   window, is untouched;
 * - when the saved file cannot be read (damaged, written by a newer
 *   version, not readable), moves it aside to
 *   visit.json.unreadable-YYYYMMDD-HHMMSS (never over another file, never
 *   deleted), says so in "load-error" and "kept-file", and starts empty.
 *   If it cannot even be moved, "blocked" is set and nothing is written
 *   over it; every save tries the move again first.
 */
#define G_LOG_DOMAIN "guide-visit-store"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "guide-json.h"
#include "guide-visit-store.h"

#define FILE_NAME          "visit.json"
#define DEFAULT_SAVE_DELAY 500     /* ms */
#define DEFAULT_RETRY      2000    /* ms, doubled after each failure */
#define MAX_RETRY          60000   /* ms */

struct _GuideVisitStore
{
  GObject            parent_instance;

  GFile             *directory;
  GFile             *file;
  GuideVisitSummary *summary;

  char              *load_error;
  GFile             *kept_file;
  gboolean           blocked;
  char              *save_error;
  gboolean           unsaved;

  guint              save_delay;
  guint              retry_delay;
  guint              next_retry;
  guint              save_source;
  guint              retry_source;
};

G_DEFINE_FINAL_TYPE (GuideVisitStore, guide_visit_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_SUMMARY,
  PROP_LOAD_ERROR,
  PROP_KEPT_FILE,
  PROP_BLOCKED,
  PROP_SAVE_ERROR,
  PROP_UNSAVED,
  PROP_SAVE_DELAY,
  PROP_RETRY_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cancel_timers (GuideVisitStore *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
}

static void
guide_visit_store_dispose (GObject *object)
{
  GuideVisitStore *self = GUIDE_VISIT_STORE (object);

  cancel_timers (self);
  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);

  G_OBJECT_CLASS (guide_visit_store_parent_class)->dispose (object);
}

static void
guide_visit_store_finalize (GObject *object)
{
  GuideVisitStore *self = GUIDE_VISIT_STORE (object);

  g_clear_object (&self->directory);
  g_clear_object (&self->file);
  g_clear_object (&self->summary);
  g_free (self->load_error);
  g_clear_object (&self->kept_file);
  g_free (self->save_error);

  G_OBJECT_CLASS (guide_visit_store_parent_class)->finalize (object);
}

static void
guide_visit_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GuideVisitStore *self = GUIDE_VISIT_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;
    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;
    case PROP_LOAD_ERROR:
      g_value_set_string (value, self->load_error);
      break;
    case PROP_KEPT_FILE:
      g_value_set_object (value, self->kept_file);
      break;
    case PROP_BLOCKED:
      g_value_set_boolean (value, self->blocked);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;
    case PROP_SAVE_DELAY:
      g_value_set_uint (value, self->save_delay);
      break;
    case PROP_RETRY_DELAY:
      g_value_set_uint (value, self->retry_delay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
guide_visit_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GuideVisitStore *self = GUIDE_VISIT_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;
    case PROP_SAVE_DELAY:
      if (self->save_delay != g_value_get_uint (value))
        {
          self->save_delay = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_RETRY_DELAY:
      if (self->retry_delay != g_value_get_uint (value))
        {
          self->retry_delay = self->next_retry = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_unsaved (GuideVisitStore *self,
             gboolean         unsaved)
{
  if (self->unsaved == unsaved)
    return;

  self->unsaved = unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
set_save_error (GuideVisitStore *self,
                const char      *message)
{
  if (g_strcmp0 (self->save_error, message) == 0)
    return;

  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static gboolean retry_cb (gpointer user_data);

static void
try_save (GuideVisitStore *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);

  if (guide_visit_store_save (self, &error))
    return;

  g_debug ("Saving the visit summary failed: %s", error->message);
  self->retry_source = g_timeout_add (self->next_retry, retry_cb, self);
  self->next_retry = MIN (self->next_retry * 2, MAX_RETRY);
}

static gboolean
save_cb (gpointer user_data)
{
  GuideVisitStore *self = user_data;

  self->save_source = 0;
  try_save (self);

  return G_SOURCE_REMOVE;
}

static gboolean
retry_cb (gpointer user_data)
{
  GuideVisitStore *self = user_data;

  self->retry_source = 0;
  try_save (self);

  return G_SOURCE_REMOVE;
}

static void
summary_changed_cb (GuideVisitStore *self)
{
  set_unsaved (self, TRUE);

  /* A pending retry gives way: the change is saved (or tried) as soon as
   * the patient pauses. */
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (self->save_delay, save_cb, self);
}

/* A name for the unreadable file, next to it, that is not taken. */
static GFile *
kept_file_name (GuideVisitStore *self,
                guint            attempt)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;

  if (attempt == 0)
    name = g_strdup_printf ("%s.unreadable-%s", FILE_NAME, stamp);
  else
    name = g_strdup_printf ("%s.unreadable-%s-%u", FILE_NAME, stamp, attempt + 1);

  return g_file_get_child (self->directory, name);
}

/* Moves the unreadable file aside. Renaming never replaces an existing
 * file here (no G_FILE_COPY_OVERWRITE) and never copies. */
static gboolean
move_aside (GuideVisitStore *self,
            GError         **error)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autoptr(GFile) kept = kept_file_name (self, attempt);
      g_autoptr(GError) local_error = NULL;

      if (g_file_move (self->file, kept,
                       G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                       NULL, NULL, NULL, &local_error))
        {
          g_set_object (&self->kept_file, kept);
          self->blocked = FALSE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEPT_FILE]);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLOCKED]);
          return TRUE;
        }

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("There are too many kept files with the same time"));
  return FALSE;
}

static void
load (GuideVisitStore *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      /* Nothing saved yet. */
      self->summary = guide_visit_summary_new ();
      return;
    }
  g_clear_error (&error);

  bytes = guide_file_load_bytes (self->file, GUIDE_VISIT_STORE_MAX_FILE_SIZE, &error);
  if (bytes != NULL)
    self->summary = guide_visit_summary_new_from_bytes (bytes, FILE_NAME, &error);

  if (self->summary != NULL)
    return;

  /* Unreadable: start empty, and keep the file where nothing writes. */
  self->summary = guide_visit_summary_new ();
  self->load_error = g_strdup (error->message);
  self->blocked = TRUE;

  if (!move_aside (self, &move_error))
    g_debug ("The unreadable visit summary could not be moved aside: %s", move_error->message);
}

/* A save that is killed (a crash, a power cut) leaves behind the temporary
 * file it was writing, visit.json.XXXXXX: never the saved summary, which
 * is only replaced once the new one is whole. Such files, older than a
 * minute so that no save is still writing them, are removed. */
static void
remove_leftovers (GuideVisitStore *self)
{
  g_autofree char *dir_path = g_file_get_path (self->directory);
  g_autoptr(GDir) dir = dir_path ? g_dir_open (dir_path, 0, NULL) : NULL;
  gint64 minute_ago = g_get_real_time () - 60 * G_USEC_PER_SEC;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;
      gboolean temporary = strlen (name) == strlen (FILE_NAME) + 7 &&
                           g_str_has_prefix (name, FILE_NAME ".");

      for (const char *p = name + strlen (FILE_NAME) + 1; temporary && *p; p++)
        temporary = g_ascii_isalnum (*p);
      if (!temporary)
        continue;

      path = g_build_filename (dir_path, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          (gint64) st.st_mtime * G_USEC_PER_SEC < minute_ago)
        g_unlink (path);
    }
}

static void
guide_visit_store_constructed (GObject *object)
{
  GuideVisitStore *self = GUIDE_VISIT_STORE (object);

  G_OBJECT_CLASS (guide_visit_store_parent_class)->constructed (object);

  if (self->directory == NULL)
    self->directory = g_file_new_build_filename (g_get_user_data_dir (), PACKAGE_NAME, NULL);
  self->file = g_file_get_child (self->directory, FILE_NAME);

  load (self);
  remove_leftovers (self);

  g_signal_connect_swapped (self->summary, "changed", G_CALLBACK (summary_changed_cb), self);
}

static void
guide_visit_store_class_init (GuideVisitStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = guide_visit_store_constructed;
  object_class->dispose = guide_visit_store_dispose;
  object_class->finalize = guide_visit_store_finalize;
  object_class->get_property = guide_visit_store_get_property;
  object_class->set_property = guide_visit_store_set_property;

  /* The folder of visit.json; by default "ros1-guide" in the user data
   * folder. */
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL, GUIDE_TYPE_VISIT_SUMMARY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Why the saved file could not be read, or NULL. */
  properties[PROP_LOAD_ERROR] =
    g_param_spec_string ("load-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Where the unreadable file was kept, or NULL. */
  properties[PROP_KEPT_FILE] =
    g_param_spec_object ("kept-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The unreadable file is still where the summary is saved, so nothing
   * is saved. */
  properties[PROP_BLOCKED] =
    g_param_spec_boolean ("blocked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Why the last save failed, or NULL once a save has worked. */
  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* How long after a change the summary is saved, in milliseconds. */
  properties[PROP_SAVE_DELAY] =
    g_param_spec_uint ("save-delay", NULL, NULL, 0, G_MAXUINT, DEFAULT_SAVE_DELAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* How long after a failed save it is tried again, in milliseconds;
   * doubled after each failure, up to a minute. */
  properties[PROP_RETRY_DELAY] =
    g_param_spec_uint ("retry-delay", NULL, NULL, 1, MAX_RETRY, DEFAULT_RETRY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
guide_visit_store_init (GuideVisitStore *self)
{
  self->save_delay = DEFAULT_SAVE_DELAY;
  self->retry_delay = self->next_retry = DEFAULT_RETRY;
}

/* Restores the summary saved in @directory (NULL: the user's). */
GuideVisitStore *
guide_visit_store_new (GFile *directory)
{
  g_return_val_if_fail (directory == NULL || G_IS_FILE (directory), NULL);

  return g_object_new (GUIDE_TYPE_VISIT_STORE, "directory", directory, NULL);
}

GuideVisitSummary *
guide_visit_store_get_summary (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), NULL);
  return self->summary;
}

GFile *
guide_visit_store_get_directory (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), NULL);
  return self->directory;
}

GFile *
guide_visit_store_get_file (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), NULL);
  return self->file;
}

const char *
guide_visit_store_get_load_error (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), NULL);
  return self->load_error;
}

GFile *
guide_visit_store_get_kept_file (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), NULL);
  return self->kept_file;
}

gboolean
guide_visit_store_get_blocked (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), FALSE);
  return self->blocked;
}

const char *
guide_visit_store_get_save_error (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), NULL);
  return self->save_error;
}

gboolean
guide_visit_store_get_unsaved (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), FALSE);
  return self->unsaved;
}

/* Saves now. On failure "save-error" says why (so does @error); the
 * summary is unchanged. */
gboolean
guide_visit_store_save (GuideVisitStore *self,
                        GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_file_get_path (self->directory);
  path = g_file_get_path (self->file);

  if (self->blocked && !move_aside (self, &local_error))
    {
      message = g_strdup_printf (_("The saved summary that could not be read is in the way "
                                   "and could not be moved aside (%s)."),
                                 local_error->message);
    }
  else if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      /* Translators: the first %s is a folder, the second the system's reason */
      message = g_strdup_printf (_("The folder %s could not be made (%s)."),
                                 dir, g_strerror (saved_errno));
    }
  else
    {
      json = guide_visit_summary_to_json (self->summary);
      if (!g_file_set_contents_full (path, json, -1,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     0600, &local_error))
        message = g_strdup (local_error->message);
    }

  if (message != NULL)
    {
      set_save_error (self, message);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, message);
      return FALSE;
    }

  self->next_retry = self->retry_delay;
  set_save_error (self, NULL);
  set_unsaved (self, FALSE);

  return TRUE;
}

/* Saves now if anything is unsaved (the application calls this when it
 * quits). Returns whether everything is saved. */
gboolean
guide_visit_store_flush (GuideVisitStore *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_STORE (self), FALSE);

  cancel_timers (self);
  if (!self->unsaved)
    return TRUE;

  /* On failure the retries go on, should the application not be quitting. */
  try_save (self);

  return !self->unsaved;
}
