"""SessionDetailsDialog: the session's title, date and follow-up address, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.core.commands import CommandRejected, EditSessionDetails
from workshop.core.session import Session
from workshop.ui.messages import user_message


class SessionDetailsDialog(QDialog):
    """Edits a session's details; `command()` is the change to run when accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self.setMinimumWidth(520)
        self.session = session
        self.title = QLineEdit(session.title, self)
        self.title.setAccessibleName(self.tr("Session title"))
        self.date = QLineEdit(session.date, self)
        self.date.setAccessibleName(self.tr("Session date"))
        self.date.setPlaceholderText("2026-03-05")
        self.follow_up = QLineEdit(session.follow_up_url, self)
        self.follow_up.setAccessibleName(self.tr("Follow-up address"))
        self.follow_up.setPlaceholderText("https://…")
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What needs fixing"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Follow-up address"), self.follow_up)
        hint = QLabel(self.tr("The summary's QR code points to the follow-up address."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.title, self.date, self.follow_up):
            field.textChanged.connect(self.check)
        self.check()

    def command(self) -> EditSessionDetails:
        """The edit as a command, not yet applied."""
        return EditSessionDetails(self.title.text(), self.date.text(), self.follow_up.text())

    def check(self) -> bool:
        """Try the edit on a copy; show what is wrong and allow OK only when nothing is."""
        trial = Session(title=self.session.title, date=self.session.date)
        try:
            self.command().apply(trial)
        except CommandRejected as exc:
            self.problem.setText(user_message(exc))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return False
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        return True
