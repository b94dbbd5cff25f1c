"""Ctrl+M merges only what the facilitator sees selected, in one column."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit


def fill_two_columns(qtbot, window):
    view = window.session_view
    view.show_tab(view.board_panel)
    panel = view.board_panel
    panel.default_columns()
    for n in range(6):
        if n == 3:
            qtbot.keyClick(panel.tip, Qt.Key_2, Qt.AltModifier)
        qtbot.keyClicks(panel.tip, f"tip {n}")
        qtbot.keyClick(panel.tip, Qt.Key_Return)
    board = window.controller.session.board
    first, second = (panel.lists[c.id] for c in board.live_columns()[:2])
    return panel, board, first, second


def name_it(qtbot, title: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.findChild(QLineEdit), title)
        qtbot.keyClick(dialog, Qt.Key_Return)

    QTimer.singleShot(0, fill)


def test_ctrl_m_merges_only_the_focused_columns_selection(qtbot, window) -> None:
    panel, board, first, second = fill_two_columns(qtbot, window)
    first.item(0).setSelected(True)  # left over from earlier work in another column
    second.setFocus()
    second.item(0).setSelected(True)
    second.item(1).setSelected(True)
    name_it(qtbot, "Together")
    qtbot.keyClick(second, Qt.Key_M, Qt.ControlModifier)
    merged = [t for t in board.tips.values() if t.cluster and not t.deleted]
    assert sorted(t.text for t in merged) == ["tip 3", "tip 4"]
    assert {t.column for t in merged} == {second.column_id}
    assert board.tips[first.item(0).data(Qt.UserRole)].cluster == 0
    assert not first.selectedItems() and not second.selectedItems()


def test_selections_in_two_columns_are_refused_in_words(qtbot, window) -> None:
    panel, board, first, second = fill_two_columns(qtbot, window)
    first.item(0).setSelected(True)
    second.item(0).setSelected(True)
    panel.tip.setFocus()  # the Merge button or Ctrl+M from the tip line
    panel.merge()
    assert not board.clusters
    assert "2 columns" in panel.status.text()
