"""Between sessions: delete one, duplicate one as a template, and remember the running one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.core.errors import QT_TRANSLATE_NOOP, NotFound
from workshop.store.transactions import write_transaction

# Annotations only: sqlite-utils loads on first use (store/database.py); a session's model
# when a template is made (the app asks running_session at every start, and no more).
if TYPE_CHECKING:
    from sqlite_utils import Database

    from workshop.core.session import Session
    from workshop.store.sessions import SessionRepository


# Every table whose rows belong to one session.
SESSION_TABLES = (
    "rounds", "group_choices", "participants", "highlights", "round_modes", "hands",
    "board_columns", "board_tips", "board_clusters", "exercise_runs", "outputs",
)  # fmt: skip
RUNNING = "running_session"


def delete_session(db: Database, session_id: int) -> None:
    """Remove a session and everything recorded in it, in one transaction."""
    with write_transaction(db):
        if not db.execute("select 1 from sessions where id = ?", [session_id]).fetchone():
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "There is no session with id {id}."), id=session_id
            )
        for table in SESSION_TABLES:
            db.execute(f"delete from {table} where session_id = ?", [session_id])
        db.execute("delete from sessions where id = ?", [session_id])
        if running_session(db) == session_id:
            set_running(db, None)


TEMPLATE_SUFFIX = " (template)"


def template_title(title: str, suffix: str = TEMPLATE_SUFFIX) -> str:
    """`title (template)`, once: a template of a template keeps one suffix."""
    from workshop.core.details import MAX_TITLE_LENGTH

    base = title.removesuffix(suffix)
    return base[: MAX_TITLE_LENGTH - len(suffix)] + suffix


def template_of(session: Session, suffix: str = TEMPLATE_SUFFIX) -> Session:
    """The same workshop for another day: agenda, cards, settings and last time's notes kept;
    outcomes, participants and times cleared."""
    from dataclasses import replace

    from workshop.core.agenda import as_template
    from workshop.core.board import Board
    from workshop.core.groups import Forming
    from workshop.core.session import Position, Session
    from workshop.core.timer import RoundTimer

    board = Board(
        question=session.board.question,
        columns={c.id: replace(c, removed=False) for c in session.board.live_columns()},
    )
    return Session(
        # Who took part is this day's; the rest of the details carry over. The date is the
        # next day's to set, and the title says what it is, so the home list never shows
        # two identical entries.
        replace(
            session.details,
            title=template_title(session.details.title, suffix),
            date="",
            participant_count=0,
            participants=(),
        ),
        rounds=list(session.rounds),
        deck_title=session.deck_title,
        group_count=session.group_count,
        position=Position(),
        result_style=session.result_style,
        timer=RoundTimer(session.timer.duration),
        card_choice=session.card_choice,
        board=board,
        forming=Forming(),
        agenda=as_template(session.agenda),
    )


def duplicate_as_template(
    sessions: SessionRepository, session_id: int, suffix: str = TEMPLATE_SUFFIX
) -> int:
    """A new session from an earlier one, as a template (its title ends in `suffix`, in the
    user's language); returns its id."""
    return sessions.create(template_of(sessions.load(session_id), suffix))


def set_running(db: Database, session_id: int | None) -> None:
    """Remember the session on screen, so a crash can offer to resume it; None: none."""
    # On the connection: one marker row, written at every opening, needs no sqlite-utils.
    with write_transaction(db):
        if session_id is None:
            db.conn.execute("delete from app_state where key = ?", [RUNNING])
        else:
            db.conn.execute(
                "insert into app_state (key, value) values (?, ?) "
                "on conflict (key) do update set value = excluded.value",
                [RUNNING, str(session_id)],
            )


def running_session(db: Database) -> int | None:
    """The session that was on screen when the app stopped without closing it, if any."""
    # Read on the connection: asked at start, before sqlite-utils is loaded.
    row = db.conn.execute("select value from app_state where key = ?", [RUNNING]).fetchone()
    if row is None or not str(row[0]).isdecimal():
        return None
    session_id = int(row[0])
    exists = db.conn.execute("select 1 from sessions where id = ?", [session_id]).fetchone()
    return session_id if exists else None
