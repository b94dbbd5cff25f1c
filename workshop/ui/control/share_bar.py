"""The room share in the control window: RoomShareControl runs it, ShareBar shows and stops it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop.core.errors import WorkshopError
from workshop.ui.early_enums import NO_FOCUS, PLAIN_TEXT, SELECTABLE_BY_MOUSE
from workshop.ui.messages import user_message

if TYPE_CHECKING:  # the server (waitress, reportlab) loads when a share starts
    from PySide6.QtGui import QShowEvent  # QEvent's 180-member enum is made on import

    from workshop.core.session import Session
    from workshop.share.forms import PhoneInput
    from workshop.share.server import RoomShare
    from workshop.ui.export_job import ExportJob


class RoomShareControl(QObject):
    """Writes the summary of a snapshot of the session off the GUI thread, then serves it."""

    started = Signal(str)
    stopped = Signal()
    fetched = Signal(int, int)
    failed = Signal(str)
    updated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.share: RoomShare | None = None
        self.job: ExportJob | None = None
        # Bumped by every start and stop: a summary still being written for an earlier
        # request is never served after it.
        self._generation = 0
        # The last share's choices (core.outline's Edition.ABSENTEE until a share starts).
        self.edition, self.paper = "absentee", "a4"
        self._phones: PhoneInput | None = None

    @property
    def phones(self) -> PhoneInput:
        """The phones' forms: served by every share, closed (403) until input is opened.
        Made when a session first opens (they load the phones' rules and pages)."""
        if self._phones is None:
            from workshop.share.forms import PhoneInput
            from workshop.share.inbox import Inbox

            self._phones = PhoneInput(Inbox())
        return self._phones

    @property
    def address(self) -> str:
        return self.share.address if self.share else ""

    def start(self, session: Session, host: str, edition: str, paper: str, window: QWidget) -> None:
        """Stop any share, write the summary as it is now, then serve it on `host`."""
        self.stop()
        self._write(session, edition, paper, window, lambda files: self._serve(files, host))

    def update(self, session: Session, window: QWidget) -> None:
        """Write the summary again from the session as it is now; same address, same counts."""
        if self.share is None:
            return
        share = self.share

        def replace(files: dict) -> None:
            share.replace_files(files)
            self.updated.emit()

        self._write(session, self.edition, self.paper, window, replace)

    def _serve(self, files: dict, host: str) -> None:
        # Fetches are counted on the server's threads; the signal carries them here.
        from workshop.share.server import RoomShare

        self.share = RoomShare(files, host, on_fetch=self.fetched.emit, phones=self.phones)
        self.started.emit(self.share.address)

    def _write(self, session: Session, edition: str, paper: str, window: QWidget, then) -> None:
        """The summary of a snapshot, written off the GUI thread, then handed to `then`."""
        self.edition, self.paper = edition, paper
        generation = self._generation
        from workshop.ui.export_job import ExportJob

        snapshot = ExportJob.snapshot(session)

        def serve(made: list) -> None:
            if generation != self._generation:
                return
            try:
                then(made[0])
            except WorkshopError as exc:
                self.failed.emit(user_message(exc))

        from workshop.share.server import summary_files

        self.job = ExportJob(
            [lambda progress: summary_files(snapshot, edition, paper, progress)], window
        )
        self.job.succeeded.connect(serve)
        self.job.failed.connect(self.failed)
        self.job.start()

    def stop(self) -> None:
        """Close the port and every connection; nothing is served after this returns."""
        self._generation += 1
        if self._phones is not None:
            self._phones.close()
        if self.share is not None:
            self.share.stop()
            self.share = None
            self.stopped.emit()


class ShareBar(QWidget):
    """'Sharing at …', how often the summary was fetched, and one button to stop."""

    show_requested = Signal()
    update_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = ""
        self.status = QLabel(self)
        self.status.setProperty("textFormat", PLAIN_TEXT)
        self.status.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self.status.setAccessibleName(self.tr("Room share"))
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Fetches of the summary"))
        show = QPushButton(self.tr("Show QR code (Q)"), self)
        show.setAccessibleName(self.tr("Show the summary's QR code on the projector"))
        show.setAutoDefault(False)
        show.setProperty("focusPolicy", NO_FOCUS)  # a click only: Q is the key, and focus stays put
        show.clicked.connect(self.show_requested)
        self.update_button = QPushButton(self.tr("Update"), self)
        self.update_button.setAccessibleName(
            self.tr("Share the summary as the session is now, at the same address")
        )
        self.update_button.setToolTip(self.update_button.accessibleName())
        self.update_button.setAutoDefault(False)
        self.update_button.setProperty("focusPolicy", NO_FOCUS)
        self.update_button.clicked.connect(self.update_requested)
        self.stop_button = QPushButton(self.tr("Stop sharing"), self)
        self.stop_button.setAccessibleName(self.tr("Stop sharing in the room"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.setProperty("focusPolicy", NO_FOCUS)
        self.stop_button.clicked.connect(self.stop_requested)
        # Address above, counts below: both stay whole in Dutch beside the buttons.
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.status)
        words.addWidget(self.counts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(words, 1)
        layout.addWidget(show)
        layout.addWidget(self.update_button)
        layout.addWidget(self.stop_button)
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        # Its colours when it first shows: at idle the bar is hidden, and a style sheet has
        # Qt build a style-sheet style for the bar and each child (idle memory is measured).
        if not self.styleSheet():
            from PySide6.QtCore import Qt  # the Qt namespace's enums are made at first use

            self.setAttribute(Qt.WA_StyledBackground, True)
            self.setStyleSheet("ShareBar { background: #fff4cc; } QLabel { color: #222; }")
        super().showEvent(event)

    def shared(self, address: str) -> None:
        self.address = address
        self.status.setText(self.tr("Sharing in the room at {0}").format(address))
        self.show_counts(0, 0)
        self.show()

    def updated(self) -> None:
        self.status.setText(
            self.tr("Sharing in the room at {0} (summary as of {1})").format(
                self.address, QTime.currentTime().toString("HH:mm")
            )
        )

    def show_counts(self, page: int, pdf: int) -> None:
        self.counts.setText(self.tr("page opened: {0} · summary fetched: {1}").format(page, pdf))

    def stopped(self) -> None:
        self.hide()
