/* guide-visit-page.c - the "My visit" page: prepare a doctor visit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page edits the visit summary of a GuideVisitStore: every field is
 * in the summary as soon as it is typed, and the store saves it. The
 * choices (medicines, questions) come from the content; "Use My
 * Comparison" and, while nothing has been chosen, the first showing take
 * the medicines to talk about from the grid's comparison.
 *
 * A banner at the top tells when the saved summary could not be read (and
 * where it was kept), or when saving fails. Removing a log entry or a
 * question can be undone from the toast that says so ("win.visit-undo").
 *
 * Actions: visit.add-side-effect, visit.remove-side-effect(u),
 * visit.add-question, visit.remove-question(u), visit.use-comparison,
 * visit.dismiss-banner. Printing belongs to the window (win.print,
 * win.export-pdf), which asks the page for its summary.
 */
#define G_LOG_DOMAIN "guide-visit-page"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "guide-button-content.h"
#include "guide-compare-list.h"
#include "guide-date-row.h"
#include "guide-i18n.h"
#include "guide-print-content.h"
#include "guide-question.h"
#include "guide-side-effect-row.h"
#include "guide-visit-page.h"

/* What "What to print" offers, in its order. */
static const struct
{
  GuideVisitPart  part;
  const char     *title;
  const char     *subtitle;
} print_parts[] = {
  /* Translators: the parts of the visit summary the patient can choose to print, each with a
   * line saying what it holds */
  { GUIDE_VISIT_PART_THERAPY_FACTS, N_("Facts about your medicine"),
    N_("From the guide: usual dose, how to take it, common side effects, interactions") },
  { GUIDE_VISIT_PART_SIDE_EFFECTS, N_("Side-effect log"), NULL },
  { GUIDE_VISIT_PART_QUESTIONS, N_("Questions"), NULL },
  { GUIDE_VISIT_PART_DISCUSS, N_("Medicines to talk about"),
    N_("With their approval, dose and trial results") },
  { GUIDE_VISIT_PART_NOTES, N_("Notes"), NULL },
  { GUIDE_VISIT_PART_SOURCES, N_("Sources"), N_("Where the facts from the guide come from") },
};

struct _GuideVisitPage
{
  GtkWidget          parent_instance;

  GuideContent      *content;
  GuideVisitStore   *store;
  GuideVisitSummary *summary;
  GuideCompareList  *comparison;
  GPtrArray         *therapy_ids;       /* the combo's items: "", "none", ids..., "other" */
  GMenu             *suggestions;       /* common side effects */
  GHashTable        *discuss_checks;    /* therapy id -> GtkCheckButton */
  GHashTable        *question_checks;   /* question id -> GtkCheckButton */
  GtkWidget         *print_switches[G_N_ELEMENTS (print_parts)];
  gboolean           syncing;
  gboolean           banner_dismissed;

  /* The last removal, to undo */
  GuideSideEffect   *removed_entry;
  guint              removed_position;
  char              *removed_question;
  guint              removed_question_index;

  GtkRevealer       *banner;
  GtkLabel          *banner_label;
  AdwPreferencesPage *preferences;
  AdwEntryRow       *name_row;
  GuideDateRow      *visit_date_row;
  AdwComboRow       *therapy_row;
  AdwEntryRow       *therapy_other_row;
  GuideDateRow      *since_row;
  AdwEntryRow       *dose_row;
  GtkListBox        *side_effect_list;
  GtkWidget         *add_side_effect_button;
  GtkWidget         *add_question_button;
  GtkListBox        *question_list;
  GtkListBox        *own_question_list;
  GtkListBox        *discuss_list;
  GtkWidget         *use_comparison_button;
  GtkTextView       *notes_view;
  AdwPreferencesGroup *print_group;
  GtkWidget         *print_button;
  GtkWidget         *export_button;
};

G_DEFINE_FINAL_TYPE (GuideVisitPage, guide_visit_page, GTK_TYPE_WIDGET)

/* The banner */

