"""Two processes on one library: one app, IMMEDIATE writes, and the WAL never unlinked."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop.core import board_edits
from workshop.core.commands import RecordGroupChoice
from workshop.core.session import Session
from workshop.store import app_lock
from workshop.store.library import LibraryInUse, open_library
from workshop.store.runner import CommandRunner
from workshop.store.transactions import LibraryBusy, is_busy, write_transaction

ROOT = Path(__file__).parents[2]
PYTHON = [sys.executable]
CHILDREN = [*PYTHON, "-m", "tests.store.lock_children"]


def child(*args: object) -> subprocess.Popen:
    return subprocess.Popen(
        [*CHILDREN, *map(str, args)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def workshop(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*PYTHON, "-m", "workshop", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def expect(proc: subprocess.Popen, word: str) -> str:
    line = proc.stdout.readline()
    assert line.startswith(word), f"child said {line!r}; stderr: {proc.stderr.read()}"
    return line


def tell(proc: subprocess.Popen) -> None:
    proc.stdin.write("go\n")
    proc.stdin.flush()


def kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def open_files(pid: int) -> list[str]:
    """What a process has open, as /proc shows it: a deleted file ends in ' (deleted)'."""
    names = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            names.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except FileNotFoundError:
            pass  # closed meanwhile
    return names


def deck_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("select title from decks")]
    finally:
        conn.close()


def second_process(path: Path, how: str) -> None:
    """Open the library beside the app, read, and close: as `deck list`, or raw sqlite3."""
    if how == "cli":
        listed = workshop("--library", path, "deck", "list")
        assert listed.returncode == 0 and "before" in listed.stdout, listed.stderr
        return
    uri = path.resolve().as_uri() + ("?mode=ro" if how == "read-only" else "")
    code = f"import sqlite3; c = sqlite3.connect({uri!r}, uri=True); "
    code += "print(c.execute('select count(*) from decks').fetchone()[0]); c.close()"
    read = subprocess.run([*PYTHON, "-c", code], capture_output=True, text=True, timeout=60)
    assert read.returncode == 0 and int(read.stdout) >= 1, read.stderr


def dialog_then_second_process(tmp_path: Path, take_lock: bool, how: str) -> tuple[bool, bool]:
    """The sequence from the issue, in real processes: (deck after it kept, WAL unlinked)."""
    path = tmp_path / "library.sqlite"
    app = child("app", path, "lock" if take_lock else "nolock")
    try:
        expect(app, "ready")  # wrote a deck, then opened and closed the library's files
        second_process(path, how)
        tell(app)
        expect(app, "wrote")  # a deck created after the second process ran
        unlinked = any(
            name.endswith(" (deleted)") and "library.sqlite" in name for name in open_files(app.pid)
        )
    finally:
        kill(app)
    return "after" in deck_titles(path), unlinked


def test_a_reader_beside_the_app_leaves_its_wal_alone(tmp_path):
    """The issue's sequence: dialog drops the app's POSIX locks, `deck list` runs, kill -9."""
    kept, unlinked = dialog_then_second_process(tmp_path, take_lock=True, how="cli")
    assert not unlinked, "the app was left writing into a deleted WAL"
    assert kept, "a deck created after `deck list` was lost with kill -9"


def test_a_read_only_connection_never_checkpoints_and_deletes_the_wal(tmp_path):
    """What the fix rests on, without the app lock: mode=ro cannot take the closing lock."""
    kept, unlinked = dialog_then_second_process(tmp_path, take_lock=False, how="read-only")
    assert not unlinked
    assert kept


def test_a_read_write_connection_there_would_unlink_the_wal(tmp_path):
    """The hazard itself, as `deck list` behaved before the app lock: the deck is lost."""
    kept, unlinked = dialog_then_second_process(tmp_path, take_lock=False, how="read-write")
    assert unlinked
    assert not kept


# One app per library: command-line writes refused while the app holds it, reads allowed


def test_command_line_writes_are_refused_while_the_app_holds_the_library(
    tmp_path, three_card_session
):
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    library.close()
    deck_file = tmp_path / "deck.json"
    assert workshop("--library", path, "deck", "export", "1", "--to", deck_file).returncode == 0
    archive = tmp_path / "session.json"
    before = deck_titles(path)
    holder = child("hold", path)
    try:
        expect(holder, "ready")
        for command in (
            ["deck", "import", deck_file, "--as-copy"],
            ["demo"],
            ["session", "restore", ROOT / "tests" / "store" / "nonexistent.json"],
        ):
            refused = workshop("--library", path, *command)
            assert refused.returncode == 1
            lines = refused.stderr.strip().splitlines()
            assert len(lines) == 1 and "is open in the Workshop app" in lines[0], refused.stderr
            assert "Nothing was changed" in lines[0]
        listed = workshop("--library", path, "deck", "list")
        assert listed.returncode == 0 and before[0] in listed.stdout
        sessions = workshop("--library", path, "session", "list")
        assert sessions.returncode == 0 and "Three cards" in sessions.stdout
        archived = workshop("--library", path, "session", "archive", session_id, "--to", archive)
        assert archived.returncode == 0 and archive.exists(), archived.stderr
        exported = workshop(
            "--library", path, "deck", "export", "1", "--to", tmp_path / "again.json"
        )
        assert exported.returncode == 0, exported.stderr
        checked = workshop("--library", path, "check")
        assert checked.returncode == 0 and checked.stdout.strip() == "ok", checked.stderr
        backed_up = workshop("--library", path, "backup", "now")
        assert backed_up.returncode == 0, backed_up.stderr
        restored = workshop("--library", path, "backup", "restore", "1")
        assert restored.returncode == 1 and "is open in the Workshop app" in restored.stderr
        assert deck_titles(path) == before
        with pytest.raises(LibraryInUse):
            open_library(path)
        reader = open_library(path, for_writing=False)
        assert reader.read_only and reader.sessions.load(session_id).details.title == "Three cards"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("delete from decks")
        reader.close()
    finally:
        kill(holder)
    # The app gone, the lock goes with it: a write works again.
    assert workshop("--library", path, "session", "restore", archive).returncode == 0


def test_the_app_lock_survives_its_file_being_opened_and_closed_in_the_process(tmp_path):
    """flock, not POSIX locks: a dialog closing the lock file must not free the library."""
    path = tmp_path / "library.sqlite"
    assert app_lock.acquire_app(path)
    try:
        os.close(os.open(app_lock.lock_path(path), os.O_RDONLY))
        probe = (
            "import sys; from workshop.store import app_lock; "
            f"print(app_lock.acquire_app({str(path)!r}), app_lock.acquire_shared({str(path)!r}))"
        )
        other = subprocess.run([*PYTHON, "-c", probe], cwd=ROOT, capture_output=True, text=True)
        assert other.stdout.split() == ["False", "False"], other.stderr
    finally:
        app_lock.release_app(path)
    other = subprocess.run([*PYTHON, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert other.stdout.split() == ["True", "True"], other.stderr


def test_in_one_process_the_app_and_its_readers_share_the_lock(tmp_path):
    """A test (or a command that opens the app) may hold the library before the app does."""
    path = tmp_path / "library.sqlite"
    first = open_library(path, install_starters=False)
    assert app_lock.acquire_app(path)
    second = open_library(path, install_starters=False)
    assert not second.read_only
    first.close()
    second.close()
    assert app_lock.app_holds(path)
    app_lock.release_app(path)
    assert not app_lock.app_holds(path)


# IMMEDIATE: a second writer waits its turn instead of failing at once


@pytest.fixture
def tally(tmp_path) -> Path:
    path = tmp_path / "library.sqlite"
    library = open_library(path, install_starters=False)
    library.db.execute("create table tally (tag text, i integer, seen integer)")
    library.close()
    return path


def test_a_deferred_read_then_write_fails_at_once_whatever_busy_timeout_says(tally):
    """Why: sqlite-utils' atomic() begins DEFERRED; its snapshot goes stale, SQLITE_BUSY."""
    a = Database(sqlite3.connect(tally, isolation_level=None))
    b = sqlite3.connect(tally, isolation_level=None)
    a.execute("PRAGMA busy_timeout=5000")
    with pytest.raises(sqlite3.OperationalError) as failed, a.atomic():
        a.execute("select count(*) from tally").fetchone()
        b.execute("insert into tally values ('b', 0, 0)")
        a.execute("insert into tally values ('a', 0, 0)")
    assert is_busy(failed.value)
    a.close()
    b.close()


