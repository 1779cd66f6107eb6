/* test-article-figures.c - articles take their figures from the therapy data
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure that the therapy data holds (a response rate, a number of
 * months, a dose, an approval date, "10 of 17") must reach an article
 * through a {{therapy:ID:KEY}} placeholder, never typed by hand: a typed
 * copy would silently disagree with the comparison grid the day the data
 * changes. This test expands every placeholder of the therapy data, finds
 * the quantities in the values ("72%", "19.2 months", "250 mg", "11 March
 * 2016", "10 of 17"), and fails if an article's own text (before its
 * placeholders are filled) contains one of them, or if a placeholder of
 * an article does not resolve.
 *
 * /article-figures/scanner feeds the scanner made-up text with and without
 * typed figures; /article-figures/shipped-typed types the value of each
 * figure placeholder of the real articles in its place and checks that
 * every one is caught.
 */
#include <string.h>

#include "guide-content.h"
#include "guide-test-util.h"
#include "guide-therapy.h"

typedef enum
{
  QUANTITY_PERCENT,  /* 72%, 72 percent, 72 in every 100 */
  QUANTITY_MONTHS,   /* 19.2 months, 19.2-month */
  QUANTITY_MG,       /* 250 mg */
  QUANTITY_COUNT,    /* 10 of 17 */
  QUANTITY_DATE,     /* 11 March 2016, March 11, 2016 */
} QuantityKind;

static const char * const kind_names[] = { "percentage", "duration", "dose", "count", "date" };

typedef struct
{
  QuantityKind kind;
  double       value;
  double       other;   /* the "of" part of a count */
  gsize        offset;  /* where it starts in the scanned text */
  gsize        length;
} Quantity;

static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

/* Whether @text at @p starts with @word (any case) that ends there. */
static gboolean
word_at (const char *p,
         const char *word)
{
  gsize len = strlen (word);

  return g_ascii_strncasecmp (p, word, len) == 0 && !g_ascii_isalnum (p[len]);
}

/* Skips spaces, including no-break spaces and line breaks. */
static const char *
skip_space (const char *p)
{
  for (;;)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      else if (g_str_has_prefix (p, "\u00a0"))  /* no-break space */
        p += strlen ("\u00a0");
      else if (g_str_has_prefix (p, "\u202f"))  /* narrow no-break space */
        p += strlen ("\u202f");
      else
        return p;
    }
}

/* Reads a number (digits with an optional decimal part) at @p. */
static const char *
read_number (const char *p,
             double     *value)
{
  const char *start = p;
  g_autofree char *copy = NULL;

  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.' && g_ascii_isdigit (p[1]))
    for (p++; g_ascii_isdigit (*p); p++)
      ;

  copy = g_strndup (start, p - start);
  *value = g_ascii_strtod (copy, NULL);

  return p;
}

static int
month_at (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (word_at (p, month_names[i]))
      return i + 1;
  return 0;
}

static void
add (GArray      *out,
     QuantityKind kind,
     double       value,
     double       other,
     const char  *text,
     const char  *start,
     const char  *end)
{
  Quantity q = { kind, value, other, start - text, end - start };

  g_array_append_val (out, q);
}

/* Finds "Month D, YYYY" at @p (a month name); returns its end or NULL. */
static const char *
read_us_date (const char *p,
              double     *value)
{
  int month = month_at (p);
  double day, year;
  const char *q;

  if (month == 0)
    return NULL;
  q = skip_space (p + strlen (month_names[month - 1]));
  if ((q = read_number (q, &day)) == NULL || *q != ',')
    return NULL;
  q = skip_space (q + 1);
  if ((q = read_number (q, &year)) == NULL || year < 1000)
    return NULL;

  *value = year * 10000 + month * 100 + day;
  return q;
}

/* Every quantity with a unit in @text. Numbers that belong to a word
 * (G2032R, NCT03093116) or to a phone number (1-800-422-6237) are not
 * quantities. Placeholders are skipped. */
