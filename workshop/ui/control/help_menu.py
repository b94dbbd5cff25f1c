"""The Help menu: the keys, the user guide shipped with the app, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QVBoxLayout, QWidget

from workshop import paths
from workshop.ui.control.welcome import show_welcome


def guide_file() -> str:
    """The guide in the app's language: its Dutch translation names the Dutch file."""
    name = QCoreApplication.translate("Guide", "guide_en.html")
    path = paths.resources_dir() / "guide" / name
    if not path.is_file():
        path = paths.resources_dir() / "guide" / "guide_en.html"
    return str(path)


class GuideDialog(QDialog):
    """The short user guide, read offline from the install."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # On use: PySide6 makes a Qt class's enums when it is first imported (start-up).
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        with open(guide_file(), encoding="utf-8") as guide:
            self.browser.setHtml(guide.read())
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def about_dialog(window: QMainWindow) -> QDialog:
    """Help > About, made when asked for."""
    from workshop.ui.control.about_dialog import AboutDialog

    return AboutDialog(window)


def build_help_menu(window: QMainWindow, show_keys) -> QMenu:
    """Help > Keys (F1), User guide, About; added to the window's menu bar."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("ControlWindow", "&Help"))
    # F1 is a session key (SessionKeys); the menu names it after a tab so it never fires twice.
    keys = QAction(QCoreApplication.translate("ControlWindow", "&Keys…") + "\tF1", window)
    keys.triggered.connect(show_keys)
    guide = QAction(QCoreApplication.translate("ControlWindow", "User &guide…"), window)
    guide.setShortcuts([QKeySequence("Shift+F1")])
    guide.triggered.connect(lambda: GuideDialog(window).exec())
    welcome = QAction(QCoreApplication.translate("ControlWindow", "&Welcome…"), window)
    welcome.triggered.connect(lambda: show_welcome(window))
    about = QAction(QCoreApplication.translate("ControlWindow", "&About Workshop…"), window)
    about.triggered.connect(lambda: about_dialog(window).exec())
    for action in (keys, guide, welcome, about):
        menu.addAction(action)
    return menu
