/* guide-search-index.c - full-text search over everything the guide shows
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An in-memory inverted index. Each document is one block of text as the
 * reader sees it (a paragraph of an article, a topic's title, the
 * description of an organisation), so a hit knows where it is and which
 * characters to highlight. A document may also have context: words that
 * count for matching but are not shown (the topic's title and the heading
 * above a paragraph), so "entrectinib side effects" finds the paragraph
 * under "Side effects" in the entrectinib article.
 *
 * Words are folded before they are compared: lower case, accents and
 * other marks removed (é, ü, ñ -> e, u, n; ß -> ss), then a light stemmer
 * drops possessives and plural endings (entrectinib's -> entrectinib,
 * effects -> effect, therapies -> therapy). A query word also matches
 * longer words that start with it (as you type "nause", "nausea"), for
 * less than a whole-word match.
 *
 * Chinese, Japanese, Thai and other scripts written without spaces have
 * no words to split on, so a run of their characters is indexed as grams:
 * every two characters side by side, and every character on its own,
 * each at the position of its first character. A query's run is split
 * into its pairs (or is one character), and a document must hold them
 * all, like the words of a query; those that hold the pairs one after
 * another, as typed, come first, and only those characters are
 * highlighted. So 转移 is found in 脑转移 and in 转移性; and 脑转移 is
 * found where it is written, before a text where only 电脑转发 and 转移
 * stand apart.
 *
 * A document matches when every word of the query is in it (in its text
 * or its context, at least one in its text). Matches are ranked with
 * BM25, weighted by the kind of text, with a bonus where all the query's
 * words are in the text itself and another where they stand side by side;
 * ties keep the guide's reading order.
 *
 * What is indexed is decided in one table, index_sources[] below: a new
 * kind of content needs one function that calls
 * guide_search_index_add_text() for each of its texts.
 */
#define G_LOG_DOMAIN "guide-search-index"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "guide-organisation.h"
#include "guide-search-index.h"
#include "guide-therapy.h"

#define BM25_K1         1.2
#define BM25_B          0.75
#define CONTEXT_WEIGHT  0.3   /* a word in the context, against one in the text */
#define PREFIX_QUALITY  0.5   /* a word that starts with the query's, against the same word */
#define PHRASE_BONUS    1.5   /* the query's words side by side, in order */
#define TEXT_BONUS      1.25  /* every word of the query in the text itself */
#define PHRASE_CHECKED  200   /* how many of the best matches are checked for that */
#define SNIPPET_CHARS   120
#define SNIPPET_BEFORE  30    /* characters shown before the first match */

enum {
  FIELD_TEXT,
  FIELD_CONTEXT,
};

typedef struct
{
  guint32 term;
  guint32 doc;
  guint32 start;      /* characters in the document's text */
  guint32 end;
  guint32 position;   /* the word's number in its document (see Word) */
  guint8  field;
} Token;

typedef struct
{
  char   *stem;
  GArray *postings;   /* of guint32, indexes of tokens, in document order */
  double  idf;
} Term;

typedef struct
{
  const char *form;   /* a word as written, folded but not stemmed */
  guint32     term;
} Form;

typedef struct
{
  const char *topic_id;
  const char *item_id;
  int         block;
  const char *text;
  guint32     first_token;
  guint32     n_tokens;
  guint32     n_text_tokens;
  guint32     n_positions;   /* of words in the text */
  float       weight;
} Doc;

typedef struct
{
  float   score;
  guint32 mask;       /* query words found */
  guint32 text_mask;  /* query words found in the text */
  guint32 stamp;      /* the query that last touched it */
} Accumulator;

struct _GuideSearchIndex
{
  GObject       parent_instance;

  GStringChunk *strings;
  GArray       *docs;         /* of Doc */
  GArray       *tokens;       /* of Token */
  GPtrArray    *terms;        /* of Term */
  GHashTable   *term_by_stem; /* stem -> index + 1 */
  GHashTable   *form_set;     /* form -> term index + 1 */
  GHashTable   *titles;       /* topic id -> title */
  GHashTable   *item_titles;  /* "topic id/item id" -> title */

  /* Built when the first query comes after documents were added. */
  gboolean      ready;
  GArray       *forms;        /* of Form, sorted */
  double        avg_length;

  /* Scratch space for queries, one slot per document. */
  Accumulator  *acc;
  guint         acc_size;
  guint32       stamp;
  guint32      *term_masks;   /* one for each term: the query words it stands for */
  guint         term_masks_size;
};

G_DEFINE_FINAL_TYPE (GuideSearchIndex, guide_search_index, G_TYPE_OBJECT)

static void
term_free (gpointer data)
{
  Term *term = data;

  g_array_unref (term->postings);
  g_free (term);
}

static void
guide_search_index_finalize (GObject *object)
{
  GuideSearchIndex *self = (GuideSearchIndex *) object;

  g_clear_pointer (&self->forms, g_array_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->item_titles, g_hash_table_unref);
  g_clear_pointer (&self->form_set, g_hash_table_unref);
  g_clear_pointer (&self->term_by_stem, g_hash_table_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->tokens, g_array_unref);
  g_clear_pointer (&self->docs, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self->acc);
  g_free (self->term_masks);

  G_OBJECT_CLASS (guide_search_index_parent_class)->finalize (object);
}

static void
guide_search_index_class_init (GuideSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = guide_search_index_finalize;
}

