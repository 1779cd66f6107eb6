/* guide-extract-content.c - writes the content's translatable text as a PO template
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: ros1-guide-extract-content CONTENT-DIR OUTPUT.pot [PATH-PREFIX]
 *
 * The content is loaded by the same code the app uses, with a recorder in
 * place of gettext, so the messages are exactly the ones looked up at run
 * time: data strings, and articles block by block.
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "guide-content.h"
#include "guide-i18n.h"

typedef struct
{
  char      *msgid;
  char      *comment;
  GPtrArray *origins;
} Entry;

typedef struct
{
  GPtrArray  *entries;  /* in order of first use */
  GHashTable *by_msgid;
  const char *prefix;
} Catalog;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->msgid);
  g_free (entry->comment);
  g_ptr_array_unref (entry->origins);
  g_free (entry);
}

static void
record (const char *msgid,
        const char *origin,
        const char *comment,
        gpointer    user_data)
{
  Catalog *catalog = user_data;
  Entry *entry = g_hash_table_lookup (catalog->by_msgid, msgid);
  g_autofree char *where = g_strconcat (catalog->prefix, origin ? origin : "", NULL);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->msgid = g_strdup (msgid);
      entry->comment = g_strdup (comment);
      entry->origins = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (catalog->entries, entry);
      g_hash_table_insert (catalog->by_msgid, entry->msgid, entry);
    }

  if (!g_ptr_array_find_with_equal_func (entry->origins, where, g_str_equal, NULL))
    g_ptr_array_add (entry->origins, g_steal_pointer (&where));
}

/* Writes @text as a PO string, one line of output per line of text. */
static void
write_po_string (GString    *out,
                 const char *keyword,
                 const char *text)
{
  gboolean multiline = strchr (text, '\n') != NULL;

  g_string_append_printf (out, "%s ", keyword);
  if (multiline)
    g_string_append (out, "\"\"\n\"");
  else
    g_string_append_c (out, '"');

  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\n':
          g_string_append (out, "\\n");
          if (p[1] != '\0')
            g_string_append (out, "\"\n\"");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  g_string_append (out, "\"\n");
}

static char *
format_catalog (Catalog *catalog)
{
  GString *out = g_string_new (
    "# Translatable content of ROS1 Guide: articles (block by block) and data.\n"
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Content-Transfer-Encoding: 8bit\\n\"\n");

  for (guint i = 0; i < catalog->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (catalog->entries, i);

      g_string_append_c (out, '\n');
      if (entry->comment != NULL)
        g_string_append_printf (out, "#. %s\n", entry->comment);
      for (guint j = 0; j < entry->origins->len; j++)
        g_string_append_printf (out, "#: %s\n", (char *) g_ptr_array_index (entry->origins, j));
      if (strstr (entry->msgid, "%") != NULL)
        g_string_append (out, "#, no-c-format\n");
      write_po_string (out, "msgid", entry->msgid);
      write_po_string (out, "msgstr", "");
    }

  return g_string_free (out, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GuideContent) content = NULL;
  g_autofree char *pot = NULL;
  Catalog catalog = { 0 };
  GListModel *topics;

  setlocale (LC_ALL, "");

  if (argc < 3)
    {
      g_printerr ("Usage: %s CONTENT-DIR OUTPUT.pot [PATH-PREFIX]\n", argv[0]);
      return EXIT_FAILURE;
    }

  catalog.entries = g_ptr_array_new_with_free_func (entry_free);
  catalog.by_msgid = g_hash_table_new (g_str_hash, g_str_equal);
  catalog.prefix = argc > 3 ? argv[3] : "";
  guide_i18n_set_recorder (record, &catalog);

  directory = g_file_new_for_commandline_arg (argv[1]);
  content = guide_content_new_from_directory (directory, &error);
  if (content == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  topics = guide_handbook_get_topics (guide_content_get_handbook (content));
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *markdown = NULL;

      if (guide_topic_get_article (topic) == NULL)
        continue;

      markdown = guide_content_load_markdown (content, topic, NULL, &error);
      if (markdown == NULL)
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  pot = format_catalog (&catalog);
  if (!g_file_set_contents (argv[2], pot, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  guide_i18n_set_recorder (NULL, NULL);
  g_hash_table_unref (catalog.by_msgid);
  g_ptr_array_unref (catalog.entries);

  return EXIT_SUCCESS;
}
