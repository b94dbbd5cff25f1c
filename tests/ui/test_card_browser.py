"""The card browser: every deck searched as you type, results sortable by each column."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop.core.cards import Card, Deck
from workshop.store.deck_edits import DeckEditor, import_deck
from workshop.ui.decks.card_browser import CardBrowser
from workshop.ui.decks.decks_dialog import DecksDialog


def test_search_across_decks_sorts_by_columns_and_narrows_to_one_deck(qtbot, library):
    # Keep one starter deck beside ours (the Dutch one would match "zoe" and "geld" too).
    for deck in library.decks.summaries():
        if deck.language != "en":
            DeckEditor(library.db).delete_deck(deck.id)
    deck_id, _, _ = import_deck(library.db, Deck("v", "Vereniging", cards=(
        Card("a", "Zoë en de begroting", text="Geld", options=("x", "y"), tags=("geld",)),
        Card("b", "Aan de bestuurstafel", text="Geld", options=("x", "y"), tags=("bestuur",)),
    )))  # fmt: skip
    browser = CardBrowser(library)
    qtbot.addWidget(browser)
    browser.show()
    all_cards = browser.model.rowCount()
    assert all_cards > 2 and browser.count.text() == f"{all_cards} cards"
    qtbot.keyClicks(browser.query, "zoe begroting")  # "zoe" alone: "zoeken" too
    assert [h.title for h in browser.model.hits] == ["Zoë en de begroting"]
    browser.query.setText("geld -tag:bestuur deck:vereniging")  # starter decks hold geld too
    assert browser.model.rowCount() == 1
    browser.query.setText("geld deck:vereniging")
    browser.table.sortByColumn(0, Qt.AscendingOrder)
    assert [browser.model.index(r, 0).data() for r in range(2)] == [
        "Aan de bestuurstafel", "Zoë en de begroting"
    ]  # fmt: skip
    browser.table.sortByColumn(0, Qt.DescendingOrder)
    assert browser.model.index(0, 0).data() == "Zoë en de begroting"
    assert [browser.model.index(0, c).data() for c in (1, 2, 3)] == [
        "Vereniging", "dilemma", "geld"
    ]  # fmt: skip
    browser.query.setText("")
    browser.scope.setCurrentIndex(browser.scope.findData(deck_id))
    assert browser.model.rowCount() == 2
    if os.environ.get("WORKSHOP_SHOTS"):
        browser.query.setText("")
        browser.scope.setCurrentIndex(0)
        browser.table.sortByColumn(1, Qt.AscendingOrder)
        browser.grab().save(str(Path(os.environ["WORKSHOP_SHOTS"]) / "search-table.png"))


def test_enter_or_a_double_click_on_a_row_opens_that_card_in_the_editor(qtbot, library):
    deck_id, _, _ = import_deck(library.db, Deck("v", "Vereniging", cards=(
        Card("a", "Zoë en de begroting", text="Geld", options=("x", "y")),
        Card("b", "Aan de bestuurstafel", text="Geld", options=("x", "y")),
    )))  # fmt: skip
    dialog = DecksDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("iets dat nergens staat")  # the editor's own filter gives way

    def choose(title: str, by_enter: bool) -> None:
        browser = QApplication.activeModalWidget()
        if not isinstance(browser, CardBrowser):
            QTimer.singleShot(20, lambda: choose(title, by_enter))
            return
        QTimer.singleShot(2000, browser.reject)  # never left open, should the row not open
        browser.query.setText(f'"{title}"')
        index = browser.model.index(0, 0)
        browser.table.setCurrentIndex(index)
        if by_enter:
            browser.table.setFocus()
            qtbot.keyClick(browser.table, Qt.Key_Return)
        else:
            cell = browser.table.visualRect(index).center()
            # A double-click as a mouse makes it: a press first, then the second click.
            qtbot.mousePress(browser.table.viewport(), Qt.LeftButton, pos=cell)
            qtbot.mouseDClick(browser.table.viewport(), Qt.LeftButton, pos=cell)

    for title, by_enter in (("Aan de bestuurstafel", True), ("Zoë en de begroting", False)):
        QTimer.singleShot(0, lambda t=title, e=by_enter: choose(t, e))
        dialog.browse()
        assert dialog.deck_id() == deck_id
        assert dialog.form.title.text() == title
        assert dialog.editor.card(dialog.card_id).title == title
        assert dialog.cards.currentIndex().data() and title in dialog.cards.currentIndex().data()
