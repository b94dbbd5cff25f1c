"""The dilemma game's own commands: how a round is played, hands counted, results, the timer."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.session import PlayMode, ResultStyle, Session
from workshop.core.timer import RoundTimer

MAX_HANDS = 9999


def _check_round(session: Session, round_index: int) -> None:
    if not 0 <= round_index < len(session.rounds):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "There is no card {number} in this session."),
            number=round_index + 1,
        )


@dataclass
class SetPlayMode:
    """Play a round in groups or in plenary; what was recorded in the other way is kept."""

    round_index: int
    mode: PlayMode
    undoable: bool = True
    name: str = QT_TRANSLATE_NOOP("Commands", "play mode")
    _before: PlayMode | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        _check_round(session, self.round_index)
        self._before = session.modes.get(self.round_index)
        session.modes[self.round_index] = self.mode
        return Change(modes=frozenset({self.round_index}), results=True)

    def revert(self, session: Session) -> Change:
        if self._before is None:
            session.modes.pop(self.round_index, None)
        else:
            session.modes[self.round_index] = self._before
        return Change(modes=frozenset({self.round_index}), results=True)


@dataclass
class SetHands:
    """The number of hands raised for one option in a plenary round."""

    round_index: int
    option: str
    count: int
    undoable: bool = True
    name: str = QT_TRANSLATE_NOOP("Commands", "count hands")
    _before: int | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        _check_round(session, self.round_index)
        letter = self.option.strip().upper()
        letters = [x for x, _ in session.rounds[self.round_index].lettered_options()]
        if letter not in letters:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Messages", "Option {option} is not on this card; choose one of {letters}."
                ),
                option=letter,
                letters=", ".join(letters),
            )
        if not 0 <= self.count <= MAX_HANDS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "A count of hands is between 0 and {most}."),
                most=MAX_HANDS,
            )
        self.option = letter
        key = (self.round_index, letter)
        self._before = session.hands.get(key)
        session.hands[key] = self.count
        return Change(hands=frozenset({key}))

    def revert(self, session: Session) -> Change:
        key = (self.round_index, self.option)
        if self._before is None:
            session.hands.pop(key, None)
        else:
            session.hands[key] = self._before
        return Change(hands=frozenset({key}))


@dataclass
class ShowResults:
    """Reveal together: show (or hide) the current round's results on the projector."""

    shown: bool
    undoable: bool = False
    name: str = QT_TRANSLATE_NOOP("Commands", "show results")
    _before: bool = field(default=False, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = session.results_shown
        session.results_shown = self.shown and session.current_card() is not None
        return Change(results=True)

    def revert(self, session: Session) -> Change:
        session.results_shown = self._before
        return Change(results=True)


@dataclass
class SetResultStyle:
    """Show results as a bar chart per option, or each group's choice side by side."""

    style: ResultStyle
    undoable: bool = False
    name: str = QT_TRANSLATE_NOOP("Commands", "result style")
    _before: ResultStyle = field(default=ResultStyle.CHART, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = session.result_style
        session.result_style = self.style
        return Change(results=True)

    def revert(self, session: Session) -> Change:
        session.result_style = self._before
        return Change(results=True)


@dataclass
class SetTimer:
    """Any timer action (start, pause, reset, a minute more): the timer as it is to become."""

    timer: RoundTimer
    name: str = QT_TRANSLATE_NOOP("Commands", "timer")
    undoable: bool = True
    _before: RoundTimer | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = session.timer
        session.timer = self.timer
        return Change(timer=True)

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        session.timer = self._before
        return Change(timer=True)
