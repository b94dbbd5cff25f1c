"""The board's indexed fast paths against the plain definitions they replaced, after random
edits of every kind (undo included): the same edits, the same ids, positions and views."""

from __future__ import annotations

import copy
import pickle
from dataclasses import replace
from typing import Any

import hypothesis.strategies as st
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from workshop.core import board_edits as edits
from workshop.core.audience import AudienceView, BoardItem, ViewMode, board_view
from workshop.core.board import Board, Tip
from workshop.core.details import SessionDetails
from workshop.core.errors import CommandRejected
from workshop.core.session import Session


class PlainDraft(edits._Draft):
    """The draft as it was first written: every question answered by walking every tip."""

    def _all_tips(self) -> list[Tip]:
        ids = set(self.board.tips) | {i for k, i in self.rows if k == "tip"}
        return [t for t in (self.get("tip", i) for i in ids) if t is not None]

    def tidy_clusters(self) -> None:
        live = {t.cluster for t in self._all_tips() if not t.deleted and t.cluster}
        ids = set(self.board.clusters) | {i for k, i in self.rows if k == "cluster"}
        for cluster_id in ids:
            cluster = self.get("cluster", cluster_id)
            if cluster is not None and not cluster.deleted and cluster_id not in live:
                self.put("cluster", replace(cluster, deleted=True))

    def next_position(self, column: int) -> int:
        return max((t.position for t in self._all_tips() if t.column == column), default=0) + 1

    def next_id(self) -> int:
        ids = [*self.board.columns, *self.board.tips, *self.board.clusters]
        return max([*ids, *(i for _k, i in self.rows)], default=0) + 1


def plain_live_tips(board: Board, column: int) -> list[Tip]:
    tips = [t for t in dict.values(board.tips) if t.column == column and not t.deleted]
    if board.columns[column].by_votes:
        return sorted(tips, key=lambda t: (-t.votes, t.position))
    return sorted(tips, key=lambda t: t.position)


def plain_board_view(session: Session) -> AudienceView:
    """board_view as first written: each cluster's members found by walking the column."""
    board = session.board
    columns = []
    for column in board.live_columns():
        items: list[BoardItem] = []
        done: set[int] = set()
        tips = plain_live_tips(board, column.id)
        for tip in tips:
            if tip.hidden:
                continue
            if tip.cluster:
                if tip.cluster in done:
                    continue
                done.add(tip.cluster)
                shown = [t for t in tips if t.cluster == tip.cluster and not t.hidden]
                title = board.clusters[tip.cluster].title
                items.append(BoardItem(title, sum(t.votes for t in shown), cluster_title=True))
                items += [
                    BoardItem(t.text, t.votes, t.highlight, False, True, bool(t.source))
                    for t in shown
                ]
            else:
                items.append(
                    BoardItem(tip.text, tip.votes, tip.highlight, False, False, bool(tip.source))
                )
        columns.append((column.title, tuple(items)))
    return AudienceView(
        mode=ViewMode.BOARD, title=board.question, board=tuple(columns), page=session.board_page
    )


WORDS = st.sampled_from(["a", "b", "tip", "another tip", "Before", "after"])


