"""Reading decks from plain data: good decks load, bad ones name every problem."""

from __future__ import annotations

import pytest

from workshop.core.deckformat import DeckFormatError, deck_from_data, deck_to_data


def test_the_starter_deck_round_trips(starter_deck):
    again = deck_from_data(deck_to_data(starter_deck), "again.json")
    assert again == starter_deck


def test_the_starter_deck_is_a_real_game(starter_deck):
    assert len(starter_deck.cards) >= 8
    for card in starter_deck.cards:
        assert card.title and card.text and card.questions
        assert 2 <= len(card.options) <= 4
        assert all(link.url.startswith("https://") for link in card.links)


def test_every_problem_is_named_with_its_place():
    data = {
        "uid": "d",
        "title": "",
        "cards": [
            {"title": "ok", "options": ["a", "b"]},
            {"title": "", "options": ["a", "b", "c", "d", "e"]},
            {"title": "t", "options": ["same", "Same"], "links": [{"url": "javascript:x"}]},
            {"title": "k", "kind": "quiz"},
        ],
    }
    with pytest.raises(DeckFormatError) as caught:
        deck_from_data(data, "bad.json")
    problems = [str(p) for p in caught.value.problems]
    assert "deck.title: is required" in problems
    assert "cards[1].title: is required" in problems
    assert "cards[1].options: has 5 options; a dilemma has 2 to 4" in problems
    assert "cards[2].options: has the same option twice" in problems
    assert any(p.startswith("cards[2].links[0].url:") for p in problems)
    assert any(p.startswith("cards[3].kind:") for p in problems)
    assert str(caught.value).startswith("bad.json is not a Workshop deck: deck.title")


@pytest.mark.parametrize("data", [[], "deck", {"uid": "x", "title": "t", "cards": {}}])
def test_wrong_shapes_are_refused(data):
    with pytest.raises(DeckFormatError):
        deck_from_data(data, "x.json")
