/* test-markdown.c - the Markdown renderer and the document view
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with G_DEBUG=fatal-warnings: any GLib, GTK or Pango warning while
 * rendering, into blocks or into widgets, fails the test.
 */
#include <string.h>

#include "guide-document-view.h"
#include "guide-link.h"
#include "guide-markdown.h"
#include "guide-test-util.h"

static GuideDocument *
render (const char *source)
{
  return guide_markdown_render (source, strlen (source));
}

static const GuideBlock *
block (GuideDocument *doc,
       guint          index)
{
  g_assert_cmpuint (index, <, doc->blocks->len);
  return g_ptr_array_index (doc->blocks, index);
}

/* Every block's markup must parse as Pango markup and give back exactly
 * the block's plain text; every span must lie inside that text. */
static void
assert_markup_valid (GuideDocument *doc)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const GuideBlock *b = block (doc, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      glong chars;

      if (b->kind == GUIDE_BLOCK_RULE)
        continue;

      g_assert_true (pango_parse_markup (b->markup, -1, 0, NULL, &text, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, b->text);

      chars = g_utf8_strlen (b->text, -1);
      for (guint j = 0; b->spans != NULL && j < b->spans->len; j++)
        {
          const GuideSpan *span = &g_array_index (b->spans, GuideSpan, j);

          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpuint (span->end, <=, chars);
          g_assert_true ((span->kind == GUIDE_SPAN_LINK) == (span->uri != NULL));
        }
    }
}

/* The text of @doc's block @index between characters @start and @end. */
static char *
span_text (const GuideBlock *b,
           const GuideSpan  *span)
{
  const char *s = g_utf8_offset_to_pointer (b->text, span->start);
  const char *e = g_utf8_offset_to_pointer (b->text, span->end);

  return g_strndup (s, e - s);
}

/* Puts @doc into a real document view, in a window, and lays it out. */
static void
show_in_view (GuideDocument *doc)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = guide_document_view_new ();

  g_object_ref_sink (view);
  guide_document_view_set_document (GUIDE_DOCUMENT_VIEW (view), doc, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));
  guide_test_wait_for (gtk_widget_get_mapped (view), 30000);
  guide_test_settle ();

  g_assert_cmpuint (guide_document_view_get_n_blocks (GUIDE_DOCUMENT_VIEW (view)), ==,
                    doc->blocks->len);
  g_assert_cmpuint (guide_document_view_get_n_links (GUIDE_DOCUMENT_VIEW (view)), ==,
                    doc->links->len);
  for (guint i = 0; i < MIN (doc->blocks->len, 200); i++)
    {
      const GuideBlock *b = block (doc, i);
      g_autofree char *shown = guide_document_view_get_block_text (GUIDE_DOCUMENT_VIEW (view), i);

      if (b->kind != GUIDE_BLOCK_RULE && b->kind != GUIDE_BLOCK_IMAGE)
        g_assert_cmpstr (shown, ==, b->text);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  guide_test_settle ();
  g_assert_finalize_object (view);
}

static void
test_headings (void)
{
  g_autoptr(GuideDocument) doc = render ("# One\n\n## Two\n\n### Three\n\n#### Four\n\nSetext\n===\n");

  g_assert_cmpuint (doc->blocks->len, ==, 5);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpint (block (doc, i)->kind, ==, GUIDE_BLOCK_HEADING);
      g_assert_cmpuint (block (doc, i)->level, ==, i + 1);
    }
  g_assert_cmpstr (block (doc, 0)->text, ==, "One");
  g_assert_cmpstr (block (doc, 0)->anchor, ==, "one");
  g_assert_cmpuint (block (doc, 4)->level, ==, 1);
  g_assert_cmpstr (block (doc, 4)->anchor, ==, "setext");
  assert_markup_valid (doc);
  show_in_view (doc);
}

