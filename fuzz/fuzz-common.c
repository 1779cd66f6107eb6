/* fuzz-common.c - what every fuzz target shares
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any GLib, GTK or Pango warning or critical counts as a crash: the log
 * writer aborts, and libFuzzer keeps the input that caused it. The
 * loaders read real files, written into one private temporary folder, so
 * that the code under test is exactly the code the application runs.
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "guide-source.h"

static char *temp_dir;

static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      fprintf (stderr, "fuzz: a GLib warning or critical is a failure\n");
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static void
remove_temp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (temp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (temp_dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GDir) sub = g_dir_open (path, 0, NULL);
          const char *child;

          while (sub != NULL && (child = g_dir_read_name (sub)) != NULL)
            {
              g_autofree char *child_path = g_build_filename (path, child, NULL);
              g_unlink (child_path);
            }
        }
      g_remove (path);
    }
  g_rmdir (temp_dir);
}

void
fuzz_init (void)
{
  static gboolean done;
  g_autoptr(GError) error = NULL;

  if (done)
    return;
  done = TRUE;

  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  temp_dir = g_dir_make_tmp ("ros1-guide-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_temp_dir);
}

/* Writes @data to @name (which may name a sub-folder) in the private
 * temporary folder; returns the file. */
GFile *
fuzz_write_file (const char    *name,
                 const uint8_t *data,
                 size_t         size)
{
  g_autofree char *path = g_build_filename (temp_dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  FILE *out;

  if (g_mkdir_with_parents (parent, 0700) != 0)
    g_error ("fuzz: cannot create %s: %s", parent, g_strerror (errno));

  out = fopen (path, "wb");
  if (out == NULL ||
      (size > 0 && fwrite (data, 1, size, out) != size) ||
      fclose (out) != 0)
    g_error ("fuzz: cannot write %s: %s", path, g_strerror (errno));

  return g_file_new_for_path (path);
}

/* A loader that refuses a file must say so in a message a reader can use:
 * valid UTF-8, naming the file first. */
void
fuzz_check_error (const GError *error,
                  const char   *file_name)
{
  if (error == NULL || error->message == NULL)
    g_error ("fuzz: failed without an error");
  if (!g_utf8_validate (error->message, -1, NULL))
    g_error ("fuzz: the error message is not valid UTF-8");
  if (!g_str_has_prefix (error->message, file_name))
    g_error ("fuzz: the error message does not name %s: %s", file_name, error->message);
}

/* The sources that ship with the guide, which other files cite; loaded
 * once. */
GuideIdList *
fuzz_shipped_sources (void)
{
  static GuideIdList *sources;

  if (sources == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content/sources.json");
      g_autoptr(GError) error = NULL;

      sources = guide_source_load_list (file, &error);
      g_assert_no_error (error);
    }

  return sources;
}
