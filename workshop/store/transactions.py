"""Write transactions that take the library's write lock first: BEGIN IMMEDIATE, never DEFERRED."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


# How long a write waits for another connection's write to finish before giving up.
BUSY_TIMEOUT_MS = 5000

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6


class LibraryBusy(WorkshopError):
    """Another connection held the library's write lock for longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The library is busy: another Workshop is writing to it and did not finish "
                "within {seconds} seconds. Nothing was changed; try again in a moment.",
            ),
            seconds=BUSY_TIMEOUT_MS // 1000,
        )


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" and "database table is locked" errors."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        isinstance(exc, sqlite3.OperationalError)
        and code is not None
        and (code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED))
    )


class write_transaction:  # noqa: N801 - used as `with write_transaction(db):`, like a function
    """One write transaction: BEGIN IMMEDIATE at the outermost level, a savepoint when nested.

    sqlite-utils' atomic() begins DEFERRED: in WAL mode a transaction that reads and then
    writes fails at once with SQLITE_BUSY if another connection wrote in between, whatever
    busy_timeout says. Taking the write lock first makes a second writer wait its turn
    instead. A wait longer than the busy timeout becomes LibraryBusy, with nothing changed.

    A class rather than a generator-based context manager: every committed action enters
    one, and a generator's setup and teardown cost about as much as the INSERT.
    """

    __slots__ = ("db", "_nested")

    def __init__(self, db: Database) -> None:
        self.db = db
        self._nested: AbstractContextManager[object] | None = None

    def __enter__(self) -> Database:
        conn = self.db.conn
        if conn.in_transaction:
            # Nested: sqlite-utils' savepoints, so an inner failure undoes only the inner block.
            self._nested = self.db.atomic()
            self._nested.__enter__()
            return self.db
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise LibraryBusy() from exc
            raise
        return self.db

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._nested is not None:
            nested, self._nested = self._nested, None
            nested.__exit__(kind, exc, trace)
            return
        conn = self.db.conn
        if exc is None:
            try:
                conn.execute("COMMIT")
                return
            except BaseException as failed:
                self._roll_back(conn)
                if is_busy(failed):
                    raise LibraryBusy() from failed
                raise
        # A failed COMMIT or an error such as SQLITE_FULL may already have ended it.
        self._roll_back(conn)
        if is_busy(exc):
            raise LibraryBusy() from exc

    @staticmethod
    def _roll_back(conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
