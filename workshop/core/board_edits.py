"""Every change to the tips board as one undoable edit: the rows before and after."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from workshop.core.board import Board, Cluster, Column, Tip
from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.session import Session

MAX_TIP = 500
MAX_TITLE = 120
MAX_VOTES = 999
Row = Column | Tip | Cluster
KINDS = {"column": "columns", "tip": "tips", "cluster": "clusters"}


def _table(board: Board, kind: str) -> dict[int, Any]:
    return getattr(board, KINDS[kind])


@dataclass
class BoardEdit:
    """Rows of the board replaced (None: no row); apply puts `after`, revert puts `before`."""

    name: str
    rows: dict[tuple[str, int], tuple[Row | None, Row | None]]
    undoable: bool = True
    _applied: bool = field(default=False, repr=False)

    def apply(self, session: Session) -> Change:
        return self._put(session.board, after=True)

    def revert(self, session: Session) -> Change:
        return self._put(session.board, after=False)

    def _put(self, board: Board, after: bool) -> Change:
        for (kind, row_id), (before, new) in self.rows.items():
            row = new if after else before
            if row is None:
                _table(board, kind).pop(row_id, None)
            else:
                _table(board, kind)[row_id] = row
        return Change(board=frozenset(self.rows))


class _Draft:
    """Rows changed so far, read through so later steps see earlier ones.

    Every question it answers (next id, next position, clusters left empty) looks only at
    the rows drafted and the board's indexes, so an edit costs its own rows, not the board's.
    """

    def __init__(self, board: Board) -> None:
        self.board = board
        self.tips = board.tip_table
        self.rows: dict[tuple[str, int], tuple[Row | None, Row | None]] = {}
        self._max_id = 0
        self._left: set[int] = set()  # columns a drafted tip was in before: walked, not cached
        self._max_in: dict[int, int] = {}  # column -> largest position of drafted tips in it
        self._twice = False  # a row drafted twice: the running figures no longer hold

    def get(self, kind: str, row_id: int) -> Any:
        key = (kind, row_id)
        return self.rows[key][1] if key in self.rows else _table(self.board, kind).get(row_id)

    def put(self, kind: str, row: Row) -> None:
        key = (kind, row.id)
        self._twice |= key in self.rows
        before = self.rows[key][0] if key in self.rows else _table(self.board, kind).get(row.id)
        self.rows[key] = (before, row)
        self._max_id = max(self._max_id, row.id)
        if isinstance(row, Tip):
            if isinstance(before, Tip):
                self._left.add(before.column)
            self._max_in[row.column] = max(self._max_in.get(row.column, 0), row.position)

    def _drafted_tips(self) -> list[Tip]:
        return [after for (kind, _i), (_b, after) in self.rows.items() if isinstance(after, Tip)]

    def tidy_clusters(self) -> None:
        """A cluster left without live tips is deleted; it comes back with an undo.

        Only a cluster this edit touched can be left empty (every edit tidies), so only
        those are looked at: the clusters drafted and those a drafted tip was in.
        """
        touched = {i for kind, i in self.rows if kind == "cluster"}
        for (kind, _i), (before, _after) in self.rows.items():
            if kind == "tip" and isinstance(before, Tip) and before.cluster:
                touched.add(before.cluster)
        drafted = self._drafted_tips()
        for cluster_id in sorted(touched):
            cluster = self.get("cluster", cluster_id)
            if cluster is None or cluster.deleted:
                continue
            live = any(
                not t.deleted and ("tip", t.id) not in self.rows
                for t in self.tips.in_cluster(cluster_id)
            ) or any(t.cluster == cluster_id and not t.deleted for t in drafted)
            if not live:
                self.put("cluster", replace(cluster, deleted=True))

    def next_position(self, column: int) -> int:
        if self._twice:
            return self._walked_position(column)
        if column in self._left:
            # A drafted tip left this column; the board's figure may count it: walk.
            base = max(
                (t.position for t in self.tips.in_column(column) if ("tip", t.id) not in self.rows),
                default=0,
            )
        else:
            base = self.tips.max_position(column)
        return max(base, self._max_in.get(column, 0)) + 1

    def _walked_position(self, column: int) -> int:
        """The plain definition: the largest position of any tip now in the column, plus one."""
        drafted = self._drafted_tips()
        ids = {t.id for t in drafted}
        positions = [t.position for t in self.tips.in_column(column) if t.id not in ids]
        positions += [t.position for t in drafted if t.column == column]
        return max(positions, default=0) + 1

    def next_id(self) -> int:
        return max(self.board.next_id() - 1, self._max_id) + 1

    def edit(self, name: str) -> BoardEdit:
        self.tidy_clusters()
        return BoardEdit(name, dict(self.rows))


def _text(value: str, most: int, what: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "{what} cannot be empty."), what=what)
    if len(value) > most:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "{what} has at most {most} characters."),
            what=what,
            most=most,
        )
    return value


def _tip(board: Board, tip_id: int) -> Tip:
    tip = board.tips.get(tip_id)
    if tip is None or tip.deleted:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "That tip is not on the board."))
    return tip


def _column(board: Board, column_id: int) -> Column:
    column = board.columns.get(column_id)
    if column is None or column.removed:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "That column is not on the board."))
    return column


def add_column(board: Board, title: str) -> BoardEdit:
    draft = _Draft(board)
    title = _text(title, MAX_TITLE, QT_TRANSLATE_NOOP("Messages", "A column's title"))
    position = max((c.position for c in board.columns.values()), default=0) + 1
    draft.put("column", Column(draft.next_id(), title, position))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "add column"))


def rename_column(board: Board, column_id: int, title: str) -> BoardEdit:
    column = _column(board, column_id)
    draft = _Draft(board)
    title = _text(title, MAX_TITLE, QT_TRANSLATE_NOOP("Messages", "A column's title"))
    draft.put("column", replace(column, title=title))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "rename column"))


def sort_by_votes(board: Board, column_id: int, on: bool) -> BoardEdit:
    draft = _Draft(board)
    draft.put("column", replace(_column(board, column_id), by_votes=on))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "sort by votes"))


def remove_column(board: Board, column_id: int, move_to: int | None) -> BoardEdit:
    """Remove a column; its tips go to `move_to`, or are deleted (restorable) when None."""
    column = _column(board, column_id)
    if move_to == column_id:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "Move the tips to another column than this one.")
        )
    if move_to is not None:
        _column(board, move_to)
    draft = _Draft(board)
    draft.put("column", replace(column, removed=True))
    for tip in board.live_tips(column_id):
        if move_to is None:
            draft.put("tip", replace(tip, deleted=True))
        else:
            draft.put("tip", replace(tip, column=move_to, position=draft.next_position(move_to)))
    for cluster in board.clusters.values():
        if cluster.column == column_id and move_to is not None:
            draft.put("cluster", replace(cluster, column=move_to))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "remove column"))


def missing_columns(board: Board, titles: tuple[str, ...]) -> list[str]:
    """Of a prompt card's columns, those the board does not have yet (by title, any case)."""
    have = {c.title.casefold() for c in board.live_columns()}
    return [t for t in dict.fromkeys(titles) if t.casefold() not in have]


