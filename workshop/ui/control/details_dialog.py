"""SessionDetailsDialog: what the summary's cover says about a session, checked as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workshop.core.commands import EditSessionDetails
from workshop.core.details import (
    MAX_PARTICIPANTS,
    SessionDetails,
    checked_details,
    parse_participants,
    participants_text,
)
from workshop.core.session import Session
from workshop.ui.control.checked_dialog import CheckedDialog


class SessionDetailsDialog(CheckedDialog):
    """Edits a session's details; `command()` is the change to run when accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self.setMinimumWidth(560)
        details = session.details
        self.title = self._line(details.title, self.tr("Session title"))
        self.date = self._line(details.date, self.tr("Session date"))
        self.date.setPlaceholderText("2026-03-05")
        self.follow_up = self._line(details.follow_up_url, self.tr("Follow-up address"))
        self.follow_up.setPlaceholderText("https://…")
        self.venue = self._line(details.venue, self.tr("Venue"))
        self.organisation = self._line(details.organisation, self.tr("Organisation"))
        self.facilitators = self._line(details.facilitators, self.tr("Facilitators"))
        self.language = self._line(details.language, self.tr("Language of the day"))
        self.language.setPlaceholderText(self.tr("e.g. nl or en"))
        self.language.setToolTip(
            self.tr("The summary, the handout and the shared page use Dutch words for nl.")
        )
        self.notes = self._text(details.notes, self.tr("Notes (only for you)"))
        self.count = QSpinBox(self)
        self.count.setRange(0, MAX_PARTICIPANTS)
        self.count.setValue(details.participant_count)
        self.count.setAccessibleName(self.tr("Number of participants"))
        self.names = self._text(participants_text(details.participants), self.tr("Participants"))
        self.names.setPlaceholderText(self.tr("One per line, optionally: name, organisation"))
        self.introduction = self._text(details.introduction, self.tr("Introduction"))
        self.introduction.setPlaceholderText(
            self.tr("A few lines for people who were not there: what the day was about.")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Follow-up address"), self.follow_up)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("F&acilitators"), self.facilitators)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Number of participants"), self.count)
        form.addRow(self.tr("&Participants' names"), self.names)
        form.addRow(self.tr("&Introduction"), self.introduction)
        form.addRow(self.tr("Not&es"), self.notes)
        for line in (self.title, self.date, self.follow_up):
            line.textChanged.connect(self.check)
        for text in (self.names, self.introduction):
            text.textChanged.connect(self.check)
        self.count.valueChanged.connect(self.check)
        # The count follows the names as they are pasted, unless it was set higher by hand
        # (people who come without being on the list).
        self._named = len(details.participants)
        self.names.textChanged.connect(self._count_names)
        self.finish(
            form,
            self.tr(
                "The summary's QR code points to the follow-up address. Names of participants "
                "appear only in the participants' edition of the summary."
            ),
        )

    def _count_names(self) -> None:
        named = len(parse_participants(self.names.toPlainText()))
        if self.count.value() in (0, self._named) or self.count.value() < named:
            self.count.setValue(named)
        self._named = named

    def _line(self, value: str, name: str) -> QLineEdit:
        line = QLineEdit(value, self)
        line.setAccessibleName(name)
        return line

    def _text(self, value: str, name: str) -> QPlainTextEdit:
        text = QPlainTextEdit(value, self)
        text.setAccessibleName(name)
        text.setTabChangesFocus(True)
        text.setMaximumHeight(90)
        return text

    def details(self) -> SessionDetails:
        """The fields as typed, not yet checked."""
        return SessionDetails(
            self.title.text(),
            self.date.text(),
            self.follow_up.text(),
            self.venue.text(),
            self.organisation.text(),
            self.facilitators.text(),
            self.introduction.toPlainText(),
            self.count.value(),
            parse_participants(self.names.toPlainText()),
            self.language.text(),
            self.notes.toPlainText(),
        )

    def command(self) -> EditSessionDetails:
        """The edit as a command, not yet applied."""
        return EditSessionDetails(self.details())

    def trial(self) -> None:
        checked_details(self.details())
