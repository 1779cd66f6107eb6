/* guide-print-content.c - what the guide prints, as printable documents
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three things can be printed or saved as PDF:
 *
 * - the visit summary, for the oncologist to read in a minute: who and
 *   when, the current treatment with its key facts from the guide's data,
 *   the medicines to discuss in a compact table, the side-effect log as a
 *   table, the questions as a checklist, the notes, and the sources of
 *   every fact from the guide;
 * - an article, from the blocks its page already shows (not parsed
 *   again);
 * - a one-page sheet on one medicine: how it is taken, its trial figures
 *   with their sources, common side effects, interactions and questions
 *   worth asking.
 *
 * Facts come only from the content (therapies.json, questions.json,
 * sources.json), each with a numbered reference to its source. Every page
 * carries the reminder that this is not medical advice and the date the
 * content was reviewed.
 */
#define G_LOG_DOMAIN "guide-print-content"

#include <glib/gi18n.h>
#include <string.h>

#include "guide-i18n.h"
#include "guide-print-content.h"
#include "guide-question.h"
#include "guide-source.h"

/* Cited sources, numbered in the order they are first cited. */
typedef struct
{
  GuideIdList *sources;
  GPtrArray   *ids;
} Citations;

static void
citations_init (Citations    *citations,
                GuideContent *content)
{
  citations->sources = guide_content_get_sources (content);
  citations->ids = g_ptr_array_new ();
}

static void
citations_clear (Citations *citations)
{
  g_clear_pointer (&citations->ids, g_ptr_array_unref);
}

/* "[1, 3]" for @ids, numbering those not cited before; NULL for none. */
static char *
cite (Citations          *citations,
      const char * const *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      guint index;

      if (guide_id_list_lookup (citations->sources, ids[i]) == NULL)
        continue;

      if (!g_ptr_array_find_with_equal_func (citations->ids, ids[i], g_str_equal, &index))
        {
          g_ptr_array_add (citations->ids, (gpointer) ids[i]);
          index = citations->ids->len - 1;
        }

      if (text->len > 0)
        /* Translators: between the items of a short list: the numbers of
         * sources ("1, 2"), trial names, brand names */
        g_string_append (text, C_("list", ", "));
      g_string_append_printf (text, "%u", index + 1);
    }

  if (text->len == 0)
    return NULL;

  return g_strdup_printf ("[%s]", text->str);
}

/* The numbered list of what was cited. */
static void
add_sources (GuidePrintDocument *doc,
             Citations          *citations)
{
  if (citations->ids->len == 0)
    return;

  guide_print_document_add_heading (doc, 1, _("Sources"));

  for (guint i = 0; i < citations->ids->len; i++)
    {
      GuideSource *source = guide_id_list_lookup (citations->sources, citations->ids->pdata[i]);
      g_autofree char *citation = guide_source_format (source);
      g_autofree char *markup = NULL;

      if (guide_source_get_url (source) != NULL)
        markup = g_markup_printf_escaped ("<b>[%u]</b> %s %s", i + 1, citation,
                                          guide_source_get_url (source));
      else
        markup = g_markup_printf_escaped ("<b>[%u]</b> %s", i + 1, citation);

      guide_print_document_add_markup (doc, markup, GUIDE_PRINT_STYLE_SMALL, 0, NULL);
    }
}

/* "3 Nov 2026", for tables. */
static char *
format_short_date (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;

  if (strlen (date) != 10 || !guide_date_is_valid (date))
    return guide_date_format (date);

  dt = g_date_time_new_utc (g_ascii_strtoull (date, NULL, 10),
                            g_ascii_strtoull (date + 5, NULL, 10),
                            g_ascii_strtoull (date + 8, NULL, 10), 0, 0, 0);

  /* Translators: a short date in a table ("3 Dec 2026"); see
   * g_date_time_format() for the codes (%b is the month's short name) */
  return guide_date_time_format (dt, NC_("date", "%-d %b %Y"));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return guide_date_format (date);
}

/* The frame of every page: the reminder and the review date. */
static void
set_footer (GuidePrintDocument *doc,
            GuideContent       *content,
            const char         *notice,
            gboolean            medicines)
{
  g_autofree char *reviewed = guide_date_format (guide_handbook_get_reviewed (guide_content_get_handbook (content)));
  /* Translators: in the footer of printed pages; %s is a date */
  g_autofree char *line = g_strdup_printf (_("ROS1 Guide content reviewed %s"), reviewed);
  const char *as_of = guide_content_get_therapies_as_of (content);

  if (medicines && as_of != NULL)
    {
      g_autofree char *date = guide_date_format (as_of);
      /* Translators: in the footer of printed pages: when the content was
       * reviewed, then the date of the facts about medicines */
      char *both = g_strdup_printf (_("%s · facts about the medicines as of %s"), line, date);

      g_free (line);
      line = both;
    }

  guide_print_document_set_footer (doc, notice, line);
}

