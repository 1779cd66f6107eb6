#!/usr/bin/env python3
# Translation tasks for ROS1 Guide.
#
#   pot        write po/ros1-guide.pot: the code's strings (xgettext over
#              po/POTFILES) and the content's (the content extractor, which
#              loads articles and data with the app's own code)
#   update-po  refresh the pot, then merge it into every po/LL.po
#   compile    build each po/LL.po into LOCALE/LL/LC_MESSAGES/ros1-guide.mo
#   install    copy those .mo files into the installed locale directory
#
# Copyright 2026 The ROS1 Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

DOMAIN = 'ros1-guide'


def linguas(podir):
    langs = []
    with open(os.path.join(podir, 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            langs += line.split()
    return langs


def potfiles(podir):
    with open(os.path.join(podir, 'POTFILES'), encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


def make_pot(srcdir, extractor, output):
    podir = os.path.join(srcdir, 'po')
    with tempfile.TemporaryDirectory() as tmp:
        code_pot = os.path.join(tmp, 'code.pot')
        content_pot = os.path.join(tmp, 'content.pot')
        subprocess.run(['xgettext', '--package-name=' + DOMAIN, '--from-code=UTF-8',
                        '--add-comments=Translators', '--keyword=_', '--keyword=N_',
                        '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
                        '--keyword=ngettext:1,2', '--sort-by-file', '-D', srcdir,
                        '-o', code_pot] + potfiles(podir), check=True)
        subprocess.run([extractor, os.path.join(srcdir, 'data'), content_pot, 'data/'], check=True)
        subprocess.run(['msgcat', '--use-first', '-o', output, code_pot, content_pot], check=True)


def cmd_pot(args):
    make_pot(args.srcdir, args.extractor, os.path.join(args.srcdir, 'po', DOMAIN + '.pot'))


def cmd_update_po(args):
    cmd_pot(args)
    podir = os.path.join(args.srcdir, 'po')
    pot = os.path.join(podir, DOMAIN + '.pot')
    for lang in linguas(podir):
        po = os.path.join(podir, lang + '.po')
        if os.path.exists(po):
            subprocess.run(['msgmerge', '--quiet', '--update', '--backup=none', '--previous',
                            po, pot], check=True)
        else:
            subprocess.run(['msginit', '--no-translator', '--locale=' + lang,
                            '--input=' + pot, '--output-file=' + po], check=True)


def cmd_compile(args):
    podir = os.path.join(args.srcdir, 'po')
    os.makedirs(args.locale, exist_ok=True)
    for lang in linguas(podir):
        po = os.path.join(podir, lang + '.po')
        if not os.path.exists(po):
            continue  # listed, not yet created by update-po
        outdir = os.path.join(args.locale, lang, 'LC_MESSAGES')
        os.makedirs(outdir, exist_ok=True)
        subprocess.run(['msgfmt', '--check', '-o', os.path.join(outdir, DOMAIN + '.mo'), po],
                       check=True)
    with open(args.stamp, 'w', encoding='utf-8') as f:
        f.write('\n'.join(linguas(podir)) + '\n')


def cmd_install(args):
    prefix = os.environ.get('MESON_INSTALL_DESTDIR_PREFIX')
    if prefix is None:
        sys.exit('install: must run from meson install')
    if os.environ.get('MESON_INSTALL_QUIET') is None:
        print('Installing translations to', os.path.join(prefix, args.localedir))
    if not os.path.isdir(args.locale):
        return
    for lang in sorted(os.listdir(args.locale)):
        mo = os.path.join(args.locale, lang, 'LC_MESSAGES', DOMAIN + '.mo')
        if not os.path.isfile(mo):
            continue
        dest = os.path.join(prefix, args.localedir, lang, 'LC_MESSAGES')
        os.makedirs(dest, exist_ok=True)
        shutil.copyfile(mo, os.path.join(dest, DOMAIN + '.mo'))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest='command', required=True)
    for name, func in (('pot', cmd_pot), ('update-po', cmd_update_po)):
        p = sub.add_parser(name)
        p.add_argument('--srcdir', required=True)
        p.add_argument('--extractor', required=True)
        p.set_defaults(func=func)
    p = sub.add_parser('compile')
    p.add_argument('--srcdir', required=True)
    p.add_argument('--locale', required=True)
    p.add_argument('--stamp', required=True)
    p.set_defaults(func=cmd_compile)
    p = sub.add_parser('install')
    p.add_argument('--locale', required=True)
    p.add_argument('--localedir', required=True)
    p.set_defaults(func=cmd_install)
    args = parser.parse_args()
    args.func(args)


if __name__ == '__main__':
    main()
