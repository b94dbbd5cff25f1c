"""The starter decks come in English and in Dutch: the same cards, written for each language."""

from __future__ import annotations

import json

from workshop import paths
from workshop.core.cards import CardKind
from workshop.core.deckformat import deck_from_data


def starters() -> dict[str, list]:
    decks: dict[str, list] = {}
    for file in paths.starter_decks():
        deck = deck_from_data(json.loads(file.read_text(encoding="utf-8")), file.name)
        decks.setdefault(deck.language, []).append(deck)
    return decks


def test_each_english_starter_deck_has_a_dutch_counterpart():
    decks = starters()
    assert set(decks) == {"en", "nl"} and len(decks["en"]) == len(decks["nl"]) == 2
    for english, dutch in zip(decks["en"], decks["nl"], strict=True):
        assert dutch.uid == f"{english.uid}-nl", "its own uid: both can be installed"
        assert [c.uid for c in dutch.cards] == [c.uid for c in english.cards]
        for en_card, nl_card in zip(english.cards, dutch.cards, strict=True):
            assert nl_card.kind is en_card.kind
            assert len(nl_card.options) == len(en_card.options)
            assert len(nl_card.stages) == len(en_card.stages)
            assert nl_card.minutes == en_card.minutes
            # Written in Dutch, not left in English.
            assert nl_card.title != en_card.title or nl_card.title == "Tips"
            assert nl_card.text != en_card.text
            assert all(a != b for a, b in zip(nl_card.options, en_card.options, strict=True))


def test_the_dutch_decks_say_the_products_words_in_dutch():
    text = json.dumps([d.title for d in starters()["nl"]], ensure_ascii=False).lower()
    words = " ".join(
        " ".join((c.title, c.text, *c.options, *c.questions, *c.stages, c.output))
        for deck in starters()["nl"]
        for c in deck.cards
    ).lower()
    assert "dilemma" in text and "groepsoefeningen" in text
    for english in ("deck", "card", "board", "handout", "summary", " the "):
        assert english not in words, english
    assert (
        "tipsbord"
        in json.dumps([d.description for d in starters()["nl"]], ensure_ascii=False).lower()
    )
    assert any(c.kind is CardKind.PROMPT for d in starters()["nl"] for c in d.cards)