static void
guide_search_index_init (GuideSearchIndex *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->docs = g_array_new (FALSE, FALSE, sizeof (Doc));
  self->tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  self->terms = g_ptr_array_new_with_free_func (term_free);
  self->term_by_stem = g_hash_table_new (g_str_hash, g_str_equal);
  self->form_set = g_hash_table_new (g_str_hash, g_str_equal);
  self->titles = g_hash_table_new (g_str_hash, g_str_equal);
  self->item_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* An empty index, to fill with guide_search_index_add_text(). */
GuideSearchIndex *
guide_search_index_new (void)
{
  return g_object_new (GUIDE_TYPE_SEARCH_INDEX, NULL);
}

/* Folding and words ------------------------------------------------------ */

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Appends @c to @word lower-cased, without accents or other marks. */
static void
append_folded (GString  *word,
               gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  /* Full-width letters and digits (ＲＯＳ１), as Chinese and Japanese
   * input methods may type them. */
  if (c >= 0xFF01 && c <= 0xFF5E)
    c -= 0xFEE0;

  if (c < 0x80)
    {
      g_string_append_c (word, g_ascii_tolower (c));
      return;
    }

  c = g_unichar_tolower (c);
  switch (c)
    {
    case 0x00DF: /* ß */
      g_string_append (word, "ss");
      return;
    case 0x00E6: /* æ */
      g_string_append (word, "ae");
      return;
    case 0x0153: /* œ */
      g_string_append (word, "oe");
      return;
    case 0x00F8: /* ø */
      g_string_append_c (word, 'o');
      return;
    case 0x0142: /* ł */
      g_string_append_c (word, 'l');
      return;
    case 0x0111: /* đ */
      g_string_append_c (word, 'd');
      return;
    case 0x0131: /* dotless i */
      g_string_append_c (word, 'i');
      return;
    default:
      break;
    }

  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n; i++)
    if (!g_unichar_ismark (parts[i]))
      g_string_append_unichar (word, g_unichar_tolower (parts[i]));
}

static gboolean
ends_with (const GString *word,
           const char    *suffix)
{
  gsize len = strlen (suffix);

  return word->len >= len && memcmp (word->str + word->len - len, suffix, len) == 0;
}

/* Drops plural endings of a folded word: "therapies" -> "therapy",
 * "effects" -> "effect", "efectos" -> "efecto"; leaves "ss", "us" and
 * "is" ("less", "virus", "metastasis") and short words alone. */
static void
stem (GString *word)
{
  if (word->len >= 5 && ends_with (word, "ies"))
    {
      g_string_truncate (word, word->len - 3);
      g_string_append_c (word, 'y');
    }
  else if (word->len >= 4 && ends_with (word, "s") &&
           !ends_with (word, "ss") && !ends_with (word, "us") && !ends_with (word, "is"))
    g_string_truncate (word, word->len - 1);
}

/* Whether @c belongs to a script written without spaces between words
 * (Chinese, Japanese, Thai and their neighbours): such text is indexed by
 * characters, not by words. */
static gboolean
is_unspaced (gunichar c)
{
  if (c < 0x0E00)
    return FALSE;

  /* The Katakana-Hiragana prolonged sound mark, full and half width. */
  if (c == 0x30FC || c == 0xFF70)
    return TRUE;

  if (!g_unichar_isalnum (c))
    return FALSE;

  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_BOPOMOFO:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Appends @c, a character of unspaced text or a mark on one, in its
 * canonical decomposition: marks stay, since they tell characters apart
 * there (か, が), but a text and a query agree however they were typed. */
static void
append_unspaced (GString  *unit,
                 gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));

  for (gsize i = 0; i < n; i++)
    g_string_append_unichar (unit, parts[i]);
}

/* A word of a text as the index sees it. */
typedef struct
{
  const char *form;      /* folded, as written */
  const char *stemmed;   /* folded and stemmed: what is compared */
  guint       start;     /* in characters */
  guint       end;
  guint       position;  /* the word's number; a gram's is its first character's */
  gboolean    gram;      /* one or two characters of unspaced text */
  gboolean    joined;    /* a gram that overlaps the gram before it by one character */
} Word;

typedef void (*WordFunc) (const Word *word,
                          gpointer    user_data);

typedef struct
{
  gsize offset;  /* of the character's text in the run's buffer */
  guint start;   /* in characters of the text */
  guint end;
} Unit;

/* Calls @func with the grams of a run of unspaced text: each pair of
 * characters side by side, and each character on its own, both at the
 * position of their first character. A run of one character is a gram
 * of one; a query (@query) asks for the pairs alone when it has them. */
static guint
split_run (const GString *text,
           const GArray  *units,
           guint          position,
           gboolean       query,
           WordFunc       func,
           gpointer       user_data)
{
  g_autoptr(GString) gram = g_string_new (NULL);
  guint n = units->len;

  for (guint i = 0; i < n; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);
      gsize unit_end = i + 1 < n ? g_array_index (units, Unit, i + 1).offset : text->len;
      Word word = { NULL, NULL, unit->start, unit->end, position + i, TRUE, FALSE };

      if (i + 1 < n)
        {
          const Unit *next = &g_array_index (units, Unit, i + 1);
          gsize next_end = i + 2 < n ? g_array_index (units, Unit, i + 2).offset : text->len;

          g_string_truncate (gram, 0);
          g_string_append_len (gram, text->str + unit->offset, next_end - unit->offset);
          word.form = word.stemmed = gram->str;
          word.end = next->end;
          word.joined = i > 0;
          func (&word, user_data);
        }

      if (!query || n == 1)
        {
          g_string_truncate (gram, 0);
          g_string_append_len (gram, text->str + unit->offset, unit_end - unit->offset);
          word.form = word.stemmed = gram->str;
          word.end = unit->end;
          word.joined = FALSE;
          func (&word, user_data);
        }
    }

  return position + n;
}

/* Splits @text into words and calls @func with each, folded, with its
 * place in characters; returns the number of positions used. A word is
 * a run of letters and digits. An apostrophe ends a word; an "s" after
 * one (entrectinib's) is no word of its own. Text in a script written
 * without spaces is cut into grams by split_run(), for a query
 * (@query) as it is typed, for a document in every way it can be
 * searched. */
