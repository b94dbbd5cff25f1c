"""Choosing the cards on the home page: a tag, N at random, shuffled, or hand-picked."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop.ui.control.window import ControlWindow


def home_window(qtbot, library) -> ControlWindow:
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    return window


def test_a_tag_drawn_at_random_and_shuffled_is_played_and_its_seed_kept(qtbot, library):
    window = home_window(qtbot, library)
    home = window.home
    index = home.which.findText("With the tag “community”")
    assert index > 0
    home.which.setCurrentIndex(index)
    home.draw.setValue(2)
    home.shuffle.setChecked(True)
    qtbot.mouseClick(home.start, Qt.LeftButton)
    session = window.controller.session
    assert len(session.rounds) == 2 and all("community" in c.tags for c in session.rounds)
    stored = library.sessions.load(session.id)
    choice = json.loads(stored.card_choice)
    assert (choice["tag"], choice["count"], choice["order"]) == ("community", 2, "shuffled")
    assert isinstance(choice["seed"], int)
    assert [c.title for c in stored.rounds] == [c.title for c in session.rounds]


def test_hand_picked_cards_by_keyboard(qtbot, library):
    window = home_window(qtbot, library)
    home = window.home

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        cards = dialog.cards
        cards.setFocus()
        cards.setCurrentRow(2)
        qtbot.keyClick(cards, Qt.Key_Space)
        cards.setCurrentRow(0)
        qtbot.keyClick(cards, Qt.Key_Space)
        qtbot.keyClick(cards, Qt.Key_Return)

    QTimer.singleShot(0, tick)
    picked = home.which.findText("Hand-picked…")
    home.which.setCurrentIndex(picked)  # as choosing it in the list does, before `activated`
    home.which.activated.emit(picked)
    assert home.which.currentText() == "Hand-picked: 2 cards"
    deck = library.decks.get(library.decks.first_id())
    qtbot.mouseClick(home.start, Qt.LeftButton)
    titles = [c.title for c in window.controller.session.rounds]
    assert titles == [deck.cards[0].title, deck.cards[2].title]
