"""AboutDialog: the version, and the licences of the app and of the fonts it ships."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop import __version__, paths

FONT_LICENCES = ("LICENSE-DejaVu.txt", "LICENSE-Symbola.txt")


class AboutDialog(QDialog):
    """Workshop's version and licence, and the font licences in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Workshop"))
        self.setMinimumSize(560, 480)
        self.summary = QLabel(
            self.tr(
                "<h2>Workshop {0}</h2>"
                "<p>Run in-person trainings from a laptop and a projector: dilemma cards, "
                "groups, tips, and a summary for those who were not there.</p>"
                "<p>Workshop is free software under the MIT licence.</p>"
                "<p>Its fonts: DejaVu Sans (Bitstream Vera licence, changes in the public "
                "domain) and Symbola by George Douros (free for any use). Their licences "
                "follow.</p>"
            ).format(__version__),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setAccessibleName(self.tr("Version and licence"))
        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName(self.tr("Font licences"))
        fonts = paths.resources_dir() / "fonts"
        self.licences.setPlainText(
            "\n\n".join(
                (fonts / name).read_text(encoding="utf-8")
                for name in FONT_LICENCES
                if (fonts / name).is_file()
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
