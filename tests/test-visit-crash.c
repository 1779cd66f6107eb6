/* test-visit-crash.c - the saved visit summary survives crashes and full disks
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Killed while saving: a child process saves ever newer versions of a
 * summary as fast as it can and is killed (SIGKILL) at a random moment,
 * many times over; each time the file must be whole, and be the version
 * before or after the one being saved. What the killed saves leave behind
 * is cleared away at the next start.
 *
 * A write that fails midway: writing the file fails with "no space left
 * on device" after part of it was written (this program's own write()
 * stands in for the C library's while a failure is asked for); the save
 * must say so, and the file on disk must still be the old version.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>

#include "guide-test-util.h"
#include "guide-visit-store.h"

#define KILLS 100

/* The text of version @n: long enough that a save takes a while, and made
 * so that any part of it tells which version it belongs to. */
static char *
version_text (guint n)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "version %u:", n);
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (text, " %u", n);

  return g_string_free (text, FALSE);
}

/* Which version @text is, or -1 if it is not a whole one. */
static int
version_of (const char *text)
{
  g_autofree char *expected = NULL;
  guint n;

  if (text == NULL || sscanf (text, "version %u:", &n) != 1)
    return -1;

  expected = version_text (n);
  return g_str_equal (text, expected) ? (int) n : -1;
}

/* The child: saves version after version until it is killed. */
static int
save_forever (const char *directory)
{
  g_autoptr(GFile) dir = g_file_new_for_path (directory);
  g_autoptr(GuideVisitStore) store = guide_visit_store_new (dir);
  GuideVisitSummary *summary = guide_visit_store_get_summary (store);

  /* Tells the parent that saving starts now. */
  g_printerr ("ready\n");

  for (guint n = 1; ; n++)
    {
      g_autofree char *text = version_text (n);
      g_autoptr(GError) error = NULL;

      guide_visit_summary_set_notes (summary, text);
      if (!guide_visit_store_save (store, &error))
        g_error ("%s", error->message);

      /* Tells the parent how far it got, before the next save starts. */
      g_printerr ("%u\n", n);
    }

  return 0;
}

static const char *self_path;

/* Waits until the child has said @n lines: "ready", then each version it
 * saved. */
static void
wait_for_lines (int   child_stderr,
                guint n)
{
  char c;

  while (n > 0 && read (child_stderr, &c, 1) == 1)
    if (c == '\n')
      n--;
}

