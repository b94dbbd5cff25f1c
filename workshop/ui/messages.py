"""Messages from the layers below, shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.core.errors import MESSAGES, WorkshopError, render


def user_message(error: WorkshopError) -> str:
    """The error's message translated, its places filled in."""
    return render(
        error.template, error.params, lambda text: QCoreApplication.translate(MESSAGES, text)
    )
