/* guide-window.c - the main window: topics in a sidebar, a page beside
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything a reader can do here is an action: "win.show-topic" opens a
 * topic (rows, related-topic buttons and internal links all use it),
 * "win.open-link" decides what a link may do, "win.show-topics" goes back
 * to the sidebar of a folded window, "win.zoom-*" change the text size,
 * "win.find" goes to the search entry, "win.show-search-result" opens a
 * search hit and highlights it, "win.stop-search" returns to the topics,
 * "win.go-back" and "win.go-forward" move through the topics visited.
 * "win.print" prints what the page shows (an article, the visit summary,
 * or the one-page sheet on the medicine open in the grid) through the
 * print dialog, "win.export-pdf" saves it as PDF after a file chooser, and
 * "win.print-therapy" prints the sheet on any one medicine.
 *
 * The search index is built the first time the reader searches (see
 * ensure_search_index()), so that it costs nothing at start-up.
 */
#define G_LOG_DOMAIN "guide-window"

#include <glib/gi18n.h>
#include <math.h>

#include "guide-article-page.h"
#include "guide-button-content.h"
#include "guide-link.h"
#include "guide-search-index.h"
#include "guide-search-row.h"
#include "guide-support-page.h"
#include "guide-print-content.h"
#include "guide-print-operation.h"
#include "guide-therapy-page.h"
#include "guide-topic-row.h"
#include "guide-visit-page.h"
#include "guide-window.h"

#define TEXT_SCALE_STEP 0.1
#define MAX_SEARCH_RESULTS 50
#define MAX_HISTORY 100

struct _GuideWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GuideContent         *guide;
  GuideTopic           *topic;
  GuideSearchIndex     *search_index;
  GPtrArray            *back_history;     /* topic ids, most recent last */
  GPtrArray            *forward_history;  /* topic ids, next last */
  GuideVisitStore      *visit_store;
  GtkPrintSettings     *print_settings;
  GFile                *export_folder;
  gboolean              visit_save_failing;
  gboolean              close_anyway;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkWidget            *back_button;
  GtkListBox           *topic_list;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListBox           *result_list;
  AdwStatusPage        *no_results_page;
  GtkWidget            *glossary_button;
  GtkWidget            *go_back_button;
  GtkWidget            *go_forward_button;
  AdwWindowTitle       *content_title;
  GtkStack             *content_stack;
  GuideArticlePage     *article_page;
  GuideSupportPage     *support_page;
  GuideVisitPage       *visit_page;
  GuideTherapyPage     *therapy_page;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (GuideWindow, guide_window, ADW_TYPE_APPLICATION_WINDOW)

static void update_print_actions (GuideWindow *self);

