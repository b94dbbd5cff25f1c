"""Marking a round as a highlight for people who were not there, and unmarking it."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.core.cards import checked_link
from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.session import Highlight, Session

MAX_HIGHLIGHT_INTRODUCTION = 1000


@dataclass
class SetHighlight:
    """Mark a round as a highlight (or change its introduction and link); None unmarks it."""

    round_index: int
    highlight: Highlight | None
    undoable: bool = True
    name: str = QT_TRANSLATE_NOOP("Commands", "highlight")
    _before: Highlight | None = field(default=None, repr=False)

    def apply(self, session: Session) -> Change:
        if not 0 <= self.round_index < len(session.rounds):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "There is no card {number} in this session."),
                number=self.round_index + 1,
            )
        new = self.highlight
        if new is not None:
            introduction = new.introduction.strip()
            if len(introduction) > MAX_HIGHLIGHT_INTRODUCTION:
                raise CommandRejected(
                    QT_TRANSLATE_NOOP(
                        "Messages", "A highlight's introduction has at most {most} characters."
                    ),
                    most=MAX_HIGHLIGHT_INTRODUCTION,
                )
            url = checked_link(new.url, QT_TRANSLATE_NOOP("Messages", "The highlight's link"))
            new = Highlight(self.round_index, introduction, url)
        self._before = session.highlights.get(self.round_index)
        self._put(session, new)
        return Change(highlights=frozenset({self.round_index}))

    def revert(self, session: Session) -> Change:
        self._put(session, self._before)
        return Change(highlights=frozenset({self.round_index}))

    def _put(self, session: Session, highlight: Highlight | None) -> None:
        if highlight is None:
            session.highlights.pop(self.round_index, None)
        else:
            session.highlights[self.round_index] = highlight
