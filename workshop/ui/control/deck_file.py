"""A deck file opened from the desktop (workshop FILE.wsdeck): the deck editor offers the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

DECK_SUFFIXES = (".wsdeck", ".json", ".csv")


def open_deck_file(window: QMainWindow, path: Path) -> int | None:
    """Open the deck editor importing `path` (it asks before updating a deck already here)."""
    from workshop.ui.decks.decks_dialog import DecksDialog

    dialog = DecksDialog(window.library, window)
    imported: list[int | None] = []
    # Once the editor shows, so its own question (update or copy) has a parent on screen.
    QTimer.singleShot(0, lambda: imported.append(dialog.import_file(str(path))))
    dialog.exec()
    window.home.reload()
    return imported[0] if imported else None


def dropped_deck(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one deck file being dragged or dropped, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if len(files) == 1 and files[0].suffix.lower() in DECK_SUFFIXES:
        return files[0]
    return None


class DeckDrops(QObject):
    """A deck file dropped on the window is imported, through the import's preview."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.DragEnter, QEvent.DragMove) and dropped_deck(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Drop and (path := dropped_deck(event)):
            event.acceptProposedAction()
            # After the drop returns: the drag's own event loop must not host the dialog.
            QTimer.singleShot(0, lambda: open_deck_file(self.window, path))
            return True
        return False