def test_an_immediate_writer_waits_for_the_other_instead(tally):
    a = Database(sqlite3.connect(tally, isolation_level=None))
    b = Database(sqlite3.connect(tally, isolation_level=None, check_same_thread=False))
    b.execute("PRAGMA busy_timeout=5000")
    done: list[object] = []

    def second() -> None:
        try:
            with write_transaction(b):
                n = b.execute("select count(*) from tally").fetchone()[0]
                b.execute("insert into tally values ('b', 0, ?)", [n])
            done.append("ok")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            done.append(exc)

    with write_transaction(a):
        n = a.execute("select count(*) from tally").fetchone()[0]
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.3)  # the second writer is now waiting for our lock
        a.execute("insert into tally values ('a', 0, ?)", [n])
    thread.join()
    assert done == ["ok"]
    assert sorted(r[0] for r in a.execute("select seen from tally")) == [0, 1]
    a.close()
    b.close()


def test_nested_write_transactions_are_savepoints(tally):
    db = open_library(tally, install_starters=False).db
    with write_transaction(db):
        db.execute("insert into tally values ('outer', 0, 0)")
        with pytest.raises(ValueError), write_transaction(db):
            db.execute("insert into tally values ('inner', 0, 0)")
            raise ValueError("inner fails")
    assert [r[0] for r in db.execute("select tag from tally")] == ["outer"]
    db.close()