static void
show_error (GuideWindow *self,
            const char  *title,
            const char  *message)
{
  /* The description is markup: a file's message may hold any text. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  adw_window_title_set_title (self->content_title, title);
  update_print_actions (self);
}

void
guide_window_show_message (GuideWindow *self,
                           const char  *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (GUIDE_IS_WINDOW (self));

  /* A toast's title is markup; the message is plain text. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
select_row_for_topic (GuideWindow *self,
                      GuideTopic  *topic)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GUIDE_IS_TOPIC_ROW (child) && guide_topic_row_get_topic (GUIDE_TOPIC_ROW (child)) == topic)
        {
          gtk_list_box_select_row (self->topic_list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
}

static void
scroll_to_anchor (GuideWindow *self,
                  const char  *anchor)
{
  GuideDocumentView *view = guide_article_page_get_document_view (self->article_page);
  int index = guide_document_view_find_anchor (view, anchor);

  if (index >= 0)
    guide_document_view_scroll_to_block (view, index);
}

static void
update_history_actions (GuideWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", self->back_history->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-forward", self->forward_history->len > 0);
}

/* The pages besides the article page are made when they are first shown:
 * most readers start on an article, and each of them costs start-up time
 * (the grid most of all). */

static void add_therapy_print_button (GuideWindow *self);

static GtkWidget *
add_page (GuideWindow *self,
          GType        type,
          const char  *name)
{
  GtkWidget *page = g_object_new (type, NULL);

  gtk_stack_add_named (self->content_stack, page, name);
  return page;
}

static GuideSupportPage *
ensure_support_page (GuideWindow *self)
{
  if (self->support_page == NULL)
    self->support_page = GUIDE_SUPPORT_PAGE (add_page (self, GUIDE_TYPE_SUPPORT_PAGE, "support"));

  return self->support_page;
}

static GuideTherapyPage *
ensure_therapy_page (GuideWindow *self)
{
  if (self->therapy_page == NULL)
    {
      self->therapy_page = GUIDE_THERAPY_PAGE (add_page (self, GUIDE_TYPE_THERAPY_PAGE, "therapies"));
      guide_therapy_page_set_content (self->therapy_page, self->guide, self->settings);
      add_therapy_print_button (self);
    }

  return self->therapy_page;
}

static GuideVisitPage *
ensure_visit_page (GuideWindow *self)
{
  if (self->visit_page == NULL)
    {
      self->visit_page = GUIDE_VISIT_PAGE (add_page (self, GUIDE_TYPE_VISIT_PAGE, "visit"));
      guide_visit_page_bind (self->visit_page, self->guide, self->visit_store, self->settings);
    }

  return self->visit_page;
}

/* Shows topic @id, at the heading or item @anchor if given. Unless it is
 * a move through the history, the topic left is remembered for "Back". */
static gboolean
navigate (GuideWindow *self,
          const char  *id,
          const char  *anchor,
          gboolean     from_history)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideTopic) previous = self->topic ? g_object_ref (self->topic) : NULL;
  GuideTopic *topic;

  if (self->guide == NULL)
    return FALSE;

  topic = guide_handbook_lookup (guide_content_get_handbook (self->guide), id);
  if (topic == NULL)
    {
      guide_window_show_message (self, _("That topic is not in this guide."));
      return FALSE;
    }

  switch (guide_topic_get_kind (topic))
    {
    case GUIDE_TOPIC_ARTICLE:
      if (!guide_article_page_show_topic (self->article_page, self->guide, topic, &error))
        {
          show_error (self, _("This article could not be shown"), error->message);
          return FALSE;
        }
      gtk_stack_set_visible_child_name (self->content_stack, "article");
      break;

    case GUIDE_TOPIC_SUPPORT:
      guide_support_page_show_topic (ensure_support_page (self), self->guide, topic);
      gtk_stack_set_visible_child_name (self->content_stack, "support");
      break;

    case GUIDE_TOPIC_THERAPIES:
      /* topic:therapies#ID opens the detail of one therapy. */
      if (anchor == NULL || !guide_therapy_page_show_therapy (ensure_therapy_page (self), anchor))
        guide_therapy_page_show_grid (ensure_therapy_page (self));
      anchor = NULL;
      gtk_stack_set_visible_child_name (self->content_stack, "therapies");
      break;

    case GUIDE_TOPIC_VISIT:
      ensure_visit_page (self);
      gtk_stack_set_visible_child_name (self->content_stack, "visit");
      break;

    default:
      show_error (self, guide_topic_get_title (topic),
                  _("This part of the guide is not available in this version."));
      return FALSE;
    }

  g_set_object (&self->topic, topic);
  update_print_actions (self);
  adw_window_title_set_title (self->content_title, guide_topic_get_title (topic));
  select_row_for_topic (self, topic);
  g_settings_set_string (self->settings, "last-topic", id);
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  if (anchor != NULL && guide_topic_get_kind (topic) == GUIDE_TOPIC_ARTICLE)
    scroll_to_anchor (self, anchor);
  else if (anchor != NULL && guide_topic_get_kind (topic) == GUIDE_TOPIC_SUPPORT)
    guide_support_page_show_item (self->support_page, anchor);

  if (!from_history && previous != NULL && previous != topic)
    {
      g_ptr_array_add (self->back_history, g_strdup (guide_topic_get_id (previous)));
      if (self->back_history->len > MAX_HISTORY)
        g_ptr_array_remove_index (self->back_history, 0);
      g_ptr_array_set_size (self->forward_history, 0);
    }
  update_history_actions (self);

  return TRUE;
}