/* "Crizotinib (Xalkori)", or the name alone. */
char *
guide_print_content_therapy_label (GuideTherapy *therapy)
{
  g_autofree char *brands = NULL;

  g_return_val_if_fail (GUIDE_IS_THERAPY (therapy), NULL);

  brands = guide_therapy_format_brands (therapy);
  if (brands == NULL)
    return g_strdup (guide_therapy_get_name (therapy));

  /* Translators: a medicine's generic name, then its brand names */
  return g_strdup_printf (C_("medicine", "%s (%s)"), guide_therapy_get_name (therapy), brands);
}

/* @text, then @mark (taken): "value [1]", "TRIDENT-1 (a)". */
static void
append_mark (GString *text,
             char    *mark)
{
  g_autofree char *joined = NULL;

  if (mark == NULL)
    return;
  if (text->len == 0)
    {
      g_string_append (text, mark);
      g_free (mark);
      return;
    }

  /* Translators: a text, then the marks of the sources or notes that
   * back it, such as "(sources 1, 2)", "[1]" or "(a)" */
  joined = g_strdup_printf (C_("text and reference", "%s %s"), text->str, mark);
  g_string_assign (text, joined);
  g_free (mark);
}

/* "value [1]" */
static char *
with_citation (const char         *value,
               Citations          *citations,
               const char * const *sources)
{
  GString *text = g_string_new (value);

  append_mark (text, cite (citations, sources));

  return g_string_free (text, FALSE);
}

/* Puts @second after @first, the sentence before it. */
static void
append_sentence (GString    *text,
                 const char *second)
{
  g_autofree char *joined = NULL;

  if (text->len == 0)
    {
      g_string_append (text, second);
      return;
    }

  /* Translators: a sentence, then another that adds to it (a note); in
   * languages written without spaces the space may go */
  joined = g_strdup_printf (C_("two sentences", "%s %s"), text->str, second);
  g_string_assign (text, joined);
}

/* Joins @items into one paragraph: "a; b; c." or, where an item is a
 * sentence, sentences one after the other. */
static void
append_items (GString            *text,
              const char * const *items)
{
  gboolean after_sentence = TRUE;

  for (guint i = 0; items[i] != NULL; i++)
    {
      gboolean sentence = guide_i18n_ends_sentence (items[i]);

      if (after_sentence)
        append_sentence (text, items[i]);
      else
        g_string_append (text, items[i]);

      if (items[i + 1] != NULL && !sentence)
        /* Translators: between the items of a list written as one line */
        g_string_append (text, C_("list", "; "));
      else if (items[i + 1] == NULL && !sentence)
        /* Translators: ends a list written as one line (after its last item) */
        g_string_append (text, C_("list", "."));
      after_sentence = sentence;
    }
}

/* The items as one paragraph, then the note and the sources. */
static char *
format_facts (const GuideTherapyFacts *facts,
              Citations               *citations)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (facts == NULL || facts->items == NULL || facts->items[0] == NULL)
    return NULL;

  append_items (text, (const char * const *) facts->items);
  if (facts->note != NULL)
    append_sentence (text, facts->note);

  append_mark (text, cite (citations, (const char * const *) facts->sources));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Dose, how to take it, common side effects and interactions. */
static void
add_therapy_facts (GuidePrintDocument *doc,
                   GuideTherapy       *therapy,
                   Citations          *citations)
{
  const GuideTherapyDose *dose = guide_therapy_get_dose (therapy);
  g_autofree char *amount = guide_therapy_format_dose (therapy);
  g_autofree char *food = guide_therapy_format_food (therapy);
  g_autofree char *side_effects = format_facts (guide_therapy_get_side_effects (therapy), citations);
  g_autofree char *interactions = format_facts (guide_therapy_get_interactions (therapy), citations);

  if (amount != NULL)
    {
      g_autofree char *value = with_citation (amount, citations,
                                              (const char * const *) dose->sources);

      /* Translators: a label in a printed summary, followed by a medicine's usual dose */
      guide_print_document_add_fact (doc, _("Usual dose"), value);
    }
  if (food != NULL)
    {
      g_autofree char *value = with_citation (food, citations,
                                              (const char * const *) dose->sources);

      /* Translators: a label in a printed summary, followed by advice on how to take a medicine
       * (with food or not) */
      guide_print_document_add_fact (doc, _("How to take it"), value);
    }
  if (side_effects != NULL)
    guide_print_document_add_fact (doc, _("Common side effects"), side_effects);
  if (interactions != NULL)
    guide_print_document_add_fact (doc, _("Interactions"), interactions);
}

/* The first figure of @measure in @setting (any setting for
 * GUIDE_N_SETTINGS), as "72% [1]", or NULL. */
