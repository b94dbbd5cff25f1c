"""Steps made of several commands ("next activity", "run an exercise"): one undo, one commit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from workshop.core import agenda as ag
from workshop.core import board_edits as edits
from workshop.core.activity import Activity
from workshop.core.agenda import WALL, Agenda, Item, Kind
from workshop.core.agenda_edits import SetAgenda
from workshop.core.board_edits import SetQuestion
from workshop.core.cards import Card
from workshop.core.commands import Change, Command
from workshop.core.exercise_edits import RunExercise
from workshop.core.game import SetTimer
from workshop.core.session import Session

# Builds the parts one at a time, each from the session as the part before left it.
Parts = Callable[[Session], Iterator[Command]]


@dataclass
class Composite:
    """Several commands applied as one: all of them or none, reverted together."""

    name: str
    parts: Parts
    undoable: bool = True
    _done: list[Command] = field(default_factory=list, repr=False)

    def apply(self, session: Session) -> Change:
        done: list[Command] = []
        change = Change()
        try:
            for command in self.parts(session):
                change |= command.apply(session)
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.revert(session)
            raise
        self._done = done
        return change

    def revert(self, session: Session) -> Change:
        change = Change()
        for command in reversed(self._done):
            change |= command.revert(session)
        return change


def timer_minutes(session: Session, minutes: int) -> SetTimer:
    """The timer set afresh to a length, stopped."""
    return SetTimer(session.timer.with_duration(minutes * 60).reset(), "timer length")


def run_exercise(card: Card) -> Composite:
    """An exercise in front of the groups, and the timer set to its minutes."""

    def parts(session: Session) -> Iterator[Command]:
        yield RunExercise(card)
        if card.minutes:
            yield timer_minutes(session, card.minutes)

    return Composite("run exercise", parts)


def cut(text: str, most: int) -> str:
    """One line of at most `most` characters, an ellipsis where it was cut."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1].rstrip() + "…"


def apply_prompt(question: str, columns: tuple[str, ...]) -> Composite:
    """The board's question, and those of `columns` the board does not have yet. A card's
    text may be longer than a board's question: it is cut, never a reason to refuse N."""

    def parts(session: Session) -> Iterator[Command]:
        if question.strip():
            yield SetQuestion(cut(question, edits.MAX_TIP))
        titles = tuple(cut(title, edits.MAX_TITLE) for title in columns if title.strip())
        for title in edits.missing_columns(session.board, titles):
            yield edits.add_column(session.board, title)

    return Composite("prompt", parts)


def default_columns(titles: tuple[str, ...]) -> Composite:
    """The board's first columns (Before, During, After in the user's language)."""
    return Composite("default columns", apply_prompt("", titles).parts)


def wall_for(item: Item | None) -> Activity:
    """What the wall shows while an activity runs: its own screen, else the agenda."""
    if item is None or (item.kind is Kind.SHOWCASE and not item.presenters):
        return Activity.AGENDA
    return WALL.get(item.kind, Activity.AGENDA)


def _board_prompt(item: Item) -> Composite:
    prompt = item.card
    question = item.question or (prompt.text or prompt.title if prompt else "")
    return apply_prompt(question, prompt.stages if prompt else ())


@dataclass
class ShowExercise:
    """Back to an exercise run earlier in the session: its outputs are still there."""

    index: int
    name: str = "show exercise"
    undoable: bool = True
    _before: tuple[int, Activity] | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = (session.exercise_index, session.activity)
        session.exercise_index = self.index
        session.activity = Activity.EXERCISE
        return Change(wall=True, exercise=frozenset({(self.index, 0)}))

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        session.exercise_index, session.activity = self._before
        return Change(wall=True, exercise=frozenset({(session.exercise_index, 0)}))


def _exercise(session: Session, card: Card) -> Command:
    """The exercise an activity brings: the run already in the session, else a new run."""
    runs = [i for i, run in enumerate(session.exercises) if run == card]
    return ShowExercise(runs[-1]) if runs else run_exercise(card)


def activity_step(name: str, move: Callable[[Agenda], Agenda]) -> Composite:
    """The agenda moved on, back or to a chosen activity, and that activity on the wall
    with what it brings along: its exercise, the board's question and columns, the timer.
    The dilemma game keeps its own per-card round timer."""

    def parts(session: Session) -> Iterator[Command]:
        agenda = move(session.agenda)
        item = agenda.running()
        yield SetAgenda(agenda, name, activity=wall_for(item))
        if item is None:
            return
        if item.kind is Kind.EXERCISE and item.card is not None:
            yield _exercise(session, item.card)
        elif item.kind is Kind.BOARD:
            yield _board_prompt(item)
        if item.minutes and item.kind not in (Kind.EXERCISE, Kind.GAME):
            yield timer_minutes(session, item.minutes)

    return Composite(name, parts)


def next_activity_step(now: float) -> Composite:
    """N: end the running activity, start the next and put it on the wall."""
    return activity_step("next activity", lambda agenda: ag.next_activity(agenda, now))


def previous_activity_step(now: float) -> Composite:
    """P: back to the activity before, planned again the one that was running."""
    return activity_step("previous activity", lambda agenda: ag.previous_activity(agenda, now))


def start_activity_step(item_id: int, now: float) -> Composite:
    """Start a chosen activity now (from the agenda's list), ending the running one."""
    return activity_step("start activity", lambda agenda: ag.start_activity(agenda, item_id, now))