static guint
split_text (const char *text,
            gboolean    query,
            WordFunc    func,
            gpointer    user_data)
{
  g_autoptr(GString) form = g_string_new (NULL);
  g_autoptr(GString) stemmed = g_string_new (NULL);
  g_autoptr(GString) run = g_string_new (NULL);
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (Unit));
  gboolean in_word = FALSE;
  gboolean after_apostrophe = FALSE;
  guint start = 0, offset = 0, position = 0;
  const char *p = text;

  for (;; offset++)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean in_run = units->len > 0;
      gboolean run_char = c != 0 && (is_unspaced (c) || (in_run && g_unichar_ismark (c)));
      gboolean word_char = c != 0 && !run_char &&
                           (g_unichar_isalnum (c) || (in_word && g_unichar_ismark (c)));

      if (in_run && !run_char)
        {
          position = split_run (run, units, position, query, func, user_data);
          g_array_set_size (units, 0);
        }

      if (run_char)
        {
          if (g_unichar_ismark (c))
            g_array_index (units, Unit, units->len - 1).end = offset + 1;
          else
            {
              Unit unit = { run->len, offset, offset + 1 };

              if (!in_run)
                {
                  g_string_truncate (run, 0);
                  unit.offset = 0;
                }
              g_array_append_val (units, unit);
            }
          append_unspaced (run, c);
        }

      if (word_char)
        {
          if (!in_word)
            {
              in_word = TRUE;
              start = offset;
              g_string_truncate (form, 0);
            }
          append_folded (form, c);
        }
      else if (in_word)
        {
          in_word = FALSE;

          if (form->len > 0 && !(after_apostrophe && g_str_equal (form->str, "s")))
            {
              Word word = { form->str, NULL, start, offset, position++, FALSE, FALSE };

              g_string_assign (stemmed, form->str);
              stem (stemmed);
              word.stemmed = stemmed->str;
              func (&word, user_data);
            }
        }

      if (c == 0)
        break;

      if (!word_char && !run_char)
        after_apostrophe = is_apostrophe (c);
      else if (run_char)
        after_apostrophe = FALSE;

      p = g_utf8_next_char (p);
    }

  return position;
}

static void
store_word (const Word *word,
            gpointer    user_data)
{
  char **out = user_data;

  if (*out == NULL)
    *out = g_strdup (word->stemmed);
}

/* The first word of @word as the index compares it (folded, stemmed),
 * or NULL if it has none; of Chinese or other text written without
 * spaces, its first two characters. */
char *
guide_search_normalize_word (const char *word)
{
  char *out = NULL;

  g_return_val_if_fail (word != NULL, NULL);

  split_text (word, TRUE, store_word, &out);

  return out;
}

/* Adding documents ------------------------------------------------------- */

typedef struct
{
  GuideSearchIndex *self;
  guint32           doc;
  guint8            field;
  guint32           base;       /* the position of the text's first word */
} AddData;

/* The term of @stemmed, made if new. @form (NULL for grams, which are
 * never looked up by their start) is kept for prefix look-ups. */
static guint32
intern_term (GuideSearchIndex *self,
             const char       *form,
             const char       *stemmed)
{
  gpointer value = g_hash_table_lookup (self->term_by_stem, stemmed);
  guint32 term;

  if (value != NULL)
    term = GPOINTER_TO_UINT (value) - 1;
  else
    {
      Term *t = g_new0 (Term, 1);

      t->stem = g_string_chunk_insert_const (self->strings, stemmed);
      t->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
      term = self->terms->len;
      g_ptr_array_add (self->terms, t);
      g_hash_table_insert (self->term_by_stem, t->stem, GUINT_TO_POINTER (term + 1));
    }

  if (form != NULL && !g_hash_table_contains (self->form_set, form))
    g_hash_table_insert (self->form_set, g_string_chunk_insert_const (self->strings, form),
                         GUINT_TO_POINTER (term + 1));

  return term;
}

static void
add_word (const Word *word,
          gpointer    user_data)
{
  AddData *data = user_data;
  GuideSearchIndex *self = data->self;
  Token token = { 0 };
  guint32 index = self->tokens->len;

  token.term = intern_term (self, word->gram ? NULL : word->form, word->stemmed);
  token.doc = data->doc;
  token.start = word->start;
  token.end = word->end;
  token.position = data->base + word->position;
  token.field = data->field;
  g_array_append_val (self->tokens, token);

  g_array_append_val (((Term *) g_ptr_array_index (self->terms, token.term))->postings, index);
}

/* Adds one block of text of topic @topic_id: block @block of its article
 * (-1 for its title), or, when @item_id is given, field @block of that
 * item of the topic's page. @context (may be NULL) counts for matching
 * but is not shown. The topic must have been added first. */
