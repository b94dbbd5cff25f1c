"""Schema changes of the library, applied in order by sqlite-utils Migrations."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workshop.store.database import APPLIED_TABLE, MIGRATION_SET, MIGRATIONS

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_decks_and_sessions(db: Database) -> None:
    """Decks and their cards; sessions with their rounds and recorded group choices."""
    db.table("decks").create(
        {
            "id": int,
            "uid": str,
            "title": str,
            "description": str,
            "language": str,
            "author": str,
            "licence": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"uid", "title"},
    )
    db.table("decks").create_index(["uid"], unique=True)
    db.table("cards").create(
        {
            "id": int,
            "deck_id": int,
            "uid": str,
            "position": int,
            "kind": str,
            "title": str,
            "text": str,
            "options": str,
            "questions": str,
            "notes": str,
            "tags": str,
            "links": str,
        },
        pk="id",
        foreign_keys=[("deck_id", "decks", "id")],
        not_null={"deck_id", "uid", "title", "kind"},
    )
    db.table("cards").create_index(["deck_id", "uid"], unique=True)
    db.table("cards").create_index(["deck_id", "position"])
    db.table("starter_installs").create({"deck_uid": str, "installed_at": str}, pk="deck_uid")
    db.table("sessions").create(
        {
            "id": int,
            "title": str,
            "date": str,
            "deck_title": str,
            "follow_up_url": str,
            "group_count": int,
            "round_index": int,
            "step": int,
            "blank": str,
            "created_at": str,
        },
        pk="id",
        not_null={"title"},
    )
    # A round keeps a copy of the card as it was played, so later deck edits
    # never rewrite what happened in a session.
    db.table("rounds").create(
        {"session_id": int, "round_index": int, "card_uid": str, "card": str},
        pk=("session_id", "round_index"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("group_choices").create(
        {
            "session_id": int,
            "round_index": int,
            "group_no": int,
            "option": str,
            "reason": str,
            "recorded_at": str,
        },
        pk=("session_id", "round_index", "group_no"),
        foreign_keys=[("session_id", "sessions", "id")],
    )


@migrations()
def m002_details_participants_highlights(db: Database) -> None:
    """The summary's cover details, who took part, and rounds marked as highlights."""
    for column in ("venue", "organisation", "facilitators", "introduction"):
        db.table("sessions").add_column(column, str)
    db.table("sessions").add_column("participant_count", int)
    db.table("participants").create(
        {"session_id": int, "position": int, "name": str, "organisation": str},
        pk=("session_id", "position"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("highlights").create(
        {"session_id": int, "round_index": int, "introduction": str, "url": str},
        pk=("session_id", "round_index"),
        foreign_keys=[("session_id", "sessions", "id")],
    )


@migrations()
def m003_game(db: Database) -> None:
    """How each round is played, hands counted, results on the wall, the timer, card choice."""
    db.table("sessions").add_column("results_shown", int)
    db.table("sessions").add_column("result_style", str)
    db.table("sessions").add_column("timer", str)
    db.table("sessions").add_column("card_choice", str)
    db.table("round_modes").create(
        {"session_id": int, "round_index": int, "mode": str},
        pk=("session_id", "round_index"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("hands").create(
        {"session_id": int, "round_index": int, "option": str, "count": int},
        pk=("session_id", "round_index", "option"),
        foreign_keys=[("session_id", "sessions", "id")],
    )


@migrations()
def m004_board(db: Database) -> None:
    """The tips board: its question, columns, tips and clusters; what the wall shows."""
    db.table("sessions").add_column("board_question", str)
    db.table("sessions").add_column("activity", str)
    db.table("sessions").add_column("board_page", int)
    keys: dict[str, Any] = {
        "pk": ("session_id", "id"),
        "foreign_keys": [("session_id", "sessions", "id")],
    }
    db.table("board_columns").create(
        {"session_id": int, "id": int, "title": str, "position": int, "removed": int,
         "by_votes": int},
        **keys,
    )  # fmt: skip
    db.table("board_tips").create(
        {"session_id": int, "id": int, "column_id": int, "text": str, "position": int,
         "group_no": int, "author": str, "votes": int, "highlight": int, "hidden": int,
         "deleted": int, "cluster_id": int, "source": str},
        **keys,
    )  # fmt: skip
    db.table("board_clusters").create(
        {"session_id": int, "id": int, "column_id": int, "title": str, "deleted": int},
        **keys,
    )  # fmt: skip


@migrations()
def m005_groups_and_exercises(db: Database) -> None:
    """Exercise cards' own fields; a session's groups, exercises run and groups' outputs."""
    db.table("cards").add_column("exercise", str)
    db.table("sessions").add_column("forming", str)
    db.table("sessions").add_column("exercise_index", int)
    keys: dict[str, Any] = {"foreign_keys": [("session_id", "sessions", "id")]}
    db.table("exercise_runs").create(
        {"session_id": int, "idx": int, "card": str}, pk=("session_id", "idx"), **keys
    )
    db.table("outputs").create(
        {"session_id": int, "exercise": int, "group_no": int, "text": str, "stage": int},
        pk=("session_id", "exercise", "group_no"),
        **keys,
    )


@migrations()
def m006_agenda(db: Database) -> None:
    """The agenda, and which session was running when the app last stopped."""
    db.table("sessions").add_column("agenda", str)
    db.table("sessions").add_column("notes", str)
    db.table("sessions").add_column("language", str)
    db.table("app_state").create({"key": str, "value": str}, pk="key")


@migrations()
def m007_card_search(db: Database) -> None:
    """Search over cards: a folded copy of their words, indexed with FTS5."""
    from workshop.store.decks import search_text

    db.table("cards").add_column("search", str)
    for row in list(db.query("select * from cards")):
        db.execute("update cards set search = ? where id = ?", [search_text(row), row["id"]])
    db.table("cards").enable_fts(
        ["search"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )


@migrations()
def m008_search_folds_case_first(db: Database) -> None:
    """Fold the search copy again: fold() now folds case first, so "Ħ" and "Ð" meet "h", "d"."""
    from workshop.store.decks import search_text

    for row in list(db.query("select * from cards")):
        folded = search_text(row)
        if folded != row["search"]:  # only the few cards with such letters are rewritten
            db.execute("update cards set search = ? where id = ?", [folded, row["id"]])


# The app tells at start whether a change is pending from database.MIGRATIONS, without
# importing this module (and sqlite-utils): a change added here must be named there too.
if tuple(m.name for m in migrations._migrations) != MIGRATIONS:
    raise RuntimeError("store/database.py MIGRATIONS does not name store/migrations.py's changes")
if Migrations.migrations_table != APPLIED_TABLE:
    raise RuntimeError("sqlite-utils keeps its applied migrations in another table now")