/* The last version the child said it had saved, or 0. */
static guint
last_saved (int child_stderr)
{
  g_autoptr(GString) out = g_string_new (NULL);
  char buffer[4096];
  ssize_t got;
  const char *last;

  while ((got = read (child_stderr, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, got);
  if (out->len == 0)
    return 0;

  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  last = strrchr (out->str, '\n');

  return (guint) atoi (last ? last + 1 : out->str);
}

static void
test_killed_while_saving (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ros1-guide-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) dir = NULL;
  int version = -1;

  g_assert_no_error (error);
  dir = g_file_new_for_path (directory);
  path = g_build_filename (directory, "visit.json", NULL);

  for (guint kill_no = 0; kill_no < KILLS; kill_no++)
    {
      const char *argv[] = { self_path, "--save-forever", directory, NULL };
      g_autoptr(GuideVisitStore) store = NULL;
      int child_stderr;
      guint saved;
      GPid pid;
      int status;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, NULL, NULL, &child_stderr, &error);
      g_assert_no_error (error);

      /* Killed at a random moment once the first save is done (however
       * slow the machine): most often during a later one, since saving is
       * nearly all the child does. */
      wait_for_lines (child_stderr, 2);
      g_usleep (g_random_int_range (0, 20000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      /* The first save was said before the wait ended. */
      saved = last_saved (child_stderr);
      saved = MAX (saved, 1);
      close (child_stderr);
      g_spawn_close_pid (pid);

      store = guide_visit_store_new (dir);
      g_assert_null (guide_visit_store_get_load_error (store));
      version = version_of (guide_visit_summary_get_notes (guide_visit_store_get_summary (store)));
      g_test_message ("kill %u: %u saved, the file holds version %d", kill_no, saved, version);

      /* The file is whole: the last version saved, or the one being saved
       * when the child was killed (its save was done, but not yet said). */
      g_assert_true (version == (int) saved || version == (int) saved + 1);
    }

  /* A killed save leaves the temporary file it was writing; once such a
   * file is a minute old, the next start removes it. One is made here for
   * certain, besides any the kills left; a recent one (a save may still be
   * writing it) and a summary kept aside stay. */
  {
    static const char * const made[] = { "visit.json.Ab3dE9", "visit.json.Zz9Yy8" };
    g_autoptr(GDir) listing = NULL;
    g_autoptr(GuideVisitStore) store = NULL;
    g_autofree char *recent = g_build_filename (directory, "visit.json.Recent", NULL);
    g_autofree char *kept = g_build_filename (directory, "visit.json.unreadable-20261126-120000", NULL);
    g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_free);
    struct utimbuf hour_ago = { time (NULL) - 3600, time (NULL) - 3600 };
    const char *name;

    for (guint i = 0; i < G_N_ELEMENTS (made); i++)
      {
        g_autofree char *leftover = g_build_filename (directory, made[i], NULL);

        g_assert_true (g_file_set_contents (leftover, "{ \"version\": 1, \"no", -1, NULL));
      }

    listing = g_dir_open (directory, 0, NULL);
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *leftover = g_build_filename (directory, name, NULL);

        if (!g_str_equal (name, "visit.json"))
          g_assert_cmpint (g_utime (leftover, &hour_ago), ==, 0);
      }
    g_assert_true (g_file_set_contents (recent, "{", -1, NULL));
    g_assert_true (g_file_set_contents (kept, "kept", -1, NULL));
    g_assert_cmpint (g_utime (kept, &hour_ago), ==, 0);

    store = guide_visit_store_new (dir);
    g_clear_pointer (&listing, g_dir_close);
    listing = g_dir_open (directory, 0, NULL);
    while ((name = g_dir_read_name (listing)) != NULL)
      g_ptr_array_add (left, g_strdup (name));
    g_ptr_array_sort (left, (GCompareFunc) g_strcmp0);
    g_assert_cmpuint (left->len, ==, 3);
    g_assert_true (g_ptr_array_find_with_equal_func (left, "visit.json", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (left, "visit.json.Recent", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (left, "visit.json.unreadable-20261126-120000",
                                                     g_str_equal, NULL));
    g_assert_cmpint (version_of (guide_visit_summary_get_notes (guide_visit_store_get_summary (store))),
                     ==, version);
  }

  guide_test_remove_tree (dir);
}

/* While it is set, writes to the summary's temporary file fail with
 * ENOSPC once this many bytes of it were written. */
static gssize fail_after = -1;
static gsize written;

static gboolean
is_summary_file (int fd)
{
  g_autofree char *link = g_strdup_printf ("/proc/self/fd/%d", fd);
  g_autofree char *target = g_file_read_link (link, NULL);

  return target != NULL && strstr (target, "/visit.json") != NULL;
}

ssize_t write (int fd, const void *buf, size_t count);

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  static ssize_t (*real_write) (int, const void *, size_t);

  if (real_write == NULL)
    real_write = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");

  if (fail_after >= 0 && is_summary_file (fd))
    {
      gsize room = (gsize) fail_after > written ? (gsize) fail_after - written : 0;

      if (room == 0)
        {
          errno = ENOSPC;
          return -1;
        }
      count = MIN (count, room);
      written += count;
    }

  return real_write (fd, buf, count);
}

static void
test_write_fails_midway (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ros1-guide-full-XXXXXX", &error);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GuideVisitStore) store = NULL;
  g_autoptr(GuideVisitStore) reopened = NULL;
  g_autofree char *old_text = version_text (1);
  g_autofree char *new_text = version_text (2);
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GuideVisitSummary *summary;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_no_error (error);
  dir = g_file_new_for_path (directory);
  path = g_build_filename (directory, "visit.json", NULL);

  store = guide_visit_store_new (dir);
  summary = guide_visit_store_get_summary (store);
  guide_visit_summary_set_notes (summary, old_text);
  g_assert_true (guide_visit_store_save (store, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* The disk fills up halfway through writing the new version. */
  guide_visit_summary_set_notes (summary, new_text);
  fail_after = strlen (before) / 2;
  written = 0;
  g_assert_false (guide_visit_store_save (store, &error));
  fail_after = -1;
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (written, >, 0);

  /* It says so, keeps what was written in memory, and the file on disk is
   * the old version, whole; no half-written file is left behind. */
  g_assert_nonnull (guide_visit_store_get_save_error (store));
  g_assert_true (guide_visit_store_get_unsaved (store));
  g_assert_cmpstr (guide_visit_summary_get_notes (summary), ==, new_text);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  listing = g_dir_open (directory, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "visit.json");

  reopened = guide_visit_store_new (dir);
  g_assert_null (guide_visit_store_get_load_error (reopened));
  g_assert_cmpint (version_of (guide_visit_summary_get_notes (guide_visit_store_get_summary (reopened))), ==, 1);

  /* Once there is room again, the next save goes through. */
  g_clear_error (&error);
  g_assert_true (guide_visit_store_save (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, !=, before);

  g_clear_object (&store);
  g_clear_object (&reopened);
  guide_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--save-forever"))
    return save_forever (argv[2]);

  self_path = argv[0];
  guide_test_init (&argc, &argv);

  g_test_add_func ("/visit-crash/killed-while-saving", test_killed_while_saving);
  g_test_add_func ("/visit-crash/write-fails-midway", test_write_fails_midway);

  return g_test_run ();
}
