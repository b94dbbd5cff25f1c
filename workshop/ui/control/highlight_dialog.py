"""HighlightDialog: mark the card on screen as a highlight for people who were not there."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop.core.details import SessionDetails
from workshop.core.highlights import SetHighlight
from workshop.core.session import Highlight, Session
from workshop.ui.control.checked_dialog import CheckedDialog


class HighlightDialog(CheckedDialog):
    """An introduction and an optional link; `command()` marks, changes or unmarks."""

    def __init__(self, session: Session, round_index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.round_index = round_index
        self.remove = False
        card = session.rounds[round_index]
        existing = session.highlights.get(round_index)
        self.setWindowTitle(self.tr("Highlight: {0}").format(card.title))
        self.setMinimumWidth(520)
        self.introduction = QPlainTextEdit(existing.introduction if existing else "", self)
        self.introduction.setAccessibleName(self.tr("Introduction for people who were not there"))
        self.introduction.setPlaceholderText(
            self.tr("Why this card is worth following up, in a few lines.")
        )
        self.introduction.setTabChangesFocus(True)
        self.link = QLineEdit(existing.url if existing else "", self)
        self.link.setAccessibleName(self.tr("Link"))
        self.link.setPlaceholderText(session.highlight_link(round_index) or "https://…")
        if existing is not None:
            unmark = self.buttons.addButton(
                self.tr("&Remove highlight"), QDialogButtonBox.ResetRole
            )
            unmark.setAccessibleName(self.tr("Remove the highlight"))
            unmark.clicked.connect(self._unmark)
        form = QFormLayout()
        form.addRow(self.tr("&Introduction"), self.introduction)
        form.addRow(self.tr("&Link"), self.link)
        self.introduction.textChanged.connect(self.check)
        self.link.textChanged.connect(self.check)
        self.finish(
            form,
            self.tr(
                "Without a link of its own, the highlight points to the card's first link, "
                "else to the session's follow-up address."
            ),
        )

    def _unmark(self) -> None:
        self.remove = True
        self.accept()

    def command(self) -> SetHighlight:
        """The change to run: mark with these words, or unmark."""
        if self.remove:
            return SetHighlight(self.round_index, None)
        return SetHighlight(
            self.round_index,
            Highlight(self.round_index, self.introduction.toPlainText(), self.link.text()),
        )

    def trial(self) -> None:
        """Try the change on a copy of the session's rounds, never on the session."""
        self.command().apply(Session(SessionDetails("trial"), rounds=self.session.rounds))
