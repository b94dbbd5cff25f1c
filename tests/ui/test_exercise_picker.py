"""The Exercises tab's picker names the running exercise, never another one beside it."""

from __future__ import annotations

from tests.core.test_room import SCALE
from workshop.core.commands import Change


def test_the_picker_follows_the_running_exercise_and_keeps_a_choice_made_meanwhile(window):
    window._show_tab("exercises_panel")
    panel = window.exercises_panel
    picker = panel.cards
    assert picker.count() >= 2  # the starter decks' exercises
    first, second = picker.itemData(0), picker.itemData(1)

    window.controller.run_exercise(second)
    assert picker.currentData().uid == second.uid
    assert second.title in panel.current.text()

    window.controller.run_exercise(first)
    assert picker.currentData().uid == first.uid

    # Choosing the next one to run is kept while the running one stays the same.
    picker.setCurrentIndex(1)
    panel.refresh(Change(wall=True, groups=True))
    assert picker.currentData().uid == second.uid

    # One that is not in the library (a session's own copy): the picker names none.
    window.controller.run_exercise(SCALE)
    assert picker.currentIndex() == -1 and picker.currentData() is None
    assert SCALE.title in panel.current.text()
