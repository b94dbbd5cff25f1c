"""The control window's exports: the summary and handout (Ctrl+E) and printed card sheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from workshop.core.errors import WorkshopError
from workshop.ui.control.export_dialog import ExportDialog, PrintCardsDialog
from workshop.ui.export_job import ExportJob
from workshop.ui.messages import user_message


class ExportActions:
    """Mixed into ControlWindow: writes PDFs on a worker thread, never freezing the room."""

    def export_summary(self) -> None:
        """Ctrl+E: ask which PDFs to write and where, then write them without freezing the room."""
        if self.controller is None:
            return
        dialog = ExportDialog(self.controller.session, self.export_folder, self)
        if dialog.exec() == ExportDialog.Accepted:
            self.export(*dialog.choices())

    def export(
        self, summary: Path, edition: str, paper: str, handout: Path | None = None
    ) -> ExportJob:
        """Write the summary (and the handout) on a worker thread; say how it went."""
        # reportlab is loaded on the first export, not at start-up.
        from workshop.export.handout import write_handout
        from workshop.export.summary import write_summary

        session = ExportJob.snapshot(self.controller.session)
        steps = [lambda progress: write_summary(session, summary, paper, edition, progress)]
        if handout is not None:
            steps.append(lambda progress: write_handout(session, handout, paper, progress))
        self.export_folder = summary.parent
        return self._run_job(steps, QCoreApplication.translate("ControlWindow", "Export summary"))

    def print_deck(self, deck_id: int) -> ExportJob | None:
        """Print a deck as cards to cut out: 4 or 8 to a page, backs lined up for duplex."""
        from workshop.export.card_sheets import write_card_sheets

        try:
            deck = self.library.decks.get(deck_id)
        except WorkshopError as exc:
            self.home.message.setText(user_message(exc))
            return None
        dialog = PrintCardsDialog(deck.title, self.export_folder, self)
        if dialog.exec() != PrintCardsDialog.Accepted:
            return None
        target, per_page, paper = dialog.choices()
        self.export_folder = target.parent
        return self._run_job(
            [lambda progress: write_card_sheets(deck, target, per_page, paper, progress)],
            QCoreApplication.translate("ControlWindow", "Print cards"),
        )

    def _run_job(self, steps: list, title: str) -> ExportJob:
        job = ExportJob(steps, self)
        job.succeeded.connect(self._exported)
        job.failed.connect(lambda message: QMessageBox.warning(self, title, message))
        job.start()
        self.last_job = job
        return job

    def _exported(self, written: list) -> None:
        names = ", ".join(str(w.path) for w in written)
        text = QCoreApplication.translate("ControlWindow", "Saved {0}.").format(names)
        if self.cards_panel is not None:
            self.cards_panel.status.setText(text)
        else:
            self.home.message.setText(text)
