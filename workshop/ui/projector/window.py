"""ProjectorWindow: the audience's read-only view, full screen on the projector if there is one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop.ui.widgets.audience_widget import AudienceWidget

PREVIEW_SIZE = (960, 540)


def screen_key(screen: QScreen) -> str:
    """A screen's name with its size and place: names alone repeat (Xvfb calls all 'screen')."""
    g = screen.geometry()
    return f"{screen.name()} {g.width()}x{g.height()}+{g.x()}+{g.y()}"


def projector_screen(
    control_screen: QScreen | None, preferred: str = "", screens: list | None = None
) -> QScreen | None:
    """The screen for the projector: the one chosen (by key) if it is there, else the first
    one the control window is not on, if any."""
    screens = QGuiApplication.screens() if screens is None else screens
    for screen in screens:
        if preferred and screen_key(screen) == preferred:
            return screen
    for screen in screens:
        if screen is not control_screen:
            return screen
    return None


class ProjectorWindow(QWidget):
    """Shows what the controller says the room sees; it never decides anything."""

    resized = Signal(QSize)

    def __init__(self) -> None:
        super().__init__(None, Qt.Window)
        self.setWindowTitle(self.tr("Workshop — projector"))
        self.setAccessibleName(self.tr("Projector"))
        self.audience = AudienceWidget(self)
        self.audience.setAccessibleName(self.tr("What the room sees"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.audience)
        self.allow_close = False
        self.control_screen: Callable[[], QScreen | None] = lambda: None
        # A screen the facilitator chose by name; "" lets the projector pick.
        self.preferred_screen = ""
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def follow(self, control_screen: Callable[[], QScreen | None]) -> None:
        """Where the control window is, asked again whenever a screen comes or goes."""
        self.control_screen = control_screen

    def _screens_changed(self, _screen: QScreen | None = None) -> None:
        # Qt moves windows off a removed screen first; place the projector after that.
        QTimer.singleShot(0, self.replace_after_screen_change)

    def replace_after_screen_change(self) -> None:
        """A screen came or went: full screen on the other screen, else a window beside."""
        if self.isVisible():
            self.place(self.control_screen())

    def place(self, control_screen: QScreen | None) -> None:
        """Full screen on another screen than the control window's, else a window beside it."""
        screen = projector_screen(control_screen, self.preferred_screen)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.setCursor(Qt.BlankCursor)
            self.showFullScreen()
        else:
            self.unsetCursor()
            self.showNormal()
            self.resize(*PREVIEW_SIZE)
            self.show()

    def choose_screen(self, name: str) -> None:
        """Put the projector on the named screen ('' for automatic), now and from now on."""
        self.preferred_screen = name
        if self.isVisible():
            self.place(self.control_screen())

    def toggle_full_screen(self) -> None:
        """F5: enter or leave full screen on the current screen; shows a closed projector."""
        if self.isFullScreen() and self.isVisible():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.audience.set_logical_size(self.size())
        self.resized.emit(self.size())

    def closeEvent(self, event: QCloseEvent) -> None:
        # The projector lives as long as the session; closing it by accident would
        # leave the room with the desktop, so it only hides.
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
            self.hide()
