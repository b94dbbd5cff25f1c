"""The tips board's rows of a session, written one row at a time as edits name them."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workshop.core.activity import Activity
from workshop.core.board import Cluster, Column, Tip
from workshop.core.commands import Change
from workshop.core.session import Session
from workshop.store.rows import put_row

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
        db["sessions"].update(session.id, board_columns(session))
    board = session.board
    for kind, row_id in change.board:
        table = {"column": board.columns, "tip": board.tips, "cluster": board.clusters}[kind]
        row = table.get(row_id)
        values = None if row is None else _row(kind, row)
        put_row(db, TABLES[kind], {"session_id": session.id, "id": row_id}, values)


def write_whole_board(db: Database, session: Session) -> None:
    """Every board row of a new (or restored) session."""
    board = session.board
    rows = {("column", i) for i in board.columns} | {("tip", i) for i in board.tips}
    rows |= {("cluster", i) for i in board.clusters}
    write_board(db, session, Change(board=frozenset(rows), wall=True))


def load_board(db: Database, session: Session, row: dict[str, Any]) -> None:
    """Fill a loaded session's board and activity from its rows."""
    board = session.board
    board.question = row.get("board_question") or ""
    activity = row.get("activity")
    session.activity = Activity(activity) if activity in set(Activity) else Activity.CARDS
    session.board_page = row.get("board_page") or 0
    args = [session.id]
    for r in db.query("select * from board_columns where session_id = ?", args):
        board.columns[r["id"]] = Column(
            r["id"], r["title"], r["position"], bool(r["removed"]), bool(r["by_votes"])
        )
    for r in db.query("select * from board_tips where session_id = ?", args):
        board.tips[r["id"]] = Tip(
            r["id"], r["column_id"], r["text"], r["position"], r["group_no"] or 0,
            r["author"] or "", r["votes"] or 0, bool(r["highlight"]), bool(r["hidden"]),
            bool(r["deleted"]), r["cluster_id"] or 0, r["source"] or "",
        )  # fmt: skip
    for r in db.query("select * from board_clusters where session_id = ?", args):
        board.clusters[r["id"]] = Cluster(r["id"], r["column_id"], r["title"], bool(r["deleted"]))