static GArray *
scan_quantities (const char *text)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Quantity));
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;
      const char *after, *q, *end;
      double value, other;
      int month;

      if (p[0] == '{' && p[1] == '{' && (end = strstr (p + 2, "}}")) != NULL)
        {
          p = end + 2;
          continue;
        }

      if ((end = read_us_date (p, &value)) != NULL &&
          (p == text || !g_ascii_isalnum (p[-1])))
        {
          add (out, QUANTITY_DATE, value, 0, text, start, end);
          p = end;
          continue;
        }

      if (!g_ascii_isdigit (*p) ||
          (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '-' || p[-1] == '.')))
        {
          /* Move past the whole word or number. */
          if (g_ascii_isalnum (*p))
            while (g_ascii_isalnum (*p))
              p++;
          else
            p = g_utf8_next_char (p);
          continue;
        }

      after = read_number (p, &value);
      p = after;

      /* "250mg" */
      if (word_at (after, "mg"))
        {
          add (out, QUANTITY_MG, value, 0, text, start, after + 2);
          p = after + 2;
          continue;
        }
      if (g_ascii_isalnum (*after))
        continue;  /* 2032R and the like */
      if (*after == '-' && g_ascii_isdigit (after[1]))
        continue;  /* 1-800-... */

      q = skip_space (*after == '-' ? after + 1 : after);

      end = NULL;
      if (*q == '%')
        end = q + 1;
      else if (word_at (q, "percent"))
        end = q + strlen ("percent");
      else if (word_at (q, "per") && word_at (skip_space (q + 3), "cent"))
        end = skip_space (q + 3) + strlen ("cent");
      if (end != NULL)
        add (out, QUANTITY_PERCENT, value, 0, text, start, end);
      else if (word_at (q, "month") || word_at (q, "months"))
        {
          end = q + (word_at (q, "month") ? strlen ("month") : strlen ("months"));
          add (out, QUANTITY_MONTHS, value, 0, text, start, end);
        }
      else if (word_at (q, "mg"))
        {
          end = q + strlen ("mg");
          add (out, QUANTITY_MG, value, 0, text, start, end);
        }
      else if ((month = month_at (q)) != 0)
        {
          const char *y = skip_space (q + strlen (month_names[month - 1]));
          double year;

          if ((end = read_number (y, &year)) != NULL && year >= 1000 && value >= 1 && value <= 31)
            add (out, QUANTITY_DATE, year * 10000 + month * 100 + value, 0, text, start, end);
          else
            end = NULL;
        }
      else
        {
          /* "N in 100", "N in every 100", "N out of (every) 100",
           * "N of every 100": a percentage; "N of M": a count. */
          const char *r = q;
          gboolean of = FALSE, every = FALSE;

          end = NULL;
          if (word_at (r, "in"))
            r = skip_space (r + 2);
          else if (word_at (r, "out") && word_at (skip_space (r + 3), "of"))
            r = skip_space (skip_space (r + 3) + 2);
          else if (word_at (r, "of"))
            r = skip_space (r + 2), of = TRUE;
          else
            continue;

          if (word_at (r, "every"))
            r = skip_space (r + 5), every = TRUE;

          if ((end = read_number (r, &other)) == NULL || g_ascii_isalnum (*end))
            end = NULL;
          else if (of && !every)
            add (out, QUANTITY_COUNT, value, other, text, start, end);
          else if (other == 100)
            add (out, QUANTITY_PERCENT, value, 0, text, start, end);
          else
            end = NULL;
        }

      if (end != NULL)
        p = end;
    }

  return out;
}

static gboolean
same_quantity (const Quantity *a,
               const Quantity *b)
{
  return a->kind == b->kind &&
         G_APPROX_VALUE (a->value, b->value, 1e-9) &&
         G_APPROX_VALUE (a->other, b->other, 1e-9);
}

/* What the therapy data holds: every quantity found in the value of a
 * placeholder, with the placeholder it came from. */
typedef struct
{
  GArray    *quantities;  /* Quantity; offset/length unused */
  GPtrArray *names;       /* char *, parallel: the placeholder */
} Figures;

static Figures *
figures_new (void)
{
  Figures *figures = g_new0 (Figures, 1);

  figures->quantities = g_array_new (FALSE, FALSE, sizeof (Quantity));
  figures->names = g_ptr_array_new_with_free_func (g_free);
  return figures;
}

static void
figures_free (Figures *figures)
{
  g_array_unref (figures->quantities);
  g_ptr_array_unref (figures->names);
  g_free (figures);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Figures, figures_free)

/* Adds the quantities in @value, which placeholder @name expands to. */
static void
figures_add_value (Figures    *figures,
                   const char *name,
                   const char *value)
{
  g_autoptr(GArray) found = scan_quantities (value);

  for (guint i = 0; i < found->len; i++)
    {
      g_array_append_val (figures->quantities, g_array_index (found, Quantity, i));
      g_ptr_array_add (figures->names, g_strdup (name));
    }
}

