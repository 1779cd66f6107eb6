/* guide-document-view.c - shows a rendered Markdown document
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only text view: the whole document is one buffer, so that it can
 * be selected and searched as one, and so that a very long article costs
 * a buffer rather than thousands of widgets (the view lays out lazily).
 * Styles are named tags sized relative to the view's font, so the text
 * size setting scales everything; colours come from the theme and follow
 * dark mode and high contrast.
 *
 * Links: a click, or Tab to reach one (it is selected, so screen readers
 * read it) and Enter to follow it. A link is never followed here: it
 * activates "win.open-link", which decides what a link may do.
 */
#define G_LOG_DOMAIN "guide-document-view"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-document-view.h"

#define INDENT_STEP   24
#define HANG          22
#define MARGIN        4

typedef struct
{
  int   offset;   /* where the block starts in the buffer */
  int   text;     /* where its text starts (after a list marker) */
  char *anchor;
} BlockInfo;

typedef struct
{
  int   start;
  int   end;
  char *uri;
} LinkRange;

struct _GuideDocumentView
{
  GtkTextView  parent_instance;

  GArray      *blocks;        /* of BlockInfo */
  GArray      *links;         /* of LinkRange, in order */
  int          focused_link;  /* index into links, or -1 */
  gboolean     hovering;
  guint        rescroll_id;   /* scrolls again once the layout is done */
  double       rescroll_yalign;
};

G_DEFINE_FINAL_TYPE (GuideDocumentView, guide_document_view, GTK_TYPE_TEXT_VIEW)

static const double heading_scale[] = { 1.9, 1.45, 1.2, 1.05, 1.0, 1.0 };

static void
block_info_clear (gpointer data)
{
  g_free (((BlockInfo *) data)->anchor);
}

static void
link_range_clear (gpointer data)
{
  g_free (((LinkRange *) data)->uri);
}

static GtkTextTag *
tag (GuideDocumentView *self,
     const char        *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  return gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
}

static void
create_tags (GuideDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  for (guint level = 1; level <= 6; level++)
    {
      g_autofree char *name = g_strdup_printf ("h%u", level);

      gtk_text_buffer_create_tag (buffer, name,
                                  "weight", level <= 2 ? 800 : PANGO_WEIGHT_BOLD,
                                  "scale", heading_scale[level - 1],
                                  "pixels-above-lines", level == 1 ? 0 : 14,
                                  "pixels-below-lines", 4,
                                  "accumulative-margin", TRUE,
                                  NULL);
    }

  for (guint depth = 0; depth <= GUIDE_MARKDOWN_MAX_INDENT; depth++)
    {
      g_autofree char *indent = g_strdup_printf ("indent-%u", depth);
      g_autofree char *item = g_strdup_printf ("item-%u", depth);
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, HANG);

      /* Every block has one of these, so they also space blocks apart. */
      gtk_text_buffer_create_tag (buffer, indent,
                                  "left-margin", MARGIN + depth * INDENT_STEP,
                                  "pixels-below-lines", 10,
                                  NULL);
      gtk_text_buffer_create_tag (buffer, item,
                                  "left-margin", MARGIN + depth * INDENT_STEP,
                                  "indent", -HANG,
                                  "tabs", tabs,
                                  "pixels-below-lines", 10,
                                  NULL);
      pango_tab_array_free (tabs);
    }

  gtk_text_buffer_create_tag (buffer, "emphasis", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "code-block",
                              "family", "monospace",
                              "wrap-mode", GTK_WRAP_CHAR,
                              "right-margin", MARGIN,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "quote", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "marker", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "rule", "justification", GTK_JUSTIFY_CENTER, NULL);
  gtk_text_buffer_create_tag (buffer, "caption", "style", PANGO_STYLE_ITALIC, "scale", 0.9, NULL);
  gtk_text_buffer_create_tag (buffer, "notice", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "link", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "link-focus", NULL);
  gtk_text_buffer_create_tag (buffer, "search-match", NULL);
}

/* Spacing in proportion to the font, so that it grows with the text
 * size setting. */
static void
update_spacing (GuideDocumentView *self)
{
  PangoContext *pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  double size = font ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 11;
  int pixels;

  /* Sizes in points: 96 pixels to 72 points. */
  if (font == NULL || !pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  pixels = MAX (4, (int) (size * 0.7 + 0.5));

  /* Every block has an indent or item tag: they space blocks apart. */
  for (guint depth = 0; depth <= GUIDE_MARKDOWN_MAX_INDENT; depth++)
    {
      g_autofree char *indent = g_strdup_printf ("indent-%u", depth);
      g_autofree char *item = g_strdup_printf ("item-%u", depth);

      g_object_set (tag (self, indent), "pixels-below-lines", pixels, NULL);
      g_object_set (tag (self, item), "pixels-below-lines", pixels, NULL);
    }
  for (guint level = 2; level <= 6; level++)
    {
      g_autofree char *name = g_strdup_printf ("h%u", level);
      g_object_set (tag (self, name), "pixels-above-lines", pixels, NULL);
    }
  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (self), MAX (2, pixels / 4));
}

