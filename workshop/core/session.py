"""A session: the cards being played, where the room is, and what groups chose."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from workshop.core.activity import Activity
from workshop.core.agenda import Agenda
from workshop.core.board import Board
from workshop.core.cards import Card, Deck
from workshop.core.choice import CardChoice, choose_cards
from workshop.core.details import SessionDetails, checked_details
from workshop.core.groups import Forming
from workshop.core.timer import RoundTimer


class RevealStep(IntEnum):
    """How much of a card the room sees: each step adds to the one before."""

    SITUATION = 0
    OPTIONS = 1
    QUESTIONS = 2


class PlayMode(StrEnum):
    """How a round is played: each group chooses, or the whole room raises hands."""

    GROUPS = "groups"
    PLENARY = "plenary"


class ResultStyle(StrEnum):
    """How the projector shows a round's results."""

    CHART = "chart"
    SIDE_BY_SIDE = "side by side"


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


@dataclass(frozen=True)
class GroupOutput:
    """What a group made in an exercise, and the stage of its scale it placed itself on."""

    exercise: int
    group: int
    text: str = ""
    stage: int | None = None


@dataclass(frozen=True)
class Highlight:
    """A round worth following for people who were not there: an introduction and a link."""

    round_index: int
    introduction: str = ""
    url: str = ""


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

    details: SessionDetails
    rounds: list[Card] = field(default_factory=list)
    id: int | None = None
    deck_title: str = ""
    group_count: int = 3
    position: Position = field(default_factory=Position)
    blank: Blank | None = None
    choices: dict[tuple[int, int], GroupChoice] = field(default_factory=dict)
    highlights: dict[int, Highlight] = field(default_factory=dict)
    modes: dict[int, PlayMode] = field(default_factory=dict)
    hands: dict[tuple[int, str], int] = field(default_factory=dict)
    results_shown: bool = False
    result_style: ResultStyle = ResultStyle.CHART
    timer: RoundTimer = field(default_factory=RoundTimer)
    # How the cards were chosen, seed included, so a shuffled order can be made again.
    card_choice: str = ""
    board: Board = field(default_factory=Board)
    activity: Activity = Activity.CARDS
    board_page: int = 0
    forming: Forming = field(default_factory=Forming)
    # Exercises run in this session (snapshots of their cards), the one on screen, and
    # each group's output: (exercise, group) -> what they made and where they stand.
    exercises: list[Card] = field(default_factory=list)
    exercise_index: int = -1
    outputs: dict[tuple[int, int], GroupOutput] = field(default_factory=dict)
    agenda: Agenda = field(default_factory=Agenda)
    # The room share's address while it runs. Never stored: a share ends with the app.
    room_share: str = ""
    # What the wall asks of phones while input is open ("" when closed). Never stored either.
    phone_prompt: str = ""

    def mode(self, round_index: int) -> PlayMode:
        """How a round is played; groups unless set otherwise."""
        return self.modes.get(round_index, PlayMode.GROUPS)

    def counts(
        self, round_index: int, choices: list[GroupChoice] | None = None
    ) -> list[tuple[str, int]]:
        """Votes per option letter: hands in a plenary round, groups otherwise.

        `choices` is the round's choices when the caller already has them (from
        `choices_by_round`), so a pass over every round does not scan every choice per round.
        """
        card = self.rounds[round_index]
        letters = [letter for letter, _ in card.lettered_options()]
        if self.mode(round_index) is PlayMode.PLENARY:
            return [(x, self.hands.get((round_index, x), 0)) for x in letters]
        found = self.choices_for(round_index) if choices is None else choices
        chosen = [c.option for c in found]
        return [(x, chosen.count(x)) for x in letters]

    def highlight_link(self, round_index: int) -> str:
        """Where a highlight points: its own link, else the card's first, else the session's."""
        highlight = self.highlights.get(round_index)
        if highlight and highlight.url:
            return highlight.url
        card = self.rounds[round_index]
        return card.links[0].url if card.links else self.details.follow_up_url

    def summary_address(self) -> str:
        """Where phones get the summary: the room share while it runs, else the follow-up page."""
        return self.room_share or self.details.follow_up_url

    def current_card(self) -> Card | None:
        """The card on screen, or None when the session has no rounds."""
        if 0 <= self.position.round_index < len(self.rounds):
            return self.rounds[self.position.round_index]
        return None

    def choices_for(self, round_index: int) -> list[GroupChoice]:
        """The recorded choices of one round, by group number."""
        found = [c for (r, _), c in self.choices.items() if r == round_index]
        return sorted(found, key=lambda c: c.group)

    def choices_by_round(self) -> dict[int, list[GroupChoice]]:
        """Every round's recorded choices by group number, in one pass over the choices.

        For callers that visit every round (the summary outline): `choices_for` scans all
        choices, so calling it per round grows with rounds times choices.
        """
        found: dict[int, list[GroupChoice]] = {}
        for (r, _), c in self.choices.items():
            found.setdefault(r, []).append(c)
        for chosen in found.values():
            chosen.sort(key=lambda c: c.group)
        return found

    def outputs_of(self, exercise_index: int) -> list[GroupOutput]:
        """What the groups handed in for one exercise run, by group number."""
        found = [o for (e, _), o in self.outputs.items() if e == exercise_index]
        return sorted(found, key=lambda o: o.group)

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


def start_session(
    deck: Deck,
    title: str = "",
    date: str | None = None,
    follow_up_url: str = "",
    group_count: int = 3,
    choice: CardChoice | None = None,
) -> Session:
    """A new session playing a deck's dilemmas (all, in deck order, unless `choice` says
    otherwise); dated today by default."""
    details = checked_details(
        SessionDetails(
            title.strip() or deck.title,
            datetime.date.today().isoformat() if date is None else date,
            follow_up_url,
        )
    )
    cards, choice = choose_cards(deck, choice or CardChoice())
    return Session(
        details,
        rounds=cards,
        deck_title=deck.title,
        group_count=group_count,
        card_choice=choice.to_json(),
        # A new session opens on its title slide, not on card 1: the room sees the day's
        # title while the facilitator plans; the forward key shows the first card.
        activity=Activity.TITLE,
    )