void
guide_search_index_add_text (GuideSearchIndex *self,
                             const char       *topic_id,
                             const char       *item_id,
                             int               block,
                             const char       *text,
                             const char       *context,
                             double            weight)
{
  AddData data = { self, 0, FIELD_TEXT, 0 };
  Doc doc = { 0 };

  g_return_if_fail (GUIDE_IS_SEARCH_INDEX (self));
  g_return_if_fail (topic_id != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (weight > 0);
  g_return_if_fail (g_hash_table_contains (self->titles, topic_id));

  doc.topic_id = g_string_chunk_insert_const (self->strings, topic_id);
  doc.item_id = item_id ? g_string_chunk_insert_const (self->strings, item_id) : NULL;
  doc.block = block;
  doc.text = g_string_chunk_insert (self->strings, text);
  doc.first_token = self->tokens->len;
  doc.weight = weight;

  data.doc = self->docs->len;
  doc.n_positions = split_text (text, FALSE, add_word, &data);
  doc.n_text_tokens = self->tokens->len - doc.first_token;

  if (context != NULL)
    {
      data.field = FIELD_CONTEXT;
      data.base = doc.n_positions;
      split_text (context, FALSE, add_word, &data);
    }
  doc.n_tokens = self->tokens->len - doc.first_token;

  g_array_append_val (self->docs, doc);
  self->ready = FALSE;
}

/* Adds a topic: its title is a document of its own, found before the
 * topic's text; its summary counts as the title's context. */
void
guide_search_index_add_topic (GuideSearchIndex *self,
                              const char       *topic_id,
                              const char       *title,
                              const char       *summary)
{
  g_return_if_fail (GUIDE_IS_SEARCH_INDEX (self));
  g_return_if_fail (topic_id != NULL);
  g_return_if_fail (title != NULL);

  g_hash_table_replace (self->titles,
                        g_string_chunk_insert_const (self->strings, topic_id),
                        g_string_chunk_insert (self->strings, title));
  guide_search_index_add_text (self, topic_id, NULL, -1, title, summary,
                               GUIDE_SEARCH_WEIGHT_TITLE);
}

/* Names item @item_id of topic @topic_id, for its hits to show. */
void
guide_search_index_set_item_title (GuideSearchIndex *self,
                                   const char       *topic_id,
                                   const char       *item_id,
                                   const char       *title)
{
  g_return_if_fail (GUIDE_IS_SEARCH_INDEX (self));
  g_return_if_fail (topic_id != NULL);
  g_return_if_fail (item_id != NULL);
  g_return_if_fail (title != NULL);

  g_hash_table_replace (self->item_titles, g_strconcat (topic_id, "/", item_id, NULL),
                        g_string_chunk_insert (self->strings, title));
}

guint
guide_search_index_get_n_documents (GuideSearchIndex *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_INDEX (self), 0);
  return self->docs->len;
}

/* How many words the documents hold, context included; text written
 * without spaces counts its grams. */
guint
guide_search_index_get_n_words (GuideSearchIndex *self)
{
  g_return_val_if_fail (GUIDE_IS_SEARCH_INDEX (self), 0);
  return self->tokens->len;
}

static int
compare_forms (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const Form *) a)->form, ((const Form *) b)->form);
}

/* Sorts the words for prefix look-ups and weighs each by how rare it is. */
static void
prepare (GuideSearchIndex *self)
{
  GHashTableIter iter;
  gpointer key, value;
  guint64 text_tokens = 0;
  guint n_docs = self->docs->len;

  if (self->ready)
    return;

  g_clear_pointer (&self->forms, g_array_unref);
  self->forms = g_array_sized_new (FALSE, FALSE, sizeof (Form), g_hash_table_size (self->form_set));
  g_hash_table_iter_init (&iter, self->form_set);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Form form = { key, GPOINTER_TO_UINT (value) - 1 };
      g_array_append_val (self->forms, form);
    }
  g_array_sort (self->forms, compare_forms);

  for (guint i = 0; i < self->terms->len; i++)
    {
      Term *term = g_ptr_array_index (self->terms, i);
      guint32 last = G_MAXUINT32;
      guint df = 0;

      for (guint j = 0; j < term->postings->len; j++)
        {
          const Token *token = &g_array_index (self->tokens, Token,
                                               g_array_index (term->postings, guint32, j));
          if (token->doc != last)
            {
              df++;
              last = token->doc;
            }
        }

      term->idf = log (1.0 + (n_docs - df + 0.5) / (df + 0.5));
    }

  for (guint i = 0; i < n_docs; i++)
    text_tokens += g_array_index (self->docs, Doc, i).n_text_tokens;
  self->avg_length = n_docs > 0 ? MAX (1.0, (double) text_tokens / n_docs) : 1.0;

  if (self->acc_size < n_docs)
    {
      g_free (self->acc);
      self->acc = g_new0 (Accumulator, n_docs);
      self->acc_size = n_docs;
      self->stamp = 0;
    }

  if (self->term_masks_size < self->terms->len)
    {
      g_free (self->term_masks);
      self->term_masks = g_new0 (guint32, self->terms->len);
      self->term_masks_size = self->terms->len;
    }

  self->ready = TRUE;
}

/* Querying --------------------------------------------------------------- */

typedef struct
{
  char     *form;
  char     *stem;
  guint     position;
  gboolean  gram;
  gboolean  joined;
} QueryWord;

/* Grams of a query that stand side by side in it: a run of unspaced text
 * of three characters or more, which a document should hold as written. */
typedef struct
{
  guint first;   /* index of its first query word */
  guint n;
} Run;

/* Where the query's words are in a document's text, by position. */
typedef struct
{
  guint32 mask;  /* query words at this position */
  guint32 start; /* in characters, of the words matched there */
  guint32 end;
} Place;

static void
query_word_clear (gpointer data)
{
  QueryWord *word = data;

  g_free (word->form);
  g_free (word->stem);
}

static void
add_query_word (const Word *word,
                gpointer    user_data)
{
  GArray *words = user_data;
  QueryWord query_word;

  if (words->len >= GUIDE_SEARCH_MAX_TERMS)
    return;

  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (g_array_index (words, QueryWord, i).stem, word->stemmed))
      return;

  query_word.form = g_strdup (word->form);
  query_word.stem = g_strdup (word->stemmed);
  query_word.position = word->position;
  query_word.gram = word->gram;
  query_word.joined = word->joined;
  g_array_append_val (words, query_word);
}

/* The runs of grams in @words that follow each other in the query. */
static GArray *
find_runs (GArray *words)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  Run run = { 0, 0 };

  for (guint i = 0; i <= words->len; i++)
    {
      const QueryWord *word = i < words->len ? &g_array_index (words, QueryWord, i) : NULL;
      const QueryWord *previous = i > 0 ? &g_array_index (words, QueryWord, i - 1) : NULL;

      if (word != NULL && previous != NULL && word->joined &&
          word->position == previous->position + 1)
        {
          run.n++;
          continue;
        }

      if (run.n >= 2)
        g_array_append_val (runs, run);
      run.first = i;
      run.n = 1;
    }

  return runs;
}

