"""A three-card round driven by key presses alone, checked on the projector after each key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop.store.library import open_library
from workshop.ui.control.window import ControlWindow


def projector_text(win: ControlWindow) -> str:
    return win.projector.audience.shown_text()


def test_keys_alone_run_three_cards_and_b_blanks(qtbot, window, three_card_session):
    cards = three_card_session.rounds
    live = window.cards_panel.live
    first = projector_text(window)
    assert cards[0].title in first and cards[0].options[0] not in first
    assert "Card 1 of 3" in first

    qtbot.keyClick(live, Qt.Key_Right)
    assert cards[0].options[0] in projector_text(window)
    assert cards[0].questions[0] not in projector_text(window)
    qtbot.keyClick(live, Qt.Key_Space)
    assert cards[0].questions[0] in projector_text(window)
    qtbot.keyClick(live, Qt.Key_PageDown)
    assert cards[1].title in projector_text(window) and "Card 2 of 3" in projector_text(window)
    qtbot.keyClick(live, Qt.Key_Left)
    assert cards[0].questions[-1] in projector_text(window)
    qtbot.keyClick(live, Qt.Key_PageUp)
    assert cards[0].questions[0] not in projector_text(window)

    qtbot.keyClick(live, Qt.Key_B)
    assert projector_text(window) == ""
    assert live.shown_text() == "", "the control window mirrors the blank projector"
    qtbot.keyClick(live, Qt.Key_B)
    assert cards[0].options[0] in projector_text(window)
    qtbot.keyClick(live, Qt.Key_W)
    assert projector_text(window) == "" and window.projector.audience.view.blank.value == "white"
    qtbot.keyClick(live, Qt.Key_W)
    assert cards[0].options[0] in projector_text(window)

    # The clicker works with the projector window focused too.
    for _ in range(6):
        qtbot.keyClick(window.projector, Qt.Key_PageDown)
    assert cards[2].title in projector_text(window) and "Card 3 of 3" in projector_text(window)
    assert projector_text(window) == live.shown_text()
    qtbot.keyClick(window.projector, Qt.Key_Period)
    assert projector_text(window) == ""
    qtbot.keyClick(window.projector, Qt.Key_Period)
    assert cards[2].title in projector_text(window)


def test_a_choice_is_recorded_by_keys_and_committed_at_once(qtbot, window, tmp_path):
    live = window.cards_panel.live
    record = window.cards_panel.record
    qtbot.keyClick(live, Qt.Key_Right)
    qtbot.keyClick(live, Qt.Key_2)
    assert record.group.text() == "2"
    assert record.option.hasFocus(), "with three groups one digit is enough: on to the option"
    qtbot.keyClick(record.option, Qt.Key_B)
    assert record.option.text() == "B"
    assert record.reason.hasFocus()
    assert projector_text(window), "B typed as an option does not blank the projector"
    qtbot.keyClicks(record.reason, "one colleague two days")
    qtbot.keyClick(record.reason, Qt.Key_Return)

    assert record.group.text() == "" and record.reason.text() == ""
    assert "G2 B" in window.cards_panel.choices.text()
    assert window.cards_panel.rounds.item(0).text().endswith("(1 recorded)")
    assert live.hasFocus(), "after Enter the session keys work again"
    stored = open_library(tmp_path / "lib.sqlite", install_starters=False)
    rows = list(stored.db.query("select group_no, option, reason from group_choices"))
    stored.close()
    assert rows == [{"group_no": 2, "option": "B", "reason": "one colleague two days"}]

    window.controller.undo_stack.undo()
    assert "No choices recorded" in window.cards_panel.choices.text()
    assert window.controller.session.choices == {}
    window.controller.undo_stack.redo()
    assert window.controller.session.choices[(0, 2)].reason == "one colleague two days"


def test_a_wrong_option_says_why_and_records_nothing(qtbot, window):
    record = window.cards_panel.record
    window.controller.go_to_round(2)  # a card with three options: A to C
    record.group.setText("1")
    record.option.setText("D")
    record.reason.setText("there is no D")
    record.submit()
    assert window.controller.session.choices == {}
    assert "Option D is not on this card" in window.statusBar().currentMessage()


def test_closing_and_reopening_shows_the_session_where_it_was(qtbot, window):
    controller = window.controller
    controller.forward()
    controller.forward()
    controller.forward()
    controller.record_choice(3, "a", "reopened")
    session_id = controller.session.id
    window.close_session()
    assert window.stack.currentWidget() is window.home
    window.open_session(session_id)
    assert window.controller.session.position.round_index == 1
    assert "G3 A “reopened”" in window.cards_panel.choices.text()


def test_the_card_list_picks_a_card_by_keyboard(qtbot, window, three_card_session):
    rounds = window.cards_panel.rounds
    rounds.setFocus()
    qtbot.keyClick(rounds, Qt.Key_Down)
    qtbot.keyClick(rounds, Qt.Key_Down)
    qtbot.keyClick(rounds, Qt.Key_Return)
    assert three_card_session.rounds[2].title in projector_text(window)
    qtbot.keyClick(rounds, Qt.Key_Left)
    assert three_card_session.rounds[1].questions[-1] in projector_text(window)


def test_a_closed_projector_comes_back_and_esc_leaves_full_screen(qtbot, window):
    projector = window.projector
    projector.close()
    assert not projector.isVisible(), "closing only hides the projector"
    window.full_screen_action.trigger()
    assert projector.isVisible() and projector.isFullScreen()
    assert projector.audience.shown_text(), "it shows the session again"
    qtbot.keyClick(projector, Qt.Key_Escape)
    assert not projector.isFullScreen()
    window.full_screen_action.trigger()
    assert projector.isFullScreen()
    qtbot.keyClick(window.cards_panel.live, Qt.Key_Escape)
    assert not projector.isFullScreen()


def test_blank_is_a_true_black_or_white_screen(qtbot, window):
    def colours() -> set[str]:
        image = window.projector.audience.grab().toImage()
        step_x, step_y = max(1, image.width() // 16), max(1, image.height() // 16)
        return {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }

    assert len(colours()) > 1, "a card shows text on its background"
    qtbot.keyClick(window.cards_panel.live, Qt.Key_B)
    assert colours() == {"#000000"}
    qtbot.keyClick(window.cards_panel.live, Qt.Key_W)
    assert colours() == {"#ffffff"}
