"""Every format holds every field: a generated deck written as CSV, JSON or .wsdeck reads back
identical (all kinds, option notes, non-ASCII, multi-line text)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from workshop.core.cards import Card, CardKind, Deck, Link
from workshop.store.deck_files import read_deck_file, write_deck_file

# A list item is one line of its cell and a tag one comma-separated piece, so those hold no
# line break and no comma; every text is read stripped, as the formats store it.
BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
WORDS = "Zoë Łódź Ελληνικά кириллица 日本語 «AT&T» <b>; \"quoted\", 'x'"


def stripped(min_size: int = 0, line: bool = False, no: str = "") -> st.SearchStrategy[str]:
    chars = st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\x00" + (BREAKS if line else "") + no
    )
    base = st.one_of(st.text(chars, max_size=40), st.sampled_from(WORDS.split()))
    if not line:
        base = st.one_of(base, st.lists(base, min_size=2, max_size=3).map("\r\n".join))
    banned = set(no + (BREAKS if line else ""))
    return base.map(str.strip).filter(lambda s: len(s) >= min_size and not banned & set(s))


def items(most: int, no: str = "") -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(stripped(1, line=True, no=no), max_size=most).map(tuple)


links = st.builds(
    Link,
    stripped(1, line=True, no="|"),
    st.from_regex(r"https://[a-z]{1,12}\.org/[a-z0-9é]{0,20}", fullmatch=True),
)


@st.composite
def cards(draw: st.DrawFn, uid: str) -> Card:
    kind = draw(st.sampled_from(list(CardKind)))
    low = 2 if kind is CardKind.DILEMMA else 0
    options = draw(
        st.lists(stripped(1), min_size=low, max_size=4, unique_by=str.casefold).map(tuple)
    )
    notes = tuple(draw(stripped()) for _ in options)
    return Card(
        uid=uid,
        title=draw(stripped(1)),
        kind=kind,
        text=draw(stripped()),
        options=options,
        questions=draw(items(5)),
        notes=draw(stripped()),
        tags=draw(items(4, no=",")),
        links=tuple(draw(st.lists(links, max_size=3))),
        minutes=draw(st.integers(0, 600)),
        group_size=draw(st.integers(0, 100)),
        output=draw(stripped()),
        stages=draw(items(4)),
        option_notes=notes if any(notes) else (),
    )


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    uids = draw(st.lists(stripped(1, line=True), max_size=6, unique=True))
    return Deck(
        uid=draw(stripped(1, line=True)),
        title=draw(stripped(1, line=True)),
        description=draw(stripped()),
        language=draw(st.sampled_from(["en", "nl", "pl", "el"])),
        author=draw(stripped()),
        licence=draw(stripped()),
        cards=tuple(draw(cards(uid)) for uid in uids),
    )


def round_trip(deck: Deck, ext: str) -> Deck:
    with tempfile.TemporaryDirectory() as folder:
        return read_deck_file(write_deck_file(deck, Path(folder) / f"deck{ext}"))


@pytest.mark.parametrize("ext", [".csv", ".json", ".wsdeck"])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(deck=decks())
def test_a_generated_deck_comes_back_identical(deck, ext):
    assert round_trip(deck, ext) == deck


@pytest.mark.slow
@pytest.mark.parametrize("ext", [".csv", ".json", ".wsdeck"])
@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(deck=decks())
def test_many_generated_decks_come_back_identical(deck, ext):
    assert round_trip(deck, ext) == deck
