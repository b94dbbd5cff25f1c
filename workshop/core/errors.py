"""Errors that carry a message meant for a person, not a traceback."""


class WorkshopError(Exception):
    """A failure whose message can be shown to the user as it is."""


class NotFound(WorkshopError):
    """A deck, session or card named by the user does not exist."""


class CommandRejected(WorkshopError):
    """A command could not be applied; the session is unchanged."""
