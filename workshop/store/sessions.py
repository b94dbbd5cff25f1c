"""Sessions in the library: created from a deck, changed one row at a time."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from workshop.core.errors import QT_TRANSLATE_NOOP, NotFound, WorkshopError
from workshop.store.database import rows_of
from workshop.store.lookup import id_by_title_or_id
from workshop.store.rows import inserted_id, put_row
from workshop.store.transactions import write_transaction

# Annotations only: sqlite-utils loads on first use (store/database.py). A session's model
# (core) and its rows' readers and writers load when a session is first created, saved or
# opened, inside those methods: the home window lists sessions without them (start-up).
if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlite_utils import Database

    from workshop.core.commands import Change
    from workshop.core.session import GroupChoice, Session

    RowWriter = Callable[[Database, Session, Change], None]


# A NamedTuple, not a frozen dataclass: made at every start, in a fifth of the time.
class SessionSummary(NamedTuple):
    """One line of the session list."""

    id: int
    title: str
    date: str
    deck_title: str
    rounds: int
    choices: int
    status: str = "planned"  # "planned", "running" or "done"


_second: list[tuple[int, str]] = [(-1, "")]


def _now() -> str:
    """This second, UTC, in ISO 8601; made once a second (every committed choice asks)."""
    second = int(time.time())
    if _second[0][0] != second:
        _second[0] = (second, datetime.fromtimestamp(second, UTC).isoformat())
    return _second[0][1]


@cache
def _row_writers() -> tuple[RowWriter, RowWriter, RowWriter]:
    """The game's, board's and room's row writers, loaded with the first save (not at start)."""
    from workshop.store.board_rows import write_board
    from workshop.store.game_rows import write_game
    from workshop.store.room_rows import write_room

    return write_game, write_board, write_room


def _details_row(session: Session) -> dict[str, object]:
    from workshop.core.details import detail_fields

    return dict(detail_fields(session.details))


def _status(row: dict[str, Any], on_screen: bool = False) -> str:
    """Done when its agenda has run to the end, every activity ended; running once anything
    happened, or while it is on screen (or was, when the app was killed); else planned."""
    try:
        agenda = json.loads(row.get("agenda") or "{}")
    except ValueError:
        agenda = {}
    items = agenda.get("items", [])
    ended = all(i.get("ended_at") is not None for i in items)
    if items and ended and int(agenda.get("current", -1)) >= len(items) and not on_screen:
        return "done"
    if on_screen:
        return "running"
    started = any(i.get("started_at") for i in items)
    if started or row["n_choices"] or row.get("round_index") or row.get("step"):
        return "running"
    return "planned"


