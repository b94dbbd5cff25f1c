"""A deck file opened from the desktop (workshop FILE.wsdeck): the deck editor offers the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
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
