"""The control window's small things: messages, Ctrl+H, the dialogs' live fields, one line."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.core.test_room import SCALE
from workshop.core.activity import Activity
from workshop.core.agenda import Item, Kind
from workshop.core.audience import ViewMode
from workshop.core.session import Session
from workshop.ui.control.activity_dialog import ActivityDialog, kind_names
from workshop.ui.control.details_dialog import SessionDetailsDialog


def test_a_refusal_does_not_outlive_its_tab(qtbot, window) -> None:
    view = window.session_view
    window.controller.go_to_round(2)  # three options
    window.controller.record_choice(1, "D", "")
    assert "D" in window.statusBar().currentMessage()
    view.show_tab(view.groups_panel)
    assert window.statusBar().currentMessage() == ""


def test_a_refusal_is_said_once_in_the_status_line(qtbot, window) -> None:
    view = window.session_view
    window.controller.go_to_round(2)  # three options
    window.controller.record_choice(1, "D", "")
    assert "D" in window.statusBar().currentMessage()
    labels = [view.cards_panel.status, view.board_panel.status, view.groups_panel.info]
    assert all("D" not in label.text() for label in labels)
    # The record bar's own refusal (a letter not on the card) goes to the same one place.
    window.statusBar().clearMessage()
    qtbot.keyClicks(view.cards_panel.record.option, "d")
    assert "Option D is not on this card: type" in window.statusBar().currentMessage()
    assert "D" not in view.cards_panel.status.text()


def test_a_success_clears_the_stale_refusal(qtbot, window) -> None:
    window.controller.go_to_round(2)
    window.controller.record_choice(1, "D", "")
    assert window.statusBar().currentMessage()
    assert window.controller.record_choice(1, "A", "")
    assert window.statusBar().currentMessage() == ""


def test_a_success_leaves_a_later_message_alone(qtbot, window) -> None:
    window.controller.go_to_round(2)
    window.controller.record_choice(1, "D", "")
    window.statusBar().showMessage("Exported to handout.pdf")
    assert window.controller.record_choice(1, "A", "")
    assert window.statusBar().currentMessage() == "Exported to handout.pdf"


def test_ctrl_h_says_what_it_did(qtbot, window) -> None:
    def accept() -> None:
        QApplication.activeModalWidget().accept()

    QTimer.singleShot(0, accept)
    window.edit_highlight()
    assert 0 in window.controller.session.highlights
    assert "highlight" in window.statusBar().currentMessage()


def test_the_activity_title_follows_the_kind_until_typed(qtbot, window) -> None:
    names = kind_names()
    dialog = ActivityDialog(Item(0, Kind.PRESENTATION, "", 15), [], window)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == names[Kind.PRESENTATION]
    dialog.kind.setCurrentIndex(list(Kind).index(Kind.BREAK))
    assert dialog.title.text() == names[Kind.BREAK]
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Lunch at the canal")
    dialog.kind.setCurrentIndex(list(Kind).index(Kind.WELCOME))
    assert dialog.title.text() == "Lunch at the canal"


def test_the_participant_count_follows_pasted_names(qtbot, three_card_session: Session) -> None:
    dialog = SessionDetailsDialog(three_card_session)
    qtbot.addWidget(dialog)
    assert dialog.count.value() == 0
    dialog.names.setPlainText("\n".join(f"Person {n}, Org {n % 4}" for n in range(20)))
    assert dialog.count.value() == 20
    dialog.names.setPlainText("\n".join(f"Person {n}" for n in range(12)))
    assert dialog.count.value() == 12
    dialog.count.setValue(25)  # five more come without being on the list
    dialog.names.appendPlainText("Person 12")
    assert dialog.count.value() == 25


def test_thirteen_groups_choices_stay_on_one_line(qtbot, window) -> None:
    controller = window.controller
    controller.session.group_count = 13
    controller.go_to_round(0)
    for group in range(1, 14):
        reason = "We tried the other way last year and it did not work for us at all"
        assert controller.record_choice(group, "ABCD"[group % 4], reason)
    label = window.session_view.cards_panel.choices
    qtbot.wait(1)
    assert label.height() < 2 * label.fontMetrics().height()
    assert "G13" in label.toolTip() and label.toolTip().count("last year") == 13
    assert label.text().endswith("…")


def test_three_groups_outputs_sit_together_at_the_top(qtbot, window) -> None:
    from workshop.core.cards import CardKind

    controller = window.controller
    card = next(c for _d, c in controller.library.decks.cards_of_kind(CardKind.EXERCISE))
    controller.run_exercise(card)
    panel = window.session_view.exercises_panel
    window.session_view.show_tab(panel)
    qtbot.wait(10)
    first, second = panel.texts[1], panel.texts[2]
    gap = second.geometry().top() - first.geometry().bottom()
    assert gap < first.height(), "no large empty band between the groups' lines"


def test_empty_tabs_say_what_to_do_next_without_an_empty_box(qtbot, window) -> None:
    from PySide6.QtWidgets import QLabel

    view = window.session_view
    view.show_tab(view.exercises_panel)
    qtbot.wait(10)
    assert not view.exercises_panel.scroll.isVisible()
    assert "Run on the wall" in view.exercises_panel.current.text()
    view.show_tab(view.board_panel)
    qtbot.wait(10)
    assert not view.board_panel.lists
    words = [w.text() for w in view.board_panel.findChildren(QLabel) if w.isVisible()]
    assert any(t.startswith("No columns yet.") for t in words)


def test_the_exercises_tab_with_no_exercise_leaves_the_wall_alone(qtbot, window) -> None:
    view = window.session_view
    window.controller.show(Activity.GROUPS)
    window.controller.show(Activity.CARDS)
    before = view.wall.state
    assert before.view.mode is ViewMode.CARD
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.cards_panel.live, Qt.Key_4, Qt.ControlModifier)
    assert view.tabs.currentWidget() is view.exercises_panel
    # Nothing running: the room keeps its card, not a surprise view of the groups.
    assert window.controller.session.activity is Activity.CARDS
    assert view.wall.state == before
    assert "No exercise is running" in view.exercises_panel.current.text()
    # Running one puts it on the wall, and Ctrl+4 later shows it again.
    window.controller.run_exercise(SCALE)
    assert view.wall.state.view.mode is ViewMode.EXERCISE
    qtbot.keyClick(view.tabs.tabBar(), Qt.Key_1, Qt.ControlModifier)
    assert view.wall.state.view.mode is ViewMode.CARD
    qtbot.keyClick(view.tabs.tabBar(), Qt.Key_4, Qt.ControlModifier)
    assert view.wall.state.view.mode is ViewMode.EXERCISE
