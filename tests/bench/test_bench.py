"""Benchmarks behind the README's speed table: run with `make bench`, never timed assertions.

Every figure with a reference measures both in the same run, pair by pair (A B A B), on
this shared machine: the table gives the median of the pairs' ratios."""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.table import record, record_paired
from workshop.core.commands import RecordGroupChoice
from workshop.core.demo import play_demo
from workshop.core.session import start_session
from workshop.export.summary import write_summary
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner

ROOT = Path(__file__).parents[2]


def median_ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def raw_connection(path: Path) -> sqlite3.Connection:
    """The physical floor: plain sqlite3 with the library's pragmas and write transactions."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "create table group_choices (session_id integer, round_index integer, group_no integer,"
        " option text, reason text, primary key (session_id, round_index, group_no))"
    )
    return conn


def test_bench_record_choice(tmp_path: Path, capsys):
    """One committed action (a group's choice) against a raw INSERT + COMMIT, paired."""
    library = open_library(tmp_path / "lib.sqlite")
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Bench", "2026-11-22")
    library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    raw = raw_connection(tmp_path / "raw.sqlite")
    ours, floor = [], []

    def record_ours(i: int) -> None:
        start = time.perf_counter()
        runner.run(RecordGroupChoice(i % len(session.rounds), i % 9 + 1, "A", f"reason {i}"))
        ours.append(time.perf_counter() - start)

    def record_raw(i: int) -> None:
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "insert or replace into group_choices values (?, ?, ?, ?, ?)",
            [1, i % len(session.rounds), i % 9 + 1, "A", f"reason {i}"],
        )
        raw.execute("COMMIT")
        floor.append(time.perf_counter() - start)

    # A B, then B A: neither side always follows the other's disk sync.
    for i in range(300):
        first, second = (record_ours, record_raw) if i % 2 else (record_raw, record_ours)
        first(i)
        second(i)
    record_paired("record a choice (apply + commit)", ours,
                  "raw sqlite3 INSERT + COMMIT, same pragmas", floor, goal_ratio=1.2)  # fmt: skip
    with capsys.disabled():
        print(f"\nrecord a choice (300 runs): {median_ms(ours)}; raw: {median_ms(floor)}")
    raw.close()
    library.close()


def test_bench_summary_pdf(tmp_path: Path, capsys):
    library = open_library(tmp_path / "lib.sqlite")
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Bench", "2026-11-22", "https://example.org/s")
    play_demo(session, lambda command: command.apply(session))
    samples = []
    for i in range(5):
        start = time.perf_counter()
        write_summary(session, tmp_path / f"s{i}.pdf")
        samples.append(time.perf_counter() - start)
    record("summary PDF, 10 cards, 30 choices", samples)
    with capsys.disabled():
        print(f"\nsummary PDF, 10 cards, 30 choices (5 runs): {median_ms(samples)}")
    library.close()


def test_bench_demo_event(tmp_path: Path, capsys):
    """`workshop demo --scale event`, its own process, start to end."""
    samples = []
    for n in range(3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "workshop", "--library", str(tmp_path / f"e{n}.sqlite"),
             "demo", "--scale", "event"],
            check=True, capture_output=True, cwd=ROOT,
        )  # fmt: skip
        samples.append(time.perf_counter() - start)
    record("`demo --scale event`, own process", samples, goal_ms=3000)
    with capsys.disabled():
        print(f"\ndemo --scale event (3 runs): {median_ms(samples)}")
