"""ExportJob: writes PDFs on a worker thread while a progress dialog shows the pages done."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop.core.errors import WorkshopError
from workshop.ui import errors
from workshop.ui.messages import user_message

# A step writes one file and reports pages through the callback it is given; it returns
# what it wrote (a Written), or what it made (the room share's files).
Step = Callable[[Callable[[int], None]], object]


class _Cancelled(Exception):
    """Raised from the page callback once the user cancels: the writer stops and cleans up."""


class _Worker(QObject):
    progressed = Signal(int)
    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, steps: list[Step]) -> None:
        super().__init__()
        self.steps = steps
        self.cancel_requested = threading.Event()
        # One page word in the window's queue at a time, carrying the latest page: a writer
        # faster than the window repaints would otherwise queue thousands of them ahead of
        # "done" or "cancelled".
        self.latest_page = 0
        self.page_pending = threading.Event()

    def _page(self, page: int) -> None:
        # reportlab cannot be stopped from outside; between pages it can be, and the
        # writer's temporary file is then removed like after any other failure.
        if self.cancel_requested.is_set():
            raise _Cancelled
        self.latest_page = page
        if not self.page_pending.is_set():
            self.page_pending.set()
            self.progressed.emit(page)

    def run(self) -> None:
        written: list[object] = []
        try:
            for step in self.steps:
                written.append(step(self._page))
        except _Cancelled:
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportJob", "Cancelled. Nothing was written; an earlier file is unchanged."
                )
            )
            return
        except WorkshopError as exc:
            self.failed.emit(user_message(exc))
            return
        except Exception as exc:  # noqa: BLE001 - every failure must reach the window, or it hangs
            # The traceback goes to the error log, the user gets words and where the log is.
            path = errors.write_log(type(exc), exc, exc.__traceback__)
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportJob",
                    "Something unexpected went wrong while writing: {0}. Nothing was written; "
                    "an earlier file is unchanged. The details are in {1}.",
                ).format(f"{type(exc).__name__}: {exc}", path)
            )
            return
        self.succeeded.emit(written)


class ExportJob(QObject):
    """Runs export steps off the GUI thread; `succeeded` carries the files, `failed` why not."""

    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, steps: list[Step], parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = _Worker(steps)
        # A plain daemon thread, not a QThread owned by the window: whatever happens to the
        # window (closed mid-export, a test failing), its death can never abort the app.
        # The worker's signals cross to the GUI thread queued, as for any other thread.
        self.worker_thread = threading.Thread(target=self.worker.run, name="export", daemon=True)
        self.finished = False
        self.progress = QProgressDialog(
            self.tr("Writing the PDF…"), self.tr("Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setModal(True)
        self.progress.setAutoClose(True)
        self.progress.setMinimumDuration(300)
        # Escape or Cancel stops between pages; closing the dialog does the same. Escape
        # pressed before the dialog is the active window closes it without `canceled`
        # (seen under load), so a rejected dialog cancels too: it never hides a running job.
        self.progress.canceled.connect(self.cancel)
        self.progress.rejected.connect(self.cancel)
        self.worker.progressed.connect(self._pages)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)

    @staticmethod
    def snapshot(value: object) -> object:
        """A private copy for the worker, so the room can carry on while it writes."""
        return copy.deepcopy(value)

    def start(self) -> None:
        """Start writing; the dialog appears only if it takes longer than 300 ms."""
        # Without a first setValue, QProgressDialog ignores minimumDuration and waits 4 s.
        self.progress.setValue(0)
        self.worker_thread.start()

    def cancel(self) -> None:
        """Stop at the next page; `failed` then says nothing was written."""
        if not self.finished:
            self.worker.cancel_requested.set()
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _pages(self, _page: int) -> None:
        # Cleared before reading, so a page written meanwhile sends a new word.
        self.worker.page_pending.clear()
        page = self.worker.latest_page
        self.progress.setLabelText(self.tr("Writing the PDF… page {0}").format(page))

    def _finish(self) -> None:
        self.finished = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.rejected.disconnect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        # The worker's last act was the signal that brought us here.
        self.worker_thread.join(timeout=5)

    def _done(self, written: list) -> None:
        self._finish()
        self.succeeded.emit(written)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
