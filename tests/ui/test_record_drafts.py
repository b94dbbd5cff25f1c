"""A group's choice as UI.md types it (`3` `B` Enter, the reason, Enter), and a choice begun
on one card stays with that card when the clicker moves the wall meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_game_by_keys import five  # noqa: F401  (the fixture)


def choices(win, index: int) -> dict[int, tuple[str, str]]:
    return {c.group: (c.option, c.reason) for c in win.controller.session.choices_for(index)}


def test_enter_after_the_letter_moves_to_the_reason_and_a_second_enter_records_none(
    qtbot,
    five,  # noqa: F811
):
    live, record = five.cards_panel.live, five.cards_panel.record
    qtbot.keyClick(live, Qt.Key_3)
    qtbot.keyClick(record.option, Qt.Key_B)
    assert record.reason.hasFocus()
    qtbot.keyClick(record.reason, Qt.Key_Return)  # the step to the reason: nothing recorded
    assert choices(five, 0) == {} and record.reason.hasFocus()
    qtbot.keyClicks(record.reason, "two days")
    qtbot.keyClick(record.reason, Qt.Key_Return)
    assert choices(five, 0) == {3: ("B", "two days")}
    # Letters typed after it are room keys again, and nothing was typed into the wall.
    assert not record.drafting()
    # Without a reason: Enter, Enter.
    qtbot.keyClick(live, Qt.Key_2)
    qtbot.keyClick(record.option, Qt.Key_A)
    qtbot.keyClick(record.reason, Qt.Key_Return)
    qtbot.keyClick(record.reason, Qt.Key_Return)
    assert choices(five, 0)[2] == ("A", "")


def test_a_choice_begun_on_a_card_is_recorded_for_that_card(qtbot, five):  # noqa: F811
    live, record = five.cards_panel.live, five.cards_panel.record
    qtbot.keyClick(live, Qt.Key_1)
    qtbot.keyClick(record.option, Qt.Key_A)
    qtbot.keyClicks(record.reason, "why? 2 days")
    five.controller.go_to_round(1)  # the clicker's PageDown, mid-typing
    assert five.controller.session.position.round_index == 1
    qtbot.keyClick(record.reason, Qt.Key_Return)
    assert choices(five, 0) == {1: ("A", "why? 2 days")}
    assert choices(five, 1) == {}
    assert "on card 1" in five.cards_panel.status.text()
    # The next choice is for the card on screen.
    qtbot.keyClick(live, Qt.Key_2)
    qtbot.keyClick(record.option, Qt.Key_B)
    qtbot.keyClicks(record.reason, "next")
    qtbot.keyClick(record.reason, Qt.Key_Return)
    assert choices(five, 1) == {2: ("B", "next")}
    assert five.cards_panel.status.text() == "Group 2 chose B. Saved."
