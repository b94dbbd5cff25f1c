"""Ctrl+0 calls up the session's title slide from anywhere, undoably, and again goes back;
the keys help and the README's key table name it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop.core.activity import Activity
from workshop.core.audience import ViewMode
from workshop.core.commands import ShowActivity
from workshop.ui.control.keys_help import key_rows


def _ctrl_0(window) -> None:
    QTest.keyClick(window, Qt.Key_0, Qt.ControlModifier)


def test_ctrl_0_puts_the_title_slide_up_and_again_takes_it_away(qtbot, window):
    controller = window.controller
    QTest.keyClick(window.projector, Qt.Key_Right)
    position = controller.session.position
    assert window.projector.audience.view.mode is ViewMode.CARD
    _ctrl_0(window)
    view = window.projector.audience.view
    assert view.mode is ViewMode.TITLE and view.title == "Three cards"
    assert "22 November 2026" in view.facts
    assert window.session_view.strip.text.text().startswith("On the wall: the title")
    _ctrl_0(window)
    assert window.projector.audience.view.mode is ViewMode.CARD
    assert controller.session.position == position, "the card the session was at"


def test_the_title_slide_is_one_undo_and_stored(qtbot, window):
    controller = window.controller
    window.tabs.setCurrentWidget(window.board_panel)
    assert controller.session.activity is Activity.BOARD
    _ctrl_0(window)
    assert controller.session.activity is Activity.TITLE
    stored = window.library.sessions.load(controller.session.id)
    assert stored.activity is Activity.TITLE, "a restart shows the title slide too"
    assert controller.undo_stack.undoText() == "show the title slide"
    controller.undo_stack.undo()
    assert controller.session.activity is Activity.BOARD
    assert window.projector.audience.view.mode is ViewMode.BOARD
    controller.undo_stack.redo()
    assert window.projector.audience.view.mode is ViewMode.TITLE
    _ctrl_0(window)
    assert controller.session.activity is Activity.BOARD
    assert controller.undo_stack.undoText() == "back from the title slide"


def test_from_the_title_slide_a_new_session_opens_on_ctrl_0_or_the_clicker_goes_on(qtbot, window):
    controller = window.controller
    controller.run(ShowActivity(Activity.TITLE))  # as a new session opens
    _ctrl_0(window)
    assert controller.session.activity is Activity.CARDS, "nothing before it: the cards"
    _ctrl_0(window)
    assert controller.session.activity is Activity.TITLE
    # The clicker's forward from the title slide brings up the cards, as at the start.
    QTest.keyClick(window.projector, Qt.Key_PageDown)
    assert controller.session.activity is Activity.CARDS


def test_ctrl_0_is_in_the_keys_help_and_the_readme(window):
    rows = dict(key_rows(window))
    assert rows["Ctrl+0"] == "The title slide on the wall; again to go back"
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "| Ctrl+0 | The title slide on the wall; again to go back |" in readme
