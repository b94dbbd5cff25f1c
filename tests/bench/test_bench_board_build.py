"""Benchmark: a board of 600 / 2,000 / 6,000 tips built, loaded and viewed, by size."""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench.table import record, scale_point
from tests.bench.test_bench import median_ms
from workshop.core.audience import board_view
from workshop.core.demo import play_board
from workshop.core.session import Session, start_session
from workshop.store.library import open_library

BOARD_SIZES = (600, 2000, 6000)
ROUNDS = 7
FAMILIES = (
    "building a board in memory (its commands)",
    "loading a session with its board (store)",
    "board_view of a loaded board, first",
)


def _built(deck, tips: int) -> Session:
    session = start_session(deck, "Board", "2026-11-30")
    play_board(session, lambda command: command.apply(session), tips)
    return session


def test_bench_board_build(tmp_path: Path, capsys):
    """Each step of a board's life at each size: commands building it in memory, the store
    loading the session that holds it, and the wall's first view of the loaded board. The
    sizes take turns, round by round, so a busy moment of the machine slows them alike
    and the fitted growth is the code's, not the load's."""
    library = open_library(tmp_path / "lib.sqlite")
    deck = library.decks.get(library.decks.first_id())
    stored = {}
    for tips in BOARD_SIZES:
        session = _built(deck, tips)
        stored[tips] = library.sessions.create(session)
    samples: dict[tuple[str, int], list[float]] = {}
    for _round in range(ROUNDS):
        for tips in BOARD_SIZES:
            start = time.perf_counter()
            built = _built(deck, tips)
            built_at = time.perf_counter()
            loaded = library.sessions.load(stored[tips])
            loaded_at = time.perf_counter()
            shown = board_view(loaded)  # a fresh board: nothing of it is kept from before
            shown_at = time.perf_counter()
            for family, seconds in zip(
                FAMILIES,
                (built_at - start, loaded_at - built_at, shown_at - loaded_at),
                strict=True,
            ):
                samples.setdefault((family, tips), []).append(seconds)
            # The same board each way, so each figure is of the whole of it.
            assert len(built.board.tips) == len(loaded.board.tips) == tips
            assert sum(len(items) for _title, items in shown.board) >= tips
    library.close()
    for family in FAMILIES:
        for tips in BOARD_SIZES:
            row = record(f"{family}, {tips:,} tips", samples[family, tips])
            scale_point(f"{family}, by tips", tips, row.ms)
    with capsys.disabled():
        for tips in BOARD_SIZES:
            figures = ", ".join(
                f"{f.split(' (')[0]} {median_ms(samples[f, tips])}" for f in FAMILIES
            )
            print(f"\nboard of {tips} tips: {figures}")
