"""The command that changes the agenda: planned, reordered, run, evaluated."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.core.activity import Activity
from workshop.core.agenda import Agenda
from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.session import Session


@dataclass
class SetAgenda:
    """The agenda as it is to become (planned, reordered, run, evaluated); undoable."""

    agenda: Agenda
    name: str = QT_TRANSLATE_NOOP("Commands", "agenda")
    undoable: bool = True
    activity: Activity | None = None  # what the wall shows after this change, if it changes
    _before: tuple[Agenda, Activity] | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = (session.agenda, session.activity)
        session.agenda = self.agenda
        if self.activity is not None:
            session.activity = self.activity
        return Change(agenda=True, wall=self.activity is not None)

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        session.agenda, session.activity = self._before
        return Change(agenda=True, wall=True)
