"""Fuzzing the CSV and JSON deck readers: a deck or the app's own import error, nothing else."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import time
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, event, given, settings

from workshop import paths
from workshop.core.cards import Deck
from workshop.core.deckcsv import COLUMNS, deck_from_csv, deck_to_csv
from workshop.core.deckformat import DeckFormatError, deck_from_data, deck_to_data
from workshop.core.errors import WorkshopError
from workshop.store.deck_edits import import_deck
from workshop.store.deck_files import _read_json, read_deck_file, write_deck_file
from workshop.store.library import open_library

from .mutate import dump, mutated

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=20,
)  # fmt: skip
card_like = st.fixed_dictionaries(
    {"uid": st.text(max_size=5), "title": st.text(max_size=10)},
    optional={"kind": st.sampled_from(["dilemma", "exercise", "prompt", "x"]),
              "options": st.lists(st.text(max_size=5), max_size=6),
              "links": st.lists(st.fixed_dictionaries({"label": st.text(max_size=5),
                                                       "url": st.text(max_size=20)}), max_size=2),
              "minutes": json_values},
)  # fmt: skip
deck_like = st.fixed_dictionaries(
    {"uid": st.text(max_size=5), "title": st.text(max_size=10),
     "cards": st.lists(card_like, max_size=4)}
)  # fmt: skip


def outcome(read) -> None:
    try:
        assert isinstance(read(), Deck)
    except WorkshopError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, deck_like))
def test_any_json_gives_a_deck_or_an_import_error(value):
    outcome(lambda: _read_json(json.dumps(value), "", "fuzz.json"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_json_gives_a_deck_or_an_import_error(text):
    outcome(lambda: _read_json(text, "", "fuzz.json"))


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(
    header=st.lists(st.sampled_from([*COLUMNS, "Title", "other"]), min_size=1, max_size=6),
    rows=st.lists(st.lists(cells, max_size=7), max_size=5),
    delimiter=st.sampled_from([",", ";"]),
)
def test_any_csv_gives_a_deck_or_an_import_error(header, rows, delimiter):
    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    text = "\n".join(delimiter.join(quoted(c) for c in row) for row in [header, *rows])
    outcome(lambda: deck_from_csv(text, "Fuzz", "fuzz.csv"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_as_csv_gives_a_deck_or_an_import_error(text):
    outcome(lambda: deck_from_csv(text, "Fuzz", "fuzz.csv"))


# Hostile deck files of every format, read and imported as `workshop deck import` does: each
# is refused with the app's own message and the library unchanged, or imported and readable.

hostile_cells = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.binary(max_size=20),
    st.text(max_size=20),
    st.sampled_from(["[]", "{}", "1", "null", '"x"', "[1, 2]", '[["a", 5]]', '{"minutes": "x"}',
                     '{"stages": 3}', "[" * 500, "dilemma", "exercise", "prompt"]),
    st.builds(lambda n: "x" * n, st.sampled_from([5000, 200_000, 900_000])),
    st.builds(lambda b: b, st.sampled_from([b"\xff\xfe", b"\x80abc", b"ok\xc3"])),
)  # fmt: skip
CARD_FIELDS = ("position", "uid", "kind", "title", "text", "options", "questions", "notes",
               "tags", "links", "exercise")  # fmt: skip
DECK_FIELDS = ("uid", "title", "description", "language", "author", "licence")


def attempt(conn: sqlite3.Connection, statement: str, args: list | None = None) -> None:
    """A change to the file, unless an earlier one took away what it changes."""
    try:
        conn.execute(statement, args or [])
    except sqlite3.Error:
        pass


@st.composite
def hostile_wsdeck(draw: st.DrawFn, good: bytes, folder: Path) -> Path:
    path = folder / "hostile.wsdeck"
    path.write_bytes(good)
    conn = sqlite3.connect(path)
    for _ in range(draw(st.integers(1, 3))):
        choice = draw(st.integers(0, 5))
        value = draw(hostile_cells)
        if isinstance(value, bytes) and draw(st.booleans()):
            statement, args = "update {t} set {c} = cast(? as text)", [value]
        else:
            statement, args = "update {t} set {c} = ?", [value]
        if choice <= 2:
            column = draw(st.sampled_from(CARD_FIELDS))
            where = draw(st.sampled_from(["", " where rowid = 1"]))
            attempt(conn, statement.format(t="cards", c=column) + where, args)
        elif choice == 3:
            attempt(conn, statement.format(t="deck", c=draw(st.sampled_from(DECK_FIELDS))), args)
        else:
            attempt(conn, draw(st.sampled_from([
                "drop table deck", "insert into deck select * from deck",
                "insert into cards select * from cards", "delete from cards",
                "alter table cards rename column title to name", "create view v as select 1",
                "create trigger t after delete on deck begin select 1; end",
                "create table \"x\u00e9\" (a text default 'y')",
            ])))  # fmt: skip
    conn.commit()
    conn.close()
    if draw(st.booleans()):
        data = bytearray(path.read_bytes())
        for offset in draw(st.lists(st.integers(0, len(data) - 1), max_size=4)):
            data[offset] = draw(st.integers(0, 255))
        path.write_bytes(bytes(data))
    return path


@st.composite
def hostile_csv(draw: st.DrawFn, good: str, folder: Path) -> Path:
    rows = list(csv.reader(io.StringIO(good, newline="")))
    for _ in range(draw(st.integers(1, 3))):
        row = draw(st.integers(0, len(rows) - 1))
        if rows[row] and draw(st.booleans()):
            column = draw(st.integers(0, len(rows[row]) - 1))
            rows[row][column] = draw(st.one_of(st.text(max_size=30), st.sampled_from(
                ["x" * 300_000, "9" * 50, "-1", "¹", "javascript:alert(1)", "a | b", "\x00",
                 "Title", "kind", "dilemma\nexercise"])))  # fmt: skip
        else:
            rows.insert(row, draw(st.lists(st.text(max_size=10), max_size=20)))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=draw(st.sampled_from([",", ";"]))).writerows(rows)
    path = folder / "hostile.csv"
    path.write_bytes(draw(st.sampled_from([b"", b"\xef\xbb\xbf"])) + out.getvalue().encode(
        "utf-8", "surrogatepass"))  # fmt: skip
    return path


@st.composite
def hostile_file(draw: st.DrawFn, deck: Deck, good_wsdeck: bytes, folder: Path) -> Path:
    kind = draw(st.sampled_from([".json", ".csv", ".wsdeck"]))
    if kind == ".wsdeck":
        return draw(hostile_wsdeck(good_wsdeck, folder))
    if kind == ".csv":
        return draw(hostile_csv(deck_to_csv(deck), folder))
    doc = draw(mutated([deck_to_data(deck)]))
    path = folder / "hostile.json"
    path.write_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return path


@pytest.fixture(scope="module")
def fuzz_setup(tmp_path_factory) -> tuple[Deck, bytes, Path]:
    folder = tmp_path_factory.mktemp("deck-fuzz")
    sample = paths.resources_dir() / "samples" / "sample-deck.json"
    deck = deck_from_data(json.loads(sample.read_text(encoding="utf-8")), sample.name)
    good = write_deck_file(deck, folder / "good.wsdeck").read_bytes()
    empty = folder / "empty.sqlite"
    open_library(empty, install_starters=False).close()
    return deck, good, empty


def import_or_refuse(path: Path, empty: Path, folder: Path) -> tuple[str, float]:
    """Import as `deck import` does; check either outcome. Returns it and its seconds."""
    lib = folder / "lib.sqlite"
    shutil.copyfile(empty, lib)
    before = dump(lib)
    library = open_library(lib, install_starters=False)
    start = time.perf_counter()
    try:
        deck_id, _added, _updated = import_deck(library.db, read_deck_file(path))
    except WorkshopError as exc:
        seconds = time.perf_counter() - start
        library.close()
        assert str(exc).startswith(str(path)), str(exc)
        assert "unexpected" not in str(exc)
        lines = exc.lines() if isinstance(exc, DeckFormatError) else [str(exc)]
        assert max(len(line) for line in lines) < 300 + len(str(path)), lines
        assert dump(lib) == before, "a refused deck file changed the library"
        return "refused", seconds
    try:
        assert library.decks.get(deck_id).title
    finally:
        library.close()
    return "imported", time.perf_counter() - start


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_hostile_deck_file_is_refused_or_imported(data, fuzz_setup, tmp_path_factory):
    deck, good, empty = fuzz_setup
    folder = tmp_path_factory.mktemp("trial")
    event(import_or_refuse(data.draw(hostile_file(deck, good, folder)), empty, folder)[0])


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_thousand_hostile_deck_files(data, fuzz_setup, tmp_path_factory):
    """`make test-slow`: 1,000 hostile deck files, each refused within 2 s or imported."""
    deck, good, empty = fuzz_setup
    folder = tmp_path_factory.mktemp("trial")
    path = data.draw(hostile_file(deck, good, folder))
    outcome, seconds = import_or_refuse(path, empty, folder)
    event(f"{path.suffix} {outcome}")
    if outcome == "refused":
        assert seconds < 2.0, f"refused after {seconds:.1f} s"
