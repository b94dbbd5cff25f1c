"""Backups of the library through SQLite's backup API, thinned over time; checks of its health.

A backup is made through the library's own connection, never by copying the file: opening and
closing the library file in the app's process would drop the app's POSIX locks (STACK.md).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.files import fsync_folder

Clock = Callable[[], datetime]

BACKUP_EVERY = timedelta(minutes=30)
KEEP_RECENT = 10
DAILY_FOR = timedelta(days=14)
# Why a backup was made, in its name: start, timer, manual, import, session-restore, migration.

NOT_A_DATABASE = "file is not a database"  # SQLite's words for SQLITE_NOTADB
_NAME = re.compile(r"^(\d{8}T\d{6}Z)(?:-(\d+))?-([a-z-]+)\.sqlite$")
_STAMP = "%Y%m%dT%H%M%SZ"


def utc_now() -> datetime:
    """The real clock; tests pass their own."""
    return datetime.now(UTC)


class BackupFailed(WorkshopError):
    """A backup could not be made or restored; the library itself is unchanged."""


class DamagedLibrary(WorkshopError):
    """The library fails SQLite's check; it was opened for nothing and not written."""

    def __init__(self, path: Path, reason: str, backup: Backup | None) -> None:
        self.path = Path(path)
        self.backup = backup
        if backup is None and reason == NOT_A_DATABASE:
            # Most likely some other file named by mistake, not a library gone bad.
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} cannot be opened as a Workshop library: {reason}. "
                    "Nothing was changed in it.",
                ),
                path=self.path,
                reason=reason,
            )
        elif backup is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is damaged ({reason}). Nothing was changed in it, "
                    "and there is no good backup of it.",
                ),
                path=self.path,
                reason=reason,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is damaged ({reason}). Nothing was changed in it. "
                    "The newest good backup is number {number}, made {made}: "
                    "'workshop backup restore {number}' puts it back.",
                ),
                path=self.path,
                reason=reason,
                number=backup.number,
                made=backup.made_text,
            )


# A NamedTuple, not a frozen dataclass: made at every start, in a fifth of the time.
class Backup(NamedTuple):
    """One backup file: its number in the list (1 is the newest), when and why it was made."""

    number: int
    path: Path
    made_at: datetime
    reason: str
    size: int

    @property
    def made_text(self) -> str:
        """When it was made, in the computer's own time zone, to the minute."""
        return self.made_at.astimezone().strftime("%Y-%m-%d %H:%M")


def backup_folder(library_path: Path) -> Path:
    """The folder beside the library that holds its backups: library.sqlite -> library-backups."""
    library_path = Path(library_path)
    return library_path.parent / f"{library_path.stem}-backups"


def _parse(path: Path) -> tuple[datetime, int, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    # Read by hand: the first strptime of a process loads _strptime and the locale (~10 ms
    # of start-up, where the backups are listed).
    stamp = match[1]
    made = datetime(
        int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
        int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]), tzinfo=UTC,
    )  # fmt: skip
    return made, int(match[2] or 0), match[3]


