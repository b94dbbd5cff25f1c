"""SessionLine: a one-line field whose Ctrl+Z is the session's undo once it has nothing of
its own to undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class SessionLine(QLineEdit):
    """A QLineEdit takes Ctrl+Z even with no typing to undo, so the session's Undo never
    came: after Enter put a tip on the board, Ctrl+Z refilled the line with the tip (and the
    next Enter added it twice) instead of taking the tip back. With nothing of its own to
    undo or redo, the field lets the key through to the window's Undo and Redo."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            undo = event.matches(QKeySequence.Undo) and not self.isUndoAvailable()
            redo = combo in REDO_KEYS and not self.isRedoAvailable()
            if undo or redo:
                event.ignore()
                return False
        return super().event(event)

    def ready_for_next(self) -> None:
        """Empty the field and forget its typing: the next Ctrl+Z is the session's."""
        self.setText("")
