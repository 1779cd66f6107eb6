/* guide-test-util.h - helpers shared by the tests
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-application.h"
#include "guide-window.h"

G_BEGIN_DECLS

/* Iterates the main context until @cond holds, failing the test after
 * @timeout_ms. Never sleeps on a timer: it waits for events, with a tick
 * that wakes it to check @cond, so it does not spin while other tests run.
 * The bound only stops a hung test; keep it generous for loaded machines. */
#define guide_test_wait_for(cond, timeout_ms) \
  G_STMT_START { \
    gint64 _deadline = g_get_monotonic_time () + (gint64) (timeout_ms) * 1000; \
    guint _tick = g_timeout_add (10, guide_test_tick, NULL); \
    while (!(cond)) \
      { \
        if (g_get_monotonic_time () > _deadline) \
          g_error ("Timed out waiting for: %s", #cond); \
        g_main_context_iteration (NULL, TRUE); \
      } \
    g_source_remove (_tick); \
  } G_STMT_END

gboolean          guide_test_tick             (gpointer           data);

void              guide_test_init             (int               *argc,
                                               char            ***argv);
gboolean          guide_test_in_language      (const char        *language);
GStrv             guide_test_get_languages    (void);
typedef void (*GuideTestAppFunc) (GuideApplication *app,
                                  GuideWindow      *window,
                                  gpointer          data);

void              guide_test_run_app          (GFile             *content_directory,
                                               GuideTestAppFunc   func,
                                               gpointer           data);
void              guide_test_settle           (void);
GtkWidget        *guide_test_child            (GtkWidget         *widget,
                                               GType              template_type,
                                               const char        *name);
GtkWidget        *guide_test_find_label       (GtkWidget         *root,
                                               const char        *substring);
GFile            *guide_test_write_files      (const char       **names_and_contents);
void              guide_test_remove_tree      (GFile             *dir);

gboolean          guide_test_use_language     (const char        *language,
                                               GFile            **compiled_locale);
GuideContent     *guide_test_english_content  (void);
GPtrArray        *guide_test_article_messages (GuideContent      *content,
                                               GuideTopic        *topic);

G_END_DECLS
