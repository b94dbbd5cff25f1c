"""ExportDialog: which PDFs to write for a session, for whom, on what paper, and where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core.session import Session
from workshop.export.files import safe_file_name
from workshop.export.wording import file_words
from workshop.ui import settings


def _pdf(path: str) -> Path:
    path = path.strip()
    return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")


def default_paper() -> str:
    """The paper chosen in Settings, else what the user's country prints on."""
    return settings.paper()


def _paper_box(parent: QWidget) -> QComboBox:
    """A4 or US Letter, starting with what the user's country prints on."""
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("ExportDialog", "Paper size"))
    box.addItem(QCoreApplication.translate("ExportDialog", "A4"), "a4")
    box.addItem(QCoreApplication.translate("ExportDialog", "US Letter"), "letter")
    box.setCurrentIndex(box.findData(default_paper()))
    return box


def edition_box(parent: QWidget) -> QComboBox:
    """Who the summary is for: the absentee edition (the default) names no participant."""
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("ExportDialog", "Edition"))
    box.addItem(
        QCoreApplication.translate(
            "ExportDialog", "For people who were not there (no participant names)"
        ),
        "absentee",
    )
    box.addItem(
        QCoreApplication.translate("ExportDialog", "For participants (names included)"),
        "participants",
    )
    return box


def _file_row(parent: QDialog, line: QLineEdit, label: str) -> tuple[QLabel, QHBoxLayout]:
    """A label whose shortcut reaches the file name, and the name with a Browse… button."""
    buddy = QLabel(label, parent)
    buddy.setBuddy(line)
    button = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"), parent)
    button.setAccessibleName(
        QCoreApplication.translate("ExportDialog", "Choose where to save: {0}").format(
            line.accessibleName()
        )
    )

    def browse() -> None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportDialog", "Save as"),
            line.text(),
            QCoreApplication.translate("ExportDialog", "PDF files (*.pdf)"),
        )
        if name:
            line.setText(name)

    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(line, 1)
    row.addWidget(button)
    return buddy, row


class ExportDialog(QDialog):
    """Asks for the summary's edition, paper and file, and optionally the handout's file."""

    def __init__(self, session: Session, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export summary"))
        self.setMinimumWidth(600)
        base = folder / safe_file_name(session.details.title)
        summary, handout = file_words(session.details.language)  # named in the day's language
        self.summary = QLineEdit(f"{base} - {summary}.pdf", self)
        self.summary.setAccessibleName(self.tr("Summary file"))
        self.edition = edition_box(self)
        self.paper = _paper_box(self)
        self.with_handout = QCheckBox(
            self.tr("Also a follow-up &handout, one highlight per page"), self
        )
        self.with_handout.setAccessibleName(self.tr("Also write the follow-up handout"))
        self.handout = QLineEdit(f"{base} - {handout}.pdf", self)
        self.handout.setAccessibleName(self.tr("Handout file"))
        has_highlights = bool(session.highlights)
        self.with_handout.setEnabled(has_highlights)
        self.with_handout.setChecked(has_highlights)
        self.handout.setEnabled(has_highlights)
        self.with_handout.toggled.connect(self.handout.setEnabled)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        if not has_highlights:
            self.problem.setText(
                self.tr("No handout: mark a card as a highlight (Ctrl+H) to hand it out.")
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(*_file_row(self, self.summary, self.tr("&Summary file")))
        form.addRow(self.tr("&Edition"), self.edition)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow("", self.with_handout)
        form.addRow(*_file_row(self, self.handout, self.tr("Handout &file")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        if not self.summary.text().strip():
            self.problem.setText(self.tr("Say where to save the summary."))
            return
        if self.with_handout.isChecked() and not self.handout.text().strip():
            self.problem.setText(self.tr("Say where to save the handout."))
            return
        self.accept()

    def choices(self) -> tuple[Path, str, str, Path | None]:
        """Summary file, edition, paper, and the handout file (None for no handout)."""
        handout = _pdf(self.handout.text()) if self.with_handout.isChecked() else None
        return (
            _pdf(self.summary.text()),
            self.edition.currentData(),
            self.paper.currentData(),
            handout,
        )


class PrintCardsDialog(QDialog):
    """Asks how many cards to a page, on what paper, and where to save the sheets."""

    def __init__(self, deck_title: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print cards"))
        self.setMinimumWidth(560)
        deck, cards = self.tr("deck"), self.tr("cards")  # the default file name's words
        name = f"{safe_file_name(deck_title, deck)} - {cards}.pdf"
        self.target = QLineEdit(str(folder / name), self)
        self.target.setAccessibleName(self.tr("Card sheets file"))
        self.per_page = QComboBox(self)
        self.per_page.setAccessibleName(self.tr("Cards per page"))
        self.per_page.addItem(self.tr("4 per page (large)"), 4)
        self.per_page.addItem(self.tr("8 per page (small)"), 8)
        self.paper = _paper_box(self)
        note = QLabel(
            self.tr(
                "Each page of fronts is followed by its backs: print on both sides, "
                "flipping on the long edge, and cut along the marks."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Print to PDF"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(*_file_row(self, self.target, self.tr("&File")))
        form.addRow(self.tr("&Cards per page"), self.per_page)
        form.addRow(self.tr("&Paper"), self.paper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choices(self) -> tuple[Path, int, str]:
        """The file, cards per page, and paper."""
        return _pdf(self.target.text()), self.per_page.currentData(), self.paper.currentData()
