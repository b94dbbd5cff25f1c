"""KeysHelp: every key of a running session, shown over the control window (F1 or ?)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class KeysHelp(QDialog):
    """A read-only table of keys and what they do; Esc, Enter or F1 closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.setMinimumSize(640, 560)
        rows = [
            (self.tr("Right, PageDown, Space"), self.tr("Next reveal step, then the next card")),
            (self.tr("Left, PageUp"), self.tr("Back one step")),
            (self.tr("B or . / W"), self.tr("Blank the projector black / white; again to show")),
            (self.tr("1–9, letter, reason, Enter"), self.tr("Record a group's choice")),
            (self.tr("R"), self.tr("Reveal the results together; again for the card")),
            (self.tr("V"), self.tr("Results as a bar chart, or the groups side by side")),
            (self.tr("Ctrl+P"), self.tr("Play this card in plenary (hands) or in groups")),
            (self.tr("1–4, count, Enter / + −"), self.tr("Plenary: hands for option A–D")),
            (self.tr("T"), self.tr("Start or pause the timer")),
            (self.tr("M"), self.tr("One minute more on the timer")),
            (self.tr("Ctrl+H"), self.tr("Mark the card as a highlight")),
            (
                self.tr("Ctrl+1 … Ctrl+4"),
                self.tr("On the wall: cards, tips board, groups, exercise"),
            ),
            (self.tr("Ctrl+Z / Ctrl+Shift+Z"), self.tr("Undo / redo")),
            (self.tr("Ctrl+E"), self.tr("Export the summary")),
            (self.tr("Q"), self.tr("The summary's QR code on the wall; again to go back")),
            (self.tr("Ctrl+Shift+S"), self.tr("Share the summary in the room, or stop sharing")),
            (self.tr("F5 / Esc"), self.tr("Projector full screen / leave full screen")),
            (self.tr("F1 or ?"), self.tr("This list")),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keys and what they do"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (key, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_F1, Qt.Key_Question, Qt.Key_Return, Qt.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def texts(self) -> list[tuple[str, str]]:
        """The rows as shown, for tests and screen readers."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