static char *
format_first_figure (GuideTherapy *therapy,
                     GuideMeasure  measure,
                     GuideSetting  setting,
                     Citations    *citations)
{
  for (guint i = 0; i < guide_therapy_get_n_figures (therapy); i++)
    {
      const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, i);
      g_autofree char *value = NULL;
      g_autofree char *count = NULL;

      if (figure->measure != measure || (setting != GUIDE_N_SETTINGS && figure->setting != setting))
        continue;

      value = guide_therapy_format_figure (figure);
      count = guide_therapy_format_count (figure);
      if (count != NULL)
        {
          /* Translators: a figure, then how many it is based on: "59% (10 of 17)" */
          char *both = g_strdup_printf (C_("figure", "%s (%s)"), value, count);

          g_free (value);
          value = both;
        }

      return with_citation (value, citations, (const char * const *) figure->sources);
    }

  return NULL;
}

static const char *
activity_text (GuideActivity activity)
{
  switch (activity)
    {
    case GUIDE_ACTIVITY_ACTIVE:
      /* Translators: in a printed table: the medicine shrank tumours in the brain */
      return C_("activity", "active");
    case GUIDE_ACTIVITY_NOT_ACTIVE:
      /* Translators: in a printed table: the medicine did not shrink tumours in the brain */
      return C_("activity", "not active");
    case GUIDE_ACTIVITY_NOT_KNOWN:
    default:
      /* Translators: in a printed table: whether the medicine works in the brain is not known */
      return C_("activity", "not known");
    }
}

/* The compact table of the medicines to discuss. */
static void
add_discuss_table (GuidePrintDocument *doc,
                   GuideContent       *content,
                   const char * const *ids,
                   Citations          *citations)
{
  GuideIdList *therapies = guide_content_get_therapies (content);
  const char *headers[] = {
    /* Translators: the headings of the printed table of medicines to discuss; keep them short */
    C_("table header", "Medicine"),
    C_("table header", "US approval for ROS1"),
    C_("table header", "Usual dose"),
    C_("table header", "Response, no ROS1 medicine before"),
    C_("table header", "Response, after a ROS1 medicine"),
    C_("table header", "Brain response"),
    NULL
  };
  const double widths[] = { 2.2, 1.6, 2.2, 1.6, 1.6, 1.5 };

  guide_print_document_add_heading (doc, 1, _("Medicines to discuss"));
  guide_print_document_add_markup (doc, _("Response: the share of people whose tumours shrank "
                                          "in the trials. The figures come from different "
                                          "trials, so they cannot be compared directly."),
                                   GUIDE_PRINT_STYLE_SMALL, 0, NULL);
  guide_print_document_begin_table (doc, G_N_ELEMENTS (headers) - 1, headers, widths);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GuideTherapy *therapy = therapies != NULL ? guide_id_list_lookup (therapies, ids[i]) : NULL;
      g_autofree char *label = NULL;
      g_autofree char *fda = NULL;
      g_autofree char *dose = NULL;
      g_autofree char *naive = NULL;
      g_autofree char *after = NULL;
      g_autofree char *brain = NULL;
      /* Translators: a printed table's cell when the figure is not known */
      const char *none = C_("table cell", "—");

      if (therapy == NULL)
        {
          /* A medicine the guide no longer lists: the patient's choice stays. */
          const char *row[] = { ids[i], none, none, none, none, none, NULL };

          guide_print_document_add_row (doc, row);
          continue;
        }

      label = guide_print_content_therapy_label (therapy);
      fda = guide_therapy_format_approval (therapy, GUIDE_REGION_FDA);
      if (fda != NULL && guide_therapy_get_approval (therapy, GUIDE_REGION_FDA) != NULL)
        {
          char *cited = with_citation (fda, citations, (const char * const *)
                                       guide_therapy_get_approval (therapy, GUIDE_REGION_FDA)->sources);
          g_free (fda);
          fda = cited;
        }
      dose = guide_therapy_format_dose (therapy);
      if (dose != NULL)
        {
          char *cited = with_citation (dose, citations, (const char * const *)
                                       guide_therapy_get_dose (therapy)->sources);
          g_free (dose);
          dose = cited;
        }
      naive = format_first_figure (therapy, GUIDE_MEASURE_RESPONSE, GUIDE_SETTING_NO_PRIOR_ROS1, citations);
      after = format_first_figure (therapy, GUIDE_MEASURE_RESPONSE, GUIDE_SETTING_AFTER_ROS1, citations);
      brain = format_first_figure (therapy, GUIDE_MEASURE_BRAIN_RESPONSE, GUIDE_N_SETTINGS, citations);
      if (brain == NULL)
        {
          const GuideTherapyActivityInfo *info = guide_therapy_get_brain (therapy);

          brain = g_strdup (activity_text (info != NULL ? info->status : GUIDE_ACTIVITY_NOT_KNOWN));
        }

      {
        const char *row[] = {
          label,
          fda != NULL ? fda : none,
          dose != NULL ? dose : none,
          naive != NULL ? naive : none,
          after != NULL ? after : none,
          brain,
          NULL
        };

        guide_print_document_add_row (doc, row);
      }
    }
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  GuideSideEffect *x = *(GuideSideEffect **) a;
  GuideSideEffect *y = *(GuideSideEffect **) b;
  const char *dx = guide_side_effect_get_date (x), *dy = guide_side_effect_get_date (y);

  /* Undated entries last, in the order written. */
  if (*dx == '\0' || *dy == '\0')
    return (*dx == '\0') - (*dy == '\0');

  return strcmp (dx, dy);
}

