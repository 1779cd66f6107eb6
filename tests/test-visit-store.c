/* test-visit-store.c - the visit summary is never lost
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Permissions do not stop the superuser, so when run as root these tests
 * first become an ordinary user ("nobody"), as a patient would be.
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guide-test-util.h"
#include "guide-visit-store.h"

static gboolean can_deny = TRUE;

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ros1-guide-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "visit.json", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  g_chmod (fixture->dir, 0700);
  guide_test_remove_tree (dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static GuideVisitStore *
open_store (Fixture *fixture)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  GuideVisitStore *store = guide_visit_store_new (dir);

  g_object_set (store, "save-delay", 20, "retry-delay", 20, NULL);

  return store;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Every file in the folder but visit.json. */
static GPtrArray *
other_files (Fixture *fixture)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "visit.json"))
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

static void
fill (GuideVisitSummary *summary,
      const char        *words)
{
  g_autoptr(GuideSideEffect) entry = guide_side_effect_new ("2026-11-02", "Tiredness",
                                                            GUIDE_SEVERITY_MILD, words);

  guide_visit_summary_set_name (summary, "Sam");
  guide_visit_summary_set_notes (summary, words);
  guide_visit_summary_add_side_effect (summary, entry);
  guide_visit_summary_add_own_question (summary, words);
}

/* Changes are saved after a pause, in a private file, and restored. */
static void
test_save_restore (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = open_store (fixture);
  g_autoptr(GuideVisitStore) again = NULL;
  g_autoptr(GPtrArray) others = NULL;
  GuideVisitSummary *summary = guide_visit_store_get_summary (store);
  GStatBuf st;

  g_assert_true (guide_visit_summary_is_empty (summary));
  g_assert_null (guide_visit_store_get_load_error (store));
  g_assert_false (guide_visit_store_get_unsaved (store));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  fill (summary, "Restored words");
  g_assert_true (guide_visit_store_get_unsaved (store));
  /* Not yet: the store waits for a pause. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  guide_test_wait_for (!guide_visit_store_get_unsaved (store), 30000);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  again = open_store (fixture);
  g_assert_null (guide_visit_store_get_load_error (again));
  g_assert_true (guide_visit_summary_equal (summary, guide_visit_store_get_summary (again)));
  others = other_files (fixture);
  g_assert_cmpuint (others->len, ==, 0);
}

/* A burst of changes is one save, after the last; flush saves at once. */
static void
test_debounce_and_flush (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = open_store (fixture);
  GuideVisitSummary *summary = guide_visit_store_get_summary (store);
  g_autofree char *contents = NULL;

  g_object_set (store, "save-delay", 60000, NULL);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *notes = g_strdup_printf ("typed %u letters", i);

      guide_visit_summary_set_notes (summary, notes);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  g_assert_true (guide_visit_store_flush (store));
  g_assert_false (guide_visit_store_get_unsaved (store));
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "typed 49 letters"));

  /* Nothing left to save: flush does not write. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_true (guide_visit_store_flush (store));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* A file that cannot be understood is kept aside, byte for byte, and the
 * store starts empty and saves a new file beside it. */
static void
check_kept_aside (Fixture    *fixture,
                  const char *contents)
{
  g_autoptr(GuideVisitStore) store = NULL;
  g_autoptr(GuideVisitStore) again = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *kept_path = NULL;
  g_autofree char *kept_contents = NULL;
  g_autofree char *kept_name = NULL;

  write_file (fixture->path, contents);
  store = open_store (fixture);

  g_assert_nonnull (guide_visit_store_get_load_error (store));
  g_test_message ("%s", guide_visit_store_get_load_error (store));
  g_assert_nonnull (strstr (guide_visit_store_get_load_error (store), "visit.json"));
  g_assert_false (guide_visit_store_get_blocked (store));
  g_assert_nonnull (guide_visit_store_get_kept_file (store));
  g_assert_true (guide_visit_summary_is_empty (guide_visit_store_get_summary (store)));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  kept_path = g_file_get_path (guide_visit_store_get_kept_file (store));
  kept_name = g_path_get_basename (kept_path);
  g_assert_true (g_str_has_prefix (kept_name, "visit.json.unreadable-"));
  kept_contents = read_file (kept_path);
  g_assert_cmpstr (kept_contents, ==, contents);

  fill (guide_visit_store_get_summary (store), "A fresh start");
  guide_test_wait_for (!guide_visit_store_get_unsaved (store), 30000);

  again = open_store (fixture);
  g_assert_null (guide_visit_store_get_load_error (again));
  g_assert_true (guide_visit_summary_equal (guide_visit_store_get_summary (store),
                                            guide_visit_store_get_summary (again)));

  g_clear_pointer (&kept_contents, g_free);
  kept_contents = read_file (kept_path);
  g_assert_cmpstr (kept_contents, ==, contents);
  kept = other_files (fixture);
  g_assert_cmpuint (kept->len, ==, 1);
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  check_kept_aside (fixture, "{ \"version\": 1, \"notes\": \"half a fi");
}

