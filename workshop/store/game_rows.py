"""The game's rows of a session: play modes, hands counted, results on the wall, the timer."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from workshop.core.commands import Change
from workshop.core.session import Session
from workshop.core.timer import RoundTimer
from workshop.store.rows import put_row, stored_id

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


def timer_json(timer: RoundTimer) -> str:
    return json.dumps(asdict(timer))


def game_columns(session: Session) -> dict[str, Any]:
    """The session row's game columns."""
    return {
        "results_shown": int(session.results_shown),
        "result_style": session.result_style.value,
        "timer": timer_json(session.timer),
        "card_choice": session.card_choice,
    }


def write_game(db: Database, session: Session, change: Change) -> None:
    """Write what `change` names of the game; inside the caller's transaction."""
    if change.results or change.timer:
        db.table("sessions").update(stored_id(session), game_columns(session))
    for round_index in change.modes:
        mode = session.modes.get(round_index)
        put_row(
            db,
            "round_modes",
            {"session_id": session.id, "round_index": round_index},
            None if mode is None else {"mode": mode.value},
        )
    for round_index, option in change.hands:
        count = session.hands.get((round_index, option))
        key = {"session_id": session.id, "round_index": round_index, "option": option}
        put_row(db, "hands", key, None if count is None else {"count": count})


def write_all_game(db: Database, session: Session) -> None:
    """Every game row of a new session."""
    write_game(
        db,
        session,
        Change(results=True, modes=frozenset(session.modes), hands=frozenset(session.hands)),
    )
