"""Exercises in the room: run one, record each group's output and stage, undo."""

from __future__ import annotations

import pytest

from workshop.core.activity import Activity
from workshop.core.cards import Card, CardKind
from workshop.core.details import Participant
from workshop.core.errors import CommandRejected
from workshop.core.exercise_edits import RecordOutput, RunExercise
from workshop.core.group_edits import SetGroups
from workshop.core.groups import form

SCALE = Card(
    "scale",
    "Where does your organisation stand?",
    CardKind.EXERCISE,
    "Place your organisation on the stages.",
    minutes=20,
    group_size=5,
    output="The stage and one reason",
    stages=("Broadcasting", "Listening", "Conversing", "Collaborating", "Social organisation"),
)


def test_groups_set_the_group_count_and_undo(three_card_session):
    session = three_card_session
    people = [Participant(f"p{i}", "") for i in range(23)]
    command = SetGroups(form(people, count=5, seed=3))
    command.apply(session)
    assert session.group_count == 5 and len(session.forming.groups) == 5
    command.revert(session)
    assert session.group_count == 3 and session.forming.groups == ()


def test_an_exercise_runs_and_groups_place_themselves_on_its_scale(three_card_session):
    session = three_card_session
    run = RunExercise(SCALE)
    run.apply(session)
    assert session.activity is Activity.EXERCISE and session.exercise_index == 0
    RecordOutput(0, 2, "  We listen, but rarely answer ", 1).apply(session)
    RecordOutput(0, 3, "Mostly broadcasting", 0).apply(session)
    assert session.outputs[(0, 2)].text == "We listen, but rarely answer"
    with pytest.raises(CommandRejected, match="no stage 6"):
        RecordOutput(0, 1, "too far", 5).apply(session)
    with pytest.raises(CommandRejected, match="not a group number"):
        RecordOutput(0, 7, "no such group", 0).apply(session)
    change = run.revert(session)
    assert session.exercises == [] and session.outputs == {}
    assert {(0, 2), (0, 3)} <= change.exercise, "the outputs go with the run, in the store too"


def test_only_exercise_cards_run(three_card_session):
    with pytest.raises(CommandRejected, match="not an exercise"):
        RunExercise(three_card_session.rounds[0]).apply(three_card_session)
