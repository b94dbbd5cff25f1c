"""KeysHelp: every key, generated from the session key map and the window's own actions."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.ui.keys import KEYMAP, KeyAction


def _t(text: str) -> str:
    return QCoreApplication.translate("KeysHelp", text)


# What each session key does; marked here for lupdate, translated when shown.
DOES: dict[KeyAction, str] = {
    KeyAction.FORWARD: QT_TRANSLATE_NOOP(
        "KeysHelp", "Next reveal step or page, then the next card"
    ),
    KeyAction.BACK: QT_TRANSLATE_NOOP("KeysHelp", "Back one step or page"),
    KeyAction.BLANK_BLACK: QT_TRANSLATE_NOOP(
        "KeysHelp", "Blank the projector black; again to show"
    ),
    KeyAction.BLANK_WHITE: QT_TRANSLATE_NOOP(
        "KeysHelp", "Blank the projector white; again to show"
    ),
    KeyAction.TIMER: QT_TRANSLATE_NOOP("KeysHelp", "Start or pause the timer"),
    KeyAction.ADD_MINUTE: QT_TRANSLATE_NOOP("KeysHelp", "One minute more on the timer"),
    KeyAction.RESULTS: QT_TRANSLATE_NOOP(
        "KeysHelp", "Reveal the results together; again for the card"
    ),
    KeyAction.RESULT_STYLE: QT_TRANSLATE_NOOP(
        "KeysHelp", "Results as a bar chart, or the groups side by side"
    ),
    KeyAction.HELP: QT_TRANSLATE_NOOP("KeysHelp", "All the keys (this list)"),
    KeyAction.NEXT_ACTIVITY: QT_TRANSLATE_NOOP(
        "KeysHelp", "The next activity of the agenda, on the wall"
    ),
    KeyAction.PREVIOUS_ACTIVITY: QT_TRANSLATE_NOOP(
        "KeysHelp", "Back to the activity before, on the wall"
    ),
    KeyAction.SUMMARY: QT_TRANSLATE_NOOP(
        "KeysHelp", "The summary's QR code on the wall; again to go back"
    ),
}

# Keys a panel reads itself: typed into a field, or its own shortcuts (the tips board's).
PANEL_KEYS: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("KeysHelp", "1–9, letter, reason, Enter"),
     QT_TRANSLATE_NOOP("KeysHelp", "Record a group's choice")),
    (QT_TRANSLATE_NOOP("KeysHelp", "1–4, count, Enter / + −"),
     QT_TRANSLATE_NOOP("KeysHelp", "Plenary: hands for option A–D")),
    (QT_TRANSLATE_NOOP("KeysHelp", "Ctrl+Enter"),
     QT_TRANSLATE_NOOP("KeysHelp", "Agenda: start the selected activity now")),
    ("Alt+1–9", QT_TRANSLATE_NOOP("KeysHelp", "Tips board: the column for the next tip")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("KeysHelp", "Tips board: merge the selected tips")),
    ("Esc", QT_TRANSLATE_NOOP("KeysHelp", "Leave the projector's full screen")),
]  # fmt: skip


def panel_rows() -> list[tuple[str, str]]:
    """The panels' own keys, in the user's language."""
    return [(_t(key), _t(does)) for key, does in PANEL_KEYS]


def session_key_rows() -> list[tuple[str, str]]:
    """One row per session key action, its keys as Qt names them, in the key map's order."""
    keys: dict[KeyAction, list[str]] = {}
    for key, action in KEYMAP.items():
        keys.setdefault(action, []).append(QKeySequence(key).toString(QKeySequence.NativeText))
    return [(", ".join(names), _t(DOES[action])) for action, names in keys.items()]


def _clean(text: str) -> str:
    """A menu text without its hint after a tab, its mnemonic & and its ellipsis."""
    text = text.split("\t")[0]
    return re.sub(r"&(.)", r"\1", text).rstrip("…").strip()


def menu_rows(menus: list[QMenu]) -> list[tuple[str, str]]:
    """Every action with a shortcut in these menus (and their submenus), as shown there."""
    rows: list[tuple[str, str]] = []
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                rows += menu_rows([action.menu()])
                continue
            shortcuts = action.shortcuts()
            if not shortcuts:
                continue
            key = " / ".join(s.toString(QKeySequence.NativeText) for s in shortcuts)
            rows.append((key, action.statusTip() or _clean(action.text())))
    return rows


def window_menus(window: QMainWindow) -> list[QMenu]:
    """The menus of a window's menu bar."""
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


def key_rows(window: QMainWindow | None) -> list[tuple[str, str]]:
    """Every key of the app: the session keys, the panels' keys and the menus' shortcuts."""
    rows = session_key_rows() + panel_rows()
    if window is not None:
        rows += menu_rows(window_menus(window))
    return rows


def hinted_keys(window: QMainWindow) -> list[str]:
    """The single keys the menus name after a tab (SessionKeys handles them)."""
    hints: list[str] = []
    for menu in window_menus(window):
        for action in menu.actions():
            if "\t" in action.text():
                hints.append(action.text().split("\t", 1)[1])
    return hints


class KeysHelp(QDialog):
    """A read-only table of keys and what they do; Esc, Enter or F1 closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.setMinimumSize(640, 560)
        rows = key_rows(parent if isinstance(parent, QMainWindow) else None)
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


def markdown_table(rows: list[tuple[str, str]]) -> str:
    """The rows as the README's key table."""
    lines = ["| key | does |", "|---|---|"]
    lines += [f"| {key} | {does} |" for key, does in rows]
    return "\n".join(lines) + "\n"