static void
test_unknown_version (Fixture       *fixture,
                      gconstpointer  data)
{
  check_kept_aside (fixture, "{ \"version\": 2, \"notes\": \"from a newer guide\", \"mood\": 3 }");
}

static void
test_wrong_field (Fixture       *fixture,
                  gconstpointer  data)
{
  check_kept_aside (fixture, "{ \"version\": 1, \"notes\": [\"not\", \"text\"] }");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  check_kept_aside (fixture, "");
}

static void
test_not_utf8 (Fixture       *fixture,
               gconstpointer  data)
{
  check_kept_aside (fixture, "{ \"version\": 1, \"notes\": \"caf\xe9\" }");
}

static void
test_wrong_type (Fixture       *fixture,
                 gconstpointer  data)
{
  check_kept_aside (fixture, "[ { \"version\": 1 } ]");
}

/* 10 MiB that are not a summary: kept aside whole, like any other. */
static void
test_huge_garbage (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) huge = g_string_new ("{ \"version\": 1, \"notes\": [");

  while (huge->len < 10 * 1024 * 1024)
    g_string_append (huge, "1234567, ");
  check_kept_aside (fixture, huge->str);
}

/* 10 MiB of notes is a lot of writing, but it is the patient's: it is
 * saved and comes back whole. */
static void
test_huge_notes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = open_store (fixture);
  g_autoptr(GuideVisitStore) again = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);

  while (notes->len < 10 * 1024 * 1024)
    g_string_append (notes, "Tired after lunch; \"better\" by evening.\n");
  guide_visit_summary_set_notes (guide_visit_store_get_summary (store), notes->str);
  g_assert_true (guide_visit_store_flush (store));

  again = open_store (fixture);
  g_assert_null (guide_visit_store_get_load_error (again));
  g_assert_cmpstr (guide_visit_summary_get_notes (guide_visit_store_get_summary (again)), ==, notes->str);
}

/* Two unreadable files in a row (within the same second, most likely)
 * are both kept, neither over the other. */
static void
test_kept_files_never_replaced (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) kept = NULL;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *contents = g_strdup_printf ("not json %u", i);
      g_autoptr(GuideVisitStore) store = NULL;

      write_file (fixture->path, contents);
      store = open_store (fixture);
      g_assert_nonnull (guide_visit_store_get_kept_file (store));
    }

  kept = other_files (fixture);
  g_assert_cmpuint (kept->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, kept->pdata[i], NULL);
      g_autofree char *contents = read_file (path);

      g_assert_true (g_str_has_prefix (contents, "not json "));
      for (guint j = 0; j < i; j++)
        {
          g_autofree char *other_path = g_build_filename (fixture->dir, kept->pdata[j], NULL);
          g_autofree char *other = read_file (other_path);

          g_assert_cmpstr (contents, !=, other);
        }
    }
}

/* A file the user may not read is kept aside too. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = NULL;
  g_autofree char *kept_path = NULL;
  g_autofree char *contents = NULL;
  const char *original = "{ \"version\": 1, \"notes\": \"private\" }";

  if (!can_deny)
    {
      g_test_skip ("file permissions cannot be enforced here");
      return;
    }

  write_file (fixture->path, original);
  g_assert_cmpint (g_chmod (fixture->path, 0), ==, 0);

  store = open_store (fixture);
  g_assert_nonnull (guide_visit_store_get_load_error (store));
  g_test_message ("%s", guide_visit_store_get_load_error (store));
  g_assert_nonnull (guide_visit_store_get_kept_file (store));

  kept_path = g_file_get_path (guide_visit_store_get_kept_file (store));
  g_assert_cmpint (g_chmod (kept_path, 0600), ==, 0);
  contents = read_file (kept_path);
  g_assert_cmpstr (contents, ==, original);
}

/* In a read-only folder an unreadable file cannot be moved: it is never
 * written over, saves fail and say so, the patient's text stays, and once
 * the folder can be written the file is moved aside and the text saved. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = NULL;
  g_autoptr(GuideVisitStore) again = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *kept_path = NULL;
  GuideVisitSummary *summary;
  const char *original = "{ \"version\": 7, \"notes\": \"written by a future guide\" }";

  if (!can_deny)
    {
      g_test_skip ("file permissions cannot be enforced here");
      return;
    }

  write_file (fixture->path, original);
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);

  store = open_store (fixture);
  summary = guide_visit_store_get_summary (store);
  g_assert_nonnull (guide_visit_store_get_load_error (store));
  g_assert_true (guide_visit_store_get_blocked (store));
  g_assert_null (guide_visit_store_get_kept_file (store));
  g_assert_true (guide_visit_summary_is_empty (summary));

  /* The patient writes; every save fails, and says why. */
  fill (summary, "Words typed while the folder was read-only");
  guide_test_wait_for (guide_visit_store_get_save_error (store) != NULL, 30000);
  g_test_message ("%s", guide_visit_store_get_save_error (store));
  g_assert_true (guide_visit_store_get_unsaved (store));
  g_assert_false (guide_visit_store_flush (store));
  g_assert_nonnull (guide_visit_store_get_save_error (store));

  /* The file is untouched and the text is still in the summary. */
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, original);
  g_assert_cmpstr (guide_visit_summary_get_notes (summary), ==,
                   "Words typed while the folder was read-only");

  /* Once the folder can be written, the next attempt moves the file
   * aside and saves. */
  guide_visit_summary_set_dose (summary, "600 mg");
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  guide_test_wait_for (guide_visit_store_get_save_error (store) == NULL, 30000);
  g_assert_false (guide_visit_store_get_unsaved (store));
  g_assert_false (guide_visit_store_get_blocked (store));
  g_assert_nonnull (guide_visit_store_get_kept_file (store));

  kept_path = g_file_get_path (guide_visit_store_get_kept_file (store));
  g_clear_pointer (&contents, g_free);
  contents = read_file (kept_path);
  g_assert_cmpstr (contents, ==, original);
  kept = other_files (fixture);
  g_assert_cmpuint (kept->len, ==, 1);

  again = open_store (fixture);
  g_assert_null (guide_visit_store_get_load_error (again));
  g_assert_true (guide_visit_summary_equal (summary, guide_visit_store_get_summary (again)));
}

