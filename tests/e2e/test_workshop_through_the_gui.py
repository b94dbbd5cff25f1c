"""A scripted workshop through the GUI: from the starter deck to a summary PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import FOLLOW_UP
from tests.export.test_summary import decode_qr_codes, pdf_text
from workshop.store.library import open_library
from workshop.ui.control.window import ControlWindow


def test_from_deck_to_summary_by_keyboard(qtbot, tmp_path):
    library = open_library(tmp_path / "lib.sqlite")
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    home = window.home
    qtbot.keyClicks(home.title, "Masterclass social media")
    qtbot.keyClicks(home.follow_up, FOLLOW_UP)
    qtbot.mouseClick(home.start, Qt.LeftButton)
    assert window.controller is not None, home.message.text()
    session = window.controller.session
    live = window.run_panel.live
    record = window.run_panel.record

    for round_index in range(3):
        card = session.rounds[round_index]
        assert card.title in window.projector.audience.shown_text()
        qtbot.keyClick(live, Qt.Key_Right)  # the options appear
        for group in (1, 2, 3):
            qtbot.keyClick(live, getattr(Qt, f"Key_{group}"))
            qtbot.keyClick(record.option, getattr(Qt, f"Key_{'ABC'[group - 1]}"))
            qtbot.keyClicks(record.reason, f"reason {round_index}-{group}")
            qtbot.keyClick(record.reason, Qt.Key_Return)
        qtbot.keyClick(live, Qt.Key_Right)  # the questions
        qtbot.keyClick(live, Qt.Key_Right)  # the next card

    pdf = tmp_path / "summary.pdf"
    assert window.write_summary(pdf)
    words = " ".join(pdf_text(pdf).split())
    assert "Masterclass social media" in words
    for round_index in range(3):
        assert session.rounds[round_index].title in words
        for group in (1, 2, 3):
            assert f"reason {round_index}-{group}" in words
    assert FOLLOW_UP in decode_qr_codes(pdf, tmp_path)
    window.close()

    reopened = open_library(tmp_path / "lib.sqlite")
    stored = reopened.sessions.load(session.id)
    assert len(stored.choices) == 9
    assert stored.position.round_index == 3
    reopened.close()
    library.close()
