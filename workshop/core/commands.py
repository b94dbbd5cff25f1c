"""Every change to a session is a command: apply it, revert it, and say what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from typing import Protocol

from workshop.core.activity import Activity
from workshop.core.cards import OPTION_LETTERS
from workshop.core.details import SessionDetails, checked_details
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.session import Blank, GroupChoice, Position, Session

MAX_REASON_LENGTH = 300
MAX_GROUPS = 99


@dataclass(frozen=True)
class Change:
    """What a command touched: the store writes only those rows, views refresh only those parts."""

    details: bool = False
    position: bool = False
    blank: bool = False
    choices: frozenset[tuple[int, int]] = frozenset()
    highlights: frozenset[int] = frozenset()
    modes: frozenset[int] = frozenset()
    hands: frozenset[tuple[int, str]] = frozenset()
    results: bool = False
    timer: bool = False
    board: frozenset[tuple[str, int]] = frozenset()  # (kind, id) of board rows
    wall: bool = False  # the wall: the activity on it, the board's page or question
    groups: bool = False
    exercise: frozenset[tuple[int, int]] = frozenset()  # (exercise, group) outputs
    agenda: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(
            **{
                f.name: getattr(self, f.name) | getattr(other, f.name)
                for f in dataclass_fields(self)
            }
        )

    def is_empty(self) -> bool:
        """True when nothing at all changed."""
        return not any(getattr(self, f.name) for f in dataclass_fields(self))


class Command(Protocol):
    """A user action on a session; `undoable` is False for moving around the room's view."""

    undoable: bool
    name: str

    def apply(self, session: Session) -> Change: ...

    def revert(self, session: Session) -> Change: ...


@dataclass
class MoveTo:
    """Show another card or reveal step; navigation, so Back undoes it, not Ctrl+Z."""

    target: Position
    undoable: bool = False
    name: str = "move"
    _before: Position | None = field(default=None, repr=False)
    _results_before: bool = field(default=False, repr=False)
    _from_title: bool = field(default=False, repr=False)

    def apply(self, session: Session) -> Change:
        if not 0 <= self.target.round_index < max(len(session.rounds), 1):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "There is no card {number} in this session."),
                number=self.target.round_index + 1,
            )
        self._before = session.position
        self._results_before = session.results_shown
        session.position = self.target
        # Another card starts with its own words, not the last card's results.
        session.results_shown = False
        # Moving to a card from the title slide puts the cards on the wall.
        self._from_title = session.activity is Activity.TITLE
        if self._from_title:
            session.activity = Activity.CARDS
        return Change(position=True, results=True, wall=self._from_title)

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        session.position = self._before
        session.results_shown = self._results_before
        if self._from_title:
            session.activity = Activity.TITLE
        return Change(position=True, results=True, wall=self._from_title)


def step_forward(session: Session) -> MoveTo:
    """The command for the forward key: next reveal step, then next card."""
    return MoveTo(session.next_position())


def step_back(session: Session) -> MoveTo:
    """The command for the back key: previous reveal step, then previous card."""
    return MoveTo(session.previous_position())


@dataclass
class ToggleBlank:
    """Blank the projector to a colour, or show the session again if it already is."""

    colour: Blank = Blank.BLACK
    undoable: bool = False
    name: str = "blank"
    _before: Blank | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = session.blank
        session.blank = None if session.blank == self.colour else self.colour
        return Change(blank=True)

    def revert(self, session: Session) -> Change:
        session.blank = self._before
        return Change(blank=True)


@dataclass
class ShowActivity:
    """Show the cards or the board on the projector, and which page of a full board."""

    activity: Activity
    page: int = 0
    undoable: bool = False
    name: str = "show"
    _before: tuple[Activity, int] = field(default=(Activity.CARDS, 0), repr=False)

    def apply(self, session: Session) -> Change:
        self._before = (session.activity, session.board_page)
        session.activity, session.board_page = self.activity, max(0, self.page)
        return Change(wall=True)

    def revert(self, session: Session) -> Change:
        session.activity, session.board_page = self._before
        return Change(wall=True)


def clean_reason(reason: str) -> str:
    """A reason is one line: line breaks become spaces and the length is capped."""
    return " ".join(reason.split())[:MAX_REASON_LENGTH]


@dataclass
class RecordGroupChoice:
    """Record (or replace) a group's chosen option and reason for a round."""

    round_index: int
    group: int
    option: str
    reason: str = ""
    undoable: bool = True
    name: str = "record choice"
    _before: GroupChoice | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        if not 0 <= self.round_index < len(session.rounds):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "There is no card {number} in this session."),
                number=self.round_index + 1,
            )
        card = session.rounds[self.round_index]
        letter = self.option.strip().upper()
        letters = OPTION_LETTERS[: len(card.options)]
        if not letter:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "Type the letter of the chosen option: {letters}."),
                letters=", ".join(letters),
            )
        if len(letter) != 1 or letter not in letters:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Messages", "Option {option} is not on this card; choose one of {letters}."
                ),
                option=letter,
                letters=", ".join(letters),
            )
        if not 1 <= self.group <= MAX_GROUPS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "Group {group} is not a group number (1 to {most})."),
                group=self.group,
                most=MAX_GROUPS,
            )
        key = (self.round_index, self.group)
        self._before = session.choices.get(key)
        session.choices[key] = GroupChoice(
            self.round_index, self.group, letter, clean_reason(self.reason)
        )
        return Change(choices=frozenset({key}))

    def revert(self, session: Session) -> Change:
        key = (self.round_index, self.group)
        if self._before is None:
            session.choices.pop(key, None)
        else:
            session.choices[key] = self._before
        return Change(choices=frozenset({key}))


@dataclass
class EditSessionDetails:
    """Change a session's details: title, date, follow-up address, venue, people, introduction."""

    details: SessionDetails
    undoable: bool = True
    name: str = "edit session details"
    _before: SessionDetails | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        checked = checked_details(self.details)
        self._before = session.details
        session.details = checked
        return Change(details=True)

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        session.details = self._before
        return Change(details=True)
