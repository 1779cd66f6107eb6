/* guide-print-document.c - a document laid out on paper, page by page
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the guide prints (the visit summary, an article, a sheet on one
 * medicine) is first turned into this small model: a title, headings,
 * paragraphs, key/value facts, tables with a header row, and checklists.
 * Everything is Pango markup; the add functions that take text escape it.
 *
 * guide_print_document_paginate() lays the document out with Pango for
 * one paper size (in points) and splits it into pages; the result is kept
 * until another size is asked for. guide_print_document_draw_page() draws
 * one page on any cairo context whose units are points: a print
 * operation's, or a PDF surface's in the tests. Each page has a header
 * (the document's name and date) and a footer (a notice, the content's
 * review date and "Page X of Y").
 *
 * Pages break only between lines: a paragraph may continue on the next
 * page, a table row never does (unless one row is taller than a whole
 * page, when it breaks between lines like a paragraph), a heading stays
 * with what follows it, and a table's header row is repeated at the top
 * of every page the table continues on.
 *
 * Layout is independent of the device: the Pango context has a
 * resolution of 72 (a 10 pt font is 10 units high) and no hinting of
 * metrics, so the pages drawn are the pages counted.
 */
#define G_LOG_DOMAIN "guide-print-document"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "guide-i18n.h"
#include "guide-print-document.h"

/* Page geometry, in points */
#define MARGIN_SIDE     50.0
#define MARGIN_TOP      36.0
#define MARGIN_BOTTOM   32.0
#define HEADER_GAP      14.0   /* between the header's rule and the body */
#define FOOTER_GAP      12.0   /* between the body and the footer's rule */
#define INDENT_STEP     16.0
#define CELL_PAD_X      4.0
#define CELL_PAD_Y      3.0
#define PAD_Y(self)     (CELL_PAD_Y * (self)->scale)
#define BOX_SIZE        8.5
#define BOX_SPACE       16.0   /* room for a checklist's box */
#define FACT_KEY_WIDTH  0.30   /* of the body width */

#define MIN_SCALE       0.76   /* how far text shrinks to fit max_pages */

#define FONT_FAMILY     "Sans"
#define FONT_MONO       "Monospace"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_TABLE,
  BLOCK_RULE,
} BlockKind;

typedef enum
{
  TABLE_GRID,       /* a table with a header row and borders */
  TABLE_FACTS,      /* key / value pairs */
  TABLE_CHECKLIST,  /* one item per row, each with a box to tick */
} TableKind;

typedef struct
{
  BlockKind        kind;
  guint            level;     /* HEADING: 1 to 6 */
  GuidePrintStyle  style;     /* TEXT */
  guint            indent;    /* TEXT: steps of INDENT_STEP */
  char            *marker;    /* TEXT: list marker, or NULL */
  char            *markup;    /* TITLE, HEADING, TEXT */

  TableKind        table;     /* TABLE */
  guint            n_columns;
  double          *widths;    /* fractions of the body width */
  GStrv            header;    /* markup of the header cells, or NULL */
  GPtrArray       *rows;      /* of GStrv, markup */
} Block;

#define ROW_NONE   (-1)
#define ROW_HEADER (-2)

/* One piece of the document that pagination places: a block, or one row
 * (or the header row) of a table. Offsets are from the unit's top. */
typedef struct
{
  guint         block;
  int           row;
  double        space_before;
  double        height;
  gboolean      keep_with_next;
  gboolean      atomic;         /* breaks only if taller than a page */
  GArray       *breaks;         /* of double: where a page may end, ascending */
  guint         n_layouts;
  PangoLayout **layouts;        /* one per column; one for a text block */
  double       *x;              /* each layout's left edge, from the body's */
  PangoLayout  *marker;         /* TEXT: the list marker */
} Unit;

/* Part of a unit on a page: the unit's band [from, to) is drawn at y. */
typedef struct
{
  guint  unit;
  double from;
  double to;
  double y;
} Piece;

struct _GuidePrintDocument
{
  GObject       parent_instance;

  char         *header;
  char         *header_date;
  char         *notice;
  char         *reviewed;
  GPtrArray    *blocks;         /* of Block */
  guint         max_pages;      /* 0: no limit */

