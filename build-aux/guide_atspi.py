# guide_atspi.py - watch the running ROS1 Guide from outside, over AT-SPI
#
# What a screen reader sees: the application's accessibility tree on the
# session's accessibility bus. Used by build-aux/test-installed-package and
# build-aux/take-screenshots; needs Debian's python3-gi, gir1.2-atspi-2.0
# and at-spi2-core, and a D-Bus session (tests/run-with-display starts one).
#
# Copyright 2026 The ROS1 Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import time

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402

# AtspiError's ATSPI_ERROR_IPC, which the typelib does not export.
ATSPI_ERROR_IPC = 1

Atspi.init()


class NotSeen(Exception):
    """What we waited for did not come within the time allowed."""


def wait_for(condition, timeout, what, interval=0.1):
    """Poll condition() until it returns something true, for at most
    timeout seconds. Returns what it returned; raises NotSeen naming
    what was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise NotSeen('%s: not seen within %g s' % (what, timeout))
        time.sleep(interval)


def find_application(pid):
    """The accessible application of process pid, or None."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except GLib.Error:
            continue
    return None


class Node:
    """A plain copy of one accessible: role, name, text, states."""

    def __init__(self, accessible):
        self.accessible = accessible
        self.role = accessible.get_role_name()
        self.name = accessible.get_name() or ''
        self.text = ''
        if 'Text' in accessible.get_interfaces():
            self.text = Atspi.Text.get_text(accessible, 0, Atspi.Text.get_character_count(accessible))
        states = accessible.get_state_set()
        self.showing = states.contains(Atspi.StateType.SHOWING)

    def __repr__(self):
        return '%s %r' % (self.role, self.name)


def snapshot(app):
    """Every accessible of the application now, depth first. Objects that
    vanish while we walk are skipped."""
    app.clear_cache()
    nodes = []
    stack = [app]
    while stack:
        accessible = stack.pop()
        try:
            nodes.append(Node(accessible))
            count = accessible.get_child_count()
            children = [accessible.get_child_at_index(i) for i in range(count)]
        except GLib.Error:
            continue
        stack.extend(c for c in reversed(children) if c is not None)
    return nodes


def do_action(accessible, action_name):
    """Run the named action of an accessible (for example a window's
    "window.close"). Returns False if it has no such action.

    An action that ends the application (closing its last window) may
    make it leave the bus before it answers; that counts as done, and the
    caller checks how the process ended."""
    if 'Action' not in accessible.get_interfaces():
        return False
    for i in range(Atspi.Action.get_n_actions(accessible)):
        if Atspi.Action.get_action_name(accessible, i) == action_name:
            try:
                return Atspi.Action.do_action(accessible, i)
            except GLib.Error as e:
                if e.domain == 'atspi_error' and e.code == ATSPI_ERROR_IPC:
                    return True
                raise
    return False


def normalize(text):
    """Text with every run of white space made one space."""
    return re.sub(r'\s+', ' ', text).strip()
