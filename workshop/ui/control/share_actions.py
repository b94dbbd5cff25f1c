"""The control window's room-share actions: start with a dialog, stop with one click."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from workshop.ui.control.share_bar import RoomShareControl, ShareBar

if TYPE_CHECKING:  # a session's controller loads when a session opens
    from workshop.ui.controller import SessionController


class RoomShareActions(QObject):
    """Starts the room share with a dialog and stops it with one click.

    It needs the window (the parent of its dialogs), the share's control and bar, the two
    menu actions whose words follow the share, and the running session's controller."""

    def __init__(
        self,
        window: QWidget,
        control: RoomShareControl,
        bar: ShareBar,
        share_action: QAction,
        update_action: QAction,
        controller: Callable[[], SessionController | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.share_control, self.share_bar = control, bar
        self.share_action, self.update_share_action = share_action, update_action
        self._controller = controller
        self._wire()

    @property
    def controller(self) -> SessionController | None:
        return self._controller()

    def _wire(self) -> None:
        control, bar = self.share_control, self.share_bar
        control.started.connect(self._shared)
        control.stopped.connect(self._share_stopped)
        control.fetched.connect(bar.show_counts)
        control.failed.connect(self._share_failed)
        bar.stop_requested.connect(control.stop)
        bar.update_requested.connect(self.update_share)
        control.updated.connect(bar.updated)
        bar.show_requested.connect(self.show_summary_code)
        # Never served after the app closes, however it closes.
        QApplication.instance().aboutToQuit.connect(control.stop)
        self._show_code_when_shared = False

    def toggle_share(self) -> None:
        """Ctrl+Shift+S: choose a network and start sharing, or stop the running share."""
        if self.controller is None:
            return
        if self.share_control.share is not None:
            self.share_control.stop()
            return
        # Qt's network module loads when a share is first started, not with the window.
        from workshop.ui.control.export_dialog import default_paper
        from workshop.ui.control.share_dialog import ShareDialog

        dialog = ShareDialog(self.window)
        if dialog.exec() != ShareDialog.Accepted:
            return
        host, edition, show_now = dialog.choices()
        self._show_code_when_shared = show_now
        self.share_control.start(
            self.controller.session, host, edition, default_paper(), self.window
        )

    def update_share(self) -> None:
        """The shared summary written again from the session as it is now, same address."""
        if self.controller is not None:
            self.share_control.update(self.controller.session, self.window)

    def show_summary_code(self) -> None:
        """The summary's QR code on the wall (or back again), as Q does."""
        if self.controller is not None:
            self.controller.toggle_summary()

    def _share_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # on use: its enums are made on import

        QMessageBox.warning(
            self.window,
            QCoreApplication.translate("RoomShareActions", "Share in the room"),
            message,
        )

    def _shared(self, address: str) -> None:
        from workshop.core.activity import Activity

        self.share_bar.shared(address)
        self.update_share_action.setEnabled(True)
        self.share_action.setText(
            QCoreApplication.translate("RoomShareActions", "Stop sharing in the &room")
        )
        if self.controller is None:
            self.share_control.stop()
            return
        self.controller.set_room_share(address)
        if self._show_code_when_shared and self.controller.session.activity is not Activity.SUMMARY:
            self.controller.toggle_summary()

    def _share_stopped(self) -> None:
        self.share_bar.stopped()
        self.update_share_action.setEnabled(False)
        self.share_action.setText(
            QCoreApplication.translate("RoomShareActions", "Share in the &room…")
        )
        if self.controller is not None:
            self.controller.set_room_share("")