static void
update_banner (GuideVisitPage *self)
{
  const char *load_error = guide_visit_store_get_load_error (self->store);
  const char *save_error = guide_visit_store_get_save_error (self->store);
  GFile *kept = guide_visit_store_get_kept_file (self->store);
  gboolean blocked = guide_visit_store_get_blocked (self->store);
  gboolean dismissable = FALSE;
  g_autoptr(GString) text = g_string_new (NULL);

  if (load_error != NULL && blocked)
    g_string_append_printf (text,
                            /* Translators: %s is the reason */
                            _("Your saved visit summary could not be read (%s), and it could "
                              "not be moved out of the way, so nothing is saved over it. What "
                              "you write here stays in this window: save it as a PDF to keep a "
                              "copy."),
                            load_error);
  else if (save_error != NULL)
    g_string_append_printf (text,
                            /* Translators: %s is the reason */
                            _("Your latest changes could not be saved (%s). They are still "
                              "here, and saving will be tried again. To keep a copy now, save "
                              "the summary as a PDF."),
                            save_error);

  if (load_error != NULL && kept != NULL && !self->banner_dismissed)
    {
      g_autofree char *path = g_file_get_path (kept);

      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text,
                              /* Translators: the first %s is the reason, the second a file */
                              _("Your saved visit summary could not be read (%s), so this page "
                                "started empty. The old file is kept, unchanged, as %s."),
                              load_error, path);
      dismissable = save_error == NULL;
    }

  gtk_label_set_text (self->banner_label, text->str);
  gtk_revealer_set_reveal_child (self->banner, text->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.dismiss-banner", dismissable);
}

static void
dismiss_banner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (widget);

  self->banner_dismissed = TRUE;
  update_banner (self);
}

/* Undo */

static void
offer_undo (GuideVisitPage *self,
            const char     *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.visit-undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
forget_removal (GuideVisitPage *self)
{
  g_clear_object (&self->removed_entry);
  g_clear_pointer (&self->removed_question, g_free);
}

/* Puts back what was removed last. Returns whether there was anything. */
gboolean
guide_visit_page_undo (GuideVisitPage *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_PAGE (self), FALSE);

  if (self->summary == NULL)
    return FALSE;

  if (self->removed_entry != NULL)
    guide_visit_summary_insert_side_effect (self->summary, self->removed_position,
                                            self->removed_entry);
  else if (self->removed_question != NULL)
    guide_visit_summary_insert_own_question (self->summary, self->removed_question_index,
                                             self->removed_question);
  else
    return FALSE;

  forget_removal (self);
  return TRUE;
}

/* The current treatment */

static char *
therapy_label_for_id (GuideVisitPage *self,
                      const char     *id)
{
  GuideTherapy *therapy = guide_id_list_lookup (guide_content_get_therapies (self->content), id);

  return therapy != NULL ? guide_print_content_therapy_label (therapy) : g_strdup (id);
}

static void
update_suggestions (GuideVisitPage *self)
{
  GuideIdList *therapies = guide_content_get_therapies (self->content);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  const char *current = guide_visit_summary_get_therapy (self->summary);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (therapies));

  /* The current medicine's first, then the others'; short names only
   * (the data's longer sentences do not name a symptom). */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GuideTherapy) therapy = g_list_model_get_item (G_LIST_MODEL (therapies), i);
        const GuideTherapyFacts *facts = guide_therapy_get_side_effects (therapy);
        gboolean is_current = g_str_equal (guide_therapy_get_id (therapy), current);

        if ((pass == 0) != is_current || facts == NULL || facts->items == NULL)
          continue;

        for (guint j = 0; facts->items[j] != NULL; j++)
          {
            const char *item = facts->items[j];
            g_autoptr(GMenuItem) menu_item = NULL;

            if (guide_i18n_ends_sentence (item) || g_utf8_strlen (item, -1) > 48 ||
                !g_hash_table_add (seen, (gpointer) item))
              continue;

            menu_item = g_menu_item_new (item, NULL);
            g_menu_item_set_action_and_target_value (menu_item, "side-effect.set-symptom",
                                                     g_variant_new_string (item));
            g_menu_append_item (pass == 0 ? first : others, menu_item);
          }
      }

  g_menu_remove_all (self->suggestions);
  if (g_menu_model_get_n_items (G_MENU_MODEL (first)) > 0)
    {
      g_autofree char *label = therapy_label_for_id (self, current);
      /* Translators: a heading in the menu of common side effects; %s is a medicine */
      g_autofree char *title = g_strdup_printf (_("Common with %s"), label);

      g_menu_append_section (self->suggestions, title, G_MENU_MODEL (first));
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (others)) > 0)
    g_menu_append_section (self->suggestions,
                           g_menu_model_get_n_items (G_MENU_MODEL (first)) > 0
                           ? _("Common with other ROS1 medicines")
                           : _("Common with ROS1 medicines"),
                           G_MENU_MODEL (others));
}

