"""CheckedDialog: a form checked as you type; OK is allowed only when the change would pass."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop.core.errors import CommandRejected
from workshop.ui.messages import user_message


class CheckedDialog(QDialog):
    """Subclasses build a form, call `finish(form, hint)`, and say in `trial()` what to check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What needs fixing"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self, form: QFormLayout, hint: str) -> None:
        """Lay out the form, a hint under it, the problem line and the buttons; check once."""
        note = QLabel(hint, self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.check()

    def trial(self) -> None:
        """Raise CommandRejected if the form's change would be refused."""
        raise NotImplementedError

    def check(self) -> bool:
        """Show what is wrong and allow OK only when nothing is."""
        try:
            self.trial()
        except CommandRejected as exc:
            self.problem.setText(user_message(exc))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return False
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        return True
