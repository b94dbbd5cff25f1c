"""Fuzzing the CSV and JSON deck readers: a deck or the app's own import error, nothing else."""

from __future__ import annotations

import json

import hypothesis.strategies as st
from hypothesis import given, settings

from workshop.core.cards import Deck
from workshop.core.deckcsv import COLUMNS, deck_from_csv
from workshop.core.errors import WorkshopError
from workshop.store.deck_files import _read_json

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