class SessionRepository:
    """Reads sessions whole and writes only the rows a change names."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, session: Session) -> int:
        """Store a new session with its rounds; sets and returns its id."""
        from workshop.core.deckformat import card_to_data
        from workshop.store.board_rows import write_whole_board
        from workshop.store.game_rows import write_all_game
        from workshop.store.room_rows import write_whole_room

        with write_transaction(self.db):
            session.id = inserted_id(
                self.db.table("sessions").insert(
                    {
                        **_details_row(session),
                        "deck_title": session.deck_title,
                        "group_count": session.group_count,
                        "round_index": session.position.round_index,
                        "step": int(session.position.step),
                        "blank": session.blank.value if session.blank else None,
                        "created_at": _now(),
                    }
                )
            )
            self.db.table("rounds").insert_all(
                {
                    "session_id": session.id,
                    "round_index": i,
                    "card_uid": card.uid,
                    "card": json.dumps(card_to_data(card), ensure_ascii=False),
                }
                for i, card in enumerate(session.rounds)
            )
            for choice in session.choices.values():
                self._write_choice(session.id, choice.round_index, choice.group, choice)
            self._write_participants(session)
            for round_index in session.highlights:
                self._write_highlight(session, round_index)
            write_all_game(self.db, session)
            write_whole_board(self.db, session)
            write_whole_room(self.db, session)
        return session.id

    def save(self, session: Session, change: Change) -> None:
        """Write what a command changed, in one transaction."""
        write_game, write_board, write_room = _row_writers()
        assert session.id is not None, "save a session after create()"
        with write_transaction(self.db):
            if change.details:
                self.db.table("sessions").update(session.id, _details_row(session))
                self._write_participants(session)
            for round_index in change.highlights:
                self._write_highlight(session, round_index)
            write_game(self.db, session, change)
            write_board(self.db, session, change)
            write_room(self.db, session, change)
            if change.position or change.blank:
                self.db.table("sessions").update(
                    session.id,
                    {
                        "round_index": session.position.round_index,
                        "step": int(session.position.step),
                        "blank": session.blank.value if session.blank else None,
                    },
                )
            for round_index, group in change.choices:
                self._write_choice(
                    session.id, round_index, group, session.choices.get((round_index, group))
                )

    def _write_participants(self, session: Session) -> None:
        self.db.execute("delete from participants where session_id = ?", [session.id])
        self.db.table("participants").insert_all(
            {
                "session_id": session.id,
                "position": i,
                "name": p.name,
                "organisation": p.organisation,
            }
            for i, p in enumerate(session.details.participants)
        )

    def _write_highlight(self, session: Session, round_index: int) -> None:
        highlight = session.highlights.get(round_index)
        values = (
            None
            if highlight is None
            else {"introduction": highlight.introduction, "url": highlight.url}
        )
        put_row(
            self.db, "highlights", {"session_id": session.id, "round_index": round_index}, values
        )

    def _write_choice(
        self, session_id: int, round_index: int, group: int, choice: GroupChoice | None
    ) -> None:
        key = {"session_id": session_id, "round_index": round_index, "group_no": group}
        values = None
        if choice is not None:
            values = {"option": choice.option, "reason": choice.reason, "recorded_at": _now()}
        put_row(self.db, "group_choices", key, values)

    def load(self, session_id: int) -> Session:
        """The whole session as it was last committed."""
        from workshop.core.archive import ArchiveError, session_from_data
        from workshop.core.quoting import short
        from workshop.store.session_rows import session_data

        # Read on the connection: opening a session writes nothing, so loads no sqlite-utils.
        rows = list(rows_of(self.db.conn, "select * from sessions where id = ?", [session_id]))
        if not rows:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "There is no session with id {id}."), id=session_id
            )
        row = rows[0]
        try:
            session = session_from_data(session_data(self.db, row))
        except WorkshopError as exc:
            problems = exc.problems if isinstance(exc, ArchiveError) else [str(exc)]
            raise WorkshopError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The session “{title}” in the library breaks a rule of the app ({problem}); "
                    "restore a backup (workshop backup list) or an archive of it.",
                ),
                title=short(row["title"]),
                problem=problems[0] if problems else "",
            ) from exc
        session.id = row["id"]
        return session

    def title_of(self, session_id: int) -> str:
        """A session's title alone, read without opening the whole session."""
        for row in rows_of(self.db.conn, "select title from sessions where id = ?", [session_id]):
            return str(row["title"])
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no session with id {id}."), id=session_id
        )

    def summaries(self) -> list[SessionSummary]:
        """Every session, newest first."""
        # Read on the connection: the home window lists them before sqlite-utils is loaded.
        rows = rows_of(
            self.db.conn,
            "select s.id, s.title, s.date, s.deck_title, "
            "(select count(*) from rounds r where r.session_id = s.id) as n_rounds, "
            "(select count(*) from group_choices g where g.session_id = s.id) as n_choices, "
            "s.agenda, s.round_index, s.step "
            "from sessions s order by s.date desc, s.id desc",
        )
        # The session on screen, or left there by a crash or a kill, is running whatever
        # its agenda says.
        marker = self.db.conn.execute(
            "select value from app_state where key = 'running_session'"
        ).fetchone()
        on_screen = int(marker[0]) if marker and str(marker[0]).isdecimal() else None
        return [
            SessionSummary(
                r["id"],
                r["title"],
                r["date"] or "",
                r["deck_title"] or "",
                r["n_rounds"],
                r["n_choices"],
                _status(r, r["id"] == on_screen),
            )
            for r in rows
        ]

    def find_id(self, name: str) -> int:
        """The id of a session named by its id or its exact title."""
        return id_by_title_or_id(
            self.db,
            "sessions",
            name,
            QT_TRANSLATE_NOOP(
                "Messages", "There is no session “{name}”; 'workshop session list' shows them."
            ),
            QT_TRANSLATE_NOOP(
                "Messages", "Several sessions are called “{name}”; name one by its id."
            ),
        )