def test_a_failing_write_transaction_keeps_nothing_and_raises_its_own_error(tally):
    db = open_library(tally, install_starters=False).db
    with pytest.raises(ValueError, match="half done"), write_transaction(db):
        db.execute("insert into tally values ('lost', 0, 0)")
        raise ValueError("half done")
    assert not db.conn.in_transaction
    with write_transaction(db) as same:
        same.execute("insert into tally values ('kept', 0, 0)")
    assert [r[0] for r in db.execute("select tag from tally")] == ["kept"]
    db.close()


def test_two_processes_writing_at_once_see_no_busy_error(tally):
    """Two processes, 200 read-then-write transactions each, interleaved: none refused."""
    writers = [child("writes", tally, 200, tag) for tag in ("a", "b")]
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert out.split() == ["failures", "0"], err
    conn = sqlite3.connect(tally)
    seen = [r[0] for r in conn.execute("select seen from tally")]
    tags = {r[0] for r in conn.execute("select distinct tag from tally")}
    conn.close()
    assert len(seen) == 400 and tags == {"a", "b"}
    assert sorted(seen) == list(range(400)), "each transaction saw every earlier one"


def test_a_lock_held_past_busy_timeout_is_a_clear_message_and_changes_nothing(
    tmp_path, three_card_session
):
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    library.sessions.create(three_card_session)
    library.db.execute("PRAGMA busy_timeout=100")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    runner = CommandRunner(library.sessions, three_card_session)
    with pytest.raises(LibraryBusy, match="The library is busy: another Workshop is writing"):
        runner.run(RecordGroupChoice(0, 1, "A", "held"))
    assert three_card_session.choices == {}, "a refused write is not shown as made"
    # The command line says it in one line too, not "something unexpected went wrong".
    demo = workshop("--library", path, "demo")
    assert demo.returncode == 1
    assert demo.stderr.startswith("error: The library is busy"), demo.stderr
    assert "unexpected" not in demo.stderr
    other.execute("ROLLBACK")
    other.close()
    assert library.sessions.load(three_card_session.id).choices == {}
    library.close()


# Kill -9 while recording: every acknowledged action is there afterwards


def new_recording_session(path: Path, session: Session) -> int:
    library = open_library(path)
    session_id = library.sessions.create(session)
    CommandRunner(library.sessions, session).run(board_edits.add_column(session.board, "Tips"))
    library.close()
    return session_id


def parse_acknowledged(lines: list[str]) -> tuple[dict[tuple[int, int], str], set[str], int]:
    """(last acknowledged reason per (round, group), acknowledged tips, actions acknowledged)."""
    choices: dict[tuple[int, int], str] = {}
    tips: set[str] = set()
    count = 0
    for line in lines:
        words = line.split(" ", 4)
        if words[0] == "choice":
            choices[(int(words[1]), int(words[2]))] = words[4]
            count += 1
        elif words[0] == "tip":
            tips.add(line.split(" ", 1)[1])
            count += 1
    return choices, tips, count


def action_number(text: str) -> int:
    return int(text.rsplit("-", 1)[1])


