/* test-bad-input.c - damaged data files and articles, and where links go
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of docs/bad-input.md that are not already covered by
 * test-handbook.c, test-markdown.c and test-window.c. For every damaged
 * file: the loader fails with a message that is valid text and names the
 * file (and the field), nothing crashes, and the file is left exactly as
 * it was. Runs with G_DEBUG=fatal-warnings: a warning is a failure.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "guide-content.h"
#include "guide-link.h"
#include "guide-test-util.h"

#define SOURCES \
  "{ \"sources\": [ { \"id\": \"src\", \"title\": \"A source\", " \
  "\"url\": \"https://example.org\", \"date\": \"2020-01-02\" } ] }"

#define HANDBOOK \
  "{ \"reviewed\": \"2026-11-26\", \"sections\": [ { \"id\": \"s\", \"title\": \"Section\", " \
  "\"topics\": [ { \"id\": \"a\", \"title\": \"A\", \"article\": \"articles/a.md\", " \
  "\"reviewed\": \"2026-11-26\", \"sources\": [\"src\"] } ] } ] }"

#define ARTICLE "# A\n\nText of A, with a [link](topic:a).\n"

#define TEN_MIB (10 * 1024 * 1024)

typedef struct
{
  const char    *name;         /* what is wrong */
  const char    *contents;     /* NULL: see length */
  gssize         length;       /* -1: strlen; -2: the file is missing; -3: a folder */
  GuideDataError code;
  const char    *must_contain; /* in the message, or NULL */
} Damage;

/* The good content a damaged file is put into: made in a new folder. */
typedef GFile *(*ContentFunc) (void);

/* Just enough content: sources.json, handbook.json and one article. */
static GFile *
minimal_content (void)
{
  const char *files[] = {
    "sources.json", SOURCES,
    "handbook.json", HANDBOOK,
    "articles/a.md", ARTICLE,
    NULL,
  };

  return guide_test_write_files (files);
}

static void
copy_resource_tree (const char *resource_path,
                    const char *path)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (resource_path, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child_resource = g_strconcat (resource_path, children[i], NULL);
      g_autofree char *name = g_strdup (children[i]);
      g_autofree char *child_path = NULL;

      if (g_str_has_suffix (name, "/"))
        name[strlen (name) - 1] = '\0';
      child_path = g_build_filename (path, name, NULL);

      if (g_str_has_suffix (children[i], "/"))
        copy_resource_tree (child_resource, child_path);
      else
        {
          g_autoptr(GBytes) bytes = g_resources_lookup_data (child_resource, 0, &error);
          gsize size;
          const char *data;

          g_assert_no_error (error);
          data = g_bytes_get_data (bytes, &size);
          g_file_set_contents (child_path, data, size, &error);
          g_assert_no_error (error);
        }
    }
}

/* The content that ships, every page and data file of it. */
static GFile *
shipped_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ros1-guide-test-XXXXXX", &error);

  g_assert_no_error (error);
  copy_resource_tree (RESOURCE_BASE "/content/", dir);

  return g_file_new_for_path (dir);
}

/* Makes good content in a new folder, then replaces @file by @damage
 * (NULL: leaves it good). */
static GFile *
write_content (ContentFunc   make_content,
               const char   *file,
               const Damage *damage,
               const char   *contents,
               gsize         length)
{
  g_autoptr(GFile) dir = make_content ();
  g_autoptr(GFile) target = g_file_resolve_relative_path (dir, file);
  g_autofree char *path = g_file_get_path (target);
  g_autoptr(GError) error = NULL;

  if (damage == NULL)
    return g_steal_pointer (&dir);

  g_assert_cmpint (g_unlink (path), ==, 0);
  if (damage->length == -3)
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else if (damage->length != -2)
    {
      g_file_set_contents (path, contents, length, &error);
      g_assert_no_error (error);
    }

  return g_steal_pointer (&dir);
}

static void
assert_message (const GError  *error,
                GuideDataError code,
                const char    *file,
                const char    *must_contain)
{
  g_autofree char *basename = g_path_get_basename (file);

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, GUIDE_DATA_ERROR, (int) code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, basename));
  if (must_contain != NULL)
    g_assert_nonnull (strstr (error->message, must_contain));
}

