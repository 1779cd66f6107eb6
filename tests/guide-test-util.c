/* guide-test-util.c - helpers shared by the tests
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "guide-i18n.h"
#include "guide-test-util.h"

void
guide_test_init (int    *argc,
                 char ***argv)
{
  const char *localedir = g_getenv ("ROS1_GUIDE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);
}

typedef struct
{
  GuideApplication *app;
  GuideTestAppFunc  func;
  gpointer          data;
} RunData;

static void
run_body (gpointer user_data)
{
  RunData *run = user_data;
  GuideApplication *app = run->app;
  GtkWindow *window;

  guide_test_wait_for ((window = gtk_application_get_active_window (GTK_APPLICATION (app))) != NULL &&
                       gtk_widget_get_mapped (GTK_WIDGET (window)), 30000);
  guide_test_settle ();

  run->func (app, GUIDE_WINDOW (window), run->data);

  /* Quit as a user would: every window closes and saves its state. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
activate_cb (GuideApplication *app,
             RunData          *run)
{
  g_signal_handlers_disconnect_by_func (app, activate_cb, run);
  g_idle_add_once (run_body, run);
}

/* Runs the real application as a user would get it (start-up, window,
 * main loop, shut-down), calls @func once its window is on screen, then
 * quits and checks that the application is freed. @content_directory, if
 * not NULL, replaces the built-in content. */
void
guide_test_run_app (GFile            *content_directory,
                    GuideTestAppFunc  func,
                    gpointer          data)
{
  RunData run = { NULL, func, data };
  GuideApplication *app;
  int status;

  app = run.app = g_object_new (GUIDE_TYPE_APPLICATION,
                      "application-id", APP_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE,
                      "content-directory", content_directory,
                      NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &run);

  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_assert_cmpint (status, ==, 0);

  g_assert_finalize_object (app);
}

/* The language is chosen once, when a process starts. So that a test can
 * run in another language, it calls this first: in the test's process
 * it runs the test again in a process of its own with LANGUAGE set to
 * @language, checks that it passed, and returns FALSE; in that process
 * it returns TRUE, and the test goes on.
 *
 *   if (!guide_test_in_language ("zh_CN"))
 *     return;
 */
gboolean
guide_test_in_language (const char *language)
{
  g_autofree char *saved = NULL;

  if (g_test_subprocess ())
    {
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language);
      return TRUE;
    }

  saved = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", language, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  g_test_trap_assert_passed ();

  return FALSE;
}

/* The languages that have a catalog, as po/LINGUAS lists them. */
GStrv
guide_test_get_languages (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", "LINGUAS", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      char *comment = strchr (lines[i], '#');

      if (comment != NULL)
        *comment = '\0';
      words = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          g_strv_builder_add (builder, words[w]);
    }

  return g_strv_builder_end (builder);
}

/* Wakes a waiting guide_test_wait_for() so it checks its condition. */
gboolean
guide_test_tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Lets pending work (layout, idle handlers) run. */
void
guide_test_settle (void)
{
  int budget = 1000;

  while (g_main_context_pending (NULL) && budget-- > 0)
    g_main_context_iteration (NULL, FALSE);
}

GtkWidget *
guide_test_child (GtkWidget  *widget,
                  GType       template_type,
                  const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, template_type, name);

  g_assert_nonnull (child);

  return GTK_WIDGET (child);
}

/* The first mapped label under @root whose text contains @substring. */
GtkWidget *
guide_test_find_label (GtkWidget  *root,
                       const char *substring)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), substring) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = guide_test_find_label (child, substring);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Writes { "name", "contents", ..., NULL } into a new temporary folder
 * (creating sub-folders as needed) and returns the folder. */
GFile *
guide_test_write_files (const char **names_and_contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-test-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; names_and_contents[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (dir, names_and_contents[i], NULL);
      g_autofree char *parent = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
      g_file_set_contents (path, names_and_contents[i + 1], -1, &error);
      g_assert_no_error (error);
    }

  return g_file_new_for_path (dir);
}

/* Deletes @dir and everything below it. */
void
guide_test_remove_tree (GFile *dir)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    {
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        guide_test_remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }

  g_file_delete (dir, NULL, NULL);
}

/* Whether the system can run in @locale (a full name, "de_DE.UTF-8"). */
static gboolean
try_locale (const char *locale)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ok = setlocale (LC_ALL, locale) != NULL;

  setlocale (LC_ALL, saved);
  return ok;
}

/* Compiles @locale ("de_DE.UTF-8") from the system's locale sources into
 * @dir, as localedef does for the system. */
