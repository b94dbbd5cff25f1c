"""Benchmarks behind the README's speed figures: run with `make bench`, never timed assertions."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from workshop.core.commands import RecordGroupChoice
from workshop.core.demo import play_demo
from workshop.core.session import start_session
from workshop.export.summary import write_summary
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner


def median_ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def test_bench_record_choice(tmp_path: Path, capsys):
    library = open_library(tmp_path / "lib.sqlite")
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Bench", "2026-11-22")
    library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    samples = []
    for i in range(300):
        start = time.perf_counter()
        runner.run(RecordGroupChoice(i % len(session.rounds), i % 9 + 1, "A", f"reason {i}"))
        samples.append(time.perf_counter() - start)
    with capsys.disabled():
        print(f"\nrecord a choice (300 runs): {median_ms(samples)}")
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
    with capsys.disabled():
        print(f"\nsummary PDF, 10 cards, 30 choices (5 runs): {median_ms(samples)}")
    library.close()
