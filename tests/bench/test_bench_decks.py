"""Benchmarks: importing a 10,000-card CSV; search as you type over 10,000 and 100,000 cards
against a raw FTS5 MATCH on the same table, pair by pair."""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench.table import record, record_paired, scale_point
from tests.bench.test_bench import median_ms
from workshop.core.cards import Card, Deck
from workshop.core.fold import fts_query
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


TYPED = ("l", "lo", "lod", "lodz", "vol", "volunteers gr", "zoe", "campaign 99")


def test_bench_import_10000_cards(tmp_path: Path, capsys):
    csv_file = write_deck_file(big_deck(), tmp_path / "big.csv")
    library = open_library(tmp_path / "lib.sqlite")
    start = time.perf_counter()
    deck = read_deck_file(csv_file, "Ten thousand")
    _deck_id, added, _ = import_deck(library.db, deck)
    import_s = time.perf_counter() - start
    assert added == 10_000
    library.close()
    record(f"import a 10,000-card CSV ({csv_file.stat().st_size // 1024} KB)", [import_s])
    with capsys.disabled():
        print(f"\nimport a 10,000-card CSV: {import_s:.2f} s")


def test_bench_search_as_you_type(tmp_path: Path, capsys):
    for size in (10_000, 100_000):
        library = open_library(tmp_path / f"lib{size}.sqlite")
        deck_id, added, _ = import_deck(library.db, big_deck(size))
        assert added == size
        editor = DeckEditor(library.db)
        editor.card_ids(deck_id, "x")  # the deck's order is made once, at the first key
        ours, raw = [], []
        for _ in range(5):
            for typed in TYPED:
                begin = time.perf_counter()
                editor.card_ids(deck_id, typed)
                ours.append(time.perf_counter() - begin)
                begin = time.perf_counter()
                library.db.execute(
                    "select rowid from cards_fts where cards_fts match ?", [fts_query(typed)]
                ).fetchall()
                raw.append(time.perf_counter() - begin)
        library.close()
        row = record_paired(f"search as you type, {size:,} cards ({len(ours)} keys)", ours,
                            "raw FTS5 MATCH, same table", raw)  # fmt: skip
        row.goal, row.met = "< 20 ms", row.ms < 20
        scale_point("search as you type, by cards", size, row.ms)
        with capsys.disabled():
            print(
                f"\nsearch as you type over {size} cards: {median_ms(ours)}; raw {median_ms(raw)}"
            )


BROWSER_TYPED = ("l", "lo", "lod", "lodz", "vol", "volunteers gr", "tag:zoe", '"option two"',
                 "campaign -grant", "kind:dilemma deck:ten board")  # fmt: skip


def test_bench_card_browser_search(tmp_path: Path, capsys):
    """The card browser's query over 10,000 cards, across every deck, key by key."""
    from workshop.core.deckquery import parse_query
    from workshop.store.deck_search import search_cards

    library = open_library(tmp_path / "lib.sqlite")
    import_deck(library.db, big_deck(10_000))
    search_cards(library.db, parse_query("x"))
    samples = []
    for _ in range(5):
        for typed in BROWSER_TYPED:
            begin = time.perf_counter()
            search_cards(library.db, parse_query(typed))
            samples.append(time.perf_counter() - begin)
    library.close()
    record(f"card browser search, 10,000 cards ({len(samples)} keys)", samples, goal_ms=20)
    with capsys.disabled():
        print(f"\ncard browser search over 10,000 cards: {median_ms(samples)}")
