"""Opening the library file: create it on first run, migrate it, install the starter decks."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from workshop import paths
from workshop.core.deckformat import deck_from_data
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.store.decks import DeckRepository
from workshop.store.migrations import migrations
from workshop.store.session_admin import running_session, set_running
from workshop.store.sessions import SessionRepository


def now() -> str:
    """A UTC timestamp as stored in the library."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """One library file: its database connection and the repositories over it."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.decks = DeckRepository(db)
        self.sessions = SessionRepository(db)

    def set_running(self, session_id: int | None) -> None:
        """The session on screen now (None when none is), for resuming after a crash."""
        set_running(self.db, session_id)

    def running_session(self) -> int | None:
        """The session left on screen when the app last stopped, if it did not close cleanly."""
        return running_session(self.db)

    def close(self) -> None:
        """Close the connection; everything confirmed is already committed."""
        self.db.close()


def open_library(path: Path | None = None, install_starters: bool = True) -> Library:
    """Open (or create) a library, bring its schema up to date and install starter decks once."""
    path = Path(path) if path else paths.default_library_path()
    if path.is_dir():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give the path of a library file."),
            path=path,
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: sqlite-utils' atomic() opens its own transactions.
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL keeps the last commits even through a power cut, not only a crash.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        db = Database(conn)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} cannot be opened as a Workshop library: {reason}."
            ),
            path=path,
            reason=exc,
        ) from exc
    except OSError as exc:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{path} cannot be created: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from exc
    library = Library(db, path)
    if install_starters:
        install_starter_decks(library)
    return library


def install_starter_decks(library: Library, files: list[Path] | None = None) -> int:
    """Install each starter deck the first time only; a deck the user deleted stays deleted."""
    installed = 0
    done = library.db["starter_installs"]
    for file in files if files is not None else paths.starter_decks():
        deck = deck_from_data(json.loads(file.read_text(encoding="utf-8")), file.name)
        if done.count_where("deck_uid = ?", [deck.uid]):
            continue
        with library.db.atomic():
            library.decks.add(deck)
            done.insert({"deck_uid": deck.uid, "installed_at": now()})
        installed += 1
    return installed