/* @markdown without its backslash escapes ("19\\.2" is "19.2"). */
static char *
unescape (const char *markdown)
{
  GString *out = g_string_new (NULL);

  for (const char *p = markdown; *p != '\0'; p++)
    if (!(p[0] == '\\' && g_ascii_ispunct (p[1])))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* Each quantity typed in @markdown that the therapy data holds, as a
 * message naming @path, the line, the text and the placeholder to use
 * instead. */
static GPtrArray *
find_typed_figures (const char *path,
                    const char *markdown,
                    Figures    *figures)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = unescape (markdown);
  g_autoptr(GArray) found = scan_quantities (text);

  for (guint i = 0; i < found->len; i++)
    {
      const Quantity *q = &g_array_index (found, Quantity, i);

      for (guint j = 0; j < figures->quantities->len; j++)
        if (same_quantity (q, &g_array_index (figures->quantities, Quantity, j)))
          {
            guint line = 1;

            for (gsize k = 0; k < q->offset; k++)
              line += text[k] == '\n';

            g_ptr_array_add (problems,
                             g_strdup_printf ("%s:%u: the %s “%.*s” is typed by hand; "
                                              "write {{%s}} instead",
                                              path, line, kind_names[q->kind],
                                              (int) q->length, text + q->offset,
                                              (const char *) g_ptr_array_index (figures->names, j)));
            break;
          }
    }

  return problems;
}

/* The scanner itself, on made-up text. */
static void
test_scanner (void)
{
  g_autoptr(Figures) figures = figures_new ();
  static const struct {
    const char *text;
    guint       n_problems;
  } cases[] = {
    /* Typed figures of every kind are found... */
    { "Tumours shrank in 72% of people.", 1 },
    { "Tumours shrank in **72 %** of people.", 1 },
    { "Tumours shrank in 72\u00a0% of people.", 1 },
    { "Tumours shrank in 72 percent, or 72 per cent.", 2 },
    { "Tumours shrank in 72 in every 100, 72 out of 100 or 72 of every 100.", 3 },
    { "Median PFS was 19.2 months.", 1 },
    { "A 19.2-month median, and 9 months later, 9.0 months.", 3 },
    { "The response lasted 17.6\nmonths.", 1 },
    { "Take 250 mg twice a day, or 250mg.", 2 },
    { "Median PFS was 19\\.2 months, or **19\\.2 months**.", 2 },
    { "It was approved on 11 March 2016.", 1 },
    { "It was approved on March 11, 2016.", 1 },
    { "In TRIDENT-1, 10 of 17 people responded.", 1 },
    /* ...and nothing else. */
    { "Tumours shrank in {{therapy:x:orr}} of {{therapy:x:orr:n}} people.", 0 },
    { "Tumours shrank in 71% of people, for 19.3 months; 72 people took part.", 0 },
    { "Take 200 mg; 3 in every 100 stopped; 250 tablets; 10 of 18.", 0 },
    { "G2032R, NCT03093116, 1-800-422-6237, V600E, version 72.1%x.", 0 },
    { "Approved on 12 March 2016, or in March 2016, or 11 March.", 0 },
    { "Liver tests every 2 weeks for the first 2 months.", 0 },
  };

  figures_add_value (figures, "therapy:x:orr", "72%");
  figures_add_value (figures, "therapy:x:pfs", "19.2 months");
  figures_add_value (figures, "therapy:x:dor", "17.6 months");
  figures_add_value (figures, "therapy:y:pfs", "9.0 months");
  figures_add_value (figures, "therapy:x:dose", "250 mg twice a day");
  figures_add_value (figures, "therapy:x:fda", "11 March 2016");
  figures_add_value (figures, "therapy:x:g2032r:count", "10 of 17");
  figures_add_value (figures, "therapy:x:orr:n", "50");
  g_assert_cmpuint (figures->quantities->len, ==, 7);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = find_typed_figures ("sample.md", cases[i].text, figures);

      for (guint j = 0; j < problems->len; j++)
        g_test_message ("%s", (const char *) g_ptr_array_index (problems, j));
      if (problems->len != cases[i].n_problems)
        g_error ("“%s”: %u typed figures found, %u expected",
                 cases[i].text, problems->len, cases[i].n_problems);
    }

  /* The message says where and what to write instead. */
  {
    g_autoptr(GPtrArray) problems = find_typed_figures ("a.md", "One\n\nPFS: 19.2 months.", figures);

    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                     "a.md:3: the duration “19.2 months” is typed by hand; "
                     "write {{therapy:x:pfs}} instead");
  }
}

/* The shipped content, loaded as the app loads it. */
static GuideContent *
shipped_content (void)
{
  static GuideContent *content;

  if (content == NULL)
    {
      g_autoptr(GError) error = NULL;

      content = guide_content_new_from_resource (&error);
      g_assert_no_error (error);
    }

  return content;
}

/* Every quantity in the values of the therapy placeholders: approval
 * dates, doses, figures and counts. */
