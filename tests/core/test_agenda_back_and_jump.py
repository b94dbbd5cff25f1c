"""The agenda goes back and jumps: previous activity, start this one, activities added late."""

from __future__ import annotations

import pytest

from tests.core.test_room import SCALE
from tests.core.test_steps import state
from workshop.core import agenda as ag
from workshop.core.activity import Activity
from workshop.core.agenda import Agenda, Item, Kind
from workshop.core.agenda_edits import SetAgenda
from workshop.core.errors import CommandRejected
from workshop.core.game import SetTimer
from workshop.core.steps import next_activity_step, previous_activity_step, start_activity_step
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner

PLAN = Agenda(
    "09:30",
    (
        Item(1, Kind.WELCOME, "Welcome", 10),
        Item(2, Kind.EXERCISE, "Where do you stand?", 20, card=SCALE),
        Item(3, Kind.BOARD, "Tips", 15, question="What keeps a forum alive?"),
        Item(4, Kind.GAME, "The game", 60),
    ),
)


def run(agenda: Agenda, times: int) -> Agenda:
    for n in range(times):
        agenda = ag.next_activity(agenda, 1000.0 * (n + 1))
    return agenda


def test_previous_plans_the_running_one_again_and_resumes_the_one_before() -> None:
    agenda = ag.previous_activity(run(PLAN, 2), 5000.0)
    assert agenda.current == 0
    first, second = agenda.items[:2]
    assert (first.started_at, first.ended_at) == (1000.0, None)  # runs on, from its start
    assert (second.started_at, second.ended_at) == (None, None)  # planned again


def test_previous_from_a_finished_day_runs_the_last_activity_again() -> None:
    done = run(PLAN, 5)
    assert ag.is_done(done)
    agenda = ag.previous_activity(done, 9000.0)
    assert agenda.current == 3 and agenda.items[3].ended_at is None
    assert not ag.is_done(agenda)


@pytest.mark.parametrize("times", [0, 1])
def test_nothing_before_the_first_activity(times: int) -> None:
    with pytest.raises(CommandRejected):
        ag.previous_activity(run(PLAN, times), 9000.0)


def test_start_this_activity_jumps_ahead_and_back() -> None:
    agenda = ag.start_activity(run(PLAN, 1), 3, 2000.0)
    assert agenda.current == 2
    assert agenda.items[0].ended_at == 2000.0
    assert agenda.items[1].started_at is None  # skipped, still planned
    assert agenda.items[2].started_at == 2000.0
    back = ag.start_activity(agenda, 1, 3000.0)
    assert back.current == 0 and back.items[0].ended_at is None
    assert back.items[0].started_at == 3000.0 and back.items[2].ended_at == 3000.0
    with pytest.raises(CommandRejected):
        ag.start_activity(back, 1, 4000.0)  # already running


def test_an_activity_added_after_the_end_is_planned_and_n_starts_it() -> None:
    done = run(PLAN, 5)
    later = ag.add_item(done, Item(0, Kind.CLOSING, "Drinks", 30))
    added = later.items[-1]
    assert later.running() is None and added.started_at is None and added.ended_at is None
    assert ag.is_done(later)  # the day ran to its end; the drinks wait
    started = ag.next_activity(later, 9000.0)
    assert started.running() == ag.replace(added, started_at=9000.0)
    assert ag.forecast(started, 9000.0).times[-1][0] > 0


def test_steps_back_and_jump_bring_the_wall_and_reuse_the_exercise(three_card_session) -> None:
    session = three_card_session
    SetAgenda(PLAN).apply(session)
    for now in (1000.0, 2000.0, 3000.0):
        next_activity_step(now).apply(session)
    assert session.activity is Activity.BOARD and len(session.exercises) == 1
    before = state(session)
    back = previous_activity_step(4000.0)
    back.apply(session)
    assert session.activity is Activity.EXERCISE
    assert session.exercises == [SCALE] and session.exercise_index == 0  # the same run
    back.revert(session)
    assert state(session) == before
    jump = start_activity_step(1, 5000.0)
    jump.apply(session)
    assert session.activity is Activity.AGENDA and session.agenda.current == 0
    jump.revert(session)
    assert state(session) == before


def test_the_game_keeps_the_per_card_round_timer(three_card_session) -> None:
    session = three_card_session
    SetAgenda(PLAN).apply(session)
    SetTimer(session.timer.with_duration(7 * 60).reset()).apply(session)
    ag_before = session.timer
    start_activity_step(4, 1000.0).apply(session)
    assert session.activity is Activity.CARDS
    assert session.timer == ag_before, "not the activity's 60 minutes"


def test_back_and_jump_are_one_commit_each(tmp_path, three_card_session) -> None:
    library = open_library(tmp_path / "lib.sqlite")
    session = three_card_session
    session.agenda = PLAN
    session_id = library.sessions.create(session)
    session = library.sessions.load(session_id)
    runner = CommandRunner(library.sessions, session)
    for now in (1000.0, 2000.0):
        runner.run(next_activity_step(now))
    runner.run(previous_activity_step(3000.0))
    runner.run(start_activity_step(3, 4000.0))
    stored = library.sessions.load(session_id)
    assert stored.agenda == session.agenda and stored.activity is Activity.BOARD
    assert stored.agenda.items[1].started_at is None
    library.close()


def test_the_home_list_says_done_only_for_a_finished_day(tmp_path, three_card_session) -> None:
    from workshop.store import session_admin

    library = open_library(tmp_path / "lib.sqlite")
    session = three_card_session
    session.agenda = run(PLAN, 5)
    session_id = library.sessions.create(session)

    def status() -> str:
        return next(s.status for s in library.sessions.summaries() if s.id == session_id)

    assert status() == "done"
    session_admin.set_running(library.db, session_id)  # on screen, or killed mid-card
    assert status() == "running"
    session_admin.set_running(library.db, None)
    session = library.sessions.load(session_id)
    CommandRunner(library.sessions, session).run(
        SetAgenda(ag.add_item(session.agenda, Item(0, Kind.CLOSING, "Drinks", 30)))
    )
    assert status() == "running"
    library.close()
