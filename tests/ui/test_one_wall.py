"""One wall: after any sequence of commands the projector shows `audience_view` of the
session as stored in the library, whichever tab the facilitator is on."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from tests.core.test_game import FakeClock
from workshop.core import board_edits as edits
from workshop.core.agenda import Agenda, Item, Kind, Presenter, set_start
from workshop.core.agenda_edits import SetAgenda
from workshop.core.audience import audience_view
from workshop.core.cards import CardKind
from workshop.core.details import Participant
from workshop.core.exercise_edits import RecordOutput
from workshop.core.group_edits import SetGroups
from workshop.core.groups import form, move_person

NAMES = ["Anna", "Ben", "Carla", "Dirk", "Eva", "Femke", "Gert", "Hanna", "Ivo"]
ROOM_KEYS = [
    Qt.Key_Right,
    Qt.Key_PageDown,
    Qt.Key_Space,
    Qt.Key_Left,
    Qt.Key_PageUp,
    Qt.Key_B,
    Qt.Key_W,
    Qt.Key_Period,
    Qt.Key_N,
    Qt.Key_N,
    Qt.Key_N,
    Qt.Key_Q,
    Qt.Key_R,
    Qt.Key_V,
    Qt.Key_T,
    Qt.Key_M,
]


def day_agenda(exercise) -> Agenda:
    items = (
        Item(1, Kind.WELCOME, "Welcome", 10),
        Item(2, Kind.GAME, "The dilemma game", 30),
        Item(3, Kind.EXERCISE, "Where do you stand?", 20, card=exercise),
        Item(4, Kind.BOARD, "Tips", 15, question="What keeps a forum alive?"),
        Item(
            5,
            Kind.SHOWCASE,
            "Your own work",
            20,
            presenters=(
                Presenter("Ada", "Our forum", "https://example.org/ada"),
                Presenter("Bo", "The petition", "https://example.org/bo"),
                Presenter("Cy", "A newsletter"),
            ),
        ),
        Item(6, Kind.CLOSING, "Closing", 5),
    )
    return Agenda("09:30", items)


@pytest.fixture
def day(window):
    """The window's session with participants, groups, an agenda of every kind, a board."""
    controller = window.controller
    controller.clock = FakeClock()
    exercise = next(
        card for _deck, card in window.library.decks.cards_of_kind(CardKind.EXERCISE) if card.stages
    )
    details = controller.session.details()
    people = tuple(Participant(n, "Org " + str(i % 3)) for i, n in enumerate(NAMES))
    from workshop.core.commands import EditSessionDetails

    controller.run(EditSessionDetails(replace(details, participants=people)))
    controller.run(SetGroups(form(list(people), count=3, seed=4)))
    controller.run(SetAgenda(day_agenda(exercise)))
    controller.run(edits.add_column(controller.session.board, "Before"))
    controller.run(edits.add_column(controller.session.board, "After"))
    return window


def stored_view(window):
    session = window.library.sessions.load(window.controller.session.id)
    session.room_share = window.controller.session.room_share
    return audience_view(session)


def random_step(window, rng: random.Random) -> str:
    """One thing a facilitator might do; returns what, for the failure message."""
    controller = window.controller
    session = controller.session
    roll = rng.random()
    if roll < 0.45:
        key = rng.choice(ROOM_KEYS)
        window.projector.activateWindow()
        from PySide6.QtTest import QTest

        QTest.keyClick(window.projector, key)
        return f"key {key}"
    if roll < 0.52:
        index = rng.randrange(window.tabs.count())
        window.tabs.setCurrentIndex(index)
        return f"tab {index}"
    if roll < 0.60:
        start = rng.choice(["08:45", "09:00", "09:30", "10:15"])
        controller.run(SetAgenda(set_start(session.agenda, start), "start time"))
        return f"start {start}"
    if roll < 0.66:
        items = session.agenda.items
        item = rng.choice(items)
        changed = replace(item, title=item.title + " +", minutes=item.minutes + 5)
        agenda = replace(
            session.agenda, items=tuple(changed if i.id == item.id else i for i in items)
        )
        controller.run(SetAgenda(agenda, "edit activity"))
        return f"edit activity {item.id}"
    if roll < 0.74:
        columns = session.board.live_columns()
        if columns:
            column = rng.choice(columns)
            controller.run(edits.add_tip(session.board, column.id, f"tip {rng.randrange(999)}"))
            return "add tip"
        return "no column"
    if roll < 0.78:
        tips = [t for c in session.board.live_columns() for t in session.board.live_tips(c.id)]
        if tips:
            tip = rng.choice(tips)
            edit = rng.choice(
                [
                    lambda: edits.vote(session.board, tip.id, 1),
                    lambda: edits.mark(session.board, tip.id, hidden=not tip.hidden),
                    lambda: edits.delete_tip(session.board, tip.id),
                    lambda: edits.edit_tip(session.board, tip.id, tip.text + "!"),
                ]
            )()
            controller.run(edit)
            return "board edit"
        return "no tip"
    if roll < 0.83:
        forming = session.forming
        if forming.groups:
            person = rng.randrange(len(NAMES))
            to = rng.choice(forming.groups).number
            controller.run(SetGroups(move_person(forming, person, to), "move person"))
            return "move person"
        return "no groups"
    if roll < 0.87:
        if 0 <= session.exercise_index < len(session.exercises):
            stages = session.exercises[session.exercise_index].stages
            group = rng.randrange(1, session.group_count + 1)
            stage = rng.randrange(len(stages)) if stages else None
            controller.run(RecordOutput(session.exercise_index, group, "we made a poster", stage))
            return "record output"
        return "no exercise"
    if roll < 0.91 and session.rounds:
        letter = rng.choice("AB")
        controller.record_choice(rng.randrange(1, 4), letter, "because")
        return "record choice"
    if roll < 0.96:
        controller.undo_stack.undo()
        return "undo"
    controller.undo_stack.redo()
    return "redo"


@pytest.mark.parametrize("seed", range(6))
def test_the_projector_always_shows_the_stored_session(qtbot, day, seed):
    """Each seed starts at another activity of the day (seed times N), then wanders."""
    window = day
    rng = random.Random(seed)
    for _ in range(seed):
        window.controller.next_activity()
    history = [f"N x {seed}"]
    for _ in range(80):
        history.append(random_step(window, rng))
        expected = stored_view(window)
        shown = window.projector.audience.view
        assert shown == expected, f"after {history[-6:]}: wall {shown.mode}, session {expected}"