static gboolean
compile_locale (const char *locale,
                const char *dir)
{
  g_autofree char *source = g_strndup (locale, strcspn (locale, "."));
  g_autofree char *source_file = g_build_filename ("/usr/share/i18n/locales", source, NULL);
  g_autofree char *output = g_build_filename (dir, locale, NULL);
  g_autofree char *localedef = g_find_program_in_path ("localedef");

  if (localedef == NULL || !g_file_test (source_file, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  /* localedef may warn and still write a usable locale: what counts is
   * whether the C library then takes it. */
  g_spawn_sync (NULL, (char *[]) { localedef, "-i", source, "-f", "UTF-8", output, NULL }, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, NULL, NULL);

  return g_file_test (output, G_FILE_TEST_IS_DIR);
}

/* The UTF-8 locales that speak @language ("de", "zh_CN"), best first:
 * "de_DE.UTF-8" before the other countries the system knows for "de". */
static GPtrArray *
locales_for_language (const char *language)
{
  GPtrArray *locales = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *supported = NULL;
  g_autofree char *prefix = g_strconcat (language, "_", NULL);

  if (strchr (language, '_') != NULL)
    g_ptr_array_add (locales, g_strconcat (language, ".UTF-8", NULL));
  else
    {
      g_autofree char *country = g_ascii_strup (language, -1);

      g_ptr_array_add (locales, g_strdup_printf ("%s_%s.UTF-8", language, country));
    }

  if (g_file_get_contents ("/usr/share/i18n/SUPPORTED", &supported, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (supported, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[i], " ", 2);
          g_autofree char *name = NULL;

          if (fields[0] == NULL || fields[1] == NULL || !g_str_equal (fields[1], "UTF-8") ||
              !(g_str_has_prefix (fields[0], prefix) || g_str_equal (fields[0], language)))
            continue;

          name = g_str_has_suffix (fields[0], ".UTF-8") ? g_strdup (fields[0])
                                                        : g_strconcat (fields[0], ".UTF-8", NULL);
          if (strchr (language, '_') != NULL &&
              !(g_str_has_prefix (name, language) && name[strlen (language)] == '.'))
            continue;
          if (!g_ptr_array_find_with_equal_func (locales, name, g_str_equal, NULL))
            g_ptr_array_add (locales, g_steal_pointer (&name));
        }
    }

  return locales;
}

/* Makes the test run in @language ("de", "zh_CN") as it would for a user
 * whose system speaks it: LANGUAGE=@language and LC_ALL a UTF-8 locale of
 * that language, so that messages, dates and paper size follow it. Where
 * the system has no such locale and @compiled_locale is not NULL, one is
 * compiled from the system's locale sources into a temporary folder,
 * returned in @compiled_locale (the caller removes it at the end). Call
 * before guide_test_init(). Returns FALSE when no locale can be had: then
 * LC_ALL is C.UTF-8, where messages still follow LANGUAGE but dates stay
 * in English. */
gboolean
guide_test_use_language (const char  *language,
                         GFile      **compiled_locale)
{
  g_autoptr(GPtrArray) locales = locales_for_language (language);
  const char *chosen = NULL;

  if (compiled_locale != NULL)
    *compiled_locale = NULL;

  for (guint i = 0; i < locales->len && chosen == NULL; i++)
    if (try_locale (g_ptr_array_index (locales, i)))
      chosen = g_ptr_array_index (locales, i);

  for (guint i = 0; i < locales->len && chosen == NULL && compiled_locale != NULL; i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("ros1-guide-locale-XXXXXX", NULL);
      const char *locale = g_ptr_array_index (locales, i);

      if (dir == NULL)
        break;
      if (compile_locale (locale, dir))
        {
          g_setenv ("LOCPATH", dir, TRUE);
          if (try_locale (locale))
            {
              chosen = locale;
              *compiled_locale = g_file_new_for_path (dir);
              break;
            }
          g_unsetenv ("LOCPATH");
        }
      {
        g_autoptr(GFile) unused = g_file_new_for_path (dir);

        guide_test_remove_tree (unused);
      }
    }

  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", chosen != NULL ? chosen : "C.UTF-8", TRUE);

  return chosen != NULL;
}

static void
keep_english (const char *msgid,
              const char *origin,
              const char *comment,
              gpointer    user_data)
{
  if (user_data != NULL)
    g_ptr_array_add (user_data, g_strdup (msgid));
}

/* The built-in content as written, in English, whatever the language:
 * its text is what the catalogs translate. */
GuideContent *
guide_test_english_content (void)
{
  g_autoptr(GError) error = NULL;
  GuideContent *content;

  guide_i18n_set_recorder (keep_english, NULL);
  content = guide_content_new_from_resource (&error);
  guide_i18n_set_recorder (NULL, NULL);
  g_assert_no_error (error);

  return content;
}

/* The messages @topic's article is translated by, in order: its blocks
 * in English, as the catalogs have them. */
GPtrArray *
guide_test_article_messages (GuideContent *content,
                             GuideTopic   *topic)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;

  guide_i18n_set_recorder (keep_english, messages);
  markdown = guide_content_load_markdown (content, topic, NULL, &error);
  guide_i18n_set_recorder (NULL, NULL);
  g_assert_no_error (error);

  return messages;
}
