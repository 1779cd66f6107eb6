/* guide-print-operation.h - prints a printable document, or saves it as PDF
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "guide-print-document.h"

G_BEGIN_DECLS

GtkPageSetup      *guide_print_default_page_setup   (void);
GtkPrintOperation *guide_print_operation_new        (GuidePrintDocument *document,
                                                     const char         *job_name,
                                                     const char         *basename);
gboolean           guide_print_operation_export_pdf (GuidePrintDocument *document,
                                                     GtkWindow          *parent,
                                                     GFile              *file,
                                                     GError            **error);

G_END_DECLS
