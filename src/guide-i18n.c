/* guide-i18n.c - translation of content: data strings and Markdown by blocks
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles reach translators one block at a time: each top-level block of
 * the Markdown source (a paragraph, a heading, one item of a list, a quote)
 * is one message. At run time each block is looked up on its own, so a
 * block with no translation stays in English while the rest of the article
 * is translated. List markers and heading marks are not part of the
 * message; they are put back around the translation.
 */
#define G_LOG_DOMAIN "guide-i18n"

#include <glib/gi18n.h>
#include <cmark.h>
#include <string.h>

#include "guide-i18n.h"

static GuideI18nRecorder recorder;
static gpointer recorder_data;

void
guide_i18n_set_recorder (GuideI18nRecorder func,
                         gpointer          user_data)
{
  recorder = func;
  recorder_data = user_data;
}

/* The language the guide speaks: the first of the user's languages
 * (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as g_get_language_names() lists
 * them) that has a catalog of ours, such as "zh_CN"; "en" when none has.
 * Text laid out outside GTK (printing) takes it as its Pango language,
 * so that Chinese gets Chinese glyph forms even where the system's
 * locale is not Chinese. */
const char *
guide_i18n_get_language (void)
{
  const char * const *names = g_get_language_names ();
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *catalog = NULL;

      /* English is the language of the source; C and POSIX mean it. */
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX") ||
          g_str_has_prefix (names[i], "en"))
        return "en";

      catalog = g_build_filename (dir, names[i], "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (g_file_test (catalog, G_FILE_TEST_IS_REGULAR))
        return names[i];
    }

  return "en";
}

const char *
guide_i18n_translate (const char *msgid,
                      const char *origin,
                      const char *comment)
{
  if (msgid == NULL || *msgid == '\0')
    return msgid;

  if (recorder != NULL)
    {
      recorder (msgid, origin, comment, recorder_data);
      return msgid;
    }

  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* Whether @text ends a sentence: with a full stop, question mark or
 * exclamation mark, in Latin or in CJK punctuation. Translations of data
 * keep the English's sentences but not always its "." */
gboolean
guide_i18n_ends_sentence (const char *text)
{
  static const gunichar ends[] = { '.', '!', '?', 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0x2026 };
  const char *last;
  gunichar c;

  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0')
    return FALSE;

  last = g_utf8_find_prev_char (text, text + strlen (text));
  c = last != NULL ? g_utf8_get_char (last) : 0;
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (c == ends[i])
      return TRUE;

  return FALSE;
}

typedef struct
{
  const char *start;  /* first byte of the line */
  gsize       length; /* without the newline */
} Line;

typedef struct
{
  guint first;        /* 0-based, inclusive */
  guint last;         /* 0-based, inclusive */
  gsize prefix;       /* bytes of marker on the first line (list item, heading) */
  cmark_node_type kind; /* of the block: paragraph, heading, item, block quote... */
} Chunk;

static GArray *
split_lines (const char *source,
             gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  const char *p = source;
  const char *end = source + length;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      Line line = { p, (nl ? nl : end) - p };

      g_array_append_val (lines, line);
      p = nl ? nl + 1 : end;
    }

  return lines;
}

static gboolean
line_is_blank (const Line *line)
{
  for (gsize i = 0; i < line->length; i++)
    if (!g_ascii_isspace (line->start[i]))
      return FALSE;

  return TRUE;
}

static gboolean
is_marker_prefix (const char *text,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (strchr (" \t0123456789.)-*+#", text[i]) == NULL)
      return FALSE;

  return TRUE;
}

/* Adds the lines of @node as a chunk, trimmed of trailing blank lines;
 * @content is the node whose start column ends the marker, or NULL. */
