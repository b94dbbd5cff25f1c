"""Errors that carry a message meant for a person, in any of the app's languages."""

from __future__ import annotations

from collections.abc import Callable, Mapping

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


def render(template: str, params: Mapping[str, object], translate: Callable[[str], str]) -> str:
    """A message in the language `translate` gives, its places filled in.

    A place may hold a marked phrase (translated too) or a message of its own with
    `translated(translate)`, such as a deck file's Problem."""
    text = translate(template)
    if not params:
        return text
    filled = {
        k: v.translated(translate)
        if hasattr(v, "translated")
        else translate(v)
        if isinstance(v, str)
        else v
        for k, v in params.items()
    }
    try:
        return text.format(**filled)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped place must never hide the message itself.
        return template.format(**params)
