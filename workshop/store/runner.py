"""Running a command: apply it to the session and commit what it changed, or neither."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workshop.core.commands import Change, Command
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.session import Session
from workshop.store.sessions import SessionRepository
from workshop.store.transactions import LibraryBusy


class CommandRunner:
    """The one path every change takes, from the GUI, the command line or a test."""

    def __init__(self, sessions: SessionRepository, session: Session) -> None:
        self.sessions = sessions
        self.session = session

    def run(self, command: Command) -> Change:
        """Apply and commit; if the write fails, the session in memory is put back too."""
        change = command.apply(self.session)
        self._commit(change, undo=command.revert)
        return change

    def revert(self, command: Command) -> Change:
        """Revert and commit; if the write fails, the command stays applied."""
        change = command.revert(self.session)
        self._commit(change, undo=command.apply)
        return change

    def _commit(self, change: Change, undo: Callable[[Session], Change]) -> None:
        try:
            self.sessions.save(self.session, change)
        except LibraryBusy:
            undo(self.session)  # refused whole: the screen must not show what was not saved
            raise
        except sqlite3.Error as exc:
            undo(self.session)
            raise WorkshopError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Could not save ({reason}); nothing was changed. Check the disk and try again.",
                ),
                reason=exc,
            ) from exc