/* The first form that is not less than @prefix. */
static guint
lower_bound (GArray     *forms,
             const char *prefix)
{
  guint lo = 0, hi = forms->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (g_array_index (forms, Form, mid).form, prefix) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Fills @matches (term -> quality, as a double in a pointer-sized box)
 * with the terms query word @word stands for. */
static void
expand_word (GuideSearchIndex *self,
             const QueryWord  *word,
             GHashTable       *matches)
{
  gpointer exact = g_hash_table_lookup (self->term_by_stem, word->stem);
  gsize len = strlen (word->form);

  if (exact != NULL)
    g_hash_table_insert (matches, exact, GINT_TO_POINTER (100));

  /* Short words match only whole words: "s" is no prefix worth having.
   * Grams are whole already. */
  if (word->gram || g_utf8_strlen (word->form, -1) < 3)
    return;

  for (guint i = lower_bound (self->forms, word->form); i < self->forms->len; i++)
    {
      const Form *form = &g_array_index (self->forms, Form, i);
      gpointer key = GUINT_TO_POINTER (form->term + 1);

      if (strncmp (form->form, word->form, len) != 0)
        break;
      if (!g_hash_table_contains (matches, key))
        g_hash_table_insert (matches, key, GINT_TO_POINTER ((int) (PREFIX_QUALITY * 100)));
    }
}

/* Marks (or with @set FALSE, unmarks) in self->term_masks which query
 * words each term of @matches stands for. */
static void
mark_terms (GuideSearchIndex *self,
            GPtrArray        *matches,
            gboolean          set)
{
  for (guint i = 0; i < matches->len; i++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, g_ptr_array_index (matches, i));
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint32 term = GPOINTER_TO_UINT (key) - 1;

          if (set)
            self->term_masks[term] |= 1u << i;
          else
            self->term_masks[term] = 0;
        }
    }
}

static Accumulator *
touch (GuideSearchIndex *self,
       guint32           doc,
       GArray           *touched)
{
  Accumulator *acc = &self->acc[doc];

  if (acc->stamp != self->stamp)
    {
      acc->stamp = self->stamp;
      acc->score = 0;
      acc->mask = 0;
      acc->text_mask = 0;
      g_array_append_val (touched, doc);
    }

  return acc;
}

/* Adds the score of term @term (for query word @bit) to the documents
 * that hold it. */
static void
score_term (GuideSearchIndex *self,
            const Term       *term,
            double            quality,
            guint             bit,
            GArray           *touched)
{
  const guint32 *postings = (const guint32 *) (gpointer) term->postings->data;
  guint n = term->postings->len;
  guint i = 0;

  while (i < n)
    {
      const Token *token = &g_array_index (self->tokens, Token, postings[i]);
      guint32 doc = token->doc;
      guint tf = 0, cf = 0;
      const Doc *d = &g_array_index (self->docs, Doc, doc);
      Accumulator *acc;
      double score = 0;

      for (; i < n; i++)
        {
          token = &g_array_index (self->tokens, Token, postings[i]);
          if (token->doc != doc)
            break;
          if (token->field == FIELD_TEXT)
            tf++;
          else
            cf++;
        }

      if (tf > 0)
        {
          double norm = 1.0 - BM25_B + BM25_B * d->n_text_tokens / self->avg_length;
          score += tf * (BM25_K1 + 1.0) / (tf + BM25_K1 * norm);
        }
      else if (cf > 0)
        score += CONTEXT_WEIGHT;

      acc = touch (self, doc, touched);
      acc->score += quality * term->idf * score;
      acc->mask |= 1u << bit;
      if (tf > 0)
        acc->text_mask |= 1u << bit;
    }
}

/* Fills @places (one for each position of @doc's text) with the query
 * words found there, as marked by mark_terms(). */
static void
find_places (GuideSearchIndex *self,
             const Doc        *doc,
             GArray           *places)
{
  g_array_set_size (places, 0);
  g_array_set_size (places, doc->n_positions);

  for (guint32 t = 0; t < doc->n_text_tokens; t++)
    {
      const Token *token = &g_array_index (self->tokens, Token, doc->first_token + t);
      guint32 mask = self->term_masks[token->term];
      Place *place;

      if (mask == 0)
        continue;

      place = &g_array_index (places, Place, token->position);
      if (place->mask == 0)
        {
          place->start = token->start;
          place->end = token->end;
        }
      else
        {
          place->start = MIN (place->start, token->start);
          place->end = MAX (place->end, token->end);
        }
      place->mask |= mask;
    }
}

/* Whether the grams of @run stand at @position and after, in order. */
static gboolean
run_at (const GArray *places,
        const Run    *run,
        guint         position)
{
  if (position + run->n > places->len)
    return FALSE;

  for (guint k = 0; k < run->n; k++)
    if ((g_array_index (places, Place, position + k).mask & (1u << (run->first + k))) == 0)
      return FALSE;

  return TRUE;
}