static void
fill_therapy_row (GuideVisitPage *self)
{
  GuideIdList *therapies = guide_content_get_therapies (self->content);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = guide_visit_summary_get_therapy (self->summary);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (therapies));
  guint selected = 0;

  g_ptr_array_set_size (self->therapy_ids, 0);

  /* Translators: no current cancer medicine chosen yet */
  gtk_string_list_append (labels, _("Not chosen"));
  g_ptr_array_add (self->therapy_ids, g_strdup (""));
  /* Translators: in the list of cancer medicines: the patient takes none now */
  gtk_string_list_append (labels, _("None at the moment"));
  g_ptr_array_add (self->therapy_ids, g_strdup (GUIDE_VISIT_THERAPY_NONE));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (G_LIST_MODEL (therapies), i);
      g_autofree char *label = guide_print_content_therapy_label (therapy);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->therapy_ids, g_strdup (guide_therapy_get_id (therapy)));
    }

  /* A medicine the guide no longer lists stays the patient's choice. */
  if (*current != '\0' && !g_ptr_array_find_with_equal_func (self->therapy_ids, current,
                                                              g_str_equal, NULL) &&
      !g_str_equal (current, GUIDE_VISIT_THERAPY_OTHER))
    {
      gtk_string_list_append (labels, current);
      g_ptr_array_add (self->therapy_ids, g_strdup (current));
    }

  /* Translators: in the list of cancer medicines: one that is not in the guide; the patient
   * then writes its name */
  gtk_string_list_append (labels, _("Another medicine"));
  g_ptr_array_add (self->therapy_ids, g_strdup (GUIDE_VISIT_THERAPY_OTHER));

  g_ptr_array_find_with_equal_func (self->therapy_ids, current, g_str_equal, &selected);

  self->syncing = TRUE;
  adw_combo_row_set_model (self->therapy_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->therapy_row, selected);
  self->syncing = FALSE;
}

static void
therapy_changed_cb (GuideVisitPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->therapy_other_row),
                          g_str_equal (guide_visit_summary_get_therapy (self->summary),
                                       GUIDE_VISIT_THERAPY_OTHER));
  update_suggestions (self);
}

static void
therapy_selected_cb (GuideVisitPage *self)
{
  guint selected = adw_combo_row_get_selected (self->therapy_row);

  if (self->syncing || selected >= self->therapy_ids->len)
    return;

  guide_visit_summary_set_therapy (self->summary, self->therapy_ids->pdata[selected]);
}

/* Check rows: medicines to discuss and suggested questions */

static GtkWidget *
check_row (const char *title,
           const char *subtitle,
           GtkWidget **check)
{
  GtkWidget *row = adw_action_row_new ();

  *check = gtk_check_button_new ();
  gtk_widget_set_valign (*check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), *check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *check);

  return row;
}

static void
discuss_toggled_cb (GtkCheckButton *check,
                    GuideVisitPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "guide-therapy-id");

  if (!self->syncing)
    guide_visit_summary_set_discusses (self->summary, id, gtk_check_button_get_active (check));
}

static void
add_discuss_row (GuideVisitPage *self,
                 const char     *id,
                 const char     *title,
                 const char     *subtitle)
{
  GtkWidget *check;
  GtkWidget *row = check_row (title, subtitle, &check);

  g_object_set_data_full (G_OBJECT (check), "guide-therapy-id", g_strdup (id), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (discuss_toggled_cb), self);
  g_hash_table_insert (self->discuss_checks, g_strdup (id), check);
  gtk_list_box_append (self->discuss_list, row);
}

static void
sync_discuss (GuideVisitPage *self)
{
  const char * const *discuss = guide_visit_summary_get_discuss (self->summary);
  GHashTableIter iter;
  gpointer id, check;

  /* Ids chosen that the content does not list (any more) get a row too. */
  for (guint i = 0; discuss != NULL && discuss[i] != NULL; i++)
    if (!g_hash_table_contains (self->discuss_checks, discuss[i]))
      add_discuss_row (self, discuss[i], discuss[i],
                       /* Translators: a medicine the patient chose earlier is no longer in the
                        * guide */
                       _("Not in this version of the guide"));

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->discuss_checks);
  while (g_hash_table_iter_next (&iter, &id, &check))
    gtk_check_button_set_active (check, guide_visit_summary_get_discusses (self->summary, id));
  self->syncing = FALSE;
}

