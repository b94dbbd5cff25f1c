"""The deck editor: a card made through the form, found without accents, undone; 10,000 cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.store.test_deck_files import write_deck_file
from workshop.core.cards import Card, Deck
from workshop.store.deck_edits import import_deck
from workshop.ui.decks.decks_dialog import DecksDialog
from workshop.ui.decks.import_dialog import NEW_DECK, ImportDialog


def dialog_for(qtbot, library) -> DecksDialog:
    dialog = DecksDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_card_made_in_the_form_is_found_without_accents_and_undone(qtbot, library):
    dialog = dialog_for(qtbot, library)
    deck_id = dialog.deck_id()
    before = len(library.decks.get(deck_id).cards)
    dialog.new_card()
    form = dialog.form
    qtbot.keyClicks(form.title, "Meeting in ")
    form.title.setText(form.title.text() + "Łódź")  # keyClicks cannot type Ł
    qtbot.keyClick(form.title, Qt.Key_Tab)  # leaving the field saves it
    assert "2 to 4 options" in form.problem.text()
    assert len(library.decks.get(deck_id).cards) == before, "an invalid card is not saved"
    form.options[0].setFocus()
    qtbot.keyClicks(form.options[0], "Go")
    qtbot.keyClick(form.options[0], Qt.Key_Tab)
    form.options[1].setFocus()
    qtbot.keyClicks(form.options[1], "Stay")
    qtbot.keyClick(form.options[1], Qt.Key_Return)
    assert form.problem.text() == ""
    cards = library.decks.get(deck_id).cards
    assert len(cards) == before + 1 and cards[-1].title == "Meeting in Łódź"
    assert (
        "Meeting in Łódź" in dialog.preview.shown_text() and "Stay" in dialog.preview.shown_text()
    )

    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "lodz")
    assert dialog.model.rowCount() == 1
    assert "Meeting in Łódź" in dialog.model.data(dialog.model.index(0))

    assert dialog.undo_stack.count() == 1
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.cards.setFocus()  # in a text field Ctrl+Z undoes the typing, as everywhere
    qtbot.keyClick(dialog.cards, Qt.Key_Z, Qt.ControlModifier)  # the new card
    assert len(library.decks.get(deck_id).cards) == before
    assert dialog.model.rowCount() == 0
    qtbot.keyClick(dialog.cards, Qt.Key_Z, Qt.ShiftModifier | Qt.ControlModifier)
    assert len(library.decks.get(deck_id).cards) == before + 1
    assert dialog.model.rowCount() == 1


def test_ten_thousand_cards_are_listed_lazily(qtbot, library):
    cards = tuple(Card(f"c{i}", f"Card {i}", options=("a", "b")) for i in range(10_000))
    deck_id, _, _ = import_deck(library.db, Deck("big", "Big", cards=cards))
    dialog = dialog_for(qtbot, library)
    dialog.reload_decks(deck_id)
    assert dialog.model.rowCount() == 10_000
    assert len(dialog.model.cache) <= 400, "only the pages shown are read"
    last = dialog.model.data(dialog.model.index(9_999))
    assert "Card 9999" in last and len(dialog.model.cache) <= 600


def test_delete_asks_import_previews_update_or_copy(qtbot, library, starter_deck, tmp_path):
    dialog = dialog_for(qtbot, library)
    file = write_deck_file(starter_deck, tmp_path / "deck.json")
    dialog.reload_decks(library.decks.find_id(starter_deck.title))

    def choose(text: str) -> None:
        def press() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                next(b for b in box.buttons() if text in b.text().replace("&", "")).click()
            else:
                QTimer.singleShot(20, press)

        QTimer.singleShot(0, press)

    previews: list[object] = []

    def import_as_copy() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, ImportDialog):
            # The file names a deck already here: the dialog offers to update it.
            previews.append(box.target.currentData())
            box.target.setCurrentIndex(box.target.findData(NEW_DECK))
            previews.append(box.summary.text())
            box.import_button.click()
        else:
            QTimer.singleShot(20, import_as_copy)

    QTimer.singleShot(0, import_as_copy)
    original = library.decks.find_id(starter_deck.title)
    copy_id = dialog.import_file(str(file))
    assert previews == [
        original,
        f"A new deck “{starter_deck.title}” with {len(starter_deck.cards)} cards.",
    ]
    assert len(library.decks.summaries()) == 5  # the four starter decks and the copy
    dialog.reload_decks(copy_id)
    choose("Cancel")
    assert not dialog.delete_deck()
    choose("Yes")
    assert dialog.delete_deck()
    assert len(library.decks.summaries()) == 4


def test_a_prompt_card_keeps_its_columns(qtbot, library):
    dialog = dialog_for(qtbot, library)
    dialog.new_card()
    form = dialog.form
    form.kind.setCurrentIndex(2)  # prompt
    assert form.columns.isVisibleTo(dialog) and not form.options[0].isVisibleTo(dialog)
    form.title.setText("Tips")
    form.text.setPlainText("What helps?")
    form.columns.setPlainText("Now\nLater")
    dialog.save_card()
    saved = dialog.editor.card(dialog.card_id)
    assert (saved.kind.value, saved.stages, saved.options) == ("prompt", ("Now", "Later"), ())
