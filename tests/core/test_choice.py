"""Choosing cards: all, by tag, hand-picked, N at random; deck order or a reproducible shuffle."""

from __future__ import annotations

import json

import pytest

from workshop.core.choice import CardChoice, Order, choose_cards
from workshop.core.errors import CommandRejected
from workshop.core.session import start_session


def titles(cards) -> list[str]:
    return [c.title for c in cards]


def test_all_cards_in_deck_order_need_no_seed(starter_deck):
    cards, choice = choose_cards(starter_deck, CardChoice())
    assert titles(cards) == titles(starter_deck.cards) and choice.seed is None


def test_a_tag_keeps_only_its_cards_in_deck_order(starter_deck):
    cards, _ = choose_cards(starter_deck, CardChoice(tag="Community"))
    assert cards and all("community" in c.tags for c in cards)
    assert titles(cards) == [c.title for c in starter_deck.cards if "community" in c.tags]


def test_hand_picked_cards_come_in_the_picked_order(starter_deck):
    uids = [starter_deck.cards[4].uid, starter_deck.cards[1].uid, starter_deck.cards[4].uid]
    cards, _ = choose_cards(starter_deck, CardChoice(picked=tuple(uids)))
    assert titles(cards) == [starter_deck.cards[4].title, starter_deck.cards[1].title]


@pytest.mark.parametrize("count", [1, 3, 7])
def test_n_at_random_draws_n_and_the_seed_draws_them_again(starter_deck, count):
    cards, choice = choose_cards(starter_deck, CardChoice(count=count))
    assert len(cards) == count and choice.seed is not None
    again, _ = choose_cards(starter_deck, choice)
    assert titles(again) == titles(cards)
    deck_order = [t for t in titles(starter_deck.cards) if t in titles(cards)]
    assert titles(cards) == deck_order, "a draw keeps deck order unless shuffled"


def test_a_shuffle_is_reproduced_by_its_seed_and_differs_between_seeds(starter_deck):
    orders = {tuple(titles(choose_cards(starter_deck, CardChoice(order=Order.SHUFFLED,
                                                                  seed=s))[0]))
              for s in range(6)}  # fmt: skip
    assert len(orders) > 1
    assert all(sorted(o) == sorted(titles(starter_deck.cards)) for o in orders)
    one = choose_cards(starter_deck, CardChoice(order=Order.SHUFFLED, seed=42))[0]
    assert titles(one) == titles(
        choose_cards(starter_deck, CardChoice(order=Order.SHUFFLED, seed=42))[0]
    )


@pytest.mark.parametrize(
    "choice, fragment",
    [
        (CardChoice(tag="no such tag"), "has the tag"),
        (CardChoice(picked=("nope",)), "no dilemma card “nope”"),
        (CardChoice(count=-1), "negative"),
    ],
)
def test_impossible_choices_are_refused(starter_deck, choice, fragment):
    with pytest.raises(CommandRejected, match=fragment):
        choose_cards(starter_deck, choice)


def test_the_session_records_its_choice_with_the_seed(starter_deck):
    session = start_session(
        starter_deck, "S", "2026-11-22", choice=CardChoice(count=4, order=Order.SHUFFLED)
    )
    recorded = json.loads(session.card_choice)
    assert recorded["count"] == 4 and recorded["order"] == "shuffled"
    replay = CardChoice(count=4, order=Order.SHUFFLED, seed=recorded["seed"])
    assert titles(choose_cards(starter_deck, replay)[0]) == titles(session.rounds)