static const char *
therapy_use_text (GuideTherapy *therapy)
{
  switch (guide_therapy_get_use (therapy))
    {
    case GUIDE_THERAPY_USE_APPROVED:
      return _("Approved for ROS1-positive lung cancer");
    case GUIDE_THERAPY_USE_INVESTIGATIONAL:
      return _("Investigational: ask your oncologist about its current status");
    case GUIDE_THERAPY_USE_OFF_LABEL:
    default:
      return _("Approved for other cancers; used off-label for ROS1");
    }
}

static void
fill_discuss_list (GuideVisitPage *self)
{
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (self->content));

  for (guint i = 0; i < g_list_model_get_n_items (therapies); i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, i);
      g_autofree char *label = guide_print_content_therapy_label (therapy);

      add_discuss_row (self, guide_therapy_get_id (therapy), label, therapy_use_text (therapy));
    }

  sync_discuss (self);
}

static void
comparison_changed_cb (GuideVisitPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->comparison));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.use-comparison", n > 0);

  /* Until the patient chooses, the comparison is the choice. */
  if (n > 0 && guide_visit_summary_get_discuss (self->summary) == NULL)
    {
      g_auto(GStrv) ids = guide_compare_list_dup_ids (self->comparison);

      guide_visit_summary_set_discuss (self->summary, (const char * const *) ids);
    }
}

static void
use_comparison_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (widget);
  g_auto(GStrv) ids = NULL;

  if (self->comparison == NULL)
    return;

  ids = guide_compare_list_dup_ids (self->comparison);
  for (guint i = 0; ids[i] != NULL; i++)
    guide_visit_summary_set_discusses (self->summary, ids[i], TRUE);
}

static void
question_toggled_cb (GtkCheckButton *check,
                     GuideVisitPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "guide-question-id");

  if (!self->syncing)
    guide_visit_summary_set_question_ticked (self->summary, id, gtk_check_button_get_active (check));
}

static void
sync_questions (GuideVisitPage *self)
{
  GHashTableIter iter;
  gpointer id, check;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->question_checks);
  while (g_hash_table_iter_next (&iter, &id, &check))
    gtk_check_button_set_active (check, guide_visit_summary_get_question_ticked (self->summary, id));
  self->syncing = FALSE;
}

static void
fill_question_list (GuideVisitPage *self)
{
  GListModel *questions = G_LIST_MODEL (guide_content_get_questions (self->content));
  guint n = g_list_model_get_n_items (questions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideQuestion) question = g_list_model_get_item (questions, i);
      GtkWidget *check;
      GtkWidget *row = check_row (guide_question_get_text (question), NULL, &check);

      g_object_set_data_full (G_OBJECT (check), "guide-question-id",
                              g_strdup (guide_question_get_id (question)), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (question_toggled_cb), self);
      g_hash_table_insert (self->question_checks, g_strdup (guide_question_get_id (question)), check);
      gtk_list_box_append (self->question_list, row);
    }

  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->question_list),
                                                   ADW_TYPE_PREFERENCES_GROUP), n > 0);
  sync_questions (self);
}

/* The patient's own questions */

static void
own_question_changed_cb (GtkEditable    *editable,
                         GuideVisitPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "guide-index"));

  if (!self->syncing)
    guide_visit_summary_set_own_question (self->summary, index, gtk_editable_get_text (editable));
}

static GtkWidget *
own_question_row (GuideVisitPage *self,
                  guint           index,
                  const char     *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the title of the entry for one of the patient's own
   * questions; %u is its number */
  g_autofree char *title = g_strdup_printf (_("Question %u"), index + 1);
  /* Translators: %u is the number of one of the patient's own questions */
  g_autofree char *remove_label = g_strdup_printf (_("Remove question %u"), index + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_object_set_data (G_OBJECT (row), "guide-index", GUINT_TO_POINTER (index));
  g_signal_connect (row, "changed", G_CALLBACK (own_question_changed_cb), self);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: the tooltip of the button that removes one of the patient's own questions */
  gtk_widget_set_tooltip_text (remove, _("Remove Question"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "visit.remove-question");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  return row;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
sync_own_questions (GuideVisitPage *self)
{
  const char * const *questions = guide_visit_summary_get_own_questions (self->summary);
  guint n = g_strv_length ((char **) questions);
  GtkListBoxRow *row;

  self->syncing = TRUE;

  /* Rows are kept while typing; rebuilt when questions come or go. */
  if (count_rows (self->own_question_list) != n)
    {
      while ((row = gtk_list_box_get_row_at_index (self->own_question_list, 0)) != NULL)
        gtk_list_box_remove (self->own_question_list, GTK_WIDGET (row));
      for (guint i = 0; i < n; i++)
        gtk_list_box_append (self->own_question_list, own_question_row (self, i, questions[i]));
    }
  else
    for (guint i = 0; i < n; i++)
      {
        row = gtk_list_box_get_row_at_index (self->own_question_list, i);
        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), questions[i]) != 0)
          gtk_editable_set_text (GTK_EDITABLE (row), questions[i]);
      }

  self->syncing = FALSE;
}

