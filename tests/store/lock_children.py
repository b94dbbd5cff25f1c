"""Child processes for the two-process tests: run as `python -m tests.store.lock_children ...`.

Each prints one line per acknowledged action (flushed once the store has returned), so a
parent that kills it with SIGKILL knows exactly what it was told was saved.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
from pathlib import Path

from workshop.core import board_edits
from workshop.core.commands import RecordGroupChoice
from workshop.store import app_lock
from workshop.store.deck_edits import DeckEditor
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner
from workshop.store.transactions import LibraryBusy, write_transaction

DIALOG_SUFFIXES = ("", "-wal", "-shm", ".lock")


def say(*words: object) -> None:
    """One whole line in one write: a kill may cut it, and a cut line was never acknowledged."""
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def dialog_touch(path: Path) -> None:
    """What Qt's file dialog does to the files of a folder it lists: open and close each."""
    for suffix in DIALOG_SUFFIXES:
        name = f"{path}{suffix}"
        if os.path.exists(name):
            os.close(os.open(name, os.O_RDONLY))


def app(path: Path, take_lock: bool) -> None:
    """Stand-in for the app: holds the library as run_app does, writes, then lets its
    POSIX locks drop the way the file dialog does, and writes again when told."""
    if take_lock:
        assert app_lock.acquire_app(path)
    library = open_library(path)
    editor = DeckEditor(library.db)
    editor.create_deck("before")
    dialog_touch(path)
    say("ready")
    sys.stdin.readline()
    editor.create_deck("after")
    say("wrote")
    sys.stdin.readline()  # killed here


def hold(path: Path) -> None:
    """Hold the app lock and the library open, as an app that does not answer would."""
    assert app_lock.acquire_app(path)
    library = open_library(path)
    say("ready", len(library.decks.list()))
    sys.stdin.readline()


def writes(path: Path, count: int, tag: str) -> None:
    """`count` small transactions that read and then write, the pattern DEFERRED fails."""
    library = open_library(path, install_starters=False)
    db = library.db
    failures = 0
    for i in range(count):
        try:
            with write_transaction(db):
                n = db.execute("select count(*) from tally").fetchone()[0]
                db.execute("insert into tally (tag, i, seen) values (?, ?, ?)", [tag, i, n])
        except (sqlite3.Error, LibraryBusy) as exc:
            failures += 1
            print(f"failed {i}: {exc}", file=sys.stderr, flush=True)
    library.close()
    say("failures", failures)


def record(path: Path, session_id: int, seed: int, count: int) -> None:
    """Record group choices and board tips through the store; one line per saved action."""
    library = open_library(path, install_starters=False)
    session = library.sessions.load(session_id)
    runner = CommandRunner(library.sessions, session)
    rng = random.Random(seed)
    column = session.board.live_columns()[0].id
    say("ready")
    for n in range(count):
        if rng.random() < 0.5:
            round_index = rng.randrange(len(session.rounds))
            group = rng.randint(1, session.group_count)
            letters = "ABCD"[: len(session.rounds[round_index].options)]
            option = rng.choice(letters)
            reason = f"reason {seed}-{n}"
            runner.run(RecordGroupChoice(round_index, group, option, reason))
            say("choice", round_index, group, option, reason)
        else:
            text = f"tip {seed}-{n}"
            runner.run(board_edits.add_tip(session.board, column, text, group=1))
            say("tip", text)
    library.close()
    say("done")


def main(argv: list[str]) -> None:
    action, path = argv[0], Path(argv[1])
    if action == "app":
        app(path, take_lock=argv[2] == "lock")
    elif action == "hold":
        hold(path)
    elif action == "writes":
        writes(path, int(argv[2]), argv[3])
    elif action == "record":
        record(path, int(argv[2]), int(argv[3]), int(argv[4]))
    else:
        raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    main(sys.argv[1:])