static void
add_side_effects (GuidePrintDocument *doc,
                  GListModel         *log)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  const char *headers[] = {
    /* Translators: the headings of the printed side-effect log; "How bad": how severe it was */
    C_("table header", "Date"),
    C_("table header", "Side effect"),
    C_("table header", "How bad"),
    C_("table header", "Notes"),
    NULL
  };
  const double widths[] = { 1.5, 2.6, 2.4, 4.0 };
  guint n = g_list_model_get_n_items (log);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, g_list_model_get_item (log, i));
  g_ptr_array_sort (entries, compare_dates);

  guide_print_document_add_heading (doc, 1, _("Side effects"));
  guide_print_document_add_markup (doc, _("How bad: in the patient’s own words, as a grade from "
                                          "1 (mild) to 4 (very severe)."),
                                   GUIDE_PRINT_STYLE_SMALL, 0, NULL);
  guide_print_document_begin_table (doc, 4, headers, widths);

  for (guint i = 0; i < entries->len; i++)
    {
      GuideSideEffect *entry = entries->pdata[i];
      GuideSeverity severity = guide_side_effect_get_severity (entry);
      g_autofree char *date = NULL;
      g_autofree char *how_bad = NULL;
      const char *row[5];

      date = *guide_side_effect_get_date (entry) != '\0'
             ? format_short_date (guide_side_effect_get_date (entry)) : g_strdup ("");
      if (severity != GUIDE_SEVERITY_NONE)
        /* Translators: a side effect's severity in words, then its grade (1 to 4) */
        how_bad = g_strdup_printf (_("%s (grade %u)"), guide_severity_get_label (severity),
                                   (guint) severity);
      else
        how_bad = g_strdup (guide_severity_get_label (severity));

      row[0] = date;
      row[1] = guide_side_effect_get_symptom (entry);
      row[2] = how_bad;
      row[3] = guide_side_effect_get_notes (entry);
      row[4] = NULL;
      guide_print_document_add_row (doc, row);
    }
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

static void
add_questions (GuidePrintDocument *doc,
               GuideContent       *content,
               GuideVisitSummary  *summary)
{
  GuideIdList *questions = guide_content_get_questions (content);
  const char * const *ticked = guide_visit_summary_get_questions (summary);
  const char * const *own = guide_visit_summary_get_own_questions (summary);
  gboolean any = FALSE;

  for (guint i = 0; own[i] != NULL; i++)
    any |= !is_blank (own[i]);
  if (!any && ticked[0] == NULL)
    return;

  guide_print_document_add_heading (doc, 1, _("Questions"));

  /* The patient's own first: they matter most to them. */
  for (guint i = 0; own[i] != NULL; i++)
    if (!is_blank (own[i]))
      guide_print_document_add_check (doc, own[i]);

  for (guint i = 0; ticked[i] != NULL; i++)
    {
      GuideQuestion *question = questions != NULL ? guide_id_list_lookup (questions, ticked[i]) : NULL;

      /* A question the guide no longer has is left out: its text was
       * the guide's, not the patient's. */
      if (question != NULL)
        guide_print_document_add_check (doc, guide_question_get_text (question));
    }
}

static void
add_notes (GuidePrintDocument *doc,
           const char         *notes)
{
  g_auto(GStrv) paragraphs = NULL;

  if (is_blank (notes))
    return;

  guide_print_document_add_heading (doc, 1, _("Notes"));

  /* Blank lines part paragraphs; single line breaks stay. */
  paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n", notes, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (!is_blank (paragraphs[i]))
      guide_print_document_add_paragraph (doc, g_strstrip (paragraphs[i]));
}

/* A name for the file or print job: "visit-summary-2026-12-03". */
char *
guide_print_content_visit_name (GuideVisitSummary *summary)
{
  const char *date;

  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (summary), NULL);

  date = guide_visit_summary_get_visit_date (summary);
  if (*date == '\0')
    /* Translators: the name of a saved file; keep it short, no spaces */
    return g_strdup (_("visit-summary"));

  /* Translators: the name of a saved file; %s is a date as YYYY-MM-DD */
  return g_strdup_printf (_("visit-summary-%s"), date);
}

/* A name for the file or print job of an article: its title, in the
 * reader's language, without the characters file systems refuse. */