static gboolean
show_topic (GuideWindow *self,
            const char  *id,
            const char  *anchor)
{
  return navigate (self, id, anchor, FALSE);
}

/* Goes one step back (or forward) through the topics visited. */
static void
go_history (GuideWindow *self,
            gboolean     back)
{
  GPtrArray *from = back ? self->back_history : self->forward_history;
  GPtrArray *to = back ? self->forward_history : self->back_history;
  g_autofree char *id = NULL;
  g_autofree char *current = NULL;

  if (from->len == 0)
    return;

  id = g_ptr_array_steal_index (from, from->len - 1);
  current = self->topic ? g_strdup (guide_topic_get_id (self->topic)) : NULL;

  if (navigate (self, id, NULL, TRUE) && current != NULL)
    g_ptr_array_add (to, g_steal_pointer (&current));

  update_history_actions (self);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  go_history (GUIDE_WINDOW (widget), g_str_equal (action_name, "win.go-back"));
}

/* The mouse's back and forward buttons. */
static void
history_button_pressed_cb (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           GuideWindow     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  const char *action = button == 8 ? "win.go-back" : button == 9 ? "win.go-forward" : NULL;

  if (action == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
}

/* Search ----------------------------------------------------------------- */

static GuideSearchIndex *
ensure_search_index (GuideWindow *self)
{
  if (self->search_index == NULL && self->guide != NULL)
    self->search_index = guide_search_index_new_for_content (self->guide);

  return self->search_index;
}

static GtkWidget *
create_search_row (gpointer item,
                   gpointer user_data)
{
  return guide_search_row_new (GUIDE_SEARCH_RESULT (item));
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* Shows what @text finds in place of the topics, or the topics again
 * when it is empty. */
static void
update_search (GuideWindow *self,
               const char  *text)
{
  g_autoptr(GListModel) results = NULL;
  gboolean searching = !is_blank (text) && ensure_search_index (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-search", searching);

  if (!searching)
    {
      gtk_list_box_bind_model (self->result_list, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->sidebar_stack, "topics");
      return;
    }

  results = guide_search_index_query (self->search_index, text, MAX_SEARCH_RESULTS);
  gtk_list_box_bind_model (self->result_list, results, create_search_row, NULL, NULL);

  if (g_list_model_get_n_items (results) > 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "results");
  else
    {
      /* The glossary is offered when the guide has one. */
      gboolean glossary = guide_handbook_lookup (guide_content_get_handbook (self->guide),
                                                 GUIDE_GLOSSARY_TOPIC) != NULL;

      gtk_widget_set_visible (self->glossary_button, glossary);
      adw_status_page_set_description (self->no_results_page,
                                       glossary
                                       ? _("Nothing in the guide matches these words. Try other "
                                           "words, or look a term up in the glossary.")
                                       : _("Nothing in the guide matches these words. Try other "
                                           "words."));
      gtk_stack_set_visible_child_name (self->sidebar_stack, "no-results");
    }
}

static void
search_changed_cb (GuideWindow    *self,
                   GtkSearchEntry *entry)
{
  update_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Typing elsewhere in the window started a search: show the sidebar
 * (of a folded window) and move on in the entry, keeping what was typed. */
static void
search_started_cb (GuideWindow    *self,
                   GtkSearchEntry *entry)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  if (GTK_IS_TEXT (text) && !gtk_widget_has_focus (GTK_WIDGET (text)))
    {
      gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
      gtk_editable_set_position (text, -1);
    }
}

/* Escape: the search entry emits this itself when it has the focus. */
static void
stop_search_cb (GuideWindow    *self,
                GtkSearchEntry *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.stop-search", NULL);
}

/* Enter in the search entry opens the first hit. */
static void
search_activate_cb (GuideWindow    *self,
                    GtkSearchEntry *entry)
{
  GtkListBoxRow *first;

  /* Enter may come before the entry's delay is over: search now. */
  update_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));

  first = gtk_list_box_get_row_at_index (self->result_list, 0);
  if (first != NULL && g_str_equal (gtk_stack_get_visible_child_name (self->sidebar_stack), "results"))
    gtk_widget_activate (GTK_WIDGET (first));
}

/* Down in the search entry goes to the hits. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GuideWindow           *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->result_list, 0);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || first == NULL ||
      !g_str_equal (gtk_stack_get_visible_child_name (self->sidebar_stack), "results"))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
stop_search_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  GtkListBoxRow *selected;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* Now, not after the entry's delay. */
  update_search (self, "");

  selected = gtk_list_box_get_selected_row (self->topic_list);
  if (selected != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (selected));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

/* Opens the topic of a hit, scrolled to the match, which is highlighted. */
static void
show_search_result_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  const char *topic_id, *item_id;
  gint32 block;
  guint32 start, end;

  g_variant_get (param, "(&s&siuu)", &topic_id, &item_id, &block, &start, &end);

  if (!show_topic (self, topic_id, NULL))
    return;

  switch (guide_topic_get_kind (self->topic))
    {
    case GUIDE_TOPIC_ARTICLE:
      {
        GuideDocumentView *view = guide_article_page_get_document_view (self->article_page);
        /* Block -1 is the topic's title, the page's first block. */
        guint index = block < 0 ? 0 : guide_article_page_get_article_block (self->article_page, block);

        if (index < guide_document_view_get_n_blocks (view))
          guide_document_view_highlight (view, index, start, end);
      }
      break;

    case GUIDE_TOPIC_SUPPORT:
      if (*item_id != '\0')
        guide_support_page_highlight (self->support_page, item_id, block, start, end);
      break;

    case GUIDE_TOPIC_THERAPIES:
      /* A hit in a therapy's data opens that therapy's detail. */
      if (*item_id != '\0')
        guide_therapy_page_show_therapy (self->therapy_page, item_id);
      break;

    case GUIDE_TOPIC_VISIT:
    default:
      break;
    }
}


