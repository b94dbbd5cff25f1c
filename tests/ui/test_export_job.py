"""Exports never trap the window: every failure closes the progress and says why in words."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workshop.ui import errors
from workshop.ui.export_job import ExportJob


def _boom(progress) -> object:
    progress(1)
    raise RuntimeError("the disk said no")


def test_an_unexpected_error_closes_the_dialog_and_says_so(qtbot, window, tmp_path, monkeypatch):
    log = tmp_path / "errors.log"
    monkeypatch.setattr(errors, "log_file", lambda: log)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    job = window.exports._run_job([_boom], "Export summary")
    QTimer.singleShot(0, read_and_close)
    with qtbot.waitSignal(job.failed, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert not job.progress.isVisible()
    assert "Something unexpected went wrong while writing" in seen[0]
    assert "RuntimeError: the disk said no" in seen[0]
    assert "Traceback" not in seen[0] and str(log) in seen[0]
    # The details are for whoever helps: the whole traceback, in the log.
    assert "Traceback" in log.read_text() and "_boom" in log.read_text()
    assert not job.worker_thread.is_alive()


def test_progress_shows_from_300_ms_with_the_page_count(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def slow(progress) -> str:
        progress(1)
        progress(2)
        release.wait(10)
        return "done"

    job = ExportJob([slow], parent)
    job.start()
    # The default would be 4 s; 300 ms once a first value is set.
    qtbot.waitUntil(job.progress.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: job.progress.labelText().endswith("page 2"))
    with qtbot.waitSignal(job.succeeded, timeout=15000) as done:
        release.set()
    assert done.args == [["done"]]
    assert not job.progress.isVisible()


def test_cancel_stops_between_pages_and_says_nothing_was_written(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    pages: list[int] = []

    def endless(progress) -> str:
        for page in range(1, 10_000):
            progress(page)
            pages.append(page)
            time.sleep(0.005)
        return "never"

    job = ExportJob([endless], parent)
    job.start()
    qtbot.waitUntil(job.progress.isVisible, timeout=10000)
    with qtbot.waitSignal(job.failed, timeout=15000) as failed:
        qtbot.keyClick(job.progress, Qt.Key_Escape)
    assert failed.args[0].startswith("Cancelled. Nothing was written")
    assert len(pages) < 9_999
    assert not job.progress.isVisible()
    assert not job.worker_thread.is_alive()


def test_a_cancelled_summary_leaves_no_file_behind(qtbot, three_card_session, tmp_path):
    from workshop.export.summary import write_summary

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "summary.pdf"
    job = ExportJob(
        [lambda progress: write_summary(three_card_session, target, "a4", "absentee", progress)],
        parent,
    )
    job.cancel()  # before the first page: the writer stops at its first page callback
    with qtbot.waitSignal(job.failed, timeout=20000) as failed:
        job.start()
    assert failed.args[0].startswith("Cancelled")
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor its temporary file


def test_a_fast_writer_never_floods_the_window_with_page_words(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def fast(progress) -> str:
        for page in range(1, 20_001):
            progress(page)
        return "done"

    job = ExportJob([fast], parent)
    words: list[int] = []
    job.worker.progressed.connect(words.append)
    with qtbot.waitSignal(job.succeeded, timeout=15000):
        job.start()
    # One page word waits in the window's queue at a time, so "done" is never stuck
    # behind thousands of them (one per page before).
    assert 1 <= len(words) < 1_000
    assert not job.worker_thread.is_alive()


def test_a_dialog_closed_any_way_cancels_the_job(qtbot):
    # Escape reaching the dialog before it is the active window closes it without
    # `canceled` (seen on busy machines); a dialog gone must never leave a job running.
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def waiting(progress) -> str:
        while not release.wait(0.005):
            progress(1)
        return "never"

    job = ExportJob([waiting], parent)
    job.start()
    with qtbot.waitSignal(job.failed, timeout=15000) as failed:
        job.progress.reject()
    release.set()
    assert failed.args[0].startswith("Cancelled")
    assert not job.worker_thread.is_alive()