char *
guide_print_content_article_name (GuideTopic *topic)
{
  g_autoptr(GString) name = NULL;

  g_return_val_if_fail (GUIDE_IS_TOPIC (topic), NULL);

  name = g_string_new (NULL);
  for (const char *p = guide_topic_get_title (topic); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x80 && strchr ("/\\:*?\"<>|", c) != NULL) || g_unichar_iscntrl (c) || g_unichar_isspace (c))
        {
          if (name->len > 0 && name->str[name->len - 1] != ' ')
            g_string_append_c (name, ' ');
        }
      else
        g_string_append_unichar (name, c);
    }

  while (name->len > 0 && (name->str[name->len - 1] == ' ' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    return g_strdup (guide_topic_get_id (topic));

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The visit summary as the oncologist will read it. */
GuidePrintDocument *
guide_print_content_visit (GuideContent      *content,
                           GuideVisitSummary *summary)
{
  g_autoptr(GuidePrintDocument) doc = NULL;
  GuideIdList *therapies;
  GuideTherapy *therapy = NULL;
  g_autofree char *header = NULL;
  g_autofree char *printed = today ();
  const char *name, *visit_date, *current, *since, *dose;
  const char * const *discuss;
  Citations citations;

  g_return_val_if_fail (GUIDE_IS_CONTENT (content), NULL);
  g_return_val_if_fail (GUIDE_IS_VISIT_SUMMARY (summary), NULL);

  therapies = guide_content_get_therapies (content);
  name = guide_visit_summary_get_name (summary);
  visit_date = guide_visit_summary_get_visit_date (summary);
  current = guide_visit_summary_get_therapy (summary);
  since = guide_visit_summary_get_therapy_since (summary);
  dose = guide_visit_summary_get_dose (summary);
  discuss = guide_visit_summary_get_discuss (summary);
  if (therapies != NULL && *current != '\0')
    therapy = guide_id_list_lookup (therapies, current);

  citations_init (&citations, content);

  if (!is_blank (name))
    /* Translators: the header of each printed page; %s is the patient's name */
    header = g_strdup_printf (_("Visit summary · %s"), name);
  else
    header = g_strdup (_("Visit summary"));

  doc = guide_print_document_new (header);
  if (*visit_date != '\0')
    {
      g_autofree char *date = guide_date_format (visit_date);

      guide_print_document_set_header_date (doc, date);
    }
  else
    {
      /* Translators: in the header of printed pages; %s is today's date */
      g_autofree char *date = g_strdup_printf (_("Printed %s"), printed);

      guide_print_document_set_header_date (doc, date);
    }
  set_footer (doc, content,
              _("Prepared by the patient with ROS1 Guide, a handbook of general information. "
                "It is not medical advice: decisions about treatment belong to the patient "
                "and their care team."),
              therapy != NULL || (discuss != NULL && discuss[0] != NULL));

  guide_print_document_add_title (doc, _("Visit summary"));
  if (!is_blank (name))
    /* Translators: a label in the printed visit summary, followed by the patient's name */
    guide_print_document_add_fact (doc, _("Name"), name);
  if (*visit_date != '\0')
    {
      g_autofree char *date = guide_date_format (visit_date);

      guide_print_document_add_fact (doc, _("Date of the visit"), date);
    }
  guide_print_document_add_fact (doc, _("Diagnosis"),
                                 _("ROS1-positive non-small cell lung cancer (NSCLC)"));
  if (*visit_date == '\0')
    /* Translators: a label in the printed visit summary, followed by the date it was printed */
    guide_print_document_add_fact (doc, _("Printed"), printed);

  /* The current treatment */
  guide_print_document_add_heading (doc, 1, _("Current treatment"));
  if (therapy != NULL)
    {
      g_autofree char *label = guide_print_content_therapy_label (therapy);

      /* Translators: a label in the printed visit summary, followed by the cancer medicine the
       * patient takes now */
      guide_print_document_add_fact (doc, _("Medicine"), label);
    }
  else if (g_str_equal (current, GUIDE_VISIT_THERAPY_NONE))
    guide_print_document_add_fact (doc, _("Medicine"), _("No cancer medicine at the moment"));
  else if (g_str_equal (current, GUIDE_VISIT_THERAPY_OTHER))
    guide_print_document_add_fact (doc, _("Medicine"),
                                   is_blank (guide_visit_summary_get_therapy_other (summary))
                                   ? _("Another medicine (name not given)")
                                   : guide_visit_summary_get_therapy_other (summary));
  else if (*current != '\0')
    guide_print_document_add_fact (doc, _("Medicine"), current);
  else
    /* Translators: the patient did not say which medicine they take */
    guide_print_document_add_fact (doc, _("Medicine"), _("Not given"));

  if (*since != '\0')
    {
      g_autofree char *date = guide_date_format (since);

      guide_print_document_add_fact (doc, _("Taking it since"), date);
    }
  if (!is_blank (dose))
    guide_print_document_add_fact (doc, _("Dose taken"), dose);

  if (therapy != NULL && guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_THERAPY_FACTS))
    {
      g_autofree char *label = guide_print_content_therapy_label (therapy);
      /* Translators: a heading; %s is a medicine's name */
      g_autofree char *heading = g_strdup_printf (_("About %s, from the guide"), label);

      guide_print_document_add_heading (doc, 2, heading);
      add_therapy_facts (doc, therapy, &citations);
    }

  /* What the visit is about first: how it goes, and what to ask. */
  if (g_list_model_get_n_items (guide_visit_summary_get_side_effects (summary)) > 0 &&
      guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_SIDE_EFFECTS))
    add_side_effects (doc, guide_visit_summary_get_side_effects (summary));

  if (guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_QUESTIONS))
    add_questions (doc, content, summary);

  if (discuss != NULL && discuss[0] != NULL &&
      guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_DISCUSS))
    add_discuss_table (doc, content, discuss, &citations);

  if (guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_NOTES))
    add_notes (doc, guide_visit_summary_get_notes (summary));

  if (guide_visit_summary_get_print_part (summary, GUIDE_VISIT_PART_SOURCES))
    add_sources (doc, &citations);

  citations_clear (&citations);

  return g_steal_pointer (&doc);
}

