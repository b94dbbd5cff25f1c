"""A session: the cards being played, where the room is, and what groups chose."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from workshop.core.cards import Card, CardKind, Deck, is_web_address
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected

MAX_TITLE_LENGTH = 200


class RevealStep(IntEnum):
    """How much of a card the room sees: each step adds to the one before."""

    SITUATION = 0
    OPTIONS = 1
    QUESTIONS = 2


class Blank(StrEnum):
    """What a blanked projector shows instead of the session."""

    BLACK = "black"
    WHITE = "white"


@dataclass(frozen=True)
class Position:
    """The card on screen (an index into the session's rounds) and its reveal step."""

    round_index: int = 0
    step: RevealStep = RevealStep.SITUATION


@dataclass(frozen=True)
class GroupChoice:
    """One group's chosen option for a round, with the reason they gave."""

    round_index: int
    group: int
    option: str
    reason: str = ""


def reveal_steps(card: Card) -> list[RevealStep]:
    """The steps this card is shown in; a card without options or questions has fewer."""
    steps = [RevealStep.SITUATION]
    if card.options:
        steps.append(RevealStep.OPTIONS)
    if card.questions:
        steps.append(RevealStep.QUESTIONS)
    return steps


@dataclass
class Session:
    """A run of a workshop: its details, the rounds played, and its state in the room."""

    title: str
    date: str
    rounds: list[Card] = field(default_factory=list)
    id: int | None = None
    deck_title: str = ""
    follow_up_url: str = ""
    group_count: int = 3
    position: Position = field(default_factory=Position)
    blank: Blank | None = None
    choices: dict[tuple[int, int], GroupChoice] = field(default_factory=dict)

    def current_card(self) -> Card | None:
        """The card on screen, or None when the session has no rounds."""
        if 0 <= self.position.round_index < len(self.rounds):
            return self.rounds[self.position.round_index]
        return None

    def choices_for(self, round_index: int) -> list[GroupChoice]:
        """The recorded choices of one round, by group number."""
        found = [c for (r, _), c in self.choices.items() if r == round_index]
        return sorted(found, key=lambda c: c.group)

    def next_position(self) -> Position:
        """Where one step forward leads: the next reveal step, then the next card."""
        card = self.current_card()
        if card is None:
            return self.position
        steps = reveal_steps(card)
        here = steps.index(self.position.step) if self.position.step in steps else 0
        if here + 1 < len(steps):
            return Position(self.position.round_index, steps[here + 1])
        if self.position.round_index + 1 < len(self.rounds):
            return Position(self.position.round_index + 1, RevealStep.SITUATION)
        return self.position

    def previous_position(self) -> Position:
        """Where one step back leads: the previous step, then the previous card fully shown."""
        card = self.current_card()
        if card is None:
            return self.position
        steps = reveal_steps(card)
        here = steps.index(self.position.step) if self.position.step in steps else 0
        if here > 0:
            return Position(self.position.round_index, steps[here - 1])
        if self.position.round_index > 0:
            previous = self.rounds[self.position.round_index - 1]
            return Position(self.position.round_index - 1, reveal_steps(previous)[-1])
        return self.position


def checked_details(title: str, date: str, follow_up_url: str) -> tuple[str, str, str]:
    """A session's title, date and follow-up address tidied, or CommandRejected saying why not."""
    title = " ".join(title.split())
    url = follow_up_url.strip()
    day = date.strip()
    if not title:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "A session needs a title."))
    if len(title) > MAX_TITLE_LENGTH:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "A title has at most {most} characters."),
            most=MAX_TITLE_LENGTH,
        )
    if url and not is_web_address(url):
        raise CommandRejected(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The follow-up address must start with http:// or https:// and name a site.",
            )
        )
    if day:
        try:
            datetime.date.fromisoformat(day)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{day}” is not a date; write it as year-month-day, like 2026-03-05.",
                ),
                day=day,
            ) from None
    return title, day, url


def start_session(
    deck: Deck,
    title: str = "",
    date: str | None = None,
    follow_up_url: str = "",
    group_count: int = 3,
) -> Session:
    """A new session playing the dilemma cards of a deck in order; dated today by default."""
    title, day, url = checked_details(
        title.strip() or deck.title,
        datetime.date.today().isoformat() if date is None else date,
        follow_up_url,
    )
    return Session(
        title=title,
        date=day,
        rounds=[c for c in deck.cards if c.kind is CardKind.DILEMMA],
        deck_title=deck.title,
        follow_up_url=url,
        group_count=group_count,
    )