  /* The layout for one paper size */
  double        scale;          /* of the body text's size */  double        width;
  double        height;
  PangoContext *context;
  GArray       *units;          /* of Unit */
  GPtrArray    *pages;          /* of GArray of Piece */
  double        body_top;
  double        body_bottom;
  PangoLayout  *header_layout;
  PangoLayout  *date_layout;
  PangoLayout  *notice_layout;
  PangoLayout  *reviewed_layout;
};

G_DEFINE_FINAL_TYPE (GuidePrintDocument, guide_print_document, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->marker);
  g_free (block->markup);
  g_free (block->widths);
  g_strfreev (block->header);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static void
unit_clear (gpointer data)
{
  Unit *unit = data;

  for (guint i = 0; i < unit->n_layouts; i++)
    g_object_unref (unit->layouts[i]);
  g_free (unit->layouts);
  g_free (unit->x);
  g_clear_object (&unit->marker);
  g_clear_pointer (&unit->breaks, g_array_unref);
}

static void
clear_layout (GuidePrintDocument *self)
{
  g_clear_pointer (&self->units, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->header_layout);
  g_clear_object (&self->date_layout);
  g_clear_object (&self->notice_layout);
  g_clear_object (&self->reviewed_layout);
  g_clear_object (&self->context);
  self->width = self->height = 0;
}

static void
guide_print_document_finalize (GObject *object)
{
  GuidePrintDocument *self = (GuidePrintDocument *) object;

  clear_layout (self);
  g_free (self->header);
  g_free (self->header_date);
  g_free (self->notice);
  g_free (self->reviewed);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (guide_print_document_parent_class)->finalize (object);
}

static void
guide_print_document_class_init (GuidePrintDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = guide_print_document_finalize;
}

static void
guide_print_document_init (GuidePrintDocument *self)
{
  self->scale = 1.0;
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/* A document whose pages are headed by @header (plain text). */
GuidePrintDocument *
guide_print_document_new (const char *header)
{
  GuidePrintDocument *self;

  g_return_val_if_fail (header != NULL, NULL);

  self = g_object_new (GUIDE_TYPE_PRINT_DOCUMENT, NULL);
  self->header = g_strdup (header);

  return self;
}

/* The date shown at the right of each page's header (plain text). */
void
guide_print_document_set_header_date (GuidePrintDocument *self,
                                      const char         *date)
{
  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));

  clear_layout (self);
  g_free (self->header_date);
  self->header_date = g_strdup (date);
}

/* Each page's footer: @notice (such as "not medical advice") and
 * @reviewed (when the content was reviewed), both plain text or NULL. */
void
guide_print_document_set_footer (GuidePrintDocument *self,
                                 const char         *notice,
                                 const char         *reviewed)
{
  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));

  clear_layout (self);
  g_free (self->notice);
  self->notice = g_strdup (notice);
  g_free (self->reviewed);
  self->reviewed = g_strdup (reviewed);
}

static Block *
add_block (GuidePrintDocument *self,
           BlockKind           kind,
           char               *markup)
{
  Block *block = g_new0 (Block, 1);

  clear_layout (self);
  block->kind = kind;
  block->markup = markup;
  g_ptr_array_add (self->blocks, block);

  return block;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

void
guide_print_document_add_title (GuidePrintDocument *self,
                                const char         *text)
{
  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_TITLE, escape (text));
}

void
guide_print_document_add_heading (GuidePrintDocument *self,
                                  guint               level,
                                  const char         *text)
{
  Block *block;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = add_block (self, BLOCK_HEADING, escape (text));
  block->level = CLAMP (level, 1, 6);
}

void
guide_print_document_add_paragraph (GuidePrintDocument *self,
                                    const char         *text)
{
  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_TEXT, escape (text));
}

/* A paragraph of Pango markup, indented by @indent steps, with a list
 * @marker (plain text) in the indent before it. */
void
guide_print_document_add_markup (GuidePrintDocument *self,
                                 const char         *markup,
                                 GuidePrintStyle     style,
                                 guint               indent,
                                 const char         *marker)
{
  Block *block;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (markup != NULL);

  block = add_block (self, BLOCK_TEXT, g_strdup (markup));
  block->style = style;
  block->indent = MIN (indent, 8);
  block->marker = marker != NULL ? escape (marker) : NULL;
}