/* Whether every run of @runs stands whole somewhere in @places. */
static gboolean
runs_together (const GArray *places,
               const GArray *runs)
{
  for (guint r = 0; r < runs->len; r++)
    {
      const Run *run = &g_array_index (runs, Run, r);
      gboolean found = FALSE;

      for (guint p = 0; p < places->len && !found; p++)
        found = run_at (places, run, p);
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* Whether query word i and word i + 1 stand side by side in the text. */
static gboolean
has_phrase (const GArray *places)
{
  for (guint p = 0; p + 1 < places->len; p++)
    if ((g_array_index (places, Place, p).mask << 1) & g_array_index (places, Place, p + 1).mask)
      return TRUE;

  return FALSE;
}

typedef struct
{
  guint32  doc;
  gboolean apart;  /* a run of grams of the query is not found whole */
  double   score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->apart != cb->apart)
    return ca->apart ? 1 : -1;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;

  return ca->doc < cb->doc ? -1 : ca->doc > cb->doc;
}

static int
compare_candidates_with_data (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  return compare_candidates (a, b);
}

/* Where a snippet may start or end: at a space, or after the punctuation
 * of text written without spaces (，。、；：！？). */
static gboolean
is_break (gunichar c)
{
  switch (c)
    {
    case 0x3001: case 0x3002:
    case 0xFF01: case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0xFF1F:
      return TRUE;
    default:
      return g_unichar_isspace (c);
    }
}

/* Where to cut a snippet from @text (of @n_chars characters) so that it
 * shows @first: on word boundaries, at most SNIPPET_CHARS long. */
static void
snippet_bounds (const char             *text,
                guint                   n_chars,
                const GuideSearchRange *first,
                guint                  *from,
                guint                  *to)
{
  const char *p;

  if (n_chars <= SNIPPET_CHARS)
    {
      *from = 0;
      *to = n_chars;
      return;
    }

  /* The match comes early, so that it shows when the snippet is cut short. */
  *from = first->start > SNIPPET_BEFORE ? first->start - SNIPPET_BEFORE : 0;

  /* Start after a space, if one is near. */
  if (*from > 0)
    {
      p = g_utf8_offset_to_pointer (text, *from);
      for (guint i = 0; i < 15 && *from + i < first->start; i++, p = g_utf8_next_char (p))
        if (is_break (g_utf8_get_char (p)))
          {
            *from += i + 1;
            break;
          }
    }

  *to = MIN (n_chars, *from + SNIPPET_CHARS);
  if (*to < n_chars)
    {
      /* End before the last space (or after the last punctuation) of
       * the last 20 characters, if it comes after the match. */
      guint lowest = MAX (first->end + 1, *to >= 19 ? *to - 19 : 0);
      guint cut = 0;

      p = lowest <= *to ? g_utf8_offset_to_pointer (text, lowest) : NULL;
      for (guint i = lowest; i <= *to; i++, p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c))
            cut = i;
          else if (i < *to && is_break (c))
            cut = i + 1;
        }
      if (cut > 0)
        *to = cut;
    }
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const GuideSearchRange *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end;
}

/* The stretches of @places to highlight: each run of the query where it
 * stands whole (not its grams elsewhere), and every other word found,
 * in order, overlaps merged. */
static GArray *
highlight_ranges (const GArray *places,
                  const GArray *runs)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (GuideSearchRange));
  guint32 whole = 0;
  guint n = 0;

  for (guint r = 0; r < runs->len; r++)
    {
      const Run *run = &g_array_index (runs, Run, r);

      for (guint p = 0; p < places->len; p++)
        if (run_at (places, run, p))
          {
            GuideSearchRange range = { g_array_index (places, Place, p).start,
                                       g_array_index (places, Place, p + run->n - 1).end };

            g_array_append_val (ranges, range);
            whole |= ((1u << run->n) - 1) << run->first;
          }
    }

  for (guint p = 0; p < places->len; p++)
    {
      const Place *place = &g_array_index (places, Place, p);

      if ((place->mask & ~whole) != 0)
        {
          GuideSearchRange range = { place->start, place->end };
          g_array_append_val (ranges, range);
        }
    }

  g_array_sort (ranges, compare_ranges);

  for (guint i = 0; i < ranges->len; i++)
    {
      const GuideSearchRange *range = &g_array_index (ranges, GuideSearchRange, i);
      GuideSearchRange *last = n > 0 ? &g_array_index (ranges, GuideSearchRange, n - 1) : NULL;

      if (last != NULL && range->start < last->end)
        last->end = MAX (last->end, range->end);
      else
        g_array_index (ranges, GuideSearchRange, n++) = *range;
    }
  g_array_set_size (ranges, n);

  return ranges;
}

static GuideSearchResult *
make_result (GuideSearchIndex *self,
             const Candidate  *candidate,
             const GArray     *runs,
             GArray           *places)
{
  const Doc *doc = &g_array_index (self->docs, Doc, candidate->doc);
  g_autoptr(GArray) ranges = NULL;
  GArray *highlights = g_array_new (FALSE, FALSE, sizeof (GuideSearchRange));
  g_autoptr(GString) snippet = g_string_new (NULL);
  GuideSearchRange match = { 0, 0 };
  guint n_chars = g_utf8_strlen (doc->text, -1);
  const char *item_title = NULL;
  guint from, to, shift;
  const char *start, *end;

  find_places (self, doc, places);
  ranges = highlight_ranges (places, runs);

  if (ranges->len > 0)
    match = g_array_index (ranges, GuideSearchRange, 0);

  snippet_bounds (doc->text, n_chars, &match, &from, &to);

  if (from > 0)
    g_string_append (snippet, "…");
  shift = from > 0 ? 1 : 0;
  start = g_utf8_offset_to_pointer (doc->text, from);
  end = g_utf8_offset_to_pointer (start, to - from);
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* One line: code blocks and hard breaks become spaces. */
      if (c == '\n' || c == '\t' || c == '\r')
        g_string_append_c (snippet, ' ');
      else
        g_string_append_unichar (snippet, c);
    }
  if (to < n_chars)
    g_string_append (snippet, "…");

  for (guint i = 0; i < ranges->len; i++)
    {
      const GuideSearchRange *range = &g_array_index (ranges, GuideSearchRange, i);
      GuideSearchRange shown;

      if (range->end <= from || range->start >= to)
        continue;

      shown.start = MAX (range->start, from) - from + shift;
      shown.end = MIN (range->end, to) - from + shift;
      g_array_append_val (highlights, shown);
    }

  if (doc->item_id != NULL)
    {
      g_autofree char *key = g_strconcat (doc->topic_id, "/", doc->item_id, NULL);
      item_title = g_hash_table_lookup (self->item_titles, key);
    }

  return guide_search_result_new (doc->topic_id,
                                  g_hash_table_lookup (self->titles, doc->topic_id),
                                  doc->item_id, item_title, doc->block, &match, snippet->str,
                                  highlights, candidate->score);
}