/* Colours from the theme, so that they follow dark mode and high
 * contrast; called whenever the view's style changes. */
static void
update_colors (GuideDocumentView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg, accent, faint, match;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = (GdkRGBA) { 0.1, 0.37, 0.71, 1.0 };

  faint = fg;
  faint.alpha = 0.08;
  match = accent;
  match.alpha = 0.3;

  g_object_set (tag (self, "link"), "foreground-rgba", &accent, NULL);
  g_object_set (tag (self, "link-focus"), "background-rgba", &match, NULL);
  g_object_set (tag (self, "code-block"), "paragraph-background-rgba", &faint, NULL);
  g_object_set (tag (self, "quote"), "paragraph-background-rgba", &faint, NULL);

  if (!gtk_style_context_lookup_color (context, "warning_bg_color", &match))
    match = (GdkRGBA) { 0.96, 0.83, 0.18, 1.0 };
  match.alpha = 0.6;
  g_object_set (tag (self, "search-match"), "background-rgba", &match, NULL);
}

static void
guide_document_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (guide_document_view_parent_class)->css_changed (widget, change);

  update_colors (GUIDE_DOCUMENT_VIEW (widget));
  update_spacing (GUIDE_DOCUMENT_VIEW (widget));
}

static int
link_index_at (GuideDocumentView *self,
               int                offset)
{
  guint lo = 0, hi = self->links->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const LinkRange *link = &g_array_index (self->links, LinkRange, mid);

      if (offset < link->start)
        hi = mid;
      else if (offset >= link->end)
        lo = mid + 1;
      else
        return mid;
    }

  return -1;
}

static int
offset_at_point (GuideDocumentView *self,
                 double             x,
                 double             y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return -1;

  return gtk_text_iter_get_offset (&iter);
}

static void
activate_link (GuideDocumentView *self,
               guint              index)
{
  const LinkRange *link = &g_array_index (self->links, LinkRange, index);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-link", "s", link->uri);
}

/* Follows the link at @offset; FALSE if there is none. */
gboolean
guide_document_view_activate_link_at (GuideDocumentView *self,
                                      int                offset)
{
  int index;

  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), FALSE);

  index = link_index_at (self, offset);
  if (index < 0)
    return FALSE;

  activate_link (self, index);
  return TRUE;
}

static void
click_released_cb (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   GuideDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  /* A drag that selected text is not a click on a link. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;

  guide_document_view_activate_link_at (self, offset_at_point (self, x, y));
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           GuideDocumentView        *self)
{
  gboolean hovering = link_index_at (self, offset_at_point (self, x, y)) >= 0;

  if (hovering != self->hovering)
    {
      self->hovering = hovering;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hovering ? "pointer" : "text");
    }
}

static void
focus_link (GuideDocumentView *self,
            int                index)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag (self, "link-focus"), &start, &end);
  self->focused_link = index;

  if (index < 0)
    return;

  {
    const LinkRange *link = &g_array_index (self->links, LinkRange, index);

    gtk_text_buffer_get_iter_at_offset (buffer, &start, link->start);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, link->end);
    gtk_text_buffer_apply_tag (buffer, tag (self, "link-focus"), &start, &end);
    /* Selecting the link lets screen readers announce it. */
    gtk_text_buffer_select_range (buffer, &start, &end);
    gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self), &start, 0.1, FALSE, 0, 0);
  }
}

