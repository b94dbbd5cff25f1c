"""A deck file opened from the desktop (workshop FILE.wsdeck): the deck editor offers the import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # Qt's event classes make QEvent's 180-member enum when first imported
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

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


def dropped_deck(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> Path | None:
    """The one deck file being dragged or dropped, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if len(files) == 1 and files[0].suffix.lower() in DECK_SUFFIXES:
        return files[0]
    return None


class DeckDrops(QObject):
    """A deck file dropped on the window is imported, through the import's preview.

    The window's drag and drop handlers ask it (rather than an event filter, which would
    see every event of the window in Python from its first paint on)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)

    def offered(self, event: QDragMoveEvent) -> bool:
        """A drag entering or moving over the window: taken when it carries one deck file."""
        if dropped_deck(event):
            event.acceptProposedAction()
            return True
        return False

    def dropped(self, event: QDropEvent) -> bool:
        """A drop on the window: a deck file is imported (after the drop returns)."""
        if path := dropped_deck(event):
            event.acceptProposedAction()
            # After the drop returns: the drag's own event loop must not host the dialog.
            QTimer.singleShot(0, lambda: open_deck_file(self.window, path))
            return True
        return False