static Block *
last_table (GuidePrintDocument *self,
            TableKind           kind)
{
  Block *block;

  if (self->blocks->len == 0)
    return NULL;

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  if (block->kind != BLOCK_TABLE || block->table != kind)
    return NULL;

  return block;
}

static Block *
add_table (GuidePrintDocument *self,
           TableKind           kind,
           guint               n_columns)
{
  Block *block = add_block (self, BLOCK_TABLE, NULL);

  block->table = kind;
  block->n_columns = n_columns;
  block->widths = g_new0 (double, n_columns);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  return block;
}

static void
add_row (GuidePrintDocument *self,
         Block              *block,
         GStrv               cells)
{
  clear_layout (self);
  g_ptr_array_add (block->rows, cells);
}

/* A key and its value (plain text); facts that follow each other form
 * one two-column list. */
void
guide_print_document_add_fact (GuidePrintDocument *self,
                               const char         *key,
                               const char         *value)
{
  g_autofree char *escaped_key = NULL;
  Block *block;
  GStrv cells;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (value != NULL);

  block = last_table (self, TABLE_FACTS);
  if (block == NULL)
    {
      block = add_table (self, TABLE_FACTS, 2);
      block->widths[0] = FACT_KEY_WIDTH;
      block->widths[1] = 1 - FACT_KEY_WIDTH;
    }

  cells = g_new0 (char *, 3);
  escaped_key = escape (key);
  cells[0] = g_strdup_printf ("<b>%s</b>", escaped_key);
  cells[1] = escape (value);
  add_row (self, block, cells);
}

/* Starts a table of @n_columns with a header row of @headers (plain
 * text), each column @widths[i] parts of the width (NULL: equal). Rows
 * follow with guide_print_document_add_row(). */
void
guide_print_document_begin_table (GuidePrintDocument *self,
                                  guint               n_columns,
                                  const char * const *headers,
                                  const double       *widths)
{
  Block *block;
  double total = 0;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (n_columns > 0 && n_columns <= 16);
  g_return_if_fail (headers != NULL);

  block = add_table (self, TABLE_GRID, n_columns);
  block->header = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    {
      g_return_if_fail (headers[i] != NULL);
      block->header[i] = escape (headers[i]);
      total += widths != NULL ? MAX (widths[i], 0) : 1;
    }

  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = (widths != NULL ? MAX (widths[i], 0) : 1) / (total > 0 ? total : 1);
}

/* A row of the table begun last: one plain text per column. */
void
guide_print_document_add_row (GuidePrintDocument *self,
                              const char * const *cells)
{
  Block *block;
  GStrv row;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (cells != NULL);

  block = last_table (self, TABLE_GRID);
  g_return_if_fail (block != NULL);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    {
      g_return_if_fail (cells[i] != NULL);
      row[i] = escape (cells[i]);
    }

  add_row (self, block, row);
}

/* An item with an empty box to tick (plain text); items that follow each
 * other form one checklist. */
void
guide_print_document_add_check (GuidePrintDocument *self,
                                const char         *text)
{
  Block *block;
  GStrv cells;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = last_table (self, TABLE_CHECKLIST);
  if (block == NULL)
    {
      block = add_table (self, TABLE_CHECKLIST, 1);
      block->widths[0] = 1;
    }

  cells = g_new0 (char *, 2);
  cells[0] = escape (text);
  add_row (self, block, cells);
}

void
guide_print_document_add_rule (GuidePrintDocument *self)
{
  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));

  add_block (self, BLOCK_RULE, NULL);
}

guint
guide_print_document_get_n_blocks (GuidePrintDocument *self)
{
  g_return_val_if_fail (GUIDE_IS_PRINT_DOCUMENT (self), 0);
  return self->blocks->len;
}

/* Layout */

