"""Between sessions: status, delete, duplicate as a template, the session left running."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.test_agenda import at, day
from workshop.core import agenda as ag
from workshop.core import board_edits as edits
from workshop.core.agenda import Verdict
from workshop.core.agenda_edits import SetAgenda
from workshop.core.commands import RecordGroupChoice
from workshop.core.details import parse_participants
from workshop.core.errors import NotFound
from workshop.core.group_edits import SetGroups
from workshop.core.groups import form
from workshop.store.runner import CommandRunner
from workshop.store.session_admin import delete_session, duplicate_as_template


@pytest.fixture
def played(library, three_card_session):
    session = three_card_session
    session.details = replace(
        session.details, participants=parse_participants("Anna, Oxfam\nBram\nChloé, Stad")
    )
    library.sessions.create(session)
    run = CommandRunner(library.sessions, session).run
    run(RecordGroupChoice(0, 1, "A", "first"))
    run(edits.add_column(session.board, "Before"))
    run(edits.add_tip(session.board, session.board.live_columns()[0].id, "a tip"))
    run(SetGroups(form(list(session.details.participants), count=2, seed=1)))
    plan = day()
    for minute in ("09:30", "09:45", "10:45", "11:00", "11:30"):
        plan = ag.next_activity(plan, at(minute))
    run(SetAgenda(ag.evaluate(plan, plan.items[1].id, Verdict.KEEP, "Good pace")))
    return session


def test_a_session_run_to_the_end_is_done_and_a_new_one_planned(library, played, starter_deck):
    from workshop.core.session import start_session

    fresh = start_session(starter_deck, "Next week", "2026-11-29")
    library.sessions.create(fresh)
    status = {s.title: s.status for s in library.sessions.summaries()}
    assert status == {"Three cards": "done", "Next week": "planned"}


def test_a_template_keeps_the_plan_and_clears_what_happened(library, played):
    new_id = duplicate_as_template(library.sessions, played.id)
    copy = library.sessions.load(new_id)
    assert [i.title for i in copy.agenda.items] == [i.title for i in played.agenda.items]
    assert copy.agenda.items[1].last_note == "keep · Good pace"
    assert all(i.started_at is None and i.note == "" for i in copy.agenda.items)
    assert copy.rounds == played.rounds and copy.details.venue == played.details.venue
    assert copy.choices == {} and copy.details.participants == () and copy.forming.groups == ()
    assert [c.title for c in copy.board.live_columns()] == ["Before"]
    assert copy.board.tips == {}
    assert library.sessions.load(played.id).choices, "the original is untouched"
    assert copy.details.title == played.details.title + " (template)"
    assert copy.details.date == ""
    again = library.sessions.load(duplicate_as_template(library.sessions, new_id))
    assert again.details.title == copy.details.title, "one suffix, not two"


def test_delete_removes_every_row_of_the_session_only(library, played, starter_deck):
    from workshop.core.session import start_session

    other = start_session(starter_deck, "Keep me", "2026-11-29")
    library.sessions.create(other)
    library.set_running(played.id)
    delete_session(library.db, played.id)
    assert [s.title for s in library.sessions.summaries()] == ["Keep me"]
    for table in ("group_choices", "board_tips", "participants", "board_columns"):
        rows = library.db.execute(f"select count(*) from {table} where session_id = ?",
                                  [played.id]).fetchone()  # fmt: skip
        assert rows[0] == 0, table
    assert library.running_session() is None
    with pytest.raises(NotFound):
        delete_session(library.db, played.id)


def test_the_running_session_is_remembered_until_closed(library, played):
    assert library.running_session() is None
    library.set_running(played.id)
    assert library.running_session() == played.id
    library.set_running(None)
    assert library.running_session() is None
