"""A stored session's rows as the session's plain data, for the one parser in core.

The library and a session archive hold the same data: core's `session_from_data` turns it
into a Session, checking every rule, for a restore and for a session opened alike. Here the
rows only change shape; values an older or damaged library may hold (an unknown mode, a
timer that is not JSON) fall back to their defaults, as they always have.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from workshop.core.activity import Activity
from workshop.core.groups import Method
from workshop.core.session import Blank, PlayMode, ResultStyle, RevealStep
from workshop.store.database import rows_of

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


def _json(raw: str | None) -> Any:
    """A JSON column, or {} when it is empty or damaged."""
    try:
        return json.loads(raw) if raw else {}
    except ValueError:
        return {}


def _timer(raw: str | None) -> dict[str, Any]:
    data = _json(raw)
    if not isinstance(data, dict):
        return {}
    # A damaged timer is not worth losing a session over; it starts afresh.
    ok = all(isinstance(data.get(k, 0), int | float) for k in ("duration", "used_before"))
    started = data.get("started_at")
    return data if ok and (started is None or isinstance(started, int | float)) else {}


def _groups(raw: str | None) -> dict[str, Any]:
    data = _json(raw)
    if not isinstance(data, dict):
        return {}
    method = data.get("method", "random")
    return {**data, "method": method if method in set(Method) else Method.RANDOM.value}


def _head(row: dict[str, Any], exercises: int) -> dict[str, Any]:
    step = row["step"] if row["step"] in {int(s) for s in RevealStep} else 0
    style = row.get("result_style")
    activity = row.get("activity")
    index = row.get("exercise_index")
    return {
        "title": row["title"],
        "date": row["date"] or "",
        "follow_up_url": row["follow_up_url"] or "",
        "venue": row["venue"] or "",
        "organisation": row["organisation"] or "",
        "facilitators": row["facilitators"] or "",
        "introduction": row["introduction"] or "",
        "participant_count": row["participant_count"] or 0,
        "language": row.get("language") or "",
        "notes": row.get("notes") or "",
        "deck_title": row["deck_title"] or "",
        "group_count": row["group_count"] or 3,
        "round_index": row["round_index"] or 0,
        "step": step,
        "blank": row["blank"] if row["blank"] in set(Blank) else None,
        "card_choice": row.get("card_choice") or "",
        "results_shown": bool(row.get("results_shown")),
        "result_style": style if style in set(ResultStyle) else ResultStyle.CHART.value,
        "timer": _timer(row.get("timer")),
        "activity": activity if activity in set(Activity) else Activity.CARDS.value,
        "board_page": row.get("board_page") or 0,
        "exercise_index": index if index is not None and index < exercises else -1,
    }


def _board(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    args = [row["id"]]
    columns = [
        {"id": r["id"], "title": r["title"], "position": r["position"],
         "removed": bool(r["removed"]), "by_votes": bool(r["by_votes"])}
        for r in rows_of(db.conn, "select * from board_columns where session_id = ?", args)
    ]  # fmt: skip
    tips = [
        {"id": r["id"], "column": r["column_id"], "text": r["text"], "position": r["position"],
         "group": r["group_no"] or 0, "author": r["author"] or "", "votes": r["votes"] or 0,
         "highlight": bool(r["highlight"]), "hidden": bool(r["hidden"]),
         "deleted": bool(r["deleted"]), "cluster": r["cluster_id"] or 0,
         "source": r["source"] or ""}
        for r in rows_of(db.conn, "select * from board_tips where session_id = ?", args)
    ]  # fmt: skip
    clusters = [
        {"id": r["id"], "column": r["column_id"], "title": r["title"],
         "deleted": bool(r["deleted"])}
        for r in rows_of(db.conn, "select * from board_clusters where session_id = ?", args)
    ]  # fmt: skip
    question = row.get("board_question") or ""
    return {"question": question, "columns": columns, "tips": tips, "clusters": clusters}


def session_data(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """Everything stored of the session in `row`, in the shape of a session archive."""
    args = [row["id"]]

    def query(sql: str) -> list[dict[str, Any]]:
        return list(rows_of(db.conn, sql, args))

    exercises = [
        json.loads(r["card"])
        for r in query("select card from exercise_runs where session_id = ? order by idx")
    ]
    agenda = _json(row.get("agenda"))
    return {
        "session": _head(row, len(exercises)),
        "participants": [
            [r["name"], r["organisation"] or ""]
            for r in query(
                "select name, organisation from participants where session_id = ? order by position"
            )
        ],
        "rounds": [
            json.loads(r["card"])
            for r in query("select card from rounds where session_id = ? order by round_index")
        ],
        "choices": [
            [r["round_index"], r["group_no"], r["option"], r["reason"] or ""]
            for r in query("select * from group_choices where session_id = ?")
        ],
        "highlights": [
            [r["round_index"], r["introduction"] or "", r["url"] or ""]
            for r in query("select * from highlights where session_id = ?")
        ],
        "modes": [
            [r["round_index"], r["mode"]]
            for r in query("select * from round_modes where session_id = ?")
            if r["mode"] in set(PlayMode)
        ],
        "hands": [
            [r["round_index"], r["option"], r["count"]]
            for r in query("select * from hands where session_id = ?")
        ],
        "board": _board(db, row),
        "groups": _groups(row.get("forming")),
        "exercises": exercises,
        "outputs": [
            [r["exercise"], r["group_no"], r["text"] or "", r["stage"]]
            for r in query("select * from outputs where session_id = ?")
        ],
        "agenda": agenda if isinstance(agenda, dict) else {},
    }
