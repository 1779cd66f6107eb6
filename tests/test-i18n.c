/* test-i18n.c - content messages: how articles are cut for translators
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "guide-i18n.h"
#include "guide-test-util.h"

static void
collect (const char *msgid,
         const char *origin,
         const char *comment,
         gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup (msgid));
}

static GPtrArray *
messages_of (const char *markdown)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;

  guide_i18n_set_recorder (collect, messages);
  out = guide_i18n_translate_markdown (markdown, strlen (markdown), "test.md");
  guide_i18n_set_recorder (NULL, NULL);

  return messages;
}

static void
assert_messages (const char  *markdown,
                 const char **expected)
{
  g_autoptr(GPtrArray) messages = messages_of (markdown);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < messages->len; i++)
    g_test_message ("message %u: “%s”", i, (char *) g_ptr_array_index (messages, i));

  g_assert_cmpuint (messages->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (messages, i), ==, expected[i]);
}

/* Paragraphs, headings (without their marks), each list item (without
 * its marker) and quotes are messages; code is not. */
static void
test_blocks (void)
{
  const char *expected[] = {
    "Title",
    "A paragraph\nover two lines.",
    "first item",
    "second item\nwith a second line",
    "ordered *item*",
    "> a quote",
    "Last [link](topic:x) and {{therapy:crizotinib:dose}}.",
    NULL,
  };

  assert_messages ("## Title\n\n"
                   "A paragraph\nover two lines.\n\n"
                   "- first item\n"
                   "- second item\n  with a second line\n\n"
                   "10. ordered *item*\n\n"
                   "```\ncode is not translated\n```\n\n"
                   "> a quote\n\n"
                   "---\n\n"
                   "Last [link](topic:x) and {{therapy:crizotinib:dose}}.\n\n"
                   "{{questions:list}}\n",
                   expected);
}

/* With no translation, the article comes back exactly as written. */
static void
test_identity (void)
{
  const char *inputs[] = {
    "## Title\n\nText.\n",
    "- a\n- b\n\n\n\n1. c\n   continued\n2. d\n",
    "No final newline",
    "> quote\n> more\n\n```\ncode\n```\n",
    "- item\n\n  second paragraph of the item\n\n- next\n",
    "",
    "\n\n\n",
    "* * *\n#\n# \n##### x #####\n",
    /* A "lazy" line, not indented under its list item: indenting it would
     * make "=" underline a heading (found by fuzzing). */
    "- item\n=\n",
    "- item\nlazy\n  indented\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *out = guide_i18n_translate_markdown (inputs[i], strlen (inputs[i]), "t.md");
      g_autofree char *cut = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);

      /* Without a catalog the article is not even cut up; cut up, and
       * every block left untranslated, it must come back the same. */
      guide_i18n_set_recorder (collect, messages);
      cut = guide_i18n_translate_markdown (inputs[i], strlen (inputs[i]), "t.md");
      guide_i18n_set_recorder (NULL, NULL);
      g_assert_cmpstr (cut, ==, out);

      /* Every line comes back ended by a newline. */
      if (*inputs[i] != '\0' && !g_str_has_suffix (inputs[i], "\n"))
        expected = g_strconcat (inputs[i], "\n", NULL);
      else
        expected = g_strdup (inputs[i]);

      g_assert_cmpstr (out, ==, expected);
    }
}

/* Every kind of line end cuts an article into the same messages; a lone
 * CR once shifted every message after it by a line (found by fuzzing). */
static void
test_line_ends (void)
{
  const char *expected[] = { "Title", "Intro\nmore", "one", "two\n- nested", "End.", NULL };
  const char *forms[] = {
    "# Title\n\nIntro\nmore\n\n- one\n- two\n  - nested\n\nEnd.\n",
    "# Title\r\n\r\nIntro\r\nmore\r\n\r\n- one\r\n- two\r\n  - nested\r\n\r\nEnd.\r\n",
    "# Title\r\rIntro\rmore\r\r- one\r- two\r  - nested\r\rEnd.\r",
    "# Title\n\nIntro\rmore\n\r- one\r\n- two\n  - nested\r\rEnd.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    assert_messages (forms[i], expected);
}

/* Broken UTF-8 and NUL bytes reach translators as U+FFFD, never as bytes
 * that would break a catalog, and nothing after them is lost. */
static void
test_broken_text (void)
{
  static const char source[] = "Before \xff after\n\nNUL \0 inside\n";
  const char *expected[] = { "Before \xef\xbf\xbd after", "NUL \xef\xbf\xbd inside", NULL };
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;

  guide_i18n_set_recorder (collect, messages);
  out = guide_i18n_translate_markdown (source, sizeof source - 1, "test.md");
  guide_i18n_set_recorder (NULL, NULL);

  g_assert_cmpuint (messages->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (g_ptr_array_index (messages, i), ==, expected[i]);
  g_assert_cmpstr (out, ==, "Before \xef\xbf\xbd after\n\nNUL \xef\xbf\xbd inside\n");
}

/* The language in use is the first of the user's that has a catalog;
 * English, where the user puts it first or none has one. */
static void
test_language (void)
{
  static const char *cases[][2] = {
    { "zh_CN", "zh_CN" },
    { "de", "de" },
    { "de_AT", "de" },
    { "pt_BR:fr", "fr" },
    { "en_GB:es", "en" },
    { "xx", "en" },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("LANGUAGE", cases[i][0], TRUE);
      g_assert_cmpstr (guide_i18n_get_language (), ==, cases[i][1]);
    }

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/i18n/blocks", test_blocks);
  g_test_add_func ("/i18n/identity", test_identity);
  g_test_add_func ("/i18n/line-ends", test_line_ends);
  g_test_add_func ("/i18n/broken-text", test_broken_text);
  g_test_add_func ("/i18n/language", test_language);

  return g_test_run ();
}