/* The file is as it was written: the loader changed nothing. */
static void
assert_untouched (GFile        *dir,
                  const char   *file,
                  const Damage *damage,
                  const char   *contents,
                  gsize         length)
{
  g_autoptr(GFile) target = g_file_resolve_relative_path (dir, file);
  g_autofree char *path = g_file_get_path (target);
  g_autofree char *now = NULL;
  gsize now_length = 0;

  if (damage->length == -2)
    {
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      return;
    }
  if (damage->length == -3)
    {
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
      return;
    }

  g_assert_true (g_file_get_contents (path, &now, &now_length, NULL));
  g_assert_cmpmem (now, now_length, contents, length);
}

static char *
huge_json (const char *field)
{
  GString *huge = g_string_new ("{ \"");

  g_string_append_printf (huge, "%s\": [], \"x\": \"", field);
  while (huge->len < TEN_MIB)
    g_string_append (huge, "0123456789abcdef");
  g_string_append (huge, "\" }");

  return g_string_free (huge, FALSE);
}

static char *
deeply_nested (const char *field,
               guint       depth)
{
  GString *json = g_string_new ("{ \"");

  g_string_append_printf (json, "%s\": ", field);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append (json, " }");

  return g_string_free (json, FALSE);
}

/* Damage that any JSON data file can suffer. */
static const Damage json_damage[] = {
  { "missing", NULL, -2, GUIDE_DATA_ERROR_NOT_FOUND, "missing" },
  { "a folder in its place", NULL, -3, GUIDE_DATA_ERROR_NOT_FOUND, "could not be read" },
  { "empty", "", -1, GUIDE_DATA_ERROR_PARSE, "empty" },
  { "only white space", " \n\t\n", -1, GUIDE_DATA_ERROR_PARSE, "empty" },
  { "cut short", "{ \"sources\": [ { \"id\": ", -1, GUIDE_DATA_ERROR_PARSE, "JSON" },
  { "not JSON at all", "sources = [a, b]", -1, GUIDE_DATA_ERROR_PARSE, "JSON" },
  { "not UTF-8", "\xff\xfe{ }", -1, GUIDE_DATA_ERROR_PARSE, "UTF-8" },
  { "a NUL byte", "{ \"so\0urces\": [] }", 18, GUIDE_DATA_ERROR_PARSE, "UTF-8" },
  { "an escaped NUL", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"Before\\u0000after\" } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "NUL" },
  { "half a surrogate pair", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"x\\ud800y\" } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "Unicode" },
  { "half a surrogate pair in a name", "{ \"sources\": [ { \"id\": \"src\", \"tit\\ud800le\" 1 } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "Unicode" },
  { "half a surrogate pair, then another escape",
    "{ \"sources\": [ { \"id\": \"src\", \"title\": \"x\\ud83d\\u0041\" } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "Unicode" },
  { "a lone second half of a pair", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"x\\udc00\" } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "Unicode" },
  { "an escape cut short", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"x\\ud83d\\u12\" } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "escape" },
  { "an escape JSON does not have", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"x\\iy\" } ] }",
    -1, GUIDE_DATA_ERROR_PARSE, "escape" },
  { "more data after the end", "null " SOURCES, -1, GUIDE_DATA_ERROR_PARSE, "more after" },
  { "two objects", "{ \"sources\": [] } { \"sources\": [] }", -1, GUIDE_DATA_ERROR_PARSE, "more after" },
  { "nested 100000 deep", NULL, 100000, GUIDE_DATA_ERROR_PARSE, "deeply" },
  { "huge (10 MiB)", NULL, TEN_MIB, GUIDE_DATA_ERROR_TOO_LARGE, "too large" },
};

/* Damage particular to sources.json: wrong types and wrong values. */
static const Damage sources_damage[] = {
  { "a list at the top", "[ " SOURCES " ]", -1, GUIDE_DATA_ERROR_WRONG_TYPE, "an object" },
  { "text at the top", "\"sources\"", -1, GUIDE_DATA_ERROR_WRONG_TYPE, "an object" },
  { "the list is an object", "{ \"sources\": { \"id\": \"src\" } }", -1,
    GUIDE_DATA_ERROR_WRONG_TYPE, "“sources”" },
  { "the list is missing", "{ }", -1, GUIDE_DATA_ERROR_MISSING_FIELD, "“sources”" },
  { "the list is null", "{ \"sources\": null }", -1, GUIDE_DATA_ERROR_MISSING_FIELD, "“sources”" },
  { "an entry is a number", "{ \"sources\": [ 1 ] }", -1, GUIDE_DATA_ERROR_WRONG_TYPE, "item 1" },
  { "a title is a number", "{ \"sources\": [ { \"id\": \"src\", \"title\": 5, \"date\": \"2020\" } ] }",
    -1, GUIDE_DATA_ERROR_WRONG_TYPE, "“title”" },
  { "an id is a list", "{ \"sources\": [ { \"id\": [\"src\"], \"title\": \"T\", \"date\": \"2020\" } ] }",
    -1, GUIDE_DATA_ERROR_WRONG_TYPE, "“id”" },
  { "a date is true", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"T\", \"date\": true } ] }",
    -1, GUIDE_DATA_ERROR_WRONG_TYPE, "“date”" },
  { "a title is missing", "{ \"sources\": [ { \"id\": \"src\", \"date\": \"2020\" } ] }",
    -1, GUIDE_DATA_ERROR_MISSING_FIELD, "“title”" },
  { "a title is blank", "{ \"sources\": [ { \"id\": \"src\", \"title\": \" \", \"date\": \"2020\" } ] }",
    -1, GUIDE_DATA_ERROR_MISSING_FIELD, "“title”" },
  { "an unknown field", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"T\", \"date\": \"2020\", "
    "\"colour\": \"red\" } ] }", -1, GUIDE_DATA_ERROR_UNKNOWN_FIELD, "“colour”" },
  { "an unknown field at the top", "{ \"sources\": [], \"extra\": 1 }", -1,
    GUIDE_DATA_ERROR_UNKNOWN_FIELD, "“extra”" },
  { "an id used twice", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"T\", \"date\": \"2020\" }, "
    "{ \"id\": \"src\", \"title\": \"U\", \"date\": \"2021\" } ] }", -1, GUIDE_DATA_ERROR_DUPLICATE_ID, "“src”" },
  { "a bad id", "{ \"sources\": [ { \"id\": \"Not An Id\", \"title\": \"T\", \"date\": \"2020\" } ] }",
    -1, GUIDE_DATA_ERROR_INVALID_VALUE, "Not An Id" },
  { "an address that is not https", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"T\", "
    "\"url\": \"http://example.org\", \"date\": \"2020\" } ] }", -1, GUIDE_DATA_ERROR_INVALID_VALUE, "https" },
  { "a javascript: address", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"T\", "
    "\"url\": \"javascript:alert(1)\", \"date\": \"2020\" } ] }", -1, GUIDE_DATA_ERROR_INVALID_VALUE, "“url”" },
  { "a date that does not exist", "{ \"sources\": [ { \"id\": \"src\", \"title\": \"T\", "
    "\"date\": \"2026-02-30\" } ] }", -1, GUIDE_DATA_ERROR_INVALID_VALUE, "2026-02-30" },
  { "a source the handbook cites is gone", "{ \"sources\": [ { \"id\": \"other\", \"title\": \"T\", "
    "\"date\": \"2020\" } ] }", -1, GUIDE_DATA_ERROR_BAD_REFERENCE, "“src”" },
};

/* Loads content with @file damaged: it must fail with @damage's error,
 * and leave the file as it was. @member is the file's list, which
 * generated damage (too deep, too large) uses. */
static void
check_damage (ContentFunc   make_content,
              const char   *file,
              const char   *member,
              const Damage *damage)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideContent) content = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *generated = NULL;
  const char *contents = damage->contents;
  gsize length = damage->length >= 0 ? (gsize) damage->length : 0;
  const char *error_file = file;

  g_test_message ("%s: %s", file, damage->name);

  if (damage->length == 100000)
    contents = generated = deeply_nested (member, 100000);
  else if (damage->length == TEN_MIB)
    contents = generated = huge_json (member);

  if (contents != NULL && damage->length < 0)
    length = strlen (contents);
  else if (generated != NULL)
    length = strlen (generated);

  dir = write_content (make_content, file, damage, contents, length);
  content = guide_content_new_from_directory (dir, &error);
  g_assert_null (content);

  /* A source that the handbook cites but that is gone is the handbook's
   * error: it is the handbook that names it. */
  if (damage->code == GUIDE_DATA_ERROR_BAD_REFERENCE)
    error_file = "handbook.json";

  assert_message (error, damage->code, error_file, damage->must_contain);
  assert_untouched (dir, file, damage, contents, length);
  guide_test_remove_tree (dir);
}

/* The damage any JSON file can suffer (json_damage), moved into @file's
 * own list, @member; then the wrong types any list file can have.
 * @others: the file's other required fields, written before the list. */
static void
check_json_file (ContentFunc make_content,
                 const char *file,
                 const char *member,
                 const char *others)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", member);
  g_autofree char *list_object = g_strdup_printf ("{ %s%s: { \"id\": \"x\" } }", others, quoted);
  g_autofree char *number_entry = g_strdup_printf ("{ %s%s: [ 1 ] }", others, quoted);
  g_autofree char *named = g_strdup_printf ("“%s”", member);
  const Damage wrong_types[] = {
    { "a list at the top", "[ ]", -1, GUIDE_DATA_ERROR_WRONG_TYPE, "an object" },
    { "text at the top", "\"text\"", -1, GUIDE_DATA_ERROR_WRONG_TYPE, "an object" },
    { "the list is an object", list_object, -1, GUIDE_DATA_ERROR_WRONG_TYPE, named },
    { "an entry is a number", number_entry, -1, GUIDE_DATA_ERROR_WRONG_TYPE, "item 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (json_damage); i++)
    {
      Damage damage = json_damage[i];
      g_autoptr(GString) moved = NULL;

      if (damage.contents != NULL && damage.length < 0)
        {
          moved = g_string_new (damage.contents);
          g_string_replace (moved, "\"sources\"", quoted, 0);
          damage.contents = moved->str;
        }
      check_damage (make_content, file, member, &damage);
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrong_types); i++)
    check_damage (make_content, file, member, &wrong_types[i]);
}

static void
test_sources_json (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (json_damage); i++)
    check_damage (minimal_content, "sources.json", "sources", &json_damage[i]);
  for (guint i = 0; i < G_N_ELEMENTS (sources_damage); i++)
    check_damage (minimal_content, "sources.json", "sources", &sources_damage[i]);
}

/* test-handbook.c covers the handbook's own fields; here, the damage any
 * JSON file can suffer, found by fuzzing: each once crashed, leaked, or
 * let broken text through to the screen. */
static void
test_handbook_json (void)
{
  check_json_file (minimal_content, "handbook.json", "sections", "\"reviewed\": \"2026-11-26\", ");
}

/* The files the pages of the shipped handbook need: the therapy grid's,
 * the support page's and the visit page's. Their own fields are covered
 * by test-therapies.c, test-support.c and test-content.c. */
static void
test_therapies_json (void)
{
  check_json_file (shipped_content, "therapies.json", "therapies", "\"as-of\": \"2026-11-26\", ");
}

static void
test_support_json (void)
{
  check_json_file (shipped_content, "support.json", "organisations", "");
}

static void
test_questions_json (void)
{
  check_json_file (shipped_content, "questions.json", "questions", "");
}

/* Good content loads: the cases above fail for their damage alone. */
static void
test_good_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = write_content (minimal_content, "sources.json", NULL, NULL, 0);
  g_autoptr(GFile) shipped = write_content (shipped_content, "sources.json", NULL, NULL, 0);
  g_autoptr(GuideContent) content = guide_content_new_from_directory (dir, &error);
  g_autoptr(GuideContent) shipped_loaded = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (content);
  guide_test_remove_tree (dir);

  shipped_loaded = guide_content_new_from_directory (shipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (guide_content_get_therapies (shipped_loaded))), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (guide_content_get_organisations (shipped_loaded))), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (guide_content_get_questions (shipped_loaded))), >, 0);
  guide_test_remove_tree (shipped);
}

