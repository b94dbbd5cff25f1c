"""A session's groups, the exercises run, and the groups' outputs, in the library."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from workshop.core.agenda import agenda_to_data
from workshop.core.commands import Change
from workshop.core.deckformat import card_to_data
from workshop.core.groups import Forming
from workshop.core.session import Session
from workshop.store.rows import put_row, stored_id

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


def forming_json(forming: Forming) -> str:
    return json.dumps(
        {
            "method": forming.method.value,
            "seed": forming.seed,
            "groups": [[g.number, g.name, list(g.members)] for g in forming.groups],
        },
        ensure_ascii=False,
    )


def write_room(db: Database, session: Session, change: Change) -> None:
    """Write the groups and exercise rows `change` names; inside the caller's transaction."""
    if change.agenda:
        db.table("sessions").update(
            stored_id(session),
            {"agenda": json.dumps(agenda_to_data(session.agenda), ensure_ascii=False)},
        )
    if change.groups:
        db.table("sessions").update(
            stored_id(session),
            {"forming": forming_json(session.forming), "group_count": session.group_count},
        )
    for exercise, group in change.exercise:
        if group == 0:  # the run itself: its card snapshot, or its removal on undo
            db.table("sessions").update(
                stored_id(session), {"exercise_index": session.exercise_index}
            )
            run = None
            if exercise < len(session.exercises):
                card = card_to_data(session.exercises[exercise])
                run = {"card": json.dumps(card, ensure_ascii=False)}
            put_row(db, "exercise_runs", {"session_id": session.id, "idx": exercise}, run)
            continue
        output = session.outputs.get((exercise, group))
        key = {"session_id": session.id, "exercise": exercise, "group_no": group}
        values = None if output is None else {"text": output.text, "stage": output.stage}
        put_row(db, "outputs", key, values)


def write_whole_room(db: Database, session: Session) -> None:
    keys = {(i, 0) for i in range(len(session.exercises))} | set(session.outputs)
    write_room(db, session, Change(groups=True, exercise=frozenset(keys), agenda=True))
