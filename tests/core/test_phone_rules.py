"""Phones' entries as a state machine: open, close, submit, approve, reject, edit, undo and a
change of activity, in any order; the board and the round always match a plain model."""

from __future__ import annotations

from collections import Counter

import hypothesis.strategies as st
import pytest
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from workshop.core.activity import Activity
from workshop.core.commands import Command, MoveTo, ShowActivity
from workshop.core.errors import CommandRejected
from workshop.core.game import SetPlayMode
from workshop.core.phones import (
    Entry,
    InputKind,
    InputWindow,
    check_entry,
    command_for,
    edited,
    entry_from_form,
    still_current,
    window_for,
)
from workshop.core.session import PlayMode, Position, Session, start_session

TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


def _session() -> Session:
    import json

    from workshop import paths
    from workshop.core.deckformat import deck_from_data

    file = paths.starter_decks()[0]
    deck = deck_from_data(json.loads(file.read_text(encoding="utf-8")), file.name)
    session = start_session(deck, "Rules", "2026-11-30")
    session.rounds = session.rounds[:3]
    return session


SESSION = _session()


class PhoneMachine(RuleBasedStateMachine):
    """What the facilitator and the phones do; the model is the list of entries shown."""

    def __init__(self) -> None:
        super().__init__()
        import copy

        self.session = copy.deepcopy(SESSION)
        self.window: InputWindow | None = None
        self.queue: list[Entry] = []
        self.shown: list[Entry] = []  # the model: entries applied, in order
        self.undo: list[Command] = []

    def _show(self, activity: Activity, card: int = 0) -> None:
        ShowActivity(activity).apply(self.session)
        MoveTo(Position(card)).apply(self.session)
        # The activity changed: input for another one closes.
        if self.window is not None and not still_current(self.session, self.window):
            self.window = None

    @rule(board=st.booleans(), card=st.integers(0, 2))
    def change_activity(self, board: bool, card: int) -> None:
        self._show(Activity.BOARD if board else Activity.CARDS, card)

    @rule(card=st.integers(0, 2), plenary=st.booleans())
    def play_mode(self, card: int, plenary: bool) -> None:
        SetPlayMode(card, PlayMode.PLENARY if plenary else PlayMode.GROUPS).apply(self.session)

    @rule(card=st.integers(0, 2))
    def open_plenary_vote(self, card: int) -> None:
        self._show(Activity.CARDS, card)
        SetPlayMode(card, PlayMode.PLENARY).apply(self.session)
        self.window = window_for(self.session)
        assert self.window is not None and self.window.kind is InputKind.VOTES

    @rule()
    def open_input(self) -> None:
        self.window = window_for(self.session)

    @rule()
    def close_input(self) -> None:
        self.window = None

    @rule(text=TEXTS, group=st.integers(0, 120), option=st.sampled_from("ABCDE"))
    def submit(self, text: str, group: int, option: str) -> None:
        form = {"text": text, "group": str(group), "option": option}
        if self.window is None:
            return  # refused at the door (403): nothing to model
        try:
            entry = entry_from_form(self.window, form)
            check_entry(self.session, entry)
        except CommandRejected:
            return
        assert len(entry.text) <= 300 and "\n" not in entry.text
        self.queue.append(entry)

    @precondition(lambda self: self.queue)
    @rule(data=st.data())
    def approve(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.queue) - 1))
        entry = self.queue[index]
        try:
            command = command_for(self.session, entry)
            command.apply(self.session)
        except CommandRejected:
            # An edit left a tip empty: it stays waiting, nothing changed.
            assert entry.kind is InputKind.TIPS and not entry.text
            return
        self.queue.pop(index)
        self.undo.append(command)
        self.shown.append(entry)

    @precondition(lambda self: self.queue)
    @rule(data=st.data())
    def reject(self, data: st.DataObject) -> None:
        self.queue.pop(data.draw(st.integers(0, len(self.queue) - 1)))

    @precondition(lambda self: self.queue)
    @rule(data=st.data(), text=TEXTS)
    def edit(self, data: st.DataObject, text: str) -> None:
        index = data.draw(st.integers(0, len(self.queue) - 1))
        self.queue[index] = edited(self.queue[index], text)

    @precondition(lambda self: self.undo)
    @rule()
    def undo_last(self) -> None:
        self.undo.pop().revert(self.session)
        self.shown.pop()

    @invariant()
    def board_and_rounds_match_the_model(self) -> None:
        tips = Counter((t.text, t.group) for t in self.session.board.tips.values() if not t.deleted)
        assert tips == Counter((e.text, e.group) for e in self.shown if e.kind is InputKind.TIPS)
        expected: dict[tuple[int, int], tuple[str, str]] = {}
        for e in self.shown:
            if e.kind is InputKind.CHOICES:
                expected[(e.round_index, e.group)] = (e.option, " ".join(e.text.split()))
        got = {k: (c.option, c.reason) for k, c in self.session.choices.items()}
        assert got == expected
        votes = Counter((e.round_index, e.option) for e in self.shown if e.kind is InputKind.VOTES)
        assert {k: v for k, v in self.session.hands.items() if v} == dict(votes)
        if self.window is not None:
            assert still_current(self.session, self.window)


PhoneMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
test_phone_rules = PhoneMachine.TestCase


@pytest.mark.slow
def test_phone_rules_at_length() -> None:
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        PhoneMachine, settings=settings(max_examples=1000, stateful_step_count=50, deadline=None)
    )
