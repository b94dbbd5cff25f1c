"""The agenda in the app: planned by keyboard, run against a fake clock, evaluated, stored."""

from __future__ import annotations

import datetime

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.core.test_game import FakeClock
from workshop.core.activity import Activity
from workshop.core.agenda import Kind, Verdict
from workshop.core.commands import Change
from workshop.store.library import open_library

PLAN = [
    (Kind.WELCOME, "Welcome and coffee", 10, ""),
    (Kind.GAME, "The dilemma game", 45, ""),
    (Kind.BOARD, "Tips and tricks", 20, "What keeps a community going?"),
    (Kind.SHOWCASE, "Your own work", 30, "Ada | Our forum | https://example.org/ada"),
]


def add_by_keyboard(qtbot, panel, kind: Kind, title: str, minutes: int, extra: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.kind.setFocus()
        dialog.kind.setCurrentIndex(list(Kind).index(kind))
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, title)
        dialog.minutes.selectAll()
        qtbot.keyClicks(dialog.minutes, str(minutes))
        if kind is Kind.BOARD:
            qtbot.keyClicks(dialog.question, extra)
        if kind is Kind.SHOWCASE:
            qtbot.keyClicks(dialog.presenters, extra)
        qtbot.keyClick(dialog.title, Qt.Key_Return)

    QTimer.singleShot(0, fill)
    panel.add()


def test_plan_run_and_evaluate_a_four_activity_agenda(qtbot, window, tmp_path):
    clock = FakeClock()
    clock.now = datetime.datetime(2026, 11, 22, 10, 0).timestamp()  # local time, as planned
    window.controller.clock = clock
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_5, Qt.ControlModifier)
    panel = window.agenda_panel
    assert window.tabs.currentWidget() is panel
    panel.start.setFocus()
    panel.start.selectAll()
    qtbot.keyClicks(panel.start, "10:00")
    qtbot.keyClick(panel.start, Qt.Key_Return)
    for kind, title, minutes, extra in PLAN:
        add_by_keyboard(qtbot, panel, kind, title, minutes, extra)
    agenda = window.controller.session.agenda
    assert [i.title for i in agenda.items] == [p[1] for p in PLAN]
    assert panel.summary.text() == "Ends at 11:45"
    assert panel.table.item(2, 0).text() == "10:55"

    panel.table.setFocus()
    panel.table.selectRow(3)
    qtbot.keyClick(panel.table, Qt.Key_Up, Qt.ControlModifier)  # showcase before the board
    assert [i.kind for i in window.controller.session.agenda.items][2] is Kind.SHOWCASE
    qtbot.keyClick(panel.table, Qt.Key_Down, Qt.ControlModifier)  # and back

    wall = window.projector.audience.shown_text
    qtbot.keyClick(panel.table, Qt.Key_N)  # welcome
    assert window.controller.session.activity is Activity.AGENDA
    assert "Welcome and coffee" in wall()
    clock.now += 15 * 60
    qtbot.keyClick(panel.table, Qt.Key_N)  # the game, 5 minutes late
    assert window.controller.session.activity is Activity.CARDS
    assert window.tabs.currentWidget() is window.cards_panel
    panel.refresh(Change(agenda=True))  # as its ticker does
    assert "5 min behind plan" in panel.summary.text()
    clock.now += 45 * 60
    qtbot.keyClick(window.cards_panel.live, Qt.Key_N)  # the tips board, its question set
    assert window.controller.session.activity is Activity.BOARD
    assert window.controller.session.board.question == "What keeps a community going?"
    clock.now += 20 * 60
    qtbot.keyClick(window.cards_panel.live, Qt.Key_N)
    assert window.controller.session.activity is Activity.SHOWCASE
    assert "Our forum" in wall() and "https://example.org/ada" in wall()
    shot = tmp_path / "showcase.png"
    window.projector.audience.grab().save(str(shot))
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(shot))]
    assert decoded == ["https://example.org/ada"], "the room can scan the presenter's link"
    clock.now += 30 * 60
    qtbot.keyClick(window.cards_panel.live, Qt.Key_N)  # the day is done
    assert window.controller.session.agenda.running() is None

    window.tabs.setCurrentWidget(panel)
    panel.table.selectRow(1)
    panel.verdict.setCurrentIndex(2)  # change
    panel.note.setText("Fewer cards, longer talk")
    qtbot.keyClick(panel.note, Qt.Key_Return)

    stored = open_library(tmp_path / "lib.sqlite", install_starters=False)
    again = stored.sessions.load(window.controller.session.id)
    stored.close()
    assert again.agenda == window.controller.session.agenda
    game = again.agenda.items[1]
    assert (game.verdict, game.note) == (Verdict.CHANGE, "Fewer cards, longer talk")
    assert all(i.started_at and i.ended_at for i in again.agenda.items)
    assert game.started_at - again.agenda.items[0].started_at == 15 * 60


def test_a_tips_board_activity_with_a_prompt_card_sets_question_and_columns(qtbot, window):
    from workshop.core.agenda import Item
    from workshop.ui.control.activity_dialog import ActivityDialog

    panel = window.agenda_panel
    dialog = ActivityDialog(Item(0, Kind.BOARD, "Tips", 20), panel._exercises(), window)
    qtbot.addWidget(dialog)
    titles = [dialog.exercise.itemText(i) for i in range(dialog.exercise.count())]
    assert "Tips and tricks" in titles and "How social is your organisation?" not in titles
    dialog.exercise.setCurrentIndex(titles.index("Tips and tricks"))
    dialog.exercise.activated.emit(dialog.exercise.currentIndex())
    assert dialog.question.text().startswith("What helps an online community")
    item = dialog.result_item()
    assert item.card is not None and item.card.stages == ("Before", "During", "After")
    from workshop.core import agenda as ag

    window.controller.set_agenda(ag.add_item(window.controller.session.agenda, item))
    assert window.controller.next_activity()
    board = window.controller.session.board
    assert [c.title for c in board.live_columns()] == ["Before", "During", "After"]
    assert window.controller.session.activity.value == "board"
