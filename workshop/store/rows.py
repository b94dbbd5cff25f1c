"""One keyed row of a session's tables made exactly so: written, or deleted."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from workshop.core.session import Session


def stored_id(session: Session) -> int:
    """The session's id in the library; a session not stored yet has no rows to write."""
    if session.id is None:
        raise ValueError("the session is not in the library yet")
    return session.id


def inserted_id(table: Table) -> int:
    """The primary key of the row the table's last insert made."""
    if table.last_pk is None:
        raise ValueError(f"nothing was inserted into {table.name}")
    return int(table.last_pk)


def put_row(db: Database, table: str, key: dict[str, Any], values: dict[str, Any] | None) -> None:
    """Insert or update the row with this key, or delete it when `values` is None."""
    if values is None:
        where = " and ".join(f"{name} = ?" for name in key)
        db.execute(f"delete from {table} where {where}", list(key.values()))
    else:
        db.table(table).upsert({**key, **values}, pk=tuple(key))
