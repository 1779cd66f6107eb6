/* guide-markdown.h - CommonMark to a flat list of escaped, styled blocks
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Nesting deeper than this (lists, quotes) is drawn at this depth. */
#define GUIDE_MARKDOWN_MAX_INDENT 8
/* An article with more blocks than this is cut short, with a notice. */
#define GUIDE_MARKDOWN_MAX_BLOCKS 50000

typedef enum
{
  GUIDE_BLOCK_HEADING,
  GUIDE_BLOCK_PARAGRAPH,
  GUIDE_BLOCK_CODE,
  GUIDE_BLOCK_RULE,
  GUIDE_BLOCK_IMAGE,
} GuideBlockKind;

typedef enum
{
  GUIDE_SPAN_EMPHASIS,
  GUIDE_SPAN_STRONG,
  GUIDE_SPAN_CODE,
  GUIDE_SPAN_LINK,
} GuideSpanKind;

/* A styled stretch of a block's text, in characters from its start. */
typedef struct
{
  GuideSpanKind kind;
  guint         start;
  guint         end;
  char         *uri;          /* LINK: the target */
} GuideSpan;

typedef struct
{
  GuideBlockKind kind;
  guint          level;        /* heading level, 1 to 6 */
  guint          indent;       /* list and quote nesting, capped */
  guint          quote_depth;  /* quote nesting, capped */
  char          *marker;       /* list marker of an item's first block, or NULL */
  char          *markup;       /* Pango markup (styles, no links); all text escaped */
  char          *text;         /* the same text, without markup */
  GArray        *spans;        /* of GuideSpan, or NULL */
  char          *target;       /* IMAGE: the image's address */
  char          *anchor;       /* HEADING: an id made from its text */
} GuideBlock;

typedef struct
{
  GPtrArray *blocks;     /* of GuideBlock */
  GPtrArray *links;      /* of char *, every link target in order */
  gboolean   truncated;
} GuideDocument;

GuideDocument *guide_markdown_render          (const char    *source,
                                               gsize          length);
GuideDocument *guide_markdown_render_node     (void          *cmark_document);
void           guide_document_free            (GuideDocument *document);
void           guide_document_append          (GuideDocument *document,
                                               GuideDocument *other);
char          *guide_markdown_slugify         (const char    *text);
char          *guide_markdown_escape          (const char    *text);
char          *guide_markdown_link            (const char    *text,
                                               const char    *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GuideDocument, guide_document_free)

G_END_DECLS