/* An article: loaded after the index was read, when its topic is shown. */
static GuideDocument *
load_article (const char *contents,
              gssize      length,
              GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) dir = write_content (minimal_content, "articles/a.md", NULL, NULL, 0);
  g_autoptr(GuideContent) content = guide_content_new_from_directory (dir, &local_error);
  g_autoptr(GFile) article = g_file_resolve_relative_path (dir, "articles/a.md");
  g_autofree char *path = g_file_get_path (article);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  GuideDocument *doc;

  g_assert_no_error (local_error);

  /* The damage happens after start-up, as when a file breaks on disk. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  if (length == -3)
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else if (length != -2)
    {
      g_file_set_contents (path, contents, length, &local_error);
      g_assert_no_error (local_error);
      g_file_get_contents (path, &before, &before_length, NULL);
    }

  doc = guide_content_load_article (content,
                                    guide_handbook_lookup (guide_content_get_handbook (content), "a"),
                                    error);

  if (before != NULL)
    {
      g_file_get_contents (path, &after, &after_length, NULL);
      g_assert_cmpmem (before, before_length, after, after_length);
    }
  guide_test_remove_tree (dir);

  return doc;
}

static char *
document_text (GuideDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const GuideBlock *block = g_ptr_array_index (doc->blocks, i);

      g_string_append_printf (text, "%s%s\n", block->marker ? block->marker : "", block->text);
    }

  return g_string_free (text, FALSE);
}

static void
test_article_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) doc = load_article (NULL, -2, &error);

  g_assert_null (doc);
  assert_message (error, GUIDE_DATA_ERROR_NOT_FOUND, "a.md", "missing");
}

static void
test_article_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) doc = load_article (NULL, -3, &error);

  g_assert_null (doc);
  assert_message (error, GUIDE_DATA_ERROR_NOT_FOUND, "a.md", "could not be read");
}

static void
test_article_huge (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (TEN_MIB, 'x');
  g_autoptr(GuideDocument) doc = load_article (huge, TEN_MIB, &error);

  g_assert_null (doc);
  assert_message (error, GUIDE_DATA_ERROR_TOO_LARGE, "a.md", "too large");
}

/* An empty article is an empty page (its title, date and sources come
 * from the index): no error, nothing to lose. */
