"""Opening a library and reading its lists needs no sqlite-utils; writing loads it, unchanged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlite_utils import Database

from workshop.store.database import MIGRATIONS, applied_migrations, rows_of
from workshop.store.library import open_library, pending_migrations
from workshop.store.migrations import migrations

ROOT = Path(__file__).parents[2]

# Opens a library made before, reads what the home window reads, marks the session on
# screen (as opening one does), then writes a session.
READ_THEN_WRITE = """
import sys
from workshop.core.session import start_session
from workshop.store.library import open_library
library = open_library(sys.argv[1])
decks = library.decks.summaries()
deck = library.decks.get(decks[0].id)
library.sessions.summaries()
library.running_session()
library.set_running(7)
print("after reading:", "sqlite_utils" in sys.modules)
library.sessions.create(start_session(deck, "Written", "2026-11-30", "", 2))
print("after writing:", "sqlite_utils" in sys.modules)
library.close()
"""


def test_reading_the_lists_loads_no_sqlite_utils_and_a_write_does(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    open_library(path).close()  # made, migrated and given its starter decks
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", READ_THEN_WRITE, str(path)],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.split("\n")[:2] == ["after reading: False", "after writing: True"]
    # Both writes were committed: another connection sees them.
    with sqlite3.connect(path) as other:
        marker = "select value from app_state where key = 'running_session'"
        assert other.execute(marker).fetchone() == ("7",)
        titles = other.execute("select title from sessions").fetchall()
        assert titles == [("Written",)]


def test_the_connection_is_set_up_as_sqlite_utils_sets_it_up(tmp_path: Path):
    library = open_library(tmp_path / "lib.sqlite", install_starters=False)
    assert library.db.conn.execute("pragma recursive_triggers").fetchone()[0] == 1
    assert library.db.conn.execute("pragma foreign_keys").fetchone()[0] == 1
    assert library.db.table_names()  # anything else is sqlite-utils' Database's
    assert library.db.database.conn is library.db.conn
    assert "decks" in library.db.database.table_names()
    library.close()


def test_rows_read_on_the_connection_are_those_sqlite_utils_gives(tmp_path: Path):
    library = open_library(tmp_path / "lib.sqlite")
    sql = "select * from cards where deck_id = ? order by position, id"
    plain = list(rows_of(library.db.conn, sql, [1]))
    assert plain and plain == list(Database(library.db.conn).query(sql, [1]))
    library.close()


def test_the_migrations_named_for_start_up_are_those_registered(tmp_path: Path):
    assert MIGRATIONS == tuple(m.name for m in migrations._migrations)
    db = Database(tmp_path / "old.sqlite")
    assert applied_migrations(db.conn) == []  # a new file: no record of any
    migrations.apply(db, stop_before="m003_game")  # a library of two releases ago
    assert applied_migrations(db.conn) == [m.name for m in migrations.applied(db)]
    assert pending_migrations(db) == [m.name for m in migrations.pending(db)] == [*MIGRATIONS[2:]]
    db.close()
    library = open_library(tmp_path / "old.sqlite", install_starters=False)  # brings it up
    assert pending_migrations(library.db) == [] == migrations.pending(library.db)
    library.close()


def test_a_decks_tags_read_alone_are_those_of_its_cards(tmp_path: Path):
    from workshop.core.cards import Card, CardKind, Deck

    library = open_library(tmp_path / "lib.sqlite", install_starters=False)
    cards = (
        Card("a", "A", CardKind.DILEMMA, tags=("Privacy", "school")),
        Card("b", "B", CardKind.DILEMMA, tags=("privacy", "Ω-tag", "school")),
        Card("c", "C", CardKind.DILEMMA),
    )
    deck_id = library.decks.add(Deck("u1", "Tagged", cards=cards))
    whole = library.decks.get(deck_id)
    tags = library.decks.tags(deck_id)
    assert len(tags) == len(set(tags)) == 4  # each once
    assert set(tags) == {t for c in whole.cards for t in c.tags}
    assert [t.casefold() for t in tags] == sorted(t.casefold() for t in tags)
    untagged = library.decks.add(Deck("u2", "Plain", cards=cards[2:]))
    assert library.decks.tags(untagged) == []
    library.close()
