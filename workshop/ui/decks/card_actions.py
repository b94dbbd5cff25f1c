"""CardActions: what the deck editor does with cards: list, choose, save, undo, bulk edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QMessageBox

from workshop.core.audience import AudienceView, ViewMode, audience_view
from workshop.core.cards import Card, CardKind
from workshop.core.details import SessionDetails
from workshop.core.session import Position, Session, reveal_steps
from workshop.store.deck_edits import Rows
from workshop.ui.decks.card_model import CARD_ID

DECK_ROLE = 0x0100  # Qt.UserRole: the deck list's item data (DecksDialog.DECK_ID)


def preview_view(card: Card) -> AudienceView:
    """What the wall would show of a card, fully revealed."""
    if card.kind is CardKind.DILEMMA:
        session = Session(SessionDetails(""), rounds=[card])
        session.position = Position(0, reveal_steps(card)[-1])
        return audience_view(session)
    if card.kind is CardKind.EXERCISE:
        return AudienceView(
            mode=ViewMode.EXERCISE,
            title=card.title,
            text=card.text,
            output=card.output,
            stages=card.stages,
        )
    return AudienceView(mode=ViewMode.TITLE, title=card.text or card.title, text=card.title)


class _RowsChange(QUndoCommand):
    """Card rows before and after an edit; undo and redo write one or the other."""

    def __init__(self, dialog: CardActions, name: str, before: Rows, after: Rows) -> None:
        super().__init__(name)
        self.dialog, self.before, self.after = dialog, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:  # already written when the edit was made
            self.first = False
            return
        self.dialog.put_rows(self.after)

    def undo(self) -> None:
        self.dialog.put_rows(self.before)


class CardActions:
    """Mixed into DecksDialog: the card half of the deck editor.

    Its words name their own translation context: as a mixin, self.tr() would look them
    up under the dialog's."""

    # Set by the dialog: the list's current card is being put back, not chosen.
    _quiet = False
    # The search and filters the list shows: put back when the trainer goes back to a card.
    _filters: tuple[str, str, str] = ("", "", "")
    _not_saved = ""  # what the status line said when it refused an edit

    def refresh_cards(self) -> None:
        deck_id = self.deck_id()
        self._filters = self._filters_shown()
        ids = [] if deck_id is None else self.editor.card_ids(deck_id, *self._filters)
        self.model.set_ids(ids)
        if self.card_id in ids:
            self.select_card(self.card_id)
        else:
            self.card_id = None
            self.form.set_card(None)
            self._show_preview()

    def _filters_shown(self) -> tuple[str, str, str]:
        return (
            self.search.text(),
            self.kind_filter.currentData() or "",
            self.tag_filter.currentData() or "",
        )

    def filters_changed(self) -> None:
        """The search or a filter changed: the list follows, once the form's edit is safe."""
        if self._filters_shown() == self._filters:
            return
        if not self.leave_card():
            # Go back: the search and filters as the list still shows them.
            search, kind, tag = self._filters
            for widget in (self.search, self.kind_filter, self.tag_filter):
                widget.blockSignals(True)
            self.search.setText(search)
            self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))
            self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(tag), 0))
            for widget in (self.search, self.kind_filter, self.tag_filter):
                widget.blockSignals(False)
            return
        self.refresh_cards()

    def select_card(self, card_id: int) -> None:
        if card_id in self.model.ids:
            index = self.model.index(self.model.ids.index(card_id))
            self.cards.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)

    def selected_ids(self) -> list[int]:
        return [i.data(CARD_ID) for i in self.cards.selectionModel().selectedIndexes()]

    def _unsaved_problem(self) -> str:
        """The first problem of an edit the form holds and could not save ("" for none)."""
        found = self.form.problems()
        if not found:
            return ""
        card = self.form.card()
        if self.card_id is None and not (card.title or card.text or card.options):
            return ""  # an untouched new card
        return found[0]

    def leave_card(self) -> bool:
        """Whether the form's card may be replaced; every way of leaving a card asks here.

        A valid edit still being typed is saved first. An edit that cannot be saved is
        never dropped silently: the trainer goes back to it (False) or discards it."""
        if not self.form.problems():
            self.save_card()  # typing not finished yet (a button that takes no focus)
            return True
        problem = self._unsaved_problem()
        if not problem:
            return True
        box = QMessageBox(self)
        box.setWindowTitle(QCoreApplication.translate("CardActions", "Edit not saved"))
        box.setText(
            QCoreApplication.translate(
                "CardActions", "This card's edit is not saved: {0} Go back and fix it?"
            ).format(problem)
        )
        back = box.addButton(
            QCoreApplication.translate("CardActions", "&Go back"), QMessageBox.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("CardActions", "&Discard the edit"),
            QMessageBox.DestructiveRole,
        )
        box.setDefaultButton(back)
        box.exec()
        if box.clickedButton() is back:
            self._back_to_card()
            return False
        # Discarded: the card as it is saved, so nothing is asked twice.
        self.form.set_card(self.editor.card(self.card_id) if self.card_id else None)
        self._show_preview()
        self._clear_not_saved()
        return True

    def _back_to_card(self) -> None:
        """The list's highlight on the card being edited, the cursor in the field to fix."""
        self._select_quietly(self.card_id)
        self.form.check()
        field = self.form.problem_field()
        self.form_scroll.ensureWidgetVisible(field)
        field.setFocus()

    def _card_chosen(self) -> None:
        if self._quiet:
            return
        index = self.cards.currentIndex()
        chosen = index.data(CARD_ID) if index.isValid() else None
        if chosen == self.card_id and self._unsaved_problem():
            return  # the same card again, the list reloaded: its edit stays in the form
        if chosen != self.card_id and not self.leave_card():
            return
        index = self.cards.currentIndex()  # a save may have reloaded the list
        self.card_id = index.data(CARD_ID) if index.isValid() else None
        self.form.set_card(self.editor.card(self.card_id) if self.card_id else None)
        self._show_preview()

    def _select_quietly(self, card_id: int | None) -> None:
        """Put the list's current card back without choosing it again.

        Not by blocking the selection's signals: the list repaints from them."""
        selection = self.cards.selectionModel()
        self._quiet = True
        try:
            if card_id is not None and card_id in self.model.ids:
                index = self.model.index(self.model.ids.index(card_id))
                selection.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
            else:
                selection.clear()
        finally:
            self._quiet = False

    def _clear_not_saved(self) -> None:
        if self._not_saved and self.status.text() == self._not_saved:
            self.status.clear()
        self._not_saved = ""

    def _show_preview(self) -> None:
        card = self.form.card()
        self.preview.set_view(preview_view(card) if card.title else AudienceView(ViewMode.TITLE))

    def new_card(self) -> None:
        if not self.leave_card():
            return
        self.card_id = None
        self._select_quietly(None)  # no current card either: clicking it again opens it
        self.form.set_card(None)
        self.form.title.setFocus()

    def save_card(self) -> None:
        """Every finished field is saved at once, when the card is valid; Ctrl+Z undoes it."""
        self._show_preview()
        deck_id = self.deck_id()
        if deck_id is None:
            return
        if not self.form.check():
            # Said where it is seen: below the form's fields (never scrolled away) and below.
            self.status.setText(
                QCoreApplication.translate("CardActions", "Not saved: {0}").format(
                    self.form.problem.text().splitlines()[0]
                )
            )
            self._not_saved = self.status.text()
            return
        card = self.form.card()
        if self.card_id is not None and card == self.editor.card(self.card_id):
            self._clear_not_saved()  # valid again, as saved: the refusal is old news
            return
        stored = self.editor.card(self.card_id) if self.card_id is not None else None
        card_id, (before, after) = self.editor.save_card(deck_id, card, self.card_id)
        self.undo_stack.push(_RowsChange(self, self.form.edit_name(stored, card), before, after))
        # One history: Ctrl+Z in the field now undoes this saved edit, not the typing.
        self.form.forget_typing()
        new = self.card_id is None
        self.card_id = card_id
        self.form.uid = self.editor.card(card_id).uid
        if new:
            self.refresh_cards()
            self.select_card(card_id)
        else:
            self.model.forget([card_id])
        self.follow_edits()
        self.status.setText(QCoreApplication.translate("CardActions", "Saved."))
        self._not_saved = ""

    def follow_edits(self) -> None:
        """The deck list's counts and the tag filter as the cards now are."""
        counts = {d.id: d for d in self.library.decks.summaries()}
        for row in range(self.decks.count()):
            item = self.decks.item(row)
            deck = counts.get(item.data(DECK_ROLE))
            if deck is not None:
                item.setText(self.deck_line(deck))
        deck_id = self.deck_id()
        if deck_id is None:
            return
        chosen = self.tag_filter.currentData() or ""
        tags = self.editor.tags(deck_id)
        if [self.tag_filter.itemData(i) for i in range(1, self.tag_filter.count())] != tags:
            self.tag_filter.blockSignals(True)
            while self.tag_filter.count() > 1:
                self.tag_filter.removeItem(1)
            for tag in tags:
                self.tag_filter.addItem(tag, tag)
            self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(chosen), 0))
            self.tag_filter.blockSignals(False)
            if chosen and chosen not in tags:
                self.refresh_cards()

    def move_card(self, step: int) -> None:
        """Alt+Up / Alt+Down: the chosen card one place up or down in its deck."""
        deck_id = self.deck_id()
        if deck_id is None or self.card_id is None:
            return
        if self.search.text() or self.tag_filter.currentData() or self.kind_filter.currentData():
            self.status.setText(
                QCoreApplication.translate(
                    "CardActions", "Clear the search and filters to reorder cards."
                )
            )
            return
        ids = self.editor.card_ids(deck_id)
        place = ids.index(self.card_id) + step
        if 0 <= place < len(ids):
            self.reorder(self.card_id, place)

    def put_rows(self, rows: Rows) -> None:
        """Undo and redo: write the rows, then show the deck as it now is."""
        self.editor.put_rows(rows)
        self.refresh_cards()
        self.follow_edits()
        if self.card_id is not None and self.card_id in self.model.ids:
            self.form.set_card(self.editor.card(self.card_id))
            self._show_preview()
        self.status.setText(QCoreApplication.translate("CardActions", "Undone or redone."))

    def _apply(self, name: str, change: tuple[Rows, Rows]) -> None:
        before, after = change
        self.undo_stack.push(_RowsChange(self, name, before, after))
        self.refresh_cards()
        self.follow_edits()

    def delete_cards(self) -> None:
        if not self.leave_card():  # the form would show the cards as changed
            return
        ids = self.selected_ids()
        if ids:
            self._apply(
                QCoreApplication.translate("CardActions", "Delete cards"),
                self.editor.delete_cards(ids),
            )
            # lupdate marks no plural forms in translate(); one and many are two messages here.
            self.status.setText(
                QCoreApplication.translate("CardActions", "Deleted 1 card; Ctrl+Z brings it back.")
                if len(ids) == 1
                else QCoreApplication.translate(
                    "CardActions", "Deleted {0} cards; Ctrl+Z brings them back."
                ).format(len(ids))
            )

    def tag(self) -> None:
        if not self.leave_card():  # the form would show the cards as changed
            return
        ids = self.selected_ids()
        if not ids:
            return
        tag, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("CardActions", "Tag cards"),
            QCoreApplication.translate("CardActions", "Tag"),
        )
        if ok and tag.strip():
            self._apply(
                QCoreApplication.translate("CardActions", "Tag cards"),
                self.editor.tag_cards(ids, " ".join(tag.split())),
            )

    def move_to(self) -> None:
        if not self.leave_card():  # the form would show the cards as changed
            return
        ids = self.selected_ids()
        others = [d for d in self.library.decks.summaries() if d.id != self.deck_id()]
        if not ids or not others:
            return
        name, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("CardActions", "Move cards"),
            QCoreApplication.translate("CardActions", "To the deck"),
            [d.title for d in others],
            0,
            False,
        )
        if ok:
            target = others[[d.title for d in others].index(name)].id
            self._apply(
                QCoreApplication.translate("CardActions", "Move cards"),
                self.editor.move_cards(ids, target),
            )

    def reorder(self, card_id: int, to_index: int) -> None:
        deck_id = self.deck_id()
        if deck_id is not None and not self.search.text() and not self.tag_filter.currentData():
            self._apply(
                QCoreApplication.translate("CardActions", "Reorder"),
                self.editor.reorder(deck_id, card_id, to_index),
            )
            self.select_card(card_id)
