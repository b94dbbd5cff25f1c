"""Running a command: apply it to the session and commit what it changed, or neither."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workshop.core.commands import Change, Command
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.session import Session
from workshop.store.sessions import SessionRepository
from workshop.store.transactions import LibraryBusy, write_transaction


class CommandRunner:
    """The one path every change takes, from the GUI, the command line or a test."""

    def __init__(self, sessions: SessionRepository, session: Session) -> None:
        self.sessions = sessions
        self.session = session

    def run(self, command: Command, along: Callable[[], object] | None = None) -> Change:
        """Apply and commit; if the write fails, the session in memory is put back too.

        `along` writes more rows (a phone's entry marked approved) in the same transaction:
        if it or the COMMIT fails, the command is reverted in memory as well, so nothing is
        half done and no caller records an undo step for what the library does not hold."""
        if along is None:
            change = command.apply(self.session)
            self._commit(change, undo=command.revert)
            return change
        applied = False
        try:
            with write_transaction(self.sessions.db):
                change = self.run(command)  # put back by itself if its own save fails
                applied = True
                along()
        except BaseException as exc:
            if applied:
                command.revert(self.session)
            if isinstance(exc, sqlite3.Error):
                raise _not_saved(exc) from exc
            raise
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
            raise _not_saved(exc) from exc


def _not_saved(exc: sqlite3.Error) -> WorkshopError:
    return WorkshopError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Could not save ({reason}); nothing was changed. Check the disk and try again.",
        ),
        reason=exc,
    )
