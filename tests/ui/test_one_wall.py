"""One wall: after any sequence of commands the projector shows `audience_view` of the
session as stored in the library, whichever tab the facilitator is on."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import QSize, Qt

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
    details = controller.session.details
    people = tuple(Participant(n, "Org " + str(i % 3)) for i, n in enumerate(NAMES))
    from workshop.core.commands import EditSessionDetails

    controller.run(EditSessionDetails(replace(details, participants=people)))
    controller.run(SetGroups(form(list(people), count=3, seed=4)))
    controller.run(SetAgenda(day_agenda(exercise)))
    controller.run(edits.add_column(controller.session.board, "Before"))
    controller.run(edits.add_column(controller.session.board, "After"))
    before = controller.session.board.live_columns()[0].id
    for n in range(90):  # more than one page at 1080p, so paging is part of the walk
        controller.run(edits.add_tip(controller.session.board, before, f"a tip of some words {n}"))
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
    if roll < 0.93:
        controller.clock.now += rng.choice([1, 30, 240, 600])
        window.wall.tick()
        return "time passes"
    if roll < 0.95:
        size = rng.choice([QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768)])
        window.session_view.set_projector_size(size)
        return f"projector {size.width()}x{size.height()}"
    if roll < 0.975:
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
        timer, now = window.controller.session.timer, window.controller.clock()
        clock_text = timer.text(now) if timer.touched else ""
        assert window.projector.audience.timer_text == clock_text, f"after {history[-6:]}"
        if timer.touched:
            assert window.projector.audience.timer_phase is timer.phase(now)


def press(window, *keys) -> None:
    from PySide6.QtTest import QTest

    for key in keys:
        QTest.keyClick(window.projector, key)


def test_what_went_stale_before_reaches_the_wall_at_once(qtbot, day):
    """The three stale walls seen in a real day: agenda edited, start time, showcase steps."""
    window = day
    controller = window.controller
    window.tabs.setCurrentWidget(window.agenda_panel)
    assert window.projector.audience.view.mode.value == "agenda"
    agenda = controller.session.agenda
    renamed = replace(agenda.items[0], title="Coffee first")
    controller.run(SetAgenda(replace(agenda, items=(renamed, *agenda.items[1:])), "edit"))
    assert "Coffee first" in window.projector.audience.shown_text()
    controller.run(SetAgenda(set_start(controller.session.agenda, "09:00"), "start time"))
    assert "09:00  Coffee first" in window.projector.audience.shown_text()
    assert "09:30" not in window.projector.audience.shown_text()
    for _ in range(5):
        controller.next_activity()
    assert window.projector.audience.view.title == "Our forum"
    press(window, Qt.Key_Right, Qt.Key_PageDown)
    assert window.projector.audience.view.title == "A newsletter"
    assert window.projector.audience.view == stored_view(window)
    press(window, Qt.Key_Left)
    assert window.projector.audience.view.title == "The petition"


def test_every_tab_shows_what_is_on_the_wall(qtbot, day):
    """A white wall while the facilitator is on the Exercises tab cannot be missed."""
    window = day
    strip = window.session_view.strip
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert strip.isVisible(), f"the strip is hidden on tab {index}"
        assert strip.mirror.view == window.projector.audience.view
    window.tabs.setCurrentWidget(window.exercises_panel)
    press(window, Qt.Key_W)
    assert window.projector.audience.view.mode.value == "blank"
    assert strip.isVisible() and "WHITE" in strip.text.text()
    assert "f5c211" in strip.styleSheet(), "the strip turns amber while the wall is blank"
    press(window, Qt.Key_W)
    assert "WHITE" not in strip.text.text() and strip.styleSheet() == ""
    window.tabs.setCurrentWidget(window.board_panel)
    pages = window.wall.board_pages()
    assert pages > 1 and f"tips board, page 1 of {pages}." in strip.text.text()
    press(window, Qt.Key_PageDown)
    assert f"tips board, page 2 of {pages}." in strip.text.text()


def test_the_wall_emits_only_when_what_the_room_sees_changes(qtbot, day):
    window = day
    seen = []
    window.wall.shown.connect(seen.append)
    window.wall.ticker.stop()
    controller = window.controller
    window.cards_panel.take_keys()
    controller.record_choice(1, "A", "a reason the room does not see yet")
    assert seen == [], "a recorded choice is not on the wall until R"
    press(window, Qt.Key_R)
    assert len(seen) == 1 and seen[0].view.mode.value == "results"
    controller.record_choice(2, "B", "")
    assert len(seen) == 2, "with the results up, a new choice shows at once"
