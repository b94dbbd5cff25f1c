"""Opening the library file: create it on first run, migrate it, install the starter decks."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from workshop import paths
from workshop.core.deckformat import deck_from_data
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.store.backups import check_before_open, make_backup
from workshop.store.decks import DeckRepository
from workshop.store.migrations import migrations
from workshop.store.session_admin import running_session, set_running
from workshop.store.sessions import SessionRepository


def now() -> str:
    """A UTC timestamp as stored in the library."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """One library file: its database connection and the repositories over it."""

    def __init__(self, db: Database, path: Path, read_only: WorkshopError | None = None) -> None:
        self.db = db
        self.path = path
        self.decks = DeckRepository(db)
        self.sessions = SessionRepository(db)
        # Why the library is open read-only (a newer Workshop made it), or None.
        self.read_only = read_only

    def set_running(self, session_id: int | None) -> None:
        """The session on screen now (None when none is), for resuming after a crash."""
        if self.read_only:
            return
        try:
            set_running(self.db, session_id)
        except sqlite3.OperationalError as exc:
            # On a full disk the marker stays as it was: at worst the next start offers to
            # resume a session. Nothing the user confirmed depends on it.
            if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_FULL:
                raise

    def running_session(self) -> int | None:
        """The session left on screen when the app last stopped, if it did not close cleanly."""
        return running_session(self.db)

    def close(self) -> None:
        """Close the connection; everything confirmed is already committed."""
        try:
            self.db.close()
        except sqlite3.Error:
            # A checkpoint that fails at close (a full disk) leaves the -wal, which the next
            # start reads: nothing is lost, so quitting says nothing.
            pass


def open_library(path: Path | None = None, install_starters: bool = True) -> Library:
    """Open (or create) a library, bring its schema up to date and install starter decks once."""
    path = Path(path) if path else paths.default_library_path()
    if path.is_dir():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give the path of a library file."),
            path=path,
        )
    refuse_unusable_file(path)
    check_before_open(path)  # a damaged library raises DamagedLibrary and is never written
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
        read_only = made_by_newer_app(db, path)
        if read_only:
            conn.execute("PRAGMA query_only=ON")
        else:
            backup_before_migration(db, path)
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
    library = Library(db, path, read_only)
    if install_starters and not read_only:
        install_starter_decks(library)
    return library


def refuse_unusable_file(path: Path) -> None:
    """An empty or read-only library file gets its own message, and is left as it is."""
    wal = Path(f"{path}-wal")
    if path.exists() and path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
        # A library is never empty on disk once made; an empty file is something else gone
        # wrong (a failed copy), so it is not quietly turned into a new, empty library.
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is an empty file, not a library. Delete it to start a new library, "
                "or put a backup in its place ('workshop backup list').",
            ),
            path=path,
        )
    folder = path.parent
    if (path.exists() and not os.access(path, os.W_OK)) or (
        folder.exists() and not os.access(folder, os.W_OK)
    ):
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is read-only: Workshop cannot save to it. Make the file and its folder "
                "writable, or copy it to a folder you can write to and open the copy.",
            ),
            path=path,
        )


def made_by_newer_app(db: Database, path: Path) -> WorkshopError | None:
    """The message to show when the library has schema changes this app does not know."""
    # sqlite-utils keeps the registered migrations in a private list; it has no public one.
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if not unknown:
        return None
    return WorkshopError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} was made by a newer Workshop; opened read-only. Update Workshop to change it.",
        ),
        path=path,
    )


def backup_before_migration(db: Database, path: Path) -> None:
    """A backup before the schema changes, when there is a library to change at all."""
    has_tables = db.execute("select count(*) from sqlite_master").fetchone()[0]
    if has_tables and migrations.pending(db):
        make_backup(db.conn, path, "migration")


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