static PangoLayout *
new_layout (GuidePrintDocument *self,
            const char         *markup,
            const char         *family,
            double              size,
            gboolean            bold,
            double              width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Where a page may end inside @unit: between lines, in every layout at
 * once. Each layout starts @top below the unit's top. */
static void
find_breaks (Unit   *unit,
             double  top)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < unit->n_layouts; i++)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (unit->layouts[i]);

      do
        {
          PangoRectangle logical;
          double bottom;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          bottom = top + (double) (logical.y + logical.height) / PANGO_SCALE;
          if (bottom < unit->height - 0.01)
            g_array_append_val (candidates, bottom);
        }
      while (pango_layout_iter_next_line (iter));

      pango_layout_iter_free (iter);
    }

  g_array_sort (candidates, compare_double);

  /* Keep a place only if it cuts no line of any layout. */
  unit->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint c = 0; c < candidates->len; c++)
    {
      double at = g_array_index (candidates, double, c);
      gboolean cuts = FALSE;

      if (unit->breaks->len > 0 && at - g_array_index (unit->breaks, double, unit->breaks->len - 1) < 0.01)
        continue;

      for (guint i = 0; i < unit->n_layouts && !cuts; i++)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (unit->layouts[i]);

          do
            {
              PangoRectangle logical;
              double line_top, line_bottom;

              pango_layout_iter_get_line_extents (iter, NULL, &logical);
              line_top = top + (double) logical.y / PANGO_SCALE;
              line_bottom = line_top + (double) logical.height / PANGO_SCALE;
              cuts = at > line_top + 0.01 && at < line_bottom - 0.01;
            }
          while (!cuts && pango_layout_iter_next_line (iter));

          pango_layout_iter_free (iter);
        }

      if (!cuts)
        g_array_append_val (unit->breaks, at);
    }
}

static double
heading_size (guint level)
{
  static const double sizes[] = { 14, 12, 10.5, 10, 10, 10 };

  return sizes[CLAMP (level, 1, 6) - 1];
}

static void
measure_text_block (GuidePrintDocument *self,
                    Block              *block,
                    guint               index,
                    double              body_width)
{
  Unit unit = { index, ROW_NONE };
  const char *family = FONT_FAMILY;
  double size = 10, left = 0, pad = 0;
  gboolean bold = FALSE;
  PangoLayout *layout;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      size = 18;
      bold = TRUE;
      unit.space_before = 0;
      unit.keep_with_next = TRUE;
      break;
    case BLOCK_HEADING:
      size = heading_size (block->level);
      bold = TRUE;
      unit.space_before = block->level <= 1 ? 14 : 10;
      unit.keep_with_next = TRUE;
      break;
    case BLOCK_TEXT:
    default:
      unit.space_before = block->marker != NULL ? 3 : 6;
      left = block->indent * INDENT_STEP;
      if (block->style == GUIDE_PRINT_STYLE_SMALL)
        size = 8.5;
      else if (block->style == GUIDE_PRINT_STYLE_CODE)
        {
          family = FONT_MONO;
          size = 9;
          left += 8;
          pad = 3;
        }
      else if (block->style == GUIDE_PRINT_STYLE_QUOTE)
        left += 12;
      if (block->marker != NULL)
        left += INDENT_STEP;
      break;
    }

  unit.atomic = block->kind != BLOCK_TEXT;
  unit.n_layouts = 1;
  unit.layouts = g_new0 (PangoLayout *, 1);
  unit.x = g_new0 (double, 1);
  layout = new_layout (self, block->markup, family, size * self->scale, bold, body_width - left);
  unit.layouts[0] = layout;
  unit.space_before *= self->scale;
  unit.x[0] = left;
  unit.height = layout_height (unit.layouts[0]) + 2 * pad;
  if (block->kind == BLOCK_TITLE)
    unit.height += 4;

  if (block->marker != NULL)
    {
      unit.marker = new_layout (self, block->marker, family, size * self->scale, TRUE, INDENT_STEP);
      pango_layout_set_width (unit.marker, -1);
    }

  find_breaks (&unit, pad);
  g_array_append_val (self->units, unit);
}

