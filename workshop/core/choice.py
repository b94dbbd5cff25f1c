"""Which cards a session plays, and in what order; a shuffle's seed is kept to replay it."""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from workshop.core.cards import Card, CardKind, Deck
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected


class Order(StrEnum):
    """Deck order, or shuffled with a recorded seed."""

    DECK = "deck"
    SHUFFLED = "shuffled"


@dataclass(frozen=True)
class CardChoice:
    """All dilemmas, those with a tag, a hand-picked list, or N at random; in an order."""

    tag: str = ""
    picked: tuple[str, ...] = ()
    count: int = 0  # N at random; 0 means every card chosen
    order: Order = Order.DECK
    seed: int | None = None

    def to_json(self) -> str:
        """What the library keeps, seed included."""
        data = asdict(self)
        data["picked"] = list(self.picked)
        return json.dumps(data, ensure_ascii=False)


def choose_cards(deck: Deck, choice: CardChoice) -> tuple[list[Card], CardChoice]:
    """The cards to play and the choice with its seed filled in, or CommandRejected."""
    cards = [c for c in deck.cards if c.kind is CardKind.DILEMMA]
    if choice.picked:
        by_uid = {c.uid: c for c in cards}
        missing = [uid for uid in choice.picked if uid not in by_uid]
        if missing:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "This deck has no dilemma card “{uid}”."),
                uid=missing[0],
            )
        cards = [by_uid[uid] for uid in dict.fromkeys(choice.picked)]
    if choice.tag:
        wanted = choice.tag.casefold()
        cards = [c for c in cards if wanted in (t.casefold() for t in c.tags)]
        if not cards:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "No dilemma card of this deck has the tag “{tag}”."),
                tag=choice.tag,
            )
    if choice.count < 0:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "The number of cards to draw cannot be negative.")
        )
    random_draw = 0 < choice.count < len(cards)
    if choice.seed is None and (random_draw or choice.order is Order.SHUFFLED):
        # A fresh seed, kept with the session so the same draw and order can be made again.
        choice = replace(choice, seed=random.SystemRandom().randrange(2**31))
    rng = random.Random(choice.seed)
    if random_draw:
        keep = set(rng.sample(range(len(cards)), choice.count))
        cards = [c for i, c in enumerate(cards) if i in keep]
    if choice.order is Order.SHUFFLED:
        rng.shuffle(cards)
    return cards, choice
