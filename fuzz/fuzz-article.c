/* fuzz-article.c - an article on its way to the reader
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The path an article file takes in the application: cut into messages
 * and translated block by block (guide_i18n_translate_markdown), its
 * {{placeholders}} filled (guide_content_expand), then rendered. With no
 * translation loaded, cutting and joining again must not change what the
 * reader sees: nothing may be lost or added on the way.
 */
#include <string.h>

#include "fuzz-common.h"
#include "guide-content.h"
#include "guide-i18n.h"
#include "guide-markdown.h"

static GuideContent *content;

/* What a reader sees of @doc: its blocks' text, one per line. */
static char *
visible_text (const GuideDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const GuideBlock *block = g_ptr_array_index (doc->blocks, i);

      g_string_append_printf (text, "%d|%s|%s\n", block->kind,
                              block->marker ? block->marker : "",
                              block->text ? block->text : "");
    }

  return g_string_free (text, FALSE);
}

static void
ignore_message (const char *msgid,
                const char *origin,
                const char *comment,
                gpointer    user_data)
{
}

static void
report_change (const char *before,
               const char *after)
{
  g_auto(GStrv) a = g_strsplit (before, "\n", -1);
  g_auto(GStrv) b = g_strsplit (after, "\n", -1);
  guint i = 0;

  while (a[i] != NULL && b[i] != NULL && g_str_equal (a[i], b[i]))
    i++;

  {
    g_autofree char *was = g_strescape (a[i] ? a[i] : "(nothing)", NULL);
    g_autofree char *now = g_strescape (b[i] ? b[i] : "(nothing)", NULL);

    g_error ("fuzz: translation without a catalog changed block %u of the article:\n"
             "was: %s\nnow: %s", i, was, now);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) original = NULL;
  g_autoptr(GuideDocument) joined = NULL;
  g_autoptr(GuideDocument) expanded_doc = NULL;
  g_autoptr(GPtrArray) unresolved = NULL;
  g_autofree char *translated = NULL;
  g_autofree char *uncut = NULL;
  g_autofree char *expanded = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *source = (const char *) data;

  fuzz_init ();

  if (content == NULL)
    {
      content = guide_content_new_from_resource (&error);
      g_assert_no_error (error);
    }

  /* Cut into blocks and given back untranslated (a recorder is set), and
   * not cut at all (no catalog, nothing recording): the same text. */
  guide_i18n_set_recorder (ignore_message, NULL);
  translated = guide_i18n_translate_markdown (source, size, "fuzz.md");
  guide_i18n_set_recorder (NULL, NULL);
  uncut = guide_i18n_translate_markdown (source, size, "fuzz.md");
  if (translated == NULL || uncut == NULL)
    g_error ("fuzz: no text came back from translation");
  if (strcmp (translated, uncut) != 0)
    g_error ("fuzz: cutting an article into blocks and joining them changed it");

  /* Valid text with Unix line ends comes back exactly as it was, with a
   * newline at the end. */
  if (g_utf8_validate_len (source, size, NULL) && memchr (source, '\r', size) == NULL)
    {
      gboolean add_newline = size > 0 && source[size - 1] != '\n';

      if (strlen (translated) != size + add_newline || memcmp (translated, source, size) != 0)
        g_error ("fuzz: translation without a catalog did not give back the article as written");
    }

  original = guide_markdown_render (source, size);
  joined = guide_markdown_render (translated, strlen (translated));
  before = visible_text (original);
  after = visible_text (joined);
  if (g_strcmp0 (before, after) != 0)
    report_change (before, after);

  unresolved = g_ptr_array_new_with_free_func (g_free);
  expanded = guide_content_expand (content, translated, unresolved);
  expanded_doc = guide_markdown_render (expanded, strlen (expanded));

  return 0;
}
