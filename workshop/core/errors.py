"""Errors that carry a message meant for a person, in any of the app's languages."""

from __future__ import annotations

MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark a message for translation without importing Qt; returns it unchanged."""
    return text


class WorkshopError(Exception):
    """A failure whose message can be shown to the user as it is.

    `template` is the English message with {named} places and `params` fills them,
    so the GUI can show the message in the user's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class NotFound(WorkshopError):
    """A deck, session or card named by the user does not exist."""


class CommandRejected(WorkshopError):
    """A command could not be applied; the session is unchanged."""
