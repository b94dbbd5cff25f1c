"""A killed app offers to resume where it was; the session list deletes and duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop.core.commands import MoveTo
from workshop.core.session import Position, RevealStep
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner
from workshop.ui.control.window import ControlWindow

ROOT = Path(__file__).parents[2]


def answer(button) -> None:
    """Press a button of the next message box."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)


def test_after_a_kill_the_next_start_offers_to_resume_at_the_same_place(
    qtbot, tmp_path, three_card_session
):
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    CommandRunner(library.sessions, three_card_session).run(MoveTo(Position(2, RevealStep.OPTIONS)))
    library.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "workshop", "--library", str(path), "open", str(session_id)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        running = None
        while time.monotonic() < deadline:
            watcher = open_library(path, install_starters=False, for_writing=False)
            running = watcher.running_session()
            watcher.close()
            if running == session_id:
                break
            time.sleep(0.2)
        assert running == session_id, "the app never marked the session as running"
    finally:
        os.kill(app.pid, signal.SIGKILL)
        app.wait()
    assert app.returncode == -signal.SIGKILL

    library = open_library(path)
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    answer(QMessageBox.Yes)
    assert window.offer_resume()
    session = window.controller.session
    assert session.position == Position(2, RevealStep.OPTIONS)
    assert session.rounds[2].title in window.projector.audience.shown_text()
    window.close()
    assert library.running_session() is None, "a clean quit leaves nothing to resume"
    library.close()


def test_declining_to_resume_forgets_it(qtbot, library, three_card_session):
    session_id = library.sessions.create(three_card_session)
    library.set_running(session_id)
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    answer(QMessageBox.No)
    assert not window.offer_resume()
    assert window.controller is None and library.running_session() is None


def test_the_session_list_deletes_after_asking_and_duplicates(qtbot, library, three_card_session):
    session_id = library.sessions.create(three_card_session)
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.home.reload()
    assert "(planned)" in window.home.sessions.item(0).text()
    new_id = window.duplicate_as_template(session_id)
    assert (
        window.home.sessions.count() == 2 and "Three cards (template)" in window.home.message.text()
    )
    # Not two identical entries: the copy says what it is and waits for its own date.
    texts = [window.home.sessions.item(i).text() for i in range(2)]
    assert len(set(texts)) == 2 and any("Three cards (template)" in t for t in texts)
    assert library.sessions.load(new_id).details.date == ""
    answer(QMessageBox.Cancel)
    assert not window.delete_session(new_id)
    assert window.home.sessions.count() == 2
    answer(QMessageBox.Yes)
    assert window.delete_session(new_id)
    assert [s.id for s in library.sessions.summaries()] == [session_id]
