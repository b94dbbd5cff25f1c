"""One keyed row of a session's tables made exactly so: written, or deleted."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

# Annotations only: sqlite-utils loads on first use (store/database.py), a session's model
# with the session (the home window's deck list needs neither).
if TYPE_CHECKING:
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
        db.conn.execute(f"delete from {table} where {where}", list(key.values()))
    elif any(isinstance(v, (dict, list, tuple)) for v in values.values()):
        db.table(table).upsert({**key, **values}, pk=tuple(key))  # sqlite-utils makes JSON
    else:
        # The statement sqlite-utils' upsert makes, without its six schema queries per row:
        # a committed action costs its one INSERT, near a raw sqlite3 commit.
        # On the connection itself: the statement is plain SQL, and a Database would be built
        # (sqlite-utils loaded) only to pass it on.
        row = {**key, **values}
        db.conn.execute(_upsert_sql(table, tuple(row), tuple(key)), list(row.values()))


@lru_cache(maxsize=256)
def _upsert_sql(table: str, columns: tuple[str, ...], key: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    keys = ", ".join(f'"{c}"' for c in key)
    rest = [c for c in columns if c not in key]
    action = (
        "do update set " + ", ".join(f'"{c}" = excluded."{c}"' for c in rest)
        if rest
        else "do nothing"
    )
    return f'insert into "{table}" ({names}) values ({marks}) on conflict ({keys}) {action}'
