"""What a review of the wall found, kept fixed: the timer bar, a blank board's page, a long
prompt, refusals seen from every tab, and sessions that must always reopen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.core.test_game import FakeClock
from workshop.core import board_edits as edits
from workshop.core.agenda import Agenda, Item, Kind
from workshop.core.agenda_edits import SetAgenda
from workshop.core.cards import Card, CardKind
from workshop.core.commands import EditSessionDetails
from workshop.core.details import Participant
from workshop.core.group_edits import SetGroups
from workshop.core.groups import form


def test_the_timer_bar_says_start_again_after_a_pause_in_the_same_second(qtbot, window):
    controller = window.controller
    clock = controller.clock = FakeClock()
    QTest.keyClick(window.projector, Qt.Key_T)
    clock.now += 3.0
    window.wall.tick()
    assert window.cards_panel.timer_bar.start.text().startswith("Pause")
    QTest.keyClick(window.projector, Qt.Key_T)
    assert not controller.session.timer.running
    assert window.cards_panel.timer_bar.start.text().startswith("Start")


def test_the_projector_shows_the_new_timer_with_the_new_activity_at_once(qtbot, window):
    """N with the timer running: the next activity and its fresh timer arrive together."""
    controller = window.controller
    clock = controller.clock = FakeClock()
    window.wall.ticker.stop()
    plan = (Item(1, Kind.BREAK, "Coffee", 15), Item(2, Kind.PRESENTATION, "Talk", 20))
    controller.run(SetAgenda(Agenda("09:00", plan)))
    controller.next_activity()
    QTest.keyClick(window.projector, Qt.Key_T)
    clock.now += 60
    window.wall.tick()
    assert window.projector.audience.timer_text == "14:00"
    seen = []
    window.wall.shown.connect(seen.append)
    controller.next_activity()
    assert len(seen) == 1, "the agenda and its timer arrive in one emission"
    assert seen[0].timer == "" and window.projector.audience.timer_text == ""
    assert "Talk" in window.projector.audience.shown_text()


def test_a_clicker_press_while_the_board_is_blank_keeps_its_page(qtbot, window):
    controller = window.controller
    controller.run(edits.add_column(controller.session.board, "Before"))
    column = controller.session.board.live_columns()[0].id
    for n in range(120):
        controller.run(edits.add_tip(controller.session.board, column, f"tip {n} with words"))
    window.show_board()
    assert window.wall.board_pages() > 2
    QTest.keyClick(window.projector, Qt.Key_PageDown)
    assert controller.session.board_page == 1
    QTest.keyClick(window.projector, Qt.Key_B)
    QTest.keyClick(window.projector, Qt.Key_PageDown)
    assert controller.session.board_page == 2, "paged on while blank, not back to the start"
    QTest.keyClick(window.projector, Qt.Key_B)
    assert window.projector.audience.view.page == 2


def test_n_starts_a_board_whose_prompt_is_longer_than_a_question(qtbot, window):
    prompt = Card("p", "Long prompt", CardKind.PROMPT, "word " * 300, stages=("x" * 200, "Now"))
    agenda = Agenda("09:00", (Item(1, Kind.BOARD, "Tips", 15, card=prompt),))
    controller = window.controller
    controller.run(SetAgenda(agenda))
    assert controller.next_activity()
    board = controller.session.board
    assert controller.session.agenda.current == 0
    assert len(board.question) <= edits.MAX_TIP and board.question.endswith("…")
    assert [len(c.title) <= edits.MAX_TITLE for c in board.live_columns()] == [True, True]


def test_a_refusal_is_seen_from_every_tab(qtbot, window):
    window.tabs.setCurrentWidget(window.exercises_panel)
    window.controller.next_activity()  # no agenda yet: refused
    assert "agenda is done" in window.statusBar().currentMessage()
    assert window.statusBar().isVisible()


def test_sessions_the_app_can_leave_behind_always_reopen(qtbot, window):
    """Groups formed, then a shorter list of people; a cluster's tip deleted, then its column
    removed with the tips moved: both states are the app's own and reopen as they were."""
    controller = window.controller
    people = tuple(Participant(n) for n in "Anna Ben Carla Dirk Eva Femke".split())
    controller.run(EditSessionDetails(replace(controller.session.details, participants=people)))
    controller.run(SetGroups(form(list(people), count=2, seed=1)))
    controller.run(EditSessionDetails(replace(controller.session.details, participants=people[:2])))
    board = controller.session.board
    controller.run(edits.add_column(board, "Before"))
    controller.run(edits.add_column(board, "During"))
    first, second = (c.id for c in board.live_columns())
    for text in ("one", "two", "three"):
        controller.run(edits.add_tip(board, first, text))
    tips = sorted(board.tips)
    controller.run(edits.merge_tips(board, tips, "together"))
    controller.run(edits.delete_tip(board, tips[0]))
    controller.run(edits.remove_column(board, first, move_to=second))
    session_id = controller.session.id
    shown = window.projector.audience.view
    window.close_session()
    window.open_session(session_id)
    assert window.controller is not None, window.home.message.text()
    assert window.projector.audience.view == shown
    assert all(m < 2 for g in window.controller.session.forming.groups for m in g.members)


def test_a_session_that_cannot_open_can_still_be_deleted_and_is_not_offered(qtbot, window):
    session_id = window.controller.session.id
    window.controller.record_choice(1, "A", "")
    window.close_session()
    window.library.db.execute("update group_choices set option = 'Z' where session_id = ?",
                              [session_id])  # fmt: skip
    window.library.db.conn.commit()
    window.open_session(session_id)
    assert window.controller is None and "breaks a rule" in window.home.message.text()
    assert window.delete_session(session_id, confirmed=True)
    assert window.library.sessions.summaries() == []
