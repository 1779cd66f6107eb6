/* guide-support-page.c - the page of patient groups, helplines and trial finders
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One card per organisation of support.json: its name, where it works,
 * what it offers, its helpline as text to read or copy (the guide opens
 * no "tel:" links), a button to its website, and its sources. Buttons
 * activate "win.open-link" like every other link of the guide. Trial
 * finders get a section of their own.
 */
#define G_LOG_DOMAIN "guide-support-page"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "guide-organisation.h"
#include "guide-search-row.h"
#include "guide-source.h"
#include "guide-support-page.h"

typedef struct
{
  GtkWidget *card;
  GtkWidget *button;
  GtkLabel  *labels[GUIDE_ORGANISATION_FIELD_REGION + 1];  /* by GuideOrganisationField */
} Card;

struct _GuideSupportPage
{
  GtkWidget     parent_instance;

  GuideContent *content;
  GHashTable   *cards;        /* organisation id -> Card */
  GtkLabel     *highlighted;

  GtkWidget    *scroller;
  GtkLabel     *title;
  GtkWidget    *offline_note;
  GtkWidget    *groups_heading;
  GtkBox       *groups;
  GtkWidget    *finders_heading;
  GtkBox       *finders;
};

G_DEFINE_FINAL_TYPE (GuideSupportPage, guide_support_page, GTK_TYPE_WIDGET)

static void
guide_support_page_dispose (GObject *object)
{
  GuideSupportPage *self = GUIDE_SUPPORT_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GUIDE_TYPE_SUPPORT_PAGE);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  self->highlighted = NULL;
  g_clear_object (&self->content);

  G_OBJECT_CLASS (guide_support_page_parent_class)->dispose (object);
}

static void
guide_support_page_class_init (GuideSupportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = guide_support_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/guide-support-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, title);
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, offline_note);
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, groups_heading);
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, groups);
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, finders_heading);
  gtk_widget_class_bind_template_child (widget_class, GuideSupportPage, finders);
}

static void
guide_support_page_init (GuideSupportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static GtkLabel *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

/* "Source: …" or "Sources: …; …" as plain text. */
static char *
format_sources (GuideContent      *content,
                GuideOrganisation *org)
{
  const char * const *ids = guide_organisation_get_sources (org);
  g_autoptr(GString) list = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GuideSource *source = guide_id_list_lookup (guide_content_get_sources (content), ids[i]);
      g_autofree char *citation = NULL;

      if (source == NULL)
        continue;

      citation = guide_source_format (source);
      if (n++ > 0)
        {
          /* Translators: a sentence, then another that adds to it (a note); in
           * languages written without spaces the space may go */
          g_autofree char *both = g_strdup_printf (C_("two sentences", "%s %s"), list->str, citation);

          g_string_assign (list, both);
        }
      else
        g_string_append (list, citation);
    }

  /* Translators: %s is one or more citations */
  return g_strdup_printf (ngettext ("Source: %s", "Sources: %s", n), list->str);
}

