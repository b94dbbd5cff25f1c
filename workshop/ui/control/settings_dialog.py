"""SettingsDialog (Ctrl+,): language, projector screen and theme, paper, follow-up address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.core.errors import WorkshopError
from workshop.store.backups import backup_folder
from workshop.ui import settings
from workshop.ui.branding import ACCENT_KEY, LOGO_KEY, import_logo, usable_accent
from workshop.ui.early_enums import SELECTABLE_BY_MOUSE
from workshop.ui.messages import user_message
from workshop.ui.widgets.theme import DARK, HIGH_CONTRAST, LIGHT, THEMES


class SettingsDialog(QDialog):
    """The choices that outlive a session; OK keeps them, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # The projector's module (its painting) loads with the projector, not the menu.
        from workshop.ui.projector.window import screen_key

        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.screen = QComboBox(self)
        self.screen.setAccessibleName(self.tr("Projector screen"))
        self.screen.addItem(self.tr("Automatic: the screen the control window is not on"), "")
        for screen in QGuiApplication.screens():
            self.screen.addItem(screen_key(screen), screen_key(screen))
        current = str(QSettings().value("projector/screen", ""))
        if self.screen.findData(current) < 0:
            self.screen.addItem(self.tr("{0} (not connected)").format(current), current)
        self.screen.setCurrentIndex(self.screen.findData(current))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Projector theme"))
        self.theme.addItem(self.tr("Dark"), DARK.name)
        self.theme.addItem(self.tr("High contrast (black, white, yellow)"), HIGH_CONTRAST.name)
        self.theme.addItem(self.tr("Light (dark text on white, for daylight rooms)"), LIGHT.name)
        found = self.theme.findData(str(QSettings().value("projector/theme", DARK.name)))
        self.theme.setCurrentIndex(max(0, found))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(settings.paper()))
        self.follow_up = QLineEdit(settings.follow_up(), self)
        self.follow_up.setAccessibleName(self.tr("Default follow-up address"))
        self.follow_up.setPlaceholderText("https://…")
        self.backup_minutes = QSpinBox(self)
        self.backup_minutes.setRange(*settings.BACKUP_RANGE)
        self.backup_minutes.setValue(settings.backup_minutes())
        self.backup_minutes.setSuffix(self.tr(" minutes"))
        self.backup_minutes.setAccessibleName(self.tr("Minutes between automatic backups"))
        self.backups_folder = QLabel(self)
        self.backups_folder.setWordWrap(True)
        self.backups_folder.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self.backups_folder.setAccessibleName(self.tr("Where the backups are"))
        library = getattr(parent, "library", None)
        if library is not None:
            # The backups live beside the library, where `workshop backup` finds them.
            self.backups_folder.setText(str(backup_folder(library.path)))
        self._branding_rows()
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Projector &screen"), self.screen)
        form.addRow(self.tr("Projector &theme"), self.theme)
        form.addRow(self.tr("&Paper size"), self.paper)
        form.addRow(self.tr("Default &follow-up address"), self.follow_up)
        form.addRow(self.tr("&Backups every"), self.backup_minutes)
        form.addRow(self.tr("Backups folder"), self.backups_folder)
        form.addRow(self.tr("Organisation &logo"), self.logo_row)
        form.addRow(self.tr("Organisation &accent colour"), self.accent)
        form.addRow("", self.branding_note)
        note = QLabel(self.tr("A new language shows the next time Workshop starts."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _branding_rows(self) -> None:
        """The organisation's logo (copied beside the library) and accent colour."""
        self.logo_path = str(QSettings().value(LOGO_KEY, "") or "")
        self.logo_name = QLabel(Path(self.logo_path).name or self.tr("none"), self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.set_logo(""))
        self.logo_row = QWidget(self)
        row = QHBoxLayout(self.logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_name, 1)
        row.addWidget(choose)
        row.addWidget(remove)
        self.accent = QLineEdit(str(QSettings().value(ACCENT_KEY, "") or ""), self)
        self.accent.setAccessibleName(self.tr("Organisation accent colour"))
        self.accent.setPlaceholderText(self.tr("#1f6feb, or empty for the theme's own"))
        self.accent.textChanged.connect(self._check_accent)
        self.branding_note = QLabel(self)
        self.branding_note.setWordWrap(True)
        self.theme.currentIndexChanged.connect(self._check_accent)
        self._check_accent()

    def choose_logo(self) -> None:
        """A file dialog for the logo; the image is checked and copied at once."""
        # On use: PySide6 makes QFileDialog's enums on its first import (the window's menu
        # imports this module at start).
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Organisation logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.import_logo(Path(name))

    def import_logo(self, source: Path) -> bool:
        """Check and copy a logo beside the library; a bad image is said, nothing changes."""
        library = getattr(self.parent(), "library", None)
        if library is None:
            return False
        try:
            kept = import_logo(source, library.path)
        except WorkshopError as exc:
            self.branding_note.setText(user_message(exc))
            return False
        self.set_logo(str(kept))
        return True

    def set_logo(self, path: str) -> None:
        self.logo_path = path
        self.logo_name.setText(Path(path).name if path else self.tr("none"))
        self._check_accent()

    def _check_accent(self) -> None:
        colour = self.accent.text().strip()
        theme = THEMES.get(self.theme.currentData(), DARK)
        if colour and not usable_accent(colour, theme):
            self.branding_note.setText(
                self.tr(
                    "“{0}” is not readable as text on this projector theme (WCAG AA); "
                    "the theme's own accent colour is used instead."
                ).format(colour)
            )
        else:
            self.branding_note.setText(
                self.tr("The logo shows on the title slide and in a corner of the wall.")
            )

    def keep(self) -> None:
        """Store the choices that the window does not apply itself."""
        QSettings().setValue(LOGO_KEY, self.logo_path)
        QSettings().setValue(ACCENT_KEY, self.accent.text().strip())
        settings.store(settings.LANGUAGE, self.language.currentData())
        settings.store(settings.PAPER, self.paper.currentData())
        settings.store(settings.FOLLOW_UP, self.follow_up.text().strip())
        QSettings().setValue(settings.BACKUP_MINUTES, self.backup_minutes.value())
