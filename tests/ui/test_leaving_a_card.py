"""Every way of leaving a card with an edit that cannot be saved asks first: the search,
the filters, another deck, a new card, closing; "Go back" returns to the card as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_card_editor_edits import answer, dialog_for
from workshop.ui.decks.decks_dialog import DecksDialog


def open_searched_card(qtbot, dialog: DecksDialog, library) -> tuple[int, str]:
    """Search a word of the first dilemma's title and open that card, as the tester did."""
    dialog.reload_decks(library.decks.first_id())
    card = next(c for c in library.decks.get(dialog.deck_id()).cards if c.kind.value == "dilemma")
    word = max(card.title.split(), key=len)
    dialog.search.setText(word)
    row = next(
        i
        for i, card_id in enumerate(dialog.model.ids)
        if dialog.editor.card(card_id).title == card.title
    )
    dialog.cards.setCurrentIndex(dialog.model.index(row))
    return dialog.card_id, word


def clear_title(qtbot, dialog: DecksDialog) -> None:
    dialog.form.title.setFocus()
    dialog.form.title.clear()
    qtbot.keyClick(dialog.form.title, Qt.Key_Return)  # refused: "A card needs a title."
    assert dialog.status.text() == "Not saved: A card needs a title."


def test_clearing_the_search_asks_and_go_back_keeps_the_edit_and_the_card(qtbot, library):
    dialog = dialog_for(qtbot, library)
    card_id, word = open_searched_card(qtbot, dialog, library)
    stored = dialog.editor.card(card_id)
    clear_title(qtbot, dialog)
    asked: list[str] = []
    answer("Go back", asked)
    dialog.search.clear()
    assert asked == ["This card's edit is not saved: A card needs a title. Go back and fix it?"]
    assert dialog.form.title.text() == "", "the edit is still in the form"
    assert dialog.search.text() == word, "the search the list shows stays"
    assert dialog.card_id == card_id
    assert dialog.cards.currentIndex().data(Qt.UserRole) == card_id
    assert dialog.selected_ids() == [card_id], "the list highlights the card being edited"
    assert dialog.focusWidget() is dialog.form.title, "the field with the problem"
    assert dialog.editor.card(card_id) == stored

    # The title typed again: the card is valid, saved as it was, and the message goes.
    qtbot.keyClicks(dialog.form.title, stored.title)
    qtbot.keyClick(dialog.form.title, Qt.Key_Return)
    assert dialog.form.problem.text() == ""
    assert "Not saved" not in dialog.status.text()
    dialog.search.clear()  # nothing to lose now: no question
    assert len(asked) == 1 and dialog.model.rowCount() > 1
    assert dialog.card_id == card_id and dialog.form.title.text() == stored.title


def test_clearing_the_search_asks_and_discard_shows_the_saved_card(qtbot, library):
    dialog = dialog_for(qtbot, library)
    card_id, _ = open_searched_card(qtbot, dialog, library)
    stored = dialog.editor.card(card_id)
    searched = dialog.model.rowCount()
    clear_title(qtbot, dialog)
    asked: list[str] = []
    answer("Discard", asked)
    dialog.search.clear()
    assert len(asked) == 1
    assert dialog.search.text() == "" and dialog.model.rowCount() > searched
    assert dialog.card_id == card_id and dialog.selected_ids() == [card_id]
    assert dialog.form.title.text() == stored.title, "the saved card shows"
    assert dialog.form.problem.text() == "" and "Not saved" not in dialog.status.text()
    assert dialog.editor.card(card_id) == stored


def test_a_new_card_asks_first(qtbot, library):
    dialog = dialog_for(qtbot, library)
    card_id, _ = open_searched_card(qtbot, dialog, library)
    stored = dialog.editor.card(card_id)
    clear_title(qtbot, dialog)
    asked: list[str] = []
    answer("Go back", asked)
    dialog.new_card()
    assert len(asked) == 1
    assert dialog.card_id == card_id and dialog.form.title.text() == ""
    assert dialog.selected_ids() == [card_id]
    assert dialog.focusWidget() is dialog.form.title
    answer("Discard", asked)
    dialog.new_card()
    assert len(asked) == 2
    assert dialog.card_id is None and dialog.selected_ids() == []
    assert dialog.form.title.text() == "" and not any(o.text() for o in dialog.form.options)
    assert dialog.editor.card(card_id) == stored


def test_another_deck_or_a_filter_asks_and_go_back_keeps_them_as_they_were(qtbot, library):
    dialog = dialog_for(qtbot, library)
    assert dialog.decks.count() > 1, "the starter library has several decks"
    card_id, word = open_searched_card(qtbot, dialog, library)
    deck_row = dialog.decks.currentRow()
    clear_title(qtbot, dialog)
    asked: list[str] = []
    answer("Go back", asked)
    dialog.decks.setCurrentRow(1 if deck_row == 0 else 0)
    assert len(asked) == 1
    assert dialog.decks.currentRow() == deck_row
    assert [i.row() for i in dialog.decks.selectedIndexes()] == [deck_row]
    assert dialog.card_id == card_id and dialog.form.title.text() == ""
    answer("Go back", asked)
    dialog.kind_filter.setCurrentIndex(dialog.kind_filter.findData("exercise"))
    assert len(asked) == 2 and dialog.kind_filter.currentData() == ""
    assert dialog.selected_ids() == [card_id] and dialog.form.title.text() == ""
    answer("Discard", asked)
    dialog.decks.setCurrentRow(1 if deck_row == 0 else 0)
    assert len(asked) == 3 and dialog.decks.currentRow() != deck_row
    assert dialog.card_id != card_id


def test_a_click_on_another_card_asks_before_the_list_moves(qtbot, library):
    dialog = dialog_for(qtbot, library)
    card_id, _ = open_searched_card(qtbot, dialog, library)
    dialog.search.clear()
    row = dialog.model.ids.index(card_id)
    other = row + 1 if row + 1 < dialog.model.rowCount() else row - 1
    clear_title(qtbot, dialog)
    asked: list[str] = []
    answer("Go back", asked)
    place = dialog.cards.visualRect(dialog.model.index(other)).center()
    qtbot.mouseClick(dialog.cards.viewport(), Qt.LeftButton, pos=place)
    assert len(asked) == 1
    assert dialog.selected_ids() == [card_id], "the highlight stays on the card being edited"
    assert dialog.card_id == card_id and dialog.form.title.text() == ""
    assert dialog.focusWidget() is dialog.form.title
    answer("Discard", asked)
    qtbot.mouseClick(dialog.cards.viewport(), Qt.LeftButton, pos=place)
    assert len(asked) == 2 and dialog.selected_ids() == [dialog.model.ids[other]]
    assert dialog.card_id == dialog.model.ids[other]


def test_closing_asks_and_go_back_keeps_the_dialog_open(qtbot, library):
    dialog = dialog_for(qtbot, library)
    open_searched_card(qtbot, dialog, library)
    clear_title(qtbot, dialog)
    asked: list[str] = []
    answer("Go back", asked)
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    answer("Discard", asked)
    dialog.close()
    assert len(asked) == 2 and not dialog.isVisible()
