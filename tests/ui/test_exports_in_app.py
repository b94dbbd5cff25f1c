"""Exports from the app: print a deck, a failed export's message, the dialog's choices."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop.ui.control.export_dialog import ExportDialog


def test_a_deck_is_printed_from_the_home_page(qtbot, library, tmp_path):
    from workshop.ui.control.window import ControlWindow

    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    target = tmp_path / "cards"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.target.setText(str(target))  # .pdf is added
        dialog.per_page.setCurrentIndex(1)
        qtbot.keyClick(dialog.target, Qt.Key_Return)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.home.print, Qt.LeftButton)
    with qtbot.waitSignal(window.exports.last_job.succeeded, timeout=20000):
        pass
    assert len(PdfReader(tmp_path / "cards.pdf").pages) == 4  # 10 cards, 8 a page, with backs
    assert "cards.pdf" in window.home.message.text()


def test_a_failed_export_says_why_in_a_message_box(qtbot, window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    job = window.exports.export(blocker / "summary.pdf", "absentee", "a4")
    QTimer.singleShot(0, read_and_close)
    with qtbot.waitSignal(job.failed, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith(f"Could not write {blocker / 'summary.pdf'}")
    assert blocker.read_text() == "a file where a folder should be"


def test_without_highlights_the_dialog_offers_no_handout_and_says_how(qtbot, window, tmp_path):
    dialog = ExportDialog(window.controller.session, tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.with_handout.isEnabled() and not dialog.with_handout.isChecked()
    assert "Ctrl+H" in dialog.problem.text()
    dialog.summary.setText(str(tmp_path / "name-without-extension"))
    dialog.edition.setCurrentIndex(1)
    dialog.paper.setCurrentIndex(0)  # the default follows the country; A4 here
    assert dialog.choices() == (tmp_path / "name-without-extension.pdf", "participants", "a4", None)
