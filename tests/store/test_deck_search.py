"""The card browser's search: words, phrases, tag:, deck:, kind:, -word; accent-insensitive."""

from __future__ import annotations

from workshop.core.cards import Card, CardKind, Deck
from workshop.core.deckquery import parse_query
from workshop.store.deck_edits import DeckEditor, import_deck
from workshop.store.deck_search import search_cards


def only_these_decks(library) -> None:
    """The starter decks (English and Dutch) would match some words too: search ours alone."""
    for deck in library.decks.summaries():
        DeckEditor(library.db).delete_deck(deck.id)


def titles(library, typed: str, deck_id: int | None = None) -> list[str]:
    return [h.title for h in search_cards(library.db, parse_query(typed), deck_id)]


def test_the_query_language_across_decks_and_in_one(library):
    one = Deck("one", "Vereniging", cards=(
        Card("a", "Meeting in Łódź", text="The bestuur vergadering runs late", options=("x", "y"),
             tags=("Geld",)),
        Card("b", "Bestuur games", text="A vergadering of the bestuur", options=("x", "y"),
             tags=("fun",)),
        Card("c", "Stand up", kind=CardKind.EXERCISE, text="Everyone moves"),
    ))  # fmt: skip
    two = Deck("two", "Anders", cards=(
        Card("d", "Zoë's budget", text="The bestuur vergadering again", options=("x", "y")),
    ))  # fmt: skip
    only_these_decks(library)
    first, _, _ = import_deck(library.db, one)
    import_deck(library.db, two)
    assert titles(library, "lodz") == ["Meeting in Łódź"]
    assert titles(library, '"bestuur vergadering"') == ["Zoë's budget", "Meeting in Łódź"]
    assert titles(library, "bestuur vergadering") == [
        "Zoë's budget",
        "Meeting in Łódź",
        "Bestuur games",
    ]
    assert titles(library, "bestuur -late") == ["Zoë's budget", "Bestuur games"]
    assert titles(library, "tag:geld") == ["Meeting in Łódź"]
    assert titles(library, "bestuur -tag:fun deck:veren") == ["Meeting in Łódź"]
    assert titles(library, "kind:exercise deck:vereniging") == ["Stand up"]
    assert titles(library, "kind:oefening", first) == ["Stand up"]
    assert titles(library, "zoe budget") == ["Zoë's budget"]  # "zoe" alone: "zoeken" too
    assert titles(library, "bestuur", first) == ["Meeting in Łódź", "Bestuur games"]
    hit = search_cards(library.db, parse_query("lodz"))[0]
    assert (hit.deck, hit.kind, hit.tags) == ("Vereniging", "dilemma", ("Geld",))
    for typed in ('"', "-", 'tag:"', "AT&T -x", "(((", "*", "a OR b NEAR c", "kind:", "-tag:"):
        search_cards(library.db, parse_query(typed))  # never an FTS syntax error