/* An explicit anchor survives translation of the heading's text. */
static void
test_heading_anchor (void)
{
  g_autoptr(GuideDocument) doc =
    render ("## Inhibidor de tirosina cinasa (ITC) {#tki}\n\n"
            "## *Median* {#median}\n\n"
            "## Not an anchor {#Bad Id}\n\n"
            "## {#only-a-mark}\n");

  g_assert_cmpstr (block (doc, 0)->text, ==, "Inhibidor de tirosina cinasa (ITC)");
  g_assert_cmpstr (block (doc, 0)->anchor, ==, "tki");
  g_assert_cmpstr (block (doc, 1)->text, ==, "Median");
  g_assert_cmpstr (block (doc, 1)->anchor, ==, "median");
  g_assert_cmpstr (block (doc, 2)->text, ==, "Not an anchor {#Bad Id}");
  g_assert_cmpstr (block (doc, 3)->text, ==, "");
  g_assert_cmpstr (block (doc, 3)->anchor, ==, "only-a-mark");
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_inline_styles (void)
{
  g_autoptr(GuideDocument) doc =
    render ("Plain *emphasis* and **strong** and `code` and ***both***.\nNext line  \nbreak");
  const GuideBlock *b;

  g_assert_cmpuint (doc->blocks->len, ==, 1);
  b = block (doc, 0);
  g_assert_cmpint (b->kind, ==, GUIDE_BLOCK_PARAGRAPH);
  g_assert_nonnull (strstr (b->markup, "<i>emphasis</i>"));
  g_assert_nonnull (strstr (b->markup, "<b>strong</b>"));
  g_assert_nonnull (strstr (b->markup, "<tt>code</tt>"));
  g_assert_cmpstr (b->text, ==, "Plain emphasis and strong and code and both. Next line\nbreak");

  /* emphasis, strong, code, then "both" as emphasis and strong */
  g_assert_cmpuint (b->spans->len, ==, 5);
  {
    const char *expected[] = { "emphasis", "strong", "code", "both", "both" };
    const GuideSpanKind kinds[] = { GUIDE_SPAN_EMPHASIS, GUIDE_SPAN_STRONG, GUIDE_SPAN_CODE,
                                    GUIDE_SPAN_STRONG, GUIDE_SPAN_EMPHASIS };

    for (guint i = 0; i < 5; i++)
      {
        const GuideSpan *span = &g_array_index (b->spans, GuideSpan, i);
        g_autofree char *text = span_text (b, span);

        g_assert_cmpstr (text, ==, expected[i]);
        g_assert_cmpint (span->kind, ==, kinds[i]);
      }
  }
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_code_and_rule (void)
{
  g_autoptr(GuideDocument) doc = render ("```\nint a = 1 < 2;\n```\n\n---\n\n    indented <code>\n");

  g_assert_cmpuint (doc->blocks->len, ==, 3);
  g_assert_cmpint (block (doc, 0)->kind, ==, GUIDE_BLOCK_CODE);
  g_assert_cmpstr (block (doc, 0)->text, ==, "int a = 1 < 2;");
  g_assert_cmpstr (block (doc, 0)->markup, ==, "int a = 1 &lt; 2;");
  g_assert_cmpint (block (doc, 1)->kind, ==, GUIDE_BLOCK_RULE);
  g_assert_cmpint (block (doc, 2)->kind, ==, GUIDE_BLOCK_CODE);
  g_assert_cmpstr (block (doc, 2)->text, ==, "indented <code>");
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_quote (void)
{
  g_autoptr(GuideDocument) doc = render ("> quoted\n>\n> > deeper\n\nafter");

  g_assert_cmpuint (doc->blocks->len, ==, 3);
  g_assert_cmpuint (block (doc, 0)->quote_depth, ==, 1);
  g_assert_cmpuint (block (doc, 1)->quote_depth, ==, 2);
  g_assert_cmpuint (block (doc, 1)->indent, ==, 2);
  g_assert_cmpuint (block (doc, 2)->quote_depth, ==, 0);
  show_in_view (doc);
}

static void
test_lists (void)
{
  g_autoptr(GuideDocument) doc =
    render ("- one\n- two\n  - nested\n    1. deep\n- three\n\n3. third\n4. fourth\n\n1) paren\n");

  g_assert_cmpuint (doc->blocks->len, ==, 8);
  g_assert_cmpstr (block (doc, 0)->marker, ==, "•");
  g_assert_cmpuint (block (doc, 0)->indent, ==, 1);
  g_assert_cmpstr (block (doc, 2)->text, ==, "nested");
  g_assert_cmpstr (block (doc, 2)->marker, ==, "◦");
  g_assert_cmpuint (block (doc, 2)->indent, ==, 2);
  g_assert_cmpstr (block (doc, 3)->marker, ==, "1.");
  g_assert_cmpuint (block (doc, 3)->indent, ==, 3);
  g_assert_cmpstr (block (doc, 4)->text, ==, "three");
  g_assert_cmpstr (block (doc, 5)->marker, ==, "3.");
  g_assert_cmpstr (block (doc, 6)->marker, ==, "4.");
  g_assert_cmpstr (block (doc, 7)->marker, ==, "1)");
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_image (void)
{
  g_autoptr(GuideDocument) doc = render ("![A *diagram* of a fusion](images/fusion.png)\n\n"
                                         "Text with ![inline](x.png) image.");

  g_assert_cmpuint (doc->blocks->len, ==, 2);
  g_assert_cmpint (block (doc, 0)->kind, ==, GUIDE_BLOCK_IMAGE);
  g_assert_cmpstr (block (doc, 0)->target, ==, "images/fusion.png");
  g_assert_cmpstr (block (doc, 0)->text, ==, "A diagram of a fusion");
  g_assert_cmpint (block (doc, 1)->kind, ==, GUIDE_BLOCK_PARAGRAPH);
  g_assert_nonnull (strstr (block (doc, 1)->markup, "<i>inline</i>"));
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_escaping (void)
{
  g_autoptr(GuideDocument) doc =
    render ("Less < more > & <b>not bold</b> <span foreground=\"red\">x</span> &amp; \"q\" 'a'\n\n"
            "<script>alert('raw html')</script>\n\n"
            "[a <i>link</i>](https://example.org/?a=1&b=\"2\")");
  const GuideBlock *b;

  g_assert_cmpuint (doc->blocks->len, ==, 3);
  b = block (doc, 0);
  g_assert_cmpstr (b->text, ==, "Less < more > & <b>not bold</b> <span foreground=\"red\">x</span> & \"q\" 'a'");
  g_assert_null (strstr (b->markup, "<b>"));
  g_assert_null (strstr (b->markup, "<span"));
  g_assert_cmpstr (block (doc, 1)->text, ==, "<script>alert('raw html')</script>");
  g_assert_cmpuint (block (doc, 2)->spans->len, ==, 1);
  g_assert_cmpstr (g_array_index (block (doc, 2)->spans, GuideSpan, 0).uri, ==,
                   "https://example.org/?a=1&b=\"2\"");
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_links (void)
{
  g_autoptr(GuideDocument) doc =
    render ("[inside](topic:welcome) [glossary](glossary:tki) [web](https://example.org) "
            "[mail](mailto:help@example.org) [bad](javascript:alert(1)) [file](file:///etc/passwd) "
            "[plain](http://example.org) <https://auto.example.org>");
  const char *expected[] = {
    "topic:welcome", "glossary:tki", "https://example.org", "mailto:help@example.org",
    "javascript:alert(1)", "file:///etc/passwd", "http://example.org", "https://auto.example.org",
  };
  const GuideBlock *b;

  g_assert_cmpuint (doc->links->len, ==, G_N_ELEMENTS (expected));
  b = block (doc, 0);
  g_assert_cmpuint (b->spans->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const GuideSpan *span = &g_array_index (b->spans, GuideSpan, i);

      g_assert_cmpstr (g_ptr_array_index (doc->links, i), ==, expected[i]);
      g_assert_cmpint (span->kind, ==, GUIDE_SPAN_LINK);
      g_assert_cmpstr (span->uri, ==, expected[i]);
    }
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_link_kinds (void)
{
  g_autofree char *id = NULL;
  g_autofree char *anchor = NULL;

  g_assert_cmpint (guide_link_classify ("topic:welcome", &id, &anchor), ==, GUIDE_LINK_TOPIC);
  g_assert_cmpstr (id, ==, "welcome");
  g_assert_null (anchor);
  g_clear_pointer (&id, g_free);

  g_assert_cmpint (guide_link_classify ("topic:glossary#tki", &id, &anchor), ==, GUIDE_LINK_TOPIC);
  g_assert_cmpstr (id, ==, "glossary");
  g_assert_cmpstr (anchor, ==, "tki");
  g_clear_pointer (&id, g_free);
  g_clear_pointer (&anchor, g_free);

  g_assert_cmpint (guide_link_classify ("glossary:ngs", &id, &anchor), ==, GUIDE_LINK_TOPIC);
  g_assert_cmpstr (id, ==, "glossary");
  g_assert_cmpstr (anchor, ==, "ngs");

  g_assert_cmpint (guide_link_classify ("https://example.org/a", NULL, NULL), ==, GUIDE_LINK_EXTERNAL);
  g_assert_cmpint (guide_link_classify ("HTTPS://example.org", NULL, NULL), ==, GUIDE_LINK_EXTERNAL);
  g_assert_cmpint (guide_link_classify ("mailto:a@example.org", NULL, NULL), ==, GUIDE_LINK_EXTERNAL);

  g_assert_cmpint (guide_link_classify ("javascript:alert(1)", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("file:///etc/passwd", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("http://example.org", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("data:text/html,x", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("https://", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("mailto:", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("topic:../etc", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("topic:", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("welcome", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify ("", NULL, NULL), ==, GUIDE_LINK_REFUSED);
  g_assert_cmpint (guide_link_classify (NULL, NULL, NULL), ==, GUIDE_LINK_REFUSED);
}

static void
test_malformed (void)
{
  const char *inputs[] = {
    "*unterminated emphasis",
    "**unterminated strong and *mixed",
    "[unterminated link(",
    "[link](<unterminated",
    "`unterminated code",
    "```\nunterminated fence",
    "<div>unclosed html",
    "***\n---\n___",
    "- \n-\n- item",
    "1.\n2.",
    "\xff\xfe invalid UTF-8 \xc3\x28 here",
    "nul\0byte",
    "&#0; &#xD800; &#1114112; &bogus; &amp",
    "\x01\x02\x1b control characters \x7f",
    "> - > - > 1. deep mix",
    "![](  ) ![[x](y)](z)",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GuideDocument) doc = guide_markdown_render (inputs[i], i == 11 ? 8 : strlen (inputs[i]));

      assert_markup_valid (doc);
      show_in_view (doc);
    }
}

static GString *
repeat (const char *unit,
        guint       times)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (s, unit);

  return s;
}

static void
test_deep_quotes (void)
{
  guint depths[] = { 1000, 25000 };

  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    {
      g_autoptr(GString) source = repeat (">", depths[d]);
      g_autoptr(GuideDocument) doc = NULL;

      g_string_append (source, " deep text");
      doc = guide_markdown_render (source->str, source->len);

      g_assert_cmpuint (doc->blocks->len, ==, 1);
      g_assert_cmpuint (block (doc, 0)->indent, ==, GUIDE_MARKDOWN_MAX_INDENT);
      g_assert_cmpstr (block (doc, 0)->text, ==, "deep text");
      show_in_view (doc);
    }
}

static void
test_deep_lists (void)
{
  g_autoptr(GString) source = g_string_new (NULL);
  g_autoptr(GuideDocument) doc = NULL;

  for (guint i = 0; i < 1000; i++)
    {
      for (guint j = 0; j < i; j++)
        g_string_append (source, "  ");
      g_string_append_printf (source, "- item %u\n", i);
    }

  doc = guide_markdown_render (source->str, source->len);
  g_assert_cmpuint (doc->blocks->len, >, 0);
  for (guint i = 0; i < doc->blocks->len; i++)
    g_assert_cmpuint (block (doc, i)->indent, <=, GUIDE_MARKDOWN_MAX_INDENT);
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_deep_emphasis (void)
{
  g_autoptr(GString) source = repeat ("*a ", 5000);
  g_autoptr(GuideDocument) doc = NULL;

  g_string_append (source, "x");
  for (guint i = 0; i < 5000; i++)
    g_string_append (source, " a*");

  doc = guide_markdown_render (source->str, source->len);
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_large (void)
{
  g_autoptr(GString) source = g_string_new (NULL);
  g_autoptr(GuideDocument) doc = NULL;
  guint n = 0;

  while (source->len < 1024 * 1024)
    {
      g_string_append_printf (source,
                              "## Section %u\n\nParagraph %u has *some* text, a [link](topic:welcome) "
                              "and **strong words** to show how long articles behave & render.\n\n"
                              "- a list item\n- another <item>\n\n",
                              n, n);
      n++;
    }

  doc = guide_markdown_render (source->str, source->len);
  g_assert_cmpuint (doc->blocks->len, ==, n * 4);
  g_assert_false (doc->truncated);
  assert_markup_valid (doc);
  show_in_view (doc);
}

static void
test_too_many_blocks (void)
{
  g_autoptr(GString) source = repeat ("-\n", GUIDE_MARKDOWN_MAX_BLOCKS + 10);
  g_autoptr(GString) paragraphs = repeat ("p\n\n", GUIDE_MARKDOWN_MAX_BLOCKS + 10);
  g_autoptr(GuideDocument) doc = guide_markdown_render (source->str, source->len);
  g_autoptr(GuideDocument) doc2 = guide_markdown_render (paragraphs->str, paragraphs->len);

  g_assert_cmpuint (doc->blocks->len, ==, 0);
  g_assert_cmpuint (doc2->blocks->len, ==, GUIDE_MARKDOWN_MAX_BLOCKS);
  g_assert_true (doc2->truncated);
}

static void
test_slug_and_escape (void)
{
  g_autofree char *slug = guide_markdown_slugify ("Progression-free survival (PFS)");
  g_autofree char *escaped = guide_markdown_escape ("5 * 2 [x](y) <b> #1");
  g_autoptr(GuideDocument) doc = render (escaped);

  g_assert_cmpstr (slug, ==, "progression-free-survival-pfs");
  g_assert_cmpuint (doc->blocks->len, ==, 1);
  g_assert_cmpstr (block (doc, 0)->text, ==, "5 * 2 [x](y) <b> #1");
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);
  gtk_init ();

  g_test_add_func ("/markdown/headings", test_headings);
  g_test_add_func ("/markdown/heading-anchor", test_heading_anchor);
  g_test_add_func ("/markdown/inline-styles", test_inline_styles);
  g_test_add_func ("/markdown/code-and-rule", test_code_and_rule);
  g_test_add_func ("/markdown/quote", test_quote);
  g_test_add_func ("/markdown/lists", test_lists);
  g_test_add_func ("/markdown/image", test_image);
  g_test_add_func ("/markdown/escaping", test_escaping);
  g_test_add_func ("/markdown/links", test_links);
  g_test_add_func ("/markdown/link-kinds", test_link_kinds);
  g_test_add_func ("/markdown/malformed", test_malformed);
  g_test_add_func ("/markdown/deep-quotes", test_deep_quotes);
  g_test_add_func ("/markdown/deep-lists", test_deep_lists);
  g_test_add_func ("/markdown/deep-emphasis", test_deep_emphasis);
  g_test_add_func ("/markdown/large", test_large);
  g_test_add_func ("/markdown/too-many-blocks", test_too_many_blocks);
  g_test_add_func ("/markdown/slug-and-escape", test_slug_and_escape);

  return g_test_run ();
}
