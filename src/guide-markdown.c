/* guide-markdown.c - CommonMark to a flat list of escaped, styled blocks
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk is iterative (cmark_iter), so that any nesting depth is safe,
 * and the result is flat: nesting becomes an indent, capped so that a
 * document nested thousands of levels deep still makes a few widgets.
 * Every piece of text, raw HTML included, is escaped into the markup.
 */
#define G_LOG_DOMAIN "guide-markdown"

#include <cmark.h>
#include <string.h>

#include "guide-markdown.h"

typedef struct
{
  cmark_list_type type;
  int             number;   /* the next item's number */
  cmark_delim_type delim;
} ListState;

typedef struct
{
  GuideDocument *doc;
  GArray        *lists;        /* of ListState */
  guint          quote_depth;
  char          *pending_marker;

  /* the leaf block being filled, or NULL */
  GuideBlock    *leaf;
  GString       *markup;
  GString       *text;
  guint          chars;        /* characters in text so far */
  guint          emph;
  guint          strong;
  guint          link;
  guint          emph_start;
  guint          strong_start;
  guint          link_start;
  char          *link_uri;
} Walker;

static void
guide_block_free (gpointer data)
{
  GuideBlock *block = data;

  g_free (block->marker);
  g_free (block->markup);
  g_free (block->text);
  g_free (block->target);
  g_free (block->anchor);
  g_clear_pointer (&block->spans, g_array_unref);
  g_free (block);
}

static void
span_clear (gpointer data)
{
  GuideSpan *span = data;

  g_free (span->uri);
}

void
guide_document_free (GuideDocument *document)
{
  if (document == NULL)
    return;

  g_ptr_array_unref (document->blocks);
  g_ptr_array_unref (document->links);
  g_free (document);
}

/* Moves the blocks and links of @other, which is freed, to the end of
 * @document. */
void
guide_document_append (GuideDocument *document,
                       GuideDocument *other)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (other != NULL);

  g_ptr_array_extend_and_steal (document->blocks, g_steal_pointer (&other->blocks));
  g_ptr_array_extend_and_steal (document->links, g_steal_pointer (&other->links));
  document->truncated |= other->truncated;
  g_free (other);
}

char *
guide_markdown_slugify (const char *text)
{
  GString *slug = g_string_new (NULL);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  gboolean dash = FALSE;

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_unichar (slug, c);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }

  return g_string_free (slug, FALSE);
}

/* Escapes the ASCII punctuation that Markdown gives a meaning to, so that
 * text put into an article shows as it is. */