/* The documents that match @query, best first: at most @max_results, and
 * at most GUIDE_SEARCH_MAX_PER_TOPIC from one topic. A list of
 * GuideSearchResult, empty when nothing matches. */
GListModel *
guide_search_index_query (GuideSearchIndex *self,
                          const char       *query,
                          guint             max_results)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (QueryWord));
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GArray) places = g_array_new (FALSE, TRUE, sizeof (Place));
  g_autoptr(GHashTable) per_topic = g_hash_table_new (g_str_hash, g_str_equal);
  GListStore *results = g_list_store_new (GUIDE_TYPE_SEARCH_RESULT);
  guint32 all;

  g_return_val_if_fail (GUIDE_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  g_array_set_clear_func (words, query_word_clear);
  split_text (query, TRUE, add_query_word, words);
  if (words->len == 0 || self->docs->len == 0 || max_results == 0)
    return G_LIST_MODEL (results);

  runs = find_runs (words);

  prepare (self);
  if (++self->stamp == 0)
    {
      /* After four billion queries, start the stamps again. */
      memset (self->acc, 0, self->acc_size * sizeof (Accumulator));
      self->stamp = 1;
    }

  for (guint i = 0; i < words->len; i++)
    {
      GHashTable *terms = g_hash_table_new (NULL, NULL);
      GHashTableIter iter;
      gpointer key, value;

      expand_word (self, &g_array_index (words, QueryWord, i), terms);
      g_ptr_array_add (matches, terms);

      g_hash_table_iter_init (&iter, terms);
      while (g_hash_table_iter_next (&iter, &key, &value))
        score_term (self, g_ptr_array_index (self->terms, GPOINTER_TO_UINT (key) - 1),
                    GPOINTER_TO_INT (value) / 100.0, i, touched);
    }

  all = (1u << words->len) - 1;
  for (guint i = 0; i < touched->len; i++)
    {
      guint32 doc = g_array_index (touched, guint32, i);
      const Accumulator *acc = &self->acc[doc];

      if (acc->mask == all && acc->text_mask != 0)
        {
          Candidate candidate = { doc, FALSE, acc->score * g_array_index (self->docs, Doc, doc).weight };

          if (acc->text_mask == all)
            candidate.score *= TEXT_BONUS;
          g_array_append_val (candidates, candidate);
        }
    }

  g_array_sort (candidates, compare_candidates);

  mark_terms (self, matches, TRUE);

  /* The best matches hold the query's words side by side: a run of
   * characters as typed before the same characters apart, and words in
   * order for a bonus. */
  if (words->len > 1)
    {
      guint checked = MIN (candidates->len, PHRASE_CHECKED);

      for (guint i = 0; i < checked; i++)
        {
          Candidate *candidate = &g_array_index (candidates, Candidate, i);

          find_places (self, &g_array_index (self->docs, Doc, candidate->doc), places);
          candidate->apart = !runs_together (places, runs);
          if (has_phrase (places))
            candidate->score *= PHRASE_BONUS;
        }
      g_qsort_with_data (candidates->data, checked, sizeof (Candidate),
                         compare_candidates_with_data, NULL);
    }

  for (guint i = 0; i < candidates->len && g_list_model_get_n_items (G_LIST_MODEL (results)) < max_results; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);
      const char *topic_id = g_array_index (self->docs, Doc, candidate->doc).topic_id;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (per_topic, topic_id));
      g_autoptr(GuideSearchResult) result = NULL;

      if (count >= GUIDE_SEARCH_MAX_PER_TOPIC)
        continue;
      g_hash_table_insert (per_topic, (gpointer) topic_id, GUINT_TO_POINTER (count + 1));

      result = make_result (self, candidate, runs, places);
      g_list_store_append (results, result);
    }

  mark_terms (self, matches, FALSE);

  return G_LIST_MODEL (results);
}

/* What the guide's content puts in the index ------------------------------ */

/* Every topic's title, and every article block by block, as the article
 * page shows it (translated, placeholders filled). A paragraph's context
 * is its topic's title and the heading above it. */
static void
index_topics (GuideSearchIndex *self,
              GuideContent     *content)
{
  GListModel *topics = guide_handbook_get_topics (guide_content_get_handbook (content));
  guint n = g_list_model_get_n_items (topics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GuideDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      const char *id = guide_topic_get_id (topic);
      const char *title = guide_topic_get_title (topic);
      const char *heading = NULL;

      guide_search_index_add_topic (self, id, title, guide_topic_get_summary (topic));

      if (guide_topic_get_article (topic) == NULL)
        continue;

      /* The article page tells the reader about a broken article. */
      document = guide_content_load_article (content, topic, &error);
      if (document == NULL)
        {
          g_debug ("Not searching “%s”: %s", id, error->message);
          continue;
        }

      for (guint b = 0; b < document->blocks->len; b++)
        {
          const GuideBlock *block = g_ptr_array_index (document->blocks, b);
          g_autofree char *context = NULL;

          /* Pictures show a caption, rules no text. */
          if (block->kind == GUIDE_BLOCK_RULE || block->kind == GUIDE_BLOCK_IMAGE ||
              block->text == NULL || *block->text == '\0')
            continue;

          if (block->kind == GUIDE_BLOCK_HEADING)
            {
              heading = block->text;
              guide_search_index_add_text (self, id, NULL, b, block->text, title,
                                           GUIDE_SEARCH_WEIGHT_HEADING);
              continue;
            }

          context = heading ? g_strconcat (title, "\n", heading, NULL) : g_strdup (title);
          guide_search_index_add_text (self, id, NULL, b, block->text, context,
                                       GUIDE_SEARCH_WEIGHT_TEXT);
        }
    }
}

