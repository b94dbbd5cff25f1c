"""ExportJob: writes PDFs on a worker thread while a progress dialog shows the pages done."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop.core.errors import WorkshopError
from workshop.ui.messages import user_message

# A step writes one file and reports pages through the callback it is given; it returns
# what it wrote (a Written), or what it made (the room share's files).
Step = Callable[[Callable[[int], None]], object]


class _Worker(QObject):
    progressed = Signal(int)
    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, steps: list[Step]) -> None:
        super().__init__()
        self.steps = steps

    def run(self) -> None:
        written: list[object] = []
        try:
            for step in self.steps:
                written.append(step(self.progressed.emit))
        except WorkshopError as exc:
            self.failed.emit(user_message(exc))
            return
        self.succeeded.emit(written)


class ExportJob(QObject):
    """Runs export steps off the GUI thread; `succeeded` carries the files, `failed` why not."""

    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, steps: list[Step], parent: QWidget) -> None:
        super().__init__(parent)
        self.worker_thread = QThread(self)
        self.worker = _Worker(steps)
        self.worker.moveToThread(self.worker_thread)
        self.progress = QProgressDialog(self.tr("Writing the PDF…"), "", 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Export"))
        # reportlab cannot stop halfway; the temporary file is cleaned up if it fails.
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setModal(True)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._pages)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)

    @staticmethod
    def snapshot(value: object) -> object:
        """A private copy for the worker, so the room can carry on while it writes."""
        return copy.deepcopy(value)

    def start(self) -> None:
        self.worker_thread.start()

    def _pages(self, page: int) -> None:
        self.progress.setLabelText(self.tr("Writing the PDF… page {0}").format(page))

    def _finish(self) -> None:
        self.progress.reset()
        self.worker_thread.quit()
        self.worker_thread.wait()

    def _done(self, written: list) -> None:
        self._finish()
        self.succeeded.emit(written)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