/* Printing */

/* What the page on show prints, with a name for its file, or NULL. */
static GuidePrintDocument *
document_on_show (GuideWindow  *self,
                  char        **name)
{
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);

  if (self->guide == NULL || self->topic == NULL)
    return NULL;

  if (g_strcmp0 (page, "visit") == 0)
    {
      GuideVisitSummary *summary = guide_visit_page_get_summary (self->visit_page);

      *name = guide_print_content_visit_name (summary);
      return guide_print_content_visit (self->guide, summary);
    }

  if (g_strcmp0 (page, "therapies") == 0 &&
      guide_therapy_page_get_therapy (self->therapy_page) != NULL)
    {
      GuideTherapy *therapy = guide_therapy_page_get_therapy (self->therapy_page);

      *name = g_strdup (guide_therapy_get_id (therapy));
      return guide_print_content_therapy (self->guide, therapy);
    }

  if (g_strcmp0 (page, "article") == 0 &&
      guide_article_page_get_document (self->article_page) != NULL)
    {
      GuideTopic *topic = guide_article_page_get_topic (self->article_page);

      *name = guide_print_content_article_name (topic);
      return guide_print_content_article (self->guide, topic,
                                          guide_article_page_get_document (self->article_page));
    }

  return NULL;
}

static void
update_print_actions (GuideWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);
  /* On the grid, what prints is the medicine whose detail is open. */
  gboolean printable = self->guide != NULL &&
                       (g_strcmp0 (page, "visit") == 0 || g_strcmp0 (page, "article") == 0 ||
                        g_strcmp0 (page, "therapies") == 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", printable);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  g_autoptr(GuideWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s is the reason */
      message = g_strdup_printf (_("Printing failed: %s"),
                                 error != NULL ? error->message : _("unknown error"));
      guide_window_show_message (self, message);
    }
}