static void
test_article_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) doc = load_article ("", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (doc->blocks->len, ==, 0);
}

/* Broken bytes show as U+FFFD; nothing after them is lost. */
static void
test_article_not_utf8 (void)
{
  static const char broken[] = "# Title \xff\xfe\n\nBefore \xc3\x28 after.\n\nLast \xe2\x82 paragraph.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) doc = load_article (broken, sizeof broken - 1, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = document_text (doc);
  g_assert_cmpstr (text, ==, "Title \xef\xbf\xbd\xef\xbf\xbd\n"
                             "Before \xef\xbf\xbd( after.\n"
                             "Last \xef\xbf\xbd\xef\xbf\xbd paragraph.\n");
}

/* A NUL byte once cut the article short: everything after it was lost. */
static void
test_article_nul_byte (void)
{
  static const char with_nul[] = "First paragraph with a NUL \0 in it.\n\nSecond paragraph.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) doc = load_article (with_nul, sizeof with_nul - 1, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = document_text (doc);
  g_assert_cmpstr (text, ==, "First paragraph with a NUL \xef\xbf\xbd in it.\nSecond paragraph.\n");
}

/* Old Mac line ends (a lone CR) once cut articles into the wrong blocks
 * for translation, so that list items changed their nesting. */
static void
test_article_line_ends (void)
{
  static const char * const forms[] = {
    "# Title\r\rIntro.\r\r- one\r- two\r  - nested\r\rEnd.\r",
    "# Title\r\n\r\nIntro.\r\n\r\n- one\r\n- two\r\n  - nested\r\n\r\nEnd.\r\n",
    "# Title\n\nIntro.\r\n\r- one\n- two\r  - nested\n\nEnd.",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GuideDocument) unix_doc = load_article ("# Title\n\nIntro.\n\n- one\n- two\n  - nested\n\nEnd.\n",
                                                    -1, &error);
  g_autofree char *expected = document_text (unix_doc);

  g_assert_no_error (error);
  g_assert_cmpstr (expected, ==, "Title\nIntro.\n•one\n•two\n◦nested\nEnd.\n");

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GuideDocument) doc = load_article (forms[i], -1, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = document_text (doc);
      g_assert_cmpstr (text, ==, expected);
    }
}

