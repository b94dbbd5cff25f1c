"""The windows that speak about the library file itself: damaged, or open read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop.core.errors import WorkshopError
from workshop.store.backups import DamagedLibrary
from workshop.ui.messages import user_message

# Imported in each function: PySide6 makes QMessageBox's five enums on its first import,
# and every start imports this module while few ever show one of these boxes.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def restore_question(error: DamagedLibrary, parent: QWidget | None = None) -> QMessageBox:
    """The question asked when the library is damaged and a good backup exists."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(QCoreApplication.translate("LibraryDialogs", "Workshop"))
    box.setText(user_message(error))
    if error.backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "LibraryDialogs",
                "Restore backup {0}, made {1}? The damaged file is kept beside it, "
                "renamed, in case someone can rescue more from it.",
            ).format(error.backup.number, error.backup.made_text)
        )
    box.addButton(
        QCoreApplication.translate("LibraryDialogs", "&Restore the backup"), QMessageBox.AcceptRole
    )
    box.addButton(QCoreApplication.translate("LibraryDialogs", "&Quit"), QMessageBox.RejectRole)
    return box


def ask_to_restore(error: DamagedLibrary) -> bool:
    """True when the user chooses to put the newest good backup in place."""
    from PySide6.QtWidgets import QMessageBox

    box = restore_question(error)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.AcceptRole


def read_only_text(error: WorkshopError, refused: bool) -> str:
    """Why the library is read-only; after a refused change, that it was not saved."""
    text = user_message(error)
    if refused:
        text += "\n\n" + QCoreApplication.translate("LibraryDialogs", "This change was not saved.")
    return text


def say_read_only(error: WorkshopError, refused: bool) -> None:
    """Tell the user the library is open read-only (at start, and when a change is refused)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        QCoreApplication.translate("LibraryDialogs", "Workshop"),
        read_only_text(error, refused),
    )