def add_tip(
    board: Board, column_id: int, text: str, group: int = 0, author: str = "", source: str = ""
) -> BoardEdit:
    _column(board, column_id)
    draft = _Draft(board)
    text = _text(text, MAX_TIP, QT_TRANSLATE_NOOP("Messages", "A tip"))
    tip = Tip(
        draft.next_id(),
        column_id,
        text,
        draft.next_position(column_id),
        group=max(0, group),
        author=" ".join(author.split())[:MAX_TITLE],
        source=source,
    )
    draft.put("tip", tip)
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "add tip"))


def edit_tip(board: Board, tip_id: int, text: str) -> BoardEdit:
    draft = _Draft(board)
    text = _text(text, MAX_TIP, QT_TRANSLATE_NOOP("Messages", "A tip"))
    draft.put("tip", replace(_tip(board, tip_id), text=text))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "edit tip"))


def move_tip(board: Board, tip_id: int, column_id: int) -> BoardEdit:
    """To the end of another column, leaving its cluster."""
    tip = _tip(board, tip_id)
    _column(board, column_id)
    draft = _Draft(board)
    if tip.column != column_id:
        moved = replace(tip, column=column_id, position=draft.next_position(column_id), cluster=0)
        draft.put("tip", moved)
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "move tip"))


def reorder_tip(board: Board, tip_id: int, step: int) -> BoardEdit:
    """One place up (step -1) or down (+1) in its column's typed order."""
    tip = _tip(board, tip_id)
    tips = sorted(
        (t for t in board.tip_table.in_column(tip.column) if not t.deleted),
        key=lambda t: t.position,
    )
    index = tips.index(tip) + step
    draft = _Draft(board)
    if 0 <= index < len(tips):
        other = tips[index]
        draft.put("tip", replace(tip, position=other.position))
        draft.put("tip", replace(other, position=tip.position))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "reorder tip"))