/* What every kind of link may do (docs/bad-input.md, "Links"); the window
 * test checks what following each one does. */
static void
test_link_schemes (void)
{
  static const struct { const char *uri; GuideLinkKind kind; } links[] = {
    { "topic:welcome", GUIDE_LINK_TOPIC },
    { "topic:welcome#why", GUIDE_LINK_TOPIC },
    { "TOPIC:welcome", GUIDE_LINK_TOPIC },
    { "topic:", GUIDE_LINK_REFUSED },
    { "topic:../../etc/passwd", GUIDE_LINK_REFUSED },
    { "topic:Welcome Page", GUIDE_LINK_REFUSED },
    { "glossary:tki", GUIDE_LINK_TOPIC },
    { "glossary:", GUIDE_LINK_REFUSED },
    { "glossary:tki#x", GUIDE_LINK_REFUSED },
    { "https://example.org/page?a=1#b", GUIDE_LINK_EXTERNAL },
    { "HTTPS://EXAMPLE.ORG", GUIDE_LINK_EXTERNAL },
    { "https://", GUIDE_LINK_REFUSED },
    { "https:example.org", GUIDE_LINK_REFUSED },
    { "mailto:help@example.org", GUIDE_LINK_EXTERNAL },
    { "mailto:", GUIDE_LINK_REFUSED },
    { "http://example.org", GUIDE_LINK_REFUSED },
    { "javascript:alert(1)", GUIDE_LINK_REFUSED },
    { "JavaScript:alert(1)", GUIDE_LINK_REFUSED },
    { " javascript:alert(1)", GUIDE_LINK_REFUSED },
    { "file:///etc/passwd", GUIDE_LINK_REFUSED },
    { "data:text/html,<script>alert(1)</script>", GUIDE_LINK_REFUSED },
    { "tel:+15555550100", GUIDE_LINK_REFUSED },
    { "ftp://example.org", GUIDE_LINK_REFUSED },
    { "resource:///com/example/Ros1Guide/content/sources.json", GUIDE_LINK_REFUSED },
    { "", GUIDE_LINK_REFUSED },
    { "welcome", GUIDE_LINK_REFUSED },
    { "./welcome.md", GUIDE_LINK_REFUSED },
    { "../articles/welcome.md", GUIDE_LINK_REFUSED },
    { "/etc/passwd", GUIDE_LINK_REFUSED },
    { "#heading", GUIDE_LINK_REFUSED },
    { "//example.org", GUIDE_LINK_REFUSED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *topic = NULL;
      g_autofree char *anchor = NULL;
      GuideLinkKind kind = guide_link_classify (links[i].uri, &topic, &anchor);

      g_test_message ("“%s”", links[i].uri);
      g_assert_cmpint (kind, ==, links[i].kind);
      g_assert_true ((kind == GUIDE_LINK_TOPIC) == (topic != NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  guide_test_init (&argc, &argv);

  g_test_add_func ("/bad-input/good-content", test_good_content);
  g_test_add_func ("/bad-input/sources-json", test_sources_json);
  g_test_add_func ("/bad-input/handbook-json", test_handbook_json);
  g_test_add_func ("/bad-input/therapies-json", test_therapies_json);
  g_test_add_func ("/bad-input/support-json", test_support_json);
  g_test_add_func ("/bad-input/questions-json", test_questions_json);
  g_test_add_func ("/bad-input/article/missing", test_article_missing);
  g_test_add_func ("/bad-input/article/folder", test_article_folder);
  g_test_add_func ("/bad-input/article/huge", test_article_huge);
  g_test_add_func ("/bad-input/article/empty", test_article_empty);
  g_test_add_func ("/bad-input/article/not-utf8", test_article_not_utf8);
  g_test_add_func ("/bad-input/article/nul-byte", test_article_nul_byte);
  g_test_add_func ("/bad-input/article/line-ends", test_article_line_ends);
  g_test_add_func ("/bad-input/link-schemes", test_link_schemes);

  return g_test_run ();
}
