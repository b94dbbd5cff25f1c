"""Commands for an exercise in front of the groups: running it, and what each group made."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.core.activity import Activity
from workshop.core.cards import Card, CardKind
from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.session import GroupOutput, Session

MAX_OUTPUT = 2000


@dataclass
class RunExercise:
    """Put an exercise card in front of the groups: it joins the session and goes on the wall."""

    card: Card
    name: str = QT_TRANSLATE_NOOP("Commands", "run exercise")
    undoable: bool = True
    _before: tuple[int, Activity] | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        if self.card.kind is not CardKind.EXERCISE:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "“{title}” is not an exercise card."),
                title=self.card.title,
            )
        self._before = (session.exercise_index, session.activity)
        session.exercises.append(self.card)
        session.exercise_index = len(session.exercises) - 1
        session.activity = Activity.EXERCISE
        return Change(wall=True, exercise=frozenset({(session.exercise_index, 0)}))

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        index = len(session.exercises) - 1
        session.exercises.pop()
        dropped = [k for k in session.outputs if k[0] == index]
        for key in dropped:
            session.outputs.pop(key)
        session.exercise_index, session.activity = self._before
        return Change(wall=True, exercise=frozenset({(index, 0), *dropped}))


@dataclass
class RecordOutput:
    """What a group made in an exercise, and the stage it placed itself on (None: no stage)."""

    exercise: int
    group: int
    text: str
    stage: int | None = None
    name: str = QT_TRANSLATE_NOOP("Commands", "record output")
    undoable: bool = True
    _before: GroupOutput | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        if not 0 <= self.exercise < len(session.exercises):
            raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "No exercise is running."))
        stages = session.exercises[self.exercise].stages
        if self.stage is not None and not 0 <= self.stage < len(stages):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "This exercise has no stage {stage}."),
                stage=self.stage + 1,
            )
        if not 1 <= self.group <= max(session.group_count, 1):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "Group {group} is not a group number (1 to {most})."),
                group=self.group,
                most=session.group_count,
            )
        text = self.text.strip()[:MAX_OUTPUT]
        key = (self.exercise, self.group)
        self._before = session.outputs.get(key)
        session.outputs[key] = GroupOutput(self.exercise, self.group, text, self.stage)
        return Change(exercise=frozenset({key}))

    def revert(self, session: Session) -> Change:
        key = (self.exercise, self.group)
        if self._before is None:
            session.outputs.pop(key, None)
        else:
            session.outputs[key] = self._before
        return Change(exercise=frozenset({key}))