char *
guide_markdown_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (strchr ("\\`*_{}[]()<>#+-.!|~&", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A Markdown link to @target showing @text, both made safe. */
char *
guide_markdown_link (const char *text,
                     const char *target)
{
  g_autofree char *label = guide_markdown_escape (text);
  g_autoptr(GString) dest = g_string_new (NULL);

  for (const char *p = target; *p; p++)
    {
      if (*p == '<' || *p == '>' || *p == '\\' || g_ascii_isspace (*p))
        g_string_append_printf (dest, "%%%02X", (guchar) *p);
      else
        g_string_append_c (dest, *p);
    }

  return g_strdup_printf ("[%s](<%s>)", label, dest->str);
}

static guint
current_indent (Walker *w)
{
  return MIN (w->lists->len + w->quote_depth, GUIDE_MARKDOWN_MAX_INDENT);
}

static gboolean
room_for_block (Walker *w)
{
  if (w->doc->blocks->len >= GUIDE_MARKDOWN_MAX_BLOCKS)
    {
      w->doc->truncated = TRUE;
      return FALSE;
    }

  return TRUE;
}

static GuideBlock *
add_block (Walker        *w,
           GuideBlockKind kind)
{
  GuideBlock *block = g_new0 (GuideBlock, 1);

  block->kind = kind;
  block->indent = current_indent (w);
  block->quote_depth = MIN (w->quote_depth, GUIDE_MARKDOWN_MAX_INDENT);
  block->marker = g_steal_pointer (&w->pending_marker);
  g_ptr_array_add (w->doc->blocks, block);

  return block;
}

static void
begin_leaf (Walker        *w,
            GuideBlockKind kind,
            guint          level)
{
  g_assert (w->leaf == NULL);

  w->leaf = add_block (w, kind);
  w->leaf->level = level;
  w->markup = g_string_new (NULL);
  w->text = g_string_new (NULL);
  w->chars = 0;
  w->emph = w->strong = w->link = 0;
}

static void
add_span (Walker        *w,
          GuideSpanKind  kind,
          guint          start,
          char          *uri)
{
  GuideSpan span = { kind, start, w->chars, uri };

  if (span.end <= span.start)
    {
      g_free (uri);
      return;
    }

  if (w->leaf->spans == NULL)
    {
      w->leaf->spans = g_array_new (FALSE, FALSE, sizeof (GuideSpan));
      g_array_set_clear_func (w->leaf->spans, span_clear);
    }

  g_array_append_val (w->leaf->spans, span);
}

/* "## Term {#anchor}" gives the heading an explicit anchor, which stays
 * the same when the heading is translated. Returns the anchor, or NULL,
 * and takes the mark off the heading's text. */
static char *
take_explicit_anchor (Walker *w)
{
  const char *open = g_strrstr (w->text->str, "{#");
  gsize mark_len, keep;
  g_autofree char *anchor = NULL;

  if (open == NULL || !g_str_has_suffix (w->text->str, "}"))
    return NULL;

  anchor = g_strndup (open + 2, strlen (open + 2) - 1);
  if (*anchor == '\0')
    return NULL;
  for (const char *p = anchor; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return NULL;

  /* The mark is plain text, the same in the markup: it must end both. */
  mark_len = strlen (open);
  if (!g_str_has_suffix (w->markup->str, open))
    return NULL;

  keep = open - w->text->str;
  while (keep > 0 && w->text->str[keep - 1] == ' ')
    keep--;

  g_string_truncate (w->markup, w->markup->len - mark_len - (open - w->text->str - keep));
  g_string_truncate (w->text, keep);
  w->chars = g_utf8_strlen (w->text->str, -1);

  for (guint i = 0; w->leaf->spans != NULL && i < w->leaf->spans->len; i++)
    {
      GuideSpan *span = &g_array_index (w->leaf->spans, GuideSpan, i);

      span->end = MIN (span->end, w->chars);
      span->start = MIN (span->start, span->end);
    }

  return g_steal_pointer (&anchor);
}

static void
end_leaf (Walker *w)
{
  GuideBlock *leaf = w->leaf;

  if (leaf == NULL)
    return;

  /* cmark nests inlines properly, so every tag opened was closed. */
  g_assert (w->emph == 0 && w->strong == 0 && w->link == 0);

  if (leaf->kind == GUIDE_BLOCK_HEADING)
    leaf->anchor = take_explicit_anchor (w);

  leaf->markup = g_string_free (g_steal_pointer (&w->markup), FALSE);
  leaf->text = g_string_free (g_steal_pointer (&w->text), FALSE);
  if (leaf->kind == GUIDE_BLOCK_HEADING && leaf->anchor == NULL)
    leaf->anchor = guide_markdown_slugify (leaf->text);

  w->leaf = NULL;
}

static void
append_text (Walker     *w,
             const char *literal)
{
  g_autofree char *escaped = NULL;

  if (literal == NULL)
    return;

  escaped = g_markup_escape_text (literal, -1);
  g_string_append (w->markup, escaped);
  g_string_append (w->text, literal);
  w->chars += g_utf8_strlen (literal, -1);
}

/* Opens or closes a style tag only at the outermost level of its kind:
 * nested emphasis adds nothing, and tags stay properly nested. */
static void
toggle_style (Walker        *w,
              guint         *depth,
              guint         *start,
              GuideSpanKind  kind,
              gboolean       entering,
              const char    *open,
              const char    *close)
{
  if (entering)
    {
      if ((*depth)++ == 0)
        {
          g_string_append (w->markup, open);
          *start = w->chars;
        }
    }
  else if (*depth > 0 && --(*depth) == 0)
    {
      g_string_append (w->markup, close);
      add_span (w, kind, *start, NULL);
    }
}

static void
inline_event (Walker         *w,
              cmark_node     *node,
              cmark_event_type ev)
{
  gboolean entering = ev == CMARK_EVENT_ENTER;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_HTML_INLINE:
      append_text (w, cmark_node_get_literal (node));
      break;

    case CMARK_NODE_CODE:
      {
        guint start = w->chars;

        g_string_append (w->markup, "<tt>");
        append_text (w, cmark_node_get_literal (node));
        g_string_append (w->markup, "</tt>");
        add_span (w, GUIDE_SPAN_CODE, start, NULL);
      }
      break;

    case CMARK_NODE_SOFTBREAK:
      append_text (w, " ");
      break;

    case CMARK_NODE_LINEBREAK:
      append_text (w, "\n");
      break;

    case CMARK_NODE_EMPH:
    case CMARK_NODE_IMAGE: /* an image inside text shows its alternative text */
      toggle_style (w, &w->emph, &w->emph_start, GUIDE_SPAN_EMPHASIS, entering, "<i>", "</i>");
      break;

    case CMARK_NODE_STRONG:
      toggle_style (w, &w->strong, &w->strong_start, GUIDE_SPAN_STRONG, entering, "<b>", "</b>");
      break;

    case CMARK_NODE_LINK:
      if (entering && w->link++ == 0)
        {
          const char *url = cmark_node_get_url (node);

          w->link_start = w->chars;
          w->link_uri = g_strdup (url ? url : "");
          g_ptr_array_add (w->doc->links, g_strdup (w->link_uri));
        }
      else if (!entering && w->link > 0 && --w->link == 0)
        add_span (w, GUIDE_SPAN_LINK, w->link_start, g_steal_pointer (&w->link_uri));
      break;

    default:
      break;
    }
}

static char *
plain_text_of (cmark_node *root)
{
  GString *text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (root);
  cmark_event_type ev;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER)
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
          g_string_append (text, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, ' ');
          break;
        default:
          break;
        }
    }

  cmark_iter_free (iter);

  return g_string_free (text, FALSE);
}

