"""The agenda by keys in the app: Shift+N goes back, Ctrl+Enter starts the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_typing_never_acts import plan_a_day
from workshop.core.activity import Activity
from workshop.ui.control.keys_help import key_rows


def test_shift_n_goes_back_and_undo_brings_it_forward(qtbot, window) -> None:
    plan_a_day(window)  # welcome, game, tips; an exercise running outside the agenda
    controller = window.controller
    window.session_view.cards_panel.take_keys()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_N)
    assert controller.session.activity is Activity.BOARD
    qtbot.keyClick(window.projector, Qt.Key_N, Qt.ShiftModifier)  # the clicker's window too
    assert controller.session.agenda.current == 1
    assert controller.session.activity is Activity.CARDS
    assert controller.session.agenda.items[2].started_at is None
    controller.undo_stack.undo()
    assert controller.session.agenda.current == 2
    assert controller.session.activity is Activity.BOARD


def test_ctrl_enter_on_the_list_starts_that_activity(qtbot, window) -> None:
    plan_a_day(window)
    controller = window.controller
    view = window.session_view
    view.show_tab(view.agenda_panel)
    table = view.agenda_panel.table
    table.setFocus()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key_Return, Qt.ControlModifier)
    assert controller.session.agenda.current == 2
    assert controller.session.activity is Activity.BOARD
    assert controller.session.agenda.items[0].started_at is None
    assert "▶" in table.item(2, 0).text()


def test_the_keys_help_names_the_new_keys(window) -> None:
    keys = dict(key_rows(window))
    assert any("Shift+N" in key for key in keys)
    assert "Ctrl+Enter" in keys


def test_a_clicker_press_under_the_qr_code_says_why_nothing_moved(qtbot, window) -> None:
    controller = window.controller
    controller.toggle_summary()  # the fixture's session has a follow-up address
    assert controller.session.activity is Activity.SUMMARY
    window.statusBar().clearMessage()
    qtbot.keyClick(window.projector, Qt.Key_PageDown)
    assert controller.session.activity is Activity.SUMMARY
    assert "QR code" in window.statusBar().currentMessage()
    assert "Q " in window.statusBar().currentMessage()
