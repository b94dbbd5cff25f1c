"""Opening the library file: create it on first run, migrate it, install the starter decks."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workshop import paths
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.store import app_lock
from workshop.store.backups import check_before_open, make_backup
from workshop.store.database import MIGRATIONS, applied_migrations, use
from workshop.store.decks import DeckRepository
from workshop.store.session_admin import running_session, set_running
from workshop.store.sessions import SessionRepository
from workshop.store.transactions import BUSY_TIMEOUT_MS, LibraryBusy, is_busy, write_transaction

# sqlite-utils loads when first written with (store/database.py): not to open a library
# at the current schema and read its lists, the app's start.
if TYPE_CHECKING:
    from sqlite_utils import Database


def now() -> str:
    """A UTC timestamp as stored in the library."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """One library file: its database connection and the repositories over it."""

    def __init__(
        self, db: Database, path: Path, read_only: WorkshopError | None = None, share: bool = False
    ) -> None:
        self.db = db
        self.path = path
        self.decks = DeckRepository(db)
        self.sessions = SessionRepository(db)
        # Why the library is open read-only (a newer Workshop made it, or the app of another
        # process has it open), or None.
        self.read_only = read_only
        self._share = share  # a share of the app lock, given back on close

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
        if self._share:
            self._share = False
            app_lock.release_shared(self.path)


class LibraryInUse(WorkshopError):
    """A command that writes was refused: the Workshop app has this library open."""


def _take_share(path: Path, for_writing: bool) -> tuple[bool, WorkshopError | None]:
    """(share taken, why read-only): how this process may open a library the app may hold.

    Beside the app, another process opens the library read-only: a read-write connection
    that closes believes it is the last one when the app's POSIX locks were dropped (its
    file dialog opened and closed the library's files), checkpoints and deletes the WAL
    the app is still writing to. A read-only connection never does.
    """
    if app_lock.app_holds(path):
        return False, None  # this process is the app
    if app_lock.acquire_shared(path):
        return True, None
    in_use = LibraryInUse(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is open in the Workshop app; make this change there, or close the app "
            "and try again. Nothing was changed.",
        ),
        path=path,
    )
    if for_writing:
        raise in_use
    return False, in_use


@contextmanager
def app_kept_out(path: Path) -> Iterator[None]:
    """For a change to the library's files: LibraryInUse when the Workshop app of another
    process has the library open, and no app starts on it until the block is done."""
    share, _ = _take_share(Path(path), for_writing=True)
    try:
        yield
    finally:
        if share:
            app_lock.release_shared(Path(path))


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to the library: read-write and in WAL mode, or read-only."""
    if read_only:
        # mode=ro: this connection cannot take the lock that checkpoints and deletes the WAL.
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn
    # isolation_level=None: write_transaction() opens transactions itself.
    conn = sqlite3.connect(str(path), isolation_level=None)
    # Set first: turning on WAL in a new file waits for another process creating it too.
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL keeps the last commits even through a power cut, not only a crash.
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def open_library(
    path: Path | None = None, install_starters: bool = True, for_writing: bool = True
) -> Library:
    """Open (or create) a library, bring its schema up to date and install starter decks once.

    When the Workshop app of another process has it open, a library is opened read-only
    for reading (`for_writing=False`) and refused with LibraryInUse for writing.
    """
    path = Path(path) if path else paths.default_library_path()
    if path.is_dir():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give the path of a library file."),
            path=path,
        )
    refuse_unusable_file(path)
    check_before_open(path)  # a damaged library raises DamagedLibrary and is never written
    share, beside_app = False, None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        share, beside_app = _take_share(path, for_writing)
        conn = _connect(path, read_only=beside_app is not None)
        conn.execute("PRAGMA foreign_keys=ON")
        db = use(conn)
        read_only = beside_app or made_by_newer_app(db, path)
        if read_only:
            conn.execute("PRAGMA query_only=ON")
        elif pending_migrations(db):
            from workshop.store.migrations import migrations

            backup_before_migration(db, path)
            with write_transaction(db):  # two first starts at once: one migrates
                migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        if share:
            app_lock.release_shared(path)
        if is_busy(exc):
            raise LibraryBusy() from exc
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} cannot be opened as a Workshop library: {reason}."
            ),
            path=path,
            reason=exc,
        ) from exc
    except OSError as exc:
        if share:
            app_lock.release_shared(path)
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{path} cannot be created: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from exc
    library = Library(db, path, read_only, share)
    try:
        if install_starters and not read_only:
            install_starter_decks(library)
    except BaseException:
        library.close()
        raise
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
    unknown = [name for name in applied_migrations(db.conn) if name not in MIGRATIONS]
    if not unknown:
        return None
    return WorkshopError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} was made by a newer Workshop; opened read-only. Update Workshop to change it.",
        ),
        path=path,
    )


def pending_migrations(db: Database) -> list[str]:
    """The schema changes this app knows and the library has not had yet, by name."""
    applied = set(applied_migrations(db.conn))
    return [name for name in MIGRATIONS if name not in applied]


def backup_before_migration(db: Database, path: Path) -> None:
    """A backup before the schema changes, when there is a library to change at all."""
    has_tables = db.execute("select count(*) from sqlite_master").fetchone()[0]
    if has_tables and pending_migrations(db):
        make_backup(db.conn, path, "migration")


def install_starter_decks(library: Library, files: list[Path] | None = None) -> int:
    """Install each starter deck the first time only; a deck the user deleted stays deleted."""
    installed = 0
    conn = library.db.conn

    def done(uid: str) -> bool:
        sql = "select count(*) from starter_installs where deck_uid = ?"
        return bool(conn.execute(sql, [uid]).fetchone()[0])

    for file in files if files is not None else paths.starter_decks():
        data = json.loads(file.read_text(encoding="utf-8"))
        uid = data.get("uid") if isinstance(data, dict) else None
        if isinstance(uid, str) and done(uid):
            continue  # installed before: not read card by card at every start
        from workshop.core.deckformat import deck_from_data  # a deck not installed yet

        deck = deck_from_data(data, file.name)
        with write_transaction(library.db):
            # Checked inside the transaction: two first starts at once install it once.
            if done(deck.uid):
                continue
            library.decks.add(deck)
            library.db.table("starter_installs").insert(
                {"deck_uid": deck.uid, "installed_at": now()}
            )
        installed += 1
    return installed
