"""The command that changes the room's small groups: formed, a person moved, renamed."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.groups import Forming
from workshop.core.session import Session


@dataclass
class SetGroups:
    """The session's groups as they are to become (formed, moved, renamed); undoable."""

    forming: Forming
    name: str = QT_TRANSLATE_NOOP("Commands", "groups")
    undoable: bool = True
    _before: tuple[Forming, int] | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        self._before = (session.forming, session.group_count)
        session.forming = self.forming
        if self.forming.groups:
            session.group_count = len(self.forming.groups)
        return Change(groups=True)

    def revert(self, session: Session) -> Change:
        assert self._before is not None, "revert before apply"
        session.forming, session.group_count = self._before
        return Change(groups=True)
