"""EventReportDialog: which sessions of the library make one event's report, its title and file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.store.sessions import SessionSummary
from workshop.ui.control.export_dialog import _file_row, _pdf, edition_box
from workshop.ui.translations import shown_date


class EventReportDialog(QDialog):
    """Asks which sessions (rooms, days) made the event, its title, follow-up address and file."""

    def __init__(
        self, sessions: list[SessionSummary], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event report"))
        self.setMinimumWidth(600)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Event title"))
        self.follow_up = QLineEdit(self)
        self.follow_up.setAccessibleName(self.tr("The event's follow-up address"))
        self.follow_up.setPlaceholderText("https://")
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(self.tr("Sessions of the event"))
        for summary in sessions:
            line = f"{shown_date(summary.date) or '-'}  {summary.title}"
            item = QListWidgetItem(line, self.sessions)
            item.setData(Qt.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.edition = edition_box(self)
        self.target = QLineEdit(str(folder / "event report.pdf"), self)
        self.target.setAccessibleName(self.tr("Event report file"))
        note = QLabel(
            self.tr(
                "One PDF: the event's cover and At a glance, then a chapter per session. Sessions "
                "run on other laptops come in with 'workshop session restore ARCHIVE.json'."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Write the report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Follow-up address"), self.follow_up)
        form.addRow(self.tr("&Sessions"), self.sessions)
        form.addRow(self.tr("&Edition"), self.edition)
        form.addRow(*_file_row(self, self.target, self.tr("&File")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_ids(self) -> list[int]:
        """The ticked sessions, in the list's order."""
        items = (self.sessions.item(i) for i in range(self.sessions.count()))
        return [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]

    def choices(self) -> tuple[list[int], str, str, str, Path]:
        """Sessions, title, follow-up address, edition, file."""
        return (
            self.chosen_ids(),
            self.title.text().strip(),
            self.follow_up.text().strip(),
            self.edition.currentData(),
            _pdf(self.target.text()),
        )