class FastPaths(RuleBasedStateMachine):
    """Every edit is made twice, by the indexed draft and the plain one: they must agree."""

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(SessionDetails("t"))
        self.history: list[edits.BoardEdit] = []

    @property
    def board(self) -> Board:
        return self.session.board

    def run(self, make: Any) -> None:
        fast: edits.BoardEdit | None
        plain: edits.BoardEdit | None
        try:
            fast = make()
        except CommandRejected:
            fast = None
        edits._Draft, kept = PlainDraft, edits._Draft
        try:
            plain = make()
        except CommandRejected:
            plain = None
        finally:
            edits._Draft = kept
        assert (fast is None) == (plain is None)
        if fast is not None and plain is not None:
            assert fast.rows == plain.rows, "the indexed draft makes the very same edit"
            fast.apply(self.session)
            self.history.append(fast)

    def tips(self, live: bool = True) -> list[int]:
        return sorted(i for i, t in self.board.tips.items() if t.deleted != live)

    def columns(self) -> list[int]:
        return [c.id for c in self.board.live_columns()]

    @rule(title=WORDS)
    def add_column(self, title: str) -> None:
        self.run(lambda: edits.add_column(self.board, title))

    @precondition(lambda self: self.columns())
    @rule(data=st.data(), text=WORDS)
    def add_tip(self, data: st.DataObject, text: str) -> None:
        column = data.draw(st.sampled_from(self.columns()))
        self.run(lambda: edits.add_tip(self.board, column, text))

    @precondition(lambda self: self.tips() and self.columns())
    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        tip = data.draw(st.sampled_from(self.tips()))
        column = data.draw(st.sampled_from(self.columns()))
        self.run(lambda: edits.move_tip(self.board, tip, column))

    @precondition(lambda self: self.tips())
    @rule(data=st.data(), step=st.sampled_from([-1, 1]))
    def reorder(self, data: st.DataObject, step: int) -> None:
        tip = data.draw(st.sampled_from(self.tips()))
        self.run(lambda: edits.reorder_tip(self.board, tip, step))

    @precondition(lambda self: self.tips())
    @rule(data=st.data(), delta=st.integers(-2, 3))
    def vote(self, data: st.DataObject, delta: int) -> None:
        tip = data.draw(st.sampled_from(self.tips()))
        self.run(lambda: edits.vote(self.board, tip, delta))

    @precondition(lambda self: len(self.tips()) >= 2)
    @rule(data=st.data())
    def merge(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.tips()), min_size=2, unique=True))
        self.run(lambda: edits.merge_tips(self.board, chosen, "together"))

    @precondition(lambda self: self.tips())
    @rule(data=st.data())
    def split(self, data: st.DataObject) -> None:
        tip = data.draw(st.sampled_from(self.tips()))
        self.run(lambda: edits.split_tip(self.board, tip))

    @precondition(lambda self: self.tips())
    @rule(data=st.data(), hide=st.booleans())
    def mark(self, data: st.DataObject, hide: bool) -> None:
        tip = data.draw(st.sampled_from(self.tips()))
        self.run(lambda: edits.mark(self.board, tip, hidden=hide, highlight=not hide))

    @precondition(lambda self: self.tips())
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        tip = data.draw(st.sampled_from(self.tips()))
        self.run(lambda: edits.delete_tip(self.board, tip))

    @precondition(lambda self: self.tips(live=False))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        tip = data.draw(st.sampled_from(self.tips(live=False)))
        self.run(lambda: edits.restore_tip(self.board, tip))

    @precondition(lambda self: self.columns())
    @rule(data=st.data(), on=st.booleans())
    def by_votes(self, data: st.DataObject, on: bool) -> None:
        column = data.draw(st.sampled_from(self.columns()))
        self.run(lambda: edits.sort_by_votes(self.board, column, on))

    @precondition(lambda self: self.columns())
    @rule(data=st.data(), keep=st.booleans())
    def remove_column(self, data: st.DataObject, keep: bool) -> None:
        column = data.draw(st.sampled_from(self.columns()))
        others = [c for c in self.columns() if c != column]
        target = others[0] if keep and others else None
        self.run(lambda: edits.remove_column(self.board, column, target))

    @rule(tips=st.lists(st.tuples(WORDS, WORDS, st.integers(0, 3), st.booleans()), max_size=4))
    def bring_in(self, tips: list[tuple[str, str, int, bool]]) -> None:
        self.run(lambda: edits.bring_in(self.board, tips, "earlier"))

    @precondition(lambda self: self.history)
    @rule()
    def undo(self) -> None:
        self.history.pop().revert(self.session)

    @rule()
    def copies_keep_their_indexes(self) -> None:
        # The undo stack's snapshots and archives copy boards: a copy answers the same.
        for other in (copy.deepcopy(self.board), pickle.loads(pickle.dumps(self.board))):
            assert other == self.board
            assert other.next_id() == self.board.next_id()
            assert [other.live_tips(c) for c in self.columns()] == [
                self.board.live_tips(c) for c in self.columns()
            ]
        self.session.board = Board(
            self.board.question,
            dict(self.board.columns),
            dict(self.board.tips),
            dict(self.board.clusters),
        )

    @invariant()
    def indexes_equal_the_plain_definitions(self) -> None:
        board = self.board
        ids = [*board.columns, *board.tips, *board.clusters]
        assert board.next_id() == max(ids, default=0) + 1
        for column in board.columns:
            assert board.live_tips(column) == plain_live_tips(board, column)
            everyone = [t.position for t in dict.values(board.tips) if t.column == column]
            assert board.tip_table.max_position(column) == max(everyone, default=0)
        for cluster in board.clusters:
            members = [t for t in dict.values(board.tips) if t.cluster == cluster and not t.deleted]
            assert sorted(board.members(cluster), key=lambda t: t.id) == sorted(
                members, key=lambda t: t.id
            )
        assert board_view(self.session) == plain_board_view(self.session)


FastPaths.TestCase.settings = settings(max_examples=40, stateful_step_count=40, deadline=None)
test_fast_paths = FastPaths.TestCase