static void
measure_table_row (GuidePrintDocument *self,
                   Block              *block,
                   guint               index,
                   int                 row,
                   double              body_width)
{
  Unit unit = { index, row };
  char **cells = row == ROW_HEADER ? block->header : g_ptr_array_index (block->rows, row);
  double size = (block->table == TABLE_FACTS ? 10 : 9.5) * self->scale;
  double left = block->table == TABLE_CHECKLIST ? BOX_SPACE : 0;
  double x = left, height = 0;

  unit.atomic = TRUE;
  unit.n_layouts = block->n_columns;
  unit.layouts = g_new0 (PangoLayout *, block->n_columns);
  unit.x = g_new0 (double, block->n_columns);

  if (row == ROW_HEADER || (row == 0 && block->header == NULL))
    unit.space_before = 6;
  else if (block->table == TABLE_CHECKLIST)
    unit.space_before = 2;

  unit.space_before *= self->scale;

  /* The header stays with the first row. */
  unit.keep_with_next = row == ROW_HEADER;

  for (guint i = 0; i < block->n_columns; i++)
    {
      double column = (body_width - left) * block->widths[i];

      unit.x[i] = x + CELL_PAD_X;
      unit.layouts[i] = new_layout (self, cells[i], FONT_FAMILY, size, row == ROW_HEADER,
                                    column - 2 * CELL_PAD_X);
      height = MAX (height, layout_height (unit.layouts[i]));
      x += column;
    }

  unit.height = height + 2 * PAD_Y (self);
  find_breaks (&unit, PAD_Y (self));
  g_array_append_val (self->units, unit);
}

static void
measure (GuidePrintDocument *self,
         double              body_width)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case BLOCK_TABLE:
          if (block->header != NULL)
            measure_table_row (self, block, i, ROW_HEADER, body_width);
          for (guint r = 0; r < block->rows->len; r++)
            measure_table_row (self, block, i, r, body_width);
          break;

        case BLOCK_RULE:
          {
            Unit unit = { i, ROW_NONE, 8, 8 };

            unit.atomic = TRUE;
            unit.breaks = g_array_new (FALSE, FALSE, sizeof (double));
            g_array_append_val (self->units, unit);
          }
          break;

        case BLOCK_TITLE:
        case BLOCK_HEADING:
        case BLOCK_TEXT:
        default:
          measure_text_block (self, block, i, body_width);
          break;
        }
    }
}

static void
measure_frame (GuidePrintDocument *self,
               double              width,
               double              height)
{
  double body_width = width - 2 * MARGIN_SIDE;
  double footer = 0;
  int date_width = 0;

  if (self->header_date != NULL)
    {
      g_autofree char *markup = escape (self->header_date);

      self->date_layout = new_layout (self, markup, FONT_FAMILY, 8, FALSE, body_width / 2);
      pango_layout_get_size (self->date_layout, &date_width, NULL);
    }

  {
    g_autofree char *markup = escape (self->header);

    self->header_layout = new_layout (self, markup, FONT_FAMILY, 8, TRUE,
                                      body_width - (double) date_width / PANGO_SCALE - 12);
    pango_layout_set_ellipsize (self->header_layout, PANGO_ELLIPSIZE_END);
  }

  if (self->notice != NULL)
    {
      g_autofree char *markup = escape (self->notice);

      self->notice_layout = new_layout (self, markup, FONT_FAMILY, 7.5, FALSE, body_width);
      footer += layout_height (self->notice_layout) + 2;
    }

  {
    g_autofree char *markup = escape (self->reviewed != NULL ? self->reviewed : "");

    self->reviewed_layout = new_layout (self, markup, FONT_FAMILY, 7.5, FALSE, body_width * 0.82);
    footer += MAX (layout_height (self->reviewed_layout), 10);
  }

  self->body_top = MARGIN_TOP + layout_height (self->header_layout) + 3 + HEADER_GAP;
  self->body_bottom = height - MARGIN_BOTTOM - footer - 4 - FOOTER_GAP;
}

/* Pagination */

typedef struct
{
  GuidePrintDocument *self;
  GArray             *page;     /* of Piece */
  double              y;
  gboolean            empty;
  int                 header;   /* the unit of the running table's header, or -1 */
} Pager;

static void
place (Pager  *pager,
       guint   unit,
       double  from,
       double  to,
       double  space)
{
  Piece piece = { unit, from, to, pager->y + space };

  g_array_append_val (pager->page, piece);
  pager->y += space + (to - from);
  pager->empty = FALSE;
}