static Figures *
shipped_figures (GuideContent *content)
{
  static const char * const keys[] = { "fda", "ema", "dose" };
  GuideIdList *therapies = guide_content_get_therapies (content);
  guint n_therapies = g_list_model_get_n_items (G_LIST_MODEL (therapies));
  Figures *figures = figures_new ();
  guint per_kind[QUANTITY_DATE + 1] = { 0, };

  g_assert_cmpuint (n_therapies, >, 0);

  for (guint i = 0; i < n_therapies; i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (G_LIST_MODEL (therapies), i);
      const char *id = guide_therapy_get_id (therapy);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_ptr_array_add (names, g_strdup (keys[k]));
      for (guint f = 0; f < guide_therapy_get_n_figures (therapy); f++)
        {
          const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, f);

          g_ptr_array_add (names, g_strdup (figure->id));
          g_ptr_array_add (names, g_strconcat (figure->id, ":count", NULL));
        }

      for (guint k = 0; k < names->len; k++)
        {
          const char *key = g_ptr_array_index (names, k);
          g_autofree char *value = guide_therapy_resolve (therapy, key);
          g_autofree char *name = g_strdup_printf ("therapy:%s:%s", id, key);

          if (value != NULL)
            figures_add_value (figures, name, value);
        }
    }

  /* The data gives something of every kind, or this test proves nothing. */
  for (guint i = 0; i < figures->quantities->len; i++)
    per_kind[g_array_index (figures->quantities, Quantity, i).kind]++;
  for (guint kind = 0; kind < G_N_ELEMENTS (per_kind); kind++)
    {
      g_test_message ("%u %s figures in the therapy data", per_kind[kind], kind_names[kind]);
      g_assert_cmpuint (per_kind[kind], >, 0);
    }

  return figures;
}

/* The untranslated article file, before its placeholders are filled. */
static char *
article_source (GuideTopic *topic)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_load_contents (guide_topic_get_article (topic), NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* Every article of the guide: no figure of the therapy data typed by
 * hand, and every placeholder filled. */
static void
test_shipped (void)
{
  GuideContent *content = shipped_content ();
  GListModel *topics = guide_handbook_get_topics (guide_content_get_handbook (content));
  g_autoptr(Figures) figures = shipped_figures (content);
  guint n_problems = 0, n_articles = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) unresolved = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autofree char *source = NULL;
      g_autofree char *markdown = NULL;

      if (guide_topic_get_article (topic) == NULL)
        continue;

      n_articles++;
      source = article_source (topic);
      problems = find_typed_figures (guide_topic_get_article_path (topic), source, figures);
      for (guint j = 0; j < problems->len; j++)
        g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, j));
      n_problems += problems->len;

      markdown = guide_content_load_markdown (content, topic, unresolved, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < unresolved->len; j++)
        g_printerr ("%s: {{%s}} is not filled by the data\n",
                    guide_topic_get_article_path (topic),
                    (const char *) g_ptr_array_index (unresolved, j));
      n_problems += unresolved->len;
    }

  g_assert_cmpuint (n_articles, >, 0);
  g_assert_cmpuint (n_problems, ==, 0);
}

/* The test would catch drift in the real articles: typing the value of
 * any one of their figure placeholders in its place is reported. */
static void
test_shipped_typed (void)
{
  GuideContent *content = shipped_content ();
  GListModel *topics = guide_handbook_get_topics (guide_content_get_handbook (content));
  g_autoptr(Figures) figures = shipped_figures (content);
  guint n_tried = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *source = NULL;
      const char *p;

      if (guide_topic_get_article (topic) == NULL)
        continue;

      source = article_source (topic);
      for (p = strstr (source, "{{therapy:"); p != NULL; p = strstr (p + 2, "{{therapy:"))
        {
          const char *close = strstr (p, "}}");
          g_autofree char *name = g_strndup (p + 2, close - p - 2);
          g_autofree char *placeholder = g_strndup (p, close + 2 - p);
          g_autofree char *value = guide_content_expand (content, placeholder, NULL);
          g_autoptr(GArray) quantities = NULL;
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GString) typed = NULL;

          quantities = scan_quantities (value);
          if (quantities->len == 0)
            continue;  /* a name, a number of patients, a food rule */

          typed = g_string_new_len (source, p - source);
          g_string_append (typed, value);
          g_string_append (typed, close + 2);

          problems = find_typed_figures (guide_topic_get_article_path (topic), typed->str, figures);
          if (problems->len == 0)
            g_error ("%s: typing “%s” in place of {{%s}} goes unnoticed",
                     guide_topic_get_article_path (topic), value, name);
          n_tried++;
        }
    }

  g_test_message ("%u placeholders typed by hand, each one caught", n_tried);
  g_assert_cmpuint (n_tried, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/article-figures/scanner", test_scanner);
  g_test_add_func ("/article-figures/shipped", test_shipped);
  g_test_add_func ("/article-figures/shipped-typed", test_shipped_typed);

  return g_test_run ();
}
