"""The control window's keys: each given to one action only, and Enter starts a session."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.ui.test_card_choice import home_window


def test_no_key_is_given_to_two_actions_of_a_running_session(window):
    # A key bound twice is an "ambiguous shortcut" that does nothing (Redo did, where
    # QKeySequence.Redo is Ctrl+Shift+Z).
    keys = Counter(
        key.toString()
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    )
    assert {"Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+W", "Ctrl+F4", "Ctrl+Q"} <= set(keys)
    assert [key for key, n in keys.items() if n > 1] == []


def test_a_title_and_enter_start_the_session(qtbot, library):
    window = home_window(qtbot, library)
    home = window.home
    home.title.setFocus()
    qtbot.keyClicks(home.title, "Team day")
    qtbot.keyClick(home.title, Qt.Key_Return)
    assert window.controller is not None
    assert window.controller.session.details.title == "Team day"