def check_acknowledged(path: Path, session_id: int, lines: list[str]) -> int:
    """Every acknowledged action is in the library; only the one in flight may be extra."""
    choices, tips, count = parse_acknowledged(lines)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    library = open_library(path, install_starters=False)
    session = library.sessions.load(session_id)
    library.close()
    # Numbers of actions are per child: n of the last acknowledged one, and the one after.
    last = max((action_number(t) for t in [*tips, *choices.values()]), default=-1)
    stored_tips = {t.text for t in session.board.tips.values()}
    assert tips <= stored_tips, f"lost tips: {sorted(tips - stored_tips)}"
    assert all(action_number(t) <= last + 1 for t in stored_tips - tips)
    for key, reason in choices.items():
        stored = session.choices.get(key)
        assert stored is not None, f"lost the choice {key}"
        if stored.reason != reason:  # only the action in flight may have replaced it
            assert action_number(stored.reason) == last + 1, (key, reason, stored.reason)
    return count


def kill_trials(tmp_path: Path, session: Session, trials: int, seed: int) -> tuple[int, int]:
    """Trials of: a child records, is killed at a random moment, the library is reread."""
    rng = random.Random(seed)
    path = tmp_path / "library.sqlite"
    acknowledged = 0
    for trial in range(trials):
        session_id = new_recording_session(path, session.__class__(**_fresh(session)))
        recorder = child("record", path, session_id, trial, 100_000)
        try:
            expect(recorder, "ready")
            time.sleep(rng.uniform(0, 0.4))
        finally:
            kill(recorder)
        # Only whole lines were acknowledged; the kill may have cut the last one.
        lines = recorder.stdout.read().split("\n")[:-1]
        acknowledged += check_acknowledged(path, session_id, lines)
    return trials, acknowledged


def _fresh(session: Session) -> dict[str, object]:
    """The fields of a new, unplayed session on the same cards."""
    return {"details": session.details, "rounds": list(session.rounds)}


def test_kill_9_while_recording_loses_no_acknowledged_action(tmp_path, three_card_session):
    trials, acknowledged = kill_trials(tmp_path, three_card_session, 10, seed=16)
    assert acknowledged > 0, "the children were killed before saving anything"


@pytest.mark.slow
def test_kill_9_while_recording_1000_times(tmp_path, three_card_session):
    trials, acknowledged = kill_trials(tmp_path, three_card_session, 1000, seed=1000)
    print(f"\n{trials} kill -9 trials, {acknowledged} acknowledged actions, none lost")


# Two processes hammering one library with real commands


def hammer(tmp_path: Path, session: Session, count: int) -> int:
    path = tmp_path / "library.sqlite"
    ids = [new_recording_session(path, session.__class__(**_fresh(session))) for _ in range(2)]
    recorders = [child("record", path, sid, seed, count) for seed, sid in enumerate(ids)]
    outputs = [r.communicate(timeout=1800) for r in recorders]
    total = 0
    for recorder, session_id, (out, err) in zip(recorders, ids, outputs, strict=True):
        assert recorder.returncode == 0, err
        lines = out.splitlines()
        assert lines[-1] == "done"
        acknowledged = check_acknowledged(path, session_id, lines)
        assert acknowledged == count
        total += acknowledged
    return total


def test_two_processes_recording_into_one_library_lose_nothing(tmp_path, three_card_session):
    assert hammer(tmp_path, three_card_session, 100) == 200


@pytest.mark.slow
def test_two_processes_hammering_one_library(tmp_path, three_card_session):
    total = hammer(tmp_path, three_card_session, 5000)
    print(f"\n2 processes, {total} acknowledged actions, all present")


def test_every_spelling_of_the_library_path_locks_the_same_file(tmp_path):
    path = tmp_path / "library.sqlite"
    open_library(path, install_starters=False).close()
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(path)
    holder = child("hold", link)
    try:
        expect(holder, "ready")
        with pytest.raises(LibraryInUse):
            open_library(tmp_path / "." / "library.sqlite")
    finally:
        kill(holder)


def test_deck_list_beside_a_writer_that_outlasts_busy_timeout_says_the_library_is_busy(tmp_path):
    """`deck list` installs the starter decks on first use: a write that must wait."""
    path = tmp_path / "library.sqlite"
    open_library(path, install_starters=False).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        listed = workshop("--library", path, "deck", "list")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert listed.returncode == 1
    assert listed.stderr.startswith("error: The library is busy"), listed.stderr