static char *
item_marker (Walker *w)
{
  static const char * const bullets[] = { "•", "◦", "▪" };
  ListState *list;

  if (w->lists->len == 0)
    return NULL;

  list = &g_array_index (w->lists, ListState, w->lists->len - 1);
  if (list->type == CMARK_ORDERED_LIST)
    return g_strdup_printf ("%d%c", list->number++, list->delim == CMARK_PAREN_DELIM ? ')' : '.');

  return g_strdup (bullets[(w->lists->len - 1) % G_N_ELEMENTS (bullets)]);
}

/* A paragraph that holds nothing but one image is shown as the image. */
static gboolean
is_lone_image (cmark_node *paragraph)
{
  cmark_node *child = cmark_node_first_child (paragraph);

  return child != NULL && cmark_node_next (child) == NULL &&
         cmark_node_get_type (child) == CMARK_NODE_IMAGE;
}

static void
literal_block (Walker        *w,
               GuideBlockKind kind,
               cmark_node    *node)
{
  g_autofree char *literal = g_strdup (cmark_node_get_literal (node));
  gsize len;

  if (literal == NULL)
    return;

  len = strlen (literal);
  while (len > 0 && literal[len - 1] == '\n')
    literal[--len] = '\0';

  begin_leaf (w, kind, 0);
  append_text (w, literal);
  end_leaf (w);
}

