"""The deck editor's Alt+letters: each belongs to one control, in English and Dutch.

Two controls sharing a letter make Alt+letter only move focus between them: a trainer
pressed Alt+C for a new card, landed in Columns and typed over the card there."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QPushButton, QTabBar, QWidget

from tests.ui.test_dutch_everywhere import dutch  # noqa: F401  (the fixture)
from workshop.core.cards import Card, CardKind, Deck
from workshop.store.deck_edits import import_deck
from workshop.ui.decks.decks_dialog import DecksDialog

CARDS = (
    Card("d1", "The empty forum", options=("Post", "Wait", "Ask", "Leave")),
    Card("e1", "Where do you stand", kind=CardKind.EXERCISE, minutes=10, stages=("Yes", "No")),
    Card("p1", "Tips for meetings", kind=CardKind.PROMPT, text="What helps?"),
)


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("Te&xt" -> "x"), lower case; None without one."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_texts(dialog: DecksDialog) -> list[tuple[str, str]]:
    """(kind of control, text) of every control in view that can carry an Alt+letter."""
    found: list[tuple[str, str]] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append(("label", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    return found


def shared_letters(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for _, text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: names for letter, names in by_letter.items() if len(names) > 1}


def open_editor(qtbot, library) -> DecksDialog:
    deck_id, _, _ = import_deck(library.db, Deck("keys", "Keys", cards=CARDS))
    dialog = DecksDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload_decks(deck_id)
    return dialog


def each_kind(dialog: DecksDialog):
    """Shows each card of the deck in turn and yields its kind."""
    for row in range(dialog.model.rowCount()):
        dialog.cards.setCurrentIndex(dialog.model.index(row))
        yield dialog.form.kind.currentData()


def check_every_kind(qtbot, library) -> set[str]:
    dialog = open_editor(qtbot, library)
    kinds = set()
    for kind in each_kind(dialog):
        kinds.add(kind)
        texts = shown_texts(dialog)
        assert not shared_letters(texts), (kind, shared_letters(texts))
        # Every push button has a letter but Delete… of a whole deck (it asks first; there
        # are more controls than letters). Undo and Redo are Ctrl+Z and Ctrl+Shift+Z.
        without = [b.text() for b in dialog.findChildren(QPushButton) if mnemonic(b.text()) is None]
        assert without == [dialog.deck_buttons[2].text()], without
    assert kinds == {"dilemma", "exercise", "prompt"}
    return kinds


def test_no_two_controls_share_a_letter_in_english(qtbot, library):
    check_every_kind(qtbot, library)


def test_no_two_controls_share_a_letter_in_dutch(qtbot, library, dutch):  # noqa: F811
    dialog = open_editor(qtbot, library)
    assert dialog.card_buttons[0].text() == "&Nieuwe kaart", "the Dutch is installed"
    dialog.close()
    check_every_kind(qtbot, library)


def test_the_check_finds_a_shared_letter():
    texts = [("button", "New &card"), ("label", "&Columns"), ("label", "&A"), ("tab", "a&&b")]
    assert shared_letters(texts) == {"c": ["New &card", "&Columns"]}


def alt_key_makes_a_new_card(qtbot, dialog: DecksDialog, key: Qt.Key, modifier) -> None:
    deck_id = dialog.deck_id()
    before = dialog.library.decks.get(deck_id).cards
    dialog.cards.setCurrentIndex(dialog.model.index(2))  # the prompt: Columns in view
    assert dialog.form.columns.isVisible() and dialog.card_id is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.cards.setFocus()
    qtbot.keyClick(dialog.cards, key, modifier)
    # An Alt+letter clicks its button the way a mouse does, after a short animation.
    qtbot.waitUntil(lambda: dialog.card_id is None, timeout=2000)
    assert dialog.form.title.hasFocus(), "an empty form, at Title"
    assert dialog.form.title.text() == ""
    qtbot.keyClicks(dialog.form.title, "Made by keys")
    for option, text in zip(dialog.form.options, ("Go", "Stay"), strict=False):
        option.setFocus()  # a new card is a dilemma: saved once it has two options
        qtbot.keyClicks(option, text)
        qtbot.keyClick(option, Qt.Key_Return)
    after = dialog.library.decks.get(deck_id).cards
    assert after[: len(before)] == before, "no card was typed over"
    assert len(after) == len(before) + 1 and after[-1].title == "Made by keys"


def test_alt_n_makes_a_new_card_in_one_press(qtbot, library):
    dialog = open_editor(qtbot, library)
    assert dialog.card_buttons[0].text() == "&New card"
    alt_key_makes_a_new_card(qtbot, dialog, Qt.Key_N, Qt.AltModifier)


def test_ctrl_n_makes_a_new_card_and_says_so(qtbot, library):
    dialog = open_editor(qtbot, library)
    assert "Ctrl+N" in dialog.card_buttons[0].toolTip()
    assert "Ctrl+N" in dialog.card_buttons[0].accessibleDescription()
    alt_key_makes_a_new_card(qtbot, dialog, Qt.Key_N, Qt.ControlModifier)
