"""The control window's exports: the summary and handout (Ctrl+E), Session > Publish… (a
folder for the follow-up address) and printed card sheets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from workshop.core.errors import WorkshopError
from workshop.files import safe_file_name
from workshop.store.library import Library
from workshop.ui import settings
from workshop.ui.messages import user_message

# The dialogs, the export job and the summary's outline load with the first export: the
# home window is up sooner (start-up is measured against a bare window). Qt's dialog
# classes too: PySide6 makes a Python enum of each of a class's enum types on its import.
if TYPE_CHECKING:
    from workshop.core.session import Session
    from workshop.ui.export_job import ExportJob


class ExportActions(QObject):
    """The control window's exports: PDFs written on a worker thread, never freezing the room.

    It needs the window (the parent of its dialogs), the library (for decks to print), the
    running session (None on the home page) and a way to say how an export went."""

    def __init__(
        self,
        window: QWidget,
        library: Library,
        session: Callable[[], Session | None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.session = session
        self.say = say
        self.export_folder = settings.folder("exports")
        self.last_job: ExportJob | None = None

    def export_summary(self) -> None:
        """Ctrl+E: ask which PDFs to write and where, then write them without freezing the room."""
        from workshop.ui.control.export_dialog import ExportDialog

        running = self.session()
        if running is None:
            return
        dialog = ExportDialog(running, self.export_folder, self.window)
        if dialog.exec() == ExportDialog.Accepted:
            self.export(*dialog.choices())

    def export(
        self, summary: Path, edition: str, paper: str, handout: Path | None = None
    ) -> ExportJob:
        """Write the summary (and the handout) on a worker thread; say how it went."""
        # reportlab is loaded on the first export, not at start-up.
        from workshop.export.handout import write_handout
        from workshop.export.summary import write_summary
        from workshop.ui.export_job import ExportJob

        session = ExportJob.snapshot(self.session())
        steps = [lambda progress: write_summary(session, summary, paper, edition, progress)]
        if handout is not None:
            steps.append(lambda progress: write_handout(session, handout, paper, progress))
        self.export_folder = summary.parent
        settings.remember_folder("exports", self.export_folder)
        return self._run_job(steps, QCoreApplication.translate("ControlWindow", "Export summary"))

    def publish(self, parent_folder: Path | None = None) -> ExportJob | None:
        """Session > Publish…: a folder (page, PDFs, README) to upload to the follow-up address.

        The folder is named after the session inside the one chosen, so nothing else is mixed
        in; `parent_folder` skips the question (tests, and a later "publish again")."""
        from workshop.share.publish import publish_session
        from workshop.ui.export_job import ExportJob

        running = self.session()
        if running is None:
            return None
        if parent_folder is None:
            from PySide6.QtWidgets import QFileDialog

            chosen = QFileDialog.getExistingDirectory(
                self.window,
                QCoreApplication.translate("ControlWindow", "Publish into which folder?"),
                str(self.export_folder),
            )
            if not chosen:
                return None
            parent_folder = Path(chosen)
        target = parent_folder / safe_file_name(running.details.title)
        session = ExportJob.snapshot(running)
        self.export_folder = parent_folder
        settings.remember_folder("exports", parent_folder)
        job = self._run_job(
            [lambda progress: publish_session(session, target, progress=progress)],
            QCoreApplication.translate("ControlWindow", "Publish"),
        )
        job.succeeded.connect(lambda _written: self._published(session))
        return job

    def _published(self, session: Session) -> None:
        address = session.details.follow_up_url
        if address:
            words = QCoreApplication.translate(
                "ControlWindow", "Upload the folder to {0}: the summary's QR code points there."
            ).format(address)
        else:
            words = QCoreApplication.translate(
                "ControlWindow",
                "Set a follow-up address in Session details, so the QR codes point to where "
                "you upload the folder.",
            )
        self.say(words)

    def event_report(self) -> ExportJob | None:
        """Session > Event report…: one PDF from several sessions of the library."""
        from workshop.ui.control.event_report_dialog import EventReportDialog

        sessions = self.library.sessions.summaries()
        dialog = EventReportDialog(sessions, self.export_folder, self.window)
        if dialog.exec() != EventReportDialog.Accepted:
            return None
        return self.write_event_report(*dialog.choices())

    def write_event_report(
        self, ids: list[int], title: str, follow_up: str, edition: str, target: Path
    ) -> ExportJob | None:
        """Load the chosen sessions and write their report on a worker thread."""
        from workshop.core.outline import Edition
        from workshop.export.event_report import write_event_report

        if not ids:
            self.say(QCoreApplication.translate("ControlWindow", "Tick the sessions of the event."))
            return None
        try:
            sessions = [self.library.sessions.load(i) for i in ids]
        except WorkshopError as exc:
            self.say(user_message(exc))
            return None
        name = title or sessions[0].details.title
        self.export_folder = target.parent
        settings.remember_folder("exports", self.export_folder)
        return self._run_job(
            [lambda progress: write_event_report(sessions, target, name, follow_up,
                                                 edition=Edition(edition), progress=progress)],
            QCoreApplication.translate("ControlWindow", "Event report"),
        )  # fmt: skip

    def print_deck(self, deck_id: int) -> ExportJob | None:
        """Print a deck as cards to cut out: 4 or 8 to a page, backs lined up for duplex."""
        from workshop.export.card_sheets import write_card_sheets
        from workshop.ui.control.export_dialog import PrintCardsDialog

        try:
            deck = self.library.decks.get(deck_id)
        except WorkshopError as exc:
            self.say(user_message(exc))
            return None
        dialog = PrintCardsDialog(deck.title, self.export_folder, self.window)
        if dialog.exec() != PrintCardsDialog.Accepted:
            return None
        target, per_page, paper = dialog.choices()
        self.export_folder = target.parent
        settings.remember_folder("exports", self.export_folder)
        return self._run_job(
            [lambda progress: write_card_sheets(deck, target, per_page, paper, progress)],
            QCoreApplication.translate("ControlWindow", "Print cards"),
        )

    def _run_job(self, steps: list, title: str) -> ExportJob:
        from PySide6.QtWidgets import QMessageBox

        from workshop.ui.export_job import ExportJob

        job = ExportJob(steps, self.window)
        job.succeeded.connect(self._exported)
        job.failed.connect(lambda message: QMessageBox.warning(self.window, title, message))
        job.start()
        self.last_job = job
        return job

    def _exported(self, written: list) -> None:
        names = ", ".join(str(w.path) for w in written)
        self.say(QCoreApplication.translate("ControlWindow", "Saved {0}.").format(names))