/* The support page: each organisation's name, description, helpline and
 * region, as items of the support topic. */
static void
index_organisations (GuideSearchIndex *self,
                     GuideContent     *content)
{
  GuideTopic *topic = guide_handbook_find_kind (guide_content_get_handbook (content),
                                                GUIDE_TOPIC_SUPPORT);
  GListModel *organisations = G_LIST_MODEL (guide_content_get_organisations (content));
  guint n = g_list_model_get_n_items (organisations);

  if (topic == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideOrganisation) org = g_list_model_get_item (organisations, i);
      const char *topic_id = guide_topic_get_id (topic);
      const char *id = guide_organisation_get_id (org);
      const char *name = guide_organisation_get_name (org);

      guide_search_index_set_item_title (self, topic_id, id, name);
      guide_search_index_add_text (self, topic_id, id, GUIDE_ORGANISATION_FIELD_NAME, name,
                                   NULL, GUIDE_SEARCH_WEIGHT_NAME);
      if (guide_organisation_get_region (org) != NULL)
        guide_search_index_add_text (self, topic_id, id, GUIDE_ORGANISATION_FIELD_REGION,
                                     guide_organisation_get_region (org), name,
                                     GUIDE_SEARCH_WEIGHT_TEXT);
      guide_search_index_add_text (self, topic_id, id, GUIDE_ORGANISATION_FIELD_DESCRIPTION,
                                   guide_organisation_get_description (org), name,
                                   GUIDE_SEARCH_WEIGHT_TEXT);
      if (guide_organisation_get_helpline (org) != NULL)
        guide_search_index_add_text (self, topic_id, id, GUIDE_ORGANISATION_FIELD_HELPLINE,
                                     guide_organisation_get_helpline (org), name,
                                     GUIDE_SEARCH_WEIGHT_TEXT);
    }
}

/* One list of facts about a therapy as one text: "Side effects: …". */
static void
add_therapy_facts (GuideSearchIndex        *self,
                   const char              *topic_id,
                   GuideTherapy            *therapy,
                   GuideSearchTherapyField  field,
                   const char              *label,
                   const GuideTherapyFacts *facts)
{
  g_autofree char *items = NULL;
  g_autofree char *text = NULL;
  const char *name = guide_therapy_get_name (therapy);

  if (facts == NULL || facts->items == NULL || facts->items[0] == NULL)
    return;

  /* Translators: between the items of a list written as one line */
  items = g_strjoinv (C_("list", "; "), facts->items);
  /* Translators: a search hit: a kind of facts ("Side effects"), then the
   * facts themselves */
  text = g_strdup_printf (_("%s: %s"), label, items);
  guide_search_index_add_text (self, topic_id, guide_therapy_get_id (therapy), field, text, name,
                               GUIDE_SEARCH_WEIGHT_TEXT);
}

/* The therapies, as items of the page that compares them: their names
 * and brand names, side effects, warnings, interactions and notes. */
static void
index_therapies (GuideSearchIndex *self,
                 GuideContent     *content)
{
  GuideTopic *topic = guide_handbook_find_kind (guide_content_get_handbook (content),
                                                GUIDE_TOPIC_THERAPIES);
  GListModel *therapies = G_LIST_MODEL (guide_content_get_therapies (content));
  guint n = g_list_model_get_n_items (therapies);

  if (topic == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GuideTherapy) therapy = g_list_model_get_item (therapies, i);
      const char *topic_id = guide_topic_get_id (topic);
      g_autofree char *brands = guide_therapy_format_brands (therapy);
      g_autofree char *name = brands
        /* Translators: a medicine and its brand names */
        ? g_strdup_printf (_("%s (%s)"), guide_therapy_get_name (therapy), brands)
        : g_strdup (guide_therapy_get_name (therapy));

      guide_search_index_set_item_title (self, topic_id, guide_therapy_get_id (therapy),
                                         guide_therapy_get_name (therapy));
      guide_search_index_add_text (self, topic_id, guide_therapy_get_id (therapy),
                                   GUIDE_SEARCH_THERAPY_NAME, name, NULL, GUIDE_SEARCH_WEIGHT_NAME);
      add_therapy_facts (self, topic_id, therapy, GUIDE_SEARCH_THERAPY_SIDE_EFFECTS,
                         _("Side effects"), guide_therapy_get_side_effects (therapy));
      add_therapy_facts (self, topic_id, therapy, GUIDE_SEARCH_THERAPY_WARNINGS,
                         _("Warnings"), guide_therapy_get_warnings (therapy));
      add_therapy_facts (self, topic_id, therapy, GUIDE_SEARCH_THERAPY_INTERACTIONS,
                         _("Interactions"), guide_therapy_get_interactions (therapy));
      add_therapy_facts (self, topic_id, therapy, GUIDE_SEARCH_THERAPY_NOTES,
                         _("Notes"), guide_therapy_get_notes (therapy));
    }
}

typedef void (*IndexFunc) (GuideSearchIndex *self,
                           GuideContent     *content);

/* Everything the search finds, in the order hits of equal rank are shown. */
static const IndexFunc index_sources[] = {
  index_topics,
  index_therapies,
  index_organisations,
};

/* An index of all that @content shows. An article that cannot be read is
 * left out; its page says why when it is opened. */
GuideSearchIndex *
guide_search_index_new_for_content (GuideContent *content)
{
  GuideSearchIndex *self;

  g_return_val_if_fail (GUIDE_IS_CONTENT (content), NULL);

  self = guide_search_index_new ();
  for (guint i = 0; i < G_N_ELEMENTS (index_sources); i++)
    index_sources[i] (self, content);

  return self;
}
