"""Messages from the layers below, shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.core.errors import MESSAGES, WorkshopError


def user_message(error: WorkshopError) -> str:
    """The error's message translated, its places filled in."""
    text = QCoreApplication.translate(MESSAGES, error.template)
    if not error.params:
        return text
    # A place may hold a marked phrase ("The follow-up address"); it is translated too.
    params = {
        k: QCoreApplication.translate(MESSAGES, v) if isinstance(v, str) else v
        for k, v in error.params.items()
    }
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped place must never hide the message itself.
        return str(error)
