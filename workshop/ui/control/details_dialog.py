"""SessionDetailsDialog: what the summary's cover says about a session, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
    is_iso_date,
    parse_participants,
    participants_text,
)
from workshop.core.session import Session
from workshop.ui.control.checked_dialog import CheckedDialog
from workshop.ui.translations import ui_language, ui_locale

# The picker's lowest date stands for "no date" (or the free text an older session kept).
NO_DATE = QDate(2000, 1, 1)


class SessionDetailsDialog(CheckedDialog):
    """Edits a session's details; `command()` is the change to run when accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self.setMinimumWidth(560)
        details = session.details
        self.title = self._line(details.title, self.tr("Session title"))
        self.date = self._date_picker(details.date)
        self.follow_up = self._line(details.follow_up_url, self.tr("Follow-up address"))
        self.follow_up.setPlaceholderText("https://…")
        self.venue = self._line(details.venue, self.tr("Venue"))
        self.organisation = self._line(details.organisation, self.tr("Organisation"))
        self.facilitators = self._line(details.facilitators, self.tr("Facilitators"))
        self.language = self._language_box(details.language)
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
        for line in (self.title, self.follow_up):
            line.textChanged.connect(self.check)
        self.date.dateChanged.connect(self.check)
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

    def _date_picker(self, stored: str) -> QDateEdit:
        """A calendar in the locale's format; the date is stored as year-month-day."""
        picker = QDateEdit(self)
        picker.setAccessibleName(self.tr("Session date"))
        picker.setCalendarPopup(True)
        locale = ui_locale()
        picker.setLocale(locale)
        picker.setDisplayFormat(locale.dateFormat(QLocale.LongFormat))
        picker.setMinimumDate(NO_DATE)
        picker.setMaximumDate(QDate(2999, 12, 31))
        # A date typed as free text in an older version is kept until another is picked.
        self._kept_text = "" if not stored.strip() or is_iso_date(stored) else stored.strip()
        picker.setSpecialValueText(self._kept_text or self.tr("No date"))
        day = QDate.fromString(stored.strip(), "yyyy-MM-dd") if is_iso_date(stored) else NO_DATE
        picker.setDate(day if day.isValid() else NO_DATE)
        return picker

    def _language_box(self, stored: str) -> QComboBox:
        """English or Dutch; a new session's is the UI's. Another stored language is kept."""
        box = QComboBox(self)
        box.setAccessibleName(self.tr("Language of the day"))
        box.addItem(self.tr("English"), "en")
        box.addItem(self.tr("Dutch"), "nl")
        if not stored.strip():
            box.setCurrentIndex(max(0, box.findData(ui_language())))
        elif stored.strip().lower() in ("en", "nl"):
            box.setCurrentIndex(box.findData(stored.strip().lower()))
        else:
            # "nl-BE" or "Nederlands" from the old text field: kept as it was, shown as such.
            box.addItem(stored.strip(), stored.strip())
            box.setCurrentIndex(box.count() - 1)
        return box

    def _date_text(self) -> str:
        if self.date.date() == NO_DATE:
            return self._kept_text
        return self.date.date().toString("yyyy-MM-dd")

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
            self._date_text(),
            self.follow_up.text(),
            self.venue.text(),
            self.organisation.text(),
            self.facilitators.text(),
            self.introduction.toPlainText(),
            self.count.value(),
            parse_participants(self.names.toPlainText()),
            self.language.currentData(),
            self.notes.toPlainText(),
        )

    def command(self) -> EditSessionDetails:
        """The edit as a command, not yet applied."""
        return EditSessionDetails(self.details())

    def trial(self) -> None:
        checked_details(self.details())
