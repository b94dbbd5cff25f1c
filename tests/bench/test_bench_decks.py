"""Benchmarks: importing a 10,000-card CSV, and search as you type over 10,000 cards."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from workshop.core.cards import Card, Deck
from workshop.store.deck_edits import DeckEditor, import_deck
from workshop.store.deck_files import read_deck_file, write_deck_file
from workshop.store.library import open_library

WORDS = ("volunteers", "Łódź", "forum", "grant", "newsletter", "members", "board", "campaign",
         "Zoë", "partners", "host", "event")  # fmt: skip


def big_deck(n: int = 10_000) -> Deck:
    cards = tuple(
        Card(f"c{i}", f"Card {i} about {WORDS[i % 12]}",
             text=f"A situation with {WORDS[(i * 7) % 12]} and {WORDS[(i * 5) % 12]} number {i}",
             options=(f"option one {i}", f"option two {WORDS[i % 12]}"),
             questions=(f"What would you do about {WORDS[(i * 3) % 12]}?",),
             tags=(WORDS[i % 12].lower(),))
        for i in range(n)
    )  # fmt: skip
    return Deck("big", "Ten thousand", cards=cards)


def test_bench_import_and_search_10000_cards(tmp_path: Path, capsys):
    csv_file = write_deck_file(big_deck(), tmp_path / "big.csv")
    library = open_library(tmp_path / "lib.sqlite")
    start = time.perf_counter()
    deck = read_deck_file(csv_file, "Ten thousand")
    deck_id, added, _ = import_deck(library.db, deck)
    import_s = time.perf_counter() - start
    assert added == 10_000
    editor = DeckEditor(library.db)
    samples = []
    for typed in ("l", "lo", "lod", "lodz", "vol", "volunteers gr", "zoe", "campaign 99"):
        for _ in range(5):
            begin = time.perf_counter()
            editor.card_ids(deck_id, typed)
            samples.append(time.perf_counter() - begin)
    library.close()
    with capsys.disabled():
        print(
            f"\nimport a 10,000-card CSV ({csv_file.stat().st_size // 1024} KB): {import_s:.2f} s"
            f"\nsearch as you type over 10,000 cards (40 searches): median "
            f"{statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms"
        )
