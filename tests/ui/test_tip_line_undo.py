"""Ctrl+Z in the tip line: the typing while there is some, then the session's undo."""

from __future__ import annotations

from PySide6.QtCore import Qt


def tips(window) -> list[str]:
    return [t.text for t in window.controller.session.board.tips.values()]


def test_ctrl_z_after_enter_takes_the_tip_back_and_ctrl_shift_z_brings_it_again(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_2, Qt.ControlModifier)
    line = window.board_panel.tip
    assert line.hasFocus()
    qtbot.keyClicks(line, "Name a host")
    qtbot.keyClick(line, Qt.Key_Return)
    assert tips(window) == ["Name a host"] and line.text() == ""
    qtbot.keyClick(line, Qt.Key_Z, Qt.ControlModifier)
    assert tips(window) == [] and line.text() == ""  # the tip, not the typing, came back
    qtbot.keyClick(line, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert tips(window) == ["Name a host"] and line.text() == ""
    # While there is typing, Ctrl+Z is the field's own.
    qtbot.keyClicks(line, "Thank")
    qtbot.keyClick(line, Qt.Key_Z, Qt.ControlModifier)
    assert line.text() == "" and tips(window) == ["Name a host"]


def test_alt_and_a_column_the_board_lacks_is_refused_in_words(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_2, Qt.ControlModifier)
    panel = window.board_panel
    qtbot.keyClicks(panel.tip, "First tip")
    qtbot.keyClick(panel.tip, Qt.Key_Return)  # the first tip makes three columns
    qtbot.keyClick(panel.tip, Qt.Key_9, Qt.AltModifier)
    said = window.statusBar().currentMessage()
    assert "There is no column 9" in said and "has 3" in said, said
    assert panel.column.currentIndex() == 0
