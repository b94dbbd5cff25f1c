"""Finding a row the way people name it: by its id or by its exact title."""

from __future__ import annotations

from sqlite_utils import Database

from workshop.core.errors import NotFound


def id_by_title_or_id(db: Database, table: str, name: str, missing: str, several: str) -> int:
    """The id of the row titled `name`, else with id `name`; NotFound with a message otherwise."""
    rows = list(db.query(f"select id from [{table}] where title = ?", [name]))
    if not rows and name.isdecimal():
        rows = list(db.query(f"select id from [{table}] where id = ?", [int(name)]))
    if not rows:
        raise NotFound(missing, name=name)
    if len(rows) > 1:
        raise NotFound(several, name=name)
    return int(rows[0]["id"])
