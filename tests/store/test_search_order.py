"""Search as you type: the fast path (hits put in deck order from a kept map) gives exactly
what the plain query gives, and sees every write, from this connection or another."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.core.fold import fts_query
from workshop.store.deck_edits import DeckEditor
from workshop.store.library import Library

TYPED = st.sampled_from(["a", "the", "w", "group", "lodz", "zz", "de ", "a b", "e*", "you"])


def plain(library: Library, deck_id: int, typed: str) -> list[int]:
    """The definition: the deck's cards that match, in deck order."""
    return [
        r[0]
        for r in library.db.execute(
            "select c.id from cards c where c.deck_id = ? and c.id in "
            "(select rowid from cards_fts where cards_fts match ?) order by c.position, c.id",
            [deck_id, fts_query(typed)],
        ).fetchall()
    ]


def test_the_fast_path_equals_the_plain_query_through_edits(library: Library):
    editor = DeckEditor(library.db)
    deck_id = library.decks.first_id()
    cards = library.decks.get(deck_id).cards

    @settings(max_examples=25, deadline=None)
    @given(typed=TYPED, edit=st.sampled_from(["none", "add", "reorder", "delete", "move"]))
    def check(typed: str, edit: str) -> None:
        ids = editor.card_ids(deck_id)
        if edit == "add":
            editor.save_card(deck_id, replace(cards[0], uid="", title=f"A group in Łódź {typed}"))
        elif edit == "reorder" and len(ids) > 2:
            editor.reorder(deck_id, ids[-1], 0)
        elif edit == "delete" and len(ids) > 3:
            editor.delete_cards([ids[1]])
        elif edit == "move" and len(ids) > 3:
            editor.move_cards([ids[2]], editor.create_deck("elsewhere"))
        assert editor.card_ids(deck_id, typed) == plain(library, deck_id, typed)

    check()


def test_a_write_from_another_connection_is_seen(library: Library):
    editor = DeckEditor(library.db)
    deck_id = library.decks.first_id()
    ids = editor.card_ids(deck_id, "a")
    assert ids, "the starter deck has cards with an a"
    other = sqlite3.connect(str(library.path), isolation_level=None)
    other.execute("update cards set position = -1 where id = ?", [ids[-1]])
    other.close()
    assert editor.card_ids(deck_id, "a")[0] == ids[-1]


def test_a_library_folded_before_case_came_first_is_folded_again(library: Library):
    from workshop.store.migrations import m008_search_folds_case_first

    editor = DeckEditor(library.db)
    deck_id = library.decks.first_id()
    card = library.decks.get(deck_id).cards[0]
    editor.save_card(deck_id, replace(card, uid="", title="ĦAĐ in Ðakovo"))
    assert editor.card_ids(deck_id, "hađ dakovo"), "a new card is found by its folded letters"
    # As the old fold stored it: capitals not in its table kept their lower-case letter.
    library.db.execute(
        "update cards set search = replace(replace(search, 'had', 'ħađ'), 'dakovo', 'ðakovo')"
    )
    assert not editor.card_ids(deck_id, "had dakovo")
    m008_search_folds_case_first(library.db)
    assert len(editor.card_ids(deck_id, "HAD ÐAKOVO")) == 1
