#!/usr/bin/env python3
# Checks the translation catalogs, po/LL.po for every language in
# po/LINGUAS. Run by `meson test` (suite "i18n"); prints TAP.
#
#   languages  po/LINGUAS lists the languages the guide promises (es, fr,
#              de, zh_CN), each with its catalog
#   complete   `msgfmt --check --statistics`: no untranslated and no fuzzy
#              messages, formats and accelerators valid
#   kept       what must stay exactly as in the English (see KEPT below)
#   merged     the built desktop file and AppStream metadata carry each
#              language's translations
#
# With no language in po/LINGUAS, "complete", "kept" and "merged" have
# nothing to check and say so (TAP skip); only "languages" then fails.
#
# Copyright 2026 The ROS1 Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import collections
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# The languages the guide is translated into.
PROMISED = ['es', 'fr', 'de', 'zh_CN']

# KEPT: what a translation must keep exactly as the English has it.
#
# Numbers. A number is a run of ASCII digits, together with
#   - digits joined to it by one of . , - / : with no space between
#     ("88.8", "1,719", "1-800-298-2436", "2026-11-26", "24/7"), so that
#     "88.8" written as "88,8", or "1,719" as "1.719", is a change;
#   - capital letters written against it, before or after ("ROS1",
#     "G2032R", "CD74", "CYP3A", "NCT03093116"): gene names, mutations
#     and trial numbers are kept whole.
# Lower-case letters are not part of a number ("30s" is 30, "ROS1ders" is
# ROS1), nor is what follows a space or a dash other than "-" ("3–4" is 3
# and 4). Numbers written in words ("two", "first") are words, and are
# translated. Every number of the English must appear in the translation
# (once is enough: a translation may say "it" for a repeated "ROS1").
# Numbers inside printf formats ("%1$s"), placeholders, anchors and link
# targets are not counted as numbers; those are checked as a whole:
#
# Placeholders "{{therapy:crizotinib:dose}}", heading anchors "{#biopsy}"
# (at the end of the text when the English has it there), link targets
# "[text](topic:resistance)" and web addresses: the same ones, as many
# times. Markdown marks: as many "**", "*" and "`" as the English. Blocks:
# no blank line (it would split the paragraph) and no list, heading or
# quote mark at the start that the English does not have.
#
# printf formats (messages marked c-format): the same conversions, in the
# same order unless numbered ("%1$s"); msgfmt --check checks them too, and
# alone checks plural forms (which may leave out the count).
#
# Date formats (context "date", for g_date_time_format()): only codes it
# knows, and the day, month and year wherever the English shows them (the
# order and the form, "%B" or "%-m", are the language's).

NUMBER = re.compile(r'[A-Z]*\d+(?:[.,:/\-]\d+)*(?:[A-Z]+\d*)*')
PLACEHOLDER = re.compile(r'\{\{.*?\}\}')
ANCHOR = re.compile(r'\{#[^}]*\}')
LINK_TARGET = re.compile(r'\]\(([^)\s]*)\)')
WEB_ADDRESS = re.compile(r"(?:https?://|mailto:|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*"
                         r"[A-Za-z0-9\-_~/#@$&*+=%]")
PRINTF = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                    r"(?:hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcspn%])")
STRFTIME = re.compile(r'%[-_0^#]?[a-zA-Z%]')
DATE_CODE = re.compile(r'%([-_0]?)([OE]?)(:?[a-zA-Z%])')
DATE_LETTERS = set('aAbBcCdeFgGhHIjklmMnpPrRsStTuVwxXyYzZ%') | {':z'}
DATE_PARTS = {'day': set('de'), 'month': set('bBhm'), 'year': set('yYGgC')}
BLOCK_START = re.compile(r'(?:#{1,6}(?:\s|$)|[-+*]\s|\d+[.)]\s|>)')


class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}
        self.flags = set()
        self.line = 0
        self.obsolete = False

    def is_header(self):
        return self.msgid == '' and self.msgctxt is None

    def translated(self):
        return bool(self.msgstr) and all(self.msgstr.values())


