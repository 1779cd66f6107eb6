/* guide-side-effect-row.c - one entry of the side-effect log, to edit
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Collapsed, the row reads "Nausea" over "20 November 2026 · Moderate";
 * expanded, each field is a row of its own, bound both ways to the
 * GuideSideEffect: what is typed is in the log at once. The symptom is
 * the patient's own words, or picked from the medicines' common side
 * effects. "Remove" asks the page (visit.remove-side-effect), which can
 * undo it.
 */
#define G_LOG_DOMAIN "guide-side-effect-row"

#include <glib/gi18n.h>

#include "guide-date-row.h"
#include "guide-json.h"
#include "guide-side-effect-row.h"

struct _GuideSideEffectRow
{
  AdwExpanderRow   parent_instance;

  GuideSideEffect *entry;

  GuideDateRow    *date_row;
  AdwEntryRow     *symptom_row;
  GtkMenuButton   *suggestions_button;
  AdwComboRow     *severity_row;
  AdwEntryRow     *notes_row;
  GtkWidget       *remove_button;
};

G_DEFINE_FINAL_TYPE (GuideSideEffectRow, guide_side_effect_row, ADW_TYPE_EXPANDER_ROW)

static void
update_summary (GuideSideEffectRow *self)
{
  const char *symptom = guide_side_effect_get_symptom (self->entry);
  const char *date = guide_side_effect_get_date (self->entry);
  GuideSeverity severity = guide_side_effect_get_severity (self->entry);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 /* Translators: an entry of the side-effect log with no
                                  * symptom written yet */
                                 *symptom != '\0' ? symptom : _("New entry"));

  /* Translators: an entry of the side-effect log with no date */
  when = *date != '\0' ? guide_date_format (date) : g_strdup (_("No date"));
  /* Translators: an entry of the side-effect log: its date · how bad it was */
  subtitle = g_strdup_printf (C_("side effect", "%s · %s"), when, guide_severity_get_label (severity));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->severity_row),
                               guide_severity_get_description (severity));
}

static void
update_suggestions (GuideSideEffectRow *self)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (self->suggestions_button);

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_button),
                          menu != NULL && g_menu_model_get_n_items (menu) > 0);
}

static void
set_symptom_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GuideSideEffectRow *self = GUIDE_SIDE_EFFECT_ROW (widget);

  guide_side_effect_set_symptom (self->entry, g_variant_get_string (param, NULL));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget));

  if (index >= 0)
    gtk_widget_activate_action (widget, "visit.remove-side-effect", "u", (guint) index);
}

static void
guide_side_effect_row_dispose (GObject *object)
{
  GuideSideEffectRow *self = GUIDE_SIDE_EFFECT_ROW (object);

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_SIDE_EFFECT_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (guide_side_effect_row_parent_class)->dispose (object);
}

static void
guide_side_effect_row_class_init (GuideSideEffectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_side_effect_row_dispose;

  g_type_ensure (GUIDE_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/guide-side-effect-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideSideEffectRow, date_row);
  gtk_widget_class_bind_template_child (widget_class, GuideSideEffectRow, symptom_row);
  gtk_widget_class_bind_template_child (widget_class, GuideSideEffectRow, suggestions_button);
  gtk_widget_class_bind_template_child (widget_class, GuideSideEffectRow, severity_row);
  gtk_widget_class_bind_template_child (widget_class, GuideSideEffectRow, notes_row);
  gtk_widget_class_bind_template_child (widget_class, GuideSideEffectRow, remove_button);

  gtk_widget_class_install_action (widget_class, "side-effect.set-symptom", "s", set_symptom_action);
  gtk_widget_class_install_action (widget_class, "side-effect.remove", NULL, remove_action);
}

static void
guide_side_effect_row_init (GuideSideEffectRow *self)
{
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (GuideSeverity s = GUIDE_SEVERITY_NONE; s <= GUIDE_SEVERITY_MAX; s++)
    gtk_string_list_append (severities, guide_severity_get_label (s));
  adw_combo_row_set_model (self->severity_row, G_LIST_MODEL (severities));
}

/* A row that edits @entry; @suggestions is a menu of common side
 * effects, each item activating "side-effect.set-symptom" with its text
 * (an empty menu hides the button). */
GtkWidget *
guide_side_effect_row_new (GuideSideEffect *entry,
                           GMenuModel      *suggestions)
{
  GuideSideEffectRow *self;

  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT (entry), NULL);
  g_return_val_if_fail (G_IS_MENU_MODEL (suggestions), NULL);

  self = g_object_new (GUIDE_TYPE_SIDE_EFFECT_ROW, NULL);
  self->entry = g_object_ref (entry);

  g_object_bind_property (entry, "date", self->date_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (entry, "symptom", self->symptom_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (entry, "severity", self->severity_row, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (entry, "notes", self->notes_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (entry, "notify", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  update_summary (self);

  gtk_menu_button_set_menu_model (self->suggestions_button, suggestions);
  g_signal_connect_object (suggestions, "items-changed", G_CALLBACK (update_suggestions),
                           self, G_CONNECT_SWAPPED);
  update_suggestions (self);

  return GTK_WIDGET (self);
}

GuideSideEffect *
guide_side_effect_row_get_entry (GuideSideEffectRow *self)
{
  g_return_val_if_fail (GUIDE_IS_SIDE_EFFECT_ROW (self), NULL);
  return self->entry;
}

/* Opens the row and puts the cursor in the symptom, for a new entry. */
void
guide_side_effect_row_focus (GuideSideEffectRow *self)
{
  g_return_if_fail (GUIDE_IS_SIDE_EFFECT_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->symptom_row));
}