static void
add_question_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (widget);
  guint index;

  if (self->summary == NULL)
    return;

  index = guide_visit_summary_add_own_question (self->summary, "");
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->own_question_list, index)));
}

static void
remove_question_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (widget);
  guint index = g_variant_get_uint32 (param);
  const char * const *questions;
  g_autofree char *text = NULL;

  if (self->summary == NULL)
    return;

  questions = guide_visit_summary_get_own_questions (self->summary);
  if (index >= g_strv_length ((char **) questions))
    return;

  text = g_strdup (questions[index]);
  guide_visit_summary_remove_own_question (self->summary, index);

  forget_removal (self);
  if (*text != '\0')
    {
      self->removed_question = g_steal_pointer (&text);
      self->removed_question_index = index;
      offer_undo (self, _("Question removed"));
    }
}

/* The side-effect log */

static GtkWidget *
create_side_effect_row (gpointer item,
                        gpointer user_data)
{
  GuideVisitPage *self = user_data;

  return guide_side_effect_row_new (GUIDE_SIDE_EFFECT (item), G_MENU_MODEL (self->suggestions));
}

static void
add_side_effect_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GuideSideEffect) entry = guide_side_effect_new (today, "", GUIDE_SEVERITY_NONE, "");
  GListModel *log;
  GtkListBoxRow *row;

  if (self->summary == NULL)
    return;

  log = guide_visit_summary_get_side_effects (self->summary);
  guide_visit_summary_add_side_effect (self->summary, entry);
  row = gtk_list_box_get_row_at_index (self->side_effect_list, g_list_model_get_n_items (log) - 1);
  if (GUIDE_IS_SIDE_EFFECT_ROW (row))
    guide_side_effect_row_focus (GUIDE_SIDE_EFFECT_ROW (row));
}

static void
remove_side_effect_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (widget);
  guint position = g_variant_get_uint32 (param);
  GListModel *log;

  if (self->summary == NULL)
    return;

  log = guide_visit_summary_get_side_effects (self->summary);
  if (position >= g_list_model_get_n_items (log))
    return;

  forget_removal (self);
  self->removed_entry = g_list_model_get_item (log, position);
  self->removed_position = position;
  guide_visit_summary_remove_side_effect (self->summary, position);
  offer_undo (self, _("Side effect removed from the log"));
}

/* Notes and what to print */

static void
notes_changed_cb (GtkTextBuffer  *buffer,
                  GuideVisitPage *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  guide_visit_summary_set_notes (self->summary, text);
}

static void
print_switch_cb (GtkSwitch      *widget,
                 GParamSpec     *pspec,
                 GuideVisitPage *self)
{
  GuideVisitPart part = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "guide-part"));

  if (!self->syncing)
    guide_visit_summary_set_print_part (self->summary, part, gtk_switch_get_active (widget));
}

static void
fill_print_group (GuideVisitPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (print_parts); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(print_parts[i].title));
      if (print_parts[i].subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(print_parts[i].subtitle));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), guide_visit_summary_get_print_part (self->summary,
                                                                         print_parts[i].part));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(print_parts[i].title), -1);
      g_object_set_data (G_OBJECT (toggle), "guide-part", GUINT_TO_POINTER (print_parts[i].part));
      g_signal_connect (toggle, "notify::active", G_CALLBACK (print_switch_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->print_group, row);
      self->print_switches[i] = toggle;
    }
}

