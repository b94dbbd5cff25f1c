"""The card editor never loses an edit: problems in view, no false "Saved.", ask before
dropping an edit; Alt+Up/Down reorders; the deck list and tag filter follow edits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop.ui.decks.decks_dialog import DecksDialog


def dialog_for(qtbot, library) -> DecksDialog:
    dialog = DecksDialog(library)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer(text: str, asked: list[str], tries: int = 50) -> None:
    """Press the button with this text on the next message box, noting its question.

    It gives up after about a second: a box that never comes is the test's failure, and
    a press left waiting must not answer a later test's box."""

    def press(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            next(b for b in box.buttons() if text in b.text().replace("&", "")).click()
        elif left:
            QTimer.singleShot(20, lambda: press(left - 1))

    QTimer.singleShot(0, lambda: press(tries))


def first_dilemma_row(dialog: DecksDialog, library) -> int:
    dialog.reload_decks(library.decks.first_id())  # a deck with dilemmas
    deck = library.decks.get(dialog.deck_id())
    return next(i for i, c in enumerate(deck.cards) if c.kind.value == "dilemma")


def test_a_refused_edit_is_said_in_view_never_saved_and_never_dropped(qtbot, library):
    dialog = dialog_for(qtbot, library)
    row = first_dilemma_row(dialog, library)
    dialog.cards.setCurrentIndex(dialog.model.index(row))
    stored = dialog.editor.card(dialog.card_id)
    form = dialog.form
    form.options[1].setFocus()
    form.options[1].setText(form.options[0].text())
    qtbot.keyClick(form.options[1], Qt.Key_Return)
    assert dialog.status.text() == "Not saved: Two options say the same."
    assert form.problem.text() == "Two options say the same."
    assert not form.problem.visibleRegion().isEmpty(), "the problem is in view"
    assert dialog.editor.card(dialog.card_id) == stored
    asked: list[str] = []
    answer("Go back", asked)
    dialog.cards.setCurrentIndex(dialog.model.index(row + 1))
    assert asked == ["This card's edit is not saved: Two options say the same. Go back and fix it?"]
    assert dialog.cards.currentIndex().row() == row and dialog.card_id == stored_id(dialog, row)
    assert form.options[1].text() == form.options[0].text(), "the edit is still in the form"
    answer("Discard", asked)
    dialog.cards.setCurrentIndex(dialog.model.index(row + 1))
    assert len(asked) == 2 and dialog.cards.currentIndex().row() == row + 1
    assert dialog.editor.card(stored_id(dialog, row)) == stored


def stored_id(dialog: DecksDialog, row: int) -> int:
    return dialog.model.ids[row]


def test_alt_up_and_down_reorder_and_the_lists_follow_edits(qtbot, library):
    dialog = dialog_for(qtbot, library)
    deck_id = dialog.deck_id()
    titles = [c.title for c in library.decks.get(deck_id).cards]
    dialog.cards.setCurrentIndex(dialog.model.index(1))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts reach the active window only
    dialog.cards.setFocus()
    qtbot.keyClick(dialog.cards, Qt.Key_Up, Qt.AltModifier)
    assert [c.title for c in library.decks.get(deck_id).cards][:2] == [titles[1], titles[0]]
    qtbot.keyClick(dialog.cards, Qt.Key_Down, Qt.AltModifier)
    qtbot.keyClick(dialog.cards, Qt.Key_Down, Qt.AltModifier)
    assert [c.title for c in library.decks.get(deck_id).cards][:3] == [
        titles[0], titles[2], titles[1]
    ]  # fmt: skip
    count = len(titles)
    assert f"{count} cards" in dialog.decks.currentItem().text()
    dialog.new_card()
    form = dialog.form
    form.title.setText("Een nieuwe kaart")
    form.options[0].setText("Ja")
    form.options[1].setText("Nee")
    form.tags.setFocus()
    qtbot.keyClicks(form.tags, "brandnieuw")
    qtbot.keyClick(form.tags, Qt.Key_Return)
    assert dialog.status.text() == "Saved."
    assert f"{count + 1} cards" in dialog.decks.currentItem().text()
    tags = [dialog.tag_filter.itemData(i) for i in range(dialog.tag_filter.count())]
    assert "brandnieuw" in tags


def test_ctrl_z_in_a_saved_field_undoes_the_saved_edit_named_by_the_field(qtbot, library):
    dialog = dialog_for(qtbot, library)
    row = first_dilemma_row(dialog, library)
    dialog.cards.setCurrentIndex(dialog.model.index(row))
    stored = dialog.editor.card(dialog.card_id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts reach the active window only
    field = dialog.form.options[0]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Iets anders")
    qtbot.keyClick(field, Qt.Key_Return)  # saved
    assert dialog.editor.card(dialog.card_id).options[0] == "Iets anders"
    assert dialog.undo_stack.undoText() == "edit option A"
    assert dialog.undo_button.text().replace("&", "") == "Undo edit option A"
    qtbot.keyClick(field, Qt.Key_Z, Qt.ControlModifier)  # still in the field
    assert dialog.editor.card(dialog.card_id) == stored, "the saved edit is undone"
    assert field.text() == stored.options[0]
    qtbot.keyClick(field, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert dialog.editor.card(dialog.card_id).options[0] == "Iets anders"
    # Typing not yet saved is still the text box's own to undo.
    qtbot.keyClicks(field, "!")
    qtbot.keyClick(field, Qt.Key_Z, Qt.ControlModifier)
    assert field.text() == "Iets anders"
    assert dialog.editor.card(dialog.card_id).options[0] == "Iets anders"


def test_tab_follows_the_layout_and_a_space_never_duplicates_a_deck(qtbot, library):
    dialog = dialog_for(qtbot, library)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    deck_id, row = next(
        (d.id, i)
        for d in library.decks.summaries()
        for i, c in enumerate(library.decks.get(d.id).cards)
        if c.kind.value == "exercise"
    )
    dialog.reload_decks(deck_id)
    dialog.cards.setCurrentIndex(dialog.model.index(row))
    decks = dialog.decks.count()
    form = dialog.form
    form.kind.setFocus()
    seen = [form.kind]
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        widget = QApplication.focusWidget()
        seen.append(
            widget.parent() if widget.parent() in (form.minutes, form.group_size) else widget
        )
    assert seen == [
        form.kind, form.title, form.text, form.minutes, form.group_size, form.output,
        form.stages, form.notes, form.tags, form.links,
    ]  # fmt: skip
    form.stages.setFocus()
    qtbot.keyClick(form.stages, Qt.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert dialog.decks.count() == decks, "a typed space duplicated nothing"
    form.links.setFocus()
    qtbot.keyClick(form.links, Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.decks, "after the form, round to the start"


def test_at_1280x800_the_problem_and_the_field_are_both_in_view(qtbot, library):
    dialog = dialog_for(qtbot, library)
    dialog.resize(1280, 800)
    row = first_dilemma_row(dialog, library)
    dialog.cards.setCurrentIndex(dialog.model.index(row))
    form = dialog.form
    form.title.setFocus()
    form.title.clear()
    qtbot.keyClick(form.title, Qt.Key_Return)
    assert dialog.status.text() == "Not saved: A card needs a title."

    def in_view(widget) -> bool:
        return widget.visibleRegion().boundingRect().size() == widget.size()

    assert in_view(form.problem) and in_view(form.title)
    form.links.setFocus()  # the bottom of the form: the problem stays in view
    dialog.form_scroll.ensureWidgetVisible(form.links)
    assert in_view(form.problem) and in_view(form.links)
    # Closing asks about the edit left unsaved (test_leaving_a_card.py): discard it.
    asked: list[str] = []
    answer("Discard", asked)
    dialog.close()
    assert len(asked) == 1 and not dialog.isVisible()


def test_a_decks_line_reads_the_same_after_an_edit_as_when_listed(qtbot, library):
    from workshop.core.cards import Card, CardKind, Deck

    one = Card("only", "The only card", CardKind.DILEMMA, "Which?", options=("Yes", "No"))
    deck_id = library.decks.add(Deck("one-card", "One card", cards=(one,)))
    dialog = dialog_for(qtbot, library)
    dialog.reload_decks(deck_id)
    listed = dialog.decks.currentItem().text()
    assert "1 card ·" in listed  # one card, not "1 cards"
    dialog.cards.setCurrentIndex(dialog.model.index(0))
    dialog.form.title.setText("The only card, renamed")
    dialog.form.title.editingFinished.emit()
    assert dialog.status.text() == "Saved."
    assert dialog.decks.currentItem().text() == listed  # the same words, the same date
