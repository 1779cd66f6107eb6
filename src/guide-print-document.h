/* guide-print-document.h - a document laid out on paper, page by page
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define GUIDE_PAPER_A4_WIDTH      595.276
#define GUIDE_PAPER_A4_HEIGHT     841.890
#define GUIDE_PAPER_LETTER_WIDTH  612.0
#define GUIDE_PAPER_LETTER_HEIGHT 792.0

typedef enum
{
  GUIDE_PRINT_STYLE_BODY,
  GUIDE_PRINT_STYLE_SMALL,   /* smaller, for notes and sources */
  GUIDE_PRINT_STYLE_QUOTE,   /* set off with a bar */
  GUIDE_PRINT_STYLE_CODE,    /* monospace */
} GuidePrintStyle;

#define GUIDE_TYPE_PRINT_DOCUMENT (guide_print_document_get_type ())

G_DECLARE_FINAL_TYPE (GuidePrintDocument, guide_print_document, GUIDE, PRINT_DOCUMENT, GObject)

GuidePrintDocument *guide_print_document_new            (const char          *header);
void                guide_print_document_set_header_date (GuidePrintDocument *self,
                                                         const char          *date);
void                guide_print_document_set_footer     (GuidePrintDocument  *self,
                                                         const char          *notice,
                                                         const char          *reviewed);
void                guide_print_document_add_title      (GuidePrintDocument  *self,
                                                         const char          *text);
void                guide_print_document_add_heading    (GuidePrintDocument  *self,
                                                         guint                level,
                                                         const char          *text);
void                guide_print_document_add_paragraph  (GuidePrintDocument  *self,
                                                         const char          *text);
void                guide_print_document_add_markup     (GuidePrintDocument  *self,
                                                         const char          *markup,
                                                         GuidePrintStyle      style,
                                                         guint                indent,
                                                         const char          *marker);
void                guide_print_document_add_fact       (GuidePrintDocument  *self,
                                                         const char          *key,
                                                         const char          *value);
void                guide_print_document_begin_table    (GuidePrintDocument  *self,
                                                         guint                n_columns,
                                                         const char * const  *headers,
                                                         const double        *widths);
void                guide_print_document_add_row        (GuidePrintDocument  *self,
                                                         const char * const  *cells);
void                guide_print_document_add_check      (GuidePrintDocument  *self,
                                                         const char          *text);
void                guide_print_document_add_rule       (GuidePrintDocument  *self);
guint               guide_print_document_get_n_blocks   (GuidePrintDocument  *self);
void                guide_print_document_set_max_pages  (GuidePrintDocument  *self,
                                                         guint                max_pages);

guint               guide_print_document_paginate       (GuidePrintDocument  *self,
                                                         double               width,
                                                         double               height);
void                guide_print_document_draw_page      (GuidePrintDocument  *self,
                                                         cairo_t             *cr,
                                                         double               width,
                                                         double               height,
                                                         guint                page);
gboolean            guide_print_document_write_pdf      (GuidePrintDocument  *self,
                                                         const char          *filename,
                                                         double               width,
                                                         double               height,
                                                         GError             **error);

G_END_DECLS