def unquote(text, path, lineno):
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise SystemExit('%s:%d: not a PO string: %s' % (path, lineno, text))
    out = []
    escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', 'r': '\r',
               'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}
    i, body = 0, text[1:-1]
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in escapes:
                out.append(escapes[nxt])
                i += 2
                continue
            m = re.match(r'[0-7]{1,3}', body[i + 1:])
            if m:
                out.append(chr(int(m.group(0), 8)))
                i += 1 + len(m.group(0))
                continue
        out.append(c)
        i += 1
    return ''.join(out)


def read_po(path):
    """The entries of a PO file (obsolete ones left out)."""
    entries = []
    entry = Entry()
    key = None

    def flush():
        nonlocal entry, key
        if entry.msgid is not None and not entry.obsolete:
            entries.append(entry)
        entry, key = Entry(), None

    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            stripped = line.strip()
            if not stripped:
                flush()
                continue
            if stripped.startswith('#~'):
                entry.obsolete = True
                continue
            if stripped.startswith('#'):
                if entry.msgstr:
                    flush()
                if stripped.startswith('#,'):
                    entry.flags.update(f.strip() for f in stripped[2:].split(','))
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*)$', stripped)
            if m:
                keyword = m.group(1)
                if keyword in ('msgctxt', 'msgid') and (entry.msgstr or
                                                         (keyword == 'msgctxt' and entry.msgid is not None)):
                    flush()
                value = unquote(m.group(3), path, lineno)
                if keyword == 'msgctxt':
                    entry.msgctxt, key = value, ('msgctxt',)
                elif keyword == 'msgid':
                    entry.msgid, key = value, ('msgid',)
                    entry.line = lineno
                elif keyword == 'msgid_plural':
                    entry.msgid_plural, key = value, ('msgid_plural',)
                else:
                    index = int(m.group(2)) if m.group(2) is not None else 0
                    entry.msgstr[index], key = value, ('msgstr', index)
                continue
            if stripped.startswith('"') and key is not None:
                value = unquote(stripped, path, lineno)
                if key[0] == 'msgstr':
                    entry.msgstr[key[1]] += value
                else:
                    setattr(entry, key[0], getattr(entry, key[0]) + value)
                continue
            raise SystemExit('%s:%d: cannot read this line: %s' % (path, lineno, line))
    flush()
    return entries