/* An article, from the blocks its page shows. */
GuidePrintDocument *
guide_print_content_article (GuideContent        *content,
                             GuideTopic          *topic,
                             const GuideDocument *document)
{
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *header = NULL;
  g_autofree char *printed = today ();

  g_return_val_if_fail (GUIDE_IS_CONTENT (content), NULL);
  g_return_val_if_fail (GUIDE_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (document != NULL, NULL);

  /* Translators: the header of each printed page of an article; %s is its title */
  header = g_strdup_printf (_("ROS1 Guide · %s"), guide_topic_get_title (topic));
  doc = guide_print_document_new (header);
  guide_print_document_set_header_date (doc, printed);
  set_footer (doc, content,
              _("ROS1 Guide is a handbook of general information, not medical advice. "
                "Ask your care team about your own treatment."),
              FALSE);

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const GuideBlock *block = g_ptr_array_index (document->blocks, i);
      GuidePrintStyle style = block->quote_depth > 0 ? GUIDE_PRINT_STYLE_QUOTE : GUIDE_PRINT_STYLE_BODY;
      guint indent = block->indent > 0 && block->marker != NULL ? block->indent - 1 : block->indent;

      switch (block->kind)
        {
        case GUIDE_BLOCK_HEADING:
          if (block->level <= 1)
            guide_print_document_add_title (doc, block->text);
          else
            guide_print_document_add_heading (doc, block->level - 1, block->text);
          break;

        case GUIDE_BLOCK_CODE:
          guide_print_document_add_markup (doc, block->markup, GUIDE_PRINT_STYLE_CODE, indent,
                                           block->marker);
          break;

        case GUIDE_BLOCK_RULE:
          guide_print_document_add_rule (doc);
          break;

        case GUIDE_BLOCK_IMAGE:
          {
            /* Translators: stands for a picture in a printed article; %s describes it */
            g_autofree char *text = g_strdup_printf (_("[Picture: %s]"), block->text);
            g_autofree char *markup = g_markup_escape_text (text, -1);

            guide_print_document_add_markup (doc, markup, GUIDE_PRINT_STYLE_SMALL, indent,
                                             block->marker);
          }
          break;

        case GUIDE_BLOCK_PARAGRAPH:
        default:
          guide_print_document_add_markup (doc, block->markup, style, indent, block->marker);
          break;
        }
    }

  return g_steal_pointer (&doc);
}

/* Questions from the guide's list worth asking about @therapy: those that
 * name it, and those about checks, interactions and side effects. */
static void
add_therapy_questions (GuidePrintDocument *doc,
                       GuideContent       *content,
                       GuideTherapy       *therapy,
                       Citations          *citations)
{
  static const char * const topics[] = { "monitoring", "interactions", "side-effects", NULL };
  GuideIdList *questions = guide_content_get_questions (content);
  g_autofree char *name = g_utf8_casefold (guide_therapy_get_name (therapy), -1);
  guint n = questions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (questions)) : 0;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideQuestion) question = g_list_model_get_item (G_LIST_MODEL (questions), i);
      g_autofree char *text = g_utf8_casefold (guide_question_get_text (question), -1);
      const char *topic = guide_question_get_topic (question);

      if (strstr (text, name) == NULL && (topic == NULL || !g_strv_contains (topics, topic)))
        continue;

      if (!any)
        guide_print_document_add_heading (doc, 1, _("Questions worth asking"));
      any = TRUE;

      guide_print_document_add_check (doc, guide_question_get_text (question));
    }
}