static void
new_page (Pager *pager,
          guint  next_unit)
{
  GuidePrintDocument *self = pager->self;
  Unit *next = &g_array_index (self->units, Unit, next_unit);

  pager->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (self->pages, pager->page);
  pager->y = self->body_top;
  pager->empty = TRUE;

  /* A table that goes on repeats its header. */
  if (next->row >= 0 && pager->header >= 0 &&
      g_array_index (self->units, Unit, pager->header).block == next->block)
    {
      Unit *header = &g_array_index (self->units, Unit, pager->header);

      place (pager, pager->header, 0, header->height, 0);
      /* Still a fresh page for what comes next. */
      pager->empty = TRUE;
    }
}

/* The height of the first piece of @unit that could end a page. */
static double
first_piece (Unit *unit)
{
  if (!unit->atomic && unit->breaks->len > 0)
    return g_array_index (unit->breaks, double, 0);

  return unit->height;
}

/* What must fit with unit @i on its page: it and the start of whatever
 * it is kept with. */
static double
needed (GuidePrintDocument *self,
        guint               i,
        double              rest)
{
  double need = rest;

  while (g_array_index (self->units, Unit, i).keep_with_next && i + 1 < self->units->len)
    {
      Unit *next = &g_array_index (self->units, Unit, ++i);

      need += next->space_before + (next->keep_with_next ? next->height : first_piece (next));
    }

  return need;
}

static void
paginate (GuidePrintDocument *self)
{
  double page_height = self->body_bottom - self->body_top;
  Pager pager = { self, NULL, 0, TRUE, -1 };
  double offset = 0;
  guint i = 0;

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  if (self->units->len == 0)
    {
      g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Piece)));
      return;
    }

  new_page (&pager, 0);

  while (i < self->units->len)
    {
      Unit *unit = &g_array_index (self->units, Unit, i);
      double space = pager.empty || offset > 0 ? 0 : unit->space_before;
      double rest = unit->height - offset;
      double avail = self->body_bottom - pager.y;
      double best = -1;

      if (unit->row == ROW_HEADER)
        pager.header = i;
      else if (unit->row == ROW_NONE)
        pager.header = -1;

      /* All of it fits, with what it is kept with. */
      if (space + (offset > 0 ? rest : needed (self, i, rest)) <= avail + 0.01 ||
          (pager.empty && offset == 0 && rest <= avail + 0.01))
        {
          place (&pager, i, offset, unit->height, space);
          offset = 0;
          i++;
          continue;
        }

      /* Whole units that fit on a fresh page go there. */
      if (!pager.empty && (unit->atomic || unit->keep_with_next) && rest <= page_height)
        {
          new_page (&pager, i);
          continue;
        }

      /* Otherwise it ends at the last line that fits. */
      for (guint b = 0; b < unit->breaks->len; b++)
        {
          double at = g_array_index (unit->breaks, double, b);

          if (at > offset + 0.01 && space + at - offset <= avail + 0.01)
            best = at;
        }

      if (best < 0 && !pager.empty)
        {
          new_page (&pager, i);
          continue;
        }

      if (best < 0)
        {
          /* Not one line fits on a whole page: place one anyway, so
           * that nothing is lost. */
          best = unit->height;
          for (guint b = 0; b < unit->breaks->len && best == unit->height; b++)
            if (g_array_index (unit->breaks, double, b) > offset + 0.01)
              best = g_array_index (unit->breaks, double, b);
        }

      place (&pager, i, offset, best, space);
      offset = best;
      if (offset >= unit->height - 0.01)
        {
          offset = 0;
          i++;
        }
      if (i < self->units->len)
        new_page (&pager, i);
    }
}

static PangoContext *
create_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* The same metrics on paper, in a PDF and on any printer. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* The language of the text, not of the system: it chooses among the
   * glyph forms of Chinese and Japanese. */
  pango_context_set_language (context, pango_language_from_string (guide_i18n_get_language ()));
  cairo_font_options_destroy (options);

  return context;
}

/* Lays the document out on paper of @width x @height points and returns
 * the number of pages. The result is kept for drawing, until another
 * size is asked for or the document changes. */
