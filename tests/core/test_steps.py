"""Composite steps in core: 'next activity' and friends apply whole, revert whole, commit once."""

from __future__ import annotations

import copy

import pytest

from tests.core.test_room import SCALE
from workshop.core.activity import Activity
from workshop.core.agenda import Agenda, Item, Kind
from workshop.core.agenda_edits import SetAgenda
from workshop.core.commands import Change
from workshop.core.errors import CommandRejected
from workshop.core.steps import Composite, apply_prompt, default_columns, next_activity_step
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner

PLAN = Agenda(
    "09:30",
    (
        Item(1, Kind.WELCOME, "Welcome", 10),
        Item(2, Kind.EXERCISE, "Where do you stand?", 20, card=SCALE),
        Item(3, Kind.BOARD, "Tips", 15, question="What keeps a forum alive?"),
    ),
)


def state(session) -> tuple:
    """Everything a step may touch, as a comparable value."""
    return (
        session.agenda,
        session.activity,
        session.timer,
        list(session.exercises),
        session.exercise_index,
        session.board.question,
        [c.title for c in session.board.live_columns()],
    )


def test_next_activity_brings_its_exercise_and_timer_and_reverts_whole(three_card_session):
    session = three_card_session
    SetAgenda(PLAN).apply(session)
    next_activity_step(1000.0).apply(session)
    before = state(session)
    step = next_activity_step(2000.0)
    change = step.apply(session)
    assert session.agenda.current == 1 and session.agenda.items[1].started_at == 2000.0
    assert session.activity is Activity.EXERCISE and session.exercises == [SCALE]
    assert session.timer.duration == SCALE.minutes * 60 and not session.timer.running
    assert change.wall and change.agenda and change.timer and change.exercise
    step.revert(session)
    assert state(session) == before
    step.apply(session)  # redo builds the same parts again from the same session
    assert session.exercises == [SCALE] and session.agenda.items[1].started_at == 2000.0


def test_the_board_activity_sets_its_question_and_default_columns(three_card_session):
    session = three_card_session
    SetAgenda(PLAN).apply(session)
    for now in (1.0, 2.0, 3.0):
        next_activity_step(now).apply(session)
    assert session.activity is Activity.BOARD
    assert session.board.question == "What keeps a forum alive?"
    assert session.timer.duration == 15 * 60


def test_a_part_that_fails_leaves_nothing_applied(three_card_session):
    session = three_card_session
    before = copy.deepcopy(session)

    def parts(s):
        yield SetAgenda(PLAN, activity=Activity.AGENDA)
        yield from default_columns(("Before", "After")).parts(s)
        raise CommandRejected("The agenda is done.")

    with pytest.raises(CommandRejected):
        Composite("broken", parts).apply(session)
    assert session.agenda == before.agenda and session.activity is before.activity
    assert session.board.live_columns() == []


def test_the_agenda_done_is_refused_in_words(three_card_session):
    session = three_card_session
    with pytest.raises(CommandRejected, match="agenda is done"):
        next_activity_step(1.0).apply(session)


def test_a_prompt_adds_only_the_missing_columns(three_card_session):
    session = three_card_session
    default_columns(("Before", "During")).apply(session)
    step = apply_prompt("What helps?", ("during", "After"))
    step.apply(session)
    assert [c.title for c in session.board.live_columns()] == ["Before", "During", "After"]
    step.revert(session)
    assert session.board.question == "" and len(session.board.live_columns()) == 2


def test_a_step_is_one_commit_read_back_whole(tmp_path, three_card_session):
    """Through the store: after the step the library holds all of it; after revert, none."""
    library = open_library(tmp_path / "lib.sqlite")
    session_id = library.sessions.create(three_card_session)
    runner = CommandRunner(library.sessions, library.sessions.load(session_id))
    runner.run(SetAgenda(PLAN))
    runner.run(next_activity_step(1.0))
    step = next_activity_step(2.0)
    runner.run(step)
    stored = library.sessions.load(session_id)
    assert state(stored) == state(runner.session)
    runner.revert(step)
    stored = library.sessions.load(session_id)
    assert stored.exercises == [] and stored.activity is Activity.AGENDA
    assert state(stored) == state(runner.session)
    library.close()


def test_an_empty_composite_changes_nothing(three_card_session):
    assert Composite("nothing", lambda s: iter(())).apply(three_card_session) == Change()