def linguas(podir):
    langs = []
    with open(os.path.join(podir, 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            langs += line.split('#', 1)[0].split()
    return langs


class Tap:
    def __init__(self):
        self.results = []

    def check(self, name, ok, details=()):
        self.results.append((name, bool(ok), list(details)))

    def report(self, skip_reason=None):
        if not self.results:
            print('1..0 # SKIP %s' % skip_reason)
            return 0
        print('1..%d' % len(self.results))
        failed = 0
        for i, (name, ok, details) in enumerate(self.results, 1):
            print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
            if not ok:
                failed += 1
            for line in details[:60]:
                print('# ' + line.replace('\n', '\n# '))
            if len(details) > 60:
                print('# ... and %d more' % (len(details) - 60))
        return 1 if failed else 0


def short(text, width=70):
    text = text.replace('\n', '\\n')
    return text if len(text) <= width else text[:width - 1] + '…'


def c_environment():
    """msgfmt's own messages in English, whatever the test's locale."""
    env = dict(os.environ)
    env.pop('LANGUAGE', None)
    env['LC_ALL'] = 'C'
    return env


# languages

def check_languages(tap, podir):
    listed = linguas(podir)
    for lang in PROMISED:
        po = os.path.join(podir, lang + '.po')
        details = []
        if lang not in listed:
            details.append('po/LINGUAS does not list %s (it lists: %s)' % (lang, ' '.join(listed) or 'nothing'))
        if not os.path.isfile(po):
            details.append('po/%s.po does not exist' % lang)
        tap.check('the %s catalog is there and listed in po/LINGUAS' % lang, not details, details)


# complete

STATISTICS = re.compile(r'(\d+) translated messages?(?:, (\d+) fuzzy translations?)?'
                        r'(?:, (\d+) untranslated messages?)?')


def make_template(srcdir, extractor, tmp):
    """The template as ros1-guide-pot makes it from the current sources."""
    spec = importlib.util.spec_from_file_location('i18n', os.path.join(srcdir, 'build-aux', 'i18n.py'))
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    pot = os.path.join(tmp, 'ros1-guide.pot')
    i18n.make_pot(srcdir, extractor, pot)
    return pot


def check_complete(tap, podir, srcdir=None, extractor=None):
    with tempfile.TemporaryDirectory() as tmp:
        pot = make_template(srcdir, extractor, tmp) if extractor else None
        for lang in linguas(podir):
            check_complete_language(tap, podir, lang, pot, tmp)


def check_complete_language(tap, podir, lang, pot, tmp):
    """msgfmt's statistics of the catalog as it would be after
    ros1-guide-update-po: what the current sources ask for."""
    po = os.path.join(podir, lang + '.po')
    if catalog_missing(tap, podir, lang):
        return
    checked = po
    if pot is not None:
        checked = os.path.join(tmp, lang + '.po')
        merge = subprocess.run(['msgmerge', '--quiet', '--previous', '-o', checked, po, pot],
                               capture_output=True, text=True, env=c_environment())
        if merge.returncode != 0:
            tap.check('%s: the catalog merges with the template' % lang, False,
                      merge.stderr.splitlines())
            return
    run = subprocess.run(['msgfmt', '--check', '--check-accelerators=_', '--statistics',
                          '-o', os.devnull, checked],
                         capture_output=True, text=True, env=c_environment())
    m = STATISTICS.search(run.stderr)
    fuzzy = int(m.group(2) or 0) if m else None
    untranslated = int(m.group(3) or 0) if m else None
    details = [l.replace(checked, 'po/%s.po' % lang) for l in run.stderr.splitlines() if l.strip()]
    if run.returncode == 0 and m and (fuzzy or untranslated):
        in_catalog = {(e.msgctxt, e.msgid): e for e in read_po(po)}
        for e in read_po(checked):
            if e.is_header() or ('fuzzy' not in e.flags and e.translated()):
                continue
            state = 'fuzzy' if 'fuzzy' in e.flags else 'untranslated'
            own = in_catalog.get((e.msgctxt, e.msgid))
            if own is None:
                details.append('po/%s.po: %s, new in the sources (run ros1-guide-update-po): "%s"'
                               % (lang, state, short(e.msgid)))
            else:
                details.append('po/%s.po:%d: %s: "%s"' % (lang, own.line, state, short(e.msgid)))
    tap.check('%s: msgfmt --check passes, 0 fuzzy and 0 untranslated messages%s'
              % (lang, ' of the current sources' if pot is not None else ''),
              run.returncode == 0 and m is not None and fuzzy == 0 and untranslated == 0,
              details)


# kept

def printf_conversions(text):
    """The conversions of a printf format, in argument order."""
    numbered, plain = {}, []
    for m in PRINTF.finditer(text):
        if m.group(2) == '%':
            continue
        if m.group(1):
            numbered[int(m.group(1))] = m.group(2)
        else:
            plain.append(m.group(2))
    if numbered:
        return [numbered[k] for k in sorted(numbered)] + plain
    return plain


def without_formats(entry, text):
    if 'c-format' in entry.flags:
        text = PRINTF.sub(' ', text)
    if entry.msgctxt == 'date':
        text = STRFTIME.sub(' ', text)
    return text


def kept_parts(entry, text):
    """What must be kept whole, and the numbers, of @text."""
    whole = collections.Counter()
    for pattern, kind in ((PLACEHOLDER, 'placeholder'), (ANCHOR, 'anchor')):
        for m in pattern.finditer(text):
            whole[(kind, m.group(0))] += 1
        text = pattern.sub(' ', text)
    for m in LINK_TARGET.finditer(text):
        whole[('link target', m.group(1))] += 1
    text = LINK_TARGET.sub('] ', text)
    for m in WEB_ADDRESS.finditer(text):
        whole[('web address', m.group(0))] += 1
    text = WEB_ADDRESS.sub(' ', text)
    text = without_formats(entry, text)
    numbers = set(NUMBER.findall(text))
    return whole, numbers, text


def marks(text):
    bold = text.count('**')
    return {'"**"': bold, '"*"': text.count('*') - 2 * bold, '"`"': text.count('`')}


def date_parts(text):
    letters = [m.group(3) for m in DATE_CODE.finditer(text)]
    return {part for part, codes in DATE_PARTS.items() if any(l in codes for l in letters)}


def date_problems(msgid, msgstr):
    found = []
    bad = [m.group(0) for m in DATE_CODE.finditer(msgstr) if m.group(3) not in DATE_LETTERS]
    if bad or msgstr.count('%') != len(list(DATE_CODE.finditer(msgstr))):
        found.append('not a g_date_time_format() format: %s' % (', '.join(bad) or msgstr))
    missing = sorted(date_parts(msgid) - date_parts(msgstr))
    if missing:
        found.append('the date format lacks the %s' % ' and the '.join(missing))
    return found


def problems(entry, msgid, msgstr):
    found = []
    whole_id, numbers_id, plain_id = kept_parts(entry, msgid)
    whole_str, numbers_str, plain_str = kept_parts(entry, msgstr)

    missing = sorted(numbers_id - numbers_str)
    if missing:
        found.append('number%s not kept: %s' % ('s' if len(missing) > 1 else '', ', '.join(missing)))
    for kind, value in sorted(set(whole_id) | set(whole_str)):
        if whole_id[(kind, value)] != whole_str[(kind, value)]:
            found.append('%s %s: %d in the English, %d in the translation'
                         % (kind, value, whole_id[(kind, value)], whole_str[(kind, value)]))
    anchor_id = ANCHOR.search(msgid.rstrip())
    if anchor_id and msgid.rstrip().endswith(anchor_id.group(0)) and \
       not msgstr.rstrip().endswith(anchor_id.group(0)):
        found.append('the anchor %s must end the translation, as it ends the English' % anchor_id.group(0))

    mid, mstr = marks(plain_id), marks(plain_str)
    for mark in mid:
        if mid[mark] != mstr[mark]:
            found.append('Markdown %s: %d in the English, %d in the translation' % (mark, mid[mark], mstr[mark]))
    if '\n\n' in msgstr.strip('\n') and '\n\n' not in msgid.strip('\n'):
        found.append('a blank line would split the paragraph in two')
    if BLOCK_START.match(msgstr) and not BLOCK_START.match(msgid):
        found.append('starts with a list, heading or quote mark that the English does not have')

    if entry.msgctxt == 'date':
        found += date_problems(msgid, msgstr)

    # A plural form may leave out the count ("the first day" for one):
    # msgfmt --check knows the rules for plural forms.
    if 'c-format' in entry.flags and entry.msgid_plural is None:
        conv_id, conv_str = printf_conversions(msgid), printf_conversions(msgstr)
        if conv_id != conv_str:
            found.append('printf conversions %s in the English, %s in the translation'
                         % (''.join('%' + c for c in conv_id), ''.join('%' + c for c in conv_str)))
    return found


def catalog_missing(tap, podir, lang):
    if os.path.isfile(os.path.join(podir, lang + '.po')):
        return False
    tap.check('%s: the catalog exists' % lang, False,
              ['po/LINGUAS lists %s, but po/%s.po does not exist: run ros1-guide-update-po'
               % (lang, lang)])
    return True


def check_kept(tap, podir):
    for lang in linguas(podir):
        po = os.path.join(podir, lang + '.po')
        details = []
        if catalog_missing(tap, podir, lang):
            continue
        n = 0
        for entry in read_po(po):
            if entry.is_header() or 'fuzzy' in entry.flags:
                continue
            for index, msgstr in sorted(entry.msgstr.items()):
                if not msgstr:
                    continue
                n += 1
                msgid = entry.msgid if index == 0 or entry.msgid_plural is None else entry.msgid_plural
                if entry.msgid_plural is not None and index == 0 and len(entry.msgstr) == 1:
                    msgid = entry.msgid_plural  # one form for every count
                for problem in problems(entry, msgid, msgstr):
                    details.append('po/%s.po:%d: "%s": %s' % (lang, entry.line, short(entry.msgid, 50), problem))
        tap.check('%s: every translation keeps the numbers, placeholders, anchors, '
                  'links, Markdown and formats of its English (%d checked)' % (lang, n),
                  n > 0 and not details, details or ([] if n else ['no translated message']))


# merged

def desktop_entry(path):
    entry = {}
    with open(path, encoding='utf-8') as f:
        group = None
        for line in f:
            line = line.strip()
            if line.startswith('['):
                group = line
            elif group == '[Desktop Entry]' and '=' in line and not line.startswith('#'):
                key, value = line.split('=', 1)
                entry[key.strip()] = value.strip()
    return entry


def check_merged(tap, podir, desktop, metainfo):
    keys = desktop_entry(os.path.join(podir, '..', 'com.example.Ros1Guide.desktop'))
    built = desktop_entry(desktop)
    tree = ET.parse(metainfo)
    lang_attr = '{http://www.w3.org/XML/1998/namespace}lang'
    for lang in linguas(podir):
        if catalog_missing(tap, podir, lang):
            continue
        catalog = {(e.msgctxt, e.msgid): e.msgstr.get(0, '') for e in read_po(os.path.join(podir, lang + '.po'))
                   if 'fuzzy' not in e.flags}
        details = []
        for key in ('Name', 'GenericName', 'Comment', 'Keywords'):
            expected = catalog.get((None, keys[key]))
            got = built.get('%s[%s]' % (key, lang))
            if not expected:
                details.append('po/%s.po does not translate %s "%s"' % (lang, key, keys[key]))
            elif got != expected:
                details.append('%s[%s] is %r, the catalog says %r' % (key, lang, got, expected))
        summary = tree.getroot().find('summary')
        english = summary.text if summary is not None else None
        translated = [e.text for e in tree.getroot().findall('summary') if e.get(lang_attr) == lang]
        expected = catalog.get((None, english))
        if not expected:
            details.append('po/%s.po does not translate the AppStream summary "%s"' % (lang, english))
        elif translated != [expected]:
            details.append('the AppStream summary for %s is %r, the catalog says %r' % (lang, translated, expected))
        tap.check('%s: the desktop file and the AppStream metadata are translated' % lang, not details, details)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('check', choices=['languages', 'complete', 'kept', 'merged'])
    parser.add_argument('--podir', required=True)
    parser.add_argument('--desktop', help='the built desktop file (for "merged")')
    parser.add_argument('--metainfo', help='the built AppStream metadata (for "merged")')
    parser.add_argument('--srcdir', help='the source tree (for "complete" against its template)')
    parser.add_argument('--extractor', help='the built content extractor (for "complete" against '
                        'the template of the current sources; without it, each catalog alone)')
    args = parser.parse_args()

    tap = Tap()
    if args.check == 'languages':
        check_languages(tap, args.podir)
    elif args.check == 'complete':
        check_complete(tap, args.podir, args.srcdir, args.extractor)
    elif args.check == 'kept':
        check_kept(tap, args.podir)
    else:
        check_merged(tap, args.podir, args.desktop, args.metainfo)
    return tap.report('po/LINGUAS lists no language yet')


if __name__ == '__main__':
    sys.exit(main())