static void
add_chunk (GArray     *chunks,
           GArray     *lines,
           cmark_node *node,
           cmark_node *content)
{
  Chunk chunk = { 0 };
  int start = cmark_node_get_start_line (node);
  int end = cmark_node_get_end_line (node);
  const Line *first;

  if (start < 1 || end < start || (guint) start > lines->len)
    return;

  chunk.first = start - 1;
  chunk.last = MIN ((guint) end, lines->len) - 1;
  chunk.kind = cmark_node_get_type (node);

  while (chunk.last > chunk.first && line_is_blank (&g_array_index (lines, Line, chunk.last)))
    chunk.last--;

  /* Chunks must come in order and never overlap. */
  if (chunks->len > 0 && g_array_index (chunks, Chunk, chunks->len - 1).last >= chunk.first)
    return;

  first = &g_array_index (lines, Line, chunk.first);
  if (content != NULL && cmark_node_get_start_line (content) == start)
    {
      int column = cmark_node_get_start_column (content);

      if (column > 1 && (gsize) column - 1 < first->length &&
          is_marker_prefix (first->start, column - 1))
        chunk.prefix = column - 1;
    }
  else if (content == NULL && cmark_node_get_type (node) == CMARK_NODE_HEADING &&
           first->length > 0 && first->start[0] == '#')
    {
      gsize i = 0;

      while (i < first->length && first->start[i] == '#')
        i++;
      while (i < first->length && first->start[i] == ' ')
        i++;
      if (i < first->length)
        chunk.prefix = i;
    }

  if (line_is_blank (first) || chunk.prefix >= first->length)
    return;

  g_array_append_val (chunks, chunk);
}

static GArray *
find_chunks (const char *source,
             gsize       length,
             GArray     *lines)
{
  GArray *chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
  cmark_node *doc = cmark_parse_document (source, length, CMARK_OPT_VALIDATE_UTF8);

  for (cmark_node *node = cmark_node_first_child (doc); node; node = cmark_node_next (node))
    {
      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_LIST:
          for (cmark_node *item = cmark_node_first_child (node); item; item = cmark_node_next (item))
            if (cmark_node_first_child (item) != NULL)
              add_chunk (chunks, lines, item, cmark_node_first_child (item));
          break;

        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
          break;

        default:
          add_chunk (chunks, lines, node, NULL);
          break;
        }
    }

  cmark_node_free (doc);

  return chunks;
}

/* The message of a chunk: its lines without the marker, continuation lines
 * without the indentation the marker implies. */
static char *
chunk_message (const Chunk *chunk,
               GArray      *lines)
{
  GString *msg = g_string_new (NULL);

  for (guint i = chunk->first; i <= chunk->last; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      gsize skip = 0;

      if (i == chunk->first)
        skip = chunk->prefix;
      else
        while (skip < chunk->prefix && skip < line->length && line->start[skip] == ' ')
          skip++;

      if (i > chunk->first)
        g_string_append_c (msg, '\n');
      g_string_append_len (msg, line->start + skip, line->length - skip);
    }

  return g_string_free (msg, FALSE);
}

static void
append_translation (GString     *out,
                    const Chunk *chunk,
                    GArray      *lines,
                    const char  *translation)
{
  const Line *first = &g_array_index (lines, Line, chunk->first);
  g_auto(GStrv) parts = g_strsplit (translation, "\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i == 0)
        g_string_append_len (out, first->start, chunk->prefix);
      else
        {
          g_string_append_c (out, '\n');
          for (gsize j = 0; parts[i][0] != '\0' && j < chunk->prefix; j++)
            g_string_append_c (out, ' ');
        }
      g_string_append (out, parts[i]);
    }
}

/* Whether a catalog is loaded for the guide's messages: gettext gives a
 * catalog's header as the translation of "". */
static gboolean
have_catalog (void)
{
  const char *header = g_dgettext (GETTEXT_PACKAGE, "");

  return header != NULL && *header != '\0';
}

/* Lines @first to @last, as they are, with no newline after the last. */
static void
append_lines (GString *out,
              GArray  *lines,
              guint    first,
              guint    last)
{
  for (guint i = first; i <= last; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      g_string_append_len (out, l->start, l->length);
      if (i < last)
        g_string_append_c (out, '\n');
    }
}

