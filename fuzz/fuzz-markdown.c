/* fuzz-markdown.c - the Markdown renderer, with the promises it makes
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beyond not crashing: every block's markup is valid Pango markup that
 * gives back exactly the block's text, every styled span lies inside that
 * text, nesting stays capped, and every link is classified.
 */
#include <pango/pango.h>

#include "fuzz-common.h"
#include "guide-link.h"
#include "guide-markdown.h"

static void
check_block (const GuideBlock *block)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  glong chars;

  if (block->indent > GUIDE_MARKDOWN_MAX_INDENT || block->quote_depth > GUIDE_MARKDOWN_MAX_INDENT)
    g_error ("fuzz: nesting is not capped (%u, %u)", block->indent, block->quote_depth);

  if (block->kind == GUIDE_BLOCK_RULE)
    return;

  if (block->text == NULL || block->markup == NULL)
    g_error ("fuzz: a block without text");
  if (!g_utf8_validate (block->text, -1, NULL))
    g_error ("fuzz: a block's text is not valid UTF-8");
  if (!pango_parse_markup (block->markup, -1, 0, NULL, &text, NULL, &error))
    g_error ("fuzz: invalid markup “%s”: %s", block->markup, error->message);
  if (g_strcmp0 (text, block->text) != 0)
    g_error ("fuzz: the markup “%s” does not give back the text “%s”", block->markup, block->text);

  chars = g_utf8_strlen (block->text, -1);
  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const GuideSpan *span = &g_array_index (block->spans, GuideSpan, i);

      if (span->start >= span->end || span->end > chars)
        g_error ("fuzz: span %u–%u outside a text of %ld characters", span->start, span->end, chars);
      if ((span->kind == GUIDE_SPAN_LINK) != (span->uri != NULL))
        g_error ("fuzz: a link span without a target, or a target on another span");
    }

  if (block->kind == GUIDE_BLOCK_HEADING)
    {
      g_autofree char *slug = guide_markdown_slugify (block->text);

      if (block->level < 1 || block->level > 6)
        g_error ("fuzz: heading level %u", block->level);
      if (g_strcmp0 (slug, block->anchor) != 0)
        g_error ("fuzz: a heading's anchor is not its slug");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GuideDocument) doc = NULL;

  fuzz_init ();

  doc = guide_markdown_render ((const char *) data, size);

  if (doc->blocks->len > GUIDE_MARKDOWN_MAX_BLOCKS)
    g_error ("fuzz: %u blocks, more than the cap", doc->blocks->len);

  for (guint i = 0; i < doc->blocks->len; i++)
    check_block (g_ptr_array_index (doc->blocks, i));

  for (guint i = 0; i < doc->links->len; i++)
    {
      g_autofree char *topic = NULL;
      g_autofree char *anchor = NULL;
      const char *uri = g_ptr_array_index (doc->links, i);

      switch (guide_link_classify (uri, &topic, &anchor))
        {
        case GUIDE_LINK_TOPIC:
          if (topic == NULL)
            g_error ("fuzz: an internal link without a topic: %s", uri);
          break;
        case GUIDE_LINK_EXTERNAL:
          if (g_ascii_strncasecmp (uri, "mailto:", 7) != 0 && g_ascii_strncasecmp (uri, "https:", 6) != 0)
            g_error ("fuzz: “%s” would be opened outside the guide", uri);
          break;
        case GUIDE_LINK_REFUSED:
        default:
          if (topic != NULL || anchor != NULL)
            g_error ("fuzz: a refused link gave a topic");
          break;
        }
    }

  return 0;
}
