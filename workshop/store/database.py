"""The library's connection, with sqlite-utils' Database over it made on first use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlite_utils import Database


class LazyDatabase:
    """Stands for sqlite-utils' Database over one connection, and makes it when first used.

    Importing sqlite-utils loads click, pluggy and dateutil with it (~100 ms, a third of the
    app's own start-up), while the home window only reads: those reads use `conn` (see
    `rows_of`), which is a plain attribute here; every other attribute (`execute`, `table`,
    `atomic`, ...) is the Database's, so writes, migrations and everything else run through
    sqlite-utils exactly as before.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        """sqlite-utils' Database over the connection, made (and sqlite-utils imported) once."""
        if self._database is None:
            from sqlite_utils import Database

            # No plugins: whatever is installed on the machine stays out of the library's
            # connection. Recursive triggers are already on: `use` set them, as Database would.
            self._database = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._database

    @property
    def loaded(self) -> bool:
        """Whether sqlite-utils' Database has been made (and sqlite-utils imported)."""
        return self._database is not None

    def __getattr__(self, name: str) -> Any:
        # Only called for what this class does not have: the Database's attributes.
        return getattr(self.database, name)

    # Python looks special methods up on the class, never through __getattr__.
    def __getitem__(self, name: str) -> Any:
        return self.database[name]

    def __enter__(self) -> Database:
        return self.database.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.database.__exit__(*exc)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<LazyDatabase over {self.conn!r}, loaded: {self.loaded}>"

    def close(self) -> None:
        """Close the connection, as Database.close does, without importing sqlite-utils."""
        self.conn.close()


def use(conn: sqlite3.Connection) -> Database:
    """The library's Database over `conn`, made when first needed; typed as what it stands for."""
    # What sqlite-utils' Database does on being made (recursive_triggers=True, its default).
    conn.execute("PRAGMA recursive_triggers=on;")
    return cast("Database", LazyDatabase(conn))


def rows_of(
    conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()
) -> Iterator[dict[str, Any]]:
    """Each row of a read as a dict by column name, as sqlite-utils' Database.query gives it."""
    cursor = conn.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(keys, row, strict=True))


# The library's schema changes by name, in order, as `store/migrations.py` registers them:
# read without importing sqlite-utils to tell at start whether any is pending (it checks
# this list against its own when imported, so the two cannot drift apart).
MIGRATION_SET = "workshop"
MIGRATIONS = (
    "m001_decks_and_sessions",
    "m002_details_participants_highlights",
    "m003_game",
    "m004_board",
    "m005_groups_and_exercises",
    "m006_agenda",
    "m007_card_search",
    "m008_search_folds_case_first",
)
# Where sqlite-utils' Migrations records each one applied (Migrations.migrations_table).
APPLIED_TABLE = "_sqlite_migrations"


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The names of the schema changes applied to the library, in the order they were,
    read as sqlite-utils' Migrations.applied reads them."""
    exists = conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = ?", [APPLIED_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"select name from [{APPLIED_TABLE}] where migration_set = ? order by rowid",
        [MIGRATION_SET],
    )
    return [name for (name,) in rows]
