"""Damaged, newer, read-only, empty, or on a full disk: the library says so and is not written."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.core.demo import play_demo
from workshop.core.errors import WorkshopError
from workshop.core.session import start_session
from workshop.store.backups import DamagedLibrary, list_backups, make_backup, restore_backup
from workshop.store.library import Library, open_library
from workshop.store.runner import CommandRunner

ROOT = Path(__file__).parents[2]


def demo_library(path: Path) -> Library:
    """A library with one played session, as after a real day."""
    library = open_library(path)
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Tuesday's training", None, "", 3)
    library.sessions.create(session)
    play_demo(session, CommandRunner(library.sessions, session).run)
    return library


def damage(path: Path, table: str) -> None:
    """Garbage over a table's page, from its header to past its middle, as a bad sector would."""
    conn = sqlite3.connect(path)
    page = conn.execute("select rootpage from sqlite_master where name = ?", [table]).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert not Path(f"{path}-wal").exists() or not Path(f"{path}-wal").stat().st_size
    with open(path, "r+b") as file:
        file.seek((page - 1) * size)
        file.write(random.Random(page).randbytes(size * 3 // 4))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (not the backups) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def damaged(tmp_path: Path, request) -> Path:
    path = tmp_path / "library.sqlite"
    library = demo_library(path)
    make_backup(library.db.conn, path, "timer")
    library.close()
    damage(path, request.param)
    return path


@pytest.mark.parametrize("damaged", ["decks", "sessions"], indirect=True)
def test_a_damaged_library_is_refused_at_start_and_not_written(damaged: Path, capsys):
    before = snapshot(damaged.parent)
    with pytest.raises(DamagedLibrary) as caught:
        open_library(damaged)
    error = caught.value
    assert error.path == damaged and error.backup is not None and error.backup.number == 1
    assert str(damaged) in str(error) and "is damaged (" in str(error)
    assert "'workshop backup restore 1'" in str(error)
    # The command line says it in one line, and exits 1.
    assert main(["--library", str(damaged), "session", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {damaged} is damaged")
    # Nothing was written: no migration, no starter decks, no running session, no checkpoint.
    after = snapshot(damaged.parent)
    assert after[damaged.name] == before[damaged.name]
    assert not after.get(f"{damaged.name}-wal")
    assert len(list_backups(damaged)) == 1


@pytest.mark.parametrize("damaged", ["sessions"], indirect=True)
def test_the_check_command_names_the_damage_and_restore_brings_the_backup_back(damaged, capsys):
    assert main(["--library", str(damaged), "check"]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert problems and "ok" not in problems
    damaged_bytes = damaged.read_bytes()

    assert main(["--library", str(damaged), "backup", "restore", "1"]) == 0
    kept = next(damaged.parent.glob("library.sqlite.before-restore-*"))
    assert kept.read_bytes() == damaged_bytes  # the damaged file is kept as it was
    assert main(["--library", str(damaged), "check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "ok"
    library = open_library(damaged)
    (summary,) = library.sessions.list()
    assert summary.title == "Tuesday's training" and summary.choices == 30
    library.close()


def test_the_newest_good_backup_is_offered_past_a_damaged_one(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    library = demo_library(path)
    good = make_backup(library.db.conn, path, "timer")
    newer = make_backup(library.db.conn, path, "timer")
    library.close()
    newer.path.write_bytes(b"\0" * 8192)
    damage(path, "decks")
    with pytest.raises(DamagedLibrary) as caught:
        open_library(path)
    assert caught.value.backup is not None
    assert caught.value.backup.path == good.path and caught.value.backup.number == 2


def test_a_damaged_library_without_backups_says_so(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    demo_library(path).close()
    damage(path, "decks")
    with pytest.raises(DamagedLibrary, match="there is no good backup of it"):
        open_library(path)


def test_check_says_ok_for_a_sound_library_and_checks_foreign_keys(tmp_path: Path, capsys):
    path = tmp_path / "library.sqlite"
    demo_library(path).close()
    assert main(["--library", str(path), "check"]) == 0
    assert capsys.readouterr().out == "ok\n"
    conn = sqlite3.connect(path)
    conn.execute("insert into rounds (session_id, round_index, card_uid) values (99, 0, 'x')")
    conn.commit()
    conn.close()
    assert main(["--library", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "foreign_key_check: rounds row" in out and "sessions" in out


def test_backup_now_and_list_on_the_command_line(tmp_path: Path, capsys):
    path = tmp_path / "library.sqlite"
    assert main(["--library", str(path), "backup", "list"]) == 0
    assert "No backups yet" in capsys.readouterr().out
    assert main(["--library", str(path), "backup", "now"]) == 0
    assert main(["--library", str(path), "backup", "now"]) == 0
    capsys.readouterr()
    assert main(["--library", str(path), "backup", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["1", "2"]
    assert all(line.endswith("manual") and " KB " in line for line in lines)
    assert main(["--library", str(path), "backup", "restore", "7"]) == 1
    assert "There is no backup number 7" in capsys.readouterr().err


def test_a_session_restore_makes_a_backup_first(tmp_path: Path, capsys):
    path = tmp_path / "library.sqlite"
    library = demo_library(path)
    assert [s.id for s in library.sessions.list()] == [1]
    library.close()
    archive = tmp_path / "session.json"
    assert main(["--library", str(path), "session", "archive", "1", "--to", str(archive)]) == 0
    assert main(["--library", str(path), "session", "restore", str(archive)]) == 0
    (backup,) = list_backups(path)
    assert backup.reason == "session-restore"
    conn = sqlite3.connect(backup.path)
    assert conn.execute("select count(*) from sessions").fetchone()[0] == 1
    conn.close()


def test_a_library_from_a_newer_workshop_opens_read_only(tmp_path: Path, capsys):
    path = tmp_path / "library.sqlite"
    demo_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                 "values ('workshop', 'm099_from_the_future', '2027-01-01')")  # fmt: skip
    conn.commit()
    conn.close()
    before = path.read_bytes()
    library = open_library(path)
    assert library.read_only is not None
    assert "made by a newer Workshop; opened read-only" in str(library.read_only)
    assert [s.title for s in library.sessions.list()] == ["Tuesday's training"]
    library.set_running(1)  # quietly not written
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        library.decks.add(library.decks.get(library.decks.first_id()))
    library.close()
    assert main(["--library", str(path), "deck", "list"]) == 0
    assert main(["--library", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert "made by a newer Workshop; opened read-only" in err
    assert "This command would change it: nothing was done." in err
    assert path.read_bytes() == before


def test_an_empty_library_file_is_not_turned_into_a_new_library(tmp_path: Path, capsys):
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"")
    with pytest.raises(WorkshopError, match="is an empty file, not a library"):
        open_library(path)
    assert main(["--library", str(path), "deck", "list"]) == 1
    assert "is an empty file, not a library" in capsys.readouterr().err
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite"]
    assert main(["--library", str(path), "check"]) == 1
    assert capsys.readouterr().out == "the file is empty\n"


def as_nobody(*args: str) -> tuple[int, str]:
    """The command line run as an ordinary user, for whom file permissions count.

    Forked from this process, whose modules are already loaded: the ordinary user may not read
    the Python installation under /root.
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.close(read)
            os.dup2(write, 2)
            sys.stderr = os.fdopen(2, "w")
            os.setgid(65534)
            os.setuid(65534)
            code = main(list(args))
            sys.stderr.flush()
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as err:
        text = err.read()
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), text


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run a command as another user")
def test_a_read_only_library_says_read_only(tmp_path: Path):
    folder = Path(tempfile.mkdtemp(prefix="workshop-ro-"))
    try:
        folder.chmod(0o755)
        path = folder / "library.sqlite"
        open_library(path).close()
        path.chmod(0o444)
        before = path.read_bytes()
        code, err = as_nobody("--library", str(path), "deck", "list")
        assert code == 1
        assert "is read-only: Workshop cannot save to it" in err
        assert "unable to open" not in err
        # A writable file in a folder the user cannot write (where the -wal would go).
        os.chown(path, 65534, 65534)
        path.chmod(0o644)
        code, err = as_nobody("--library", str(path), "deck", "list")
        assert "is read-only" in err and code == 1
        assert path.read_bytes() == before
    finally:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB file system of its own, to fill up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True)  # fmt: skip
    if done.returncode:
        pytest.skip("cannot mount a small file system here (needs root)")
    yield mount
    # Lazily: a failed test may still hold a file open on it.
    subprocess.run(["umount", "--lazy", str(mount)], check=True)


def test_quitting_on_a_full_disk_says_nothing_and_loses_nothing(small_disk: Path):
    path = small_disk / "library.sqlite"
    library = demo_library(path)
    (summary,) = library.sessions.list()
    library.set_running(summary.id)
    filler = small_disk / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    deck = library.decks.get(library.decks.first_id())
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        for n in range(50):  # the disk is full: a real write fails
            library.decks.add(deck.__class__(uid=f"more-{n}", title="More", cards=deck.cards))
    # What quitting does: clear the running session, close. Neither raises.
    library.set_running(None)
    library.close()
    filler.unlink()
    reopened = open_library(path)
    assert [s.choices for s in reopened.sessions.list()] == [30]
    reopened.close()


def test_restore_moves_a_left_over_wal_with_the_file_it_belongs_to(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    library = demo_library(path)
    make_backup(library.db.conn, path, "timer")
    library.decks.add(library.decks.get(library.decks.first_id()).__class__(
        uid="only-in-wal", title="Only in the WAL", cards=()))  # fmt: skip
    # A crash: the -wal holds the last commit when the file is restored over.
    wal = Path(f"{path}-wal").read_bytes()
    shm = Path(f"{path}-shm").read_bytes()
    main_bytes = path.read_bytes()
    library.close()
    path.write_bytes(main_bytes)
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").write_bytes(shm)
    kept = restore_backup(path, 1)
    assert Path(f"{kept}-wal").read_bytes() == wal
    assert not Path(f"{path}-wal").exists()
    restored = open_library(path)
    assert "Only in the WAL" not in [d.title for d in restored.decks.list()]
    restored.close()
    conn = sqlite3.connect(kept)
    assert conn.execute("select count(*) from decks where uid = 'only-in-wal'").fetchone() == (1,)
    conn.close()
