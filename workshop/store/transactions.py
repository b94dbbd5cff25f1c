"""Write transactions that take the library's write lock first: BEGIN IMMEDIATE, never DEFERRED."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One write transaction: BEGIN IMMEDIATE at the outermost level, a savepoint when nested.

    sqlite-utils' atomic() begins DEFERRED: in WAL mode a transaction that reads and then
    writes fails at once with SQLITE_BUSY if another connection wrote in between, whatever
    busy_timeout says. Taking the write lock first makes a second writer wait its turn
    instead. A wait longer than the busy timeout becomes LibraryBusy, with nothing changed.
    """
    conn = db.conn
    if conn.in_transaction:
        # Nested: sqlite-utils' savepoints, so an inner failure undoes only the inner block.
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise LibraryBusy() from exc
        raise
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as exc:
        # A failed COMMIT or an error such as SQLITE_FULL may already have ended it.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if is_busy(exc):
            raise LibraryBusy() from exc
        raise