/* The first link after (or before) the focused one or the cursor. */
static int
next_link (GuideDocumentView *self,
           gboolean           forward)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter cursor;
  int from;

  if (self->links->len == 0)
    return -1;

  if (self->focused_link >= 0)
    {
      int next = self->focused_link + (forward ? 1 : -1);
      return next >= 0 && (guint) next < self->links->len ? next : -1;
    }

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  from = gtk_text_iter_get_offset (&cursor);

  if (forward)
    {
      for (guint i = 0; i < self->links->len; i++)
        if (g_array_index (self->links, LinkRange, i).start >= from)
          return i;
    }
  else
    {
      for (int i = self->links->len - 1; i >= 0; i--)
        if (g_array_index (self->links, LinkRange, i).end <= from)
          return i;
    }

  return -1;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GuideDocumentView     *self)
{
  state &= gtk_accelerator_get_default_mod_mask ();

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (state == 0 || state == GDK_SHIFT_MASK)
        {
          gboolean forward = state == 0 && keyval != GDK_KEY_ISO_Left_Tab;
          int next = next_link (self, forward);

          focus_link (self, next);
          /* Past the last link, Tab leaves the article as usual. */
          return next >= 0;
        }
      return FALSE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (state == 0 && self->focused_link >= 0)
        {
          activate_link (self, self->focused_link);
          return TRUE;
        }
      return FALSE;

    default:
      return FALSE;
    }
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                GuideDocumentView       *self)
{
  focus_link (self, -1);
}

static void
guide_document_view_finalize (GObject *object)
{
  GuideDocumentView *self = GUIDE_DOCUMENT_VIEW (object);

  g_array_unref (self->blocks);
  g_array_unref (self->links);
  g_clear_handle_id (&self->rescroll_id, g_source_remove);

  G_OBJECT_CLASS (guide_document_view_parent_class)->finalize (object);
}

static void
guide_document_view_class_init (GuideDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = guide_document_view_finalize;
  widget_class->css_changed = guide_document_view_css_changed;

  gtk_widget_class_set_css_name (widget_class, "textview");
}