static const char *
measure_name (GuideMeasure measure)
{
  switch (measure)
    {
    case GUIDE_MEASURE_RESPONSE:
      /* Translators: the kinds of trial result, in a printed table: the response rate, the
       * median time the response lasted, the median progression-free survival, the response in
       * the brain and with the G2032R mutation */
      return _("Tumours shrank");
    case GUIDE_MEASURE_RESPONSE_DURATION:
      return _("Shrinking lasted (median)");
    case GUIDE_MEASURE_PFS:
      return _("Time until growth (median)");
    case GUIDE_MEASURE_BRAIN_RESPONSE:
      return _("Brain tumours shrank");
    case GUIDE_MEASURE_G2032R_RESPONSE:
    default:
      return _("Tumours with G2032R shrank");
    }
}

static const char *
setting_name (GuideSetting setting)
{
  switch (setting)
    {
    case GUIDE_SETTING_NO_PRIOR_ROS1:
      /* Translators: the group of people a trial result is about: people who had not taken a
       * ROS1 medicine before; follows a result, as in "Tumours shrank, no ROS1 medicine before" */
      return _("no ROS1 medicine before");
    case GUIDE_SETTING_AFTER_ROS1:
      /* Translators: the group of people a trial result is about: people who had taken a ROS1
       * medicine before */
      return _("after a ROS1 medicine");
    case GUIDE_SETTING_ANY:
    default:
      /* Translators: a trial result whose group of people is not given */
      return C_("setting", "—");
    }
}

