/* guide-print-operation.c - prints a printable document, or saves it as PDF
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation whose "paginate" lays the document out for the
 * chosen paper and whose "draw-page" draws one page with the document's
 * own drawing function, in points, on the whole sheet (the document keeps
 * its own margins). Saving as PDF is the same operation with the export
 * action: no print dialog, the paper of the user's locale (A4, or US
 * Letter where that is the custom).
 */
#define G_LOG_DOMAIN "guide-print-operation"

#include <glib/gi18n.h>

#include "guide-print-operation.h"

/* A4 or US Letter, from the locale, upright. */
GtkPageSetup *
guide_print_default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (gtk_paper_size_get_default ());

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  return setup;
}

static gboolean
paginate_cb (GtkPrintOperation  *operation,
             GtkPrintContext    *context,
             GuidePrintDocument *document)
{
  guint n_pages = guide_print_document_paginate (document,
                                                 gtk_print_context_get_width (context),
                                                 gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);

  return TRUE;
}

static void
draw_page_cb (GtkPrintOperation  *operation,
              GtkPrintContext    *context,
              int                 page,
              GuidePrintDocument *document)
{
  guide_print_document_draw_page (document,
                                  gtk_print_context_get_cairo_context (context),
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context),
                                  page);
}

/* An operation that prints @document. @basename (no extension) names the
 * file when the user prints to a file. */
GtkPrintOperation *
guide_print_operation_new (GuidePrintDocument *document,
                           const char         *job_name,
                           const char         *basename)
{
  g_autoptr(GtkPageSetup) setup = guide_print_default_page_setup ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  GtkPrintOperation *operation;

  g_return_val_if_fail (GUIDE_IS_PRINT_DOCUMENT (document), NULL);
  g_return_val_if_fail (job_name != NULL, NULL);
  g_return_val_if_fail (basename != NULL, NULL);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);

  /* The operation keeps the document. Connected as signals: GTK only
   * emits "paginate" when it has handlers. */
  g_object_set_data_full (G_OBJECT (operation), "guide-print-document",
                          g_object_ref (document), g_object_unref);
  g_signal_connect (operation, "paginate", G_CALLBACK (paginate_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);

  return operation;
}

/* Saves @document as a PDF file, on the locale's paper, with no dialog. */
gboolean
guide_print_operation_export_pdf (GuidePrintDocument *document,
                                  GtkWindow          *parent,
                                  GFile              *file,
                                  GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (GUIDE_IS_PRINT_DOCUMENT (document), FALSE);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is where the user chose to save */
                   _("The PDF can only be saved in a folder on this computer, not at %s"), uri);
      return FALSE;
    }

  basename = g_file_get_basename (file);
  operation = guide_print_operation_new (document, basename, basename);
  gtk_print_operation_set_export_filename (operation, path);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent,
                                    &local_error);
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the reason */
               _("%s could not be written (%s)"), path,
               local_error != NULL ? local_error->message : _("unknown error"));
  return FALSE;
}
