"""Finding a row the way people name it: by its id or by its exact title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.core.errors import NotFound
from workshop.store.database import rows_of

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


def id_by_title_or_id(db: Database, table: str, name: str, missing: str, several: str) -> int:
    """The id of the row titled `name`, else with id `name`; NotFound with a message otherwise."""
    # On the plain connection: opening a session by name must not load sqlite-utils.
    rows = list(rows_of(db.conn, f"select id from [{table}] where title = ?", [name]))
    if not rows and name.isdecimal():
        rows = list(rows_of(db.conn, f"select id from [{table}] where id = ?", [int(name)]))
    if not rows:
        raise NotFound(missing, name=name)
    if len(rows) > 1:
        raise NotFound(several, name=name)
    return int(rows[0]["id"])