def list_backups(library_path: Path) -> list[Backup]:
    """The library's backups, newest first, numbered from 1; other files in the folder are left."""
    folder = backup_folder(library_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Messages", "The backups in {folder} cannot be read: {reason}."),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    for path in entries:
        parsed = _parse(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed while we looked
        found.append((parsed[0], parsed[1], path, parsed[2], size))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [
        Backup(number, path, made, reason, size)
        for number, (made, _n, path, reason, size) in enumerate(found, start=1)
    ]


def _new_name(folder: Path, made: datetime, reason: str) -> Path:
    stamp = made.astimezone(UTC).strftime(_STAMP)
    target = folder / f"{stamp}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stamp}-{counter}-{reason}.sqlite"
    return target


def make_backup(
    conn: sqlite3.Connection, library_path: Path, reason: str, clock: Clock = utc_now
) -> Backup:
    """Copy the library through its own connection into the backups folder, then thin them.

    The copy is written under a temporary name, synced, renamed, and the folder synced, so a
    crash leaves either the whole backup or none.
    """
    folder = backup_folder(library_path)
    made = clock()
    temp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_name(folder, made, reason)
        temp = folder / f".{target.name}.part"
        copy = sqlite3.connect(str(temp), isolation_level=None)
        try:
            conn.backup(copy)
            # A backup is one self-contained file: no -wal beside it to lose.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Could not make a backup in {folder}: {reason}. The library is unchanged.",
            ),
            folder=folder,
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    thin(library_path, clock)
    return next(b for b in list_backups(library_path) if b.path == target)


def backup_if_due(
    conn: sqlite3.Connection,
    library_path: Path,
    reason: str = "timer",
    clock: Clock = utc_now,
    every: timedelta = BACKUP_EVERY,
) -> Backup | None:
    """A backup when the newest is older than `every` (or there is none); else None."""
    backups = list_backups(library_path)
    if backups and clock() - backups[0].made_at < every:
        return None
    return make_backup(conn, library_path, reason, clock)


def backup_before_import(conn: sqlite3.Connection, clock: Clock = utc_now) -> Backup | None:
    """A backup before a deck import, for a library in a file (not one in memory)."""
    main = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    return make_backup(conn, Path(main), "import", clock) if main else None


def to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """The last KEEP_RECENT, then the newest of each day for DAILY_FOR, then of each week."""
    keep: set[Path] = set()
    seen: set[tuple[object, ...]] = set()
    for index, backup in enumerate(sorted(backups, key=lambda b: b.made_at, reverse=True)):
        local = backup.made_at.astimezone()
        if now - backup.made_at <= DAILY_FOR:
            bucket: tuple[object, ...] = ("day", local.date())
        else:
            bucket = ("week", *local.isocalendar()[:2])
        if index < KEEP_RECENT or bucket not in seen:
            keep.add(backup.path)
        seen.add(bucket)
    return keep


def thin(library_path: Path, clock: Clock = utc_now) -> list[Path]:
    """Remove the backups that to_keep does not keep; returns the removed files."""
    backups = list_backups(library_path)
    keep = to_keep(backups, clock())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue  # thinning is tidying; a file that will not go stays for next time
            removed.append(backup.path)
    if removed:
        fsync_folder(backup_folder(library_path))
    return removed


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write `path`, and cannot checkpoint its WAL into it on close."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)


def check_problems(path: Path, thorough: bool = False) -> list[str]:
    """SQLite's own findings on a database file: [] when it is sound.

    quick_check always; with `thorough`, integrity_check and foreign_key_check as well. A file
    that cannot even be read (not a database, a corrupt header) is one problem, not an error.
    """
    try:
        if Path(path).stat().st_size == 0:
            return ["the file is empty"]
        conn = _read_only(path)
    except OSError as exc:
        return [exc.strerror or str(exc)]
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragmas = ("quick_check", "integrity_check") if thorough else ("quick_check",)
        problems: list[str] = []
        for pragma in pragmas:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            if rows != ["ok"]:
                problems += [f"{pragma}: {r}" for r in rows if r != "ok"]
        if thorough:
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(
                    f"foreign_key_check: {table} row {rowid} refers to a missing {parent} row"
                )
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def newest_good_backup(library_path: Path) -> Backup | None:
    """The newest backup that passes quick_check, if any."""
    for backup in list_backups(library_path):
        if not check_problems(backup.path):
            return backup
    return None


def check_before_open(path: Path) -> None:
    """Raise DamagedLibrary when an existing library fails quick_check; it is not written."""
    if not Path(path).exists():
        return
    problems = check_problems(path)
    if problems:
        raise DamagedLibrary(path, problems[0], newest_good_backup(path))


def restore_backup(library_path: Path, number: int, clock: Clock = utc_now) -> Path:
    """Put backup `number` in place of the library; the current file is kept beside it.

    The library must not be open in this process or any other. Returns the name the current
    file was kept under (library.sqlite.before-restore-<stamp>).
    """
    library_path = Path(library_path)
    backups = {b.number: b for b in list_backups(library_path)}
    if number not in backups:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Messages", "There is no backup number {number}; 'workshop backup list' shows them."
            ),
            number=number,
        )
    backup = backups[number]
    problems = check_problems(backup.path)
    if problems:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Messages", "Backup number {number} is damaged too ({reason})."),
            number=number,
            reason=problems[0],
        )
    folder = library_path.parent
    stamp = clock().astimezone(UTC).strftime(_STAMP)
    kept = library_path.with_name(f"{library_path.name}.before-restore-{stamp}")
    temp = folder / f".{library_path.name}.restore.part"
    try:
        source = _read_only(backup.path)
        copy = sqlite3.connect(str(temp), isolation_level=None)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        # The current file goes with its -wal: a -wal left behind would be replayed into the
        # restored file. The -shm is only an index of the -wal and is rebuilt.
        if library_path.exists():
            os.replace(library_path, kept)
        for suffix in ("-wal", "-journal"):
            side = Path(f"{library_path}{suffix}")
            if side.exists() and side.stat().st_size:
                os.replace(side, Path(f"{kept}{suffix}"))
            else:
                side.unlink(missing_ok=True)
        Path(f"{library_path}-shm").unlink(missing_ok=True)
        os.replace(temp, library_path)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Messages", "Could not restore backup number {number}: {reason}."),
            number=number,
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return kept