def merge_tips(board: Board, tip_ids: list[int], title: str) -> BoardEdit:
    """Put tips together under a title, in the first tip's column."""
    tips = [_tip(board, i) for i in dict.fromkeys(tip_ids)]
    if len(tips) < 2:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "Choose two tips or more to merge."))
    draft = _Draft(board)
    title = _text(title, MAX_TITLE, QT_TRANSLATE_NOOP("Messages", "A cluster's title"))
    column = tips[0].column
    cluster = Cluster(draft.next_id(), column, title)
    draft.put("cluster", cluster)
    for tip in tips:
        position = tip.position if tip.column == column else draft.next_position(column)
        draft.put("tip", replace(tip, column=column, cluster=cluster.id, position=position))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "merge tips"))


def split_tip(board: Board, tip_id: int) -> BoardEdit:
    draft = _Draft(board)
    draft.put("tip", replace(_tip(board, tip_id), cluster=0))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "split tip"))


def rename_cluster(board: Board, cluster_id: int, title: str) -> BoardEdit:
    cluster = board.clusters.get(cluster_id)
    if cluster is None or cluster.deleted:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "That cluster is not on the board."))
    draft = _Draft(board)
    title = _text(title, MAX_TITLE, QT_TRANSLATE_NOOP("Messages", "A cluster's title"))
    draft.put("cluster", replace(cluster, title=title))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "rename cluster"))


def vote(board: Board, tip_id: int, delta: int) -> BoardEdit:
    tip = _tip(board, tip_id)
    draft = _Draft(board)
    draft.put("tip", replace(tip, votes=min(MAX_VOTES, max(0, tip.votes + delta))))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "vote"))


def mark(board: Board, tip_id: int, *, highlight: bool | None = None, hidden: bool | None = None):
    """Mark a tip for the summary (highlight) or keep it off the wall (hidden)."""
    tip = _tip(board, tip_id)
    draft = _Draft(board)
    draft.put(
        "tip",
        replace(
            tip,
            highlight=tip.highlight if highlight is None else highlight,
            hidden=tip.hidden if hidden is None else hidden,
        ),
    )
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "mark tip"))


def delete_tip(board: Board, tip_id: int) -> BoardEdit:
    draft = _Draft(board)
    draft.put("tip", replace(_tip(board, tip_id), deleted=True))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "delete tip"))


def restore_tip(board: Board, tip_id: int) -> BoardEdit:
    """A deleted tip back where it was, or at the end of the first column if that went."""
    tip = board.tips.get(tip_id)
    if tip is None or not tip.deleted:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "That tip was not deleted."))
    columns = board.live_columns()
    if not columns:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "Add a column to put the tip in."))
    draft = _Draft(board)
    column = tip.column if not board.columns[tip.column].removed else columns[0].id
    cluster = tip.cluster if tip.cluster and not board.clusters[tip.cluster].deleted else 0
    position = tip.position if column == tip.column else draft.next_position(column)
    draft.put("tip", replace(tip, deleted=False, column=column, cluster=cluster, position=position))
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "restore tip"))


def bring_in(board: Board, tips: list[tuple[str, str, int, bool]], source: str) -> BoardEdit:
    """Tips of an earlier session, (column title, text, votes, highlight), marked with where
    they came from; a column of that title is used, or made."""
    draft = _Draft(board)
    by_title = {c.title.casefold(): c.id for c in board.live_columns()}
    position = max((c.position for c in board.columns.values()), default=0)
    for column_title, text, votes, highlight in tips:
        key = column_title.casefold()
        if key not in by_title:
            position += 1
            column = Column(draft.next_id(), column_title, position)
            draft.put("column", column)
            by_title[key] = column.id
        column_id = by_title[key]
        tip = Tip(draft.next_id(), column_id, text, draft.next_position(column_id),
                  votes=votes, highlight=highlight, source=source)  # fmt: skip
        draft.put("tip", tip)
    return draft.edit(QT_TRANSLATE_NOOP("Commands", "bring in tips"))


@dataclass
class SetQuestion:
    """The question the board answers, shown above its columns."""

    question: str
    undoable: bool = True
    name: str = QT_TRANSLATE_NOOP("Commands", "board question")
    _before: str = field(default="", repr=False)

    def apply(self, session: Session) -> Change:
        question = " ".join(self.question.split())
        if len(question) > MAX_TIP:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "{what} has at most {most} characters."),
                what=QT_TRANSLATE_NOOP("Messages", "The board's question"),
                most=MAX_TIP,
            )
        self._before = session.board.question
        session.board.question = question
        return Change(wall=True)

    def revert(self, session: Session) -> Change:
        session.board.question = self._before
        return Change(wall=True)
