"""The tips board's rows of a session, written one row at a time as edits name them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop.core.commands import Change
from workshop.core.session import Session
from workshop.store.rows import put_row, stored_id

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


TABLES = {"column": "board_columns", "tip": "board_tips", "cluster": "board_clusters"}


def _row(kind: str, row: Any) -> dict[str, Any]:
    if kind == "column":
        return {"id": row.id, "title": row.title, "position": row.position,
                "removed": int(row.removed), "by_votes": int(row.by_votes)}  # fmt: skip
    if kind == "tip":
        return {"id": row.id, "column_id": row.column, "text": row.text,
                "position": row.position, "group_no": row.group, "author": row.author,
                "votes": row.votes, "highlight": int(row.highlight), "hidden": int(row.hidden),
                "deleted": int(row.deleted), "cluster_id": row.cluster,
                "source": row.source}  # fmt: skip
    return {"id": row.id, "column_id": row.column, "title": row.title,
            "deleted": int(row.deleted)}  # fmt: skip


def board_columns(session: Session) -> dict[str, Any]:
    """The session row's board columns."""
    return {
        "board_question": session.board.question,
        "activity": session.activity.value,
        "board_page": session.board_page,
    }


def write_board(db: Database, session: Session, change: Change) -> None:
    """Write the board rows `change` names; inside the caller's transaction."""
    if change.wall:
        db.table("sessions").update(stored_id(session), board_columns(session))
    board = session.board
    for kind, row_id in change.board:
        tables: dict[str, dict[int, Any]] = {
            "column": board.columns,
            "tip": board.tips,
            "cluster": board.clusters,
        }
        table = tables[kind]
        row = table.get(row_id)
        values = None if row is None else _row(kind, row)
        put_row(db, TABLES[kind], {"session_id": session.id, "id": row_id}, values)


def write_whole_board(db: Database, session: Session) -> None:
    """Every board row of a new (or restored) session."""
    board = session.board
    rows = {("column", i) for i in board.columns} | {("tip", i) for i in board.tips}
    rows |= {("cluster", i) for i in board.clusters}
    write_board(db, session, Change(board=frozenset(rows), wall=True))
