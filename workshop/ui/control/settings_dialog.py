"""SettingsDialog (Ctrl+,): language, projector screen and theme, paper, follow-up address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.store.backups import backup_folder
from workshop.ui import settings
from workshop.ui.projector.window import screen_key
from workshop.ui.widgets.theme import DARK, HIGH_CONTRAST, LIGHT


class SettingsDialog(QDialog):
    """The choices that outlive a session; OK keeps them, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
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
        self.backups_folder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backups_folder.setAccessibleName(self.tr("Where the backups are"))
        library = getattr(parent, "library", None)
        if library is not None:
            # The backups live beside the library, where `workshop backup` finds them.
            self.backups_folder.setText(str(backup_folder(library.path)))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Projector &screen"), self.screen)
        form.addRow(self.tr("Projector &theme"), self.theme)
        form.addRow(self.tr("&Paper size"), self.paper)
        form.addRow(self.tr("Default &follow-up address"), self.follow_up)
        form.addRow(self.tr("&Backups every"), self.backup_minutes)
        form.addRow(self.tr("Backups folder"), self.backups_folder)
        note = QLabel(self.tr("A new language shows the next time Workshop starts."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def keep(self) -> None:
        """Store the choices that the window does not apply itself."""
        settings.store(settings.LANGUAGE, self.language.currentData())
        settings.store(settings.PAPER, self.paper.currentData())
        settings.store(settings.FOLLOW_UP, self.follow_up.text().strip())
        QSettings().setValue(settings.BACKUP_MINUTES, self.backup_minutes.value())


def settings_action(window: QMainWindow) -> QAction:
    """Ctrl+,: the settings; the projector's screen and theme apply at once through the window."""
    action = QAction(QCoreApplication.translate("ControlWindow", "Se&ttings…"), window)
    action.setShortcut(QKeySequence("Ctrl+,"))

    def open_settings() -> None:
        dialog = SettingsDialog(window)
        if dialog.exec() != QDialog.Accepted:
            return
        dialog.keep()
        window.choose_projector_screen(dialog.screen.currentData())
        window.set_projector_theme(dialog.theme.currentData())
        window.home.follow_up.setText(settings.follow_up())

    action.triggered.connect(open_settings)
    return action