static gboolean
block_event (Walker           *w,
             cmark_iter       *iter,
             cmark_node       *node,
             cmark_event_type  ev)
{
  gboolean entering = ev == CMARK_EVENT_ENTER;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_LIST:
      if (entering)
        {
          ListState list = {
            cmark_node_get_list_type (node),
            cmark_node_get_list_start (node),
            cmark_node_get_list_delim (node),
          };
          g_array_append_val (w->lists, list);
        }
      else
        g_array_set_size (w->lists, w->lists->len - 1);
      return TRUE;

    case CMARK_NODE_ITEM:
      g_clear_pointer (&w->pending_marker, g_free);
      if (entering)
        w->pending_marker = item_marker (w);
      return TRUE;

    case CMARK_NODE_BLOCK_QUOTE:
      if (entering)
        w->quote_depth++;
      else
        w->quote_depth--;
      return TRUE;

    case CMARK_NODE_HEADING:
    case CMARK_NODE_PARAGRAPH:
      if (!entering)
        {
          end_leaf (w);
          return TRUE;
        }
      if (!room_for_block (w))
        return FALSE;
      if (cmark_node_get_type (node) == CMARK_NODE_HEADING)
        begin_leaf (w, GUIDE_BLOCK_HEADING, CLAMP (cmark_node_get_heading_level (node), 1, 6));
      else if (is_lone_image (node))
        {
          cmark_node *image = cmark_node_first_child (node);
          GuideBlock *block = add_block (w, GUIDE_BLOCK_IMAGE);

          block->target = g_strdup (cmark_node_get_url (image));
          block->text = plain_text_of (image);
          block->markup = g_markup_escape_text (block->text, -1);
          cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
        }
      else
        begin_leaf (w, GUIDE_BLOCK_PARAGRAPH, 0);
      return TRUE;

    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
      if (!room_for_block (w))
        return FALSE;
      literal_block (w, cmark_node_get_type (node) == CMARK_NODE_CODE_BLOCK
                        ? GUIDE_BLOCK_CODE : GUIDE_BLOCK_PARAGRAPH, node);
      return TRUE;

    case CMARK_NODE_THEMATIC_BREAK:
      if (!room_for_block (w))
        return FALSE;
      add_block (w, GUIDE_BLOCK_RULE);
      return TRUE;

    default:
      if (w->leaf != NULL)
        inline_event (w, node, ev);
      return TRUE;
    }
}

GuideDocument *
guide_markdown_render_node (void *cmark_document)
{
  cmark_node *root = cmark_document;
  Walker w = { 0 };
  cmark_iter *iter;
  cmark_event_type ev;

  g_return_val_if_fail (root != NULL, NULL);

  w.doc = g_new0 (GuideDocument, 1);
  w.doc->blocks = g_ptr_array_new_with_free_func (guide_block_free);
  w.doc->links = g_ptr_array_new_with_free_func (g_free);
  w.lists = g_array_new (FALSE, FALSE, sizeof (ListState));

  iter = cmark_iter_new (root);
  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      if (!block_event (&w, iter, cmark_iter_get_node (iter), ev))
        break;
    }
  cmark_iter_free (iter);

  /* Leaves never hold blocks, so a walk cut short between blocks has
   * no leaf open. */
  g_assert (w.leaf == NULL);

  g_free (w.pending_marker);
  g_array_unref (w.lists);

  return w.doc;
}

GuideDocument *
guide_markdown_render (const char *source,
                       gsize       length)
{
  g_autofree char *valid = NULL;
  cmark_node *root;
  GuideDocument *doc;

  g_return_val_if_fail (source != NULL || length == 0, NULL);

  /* Broken UTF-8 and NUL bytes become U+FFFD by the same rule as in
   * guide_i18n_translate_markdown(), so that an article shows the same
   * text whichever way it came. */
  if (source != NULL && !g_utf8_validate_len (source, length, NULL))
    {
      valid = g_utf8_make_valid (source, length);
      source = valid;
      length = strlen (valid);
    }

  root = cmark_parse_document (source ? source : "", length, CMARK_OPT_VALIDATE_UTF8);
  doc = guide_markdown_render_node (root);
  cmark_node_free (root);

  return doc;
}
