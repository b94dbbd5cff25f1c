"""The session keys, the same in both windows, so a presentation clicker works wherever focus is."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from workshop.core.activity import Activity
from workshop.core.session import Blank
from workshop.ui.wall import Wall


class KeyAction(Enum):
    """What a session key does."""

    FORWARD = auto()
    BACK = auto()
    BLANK_BLACK = auto()
    BLANK_WHITE = auto()
    TIMER = auto()
    ADD_MINUTE = auto()
    RESULTS = auto()
    RESULT_STYLE = auto()
    HELP = auto()
    NEXT_ACTIVITY = auto()
    PREVIOUS_ACTIVITY = auto()
    SUMMARY = auto()


KEYMAP: dict[int, KeyAction] = {
    Qt.Key_Right: KeyAction.FORWARD,
    Qt.Key_PageDown: KeyAction.FORWARD,
    Qt.Key_Space: KeyAction.FORWARD,
    Qt.Key_Left: KeyAction.BACK,
    Qt.Key_PageUp: KeyAction.BACK,
    Qt.Key_B: KeyAction.BLANK_BLACK,
    Qt.Key_Period: KeyAction.BLANK_BLACK,
    Qt.Key_W: KeyAction.BLANK_WHITE,
    Qt.Key_T: KeyAction.TIMER,
    Qt.Key_M: KeyAction.ADD_MINUTE,
    Qt.Key_R: KeyAction.RESULTS,
    Qt.Key_V: KeyAction.RESULT_STYLE,
    Qt.Key_Question: KeyAction.HELP,
    Qt.Key_N: KeyAction.NEXT_ACTIVITY,
    # Shift reverses N, as it reverses Tab: back to the activity before.
    (Qt.ShiftModifier | Qt.Key_N).toCombined(): KeyAction.PREVIOUS_ACTIVITY,
    Qt.Key_Q: KeyAction.SUMMARY,
    Qt.Key_F1: KeyAction.HELP,
}
# Clicker keys that no text field needs, so they work even while typing.
ALWAYS = {Qt.Key_PageDown, Qt.Key_PageUp, Qt.Key_F1}
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def editable(widget: QWidget | None) -> bool:
    """True for a field that takes typed letters: a room key there is the user's text."""
    if not isinstance(widget, TEXT_INPUTS):
        return False
    if isinstance(widget, QComboBox):
        return True  # a letter picks an item in any list box
    return not widget.isReadOnly()  # type: ignore[union-attr]


def perform(wall: Wall, action: KeyAction) -> None:
    """Carry out a key's action on the session (HELP is the window's to show)."""
    controller = wall.controller
    actions = {
        KeyAction.FORWARD: wall.forward,
        KeyAction.BACK: wall.back,
        KeyAction.BLANK_BLACK: lambda: controller.toggle_blank(Blank.BLACK),
        KeyAction.BLANK_WHITE: lambda: controller.toggle_blank(Blank.WHITE),
        KeyAction.TIMER: controller.toggle_timer,
        KeyAction.ADD_MINUTE: controller.add_minute,
        KeyAction.RESULTS: controller.toggle_results,
        KeyAction.RESULT_STYLE: controller.toggle_result_style,
        KeyAction.NEXT_ACTIVITY: controller.next_activity,
        KeyAction.PREVIOUS_ACTIVITY: controller.previous_activity,
        KeyAction.SUMMARY: controller.toggle_summary,
    }
    # The results belong to a card; with anything else on the wall R and V do nothing.
    off_cards = controller.session.activity is not Activity.CARDS
    if action in actions and not (
        off_cards and action in (KeyAction.RESULTS, KeyAction.RESULT_STYLE)
    ):
        actions[action]()


class SessionKeys(QObject):
    """An application event filter that routes session keys from the windows it serves."""

    def __init__(
        self,
        wall: Wall,
        windows: list[QWidget],
        on_digit: Callable[[str], None] | None = None,
        on_help: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(wall)
        self.wall = wall
        self.controller = wall.controller
        self.windows = windows
        self.on_digit = on_digit
        self.on_help = on_help
        QApplication.instance().installEventFilter(self)

    def detach(self) -> None:
        """Stop listening, when the session closes."""
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() not in self.windows:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            return False
        key = key_event.key()
        # The field with focus decides, not the widget the event reached: a key a field
        # refuses (a letter in a time field) travels on to its parents, and must stay text.
        focus = QApplication.focusWidget()
        typing = editable(watched) or (
            editable(focus) and focus is not None and focus.window() is watched.window()
        )
        if typing and key not in ALWAYS:
            return False
        # Shift+N has its own action; other shifted keys (?, capitals) are the plain key's.
        action = KEYMAP.get(key_event.keyCombination().toCombined(), KEYMAP.get(key))
        if action is KeyAction.HELP:
            if self.on_help:
                self.on_help()
            return True
        if action is not None:
            perform(self.wall, action)
            return True
        # Digits record a group's choice on the cards; elsewhere they are the lists' own.
        on_cards = self.controller.session.activity is Activity.CARDS
        if self.on_digit and on_cards and Qt.Key_1 <= key <= Qt.Key_9:
            self.on_digit(key_event.text())
            return True
        return False
