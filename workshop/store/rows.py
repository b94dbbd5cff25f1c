"""One keyed row of a session's tables made exactly so: written, or deleted."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def put_row(db: Database, table: str, key: dict[str, Any], values: dict[str, Any] | None) -> None:
    """Insert or update the row with this key, or delete it when `values` is None."""
    if values is None:
        where = " and ".join(f"{name} = ?" for name in key)
        db.execute(f"delete from {table} where {where}", list(key.values()))
    else:
        db[table].upsert({**key, **values}, pk=tuple(key))