static char *
normalize_line_ends (const char *source,
                     gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (source[i] != '\r')
        g_string_append_c (out, source[i]);
      else if (i + 1 >= length || source[i + 1] != '\n')
        g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* What translators are told of a block of an article. */
static const char *
block_comment (cmark_node_type kind)
{
  switch (kind)
    {
    case CMARK_NODE_HEADING:
      return "A heading of an article (its # marks are not part of the text). Markdown: keep "
             "*marks*, [links](target), {{placeholders}} and numbers as they are, and an "
             "anchor {#name} at the end exactly as it is: links to the heading use it.";
    case CMARK_NODE_ITEM:
      return "One item of a list in an article (its - or 1. mark is not part of the text). "
             "Markdown: keep *marks*, [links](target), {{placeholders}} and numbers as they are.";
    case CMARK_NODE_BLOCK_QUOTE:
      return "A note set apart in an article: keep the > at the start of each line. Markdown: "
             "keep *marks*, [links](target), {{placeholders}} and numbers as they are.";
    case CMARK_NODE_PARAGRAPH:
    default:
      return "A paragraph of an article. Markdown: keep *marks*, [links](target), "
             "{{placeholders}} and numbers as they are; no blank lines.";
    }
}

static gboolean
is_placeholder (const char *text)
{
  gsize len = strlen (text);

  return len > 4 && g_str_has_prefix (text, "{{") && g_str_has_suffix (text, "}}") &&
         strstr (text + 2, "{{") == NULL && strstr (text, "}}") == text + len - 2;
}

char *
guide_i18n_translate_markdown (const char *source,
                               gsize       length,
                               const char *origin)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) chunks = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *unix_lines = NULL;
  GString *out;
  guint line = 0;

  g_return_val_if_fail (source != NULL || length == 0, NULL);

  /* The result is a string: a NUL byte in the file would cut it short and
   * lose the rest of the article. Broken UTF-8 and NUL bytes become U+FFFD,
   * as the renderer shows them, so messages are always valid text. */
  if (source != NULL && !g_utf8_validate_len (source, length, NULL))
    {
      valid = g_utf8_make_valid (source, length);
      source = valid;
      length = strlen (valid);
    }

  /* cmark ends lines at "\r\n", "\n" and a lone "\r"; the lines here must
   * be the same lines, or blocks would be cut in the wrong places. */
  if (source != NULL && memchr (source, '\r', length) != NULL)
    {
      unix_lines = normalize_line_ends (source, length);
      source = unix_lines;
      length = strlen (unix_lines);
    }

  /* With no catalog loaded (the guide in English) and nothing recording,
   * every block would come back as written: skip cutting the article up,
   * which costs as much as rendering it. */
  if (recorder == NULL && !have_catalog ())
    {
      out = g_string_new_len (source, length);
      if (length > 0 && source[length - 1] != '\n')
        g_string_append_c (out, '\n');
      return g_string_free (out, FALSE);
    }

  lines = split_lines (source, length);
  chunks = find_chunks (source, length, lines);
  out = g_string_sized_new (length + 1);

  for (guint c = 0; c < chunks->len; c++)
    {
      const Chunk *chunk = &g_array_index (chunks, Chunk, c);
      g_autofree char *msgid = chunk_message (chunk, lines);
      g_autofree char *where = g_strdup_printf ("%s:%u", origin ? origin : "", chunk->first + 1);
      const char *translation;

      for (; line < chunk->first; line++)
        {
          const Line *l = &g_array_index (lines, Line, line);
          g_string_append_len (out, l->start, l->length);
          g_string_append_c (out, '\n');
        }

      /* A placeholder alone is filled by the guide, not by translators. */
      if (is_placeholder (msgid))
        translation = msgid;
      else
        translation = guide_i18n_translate (msgid, where, block_comment (chunk->kind));
      /* Untranslated, a block stays exactly as written: putting back the
       * marker's indentation would change lines that had none ("lazy"
       * lines), and so what they mean. */
      if (g_strcmp0 (translation, msgid) == 0)
        append_lines (out, lines, chunk->first, chunk->last);
      else
        append_translation (out, chunk, lines, translation);
      g_string_append_c (out, '\n');
      line = chunk->last + 1;
    }

  for (; line < lines->len; line++)
    {
      const Line *l = &g_array_index (lines, Line, line);
      g_string_append_len (out, l->start, l->length);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