/* A one-page sheet on one medicine. */
GuidePrintDocument *
guide_print_content_therapy (GuideContent *content,
                             GuideTherapy *therapy)
{
  g_autoptr(GuidePrintDocument) doc = NULL;
  g_autofree char *label = NULL;
  g_autofree char *header = NULL;
  g_autofree char *printed = today ();
  g_autofree char *side_effects = NULL;
  g_autofree char *interactions = NULL;
  const GuideTherapyDose *dose;
  Citations citations;

  g_return_val_if_fail (GUIDE_IS_CONTENT (content), NULL);
  g_return_val_if_fail (GUIDE_IS_THERAPY (therapy), NULL);

  citations_init (&citations, content);
  label = guide_print_content_therapy_label (therapy);
  header = g_strdup_printf (_("ROS1 Guide · %s"), label);
  doc = guide_print_document_new (header);
  guide_print_document_set_header_date (doc, printed);
  set_footer (doc, content,
              _("ROS1 Guide is a handbook of general information, not medical advice. "
                "Trial figures describe groups of people, not what will happen to one person."),
              TRUE);

  /* One sheet: the text shrinks a little if it must. */
  guide_print_document_set_max_pages (doc, 1);
  guide_print_document_add_title (doc, label);

  if (guide_therapy_get_maker (therapy) != NULL)
    /* Translators: a label in a printed medicine summary, followed by the company that makes it */
    guide_print_document_add_fact (doc, _("Made by"), guide_therapy_get_maker (therapy));
  {
    g_autoptr(GString) approvals = g_string_new (NULL);

    for (GuideRegion region = GUIDE_REGION_FDA; region <= GUIDE_REGION_EMA; region++)
      {
        const GuideTherapyApproval *approval = guide_therapy_get_approval (therapy, region);
        g_autofree char *status = guide_therapy_format_approval (therapy, region);
        g_autofree char *value = NULL;

        if (approval == NULL || status == NULL)
          continue;

        value = with_citation (status, &citations, (const char * const *) approval->sources);
        if (approvals->len > 0)
          g_string_append (approvals, C_("list", "; "));
        g_string_append_printf (approvals, region == GUIDE_REGION_FDA
                                           /* Translators: %s is an approval date or status */
                                           ? _("United States: %s")
                                           /* Translators: %s is an approval date or status */
                                           : _("European Union: %s"), value);
      }

    if (approvals->len > 0)
      /* Translators: a label in a printed medicine summary, followed by where and when it was
       * approved for ROS1-positive lung cancer */
      guide_print_document_add_fact (doc, _("Approval for ROS1"), approvals->str);
  }

  /* How it is taken */
  dose = guide_therapy_get_dose (therapy);
  if (dose != NULL)
    {
      g_autofree char *amount = guide_therapy_format_dose (therapy);
      g_autofree char *food = guide_therapy_format_food (therapy);

      guide_print_document_add_heading (doc, 1, _("How it is taken"));
      if (amount != NULL)
        {
          g_autofree char *value = with_citation (amount, &citations,
                                                  (const char * const *) dose->sources);

          guide_print_document_add_fact (doc, _("Dose"), value);
        }
      if (food != NULL)
        {
          g_autofree char *value = with_citation (food, &citations,
                                                  (const char * const *) dose->sources);

          guide_print_document_add_fact (doc, _("Food"), value);
        }
      if (dose->notes != NULL && dose->notes[0] != NULL)
        {
          g_autoptr(GString) notes = g_string_new (NULL);

          append_items (notes, (const char * const *) dose->notes);
          append_mark (notes, cite (&citations, (const char * const *) dose->sources));
          /* Translators: a label in a printed medicine summary, followed by advice on taking it */
          guide_print_document_add_fact (doc, _("Good to know"), notes->str);
        }
    }

  /* Figures */
  if (guide_therapy_get_n_figures (therapy) > 0)
    {
      const char *headers[] = {
        /* Translators: the headings of the printed table of trial results: what was measured,
         * the figure, and how many people it is based on */
        C_("table header", "Result"),
        C_("table header", "Figure"),
        C_("table header", "Based on"),
        NULL
      };
      const double widths[] = { 3.7, 1.2, 4.1 };
      g_autoptr(GPtrArray) notes = g_ptr_array_new ();

      guide_print_document_add_heading (doc, 1, _("Results in trials"));
      guide_print_document_add_markup (doc, _("Figures from different trials cannot be compared "
                                              "directly. They describe groups of people, not what "
                                              "will happen to one person."),
                                       GUIDE_PRINT_STYLE_SMALL, 0, NULL);
      guide_print_document_begin_table (doc, 3, headers, widths);

      for (guint i = 0; i < guide_therapy_get_n_figures (therapy); i++)
        {
          const GuideTherapyFigure *figure = guide_therapy_get_figure (therapy, i);
          g_autofree char *value = guide_therapy_format_figure (figure);
          g_autofree char *cited = with_citation (value, &citations,
                                                  (const char * const *) figure->sources);
          g_autofree char *result = NULL;
          g_autoptr(GString) based = g_string_new (NULL);
          g_autoptr(GString) trials = g_string_new (NULL);
          g_autofree char *count = guide_therapy_format_count (figure);
          const char *row[4];

          if (figure->setting == GUIDE_SETTING_ANY)
            result = g_strdup (measure_name (figure->measure));
          else
            /* Translators: a trial result, then the group of people: "Tumours
             * shrank (response), no ROS1 medicine before" */
            result = g_strdup_printf (C_("result", "%s, %s"), measure_name (figure->measure),
                                      setting_name (figure->setting));

          if (count != NULL)
            g_string_append (based, count);
          else if (figure->n >= 0)
            g_string_append_printf (based, g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people",
                                                        figure->n), figure->n);

          for (guint t = 0; figure->trials != NULL && figure->trials[t] != NULL; t++)
            {
              const GuideTherapyTrial *trial = guide_therapy_lookup_trial (therapy, figure->trials[t]);

              if (trial == NULL || trial->name == NULL)
                continue;
              if (trials->len > 0)
                /* Translators: between the items of a short list: the numbers of
                 * sources ("1, 2"), trial names, brand names */
                g_string_append (trials, C_("list", ", "));
              g_string_append (trials, trial->name);
            }

          if (based->len > 0 && trials->len > 0)
            {
              /* Translators: how many people a figure is based on ("53 people",
               * "10 of 17"), then the trials */
              g_autofree char *both = g_strdup_printf (C_("people and trials", "%s, %s"),
                                                       based->str, trials->str);

              g_string_assign (based, both);
            }
          else
            g_string_append (based, trials->str);

          /* Notes are often shared by several figures: each is given once,
           * under the table, and marked (a), (b)... */
          if (figure->note != NULL)
            {
              guint index;

              if (!g_ptr_array_find_with_equal_func (notes, figure->note, g_str_equal, &index))
                {
                  g_ptr_array_add (notes, figure->note);
                  index = notes->len - 1;
                }
              append_mark (based, g_strdup_printf ("(%c)", 'a' + (char) MIN (index, 25)));
            }

          row[0] = result;
          row[1] = cited;
          row[2] = based->str;
          row[3] = NULL;
          guide_print_document_add_row (doc, row);
        }

      for (guint i = 0; i < notes->len; i++)
        {
          g_autofree char *markup = g_markup_printf_escaped ("(%c) %s", 'a' + (char) MIN (i, 25),
                                                             (const char *) notes->pdata[i]);

          guide_print_document_add_markup (doc, markup, GUIDE_PRINT_STYLE_SMALL, 0, NULL);
        }
    }

  side_effects = format_facts (guide_therapy_get_side_effects (therapy), &citations);
  interactions = format_facts (guide_therapy_get_interactions (therapy), &citations);
  if (side_effects != NULL || interactions != NULL)
    {
      guide_print_document_add_heading (doc, 1, _("Side effects and interactions"));
      if (side_effects != NULL)
        guide_print_document_add_fact (doc, _("Common side effects"), side_effects);
      if (interactions != NULL)
        guide_print_document_add_fact (doc, _("Interactions"), interactions);
    }

  add_therapy_questions (doc, content, therapy, &citations);
  add_sources (doc, &citations);
  citations_clear (&citations);

  return g_steal_pointer (&doc);
}
