"""The board's rules as a state machine checked against a plain model, undo included."""

from __future__ import annotations

import copy

import hypothesis.strategies as st
import pytest
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from workshop.core import board_edits as edits
from workshop.core.board import Board
from workshop.core.details import SessionDetails
from workshop.core.errors import CommandRejected
from workshop.core.session import Session

TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)


class BoardMachine(RuleBasedStateMachine):
    """Random board actions; after each, the board agrees with a model of plain dicts."""

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(SessionDetails("t"))
        # The model: tip id -> [column, text, votes, deleted]; column id -> removed.
        self.tips: dict[int, list] = {}
        self.columns: dict[int, bool] = {}
        self.history: list[tuple[edits.BoardEdit, Board, dict, dict]] = []

    @property
    def board(self) -> Board:
        return self.session.board

    def run(self, make) -> edits.BoardEdit | None:
        before = (copy.deepcopy(self.board), copy.deepcopy(self.tips), dict(self.columns))
        try:
            edit = make()
        except CommandRejected:
            assert self.board == before[0], "a refused edit changes nothing"
            return None
        edit.apply(self.session)
        self.history.append((edit, *before))
        return edit

    def live_columns(self) -> list[int]:
        return [c for c, removed in self.columns.items() if not removed]

    def live_tips(self) -> list[int]:
        return [t for t, m in self.tips.items() if not m[3]]

    @rule(title=TEXTS)
    def add_column(self, title):
        edit = self.run(lambda: edits.add_column(self.board, title))
        if edit is not None:
            (column_id,) = {i for k, i in edit.rows if k == "column"}
            self.columns[column_id] = False
        else:
            assert not title.split() or len(" ".join(title.split())) > edits.MAX_TITLE

    @precondition(lambda self: self.live_columns())
    @rule(data=st.data(), text=TEXTS)
    def add_tip(self, data, text):
        column = data.draw(st.sampled_from(self.live_columns()))
        edit = self.run(lambda: edits.add_tip(self.board, column, text))
        if edit is not None:
            (tip_id,) = {i for k, i in edit.rows if k == "tip"}
            self.tips[tip_id] = [column, " ".join(text.split()), 0, False]

    @precondition(lambda self: self.live_tips() and self.live_columns())
    @rule(data=st.data())
    def move(self, data):
        tip = data.draw(st.sampled_from(self.live_tips()))
        column = data.draw(st.sampled_from(self.live_columns()))
        if self.run(lambda: edits.move_tip(self.board, tip, column)):
            self.tips[tip][0] = column

    @precondition(lambda self: self.live_tips())
    @rule(data=st.data(), delta=st.sampled_from([1, -1, 1]))
    def vote(self, data, delta):
        tip = data.draw(st.sampled_from(self.live_tips()))
        if self.run(lambda: edits.vote(self.board, tip, delta)):
            self.tips[tip][2] = max(0, self.tips[tip][2] + delta)

    @precondition(lambda self: len(self.live_tips()) >= 2)
    @rule(data=st.data())
    def merge(self, data):
        chosen = data.draw(st.lists(st.sampled_from(self.live_tips()), min_size=2, unique=True))
        if self.run(lambda: edits.merge_tips(self.board, chosen, "together")):
            for tip in chosen:
                self.tips[tip][0] = self.tips[chosen[0]][0]

    @precondition(lambda self: self.live_tips())
    @rule(data=st.data())
    def split(self, data):
        self.run(lambda: edits.split_tip(self.board, data.draw(st.sampled_from(self.live_tips()))))

    @precondition(lambda self: self.live_tips())
    @rule(data=st.data(), hide=st.booleans())
    def hide_or_highlight(self, data, hide):
        tip = data.draw(st.sampled_from(self.live_tips()))
        flags = {"hidden": True} if hide else {"highlight": True}
        self.run(lambda: edits.mark(self.board, tip, **flags))

    @precondition(lambda self: self.live_tips())
    @rule(data=st.data())
    def delete(self, data):
        tip = data.draw(st.sampled_from(self.live_tips()))
        if self.run(lambda: edits.delete_tip(self.board, tip)):
            self.tips[tip][3] = True

    @precondition(lambda self: len(self.live_columns()) >= 2)
    @rule(data=st.data(), keep=st.booleans())
    def remove_column(self, data, keep):
        column = data.draw(st.sampled_from(self.live_columns()))
        others = [c for c in self.live_columns() if c != column]
        target = others[0] if keep else None
        if self.run(lambda: edits.remove_column(self.board, column, target)):
            self.columns[column] = True
            for model in self.tips.values():
                if model[0] == column and not model[3]:
                    if keep:
                        model[0] = target
                    else:
                        model[3] = True

    @precondition(lambda self: self.history)
    @rule()
    def undo(self):
        edit, board, tips, columns = self.history.pop()
        edit.revert(self.session)
        assert self.board == board, "undo puts back exactly what was there"
        self.tips, self.columns = tips, columns

    @invariant()
    def agrees_with_the_model(self):
        for tip_id, (column, text, votes, deleted) in self.tips.items():
            tip = self.board.tips[tip_id]
            assert (tip.column, tip.text, tip.votes, tip.deleted) == (column, text, votes, deleted)
        assert {c: col.removed for c, col in self.board.columns.items()} == self.columns

    @invariant()
    def clusters_hold_together(self):
        for tip in self.board.tips.values():
            assert tip.deleted or not self.board.columns[tip.column].removed
            if tip.cluster and not tip.deleted:
                cluster = self.board.clusters[tip.cluster]
                assert not cluster.deleted and cluster.column == tip.column
        for cluster in self.board.clusters.values():
            assert cluster.deleted or self.board.members(cluster.id), "no empty cluster shows"


BoardMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
test_board_rules = BoardMachine.TestCase


def test_a_removed_column_keeps_its_tips_only_when_asked(three_card_session):
    board = three_card_session.board
    for title in ("Before", "After"):
        edits.add_column(board, title).apply(three_card_session)
    before, after = (c.id for c in board.live_columns())
    edits.add_tip(board, before, "book the room early").apply(three_card_session)
    with pytest.raises(CommandRejected, match="another column"):
        edits.remove_column(board, before, before)
    edits.remove_column(board, before, after).apply(three_card_session)
    assert [t.text for t in board.live_tips(after)] == ["book the room early"]


def test_tips_are_plain_text_and_one_line(three_card_session):
    board = three_card_session.board
    edits.add_column(board, "Tips").apply(three_card_session)
    column = board.live_columns()[0].id
    edits.add_tip(board, column, "  <b>bold</b>\n & more ").apply(three_card_session)
    assert board.live_tips(column)[0].text == "<b>bold</b> & more"


def test_a_prompt_adds_only_the_columns_the_board_lacks(three_card_session):
    board = three_card_session.board
    edits.add_column(board, "before").apply(three_card_session)
    assert edits.missing_columns(board, ("Before", "During", "During", "After")) == [
        "During",
        "After",
    ]
