"""Backups: made through the library's connection, thinned over time, listed and restored."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop.core.cards import Deck
from workshop.files import atomic_path
from workshop.store import backups
from workshop.store.backups import (
    Backup,
    BackupFailed,
    backup_folder,
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
    thin,
    to_keep,
)
from workshop.store.deck_edits import import_deck
from workshop.store.library import Library, open_library
from workshop.store.migrations import migrations

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def deck_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("select title from decks order by title")]
    finally:
        conn.close()


def test_a_backup_is_a_whole_self_contained_copy_beside_the_library(library: Library):
    clock = Clock()
    made = make_backup(library.db.conn, library.path, "manual", clock)
    assert made.path.parent == library.path.parent / "library-backups"
    assert made.number == 1 and made.reason == "manual" and made.made_at == START
    assert made.size == made.path.stat().st_size > 0
    assert deck_titles(made.path) == deck_titles(library.path)
    # journal_mode=DELETE in its header: no -wal is needed beside it to read it whole.
    assert made.path.read_bytes()[18:20] == b"\x01\x01"
    assert not Path(f"{made.path}-wal").exists()
    # No temporary file is left in the folder.
    assert [p.name for p in backup_folder(library.path).iterdir()] == [made.path.name]


def test_a_backup_sees_commits_still_in_the_wal(library: Library):
    library.decks.add(Deck(uid="late", title="Added after start", cards=()))
    assert Path(f"{library.path}-wal").stat().st_size > 0  # not yet checkpointed
    made = make_backup(library.db.conn, library.path, "manual", Clock())
    assert "Added after start" in deck_titles(made.path)


def test_backups_are_listed_newest_first_with_size_and_stray_files_ignored(library: Library):
    clock = Clock()
    for minutes in (0, 40, 80):
        clock.now = START + timedelta(minutes=minutes)
        make_backup(library.db.conn, library.path, "timer", clock)
    make_backup(library.db.conn, library.path, "manual", clock)  # the same second
    folder = backup_folder(library.path)
    (folder / "notes.txt").write_text("mine")
    (folder / ".20261130T090000Z-timer.sqlite.part").write_bytes(b"half")
    listed = list_backups(library.path)
    assert [b.number for b in listed] == [1, 2, 3, 4]
    assert [(b.made_at - START, b.reason) for b in listed] == [
        (timedelta(minutes=80), "manual"),
        (timedelta(minutes=80), "timer"),
        (timedelta(minutes=40), "timer"),
        (timedelta(0), "timer"),
    ]
    assert all(b.size == b.path.stat().st_size for b in listed)


def test_a_backup_is_due_after_thirty_minutes(library: Library):
    clock = Clock()
    assert backup_if_due(library.db.conn, library.path, "start", clock) is not None
    clock.now = START + timedelta(minutes=29)
    assert backup_if_due(library.db.conn, library.path, "timer", clock) is None
    clock.now = START + timedelta(minutes=30)
    assert backup_if_due(library.db.conn, library.path, "timer", clock) is not None
    assert len(list_backups(library.path)) == 2


def fake(made_at: datetime) -> Backup:
    return Backup(0, Path(made_at.isoformat()), made_at, "timer", 1)


def day_of(backup: Backup) -> object:
    return backup.made_at.astimezone().date()


def week_of(backup: Backup) -> object:
    return backup.made_at.astimezone().isocalendar()[:2]


def test_thinning_keeps_ten_recent_then_one_a_day_for_two_weeks_then_one_a_week():
    now = START
    every = [fake(now - timedelta(minutes=30 * i)) for i in range(60 * 48)]  # 60 days' worth
    keep = to_keep(every, now)
    recent, older = every[:10], every[10:]
    assert all(b.path in keep for b in recent)
    daily = [b for b in older if now - b.made_at <= backups.DAILY_FOR]
    weekly = [b for b in older if now - b.made_at > backups.DAILY_FOR]
    kept_daily = [b for b in daily if b.path in keep]
    kept_weekly = [b for b in weekly if b.path in keep]
    # One a day: the newest of each day that the ten recent ones do not already stand for.
    assert {day_of(b) for b in kept_daily} == {day_of(b) for b in daily} - {
        day_of(b) for b in recent
    }
    assert len(kept_daily) == len({day_of(b) for b in kept_daily})
    assert all(b.made_at == max(o.made_at for o in daily if day_of(o) == day_of(b))
               for b in kept_daily)  # fmt: skip
    # One a week after that, for every week that has a backup.
    assert {week_of(b) for b in kept_weekly} == {week_of(b) for b in weekly}
    assert len(kept_weekly) == len({week_of(b) for b in kept_weekly})
    assert all(b.made_at == max(o.made_at for o in weekly if week_of(o) == week_of(b))
               for b in kept_weekly)  # fmt: skip
    assert len(keep) == 10 + len(kept_daily) + len(kept_weekly) < 40


def test_thinning_removes_files_on_disk(library: Library, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # days and weeks are the computer's own
    time.tzset()
    clock = Clock()
    for hours in range(0, 24 * 20, 12):  # twice a day for 20 days
        clock.now = START + timedelta(hours=hours)
        make_backup(library.db.conn, library.path, "timer", clock)
    listed = list_backups(library.path)
    on_disk = sorted(p.name for p in backup_folder(library.path).iterdir())
    assert on_disk == sorted(b.path.name for b in listed)
    # The newest ten (Dec 15-19), one a day for Dec 5-14, one for the week of Nov 30.
    assert len(listed) == 10 + 10 + 1
    # That week's is Dec 4 21:00: Dec 5 09:00 gave way to Dec 5 21:00 while it was daily.
    assert min(b.made_at for b in listed) == START + timedelta(days=4, hours=12)
    monkeypatch.undo()
    time.tzset()
    assert thin(library.path, clock) == []  # already thin


def test_a_deck_import_makes_a_backup_first(library: Library, starter_deck: Deck):
    before = len(list_backups(library.path))
    import_deck(library.db, starter_deck, as_copy=True)
    listed = list_backups(library.path)
    assert len(listed) == before + 1 and listed[0].reason == "import"
    # The backup holds the library as it was before the import.
    assert deck_titles(listed[0].path).count(starter_deck.title) == 1
    assert deck_titles(library.path).count(starter_deck.title) == 2


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="m002_details_participants_highlights")
    db.close()
    library = open_library(path)
    library.close()
    (backup,) = list_backups(path)
    assert backup.reason == "migration"
    conn = sqlite3.connect(backup.path)
    assert [r[0] for r in conn.execute("select name from _sqlite_migrations")] == [
        "m001_decks_and_sessions"
    ]
    conn.close()
    # Up to date now: opening again makes no backup; a new library makes none either.
    open_library(path).close()
    open_library(tmp_path / "new.sqlite").close()
    assert len(list_backups(path)) == 1
    assert list_backups(tmp_path / "new.sqlite") == []


def test_restore_puts_a_backup_in_place_and_keeps_the_current_file(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    make_backup(library.db.conn, path, "manual", Clock())
    library.decks.add(Deck(uid="after", title="After the backup", cards=()))
    library.close()
    now_titles = deck_titles(path)
    kept = restore_backup(path, 1, Clock(START + timedelta(hours=1)))
    assert kept.name == "library.sqlite.before-restore-20261130T100000Z"
    assert deck_titles(kept) == now_titles
    assert "After the backup" not in deck_titles(path)
    reopened = open_library(path)
    assert "After the backup" not in [d.title for d in reopened.decks.list()]
    reopened.close()


def test_restore_refuses_a_missing_number_and_a_damaged_backup(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    made = make_backup(library.db.conn, path, "manual", Clock())
    library.close()
    before = path.read_bytes()
    with pytest.raises(BackupFailed, match="There is no backup number 2"):
        restore_backup(path, 2)
    made.path.write_bytes(b"x" * 4096)
    with pytest.raises(BackupFailed, match="Backup number 1 is damaged too"):
        restore_backup(path, 1)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "library-backups", "library.sqlite", "library.sqlite.lock"  # the app lock's file
    ]  # fmt: skip


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_backup_that_cannot_be_written_leaves_the_library_alone(library: Library):
    folder = backup_folder(library.path)
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(BackupFailed, match="Could not make a backup"):
            make_backup(library.db.conn, library.path, "manual")
    finally:
        folder.chmod(0o755)


def test_a_backup_into_a_full_folder_fails_cleanly(library: Library, tmp_path: Path):
    # A file where the folder should be: the backup cannot be made, and says so.
    backup_folder(library.path).write_text("in the way")
    with pytest.raises(BackupFailed, match="Could not make a backup"):
        make_backup(library.db.conn, library.path, "manual")
    assert library.decks.list()


def test_every_rename_is_followed_by_a_sync_of_its_folder(tmp_path: Path, monkeypatch):
    synced: list[tuple[bool, int]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        synced.append((stat.S_ISDIR(info.st_mode), info.st_ino))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with atomic_path(tmp_path / "out" / "file.txt") as temp:
        temp.write_text("hello")
    assert synced[-1] == (True, (tmp_path / "out").stat().st_ino)
    library = open_library(tmp_path / "library.sqlite")
    synced.clear()
    make_backup(library.db.conn, library.path, "manual")
    assert synced[-1] == (True, backup_folder(library.path).stat().st_ino)
    library.close()
    synced.clear()
    restore_backup(library.path, 1)
    assert synced[-1] == (True, tmp_path.stat().st_ino)
    assert backups.fsync_folder is not None
