"""ControlWindow: the facilitator's window; it owns the projector and wires both to one session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget

from workshop.core.commands import Change
from workshop.core.errors import WorkshopError
from workshop.core.session import start_session
from workshop.export.files import safe_file_name
from workshop.store.library import Library
from workshop.ui.control.details_dialog import SessionDetailsDialog
from workshop.ui.control.home_panel import HomePanel
from workshop.ui.control.run_panel import RunPanel
from workshop.ui.controller import SessionController
from workshop.ui.keys import SessionKeys
from workshop.ui.messages import user_message
from workshop.ui.projector.window import ProjectorWindow


class ControlWindow(QMainWindow):
    """Home page or running session on the laptop; the projector shows the same session."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("Workshop"))
        self.resize(1200, 760)
        self.controller: SessionController | None = None
        self.run_panel: RunPanel | None = None
        self.keys: SessionKeys | None = None
        self.projector = ProjectorWindow()
        self.stack = QStackedWidget(self)
        self.home = HomePanel(library, self)
        self.home.start_requested.connect(self.start_session)
        self.home.open_requested.connect(self.open_session)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._build_menus()

    def _build_menus(self) -> None:
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.export_action = QAction(self.tr("&Export summary…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_summary)
        self.details_action = QAction(self.tr("Session &details…"), self)
        self.details_action.setShortcut(QKeySequence("Ctrl+D"))
        self.details_action.triggered.connect(self.edit_details)
        self.close_action = QAction(self.tr("&Close session"), self)
        self.close_action.setShortcut(QKeySequence.Close)
        self.close_action.triggered.connect(self.close_session)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.details_action, self.export_action, self.close_action, quit_action):
            session_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        full = self.full_screen_action = QAction(self.tr("&Projector full screen"), self)
        full.setShortcuts([QKeySequence("F5")])
        # F5 must work with the projector window focused too.
        full.setShortcutContext(Qt.ApplicationShortcut)
        full.triggered.connect(self.projector.toggle_full_screen)
        view_menu.addAction(full)
        self._set_session_actions(False)

    def _set_session_actions(self, enabled: bool) -> None:
        self.export_action.setEnabled(enabled)
        self.details_action.setEnabled(enabled)
        self.close_action.setEnabled(enabled)

    def start_session(self, deck_id: int, title: str, follow_up_url: str, groups: int) -> None:
        """Create a session from a deck and run it."""
        try:
            deck = self.library.decks.get(deck_id)
            session = start_session(deck, title, None, follow_up_url, groups)
            if not session.rounds:
                raise WorkshopError(self.tr("This deck has no dilemma cards to play."))
            self.library.sessions.create(session)
        except WorkshopError as exc:
            self.home.message.setText(user_message(exc))
            return
        self.open_session(session.id)

    def open_session(self, session_id: int) -> None:
        """Run a stored session: control panel here, its card on the projector."""
        try:
            session = self.library.sessions.load(session_id)
        except WorkshopError as exc:
            self.home.message.setText(user_message(exc))
            return
        self.close_session()
        self.controller = SessionController(self.library, session, self)
        self.run_panel = RunPanel(self.controller, self)
        self.stack.addWidget(self.run_panel)
        self.stack.setCurrentWidget(self.run_panel)
        self.edit_menu.clear()
        undo = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.Redo])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.run_panel.live_shown.connect(self.projector.audience.set_view)
        self.controller.changed.connect(self._update_title)
        self.projector.resized.connect(self.run_panel.set_projector_size)
        self.keys = SessionKeys(
            self.controller, [self, self.projector], self.run_panel.record.start
        )
        self._set_session_actions(True)
        self._update_title(Change(details=True))
        self.projector.place(self.screen())
        self.run_panel.set_projector_size(self.projector.size())
        self.projector.audience.set_view(self.run_panel.live.view, self.run_panel.live.counter_text)
        self.activateWindow()
        self.run_panel.take_keys()

    def _update_title(self, change: Change) -> None:
        if self.controller is not None and change.details:
            self.setWindowTitle(self.tr("Workshop — {0}").format(self.controller.session.title))

    def edit_details(self) -> None:
        """Ctrl+D: the session's title, date and follow-up address."""
        if self.controller is None:
            return
        dialog = SessionDetailsDialog(self.controller.session, self)
        if dialog.exec() == SessionDetailsDialog.Accepted:
            self.controller.run(dialog.command())

    def close_session(self) -> None:
        """Back to the home page; everything is already saved."""
        if self.controller is None:
            return
        if self.keys is not None:
            self.keys.detach()
        self.projector.hide()
        self.stack.removeWidget(self.run_panel)
        self.run_panel.deleteLater()
        self.controller.deleteLater()
        self.controller = self.run_panel = self.keys = None
        self.edit_menu.clear()
        self._set_session_actions(False)
        self.setWindowTitle(self.tr("Workshop"))
        self.home.reload()
        self.stack.setCurrentWidget(self.home)

    def export_summary(self) -> None:
        """Ask where to save the summary PDF, then write it."""
        if self.controller is None:
            return
        session = self.controller.session
        suggested = str(Path.home() / f"{safe_file_name(session.title)} - summary.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export summary"), suggested, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.write_summary(Path(name))

    def write_summary(self, path: Path) -> bool:
        """Write the summary PDF and say how it went."""
        # reportlab is loaded on the first export, not at start-up.
        from workshop.export.summary import write_summary

        try:
            write_summary(self.controller.session, path)
        except WorkshopError as exc:
            QMessageBox.warning(self, self.tr("Export summary"), user_message(exc))
            return False
        self.run_panel.status.setText(self.tr("Summary saved to {0}.").format(path))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.projector.allow_close = True
        self.projector.close()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape and self.projector.isFullScreen():
            self.projector.showNormal()
            return
        super().keyPressEvent(event)
