"""A deck file opened from the desktop: the deck editor opens and imports it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from workshop import paths
from workshop.ui.control.deck_file import open_deck_file
from workshop.ui.decks.decks_dialog import DecksDialog
from workshop.ui.decks.import_dialog import ImportDialog


def test_opening_a_wsdeck_imports_it_in_the_deck_editor(qtbot, library):
    from workshop.ui.control.window import ControlWindow

    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    said: list[str] = []

    def close_when_imported() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog):
            said.append(dialog.summary.text())  # the preview comes first
            dialog.import_button.click()
            QTimer.singleShot(20, close_when_imported)
        elif isinstance(dialog, DecksDialog) and dialog.status.text():
            said.append(dialog.status.text())
            dialog.reject()
        else:
            QTimer.singleShot(20, close_when_imported)

    QTimer.singleShot(0, close_when_imported)
    deck_id = open_deck_file(window, paths.resources_dir() / "samples" / "sample-deck.wsdeck")
    assert said[0] == "A new deck “Sample deck” with 3 cards."
    assert said[1].startswith("Imported “Sample deck”")
    assert library.decks.get(deck_id).title == "Sample deck"
    assert any("Sample deck" in window.home.decks.item(i).text()
               for i in range(window.home.decks.count()))  # fmt: skip


def test_a_deck_file_dropped_on_the_window_is_imported_through_the_preview(
    qtbot, library, tmp_path
):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from workshop.ui.control.window import ControlWindow

    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    data = QMimeData()
    sheet = tmp_path / "dropped.csv"
    sheet.write_text("Titel;Optie A;Optie B\nEén;ja;nee\nTwee;ja;nee\n", encoding="utf-8")
    data.setUrls([QUrl.fromLocalFile(str(sheet))])
    enter = QDragEnterEvent(window.rect().center(), Qt.CopyAction, data, Qt.LeftButton,
                            Qt.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    text = QMimeData()
    text.setText("not a file")
    refused = QDragEnterEvent(window.rect().center(), Qt.CopyAction, text, Qt.LeftButton,
                              Qt.NoModifier)  # fmt: skip
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    previews: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog):
            previews.append(dialog.summary.text())
            dialog.import_button.click()
            if dialog.isVisible():  # nothing to import: never left open behind the test
                dialog.reject()
        elif isinstance(dialog, DecksDialog) and (dialog.status.text() or previews):
            dialog.reject()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    drop = QDropEvent(QPointF(window.rect().center()), Qt.CopyAction, data, Qt.LeftButton,
                      Qt.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: bool(previews))
    assert previews == ["A new deck “dropped” with 2 cards."]
    qtbot.waitUntil(lambda: any(d.title == "dropped" for d in library.decks.summaries()))