/* Opens the print dialog for @document. */
static void
print_document (GuideWindow        *self,
                GuidePrintDocument *document,
                const char         *name)
{
  g_autoptr(GtkPrintOperation) operation = guide_print_operation_new (document, name, name);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* The printer and options chosen last time, with this document's name. */
  if (self->print_settings != NULL)
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_copy (self->print_settings);

      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
      gtk_print_operation_set_print_settings (operation, settings);
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), g_object_ref (self));

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      /* Translators: %s is the reason */
      g_autofree char *message = g_strdup_printf (_("Printing failed: %s"), error->message);

      guide_window_show_message (self, message);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autoptr(GuidePrintDocument) document = document_on_show (self, &name);

  if (document != NULL)
    print_document (self, document, name);
  else
    guide_window_show_message (self, _("Open one medicine to print its one-page summary."));
}

static void
print_therapy_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GuidePrintDocument) document = NULL;
  GuideTherapy *therapy;

  if (self->guide == NULL)
    return;

  therapy = guide_id_list_lookup (guide_content_get_therapies (self->guide), id);
  if (therapy == NULL)
    {
      guide_window_show_message (self, _("That medicine is not in this guide."));
      return;
    }

  document = guide_print_content_therapy (self->guide, therapy);
  print_document (self, document, guide_therapy_get_id (therapy));
}

/* Saves what the page on show prints as a PDF file, on the locale's
 * paper, with no dialog. "win.export-pdf" calls this once the file is
 * chosen. */
gboolean
guide_window_export_pdf (GuideWindow *self,
                         GFile       *file,
                         GError     **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GuidePrintDocument) document = NULL;

  g_return_val_if_fail (GUIDE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  document = document_on_show (self, &name);
  if (document == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This page cannot be saved as a PDF."));
      return FALSE;
    }

  return guide_print_operation_export_pdf (document, GTK_WINDOW (self), file, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GuideWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    return;

  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);

  if (guide_window_export_pdf (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Saved as %s"), name);

      guide_window_show_message (self, message);
    }
  else
    {
      /* Translators: %s is the reason */
      g_autofree char *message = g_strdup_printf (_("The PDF could not be saved: %s"),
                                                  error->message);

      guide_window_show_message (self, message);
    }
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GuidePrintDocument) document = document_on_show (self, &name);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (document == NULL)
    {
      guide_window_show_message (self, _("Open one medicine to save its one-page summary."));
      return;
    }

  /* Translators: the title of the dialog that chooses where to save a PDF, and its buttons */
  chooser = gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* Translators: the kind of file offered in the dialog that saves a PDF */
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  file_name = g_strconcat (name, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->export_folder, NULL);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS) != NULL)
    {
      g_autoptr(GFile) documents = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), documents, NULL);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "Print Summary" in the grid's detail view: prints the medicine shown. */
static void
add_therapy_print_button (GuideWindow *self)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button),
                        guide_button_content_new ("document-print-symbolic", _("_Print Summary")));
  gtk_widget_set_tooltip_text (button, _("Print a one-page summary of this medicine"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print a one-page summary of this medicine"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.print");
  gtk_box_append (GTK_BOX (guide_therapy_page_get_detail_actions (self->therapy_page)), button);
}

static void
visit_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);

  if (self->visit_page != NULL)
    guide_visit_page_undo (self->visit_page);
}

/* The visit summary's store tells of trouble; the page says more. */

static void
show_visit_toast (GuideWindow *self,
                  const char  *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Stays until read. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* Translators: a button on a message about the visit summary: shows the visit page */
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-topic");
  adw_toast_set_action_target_value (toast, g_variant_new_string ("visit"));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
visit_save_error_cb (GuideWindow *self)
{
  gboolean failing = guide_visit_store_get_save_error (self->visit_store) != NULL;

  if (failing == self->visit_save_failing)
    return;

  self->visit_save_failing = failing;
  if (failing)
    show_visit_toast (self, _("Your visit summary could not be saved. It is still here, and "
                              "saving will be tried again."));
  else
    guide_window_show_message (self, _("Your visit summary is saved again."));
}

static void
report_visit_load (GuideWindow *self)
{
  GFile *kept = guide_visit_store_get_kept_file (self->visit_store);

  if (guide_visit_store_get_load_error (self->visit_store) == NULL)
    return;

  if (kept != NULL)
    {
      g_autofree char *name = g_file_get_basename (kept);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Your saved visit summary could not be read. "
                                                    "It was kept as %s, and the summary starts "
                                                    "empty."), name);

      show_visit_toast (self, message);
    }
  else
    show_visit_toast (self, _("Your saved visit summary could not be read, and nothing will be "
                              "saved over it."));
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  show_topic (GUIDE_WINDOW (widget), g_variant_get_string (param, NULL), NULL);
}