guint
guide_print_document_paginate (GuidePrintDocument *self,
                               double              width,
                               double              height)
{
  g_return_val_if_fail (GUIDE_IS_PRINT_DOCUMENT (self), 0);
  g_return_val_if_fail (width > 4 * MARGIN_SIDE && height > 4 * MARGIN_TOP, 0);

  if (self->pages != NULL && self->width == width && self->height == height)
    return self->pages->len;

  /* Smaller text, step by step, until it fits on max_pages. */
  for (double scale = 1.0; ; scale -= 0.06)
    {
      clear_layout (self);
      self->width = width;
      self->height = height;
      self->scale = MAX (scale, MIN_SCALE);
      self->context = create_context ();
      self->units = g_array_new (FALSE, TRUE, sizeof (Unit));
      g_array_set_clear_func (self->units, unit_clear);

      measure_frame (self, width, height);
      measure (self, width - 2 * MARGIN_SIDE);
      paginate (self);

      if (self->max_pages == 0 || self->pages->len <= self->max_pages || scale <= MIN_SCALE)
        break;
    }

  return self->pages->len;
}

/* Asks for text small enough (down to three quarters of its size) to fit
 * on @max_pages pages, if it can; 0 for no limit. */
void
guide_print_document_set_max_pages (GuidePrintDocument *self,
                                    guint               max_pages)
{
  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));

  clear_layout (self);
  self->max_pages = max_pages;
}

/* Drawing */

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

/* Draws the lines of @layout whose tops lie in [from, to) of the unit,
 * the unit's offset @from being drawn at @y; the layout starts @top below
 * the unit's top, at @x. */