static void
guide_document_view_init (GuideDocumentView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkEventController *controller;
  GtkGesture *click;

  self->blocks = g_array_new (FALSE, FALSE, sizeof (BlockInfo));
  g_array_set_clear_func (self->blocks, block_info_clear);
  self->links = g_array_new (FALSE, FALSE, sizeof (LinkRange));
  g_array_set_clear_func (self->links, link_range_clear);
  self->focused_link = -1;

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (view, 0);
  gtk_text_view_set_pixels_inside_wrap (view, 3);
  gtk_text_view_set_left_margin (view, MARGIN);
  gtk_text_view_set_right_margin (view, MARGIN);
  gtk_text_view_set_top_margin (view, 24);
  gtk_text_view_set_bottom_margin (view, 36);
  gtk_widget_add_css_class (GTK_WIDGET (self), "document");

  create_tags (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* In the capture phase, before the text view's own key bindings. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (controller, "guide-link-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
guide_document_view_new (void)
{
  return g_object_new (GUIDE_TYPE_DOCUMENT_VIEW, NULL);
}

static void
apply_tag_by_offsets (GtkTextBuffer *buffer,
                      GtkTextTag    *text_tag,
                      int            start,
                      int            end)
{
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_buffer_apply_tag (buffer, text_tag, &s, &e);
}

static void
append (GtkTextBuffer *buffer,
        const char    *text,
        GtkTextTag    *text_tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (text_tag != NULL)
    gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, text_tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

/* Appends @text and, if @newline, the line end that separates it from the
 * next block: one insertion instead of two. */
static void
append_line (GtkTextBuffer *buffer,
             const char    *text,
             GtkTextTag    *text_tag,
             gboolean       newline)
{
  g_autofree char *line = newline ? g_strconcat (text, "\n", NULL) : NULL;

  append (buffer, newline ? line : text, text_tag);
}

static int
end_offset (GtkTextBuffer *buffer)
{
  return gtk_text_buffer_get_char_count (buffer);
}

/* An image shipped with the content, found relative to @base; anything
 * else (a web address, a path out of the content) is not loaded. */
static GFile *
image_file (const GuideBlock *block,
            GFile            *base)
{
  const char *target = block->target ? block->target : "";
  g_autoptr(GFile) file = NULL;

  if (base == NULL || *target == '\0' || g_uri_peek_scheme (target) != NULL ||
      g_path_is_absolute (target) || strstr (target, "..") != NULL)
    return NULL;

  file = g_file_resolve_relative_path (base, target);
  if (!g_file_query_exists (file, NULL))
    return NULL;

  return g_steal_pointer (&file);
}

/* A picture waiting for its buffer to be shown: a child can only be
 * added to the view at an anchor of the buffer the view shows. */
typedef struct
{
  GtkTextChildAnchor *anchor;
  GtkWidget          *picture;
} PendingChild;

static void
pending_child_free (gpointer data)
{
  PendingChild *child = data;

  g_object_unref (child->anchor);
  g_object_unref (child->picture);
  g_free (child);
}

static void
append_image (GuideDocumentView *self,
              GtkTextBuffer     *buffer,
              GPtrArray         *children,
              const GuideBlock  *block,
              GFile             *base,
              gboolean           newline)
{
  g_autoptr(GFile) file = image_file (block, base);
  g_autofree char *caption = NULL;

  if (file != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_file (file);
      GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
      GtkTextChildAnchor *anchor;
      GtkTextIter end;

      if (paintable != NULL)
        {
          int width = gdk_paintable_get_intrinsic_width (paintable);
          int height = gdk_paintable_get_intrinsic_height (paintable);

          if (width > 560 && height > 0)
            {
              height = height * 560 / width;
              width = 560;
            }
          gtk_widget_set_size_request (picture, width, height);
        }
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), block->text);

      gtk_text_buffer_get_end_iter (buffer, &end);
      anchor = gtk_text_buffer_create_child_anchor (buffer, &end);
      {
        PendingChild *child = g_new0 (PendingChild, 1);

        child->anchor = g_object_ref (anchor);
        child->picture = g_object_ref_sink (picture);
        g_ptr_array_add (children, child);
      }
      append (buffer, "\n", NULL);
    }

  /* Translators: shown under a picture, or in its place; %s describes it */
  caption = g_strdup_printf (_("Picture: %s"), block->text);
  append_line (buffer, caption, tag (self, "caption"), newline);
}

/* Appends @block, ended by a newline unless it is the last. */
static void
append_block (GuideDocumentView *self,
              GtkTextBuffer     *buffer,
              GPtrArray         *children,
              const GuideBlock  *block,
              GFile             *base,
              gboolean           last)
{
  BlockInfo info = { end_offset (buffer), 0, g_strdup (block->anchor) };
  g_autofree char *indent_name = NULL;

  if (block->marker != NULL)
    {
      g_autofree char *marker = g_strconcat (block->marker, "\t", NULL);
      append (buffer, marker, tag (self, "marker"));
    }
  info.text = end_offset (buffer);

  switch (block->kind)
    {
    case GUIDE_BLOCK_HEADING:
      {
        g_autofree char *name = g_strdup_printf ("h%u", CLAMP (block->level, 1, 6));
        append_line (buffer, block->text, tag (self, name), !last);
      }
      break;

    case GUIDE_BLOCK_CODE:
      append_line (buffer, block->text, tag (self, "code-block"), !last);
      break;

    case GUIDE_BLOCK_RULE:
      append_line (buffer, "⁂", tag (self, "rule"), !last);
      break;

    case GUIDE_BLOCK_IMAGE:
      append_image (self, buffer, children, block, base, !last);
      break;

    case GUIDE_BLOCK_PARAGRAPH:
    default:
      append_line (buffer, block->text, NULL, !last);
      break;
    }

  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const GuideSpan *span = &g_array_index (block->spans, GuideSpan, i);
      static const char * const names[] = { "emphasis", "strong", "code", "link" };

      apply_tag_by_offsets (buffer, tag (self, names[span->kind]),
                            info.text + span->start, info.text + span->end);

      if (span->kind == GUIDE_SPAN_LINK)
        {
          LinkRange link = { info.text + span->start, info.text + span->end, g_strdup (span->uri) };
          g_array_append_val (self->links, link);
        }
    }

  indent_name = g_strdup_printf ("%s-%u", block->marker ? "item" : "indent",
                                 MIN (block->indent, GUIDE_MARKDOWN_MAX_INDENT));
  apply_tag_by_offsets (buffer, tag (self, indent_name), info.offset, end_offset (buffer));
  if (block->quote_depth > 0)
    apply_tag_by_offsets (buffer, tag (self, "quote"), info.offset, end_offset (buffer));

  g_array_append_val (self->blocks, info);
}

/* Replaces what the view shows with @document; images are looked up
 * relative to @base (may be NULL). */
void
guide_document_view_set_document (GuideDocumentView   *self,
                                  const GuideDocument *document,
                                  GFile               *base)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;
  g_autoptr(GtkTextBuffer) stand_in = NULL;
  g_autoptr(GPtrArray) children = NULL;
  GtkTextIter start, end;

  g_return_if_fail (GUIDE_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (document != NULL);

  self->focused_link = -1;
  g_array_set_size (self->blocks, 0);
  g_array_set_size (self->links, 0);

  /* The buffer is filled while the view shows an empty stand-in (with the
   * same tags), then shown again: filled while shown, every insertion and
   * every tag made the view invalidate its layout and notify, which took
   * more time than the writing itself for a long article. The buffer stays
   * the same object, so whoever holds it keeps a valid one. A document is
   * read, not edited: there is nothing to undo and no history to keep. */
  buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  stand_in = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (buffer));
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self), stand_in);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  children = g_ptr_array_new_with_free_func (pending_child_free);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);

  for (guint i = 0; i < document->blocks->len; i++)
    append_block (self, buffer, children, g_ptr_array_index (document->blocks, i), base,
                  i + 1 == document->blocks->len);

  if (document->truncated)
    {
      append (buffer, "\n", NULL);
      append (buffer, _("This article is too long to show in full."), tag (self, "notice"));
    }

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self), buffer);

  for (guint i = 0; i < children->len; i++)
    {
      PendingChild *child = g_ptr_array_index (children, i);

      gtk_text_view_add_child_at_anchor (GTK_TEXT_VIEW (self), child->picture, child->anchor);
    }
}