static void
show_topics_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

static void
show_uri_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GuideWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message =
        /* Translators: %s is the system's reason */
        g_strdup_printf (_("The link could not be opened: %s"), error->message);

      guide_window_show_message (self, message);
    }
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  const char *uri = g_variant_get_string (param, NULL);
  g_autofree char *topic_id = NULL;
  g_autofree char *anchor = NULL;

  switch (guide_link_classify (uri, &topic_id, &anchor))
    {
    case GUIDE_LINK_TOPIC:
      show_topic (self, topic_id, anchor);
      break;

    case GUIDE_LINK_EXTERNAL:
      gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL,
                         show_uri_done, g_object_ref (self));
      break;

    case GUIDE_LINK_REFUSED:
    default:
      guide_window_show_message (self, _("This link was not opened: the guide only opens "
                                         "secure web (https) and e-mail links."));
      break;
    }
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GuideWindow *self = GUIDE_WINDOW (widget);
  double scale = g_settings_get_double (self->settings, "text-scale");

  if (g_str_equal (action_name, "win.zoom-in"))
    scale += TEXT_SCALE_STEP;
  else if (g_str_equal (action_name, "win.zoom-out"))
    scale -= TEXT_SCALE_STEP;
  else
    scale = 1.0;

  /* The schema's range bounds the value; round away float drift. */
  scale = CLAMP (round (scale * 10) / 10, 0.7, 2.5);
  g_settings_set_double (self->settings, "text-scale", scale);
}

static gboolean
invert_boolean (gpointer  user_data,
                gboolean  value)
{
  return !value;
}

