"""A scripted workshop through the GUI: from the starter deck to a summary PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import FOLLOW_UP
from tests.export.test_summary import decode_qr_codes, pdf_text
from workshop.store.library import open_library
from workshop.ui.control.window import ControlWindow

HIGHLIGHT = "https://example.org/highlight"


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
    live = window.cards_panel.live
    record = window.cards_panel.record
    # The room sees the day's title while the facilitator gets ready, not card 1.
    assert window.projector.audience.shown_text().startswith("Masterclass social media")
    assert session.rounds[0].text not in window.projector.audience.shown_text()
    qtbot.keyClick(live, Qt.Key_Right)  # the clicker brings up card 1

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

    qtbot.keyClick(live, Qt.Key_Left)  # back to the third card, fully shown
    assert session.position.round_index == 2

    def fill_highlight() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.introduction, "Every group chose differently here.")
        qtbot.keyClick(dialog.link, Qt.Key_Tab)
        qtbot.keyClicks(dialog.link, HIGHLIGHT)
        qtbot.keyClick(dialog.link, Qt.Key_Return)

    # Menu shortcuts reach only the active window, as on a real desktop.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, fill_highlight)
    qtbot.keyClick(live, Qt.Key_H, Qt.ControlModifier)
    assert session.highlights[2].url == HIGHLIGHT
    assert "★" in window.cards_panel.rounds.item(2).text()

    pdf, handout = tmp_path / "out" / "summary.pdf", tmp_path / "out" / "handout.pdf"

    def fill_export() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.summary.setText(str(pdf))
        dialog.handout.setText(str(handout))
        assert dialog.with_handout.isChecked()
        qtbot.keyClick(dialog.summary, Qt.Key_Return)

    window.activateWindow()  # offscreen has no window manager to give it back
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, fill_export)
    qtbot.keyClick(live, Qt.Key_E, Qt.ControlModifier)
    with qtbot.waitSignal(window.exports.last_job.succeeded, timeout=20000):
        pass
    assert "handout.pdf" in window.statusBar().currentMessage()
    words = " ".join(pdf_text(pdf).split())
    assert "Masterclass social media" in words
    for round_index in range(3):
        assert session.rounds[round_index].title in words
        for group in (1, 2, 3):
            assert f"reason {round_index}-{group}" in words
    assert "Every group chose differently here." in words
    assert {FOLLOW_UP, HIGHLIGHT} <= set(decode_qr_codes(pdf, tmp_path))
    assert HIGHLIGHT in pdf_text(handout)
    window.close()

    reopened = open_library(tmp_path / "lib.sqlite")
    stored = reopened.sessions.load(session.id)
    assert len(stored.choices) == 9
    assert stored.position.round_index == 2
    assert stored.highlights[2].introduction == "Every group chose differently here."
    reopened.close()
    library.close()
