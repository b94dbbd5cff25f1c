"""One parser: a stored session and a restored archive become a Session the same way."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop.core import archive
from workshop.core.archive import session_from_archive, session_to_archive
from workshop.core.cards import CardKind
from workshop.core.commands import EditSessionDetails
from workshop.core.demo import event_participants, play_agenda, play_board, play_demo, play_groups
from workshop.core.errors import WorkshopError
from workshop.core.session import start_session
from workshop.store import session_rows
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner


@pytest.fixture
def demo_library(tmp_path):
    library = open_library(tmp_path / "lib.sqlite")
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "One parser", "2026-11-30", "https://example.org/s")
    session_id = library.sessions.create(session)
    run = CommandRunner(library.sessions, session).run
    people = event_participants()[:12]
    run(EditSessionDetails(replace(session.details, participants=people)))
    play_demo(session, run)
    play_board(session, run, 30)
    exercise = next(c for _d, c in library.decks.cards_of_kind(CardKind.EXERCISE) if c.stages)
    play_groups(session, run, exercise)
    play_agenda(session, run, exercise, 1_780_000_000.0)
    yield library, session_id, session
    library.close()


def comparable(session):
    return archive.session_to_archive(session)


def test_opening_a_stored_session_and_restoring_its_archive_give_the_same_session(demo_library):
    library, session_id, played = demo_library
    stored = library.sessions.load(session_id)
    assert comparable(stored) == comparable(played), "the library holds what was played"
    restored = session_from_archive(session_to_archive(stored), "test.json")
    assert comparable(restored) == comparable(stored)
    assert stored.board.tips and stored.agenda.items and stored.choices, "a full demo"


def test_the_store_opens_a_session_through_the_core_parser(demo_library, monkeypatch):
    library, session_id, _played = demo_library
    seen = []
    real = archive.session_from_data

    def spy(data):
        seen.append(data)
        return real(data)

    # The store imports the parser when it opens a session: the spy stands in for it there.
    monkeypatch.setattr("workshop.core.archive.session_from_data", spy)
    session = library.sessions.load(session_id)
    assert len(seen) == 1 and seen[0] == session_rows.session_data(
        library.db, next(library.db.query("select * from sessions where id = ?", [session_id]))
    )
    assert session.id == session_id


def test_a_stored_session_that_breaks_a_rule_is_refused_in_words(demo_library):
    """A row no command could write (a stage the exercise does not have) never opens half."""
    library, session_id, _played = demo_library
    changed = library.db.execute(
        "update outputs set stage = 19 where session_id = ? and stage is not null", [session_id]
    ).rowcount
    assert changed > 0
    library.db.conn.commit()
    with pytest.raises(WorkshopError) as refused:
        library.sessions.load(session_id)
    message = str(refused.value)
    assert "breaks a rule" in message and "no stage 19" in message
    assert "backup" in message


def test_damaged_json_in_a_row_falls_back_as_before(demo_library):
    library, session_id, _played = demo_library
    library.db.execute("update sessions set timer = '{not json' where id = ?", [session_id])
    library.db.conn.commit()
    session = library.sessions.load(session_id)
    assert not session.timer.running and session.timer.used_before == 0