static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       top,
            double       from,
            double       to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double line_top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = top + (double) logical.y / PANGO_SCALE;

      if (line_top >= from - 0.01 && line_top < to - 0.01)
        {
          double baseline = top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE, y + baseline - from);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y,
           double   grey,
           double   width)
{
  cairo_save (cr);
  set_grey (cr, grey);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_table_piece (GuidePrintDocument *self,
                  cairo_t            *cr,
                  Block              *block,
                  Unit               *unit,
                  const Piece        *piece,
                  double              left,
                  double              body_width)
{
  double band = piece->to - piece->from;

  if (block->table == TABLE_GRID)
    {
      /* Shaded header, zebra rows, thin borders around every cell. */
      if (unit->row == ROW_HEADER || unit->row % 2 == 1)
        {
          cairo_save (cr);
          set_grey (cr, unit->row == ROW_HEADER ? 0.88 : 0.96);
          cairo_rectangle (cr, left, piece->y, body_width, band);
          cairo_fill (cr);
          cairo_restore (cr);
        }

      cairo_save (cr);
      set_grey (cr, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, left, piece->y, body_width, band);
      for (guint i = 1; i < unit->n_layouts; i++)
        {
          cairo_move_to (cr, left + unit->x[i] - CELL_PAD_X, piece->y);
          cairo_line_to (cr, left + unit->x[i] - CELL_PAD_X, piece->y + band);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  else if (block->table == TABLE_FACTS)
    draw_rule (cr, left, left + body_width, piece->y + band, 0.8, 0.4);
  else if (block->table == TABLE_CHECKLIST && piece->from == 0)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (unit->layouts[0]);
      double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      pango_layout_iter_free (iter);
      cairo_save (cr);
      set_grey (cr, 0.15);
      cairo_set_line_width (cr, 0.8);
      cairo_rectangle (cr, left + 2, piece->y + PAD_Y (self) + baseline - BOX_SIZE + 0.5,
                       BOX_SIZE, BOX_SIZE);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  for (guint i = 0; i < unit->n_layouts; i++)
    draw_lines (cr, unit->layouts[i], left + unit->x[i], piece->y, PAD_Y (self),
                piece->from, piece->to);
}

static void
draw_piece (GuidePrintDocument *self,
            cairo_t            *cr,
            const Piece        *piece)
{
  Unit *unit = &g_array_index (self->units, Unit, piece->unit);
  Block *block = g_ptr_array_index (self->blocks, unit->block);
  double left = MARGIN_SIDE, body_width = self->width - 2 * MARGIN_SIDE;

  switch (block->kind)
    {
    case BLOCK_RULE:
      draw_rule (cr, left, left + body_width, piece->y + 4, 0.6, 0.6);
      break;

    case BLOCK_TABLE:
      draw_table_piece (self, cr, block, unit, piece, left, body_width);
      break;

    case BLOCK_TITLE:
    case BLOCK_HEADING:
    case BLOCK_TEXT:
    default:
      {
        double pad = block->kind == BLOCK_TEXT && block->style == GUIDE_PRINT_STYLE_CODE ? 3 : 0;

        if (block->kind == BLOCK_TEXT && block->style == GUIDE_PRINT_STYLE_CODE)
          {
            cairo_save (cr);
            set_grey (cr, 0.94);
            cairo_rectangle (cr, left + unit->x[0] - 5, piece->y, body_width - unit->x[0] + 5,
                             piece->to - piece->from);
            cairo_fill (cr);
            cairo_restore (cr);
          }
        else if (block->kind == BLOCK_TEXT && block->style == GUIDE_PRINT_STYLE_QUOTE)
          {
            double bar = left + unit->x[0] - 8 - (block->marker != NULL ? INDENT_STEP : 0);

            cairo_save (cr);
            set_grey (cr, 0.7);
            cairo_rectangle (cr, bar, piece->y, 2, piece->to - piece->from);
            cairo_fill (cr);
            cairo_restore (cr);
          }

        if (unit->marker != NULL && piece->from == 0)
          draw_lines (cr, unit->marker, left + unit->x[0] - INDENT_STEP, piece->y, pad, 0, 1);

        draw_lines (cr, unit->layouts[0], left + unit->x[0], piece->y, pad,
                    piece->from, piece->to);

        if (block->kind == BLOCK_TITLE)
          draw_rule (cr, left, left + body_width, piece->y + unit->height - 1, 0.2, 1.2);
      }
      break;
    }
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_frame (GuidePrintDocument *self,
            cairo_t            *cr,
            guint               page)
{
  double left = MARGIN_SIDE, right = self->width - MARGIN_SIDE;
  double header_bottom = MARGIN_TOP + layout_height (self->header_layout) + 3;
  double y = self->body_bottom + FOOTER_GAP;
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) page_layout = NULL;
  int page_width;

  cairo_save (cr);
  set_grey (cr, 0.3);

  show_layout_at (cr, self->header_layout, left, MARGIN_TOP);
  if (self->date_layout != NULL)
    {
      int date_width;

      pango_layout_get_size (self->date_layout, &date_width, NULL);
      show_layout_at (cr, self->date_layout, right - (double) date_width / PANGO_SCALE, MARGIN_TOP);
    }
  draw_rule (cr, left, right, header_bottom, 0.5, 0.5);

  draw_rule (cr, left, right, y, 0.5, 0.5);
  y += 4;
  if (self->notice_layout != NULL)
    {
      show_layout_at (cr, self->notice_layout, left, y);
      y += layout_height (self->notice_layout) + 2;
    }
  show_layout_at (cr, self->reviewed_layout, left, y);

  /* Translators: the footer of every printed page; the first %u is the
   * page's number, the second the number of pages */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  page_layout = new_layout (self, page_text, FONT_FAMILY, 7.5, TRUE, (right - left) / 3);
  pango_layout_get_size (page_layout, &page_width, NULL);
  show_layout_at (cr, page_layout, right - (double) page_width / PANGO_SCALE, y);

  cairo_restore (cr);
}

/* Draws page @page (from 0) of the document laid out on paper of @width
 * x @height points, on @cr, whose units must be points with the origin at
 * the paper's top left corner. */
void
guide_print_document_draw_page (GuidePrintDocument *self,
                                cairo_t            *cr,
                                double              width,
                                double              height,
                                guint               page)
{
  GArray *pieces;

  g_return_if_fail (GUIDE_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  if (page >= guide_print_document_paginate (self, width, height))
    g_return_if_reached ();

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  draw_frame (self, cr, page);

  pieces = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < pieces->len; i++)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_piece (self, cr, &g_array_index (pieces, Piece, i));
    }

  cairo_restore (cr);
}

/* Writes every page to a PDF file at @filename, on paper of @width x
 * @height points. */
gboolean
guide_print_document_write_pdf (GuidePrintDocument *self,
                                const char         *filename,
                                double              width,
                                double              height,
                                GError            **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (GUIDE_IS_PRINT_DOCUMENT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  n_pages = guide_print_document_paginate (self, width, height);

  surface = cairo_pdf_surface_create (filename, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      guide_print_document_draw_page (self, cr, width, height, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: the first %s is a file name, the second the reason */
                   _("%s could not be written (%s)"), filename, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