static gboolean
rescroll_cb (gpointer user_data)
{
  GuideDocumentView *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  self->rescroll_id = 0;
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.0, TRUE, 0.0, self->rescroll_yalign);

  return G_SOURCE_REMOVE;
}

/* Scrolls the cursor to @yalign of the view. A new document is laid out
 * bit by bit, and lines above the cursor may grow after a first scroll
 * (wrapped at the real width), so it scrolls again when that is done. */
static void
scroll_to_cursor (GuideDocumentView *self,
                  double             yalign)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.0, TRUE, 0.0, yalign);

  self->rescroll_yalign = yalign;
  g_clear_handle_id (&self->rescroll_id, g_source_remove);
  /* Below the text view's own layout work, so it runs when that is done. */
  self->rescroll_id = g_idle_add_full (G_PRIORITY_LOW, rescroll_cb, self, NULL);
}

guint
guide_document_view_get_n_blocks (GuideDocumentView *self)
{
  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), 0);
  return self->blocks->len;
}

/* The text the view shows for block @index. */
char *
guide_document_view_get_block_text (GuideDocumentView *self,
                                    guint              index)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  const BlockInfo *info;

  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  info = &g_array_index (self->blocks, BlockInfo, index);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, info->text);
  if (index + 1 < self->blocks->len)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                          g_array_index (self->blocks, BlockInfo, index + 1).offset);
      gtk_text_iter_backward_char (&end);
    }
  else
    gtk_text_buffer_get_end_iter (buffer, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The index of the heading with @anchor, or -1. */
int
guide_document_view_find_anchor (GuideDocumentView *self,
                                 const char        *anchor)
{
  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), -1);

  for (guint i = 0; i < self->blocks->len; i++)
    if (g_strcmp0 (g_array_index (self->blocks, BlockInfo, i).anchor, anchor) == 0)
      return i;

  return -1;
}

void
guide_document_view_scroll_to_block (GuideDocumentView *self,
                                     guint              index)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (GUIDE_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (index < self->blocks->len);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, g_array_index (self->blocks, BlockInfo, index).offset);
  gtk_text_buffer_place_cursor (buffer, &iter);

  scroll_to_cursor (self, 0.0);
}

/* Marks characters @start to @end of block @index as a search match,
 * selects them and scrolls them into view. */
void
guide_document_view_highlight (GuideDocumentView *self,
                               guint              index,
                               guint              start,
                               guint              end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;
  int text;

  g_return_if_fail (GUIDE_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (index < self->blocks->len);
  g_return_if_fail (start <= end);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &s, &e);
  gtk_text_buffer_remove_tag (buffer, tag (self, "search-match"), &s, &e);

  text = g_array_index (self->blocks, BlockInfo, index).text;
  gtk_text_buffer_get_iter_at_offset (buffer, &s, text + start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, text + end);
  gtk_text_buffer_apply_tag (buffer, tag (self, "search-match"), &s, &e);
  gtk_text_buffer_select_range (buffer, &s, &e);
  scroll_to_cursor (self, 0.3);
}

guint
guide_document_view_get_n_links (GuideDocumentView *self)
{
  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), 0);
  return self->links->len;
}

/* The target of the link reached with Tab, or NULL. */
const char *
guide_document_view_get_focused_link (GuideDocumentView *self)
{
  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), NULL);

  if (self->focused_link < 0)
    return NULL;

  return g_array_index (self->links, LinkRange, self->focused_link).uri;
}

/* The target of the link at buffer offset @offset, or NULL. */
const char *
guide_document_view_get_link_at (GuideDocumentView *self,
                                 int                offset)
{
  int index;

  g_return_val_if_fail (GUIDE_IS_DOCUMENT_VIEW (self), NULL);

  index = link_index_at (self, offset);

  return index >= 0 ? g_array_index (self->links, LinkRange, index).uri : NULL;
}
