"""Benchmark: a board of 600 / 2,000 / 6,000 tips built, stored, loaded and viewed, by size."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.bench.table import record, scale_point
from tests.bench.test_bench import median_ms
from workshop.core.audience import board_view
from workshop.core.demo import play_board
from workshop.core.session import Session, start_session
from workshop.store.library import open_library

BOARD_SIZES = (600, 2000, 6000)
RUNS = 5


def _built(deck, tips: int) -> Session:
    session = start_session(deck, "Board", "2026-11-30")
    play_board(session, lambda command: command.apply(session), tips)
    return session


@pytest.mark.parametrize("tips", BOARD_SIZES)
def test_bench_board_build(tmp_path: Path, capsys, tips: int):
    """Each step of a board's life at one size: commands building it in memory, the store
    loading the session that holds it, and the wall's first view of the loaded board."""
    library = open_library(tmp_path / "lib.sqlite")
    deck = library.decks.get(library.decks.first_id())
    stored = _built(deck, tips)
    library.sessions.create(stored)
    assert stored.id is not None
    build, load, view = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        built = _built(deck, tips)
        build.append(time.perf_counter() - start)
        start = time.perf_counter()
        loaded = library.sessions.load(stored.id)
        load.append(time.perf_counter() - start)
        start = time.perf_counter()
        shown = board_view(loaded)  # a fresh board: nothing of it is kept from before
        view.append(time.perf_counter() - start)
        # The same board each way, so each figure is of the whole of it.
        assert len(built.board.tips) == len(loaded.board.tips) == tips
        assert sum(len(items) for _title, items in shown.board) >= tips - tips // 3
    library.close()
    for family, samples in (
        ("building a board in memory (its commands)", build),
        ("loading a session with its board (store)", load),
        ("board_view of a loaded board, first", view),
    ):
        row = record(f"{family}, {tips:,} tips", samples)
        scale_point(f"{family}, by tips", tips, row.ms)
    with capsys.disabled():
        print(f"\nboard of {tips} tips: built {median_ms(build)}, loaded {median_ms(load)}, "
              f"board_view {median_ms(view)}")  # fmt: skip