static void
topic_list_row_activated_cb (GuideWindow   *self,
                             GtkListBoxRow *row)
{
  GuideTopic *topic = guide_topic_row_get_topic (GUIDE_TOPIC_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-topic", "s", guide_topic_get_id (topic));
}

static GtkWidget *
create_topic_row (gpointer item,
                  gpointer user_data)
{
  return guide_topic_row_new (GUIDE_TOPIC (item));
}

static void
section_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  const char *section = guide_topic_get_section_title (guide_topic_row_get_topic (GUIDE_TOPIC_ROW (row)));
  GtkWidget *header;

  if (before != NULL &&
      g_strcmp0 (section, guide_topic_get_section_title (guide_topic_row_get_topic (GUIDE_TOPIC_ROW (before)))) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "sidebar-section");
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_list_box_row_set_header (row, header);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GuideWindow      *self)
{
  if (g_strcmp0 (response, "close") == 0)
    {
      self->close_anyway = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* TRUE if the visit summary is saved, or the patient chose to close
 * anyway; otherwise asks them, and FALSE. */
static gboolean
visit_saved_or_confirmed (GuideWindow *self)
{
  GtkWidget *dialog;

  if (self->close_anyway || self->visit_store == NULL || guide_visit_store_flush (self->visit_store))
    return TRUE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Your Visit Summary Is Not Saved"),
                                   _("Your latest changes could not be saved, so they would be "
                                     "lost if the guide closes now. Keep the window open and "
                                     "save the summary as a PDF, or try again later."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Open"),
                                    "close", _("_Close and Lose Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

static gboolean
guide_window_close_request (GtkWindow *window)
{
  GuideWindow *self = GUIDE_WINDOW (window);
  int width, height;

  if (!visit_saved_or_confirmed (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (guide_window_parent_class)->close_request (window);
}

/* Restores the window's state and shows the content, or why it could not
 * be loaded. */
static void
load (GuideWindow      *self,
      GuideApplication *app)
{
  const GError *error = NULL;
  g_autofree char *last = NULL;
  GuideTopic *first = NULL;
  GListModel *topics;

  self->settings = g_object_ref (guide_application_get_settings (app));
  self->visit_store = g_object_ref (guide_application_get_visit_store (app));
  g_signal_connect_object (self->visit_store, "notify::save-error",
                           G_CALLBACK (visit_save_error_cb), self, G_CONNECT_SWAPPED);
  report_visit_load (self);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->guide = guide_application_get_content (app, &error);
  if (self->guide == NULL)
    {
      show_error (self, _("The guide could not be loaded"), error->message);
      return;
    }
  g_object_ref (self->guide);

  topics = guide_handbook_get_topics (guide_content_get_handbook (self->guide));
  gtk_list_box_bind_model (self->topic_list, topics, create_topic_row, NULL, NULL);
  gtk_list_box_set_header_func (self->topic_list, section_header_func, NULL, NULL);

  last = g_settings_get_string (self->settings, "last-topic");
  if (*last == '\0' || !show_topic (self, last, NULL))
    {
      first = g_list_model_get_item (topics, 0);
      show_topic (self, guide_topic_get_id (first), NULL);
      g_object_unref (first);
    }

  /* A narrow window starts on the sidebar. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
guide_window_dispose (GObject *object)
{
  GuideWindow *self = GUIDE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_WINDOW);
  g_clear_object (&self->search_index);
  g_clear_pointer (&self->back_history, g_ptr_array_unref);
  g_clear_pointer (&self->forward_history, g_ptr_array_unref);
  g_clear_object (&self->topic);
  g_clear_object (&self->guide);
  g_clear_object (&self->settings);
  g_clear_object (&self->visit_store);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (guide_window_parent_class)->dispose (object);
}

static void
guide_window_class_init (GuideWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = guide_window_dispose;
  window_class->close_request = guide_window_close_request;

  g_type_ensure (GUIDE_TYPE_ARTICLE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/guide-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, content);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, article_page);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, result_list);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, glossary_button);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, go_back_button);
  gtk_widget_class_bind_template_child (widget_class, GuideWindow, go_forward_button);
  gtk_widget_class_bind_template_callback (widget_class, topic_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_started_cb);
  gtk_widget_class_bind_template_callback (widget_class, invert_boolean);

  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "win.show-topics", NULL, show_topics_action);
  gtk_widget_class_install_action (widget_class, "win.open-link", "s", open_link_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.stop-search", NULL, stop_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-search-result", "(ssiuu)",
                                   show_search_result_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.go-forward", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.print-therapy", "s", print_therapy_action);
  gtk_widget_class_install_action (widget_class, "win.visit-undo", NULL, visit_undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.stop-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-pdf", NULL);
}

static void
guide_window_init (GuideWindow *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->back_history = g_ptr_array_new_with_free_func (g_free);
  self->forward_history = g_ptr_array_new_with_free_func (g_free);
  update_history_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-search", FALSE);

  /* Typing anywhere in the window starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  /* Before any widget under the pointer takes the click. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (click), "guide-history-buttons");
  g_signal_connect (click, "pressed", G_CALLBACK (history_button_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GuideWindow *
guide_window_new (GuideApplication *application)
{
  GuideWindow *self;

  g_return_val_if_fail (GUIDE_IS_APPLICATION (application), NULL);

  self = g_object_new (GUIDE_TYPE_WINDOW, "application", application, NULL);
  load (self, application);

  return self;
}

/* The topic on show, or NULL. */
GuideTopic *
guide_window_get_topic (GuideWindow *self)
{
  g_return_val_if_fail (GUIDE_IS_WINDOW (self), NULL);
  return self->topic;
}

/* The page that the content area shows under @name ("article",
 * "therapies", "visit", "support", "error"), or NULL if it has not been
 * shown yet. */
GtkWidget *
guide_window_get_page (GuideWindow *self,
                       const char  *name)
{
  g_return_val_if_fail (GUIDE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return gtk_stack_get_child_by_name (self->content_stack, name);
}