/* A failed save is tried again on a timer, with no further change. */
static void
test_retry_on_timer (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = NULL;
  g_autoptr(GuideVisitStore) again = NULL;
  GuideVisitSummary *summary;

  if (!can_deny)
    {
      g_test_skip ("file permissions cannot be enforced here");
      return;
    }

  store = open_store (fixture);
  summary = guide_visit_store_get_summary (store);
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);

  fill (summary, "Kept in memory until the disk is back");
  guide_test_wait_for (guide_visit_store_get_save_error (store) != NULL, 30000);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  guide_test_wait_for (guide_visit_store_get_save_error (store) == NULL, 30000);
  g_assert_false (guide_visit_store_get_unsaved (store));

  again = open_store (fixture);
  g_assert_true (guide_visit_summary_equal (summary, guide_visit_store_get_summary (again)));
}

/* A failed save is tried again as soon as the patient changes something,
 * without waiting for a long back-off. */
static void
test_retry_on_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GuideVisitStore) store = NULL;
  g_autoptr(GuideVisitStore) again = NULL;
  GuideVisitSummary *summary;

  if (!can_deny)
    {
      g_test_skip ("file permissions cannot be enforced here");
      return;
    }

  store = open_store (fixture);
  g_object_set (store, "retry-delay", 60000, NULL);
  summary = guide_visit_store_get_summary (store);
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);

  fill (summary, "First words");
  guide_test_wait_for (guide_visit_store_get_save_error (store) != NULL, 30000);

  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  guide_visit_summary_set_notes (summary, "More words");
  guide_test_wait_for (guide_visit_store_get_save_error (store) == NULL, 30000);

  again = open_store (fixture);
  g_assert_cmpstr (guide_visit_summary_get_notes (guide_visit_store_get_summary (again)), ==,
                   "More words");
}

/* The folder is made when needed, private. */
static void
test_makes_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (fixture->dir, "data", "ros1-guide", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (sub);
  g_autoptr(GuideVisitStore) store = guide_visit_store_new (dir);
  g_autofree char *path = g_build_filename (sub, "visit.json", NULL);
  GStatBuf st;

  guide_visit_summary_set_notes (guide_visit_store_get_summary (store), "x");
  g_assert_true (guide_visit_store_flush (store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* As root, becomes "nobody", for whom permissions hold. */
static void
drop_privileges (void)
{
  struct passwd *nobody;

  if (geteuid () != 0)
    return;

  nobody = getpwnam ("nobody");
  if (nobody == NULL ||
      setgroups (0, NULL) != 0 ||
      setgid (nobody->pw_gid) != 0 ||
      setuid (nobody->pw_uid) != 0)
    {
      can_deny = FALSE;
      return;
    }

  /* The temporary folder must be one "nobody" can use. */
  g_setenv ("TMPDIR", "/tmp", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  drop_privileges ();
  guide_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/visit-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("save-restore", test_save_restore);
  ADD ("debounce-and-flush", test_debounce_and_flush);
  ADD ("corrupt", test_corrupt);
  ADD ("unknown-version", test_unknown_version);
  ADD ("wrong-field", test_wrong_field);
  ADD ("empty", test_empty);
  ADD ("not-utf8", test_not_utf8);
  ADD ("wrong-type", test_wrong_type);
  ADD ("huge-garbage", test_huge_garbage);
  ADD ("huge-notes", test_huge_notes);
  ADD ("kept-files-never-replaced", test_kept_files_never_replaced);
  ADD ("unreadable", test_unreadable);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("retry-on-timer", test_retry_on_timer);
  ADD ("retry-on-change", test_retry_on_change);
  ADD ("makes-folder", test_makes_folder);

#undef ADD

  return g_test_run ();
}