static GtkWidget *
create_card (GuideSupportPage  *self,
             GuideOrganisation *org)
{
  GtkBox *card = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  const char *name = guide_organisation_get_name (org);
  const char *website = guide_organisation_get_website (org);
  gboolean finder = guide_organisation_get_kind (org) == GUIDE_ORGANISATION_TRIAL_FINDER;
  g_autofree char *sources = format_sources (self->content, org);
  g_autofree char *button_name = NULL;
  GtkWidget *button, *content;
  Card *info = g_new0 (Card, 1);

  gtk_widget_add_css_class (GTK_WIDGET (card), "card");
  gtk_widget_add_css_class (GTK_WIDGET (card), "support-card");
  /* A screen reader announces the card by the organisation's name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  info->card = GTK_WIDGET (card);
  info->labels[GUIDE_ORGANISATION_FIELD_NAME] = add_label (card, name, "support-name");
  if (guide_organisation_get_region (org) != NULL)
    info->labels[GUIDE_ORGANISATION_FIELD_REGION] =
      add_label (card, guide_organisation_get_region (org), "dim-label");
  info->labels[GUIDE_ORGANISATION_FIELD_DESCRIPTION] =
    add_label (card, guide_organisation_get_description (org), NULL);

  if (guide_organisation_get_helpline (org) != NULL)
    {
      GtkBox *row = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8));
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "phone-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);
      GtkLabel *label;

      gtk_box_append (row, icon);
      /* Translators: comes before an organisation's phone number */
      gtk_box_append (row, gtk_label_new (_("Helpline:")));
      label = GTK_LABEL (gtk_label_new (guide_organisation_get_helpline (org)));
      /* Selectable, so it can be copied; a number is never a link here. */
      gtk_label_set_selectable (label, TRUE);
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_xalign (label, 0);
      gtk_widget_add_css_class (GTK_WIDGET (label), "support-helpline");
      gtk_box_append (row, GTK_WIDGET (label));
      gtk_box_append (card, GTK_WIDGET (row));
      info->labels[GUIDE_ORGANISATION_FIELD_HELPLINE] = label;
    }

  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "web-browser-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content),
                                /* Translators: buttons on an organisation's card: open a trial
                                 * finder's search, or the organisation's website, in the web
                                 * browser */
                                finder ? _("Search for ROS1 Trials") : _("Visit Website"));
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_tooltip_text (button, website);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-link");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (website));
  button_name = finder
    /* Translators: %s is the name of a website that lists clinical trials */
    ? g_strdup_printf (_("Search %s for ROS1 trials (opens in your web browser)"), name)
    /* Translators: %s is the name of an organisation */
    : g_strdup_printf (_("Visit the website of %s (opens in your web browser)"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  button_name, -1);
  gtk_box_append (card, button);
  info->button = button;

  gtk_widget_add_css_class (GTK_WIDGET (add_label (card, sources, "support-source")), "dim-label");

  g_hash_table_replace (self->cards, g_strdup (guide_organisation_get_id (org)), info);

  return GTK_WIDGET (card);
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
clear_highlight (GuideSupportPage *self)
{
  if (self->highlighted != NULL)
    gtk_label_set_attributes (self->highlighted, NULL);
  self->highlighted = NULL;
}

static void
build (GuideSupportPage *self)
{
  GListModel *organisations = G_LIST_MODEL (guide_content_get_organisations (self->content));
  guint n = g_list_model_get_n_items (organisations);
  gboolean any_group = FALSE, any_finder = FALSE;

  clear_highlight (self);
  g_hash_table_remove_all (self->cards);
  remove_children (self->groups);
  remove_children (self->finders);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideOrganisation) org = g_list_model_get_item (organisations, i);
      gboolean finder = guide_organisation_get_kind (org) == GUIDE_ORGANISATION_TRIAL_FINDER;

      gtk_box_append (finder ? self->finders : self->groups, create_card (self, org));
      any_finder |= finder;
      any_group |= !finder;
    }

  gtk_widget_set_visible (self->groups_heading, any_group);
  gtk_widget_set_visible (GTK_WIDGET (self->groups), any_group);
  gtk_widget_set_visible (self->finders_heading, any_finder);
  gtk_widget_set_visible (GTK_WIDGET (self->finders), any_finder);
  gtk_widget_set_visible (self->offline_note, n > 0);
}

/* Shows the organisations of @content under @topic's title, from the top,
 * with no highlight. */
void
guide_support_page_show_topic (GuideSupportPage *self,
                               GuideContent     *content,
                               GuideTopic       *topic)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (GUIDE_IS_SUPPORT_PAGE (self));
  g_return_if_fail (GUIDE_IS_CONTENT (content));
  g_return_if_fail (GUIDE_IS_TOPIC (topic));

  gtk_label_set_label (self->title, guide_topic_get_title (topic));

  if (g_set_object (&self->content, content))
    build (self);
  else
    clear_highlight (self);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* Brings the card of @organisation_id into view and moves the keyboard
 * focus to its website button; FALSE if there is no such card. */
gboolean
guide_support_page_show_item (GuideSupportPage *self,
                              const char       *organisation_id)
{
  Card *card;

  g_return_val_if_fail (GUIDE_IS_SUPPORT_PAGE (self), FALSE);

  card = organisation_id ? g_hash_table_lookup (self->cards, organisation_id) : NULL;
  if (card == NULL)
    return FALSE;

  /* The scrolled window follows the focus. */
  gtk_widget_grab_focus (card->button);

  return TRUE;
}

/* Marks characters @start to @end of @field of an organisation as a
 * search match and brings its card into view. */
gboolean
guide_support_page_highlight (GuideSupportPage *self,
                              const char       *organisation_id,
                              guint             field,
                              guint             start,
                              guint             end)
{
  GuideSearchRange range = { start, end };
  PangoAttrList *attrs;
  Card *card;
  GtkLabel *label;

  g_return_val_if_fail (GUIDE_IS_SUPPORT_PAGE (self), FALSE);

  card = organisation_id ? g_hash_table_lookup (self->cards, organisation_id) : NULL;
  if (card == NULL || field >= G_N_ELEMENTS (card->labels) || card->labels[field] == NULL)
    return FALSE;

  clear_highlight (self);
  label = card->labels[field];
  attrs = guide_highlight_attributes (gtk_label_get_text (label), &range, 1);
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
  self->highlighted = label;

  return guide_support_page_show_item (self, organisation_id);
}

/* The card of @organisation_id, or NULL. */
GtkWidget *
guide_support_page_get_card (GuideSupportPage *self,
                             const char       *organisation_id)
{
  Card *card;

  g_return_val_if_fail (GUIDE_IS_SUPPORT_PAGE (self), NULL);

  card = g_hash_table_lookup (self->cards, organisation_id);

  return card ? card->card : NULL;
}

/* The label that shows a search match, or NULL. */
GtkLabel *
guide_support_page_get_highlighted_label (GuideSupportPage *self)
{
  g_return_val_if_fail (GUIDE_IS_SUPPORT_PAGE (self), NULL);
  return self->highlighted;
}