/* Shows the summary of @store, with the choices of @content. Called once. */
void
guide_visit_page_bind (GuideVisitPage  *self,
                       GuideContent    *content,
                       GuideVisitStore *store,
                       GSettings       *settings)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (GUIDE_IS_VISIT_PAGE (self));
  g_return_if_fail (GUIDE_IS_CONTENT (content));
  g_return_if_fail (GUIDE_IS_VISIT_STORE (store));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->summary == NULL);

  self->content = g_object_ref (content);
  self->store = g_object_ref (store);
  self->summary = g_object_ref (guide_visit_store_get_summary (store));

  g_object_bind_property (self->summary, "name", self->name_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->summary, "visit-date", self->visit_date_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->summary, "therapy-other", self->therapy_other_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->summary, "therapy-since", self->since_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->summary, "dose", self->dose_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  fill_therapy_row (self);
  g_signal_connect_object (self->therapy_row, "notify::selected",
                           G_CALLBACK (therapy_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->summary, "notify::therapy",
                           G_CALLBACK (therapy_changed_cb), self, G_CONNECT_SWAPPED);
  therapy_changed_cb (self);

  gtk_list_box_bind_model (self->side_effect_list, guide_visit_summary_get_side_effects (self->summary),
                           create_side_effect_row, self, NULL);

  fill_question_list (self);
  g_signal_connect_object (self->summary, "notify::questions",
                           G_CALLBACK (sync_questions), self, G_CONNECT_SWAPPED);

  sync_own_questions (self);
  g_signal_connect_object (self->summary, "notify::own-questions",
                           G_CALLBACK (sync_own_questions), self, G_CONNECT_SWAPPED);

  fill_discuss_list (self);
  g_signal_connect_object (self->summary, "notify::discuss",
                           G_CALLBACK (sync_discuss), self, G_CONNECT_SWAPPED);
  self->comparison = guide_compare_list_new (settings, guide_content_get_therapies (content));
  g_signal_connect_object (self->comparison, "items-changed",
                           G_CALLBACK (comparison_changed_cb), self, G_CONNECT_SWAPPED);
  comparison_changed_cb (self);

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_set_text (buffer, guide_visit_summary_get_notes (self->summary), -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (notes_changed_cb), self, 0);

  fill_print_group (self);

  g_signal_connect_object (store, "notify::save-error", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::kept-file", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::blocked", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  update_banner (self);
}

/* The summary shown, or NULL before guide_visit_page_bind(). */
GuideVisitSummary *
guide_visit_page_get_summary (GuideVisitPage *self)
{
  g_return_val_if_fail (GUIDE_IS_VISIT_PAGE (self), NULL);
  return self->summary;
}

static void
guide_visit_page_dispose (GObject *object)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_VISIT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  forget_removal (self);
  g_clear_object (&self->comparison);
  g_clear_object (&self->summary);
  g_clear_object (&self->store);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (guide_visit_page_parent_class)->dispose (object);
}

static void
guide_visit_page_finalize (GObject *object)
{
  GuideVisitPage *self = GUIDE_VISIT_PAGE (object);

  g_ptr_array_unref (self->therapy_ids);
  g_object_unref (self->suggestions);
  g_hash_table_unref (self->discuss_checks);
  g_hash_table_unref (self->question_checks);

  G_OBJECT_CLASS (guide_visit_page_parent_class)->finalize (object);
}

static void
guide_visit_page_class_init (GuideVisitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_visit_page_dispose;
  object_class->finalize = guide_visit_page_finalize;

  g_type_ensure (GUIDE_TYPE_DATE_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (GUIDE_TYPE_BUTTON_CONTENT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/guide-visit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, banner);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, preferences);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, visit_date_row);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, therapy_row);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, therapy_other_row);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, since_row);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, dose_row);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, side_effect_list);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, add_side_effect_button);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, add_question_button);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, question_list);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, own_question_list);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, discuss_list);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, use_comparison_button);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, print_group);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, GuideVisitPage, export_button);

  gtk_widget_class_install_action (widget_class, "visit.add-side-effect", NULL, add_side_effect_action);
  gtk_widget_class_install_action (widget_class, "visit.remove-side-effect", "u", remove_side_effect_action);
  gtk_widget_class_install_action (widget_class, "visit.add-question", NULL, add_question_action);
  gtk_widget_class_install_action (widget_class, "visit.remove-question", "u", remove_question_action);
  gtk_widget_class_install_action (widget_class, "visit.use-comparison", NULL, use_comparison_action);
  gtk_widget_class_install_action (widget_class, "visit.dismiss-banner", NULL, dismiss_banner_action);
}

static void
guide_visit_page_init (GuideVisitPage *self)
{
  GtkWidget *placeholder;

  self->therapy_ids = g_ptr_array_new_with_free_func (g_free);
  self->suggestions = g_menu_new ();
  self->discuss_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->question_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No side effects written down yet. Use “Add” to note one."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->side_effect_list, placeholder);

  placeholder = gtk_label_new (_("None yet. Use “Add” to write a question of your own."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->own_question_list, placeholder);
}
